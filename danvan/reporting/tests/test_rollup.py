"""Roll-up: sub-tasks into their parent (plain and weighted), catalog tasks across agencies with who is behind,
recurring work never overdue, and a fixed number of queries for a whole plan or catalog."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting.models import Status, TaskProgress, combine_statuses
from danvan.reporting.rollup import (
    ProgressRow,
    Rolled,
    TaskRow,
    average,
    catalog_rollup,
    plan_rollup,
    rollup_catalog_task,
    rollup_tree,
)
from danvan.reporting.tests.test_progress import World, build_world

DUE = datetime.date(2025, 9, 30)
BEFORE, AFTER = datetime.date(2025, 9, 1), datetime.date(2025, 10, 15)
DONE, DOING = TaskProgress.State.DONE, TaskProgress.State.IN_PROGRESS


def row(task_id: int, percent: int, state: str = DOING, *, lead: bool = True, org: int = 1) -> ProgressRow:
    completed = BEFORE if state == DONE else None
    return ProgressRow(task_id, org, lead, state, percent, completed)


# --- pure functions ---------------------------------------------------------------------------------------

TREE = [
    TaskRow(1, None, DUE, False),
    TaskRow(2, 1, DUE, False, weight=1),
    TaskRow(3, 1, DUE, False, weight=3),
]


def test_plain_rollup_averages_the_children() -> None:
    figures = rollup_tree(TREE, [row(2, 100, DONE), row(3, 20)], weighted=False, on=BEFORE)
    assert figures[1].percent == 60.0
    assert figures[1].status == Status.IN_PROGRESS
    assert figures[1].counts == {Status.DONE_ON_TIME: 1, Status.IN_PROGRESS: 1}


def test_weighted_rollup_uses_the_task_weights() -> None:
    figures = rollup_tree(TREE, [row(2, 100, DONE), row(3, 20)], weighted=True, on=BEFORE)
    assert figures[1].percent == 40.0  # (100×1 + 20×3) / 4


def test_weights_summing_to_zero_fall_back_to_the_plain_average() -> None:
    assert average([(100, 0), (0, 0)], weighted=True) == 50.0
    assert average([], weighted=True) == 0.0


def test_rollup_goes_through_several_levels_and_a_parents_own_row_is_not_used() -> None:
    tasks = [*TREE, TaskRow(4, 3, DUE, False), TaskRow(5, 3, DUE, False)]
    figures = rollup_tree(
        tasks, [row(1, 5), row(2, 100, DONE), row(3, 99), row(4, 50), row(5, 0)], weighted=False, on=BEFORE
    )
    assert figures[3].percent == 25.0
    assert figures[1].percent == 62.5


def test_coordinating_contributions_do_not_move_the_lead_figures() -> None:
    figures = rollup_tree(
        [TaskRow(1, None, DUE, False)], [row(1, 30), row(1, 90, lead=False, org=2)], weighted=False, on=BEFORE
    )
    assert figures[1].percent == 30.0


def test_a_parent_is_done_late_when_one_child_was_late_and_overdue_when_one_is() -> None:
    late = ProgressRow(3, 1, True, DONE, 100, AFTER)
    figures = rollup_tree(TREE, [row(2, 100, DONE), late], weighted=False, on=AFTER)
    assert figures[1].status == Status.DONE_LATE
    figures = rollup_tree(TREE, [row(2, 100, DONE), row(3, 50)], weighted=False, on=AFTER)
    assert figures[3].status == Status.OVERDUE and figures[1].status == Status.OVERDUE


def test_recurring_tasks_are_never_overdue_alone_or_rolled_up() -> None:
    far = datetime.date(2030, 1, 1)
    tasks = [TaskRow(1, None, None, False), TaskRow(2, 1, None, True), TaskRow(3, 1, DUE, True)]
    figures = rollup_tree(tasks, [], weighted=False, on=far)
    assert figures[2].status == figures[3].status == figures[1].status == Status.RECURRING
    assert combine_statuses([Status.RECURRING, Status.NOT_STARTED]) == Status.IN_PROGRESS
    catalog = rollup_catalog_task(TaskRow(9, None, DUE, True), [(1, True), (2, True)], {}, on=far)
    assert catalog.behind == [] and catalog.status == Status.RECURRING


def test_catalog_task_across_agencies_names_who_is_behind() -> None:
    task = TaskRow(9, None, DUE, False)
    contributions = {
        10: [Rolled(100.0, Status.DONE_ON_TIME)],
        11: [Rolled(40.0, Status.OVERDUE), Rolled(80.0, Status.IN_PROGRESS)],
        13: [Rolled(70.0, Status.OVERDUE)],
    }
    assigned = [(10, True), (11, True), (12, True), (13, False)]
    result = rollup_catalog_task(task, assigned, contributions, on=AFTER)
    by_org = {a.organization_id: a for a in result.agencies}
    assert by_org[11].percent == 60.0 and by_org[11].status == Status.OVERDUE
    assert by_org[12].reported is False and by_org[12].status == Status.OVERDUE  # not started past due
    assert result.percent == round((100 + 60 + 0) / 3, 1)  # lead agencies make the figures
    assert result.counts == {Status.DONE_ON_TIME: 1, Status.OVERDUE: 2}
    assert result.behind == [11, 12, 13]  # every agency behind is listed, coordinating ones too
    before = rollup_catalog_task(task, assigned, {}, on=BEFORE)
    assert before.behind == [] and before.status == Status.NOT_STARTED


# --- over the database ------------------------------------------------------------------------------------


@pytest.fixture
def world(tree: Any) -> World:
    return build_world(tree, timezone.localdate())


def report(task: Task, organization: Any, state: str, percent: int, completed_on: Any = None) -> None:
    TaskProgress.objects.create(
        task=task, organization=organization, state=state, percent=percent, completed_on=completed_on
    )


@pytest.mark.django_db
def test_plan_rollup_follows_the_plans_choice_of_average(world: World, tree: Any) -> None:
    report(world.p1a, tree.unit, DONE, 100, world.today)
    report(world.p1b, tree.unit, DOING, 20)
    assert plan_rollup(world.plan, on=world.today)[world.p1.pk].percent == 60.0
    Plan.objects.filter(pk=world.plan.pk).update(rollup=Plan.Rollup.WEIGHTED)
    world.plan.refresh_from_db()
    assert plan_rollup(world.plan, on=world.today)[world.p1.pk].percent == 40.0


@pytest.mark.django_db
def test_catalog_rollup_across_the_department_and_the_commune(world: World, tree: Any) -> None:
    report(world.p1a, tree.unit, DONE, 100, world.today)
    report(world.p1b, tree.unit, DOING, 20)
    report(world.c1, tree.other_department, DOING, 50)  # the coordinating department reports on the catalog
    figures = catalog_rollup(world.catalog, on=world.today)
    c1 = figures[world.c1.pk]
    by_org = {a.organization_id: a for a in c1.agencies}
    assert by_org[tree.department.pk].percent == 60.0
    assert by_org[tree.commune.pk].percent == 0.0 and not by_org[tree.commune.pk].reported
    assert (
        by_org[tree.other_department.pk].is_lead is False and by_org[tree.other_department.pk].percent == 50
    )
    assert c1.percent == 30.0 and c1.behind == []
    assert figures[world.c3.pk].behind == [tree.department.pk]  # past due, nothing reported
    assert figures[world.c2.pk].behind == []  # recurring

    later = catalog_rollup(world.catalog, on=world.today + datetime.timedelta(days=60))
    assert set(later[world.c1.pk].behind) == {tree.department.pk, tree.commune.pk, tree.other_department.pk}
    assert later[world.c2.pk].behind == []
    heading = plan_rollup(world.catalog, on=world.today)[world.heading.pk]
    assert heading.percent == round((30.0 + 0.0 + 0.0) / 3, 1)


@pytest.mark.django_db
def test_draft_plans_do_not_count_for_the_catalog(world: World, tree: Any) -> None:
    report(world.q1, tree.commune, DOING, 80)
    agencies = catalog_rollup(world.catalog, on=world.today)[world.c1.pk].agencies
    assert [a.is_lead for a in agencies] == [True, True, False]  # leads first
    assert {a.organization_id: a for a in agencies}[tree.commune.pk].percent == 80.0
    Plan.objects.filter(pk=world.commune_plan.pk).update(status=Plan.Status.DRAFT)
    by_org = {
        a.organization_id: a for a in catalog_rollup(world.catalog, on=world.today)[world.c1.pk].agencies
    }
    assert by_org[tree.commune.pk].percent == 0.0


@pytest.mark.django_db
def test_rollup_queries_do_not_grow_with_agencies_and_tasks(
    world: World, tree: Any, make_organization: Any
) -> None:
    def counts() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as plan_queries:
            plan_rollup(world.plan, on=world.today)
        with CaptureQueriesContext(connection) as catalog_queries:
            catalog_rollup(world.catalog, on=world.today)
        return len(plan_queries), len(catalog_queries)

    before = counts()
    for n in range(20):
        agency = make_organization(name=f"Xã thử {n}", kind="commune", parent=tree.province)
        Assignment.objects.create(task=world.c1, role=Assignment.Role.LEAD, organization=agency)
        plan = Plan.objects.create(
            kind=Plan.Kind.AGENCY_PLAN,
            owner=agency,
            title="KH",
            status=Plan.Status.ISSUED,
            parent=world.catalog,
        )
        parent = Task.objects.create(
            plan=plan, number="1", content="x", source_task=world.c1, due=world.today
        )
        for k in range(3):
            child = Task.objects.create(
                plan=plan, number=f"1.{k}", content="y", parent=parent, position=k + 1
            )
            report(child, agency, DOING, 10 * k)
        Task.objects.create(plan=world.plan, number=f"9.{n}", content="z", parent=world.p1, position=100 + n)
    assert counts() == before
    assert len(catalog_rollup(world.catalog, on=world.today)[world.c1.pk].agencies) == 23
