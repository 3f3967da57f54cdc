"""Agency reports: assembly from progress, the snapshot that never changes once submitted, the workflow,
locking after the period closes, the pages for the three users, and the DOCX/XLSX read back."""

from __future__ import annotations

import datetime
import io
from typing import Any

import docx
import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from danvan.core.models import AuditEvent
from danvan.organizations.models import Organization
from danvan.plans.models import Plan, Task
from danvan.plans.tests import conftest as plan_fixtures
from danvan.reporting.actions import periods as period_actions
from danvan.reporting.actions import reports as actions
from danvan.reporting.models import Report, ReportingPeriod, Status, TaskProgress, printed_label
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

# The plans app's fixtures (a published catalog and Sở Công Thương's plan under it), for these tests too.
catalog = plan_fixtures.catalog
published_catalog = plan_fixtures.published_catalog
draft_agency_plan = plan_fixtures.agency_plan


@pytest.fixture
def agency_plan(draft_agency_plan: Plan) -> Plan:
    """Sở Công Thương's plan, issued: only the tasks of issued plans take progress, so only they are reported."""
    Plan.objects.filter(pk=draft_agency_plan.pk).update(status=Plan.Status.ISSUED)
    draft_agency_plan.refresh_from_db()
    return draft_agency_plan


DAY = datetime.timedelta(days=1)


# --- helpers shared by the reporting tests ----------------------------------------------------------------


def make_period(catalog: Plan, *, due_in: int = 10, name: str = "Báo cáo kết quả lần 1") -> ReportingPeriod:
    """A period by hand, due `due_in` days from today (negative: already past)."""
    today = timezone.localdate()
    due = today + datetime.timedelta(days=due_in)
    return period_actions.create_period(
        actor=None, catalog=catalog, name=name, start=due - 90 * DAY, cutoff=due - 5 * DAY, due=due
    )


def set_progress(
    task: Task,
    organization: Organization,
    *,
    state: str = TaskProgress.State.IN_PROGRESS,
    percent: int = 50,
    result: str = "",
    completed_on: datetime.date | None = None,
) -> TaskProgress:
    """Progress written through the model (the progress actions are another area's)."""
    progress, _created = TaskProgress.objects.update_or_create(
        task=task,
        organization=organization,
        defaults={"state": state, "percent": percent, "result": result, "completed_on": completed_on},
    )
    return progress


def plan_task(plan: Plan, number: str) -> Task:
    return plan.tasks.get(source_task__number=number, is_heading=False)


def submitted_report(period: ReportingPeriod, organization: Organization, leader: Any = None) -> Report:
    report = actions.assemble_report(actor=None, period=period, organization=organization)
    actions.approve_report(actor=leader, report=report)
    return actions.submit_report(actor=None, report=report)


# --- assembly ---------------------------------------------------------------------------------------------


