"""Who sees which organisations."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from danvan.organizations import queries
from danvan.organizations.models import Membership

pytestmark = pytest.mark.django_db


def names(qs: Any) -> set[str]:
    return {o.name for o in qs}


def test_officer_sees_own_organisation_and_descendants_only(tree: Any, three_users: Any) -> None:
    visible = names(queries.organizations_visible_to(three_users.own))
    assert visible == {"Sở Công Thương", "Phòng Quản lý Thương mại"}


def test_parent_officer_sees_child_organisations(tree: Any, three_users: Any) -> None:
    visible = names(queries.organizations_visible_to(three_users.parent))
    assert {"Sở Công Thương", "Phòng Quản lý Thương mại", "Xã Cẩm Giang", "Sở Nội vụ"} <= visible
    assert "Ủy ban nhân dân tỉnh Quảng Ngãi" not in visible


def test_unrelated_officer_gets_404_for_the_department(tree: Any, three_users: Any) -> None:
    with pytest.raises(Http404):
        queries.get_organization_for_user(three_users.unrelated, tree.department.pk)


def test_coordinator_of_a_department_sees_the_whole_province(tree: Any, make_user: Any) -> None:
    coordinator = make_user(tree.other_department, Membership.Role.COORDINATOR)
    visible = names(queries.organizations_visible_to(coordinator))
    assert "Xã Cẩm Giang" in visible and "Phòng Quản lý Thương mại" in visible
    assert "Ủy ban nhân dân tỉnh Quảng Ngãi" not in visible


def test_observer_reads_the_province_but_writes_nothing(tree: Any, make_user: Any) -> None:
    observer = make_user(tree.other_department, Membership.Role.OBSERVER)
    scope = queries.scope_of(observer)
    assert scope.covers(tree.commune)
    assert not scope.covers(tree.commune, write=True)


def test_revoked_membership_gives_no_scope(tree: Any, make_user: Any) -> None:
    from danvan.organizations import actions

    user = make_user(tree.department)
    actions.revoke_role(actor=None, membership=user.memberships.get())
    user = type(user).objects.get(pk=user.pk)
    assert not queries.organizations_visible_to(user).exists()


def test_anonymous_sees_nothing(tree: Any) -> None:
    assert not queries.organizations_visible_to(AnonymousUser()).exists()


def test_superuser_sees_every_province(tree: Any, make_user: Any) -> None:
    root = make_user()
    root.is_superuser = True
    assert "Ủy ban nhân dân tỉnh Quảng Ngãi" in names(queries.organizations_visible_to(root))


def test_search_ignores_diacritics_and_tone_placement(tree: Any, three_users: Any) -> None:
    assert [o.name for o in queries.search_organizations(three_users.parent, "cam giang")] == ["Xã Cẩm Giang"]
    assert [o.name for o in queries.search_organizations(three_users.parent, "CẨM GIANG")] == ["Xã Cẩm Giang"]
    assert queries.search_organizations(three_users.own, "cam giang") == []
