"""Progress entered anywhere reaches every reading of it (issue 10, items 1 and 2), on the real demo.

As `canbo.sct`: "Nhiệm vụ của tôi" → catalog task 1.2 → 100 % with evidence on the page; task 1.3 through the
API. Then the period's report for Sở Công Thương, its dashboard row, the task's progress page, and the
consolidated DOCX and XLSX (opened and read) all show what was entered. Once Sở Công Thương's plan is issued,
its progress on a catalog task it implements lives on the plan's task: "Nhiệm vụ của tôi" leads there, the
catalog task refuses a second copy, and what is entered there reaches the report.
"""

from __future__ import annotations

import io
import json
from typing import Any

import docx
import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from danvan.accounts import actions as account_actions
from danvan.accounts.models import User
from danvan.organizations.models import Organization
from danvan.plans.models import Plan, Task
from danvan.reporting.actions import periods as period_actions
from danvan.reporting.models import (
    PeriodTaskStatus,
    Report,
    ReportingPeriod,
    Status,
    TaskProgress,
    status_label,
)
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def label(status: str) -> str:
    with translation.override("vi"):
        return str(Status(status).label)


@pytest.fixture
def demo() -> dict[str, Any]:
    call_command("seed_demo", quiet_logins=True)
    catalog = Plan.objects.get(
        kind=Plan.Kind.CATALOG, owner__name="Ủy ban nhân dân thành phố Hải Phòng", status=Plan.Status.ISSUED
    )
    officer = User.objects.get(username="canbo.sct")
    sct = Organization.objects.get(memberships__user=officer, name="Sở Công Thương", parent=catalog.owner)
    # A period in which Sở Công Thương has no report yet (the demo's own period has its accepted one); the demo
    # closed the catalog's long-past schedule periods, the coordinator reopens one.
    period = ReportingPeriod.objects.filter(catalog=catalog).exclude(reports__organization=sct).first()
    assert period is not None
    if not period.is_open:
        period = period_actions.reopen_period(actor=None, period=period)
    assert period.is_open
    return {
        "catalog": catalog,
        "sct": sct,
        "period": period,
        "officer": officer,
        "leader": User.objects.get(username="lanhdao.sct"),
        "coordinator": User.objects.get(username="dieuphoi"),
    }


def enter_on_the_page(client: Client, task: Task, organization: Organization, **values: Any) -> Any:
    page = client.get(reverse("reporting:task-progress", args=[task.pk]))
    assert page.status_code == 200
    data = {
        "organization": organization.pk,
        "state": "done",
        "percent": "100",
        "completed_on": timezone.localdate().strftime("%d/%m/%Y"),
        "result": "Đã hoàn thành",
        "seen": page.context["form"].initial["seen"] if page.context["form"] else "",
        "evidence": SimpleUploadedFile("bien-ban.pdf", PDF),
    }
    data.update(values)
    return client.post(reverse("reporting:task-progress", args=[task.pk]), data)


def submit_through_the_pages(demo: dict[str, Any]) -> Report:
    period, sct = demo["period"], demo["sct"]
    officer = client_for(demo["officer"])
    response = officer.post(reverse("reporting:report-create", args=[period.pk]), {"organization": sct.pk})
    assert response.status_code == 302
    report = Report.objects.get(period=period, organization=sct)
    assert (
        client_for(demo["leader"]).post(reverse("reporting:report-approve", args=[report.pk])).status_code
        == 302
    )
    assert officer.post(reverse("reporting:report-submit", args=[report.pk])).status_code == 302
    report.refresh_from_db()
    assert report.state == Report.State.SUBMITTED
    return report


