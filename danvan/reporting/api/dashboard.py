"""API of the dashboards: `GET /api/v1/dashboard?period=ID[&kind=]` returns the figures of the dashboard page.

The page and this endpoint call the same query (`danvan.reporting.queries.dashboard.period_dashboard`), so the
numbers are the same; the scope too (coordinators and observers: the province; other people: their own subtree;
a period outside the scope: 404). Without `period`, the default period of the page (the open one due first).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from danvan.api_errors import responses
from danvan.api_inputs import ParamInt
from danvan.reporting.models import ReportStanding, Status, choices_legend, printed_label
from danvan.reporting.queries import dashboard as queries

router = Router(tags=["dashboard"])


def _counted(status: Status) -> Any:
    return Field(description=f"Số lượng “{printed_label(status)}”")


class StatusCounts(Schema):
    """How many in each status; the labels are the statuses' own (`reporting.models.Status`)."""

    done_on_time: int = _counted(Status.DONE_ON_TIME)
    done_late: int = _counted(Status.DONE_LATE)
    in_progress: int = _counted(Status.IN_PROGRESS)
    overdue: int = _counted(Status.OVERDUE)
    not_started: int = _counted(Status.NOT_STARTED)
    recurring: int = _counted(Status.RECURRING)


class SubmissionCounts(Schema):
    submitted: int
    late: int
    returned: int
    not_yet: int


class DashboardPeriodOut(Schema):
    id: int
    name: str
    catalog_id: int
    start: datetime.date | None
    cutoff: datetime.date | None
    due: datetime.date | None
    state: str
    as_of: datetime.date | None


class FeedbackOut(Schema):
    """Citizen feedback whose answer was due in the period, and those answered within the legal limit."""

    on_time: int
    due: int
    percent: float | None


class AgencyOut(Schema):
    id: int
    name: str
    kind: str
    # "submitted", "late", "returned" or "not_yet".
    submission: str
    standing: str = Field(description=choices_legend(ReportStanding))
    report_id: int | None
    report_state: str | None
    submitted_on: datetime.date | None
    percent: float
    counts: StatusCounts
    tasks: int
    # None when the agency had no feedback due in the period or the feedback measure is not registered.
    feedback: FeedbackOut | None = None


class CatalogTaskOut(Schema):
    id: int
    number: str
    content: str
    timeframe: str
    due: datetime.date | None
    counts: StatusCounts
    agencies: int
    percent: float


class OverdueOut(Schema):
    organization_id: int
    organization: str
    task_id: int
    number: str
    content: str
    due: datetime.date | None
    percent: int


class TrendOut(Schema):
    id: int
    name: str
    due: datetime.date | None
    counts: StatusCounts


class DashboardOut(Schema):
    period: DashboardPeriodOut
    kind: str
    agency_count: int
    totals: StatusCounts
    percent: float
    submission: SubmissionCounts
    overdue_reports: int
    agencies: list[AgencyOut]
    tasks: list[CatalogTaskOut]
    overdue: list[OverdueOut]
    trend: list[TrendOut]
    feedback_label: str | None = None


class DashboardFilters(Schema):
    period: ParamInt | None = None
    # "department", "commune" or "other"; anything else means every kind.
    kind: str = ""


@router.get(
    "/dashboard",
    response=responses({200: DashboardOut}, 404),
    summary="Dashboard figures of a reporting period",
)
def dashboard(request: HttpRequest, filters: Query[DashboardFilters]) -> dict[str, Any]:
    period = queries.get_dashboard_period(request.user, filters.period)
    if period is None:
        raise Http404
    kind = filters.kind if filters.kind in queries.KIND_GROUPS else None
    return queries.period_dashboard(request.user, period, kind=kind)
