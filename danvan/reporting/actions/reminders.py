"""Reporting's reminder pass: the deadline engine's pass (`danvan.core.reminders`), which sends reporting's task
and report reminders (registered in `danvan.reporting.reminders`) with every other app's."""

from __future__ import annotations

import datetime

from danvan.core.reminders import ReminderRun
from danvan.core.reminders import send_due_reminders as _engine_pass

__all__ = ["ReminderRun", "send_due_reminders"]


def send_due_reminders(*, on: datetime.date) -> ReminderRun:
    """One reminder pass for the day `on` over every registered deadline source (sends nothing twice)."""
    return _engine_pass(on=on)
