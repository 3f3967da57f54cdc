"""Background work of the reporting app (django-tasks, run by `manage.py db_worker`)."""

from __future__ import annotations

import datetime
import importlib
import logging
from collections.abc import Callable
from typing import Any

from django_tasks import task

from danvan.reporting.actions import reminders

logger = logging.getLogger(__name__)

# Written in another area of the app; the nightly pass runs it first when it is there.
PROGRESS_MODULE = "danvan.reporting.actions.progress"


def status_refresher() -> Callable[..., Any] | None:
    """`refresh_statuses` of the progress actions, or None while that module does not exist."""
    try:
        module = importlib.import_module(PROGRESS_MODULE)
    except ModuleNotFoundError as error:
        if error.name != PROGRESS_MODULE:  # a broken import inside the module must not be hidden
            raise
        return None
    refresh: Callable[..., Any] | None = getattr(module, "refresh_statuses", None)
    return refresh


def nightly_pass(on: datetime.date) -> reminders.ReminderRun:
    """Refresh task statuses as of `on` (when available), then send the day's reminders."""
    refresh = status_refresher()
    if refresh is None:
        logger.info("%s.refresh_statuses is not available; statuses not refreshed", PROGRESS_MODULE)
    else:
        refresh(on=on)
    return reminders.send_due_reminders(on=on)


@task()
def run_reminders(on: str) -> dict[str, Any]:
    """The nightly pass for the ISO date `on`; returns the pass's figures (stored with the job's result)."""
    run = nightly_pass(datetime.date.fromisoformat(on))
    return {"date": on, "due": run.due, "claimed": run.claimed, "sent": run.sent, "failed": run.failed}
