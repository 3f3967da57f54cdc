"""POST /api/v1/tasks/{id}/progress: the three users, observers, tokens and CSRF, Vietnamese validation errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext

from danvan.accounts import actions as account_actions
from danvan.core.models import AuditEvent
from danvan.reporting.models import Status, TaskProgress
from danvan.reporting.tests.test_progress import World, build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(tree: Any) -> World:
    return build_world(tree, timezone.localdate())


def url(task_id: int) -> str:
    return f"/api/v1/tasks/{task_id}/progress"


def token_client(user: Any) -> Client:
    _row, token = account_actions.create_api_token(actor=user, name="script")
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


def post(client: Client, task_id: int, body: dict[str, Any], **extra: Any) -> Any:
    return client.post(url(task_id), json.dumps(body), content_type="application/json", **extra)


def vi(message: str) -> str:
    with translation.override("vi"):
        return gettext(message)


def test_own_and_parent_officers_report_and_the_unrelated_one_gets_404(
    world: World, three_users: Any
) -> None:
    body = {"state": "in_progress", "percent": 35, "result": "Đã tổ chức hội nghị"}
    response = post(token_client(three_users.own), world.p3.pk, body)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["percent"] == 35 and data["is_lead"] is True and data["status"] == Status.OVERDUE
    assert data["organization"]["name"] == "Sở Công Thương"
    response = post(token_client(three_users.parent), world.p3.pk, {"percent": 55, "seen": data["seen"]})
    assert response.status_code == 200
    assert response.json()["result"] == "Đã tổ chức hội nghị"  # fields left out keep their value
    missing = post(token_client(three_users.unrelated), world.p3.pk, body)
    assert missing.status_code == 404 and missing.json()["detail_en"] == "Not found."
    assert TaskProgress.objects.get().percent == 55
    assert AuditEvent.objects.filter(action="progress.updated").count() == 2


def test_observers_and_people_not_assigned_get_403(
    world: World, three_users: Any, tree: Any, make_user: Any
) -> None:
    observer = make_user(tree.province, "observer")
    response = post(token_client(observer), world.p3.pk, {"state": "in_progress", "percent": 5})
    assert response.status_code == 403
    # The commune officer sees the catalog task but reports only for the commune.
    body = {"organization": tree.department.pk, "state": "in_progress", "percent": 5}
    assert post(token_client(three_users.unrelated), world.c2.pk, body).status_code == 403
    body["organization"] = tree.commune.pk
    assert post(token_client(three_users.unrelated), world.c2.pk, body).status_code == 200
    assert TaskProgress.objects.get().organization == tree.commune


def test_an_agency_whose_issued_plan_implements_the_catalog_task_reports_there(
    world: World, three_users: Any, tree: Any
) -> None:
    body = {"organization": tree.commune.pk, "state": "in_progress", "percent": 5}
    response = post(token_client(three_users.unrelated), world.c1.pk, body)
    assert response.status_code == 409
    assert "1" in response.json()["detail"] and world.commune_plan.title in response.json()["detail"]
    assert not TaskProgress.objects.exists()
    assert post(token_client(three_users.unrelated), world.q1.pk, body).status_code == 200


def test_validation_errors_are_in_vietnamese_by_field_and_nothing_is_saved(
    world: World, three_users: Any
) -> None:
    client = token_client(three_users.own)
    response = post(client, world.p3.pk, {"state": "done", "percent": 100})
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors == [{"field": "completed_on", "message": vi("Enter the date the task was completed.")}]
    assert vi("Enter the date the task was completed.") in response.json()["detail"]
    response = post(client, world.p3.pk, {"state": "in_progress", "percent": 250, "figures": {"0": 3}})
    assert {e["field"] for e in response.json()["errors"]} == {"payload.percent"}  # the schema says 0-100
    response = post(client, world.p3.pk, {"state": "in_progress", "percent": 20, "figures": {"0": 3}})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "figures"
    malformed = post(client, world.p3.pk, {"state": "finished", "percent": "many"})
    assert malformed.status_code == 422
    assert {e["field"] for e in malformed.json()["errors"]} == {"payload.state", "payload.percent"}
    assert not TaskProgress.objects.exists()


def test_done_with_a_date_is_on_time_and_figures_are_kept(world: World, three_users: Any) -> None:
    today = timezone.localdate().isoformat()
    body = {"state": "done", "completed_on": today, "figures": {str(world.target.pk): 97.5}}
    response = post(token_client(three_users.own), world.p2.pk, body)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["percent"] == 100 and data["status"] == Status.RECURRING
    assert data["figures"] == {str(world.target.pk): 97.5}


def test_a_stale_update_gets_409(world: World, three_users: Any) -> None:
    client = token_client(three_users.own)
    first = post(client, world.p3.pk, {"state": "in_progress", "percent": 10}).json()
    post(client, world.p3.pk, {"percent": 20})
    assert post(client, world.p3.pk, {"percent": 30, "seen": first["seen"]}).status_code == 409


def test_session_calls_need_the_csrf_token_and_anonymous_calls_get_401(
    world: World, three_users: Any
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(three_users.own)
    assert post(client, world.p3.pk, {"percent": 10, "state": "in_progress"}).status_code == 403
    assert post(Client(), world.p3.pk, {"percent": 10}).status_code == 401
    assert not TaskProgress.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ([], "payload"),
        ([{"percent": 50}], "payload"),
        ("in_progress", "payload"),
        ({"percent": "50"}, "payload.percent"),
        ({"percent": 101}, "payload.percent"),
        ({"percent": True}, "payload.percent"),
        ({"state": "in_progress", "percnt": 50}, "payload.percnt"),
        ({"result": 5}, "payload.result"),
        ({"figures": {"1": "many"}}, "payload.figures.1.int"),
    ],
)
def test_a_body_that_is_not_an_object_of_the_declared_fields_and_types_is_refused_and_nothing_saved(
    world: World, three_users: Any, body: Any, field: str
) -> None:
    response = token_client(three_users.own).post(
        url(world.p3.pk), json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 422, response.content
    data = response.json()
    assert data["detail"] and data["detail_en"].startswith("The request is not valid")
    assert field in [e["field"] for e in data["errors"]] or any(
        e["field"].startswith(field) for e in data["errors"]
    )
    assert not TaskProgress.objects.exists()


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"\x00", "application/json"), (b"{", "application/json"), (b"--x\r\n", "multipart/form-data")],
)
def test_an_unreadable_body_answers_400_with_the_error_body(
    world: World, three_users: Any, content: bytes, content_type: str
) -> None:
    response = token_client(three_users.own).post(url(world.p3.pk), content, content_type=content_type)
    assert response.status_code == 400
    assert set(response.json()) == {"detail", "detail_en"}
    assert not TaskProgress.objects.exists()
