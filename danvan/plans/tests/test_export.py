"""Export of plans and catalogs: the DOCX/XLSX read back, the docparse round trip against the database,
the download pages for the three users, the audit trail, and the PDF job."""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from django.urls import reverse

import docparse
from danvan.core.http import content_disposition
from danvan.core.models import AuditEvent
from danvan.documents.issuers import issuer_abbreviation, issuer_for
from danvan.documents.models import ExportJob
from danvan.documents.pdf import PdfConversionError, libreoffice_available
from danvan.organizations.models import Organization
from danvan.plans import actions, jobs
from danvan.plans.export import export_docx, export_xlsx, outgoing_for
from danvan.plans.models import Assignment, Plan, Task
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

DEMO = Path(__file__).resolve().parents[1] / "demo"
CATALOG_FILE = "004_aa386a0087546330.txt"
PLAN_FILE = "000_84244dea68afce53.txt"
needs_libreoffice = pytest.mark.skipif(not libreoffice_available(), reason="LibreOffice is not installed")


def import_seed(owner: Organization, kind: str, file_name: str) -> Plan:
    data = (DEMO / file_name).read_bytes()
    return actions.import_file(actor=None, owner=owner, kind=kind, file_name=file_name, data=data).plan


def seed_catalog(tree: Any) -> Plan:
    """Seed 004 imported as the city's catalog, numbered 3177/QĐ-UBND at review like the demo."""
    catalog = import_seed(tree.province, Plan.Kind.CATALOG, CATALOG_FILE)
    actions.update_document(
        actor=None, plan=catalog, changes={"number": "3177/QĐ-UBND", "date": datetime.date(2025, 8, 6)}
    )
    return Plan.objects.select_related("owner", "document").get(pk=catalog.pk)


def seed_plan(tree: Any) -> Plan:
    """Seed 000 imported as the Sở Công Thương plan; it cites 3177/QĐ-UBND, so it links to the catalog."""
    plan = import_seed(tree.department, Plan.Kind.AGENCY_PLAN, PLAN_FILE)
    return Plan.objects.select_related("owner", "document", "parent").get(pk=plan.pk)


@pytest.fixture
def catalog_004(tree: Any) -> Plan:
    return seed_catalog(tree)


@pytest.fixture
def plan_000(tree: Any, catalog_004: Plan) -> Plan:
    return seed_plan(tree)


def written(task: Task, role: str) -> list[str]:
    return [
        a.text
        for a in task.assignments.filter(role=role, expanded_from__isnull=True).order_by("position", "pk")
    ]


def database_tasks(plan: Plan) -> list[dict[str, Any]]:
    return [
        {
            "no": task.number,
            "text": task.content,
            "lead": written(task, Assignment.Role.LEAD),
            "coord": written(task, Assignment.Role.COORDINATE),
            "timeframe": task.timeframe_raw,
        }
        for task in plan.tasks.filter(is_heading=False).order_by("position")
    ]


def parsed_tasks(data: bytes, name: str) -> list[dict[str, Any]]:
    return [
        {
            "no": task["no"],
            "text": task["text"],
            "lead": task["lead"],
            "coord": task["coord"],
            "timeframe": task["timeframe"]["raw"] or "",
        }
        for task in docparse.parse(data, name).to_dict()["tasks"]
    ]


