"""Renames, merges and moves keep history and never delete."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db.models import ProtectedError

from danvan.core.models import AuditEvent
from danvan.organizations import actions
from danvan.organizations.models import Organization

pytestmark = pytest.mark.django_db


def test_rename_keeps_the_old_name_in_history_and_records_an_event(tree: Any, make_user: Any) -> None:
    admin = make_user(tree.province, "administrator")
    actions.update_organization(actor=admin, organization=tree.commune, name="Xã Cẩm Giang Mới")
    old_names = [h.name for h in tree.commune.history.order_by("history_date")]
    assert old_names[0] == "Xã Cẩm Giang" and old_names[-1] == "Xã Cẩm Giang Mới"
    event = AuditEvent.objects.get(action=AuditEvent.Action.RENAMED)
    assert event.actor == admin and event.details == {"from": "Xã Cẩm Giang", "to": "Xã Cẩm Giang Mới"}
    assert "xa cam giang moi" in Organization.objects.get(pk=tree.commune.pk).search_key


def test_merge_closes_sources_and_moves_their_units_to_the_successor(tree: Any) -> None:
    day = datetime.date(2025, 7, 1)
    actions.merge_organizations(actor=None, sources=[tree.department], into=tree.other_department, on=day)
    department = Organization.objects.get(pk=tree.department.pk)
    unit = Organization.objects.get(pk=tree.unit.pk)
    assert department.valid_until == day and department.successor == tree.other_department
    assert unit.parent == tree.other_department
    assert unit.path.startswith(tree.other_department.path)
    assert not department.is_active_on(day) and department.is_active_on(datetime.date(2025, 6, 30))


def test_merge_into_own_descendant_is_refused(tree: Any) -> None:
    with pytest.raises(ValueError):
        actions.merge_organizations(
            actor=None, sources=[tree.department], into=tree.unit, on=datetime.date.today()
        )


def test_organisations_with_units_cannot_be_deleted(tree: Any) -> None:
    with pytest.raises(ProtectedError):
        tree.department.delete()


def test_move_rewrites_the_paths_of_the_whole_subtree(tree: Any, make_organization: Any) -> None:
    team = make_organization(name="Tổ công tác", kind=Organization.Kind.DIVISION, parent=tree.unit)
    actions.move_organization(actor=None, organization=tree.unit, new_parent=tree.other_department)
    team.refresh_from_db()
    assert team.path.startswith(tree.other_department.path) and team.depth == 3


def test_administrator_role_opens_the_admin_site_and_revoking_closes_it(tree: Any, make_user: Any) -> None:
    user = make_user(tree.province, "administrator")
    assert user.is_staff and user.has_perm("organizations.change_organization")
    actions.revoke_role(actor=None, membership=user.memberships.get())
    user = type(user).objects.get(pk=user.pk)
    assert not user.is_staff
