"""Reads of reporting periods and agency reports, scoped to the person asking.

A period is visible with its catalog (to the coordinators of the province and to every organisation the issued
catalog reaches); a report is visible to people whose scope covers its organisation: the agency itself, its
parents, and the province-wide roles (coordinator, observer, administrator). Outside the scope: 404.

Also the data the actions and the exports read: what an agency's report is assembled from
(`snapshot_sources`), and everything the consolidated report prints (`consolidated_data`), each in a fixed
number of queries.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from danvan.accounts.models import User
from danvan.core import measures
from danvan.core.collation import by_name, vietnamese_key
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import AnyUser, active_memberships, province_of, scope_of
from danvan.plans.models import Assignment, Plan, Task
from danvan.plans.queries import plans_visible_to
from danvan.reporting import permissions, rollup
from danvan.reporting.models import Report, ReportingPeriod, ReportItem, ReportStanding, Status, TaskProgress

# Reports the coordinator has in hand: they count in the consolidated report.
RECEIVED_STATES = (Report.State.SUBMITTED, Report.State.ACCEPTED)
STATUS_ORDER = [value for value, _label in Status.choices]


# --- periods ----------------------------------------------------------------------------------------------


def periods_visible_to(user: AnyUser) -> QuerySet[ReportingPeriod]:
    """Periods of the catalogs the person can see."""
    if not user.is_authenticated:
        return ReportingPeriod.objects.none()
    return ReportingPeriod.objects.filter(catalog__in=plans_visible_to(user))


def get_period_for_user(user: AnyUser, pk: int) -> ReportingPeriod:
    """One period with its catalog and the catalog's owner; 404 outside the scope."""
    try:
        return (
            periods_visible_to(user)
            .select_related("catalog", "catalog__owner", "catalog__document")
            .get(pk=pk)
        )
    except ReportingPeriod.DoesNotExist:
        raise Http404 from None


def period_list(user: AnyUser) -> list[ReportingPeriod]:
    """Periods for the list page, newest due first, with the number of reports the person can see that the
    coordinator has received (one query)."""
    received = Q(reports__state__in=RECEIVED_STATES) & scope_of(user).q("reports__organization")
    return list(
        periods_visible_to(user)
        .select_related("catalog", "catalog__owner")
        .annotate(received_count=Count("reports", filter=received, distinct=True))
        .order_by("-due", "-pk")
    )


def catalogs_for_periods(user: AnyUser) -> list[Plan]:
    """Issued catalogs whose periods the person may manage (for the "new period" forms)."""
    catalogs = (
        plans_visible_to(user)
        .filter(kind=Plan.Kind.CATALOG, status=Plan.Status.ISSUED)
        .select_related("owner")
        .order_by("-period_start", "-created_at")
    )
    return [c for c in catalogs if permissions.can_manage_periods(user, c)]


def expected_organization_ids(periods: Iterable[ReportingPeriod]) -> dict[int, set[int]]:
    """Who must report in each period — the one rule every page, export, reminder and calendar uses.

    An organisation owes a period a report when it is an agency (not an internal unit: units report through
    their agency) and either the period's catalog assigns it a task (leading or coordinating; headings do not
    count; groups were expanded into their members when the catalog was issued) or it has an agency plan under
    the catalog — provided it exists on the period's due date (`Organization.is_active_on`: not yet closed, or
    merged away, by then). An agency that already made a report for the period stays expected whatever else
    changed, so a report is never orphaned. Four queries whatever the number of periods.
    """
    periods = list(periods)
    if not periods:
        return {}
    catalog_ids = {p.catalog_id for p in periods}
    candidates: dict[int, set[int]] = defaultdict(set)
    assigned = (
        Assignment.objects.filter(
            task__plan_id__in=catalog_ids, task__is_heading=False, organization__isnull=False
        )
        .values_list("task__plan_id", "organization_id")
        .distinct()
    )
    planned = Plan.objects.filter(parent_id__in=catalog_ids, kind=Plan.Kind.AGENCY_PLAN).values_list(
        "parent_id", "owner_id"
    )
    for catalog_id, org_id in [*assigned, *planned]:
        assert catalog_id is not None
        candidates[catalog_id].add(org_id)
    reported: dict[int, set[int]] = defaultdict(set)
    for period_id, org_id in Report.objects.filter(period__in=[p.pk for p in periods]).values_list(
        "period_id", "organization_id"
    ):
        reported[period_id].add(org_id)
    every = set().union(*candidates.values(), *reported.values())
    agencies = {
        o.pk: o
        for o in Organization.objects.filter(pk__in=every)
        .exclude(kind__in=Organization.INTERNAL_KINDS)
        .only("pk", "kind", "valid_from", "valid_until")
    }
    return {
        p.pk: {
            org_id
            for org_id in candidates[p.catalog_id]
            if org_id in agencies and agencies[org_id].is_active_on(p.due)
        }
        | {org_id for org_id in reported[p.pk] if org_id in agencies}
        for p in periods
    }