def all_text(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


# --- the documents ----------------------------------------------------------------------------------------


def test_the_catalog_exports_as_a_decision_with_its_appendix_table(catalog_004: Plan) -> None:
    document = docx.Document(io.BytesIO(export_docx(catalog_004)))
    letterhead = document.tables[0]
    left, right = letterhead.cell(0, 0).text, letterhead.cell(0, 1).text
    assert "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG" in left
    assert "UBND" not in left  # a People's Committee has no governing body line
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right
    assert letterhead.cell(1, 0).text.strip() == "Số: 3177/QĐ-UBND"
    assert letterhead.cell(1, 1).text.strip() == "Hải Phòng, ngày 06 tháng 8 năm 2025"
    text = all_text(document)
    assert "QUYẾT ĐỊNH:" in text
    assert (
        "Căn cứ Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về tiếp tục tăng cường"
        in text
    )
    assert "TM. ỦY BAN NHÂN DÂN" in text and "PHÓ CHỦ TỊCH" in text and "Nguyễn Minh Hùng" in text
    appendix = document.sections[-1]
    assert (appendix.page_width or 0) > (appendix.page_height or 0)  # landscape
    table = document.tables[-1]
    assert [c.text for c in table.rows[0].cells] == [
        "TT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
    ]
    assert len(table.rows) == 1 + catalog_004.tasks.count()
    row = next(r for r in table.rows if r.cells[0].text == "2.2")
    assert row.cells[2].text == "Sở Xây dựng"
    assert row.cells[3].text.splitlines() == [
        "Sở Tài chính;",
        "Sở Nông nghiệp và Môi trường;",
        "Ủy ban nhân dân cấp xã có liên quan",
    ]


def test_the_agency_plan_exports_as_a_plan_with_numbered_tasks(plan_000: Plan) -> None:
    assert plan_000.parent is not None and plan_000.parent.is_catalog
    document = docx.Document(io.BytesIO(export_docx(plan_000)))
    letterhead = document.tables[0]
    assert letterhead.cell(0, 0).text.splitlines()[:2] == ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ CÔNG THƯƠNG"]
    assert letterhead.cell(1, 0).text.strip().replace(" ", "") == "Số:/KH-SCT"  # a draft: blank number
    assert letterhead.cell(1, 1).text.startswith("Hải Phòng, ngày")
    paragraphs = [p.text for p in document.paragraphs]
    assert "KẾ HOẠCH" in paragraphs
    assert any(
        p.startswith("Thực hiện Quyết định số 3177/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân thành phố về")
        for p in paragraphs
    )
    first = next(i for i, p in enumerate(paragraphs) if p.startswith("1. Tiếp tục tổ chức phổ biến"))
    assert paragraphs[first + 1 : first + 4] == [
        "+ Đơn vị chủ trì: Văn phòng Sở.",
        "+ Đơn vị phối hợp: Các phòng chuyên môn, đơn vị thuộc Sở.",
        "+ Thời gian thực hiện: Thường xuyên.",
    ]
    text = all_text(document)
    assert "GIÁM ĐỐC" in text and "Nguyễn Hoàng Long" in text
    assert "UBND thành phố Hải Phòng (để b/c);" in text


@pytest.mark.parametrize("which", ["catalog", "plan"])
def test_exported_docx_parsed_back_gives_the_tasks_in_the_database(
    which: str, catalog_004: Plan, plan_000: Plan
) -> None:
    plan = catalog_004 if which == "catalog" else plan_000
    expected = database_tasks(plan)
    assert len(expected) >= 8
    assert parsed_tasks(export_docx(plan), "export.docx") == expected


def test_exported_plan_metadata_comes_back(plan_000: Plan, catalog_004: Plan) -> None:
    info = docparse.parse(export_docx(catalog_004), "export.docx").to_dict()["document"]
    assert info["type"] == "Quyết định"
    assert info["number"] == "3177/QĐ-UBND"
    assert info["date"] == "2025-08-06"
    assert info["issuer"] == "Ủy ban nhân dân thành phố Hải Phòng"
    assert info["authority"] == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    info = docparse.parse(export_docx(plan_000), "export.docx").to_dict()["document"]
    assert info["title"] == plan_000.document.title  # type: ignore[union-attr]
    assert info["signer"] == "Nguyễn Hoàng Long"


def test_subtasks_and_group_rows_keep_their_parents_through_the_round_trip(catalog_004: Plan) -> None:
    parsed = docparse.parse(export_docx(catalog_004), "x.docx").to_dict()
    back = {t["no"]: t for t in parsed["tasks"]}
    back_headings = {h["no"]: h for h in parsed["headings"]}
    children = catalog_004.tasks.filter(parent__isnull=False).select_related("parent")
    assert children.count() >= 28  # every task sits under a group row; b1, b2, b3 under b
    for task in children:
        expected = task.parent.number  # type: ignore[union-attr]
        if task.is_heading:
            assert back_headings[task.number]["parent_no"] == expected
        else:
            assert back[task.number]["parent_no"] == expected, task.number
    headings = catalog_004.tasks.filter(is_heading=True).order_by("position")
    assert [h.number for h in headings] == ["1", "2", "3", "3.4", "4", "5"]
    assert set(back_headings) == {"1", "2", "3", "3.4", "4", "5"}


def test_xlsx_has_one_row_per_task_and_reads_back_the_same(plan_000: Plan) -> None:
    data = export_xlsx(plan_000)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][:5]) == ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian thực hiện"]
    expected = database_tasks(plan_000)
    assert [(r[0], r[1], str(r[2] or "").split("\n"), r[4]) for r in rows[1:]] == [
        (t["no"], t["text"], t["lead"], t["timeframe"]) for t in expected
    ]