def test_progress_entered_on_the_page_and_the_api_reaches_the_report_dashboard_and_consolidated_files(
    demo: dict[str, Any],
) -> None:
    catalog, sct, period = demo["catalog"], demo["sct"], demo["period"]
    task_12, task_13 = catalog.tasks.get(number="1.2"), catalog.tasks.get(number="1.3")
    officer = client_for(demo["officer"])

    # "Nhiệm vụ của tôi" leads to the place the progress lives: here the catalog task (the plan is a draft).
    my_tasks = officer.get(reverse("reporting:my-tasks")).content.decode()
    assert reverse("reporting:task-progress", args=[task_12.pk]) in my_tasks
    saved = enter_on_the_page(officer, task_12, sct, result="Đã ban hành kế hoạch triển khai 1.2")
    assert saved.status_code == 302, saved.content.decode()[:2000]
    # The same person through the API, on 1.3.
    _row, token = account_actions.create_api_token(actor=demo["officer"], name="script")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    answer = api.post(
        f"/api/v1/tasks/{task_13.pk}/progress",
        json.dumps({"organization": sct.pk, "state": "in_progress", "percent": 70, "result": "Đang làm 1.3"}),
        content_type="application/json",
    )
    assert answer.status_code == 200, answer.content

    # One status per agency on the task's progress page: its row and the roll-up across agencies agree.
    page = officer.get(reverse("reporting:task-progress", args=[task_12.pk]))
    data = page.context["data"]
    [row] = [r for r in data.lead_rows if r.organization_id == sct.pk]
    [standing] = [a for a in data.catalog.agencies if a.organization_id == sct.pk]
    assert (row.status, row.percent) == (standing.status, standing.percent) == (Status.DONE_LATE, 100)

    # The dashboard, before any report: the live progress.
    cells = {c.task_id: c for c in PeriodTaskStatus.objects.filter(period=period, organization=sct)}
    assert (cells[task_12.pk].status, cells[task_12.pk].percent) == (Status.DONE_LATE, 100)
    assert (cells[task_13.pk].status, cells[task_13.pk].percent) == (Status.OVERDUE, 70)
    drill = client_for(demo["coordinator"]).get(
        reverse("reporting:dashboard-agency", args=[period.pk, sct.pk])
    )
    assert drill.status_code == 200 and label(Status.DONE_LATE) in drill.content.decode()

    # The report, assembled, approved and sent through the pages.
    report = submit_through_the_pages(demo)
    items = {item.catalog_task_id: item for item in report.items.all()}
    assert (items[task_12.pk].status, items[task_12.pk].percent) == (Status.DONE_LATE, 100)
    assert items[task_12.pk].result == "Đã ban hành kế hoạch triển khai 1.2"
    assert (items[task_13.pk].status, items[task_13.pk].percent) == (Status.OVERDUE, 70)
    shown = client_for(demo["officer"]).get(report.get_absolute_url()).content.decode()
    assert "Đã ban hành kế hoạch triển khai 1.2" in shown and label(Status.DONE_LATE) in shown

    # The consolidated files, opened.
    coordinator = client_for(demo["coordinator"])
    document = docx.Document(
        io.BytesIO(
            coordinator.get(reverse("reporting:consolidated-export", args=[period.pk, "docx"])).content
        )
    )
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Sở Công Thương: Đã ban hành kế hoạch triển khai 1.2" in text
    book = openpyxl.load_workbook(
        io.BytesIO(
            coordinator.get(reverse("reporting:consolidated-export", args=[period.pk, "xlsx"])).content
        )
    )
    detail = {
        (row[0], row[1]): row for row in book["Chi tiết"].iter_rows(values_only=True) if row[0] == sct.name
    }
    assert detail[(sct.name, "1.2")][3:5] == (status_label(Status.DONE_LATE), 100)
    assert detail[(sct.name, "1.3")][3:5] == (status_label(Status.OVERDUE), 70)


def test_once_the_plan_is_issued_progress_lives_on_its_task_and_still_reaches_the_report(
    demo: dict[str, Any],
) -> None:
    catalog, sct, period = demo["catalog"], demo["sct"], demo["period"]
    task_13 = catalog.tasks.get(number="1.3")
    plan = Plan.objects.filter(owner=sct, tasks__source_task=task_13).distinct().first()
    assert plan is not None
    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.ISSUED)
    homes = list(plan.tasks.filter(source_task=task_13, is_heading=False).order_by("position"))
    assert homes
    officer = client_for(demo["officer"])

    # The catalog task no longer takes Sở Công Thương's progress: it points at the plan's task instead.
    page = officer.get(reverse("reporting:task-progress", args=[task_13.pk]) + f"?organization={sct.pk}")
    assert page.context["form"] is None or page.context["chosen"] != sct
    refused = enter_on_the_page(officer, task_13, sct)
    assert "báo cáo nhiệm vụ này qua kế hoạch đã ban hành" in refused.content.decode()
    assert (
        refused.status_code == 400
        and not TaskProgress.objects.filter(task=task_13, organization=sct, state="done").exists()
    )
    # "Nhiệm vụ của tôi" leads to the plan's task.
    lines = officer.get(reverse("reporting:my-tasks")).context["page"].object_list
    assert any(line.task.pk == homes[0].pk for line in lines)
    assert not any(line.task.pk == task_13.pk and line.organization == sct for line in lines)

    for home in homes:
        page = officer.get(reverse("reporting:task-progress", args=[home.pk]))
        updatable = page.context["organizations"]
        assert updatable, "the officer reports on the plan's task"
        response = enter_on_the_page(officer, home, updatable[0], result=f"Kết quả nhiệm vụ {home.number}")
        assert response.status_code == 302
    report = submit_through_the_pages(demo)
    answered = [item for item in report.items.all() if item.catalog_task_id == task_13.pk]
    assert answered and all((item.status, item.percent) == (Status.DONE_LATE, 100) for item in answered), [
        (i.task_id, i.status, i.percent) for i in answered
    ]
    cell = PeriodTaskStatus.objects.get(period=period, organization=sct, task=task_13)
    assert (cell.status, cell.percent) == (Status.DONE_LATE, 100)
