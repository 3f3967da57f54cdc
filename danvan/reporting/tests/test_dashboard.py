"""Dashboards: summaries, figures, scope for the three users, drill-down, the API twin, flat query counts."""

from __future__ import annotations

import datetime
import itertools
import json
from typing import Any

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from danvan.organizations.models import Organization
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting import summaries
from danvan.reporting.actions import periods as period_actions
from danvan.reporting.models import (
    PeriodSummary,
    PeriodTaskStatus,
    Report,
    ReportingPeriod,
    ReportItem,
    Status,
    TaskProgress,
    combine_statuses,
)
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
_numbers = itertools.count(1)


# --- helpers: rows made through the models (the progress and report actions are another area) -------------


def make_catalog(owner: Organization) -> Plan:
    return Plan.objects.create(
        kind=Plan.Kind.CATALOG, owner=owner, title="Danh mục nhiệm vụ", status=Plan.Status.ISSUED
    )


def make_task(
    catalog: Plan, *, due: datetime.date | None = None, recurring: bool = False, **fields: Any
) -> Task:
    n = next(_numbers)
    return Task.objects.create(
        plan=catalog,
        number=str(n),
        position=n,
        content=f"Nhiệm vụ {n}",
        due=due,
        timeframe_kind=Task.TimeframeKind.CONTINUOUS if recurring else Task.TimeframeKind.BY_DATE,
        timeframe_raw="Thường xuyên" if recurring else "",
        **fields,
    )


def assign(task: Task, organization: Organization, role: str = Assignment.Role.LEAD) -> Assignment:
    return Assignment.objects.create(task=task, organization=organization, role=role)


def progress(
    task: Task, organization: Organization, state: str, *, percent: int = 0, completed_on: Any = None
) -> TaskProgress:
    return TaskProgress.objects.create(
        task=task, organization=organization, state=state, percent=percent, completed_on=completed_on
    )


def make_period(catalog: Plan, *, due: datetime.date, cutoff: datetime.date | None = None) -> ReportingPeriod:
    return ReportingPeriod.objects.create(
        catalog=catalog,
        name=f"Kỳ {due:%m/%Y}",
        start=due - datetime.timedelta(days=90),
        cutoff=cutoff or due - datetime.timedelta(days=5),
        due=due,
    )


@pytest.fixture
def period_data(tree: Any) -> dict[str, Any]:
    """A catalog of three tasks led by the department and the commune, a period running until next month."""
    catalog = make_catalog(tree.province)
    past = make_task(catalog, due=TODAY - datetime.timedelta(days=10))
    later = make_task(catalog, due=TODAY + datetime.timedelta(days=10))
    recurring = make_task(catalog, recurring=True)
    for task in (past, later, recurring):
        assign(task, tree.department)
        assign(task, tree.commune)
    assign(past, tree.other_department, Assignment.Role.COORDINATE)
    progress(
        past,
        tree.department,
        TaskProgress.State.DONE,
        percent=100,
        completed_on=TODAY - datetime.timedelta(days=12),
    )
    progress(later, tree.department, TaskProgress.State.IN_PROGRESS, percent=40)
    progress(later, tree.commune, TaskProgress.State.NOT_STARTED)
    period = make_period(
        catalog, due=TODAY + datetime.timedelta(days=30), cutoff=TODAY + datetime.timedelta(days=25)
    )
    summaries.refresh_period(period)
    return {"catalog": catalog, "period": period, "past": past, "later": later, "recurring": recurring}


# --- summaries ----------------------------------------------------------------------------------------------


def test_refresh_counts_each_agency_in_the_status_vocabulary(period_data: dict[str, Any], tree: Any) -> None:
    period = period_data["period"]
    department = PeriodSummary.objects.get(period=period, organization=tree.department)
    commune = PeriodSummary.objects.get(period=period, organization=tree.commune)
    assert (department.done_on_time, department.in_progress, department.recurring) == (1, 1, 1)
    assert (commune.overdue, commune.not_started, commune.recurring) == (1, 1, 1)
    assert float(department.percent) == pytest.approx(46.7)
    # The coordinating-only agency is expected in the period but leads nothing.
    other = PeriodSummary.objects.get(period=period, organization=tree.other_department)
    assert other.overdue + other.done_on_time + other.in_progress == 0
    assert PeriodTaskStatus.objects.filter(period=period).count() == 6


def test_refresh_summary_recomputes_one_agency_only(period_data: dict[str, Any], tree: Any) -> None:
    period, later = period_data["period"], period_data["later"]
    TaskProgress.objects.filter(task=later, organization=tree.commune).update(
        state=TaskProgress.State.DONE, percent=100, completed_on=TODAY
    )
    department_before = PeriodSummary.objects.get(period=period, organization=tree.department)
    # A unit's change refreshes the agency it belongs to.
    assert summaries.refresh_summary(period, tree.commune) == 1
    commune = PeriodSummary.objects.get(period=period, organization=tree.commune)
    assert (commune.done_on_time, commune.not_started) == (1, 0)
    assert PeriodSummary.objects.get(pk=department_before.pk).updated_at == department_before.updated_at
    assert summaries.refresh_summary(period, tree.unit) == 1  # the department, through its unit


