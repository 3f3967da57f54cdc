"""The evaluation API: sheets in scope, scores with suggestions, self-scores with a version (stale: 409)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from danvan.evaluation.tests.conftest import FixedShare, RoundWorld
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


def test_list_is_scoped_and_scores_show_the_suggestion_inputs(
    round_world: RoundWorld, three_users: Any, share: FixedShare
) -> None:
    share.values[round_world.department.organization_id] = (1, 2)
    own = client_for(three_users.own)
    listed = own.get("/api/v1/evaluations").json()
    assert [i["organization"] for i in listed["items"]] == ["Sở Công Thương"]
    scores = own.get(f"/api/v1/evaluations/{round_world.department.pk}/scores").json()["scores"]
    by_number = {s["number"]: s for s in scores}
    assert by_number["1.2"]["suggestion_inputs"] == [1, 2]
    assert float(by_number["1.2"]["suggested_points"]) == 10.0
    unrelated = client_for(three_users.unrelated)
    assert unrelated.get(f"/api/v1/evaluations/{round_world.department.pk}/scores").status_code == 404


def test_a_round_id_outside_the_database_range_lists_nothing(
    round_world: RoundWorld, three_users: Any
) -> None:
    """Schemathesis asked for round=-102355075511313989632: the database cannot hold it and answered 500."""
    own = client_for(three_users.own)
    for round_id in ("-102355075511313989632", "102355075511313989632", "0"):
        response = own.get("/api/v1/evaluations", {"round": round_id})
        assert response.status_code == 200 and response.json()["count"] == 0, round_id
    assert own.get("/api/v1/evaluations", {"round": round_world.department.round_id}).json()["count"] == 1


def test_posting_with_a_stale_version_answers_409(round_world: RoundWorld, three_users: Any) -> None:
    own = client_for(three_users.own)
    url = f"/api/v1/evaluations/{round_world.department.pk}/scores"
    leaf = round_world.criterion("1.1").pk
    body = {"version": 1, "scores": [{"criterion": leaf, "points": 30, "explanation": "Đã ban hành"}]}
    first = own.post(url, json.dumps(body), content_type="application/json")
    assert first.status_code == 200 and first.json()["version"] == 2
    second = own.post(url, json.dumps(body), content_type="application/json")
    assert second.status_code == 409
    round_world.department.refresh_from_db()
    assert round_world.department.self_total == 30