def expected_organizations(period: ReportingPeriod) -> QuerySet[Organization]:
    """The organisations that owe the period a report (`expected_organization_ids`), as a queryset."""
    return Organization.objects.filter(pk__in=expected_organization_ids([period])[period.pk])


@dataclass
class AgencyRow:
    """One agency on the period page: its report (if any) and where it stands."""

    organization: Organization
    report: Report | None
    standing: ReportStanding


@dataclass
class PeriodOverview:
    rows: list[AgencyRow]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def count_items(self) -> list[tuple[ReportStanding, int]]:
        """Each standing with its label (ReportStanding) and how many agencies are in it, in order."""
        return [(ReportStanding(key), n) for key, n in self.counts.items()]


def period_overview(user: AnyUser, period: ReportingPeriod) -> PeriodOverview:
    """Every expected agency the person can see with its report and standing: who submitted, late, returned,
    not yet (two queries)."""
    scope = scope_of(user)
    organizations = list(
        expected_organizations(period)
        .filter(scope.q())
        .exclude(kind__in=Organization.INTERNAL_KINDS)
        .distinct()
        .order_by("kind", by_name("name"))
    )
    reports = {
        r.organization_id: r
        for r in Report.objects.filter(period=period)
        .filter(scope.q("organization"))
        .select_related("organization")
    }
    seen = {o.pk for o in organizations}
    organizations += [r.organization for r in reports.values() if r.organization_id not in seen]
    rows = [AgencyRow(o, reports.get(o.pk), ReportStanding.of(reports.get(o.pk))) for o in organizations]
    order: list[str] = list(ReportStanding.values)
    rows.sort(key=lambda row: (order.index(row.standing), vietnamese_key(row.organization.name)))
    counts: Counter[str] = Counter(str(row.standing) for row in rows)
    return PeriodOverview(rows=rows, counts={key: counts[key] for key in order})


def own_report_organizations(user: AnyUser, period: ReportingPeriod) -> list[Organization]:
    """The person's own agencies (not internal units) that owe the period a report and may still make it."""
    if not user.is_authenticated:
        return []
    own = {
        m.organization_id
        for m in active_memberships(user)
        if m.role not in Membership.READ_ONLY_ROLES and not m.organization.is_internal
    }
    if not own:
        return []
    return list(
        expected_organizations(period)
        .filter(pk__in=own)
        .exclude(reports__period=period)
        .distinct()
        .order_by(by_name("name"))
    )


# --- reports ----------------------------------------------------------------------------------------------


def reports_visible_to(user: AnyUser) -> QuerySet[Report]:
    """Reports of organisations in the person's scope, in periods they can see."""
    if not user.is_authenticated:
        return Report.objects.none()
    return Report.objects.filter(scope_of(user).q("organization"))


def get_report_for_user(user: AnyUser, pk: int) -> Report:
    """One report with its period, catalog and organisation; 404 outside the scope."""
    try:
        return (
            reports_visible_to(user)
            .select_related("organization", "period", "period__catalog", "period__catalog__owner")
            .get(pk=pk)
        )
    except Report.DoesNotExist:
        raise Http404 from None


def report_list(user: AnyUser, *, period: ReportingPeriod | None = None) -> QuerySet[Report]:
    """Reports in scope (optionally of one period), with what a list shows."""
    qs = reports_visible_to(user).select_related("organization", "period")
    if period is not None:
        qs = qs.filter(period=period)
    return qs.order_by("-period__due", by_name("organization__name"), "pk")


