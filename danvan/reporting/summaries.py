"""Pre-computed dashboard figures: `PeriodTaskStatus` cells and `PeriodSummary` rows of a reporting period.

A cell is where one agency (an organisation with a lead assignment on a catalog task) stood on that catalog task
in the period, judged as of the period's date (`models.judged_on`: today while the period runs, its data cut-off
after):

- when the agency's report for the period is frozen (submitted, approved, accepted) and has items for the task,
  the statuses of those items combined (the snapshot the agency reported);
- otherwise its live standing as the roll-up computes it (`rollup.catalog_rollup`: the tasks of its issued plans
  implementing the catalog task, else its own row on the catalog task; nothing reported is "not started", or
  "overdue" after the deadline, and recurring work stays "recurring").

Statuses combine by the one rule, `models.combine_statuses`.

`PeriodSummary` is one row per agency: its cells counted by status and their mean percent.

Inside `deferred_refresh()` (a bulk load: the demo, a batch of progress rows) the refreshes asked for are
collected and each period is recomputed once, for the union of its agencies, when the block ends.

The progress and report actions call `refresh_summary(period, organization)` (or `refresh_organization`) after
a change; this recomputes one agency, never the whole province. `refresh_period(period)` recomputes every agency
of a period (opening a period, the nightly run, `seed_scale`). These functions only write derived rows, so they
record no audit event; the change that caused them has its own.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal

from django.db import transaction
from django.db.models import Q

from danvan.organizations.models import Organization
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting import rollup
from danvan.reporting.models import (
    PeriodSummary,
    PeriodTaskStatus,
    Report,
    ReportingPeriod,
    ReportItem,
    combine_statuses,
    judged_on,
)

FROZEN_REPORT_STATES = (Report.State.SUBMITTED, Report.State.APPROVED, Report.State.ACCEPTED)
STATUS_FIELDS = ("done_on_time", "done_late", "in_progress", "overdue", "not_started", "recurring")


# (period, today) → agencies to refresh (None: all of them), while `deferred_refresh` is active.
_Pending = dict[tuple[ReportingPeriod, datetime.date | None], set[int] | None]
_pending: ContextVar[_Pending | None] = ContextVar("summaries_pending", default=None)


@contextmanager
def deferred_refresh() -> Iterator[None]:
    """Run the refreshes asked for inside the block once per period at its end (nested blocks join the
    outermost). The derived rows are stale inside the block."""
    if _pending.get() is not None:
        yield
        return
    pending: _Pending = {}
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    for (period, today), agencies in pending.items():
        _refresh(period, agencies=agencies, today=today)


def refresh_period(period: ReportingPeriod, *, today: datetime.date | None = None) -> int:
    """Recompute every agency's cells and summary of the period; returns the number of agencies."""
    return _refresh(period, agencies=None, today=today)


def refresh_summary(
    period: ReportingPeriod, organization: Organization, *, today: datetime.date | None = None
) -> int:
    """Recompute the agency `organization` belongs to (itself or its nearest assigned ancestors) for the period.

    Called after a progress update or a report change; a unit's change refreshes its agency. Returns the
    number of agencies refreshed (0 when the organisation has nothing in the period's catalog).
    """
    candidates = organization.ancestor_ids() or [organization.pk]
    assigned = set(
        Assignment.objects.filter(
            task__plan_id=period.catalog_id, organization_id__in=candidates
        ).values_list("organization_id", flat=True)
    )
    # Removing an agency's assignments must also remove its old rows: refresh the organisation itself too.
    return _refresh(period, agencies=assigned | {organization.pk}, today=today)


def refresh_organization(organization: Organization, *, today: datetime.date | None = None) -> int:
    """Refresh the organisation's agency in every open period of every catalog that assigns it."""
    candidates = organization.ancestor_ids() or [organization.pk]
    catalogs = Assignment.objects.filter(
        organization_id__in=candidates, task__plan__kind=Plan.Kind.CATALOG
    ).values("task__plan_id")
    periods = ReportingPeriod.objects.filter(catalog_id__in=catalogs, state=ReportingPeriod.State.OPEN)
    return sum(refresh_summary(period, organization, today=today) for period in periods)