def test_progress_on_an_agency_task_implementing_the_catalog_task_counts(
    period_data: dict[str, Any], tree: Any
) -> None:
    period, later = period_data["period"], period_data["later"]
    plan = Plan.objects.create(
        kind=Plan.Kind.AGENCY_PLAN,
        owner=tree.commune,
        title="Kế hoạch",
        parent=period.catalog,
        status=Plan.Status.ISSUED,  # only issued plans take progress, so only they count
    )
    own = Task.objects.create(plan=plan, number="1", content="Triển khai", source_task=later, due=later.due)
    TaskProgress.objects.filter(task=later, organization=tree.commune).delete()
    progress(own, tree.commune, TaskProgress.State.DONE, percent=100, completed_on=TODAY)
    summaries.refresh_summary(period, tree.commune)
    cell = PeriodTaskStatus.objects.get(period=period, organization=tree.commune, task=later)
    assert (cell.status, cell.percent) == (Status.DONE_ON_TIME, 100)


def test_a_submitted_report_stands_for_the_period_whatever_happens_later(
    period_data: dict[str, Any], tree: Any
) -> None:
    period, past = period_data["period"], period_data["past"]
    report = Report.objects.create(period=period, organization=tree.commune, state=Report.State.SUBMITTED)
    ReportItem.objects.create(
        report=report,
        task=past,
        catalog_task=past,
        content=past.content,
        status=Status.DONE_LATE,
        percent=100,
    )
    summaries.refresh_summary(period, tree.commune)
    assert (
        PeriodTaskStatus.objects.get(period=period, organization=tree.commune, task=past).status
        == Status.DONE_LATE
    )


def test_a_closed_period_is_judged_at_its_cutoff(tree: Any) -> None:
    catalog = make_catalog(tree.province)
    task = make_task(catalog, due=TODAY - datetime.timedelta(days=40))
    assign(task, tree.department)
    progress(
        task,
        tree.department,
        TaskProgress.State.DONE,
        percent=100,
        completed_on=TODAY - datetime.timedelta(days=20),
    )
    period = make_period(
        catalog, due=TODAY - datetime.timedelta(days=25), cutoff=TODAY - datetime.timedelta(days=30)
    )
    summaries.refresh_period(period)
    # Open: judged today, the work reported since the cut-off counts (reports are written after it).
    assert PeriodTaskStatus.objects.get(period=period).status == Status.DONE_LATE
    period_actions.close_period(actor=None, period=period)
    # Done after the cut-off: as of the cut-off it was not done and past its deadline.
    assert PeriodTaskStatus.objects.get(period=period).status == Status.OVERDUE


def test_combine_prefers_overdue_and_mixes_to_in_progress() -> None:
    assert combine_statuses([Status.DONE_ON_TIME, Status.OVERDUE]) == Status.OVERDUE
    assert combine_statuses([Status.DONE_ON_TIME, Status.DONE_LATE]) == Status.DONE_LATE
    assert combine_statuses([Status.DONE_ON_TIME, Status.NOT_STARTED]) == Status.IN_PROGRESS
    assert combine_statuses([Status.RECURRING, Status.NOT_STARTED]) == Status.IN_PROGRESS
    assert combine_statuses([Status.RECURRING, Status.DONE_ON_TIME]) == Status.IN_PROGRESS
    assert combine_statuses([Status.RECURRING, Status.RECURRING]) == Status.RECURRING
    assert combine_statuses([]) == Status.NOT_STARTED


# --- pages and scope --------------------------------------------------------------------------------------


def test_coordinator_sees_every_agency_with_totals_and_report_standing(
    period_data: dict[str, Any], tree: Any, make_user: Any
) -> None:
    period = period_data["period"]
    Report.objects.create(
        period=period, organization=tree.department, state=Report.State.SUBMITTED, is_late=True
    )
    Report.objects.create(period=period, organization=tree.commune, state=Report.State.RETURNED)
    coordinator = make_user(tree.other_department, "coordinator")
    response = client_for(coordinator).get(reverse("reporting:dashboard"), {"period": period.pk})
    assert response.status_code == 200
    figures = response.context["figures"]
    assert figures["agency_count"] == 3
    assert figures["totals"] == {
        "done_on_time": 1,
        "done_late": 0,
        "in_progress": 1,
        "overdue": 1,
        "not_started": 1,
        "recurring": 2,
    }
    assert figures["submission"] == {"submitted": 0, "late": 1, "returned": 1, "not_yet": 1}
    assert [o["organization_id"] for o in figures["overdue"]] == [tree.commune.pk]
    past_row = next(t for t in figures["tasks"] if t["id"] == period_data["past"].pk)
    assert past_row["counts"]["overdue"] == 1 and past_row["counts"]["done_on_time"] == 1
    assert figures["trend"][0]["counts"]["overdue"] == 1
    assert 'id="dashboard-data"' in response.content.decode()


