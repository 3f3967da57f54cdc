"""Reporting's deadlines through the engine: what is due when (in working days), e-mail read back from a real
SMTP server, idempotency under two runners."""

from __future__ import annotations

import datetime
import threading
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext

from danvan.core import deadlines
from danvan.core.deadlines import Due
from danvan.core.models import AuditEvent, Notification, Reminder
from danvan.core.workdays import add_working_days
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting import jobs, summaries
from danvan.reporting import reminders as selection
from danvan.reporting.actions.reminders import send_due_reminders
from danvan.reporting.models import Report, ReportingPeriod, TaskProgress
from danvan.testing import Mailbox

DUE = datetime.date(2025, 11, 15)  # a Saturday
REPORT_DUE = datetime.date(2025, 12, 5)  # a Friday


class Kind:
    TASK_DUE_SOON = "task_due_soon"
    TASK_DUE_TODAY = "task_due_today"
    TASK_OVERDUE = "task_overdue"
    REPORT_DUE_SOON = "report_due_soon"
    REPORT_DUE_TODAY = "report_due_today"
    REPORT_OVERDUE = "report_overdue"


def before(day: datetime.date, n: int) -> datetime.date:
    """The n-th working day before `day` (when the engine reminds of it n working days ahead)."""
    return add_working_days(day, -n)


def after(day: datetime.date, n: int = 1) -> datetime.date:
    """The n-th working day after `day`."""
    return add_working_days(day, n)


# --- a small catalog with deadlines -------------------------------------------------------------------------


@dataclass
class World:
    catalog: Plan
    task: Task  # 1.2, lead Sở Công Thương, coordinating Xã Cẩm Giang, due 15/11/2025
    recurring: Task  # "Thường xuyên": never escalated
    personal: Task  # an agency-plan task led by a named person
    period: ReportingPeriod
    officer: Any  # Sở Công Thương
    leader: Any  # Sở Công Thương
    commune_officer: Any
    commune_leader: Any
    person: Any  # named on `personal`
    outsider: Any  # Sở Nội vụ: no catalog task, only a draft plan under the catalog


@pytest.fixture
def world(tree: Any, make_user: Any) -> World:
    catalog = Plan.objects.create(
        kind=Plan.Kind.CATALOG,
        owner=tree.province,
        title="Danh mục nhiệm vụ công tác dân vận chính quyền 6 tháng cuối năm 2025",
        status=Plan.Status.ISSUED,
    )
    task = Task.objects.create(
        plan=catalog,
        number="1.2",
        position=2,
        content="Tổng hợp báo cáo kết quả công tác dân vận chính quyền",
        timeframe_raw="Trước ngày 15/11/2025",
        timeframe_kind=Task.TimeframeKind.BY_DATE,
        due=DUE,
    )
    Assignment.objects.create(task=task, role=Assignment.Role.LEAD, organization=tree.department)
    Assignment.objects.create(task=task, role=Assignment.Role.COORDINATE, organization=tree.commune)
    recurring = Task.objects.create(
        plan=catalog,
        number="1.1",
        position=1,
        content="Quán triệt Chỉ thị số 33/CT-TTg về công tác dân vận",
        timeframe_raw="Thường xuyên",
        timeframe_kind=Task.TimeframeKind.CONTINUOUS,
        due=DUE,  # even with a date, recurring work is never reminded nor escalated
    )
    Assignment.objects.create(task=recurring, role=Assignment.Role.LEAD, organization=tree.department)
    # Draft plans remind nobody.
    draft = Plan.objects.create(
        kind=Plan.Kind.AGENCY_PLAN, owner=tree.other_department, title="Kế hoạch nháp", parent=catalog
    )
    draft_task = Task.objects.create(plan=draft, number="1", content="Nháp", due=DUE)
    Assignment.objects.create(task=draft_task, role=Assignment.Role.LEAD, organization=tree.other_department)

    officer = make_user(
        tree.department, "agency_officer", email="canbo.sct@haiphong.gov.vn", full_name="Trần Văn An"
    )
    leader = make_user(
        tree.department, "leader", email="giamdoc.sct@haiphong.gov.vn", full_name="Lê Thị Bình"
    )
    commune_officer = make_user(tree.commune, "agency_officer", email="vanphong@camgiang.gov.vn")
    commune_leader = make_user(tree.commune, "leader", email="chutich@camgiang.gov.vn")
    person = make_user(
        tree.unit, "unit_officer", email="chuyenvien@haiphong.gov.vn", full_name="Phạm Minh Châu"
    )
    outsider = make_user(tree.other_department, "agency_officer", email="canbo.snv@haiphong.gov.vn")

    plan = Plan.objects.create(
        kind=Plan.Kind.AGENCY_PLAN,
        owner=tree.department,
        title="Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 của Sở Công Thương",
        parent=catalog,
        status=Plan.Status.ISSUED,
    )
    personal = Task.objects.create(
        plan=plan,
        number="2.1",
        content="Rà soát thủ tục hành chính lĩnh vực thương mại",
        timeframe_kind=Task.TimeframeKind.BY_DATE,
        due=DUE,
        source_task=task,
    )
    Assignment.objects.create(task=personal, role=Assignment.Role.LEAD, person=person)

    period = ReportingPeriod.objects.create(
        catalog=catalog,
        name="Báo cáo kết quả lần 2 năm 2025",
        start=datetime.date(2025, 6, 1),
        cutoff=datetime.date(2025, 11, 30),
        due=REPORT_DUE,
    )
    return World(
        catalog,
        task,
        recurring,
        personal,
        period,
        officer,
        leader,
        commune_officer,
        commune_leader,
        person,
        outsider,
    )


