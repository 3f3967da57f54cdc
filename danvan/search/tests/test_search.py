"""One search over tasks, plans, documents and organisations: diacritics ignored, scoped, pinned query count.
Runs on SQLite (the registered function) and on PostgreSQL (full-text with unaccent) alike."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import docparse
from danvan.plans import actions
from danvan.plans.models import Plan
from danvan.search import queries
from danvan.search.matching import search_text, words_of
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

DEMO = Path(__file__).resolve().parents[2] / "plans" / "demo"
CATALOG_FILE = "004_aa386a0087546330.txt"


@pytest.fixture
def catalog(tree: Any) -> Plan:
    data = (DEMO / CATALOG_FILE).read_bytes()
    parsed = docparse.parse(data, CATALOG_FILE)
    plan = actions.import_parsed(
        actor=None,
        owner=tree.province,
        kind=Plan.Kind.CATALOG,
        parsed=parsed.to_dict(),
        file_name=CATALOG_FILE,
        data=data,
        source_text=parsed.text,
    )
    actions.update_document(
        actor=None, plan=plan, changes={"number": "3177/QĐ-UBND", "date": datetime.date(2025, 8, 6)}
    )
    return plan


@pytest.fixture
def coordinator(tree: Any, make_user: Any) -> Any:
    return make_user(tree.province, "coordinator", username="dieu.phoi")


@pytest.fixture
def outsider(tree: Any, make_user: Any) -> Any:
    """A coordinator of the other province: sees all of Quảng Ngãi, nothing of Hải Phòng."""
    return make_user(tree.other_province, "coordinator", username="quang.ngai")


def test_query_words_are_folded_and_stripped_of_punctuation() -> None:
    assert words_of("  Dân  vận khéo! ") == ["dan", "van", "kheo"]
    assert words_of("Đổi mới") == ["doi", "moi"]
    assert search_text("“Dân vận khéo”; Đảng") == " dan van kheo dang"


def test_dan_van_kheo_finds_task_3_2_of_the_catalog(catalog: Plan, coordinator: Any) -> None:
    found = queries.search(coordinator, "dan van kheo")
    assert "3.2" in [task.number for task in found.tasks]
    assert all(task.plan_id == catalog.pk for task in found.tasks)


def test_every_kind_is_found_with_or_without_diacritics(catalog: Plan, coordinator: Any, tree: Any) -> None:
    for text in ("danh muc nhiem vu dan van", "Danh mục nhiệm vụ dân vận"):
        found = queries.search(coordinator, text)
        assert [plan.pk for plan in found.plans] == [catalog.pk]
        assert [document.pk for document in found.documents] == [catalog.document_id]
    assert [org.pk for org in queries.search(coordinator, "cam giang").organizations] == [tree.commune.pk]
    assert [org.pk for org in queries.search(coordinator, "SỞ CÔNG THƯƠNG").organizations] == [
        tree.department.pk
    ]


def test_a_word_matches_the_start_of_a_word_not_its_middle(catalog: Plan, coordinator: Any) -> None:
    assert queries.search(coordinator, "kheo").tasks
    assert not queries.search(coordinator, "heo").tasks  # inside "khéo"
    assert not queries.search(coordinator, "dan van kheo xyzzy").total


def test_nothing_outside_the_scope_is_found(catalog: Plan, outsider: Any, three_users: Any) -> None:
    for user in (outsider, three_users.own):  # the draft catalog is the province's; the department's officer
        found = queries.search(user, "dan van kheo")  # does not see it before it is issued
        assert not found.tasks and not found.plans and not found.documents
    assert not queries.search(outsider, "cam giang").organizations
    assert queries.search(three_users.own, "cong thuong").organizations


def test_the_issued_catalog_is_found_by_the_organisations_of_its_province(
    catalog: Plan, three_users: Any, outsider: Any
) -> None:
    Plan.objects.filter(pk=catalog.pk).update(status=Plan.Status.ISSUED)
    assert "3.2" in [task.number for task in queries.search(three_users.own, "dan van kheo").tasks]
    assert not queries.search(outsider, "dan van kheo").tasks


def test_the_search_takes_the_same_number_of_queries_whatever_the_data(
    catalog: Plan, coordinator: Any, tree: Any, make_organization: Any
) -> None:
    def count() -> int:
        user = type(coordinator).objects.get(pk=coordinator.pk)  # a fresh user: no cached scope
        with CaptureQueriesContext(connection) as context:
            found = queries.search(user, "dan van")
            assert found.tasks
        return len(context.captured_queries)

    small = count()
    for n in range(30):
        make_organization(name=f"Phòng Dân vận {n}", parent=tree.department)
    actions.add_task(actor=None, plan=catalog, number="9.9", content="Dân vận khéo thêm")
    assert count() == small == 6  # memberships, provinces of the scope, then one query per kind


def test_the_page_is_in_the_navigation_and_lists_every_kind(
    client: Any, catalog: Plan, coordinator: Any
) -> None:
    client = client_for(coordinator)
    home = client.get(reverse("core:home")).content.decode()
    assert reverse("search:search") in home
    page = client.get(reverse("search:search"), {"q": "dan van kheo"}).content.decode()
    assert "Tổ chức xây dựng các mô hình dân vận khéo" in page
    assert catalog.tasks.get(number="3.2").get_absolute_url() in page
    page = client.get(reverse("search:search"), {"q": "danh muc nhiem vu"}).content.decode()
    assert catalog.get_absolute_url() in page and "3177/QĐ-UBND" in page
    empty = client.get(reverse("search:search"), {"q": "khong co gi xyzzy"}).content.decode()
    assert "khong co gi xyzzy" in empty and "Tổ chức xây dựng" not in empty


def test_the_api_answers_the_same_results_in_scope_only(
    catalog: Plan, coordinator: Any, outsider: Any, client: Any
) -> None:
    url = reverse("api:search")
    body = client_for(coordinator).get(url, {"q": "dan van kheo"}).json()
    assert body["words"] == ["dan", "van", "kheo"]
    assert "3.2" in [task["number"] for task in body["tasks"]]
    assert body["tasks"][0]["url"].startswith("/plans/tasks/")
    assert client_for(outsider).get(url, {"q": "dan van kheo"}).json()["tasks"] == []
    assert client.get(url, {"q": "dan"}).status_code == 401
