"""Reads of plans and tasks, scoped to the person asking.

A plan is visible to people whose scope covers its owner. An issued catalog is also visible to every
organisation of the province it belongs to (they find their tasks in it). A task is visible with its plan,
or to the organisations and people it is assigned to.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Sum
from django.http import Http404
from django.utils import timezone

from danvan.core import measures
from danvan.core.collation import by_name
from danvan.core.measures import Figure, Span
from danvan.documents.models import ExportJob
from danvan.documents.permissions import can_download_export
from danvan.organizations.models import Organization
from danvan.organizations.queries import AnyUser, organizations_visible_to, scope_of
from danvan.plans.models import Assignment, Document, ImportJob, Plan, Target, Task


def _issued_catalogs_above(user: AnyUser) -> Q:
    scope = scope_of(user)
    if scope.everything:
        return Q()
    ancestor_ids = {pk for root in scope.roots for pk in root.ancestor_ids()}
    return Q(kind=Plan.Kind.CATALOG, status=Plan.Status.ISSUED, owner_id__in=ancestor_ids)


def plans_visible_to(user: AnyUser) -> QuerySet[Plan]:
    """Plans of organisations in scope, and the issued catalogs of the person's province."""
    if not user.is_authenticated:
        return Plan.objects.none()
    scope = scope_of(user)
    return Plan.objects.filter(scope.q("owner") | _issued_catalogs_above(user))


def documents_visible_to(user: AnyUser) -> QuerySet[Document]:
    """Documents of organisations in scope, and the documents of the plans the person can see."""
    if not user.is_authenticated:
        return Document.objects.none()
    return Document.objects.filter(scope_of(user).q("owner") | Q(plan__in=plans_visible_to(user)))


def get_plan_for_user(user: AnyUser, pk: int) -> Plan:
    """One plan with its owner, document and parent; 404 outside the scope."""
    try:
        return (
            plans_visible_to(user).select_related("owner", "document", "parent", "parent_citation").get(pk=pk)
        )
    except Plan.DoesNotExist:
        raise Http404 from None


def tasks_visible_to(user: AnyUser) -> QuerySet[Task]:
    if not user.is_authenticated:
        return Task.objects.none()
    scope = scope_of(user)
    assigned = Assignment.objects.filter(task=OuterRef("pk")).filter(scope.q("organization") | Q(person=user))
    return Task.objects.filter(
        Q(plan__in=plans_visible_to(user)) | (Q(plan__status=Plan.Status.ISSUED) & Exists(assigned))
    )


def get_task_for_user(user: AnyUser, pk: int) -> Task:
    try:
        return (
            tasks_visible_to(user)
            .select_related("plan", "plan__owner", "source_task", "source_task__plan", "parent")
            .get(pk=pk)
        )
    except Task.DoesNotExist:
        raise Http404 from None


def get_assignment_for_user(user: AnyUser, pk: int) -> Assignment:
    try:
        return Assignment.objects.select_related("task", "task__plan", "task__plan__owner").get(
            pk=pk, task__plan__in=plans_visible_to(user)
        )
    except Assignment.DoesNotExist:
        raise Http404 from None


def plan_list(user: AnyUser, *, kind: str | None = None) -> list[Plan]:
    """Plans for the list page with their task counts (one query)."""
    qs = plans_visible_to(user).select_related("owner", "document", "parent")
    if kind:
        qs = qs.filter(kind=kind)
    return list(qs.annotate(task_count=Count("tasks")).order_by("kind", "-created_at"))


@dataclass(frozen=True)
class TaskFilters:
    organization: int | None = None
    role: str | None = None
    timeframe_kind: str | None = None
    overdue: bool = False