def keys(due: list[Due]) -> set[tuple[str, str, int]]:
    return {(d.kind, d.subject_key, d.recipient_id) for d in due}


# --- selection ----------------------------------------------------------------------------------------------


def test_days_before_reads_the_setting_as_a_list_of_days(settings: Any) -> None:
    settings.REMINDER_DAYS_BEFORE = "3, 7,14"
    assert deadlines.days_before() == [14, 7, 3]
    settings.REMINDER_DAYS_BEFORE = [5]
    assert deadlines.days_before() == [5]
    del settings.REMINDER_DAYS_BEFORE
    assert deadlines.days_before() == [7, 3]
    settings.REMINDER_DAYS_BEFORE = "0"
    with pytest.raises(ValueError):
        deadlines.days_before()


@pytest.mark.django_db
def test_officers_and_the_named_person_hear_seven_and_three_working_days_before(
    world: World, settings: Any
) -> None:
    settings.REMINDER_DAYS_BEFORE = "7,3"
    task, personal = selection.task_key(world.task.pk), selection.task_key(world.personal.pk)
    expected = {
        (Kind.TASK_DUE_SOON, task, world.officer.pk),
        (Kind.TASK_DUE_SOON, task, world.commune_officer.pk),
        (Kind.TASK_DUE_SOON, personal, world.person.pk),
    }
    # Saturday 15/11/2025: 7 working days before is Thursday 6/11, 3 is Wednesday 12/11.
    assert (before(DUE, 7), before(DUE, 3)) == (datetime.date(2025, 11, 6), datetime.date(2025, 11, 12))
    for days in (7, 3):
        due = selection.task_reminders(before(DUE, days))
        assert keys(due) == expected
        assert {d.for_date for d in due} == {before(DUE, days)}
    assert selection.task_reminders(before(DUE, 5)) == []
    assert selection.task_reminders(DUE - datetime.timedelta(days=7)) == []  # Saturday 8/11: nobody works
    today = selection.task_reminders(DUE)
    assert {(k, s) for k, s, _ in keys(today)} == {
        (Kind.TASK_DUE_TODAY, task),
        (Kind.TASK_DUE_TODAY, personal),
    }


@pytest.mark.django_db
def test_overdue_tasks_escalate_to_the_leaders_of_the_lead_organisation_only(world: World) -> None:
    # Due on Saturday: Sunday is no working day, the escalation goes out on Monday 17/11.
    assert selection.task_reminders(DUE + datetime.timedelta(days=1)) == []
    due = selection.task_reminders(after(DUE))
    assert keys(due) == {
        (Kind.TASK_OVERDUE, selection.task_key(world.task.pk), world.leader.pk),
        # Led by a named person: the leaders of the plan's owner hear of it.
        (Kind.TASK_OVERDUE, selection.task_key(world.personal.pk), world.leader.pk),
    }
    assert {d.for_date for d in due} == {DUE}
    # The recurring task (same date) and the coordinating commune's leader are never escalated to.
    assert selection.task_key(world.recurring.pk) not in {d.subject_key for d in due}
    # Within the look-back window a missed escalation is still found; beyond it nothing is escalated any more.
    window = deadlines.escalation_window()
    assert selection.task_reminders(after(DUE, window)) != []
    assert selection.task_reminders(after(DUE, window + 1)) == []


@pytest.mark.django_db
def test_organisations_that_reported_done_are_not_reminded(world: World, tree: Any) -> None:
    # The commune reports the catalog task done on the task itself; the department through its plan's task.
    TaskProgress.objects.create(
        task=world.task, organization=tree.commune, is_lead=False, state=TaskProgress.State.DONE
    )
    TaskProgress.objects.create(
        task=world.personal, organization=tree.department, state=TaskProgress.State.DONE
    )
    assert selection.task_reminders(before(DUE, 3)) == []
    assert selection.task_reminders(after(DUE)) == []


