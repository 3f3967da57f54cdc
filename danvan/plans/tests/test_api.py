"""The JSON API: the three users on every endpoint, session (with CSRF) and token auth, errors in Vietnamese,
flat query counts, the export round trip and the docs served without a CDN."""

from __future__ import annotations

import io
import re
from typing import Any

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import docparse
from danvan.accounts import actions as account_actions
from danvan.core.models import AuditEvent
from danvan.documents.pdf import libreoffice_available
from danvan.plans import actions
from danvan.plans.models import Plan
from danvan.plans.tests.test_export import (
    DEMO,
    PLAN_FILE,
    database_tasks,
    parsed_tasks,
    seed_catalog,
    seed_plan,
)
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

API = "/api/v1"


def token_client(user: Any) -> Client:
    _row, token = account_actions.create_api_token(actor=user, name="script")
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


def plan_urls(plan: Plan) -> list[str]:
    return [
        f"{API}/plans/{plan.pk}",
        f"{API}/plans/{plan.pk}/coverage",
        f"{API}/plans/{plan.pk}/export?format=docx",
        f"{API}/plans/{plan.pk}/export?format=xlsx",
    ]


# --- scope ------------------------------------------------------------------------------------------------


def test_own_and_parent_officers_read_the_plan_and_the_unrelated_one_gets_404(
    agency_plan: Plan, three_users: Any
) -> None:
    for url in plan_urls(agency_plan):
        assert client_for(three_users.own).get(url).status_code == 200, url
        assert token_client(three_users.parent).get(url).status_code == 200, url
        response = client_for(three_users.unrelated).get(url)
        assert response.status_code == 404, url
        assert response.json()["detail_en"] == "Not found."


def test_plan_list_holds_only_the_plans_in_scope(agency_plan: Plan, three_users: Any) -> None:
    def ids(user: Any) -> set[int]:
        body = client_for(user).get(f"{API}/plans").json()
        assert body["count"] == len(body["items"])
        return {item["id"] for item in body["items"]}

    catalog_id = agency_plan.parent_id
    assert ids(three_users.own) == {agency_plan.pk, catalog_id}
    assert ids(three_users.parent) == {agency_plan.pk, catalog_id}
    assert ids(three_users.unrelated) == {catalog_id}  # the issued catalog of their province only


def test_anonymous_caller_gets_401_in_vietnamese(agency_plan: Plan) -> None:
    response = Client().get(f"{API}/plans/{agency_plan.pk}")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    body = response.json()
    assert body["detail_en"].startswith("Sign in, or send a valid personal token")
    assert body["detail"] != body["detail_en"]


# --- tokens -----------------------------------------------------------------------------------------------


