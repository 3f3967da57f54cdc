"""Reads of task progress, scoped to the person asking: "my tasks", a task's progress page, evidence files.

Who may update a task's progress: officers whose writable scope covers an organisation assigned to the task
(lead or coordinating), and people named on the task, for the organisation they belong to. Only tasks of
issued plans take progress. Who may read a progress row: people whose scope covers its organisation or the
owner of the task's plan, and people named on the task.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404

from danvan.accounts.models import User
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import AnyUser, active_memberships, scope_of
from danvan.plans.models import Assignment, Plan, Target, Task
from danvan.plans.queries import get_task_for_user
from danvan.reporting import rollup
from danvan.reporting.models import DONE_STATUSES, Evidence, Status, TaskProgress, classify

DUE_SOON_DAYS = 14


def due_soon_days() -> int:
    """How many days ahead "due soon" looks (setting `DUE_SOON_DAYS`, 14 by default)."""
    return int(getattr(settings, "DUE_SOON_DAYS", DUE_SOON_DAYS))


def person_organization(user: AnyUser) -> Organization | None:
    """The organisation a person's own progress is recorded under: their first organisation where they may
    write (memberships are ordered by the tree, so the outermost comes first)."""
    for membership in active_memberships(user):
        if membership.role not in Membership.READ_ONLY_ROLES:
            return membership.organization
    return None


@dataclass(frozen=True)
class Updatable:
    """An organisation the person may report for on a task, and whether it leads the task."""

    organization: Organization
    is_lead: bool


def updatable_organizations(user: AnyUser, task: Task) -> list[Updatable]:
    """Organisations the person may update the task's progress for (lead first); empty when they may not."""
    if not user.is_authenticated or task.is_heading or task.plan.status != Plan.Status.ISSUED:
        return []
    scope = scope_of(user)
    found: dict[int, Updatable] = {}
    assignments = task.assignments.select_related("organization").order_by("role", "position", "pk")
    for assignment in assignments:
        is_lead = assignment.role == Assignment.Role.LEAD
        organization: Organization | None = None
        if assignment.organization is not None and scope.covers(assignment.organization, write=True):
            organization = assignment.organization
        elif assignment.person_id is not None and assignment.person_id == user.pk:
            organization = person_organization(user)
        if organization is None:
            continue
        previous = found.get(organization.pk)
        found[organization.pk] = Updatable(
            organization, is_lead or (previous is not None and previous.is_lead)
        )
    return sorted(found.values(), key=lambda u: (not u.is_lead, u.organization.path))


def progress_homes(task: Task, organizations: list[Organization]) -> dict[int, list[Task]]:
    """For a catalog task: the tasks of each organisation's issued plans that implement it, by organisation —
    where that organisation's progress on the catalog task lives (`rollup.Piece`), so it is entered there and
    not on the catalog task. Empty for a task of an agency plan or an organisation without such a plan."""
    if not task.plan.is_catalog or not organizations:
        return {}
    homes: dict[int, list[Task]] = defaultdict(list)
    for home in (
        rollup.implementing_tasks(task.plan_id)
        .filter(source_task=task, plan__owner__in=[o.pk for o in organizations])
        .select_related("plan")
        .order_by("plan_id", "position", "pk")
    ):
        homes[home.plan.owner_id].append(home)
    return dict(homes)


def progress_visible_q(user: AnyUser, prefix: str = "") -> Q:
    """Progress rows the person may read: their organisation's, those of plans they own, those of tasks named
    to them. `prefix` reaches the row from another model ("progress__" from Evidence)."""
    if not user.is_authenticated:
        return Q(pk__in=[])
    scope = scope_of(user)
    if scope.everything:
        return Q()
    named = Assignment.objects.filter(task=OuterRef(f"{prefix}task"), person=user)
    return scope.q(f"{prefix}organization") | scope.q(f"{prefix}task__plan__owner") | Q(Exists(named))


