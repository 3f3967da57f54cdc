"""Progress roll-up: sub-tasks into their parent task, and agency tasks into the catalog task they implement.

The functions at the top are pure: they work on rows already fetched (`TaskRow`, `ProgressRow`) and never touch
the database, so they are cheap to test and to reuse for any day (`on`). `plan_rollup` and `catalog_rollup` at
the bottom fetch what a whole plan or catalog needs in a fixed number of queries and call them.

Rules:
- A task's own figures come from its lead progress rows (usually one); coordinating units' contributions are
  shown beside the lead's and do not change the task's status. A task without a lead row is "not started"
  (or overdue, or recurring) by its deadline.
- A task with sub-tasks takes its percent from them: plain average, or weighted by `Task.weight`, as the plan
  says (`Plan.rollup`); its status from theirs (`models.combine_statuses`, the one rule).
- A catalog task is rolled up across the agencies assigned to it: each agency's figures come from the tasks of
  its approved or issued plans that implement the catalog task (`source_task`), and from progress it reported
  on the catalog task itself. Lead agencies make the percent and the status; every agency assigned (lead or
  coordinating) is listed, and those overdue are listed as behind.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from django.db.models import Q, QuerySet

from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting.models import Status, TaskProgress, classify, combine_statuses


@dataclass(frozen=True)
class TaskRow:
    """What the roll-up needs of a task."""

    id: int
    parent_id: int | None
    due: datetime.date | None
    recurring: bool
    weight: int = 1
    is_heading: bool = False


@dataclass(frozen=True)
class ProgressRow:
    """What the roll-up needs of one progress row."""

    task_id: int
    organization_id: int
    is_lead: bool
    state: str
    percent: int
    completed_on: datetime.date | None


@dataclass(frozen=True)
class Rolled:
    """A task's figures after the roll-up: percent (one decimal), status, and the statuses of its leaves."""

    percent: float
    status: str
    counts: Mapping[str, int] = field(default_factory=dict)
    reported: bool = True  # False when no progress row lies behind the figures

    @property
    def status_label(self) -> str:
        return str(Status(self.status).label)


@dataclass(frozen=True)
class AgencyProgress:
    """One assigned agency's standing on a catalog task."""

    organization_id: int
    is_lead: bool
    percent: float
    status: str
    reported: bool  # False when the agency has no progress at all on the task

    @property
    def status_label(self) -> str:
        return str(Status(self.status).label)


@dataclass(frozen=True)
class CatalogRolled:
    """A catalog task across its agencies."""

    percent: float
    status: str
    counts: Mapping[str, int]
    agencies: Sequence[AgencyProgress]
    behind: Sequence[int]  # organisation ids, overdue or not started past the due date

    @property
    def status_label(self) -> str:
        return str(Status(self.status).label)


def average(values: Sequence[tuple[float, int]], *, weighted: bool) -> float:
    """Plain or weighted average of (percent, weight) pairs, one decimal; weights that sum to 0 fall back to
    the plain average, and no values give 0."""
    if not values:
        return 0.0
    total_weight = sum(w for _p, w in values) if weighted else 0
    if weighted and total_weight > 0:
        return round(sum(p * w for p, w in values) / total_weight, 1)
    return round(sum(p for p, _w in values) / len(values), 1)


def own_figures(task: TaskRow, rows: Sequence[ProgressRow], *, on: datetime.date) -> Rolled:
    """A task's figures from its lead rows alone (no sub-tasks)."""
    leads = [r for r in rows if r.is_lead]
    if not leads:
        status = classify(
            due=task.due,
            recurring=task.recurring,
            state=TaskProgress.State.NOT_STARTED,
            completed_on=None,
            on=on,
        )
        return Rolled(0.0, status, {status: 1}, reported=False)
    statuses = [
        classify(due=task.due, recurring=task.recurring, state=r.state, completed_on=r.completed_on, on=on)
        for r in leads
    ]
    status = combine_statuses(statuses)
    return Rolled(average([(r.percent, 1) for r in leads], weighted=False), status, {status: 1})


