from __future__ import annotations

import datetime
from collections.abc import Collection, Iterator
from decimal import Decimal

import pytest

from danvan.core import measures
from danvan.core.measures import Figure, Span


class Counted:
    key = "test_counted"
    label = "Nhiệm vụ"

    def figures(self, organization_ids: Collection[int], span: Span) -> dict[int, Figure]:
        return {pk: Figure(pk, 3) for pk in organization_ids if pk != 99}


@pytest.fixture
def counted() -> Iterator[Counted]:
    measure = Counted()
    measures.register(measure)
    yield measure
    measures.unregister(measure.key)


def test_a_registered_measure_answers_by_key(counted: Counted) -> None:
    assert measures.get("test_counted") is counted
    assert counted in measures.measures()
    assert measures.figure("test_counted", 2, Span.year(2025)) == Figure(2, 3)
    assert measures.figure("test_counted", 99, Span.year(2025)) is None
    with pytest.raises(KeyError):
        measures.get("nobody_registered_this")


def test_keys_are_plain_words() -> None:
    class Bad(Counted):
        key = "tasks on time"

    with pytest.raises(ValueError, match="measure key"):
        measures.register(Bad())


def test_ratio_and_percent_keep_their_inputs() -> None:
    assert Figure(2, 3).ratio == Decimal(2) / Decimal(3)
    assert Figure(2, 3).percent() == Decimal("66.7")
    assert Figure(1, 8).percent() == Decimal("12.5")
    assert Figure(5, None).ratio is None
    assert Figure(0, 0).percent() is None
    assert Span.year(2026) == Span(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))


def test_a_figures_calendar_year_is_written_once_in_core_measures() -> None:
    """The span of a year's figures (1 January to 31 December) is `Span.year`: the feedback statistics, the
    evaluation's suggestions and the plans' targets use it rather than writing the boundaries again."""
    import re
    from pathlib import Path

    from django.conf import settings

    boundary = re.compile(r"date\([\w.]*year, (1, 1|12, 31)\)")
    apps = ("feedback", "evaluation", "initiatives", "plans", "reporting/queries", "reporting/measures.py")
    offenders = []
    for app in apps:
        root = Path(settings.BASE_DIR) / "danvan" / app
        for path in [root] if root.is_file() else root.rglob("*.py"):
            if "tests" in path.parts or "migrations" in path.parts:
                continue
            offenders += [f"{path.name}: {m.group(0)}" for m in boundary.finditer(path.read_text("utf-8"))]
    assert offenders == []
