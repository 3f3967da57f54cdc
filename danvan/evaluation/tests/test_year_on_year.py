"""The round's dashboard compares each agency's total with last year's published round, for agencies evaluated
in both, in a number of queries that does not grow with the agencies."""

from __future__ import annotations

import datetime
from decimal import Decimal as D
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.evaluation import queries
from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.models import Assessment, CriteriaSet, Group, Round
from danvan.evaluation.tests.conftest import build_set, score_all
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

FULL = {"1.1": 40, "1.2": 20, "II": 30, "III": 5, "IV": 0}  # 95


def _open(criteria_set: CriteriaSet, year: int, only: Any = None) -> Round:
    return actions.open_round(
        actor=None,
        criteria_set=criteria_set,
        year=year,
        name=f"Chấm điểm năm {year}",
        groups=[Group.DEPARTMENTS, Group.COMMUNES],
        working_days=10,
        opened_on=datetime.date(year, 11, 3),
        only=only,
    )


def _send(sheet: Assessment, points: dict[str, Any], *, finalise: bool = True) -> None:
    score_all(sheet, points)
    sheet.refresh_from_db()
    actions.approve_assessment(actor=None, assessment=sheet)
    if finalise:
        sheet.refresh_from_db()
        actions.submit_assessment(actor=None, assessment=sheet)
        sheet.refresh_from_db()
        actions.finalise_assessment(actor=None, assessment=sheet, version=sheet.version)


def test_each_agency_in_both_rounds_has_last_year_this_year_and_the_change(tree: Any, make_user: Any) -> None:
    criteria_set = build_set(tree.province)
    last = _open(criteria_set, 2024, only=[tree.department, tree.commune])
    _send(last.assessments.get(organization=tree.department), FULL)  # 95
    _send(last.assessments.get(organization=tree.commune), {**FULL, "II": 0, "1.1": 25})  # 50
    actions.publish_round(actor=None, evaluation_round=last)
    this = _open(criteria_set, 2025)  # Sở Nội vụ joins this year
    _send(this.assessments.get(organization=tree.department), {**FULL, "1.1": 30, "IV": 2})  # 83, appraised
    _send(
        this.assessments.get(organization=tree.commune), {**FULL, "1.1": 35}, finalise=False
    )  # 90, approved

    coordinator = make_user(tree.other_department, "coordinator")
    board = queries.dashboard(coordinator, this)
    rows = {
        r.assessment.organization.name: (r.last_year, r.this_year, r.change, r.appraised)
        for r in board.year_on_year
    }
    assert rows == {
        "Sở Công Thương": (D(95), D(83), D(-12), True),
        "Xã Cẩm Giang": (D(50), D(90), D(40), False),
    }
    page = client_for(coordinator).get(f"/evaluation/rounds/{this.pk}/dashboard/").content.decode()
    assert "So sánh điểm với năm trước" in page
    assert "-12" in page and "+40" in page and "(tự chấm)" in page

    # An officer of the commune sees only the rows in their scope.
    officer = make_user(tree.commune, "agency_officer")
    assert [r.assessment.organization_id for r in queries.dashboard(officer, this).year_on_year] == [
        tree.commune.pk
    ]

    # Without last year's published round there is nothing to compare.
    assert queries.dashboard(coordinator, last).year_on_year == []


def _dashboard_queries(client: Any, evaluation_round: Round) -> int:
    url = f"/evaluation/rounds/{evaluation_round.pk}/dashboard/"
    client.get(url)  # warm the session and the memberships
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_the_comparison_takes_the_same_queries_whatever_the_number_of_agencies(
    tree: Any, make_user: Any, make_organization: Any
) -> None:
    criteria_set = build_set(tree.province)
    coordinator = make_user(tree.other_department, "coordinator")
    client = client_for(coordinator)

    def pair(year: int) -> Round:
        last = _open(criteria_set, year - 1)
        _send(last.assessments.get(organization=tree.department), FULL)
        actions.publish_round(actor=None, evaluation_round=last)
        return _open(criteria_set, year)

    small = pair(2025)
    assert len(queries.dashboard(coordinator, small).year_on_year) == 3
    small_count = _dashboard_queries(client, small)
    for n in range(12):
        make_organization(name=f"Xã Thử {n}", kind="commune", parent=tree.province)
    large = pair(2028)
    assert large.assessments.count() == 15
    assert len(queries.dashboard(coordinator, large).year_on_year) == 15
    assert _dashboard_queries(client, large) == small_count
