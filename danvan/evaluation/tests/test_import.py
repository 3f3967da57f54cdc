"""A criteria set read from its decision's table (XLSX and DOCX), reviewed, then created."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import docx
import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.evaluation import importing, queries
from danvan.evaluation.models import CriteriaSet
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

HEADER = ["Số TT", "Tiêu chí", "Điểm tối đa", "Cách chấm", "Tài liệu kiểm chứng"]
ROWS = [
    ["I", "Lãnh đạo, chỉ đạo", "30", "", ""],
    ["1", "Ban hành kế hoạch", "10", "Có/Không", "Kế hoạch"],
    ["2", "Hoàn thành nhiệm vụ đúng hạn", "20", "tasks_on_time × 20", ""],
    ["2.1", "Nhiệm vụ trọng tâm", "5", "", ""],
    ["II", "Tiếp công dân", "10", "", "Sổ tiếp dân"],
    ["", "Điểm thưởng: sáng kiến được khen thưởng", "5", "", ""],
    ["", "Tổng cộng", "45", "", ""],
]


def _xlsx(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["QUYẾT ĐỊNH SỐ 25/QĐ-UBND"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _docx(rows: list[list[str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Phụ lục: Bộ tiêu chí")
    table = document.add_table(rows=0, cols=len(HEADER))
    for row in [HEADER, *rows]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("make", [_xlsx, _docx])
def test_the_table_is_read_with_its_nesting_kinds_and_scoring(make: Any) -> None:
    name = "quyet-dinh." + ("xlsx" if make is _xlsx else "docx")
    rows = {r.number: r for r in importing.read_criteria(name, make(ROWS))}
    assert list(rows) == ["I", "1", "2", "2.1", "II", "6"]
    assert rows["1"].parent_number == "I" and rows["1"].scoring == "yes_no"
    assert (rows["2"].scoring, rows["2"].measure_key, rows["2"].multiplier) == (
        "measure",
        "tasks_on_time",
        "20",
    )
    assert rows["2.1"].parent_number == "2"
    assert rows["6"].kind == "bonus" and rows["6"].parent_number == ""
    assert rows["II"].evidence_required == "Sổ tiếp dân"
    assert not any(r.problem for r in rows.values())


def test_a_file_without_a_criteria_table_is_refused_in_vietnamese() -> None:
    with pytest.raises(ValidationError, match="Tiêu chí"):
        importing.read_criteria("x.xlsx", _empty_xlsx())
    with pytest.raises(ValidationError):
        importing.read_criteria("x.docx", b"not a docx")


def _empty_xlsx() -> bytes:
    book = openpyxl.Workbook()
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_coordinator_reviews_then_creates_the_set(tree: Any, make_user: Any) -> None:
    client = client_for(make_user(tree.other_department, "coordinator"))
    upload = SimpleUploadedFile("bo-tieu-chi.xlsx", _xlsx(ROWS))
    data = {
        "name": "Bộ tiêu chí 2026",
        "from_year": 2026,
        "decision": "Quyết định số 25/QĐ-UBND",
        "file": upload,
    }
    response = client.post("/evaluation/sets/import/", data)
    assert response.status_code == 302 and response.headers["Location"].endswith("/review/")
    review = client.get("/evaluation/sets/import/review/").content.decode()
    assert "Hoàn thành nhiệm vụ đúng hạn" in review and "Có hoặc không" in review
    assert not CriteriaSet.objects.exists()  # nothing until confirmed
    created = client.post("/evaluation/sets/import/review/")
    criteria_set = CriteriaSet.objects.get()
    assert created.headers["Location"] == criteria_set.get_absolute_url()
    tree_rows = {c.number: c for c in queries.criteria_of(criteria_set)}
    assert tree_rows["2.1"].parent == tree_rows["2"] and tree_rows["2"].parent == tree_rows["I"]
    assert tree_rows["2"].multiplier == Decimal(20) and tree_rows["6"].kind == "bonus"


def test_rows_with_problems_cannot_be_created(tree: Any, make_user: Any) -> None:
    client = client_for(make_user(tree.other_department, "coordinator"))
    bad = [*ROWS[:2], ["3", "Tiêu chí không có điểm", "", "", ""]]
    upload = SimpleUploadedFile("bo-tieu-chi.xlsx", _xlsx(bad))
    client.post("/evaluation/sets/import/", {"name": "Bộ", "from_year": 2026, "decision": "", "file": upload})
    assert "chưa có điểm tối đa" in client.get("/evaluation/sets/import/review/").content.decode()
    client.post("/evaluation/sets/import/review/")
    assert not CriteriaSet.objects.exists()