def test_filter_by_kind_keeps_the_communes_only(
    period_data: dict[str, Any], tree: Any, make_user: Any
) -> None:
    coordinator = make_user(tree.other_department, "coordinator")
    response = client_for(coordinator).get(
        reverse("reporting:dashboard"), {"period": period_data["period"].pk, "kind": "commune"}
    )
    figures = response.context["figures"]
    assert [a["id"] for a in figures["agencies"]] == [tree.commune.pk]
    assert sum(t["agencies"] for t in figures["tasks"]) == 3


def test_three_users_see_their_own_subtree_only(
    period_data: dict[str, Any], three_users: Any, tree: Any
) -> None:
    period = period_data["period"]
    url = reverse("reporting:dashboard")
    own = client_for(three_users.own).get(url, {"period": period.pk}).context["figures"]
    parent = client_for(three_users.parent).get(url, {"period": period.pk}).context["figures"]
    unrelated = client_for(three_users.unrelated).get(url, {"period": period.pk}).context["figures"]
    assert [a["id"] for a in own["agencies"]] == [tree.department.pk]
    assert {a["id"] for a in parent["agencies"]} == {
        tree.department.pk,
        tree.commune.pk,
        tree.other_department.pk,
    }
    assert [a["id"] for a in unrelated["agencies"]] == [tree.commune.pk]
    assert own["overdue"] == [] and unrelated["totals"]["overdue"] == 1


def test_drill_down_to_an_agency_answers_404_outside_the_scope(
    period_data: dict[str, Any], three_users: Any, tree: Any
) -> None:
    period = period_data["period"]
    url = reverse("reporting:dashboard-agency", args=[period.pk, tree.department.pk])
    response = client_for(three_users.own).get(url)
    assert response.status_code == 200
    assert [t["status"] for t in response.context["figures"]["tasks"]] == [
        Status.DONE_ON_TIME,
        Status.IN_PROGRESS,
        Status.RECURRING,
    ]
    assert client_for(three_users.parent).get(url).status_code == 200
    assert client_for(three_users.unrelated).get(url).status_code == 404


def test_drill_down_to_a_catalog_task_lists_the_agencies_in_scope(
    period_data: dict[str, Any], three_users: Any, tree: Any
) -> None:
    period, past = period_data["period"], period_data["past"]
    url = reverse("reporting:dashboard-task", args=[period.pk, past.pk])
    parent = client_for(three_users.parent).get(url).context["figures"]
    assert {a["organization_id"]: a["status"] for a in parent["agencies"]} == {
        tree.department.pk: Status.DONE_ON_TIME,
        tree.commune.pk: Status.OVERDUE,
    }
    own = client_for(three_users.own).get(url).context["figures"]
    assert [a["organization_id"] for a in own["agencies"]] == [tree.department.pk]
    unrelated = client_for(three_users.unrelated).get(url).context["figures"]
    assert [a["organization_id"] for a in unrelated["agencies"]] == [tree.commune.pk]
    # A task of another plan is not part of the period.
    other = make_task(make_catalog(tree.province))
    assert (
        client_for(three_users.parent)
        .get(reverse("reporting:dashboard-task", args=[period.pk, other.pk]))
        .status_code
        == 404
    )


def test_a_period_of_another_province_is_a_404(
    period_data: dict[str, Any], tree: Any, make_user: Any
) -> None:
    outsider = make_user(tree.other_province, "coordinator")
    period = period_data["period"]
    client = client_for(outsider)
    assert client.get(reverse("reporting:dashboard"), {"period": period.pk}).status_code == 404
    assert client.get(reverse("reporting:dashboard"), {"period": "x"}).status_code == 404
    assert (
        client.get(reverse("reporting:dashboard-task", args=[period.pk, period_data["past"].pk])).status_code
        == 404
    )
    # Without a period of their own the page says so.
    assert client.get(reverse("reporting:dashboard")).context["period"] is None


def test_my_tasks_lists_due_soon_and_overdue(
    period_data: dict[str, Any], three_users: Any, tree: Any
) -> None:
    url = reverse("reporting:my-tasks")
    commune = list(client_for(three_users.unrelated).get(url).context["page"].object_list)
    assert [line.task.pk for line in commune if line.is_overdue] == [period_data["past"].pk]
    assert [line.task.pk for line in commune if line.due_soon] == [period_data["later"].pk]
    department = client_for(three_users.own).get(url).context
    assert department["counts"]["overdue"] == 0 and department["counts"]["total"] == 3
    assert [line.status for line in department["page"].object_list].count(Status.DONE_ON_TIME) == 1
    # The province officer has no task assigned to the province itself.
    assert client_for(three_users.parent).get(url).context["counts"]["total"] == 0


