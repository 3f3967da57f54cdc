"""The round's pages and the API list take the same number of queries whatever the number of agencies."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.models import CriteriaSet, Group, Round
from danvan.evaluation.tests.conftest import build_set
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


def _open(criteria_set: CriteriaSet, year: int) -> Round:
    return actions.open_round(
        actor=None,
        criteria_set=criteria_set,
        year=year,
        name=f"Chấm điểm năm {year}",
        groups=[Group.DEPARTMENTS, Group.COMMUNES],
        working_days=10,
        opened_on=datetime.date(year, 11, 3),
    )


def _counts(client: Any, evaluation_round: Round) -> list[int]:
    sheet = evaluation_round.assessments.order_by("pk").first()
    assert sheet is not None
    counts = []
    for url in (
        evaluation_round.get_absolute_url(),
        f"/evaluation/rounds/{evaluation_round.pk}/dashboard/",
        f"/api/v1/evaluations?round={evaluation_round.pk}",
        sheet.get_absolute_url(),
    ):
        client.get(url)  # warm the session and the memberships
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured.captured_queries))
    return counts


def test_round_pages_and_the_api_list_stay_flat(tree: Any, make_user: Any, make_organization: Any) -> None:
    criteria_set = build_set(tree.province)
    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    small = _counts(coordinator, _open(criteria_set, 2024))  # three agencies
    for n in range(15):
        make_organization(name=f"Xã Thử {n}", kind="commune", parent=tree.province)
    large_round = _open(criteria_set, 2025)  # eighteen agencies
    assert large_round.assessments.count() == 18
    assert _counts(coordinator, large_round) == small
    assert max(small) <= 25
