"""Status classification at period boundaries (the Government Office's vocabulary)."""

from __future__ import annotations

import datetime

from danvan.reporting.models import Status, TaskProgress, classify

DUE = datetime.date(2025, 9, 30)
DONE, DOING, NOT_STARTED = (
    TaskProgress.State.DONE,
    TaskProgress.State.IN_PROGRESS,
    TaskProgress.State.NOT_STARTED,
)


def at(day: int, month: int = 9) -> datetime.date:
    return datetime.date(2025, month, day)


def test_done_on_the_due_date_is_on_time_and_a_day_later_is_late() -> None:
    assert (
        classify(due=DUE, recurring=False, state=DONE, completed_on=DUE, on=at(5, 10)) == Status.DONE_ON_TIME
    )
    assert (
        classify(due=DUE, recurring=False, state=DONE, completed_on=at(1, 10), on=at(5, 10))
        == Status.DONE_LATE
    )


def test_not_done_is_in_progress_until_the_due_date_and_overdue_the_day_after() -> None:
    assert classify(due=DUE, recurring=False, state=DOING, completed_on=None, on=DUE) == Status.IN_PROGRESS
    assert classify(due=DUE, recurring=False, state=DOING, completed_on=None, on=at(1, 10)) == Status.OVERDUE
    assert (
        classify(due=DUE, recurring=False, state=NOT_STARTED, completed_on=None, on=at(1, 10))
        == Status.OVERDUE
    )


def test_work_done_after_the_cutoff_counts_as_not_yet_done_at_the_cutoff() -> None:
    assert (
        classify(due=DUE, recurring=False, state=DONE, completed_on=at(3, 10), on=DUE) == Status.IN_PROGRESS
    )


def test_recurring_tasks_are_never_overdue() -> None:
    far_later = datetime.date(2030, 1, 1)
    assert (
        classify(due=DUE, recurring=True, state=NOT_STARTED, completed_on=None, on=far_later)
        == Status.RECURRING
    )
    assert (
        classify(due=None, recurring=True, state=DOING, completed_on=None, on=far_later) == Status.RECURRING
    )


def test_a_task_without_deadline_is_never_overdue() -> None:
    assert (
        classify(due=None, recurring=False, state=NOT_STARTED, completed_on=None, on=at(1, 12))
        == Status.NOT_STARTED
    )
