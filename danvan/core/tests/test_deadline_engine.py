"""The deadline engine with a source registered the way the coming apps will: a complaint's legal answer limit
(counted with the working-day functions), reminded in working days around Tết 2026, sent once through a real
SMTP server, escalated after the day, and listed in calendar feeds beside reporting's tasks and reports."""

from __future__ import annotations

import datetime
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

import icalendar
import pytest
from django.test import Client

from danvan.accounts.models import User
from danvan.core import deadlines, workdays
from danvan.core.deadlines import CalendarEntry, Deadline, Message, Stage
from danvan.core.models import Notification, Reminder
from danvan.core.reminders import send_due_reminders
from danvan.organizations.models import Organization
from danvan.reporting.models import CalendarFeed
from danvan.testing import Mailbox

pytestmark = pytest.mark.django_db

D = datetime.date


@dataclass
class Complaint:
    pk: int
    accepted_on: datetime.date
    handler: User
    head: User

    @property
    def due(self) -> datetime.date:
        return workdays.legal_deadline("complaint.first.resolve", event=self.accepted_on).due


@dataclass
class ComplaintDeadlines:
    """A source shaped like the feedback app's: each complaint is due 30 days after it was accepted."""

    complaints: list[Complaint]
    name: str = "complaint"

    def deadlines(self, dates: Collection[datetime.date], *, on: datetime.date) -> list[Deadline]:
        return [
            Deadline(self.name, f"complaint:{c.pk}", c.due, frozenset({c.handler.pk}), frozenset({c.head.pk}))
            for c in self.complaints
            if c.due in set(dates)
        ]

    def message(self, reminder: Reminder, *, stage: Stage, on: datetime.date) -> Message | None:
        complaint = next(c for c in self.complaints if f"complaint:{c.pk}" == reminder.subject_key)
        text = f"Đơn khiếu nại số {complaint.pk}: hạn giải quyết {complaint.due:%d/%m/%Y} ({stage.value})"
        return Message(subject=text, body=text, notice=text, url="")

    def calendar_entries(self, *, user: User, organization: Organization | None) -> list[CalendarEntry]:
        return [
            CalendarEntry(f"complaint-{c.pk}@test", c.due, f"Hạn giải quyết đơn {c.pk}", "", "")
            for c in self.complaints
            if user.pk in (c.handler.pk, c.head.pk)
        ]


@pytest.fixture
def complaint(tree: Any, make_user: Any) -> Iterator[Complaint]:
    handler = make_user(tree.department, "agency_officer", email="thuly@haiphong.gov.vn")
    head = make_user(tree.department, "leader", email="giamdoc@haiphong.gov.vn")
    # Accepted Monday 26/01/2026: 30 days end Wednesday 25/02/2026, just after Tết (14–22/02).
    item = Complaint(pk=7, accepted_on=D(2026, 1, 26), handler=handler, head=head)
    source = ComplaintDeadlines([item])
    deadlines.register(source)
    yield item
    deadlines.unregister(source.name)


def test_a_registered_limit_is_reminded_in_working_days_across_tet(complaint: Complaint) -> None:
    assert complaint.due == D(2026, 2, 25)
    first_day: dict[deadlines.Due, datetime.date] = {}
    for day in (D(2026, 2, 1) + datetime.timedelta(days=n) for n in range(30)):
        for due in deadlines.reminders_due(day):
            first_day.setdefault(due, day)
    # 7 working days before 25/02: 24, 23, 13, 12, 11, 10, 09/02 → Monday 09/02; 3 before: Friday 13/02 (the
    # last working day before Tết); the day itself; the escalation from the next working day, Thursday 26/02
    # (the same key on the following days of the look-back window, so it is sent once).
    assert sorted((day, due.kind, due.recipient_id) for due, day in first_day.items()) == [
        (D(2026, 2, 9), "complaint_due_soon", complaint.handler.pk),
        (D(2026, 2, 13), "complaint_due_soon", complaint.handler.pk),
        (D(2026, 2, 25), "complaint_due_today", complaint.handler.pk),
        (D(2026, 2, 26), "complaint_overdue", complaint.head.pk),
    ]


def test_the_schedule_of_a_day_before_a_long_holiday(settings: Any) -> None:
    # One working day ahead, from Friday 13/02/2026: every due date of Tết and Monday 23/02 after it.
    settings.REMINDER_DAYS_BEFORE = "1"
    plan = deadlines.schedule_for(D(2026, 2, 13))
    assert plan.soon == frozenset(D(2026, 2, 14) + datetime.timedelta(days=n) for n in range(10))
    assert plan.stage_of(D(2026, 2, 24)) is None
    # The escalation window reaches back 7 working days: to Wednesday 04/02.
    assert min(plan.overdue) == D(2026, 2, 4) and max(plan.overdue) == D(2026, 2, 12)
    assert (
        deadlines.schedule_for(D(2026, 2, 17)).soon == frozenset()
    )  # mùng 1 Tết: no reminders before the day


def test_the_engine_sends_each_reminder_once_by_mail_and_in_app(complaint: Complaint, smtp: Mailbox) -> None:
    first = send_due_reminders(on=D(2026, 2, 13))
    again = send_due_reminders(on=D(2026, 2, 13))
    assert (first.sent, again.sent, again.claimed) == (1, 0, 0)
    (message,) = smtp.to("thuly@haiphong.gov.vn")
    assert message.subject == "Đơn khiếu nại số 7: hạn giải quyết 25/02/2026 (due_soon)"
    assert Notification.objects.get(recipient=complaint.handler).text == message.subject
    escalated = send_due_reminders(on=D(2026, 2, 26))
    assert escalated.sent == 1
    assert [m.subject for m in smtp.to("giamdoc@haiphong.gov.vn")] == [
        "Đơn khiếu nại số 7: hạn giải quyết 25/02/2026 (overdue)"
    ]
    assert set(Reminder.objects.values_list("kind", flat=True)) == {"complaint_due_soon", "complaint_overdue"}


def test_a_reminder_of_a_source_no_longer_registered_is_closed_without_a_message(
    complaint: Complaint, smtp: Mailbox
) -> None:
    Reminder.objects.create(
        kind="retired_due_today", subject_key="x:1", recipient=complaint.handler, for_date=D(2026, 2, 13)
    )
    run = send_due_reminders(on=D(2026, 2, 13))
    assert run.sent == 1  # the complaint's, not the retired source's
    assert not Reminder.objects.filter(sent_at__isnull=True).exists()


def test_the_calendar_feed_lists_every_registered_kind(complaint: Complaint) -> None:
    feed = CalendarFeed.objects.create(user=complaint.handler)
    response = Client().get(f"/reporting/calendar/{feed.token}.ics")
    assert response.status_code == 200
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    (event,) = [e for e in events if str(e["UID"]) == "complaint-7@test"]
    assert event.decoded("dtstart") == D(2026, 2, 25)
    assert str(event["SUMMARY"]) == "Hạn giải quyết đơn 7"


def test_a_source_name_cannot_hold_the_kind_separator() -> None:
    with pytest.raises(ValueError):
        deadlines.register(ComplaintDeadlines([], name="complaint_answer"))
