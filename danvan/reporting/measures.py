"""Reporting's figures for `core.measures`: catalog tasks done on time and reports submitted on time, per
agency and span (the evaluation's suggested scores, plan targets and dashboards read them by key).

- `tasks_on_time`: of the catalog tasks an agency leads that fell due in the span (up to today), how many were
  done on time. Each task's standing is the roll-up's (`rollup.catalog_rollup`: the agency's pieces of work
  combined by the one status rule, judged on the span's last day or today), so the figure matches the
  dashboards. Recurring tasks and headings have no due date to meet and are not counted.
- `reports_on_time`: of the reports an agency owed in the span's periods (`expected_organization_ids`, the one
  rule of who reports; periods due up to today), how many were submitted by their due date.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from danvan.core import measures
from danvan.core.measures import Figure, Span
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting.models import Report, ReportingPeriod, Status
from danvan.reporting.queries.reports import expected_organization_ids
from danvan.reporting.rollup import catalog_rollup


def _last_day(span: Span, today: datetime.date | None = None) -> datetime.date:
    return min(span.end, today or timezone.localdate())


class TasksOnTime:
    key = "tasks_on_time"
    label = _("Catalog tasks done on time")

    def figures(self, organization_ids: Collection[int], span: Span) -> dict[int, Figure]:
        """Six queries per catalog concerned plus two, whatever the number of agencies."""
        ids = set(organization_ids)
        on = _last_day(span)
        due = Assignment.objects.filter(
            organization_id__in=ids,
            role=Assignment.Role.LEAD,
            task__plan__kind=Plan.Kind.CATALOG,
            task__plan__status=Plan.Status.ISSUED,
            task__is_heading=False,
            task__due__gte=span.start,
            task__due__lte=on,
        ).exclude(task__timeframe_kind=Task.TimeframeKind.CONTINUOUS)
        by_catalog: dict[int, set[int]] = defaultdict(set)
        for catalog_id, task_id in due.values_list("task__plan_id", "task_id").distinct():
            by_catalog[catalog_id].add(task_id)
        counted: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for catalog in Plan.objects.filter(pk__in=list(by_catalog)):
            rolled = catalog_rollup(catalog, on=on, only=by_catalog[catalog.pk], agencies=ids)
            for task in rolled.values():
                for agency in task.agencies:
                    if agency.is_lead and agency.organization_id in ids:
                        counted[agency.organization_id][1] += 1
                        if agency.status == Status.DONE_ON_TIME:
                            counted[agency.organization_id][0] += 1
        link = reverse("reporting:dashboard")
        return {org: Figure(done, total, link) for org, (done, total) in counted.items()}


class ReportsOnTime:
    key = "reports_on_time"
    label = _("Reports submitted on time")

    def figures(self, organization_ids: Collection[int], span: Span) -> dict[int, Figure]:
        """Six queries whatever the number of agencies and periods."""
        ids = set(organization_ids)
        periods = list(ReportingPeriod.objects.filter(due__gte=span.start, due__lte=_last_day(span)))
        expected = expected_organization_ids(periods)

        submitted = {
            (period_id, org_id): timezone.localdate(at)
            for period_id, org_id, at in Report.objects.filter(
                period__in=periods, organization_id__in=ids, submitted_at__isnull=False
            ).values_list("period_id", "organization_id", "submitted_at")
        }
        counted: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for period in periods:
            for org_id in expected[period.pk] & ids:
                counted[org_id][1] += 1
                day = submitted.get((period.pk, org_id))
                if day is not None and day <= period.due:
                    counted[org_id][0] += 1
        link = reverse("reporting:period-list")
        return {org: Figure(on_time, owed, link) for org, (on_time, owed) in counted.items()}


def register() -> None:
    """Register reporting's measures (from `ReportingConfig.ready`)."""
    measures.register(TasksOnTime())
    measures.register(ReportsOnTime())