def test_a_token_authenticates_and_stamps_its_last_use(agency_plan: Plan, three_users: Any) -> None:
    row, token = account_actions.create_api_token(actor=three_users.own, name="báo cáo tự động")
    assert row.last_used_at is None
    response = Client().get(f"{API}/plans/{agency_plan.pk}", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    row.refresh_from_db()
    assert row.last_used_at is not None


def test_revoked_wrong_and_malformed_tokens_are_refused(agency_plan: Plan, three_users: Any) -> None:
    row, token = account_actions.create_api_token(actor=three_users.own, name="old")
    account_actions.revoke_api_token(actor=three_users.own, api_token=row)
    url = f"{API}/plans/{agency_plan.pk}"
    for header in (f"Bearer {token}", f"Bearer {token}x", "Bearer", f"Token {token}", "Basic YTpi"):
        assert Client().get(url, HTTP_AUTHORIZATION=header).status_code == 401, header


def test_a_token_of_an_unrelated_officer_gets_404(agency_plan: Plan, three_users: Any) -> None:
    assert token_client(three_users.unrelated).get(f"{API}/plans/{agency_plan.pk}").status_code == 404


def test_a_token_of_a_deactivated_account_is_refused(agency_plan: Plan, three_users: Any) -> None:
    client = token_client(three_users.own)
    three_users.own.is_active = False
    three_users.own.save(update_fields=["is_active"])
    assert client.get(f"{API}/plans/{agency_plan.pk}").status_code == 401


# --- session and CSRF -------------------------------------------------------------------------------------


def test_session_posts_need_the_csrf_token_and_token_posts_do_not(three_users: Any) -> None:
    data = (DEMO / PLAN_FILE).read_bytes()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(three_users.own)
    response = strict.post(f"{API}/parse", {"file": SimpleUploadedFile("kh.txt", data)})
    assert response.status_code == 403
    assert response.json()["detail_en"].startswith("The CSRF token is missing")
    strict.get("/accounts/profile/")  # sets the CSRF cookie, as a page visit does
    csrf = strict.cookies["csrftoken"].value
    response = strict.post(
        f"{API}/parse", {"file": SimpleUploadedFile("kh.txt", data)}, HTTP_X_CSRFTOKEN=csrf
    )
    assert response.status_code == 200
    _row, token = account_actions.create_api_token(actor=three_users.own, name="ci")
    response = Client(enforce_csrf_checks=True).post(
        f"{API}/parse", {"file": SimpleUploadedFile("kh.txt", data)}, HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert response.status_code == 200


# --- plan detail, coverage, tasks -------------------------------------------------------------------------


def test_plan_detail_has_tasks_with_their_assignments(published_catalog: Plan, three_users: Any) -> None:
    body = client_for(three_users.parent).get(f"{API}/plans/{published_catalog.pk}").json()
    assert body["kind"] == "catalog" and body["status"] == "issued"
    assert body["document"]["number"] == "3177/QĐ-UBND"
    tasks = {t["number"]: t for t in body["tasks"]}
    assert tasks["1"]["is_heading"] is True
    task = tasks["1.2"]
    assert task["parent_id"] == tasks["1"]["id"]
    assert task["timeframe"] == {
        "raw": "Trước ngày 15/11/2025",
        "kind": "by_date",
        "start": None,
        "end": "2025-11-15",
        "due": "2025-11-15",
    }
    roles = [(a["role"], a["text"], a["organization"]["name"]) for a in task["assignments"]]
    assert roles == [("coordinate", "Sở Công Thương", "Sở Công Thương"), ("lead", "Sở Nội vụ", "Sở Nội vụ")]
    group = [a for a in tasks["1.1"]["assignments"] if a["expanded_from_id"] is None]
    assert [a["text"] for a in group] == ["Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"]
    assert all(a["group"] for a in group)
    expanded = [a for a in tasks["1.1"]["assignments"] if a["expanded_from_id"] is not None]
    assert {a["organization"]["name"] for a in expanded} >= {"Sở Công Thương", "Sở Nội vụ", "Xã Cẩm Giang"}


def test_coverage_lists_covered_and_missing_catalog_tasks(agency_plan: Plan, three_users: Any) -> None:
    agency_plan.tasks.filter(source_task__number="1.3").delete()
    body = client_for(three_users.own).get(f"{API}/plans/{agency_plan.pk}/coverage").json()
    assert body["catalog"]["id"] == agency_plan.parent_id
    assert sorted(c["catalog_task"]["number"] for c in body["covered"]) == ["1.1", "1.2"]
    assert [t["number"] for t in body["missing"]] == ["1.3"]
    assert body["assigned_count"] == 3 and body["covered_count"] == 2 and body["percent"] == 67
    assert any(f["code"] for f in body["findings"])


def test_tasks_assigned_to_an_organisation_by_role(
    published_catalog: Plan, three_users: Any, tree: Any
) -> None:
    client = client_for(three_users.own)
    body = client.get(f"{API}/tasks?assigned_to={tree.department.pk}").json()
    assert [t["number"] for t in body["items"]] == ["1.1", "1.2", "1.3"]
    lead = client.get(f"{API}/tasks?assigned_to={tree.department.pk}&role=lead").json()
    assert [t["number"] for t in lead["items"]] == ["1.1", "1.3"]  # 1.1 as a member of "Các sở, ban, ngành"
    assert lead["items"][0]["plan"]["id"] == published_catalog.pk
    # Rows as written: the group, not its expansion into organisations.
    assert [a["text"] for a in lead["items"][0]["assignments"]] == [
        "Các sở, ban, ngành",
        "Ủy ban nhân dân cấp xã",
    ]
    coordinate = client.get(f"{API}/tasks?assigned_to={tree.department.pk}&role=coordinate").json()
    assert [t["number"] for t in coordinate["items"]] == ["1.2"]
    mine = client.get(f"{API}/tasks").json()
    assert mine["count"] == 3


def test_tasks_of_an_organisation_outside_the_scope_are_404(
    published_catalog: Plan, three_users: Any, tree: Any
) -> None:
    response = client_for(three_users.unrelated).get(f"{API}/tasks?assigned_to={tree.department.pk}")
    assert response.status_code == 404
    own = client_for(three_users.unrelated).get(f"{API}/tasks?assigned_to={tree.commune.pk}").json()
    assert [t["number"] for t in own["items"]] == ["1.1"]


def test_malformed_parameters_get_a_vietnamese_422(published_catalog: Plan, three_users: Any) -> None:
    client = client_for(three_users.own)
    for url in (f"{API}/tasks?role=boss", f"{API}/tasks?assigned_to=abc", f"{API}/plans?limit=0"):
        response = client.get(url)
        assert response.status_code == 422, url
        body = response.json()
        assert body["detail_en"].startswith("The request is not valid; check these fields:")
        assert body["detail"] != body["detail_en"]
        assert body["errors"]
    assert client.get(f"{API}/plans/{published_catalog.pk}/export?format=odt").status_code == 422


def test_an_offset_past_any_table_is_refused_not_a_server_error(three_users: Any) -> None:
    # SQLite cannot bind an integer past 64 bits and PostgreSQL refuses it: the API answers 422 first.
    client = client_for(three_users.own)
    for endpoint in ("plans", "tasks", "periods", "reports"):
        huge = client.get(f"{API}/{endpoint}?offset=162055300621852868608&limit=327")
        assert huge.status_code == 422, endpoint
        assert [e["field"] for e in huge.json()["errors"]] == ["offset"], endpoint
        assert client.get(f"{API}/{endpoint}?offset=2147483647").json()["items"] == [], endpoint


# --- export and parse -------------------------------------------------------------------------------------


def test_exported_docx_round_trips_through_the_parse_endpoint(tree: Any, three_users: Any) -> None:
    seed_catalog(tree)
    plan = seed_plan(tree)
    client = token_client(three_users.own)
    response = client.get(f"{API}/plans/{plan.pk}/export?format=docx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml"
    )
    assert response["Content-Disposition"].startswith('attachment; filename="Ke-hoach-So-Cong-Thuong.docx"')
    assert parsed_tasks(response.content, "x.docx") == database_tasks(plan)
    parsed = client.post(f"{API}/parse", {"file": SimpleUploadedFile("ke-hoach.docx", response.content)})
    assert parsed.status_code == 200
    assert [t["no"] for t in parsed.json()["tasks"]] == [t["no"] for t in database_tasks(plan)]
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED, details__format="docx").count() == 1


def test_parse_returns_the_docparse_json(three_users: Any) -> None:
    data = (DEMO / PLAN_FILE).read_bytes()
    response = token_client(three_users.unrelated).post(
        f"{API}/parse", {"file": SimpleUploadedFile(PLAN_FILE, data)}
    )
    assert response.status_code == 200
    assert response.json() == docparse.parse(data, PLAN_FILE).to_dict()


def test_parse_errors_are_400_in_vietnamese_and_english(three_users: Any, settings: Any) -> None:
    client = token_client(three_users.own)
    response = client.post(f"{API}/parse", {"file": SimpleUploadedFile("a.exe", b"MZ\x90\x00")})
    assert response.status_code == 400
    body = response.json()
    assert body["detail"].startswith("Định dạng tệp") and body["detail_en"].startswith(
        "Unsupported file type"
    )
    broken = client.post(f"{API}/parse", {"file": SimpleUploadedFile("a.docx", b"PK\x03\x04broken")})
    assert broken.status_code == 400 and broken.json()["detail"]
    missing = client.post(f"{API}/parse", {})
    assert missing.status_code == 422
    settings.MAX_UPLOAD_BYTES = 10
    large = client.post(f"{API}/parse", {"file": SimpleUploadedFile("a.txt", b"x" * 11)})
    assert large.status_code == 413
    assert large.json()["detail_en"] == "The file is too large; the limit is 0 MB."


def test_pdf_export_answers_503_with_the_reason_when_libreoffice_is_missing(
    agency_plan: Plan, three_users: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("danvan.plans.api.libreoffice_available", lambda: False)
    response = client_for(three_users.own).get(f"{API}/plans/{agency_plan.pk}/export?format=pdf")
    assert response.status_code == 503
    assert response.json() == {
        "detail": "Chưa xuất được PDF: máy chủ chưa cài LibreOffice.",
        "detail_en": "PDF export is not available: LibreOffice is not installed on the server.",
    }


@pytest.mark.skipif(not libreoffice_available(), reason="LibreOffice is not installed")
def test_pdf_export_converts_synchronously(agency_plan: Plan, three_users: Any) -> None:
    response = token_client(three_users.parent).get(f"{API}/plans/{agency_plan.pk}/export?format=pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    unrelated = client_for(three_users.unrelated).get(f"{API}/plans/{agency_plan.pk}/export?format=pdf")
    assert unrelated.status_code == 404


# --- query counts -----------------------------------------------------------------------------------------


def add_tasks(plan: Plan, count: int, organization: Any) -> None:
    for i in range(count):
        task = actions.add_task(actor=None, plan=plan, number=f"9.{i}", content=f"Nhiệm vụ bổ sung {i}")
        actions.assign(actor=None, task=task, role="lead", organization=organization)


@pytest.mark.parametrize("url", [f"{API}/plans", f"{API}/tasks", "detail"])
def test_list_query_counts_stay_flat_as_data_grows(
    url: str, agency_plan: Plan, three_users: Any, tree: Any, make_organization: Any
) -> None:
    client = token_client(three_users.own)
    target = f"{API}/plans/{agency_plan.pk}" if url == "detail" else url

    def queries_for() -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(target).status_code == 200
        return len(context)

    client.get(target)  # stamps the token's last use once
    few = queries_for()
    for n in range(5):
        other = make_organization(name=f"Phòng {n}", parent=tree.department)
        actions.start_plan_from_catalog(actor=None, catalog=agency_plan.parent, organization=other)  # type: ignore[arg-type]
    add_tasks(agency_plan, 30, tree.department)
    assert queries_for() == few


# --- docs -------------------------------------------------------------------------------------------------


def test_openapi_docs_are_served_with_local_assets(three_users: Any) -> None:
    client = client_for(three_users.own)
    page = client.get(f"{API}/docs")
    assert page.status_code == 200
    html = page.content.decode()
    # every script and stylesheet is served from the app itself (the page's random CSRF token may hold any
    # letters, so the addresses are checked, not the whole page)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert "/static/ninja/swagger-ui-bundle.js" in assets
    assert all(
        url.startswith("/") and not url.startswith("//") and "cdn" not in url.lower() for url in assets
    ), assets
    schema = client.get(f"{API}/openapi.json").json()
    assert {"/api/v1/plans", "/api/v1/plans/{plan_id}", "/api/v1/tasks", "/api/v1/parse"} <= set(
        schema["paths"]
    )
    assert Client().get(f"{API}/docs").status_code == 302  # behind the login like every page


def test_the_api_reads_the_export_bytes_the_page_serves(agency_plan: Plan, three_users: Any) -> None:
    api_xlsx = client_for(three_users.own).get(f"{API}/plans/{agency_plan.pk}/export?format=xlsx").content
    sheet = openpyxl.load_workbook(io.BytesIO(api_xlsx)).active
    assert sheet is not None
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        t.number for t in agency_plan.tasks.order_by("position")
    ]
