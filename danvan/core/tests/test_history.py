"""An object's history merges row edits with audit events."""

from __future__ import annotations

from typing import Any

import pytest

from danvan.core import actions
from danvan.core.models import AuditEvent
from danvan.core.queries import history_of
from danvan.organizations import actions as org_actions

pytestmark = pytest.mark.django_db


def test_history_lists_creation_changes_and_events_newest_first(tree: Any, make_user: Any) -> None:
    admin = make_user(tree.province, "administrator")
    org_actions.update_organization(actor=admin, organization=tree.commune, short_name="Cẩm Giang")
    actions.record_event(
        actor=admin, action=AuditEvent.Action.EXPORTED, target=tree.commune, details={"file": "x.docx"}
    )
    entries = history_of(tree.commune)
    assert entries[0].what == str(AuditEvent.Action.EXPORTED.label)
    changes = [c for e in entries for c in e.changes]
    assert any(c.new == "Cẩm Giang" and c.old == "" for c in changes)
    assert [(d.label, d.value) for d in entries[0].details] == [("Tệp", "x.docx")]


def test_login_and_failed_login_are_audited(tree: Any, make_user: Any, client: Any) -> None:
    user = make_user(tree.department, username="an", password="Mat-khau-123")
    client.post("/accounts/login/", {"username": "an", "password": "sai-mat-khau"})
    client.post("/accounts/login/", {"username": "an", "password": "Mat-khau-123"})
    actions_seen = list(AuditEvent.objects.order_by("id").values_list("action", "actor_label"))
    assert (AuditEvent.Action.LOGIN_FAILED, "an") in actions_seen
    assert AuditEvent.objects.filter(action=AuditEvent.Action.LOGIN, actor=user).exists()
