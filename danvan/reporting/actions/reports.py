"""Writes of agency reports: assemble (snapshot), narrative edits, approval, submission, acceptance or return.

The flow: an officer assembles the report (its items are a snapshot of the agency's task progress) and writes
the narrative; the leader approves (ký duyệt); the officer submits; the coordinator accepts it or returns it
with comments. A draft or returned report may be re-assembled, which bumps `version` (the row history keeps
each one). Approved, submitted and accepted reports never change when progress changes later.

Once the period is closed its reports are locked: no edits, re-assembly, approval or return. A report that was
not yet submitted may still be submitted (late, marked `is_late`), and an agency that had none may still
assemble one to submit; the coordinator may still accept.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.errors import ActionRefused
from danvan.core.models import AuditEvent
from danvan.core.permissions import require
from danvan.organizations.models import Organization
from danvan.reporting import permissions, summaries
from danvan.reporting.actions.periods import TransitionError
from danvan.reporting.models import Report, ReportingPeriod, ReportItem, judged_on
from danvan.reporting.queries import reports as queries

NARRATIVE_FIELDS = ("results", "limitations", "lessons", "directions", "proposals")
EDITABLE_STATES = (Report.State.DRAFT, Report.State.RETURNED)


class StaleVersion(ActionRefused):
    """The report was re-assembled since the editor loaded it."""


def _locked(report: Report) -> Report:
    return Report.objects.select_for_update().select_related("period").get(pk=report.pk)


def _refuse_if_closed(period: ReportingPeriod) -> None:
    if not period.is_open:
        raise TransitionError(_("The period is closed; its reports are locked."))


def _refuse_unless(report: Report, allowed: tuple[str, ...]) -> None:
    if report.state not in allowed:
        raise TransitionError(
            _("The report is “%(state)s”; this step is not possible now.")
            % {"state": report.get_state_display()}
        )


def _snapshot(report: Report) -> int:
    """Replace the report's items with the agency's progress as the roll-up counts it, judged as of the
    period's day (`judged_on`); returns how many items."""
    on = judged_on(report.period)
    sources = queries.snapshot_sources(report.period, report.organization, on=on)
    report.items.all().delete()
    items = []
    for position, source in enumerate(sources, start=1):
        progress = source.progress
        items.append(
            ReportItem(
                report=report,
                task=source.task,
                catalog_task=source.catalog_task,
                position=position,
                number=source.catalog_task.number[:20],
                content=source.task.content,
                status=source.rolled.status,
                percent=round(source.rolled.percent),
                result=progress.result if progress is not None else "",
                figures=dict(progress.figures) if progress is not None else {},
            )
        )
    ReportItem.objects.bulk_create(items)
    return len(items)


@transaction.atomic
def assemble_report(
    *,
    actor: User | None,
    period: ReportingPeriod,
    organization: Organization,
    request: HttpRequest | None = None,
) -> Report:
    """Create the agency's report for the period, or re-assemble a draft or returned one: its items become a
    snapshot of the agency's task progress now, and `version` goes up by one. Audited."""
    require(actor, permissions.can_write_report, organization)
    ReportingPeriod.objects.select_for_update().filter(pk=period.pk).first()
    report = Report.objects.select_for_update().filter(period=period, organization=organization).first()
    created = report is None
    if report is None:
        report = Report.objects.create(period=period, organization=organization)
    else:
        _refuse_if_closed(period)
        _refuse_unless(report, EDITABLE_STATES)
        report.version += 1
    report.period = period
    report.organization = organization
    count = _snapshot(report)
    report.snapshot_at = timezone.now()
    report.save(update_fields=["version", "snapshot_at", "updated_at"])
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.CREATED if created else AuditEvent.Action.UPDATED,
        target=report,
        request=request,
        details={"assembled": True, "version": report.version, "item_count": count},
    )
    summaries.refresh_summary(report.period, report.organization)
    return report


@transaction.atomic
def update_report(
    *,
    actor: User | None,
    report: Report,
    changes: dict[str, Any],
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Report:
    """Save the narrative sections (results, limitations and causes, lessons, directions, proposals) of a draft
    or returned report of an open period; refused when the report was re-assembled since `version`."""
    require(actor, permissions.can_write_report, report.organization)
    locked = _locked(report)
    _refuse_if_closed(locked.period)
    _refuse_unless(locked, EDITABLE_STATES)
    if version is not None and version != locked.version:
        raise StaleVersion(
            _("The report was re-assembled by someone else meanwhile; reload the page and edit again.")
        )
    fields = [name for name in NARRATIVE_FIELDS if name in changes]
    for name in fields:
        setattr(report, name, str(changes[name] or "").strip())
    report.save(update_fields=[*fields, "updated_at"])
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.UPDATED,
        target=report,
        request=request,
        details={"fields": fields},
    )
    return report


