"""One label per status, defined once beside the status (`reporting.models`): the labels read back from the DOCX,
the XLSX, the pages and the API docs are exactly the model's, and every status the data holds shows its own."""

from __future__ import annotations

import io
import re
from typing import Any

import docx
import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from danvan.core.tests.walk import visible_text
from danvan.organizations.models import Membership
from danvan.reporting import exports, summaries
from danvan.reporting.demo import generate_period
from danvan.reporting.models import Report, ReportStanding, Status, printed_label
from danvan.reporting.queries.reports import STATUS_ORDER, consolidated_data
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

STATUS_LABELS = {printed_label(status) for status in Status}
STANDING_LABELS = {printed_label(standing) for standing in ReportStanding}


def test_every_status_and_standing_has_its_own_vietnamese_label() -> None:
    assert len(STATUS_LABELS) == len(Status) and len(STANDING_LABELS) == len(ReportStanding)
    assert printed_label(Status.NOT_STARTED) == "Chưa thực hiện"
    assert printed_label(Status.OVERDUE) == "Quá hạn, chưa hoàn thành"
    # The second wordings the documents used to print are gone from the code.
    assert not hasattr(exports, "STATUS_LABELS") and not hasattr(exports, "REPORT_STATE_LABELS")


@pytest.fixture
def period(tree: Any) -> Any:
    """A generated period: submitted, late and accepted reports, and agencies with a draft, an approved and a
    returned report, and none at all."""
    generated = generate_period(tree.province, agencies=14, tasks=6, not_submitted=4)
    draft, approved, returned = generated.agencies[-4:-1]
    for organization, state in (
        (draft, Report.State.DRAFT),
        (approved, Report.State.APPROVED),
        (returned, Report.State.RETURNED),
    ):
        Report.objects.create(period=generated.period, organization=organization, state=state)
    summaries.refresh_period(generated.period, today=timezone.localdate())
    return generated.period


def test_the_docx_and_xlsx_print_the_models_labels(period: Any) -> None:
    data = consolidated_data(period, today=timezone.localdate())
    document = docx.Document(io.BytesIO(exports.consolidated_docx(data)))
    tables = {table.rows[0].cells[1].text: table for table in document.tables if len(table.rows[0].cells) > 2}
    agencies = [[cell.text for cell in row.cells] for row in tables["Cơ quan, đơn vị"].rows]
    status_headers = agencies[0][4 : 4 + len(STATUS_ORDER)]
    assert status_headers == [printed_label(Status(s)) for s in STATUS_ORDER]
    standings = {row[2] for row in agencies[1:]}
    assert standings <= STANDING_LABELS, standings - STANDING_LABELS
    assert standings == STANDING_LABELS  # every standing occurs in the fixture
    tasks = [[cell.text for cell in row.cells] for row in tables["Nhiệm vụ"].rows]
    assert tasks[0][3:] == [printed_label(Status(s)) for s in STATUS_ORDER]
    text = "\n".join(p.text for p in document.paragraphs)
    counted = set(re.findall(r"^(?:- )?(.+?): \d+ \(\d", text, flags=re.MULTILINE))
    assert counted == STATUS_LABELS  # "Hoàn thành đúng hạn: 12 (33,3%)" in the overview

    book = openpyxl.load_workbook(io.BytesIO(exports.consolidated_xlsx(data)))
    detail = list(book["Chi tiết"].iter_rows(values_only=True))
    assert detail[0][3] == "Trạng thái"
    assert {row[3] for row in detail[1:]} == STATUS_LABELS
    overview = {row[0] for row in book["Tổng hợp"].iter_rows(values_only=True)}
    assert overview >= STATUS_LABELS
    assert {row[2] for row in list(book["Cơ quan"].iter_rows(values_only=True))[1:]} == standings

    report = Report.objects.filter(period=period, state=Report.State.SUBMITTED).first()
    assert report is not None
    items = list(report.items.order_by("position"))
    sheet = openpyxl.load_workbook(io.BytesIO(exports.report_xlsx(report, items)))["Nhiệm vụ"]
    assert {row[3] for row in list(sheet.iter_rows(values_only=True))[1:]} == {
        printed_label(Status(item.status)) for item in items
    }


def test_the_pages_show_the_models_labels(period: Any, tree: Any, make_user: Any) -> None:
    coordinator = make_user(tree.other_department, role=Membership.Role.COORDINATOR)
    client = client_for(coordinator)
    dashboard = visible_text(
        client.get(reverse("reporting:dashboard"), {"period": period.pk}).content.decode()
    )
    for label in STATUS_LABELS:
        assert label in dashboard
    overview = visible_text(client.get(period.get_absolute_url()).content.decode())
    for standing in ReportStanding:
        assert f"{printed_label(standing)}:" in overview
    # The dashboard names each agency's standing as the period page does, never a wording of its own.
    for old in ("Nộp đúng hạn", "Chưa triển khai", "Quá hạn chưa hoàn thành", "Chưa gửi (đang soạn)"):
        assert old not in dashboard + overview
    for label in (printed_label(ReportStanding.DRAFT), printed_label(ReportStanding.RETURNED)):
        assert label in dashboard
    report = Report.objects.filter(period=period, state=Report.State.SUBMITTED).first()
    assert report is not None
    page = visible_text(client.get(report.get_absolute_url()).content.decode())
    statuses = {printed_label(Status(s)) for s in report.items.values_list("status", flat=True)}
    for label in statuses:
        assert label in page


def test_the_api_docs_name_the_models_labels() -> None:
    from danvan.api import api

    schema = api.get_openapi_schema(path_prefix="/api/v1")["components"]["schemas"]
    counts = schema["StatusCounts"]["properties"]
    for status in Status:
        assert printed_label(status) in counts[status.value]["description"]
    standing = schema["AgencyOut"]["properties"]["standing"]["description"]
    for choice in ReportStanding:
        assert f"{choice.value}: {printed_label(choice)}" in standing
    assert printed_label(Status.NOT_STARTED) in schema["ProgressOut"]["properties"]["status"]["description"]