def report_items(report: Report) -> list[ReportItem]:
    """The report's snapshot rows in printed order."""
    return list(report.items.select_related("catalog_task").order_by("position", "pk"))


def status_counts(items: list[ReportItem]) -> dict[str, int]:
    """How many items are in each status, every status present (zero when none)."""
    counts = Counter(item.status for item in items)
    return {status: counts.get(status, 0) for status in STATUS_ORDER}


# --- what a report is assembled from -----------------------------------------------------------------------


@dataclass(frozen=True)
class SnapshotSource:
    """A piece of the agency's work in the period: the task (its plan's, or the catalog task itself), the
    catalog task behind it, its figures as the roll-up counts them, and the progress row whose result and
    figures the report quotes (if any)."""

    task: Task
    catalog_task: Task
    rolled: rollup.Rolled
    progress: TaskProgress | None


def snapshot_sources(
    period: ReportingPeriod, organization: Organization, *, on: datetime.date
) -> list[SnapshotSource]:
    """What the agency's report holds: its pieces of work on the catalog tasks assigned to it or implemented
    by its issued plans (`rollup.catalog_work`, the one place its progress lives) — its plans' tasks in their
    order, then the catalog tasks it answers for directly — judged as of `on` (a fixed number of queries)."""
    catalog = period.catalog
    work = rollup.catalog_work(catalog, on=on, agencies=[organization.pk])
    pieces = [p for row in work.rows for p in work.pieces.get(row.id, {}).get(organization.pk, [])]
    ids = {p.task_id for p in pieces} | {p.catalog_task_id for p in pieces}
    tasks = Task.objects.in_bulk(ids)
    rows: dict[int, TaskProgress] = {}
    for row in TaskProgress.objects.filter(task_id__in=ids).order_by("-is_lead", "organization__path"):
        own = row.organization_id == organization.pk
        if own or (row.is_lead and tasks[row.task_id].plan_id != catalog.pk):
            # Its own row first; on a plan task, the lead unit's row (units report for their agency).
            current = rows.get(row.task_id)
            if current is None or (own and current.organization_id != organization.pk):
                rows[row.task_id] = row
    pieces.sort(
        key=lambda p: (
            p.task_id == p.catalog_task_id,  # plan tasks first, then the catalog tasks answered directly
            tasks[p.task_id].plan_id,
            tasks[p.task_id].position,
            p.task_id,
        )
    )
    return [
        SnapshotSource(
            task=tasks[p.task_id],
            catalog_task=tasks[p.catalog_task_id],
            rolled=p.rolled,
            progress=rows.get(p.task_id),
        )
        for p in pieces
    ]


# --- the consolidated report ------------------------------------------------------------------------------


@dataclass
class CatalogTaskSynthesis:
    """One catalog task across agencies: which agency stands where, and what they reported."""

    task: Task
    counts: dict[str, int]
    entries: list[tuple[Organization, ReportItem]]


@dataclass
class AgencyFigures:
    organization: Organization
    report: Report
    counts: dict[str, int]
    item_count: int
    percent: float


@dataclass
class ConsolidatedData:
    """Everything the consolidated report prints, computed once from the received reports."""

    period: ReportingPeriod
    catalog: Plan
    expected: list[Organization]
    agencies: list[AgencyFigures]
    missing: list[Organization]
    late: list[Organization]
    returned: list[Organization]
    # Every expected agency's standing on its report (ReportStanding.of, the one rule), by organisation id.
    standings: dict[int, ReportStanding]
    totals: dict[str, int]
    item_count: int
    tasks: list[CatalogTaskSynthesis]
    generated_on: datetime.date
    # Citizen feedback answered on time per organisation id (`feedback_figures`); None: measure not registered.
    feedback: dict[int, measures.Figure] | None = None

    @property
    def received_count(self) -> int:
        return len(self.agencies)