def _refresh(period: ReportingPeriod, *, agencies: set[int] | None, today: datetime.date | None) -> int:
    pending = _pending.get()
    if pending is not None:
        key = (period, today)
        earlier = pending.get(key, set())
        pending[key] = None if agencies is None or earlier is None else earlier | agencies
        return 0
    on = judged_on(period, today)
    with transaction.atomic():
        # One refresher per period at a time (two workers, two requests): the lock lives in the database.
        ReportingPeriod.objects.select_for_update().filter(pk=period.pk).first()
        expected, cells = _cells(period, agencies=agencies, on=on)
        summaries = _summaries(period, expected, cells)
        scope = Q(period=period) if agencies is None else Q(period=period, organization_id__in=agencies)
        PeriodTaskStatus.objects.filter(scope).delete()
        PeriodSummary.objects.filter(scope).delete()
        PeriodTaskStatus.objects.bulk_create(cells, batch_size=2000)
        PeriodSummary.objects.bulk_create(summaries, batch_size=2000)
    return len(summaries)


def _cells(
    period: ReportingPeriod, *, agencies: set[int] | None, on: datetime.date
) -> tuple[set[int], list[PeriodTaskStatus]]:
    """The agencies of the period (any assignment on the catalog) and the cells of those that lead tasks."""
    catalog = period.catalog
    tasks = set(Task.objects.filter(plan_id=period.catalog_id, is_heading=False).values_list("pk", flat=True))
    assigned = Assignment.objects.filter(task__plan_id=period.catalog_id, task__is_heading=False).exclude(
        organization=None
    )
    if agencies is not None:
        assigned = assigned.filter(organization_id__in=agencies)
    assignments = set(assigned.values_list("task_id", "organization_id", "role"))
    agency_ids = {org for _, org, _ in assignments}
    pairs = {(task, org) for task, org, role in assignments if role == Assignment.Role.LEAD}
    if not pairs:
        return agency_ids, []
    kinds = dict(Organization.objects.filter(pk__in=agency_ids).values_list("pk", "kind"))

    # The frozen reports' items: what the agency reported stands for the period.
    reported: dict[tuple[int, int], list[tuple[str, int]]] = defaultdict(list)
    items = ReportItem.objects.filter(
        report__period=period, report__state__in=FROZEN_REPORT_STATES, catalog_task__isnull=False
    )
    if agencies is not None:
        items = items.filter(report__organization_id__in=agencies)
    for org_id, task_id, status, percent in items.values_list(
        "report__organization_id", "catalog_task_id", "status", "percent"
    ):
        if task_id is not None:
            reported[(task_id, org_id)].append((status, percent))

    # Live progress: the agency's pieces of work on the catalog task, as the roll-up counts them.
    live = {
        (task_id, standing.organization_id): standing
        for task_id, rolled in rollup.catalog_rollup(catalog, on=on, agencies=agency_ids).items()
        for standing in rolled.agencies
    }

    cells: list[PeriodTaskStatus] = []
    for task_id, org_id in sorted(pairs):
        if task_id not in tasks:
            continue
        if (task_id, org_id) in reported:
            snapshot = reported[(task_id, org_id)]
            status = combine_statuses(s for s, _ in snapshot)
            percent = round(sum(p for _, p in snapshot) / len(snapshot))
        else:
            standing = live.get((task_id, org_id))
            if standing is None:
                continue
            status, percent = standing.status, round(standing.percent)
        cells.append(
            PeriodTaskStatus(
                period=period,
                organization_id=org_id,
                task_id=task_id,
                organization_kind=kinds.get(org_id, ""),
                status=status,
                percent=min(percent, 100),
            )
        )
    return agency_ids, cells


def _summaries(
    period: ReportingPeriod, agencies: set[int], cells: list[PeriodTaskStatus]
) -> list[PeriodSummary]:
    """One row per agency, coordinating-only agencies included (with zero counts)."""
    counts: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUS_FIELDS, 0))
    percents: dict[int, list[int]] = defaultdict(list)
    for cell in cells:
        counts[cell.organization_id][cell.status] += 1
        percents[cell.organization_id].append(cell.percent)
    return [
        PeriodSummary(
            period=period,
            organization_id=org_id,
            percent=_mean(percents[org_id]),
            **counts[org_id],
        )
        for org_id in sorted(agencies)
    ]


def _mean(values: list[int]) -> Decimal:
    if not values:
        return Decimal(0)
    return Decimal(sum(values) / len(values)).quantize(Decimal("0.1"))