@pytest.mark.django_db
def test_report_reminders_go_to_organisations_that_have_not_submitted(world: World, tree: Any) -> None:
    key_dept = selection.report_key(world.period.pk, tree.department.pk)
    key_commune = selection.report_key(world.period.pk, tree.commune.pk)
    key_planner = selection.report_key(world.period.pk, tree.other_department.pk)
    soon = selection.report_reminders(before(REPORT_DUE, 7))
    assert keys(soon) == {
        (Kind.REPORT_DUE_SOON, key_dept, world.officer.pk),
        (Kind.REPORT_DUE_SOON, key_commune, world.commune_officer.pk),
        # Sở Nội vụ has no catalog task, but it writes a plan under the catalog: it reports too.
        (Kind.REPORT_DUE_SOON, key_planner, world.outsider.pk),
    }
    Report.objects.create(period=world.period, organization=tree.commune, state=Report.State.SUBMITTED)
    Report.objects.create(
        period=world.period, organization=tree.other_department, state=Report.State.ACCEPTED
    )
    Report.objects.create(period=world.period, organization=tree.department, state=Report.State.RETURNED)
    assert keys(selection.report_reminders(REPORT_DUE)) == {
        (Kind.REPORT_DUE_TODAY, key_dept, world.officer.pk)
    }
    late = selection.report_reminders(after(REPORT_DUE))
    assert keys(late) == {(Kind.REPORT_OVERDUE, key_dept, world.leader.pk)}
    world.period.state = ReportingPeriod.State.CLOSED
    world.period.save(update_fields=["state"])
    assert selection.report_reminders(after(REPORT_DUE)) == []


@pytest.mark.django_db
def test_selection_takes_a_fixed_number_of_queries(
    world: World, tree: Any, make_user: Any, django_assert_max_num_queries: Any
) -> None:
    for n in range(20):
        extra = Task.objects.create(
            plan=world.catalog, number=f"3.{n}", content="Thêm", due=DUE, position=10 + n
        )
        Assignment.objects.create(task=extra, role=Assignment.Role.LEAD, organization=tree.other_department)
        make_user(tree.other_department, "agency_officer")
    with django_assert_max_num_queries(16):  # both sources, and the working-day calendar (one per year)
        assert len(deadlines.reminders_due(before(DUE, 7))) > 20


# --- sending, read back from the SMTP server -----------------------------------------------------------------


@pytest.mark.django_db
def test_reminders_reach_the_smtp_server_in_vietnamese(world: World, smtp: Mailbox) -> None:
    run = send_due_reminders(on=before(DUE, 7))
    assert (run.sent, run.failed) == (3, 0)
    assert sorted(r for m in smtp.messages for r in m.recipients) == sorted(
        [world.officer.email, world.commune_officer.email, world.person.email]
    )
    (message,) = smtp.to(world.officer.email)
    assert message.sender == "noreply@danvan.local"
    with translation.override("vi"):
        expected_subject = gettext("Reminder: task %(task)s is due in %(days)s days (%(date)s)") % {
            "task": "1.2 Tổng hợp báo cáo kết quả công tác dân vận chính quyền",
            "days": 9,  # calendar days from Thursday 6/11 to Saturday 15/11
            "date": "15/11/2025",
        }
        greeting = gettext("Dear comrade %(name)s,") % {"name": "Trần Văn An"}
    assert message.subject == expected_subject
    assert "Tổng hợp báo cáo kết quả công tác dân vận chính quyền" in message.subject
    assert greeting in message.body
    assert "ngày 15 tháng 11 năm 2025" in message.body
    assert "Danh mục nhiệm vụ công tác dân vận chính quyền 6 tháng cuối năm 2025" in message.body
    assert f"https://danvan.example.gov.vn/plans/tasks/{world.task.pk}/" in message.body
    # The in-app notice came with it, linking to the task.
    notice = Notification.objects.get(recipient=world.officer)
    assert notice.url == world.task.get_absolute_url() and "15/11/2025" in notice.text
    assert Reminder.objects.filter(sent_at__isnull=True).count() == 0
    event = AuditEvent.objects.get(action="reminders.sent")
    assert event.details["sent"] == 3


@pytest.mark.django_db
def test_escalation_and_report_reminders_are_delivered(world: World, smtp: Mailbox, tree: Any) -> None:
    send_due_reminders(on=after(REPORT_DUE))
    (message,) = smtp.to(world.leader.email)
    assert "Sở Công Thương" in message.subject and "Báo cáo kết quả lần 2 năm 2025" in message.subject
    assert "ngày 05 tháng 12 năm 2025" in message.body
    assert len(smtp.to(world.commune_leader.email)) == 1
    assert smtp.to(world.officer.email) == []


