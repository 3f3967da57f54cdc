"""Dashboards: the coordinator's view of a reporting period, drill-down to an agency and to a catalog task, and the
agency or unit officer's own tasks. Figures come from `danvan.reporting.queries.dashboard`."""

from __future__ import annotations

import datetime
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from danvan.organizations.models import Organization
from danvan.plans import queries as plan_queries
from danvan.reporting.models import STATUS_COLOURS, ReportStanding, Status
from danvan.reporting.queries import dashboard as queries
from danvan.reporting.summaries import STATUS_FIELDS

# Chart colours per status, in STATUS_FIELDS order (the one table beside the status, reporting.models).
CHART_COLOURS = [STATUS_COLOURS[name] for name in STATUS_FIELDS]
# The count groups of the standings (queries.dashboard.SUBMISSION_OF_STANDING), labelled with the standings'
# own labels; an agency's row shows its standing itself, as the period page does.
SUBMISSION_LABELS = {
    "submitted": ReportStanding.SUBMITTED.label,
    "late": ReportStanding.LATE.label,
    "returned": ReportStanding.RETURNED.label,
    "not_yet": _("Not submitted yet"),
}
KIND_CHOICES = [
    ("", _("All organisations")),
    ("department", _("Departments and agencies")),
    ("commune", _("Communes, wards and special zones")),
    ("other", _("Other organisations")),
]


def _status_columns() -> list[tuple[str, str]]:
    labels = dict(Status.choices)
    return [(name, str(labels[name])) for name in STATUS_FIELDS]


def _ordered(counts: dict[str, int]) -> list[int]:
    return [counts.get(name, 0) for name in STATUS_FIELDS]


def _url_maker(name: str, *args: int) -> Any:
    """Build many URLs of one pattern with a single reverse() (reverse per row costs more than the query)."""
    marker = 987654321
    pattern = reverse(name, args=[*args, marker])
    return lambda pk: pattern.replace(str(marker), str(pk))


def _day(iso: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(iso) if iso else None


def _period_param(request: HttpRequest) -> int | None:
    raw = request.GET.get("period", "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise Http404
    return int(raw)


def _kind_param(request: HttpRequest) -> str:
    kind = request.GET.get("kind", "")
    return kind if kind in queries.KIND_GROUPS else ""


def _report_url(pk: int | None) -> str | None:
    """The report page, when the reports area provides one."""
    if pk is None:
        return None
    try:
        return reverse("reporting:report-detail", args=[pk])
    except NoReverseMatch:
        return None


def _chart_data(figures: dict[str, Any]) -> dict[str, Any]:
    columns = _status_columns()
    return {
        "labels": [label for _name, label in columns],
        "colours": CHART_COLOURS,
        "totals": _ordered(figures["totals"]),
        "tasks": {
            "labels": [t["number"] or str(t["id"]) for t in figures["tasks"]],
            "series": [[t["counts"][name] for t in figures["tasks"]] for name, _label in columns],
        },
        "trend": {
            "labels": [p["name"] for p in figures["trend"]],
            "series": [[p["counts"][name] for p in figures["trend"]] for name, _label in columns],
        },
    }


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    """The period dashboard: `?period=ID` (default: the open period due first) and `?kind=` filter."""
    period = queries.get_dashboard_period(request.user, _period_param(request))
    kind = _kind_param(request)
    context: dict[str, Any] = {
        "period": period,
        "periods": list(queries.dashboard_periods(request.user)),
        "kind": kind,
        "kind_choices": KIND_CHOICES,
        "columns": _status_columns(),
        "submission_labels": SUBMISSION_LABELS,
    }
    if period is not None:
        figures = queries.period_dashboard(request.user, period, kind=kind or None)
        agency_url = _url_maker("reporting:dashboard-agency", period.pk)
        task_url = _url_maker("reporting:dashboard-task", period.pk)
        context.update(
            figures=figures,
            totals=_ordered(figures["totals"]),
            agency_rows=[
                (
                    a,
                    _ordered(a["counts"]),
                    ReportStanding(a["standing"]).label,
                    agency_url(a["id"]),
                    _day(a["submitted_on"]),
                )
                for a in figures["agencies"]
            ],
            task_rows=[
                (t, _ordered(t["counts"]), _day(t["due"]), task_url(t["id"])) for t in figures["tasks"]
            ],
            overdue_rows=[
                (o, _day(o["due"]), agency_url(o["organization_id"]), task_url(o["task_id"]))
                for o in figures["overdue"]
            ],
            trend_rows=[(p, _ordered(p["counts"])) for p in figures["trend"]],
            submission=[
                (key, SUBMISSION_LABELS[key], figures["submission"][key]) for key in SUBMISSION_LABELS
            ],
            chart=_chart_data(figures),
            catalog_targets=plan_queries.measured_targets([period.catalog]),
        )
    return render(request, "reporting/dashboard_period.html", context)


@require_GET
def agency(request: HttpRequest, period_pk: int, organization_pk: int) -> HttpResponse:
    """One agency in a period: its status on every catalog task and its report."""
    period = queries.get_dashboard_period(request.user, period_pk)
    assert period is not None
    organization: Organization = queries.get_agency_for_dashboard(request.user, organization_pk)
    figures = queries.agency_drilldown(request.user, period, organization)
    labels = dict(Status.choices)
    return render(
        request,
        "reporting/dashboard_agency.html",
        {
            "period": period,
            "organization": organization,
            "figures": figures,
            "columns": _status_columns(),
            "counts": _ordered(figures["counts"]),
            "submission_label": ReportStanding(figures["standing"]).label,
            "report_url": _report_url(figures["report_id"]),
            "task_rows": [
                (t, labels.get(t["status"], t["status"]), _day(t["due"])) for t in figures["tasks"]
            ],
        },
    )


@require_GET
def task(request: HttpRequest, period_pk: int, task_pk: int) -> HttpResponse:
    """One catalog task in a period: the agencies leading it and their status."""
    period = queries.get_dashboard_period(request.user, period_pk)
    assert period is not None
    catalog_task = queries.get_catalog_task_for_dashboard(period, task_pk)
    kind = _kind_param(request)
    figures = queries.task_drilldown(request.user, period, catalog_task, kind=kind or None)
    labels = dict(Status.choices)
    return render(
        request,
        "reporting/dashboard_task.html",
        {
            "period": period,
            "task": catalog_task,
            "figures": figures,
            "kind": kind,
            "columns": _status_columns(),
            "counts": _ordered(figures["counts"]),
            "agency_rows": [(a, labels.get(a["status"], a["status"])) for a in figures["agencies"]],
        },
    )


@require_GET
def mine(request: HttpRequest) -> HttpResponse:
    """The old "my tasks" dashboard: the person's tasks have one page, "Nhiệm vụ của tôi" (overdue first, then
    due soon, with the counts)."""
    return redirect("reporting:my-tasks", permanent=True)


urlpatterns = [
    path("dashboard/", dashboard, name="dashboard"),
    path("dashboard/mine/", mine, name="dashboard-mine"),
    path("dashboard/<int:period_pk>/agencies/<int:organization_pk>/", agency, name="dashboard-agency"),
    path("dashboard/<int:period_pk>/tasks/<int:task_pk>/", task, name="dashboard-task"),
]
