"""Measures: figures the system computes from its own data, per organisation and time span (reads only).

A *measure* is one named figure an app knows how to compute: reporting measures "catalog tasks done on time" and
"reports submitted on time"; initiatives "Dân vận khéo models registered" and "integrity commitments signed";
feedback "feedback answered within the legal limit". Other apps read figures without importing the app that
computes them:

- the evaluation app suggests a criterion's score from a measure (`tasks done on time ÷ tasks due × 10`);
- a plan target ("100% cơ quan có mô hình dân vận khéo") shows its current value from a measure;
- dashboards and the consolidated report show them beside the task statuses.

An app registers its measures from its `AppConfig.ready` (`register`). A measure answers for many organisations
at once (`figures`), in a fixed number of queries, so a page listing every agency stays flat as data grows.

A `Figure` keeps its inputs (numerator and denominator) so a page can show how it was reached, and a link to the
list it was counted from, so an officer can check it.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from django.utils.functional import Promise


@dataclass(frozen=True)
class Span:
    """The dates a figure covers, both included (a year, a reporting period, a campaign)."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def year(cls, year: int) -> Span:
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


@dataclass(frozen=True)
class Figure:
    """`numerator` of `denominator` (tasks done on time of tasks due; staff who signed of staff who must sign).
    A count with nothing to divide by has `denominator` None. `link` lists what was counted (may be empty)."""

    numerator: int
    denominator: int | None
    link: str = ""

    @property
    def ratio(self) -> Decimal | None:
        """numerator ÷ denominator, None when there is nothing to divide by (no task was due)."""
        if not self.denominator:
            return None
        return Decimal(self.numerator) / Decimal(self.denominator)

    def percent(self) -> Decimal | None:
        """The ratio in per cent, to one decimal place (half up, as officers round)."""
        ratio = self.ratio
        return None if ratio is None else (ratio * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class Measure(Protocol):
    @property
    def key(self) -> str:
        """Letters, digits and underscores: "tasks_on_time"."""
        ...

    @property
    def label(self) -> str | Promise:
        """Vietnamese, through gettext_lazy: "Tỷ lệ nhiệm vụ hoàn thành đúng hạn"."""
        ...

    def figures(self, organization_ids: Collection[int], span: Span) -> dict[int, Figure]:
        """The figure of each organisation over `span`, in a number of queries that does not grow with the
        organisations. An organisation the measure does not concern (no task was due) may be left out."""
        ...


_measures: dict[str, Measure] = {}


def register(measure: Measure) -> None:
    """Register a measure (idempotent per key; the latest registration wins)."""
    if not measure.key.replace("_", "").isalnum():
        raise ValueError(f"a measure key is letters, digits and underscores, got {measure.key!r}")
    _measures[measure.key] = measure


def unregister(key: str) -> None:
    """Remove a measure (tests that register their own)."""
    _measures.pop(key, None)


def get(key: str) -> Measure:
    """The measure registered under `key` (KeyError when no app registered it)."""
    return _measures[key]


def measures() -> list[Measure]:
    """The registered measures, by key."""
    return [_measures[key] for key in sorted(_measures)]


def figure(key: str, organization_id: int, span: Span) -> Figure | None:
    """One organisation's figure of one measure, None when the measure does not concern it."""
    return get(key).figures([organization_id], span).get(organization_id)
