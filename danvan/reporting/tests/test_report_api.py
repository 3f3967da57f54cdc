"""API of periods and reports: the three users, session with CSRF and bearer token, creation of the caller's
report, refusals in Vietnamese, and flat query counts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from danvan.accounts import actions as account_actions
from danvan.plans.models import Plan
from danvan.plans.tests import conftest as plan_fixtures
from danvan.reporting.models import Report
from danvan.reporting.tests.test_reports import make_period, submitted_report
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

# The plans app's fixtures (a published catalog and Sở Công Thương's plan under it), for these tests too.
catalog = plan_fixtures.catalog
published_catalog = plan_fixtures.published_catalog
agency_plan = plan_fixtures.agency_plan

API = "/api/v1"


def token_client(user: Any) -> Client:
    _row, token = account_actions.create_api_token(actor=user, name="script")
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


def post_json(client: Client, url: str, body: dict[str, Any]) -> Any:
    return client.post(url, data=json.dumps(body), content_type="application/json")


def test_periods_are_listed_in_the_province_and_not_outside_it(
    published_catalog: Plan, three_users: Any, tree: Any, make_user: Any
) -> None:
    period = make_period(published_catalog)
    for user in (three_users.own, three_users.parent, three_users.unrelated):
        body = client_for(user).get(f"{API}/periods").json()
        assert [item["id"] for item in body["items"]] == [period.pk] and body["count"] == 1
        assert body["items"][0]["due"] == period.due.isoformat()
    outsider = make_user(tree.other_province, "coordinator")
    assert token_client(outsider).get(f"{API}/periods").json() == {"count": 0, "items": []}
    assert client_for(three_users.own).get(f"{API}/periods?catalog=999999").json()["count"] == 0


def test_reports_are_scoped_to_the_caller(
    agency_plan: Plan, tree: Any, three_users: Any, make_user: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    own = submitted_report(period, tree.department)
    commune = submitted_report(period, tree.commune)

    def ids(user: Any, query: str = "") -> set[int]:
        body = token_client(user).get(f"{API}/reports{query}").json()
        assert body["count"] == len(body["items"])
        return {item["id"] for item in body["items"]}

    assert ids(three_users.own) == {own.pk}
    assert ids(three_users.parent) == {own.pk, commune.pk}
    assert ids(three_users.unrelated) == {commune.pk}
    assert ids(make_user(tree.other_department, "coordinator"), f"?period={period.pk}") == {
        own.pk,
        commune.pk,
    }
    assert ids(make_user(tree.other_department, "observer")) == {own.pk, commune.pk}
    outsider = make_user(tree.other_province, "coordinator")
    response = token_client(outsider).get(f"{API}/reports?period={period.pk}")
    assert response.status_code == 404 and response.json()["detail_en"] == "Not found."
    assert ids(outsider) == set()


def test_the_caller_creates_and_reassembles_the_report_of_their_organisation(
    agency_plan: Plan, tree: Any, three_users: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    client = token_client(three_users.own)
    response = post_json(client, f"{API}/reports", {"period": period.pk})
    assert response.status_code == 201, response.content
    body = response.json()
    report = Report.objects.get(pk=body["id"])
    assert report.organization == tree.department and body["version"] == 1 and report.items.exists()
    again = post_json(client, f"{API}/reports", {"period": period.pk})
    assert again.status_code == 201 and again.json()["version"] == 2 and again.json()["id"] == report.pk


def test_a_submitted_report_cannot_be_reassembled_through_the_api(
    agency_plan: Plan, tree: Any, three_users: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = submitted_report(period, tree.department)
    response = post_json(token_client(three_users.own), f"{API}/reports", {"period": period.pk})
    assert response.status_code == 409
    assert response.json()["detail_en"].startswith("The report cannot be assembled now")
    assert Report.objects.get(pk=report.pk).version == 1


def test_the_unrelated_officer_cannot_write_another_organisations_report(
    agency_plan: Plan, tree: Any, three_users: Any, make_user: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    body = {"period": period.pk, "organization": tree.department.pk}
    assert post_json(token_client(three_users.unrelated), f"{API}/reports", body).status_code == 404
    observer = make_user(tree.other_department, "observer")
    assert post_json(token_client(observer), f"{API}/reports", body).status_code == 403
    # The parent's officer may write it (scope covers the department).
    assert post_json(token_client(three_users.parent), f"{API}/reports", body).status_code == 201
    outsider = make_user(tree.other_province, "agency_officer")
    assert post_json(token_client(outsider), f"{API}/reports", {"period": period.pk}).status_code == 404
    assert not Report.objects.filter(organization=tree.other_province).exists()


def test_a_caller_in_several_organisations_must_name_one(
    agency_plan: Plan, tree: Any, make_user: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    user = make_user(tree.department, "agency_officer")
    from danvan.organizations import actions as org_actions

    org_actions.grant_role(actor=None, user=user, organization=tree.commune, role="agency_officer")
    response = post_json(token_client(user), f"{API}/reports", {"period": period.pk})
    assert response.status_code == 422 and "organization" in response.json()["detail"]
    response = post_json(
        token_client(user), f"{API}/reports", {"period": period.pk, "organization": tree.commune.pk}
    )
    assert response.status_code == 201 and response.json()["organization"]["id"] == tree.commune.pk


def test_session_posts_need_the_csrf_token_and_anonymous_callers_get_401(
    agency_plan: Plan, three_users: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    client = Client(enforce_csrf_checks=True)
    client.force_login(three_users.own)
    assert post_json(client, f"{API}/reports", {"period": period.pk}).status_code == 403
    assert Client().get(f"{API}/periods").status_code == 401
    assert post_json(Client(), f"{API}/reports", {"period": period.pk}).status_code == 401
    assert post_json(token_client(three_users.own), f"{API}/reports", {"period": "x"}).status_code == 422


def test_the_report_list_query_count_does_not_grow(
    agency_plan: Plan, tree: Any, make_user: Any, make_organization: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    # A session: the token's last-use stamp is written at most once a while, which would blur the count.
    client = client_for(make_user(tree.other_department, "coordinator"))
    submitted_report(period, tree.department)

    def count() -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(f"{API}/reports?period={period.pk}").status_code == 200
            assert client.get(f"{API}/periods").status_code == 200
        return len(context.captured_queries)

    small = count()
    for index in range(4):
        submitted_report(period, make_organization(name=f"Sở thử {index}", parent=tree.province))
    assert count() == small