def rollup_tree(
    tasks: Sequence[TaskRow],
    progress: Iterable[ProgressRow],
    *,
    weighted: bool,
    on: datetime.date,
    leaves: Mapping[int, Rolled] | None = None,
) -> dict[int, Rolled]:
    """Figures of every task of one plan: leaves from their lead rows (or from `leaves` when given there, as
    catalog tasks are from their agencies), parents from their children."""
    rows_by_task: dict[int, list[ProgressRow]] = defaultdict(list)
    for row in progress:
        rows_by_task[row.task_id].append(row)
    by_id = {t.id: t for t in tasks}
    children: dict[int, list[TaskRow]] = defaultdict(list)
    for t in tasks:
        if t.parent_id is not None and t.parent_id in by_id:
            children[t.parent_id].append(t)
    result: dict[int, Rolled] = {}

    def visit(task: TaskRow) -> Rolled:
        # Iterative callers would be faster, but plans are a few levels deep; recursion reads better.
        done = result.get(task.id)
        if done is not None:
            return done
        kids = children.get(task.id, [])
        if not kids:
            given = leaves.get(task.id) if leaves is not None else None
            rolled = given or own_figures(task, rows_by_task.get(task.id, []), on=on)
        else:
            parts = [(visit(k), k.weight) for k in kids]
            counts: dict[str, int] = defaultdict(int)
            for part, _weight in parts:
                for status, n in part.counts.items():
                    counts[status] += n
            rolled = Rolled(
                average([(p.percent, w) for p, w in parts], weighted=weighted),
                combine_statuses(p.status for p, _w in parts),
                dict(counts),
                reported=any(p.reported for p, _w in parts),
            )
        result[task.id] = rolled
        return rolled

    for t in tasks:
        visit(t)
    return result


def rollup_catalog_task(
    task: TaskRow,
    assigned: Sequence[tuple[int, bool]],
    contributions: Mapping[int, Sequence[Rolled]],
    *,
    on: datetime.date,
) -> CatalogRolled:
    """One catalog task across its agencies.

    `assigned` holds (organisation id, is lead) for each agency assigned; `contributions` maps an organisation
    to the figures of what it reported (its implementing tasks, already rolled up, and its own progress on the
    catalog task). An agency that reported nothing stands at 0% with the status its deadline gives.
    """
    agencies: list[AgencyProgress] = []
    seen: set[int] = set()
    for organization_id, is_lead in assigned:
        if organization_id in seen:
            continue
        seen.add(organization_id)
        parts = contributions.get(organization_id, ())
        if parts:
            percent = average([(p.percent, 1) for p in parts], weighted=False)
            status = combine_statuses(p.status for p in parts)
        else:
            percent = 0.0
            status = own_figures(task, (), on=on).status
        reported = any(p.reported for p in parts)
        agencies.append(AgencyProgress(organization_id, is_lead, percent, status, reported))
    counted = [a for a in agencies if a.is_lead] or agencies
    counts: dict[str, int] = defaultdict(int)
    for a in counted:
        counts[a.status] += 1
    return CatalogRolled(
        percent=average([(a.percent, 1) for a in counted], weighted=False),
        status=combine_statuses(a.status for a in counted)
        if counted
        else own_figures(task, (), on=on).status,
        counts=dict(counts),
        agencies=agencies,
        behind=[a.organization_id for a in agencies if a.status == Status.OVERDUE],
    )


# --- the same over the database, in a fixed number of queries ---------------------------------------------

# Only tasks of issued plans take progress (`queries.progress.updatable_organizations`), so only they count.
IMPLEMENTING_PLAN_STATUSES = (Plan.Status.ISSUED,)


def _task_rows(tasks: QuerySet[Task]) -> list[TaskRow]:
    return [
        TaskRow(pk, parent_id, due, kind == Task.TimeframeKind.CONTINUOUS, weight, heading)
        for pk, parent_id, due, kind, weight, heading in tasks.values_list(
            "pk", "parent_id", "due", "timeframe_kind", "weight", "is_heading"
        )
    ]


