"""Reads of the dashboards, scoped to the person asking, from the pre-computed rows of `reporting.summaries`.

Every function runs a fixed number of queries whatever the size of the data: the period dashboard reads the
period's `PeriodSummary` rows (one per agency), its `PeriodTaskStatus` cells grouped by catalog task on an index,
the reports of the period, and the summaries of the catalog's other periods for the trend. Nothing is classified
or rolled up here. The figures are plain JSON values (ISO dates, floats) so the page, its charts and
`GET /api/v1/dashboard` show exactly the same numbers.

Scope: coordinators, observers and administrators see the whole province; other people see the agencies of their
own subtree; a period is visible with its catalog, an agency or a catalog task outside the scope is a 404.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from django.db.models import Count, QuerySet, Sum
from django.http import Http404
from django.utils import timezone

from danvan.core.collation import by_name
from danvan.core.measures import Figure
from danvan.organizations.models import Organization
from danvan.organizations.queries import AnyUser, scope_of
from danvan.plans.models import Task
from danvan.plans.queries import plans_visible_to
from danvan.reporting.models import (
    PeriodSummary,
    PeriodTaskStatus,
    Report,
    ReportingPeriod,
    ReportStanding,
    Status,
    judged_on,
)
from danvan.reporting.queries.reports import feedback_figures, feedback_label
from danvan.reporting.summaries import STATUS_FIELDS

# The filter by kind of organisation: a few groups the coordinator thinks in, not the fifteen kinds.
KIND_GROUPS: dict[str, frozenset[str]] = {
    "department": frozenset({Organization.Kind.DEPARTMENT, Organization.Kind.AGENCY}),
    "commune": frozenset(Organization.COMMUNE_KINDS),
    "other": frozenset(
        set(Organization.Kind.values)
        - {Organization.Kind.DEPARTMENT, Organization.Kind.AGENCY, Organization.Kind.PROVINCE}
        - set(Organization.COMMUNE_KINDS)
    ),
}
# The dashboard counts agencies in four groups of their report standing (ReportStanding.of, the one rule):
# sent (on time, or accepted), sent late, returned, not sent yet.
SUBMISSION_KEYS = ("submitted", "late", "returned", "not_yet")
SUBMISSION_OF_STANDING: dict[str, str] = {
    ReportStanding.NOT_STARTED: "not_yet",
    ReportStanding.DRAFT: "not_yet",
    ReportStanding.APPROVED: "not_yet",
    ReportStanding.RETURNED: "returned",
    ReportStanding.LATE: "late",
    ReportStanding.SUBMITTED: "submitted",
    ReportStanding.ACCEPTED: "submitted",
}
OVERDUE_LIMIT = 50


# --- periods ----------------------------------------------------------------------------------------------


def dashboard_periods(user: AnyUser) -> QuerySet[ReportingPeriod]:
    """Periods of the catalogs the person can see, newest due date first."""
    if not user.is_authenticated:
        return ReportingPeriod.objects.none()
    return (
        ReportingPeriod.objects.filter(catalog__in=plans_visible_to(user))
        .select_related("catalog")
        .order_by("-due", "-pk")
    )


def get_dashboard_period(user: AnyUser, pk: int | None) -> ReportingPeriod | None:
    """The period asked for (404 outside the scope), or by default the open period due first, else the latest."""
    periods = dashboard_periods(user)
    if pk is not None:
        try:
            return periods.get(pk=pk)
        except ReportingPeriod.DoesNotExist:
            raise Http404 from None
    # "open" sorts after "closed", so descending by state puts the open periods first.
    return periods.order_by("-state", "due", "-pk").first()


def kind_filter(kind: str | None) -> frozenset[str] | None:
    return KIND_GROUPS.get(kind or "")


def _scoped(user: AnyUser, qs: QuerySet[Any], kinds: frozenset[str] | None, *, kind_field: str) -> Any:
    qs = qs.filter(scope_of(user).q("organization"))
    if kinds is not None:
        qs = qs.filter(**{f"{kind_field}__in": kinds})
    return qs


def _counts(row: dict[str, Any]) -> dict[str, int]:
    return {name: int(row.get(name) or 0) for name in STATUS_FIELDS}


def _standing(report: Mapping[str, Any] | None) -> ReportStanding:
    """The agency's standing from its report's values (None: no report)."""
    if report is None:
        return ReportStanding.NOT_STARTED
    return ReportStanding.of_state(report["state"], is_late=bool(report["is_late"]))


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


# --- the period dashboard ---------------------------------------------------------------------------------


def period_dashboard(
    user: AnyUser, period: ReportingPeriod, *, kind: str | None = None, today: datetime.date | None = None
) -> dict[str, Any]:
    """Everything the coordinator's dashboard shows for a period (eight queries, one of them the feedback measure).

    Agencies with their figures and report standing; totals in the status vocabulary; per catalog task the
    agencies in each status; the overdue cells; the trend over the catalog's periods.
    """
    today = today or timezone.localdate()
    kinds = kind_filter(kind)
    summaries = list(
        _scoped(user, PeriodSummary.objects.filter(period=period), kinds, kind_field="organization__kind")
        .values("organization_id", "organization__name", "organization__kind", "percent", *STATUS_FIELDS)
        .order_by(by_name("organization__name"), "organization_id")
    )
    reports = {
        r["organization_id"]: r
        for r in _scoped(
            user, Report.objects.filter(period=period), kinds, kind_field="organization__kind"
        ).values("pk", "organization_id", "state", "is_late", "submitted_at")
    }
    past_due = today > period.due
    feedback = feedback_figures(period, [row["organization_id"] for row in summaries])
    agencies: list[dict[str, Any]] = []
    submission = dict.fromkeys(SUBMISSION_KEYS, 0)
    unreceived = 0  # still owed: no report, a draft, an approved one not sent, a returned one
    totals = dict.fromkeys(STATUS_FIELDS, 0)
    percent_sum = 0.0
    for row in summaries:
        report = reports.get(row["organization_id"])
        standing = _standing(report)
        submission[SUBMISSION_OF_STANDING[standing]] += 1
        unreceived += not standing.received
        counts = _counts(row)
        for name, value in counts.items():
            totals[name] += value
        percent_sum += float(row["percent"])
        agencies.append(
            {
                "id": row["organization_id"],
                "name": row["organization__name"],
                "kind": row["organization__kind"],
                "submission": SUBMISSION_OF_STANDING[standing],
                "standing": standing.value,
                "report_id": report["pk"] if report else None,
                "report_state": report["state"] if report else None,
                "submitted_on": _iso(timezone.localdate(report["submitted_at"]))
                if report and report["submitted_at"]
                else None,
                "percent": float(row["percent"]),
                "counts": counts,
                "tasks": sum(counts.values()),
                "feedback": _feedback_json(feedback, row["organization_id"]),
            }
        )
    return {
        "period": _period_json(period, today),
        "kind": kind if kinds is not None else "",
        "agency_count": len(agencies),
        "totals": totals,
        "percent": round(percent_sum / len(agencies), 1) if agencies else 0.0,
        "submission": submission,
        # As the consolidated report and the reminders count them: a returned report is owed again.
        "overdue_reports": unreceived if past_due else 0,
        "agencies": agencies,
        "tasks": _task_rows(user, period, kinds),
        "overdue": _overdue(user, period, kinds),
        "trend": _trend(user, period, kinds),
        # Citizen feedback answered on time (the feedback app's measure); None when it is not registered.
        "feedback_label": feedback_label() if feedback is not None else None,
    }


def _feedback_json(feedback: dict[int, Figure] | None, organization_id: int) -> dict[str, Any] | None:
    figure = (feedback or {}).get(organization_id)
    if figure is None or not figure.denominator:
        return None
    percent = figure.percent()
    return {
        "on_time": figure.numerator,
        "due": figure.denominator,
        "percent": float(percent) if percent is not None else None,
    }


def _period_json(period: ReportingPeriod, today: datetime.date) -> dict[str, Any]:
    return {
        "id": period.pk,
        "name": period.name,
        "catalog_id": period.catalog_id,
        "start": _iso(period.start),
        "cutoff": _iso(period.cutoff),
        "due": _iso(period.due),
        "state": period.state,
        "as_of": _iso(judged_on(period, today)),
    }


def _task_rows(user: AnyUser, period: ReportingPeriod, kinds: frozenset[str] | None) -> list[dict[str, Any]]:
    """Per catalog task the number of agencies in each status (two queries: the tasks, the grouped cells)."""
    tasks = list(
        Task.objects.filter(plan_id=period.catalog_id, is_heading=False)
        .order_by("position")
        .values("pk", "number", "content", "due", "timeframe_raw")
    )
    cells = _scoped(
        user, PeriodTaskStatus.objects.filter(period=period), kinds, kind_field="organization_kind"
    )
    grouped: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUS_FIELDS, 0))
    percents: dict[int, int] = defaultdict(int)
    for row in cells.values("task_id", "status").annotate(n=Count("pk"), p=Sum("percent")).order_by():
        grouped[row["task_id"]][row["status"]] = row["n"]
        percents[row["task_id"]] += row["p"] or 0
    rows = []
    for task in tasks:
        counts = grouped.get(task["pk"], dict.fromkeys(STATUS_FIELDS, 0))
        total = sum(counts.values())
        rows.append(
            {
                "id": task["pk"],
                "number": task["number"],
                "content": task["content"],
                "timeframe": task["timeframe_raw"],
                "due": _iso(task["due"]),
                "counts": counts,
                "agencies": total,
                "percent": round(percents[task["pk"]] / total, 1) if total else 0.0,
            }
        )
    return rows


def _overdue(user: AnyUser, period: ReportingPeriod, kinds: frozenset[str] | None) -> list[dict[str, Any]]:
    """The first overdue cells, earliest deadline first (one query on the (period, status) index)."""
    cells = _scoped(
        user,
        PeriodTaskStatus.objects.filter(period=period, status=Status.OVERDUE),
        kinds,
        kind_field="organization_kind",
    )
    return [
        {
            "organization_id": row["organization_id"],
            "organization": row["organization__name"],
            "task_id": row["task_id"],
            "number": row["task__number"],
            "content": row["task__content"],
            "due": _iso(row["task__due"]),
            "percent": row["percent"],
        }
        for row in cells.values(
            "organization_id",
            "organization__name",
            "task_id",
            "task__number",
            "task__content",
            "task__due",
            "percent",
        ).order_by("task__due", "task__position", by_name("organization__name"), "organization_id")[
            :OVERDUE_LIMIT
        ]
    ]


def _trend(user: AnyUser, period: ReportingPeriod, kinds: frozenset[str] | None) -> list[dict[str, Any]]:
    """The status counts of every period of the catalog, in date order (one grouped query)."""
    rows = _scoped(
        user,
        PeriodSummary.objects.filter(period__catalog_id=period.catalog_id),
        kinds,
        kind_field="organization__kind",
    )
    grouped = (
        rows.values("period_id", "period__name", "period__due")
        .annotate(**{name: Sum(name) for name in STATUS_FIELDS})
        .order_by("period__due", "period_id")
    )
    return [
        {
            "id": row["period_id"],
            "name": row["period__name"],
            "due": _iso(row["period__due"]),
            "counts": _counts(row),
        }
        for row in grouped
    ]


# --- drill-down -------------------------------------------------------------------------------------------


def get_agency_for_dashboard(user: AnyUser, pk: int) -> Organization:
    """An organisation in the person's scope, or 404."""
    try:
        return Organization.objects.filter(scope_of(user).q()).get(pk=pk)
    except Organization.DoesNotExist:
        raise Http404 from None


