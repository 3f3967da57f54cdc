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

from danvan.core.models import AuditEvent
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


def _upload(client: Any, rows: list[list[str]]) -> None:
    upload = SimpleUploadedFile("bo-tieu-chi.xlsx", _xlsx(rows))
    client.post("/evaluation/sets/import/", {"name": "Bộ", "from_year": 2026, "decision": "", "file": upload})


def _row_index(client: Any, number: str) -> int:
    rows = client.session["evaluation_import"]["rows"]
    return next(i for i, r in enumerate(rows) if r["number"] == number)


def _row(client: Any, number: str) -> dict[str, str]:
    row: dict[str, str] = client.session["evaluation_import"]["rows"][_row_index(client, number)]
    return row


def _post_row(client: Any, index: int, **values: str) -> Any:
    return client.post(f"/evaluation/sets/import/review/rows/{index}/", values)


def test_a_row_is_corrected_on_the_review_screen_then_the_set_is_created(tree: Any, make_user: Any) -> None:
    client = client_for(make_user(tree.other_department, "coordinator"))
    bad = [*ROWS[:2], ["3", "Tiêu chí không có điểm", "", "", ""], ["3.1", "Tiêu chí con", "4", "", ""]]
    _upload(client, bad)
    index = _row_index(client, "3")
    form = client.get(f"/evaluation/sets/import/review/rows/{index}/").content.decode()
    assert 'name="max_points"' in form and "Tiêu chí không có điểm" in form
    # Renumbered, moved under group I, given its points, scored from a figure: the row under it follows.
    response = _post_row(
        client,
        index,
        number="2",
        parent_number="I",
        title="Hoàn thành nhiệm vụ đúng hạn",
        max_points="20",
        kind="normal",
        scoring="measure",
        measure_key="tasks_on_time",
        multiplier="20",
        evidence_required="Báo cáo",
    )
    assert response.status_code == 302 and response["Location"].endswith("/sets/import/review/")
    assert _row(client, "3.1")["parent_number"] == "2"
    review = client.get("/evaluation/sets/import/review/").content.decode()
    assert "chưa có điểm tối đa" not in review and "disabled" not in review
    created = client.post("/evaluation/sets/import/review/")
    criteria_set = CriteriaSet.objects.get()
    assert created["Location"] == criteria_set.get_absolute_url()
    rows = {c.number: c for c in queries.criteria_of(criteria_set)}
    assert rows["2"].parent == rows["I"] and rows["3.1"].parent == rows["2"]
    assert (rows["2"].max_points, rows["2"].measure_key, rows["2"].multiplier) == (
        Decimal(20),
        "tasks_on_time",
        Decimal(20),
    )
    assert rows["2"].evidence_required == "Báo cáo"
    event = AuditEvent.objects.get(action="evaluation.set_imported")
    assert event.details == {"rows": 4, "corrected": 1}


