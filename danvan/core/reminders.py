"""The deadline engine's writes: claim each reminder through the `Reminder` unique key, then e-mail and notify.

The only writer of `core.Reminder` (the engine's actions). A pass has two steps. First every reminder the day calls
for (`danvan.core.deadlines.reminders_due`, asking every registered source) is inserted with
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
from django.utils import timezone, translation

from danvan.accounts.models import User
from danvan.core import deadlines
from danvan.core.actions import notify, record_event
from danvan.core.deadlines import Message
from danvan.core.models import Reminder

logger = logging.getLogger(__name__)

# Unsent rows older than this are given up (the deadline they announced has moved on).
RETRY_WINDOW = datetime.timedelta(days=2)


@dataclass
class ReminderRun:
    """What one pass did."""

    on: datetime.date
    due: int = 0
    claimed: int = 0
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


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


def claim_reminders(*, due: list[deadlines.Due]) -> int:
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


def render_reminder(reminder: Reminder, *, on: datetime.date) -> Message | None:
    """The message of a reminder row from its source, in Vietnamese; None when the subject (or the source) has
    gone."""
    parsed = deadlines.parse_kind(reminder.kind)
    if parsed is None:
        return None
    source, stage = parsed
    with translation.override(settings.LANGUAGE_CODE):
        return source.message(reminder, stage=stage, on=on)


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
    due = deadlines.reminders_due(on)
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
