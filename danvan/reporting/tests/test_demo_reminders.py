"""The demo shows the reminder engine at work: on the day it is loaded, the officers of the agencies that still owe
the demo period's report have been reminded before and on the due date, and their leaders told it has passed."""

from __future__ import annotations

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from danvan.accounts.models import User
from danvan.core import workdays
from danvan.core.models import Notification, Reminder
from danvan.organizations.models import Membership
from danvan.reporting.demo import DEMO_PERIOD_NAME, DUE_WORKING_DAYS_AGO
from danvan.reporting.models import Report, ReportingPeriod
from danvan.reporting.queries.dashboard import get_dashboard_period, period_dashboard
from danvan.reporting.queries.reports import consolidated_data

pytestmark = pytest.mark.django_db

# Who hears what: officers before and on the day, leaders after it.
EXPECTED = {
    "canbo.sngv": {"report_due_soon", "report_due_today"},
    "lanhdao.sngv": {"report_overdue"},
    "canbo.haiduong": {"report_due_soon", "report_due_today"},
    "lanhdao.haiduong": {"report_overdue"},
}


def test_demo_users_have_reminders_of_every_stage_and_a_second_pass_sends_nothing() -> None:
    call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
    today = timezone.localdate()
    period = ReportingPeriod.objects.get(name=DEMO_PERIOD_NAME)
    assert period.due == workdays.add_working_days(today, -DUE_WORKING_DAYS_AGO)
    assert workdays.is_working_day(period.due)
    # The catalog's 2025 schedule is closed: the coordinator's dashboard opens on the period being chased.
    coordinator = User.objects.get(username="dieuphoi")
    assert get_dashboard_period(coordinator, None) == period
    assert not ReportingPeriod.objects.filter(state=ReportingPeriod.State.OPEN).exclude(pk=period.pk).exists()
    # The dashboard, the consolidated report and the reminders agree on who still owes the report: a returned
    # one is owed again.
    owed = period_dashboard(coordinator, period, today=today)["overdue_reports"]
    missing = consolidated_data(period, today=today).missing
    assert owed == len(missing) and "Sở Ngoại vụ" in {o.name for o in missing}

    # Every agency of the demo that still owes its report has an officer and a leader.
    owing = Report.objects.filter(period=period).exclude(
        state__in=(Report.State.SUBMITTED, Report.State.ACCEPTED)
    )
    assert owing.count() == 2
    for report in owing:
        roles = set(
            Membership.objects.filter(organization=report.organization).values_list("role", flat=True)
        )
        assert {Membership.Role.AGENCY_OFFICER, Membership.Role.LEADER} <= roles, report.organization.name

    for username, kinds in EXPECTED.items():
        rows = Reminder.objects.filter(recipient__username=username, kind__startswith="report_")
        assert set(rows.values_list("kind", flat=True)) == kinds, username
        assert not rows.filter(sent_at__isnull=True).exists()
        # "7 and 3 working days before" are two reminders; the day and the escalation one each.
        expected_rows = 3 if "report_due_soon" in kinds else 1
        assert rows.count() == expected_rows, username
        # In the bell, dated the morning each past pass sent it.
        notices = Notification.objects.filter(recipient__username=username, text__contains=period.name)
        reminded = [n for n in notices if timezone.localdate(n.created_at) < today]
        assert len(reminded) == expected_rows, [n.text for n in notices]
        # And in the mailbox.
        mails = [
            m
            for m in mail.outbox
            if m.to == [f"{username}@danvan.local"] and "hạn" in m.subject and period.name in m.body
        ]
        assert len(mails) == expected_rows, [m.subject for m in mails]
    overdue = Notification.objects.filter(recipient__username="lanhdao.sngv", text__contains=period.name)
    assert any("Sở Ngoại vụ chưa gửi" in n.text for n in overdue), [n.text for n in overdue]
    # Agencies that sent their report on time heard nothing about it.
    assert not Reminder.objects.filter(
        recipient__username__in=["canbo.sct", "lanhdao.sct"], kind__startswith="report_"
    ).exists()

    # The catalog's overdue tasks: the leaders of the lead agencies that had not finished one were told the
    # first working day after it fell due, in the bell and by e-mail, dated that morning.
    escalated = Reminder.objects.filter(kind="task_overdue").select_related("recipient")
    assert escalated.exists()
    for reminder in escalated:
        assert reminder.recipient.memberships.filter(role=Membership.Role.LEADER).exists()
        assert reminder.sent_at is not None
        assert timezone.localdate(reminder.sent_at) == workdays.add_working_days(reminder.for_date, 1)
        assert Notification.objects.filter(
            recipient=reminder.recipient, created_at__date=timezone.localdate(reminder.sent_at)
        ).exists()

    # Running the engine again, as cron would tonight, or loading the demo again, sends nothing new.
    counts = (Reminder.objects.count(), Notification.objects.count(), len(mail.outbox))
    out = io.StringIO()
    call_command("run_reminders", inline=True, stdout=out)
    assert " 0 new, 0 sent, 0 failed" in out.getvalue()
    call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
    assert (Reminder.objects.count(), Notification.objects.count(), len(mail.outbox)) == counts
