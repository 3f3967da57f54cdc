"""The consolidated report: the DOCX and the XLSX are read back and their figures compared with the data;
130 agencies go through; only the coordinator generates it; the demo period has the expected reports."""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

import docx
import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from danvan.core.models import AuditEvent
from danvan.documents.issuers import party_committee
from danvan.organizations.models import Organization
from danvan.reporting import exports
from danvan.reporting.demo import generate_period, load_demo_reporting
from danvan.reporting.models import (
    Report,
    ReportItem,
    ReportStanding,
    TaskProgress,
    printed_label,
    status_label,
)
from danvan.reporting.queries.reports import STATUS_ORDER, consolidated_data
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


def expected_figures(period: Any) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]], Counter[str]]:
    """Straight from the tables: status counts per agency name, per catalog task number, and in total, over
    the submitted and accepted reports."""
    per_agency: dict[str, Counter[str]] = {}
    per_task: dict[str, Counter[str]] = {}
    total: Counter[str] = Counter()
    items = ReportItem.objects.filter(
        report__period=period, report__state__in=[Report.State.SUBMITTED, Report.State.ACCEPTED]
    ).select_related("report__organization", "catalog_task")
    for item in items:
        assert item.catalog_task is not None
        per_agency.setdefault(item.report.organization.name, Counter())[item.status] += 1
        per_task.setdefault(item.catalog_task.number, Counter())[item.status] += 1
        total[item.status] += 1
    return per_agency, per_task, total


def table_with_header(document: Any, first: str, second: str) -> list[list[str]]:
    for table in document.tables:
        header = [cell.text for cell in table.rows[0].cells]
        if header[:2] == [first, second]:
            return [[cell.text for cell in row.cells] for row in table.rows]
    raise AssertionError(f"no table headed {first}, {second}")


def test_the_docx_figures_equal_the_data(tree: Any) -> None:
    generated = generate_period(tree.province, agencies=12, tasks=6, not_submitted=3)
    period = generated.period
    data = consolidated_data(period, today=timezone.localdate())
    document = docx.Document(io.BytesIO(exports.consolidated_docx(data)))
    per_agency, per_task, total = expected_figures(period)
    text = "\n".join(p.text for p in document.paragraphs)

    received = Report.objects.filter(period=period, state__in=[Report.State.SUBMITTED, Report.State.ACCEPTED])
    late = received.filter(is_late=True).count()
    assert "BÁO CÁO" in text
    assert "Số cơ quan, đơn vị phải báo cáo: 12" in text
    assert f"Số cơ quan, đơn vị đã gửi báo cáo: {received.count()} (trong đó gửi muộn: {late})" in text
    assert "Số cơ quan, đơn vị chưa gửi báo cáo: 3" in text
    assert f"Tổng số nhiệm vụ: {sum(total.values())}" in text
    for status in STATUS_ORDER:
        share = total[status] * 100 / sum(total.values())
        # The decimal comma, as on the web pages ("12,5%"), never "12.5%".
        assert f"{status_label(status)}: {total[status]} ({share:.1f}%)".replace(".", ",") in text
    # Per catalog task, the agencies are named with their results.
    assert "Xã Thử Nghiệm 001: Kết quả của đơn vị 0 về nhiệm vụ 2" in text
    assert len(document.inline_shapes) == 1  # the chart
    # Recipients: the Party committee named by the province's kind, and its merged board (2025).
    everything = text + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    committee = party_committee(tree.province)
    assert f"Thường trực {committee}" in everything and f"Ban Tuyên giáo và Dân vận {committee}" in everything

    agencies = table_with_header(document, "TT", "Cơ quan, đơn vị")
    assert agencies[0] == list(exports.agency_annex_headers())
    assert len(agencies) - 1 == 12
    for row in agencies[1:]:
        name = row[1]
        if name in per_agency:
            assert [int(v) for v in row[4 : 4 + len(STATUS_ORDER)]] == [
                per_agency[name][s] for s in STATUS_ORDER
            ]
            assert int(row[3]) == sum(per_agency[name].values())
        else:
            assert row[2] == printed_label(ReportStanding.NOT_STARTED) and row[3] == ""
    tasks = table_with_header(document, "TT", "Nhiệm vụ")
    assert tasks[0] == list(exports.task_annex_headers())
    assert {row[0]: [int(v) for v in row[3:]] for row in tasks[1:]} == {
        number: [counts[s] for s in STATUS_ORDER] for number, counts in per_task.items()
    }


