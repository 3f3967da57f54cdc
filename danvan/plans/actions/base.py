"""What every plans action shares: the refusals it raises, the version check of plan edits, the audit event of
an edit, bulk creation with history."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, TypeVar

from django.db import models
from django.db.models import F
from django.http import HttpRequest
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from danvan.accounts.models import User
from danvan.core.actions import record_event
from danvan.core.errors import ActionRefused, NotReady
from danvan.core.permissions import require
from danvan.plans.models import Plan, Task
from danvan.plans.permissions import can_edit_plan

M = TypeVar("M", bound=models.Model)


class StaleVersion(ActionRefused):
    """The plan changed since the editor loaded it."""


class TransitionError(ActionRefused):
    """The plan is not in a state that allows this step; the message is for the user."""


class PlanNotReady(TransitionError, NotReady):
    """The plan has findings that block this step; `items` lists them with where each is fixed."""


def create_with_history(model: type[M], rows: Iterable[M]) -> list[M]:
    """bulk_create that also writes the history rows (plain bulk_create skips simple-history)."""
    return list(bulk_create_with_history(list(rows), model))


def bump_version(plan: Plan, version: int | None, actor: User | None) -> None:
    """Check the editor's right and version and take the next one; refuse edits of plans past review."""
    if plan.is_editable:
        require(actor, can_edit_plan, plan)
    if not plan.is_editable:
        raise TransitionError(_("This plan is no longer a draft; return it to draft before editing."))
    if version is not None and version != plan.version:
        raise StaleVersion(_("Someone else changed this plan meanwhile. Reload the page and redo your edit."))
    updated = Plan.objects.filter(pk=plan.pk, version=plan.version).update(version=F("version") + 1)
    if not updated:
        raise StaleVersion(_("Someone else changed this plan meanwhile. Reload the page and redo your edit."))
    plan.version += 1


def record_plan_edit(
    *,
    actor: User | None,
    plan: Plan,
    edit: str,
    task: Task | None = None,
    request: HttpRequest | None = None,
    **details: Any,
) -> None:
    """The audit event of one edit of a draft plan (`plan.<edit>`, e.g. `plan.task_added`), recorded on the plan
    so its history page lists every edit with what changed; `task` names the task the edit was about. Dates are
    stored as ISO text (the history page shows them as Vietnamese dates)."""
    if task is not None:
        details = {"task": task.pk, "task_label": str(task), **details}
    details = {
        key: value.isoformat() if isinstance(value, datetime.date) else value
        for key, value in details.items()
    }
    record_event(
        actor=actor,
        action=f"plan.{edit}",
        target=plan,
        request=request,
        details=details,
    )


def changed_fields(row: models.Model, changes: dict[str, Any]) -> list[str]:
    """The names of the fields `changes` gives a new value, in the order given."""
    return [name for name, value in changes.items() if getattr(row, name) != value]