def test_groups_are_exported_as_written_and_their_expansions_are_not_repeated(
    published_catalog: Plan,
) -> None:
    task = published_catalog.tasks.get(number="1.1")
    assert task.assignments.filter(expanded_from__isnull=False).count() >= 3  # expanded at publication
    exported = {t.no: t for t in outgoing_for(published_catalog).tasks}
    assert exported["1.1"].lead == ("Các sở, ban, ngành", "Ủy ban nhân dân cấp xã")
    assert exported["1.2"].lead == ("Sở Nội vụ",)
    assert exported["1.2"].coord == ("Sở Công Thương",)
    assert exported["1.1"].parent_no == "1"


def test_issuer_lines_for_a_department_a_province_and_a_commune(tree: Any) -> None:
    department = issuer_for(tree.department, tree.province)
    assert department.governing == ("UBND THÀNH PHỐ HẢI PHÒNG",)
    assert department.name == ("SỞ CÔNG THƯƠNG",)
    province = issuer_for(tree.province, None)
    assert province.name == ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG")
    assert province.full_name == "Ủy ban nhân dân thành phố"
    commune = issuer_for(tree.commune, tree.province)
    assert commune.name == ("ỦY BAN NHÂN DÂN", "XÃ CẨM GIANG")
    unit = issuer_for(tree.unit, tree.department)
    assert unit.governing == ("SỞ CÔNG THƯƠNG",)
    assert issuer_abbreviation(tree.department) == "SCT"
    assert issuer_abbreviation(tree.commune) == "UBND"
    tree.department.abbreviation = "SCThg"
    assert issuer_abbreviation(tree.department) == "SCThg"


def test_a_plan_started_from_the_catalog_without_a_document_still_exports(agency_plan: Plan) -> None:
    document = outgoing_for(agency_plan)
    assert document.kind == "Kế hoạch"
    assert document.number_symbol.strip() == "/KH-SCT"
    assert document.place == "Hải Phòng"  # the province's locality
    assert document.signature.position == "GIÁM ĐỐC"
    assert [t.text for t in document.tasks] == [t.content for t in agency_plan.tasks.order_by("position")]
    assert export_docx(agency_plan).startswith(b"PK")


def test_content_disposition_has_an_ascii_fallback_and_the_utf8_name() -> None:
    header = content_disposition("Kế hoạch 05-KH-SCT.docx")
    assert header.startswith('attachment; filename="Ke-hoach-05-KH-SCT.docx"; ')
    assert "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2005-KH-SCT.docx" in header
    assert '"' not in content_disposition('a"b\r\n.docx').split("filename=")[1].strip('"').split(";")[0][:-1]


