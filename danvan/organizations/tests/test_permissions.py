"""`has_role_over` and `can_act_for`: the role must be held over the organisation, not anywhere."""

from __future__ import annotations

from typing import Any

import pytest

from danvan.organizations.permissions import can_act_for, can_edit_organization, has_role_over

pytestmark = pytest.mark.django_db


def test_a_role_counts_on_the_organisation_and_below_it_not_beside_it(tree: Any, make_user: Any) -> None:
    leader = make_user(tree.department, "leader")
    assert has_role_over(leader, tree.department, {"leader"})
    assert has_role_over(leader, tree.unit, {"leader"})
    assert not has_role_over(leader, tree.other_department, {"leader"})
    assert not has_role_over(leader, tree.province, {"leader"})
    assert not has_role_over(leader, tree.department, {"coordinator"})


def test_a_role_held_elsewhere_does_not_count_with_another_role_held_here(tree: Any, make_user: Any) -> None:
    """Leader of Sở Nội vụ and officer of Sở Công Thương: no leader's signature over Sở Công Thương."""
    person = make_user(tree.other_department, "leader")
    from danvan.organizations import actions

    actions.grant_role(actor=None, user=person, organization=tree.department, role="agency_officer")
    assert can_act_for(person, tree.department)
    assert not has_role_over(person, tree.department, {"leader"})


def test_province_wide_roles_reach_the_whole_province_and_stop_at_its_border(
    tree: Any, make_user: Any
) -> None:
    coordinator = make_user(tree.other_department, "coordinator")
    assert has_role_over(coordinator, tree.commune, {"coordinator"})
    assert has_role_over(coordinator, tree.unit, {"coordinator"})
    assert not has_role_over(coordinator, tree.other_province, {"coordinator"})


def test_observers_read_the_province_but_never_write(tree: Any, make_user: Any) -> None:
    observer = make_user(tree.other_department, "observer")
    assert has_role_over(observer, tree.department, {"observer"})
    assert not can_act_for(observer, tree.department)
    assert not can_act_for(observer, tree.other_department)


def test_administrators_edit_organisations_of_their_own_province_only(tree: Any, make_user: Any) -> None:
    from danvan.organizations import actions

    administrator = make_user(tree.other_department, "administrator")
    other = make_user(tree.other_province, "agency_officer")
    actions.grant_role(actor=None, user=other, organization=tree.province, role="administrator")
    assert can_edit_organization(administrator, tree.commune)
    assert not can_edit_organization(administrator, tree.other_province)
    assert can_edit_organization(other, tree.department)


def test_anonymous_visitors_hold_no_role_and_superusers_hold_every_role(tree: Any, make_user: Any) -> None:
    from django.contrib.auth.models import AnonymousUser

    assert not has_role_over(AnonymousUser(), tree.department, {"leader"})
    root = make_user()
    root.is_superuser = True
    assert has_role_over(root, tree.other_province, {"leader"})
