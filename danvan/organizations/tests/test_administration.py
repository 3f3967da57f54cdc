"""Administrators add units and members, revoke roles and close units, through the pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.urls import reverse

from danvan.accounts.models import User
from danvan.core.models import AuditEvent
from danvan.organizations.models import Membership, Organization
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

ADMIN_PAGES = ["organizations:add-child", "organizations:close", "organizations:member-add"]


@pytest.fixture
def admin(tree: Any, make_user: Any) -> Any:
    return make_user(tree.other_department, Membership.Role.ADMINISTRATOR, username="quantri")


@pytest.mark.parametrize("page", ADMIN_PAGES)
def test_officers_of_the_organisation_and_its_parent_are_refused(
    page: str, tree: Any, three_users: Any
) -> None:
    url = reverse(page, args=[tree.department.pk])
    assert client_for(three_users.own).get(url).status_code == 403
    assert client_for(three_users.parent).get(url).status_code == 403
    assert client_for(three_users.unrelated).get(url).status_code == 404


@pytest.mark.parametrize("page", ADMIN_PAGES)
def test_administrator_of_another_province_gets_404(page: str, tree: Any, make_user: Any) -> None:
    outsider = make_user(tree.other_province, Membership.Role.ADMINISTRATOR)
    assert client_for(outsider).get(reverse(page, args=[tree.department.pk])).status_code == 404


def test_administrator_adds_an_internal_unit(tree: Any, admin: Any) -> None:
    response = client_for(admin).post(
        reverse("organizations:add-child", args=[tree.department.pk]),
        {"name": "Phòng Quản lý Năng lượng", "kind": Organization.Kind.DIVISION},
    )
    unit = Organization.objects.get(name="Phòng Quản lý Năng lượng")
    assert response.status_code == 302 and unit.parent == tree.department
    assert unit.path.startswith(tree.department.path)
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.CREATED, actor=admin, target_id=str(unit.pk)
    ).exists()


def test_new_member_gets_an_account_and_a_set_password_email(
    tree: Any, admin: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(admin).post(
            reverse("organizations:member-add", args=[tree.department.pk]),
            {
                "username": "moi",
                "role": "unit_officer",
                "full_name": "Ngô Thị Mới",
                "email": "moi@example.vn",
            },
        )
    assert response.status_code == 302
    user = User.objects.get(username="moi")
    assert user.memberships.get().organization == tree.department
    assert [m.to for m in mail.outbox] == [["moi@example.vn"]]
    assert "/accounts/password/reset/" in str(mail.outbox[0].body)


def test_new_member_without_email_is_refused_in_vietnamese_and_nothing_is_created(
    tree: Any, admin: Any
) -> None:
    response = client_for(admin).post(
        reverse("organizations:member-add", args=[tree.department.pk]),
        {"username": "moi", "role": "unit_officer", "full_name": "Ngô Thị Mới"},
    )
    assert response.status_code == 200
    assert "Tài khoản mới cần địa chỉ thư điện tử" in response.content.decode()
    assert not User.objects.filter(username="moi").exists()


def test_existing_user_gets_the_role_and_revoking_keeps_the_row(
    tree: Any, admin: Any, make_user: Any
) -> None:
    person = make_user(username="cu")
    client = client_for(admin)
    client.post(
        reverse("organizations:member-add", args=[tree.department.pk]), {"username": "cu", "role": "leader"}
    )
    membership = Membership.objects.get(user=person, organization=tree.department, role="leader")
    client.post(reverse("organizations:member-revoke", args=[tree.department.pk, membership.pk]))
    membership.refresh_from_db()
    assert not membership.is_active
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ROLE_REVOKED, target_id=str(person.pk)).exists()


def test_revoke_needs_post(tree: Any, admin: Any, three_users: Any) -> None:
    membership = three_users.own.memberships.get()
    url = reverse("organizations:member-revoke", args=[tree.department.pk, membership.pk])
    assert client_for(admin).get(url).status_code == 405


def test_closing_with_a_successor_merges_and_keeps_the_unit(tree: Any, admin: Any) -> None:
    response = client_for(admin).post(
        reverse("organizations:close", args=[tree.department.pk]),
        {"on": "2025-07-01", "successor": tree.other_department.pk},
    )
    assert response.status_code == 302
    department = Organization.objects.get(pk=tree.department.pk)
    assert department.successor == tree.other_department and str(department.valid_until) == "2025-07-01"
    assert Organization.objects.get(pk=tree.unit.pk).parent == tree.other_department
    page = client_for(admin).get(reverse("organizations:detail", args=[department.pk])).content.decode()
    assert "không còn tồn tại từ ngày 01/07/2025" in page


def test_a_unit_cannot_be_merged_into_its_own_unit(tree: Any, admin: Any) -> None:
    response = client_for(admin).post(
        reverse("organizations:close", args=[tree.department.pk]),
        {"on": "2025-07-01", "successor": tree.unit.pk},
    )
    assert response.status_code == 200
    assert Organization.objects.get(pk=tree.department.pk).valid_until is None
