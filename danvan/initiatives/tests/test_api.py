"""API of models and commitments: scoped to the caller, duplicates answered 409 in Vietnamese, nothing written
on bad input."""

from __future__ import annotations

import json
from typing import Any

import pytest

from danvan.initiatives import actions
from danvan.initiatives.models import Initiative
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

BODY = {
    "name": "Nâng cao chất lượng công tác tiếp công dân",
    "holder": "collective",
    "performer": "Chi bộ Văn phòng",
    "field": "political_system",
    "year": 2025,
}


def post(client: Any, body: dict[str, Any]) -> Any:
    return client.post("/api/v1/initiatives", data=json.dumps(body), content_type="application/json")


def test_three_users_read_models_and_commitments_in_their_scope(
    tree: Any, three_users: Any, register: Any
) -> None:
    item = register(tree.department)
    actions.save_commitment_counts(actor=None, organization=tree.department, year=2025, required=5, signed=4)
    for name, visible in (("own", True), ("parent", True), ("unrelated", False)):
        client = client_for(getattr(three_users, name))
        listed = client.get("/api/v1/initiatives").json()
        assert ([i["id"] for i in listed["items"]] == [item.pk]) is visible, name
        assert client.get(f"/api/v1/initiatives/{item.pk}").status_code == (200 if visible else 404)
        commitments = client.get("/api/v1/commitments", {"year": 2025}).json()["items"]
        assert ([(c["signed"], c["required"]) for c in commitments] == [(4, 5)]) is visible, name
    detail = client_for(three_users.own).get(f"/api/v1/initiatives/{item.pk}").json()
    assert detail["performer"] == "Chi bộ Văn phòng" and detail["status"] == "registered"


def test_registering_through_the_api_refuses_duplicates_and_other_scopes(tree: Any, three_users: Any) -> None:
    own = client_for(three_users.own)
    response = post(own, {**BODY, "organization": tree.unit.pk})
    assert response.status_code == 201 and response.json()["organization"]["id"] == tree.unit.pk
    again = post(
        own, {**BODY, "organization": tree.unit.pk, "name": "NÂNG CAO chất lượng công tác tiếp công dân"}
    )
    assert again.status_code == 409
    assert "đã đăng ký mô hình" in again.json()["detail"]
    assert post(client_for(three_users.unrelated), {**BODY, "organization": tree.unit.pk}).status_code == 404
    assert post(own, {**BODY, "organization": tree.unit.pk, "field": "thể thao"}).status_code == 422
    assert post(own, {**BODY, "organization": tree.unit.pk, "year": "2025"}).status_code == 422
    assert Initiative.objects.count() == 1


def test_list_filters_outside_their_choices_match_nothing_without_reaching_the_database(
    tree: Any, three_users: Any, register: Any
) -> None:
    """A status or kind that is none of its choices, a NUL byte included (PostgreSQL takes none in a string), lists
    nothing; a known one filters."""
    item = register(tree.department)
    client = client_for(three_users.own)
    for query in ({"status": "registered\x00"}, {"kind": "khéo"}):
        response = client.get("/api/v1/initiatives", query)
        assert response.status_code == 200 and response.json()["count"] == 0, query
    listed = client.get("/api/v1/initiatives", {"status": "registered"}).json()
    assert [i["id"] for i in listed["items"]] == [item.pk]
