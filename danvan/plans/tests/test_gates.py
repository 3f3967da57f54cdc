"""Gates before submitting and issuing a plan (Nghị định 30/2020 and the plan's purpose): every task has a lead
unit, the plan has tasks, the linter's blocking findings are fixed, and the plan is issued with its number and
date. Each refusal lists what to fix with links; warnings do not block."""

from __future__ import annotations

import datetime
import io
from typing import Any

import docx
import pytest
from django.urls import reverse

from danvan.core.models import AuditEvent
from danvan.plans import actions, coverage
from danvan.plans.export import export_docx
from danvan.plans.models import Assignment, Plan
from danvan.testing import client_for

pytestmark = pytest.mark.django_db
ISSUED_ON = datetime.date(2025, 8, 20)


def give_every_task_a_lead(plan: Plan, organization: Any) -> None:
    for task in plan.tasks.filter(is_heading=False):
        if not task.assignments.filter(role=Assignment.Role.LEAD).exists():
            actions.assign(actor=None, task=task, role=Assignment.Role.LEAD, organization=organization)


def approved(plan: Plan, tree: Any) -> Plan:
    give_every_task_a_lead(plan, tree.unit)
    actions.submit_plan(actor=None, plan=plan)
    actions.approve_plan(actor=None, plan=plan)
    return Plan.objects.get(pk=plan.pk)


def without_lead(plan: Plan) -> list[str]:
    return [
        t.number
        for t in plan.tasks.filter(is_heading=False)
        if not t.assignments.filter(role="lead").exists()
    ]


def test_submission_is_refused_while_a_task_has_no_lead_unit_and_lists_it(
    agency_plan: Plan, tree: Any
) -> None:
    task = actions.add_task(actor=None, plan=agency_plan, number="9", content="Nhiệm vụ riêng của Sở")
    with pytest.raises(actions.PlanNotReady) as refusal:
        actions.submit_plan(actor=None, plan=Plan.objects.get(pk=agency_plan.pk))
    assert "chưa thể trình" in str(refusal.value).lower()
    texts = [text for text, _url in refusal.value.items]
    assert "Nhiệm vụ 9 chưa có đơn vị chủ trì." in texts
    urls = dict(refusal.value.items)
    assert urls["Nhiệm vụ 9 chưa có đơn vị chủ trì."] == (
        reverse("plans:plan-review", args=[agency_plan.pk]) + f"#task-{task.pk}"
    )
    assert Plan.objects.get(pk=agency_plan.pk).status == Plan.Status.DRAFT
    actions.assign(actor=None, task=task, role=Assignment.Role.LEAD, organization=tree.unit)
    give_every_task_a_lead(agency_plan, tree.unit)
    actions.submit_plan(actor=None, plan=Plan.objects.get(pk=agency_plan.pk))
    assert Plan.objects.get(pk=agency_plan.pk).status == Plan.Status.SUBMITTED


def test_an_empty_plan_cannot_be_submitted(agency_plan: Plan) -> None:
    for task in agency_plan.tasks.all():
        actions.delete_task(actor=None, task=task)
    with pytest.raises(actions.PlanNotReady) as refusal:
        actions.submit_plan(actor=None, plan=Plan.objects.get(pk=agency_plan.pk))
    assert [text for text, _url in refusal.value.items] == ["Kế hoạch chưa có nhiệm vụ nào."]


def test_warnings_do_not_block_submission_or_issue(agency_plan: Plan, tree: Any) -> None:
    task = agency_plan.tasks.get(source_task__number="1.2")
    actions.update_task(actor=None, task=task, changes={"due": datetime.date(2025, 12, 20)})
    plan = approved(agency_plan, tree)
    warnings = {f.code for f in coverage.lint(plan) if not f.blocking}
    assert "later_than_catalog" in warnings
    actions.issue_plan(actor=None, plan=plan, number="05", date=ISSUED_ON)
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.ISSUED