def get_task_for_progress(user: AnyUser, pk: int) -> Task:
    """A task the person can see, that can carry progress (not a heading); 404 otherwise."""
    task = get_task_for_user(user, pk)
    if task.is_heading:
        raise Http404
    return task


@dataclass
class TaskProgressPage:
    """What the task progress page shows."""

    task: Task
    lead_rows: list[TaskProgress]
    contributions: list[TaskProgress]
    targets: list[Target]
    updatable: list[Updatable]
    rolled: rollup.Rolled | None
    catalog: rollup.CatalogRolled | None
    agencies: dict[int, Organization]
    children: list[tuple[Task, rollup.Rolled]]
    # For a catalog task: organisation → the tasks of its issued plan where its progress on it lives.
    homes: dict[int, list[Task]]


def task_progress_page(user: AnyUser, task: Task, *, today: datetime.date) -> TaskProgressPage:
    """The task's progress rows the person may read, with evidence and who updated them, its plan's targets,
    its roll-up (sub-tasks, or agencies for a catalog task), and whom the person may report for."""
    rows = list(
        TaskProgress.objects.filter(task=task)
        .filter(progress_visible_q(user))
        .select_related("organization", "updated_by")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.order_by("created_at")))
    )
    for row in rows:
        # As of today, like the roll-up beside them (the stored status is as of the last update or night).
        row.status = classify(
            due=task.due,
            recurring=task.is_recurring,
            state=row.state,
            completed_on=row.completed_on,
            on=today,
        )
    children = list(task.children.order_by("position"))
    rolled: rollup.Rolled | None = None
    child_figures: list[tuple[Task, rollup.Rolled]] = []
    if children:
        figures = rollup.plan_rollup(task.plan, on=today)
        rolled = figures.get(task.pk)
        child_figures = [(c, figures[c.pk]) for c in children if c.pk in figures]
    catalog: rollup.CatalogRolled | None = None
    agencies: dict[int, Organization] = {}
    if task.plan.is_catalog:
        catalog = rollup.catalog_rollup(task.plan, on=today, only=[task.pk]).get(task.pk)
        if catalog is not None:
            ids = [a.organization_id for a in catalog.agencies]
            agencies = Organization.objects.in_bulk(ids)
    updatable = updatable_organizations(user, task)
    homes = progress_homes(task, [*[r.organization for r in rows], *[u.organization for u in updatable]])
    for row in rows:
        row.home_tasks = homes.get(row.organization_id, [])  # type: ignore[attr-defined]  # for the template
    return TaskProgressPage(
        task=task,
        lead_rows=[r for r in rows if r.is_lead],
        contributions=[r for r in rows if not r.is_lead],
        targets=list(Target.objects.filter(plan_id=task.plan_id).order_by("position")),
        updatable=updatable,
        rolled=rolled,
        catalog=catalog,
        agencies=agencies,
        children=child_figures,
        homes=homes,
    )


def get_progress_row(task: Task, organization: Organization) -> TaskProgress | None:
    """The organisation's progress row on the task, if it has reported (caller checked the scope)."""
    return TaskProgress.objects.filter(task=task, organization=organization).first()


def get_evidence_for_user(user: AnyUser, pk: int) -> Evidence:
    """An evidence file whose progress row the person may read; 404 otherwise."""
    try:
        return Evidence.objects.filter(progress_visible_q(user, "progress__")).get(pk=pk)
    except Evidence.DoesNotExist:
        raise Http404 from None


# --- my tasks ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MyTaskFilters:
    status: str = ""
    role: str = ""
    organization: int | None = None
    due: str = ""  # "overdue" or "soon"
    include_units: bool = False


