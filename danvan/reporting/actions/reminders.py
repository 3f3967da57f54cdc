"""Sending reminders: claim each one through the `Reminder` unique key, then e-mail and notify.

A pass has two steps. First every reminder the day calls for (`danvan.reporting.reminders`) is inserted with
`bulk_create(ignore_conflicts=True)`: the unique key makes a row that another runner (or an earlier run) already
inserted a no-op. Then each unsent row is sent in its own transaction that locks it and checks `sent_at` again
(`select_for_update(skip_locked=True)` on PostgreSQL; on SQLite the IMMEDIATE transaction serialises writers), so
of two runners exactly one sends it. `sent_at` is set in the same transaction as the in-app notification, after
the SMTP server accepted the message: a failed send leaves the row unsent, and the next pass retries it.
"""

from __future__ import annotations

import datetime
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import OperationalError, transaction
from django.template.loader import render_to_string
from django.urls import NoReverseMatch
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core.actions import notify, record_event
from danvan.core.templatetags.vietnamese import vn_date, vn_date_words
from danvan.organizations.models import Organization
from danvan.plans.models import Task
from danvan.reporting import reminders as selection
from danvan.reporting.models import Reminder, ReportingPeriod

logger = logging.getLogger(__name__)

# Unsent rows older than this are given up (the deadline they announced has moved on).
RETRY_WINDOW = datetime.timedelta(days=2)
Kind = Reminder.Kind
TASK_KINDS = (Kind.TASK_DUE_SOON, Kind.TASK_DUE_TODAY, Kind.TASK_OVERDUE)


@dataclass
class ReminderRun:
    """What one pass did."""

    on: datetime.date
    due: int = 0
    claimed: int = 0
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Message:
    """A rendered reminder: the e-mail and the in-app notice."""

    subject: str
    body: str
    notice: str
    url: str


@contextmanager
def _write_transaction(attempts: int = 50) -> Iterator[None]:
    """`transaction.atomic()`, retrying its start while SQLite answers "locked".

    SQLite takes the write lock at BEGIN (IMMEDIATE mode), so a second runner waits there; it reports "locked"
    instead of waiting when the busy timeout runs out or when the database is a shared-cache one (the in-memory
    test database). Only the start is retried: nothing has been done yet, so nothing can happen twice.
    """
    for attempt in range(attempts):
        atomic = transaction.atomic()
        try:
            atomic.__enter__()
        except OperationalError as error:
            if "locked" not in str(error) or attempt == attempts - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
            continue
        break
    try:
        yield
    except BaseException:
        atomic.__exit__(*sys.exc_info())  # rolls back; never swallows the error
        raise
    else:
        atomic.__exit__(None, None, None)


def claim_reminders(*, due: list[selection.Due]) -> int:
    """Insert the reminders of `due`; rows that exist already are left alone. Returns how many were new."""
    if not due:
        return 0
    with _write_transaction():
        before = Reminder.objects.filter(for_date__in={d.for_date for d in due}).count()
        Reminder.objects.bulk_create(
            [
                Reminder(
                    kind=d.kind, subject_key=d.subject_key, recipient_id=d.recipient_id, for_date=d.for_date
                )
                for d in due
            ],
            ignore_conflicts=True,
            batch_size=500,
        )
        after = Reminder.objects.filter(for_date__in={d.for_date for d in due}).count()
    return after - before


def _absolute(path: str) -> str:
    base = str(getattr(settings, "SITE_URL", "")).rstrip("/")
    return f"{base}{path}" if path else ""


def _days(kind: str, due: datetime.date, on: datetime.date) -> int:
    return (due - on).days if kind in (Kind.TASK_DUE_SOON, Kind.REPORT_DUE_SOON) else 0


def _task_message(reminder: Reminder, task: Task, on: datetime.date) -> Message:
    assert task.due is not None
    url = task.get_absolute_url()
    days = _days(reminder.kind, task.due, on)
    label = f"{task.number} {task.content}".strip()
    short = label if len(label) <= 120 else label[:119] + "…"
    if reminder.kind == Kind.TASK_DUE_SOON:
        subject = _("Reminder: task %(task)s is due in %(days)s days (%(date)s)")
        notice = _("Task %(task)s is due in %(days)s days, on %(date)s.")
    elif reminder.kind == Kind.TASK_DUE_TODAY:
        subject = _("Reminder: task %(task)s is due today (%(date)s)")
        notice = _("Task %(task)s is due today, %(date)s.")
    else:
        subject = _("Overdue: task %(task)s was due on %(date)s and is not done")
        notice = _("Task %(task)s was due on %(date)s and is not done.")
    values = {"task": short, "days": days, "date": vn_date(task.due)}
    body = render_to_string(
        "reporting/email/task_reminder.txt",
        {
            "kind": reminder.kind,
            "recipient": reminder.recipient,
            "task": task,
            "days": days,
            "due_words": vn_date_words(task.due),
            "url": _absolute(url),
            "site_name": settings.SITE_NAME,
        },
    )
    return Message((subject % values)[:250], body, notice % values, url)