def _set_state(report: Report, to: str, **values: Any) -> None:
    report.state = to
    for name, value in values.items():
        setattr(report, name, value)
    report.save(update_fields=["state", *values, "updated_at"])
    summaries.refresh_summary(report.period, report.organization)


@transaction.atomic
def approve_report(*, actor: User | None, report: Report, request: HttpRequest | None = None) -> Report:
    """The leader approves a draft or returned report; from now on its snapshot no longer changes."""
    require(actor, permissions.can_approve_report, report)
    locked = _locked(report)
    _refuse_if_closed(locked.period)
    _refuse_unless(locked, EDITABLE_STATES)
    _set_state(report, Report.State.APPROVED)
    core_actions.record_event(actor=actor, action=AuditEvent.Action.APPROVED, target=report, request=request)
    core_actions.notify(
        recipients=queries.members_with_roles(report.organization, "agency_officer"),
        text=_("Report approved, ready to submit: %(report)s") % {"report": report},
        url=report.get_absolute_url(),
    )
    return report


@transaction.atomic
def submit_report(
    *,
    actor: User | None,
    report: Report,
    request: HttpRequest | None = None,
    at: datetime.datetime | None = None,
) -> Report:
    """Send an approved report to the coordinator; marked late after the due date. After the period closed,
    a report not yet submitted is accepted as it stands (late). `at` is the time of submission, now unless
    given (the demo back-dates its submissions)."""
    require(actor, permissions.can_write_report, report.organization)
    locked = _locked(report)
    allowed = (Report.State.APPROVED,) if locked.period.is_open else (Report.State.APPROVED, *EDITABLE_STATES)
    if locked.period.is_open and locked.state in EDITABLE_STATES:
        raise TransitionError(_("The leader must approve the report before it is submitted."))
    _refuse_unless(locked, allowed)
    now = at or timezone.now()
    late = timezone.localdate(now) > locked.period.due
    _set_state(report, Report.State.SUBMITTED, submitted_at=now, is_late=late)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.SUBMITTED,
        target=report,
        request=request,
        details={"late": late},
    )
    core_actions.notify(
        recipients=queries.coordinators_of(report.organization),
        text=_("Report received: %(report)s") % {"report": report},
        url=report.get_absolute_url(),
    )
    return report


@transaction.atomic
def accept_report(*, actor: User | None, report: Report, request: HttpRequest | None = None) -> Report:
    """The coordinator accepts a submitted report (also after the period closed)."""
    require(actor, permissions.can_review_report, report)
    locked = _locked(report)
    _refuse_unless(locked, (Report.State.SUBMITTED,))
    _set_state(report, Report.State.ACCEPTED)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.APPROVED,
        target=report,
        request=request,
        details={"accepted": True},
    )
    core_actions.notify(
        recipients=queries.members_with_roles(report.organization, "agency_officer", "leader"),
        text=_("Report accepted: %(report)s") % {"report": report},
        url=report.get_absolute_url(),
    )
    return report


@transaction.atomic
def return_report(
    *, actor: User | None, report: Report, comment: str, request: HttpRequest | None = None
) -> Report:
    """Send a submitted (or approved) report back to the agency with comments; it becomes editable again."""
    require(actor, permissions.can_review_report, report)
    if not comment.strip():
        raise ValidationError(_("Say what must be changed."))
    locked = _locked(report)
    _refuse_if_closed(locked.period)
    _refuse_unless(locked, (Report.State.SUBMITTED, Report.State.APPROVED))
    _set_state(report, Report.State.RETURNED, return_comment=comment.strip())
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.RETURNED,
        target=report,
        request=request,
        details={"comment": comment.strip()},
    )
    core_actions.notify(
        recipients=queries.members_with_roles(report.organization, "agency_officer", "leader"),
        text=_("Report returned for changes: %(report)s") % {"report": report},
        url=report.get_absolute_url(),
    )
    return report


def record_report_export(
    *, actor: User | None, report: Report, fmt: str, request: HttpRequest | None = None
) -> None:
    """Audit that the report was downloaded in `fmt` (docx or xlsx)."""
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.EXPORTED,
        target=report,
        request=request,
        details={"format": fmt},
    )


def record_consolidated_export(
    *, actor: User | None, period: ReportingPeriod, fmt: str, request: HttpRequest | None = None
) -> None:
    """Audit that the consolidated report of the period was generated in `fmt` (docx or xlsx)."""
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.EXPORTED,
        target=period,
        request=request,
        details={"format": fmt, "consolidated": True},
    )