def test_the_xlsx_figures_equal_the_data(tree: Any) -> None:
    generated = generate_period(tree.province, agencies=9, tasks=5, not_submitted=2)
    period = generated.period
    data = consolidated_data(period, today=timezone.localdate())
    book = openpyxl.load_workbook(io.BytesIO(exports.consolidated_xlsx(data)))
    assert book.sheetnames == [*exports.CONSOLIDATED_SHEETS, exports.FEEDBACK_SHEET]
    per_agency, per_task, total = expected_figures(period)
    summary: dict[Any, Any] = {row[0]: row[1] for row in book["Tổng hợp"].iter_rows(values_only=True)}
    assert summary["Số cơ quan phải báo cáo"] == 9
    assert summary["Số cơ quan đã gửi báo cáo"] == 7
    assert summary["Số cơ quan chưa gửi"] == 2
    assert summary["Tổng số lượt nhiệm vụ"] == sum(total.values())
    for status in STATUS_ORDER:
        assert summary[status_label(status)] == total[status]
    rows = list(book["Cơ quan"].iter_rows(values_only=True))[1:]
    for row in rows:
        if row[1] in per_agency:
            assert list(row[4 : 4 + len(STATUS_ORDER)]) == [per_agency[str(row[1])][s] for s in STATUS_ORDER]
    task_rows = list(book["Nhiệm vụ"].iter_rows(values_only=True))[1:]
    assert {row[0]: list(row[3:]) for row in task_rows} == {
        number: [counts[s] for s in STATUS_ORDER] for number, counts in per_task.items()
    }
    assert len(list(book["Chi tiết"].iter_rows())) - 1 == sum(total.values())
    assert [row[1] for row in list(book["Chưa gửi"].iter_rows(values_only=True))[1:]] == [
        o.name for o in generated.agencies[-2:]
    ]


def test_the_consolidated_report_goes_through_130_agencies(tree: Any) -> None:
    """Timings are in bench/consolidated_bench.py; here only that it runs and counts everyone."""
    generated = generate_period(tree.province, agencies=130, tasks=40)
    data = consolidated_data(generated.period, today=timezone.localdate())
    assert len(data.expected) == 130 and data.received_count == 120 and data.item_count == 120 * 40
    document = docx.Document(io.BytesIO(exports.consolidated_docx(data)))
    assert len(table_with_header(document, "TT", "Cơ quan, đơn vị")) == 131
    assert openpyxl.load_workbook(io.BytesIO(exports.consolidated_xlsx(data)))["Chi tiết"].max_row == 4801


def test_only_the_coordinator_downloads_the_consolidated_report(
    tree: Any, three_users: Any, make_user: Any
) -> None:
    period = generate_period(tree.province, agencies=3, tasks=2, not_submitted=1).period
    for fmt in ("docx", "xlsx"):
        url = reverse("reporting:consolidated-export", args=[period.pk, fmt])
        assert client_for(three_users.own).get(url).status_code == 403
        assert client_for(three_users.parent).get(url).status_code == 403
        assert client_for(make_user(tree.other_province, "coordinator")).get(url).status_code == 404
        response = client_for(make_user(tree.other_department, "coordinator")).get(url)
        assert response.status_code == 200 and response.content[:2] == b"PK"
    assert AuditEvent.objects.filter(target_id=str(period.pk), details__consolidated=True).count() == 2


def test_the_demo_period_has_late_returned_and_missing_reports(tree: Any, make_user: Any) -> None:
    from danvan.plans import actions as plan_actions
    from danvan.plans.models import Plan
    from danvan.plans.tests.conftest import parsed_catalog

    catalog = plan_actions.import_parsed(
        actor=None,
        owner=tree.province,
        kind=Plan.Kind.CATALOG,
        parsed=parsed_catalog(),
        file_name="danh-muc.txt",
        data=b"x",
        source_text="x",
    )
    for row in catalog.tasks.get(number="1.3").assignments.all():
        if not row.is_resolved:
            plan_actions.mark_external(actor=None, assignment=row)
    catalog = plan_actions.publish_catalog(actor=None, plan=Plan.objects.get(pk=catalog.pk))
    plan_actions.start_plan_from_catalog(actor=None, catalog=catalog, organization=tree.department)
    make_user(tree.department, "agency_officer")
    make_organization_named(tree, "Sở Ngoại vụ")
    period = load_demo_reporting(catalog)
    assert load_demo_reporting(catalog).pk == period.pk  # idempotent
    states = {
        r.organization.name: (r.state, r.is_late) for r in period.reports.select_related("organization")
    }
    assert states["Sở Công Thương"] == (Report.State.ACCEPTED, False)
    assert states["Xã Cẩm Giang"] == (Report.State.SUBMITTED, True)
    assert states["Sở Ngoại vụ"][0] == Report.State.RETURNED
    assert states["Sở Nội vụ"] == (Report.State.SUBMITTED, False)
    data = consolidated_data(period, today=timezone.localdate())
    assert [o.name for o in data.late] == ["Xã Cẩm Giang"]
    assert "Sở Ngoại vụ" in [o.name for o in data.missing]
    # The reports are snapshots of the progress the demo wrote.
    accepted = period.reports.get(organization=tree.department)
    progress = {p.task_id: p for p in TaskProgress.objects.filter(organization=tree.department)}
    assert accepted.items.exists()
    assert all(item.percent == progress[item.task_id].percent for item in accepted.items.all())


def make_organization_named(tree: Any, name: str) -> Organization:
    from danvan.organizations import actions as org_actions

    return org_actions.create_organization(
        actor=None, name=name, kind=Organization.Kind.DEPARTMENT, parent=tree.province
    )
