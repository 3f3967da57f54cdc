"""Writes of reporting periods (kỳ báo cáo): created from a catalog's reporting schedule or by hand, closed, reopened.

A period runs from `start` to its data cut-off; reports are due on `due`. The cut-off defaults to
`REPORT_CUTOFF_DAYS` (setting, 5) days before the due date, so that agencies have time to compile. Closing a
period locks its reports (see `danvan.reporting.actions.reports`).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.dateformat import short_date
from danvan.core.errors import ActionRefused
from danvan.core.models import AuditEvent
from danvan.core.permissions import require
from danvan.plans.models import Plan
from danvan.reporting import permissions, summaries
from danvan.reporting.models import ReportingPeriod

DEFAULT_CUTOFF_DAYS = 5


class TransitionError(ActionRefused):
    """The period or report is not in a state that allows this step; the message is for the user."""


def cutoff_days() -> int:
    """Days between the data cut-off and the due date (setting `REPORT_CUTOFF_DAYS`, default 5)."""
    return int(getattr(settings, "REPORT_CUTOFF_DAYS", DEFAULT_CUTOFF_DAYS))


def _check_dates(start: datetime.date, cutoff: datetime.date, due: datetime.date) -> None:
    if not start <= cutoff <= due:
        raise ValidationError(_("The dates must follow each other: start, then data cut-off, then due date."))


def _catalog_start(catalog: Plan, due: datetime.date) -> datetime.date:
    if catalog.period_start is not None and catalog.period_start <= due:
        return catalog.period_start
    if catalog.document is not None and catalog.document.date is not None and catalog.document.date <= due:
        return catalog.document.date
    return datetime.date(due.year, 1, 1)


@transaction.atomic
def create_periods_from_schedule(
    *, actor: User | None, catalog: Plan, request: HttpRequest | None = None
) -> list[ReportingPeriod]:
    """One period per dated reporting obligation of the catalog; obligations that already have a period (same
    due date) are skipped, so running it twice creates nothing. Each period starts the day after the previous
    one's cut-off (the first at the catalog's period start); the cut-off is the due date minus
    `REPORT_CUTOFF_DAYS`. Records one audit event per period created."""
    require(actor, permissions.can_manage_periods, catalog)
    if not catalog.is_catalog:
        raise TransitionError(_("Reporting periods are made for a task catalog."))
    # Lock the catalog row so two coordinators clicking at once do not create the same periods twice.
    Plan.objects.select_for_update().filter(pk=catalog.pk).first()
    existing = {p.due: p for p in ReportingPeriod.objects.filter(catalog=catalog)}
    days = cutoff_days()
    created: list[ReportingPeriod] = []
    obligations = catalog.reporting_obligations.filter(due__isnull=False).order_by("due", "position")
    for obligation in obligations:
        assert obligation.due is not None
        if obligation.due in existing:
            continue
        earlier = [p for p in existing.values() if p.due < obligation.due]
        previous = max(earlier, key=lambda p: p.due) if earlier else None
        start = (
            previous.cutoff + datetime.timedelta(days=1)
            if previous
            else _catalog_start(catalog, obligation.due)
        )
        cutoff = max(start, obligation.due - datetime.timedelta(days=days))
        name = obligation.what.strip() or _("Report due %(date)s") % {"date": short_date(obligation.due)}
        period = ReportingPeriod.objects.create(
            catalog=catalog,
            name=(name[:1].upper() + name[1:])[:200],
            start=min(start, cutoff),
            cutoff=cutoff,
            due=obligation.due,
        )
        existing[period.due] = period
        created.append(period)
        core_actions.record_event(
            actor=actor,
            action=AuditEvent.Action.CREATED,
            target=period,
            request=request,
            details={"from_schedule": obligation.raw or obligation.what, "catalog": catalog.pk},
        )
        summaries.refresh_period(period)
    return created


@transaction.atomic
def create_period(
    *,
    actor: User | None,
    catalog: Plan,
    name: str,
    start: datetime.date,
    cutoff: datetime.date,
    due: datetime.date,
    request: HttpRequest | None = None,
) -> ReportingPeriod:
    """A period made by hand by the coordinator (e.g. an ad-hoc report, báo cáo đột xuất)."""
    require(actor, permissions.can_manage_periods, catalog)
    if not catalog.is_catalog:
        raise TransitionError(_("Reporting periods are made for a task catalog."))
    if not name.strip():
        raise ValidationError(_("Give the period a name."))
    _check_dates(start, cutoff, due)
    period = ReportingPeriod.objects.create(
        catalog=catalog, name=name.strip()[:200], start=start, cutoff=cutoff, due=due
    )
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.CREATED,
        target=period,
        request=request,
        details={"by_hand": True},
    )
    summaries.refresh_period(period)
    return period


def _set_state(period: ReportingPeriod, allowed: str, to: str) -> None:
    locked = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if locked.state != allowed:
        raise TransitionError(
            _("The period is “%(state)s”; this step is not possible now.")
            % {"state": locked.get_state_display()}
        )
    period.state = to
    period.closed_at = timezone.now() if to == ReportingPeriod.State.CLOSED else None
    period.save(update_fields=["state", "closed_at", "updated_at"])
    # Open periods are judged today, closed ones at their cut-off (`judged_on`): the cells move with the state.
    summaries.refresh_period(period)


@transaction.atomic
def close_period(
    *, actor: User | None, period: ReportingPeriod, request: HttpRequest | None = None
) -> ReportingPeriod:
    """Close the period: its reports can no longer be edited, approved or returned (late submissions are still
    accepted and marked late)."""
    require(actor, permissions.can_manage_periods, period.catalog)
    _set_state(period, ReportingPeriod.State.OPEN, ReportingPeriod.State.CLOSED)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.UPDATED,
        target=period,
        request=request,
        details={"state": "closed"},
    )
    return period


@transaction.atomic
def reopen_period(
    *, actor: User | None, period: ReportingPeriod, request: HttpRequest | None = None
) -> ReportingPeriod:
    """Open a closed period again (a correction by the coordinator); audited."""
    require(actor, permissions.can_manage_periods, period.catalog)
    _set_state(period, ReportingPeriod.State.CLOSED, ReportingPeriod.State.OPEN)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.UPDATED,
        target=period,
        request=request,
        details={"state": "open"},
    )
    return period