def agency_drilldown(
    user: AnyUser, period: ReportingPeriod, organization: Organization, *, today: datetime.date | None = None
) -> dict[str, Any]:
    """One agency in a period: its figures, its report and its status on every catalog task (three queries)."""
    if not scope_of(user).covers(organization):
        raise Http404
    today = today or timezone.localdate()
    summary = (
        PeriodSummary.objects.filter(period=period, organization=organization)
        .values("percent", *STATUS_FIELDS)
        .first()
    )
    report = (
        Report.objects.filter(period=period, organization=organization)
        .values("pk", "state", "is_late", "submitted_at")
        .first()
    )
    cells = (
        PeriodTaskStatus.objects.filter(period=period, organization=organization)
        .values(
            "task_id",
            "task__number",
            "task__content",
            "task__due",
            "task__timeframe_raw",
            "status",
            "percent",
        )
        .order_by("task__position")
    )
    return {
        "period": _period_json(period, today),
        "organization": {"id": organization.pk, "name": organization.name, "kind": organization.kind},
        "counts": _counts(summary or {}),
        "percent": float(summary["percent"]) if summary else 0.0,
        "submission": SUBMISSION_OF_STANDING[_standing(report)],
        "standing": _standing(report).value,
        "report_id": report["pk"] if report else None,
        "report_state": report["state"] if report else None,
        "tasks": [
            {
                "id": c["task_id"],
                "number": c["task__number"],
                "content": c["task__content"],
                "timeframe": c["task__timeframe_raw"],
                "due": _iso(c["task__due"]),
                "status": c["status"],
                "percent": c["percent"],
            }
            for c in cells
        ],
    }


