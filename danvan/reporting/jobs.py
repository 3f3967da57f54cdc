"""Background work of the reporting app (django-tasks, run by `manage.py db_worker`)."""

from __future__ import annotations

import datetime
import logging
from typing import Any

from django_tasks import task

from danvan.reporting import summaries
from danvan.reporting.actions import reminders
from danvan.reporting.actions.progress import refresh_statuses
from danvan.reporting.models import ReportingPeriod

logger = logging.getLogger(__name__)


def nightly_pass(on: datetime.date) -> reminders.ReminderRun:
    """Refresh task statuses and the open periods' dashboard figures as of `on`, then send the day's reminders."""
    refresh_statuses(on=on)
    # Overdue tasks change the dashboards' figures overnight: recompute the open periods.
    for period in ReportingPeriod.objects.filter(state=ReportingPeriod.State.OPEN):
        summaries.refresh_period(period, today=on)
    return reminders.send_due_reminders(on=on)


@task()
def run_reminders(on: str) -> dict[str, Any]:
    """The nightly pass for the ISO date `on`; returns the pass's figures (stored with the job's result)."""
    run = nightly_pass(datetime.date.fromisoformat(on))
    return {"date": on, "due": run.due, "claimed": run.claimed, "sent": run.sent, "failed": run.failed}