def _progress_rows(rows: QuerySet[TaskProgress]) -> list[ProgressRow]:
    return [
        ProgressRow(*values)
        for values in rows.values_list(
            "task_id", "organization_id", "is_lead", "state", "percent", "completed_on"
        )
    ]


def plan_rollup(
    plan: Plan, *, on: datetime.date, catalog: Mapping[int, CatalogRolled] | None = None
) -> dict[int, Rolled]:
    """Figures of every task of the plan as of `on`, in a fixed number of queries (two; eight for a catalog,
    whose tasks stand where their agencies stand — pass `catalog` when already computed). The caller has
    checked the plan's scope."""
    tasks = _task_rows(Task.objects.filter(plan=plan))
    progress = _progress_rows(TaskProgress.objects.filter(task__plan=plan))
    leaves: dict[int, Rolled] | None = None
    if plan.is_catalog:
        across = catalog if catalog is not None else catalog_rollup(plan, on=on)
        leaves = {
            pk: Rolled(c.percent, c.status, c.counts, reported=any(a.reported for a in c.agencies))
            for pk, c in across.items()
        }
    weighted = plan.rollup == Plan.Rollup.WEIGHTED
    return rollup_tree(tasks, progress, weighted=weighted, on=on, leaves=leaves)


@dataclass(frozen=True)
class Piece:
    """One piece of an agency's work on a catalog task, with its figures as of the day asked.

    Where an agency's progress on a catalog task lives (the one place every page, export and API reads):
    the tasks of its issued plans that implement the catalog task (`Task.source_task`), each rolled up in its
    own plan; when it has none, its own row on the catalog task itself (a piece that was never reported
    stands at 0 % with the status its deadline gives). Progress is entered only on tasks of issued plans, so
    those are the only plans counted; and once an agency's issued plan implements a catalog task, its
    progress is entered there, not on the catalog task (`reporting.actions.progress.progress_home`).
    """

    task_id: int  # the agency's plan task, or the catalog task itself
    catalog_task_id: int
    organization_id: int
    rolled: Rolled


@dataclass
class CatalogWork:
    """A catalog's tasks, the agencies assigned to each, and every agency's pieces of work on each."""

    rows: list[TaskRow]
    assigned: dict[int, list[tuple[int, bool]]]  # catalog task → (organisation, is lead), leads first
    pieces: dict[int, dict[int, list[Piece]]]  # catalog task → organisation → pieces, in printed order


def implementing_tasks(catalog: Plan | int) -> QuerySet[Task]:
    """Tasks of the agencies' issued plans that implement a task of the catalog (the only ones that can carry
    progress, hence the only ones counted)."""
    return Task.objects.filter(
        source_task__plan=catalog, plan__status__in=IMPLEMENTING_PLAN_STATUSES, is_heading=False
    ).exclude(plan=catalog)


