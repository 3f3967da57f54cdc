"""The life of a plan: submitted to the leader, returned or approved, issued; a catalog published by the
coordinator. Each step locks the plan, checks its state, records the audit event and notifies."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.models import AuditEvent
from danvan.core.permissions import require
from danvan.organizations.models import Organization
from danvan.plans import permissions
from danvan.plans.actions.assignments import expand_groups
from danvan.plans.actions.base import TransitionError
from danvan.plans.actions.cascade import link_citations
from danvan.plans.models import Plan


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
    return plan


@transaction.atomic
def issue_plan(*, actor: User | None, plan: Plan, request: HttpRequest | None = None) -> Plan:
    """Issue an approved agency plan: its internal units and people get their tasks in the inbox."""
    require(actor, permissions.can_issue_plan, plan)
    if plan.is_catalog:
        raise TransitionError(_("A catalog is published by the coordinator."))
    from danvan.plans.coverage import blocking_findings

    blocking = blocking_findings(plan)
    if blocking:
        raise TransitionError(
            _("Fix these first: %(list)s") % {"list": "; ".join(str(f.message) for f in blocking)}
        )
    _transition(plan, [Plan.Status.APPROVED], Plan.Status.ISSUED)
    expand_groups(plan)
    _notify_assignees(plan)
    core_actions.record_event(actor=actor, action=AuditEvent.Action.PUBLISHED, target=plan, request=request)
    return plan


@transaction.atomic
def publish_catalog(*, actor: User | None, plan: Plan, request: HttpRequest | None = None) -> Plan:
    """Publish a reviewed catalog: groups become one assignment per member organisation and every
    assigned organisation finds its tasks in its inbox."""
    require(actor, permissions.can_publish_catalog, plan)
    if not plan.is_catalog:
        raise TransitionError(_("Only a catalog is published this way."))
    from danvan.plans.coverage import blocking_findings

    blocking = blocking_findings(plan)
    if blocking:
        raise TransitionError(
            _("Fix these first: %(list)s") % {"list": "; ".join(str(f.message) for f in blocking)}
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
