"""Small fixtures of evaluation: a criteria set of a few criteria and an open round over `tree`."""

from __future__ import annotations

import datetime
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from django.utils.translation import gettext_lazy as _

from danvan.core import measures
from danvan.core.measures import Figure, Span
from danvan.evaluation.actions import rounds as round_actions
from danvan.evaluation.actions import sets as set_actions
from danvan.evaluation.models import Assessment, CriteriaSet, Criterion, Group, Round


class FixedShare:
    """A test measure: organisation → (numerator, denominator)."""

    key = "test_share"
    label = _("Tỷ lệ thử")

    def __init__(self) -> None:
        self.values: dict[int, tuple[int, int]] = {}

    def figures(self, organization_ids: Collection[int], span: Span) -> dict[int, Figure]:
        return {pk: Figure(*self.values[pk], "/reporting/") for pk in organization_ids if pk in self.values}


@pytest.fixture
def share() -> Iterator[FixedShare]:
    measure = FixedShare()
    measures.register(measure)
    yield measure
    measures.unregister(measure.key)


def build_set(province: Any, *, measure_key: str = "test_share") -> CriteriaSet:
    """Group I (60: 1.1 range 40, 1.2 from a figure 20), criterion 2 yes/no 30, bonus 5, penalty 5;
    classes ≥ 90 / ≥ 70 / ≥ 50 / 0; one exclusion condition."""
    s = set_actions.create_set(actor=None, province=province, name="Bộ tiêu chí thử", from_year=2025)
    group = set_actions.add_criterion(
        actor=None, criteria_set=s, number="I", title="Triển khai nhiệm vụ", max_points=Decimal(60)
    )
    set_actions.add_criterion(
        actor=None,
        criteria_set=s,
        parent=group,
        number="1.1",
        title="Ban hành kế hoạch",
        max_points=Decimal(40),
    )
    set_actions.add_criterion(
        actor=None,
        criteria_set=s,
        parent=group,
        number="1.2",
        title="Hoàn thành nhiệm vụ đúng hạn",
        max_points=Decimal(20),
        scoring=Criterion.Scoring.MEASURE,
        measure_key=measure_key,
        multiplier=Decimal(20),
    )
    set_actions.add_criterion(
        actor=None,
        criteria_set=s,
        number="II",
        title="Có mô hình Dân vận khéo",
        max_points=Decimal(30),
        scoring=Criterion.Scoring.YES_NO,
    )
    set_actions.add_criterion(
        actor=None, criteria_set=s, number="III", title="Điểm thưởng", max_points=Decimal(5), kind="bonus"
    )
    set_actions.add_criterion(
        actor=None, criteria_set=s, number="IV", title="Điểm trừ", max_points=Decimal(5), kind="penalty"
    )
    for label, points in (("Hoàn thành xuất sắc", 90), ("Hoàn thành tốt", 70), ("Hoàn thành", 50)):
        set_actions.add_threshold(actor=None, criteria_set=s, label=label, min_points=Decimal(points))
    set_actions.add_threshold(actor=None, criteria_set=s, label="Không hoàn thành", min_points=Decimal(0))
    set_actions.add_exclusion(actor=None, criteria_set=s, text="Có cán bộ bị kỷ luật từ khiển trách trở lên")
    return s


@dataclass
class RoundWorld:
    criteria_set: CriteriaSet
    round: Round
    department: Assessment
    commune: Assessment

    def criterion(self, number: str) -> Criterion:
        return self.criteria_set.criteria.get(number=number)


@pytest.fixture
def round_world(tree: Any) -> RoundWorld:
    s = build_set(tree.province)
    r = round_actions.open_round(
        actor=None,
        criteria_set=s,
        year=2025,
        name="Chấm điểm năm 2025",
        groups=[Group.DEPARTMENTS, Group.COMMUNES],
        working_days=10,
        opened_on=datetime.date(2025, 11, 3),
    )
    return RoundWorld(
        s,
        r,
        r.assessments.get(organization=tree.department),
        r.assessments.get(organization=tree.commune),
    )


def score_all(sheet: Assessment, points: dict[str, Any], **reasons: str) -> Assessment:
    """Self-score a sheet by criterion number (a reason for departing from a suggestion by number too)."""
    sheet.refresh_from_db()
    entries = {
        sheet.round.criteria_set.criteria.get(number=n).pk: round_actions.SelfScore(
            v, "Đã thực hiện", reasons.get(n.replace(".", "_"), "")
        )
        for n, v in points.items()
    }
    return round_actions.save_self_scores(
        actor=None, assessment=sheet, version=sheet.version, entries=entries
    )