def plan_tasks(plan: Plan, filters: TaskFilters, *, today: datetime.date) -> list[Task]:
    """The plan's tasks in printed order with their assignments, filtered; headings of matching tasks kept."""
    assignments = Assignment.objects.select_related("organization", "person", "group_anchor").order_by(
        "role", "position", "pk"
    )
    qs = plan.tasks.select_related("source_task").prefetch_related(
        Prefetch("assignments", queryset=assignments)
    )
    if filters.organization or filters.role:
        match = Assignment.objects.filter(task=OuterRef("pk"))
        if filters.organization:
            match = match.filter(organization_id=filters.organization)
        if filters.role:
            match = match.filter(role=filters.role)
        qs = qs.filter(Q(Exists(match)) | Q(is_heading=True))
    if filters.timeframe_kind:
        qs = qs.filter(Q(timeframe_kind=filters.timeframe_kind) | Q(is_heading=True))
    if filters.overdue:
        qs = qs.filter(
            Q(due__lt=today) & ~Q(timeframe_kind=Task.TimeframeKind.CONTINUOUS) | Q(is_heading=True)
        )
    return list(qs.order_by("position"))


def review_task(plan: Plan, task_pk: int) -> Task:
    """One task of the plan with what the review fragment shows."""
    assignments = Assignment.objects.select_related("organization", "person", "group_anchor").order_by(
        "role", "position", "pk"
    )
    return plan.tasks.prefetch_related(Prefetch("assignments", queryset=assignments)).get(pk=task_pk)


def plan_organizations(plan: Plan) -> list[Organization]:
    """Organisations assigned in the plan, for the filter."""
    return list(
        Organization.objects.filter(assignments__task__plan=plan).distinct().order_by(by_name("name"))
    )


def implementations_of(user: AnyUser, catalog_task: Task) -> list[Task]:
    """Agency tasks implementing a catalog task, limited to plans the person can see."""
    return list(
        Task.objects.filter(source_task=catalog_task, plan__in=plans_visible_to(user))
        .select_related("plan", "plan__owner")
        .order_by(by_name("plan__owner__name"), "position")
    )


def finished_import_of(user: AnyUser, plan: Plan, job_id: int) -> ImportJob | None:
    """The finished import job that produced or updated this plan, if the person may see it."""
    return ImportJob.objects.filter(
        scope_of(user).q("owner"), pk=job_id, plan=plan, status=ImportJob.Status.DONE
    ).first()


@dataclass(frozen=True)
class OcrBudget:
    """What is left of a person's OCR budget for the last 24 hours (OCR_USER_PAGES_PER_DAY / _SECONDS_)."""

    pages: int
    seconds: float


def ocr_budget_left(user: AnyUser | None) -> OcrBudget:
    """Pages and seconds of OCR the person may still use: the daily budget less what their import jobs of the
    last 24 hours spent. Work started by the system (no person) has the whole budget."""
    pages, seconds = settings.OCR_USER_PAGES_PER_DAY, float(settings.OCR_USER_SECONDS_PER_DAY)
    if user is None or not user.is_authenticated:
        return OcrBudget(pages, seconds)
    since = timezone.now() - datetime.timedelta(hours=24)
    used = ImportJob.objects.filter(created_by=user, created_at__gte=since).aggregate(
        pages=Sum("ocr_pages"), seconds=Sum("ocr_seconds")
    )
    return OcrBudget(max(pages - (used["pages"] or 0), 0), max(seconds - (used["seconds"] or 0.0), 0.0))


def import_job_for_user(user: AnyUser, pk: int) -> ImportJob:
    scope = scope_of(user)
    try:
        return ImportJob.objects.filter(scope.q("owner")).select_related("plan").get(pk=pk)
    except ImportJob.DoesNotExist:
        raise Http404 from None


def get_export_job_for_user(user: AnyUser, pk: int) -> ExportJob:
    """An export job the person requested, of a plan still in their scope; 404 otherwise."""
    try:
        job = ExportJob.objects.select_related("plan").get(pk=pk, plan__in=plans_visible_to(user))
    except ExportJob.DoesNotExist:
        raise Http404 from None
    if not can_download_export(user, job):
        raise Http404
    return job


