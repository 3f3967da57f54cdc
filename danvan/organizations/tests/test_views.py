"""Organisation pages: scope for the three users, search, editing and flat query counts."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from danvan.organizations.models import Organization
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

PAGES = ["organizations:detail", "organizations:children", "organizations:history"]


@pytest.mark.parametrize("page", PAGES)
def test_own_and_parent_officers_open_the_department_pages(page: str, tree: Any, three_users: Any) -> None:
    url = reverse(page, args=[tree.department.pk])
    assert client_for(three_users.own).get(url).status_code == 200
    assert client_for(three_users.parent).get(url).status_code == 200


@pytest.mark.parametrize("page", [*PAGES, "organizations:edit"])
def test_unrelated_officer_gets_404_on_the_department_pages(page: str, tree: Any, three_users: Any) -> None:
    url = reverse(page, args=[tree.department.pk])
    assert client_for(three_users.unrelated).get(url).status_code == 404


def test_detail_shows_members_units_and_parents(tree: Any, three_users: Any) -> None:
    response = client_for(three_users.parent).get(reverse("organizations:detail", args=[tree.department.pk]))
    html = response.content.decode()
    assert "Phòng Quản lý Thương mại" in html
    assert three_users.own.full_name in html
    assert "Ủy ban nhân dân thành phố Hải Phòng" in html


def test_own_officer_does_not_see_the_parent_in_breadcrumbs(tree: Any, three_users: Any) -> None:
    response = client_for(three_users.own).get(reverse("organizations:detail", args=[tree.department.pk]))
    assert f'href="{tree.province.get_absolute_url()}"' not in response.content.decode()


def test_list_starts_at_the_roots_of_the_scope(tree: Any, three_users: Any) -> None:
    html = client_for(three_users.own).get(reverse("organizations:list")).content.decode()
    assert "Sở Công Thương" in html and "Xã Cẩm Giang" not in html
    html = client_for(three_users.parent).get(reverse("organizations:list")).content.decode()
    assert "Ủy ban nhân dân thành phố Hải Phòng" in html


def test_search_without_diacritics_finds_the_commune_for_the_parent_only(tree: Any, three_users: Any) -> None:
    url = reverse("organizations:list") + "?q=cam+giang"
    assert "Xã Cẩm Giang" in client_for(three_users.parent).get(url).content.decode()
    assert "Xã Cẩm Giang" not in client_for(three_users.own).get(url).content.decode()


def test_htmx_search_returns_only_the_fragment(tree: Any, three_users: Any) -> None:
    url = reverse("organizations:list") + "?q=cam"
    response = client_for(three_users.parent).get(url, headers={"HX-Request": "true"})
    assert "Xã Cẩm Giang" in response.content.decode()
    assert "<html" not in response.content.decode()


def test_officers_cannot_edit_and_administrators_can(tree: Any, three_users: Any, make_user: Any) -> None:
    url = reverse("organizations:edit", args=[tree.department.pk])
    assert client_for(three_users.own).get(url).status_code == 403
    assert client_for(three_users.parent).get(url).status_code == 403
    admin = make_user(tree.province, "administrator")
    response = client_for(admin).post(
        url, {"name": "Sở Công Thương mới", "kind": Organization.Kind.DEPARTMENT, "aliases": "SCT"}
    )
    assert response.status_code == 302
    assert Organization.objects.get(pk=tree.department.pk).name == "Sở Công Thương mới"
    history = (
        client_for(admin).get(reverse("organizations:history", args=[tree.department.pk])).content.decode()
    )
    assert "Sở Công Thương mới" in history and "Sở Công Thương" in history


def test_invalid_edit_is_refused_with_a_vietnamese_error_and_changes_nothing(
    tree: Any, make_user: Any
) -> None:
    admin = make_user(tree.province, "administrator")
    url = reverse("organizations:edit", args=[tree.department.pk])
    response = client_for(admin).post(url, {"name": "", "kind": "department"})
    assert response.status_code == 200
    assert "Trường này là bắt buộc." in response.content.decode()
    assert Organization.objects.get(pk=tree.department.pk).name == "Sở Công Thương"


def _grow(tree: Any, make_organization: Any, make_user: Any, n: int) -> None:
    for i in range(n):
        make_organization(name=f"Phòng {i}", kind=Organization.Kind.DIVISION, parent=tree.department)
        make_user(tree.department, "unit_officer")


def test_detail_and_list_query_counts_do_not_grow_with_data(
    tree: Any, three_users: Any, make_organization: Any, make_user: Any
) -> None:
    client = client_for(three_users.parent)
    urls = [
        reverse("organizations:detail", args=[tree.department.pk]),
        reverse("organizations:list"),
        reverse("organizations:list") + "?q=phong",
        reverse("organizations:children", args=[tree.department.pk]),
    ]
    counts = []
    for size in (1, 15):
        _grow(tree, make_organization, make_user, size)
        row = []
        for url in urls:
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url).status_code == 200
            row.append(len(ctx))
        counts.append(row)
    assert counts[0] == counts[1]