def consolidated_data(period: ReportingPeriod, *, today: datetime.date) -> ConsolidatedData:
    """The figures of the consolidated report: submitted and accepted reports of the period with their items,
    grouped by agency and by catalog task (five queries whatever the number of agencies)."""
    catalog = period.catalog
    expected = list(
        expected_organizations(period)
        .exclude(kind__in=Organization.INTERNAL_KINDS)
        .distinct()
        .order_by(by_name("name"))
    )
    reports = list(
        Report.objects.filter(period=period)
        .select_related("organization")
        .order_by(by_name("organization__name"))
    )
    received = [r for r in reports if r.state in RECEIVED_STATES]
    by_report: dict[int, list[ReportItem]] = defaultdict(list)
    items = ReportItem.objects.filter(report__in=[r.pk for r in received]).order_by(
        "report_id", "position", "pk"
    )
    for item in items:
        by_report[item.report_id].append(item)
    catalog_tasks = {t.pk: t for t in catalog.tasks.filter(is_heading=False).order_by("position", "pk")}

    agencies: list[AgencyFigures] = []
    per_task: dict[int, list[tuple[Organization, ReportItem]]] = defaultdict(list)
    totals: Counter[str] = Counter()
    for report in received:
        rows = by_report.get(report.pk, [])
        counts = status_counts(rows)
        totals.update(item.status for item in rows)
        percent = round(sum(item.percent for item in rows) / len(rows), 1) if rows else 0.0
        agencies.append(AgencyFigures(report.organization, report, counts, len(rows), percent))
        for item in rows:
            if item.catalog_task_id in catalog_tasks:
                per_task[item.catalog_task_id].append((report.organization, item))
    syntheses = [
        CatalogTaskSynthesis(
            task=task,
            counts=status_counts([item for _org, item in per_task[pk]]),
            entries=per_task[pk],
        )
        for pk, task in catalog_tasks.items()
        if per_task.get(pk)
    ]
    received_ids = {r.organization_id for r in received}
    by_org = {r.organization_id: r for r in reports}
    expected_ids = {o.pk for o in expected}
    expected += [r.organization for r in received if r.organization_id not in expected_ids]
    return ConsolidatedData(
        period=period,
        catalog=catalog,
        expected=expected,
        agencies=agencies,
        missing=[o for o in expected if o.pk not in received_ids],
        late=[a.organization for a in agencies if a.report.is_late],
        returned=[o for o in expected if o.pk in by_org and by_org[o.pk].state == Report.State.RETURNED],
        standings={o.pk: ReportStanding.of(by_org.get(o.pk)) for o in expected},
        totals={status: totals.get(status, 0) for status in STATUS_ORDER},
        item_count=sum(totals.values()),
        tasks=syntheses,
        generated_on=today,
        feedback=feedback_figures(period, [o.pk for o in expected]),
    )


FEEDBACK_MEASURE = "feedback_on_time"


def period_span(period: ReportingPeriod) -> measures.Span:
    """The days any figure of a reporting period covers (citizen feedback, and every measure a period shows):
    from its start to its data cut-off, as its tasks. A year's figures (evaluation, plans) use
    `measures.Span.year`."""
    return measures.Span(period.start, period.cutoff)


def feedback_figures(
    period: ReportingPeriod, organization_ids: Iterable[int]
) -> dict[int, measures.Figure] | None:
    """Citizen feedback answered within the legal limit, per organisation, over the period
    (`core.measures.get("feedback_on_time")`, registered by the feedback app; one query). None when no app
    registered the measure: then the dashboard and the consolidated report show nothing of it."""
    try:
        measure = measures.get(FEEDBACK_MEASURE)
    except KeyError:
        return None
    return measure.figures(list(organization_ids), period_span(period))


def feedback_label() -> str | None:
    """The label of the feedback measure, None when it is not registered."""
    try:
        return str(measures.get(FEEDBACK_MEASURE).label)
    except KeyError:
        return None


def coordinators_of(organization: Organization) -> list[User]:
    """Coordinators of the organisation's province (to tell them a report arrived)."""
    return list(
        User.objects.filter(
            memberships__is_active=True,
            memberships__role=Membership.Role.COORDINATOR,
            memberships__organization__path__startswith=province_of(organization).path,
        ).distinct()
    )


def members_with_roles(organization: Organization, *roles: str) -> list[User]:
    """Active members of the organisation holding one of `roles` (to notify them)."""
    return list(
        User.objects.filter(
            memberships__organization=organization, memberships__is_active=True, memberships__role__in=roles
        ).distinct()
    )