def test_dashboard_entry_in_the_navigation_for_coordinators_only(tree: Any, make_user: Any) -> None:
    entry = reverse("reporting:dashboard")
    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    officer = client_for(make_user(tree.department, "agency_officer"))
    assert entry in coordinator.get(reverse("core:home")).content.decode()
    assert entry not in officer.get(reverse("core:home")).content.decode()


# --- the API twin -----------------------------------------------------------------------------------------


def test_api_returns_the_figures_of_the_page(period_data: dict[str, Any], tree: Any, make_user: Any) -> None:
    period = period_data["period"]
    Report.objects.create(
        period=period, organization=tree.department, state=Report.State.SUBMITTED, submitted_at=timezone.now()
    )
    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    for params in ({"period": period.pk}, {"period": period.pk, "kind": "department"}):
        page = coordinator.get(reverse("reporting:dashboard"), params).context["figures"]
        api = coordinator.get("/api/v1/dashboard", params)
        assert api.status_code == 200
        assert api.json() == json.loads(json.dumps(page, cls=DjangoJSONEncoder))


def test_api_scope_for_the_three_users(
    period_data: dict[str, Any], three_users: Any, tree: Any, make_user: Any
) -> None:
    period = period_data["period"]
    own = client_for(three_users.own).get("/api/v1/dashboard", {"period": period.pk}).json()
    parent = client_for(three_users.parent).get("/api/v1/dashboard", {"period": period.pk}).json()
    unrelated = client_for(three_users.unrelated).get("/api/v1/dashboard", {"period": period.pk}).json()
    assert [a["id"] for a in own["agencies"]] == [tree.department.pk]
    assert len(parent["agencies"]) == 3
    assert [a["id"] for a in unrelated["agencies"]] == [tree.commune.pk]
    outsider = client_for(make_user(tree.other_province, "agency_officer"))
    assert outsider.get("/api/v1/dashboard", {"period": period.pk}).status_code == 404
    assert Client().get("/api/v1/dashboard", {"period": period.pk}).status_code == 401


# --- flat query counts ------------------------------------------------------------------------------------


def _grow(period: ReportingPeriod, tree: Any, n: int) -> None:
    """Add n communes, each leading every catalog task with some progress, and refresh the period."""
    tasks = list(Task.objects.filter(plan=period.catalog))
    for i in range(n):
        commune = Organization.objects.create(
            name=f"Xã {next(_numbers)}", kind=Organization.Kind.COMMUNE, parent=tree.province
        )
        commune.path = f"{tree.province.path}{commune.pk:010d}/"
        commune.depth = 1
        commune.save(update_fields=["path", "depth"])
        for task in tasks:
            assign(task, commune)
            state = [TaskProgress.State.NOT_STARTED, TaskProgress.State.IN_PROGRESS][i % 2]
            progress(task, commune, state, percent=50 * (i % 2))
        if i % 2:
            Report.objects.create(period=period, organization=commune, state=Report.State.SUBMITTED)
    make_period(period.catalog, due=period.due + datetime.timedelta(days=90 + n))
    for each in ReportingPeriod.objects.filter(catalog=period.catalog):
        summaries.refresh_period(each)


def _count(client: Client, url: str, params: dict[str, Any] | None = None) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params or {}).status_code == 200
    return len(context.captured_queries)


def test_query_counts_do_not_grow_with_the_data(
    period_data: dict[str, Any], tree: Any, make_user: Any
) -> None:
    period, past = period_data["period"], period_data["past"]
    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    officer = client_for(make_user(tree.commune, "agency_officer"))
    pages = [
        (coordinator, reverse("reporting:dashboard"), {"period": period.pk}),
        (coordinator, reverse("reporting:dashboard"), {"period": period.pk, "kind": "commune"}),
        (coordinator, reverse("reporting:dashboard-agency", args=[period.pk, tree.commune.pk]), None),
        (coordinator, reverse("reporting:dashboard-task", args=[period.pk, past.pk]), None),
        (coordinator, "/api/v1/dashboard", {"period": period.pk}),
        (officer, reverse("reporting:my-tasks"), None),
    ]
    before = [_count(client, url, params) for client, url, params in pages]
    _grow(period, tree, 6)
    for task in Task.objects.filter(plan=period.catalog)[:2]:
        assign(task, tree.commune, Assignment.Role.COORDINATE)
    after = [_count(client, url, params) for client, url, params in pages]
    assert after == before
