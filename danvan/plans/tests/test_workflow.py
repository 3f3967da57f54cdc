"""Import, review, publication, cascade and approval through the actions."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError

import docparse
from danvan.core.models import AuditEvent, Notification
from danvan.plans import actions, coverage
from danvan.plans.demo import DEMO_DIR
from danvan.plans.models import Assignment, Document, Plan, Task
from danvan.plans.tests.conftest import parsed_catalog

pytestmark = pytest.mark.django_db


def test_import_resolves_names_groups_and_keeps_the_unknown_as_written(catalog: Plan, tree: Any) -> None:
    rows = {a.text: a for a in Assignment.objects.filter(task__plan=catalog)}
    assert rows["Sở Nội vụ"].organization == tree.other_department
    assert rows["Các sở, ban, ngành"].group_key == "departments"
    assert rows["Ủy ban nhân dân cấp xã"].group_key == "communes"
    unknown = rows["các cơ quan ngoại giao trong và ngoài nước"]
    assert not unknown.is_resolved and unknown.confidence == 0
    assert catalog.tasks.get(number="1").is_heading
    assert catalog.tasks.get(number="1.1").parent == catalog.tasks.get(number="1")
    assert catalog.reporting_obligations.get().due == datetime.date(2025, 12, 5)
    assert AuditEvent.objects.filter(action=AuditEvent.Action.IMPORTED, target_id=str(catalog.pk)).exists()


def test_a_catalog_with_an_unresolved_name_cannot_be_published(catalog: Plan) -> None:
    findings = coverage.blocking_findings(catalog)
    assert [f.code for f in findings] == ["unresolved_name"]
    with pytest.raises(actions.TransitionError):
        actions.publish_catalog(actor=None, plan=catalog)
    assert Plan.objects.get(pk=catalog.pk).status == Plan.Status.DRAFT


def test_a_catalog_without_number_and_date_cannot_be_published(tree: Any) -> None:
    plan = actions.import_parsed(
        actor=None,
        owner=tree.province,
        kind=Plan.Kind.CATALOG,
        parsed=parsed_catalog(number=None, date=None),
        file_name="x.txt",
        data=b"x",
    )
    codes = {f.code for f in coverage.blocking_findings(plan)}
    assert {"blank_number", "blank_date"} <= codes


def test_publication_expands_groups_and_fills_the_inboxes(
    published_catalog: Plan, tree: Any, make_user: Any
) -> None:
    task = published_catalog.tasks.get(number="1.1")
    expanded = {a.organization for a in task.assignments.filter(expanded_from__isnull=False)}
    assert {tree.department, tree.other_department, tree.commune} <= expanded
    assert published_catalog.status == Plan.Status.ISSUED


def test_publication_notifies_the_members_of_assigned_organisations(
    catalog: Plan, tree: Any, make_user: Any
) -> None:
    officer = make_user(tree.commune, "agency_officer")
    for row in Assignment.objects.filter(task__plan=catalog):
        if not row.is_resolved:
            actions.mark_external(actor=None, assignment=row)
    actions.publish_catalog(actor=None, plan=Plan.objects.get(pk=catalog.pk))
    assert Notification.objects.filter(recipient=officer, url="/plans/inbox/").count() == 1


def test_start_from_the_catalog_prefills_every_task_the_organisation_leads_or_coordinates(
    agency_plan: Plan, published_catalog: Plan
) -> None:
    sources = [t.source_task.number for t in agency_plan.tasks.order_by("position")]  # type: ignore[union-attr]
    assert sources == ["1.1", "1.2", "1.3"]
    assert agency_plan.parent == published_catalog
    result = coverage.coverage_of(agency_plan)
    assert result is not None and result.missing == [] and result.percent == 100


def test_removing_a_task_shows_up_as_missing_coverage(agency_plan: Plan) -> None:
    task = agency_plan.tasks.get(source_task__number="1.2")
    actions.delete_task(actor=None, task=task)
    result = coverage.coverage_of(agency_plan)
    assert result is not None and [t.number for t in result.missing] == ["1.2"]
    assert any(f.code == "missing_catalog_task" for f in coverage.lint(agency_plan))


def test_a_deadline_later_than_the_catalogs_is_flagged(agency_plan: Plan) -> None:
    task = agency_plan.tasks.get(source_task__number="1.2")
    actions.update_task(actor=None, task=task, changes={"due": datetime.date(2025, 12, 20)})
    assert "later_than_catalog" in {f.code for f in coverage.lint(agency_plan)}


def test_approval_flow_with_return_and_history(agency_plan: Plan, tree: Any, make_user: Any) -> None:
    leader = make_user(tree.department, "leader")
    for task in agency_plan.tasks.all():
        actions.assign(actor=None, task=task, role=Assignment.Role.LEAD, organization=tree.unit)
    actions.submit_plan(actor=None, plan=agency_plan)
    assert Notification.objects.filter(recipient=leader).exists()
    actions.return_plan(actor=leader, plan=agency_plan, comment="Bổ sung chỉ tiêu")
    assert agency_plan.status == Plan.Status.RETURNED and agency_plan.return_comment == "Bổ sung chỉ tiêu"
    actions.submit_plan(actor=None, plan=agency_plan)
    actions.approve_plan(actor=leader, plan=agency_plan)
    actions.issue_plan(actor=None, plan=agency_plan, number="05", date=datetime.date(2025, 8, 20))
    assert Plan.objects.get(pk=agency_plan.pk).status == Plan.Status.ISSUED
    steps = list(
        AuditEvent.objects.filter(target_id=str(agency_plan.pk), target_type__model="plan").values_list(
            "action", flat=True
        )
    )
    assert (
        steps.count("submitted") == 2 and "returned" in steps and "approved" in steps and "published" in steps
    )


def test_steps_out_of_order_are_refused(agency_plan: Plan) -> None:
    with pytest.raises(actions.TransitionError):
        actions.approve_plan(actor=None, plan=agency_plan)
    with pytest.raises(ValidationError):
        actions.return_plan(actor=None, plan=agency_plan, comment="  ")


def test_a_stale_edit_fails_loudly_instead_of_overwriting(agency_plan: Plan) -> None:
    task = agency_plan.tasks.first()
    assert task is not None
    seen = agency_plan.version
    actions.update_task(actor=None, task=task, changes={"content": "Nội dung mới"}, version=seen)
    with pytest.raises(actions.StaleVersion):
        actions.update_task(actor=None, task=task, changes={"content": "Ghi đè"}, version=seen)
    assert Task.objects.get(pk=task.pk).content == "Nội dung mới"


def test_an_issued_plan_is_no_longer_editable(agency_plan: Plan, tree: Any) -> None:
    for task in agency_plan.tasks.all():
        actions.assign(actor=None, task=task, role=Assignment.Role.LEAD, organization=tree.unit)
    for step in (actions.submit_plan, actions.approve_plan):
        step(actor=None, plan=agency_plan)
    actions.issue_plan(actor=None, plan=agency_plan, number="05", date=datetime.date(2025, 8, 20))
    with pytest.raises(actions.TransitionError):
        actions.add_task(actor=None, plan=agency_plan, content="Muộn")


def test_a_number_set_at_review_links_plans_that_cite_it(tree: Any) -> None:
    draft = actions.import_parsed(
        actor=None,
        owner=tree.province,
        kind=Plan.Kind.CATALOG,
        parsed=parsed_catalog(number=None, date=None),
        file_name="x.txt",
        data=b"x",
    )
    citing = parsed_catalog(number=None, type="Kế hoạch", issuer="Sở Công Thương")
    citing["citations"] = [
        {
            "type": "Quyết định",
            "number": "3177/QĐ-UBND",
            "date": "2025-08-06",
            "issuer": "Ủy ban nhân dân thành phố",
            "raw": "Quyết định số 3177/QĐ-UBND",
        }
    ]
    plan = actions.import_parsed(
        actor=None,
        owner=tree.department,
        kind=Plan.Kind.AGENCY_PLAN,
        parsed=citing,
        file_name="kh.txt",
        data=b"x",
    )
    assert plan.parent is None and plan.parent_citation is not None
    actions.update_document(actor=None, plan=draft, changes={"number": "3177/QĐ-UBND"})
    plan.refresh_from_db()
    assert plan.parent == draft and plan.parent_citation is None


def test_reimport_keeps_edits_made_in_the_app_and_says_so(catalog: Plan) -> None:
    task = catalog.tasks.get(number="1.2")
    actions.update_task(actor=None, task=task, changes={"content": "Tổng hợp báo cáo (đã sửa trên hệ thống)"})
    corrected = parsed_catalog()
    corrected["tasks"][2]["text"] = "Tổng hợp báo cáo kết quả — bản sửa trong tệp"
    corrected["tasks"][3]["text"] = "Phối hợp với các cơ quan ngoại giao (bản sửa trong tệp)"
    report = actions.reimport_parsed(
        actor=None, plan=catalog, parsed=corrected, file_name="v2.txt", data=b"v2"
    )
    assert Task.objects.get(pk=task.pk).content == "Tổng hợp báo cáo (đã sửa trên hệ thống)"
    assert (
        catalog.tasks.get(number="1.3").content == "Phối hợp với các cơ quan ngoại giao (bản sửa trong tệp)"
    )
    assert report.kept_edits == ["nhiệm vụ 1.2"] and report.updated_tasks == 3


def test_a_malformed_citation_symbol_is_reported_once(tree: Any) -> None:
    text = (DEMO_DIR / "000_84244dea68afce53.txt").read_bytes()
    parsed = docparse.parse(text, "000.txt").to_dict()
    assert any("33/CTTTg" in w for w in parsed["warnings"])  # docparse flags it in the file
    plan = actions.import_parsed(
        actor=None,
        owner=tree.department,
        kind=Plan.Kind.AGENCY_PLAN,
        parsed=parsed,
        file_name="000.txt",
        data=text,
    )
    about_it = [f for f in coverage.lint(plan) if "33/CTTTg" in f.message]
    assert [f.code for f in about_it] == [
        "citation_symbol"
    ]  # the linter's own check on the reviewed citations


def test_a_plan_started_from_the_catalog_gets_a_proper_title(make_user: Any, tree: Any) -> None:
    from danvan.plans.titles import implementing_title

    catalog = Plan(title="Ban hành danh mục nhiệm vụ thực hiện công tác dân vận 6 tháng cuối năm")
    assert implementing_title(catalog) == (
        "Thực hiện “Ban hành danh mục nhiệm vụ thực hiện công tác dân vận 6 tháng cuối năm”"
    )
    catalog.document = Document(
        doc_type="Quyết định",
        number="3177/QĐ-UBND",
        date=datetime.date(2025, 8, 6),
        issuer_name="Ủy ban nhân dân thành phố Hải Phòng",
    )
    title = implementing_title(catalog)
    assert title == (
        "Thực hiện Quyết định số 3177/QĐ-UBND ngày 06/08/2025 của Ủy ban nhân dân thành phố Hải Phòng "
        "về việc ban hành danh mục nhiệm vụ thực hiện công tác dân vận 6 tháng cuối năm"
    )
    assert not title.startswith("Kế hoạch")


def test_the_officer_is_told_by_notice_and_e_mail_when_the_plan_is_approved_and_issued(
    agency_plan: Plan,
    tree: Any,
    make_user: Any,
    mailoutbox: list[Any],
    django_capture_on_commit_callbacks: Any,
) -> None:
    leader = make_user(tree.department, "leader")
    officer = make_user(tree.department, "agency_officer", email="canbo@sct.example")
    for task in agency_plan.tasks.all():
        actions.assign(actor=None, task=task, role=Assignment.Role.LEAD, organization=tree.unit)
    actions.submit_plan(actor=None, plan=agency_plan)
    with django_capture_on_commit_callbacks(execute=True):
        actions.approve_plan(actor=leader, plan=agency_plan)
    notice = Notification.objects.filter(recipient=officer).latest("id")
    assert "lãnh đạo phê duyệt" in notice.text and notice.url == agency_plan.get_absolute_url()
    assert [m.to for m in mailoutbox] == [["canbo@sct.example"]]
    assert notice.text in mailoutbox[0].body and agency_plan.get_absolute_url() in mailoutbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        actions.issue_plan(actor=None, plan=agency_plan, number="05", date=datetime.date(2025, 9, 1))
    assert Notification.objects.filter(recipient=officer, text__icontains="đã ban hành").exists()
    assert any("ban hành" in m.subject for m in mailoutbox[1:] if m.to == ["canbo@sct.example"])
