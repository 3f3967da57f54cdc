"""The tasks sheet, read back with openpyxl."""

import dataclasses
import datetime
import io

import openpyxl

from danvan.documents.outgoing import Task
from danvan.documents.tests import samples
from danvan.documents.xlsx_writer import render_tasks_xlsx


def load(document):
    return openpyxl.load_workbook(io.BytesIO(render_tasks_xlsx(document)))["Nhiệm vụ"]


def test_header_row_is_bold_frozen_and_has_a_due_column_when_dates_are_known():
    sheet = load(samples.catalog())
    header = [cell.value for cell in sheet[1]]
    assert header == ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Hạn"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"


def test_column_widths_and_wrapped_text():
    sheet = load(samples.catalog())
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEF"}
    assert widths["B"] >= 60 and widths["A"] <= 10
    assert all(width and width >= 8 for width in widths.values())
    assert all(cell.alignment.wrap_text for row in sheet.iter_rows(min_row=2, max_row=6) for cell in row)


def test_rows_follow_the_catalog_with_groups_in_bold():
    document = samples.catalog()
    sheet = load(document)
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert sheet.max_row == 1 + len(document.tasks)
    group = rows["1"]
    assert group[1].value.startswith("CÁC NHIỆM VỤ VỀ XÂY DỰNG KẾ HOẠCH")
    assert group[1].font.bold and group[0].font.bold
    task = rows["2.2"]
    assert not task[1].font.bold
    assert task[2].value == "Sở Xây dựng"
    assert task[3].value.split("\n") == [
        "Sở Tài chính",
        "Sở Nông nghiệp và Môi trường",
        "Ủy ban nhân dân cấp xã có liên quan",
    ]
    assert task[4].value == "6 tháng cuối năm 2025 và các năm tiếp theo"
    due = rows["1.2"][5]
    assert due.value.date() == datetime.date(2025, 8, 15)
    assert due.number_format == "yyyy-mm-dd"
    assert rows["1.1"][5].value is None  # "Thường xuyên" has no due date
    order = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert order.index("3.3") < order.index("3.4") < order.index("a") < order.index("b1") < order.index("4")


def test_no_due_column_without_due_dates():
    document = dataclasses.replace(
        samples.agency_plan(),
        tasks=(Task("1", "Rà soát quy chế", lead=("Văn phòng Sở",), timeframe="Thường xuyên"),),
    )
    sheet = load(document)
    assert [cell.value for cell in sheet[1]] == [
        "TT",
        "Nhiệm vụ",
        "Chủ trì",
        "Phối hợp",
        "Thời gian thực hiện",
    ]
    assert [cell.value for cell in sheet[2]] == ["1", "Rà soát quy chế", "Văn phòng Sở", None, "Thường xuyên"]
