"""Reception days and their monthly duty check, dialogues whose commitments become plan tasks, the figure
`feedback_on_time`, and the deadline source the reminder engine reads."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from danvan.core import deadlines as engine
from danvan.core import measures
from danvan.core.measures import Span
from danvan.feedback import actions
from danvan.feedback.models import Kind, ReceptionSchedule
from danvan.feedback.queries import duty_check, required_sessions
from danvan.plans.models import Assignment, Plan, Task
from danvan.testing import client_for

pytestmark = pytest.mark.django_db
D = datetime.date


def test_heads_who_missed_their_reception_duty_are_listed(tree: Any, make_user: Any) -> None:
    coordinator = make_user(tree.province, "coordinator")
    chair = actions.add_schedule(
        actor=None,
        organization=tree.commune,
        head_name="Chủ tịch xã",
        position="Chủ tịch UBND xã",
        frequency=ReceptionSchedule.Frequency.WEEKLY,
        when="Thứ Năm",
        place="Trụ sở xã",
    )
    director = actions.add_schedule(
        actor=None,
        organization=tree.department,
        head_name="Giám đốc",
        position="Giám đốc Sở",
        frequency=ReceptionSchedule.Frequency.MONTHLY,
        when="Ngày 15",
        place="Trụ sở Sở",
    )
    # March 2026 has five Mondays (2, 9, 16, 23, 30): a weekly head owes five sessions.
    assert required_sessions(ReceptionSchedule.Frequency.WEEKLY, 2026, 3) == 5
    for day in (5, 12, 19, 26):
        actions.record_session(actor=None, schedule=chair, held_on=D(2026, 3, day), people_received=2)
    actions.record_session(actor=None, schedule=director, held_on=D(2026, 3, 16), people_received=1)
    checks = {c.schedule.pk: c for c in duty_check(coordinator, 2026, 3)}
    assert (checks[chair.pk].held, checks[chair.pk].missed) == (4, True)
    assert (checks[director.pk].held, checks[director.pk].missed) == (1, False)
    page = client_for(coordinator).get(reverse("feedback:reception") + "?month=2026-03").content.decode()
    assert "Chưa thực hiện đủ" in page
    # The department's officer sees its own head only.
    officer = make_user(tree.department, "agency_officer")
    assert [c.schedule.pk for c in duty_check(officer, 2026, 3)] == [director.pk]


def test_a_dialogue_commitment_becomes_a_task_of_the_agency_plan(tree: Any, make_user: Any) -> None:
    from danvan.plans import actions as plan_actions
    from danvan.plans.tests.conftest import parsed_catalog

    officer = make_user(tree.department, "agency_officer")
    plan = plan_actions.import_parsed(
        actor=None,
        owner=tree.department,
        kind=Plan.Kind.AGENCY_PLAN,
        parsed=parsed_catalog(number="12/KH-SCT", type="Kế hoạch"),
        file_name="kh.txt",
        data=b"KE HOACH",
    )
    client = client_for(officer)
    response = client.post(
        reverse("feedback:dialogue-list"),
        {
            "organization": tree.department.pk,
            "title": "Đối thoại với doanh nghiệp",
            "held_on": "2026-03-10",
            "place": "Hội trường Sở",
            "chair": "Giám đốc Sở",
            "topics": "Thủ tục cấp phép",
            "minutes_file": SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4\n%%EOF\n"),
        },
    )
    assert response.status_code == 302
    dialogue = tree.department.dialogues.get()
    client.post(
        reverse("feedback:commitment-add", args=[dialogue.pk]),
        {
            "text": "Rút ngắn thời gian cấp phép",
            "lead_organization": tree.unit.pk,
            "due": "2026-06-30",
            "plan": plan.pk,
        },
    )
    (commitment,) = dialogue.commitments.all()
    task = Task.objects.get(pk=commitment.task_id)
    assert task.plan == plan and task.due == D(2026, 6, 30) and "Rút ngắn thời gian cấp phép" in task.content
    assert task.assignments.get(role=Assignment.Role.LEAD).organization == tree.unit
    assert "Rút ngắn thời gian cấp phép" in client.get(dialogue.get_absolute_url()).content.decode()


def test_minutes_of_another_type_are_refused_and_nothing_is_kept(tree: Any, make_user: Any) -> None:
    officer = make_user(tree.department, "agency_officer")
    response = client_for(officer).post(
        reverse("feedback:dialogue-list"),
        {
            "organization": tree.department.pk,
            "title": "Đối thoại",
            "held_on": "2026-03-10",
            "place": "Sở",
            "chair": "Giám đốc",
            "topics": "Thủ tục",
            "minutes_file": SimpleUploadedFile("bien-ban.exe", b"MZ"),
        },
        follow=True,
    )
    assert "Không nhận tệp loại “.exe”" in response.content.decode()
    assert not tree.department.dialogues.exists()


def test_feedback_on_time_counts_answers_within_the_limit(tree: Any, make_user: Any, make_item: Any) -> None:
    officer = make_user(tree.department, "agency_officer")
    on_time = make_item(province=None, organization=tree.department, received_on=D(2026, 3, 2))
    late = make_item(province=None, organization=tree.department, received_on=D(2026, 3, 2))
    make_item(province=None, organization=tree.department, received_on=D(2026, 3, 2))  # not answered
    actions.answer_feedback(actor=officer, item=on_time, text="Đã trả lời.", on=D(2026, 3, 10))
    actions.answer_feedback(actor=officer, item=late, text="Trả lời muộn.", on=D(2026, 4, 30))
    figure = measures.figure("feedback_on_time", tree.department.pk, Span.year(2026))
    assert figure is not None and (figure.numerator, figure.denominator) == (1, 3)
    assert measures.figure("feedback_on_time", tree.commune.pk, Span.year(2026)) is None


def test_open_items_fall_due_for_the_handler_and_escalate_to_the_head(
    tree: Any, make_user: Any, make_item: Any
) -> None:
    officer = make_user(tree.department, "agency_officer")
    leader = make_user(tree.department, "leader")
    item = make_item(
        kind=Kind.DENUNCIATION, province=None, organization=tree.department, received_on=D(2026, 3, 2)
    )
    (source,) = [s for s in engine.sources() if s.name == "feedback"]
    # New: due on the last day to accept (7 working days after Mon 2/3: Wed 11/3), for the agency's officers.
    (deadline,) = source.deadlines([D(2026, 3, 11)], on=D(2026, 3, 9))
    assert deadline.responsible == {officer.pk} and deadline.escalate_to == {leader.pk}
    item = actions.accept_feedback(actor=officer, item=item, on=D(2026, 3, 4))
    assert list(source.deadlines([D(2026, 3, 11)], on=D(2026, 3, 9))) == []
    assert item.resolve_due == D(2026, 4, 3)  # 30 days from Wed 4/3: Fri 3/4
    (answer_due,) = source.deadlines([D(2026, 4, 3)], on=D(2026, 3, 9))
    assert answer_due.responsible == {officer.pk}
    due = engine.reminders_for(source, D(2026, 4, 3))
    assert {d.kind for d in due} == {"feedback_due_today"}


def test_the_reminder_message_is_in_vietnamese(tree: Any, make_user: Any, make_item: Any) -> None:
    from danvan.core.models import Reminder

    officer = make_user(tree.department, "agency_officer")
    item = make_item(province=None, organization=tree.department, received_on=D(2026, 3, 2))
    (source,) = [s for s in engine.sources() if s.name == "feedback"]
    reminder = Reminder(
        kind="feedback_overdue", subject_key=f"feedback:{item.pk}", recipient=officer, for_date=D(2026, 3, 12)
    )
    message = source.message(reminder, stage=engine.Stage.OVERDUE, on=D(2026, 3, 13))
    assert message is not None
    assert message.subject.startswith("Quá hạn: ý kiến " + item.code) and "12/03/2026" in message.subject
    assert item.code in message.body and "Đèn đường hỏng" in message.body


def test_a_month_not_over_does_not_count_a_head_as_having_missed_the_duty(tree: Any, make_user: Any) -> None:
    """On 7 March the monthly head still has until the end of the month: not "missed", but "month not over"."""
    coordinator = make_user(tree.province, "coordinator")
    director = actions.add_schedule(
        actor=None,
        organization=tree.department,
        head_name="Giám đốc",
        position="Giám đốc Sở",
        frequency=ReceptionSchedule.Frequency.MONTHLY,
        when="Ngày 15",
        place="Trụ sở Sở",
    )
    (check,) = duty_check(coordinator, 2026, 3, today=D(2026, 3, 7))
    assert (check.schedule.pk, check.held, check.missed) == (director.pk, 0, False)
    (check,) = duty_check(coordinator, 2026, 3, today=D(2026, 4, 1))
    assert check.missed