def _report_message(
    reminder: Reminder, period: ReportingPeriod, organization: Organization, on: datetime.date
) -> Message:
    try:
        url = period.get_absolute_url()
    except NoReverseMatch:  # the period pages belong to another area of the app
        url = ""
    days = _days(reminder.kind, period.due, on)
    if reminder.kind == Kind.REPORT_DUE_SOON:
        subject = _(
            "Reminder: the report “%(period)s” of %(organization)s is due in %(days)s days (%(date)s)"
        )
        notice = _("The report “%(period)s” of %(organization)s is due in %(days)s days, on %(date)s.")
    elif reminder.kind == Kind.REPORT_DUE_TODAY:
        subject = _("Reminder: the report “%(period)s” of %(organization)s is due today (%(date)s)")
        notice = _("The report “%(period)s” of %(organization)s is due today, %(date)s.")
    else:
        subject = _("Overdue: %(organization)s has not submitted the report “%(period)s” due on %(date)s")
        notice = _("%(organization)s has not submitted the report “%(period)s” due on %(date)s.")
    values = {
        "period": period.name,
        "organization": organization.name,
        "days": days,
        "date": vn_date(period.due),
    }
    body = render_to_string(
        "reporting/email/report_reminder.txt",
        {
            "kind": reminder.kind,
            "recipient": reminder.recipient,
            "period": period,
            "organization": organization,
            "days": days,
            "due_words": vn_date_words(period.due),
            "url": _absolute(url),
            "site_name": settings.SITE_NAME,
        },
    )
    return Message((subject % values)[:250], body, notice % values, url)


def render_reminder(reminder: Reminder, *, on: datetime.date) -> Message | None:
    """The message of a reminder row, in Vietnamese; None when its task or period has gone."""
    with translation.override(settings.LANGUAGE_CODE):
        task_id = selection.parse_task_key(reminder.subject_key)
        if task_id is not None:
            task = Task.objects.select_related("plan").filter(pk=task_id, due__isnull=False).first()
            return _task_message(reminder, task, on) if task is not None else None
        keys = selection.parse_report_key(reminder.subject_key)
        if keys is None:
            return None
        period = ReportingPeriod.objects.filter(pk=keys[0]).first()
        organization = Organization.objects.filter(pk=keys[1]).first()
        if period is None or organization is None:
            return None
        return _report_message(reminder, period, organization, on)


def send_reminder(*, reminder_id: int, on: datetime.date, connection: BaseEmailBackend | None = None) -> bool:
    """Send one unsent reminder if no other runner holds or has sent it; True when this call sent it.

    Side effects: one e-mail (when the person has an address), one in-app notification, `sent_at` set. An e-mail
    failure raises and rolls the notification and `sent_at` back.
    """
    with _write_transaction():
        reminder = (
            Reminder.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("recipient")
            .filter(pk=reminder_id, sent_at__isnull=True)
            .first()
        )
        if reminder is None:
            return False
        message = render_reminder(reminder, on=on)
        recipient: User = reminder.recipient
        if message is not None and recipient.is_active:
            if recipient.email:
                EmailMessage(
                    subject=message.subject,
                    body=message.body,
                    to=[recipient.email],
                    connection=connection,
                ).send(fail_silently=False)
            notify(recipients=[recipient], text=message.notice, url=message.url)
        # Rows whose subject has gone are closed without a message, so they are not retried for ever.
        Reminder.objects.filter(pk=reminder.pk).update(sent_at=timezone.now())
    return message is not None


def send_due_reminders(*, on: datetime.date) -> ReminderRun:
    """One reminder pass for the day `on`: claim what is due, then send every unsent reminder once.

    Safe to run from several workers at the same time and to re-run: nothing is sent twice. Records one audit
    event with the figures of the pass.
    """
    run = ReminderRun(on=on)
    due = selection.reminders_due(on)
    run.due = len(due)
    run.claimed = claim_reminders(due=due)
    pending = list(
        Reminder.objects.filter(sent_at__isnull=True, created_at__gte=timezone.now() - RETRY_WINDOW)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    connection = get_connection(fail_silently=False)
    try:
        if pending:
            try:
                connection.open()  # one SMTP session for the pass; sends reopen it if it drops
            except OSError as error:
                logger.warning("cannot reach the mail server: %s", error)
        for reminder_id in pending:
            try:
                if send_reminder(reminder_id=reminder_id, on=on, connection=connection):
                    run.sent += 1
            except OSError as error:  # smtplib.SMTPException is an OSError
                run.failed += 1
                run.errors.append(f"{reminder_id}: {error}")
                logger.warning("reminder %s not sent: %s", reminder_id, error)
                connection.close()  # a broken SMTP session is reopened by the next send
    finally:
        connection.close()
    with _write_transaction():
        record_event(
            actor=None,
            actor_label="run_reminders",
            action="reminders.sent",
            details={
                "date": on.isoformat(),
                "due": run.due,
                "claimed": run.claimed,
                "sent": run.sent,
                "failed": run.failed,
            },
        )
    return run
