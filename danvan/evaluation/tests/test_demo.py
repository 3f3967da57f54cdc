"""The demo's evaluation: its rounds and stages, and suggested scores equal to figures counted by hand from the
demo's own tasks and reports (reads the shared demo only)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db.models import F, Q

from danvan.evaluation import queries
from danvan.evaluation.models import Assessment, CriteriaSet, Round
from danvan.organizations.models import Organization
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting.models import Report, ReportingPeriod, TaskProgress

YEAR_START, YEAR_END = datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)


def _tasks_by_hand(organization: Organization) -> tuple[int, int]:
    """Catalog tasks the agency leads due in 2025, and those it reported done by their due date."""
    tasks = set(
        Assignment.objects.filter(
            organization=organization,
            role=Assignment.Role.LEAD,
            task__plan__kind=Plan.Kind.CATALOG,
            task__plan__status=Plan.Status.ISSUED,
            task__is_heading=False,
            task__due__range=(YEAR_START, YEAR_END),
        )
        .exclude(task__timeframe_kind=Task.TimeframeKind.CONTINUOUS)
        .values_list("task_id", flat=True)
    )
    done = set(
        TaskProgress.objects.filter(
            Q(task_id__in=tasks) | Q(task__source_task_id__in=tasks, task__plan__status=Plan.Status.ISSUED),
            organization=organization,
            state=TaskProgress.State.DONE,
            completed_on__lte=F("task__due"),
        ).values_list("task_id", flat=True)
    )
    return len(done & tasks), len(tasks)


def _reports_by_hand(organization: Organization) -> tuple[int, int]:
    """Periods due in 2025 of the catalogs assigning the agency, and its reports sent by the due date."""
    periods = list(
        ReportingPeriod.objects.filter(
            due__range=(YEAR_START, YEAR_END), catalog__tasks__assignments__organization=organization
        ).distinct()
    )
    on_time = sum(
        1
        for p in periods
        if Report.objects.filter(period=p, organization=organization, submitted_at__date__lte=p.due).exists()
    )
    return on_time, len(periods)


def test_the_demo_rounds_and_their_suggestions_match_the_demo_data(demo_site: None) -> None:
    last_year, this_year = Round.objects.order_by("year")
    assert last_year.state == Round.State.PUBLISHED and this_year.state == Round.State.OPEN
    assert this_year.criteria_set.previous == last_year.criteria_set  # copied from last year's
    assert this_year.criteria_set.is_illustrative
    states = set(this_year.assessments.values_list("state", flat=True))
    assert {"draft", "approved", "submitted", "returned", "finalised"} <= states
    ranks = dict(last_year.assessments.filter(group="departments").values_list("organization__name", "rank"))
    assert ranks["Sở Công Thương"] == ranks["Sở Nội vụ"] == 1 and ranks["Sở Ngoại vụ"] == 3  # a tie
    assert ranks["Sở Y tế"] is None  # excluded
    # Communes are ranked within their (illustrative) administrative unit class.
    assert last_year.by_size and this_year.by_size
    bands = {key: [a.organization.name for a in rows] for key, rows in queries.ranking(last_year).items()}
    assert bands[("communes", "1")] and set(bands[("communes", "1")]) == {
        "Phường Hải Dương",
        "Phường Lê Chân",
    }
    assert bands[("communes", "2")] == ["Xã Cẩm Giang"]
    assert last_year.assessments.get(organization__name="Xã Cẩm Giang").rank == 1
    # The observer of Ban Dân vận is named to appraise this year's round; a 2026 draft can still change.
    assert list(this_year.appraisers.values_list("username", flat=True)) == ["giamsat"]
    draft = CriteriaSet.objects.get(from_year=2026)
    assert not draft.is_frozen and draft.previous == this_year.criteria_set

    sheet = this_year.assessments.get(organization__name="Sở Công Thương")
    rows = {r.criterion.number: r for r in queries.sheet(sheet)}
    sct = sheet.organization
    for number, by_hand, multiplier in (("3", _tasks_by_hand(sct), 20), ("7", _reports_by_hand(sct), 15)):
        suggestion = rows[number].suggestion
        assert suggestion is not None, number
        assert (suggestion.figure.numerator, suggestion.figure.denominator) == by_hand, number
        expected = (Decimal(by_hand[0]) / Decimal(by_hand[1]) * multiplier).quantize(Decimal("0.01"))
        assert suggestion.points == expected
        score = rows[number].score
        assert score is not None and score.suggested_points == expected
    assert rows["5"].suggestion is None or rows["5"].suggestion.label  # models: once initiatives registers it
    returned = this_year.assessments.get(state=Assessment.State.RETURNED)
    assert returned.return_comment