@dataclass(frozen=True)
class MyTask:
    """One line of "my tasks": a task, the organisation it is assigned to, and where it stands."""

    task: Task
    organization: Organization
    is_lead: bool
    progress: TaskProgress | None
    status: str
    due_soon: bool

    @property
    def percent(self) -> int:
        return self.progress.percent if self.progress is not None else 0

    @property
    def status_label(self) -> str:
        return str(Status(self.status).label)

    @property
    def is_overdue(self) -> bool:
        return self.status == Status.OVERDUE

    @property
    def is_done(self) -> bool:
        return self.status in DONE_STATUSES

    def sort_key(self) -> tuple[int, datetime.date, int, int]:
        if self.is_overdue:
            rank = 0
        elif self.is_done:
            rank = 5
        elif self.status == Status.RECURRING:
            rank = 4
        elif self.due_soon:
            rank = 1
        elif self.task.due is not None:
            rank = 2
        else:
            rank = 3
        return (rank, self.task.due or datetime.date.max, self.task.plan_id, self.task.position)


def my_organizations(user: AnyUser) -> list[Organization]:
    """The organisations the person belongs to (for the filter)."""
    seen: dict[int, Organization] = {}
    for membership in active_memberships(user):
        seen.setdefault(membership.organization_id, membership.organization)
    return list(seen.values())


def _assigned_q(organizations: list[Organization], *, field: str, include_units: bool) -> Q:
    if not organizations:
        return Q(pk__in=[])
    if include_units:
        return reduce(or_, (Q(**{f"{field}__path__startswith": o.path}) for o in organizations))
    return Q(**{f"{field}_id__in": [o.pk for o in organizations]})


def my_tasks(user: AnyUser, filters: MyTaskFilters, *, today: datetime.date) -> list[MyTask]:
    """Tasks of issued plans assigned to the person's organisations (with their units if asked) or to them
    by name, one line per task and organisation, overdue first, then due soon, then by deadline. Three
    queries whatever the number of tasks."""
    if not user.is_authenticated or not isinstance(user, User):
        return []
    organizations = my_organizations(user)
    if filters.organization is not None:
        organizations = [o for o in organizations if o.pk == filters.organization]
    personal = person_organization(user)
    org_q = _assigned_q(organizations, field="organization", include_units=filters.include_units)
    assignments = (
        Assignment.objects.filter(task__plan__status=Plan.Status.ISSUED, task__is_heading=False)
        .filter(org_q | Q(person=user))
        .select_related("task", "task__plan", "task__plan__owner", "organization")
        .order_by("task__plan_id", "task__position", "role", "pk")
    )
    if filters.role:
        assignments = assignments.filter(role=filters.role)
    progress_q = _assigned_q(organizations, field="organization", include_units=filters.include_units)
    if personal is not None:
        progress_q |= Q(organization=personal, task__assignments__person=user)
    progress = {
        (p.task_id, p.organization_id): p
        for p in TaskProgress.objects.filter(task__plan__status=Plan.Status.ISSUED).filter(progress_q)
    }
    horizon = today + datetime.timedelta(days=due_soon_days())
    lines: dict[tuple[int, int], MyTask] = {}
    for assignment in assignments:
        task = assignment.task
        organization = assignment.organization if assignment.organization is not None else personal
        if organization is None:
            continue
        key = (task.pk, organization.pk)
        is_lead = assignment.role == Assignment.Role.LEAD
        previous = lines.get(key)
        if previous is not None:
            if is_lead and not previous.is_lead:
                lines[key] = MyTask(
                    task, organization, True, previous.progress, previous.status, previous.due_soon
                )
            continue
        row = progress.get(key)
        status, due_soon = _status_today(task, row, today=today, horizon=horizon)
        lines[key] = MyTask(task, organization, is_lead, row, status, due_soon)
    _lead_to_progress_homes(lines, today=today, horizon=horizon)
    result = sorted(lines.values(), key=MyTask.sort_key)
    if filters.status:
        result = [line for line in result if line.status == filters.status]
    if filters.due == "overdue":
        result = [line for line in result if line.is_overdue]
    elif filters.due == "soon":
        result = [line for line in result if line.due_soon]
    return result


