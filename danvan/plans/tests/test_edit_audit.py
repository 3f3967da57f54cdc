"""Every edit of a draft plan records one audit event on the plan (`plan.<edit>`) with what changed, and the plan's
history page lists it in Vietnamese."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst

from danvan.core.models import AuditEvent
from danvan.plans import actions
from danvan.plans.models import Assignment, Document, Plan, Task
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


def events(plan: Plan) -> list[AuditEvent]:
    return list(
        AuditEvent.objects.filter(target_id=str(plan.pk), action__startswith="plan.").order_by(
            "created_at", "pk"
        )
    )


def fresh(plan: Plan) -> Plan:
    return Plan.objects.get(pk=plan.pk)


def test_each_edit_of_a_plan_records_one_event_with_what_changed(
    agency_plan: Plan, tree: Any, three_users: Any
) -> None:
    own = three_users.own
    task = actions.add_task(
        actor=own,
        plan=fresh(agency_plan),
        content="Tuyên truyền về dân vận",
        number="9",
        due=datetime.date(2026, 3, 2),
    )
    actions.update_task(
        actor=own,
        task=Task.objects.get(pk=task.pk),
        changes={"content": "Tuyên truyền về dân vận khéo", "number": "9"},
    )
    actions.set_rollup(actor=own, plan=fresh(agency_plan), rollup=Plan.Rollup.WEIGHTED)
    target = actions.add_target(
        actor=own,
        plan=fresh(agency_plan),
        text="Số mô hình dân vận khéo",
        value=Decimal("12.5"),
        unit="mô hình",
    )
    actions.remove_target(actor=own, target=target)
    obligation = actions.add_reporting_obligation(
        actor=own, plan=fresh(agency_plan), what="Báo cáo sơ kết", due=datetime.date(2026, 6, 15)
    )
    actions.remove_reporting_obligation(actor=own, obligation=obligation)
    lead = actions.assign(actor=own, task=Task.objects.get(pk=task.pk), role="lead", organization=tree.unit)
    actions.remove_assignment(actor=own, assignment=lead)
    actions.delete_task(actor=own, task=Task.objects.get(pk=task.pk))

    recorded = events(agency_plan)
    assert [event.action for event in recorded] == [
        "plan.task_added",
        "plan.task_updated",
        "plan.rollup_set",
        "plan.target_added",
        "plan.target_removed",
        "plan.obligation_added",
        "plan.obligation_removed",
        "plan.assigned",
        "plan.assignment_removed",
        "plan.task_deleted",
    ]
    assert all(event.actor == own for event in recorded)
    added, updated, rollup, target_added, _, obligation_added, _, assigned, removed, deleted = (
        event.details for event in recorded
    )
    assert added == {"task": task.pk, "task_label": "9 Tuyên truyền về dân vận", "due": "2026-03-02"}
    assert updated["fields"] == ["content"] and updated["model"] == "plans.task"  # "number" did not change
    assert updated["task_label"] == "9 Tuyên truyền về dân vận khéo"
    assert rollup == {"rollup": "weighted"}
    assert target_added == {"text": "Số mô hình dân vận khéo", "value": 12.5, "unit": "mô hình"}
    assert obligation_added == {"text": "Báo cáo sơ kết", "due": "2026-06-15"}
    assert assigned["is_lead"] is True and assigned["organization"] == tree.unit.pk
    assert removed["name"] == assigned["name"] and deleted["task"] == task.pk


def test_a_refused_edit_records_nothing(agency_plan: Plan, three_users: Any) -> None:
    with pytest.raises(actions.StaleVersion):
        actions.add_task(actor=three_users.own, plan=fresh(agency_plan), content="Nhiệm vụ", version=0)
    assert events(agency_plan) == []


def test_names_fixed_at_review_are_recorded_and_the_history_page_reads_them(
    catalog: Plan, tree: Any, three_users: Any
) -> None:
    document = catalog.document
    assert document is not None
    actions.update_document(
        actor=None, plan=fresh(catalog), changes={"number": "3178/QĐ-UBND", "signer": document.signer}
    )
    foreign = Assignment.objects.get(task__plan=catalog, text="các cơ quan ngoại giao trong và ngoài nước")
    actions.resolve_assignment(actor=None, assignment=foreign, organization=tree.other_department)
    actions.mark_external(actor=None, assignment=Assignment.objects.get(pk=foreign.pk))
    group = (
        Assignment.objects.filter(task__plan=catalog, expanded_from__isnull=True)
        .exclude(group_key="")
        .first()
    )
    assert group is not None
    actions.select_group_members(
        actor=None, assignment=group, members=[tree.other_department, tree.department]
    )
    recorded = events(catalog)
    assert [event.action for event in recorded] == [
        "plan.document_updated",
        "plan.assignment_resolved",
        "plan.assignment_external",
        "plan.group_members_selected",
    ]
    assert recorded[0].details == {"model": "plans.document", "fields": ["number"]}
    assert recorded[1].details["organization"] == tree.other_department.pk
    assert recorded[2].details["name"] == "các cơ quan ngoại giao trong và ngoài nước"
    assert recorded[0].actor is None and recorded[0].actor_label == ""  # the page shows "—", not a name
    members = recorded[3].details["members"]
    assert sorted(members) == sorted([tree.other_department.name, tree.department.name])

    page = (
        client_for(three_users.parent).get(reverse("plans:plan-history", args=[catalog.pk])).content.decode()
    )
    with translation.override("vi"):
        number_label = capfirst(str(Document._meta.get_field("number").verbose_name))
    for text in (
        "Sửa thông tin văn bản",
        "Chọn cơ quan, đơn vị cho tên ghi trong văn bản",
        "Giữ tên là cơ quan ngoài hệ thống",
        "Chọn các cơ quan, đơn vị có liên quan",
        f"Các mục đã sửa: {number_label}",  # the Document field's Vietnamese name
        tree.other_department.name,
        "1.3 Phối hợp với các cơ quan ngoại giao",
    ):
        assert text in page, text
    assert "Ghi nhận" not in page  # every plan edit has a label of its own


def test_an_edit_through_the_page_records_who_and_from_where(agency_plan: Plan, three_users: Any) -> None:
    response = client_for(three_users.own).post(
        reverse("plans:task-add", args=[agency_plan.pk]),
        {
            "content": "Nhiệm vụ của sở",
            "number": "9",
            "timeframe_raw": "",
            "due": "",
            "version": agency_plan.version,
        },
    )
    assert response.status_code == 302
    (event,) = events(agency_plan)
    assert event.action == "plan.task_added" and event.actor == three_users.own
    assert event.ip_address == "127.0.0.1"
    page = (
        client_for(three_users.own).get(reverse("plans:plan-history", args=[agency_plan.pk])).content.decode()
    )
    assert "Thêm nhiệm vụ" in page and "9 Nhiệm vụ của sở" in page
