"""The self-scoring deadline reaches the deadline engine: sheets not yet sent are reminded, sent ones are not."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from danvan.core import deadlines
from danvan.core.deadlines import Stage
from danvan.core.models import Reminder
from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.reminders import SELF_SCORING, self_scoring_reminders
from danvan.evaluation.tests.conftest import RoundWorld, score_all

pytestmark = pytest.mark.django_db


def test_sheets_not_sent_are_reminded_and_their_leaders_told_once_late(
    round_world: RoundWorld, make_user: Any, tree: Any
) -> None:
    officer = make_user(tree.department, "agency_officer")
    leader = make_user(tree.department, "leader")
    commune_officer = make_user(tree.commune, "agency_officer")
    assert SELF_SCORING in deadlines.sources()
    due = round_world.round.self_due
    # The commune sends its sheet in time: it is no longer reminded.
    sheet = score_all(round_world.commune, {"1.1": 40, "1.2": 20, "II": 30, "III": 0, "IV": 0})
    actions.approve_assessment(actor=None, assessment=sheet)
    found = {d.subject_key: d for d in SELF_SCORING.deadlines([due], on=due)}
    assert f"assessment:{round_world.department.pk}" in found
    assert f"assessment:{round_world.commune.pk}" not in found
    department = found[f"assessment:{round_world.department.pk}"]
    assert officer.pk in department.responsible and leader.pk in department.escalate_to
    assert commune_officer.pk not in department.responsible
    on_the_day = self_scoring_reminders(due)
    assert {(r.kind, r.recipient_id) for r in on_the_day} >= {("evaluation_due_today", officer.pk)}
    reminder = Reminder(
        kind="evaluation_due_today",
        subject_key=department.subject_key,
        recipient=officer,
        for_date=due,
    )
    message = SELF_SCORING.message(reminder, stage=Stage.DUE_TODAY, on=due)
    assert (
        message is not None and "Sở Công Thương" in message.notice and "Chấm điểm năm 2025" in message.notice
    )
    assert message.url == round_world.department.get_absolute_url()
    later = self_scoring_reminders(due + datetime.timedelta(days=1))
    assert {(r.kind, r.recipient_id) for r in later} >= {("evaluation_overdue", leader.pk)}
