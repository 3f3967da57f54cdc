"""The same plan as text, DOCX (real table) and PDF (WeasyPrint, LibreOffice) gives the same tasks."""

import io
import shutil

import openpyxl
import pytest

from docparse import parse
from docparse.tests import builders


def _tasks(result):
    return [
        (t.no, " ".join(t.text.split()[:8]), t.lead, t.coord, t.timeframe.raw if t.timeframe else None)
        for t in result.tasks
    ]


def _expected():
    return [
        (t["no"], t["text_start"], t["lead"], t["coord"], t["timeframe"]) for t in builders.tasks_expected()
    ]


def test_text_version_gives_the_expected_tasks():
    assert _tasks(parse(builders.plan_text().encode(), "plan.txt")) == _expected()


def test_docx_version_gives_the_same_tasks():
    assert _tasks(parse(builders.plan_docx(), "plan.docx")) == _expected()


def test_pdf_from_html_gives_the_same_tasks():
    assert _tasks(parse(builders.plan_pdf_weasyprint(), "plan.pdf")) == _expected()


def test_pdf_without_poppler_falls_back_to_pypdf(monkeypatch):
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name: None if name == "pdftotext" else real_which(name))
    result = parse(builders.plan_pdf_weasyprint(), "plan.pdf")
    assert _tasks(result) == _expected()
    assert result.document.number == "45/KH-STP"


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_pdf_from_docx_through_libreoffice_gives_the_same_tasks():
    pdf = builders.docx_to_pdf_libreoffice(builders.plan_docx())
    assert pdf is not None
    assert _tasks(parse(pdf, "plan.pdf")) == _expected()


def test_xlsx_catalog_header_is_found_wherever_it_is():
    workbook = openpyxl.Workbook()
    sheet = workbook.create_sheet("Danh mục", 0)
    sheet.append(["DANH MỤC NHIỆM VỤ CÔNG TÁC DÂN VẬN NĂM 2026"])
    sheet.append([])
    sheet.append(["", "STT", "Công việc", "Chủ trì", "Phối hợp", "Thời hạn"])
    for row in builders.ROWS:
        if len(row) == 2:
            sheet.append(["", row[0], row[1]])
        else:
            sheet.append(["", *row])
    out = io.BytesIO()
    workbook.save(out)
    assert _tasks(parse(out.getvalue(), "catalog.xlsx")) == _expected()


def test_docx_word_numbering_is_read_as_printed():
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Công tác dân vận năm 2026")
    document.add_paragraph("II. NỘI DUNG THỰC HIỆN")
    document.add_paragraph("Tổ chức hội nghị quán triệt công tác dân vận.", style="List Number")
    document.add_paragraph("Đơn vị chủ trì: Văn phòng Sở")
    document.add_paragraph("Thời gian thực hiện: Quý II/2026")
    document.add_paragraph("Rà soát quy chế dân chủ ở cơ sở của cơ quan.", style="List Number")
    document.add_paragraph("Đơn vị chủ trì: Thanh tra Sở")
    out = io.BytesIO()
    document.save(out)
    result = parse(out.getvalue(), "plan.docx")
    assert [(t.no, t.lead, t.timeframe.raw if t.timeframe else None) for t in result.tasks] == [
        ("1", ["Văn phòng Sở"], "Quý II/2026"),
        ("2", ["Thanh tra Sở"], None),
    ]
