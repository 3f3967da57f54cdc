"""The life of a plan: submitted to the leader, returned or approved, issued; a catalog published by the
coordinator. Each step locks the plan, checks its state, records the audit event and notifies."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.models import AuditEvent
from danvan.core.permissions import require
from danvan.organizations.models import Organization
from danvan.plans import permissions
from danvan.plans.actions.assignments import expand_groups
from danvan.plans.actions.base import PlanNotReady, TransitionError
from danvan.plans.actions.cascade import link_citations
from danvan.plans.models import Document, Plan


def _fix_url(plan: Plan, finding: object) -> str:
    """Where a blocking finding is fixed: the task on the review page (or its page once the plan is past
    review), the document's fields on the review page, or the issue form."""
    task = getattr(finding, "task", None)
    field = getattr(finding, "field", "")
    review = reverse("plans:plan-review", args=[plan.pk])
    if task is not None:
        return f"{review}#task-{task.pk}" if plan.is_editable else task.get_absolute_url()
    if field:
        return f"{review}#document" if plan.is_editable else f"{plan.get_absolute_url()}#issue-form"
    return plan.get_absolute_url()


def _refuse_unless_ready(plan: Plan, refusal: str) -> None:
    """Refuse the step while the linter finds what blocks it (plans/coverage.py says what blocks when),
    listing each with a link to where it is fixed."""
    from danvan.plans.coverage import blocking_findings

    blocking = blocking_findings(plan)
    if blocking:
        raise PlanNotReady(
            refusal % {"count": len(blocking)}, [(str(f.message), _fix_url(plan, f)) for f in blocking]
        )


def _register_number(plan: Plan, number: str, date: datetime.date | None) -> None:
    """Write the number and date given at issue on the plan's document (created for a plan written here)."""
    from danvan.plans.export import symbol_for

    if not number.strip() and date is None:
        return
    symbol = symbol_for(plan, number) if number.strip() else None
    if number.strip() and symbol is None:
        raise TransitionError(
            _("“%(number)s” is not a document number: type the number (05) or the full symbol (05/KH-SCT).")
            % {"number": number.strip()}
        )
    document = plan.document
    if document is None:
        document = Document.objects.create(owner=plan.owner, doc_type="Kế hoạch", title=plan.title)
        plan.document = document
        Plan.objects.filter(pk=plan.pk).update(document=document)
    changed = []
    if symbol:
        document.number = symbol
        changed.append("number")
    if date is not None:
        document.date = date
        changed.append("date")
    document.save(update_fields=[*changed, "updated_at"])
    link_citations(document)


def _transition(plan: Plan, allowed: Iterable[str], to: str) -> None:
    locked = Plan.objects.select_for_update().get(pk=plan.pk)
    if locked.status not in allowed:
        raise TransitionError(
            _("The plan is “%(status)s”; this step is not possible now.")
            % {"status": locked.get_status_display()}
        )
    plan.status = to
    plan.version = locked.version + 1
    plan.save(update_fields=["status", "version", "return_comment", "updated_at"])


def _members(organization: Organization, *roles: str) -> list[User]:
    return list(
        User.objects.filter(
            memberships__organization=organization, memberships__is_active=True, memberships__role__in=roles
        ).distinct()
    )


@transaction.atomic
def submit_plan(*, actor: User | None, plan: Plan, request: HttpRequest | None = None) -> Plan:
    """Send a draft plan to the leader for approval (ký duyệt)."""
    require(actor, permissions.can_submit_plan, plan)
    if plan.is_catalog:
        raise TransitionError(_("A catalog is published by the coordinator, not submitted."))
    _refuse_unless_ready(
        plan,
        _("The plan cannot be submitted yet; fix these %(count)s points first (the links lead to them):"),
    )
    plan.return_comment = ""
    _transition(plan, [Plan.Status.DRAFT, Plan.Status.RETURNED], Plan.Status.SUBMITTED)
    core_actions.record_event(actor=actor, action=AuditEvent.Action.SUBMITTED, target=plan, request=request)
    core_actions.notify(
        recipients=_members(plan.owner, "leader"),
        text=_("Plan waiting for your approval: %(title)s") % {"title": plan.title},
        url=plan.get_absolute_url(),
    )
    return plan


