"""Demo reporting data: a period of the Hải Phòng catalog with several agencies' reports, made through the
actions (`load_demo_reporting`); and a generated period with many agencies for the consolidated report's test
and benchmark (`generate_period`, bulk inserts).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from danvan.accounts.models import User
from danvan.core import deadlines, workdays
from danvan.core.models import Notification, Reminder
from danvan.organizations.models import PATH_SEGMENT, Organization
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting.actions import periods as period_actions
from danvan.reporting.actions import progress as progress_actions
from danvan.reporting.actions import reminders as reminder_actions
from danvan.reporting.actions import reports as report_actions
from danvan.reporting.actions.reminders import ReminderRun
from danvan.reporting.models import Report, ReportingPeriod, ReportItem, Status, TaskProgress, classify
from danvan.reporting.queries.reports import members_with_roles, snapshot_sources

DEMO_PERIOD_NAME = "Báo cáo định kỳ kết quả công tác dân vận chính quyền"
# The demo period fell due this many working days before the day the demo is loaded.
DUE_WORKING_DAYS_AGO = 3
# Periods of the catalog's schedule that fell due longer ago than this are closed in the demo.
STALE_AFTER = datetime.timedelta(days=60)
# The time of day the demo's past reminder passes ran.
PASS_TIME = datetime.time(8, 0)
# Agencies of the demo period and how far each one got: (name, outcome).
DEMO_AGENCIES = [
    ("Sở Công Thương", "accepted"),
    ("Xã Cẩm Giang", "late"),
    ("Sở Ngoại vụ", "returned"),
    ("Sở Nội vụ", "submitted"),
    ("Phường Hải Dương", "draft"),
]
RESULTS = [
    "Đã tổ chức quán triệt đến 100% cán bộ, công chức, viên chức",
    "Tổ chức 02 hội nghị đối thoại với doanh nghiệp và người dân",
    "Xây dựng 01 mô hình Dân vận khéo, đang theo dõi kết quả",
    "Đang phối hợp với các đơn vị liên quan triển khai",
]


def _write_progress(
    task: Task, organization: Organization, index: int, today: datetime.date, officer: User | None
) -> None:
    """Progress on one task: through the progress action by an officer of the agency when it has one, else
    through the model (agencies of the demo without users)."""
    state = (TaskProgress.State.DONE, TaskProgress.State.IN_PROGRESS, TaskProgress.State.NOT_STARTED)[
        index % 3
    ]
    percent = {TaskProgress.State.DONE: 100, TaskProgress.State.IN_PROGRESS: 60}.get(state, 0)
    completed_on = today if state == TaskProgress.State.DONE else None
    result = RESULTS[index % len(RESULTS)] if state != TaskProgress.State.NOT_STARTED else ""
    if officer is not None:
        try:
            progress_actions.update_progress(
                actor=officer,
                task=task,
                organization=organization,
                state=state,
                percent=percent,
                completed_on=completed_on,
                result=result,
            )
            return
        except PermissionDenied:
            pass
    TaskProgress.objects.update_or_create(
        task=task,
        organization=organization,
        defaults={
            "state": state,
            "percent": percent,
            "completed_on": completed_on,
            "result": result,
            "status": classify(
                due=task.due, recurring=task.is_recurring, state=state, completed_on=completed_on, on=today
            ),
        },
    )


def demo_due_date(today: datetime.date) -> datetime.date:
    """The demo period's due date: `DUE_WORKING_DAYS_AGO` working days before `today`, always a working day, so
    the reminders before it, on it and after it have all been sent by the day the demo is tried."""
    return workdays.add_working_days(today, -DUE_WORKING_DAYS_AGO)


def load_demo_reporting(catalog: Plan) -> ReportingPeriod:
    """Periods of the catalog from its schedule, plus one demo period whose reports were due three working days
    ago: some sent on time (one accepted), one sent late, one returned with comments, one still a draft, and the
    other agencies of the catalog not started. Idempotent: a second run finds the demo period and returns it."""
    period_actions.create_periods_from_schedule(actor=None, catalog=catalog)
    today = timezone.localdate()
    # The catalog's own schedule fell due long before the demo's day: the coordinator closed those periods
    # after them, so the dashboard opens on the demo period, the one being chased, not on a stale one.
    stale = ReportingPeriod.objects.filter(
        catalog=catalog, state=ReportingPeriod.State.OPEN, due__lt=today - STALE_AFTER
    ).exclude(name=DEMO_PERIOD_NAME)
    for old in stale.order_by("due", "pk"):
        period_actions.close_period(actor=None, period=old)
    existing = ReportingPeriod.objects.filter(catalog=catalog, name=DEMO_PERIOD_NAME).first()
    if existing is not None:
        return existing
    due = demo_due_date(today)
    on_time = _at(due - datetime.timedelta(days=2))
    with transaction.atomic():
        period = period_actions.create_period(
            actor=None,
            catalog=catalog,
            name=DEMO_PERIOD_NAME,
            start=due - datetime.timedelta(days=95),
            cutoff=due - datetime.timedelta(days=5),
            due=due,
        )
        province = catalog.owner
        organizations = {
            o.name: o
            for o in Organization.objects.filter(
                path__startswith=province.path, name__in=[name for name, _outcome in DEMO_AGENCIES]
            ).exclude(kind__in=Organization.INTERNAL_KINDS)
        }
        for name, outcome in DEMO_AGENCIES:
            organization = organizations.get(name)
            if organization is None:
                continue
            officer = next(iter(members_with_roles(organization, "agency_officer")), None)
            for index, source in enumerate(snapshot_sources(period, organization, on=today)):
                _write_progress(source.task, organization, index, today, officer)
            report = report_actions.assemble_report(actor=None, period=period, organization=organization)
            report_actions.update_report(
                actor=None,
                report=report,
                changes={
                    "results": f"{name} đã triển khai các nhiệm vụ được giao theo danh mục.",
                    "limitations": "Một số nhiệm vụ còn chậm do thiếu nhân lực."
                    if outcome != "accepted"
                    else "",
                    "directions": "Tiếp tục thực hiện các nhiệm vụ thường xuyên trong kỳ tới.",
                    "proposals": "Đề nghị Sở Nội vụ hướng dẫn tiêu chí đánh giá mô hình Dân vận khéo.",
                },
            )
            if outcome == "draft":
                continue
            report_actions.approve_report(actor=None, report=report)
            # Sent before the due date, except the late one, sent today.
            report_actions.submit_report(actor=None, report=report, at=None if outcome == "late" else on_time)
            if outcome == "accepted":
                report_actions.accept_report(actor=None, report=report)
            elif outcome == "returned":
                report_actions.return_report(
                    actor=None,
                    report=report,
                    comment="Đề nghị bổ sung số liệu cụ thể cho các nhiệm vụ đang thực hiện.",
                )
    return period


def _at(day: datetime.date) -> datetime.datetime:
    """Eight in the morning of `day`, local time (when the demo's past events happened)."""
    return timezone.make_aware(datetime.datetime.combine(day, PASS_TIME))


def replay_demo_reminders(*, until: datetime.date) -> list[ReminderRun]:
    """The reminder passes cron would have run each morning from the first reminder of the demo period's due date
    to the day before `until`, so the demo shows every stage as an officer meets it: "due in 7 and 3 working days"
    and "due today" to the officers of the agencies that still owe their report, "overdue" to their leaders; and,
    the first working day after each catalog task fell due, "overdue" to the leaders of the agencies that had
    not finished it.

    Each pass is the engine's own (`send_due_reminders`), so e-mails go to the configured backend and notices to
    the bell; the notices and reminders of a past pass are dated that morning (the demo writes these two
    timestamps itself). Nothing is sent twice: a second run claims no new reminder. Returns the passes that sent
    something."""
    period = ReportingPeriod.objects.filter(name=DEMO_PERIOD_NAME).order_by("pk").first()
    if period is None:
        return []
    day = workdays.add_working_days(period.due, -max(deadlines.days_before()))
    # The catalog's tasks fell due months ago: the leaders of the agencies that had not finished one were told
    # the first working day after it (the engine looks back only a few days, so those mornings are replayed too).
    task_dues = (
        Task.objects.filter(plan__status=Plan.Status.ISSUED, is_heading=False, due__lt=day)
        .values_list("due", flat=True)
        .distinct()
    )
    mornings = sorted({workdays.add_working_days(due, 1) for due in task_dues if due is not None})
    runs = [run for morning in mornings if morning < day and (run := _replay(morning)).sent]
    while day < until:
        run = _replay(day)
        if run.sent:
            runs.append(run)
        day += datetime.timedelta(days=1)
    return runs


def _replay(day: datetime.date) -> ReminderRun:
    """The engine's morning pass of `day`, its notices and reminders dated that morning."""
    started = timezone.now()
    newest = Notification.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    run = reminder_actions.send_due_reminders(on=day)
    Notification.objects.filter(pk__gt=newest).update(created_at=_at(day))
    Reminder.objects.filter(sent_at__gte=started).update(sent_at=_at(day))
    return run


# --- generated data for the consolidated report's test and benchmark -------------------------------------


@dataclass(frozen=True)
class GeneratedPeriod:
    period: ReportingPeriod
    agencies: list[Organization]
    tasks: list[Task]


GENERATED_STATUSES = [
    Status.DONE_ON_TIME,
    Status.IN_PROGRESS,
    Status.DONE_LATE,
    Status.RECURRING,
    Status.OVERDUE,
    Status.NOT_STARTED,
]


def generate_period(
    province: Organization, *, agencies: int = 130, tasks: int = 40, not_submitted: int = 10
) -> GeneratedPeriod:
    """A catalog of `tasks` tasks assigned to `agencies` new communes, a period, and a report from each agency
    but the last `not_submitted` (every fifth late, the tenth accepted), items in varied statuses. Bulk inserts:
    no audit trail, for tests and benchmarks only."""
    today = timezone.localdate()
    catalog = Plan.objects.create(
        kind=Plan.Kind.CATALOG,
        owner=province,
        title="Danh mục nhiệm vụ sinh tự động",
        status=Plan.Status.ISSUED,
        period_start=today - datetime.timedelta(days=180),
    )
    catalog_tasks = Task.objects.bulk_create(
        Task(
            plan=catalog,
            number=f"{index}",
            position=index,
            content=f"Nhiệm vụ số {index}: thực hiện công tác dân vận chính quyền trên lĩnh vực {index}",
            timeframe_kind=Task.TimeframeKind.CONTINUOUS if index % 4 == 0 else Task.TimeframeKind.BY_DATE,
            due=None if index % 4 == 0 else today - datetime.timedelta(days=index),
        )
        for index in range(1, tasks + 1)
    )
    created = Organization.objects.bulk_create(
        Organization(
            name=f"Xã Thử Nghiệm {index:03d}",
            kind=Organization.Kind.COMMUNE,
            parent=province,
            depth=province.depth + 1,
            search_key=f"xa thu nghiem {index:03d}",
        )
        for index in range(1, agencies + 1)
    )
    for organization in created:
        organization.path = f"{province.path}{organization.pk:0{PATH_SEGMENT}d}/"
    Organization.objects.bulk_update(created, ["path"])
    Assignment.objects.bulk_create(
        Assignment(task=task, role=Assignment.Role.LEAD, organization=organization, confidence=1.0)
        for task in catalog_tasks
        for organization in created
    )
    period = ReportingPeriod.objects.create(
        catalog=catalog,
        name="Kỳ báo cáo sinh tự động",
        start=today - datetime.timedelta(days=90),
        cutoff=today - datetime.timedelta(days=5),
        due=today,
    )
    now = timezone.now()
    reporting = created[: max(0, agencies - not_submitted)]
    reports = Report.objects.bulk_create(
        Report(
            period=period,
            organization=organization,
            state=Report.State.ACCEPTED if index % 10 == 9 else Report.State.SUBMITTED,
            snapshot_at=now,
            submitted_at=now,
            is_late=index % 5 == 4,
            results="Đã triển khai đầy đủ các nhiệm vụ.",
            limitations="Nguồn lực còn hạn chế." if index % 3 == 0 else "",
            proposals="Đề nghị bổ sung kinh phí." if index % 4 == 0 else "",
        )
        for index, organization in enumerate(reporting)
    )
    ReportItem.objects.bulk_create(
        ReportItem(
            report=report,
            task=task,
            catalog_task=task,
            position=position,
            number=task.number,
            content=task.content,
            status=GENERATED_STATUSES[(row + position) % len(GENERATED_STATUSES)],
            percent=(row * 7 + position * 3) % 101,
            result=f"Kết quả của đơn vị {row} về nhiệm vụ {task.number}" if (row + position) % 2 == 0 else "",
        )
        for row, report in enumerate(reports)
        for position, task in enumerate(catalog_tasks, start=1)
    )
    return GeneratedPeriod(period=period, agencies=created, tasks=catalog_tasks)