def test_refused_values_are_said_in_vietnamese_and_keep_what_was_typed(tree: Any, make_user: Any) -> None:
    client = client_for(make_user(tree.other_department, "coordinator"))
    _upload(client, ROWS)
    index = _row_index(client, "2.1")
    before = _row(client, "2.1")
    response = _post_row(
        client,
        index,
        number="",
        parent_number="2",
        title="Nhiệm vụ trọng tâm được sửa",
        max_points="năm điểm",
        kind="normal",
        scoring="measure",
        measure_key="",
        multiplier="",
        evidence_required="Biên bản kiểm tra",
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Trường này là bắt buộc" in page
    assert "Nhập điểm tối đa là một số lớn hơn 0" in page
    assert "Tiêu chí chấm theo số liệu phải nêu số liệu" in page
    # What was typed is still in the form; the session's row is as it was.
    assert "năm điểm" in page and "Nhiệm vụ trọng tâm được sửa" in page and "Biên bản kiểm tra" in page
    assert _row(client, "2.1") == before


def test_table_problems_follow_a_correction(tree: Any, make_user: Any) -> None:
    """A row placed under itself, under a row below it, under another kind or overfilling its parent is kept
    with its problem shown, and the set cannot be created until it is solved."""
    client = client_for(make_user(tree.other_department, "coordinator"))
    _upload(client, ROWS)
    i = _row_index(client, "I")

    def correct(index: int, **changes: str) -> str:
        row = {**client.session["evaluation_import"]["rows"][index], **changes}
        _post_row(client, index, **{k: v for k, v in row.items() if k != "problem"})
        return str(client.session["evaluation_import"]["rows"][index]["problem"])

    assert correct(i, parent_number="2.1") == "tiêu chí cha 2.1 nằm sau nó trong bảng"
    assert correct(i, parent_number="") == ""
    assert correct(i, max_points="25") == "các tiêu chí con cộng lại 30, vượt quá điểm tối đa"
    bonus = _row_index(client, "6")
    assert correct(bonus, parent_number="I") == "không cùng loại với tiêu chí cha I"
    assert correct(_row_index(client, "2.1"), number="1") == "số 1 bị dùng hai lần"
    refused = client.post("/evaluation/sets/import/review/")
    assert not CriteriaSet.objects.exists()
    assert "Hãy sửa các dòng sau trước" in refused.content.decode()


def test_the_row_editor_answers_htmx_with_the_table_alone(tree: Any, make_user: Any) -> None:
    client = client_for(make_user(tree.other_department, "coordinator"))
    _upload(client, ROWS)
    fragment = client.get("/evaluation/sets/import/review/rows/0/", headers={"HX-Request": "true"})
    body = fragment.content.decode()
    assert body.lstrip().startswith('<div id="import-review">') and "<html" not in body
    row = client.session["evaluation_import"]["rows"][0]
    saved = client.post(
        "/evaluation/sets/import/review/rows/0/",
        {**{k: v for k, v in row.items() if k != "problem"}, "title": "Lãnh đạo, chỉ đạo, điều hành"},
        headers={"HX-Request": "true"},
    )
    assert saved.status_code == 200 and "Lãnh đạo, chỉ đạo, điều hành" in saved.content.decode()
    assert client.get("/evaluation/sets/import/review/rows/99/").status_code == 404


def test_only_those_who_keep_the_sets_correct_rows(tree: Any, three_users: Any, make_user: Any) -> None:
    observer = make_user(tree.other_department, "observer")
    for user in (three_users.own, three_users.parent, three_users.unrelated, observer):
        client = client_for(user)
        assert client.get("/evaluation/sets/import/review/rows/0/").status_code == 403
        assert _post_row(client, 0, number="1").status_code == 403


def test_the_demo_sample_is_corrected_on_the_screen_into_a_set_of_100_points(
    tree: Any, make_user: Any
) -> None:
    """The sample the documentation points to (danvan/evaluation/demo/bo-tieu-chi-mau.xlsx) has two rows read
    with problems; correcting them on the review screen is enough to create the set."""
    from pathlib import Path

    from danvan.evaluation import demo

    data = (Path(demo.__file__).parent / "demo" / "bo-tieu-chi-mau.xlsx").read_bytes()
    client = client_for(make_user(tree.other_department, "coordinator"))
    upload = SimpleUploadedFile("bo-tieu-chi-mau.xlsx", data)
    client.post(
        "/evaluation/sets/import/", {"name": "Mẫu", "from_year": 2026, "decision": "", "file": upload}
    )
    rows = client.session["evaluation_import"]["rows"]
    assert {r["number"]: r["problem"] for r in rows if r["problem"]} == {
        "2": "chưa có điểm tối đa",
        "4.1": "mục cha 4 không có trong bảng",
    }
    for number, changes in (("2", {"max_points": "10"}), ("4.1", {"number": "4", "parent_number": "II"})):
        index = _row_index(client, number)
        row = {k: v for k, v in rows[index].items() if k != "problem"}
        assert _post_row(client, index, **{**row, **changes}).status_code == 302
        rows = client.session["evaluation_import"]["rows"]
    client.post("/evaluation/sets/import/review/")
    criteria_set = CriteriaSet.objects.get()
    tree_rows = {c.number: c for c in queries.criteria_of(criteria_set)}
    assert tree_rows["4"].parent == tree_rows["II"] and tree_rows["2"].max_points == Decimal(10)
    assert sum(c.max_points for c in tree_rows.values() if c.parent_id is None and c.kind == "normal") == 100