def test_report_holds_the_agency_plan_tasks_linked_to_their_catalog_tasks(
    agency_plan: Plan, tree: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    items = list(report.items.select_related("task", "catalog_task"))
    expected = set(
        agency_plan.tasks.filter(is_heading=False, source_task__isnull=False).values_list("pk", flat=True)
    )
    assert {item.task_id for item in items} == expected and expected
    for item in items:
        assert item.task.plan_id == agency_plan.pk
        assert item.catalog_task_id == item.task.source_task_id
        assert item.catalog_task is not None and item.number == item.catalog_task.number


def test_an_agency_without_a_plan_reports_on_the_catalog_tasks_assigned_to_it(
    published_catalog: Plan, tree: Any
) -> None:
    period = make_period(published_catalog)
    report = actions.assemble_report(actor=None, period=period, organization=tree.commune)
    items = list(report.items.all())
    # The commune is a member of "Ủy ban nhân dân cấp xã", lead of 1.1 only.
    assert [(i.number, i.task_id == i.catalog_task_id) for i in items] == [("1.1", True)]
    assert items[0].status == Status.RECURRING


def test_the_snapshot_copies_progress_and_classifies_the_status(agency_plan: Plan, tree: Any) -> None:
    today = timezone.localdate()
    task_13 = plan_task(agency_plan, "1.3")
    task_12 = plan_task(agency_plan, "1.2")
    set_progress(
        task_13,
        tree.department,
        state="done",
        percent=100,
        result="Đã ký kết 3 thỏa thuận",
        completed_on=today,
    )
    set_progress(task_12, tree.department, state="in_progress", percent=40, result="Đang tổng hợp")
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    items = {item.number: item for item in report.items.all()}
    assert items["1.3"].percent == 100 and items["1.3"].result == "Đã ký kết 3 thỏa thuận"
    # Due 31/12/2025, done today (2026 or later): done late. 1.2 was due 15/11/2025 and is not done: overdue.
    assert items["1.3"].status == (
        Status.DONE_LATE if today > datetime.date(2025, 12, 31) else Status.DONE_ON_TIME
    )
    assert items["1.2"].status == (
        Status.OVERDUE if today > datetime.date(2025, 11, 15) else Status.IN_PROGRESS
    )
    assert items["1.1"].status == Status.RECURRING and items["1.1"].percent == 0
    assert report.snapshot_at is not None and report.version == 1


def test_a_submitted_report_never_changes_when_progress_changes_later(agency_plan: Plan, tree: Any) -> None:
    task = plan_task(agency_plan, "1.3")
    set_progress(task, tree.department, percent=30, result="Bước đầu")
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = submitted_report(period, tree.department)
    before = list(report.items.values("task_id", "status", "percent", "result"))

    set_progress(
        task,
        tree.department,
        state="done",
        percent=100,
        result="Hoàn thành",
        completed_on=timezone.localdate(),
    )
    with pytest.raises(period_actions.TransitionError):
        actions.assemble_report(actor=None, period=period, organization=tree.department)
    report.refresh_from_db()
    assert list(report.items.values("task_id", "status", "percent", "result")) == before
    assert report.version == 1 and report.state == Report.State.SUBMITTED
    item = report.items.get(task=task)
    assert (item.percent, item.result) == (30, "Bước đầu")


def test_reassembly_of_a_draft_bumps_the_version_and_takes_the_new_progress(
    agency_plan: Plan, tree: Any
) -> None:
    task = plan_task(agency_plan, "1.3")
    set_progress(task, tree.department, percent=30)
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    set_progress(task, tree.department, percent=70)
    again = actions.assemble_report(actor=None, period=period, organization=tree.department)
    assert again.pk == report.pk and again.version == 2
    assert again.items.get(task=task).percent == 70
    assert again.history.count() >= 2  # the row history keeps every version
    assert AuditEvent.objects.filter(target_id=str(report.pk), details__assembled=True).count() == 2


# --- workflow ---------------------------------------------------------------------------------------------


def test_the_leader_approves_the_officer_submits_and_the_coordinator_accepts(
    agency_plan: Plan, tree: Any, make_user: Any
) -> None:
    coordinator = make_user(tree.other_department, "coordinator")
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    with pytest.raises(period_actions.TransitionError):
        actions.submit_report(actor=None, report=report)  # the leader has not approved yet
    actions.approve_report(actor=None, report=report)
    actions.submit_report(actor=None, report=report)
    report.refresh_from_db()
    assert report.state == Report.State.SUBMITTED and not report.is_late and report.submitted_at is not None
    assert coordinator.notifications.filter(url=report.get_absolute_url()).exists()
    actions.accept_report(actor=coordinator, report=report)
    assert Report.objects.get(pk=report.pk).state == Report.State.ACCEPTED


def test_a_returned_report_is_edited_reassembled_and_sent_again(agency_plan: Plan, tree: Any) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = submitted_report(period, tree.department)
    with pytest.raises(ValidationError):
        actions.return_report(actor=None, report=report, comment="  ")
    actions.return_report(actor=None, report=report, comment="Bổ sung số liệu nhiệm vụ 1.3")
    report.refresh_from_db()
    assert report.state == Report.State.RETURNED and report.return_comment == "Bổ sung số liệu nhiệm vụ 1.3"
    actions.update_report(
        actor=None, report=report, changes={"results": "Đã bổ sung"}, version=report.version
    )
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    assert report.version == 2
    with pytest.raises(actions.StaleVersion):
        actions.update_report(actor=None, report=report, changes={"results": "cũ"}, version=1)
    actions.approve_report(actor=None, report=report)
    actions.submit_report(actor=None, report=report)
    report.refresh_from_db()
    assert report.state == Report.State.SUBMITTED and report.results == "Đã bổ sung"


def test_a_report_sent_after_the_due_date_is_marked_late(agency_plan: Plan, tree: Any) -> None:
    period = make_period(agency_plan.parent, due_in=-1)  # type: ignore[arg-type]
    report = submitted_report(period, tree.department)
    assert report.is_late
    on_time = make_period(agency_plan.parent, due_in=0, name="Báo cáo hôm nay")  # type: ignore[arg-type]
    assert not submitted_report(on_time, tree.department).is_late


def test_after_closing_reports_are_locked_but_late_submissions_are_received(
    agency_plan: Plan, tree: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    draft = actions.assemble_report(actor=None, period=period, organization=tree.department)
    submitted = submitted_report(period, tree.other_department)
    period_actions.close_period(actor=None, period=period)
    for step in (
        lambda: actions.update_report(actor=None, report=draft, changes={"results": "x"}),
        lambda: actions.approve_report(actor=None, report=draft),
        lambda: actions.assemble_report(actor=None, period=period, organization=tree.department),
        lambda: actions.return_report(actor=None, report=submitted, comment="Bổ sung"),
    ):
        with pytest.raises(period_actions.TransitionError):
            step()
    # A late submission is still received, as it stands; the coordinator may still accept.
    late = actions.submit_report(actor=None, report=draft)
    assert late.state == Report.State.SUBMITTED
    actions.accept_report(actor=None, report=submitted)
    # An agency that had no report may still assemble one to send.
    assert actions.assemble_report(actor=None, period=period, organization=tree.commune).version == 1


def test_a_late_submission_after_the_due_date_and_closing_is_marked_late(
    agency_plan: Plan, tree: Any
) -> None:
    period = make_period(agency_plan.parent, due_in=-3)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    period_actions.close_period(actor=None, period=period)
    assert actions.submit_report(actor=None, report=report).is_late


# --- pages ------------------------------------------------------------------------------------------------


def report_urls(report: Report) -> list[str]:
    return [
        report.get_absolute_url(),
        reverse("reporting:report-history", args=[report.pk]),
        reverse("reporting:report-export", args=[report.pk, "docx"]),
        reverse("reporting:report-export", args=[report.pk, "xlsx"]),
    ]


def test_own_and_parent_officers_read_the_report_and_the_unrelated_one_gets_404(
    agency_plan: Plan, tree: Any, three_users: Any, make_user: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    coordinator = make_user(tree.other_department, "coordinator")
    for url in report_urls(report):
        assert client_for(three_users.own).get(url).status_code == 200, url
        assert client_for(three_users.parent).get(url).status_code == 200, url
        assert client_for(coordinator).get(url).status_code == 200, url
        assert client_for(three_users.unrelated).get(url).status_code == 404, url
    for name in (
        "report-edit",
        "report-assemble",
        "report-approve",
        "report-submit",
        "report-accept",
        "report-return",
    ):
        url = reverse(f"reporting:{name}", args=[report.pk])
        assert client_for(three_users.unrelated).post(url).status_code == 404, name


def test_the_officer_assembles_and_edits_the_leader_approves_on_the_pages(
    agency_plan: Plan, tree: Any, three_users: Any, make_user: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    officer = client_for(three_users.own)
    detail = officer.get(period.get_absolute_url()).content.decode()
    assert reverse("reporting:report-create", args=[period.pk]) in detail
    response = officer.post(
        reverse("reporting:report-create", args=[period.pk]), {"organization": tree.department.pk}
    )
    report = Report.objects.get(period=period, organization=tree.department)
    assert response.headers["Location"] == report.get_absolute_url()
    officer.post(
        reverse("reporting:report-edit", args=[report.pk]),
        {
            "results": "Kết quả nổi bật",
            "limitations": "",
            "lessons": "",
            "directions": "",
            "proposals": "Đề nghị",
            "version": 1,
        },
    )
    report.refresh_from_db()
    assert report.results == "Kết quả nổi bật" and report.proposals == "Đề nghị"
    # The officer is not the leader: 403; the leader approves.
    assert officer.post(reverse("reporting:report-approve", args=[report.pk])).status_code == 403
    leader = client_for(make_user(tree.department, "leader"))
    leader.post(reverse("reporting:report-approve", args=[report.pk]))
    assert Report.objects.get(pk=report.pk).state == Report.State.APPROVED
    officer.post(reverse("reporting:report-submit", args=[report.pk]))
    assert Report.objects.get(pk=report.pk).state == Report.State.SUBMITTED
    # Only the coordinator accepts or returns.
    assert officer.post(reverse("reporting:report-accept", args=[report.pk])).status_code == 403


def test_the_coordinator_returns_a_report_with_comments_on_the_page(
    agency_plan: Plan, tree: Any, make_user: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = submitted_report(period, tree.department)
    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    html = coordinator.get(report.get_absolute_url()).content.decode()
    assert reverse("reporting:report-return", args=[report.pk]) in html
    coordinator.post(reverse("reporting:report-return", args=[report.pk]), {"comment": "Thiếu số liệu"})
    report.refresh_from_db()
    assert report.state == Report.State.RETURNED and report.return_comment == "Thiếu số liệu"


def test_the_observer_reads_reports_but_cannot_change_them(
    agency_plan: Plan, tree: Any, make_user: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    observer = client_for(make_user(tree.other_department, "observer"))
    assert observer.get(report.get_absolute_url()).status_code == 200
    assert observer.post(reverse("reporting:report-assemble", args=[report.pk])).status_code == 403
    assert observer.post(reverse("reporting:report-submit", args=[report.pk])).status_code == 403


# --- files ------------------------------------------------------------------------------------------------


def test_the_report_docx_follows_the_decree_layout_and_lists_every_item(agency_plan: Plan, tree: Any) -> None:
    set_progress(
        plan_task(agency_plan, "1.3"), tree.department, percent=60, result="Đã làm việc với 2 đối tác"
    )
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    actions.update_report(
        actor=None,
        report=report,
        changes={"results": "Triển khai nghiêm túc.", "proposals": "Bổ sung kinh phí."},
    )
    client = client_for(_officer(tree))
    response = client.get(reverse("reporting:report-export", args=[report.pk, "docx"]))
    assert response.status_code == 200
    document = docx.Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BÁO CÁO" in text and "SỞ CÔNG THƯƠNG" in "\n".join(
        p.text for t in document.tables for c in t._cells for p in c.paragraphs
    )
    assert "I. KẾT QUẢ THỰC HIỆN" in text and "Triển khai nghiêm túc." in text
    assert "II. ĐỀ XUẤT, KIẾN NGHỊ" in text and "Bổ sung kinh phí." in text
    appendix = document.tables[-1]
    rows = [[c.text for c in row.cells] for row in appendix.rows]
    assert rows[0] == ["TT", "Nhiệm vụ", "Trạng thái", "Kết quả", "Tiến độ"]
    items = list(report.items.order_by("position"))
    assert [r[0] for r in rows[1:]] == [i.number for i in items]
    row_13 = next(r for r in rows if r[0] == "1.3")
    assert row_13[3] == "Đã làm việc với 2 đối tác" and row_13[4] == "60%"
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED, target_id=str(report.pk)).exists()


def test_the_report_xlsx_has_the_items_and_the_counts(agency_plan: Plan, tree: Any) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    response = client_for(_officer(tree)).get(reverse("reporting:report-export", args=[report.pk, "xlsx"]))
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    rows = list(book["Nhiệm vụ"].iter_rows(values_only=True))
    assert len(rows) - 1 == report.items.count()
    counts: dict[Any, Any] = {row[0]: row[1] for row in book["Tổng hợp"].iter_rows(values_only=True)}
    assert counts["Tổng số nhiệm vụ"] == report.items.count()
    assert counts[printed_label(Status.RECURRING)] == report.items.filter(status=Status.RECURRING).count()


def _officer(tree: Any) -> Any:
    from danvan.accounts import actions as account_actions
    from danvan.organizations import actions as org_actions

    user = account_actions.create_user(
        actor=None, username="sct.officer", password="Mat-khau-123", full_name="Cán bộ"
    )
    org_actions.grant_role(actor=None, user=user, organization=tree.department, role="agency_officer")
    return user


def test_the_report_page_query_count_does_not_grow_with_items(
    agency_plan: Plan, tree: Any, three_users: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = actions.assemble_report(actor=None, period=period, organization=tree.department)
    client = client_for(three_users.own)
    client.get(report.get_absolute_url())

    def count() -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(report.get_absolute_url()).status_code == 200
        return len(context.captured_queries)

    small = count()
    source = plan_task(agency_plan, "1.3").source_task
    for index in range(5):
        task = Task.objects.create(
            plan=agency_plan,
            number=f"9.{index}",
            position=100 + index,
            content=f"Thêm {index}",
            source_task=source,
        )
        set_progress(task, tree.department)
    actions.assemble_report(actor=None, period=period, organization=tree.department)
    assert Report.objects.get(pk=report.pk).items.count() >= 8
    assert count() == small