def _status_today(
    task: Task, row: TaskProgress | None, *, today: datetime.date, horizon: datetime.date
) -> tuple[str, bool]:
    """A line's status, classified as of today from the reported state (right even before the nightly refresh
    ran), and whether its task falls due by `horizon` and is not done."""
    status = classify(
        due=task.due,
        recurring=task.is_recurring,
        state=row.state if row is not None else TaskProgress.State.NOT_STARTED,
        completed_on=row.completed_on if row is not None else None,
        on=today,
    )
    due_soon = (
        task.due is not None
        and today <= task.due <= horizon
        and not task.is_recurring
        and status not in DONE_STATUSES
    )
    return status, due_soon


def _lead_to_progress_homes(
    lines: dict[tuple[int, int], MyTask], *, today: datetime.date, horizon: datetime.date
) -> None:
    """Replace each line of a catalog task whose organisation's issued plan implements it by that plan's
    tasks, where its progress lives (`progress_homes`): the officer is taken to the one place the report, the
    dashboard and the roll-up read. Two queries, only when there are catalog lines."""
    catalog_lines = [line for line in lines.values() if line.task.plan.is_catalog]
    if not catalog_lines:
        return
    homes = list(
        Task.objects.filter(
            source_task_id__in={line.task.pk for line in catalog_lines},
            plan__owner_id__in={line.organization.pk for line in catalog_lines},
            plan__status__in=rollup.IMPLEMENTING_PLAN_STATUSES,
            is_heading=False,
        )
        .exclude(plan__kind=Plan.Kind.CATALOG)
        .select_related("plan", "plan__owner")
        .order_by("plan_id", "position", "pk")
    )
    if not homes:
        return
    rows: dict[tuple[int, int], TaskProgress] = {}
    for row in TaskProgress.objects.filter(task__in=homes).order_by("-is_lead", "organization__path"):
        rows.setdefault((row.task_id, row.organization_id), row)
        rows.setdefault((row.task_id, 0), row)  # the lead row, when the agency has none of its own
    replaced: dict[tuple[int, int], MyTask] = {}
    for home in homes:
        key = (home.source_task_id or 0, home.plan.owner_id)
        if key in lines:
            replaced[key] = lines.pop(key)
        line = replaced.get(key)
        if line is None or (home.pk, home.plan.owner_id) in lines:
            continue
        found = rows.get((home.pk, home.plan.owner_id)) or rows.get((home.pk, 0))
        status, due_soon = _status_today(home, found, today=today, horizon=horizon)
        lines[(home.pk, home.plan.owner_id)] = MyTask(
            home, home.plan.owner, line.is_lead, found, status, due_soon
        )


@dataclass(frozen=True)
class PlanProgressRow:
    task: Task
    rolled: rollup.Rolled | None
    catalog: rollup.CatalogRolled | None
    behind: list[str]


def plan_progress_rows(plan: Plan, *, today: datetime.date) -> list[PlanProgressRow]:
    """Every task of a plan the person can see (the caller checked) with its roll-up; for a catalog, each task
    across its agencies with the names of those behind. A fixed number of queries."""
    tasks = list(plan.tasks.order_by("position"))
    catalog = rollup.catalog_rollup(plan, on=today) if plan.is_catalog else {}
    figures = rollup.plan_rollup(plan, on=today, catalog=catalog)
    behind_ids = {o for c in catalog.values() for o in c.behind}
    names = dict(Organization.objects.filter(pk__in=behind_ids).values_list("pk", "name"))
    rows = []
    for task in tasks:
        rolled_catalog = catalog.get(task.pk)
        behind = [names.get(o, "") for o in rolled_catalog.behind] if rolled_catalog else []
        rows.append(PlanProgressRow(task, figures.get(task.pk), rolled_catalog, behind))
    return rows