@transaction.atomic
def return_plan(*, actor: User | None, plan: Plan, comment: str, request: HttpRequest | None = None) -> Plan:
    """Send a submitted plan back to its authors with comments."""
    require(actor, permissions.can_return_plan, plan)
    if not comment.strip():
        raise ValidationError(_("Say what must be changed."))
    plan.return_comment = comment.strip()
    _transition(plan, [Plan.Status.SUBMITTED, Plan.Status.APPROVED], Plan.Status.RETURNED)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.RETURNED,
        target=plan,
        request=request,
        details={"comment": comment},
    )
    core_actions.notify(
        recipients=_members(plan.owner, "agency_officer"),
        text=_("Plan returned for changes: %(title)s") % {"title": plan.title},
        url=plan.get_absolute_url(),
    )
    return plan


@transaction.atomic
def approve_plan(*, actor: User | None, plan: Plan, request: HttpRequest | None = None) -> Plan:
    """The leader approves a submitted plan."""
    require(actor, permissions.can_approve_plan, plan)
    _transition(plan, [Plan.Status.SUBMITTED], Plan.Status.APPROVED)
    core_actions.record_event(actor=actor, action=AuditEvent.Action.APPROVED, target=plan, request=request)
    core_actions.notify(
        recipients=_members(plan.owner, "agency_officer"),
        text=_("Plan approved by the leader, ready to issue: %(title)s") % {"title": plan.title},
        url=plan.get_absolute_url(),
        email=True,
    )
    return plan


@transaction.atomic
def issue_plan(
    *,
    actor: User | None,
    plan: Plan,
    number: str = "",
    date: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> Plan:
    """Issue an approved agency plan with its number and date (given here, or registered before): its
    internal units and people get their tasks in the inbox. Refused, with nothing written, while the plan has
    blocking findings."""
    require(actor, permissions.can_issue_plan, plan)
    if plan.is_catalog:
        raise TransitionError(_("A catalog is published by the coordinator."))
    if plan.status == Plan.Status.APPROVED:
        _register_number(plan, number, date)
    _refuse_unless_ready(
        plan, _("The plan cannot be issued yet; fix these %(count)s points first (the links lead to them):")
    )
    _transition(plan, [Plan.Status.APPROVED], Plan.Status.ISSUED)
    expand_groups(plan)
    core_actions.notify(
        recipients=_members(plan.owner, "agency_officer", "leader"),
        text=_("Plan issued: %(title)s") % {"title": plan.title},
        url=plan.get_absolute_url(),
        email=True,
    )
    _notify_assignees(plan)
    document = plan.document
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.PUBLISHED,
        target=plan,
        request=request,
        details={
            "number": document.number if document else "",
            "date": document.date.isoformat() if document and document.date else "",
        },
    )
    return plan


@transaction.atomic
def publish_catalog(*, actor: User | None, plan: Plan, request: HttpRequest | None = None) -> Plan:
    """Publish a reviewed catalog: groups become one assignment per member organisation and every
    assigned organisation finds its tasks in its inbox."""
    require(actor, permissions.can_publish_catalog, plan)
    if not plan.is_catalog:
        raise TransitionError(_("Only a catalog is published this way."))
    _refuse_unless_ready(
        plan,
        _("The catalog cannot be published yet; fix these %(count)s points first (the links lead to them):"),
    )
    _transition(plan, [Plan.Status.DRAFT, Plan.Status.RETURNED], Plan.Status.ISSUED)
    expand_groups(plan)
    _notify_assignees(plan)
    if plan.document is not None:
        link_citations(plan.document)
    core_actions.record_event(actor=actor, action=AuditEvent.Action.PUBLISHED, target=plan, request=request)
    return plan


def _notify_assignees(plan: Plan) -> None:
    organizations = Organization.objects.filter(
        assignments__task__plan=plan, assignments__organization__isnull=False
    ).distinct()
    recipients = User.objects.filter(
        memberships__organization__in=organizations,
        memberships__is_active=True,
        memberships__role__in=["agency_officer", "unit_officer", "leader"],
    ).distinct()
    core_actions.notify(
        recipients=recipients,
        text=_("New tasks assigned to your organisation: %(title)s") % {"title": plan.title},
        url="/plans/inbox/",
    )
    people = User.objects.filter(assignments__task__plan=plan).distinct()
    core_actions.notify(
        recipients=people,
        text=_("New tasks assigned to you: %(title)s") % {"title": plan.title},
        url="/plans/inbox/",
    )
