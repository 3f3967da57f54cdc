"""The rules of scoring, classing and ranking, on plain values (no database): totals, classes by thresholds and
exclusions, ranks within a comparable group with ties, and a suggestion from a figure."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from danvan.core.measures import Figure

ZERO = Decimal(0)
CENT = Decimal("0.01")


def total(points: Iterable[tuple[str, Decimal | None]]) -> Decimal:
    """The score of a sheet from (kind, points) of its scored criteria: criteria and bonus items add, penalty
    items subtract; a criterion not scored counts 0."""
    result = ZERO
    for kind, value in points:
        if value is None:
            continue
        result += -value if kind == "penalty" else value
    return result.quantize(CENT)


def class_for(
    final: Decimal, thresholds: Sequence[tuple[str, Decimal]], *, excluded: bool, excluded_label: str
) -> str:
    """The class a final score earns: the first threshold (highest first) it reaches; an excluded agency gets
    `excluded_label` whatever its score; a score below every threshold gets the lowest class named with a
    threshold of 0, or nothing."""
    if excluded:
        return excluded_label
    for label, minimum in sorted(thresholds, key=lambda t: t[1], reverse=True):
        if final >= minimum:
            return label
    return ""


@dataclass(frozen=True)
class Entry:
    """An agency in a ranking: its sheet, comparable group, final score, whether it was excluded, and its size
    band within the group ("" when the round does not rank by size)."""

    key: int
    group: str
    score: Decimal
    excluded: bool = False
    band: str = ""


def rank(entries: Iterable[Entry]) -> dict[int, int | None]:
    """Ranks within each comparable group only (departments with departments, communes with communes) and,
    when bands are given, within each size band of a group; highest score first; equal scores share a rank and
    the next rank skips (1, 2, 2, 4); excluded agencies are not ranked (None)."""
    ranks: dict[int, int | None] = {}
    by_group: dict[tuple[str, str], list[Entry]] = {}
    for entry in entries:
        if entry.excluded:
            ranks[entry.key] = None
        else:
            by_group.setdefault((entry.group, entry.band), []).append(entry)
    for members in by_group.values():
        members.sort(key=lambda e: e.score, reverse=True)
        previous: Decimal | None = None
        current = 0
        for position, entry in enumerate(members, start=1):
            if entry.score != previous:
                current = position
                previous = entry.score
            ranks[entry.key] = current
    return ranks


def suggestion(figure: Figure | None, *, multiplier: Decimal | None, max_points: Decimal) -> Decimal | None:
    """Points suggested by a figure: ratio × multiplier (the maximum points when no multiplier is set), capped at
    the maximum, to two decimals (half up). None when the figure has nothing to divide by."""
    if figure is None or figure.ratio is None:
        return None
    factor = multiplier if multiplier is not None else max_points
    return min(figure.ratio * factor, max_points).quantize(CENT, rounding=ROUND_HALF_UP)