@pytest.mark.django_db
def test_rerunning_the_same_day_sends_nothing(world: World, smtp: Mailbox) -> None:
    day = DUE + datetime.timedelta(days=2)  # Monday
    first = send_due_reminders(on=day)
    assert first.sent == 2 and len(smtp.messages) == 2  # the leader, once per overdue task
    second = send_due_reminders(on=day)
    assert (second.claimed, second.sent) == (0, 0)
    assert len(smtp.messages) == 2
    assert Notification.objects.filter(recipient=world.leader).count() == 2


@pytest.mark.django_db
def test_a_refused_message_stays_unsent_and_goes_out_on_the_next_run(world: World, smtp: Mailbox) -> None:
    day = before(DUE, 3)
    smtp.refuse.add(world.commune_officer.email)
    run = send_due_reminders(on=day)
    assert (run.sent, run.failed) == (2, 1)
    unsent = Reminder.objects.get(sent_at__isnull=True)
    assert unsent.recipient == world.commune_officer
    assert not Notification.objects.filter(recipient=world.commune_officer).exists()
    smtp.refuse.clear()
    again = send_due_reminders(on=day)
    assert (again.sent, again.failed) == (1, 0)
    assert [m.recipients for m in smtp.messages].count([world.commune_officer.email]) == 1
    assert len(smtp.messages) == 3


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_runners_deliver_each_message_exactly_once(world: World, smtp: Mailbox) -> None:
    day = before(DUE, 7)
    ReportingPeriod.objects.filter(pk=world.period.pk).update(due=after(day, 3))
    expected = len(deadlines.reminders_due(day))
    assert expected == 6  # three task reminders, three report reminders
    barrier = threading.Barrier(2)
    results: list[Any] = []
    errors: list[BaseException] = []

    def runner() -> None:
        try:
            if connection.vendor == "sqlite":
                # The test database is in-memory with a shared cache, where a reader locks the tables it
                # reads; a file database (production) has WAL snapshots instead. Writers still queue at BEGIN.
                with connection.cursor() as cursor:
                    cursor.execute("PRAGMA read_uncommitted = 1")
            barrier.wait()
            results.append(send_due_reminders(on=day))
        except BaseException as error:  # re-raised in the test thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=runner) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert sum(r.sent for r in results) == expected
    assert len(smtp.messages) == expected
    delivered = sorted((m.recipients[0], m.subject) for m in smtp.messages)
    assert len(set(delivered)) == expected  # no message twice
    assert Reminder.objects.count() == expected and not Reminder.objects.filter(sent_at__isnull=True).exists()
    assert Notification.objects.count() == expected
    # And a third run the same day finds nothing to do.
    assert send_due_reminders(on=day).sent == 0 and len(smtp.messages) == expected


# --- background job and command ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_command_queues_one_job_that_sends_the_days_reminders(
    world: World, smtp: Mailbox, capsys: Any
) -> None:
    call_command("run_reminders", "--date", before(DUE, 3).isoformat())
    out = capsys.readouterr().out
    assert "queued" in out
    assert len(smtp.messages) == 3  # the test settings run queued jobs immediately
    call_command("run_reminders", "--date", before(DUE, 3).isoformat(), "--inline")
    assert "0 sent" in capsys.readouterr().out
    assert len(smtp.messages) == 3


@pytest.mark.django_db(transaction=True)
def test_the_database_worker_runs_the_queued_pass(world: World, smtp: Mailbox, settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    call_command("run_reminders", "--date", DUE.isoformat())
    assert smtp.messages == []
    call_command("db_worker", batch=True, verbosity=0)
    assert {m.recipients[0] for m in smtp.messages} == {
        world.officer.email,
        world.commune_officer.email,
        world.person.email,
    }


@pytest.mark.django_db
def test_the_nightly_pass_refreshes_statuses_and_open_periods_before_reminding(
    world: World, smtp: Mailbox, monkeypatch: Any
) -> None:
    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(jobs, "refresh_statuses", lambda *, on: calls.append(("statuses", on)))
    monkeypatch.setattr(summaries, "refresh_period", lambda period, *, today: calls.append(("period", today)))
    jobs.nightly_pass(DUE)
    open_periods = ReportingPeriod.objects.filter(state=ReportingPeriod.State.OPEN).count()
    assert calls == [("statuses", DUE)] + [("period", DUE)] * open_periods


def test_a_bad_date_is_refused() -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("run_reminders", "--date", "15/11/2025")
