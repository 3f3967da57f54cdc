"""API of reporting periods and agency reports: list periods, list reports (scoped, by period), and
create or re-assemble the caller's organisation's report for a period.

Reads go through `danvan.reporting.queries.reports`; writes through `danvan.reporting.actions.reports`.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema, Status
from pydantic import StrictInt

from danvan.accounts.models import User
from danvan.api_errors import ApiError, StrictBody, api_user, responses
from danvan.api_inputs import ParamInt
from danvan.api_paging import Page
from danvan.organizations import queries as org_queries
from danvan.organizations.models import Membership, Organization
from danvan.reporting import permissions
from danvan.reporting.actions import reports as actions
from danvan.reporting.actions.periods import TransitionError
from danvan.reporting.models import Report, ReportingPeriod
from danvan.reporting.queries import reports as queries

router = Router(tags=["reporting"])


class OrganizationRef(Schema):
    id: int
    name: str


class PeriodOut(Schema):
    id: int
    name: str
    catalog_id: int
    start: datetime.date
    cutoff: datetime.date
    due: datetime.date
    state: str
    url: str


class PeriodPage(Schema):
    count: int
    items: list[PeriodOut]


class ReportOut(Schema):
    id: int
    period_id: int
    organization: OrganizationRef
    state: str
    version: int
    is_late: bool
    snapshot_at: datetime.datetime | None
    submitted_at: datetime.datetime | None
    url: str


class ReportPage(Schema):
    count: int
    items: list[ReportOut]


class ReportIn(StrictBody):
    period: StrictInt
    # Required only when the caller belongs to several organisations.
    organization: StrictInt | None = None


def _period(period: ReportingPeriod) -> dict[str, Any]:
    return {
        "id": period.pk,
        "name": period.name,
        "catalog_id": period.catalog_id,
        "start": period.start,
        "cutoff": period.cutoff,
        "due": period.due,
        "state": period.state,
        "url": period.get_absolute_url(),
    }


def _report(report: Report) -> dict[str, Any]:
    return {
        "id": report.pk,
        "period_id": report.period_id,
        "organization": {"id": report.organization.pk, "name": report.organization.name},
        "state": report.state,
        "version": report.version,
        "is_late": report.is_late,
        "snapshot_at": report.snapshot_at,
        "submitted_at": report.submitted_at,
        "url": report.get_absolute_url(),
    }


@router.get(
    "/periods",
    response=responses({200: PeriodPage}),
    url_name="period-list",
    summary="Reporting periods in scope",
)
def list_periods(
    request: HttpRequest,
    page: Query[Page],
    catalog: ParamInt | None = None,
) -> dict[str, Any]:
    """Periods of the catalogs the caller can see, newest due date first; `catalog` filters by catalog id."""
    periods = queries.periods_visible_to(api_user(request))
    if catalog is not None:
        periods = periods.filter(catalog_id=catalog)
    periods = periods.order_by("-due", "-pk")
    return {"count": periods.count(), "items": [_period(p) for p in page.of(periods)]}


@router.get(
    "/reports",
    response=responses({200: ReportPage}, 404),
    url_name="report-list",
    summary="Agency reports in scope",
)
def list_reports(
    request: HttpRequest,
    page: Query[Page],
    period: ParamInt | None = None,
) -> dict[str, Any]:
    """Reports of organisations in the caller's scope (their own; the whole province for coordinators and
    observers); `period` filters by period id (404 when the period is not visible)."""
    user = api_user(request)
    selected = queries.get_period_for_user(user, period) if period is not None else None
    reports = queries.report_list(user, period=selected)
    return {"count": reports.count(), "items": [_report(r) for r in page.of(reports)]}


def _caller_organization(user: User, requested: int | None) -> Organization:
    if requested is not None:
        organization = org_queries.get_organization_for_user(user, requested)
        if not permissions.can_write_report(user, organization):
            raise ApiError(403, _("You may not write this organisation's report."))
        return organization
    own = {
        m.organization.pk: m.organization
        for m in org_queries.active_memberships(user)
        if m.role not in Membership.READ_ONLY_ROLES and not m.organization.is_internal
    }
    if len(own) != 1:
        raise ApiError(422, _("Say which organisation the report is for (field “organization”)."))
    return next(iter(own.values()))


@router.post(
    "/reports",
    response=responses({201: ReportOut}, 403, 404, 409, body=True),
    url_name="report-create",
    summary="Assemble the caller's organisation's report for a period",
)
def create_report(request: HttpRequest, payload: ReportIn) -> Status[dict[str, Any]]:
    """Create the report from the current task progress, or re-assemble a draft or returned one (its version
    goes up). A report that is approved, submitted or accepted, or whose period is closed, answers 409."""
    user = api_user(request)
    period = queries.get_period_for_user(user, payload.period)
    organization = _caller_organization(user, payload.organization)
    try:
        report = actions.assemble_report(
            actor=user, period=period, organization=organization, request=request
        )
    except TransitionError as error:
        raise ApiError(
            409, _("The report cannot be assembled now: %(reason)s"), {"reason": str(error)}
        ) from error
    report = queries.get_report_for_user(user, report.pk)
    return Status(201, _report(report))