def import_owners(user: AnyUser) -> QuerySet[Organization]:
    """Agencies the person may import a document for (own write scope, no internal units); empty for an
    observer, so the import button is only offered to those who can use it."""
    return (
        organizations_visible_to(user)
        .filter(scope_of(user).q(write=True))
        .exclude(kind__in=Organization.INTERNAL_KINDS)
    )


# --- targets that measure themselves ----------------------------------------------------------------------


def plan_span(plan: Plan, *, today: datetime.date | None = None) -> Span:
    """The dates a plan's figures cover: its period, else the year it runs in (this year when undated)."""
    if plan.period_start and plan.period_end:
        return Span(plan.period_start, plan.period_end)
    day = plan.period_start or plan.period_end or today or timezone.localdate()
    return Span.year(day.year)


def target_figures(
    plan: Plan, targets: list[Target], *, today: datetime.date | None = None
) -> dict[int, Figure]:
    """The current value of each target linked to a measure (`core.measures`), for the plan's owner over the
    plan's span: the owner's own figure, or the sum over its open direct units. A measure no app registers, or
    with nothing to count, gives no value. One query for the units plus each measure's own, once per measure
    and "over" whatever the number of targets."""
    linked = [t for t in targets if t.measure]
    if not linked:
        return {}
    span = plan_span(plan, today=today)
    unit_ids: list[int] | None = None
    computed: dict[tuple[str, str], Figure | None] = {}
    values: dict[int, Figure] = {}
    for target in linked:
        key = (target.measure, target.measure_over)
        if key not in computed:
            try:
                measure = measures.get(target.measure)
            except KeyError:
                computed[key] = None
                continue
            if target.measure_over == Target.Over.OWN:
                computed[key] = measure.figures([plan.owner_id], span).get(plan.owner_id)
            else:
                if unit_ids is None:
                    unit_ids = list(
                        Organization.objects.filter(
                            parent_id=plan.owner_id, valid_until__isnull=True
                        ).values_list("pk", flat=True)
                    )
                computed[key] = _sum_over_units(measure, plan, unit_ids, span)
        figure = computed[key]
        if figure is not None:
            values[target.pk] = figure
    return values


def _sum_over_units(measure: measures.Measure, plan: Plan, unit_ids: list[int], span: Span) -> Figure | None:
    figures = measure.figures(unit_ids, span).values()
    if not figures:
        return None
    denominators = [f.denominator for f in figures if f.denominator is not None]
    # The owner's own figure links to what was counted over its whole subtree.
    own = measure.figures([plan.owner_id], span).get(plan.owner_id)
    return Figure(
        sum(f.numerator for f in figures),
        sum(denominators) if denominators else None,
        own.link if own is not None else "",
    )


@dataclass(frozen=True)
class MeasuredTarget:
    """A target linked to a measure, with its current value (None when there is nothing to count yet)."""

    plan: Plan
    target: Target
    figure: Figure | None


def measured_targets(plans: list[Plan], *, today: datetime.date | None = None) -> list[MeasuredTarget]:
    """The targets of these plans that a measure counts, in the plans' and the targets' order, each valued by
    `target_figures` (the one rule). One query for the targets plus `target_figures`' own per plan that has
    any; the count does not grow with the targets or the data."""
    if not plans:
        return []
    by_plan: dict[int, list[Target]] = {}
    for target in Target.objects.filter(plan__in=plans).exclude(measure="").order_by("plan_id", "position"):
        by_plan.setdefault(target.plan_id, []).append(target)
    rows: list[MeasuredTarget] = []
    for plan in plans:
        targets = by_plan.get(plan.pk, [])
        if not targets:
            continue
        figures = target_figures(plan, targets, today=today)
        rows.extend(MeasuredTarget(plan, t, figures.get(t.pk)) for t in targets)
    return rows


def agency_measured_targets(
    organization: Organization, catalog: Plan, *, today: datetime.date | None = None
) -> list[MeasuredTarget]:
    """The measured targets of the organisation's plans implementing the catalog, for its periodic report."""
    plans = list(
        Plan.objects.filter(owner=organization, parent=catalog).select_related("owner").order_by("pk")
    )
    return measured_targets(plans, today=today)