def get_catalog_task_for_dashboard(period: ReportingPeriod, pk: int) -> Task:
    """A task of the period's catalog, or 404."""
    try:
        return Task.objects.get(pk=pk, plan_id=period.catalog_id, is_heading=False)
    except Task.DoesNotExist:
        raise Http404 from None


def task_drilldown(
    user: AnyUser, period: ReportingPeriod, task: Task, *, kind: str | None = None
) -> dict[str, Any]:
    """One catalog task in a period: the agencies in scope leading it and their status (one query)."""
    kinds = kind_filter(kind)
    cells = _scoped(
        user,
        PeriodTaskStatus.objects.filter(period=period, task=task),
        kinds,
        kind_field="organization_kind",
    )
    rows = [
        {
            "organization_id": c["organization_id"],
            "organization": c["organization__name"],
            "kind": c["organization_kind"],
            "status": c["status"],
            "percent": c["percent"],
        }
        for c in cells.values(
            "organization_id", "organization__name", "organization_kind", "status", "percent"
        ).order_by(by_name("organization__name"), "organization_id")
    ]
    counts = dict.fromkeys(STATUS_FIELDS, 0)
    for row in rows:
        counts[row["status"]] += 1
    return {
        "task": {
            "id": task.pk,
            "number": task.number,
            "content": task.content,
            "timeframe": task.timeframe_raw,
            "due": _iso(task.due),
        },
        "counts": counts,
        "agencies": rows,
    }