def test_issue_without_number_and_date_is_refused_and_writes_nothing(agency_plan: Plan, tree: Any) -> None:
    plan = approved(agency_plan, tree)
    assert plan.document is None
    with pytest.raises(actions.PlanNotReady) as refusal:
        actions.issue_plan(actor=None, plan=plan)
    assert dict(refusal.value.items) == {
        "Văn bản chưa có số.": plan.get_absolute_url() + "#issue-form",
        "Văn bản chưa có ngày ban hành.": plan.get_absolute_url() + "#issue-form",
    }
    with pytest.raises(actions.PlanNotReady) as refusal:
        actions.issue_plan(actor=None, plan=Plan.objects.get(pk=plan.pk), number="05")
    assert [text for text, _url in refusal.value.items] == ["Văn bản chưa có ngày ban hành."]
    fresh = Plan.objects.get(pk=plan.pk)
    assert fresh.status == Plan.Status.APPROVED and fresh.document is None  # the refusal kept nothing


def test_issue_registers_the_number_completed_with_the_symbol_and_the_docx_prints_it(
    agency_plan: Plan, tree: Any
) -> None:
    plan = approved(agency_plan, tree)
    actions.issue_plan(actor=None, plan=plan, number="05", date=ISSUED_ON)
    plan = Plan.objects.select_related("document").get(pk=plan.pk)
    assert plan.status == Plan.Status.ISSUED
    assert plan.document is not None and plan.document.number == "05/KH-SCT"
    assert plan.document.date == ISSUED_ON
    event = AuditEvent.objects.get(action=AuditEvent.Action.PUBLISHED, target_id=str(plan.pk))
    assert event.details == {"number": "05/KH-SCT", "date": "2025-08-20"}
    letterhead = docx.Document(io.BytesIO(export_docx(plan))).tables[0]
    assert letterhead.cell(1, 0).text.strip() == "Số: 05/KH-SCT"
    assert "ngày 20 tháng 8 năm 2025" in letterhead.cell(1, 1).text


def test_a_number_that_is_not_a_symbol_is_refused_in_vietnamese(agency_plan: Plan, tree: Any) -> None:
    plan = approved(agency_plan, tree)
    with pytest.raises(actions.TransitionError, match="không phải số văn bản"):
        actions.issue_plan(actor=None, plan=plan, number="số năm", date=ISSUED_ON)
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.APPROVED


def test_the_plan_page_shows_the_refusal_with_links_and_keeps_what_was_typed(
    agency_plan: Plan, tree: Any, make_user: Any
) -> None:
    actions.add_task(actor=None, plan=agency_plan, number="9", content="Nhiệm vụ riêng của Sở")
    officer = make_user(tree.department, "agency_officer")
    client = client_for(officer)
    page = client.post(reverse("plans:plan-submit", args=[agency_plan.pk]), follow=True).content.decode()
    assert "Chưa thể trình kế hoạch" in page
    assert f'href="{reverse("plans:plan-review", args=[agency_plan.pk])}#task-' in page
    assert "Nhiệm vụ 9 chưa có đơn vị chủ trì." in page

    plan = approved(Plan.objects.get(pk=agency_plan.pk), tree)
    leader = make_user(tree.department, "leader")
    response = client_for(leader).post(
        reverse("plans:plan-issue", args=[plan.pk]), {"number": "", "date": "2025-08-20"}
    )
    assert response.status_code == 302 and "date=2025-08-20" in response["Location"]
    page = client_for(leader).get(response["Location"]).content.decode()
    assert 'value="2025-08-20"' in page and 'id="issue-form"' in page
    issued = client_for(leader).post(
        reverse("plans:plan-issue", args=[plan.pk]), {"number": "07", "date": "2025-08-20"}, follow=True
    )
    assert "Đã ban hành kế hoạch." in issued.content.decode()
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.ISSUED
