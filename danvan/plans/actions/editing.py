"""Review edits of a draft plan: document metadata, tasks, targets, reporting obligations, roll-up.

Each edit checks the editor's `version` (`StaleVersion` when someone else changed the plan meanwhile) and
refuses plans past review (`TransitionError`), and records one audit event on the plan (`plan.<edit>`, with what
changed) for its history page.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.http import HttpRequest
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import measures
from danvan.core.dateformat import short_date
from danvan.plans.actions.base import TransitionError, bump_version, changed_fields, record_plan_edit
from danvan.plans.actions.cascade import link_citations
from danvan.plans.models import Document, Plan, ReportingObligation, Target, Task

TARGET_FIELDS = ("text", "value", "unit", "measure", "measure_over")

DOCUMENT_FIELDS = (
    "doc_type",
    "number",
    "date",
    "issuer_name",
    "place",
    "title",
    "signer",
    "signing_authority",
    "preamble",
)


@transaction.atomic
def update_document(
    *,
    actor: User | None,
    plan: Plan,
    changes: dict[str, Any],
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Document:
    """Correct the document's metadata at review; a new number links the plans that cite it."""
    bump_version(plan, version, actor)
    document = plan.document
    assert document is not None
    unknown = set(changes) - set(DOCUMENT_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {sorted(unknown)}")
    changed = changed_fields(document, changes)
    for attr, value in changes.items():
        setattr(document, attr, value)
    document.full_clean(exclude=["source_file", "owner"])
    document.save()
    record_plan_edit(
        actor=actor,
        plan=plan,
        edit="document_updated",
        request=request,
        model="plans.document",
        fields=changed,
    )
    if changes.get("title"):
        plan.title = changes["title"]
        plan.save(update_fields=["title", "updated_at"])
    if "number" in changes:
        link_citations(document)
    return document


TASK_FIELDS = (
    "number",
    "content",
    "timeframe_raw",
    "timeframe_kind",
    "start",
    "end",
    "due",
    "is_heading",
    "weight",
)


@transaction.atomic
def update_task(
    *,
    actor: User | None,
    task: Task,
    changes: dict[str, Any],
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Task:
    """Change a task's fields in review or in the editor. History keeps the old values."""
    bump_version(task.plan, version, actor)
    unknown = set(changes) - set(TASK_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {sorted(unknown)}")
    changed = changed_fields(task, changes)
    for attr, value in changes.items():
        setattr(task, attr, value)
    task.full_clean(exclude=["plan", "parent", "source_task"])
    task.save()
    record_plan_edit(
        actor=actor,
        plan=task.plan,
        edit="task_updated",
        task=task,
        request=request,
        model="plans.task",
        fields=changed,
    )
    return task


@transaction.atomic
def add_task(
    *,
    actor: User | None,
    plan: Plan,
    content: str,
    number: str = "",
    parent: Task | None = None,
    timeframe_raw: str = "",
    due: datetime.date | None = None,
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Task:
    """Add the agency's own task (or a sub-task) at the end of the plan."""
    bump_version(plan, version, actor)
    last = plan.tasks.order_by("-position").values_list("position", flat=True).first()
    task = Task.objects.create(
        plan=plan,
        parent=parent,
        number=number,
        content=content,
        timeframe_raw=timeframe_raw,
        timeframe_kind=Task.TimeframeKind.BY_DATE if due else Task.TimeframeKind.UNKNOWN,
        due=due,
        end=due,
        position=(last or 0) + 1,
    )
    record_plan_edit(actor=actor, plan=plan, edit="task_added", task=task, request=request, due=due)
    return task


@transaction.atomic
def delete_task(
    *, actor: User | None, task: Task, version: int | None = None, request: HttpRequest | None = None
) -> None:
    """Remove a task (and its sub-tasks) from a draft plan; history keeps it."""
    bump_version(task.plan, version, actor)
    record_plan_edit(actor=actor, plan=task.plan, edit="task_deleted", task=task, request=request)
    try:
        with transaction.atomic():
            task.delete()
    except ProtectedError:
        raise TransitionError(
            _("A report already cites this task or one of its sub-tasks; it cannot be removed.")
        ) from None


@transaction.atomic
def set_rollup(
    *,
    actor: User | None,
    plan: Plan,
    rollup: str,
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Plan:
    """Choose how sub-task progress rolls up into a task: plain or weighted average (stored on the plan)."""
    if rollup not in Plan.Rollup.values:
        raise ValidationError(_("Choose plain or weighted average."))
    bump_version(plan, version, actor)
    plan.rollup = rollup
    plan.save(update_fields=["rollup", "updated_at"])
    record_plan_edit(actor=actor, plan=plan, edit="rollup_set", request=request, rollup=rollup)
    return plan


@transaction.atomic
def add_target(
    *,
    actor: User | None,
    plan: Plan,
    text: str,
    value: Decimal | None = None,
    unit: str = "",
    version: int | None = None,
    measure: str = "",
    measure_over: str = Target.Over.UNITS,
    request: HttpRequest | None = None,
) -> Target:
    """Add a measurable target (chỉ tiêu) to a draft plan; `measure` links it to a figure of `core.measures` that
    gives its current value."""
    if measure and measure not in {m.key for m in measures.measures()}:
        raise ValidationError(_("No figure is computed under the name “%(key)s”.") % {"key": measure})
    bump_version(plan, version, actor)
    position = plan.targets.count()
    target = Target(
        plan=plan,
        text=text,
        value=value,
        unit=unit,
        position=position,
        measure=measure,
        measure_over=measure_over,
    )
    target.full_clean()
    target.save()
    record_plan_edit(actor=actor, plan=plan, edit="target_added", request=request, **_target_details(target))
    return target


@transaction.atomic
def update_target(
    *,
    actor: User | None,
    target: Target,
    changes: dict[str, Any],
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Target:
    """Correct a target of a draft plan: its text, value and unit, and the figure that measures it (`measure`
    and `measure_over`; an empty `measure` unlinks it, the value is typed again). The audit event names what
    changed with the old and new measure."""
    unknown = set(changes) - set(TARGET_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {sorted(unknown)}")
    measure = changes.get("measure", target.measure)
    if measure and measure not in {m.key for m in measures.measures()}:
        raise ValidationError(_("No figure is computed under the name “%(key)s”.") % {"key": measure})
    if not measure:
        changes = {**changes, "measure_over": Target.Over.UNITS}
    bump_version(target.plan, version, actor)
    before = {"measure": target.measure, "measure_over": target.measure_over}
    changed = changed_fields(target, changes)
    for attr, value in changes.items():
        setattr(target, attr, value)
    target.full_clean(exclude=["plan"])
    target.save()
    record_plan_edit(
        actor=actor,
        plan=target.plan,
        edit="target_updated",
        request=request,
        changed=changed,
        measure_before=before["measure"],
        over_before=before["measure_over"],
        measure=target.measure,
        over=target.measure_over,
        **_target_details(target),
    )
    return target


def _target_details(target: Target) -> dict[str, Any]:
    value = float(target.value) if target.value is not None else None
    return {"text": target.text, "value": value, "unit": target.unit}


@transaction.atomic
def remove_target(
    *, actor: User | None, target: Target, version: int | None = None, request: HttpRequest | None = None
) -> None:
    """Remove a target from a draft plan (history keeps it)."""
    bump_version(target.plan, version, actor)
    record_plan_edit(
        actor=actor, plan=target.plan, edit="target_removed", request=request, **_target_details(target)
    )
    target.delete()


@transaction.atomic
def add_reporting_obligation(
    *,
    actor: User | None,
    plan: Plan,
    what: str,
    due: datetime.date,
    version: int | None = None,
    request: HttpRequest | None = None,
) -> ReportingObligation:
    """Add a report the plan asks for, with its due date."""
    bump_version(plan, version, actor)
    obligation = ReportingObligation.objects.create(
        plan=plan, what=what, due=due, raw=short_date(due), position=plan.reporting_obligations.count()
    )
    record_plan_edit(actor=actor, plan=plan, edit="obligation_added", request=request, text=what, due=due)
    return obligation


@transaction.atomic
def remove_reporting_obligation(
    *,
    actor: User | None,
    obligation: ReportingObligation,
    version: int | None = None,
    request: HttpRequest | None = None,
) -> None:
    """Remove a reporting obligation from a draft plan."""
    bump_version(obligation.plan, version, actor)
    record_plan_edit(
        actor=actor,
        plan=obligation.plan,
        edit="obligation_removed",
        request=request,
        text=obligation.what,
        due=obligation.due,
    )
    obligation.delete()