def catalog_work(
    catalog: Plan,
    *,
    on: datetime.date,
    only: Collection[int] | None = None,
    agencies: Collection[int] | None = None,
) -> CatalogWork:
    """Every agency's pieces of work on the catalog's tasks (or those in `only`; of the organisations in
    `agencies` only, when given) as of `on`, in six queries whatever the number of agencies and tasks."""
    catalog_tasks = Task.objects.filter(plan=catalog, is_heading=False)
    if only is not None:
        catalog_tasks = catalog_tasks.filter(pk__in=list(only))
    rows = _task_rows(catalog_tasks)
    by_id = {t.id: t for t in rows}
    assignments = Assignment.objects.filter(task__in=catalog_tasks, organization__isnull=False)
    implementing = implementing_tasks(catalog).filter(source_task__in=catalog_tasks)
    direct_rows = TaskProgress.objects.filter(task__in=catalog_tasks)
    if agencies is not None:
        assignments = assignments.filter(organization_id__in=list(agencies))
        implementing = implementing.filter(plan__owner_id__in=list(agencies))
        direct_rows = direct_rows.filter(organization_id__in=list(agencies))
    assigned: dict[int, list[tuple[int, bool]]] = defaultdict(list)
    for task_id, organization_id, role in assignments.order_by(
        "task_id", "-role", "position", "pk"
    ).values_list("task_id", "organization_id", "role"):  # lead before coordinate
        assigned[task_id].append((organization_id, role == Assignment.Role.LEAD))
    for organization_list in assigned.values():
        # An agency both leading and coordinating counts as lead.
        leads = {o for o, lead in organization_list if lead}
        organization_list[:] = [(o, lead or o in leads) for o, lead in organization_list]

    links = list(
        implementing.order_by("plan_id", "position", "pk").values_list(
            "pk", "source_task_id", "plan_id", "plan__owner_id"
        )
    )
    plan_ids = {plan_id for _pk, _src, plan_id, _owner in links}
    methods = dict(Plan.objects.filter(pk__in=plan_ids).values_list("pk", "rollup"))
    plan_tasks: dict[int, list[TaskRow]] = defaultdict(list)
    task_plan: dict[int, int] = {}
    for pk, plan_id, parent_id, due, kind, weight, heading in Task.objects.filter(
        plan_id__in=plan_ids
    ).values_list("pk", "plan_id", "parent_id", "due", "timeframe_kind", "weight", "is_heading"):
        plan_tasks[plan_id].append(
            TaskRow(pk, parent_id, due, kind == Task.TimeframeKind.CONTINUOUS, weight, heading)
        )
        task_plan[pk] = plan_id
    plan_progress: dict[int, list[ProgressRow]] = defaultdict(list)
    direct: dict[tuple[int, int], list[ProgressRow]] = defaultdict(list)
    progress = TaskProgress.objects.filter(Q(task__plan_id__in=plan_ids) | Q(pk__in=direct_rows.values("pk")))
    for row in _progress_rows(progress):
        if row.task_id in by_id:
            direct[(row.task_id, row.organization_id)].append(row)
        elif row.task_id in task_plan:
            plan_progress[task_plan[row.task_id]].append(row)
    rolled: dict[int, Rolled] = {}
    for plan_id, tasks in plan_tasks.items():
        weighted = methods.get(plan_id) == Plan.Rollup.WEIGHTED
        rolled.update(rollup_tree(tasks, plan_progress[plan_id], weighted=weighted, on=on))

    pieces: dict[int, dict[int, list[Piece]]] = defaultdict(lambda: defaultdict(list))
    for pk, source_id, _plan_id, owner_id in links:
        if pk in rolled:
            pieces[source_id][owner_id].append(Piece(pk, source_id, owner_id, rolled[pk]))
    for task in rows:
        agencies_of_task = pieces[task.id]
        for organization_id in {o for o, _lead in assigned[task.id]} | {
            o for _t, o in direct if _t == task.id
        }:
            if agencies_of_task.get(organization_id):
                continue  # its issued plan implements the task: that is where its progress lives
            rows_here = direct.get((task.id, organization_id), [])
            # A row on the catalog task is the organisation's own (lead or coordinating contribution alike).
            figures = own_figures(task, [replace(r, is_lead=True) for r in rows_here], on=on)
            agencies_of_task[organization_id].append(Piece(task.id, task.id, organization_id, figures))
    return CatalogWork(rows=rows, assigned=dict(assigned), pieces=pieces)


def catalog_rollup(
    catalog: Plan,
    *,
    on: datetime.date,
    only: Collection[int] | None = None,
    agencies: Collection[int] | None = None,
) -> dict[int, CatalogRolled]:
    """Every catalog task (or those in `only`) across its agencies (or those in `agencies`) as of `on`, from
    their pieces of work (`catalog_work`), in six queries whatever the number of agencies and tasks. The
    caller has checked the catalog's scope."""
    work = catalog_work(catalog, on=on, only=only, agencies=agencies)
    return {
        task.id: rollup_catalog_task(
            task,
            work.assigned.get(task.id, []),
            {org: [p.rolled for p in parts] for org, parts in work.pieces.get(task.id, {}).items()},
            on=on,
        )
        for task in work.rows
    }