# --- the download pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_own_and_parent_officers_download_and_the_unrelated_one_gets_404(
    fmt: str, plan_000: Plan, three_users: Any
) -> None:
    url = reverse("plans:plan-export", args=[plan_000.pk, fmt])
    for user in (three_users.own, three_users.parent):
        response = client_for(user).get(url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith('attachment; filename="Ke-hoach-So-Cong-Thuong.')
        assert response.content.startswith(b"PK")
    assert client_for(three_users.unrelated).get(url).status_code == 404
    events = AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED, target_id=str(plan_000.pk))
    assert sorted(e.actor.username for e in events) == ["alice", "bob"]  # type: ignore[union-attr]
    assert {e.details["format"] for e in events} == {fmt}


def test_an_unknown_format_is_404(plan_000: Plan, three_users: Any) -> None:
    response = client_for(three_users.own).get(reverse("plans:plan-export", args=[plan_000.pk, "odt"]))
    assert response.status_code == 404


def test_the_plan_page_links_to_the_exports(plan_000: Plan, three_users: Any) -> None:
    page = client_for(three_users.own).get(plan_000.get_absolute_url()).content.decode()
    for fmt in ("docx", "xlsx", "pdf"):
        assert reverse("plans:plan-export", args=[plan_000.pk, fmt]) in page


def test_pdf_page_says_clearly_when_libreoffice_is_missing(
    plan_000: Plan, three_users: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("danvan.plans.export_views.libreoffice_available", lambda: False)
    client = client_for(three_users.own)
    url = reverse("plans:plan-export", args=[plan_000.pk, "pdf"])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 503
        assert "Chưa xuất được PDF: máy chủ chưa cài LibreOffice." in response.content.decode()
    assert not ExportJob.objects.exists()


def test_pdf_export_is_refused_outside_the_scope(plan_000: Plan, three_users: Any) -> None:
    url = reverse("plans:plan-export", args=[plan_000.pk, "pdf"])
    assert client_for(three_users.unrelated).get(url).status_code == 404
    assert client_for(three_users.unrelated).post(url).status_code == 404
    assert not ExportJob.objects.exists()


@needs_libreoffice
def test_pdf_job_converts_in_the_background_and_only_its_requester_downloads_it(
    plan_000: Plan, three_users: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(three_users.own)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("plans:plan-export", args=[plan_000.pk, "pdf"]))
    job = ExportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:export-job", args=[job.pk])
    job.refresh_from_db()
    assert job.status == ExportJob.Status.DONE, job.error
    assert job.requested_by == three_users.own
    page = client.get(reverse("plans:export-job", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert reverse("plans:export-download", args=[job.pk]) in page.content.decode()
    assert "hx-get" not in page.content.decode()  # finished: the fragment stops polling
    download = client.get(reverse("plans:export-download", args=[job.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")  # type: ignore[attr-defined]
    assert download["Content-Disposition"].startswith('attachment; filename="Ke-hoach-So-Cong-Thuong.pdf"')
    for user in (three_users.parent, three_users.unrelated):
        assert client_for(user).get(reverse("plans:export-job", args=[job.pk])).status_code == 404
        assert client_for(user).get(reverse("plans:export-download", args=[job.pk])).status_code == 404
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED, details__format="pdf").count() == 1


def test_a_waiting_job_page_polls_and_a_failed_job_shows_the_vietnamese_reason(
    plan_000: Plan, three_users: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = ExportJob.objects.create(plan=plan_000, requested_by=three_users.own)
    client = client_for(three_users.own)
    page = client.get(reverse("plans:export-job", args=[job.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in page

    def missing(data: bytes, **kwargs: Any) -> bytes:
        raise PdfConversionError("missing")

    monkeypatch.setattr(jobs, "docx_to_pdf", missing)
    job = jobs.run_export_job(job.pk)
    assert job.status == ExportJob.Status.FAILED
    assert job.error == "Chưa xuất được PDF: máy chủ chưa cài LibreOffice."  # stored in Vietnamese
    page = client.get(reverse("plans:export-job", args=[job.pk])).content.decode()
    assert job.error in page
    assert reverse("plans:export-download", args=[job.pk]) not in page
    # Downloading an unfinished job goes back to its page.
    response = client.get(reverse("plans:export-download", args=[job.pk]))
    assert response.status_code == 302
