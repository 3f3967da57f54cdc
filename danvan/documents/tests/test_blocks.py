"""The public document blocks (numbered list, table, chart image, annex; sheets in XLSX), drawn by the writers
and read back from the files; and no app reaches into the writers' private helpers."""

import ast
import dataclasses
import datetime
import io
import pathlib
import struct
import zlib

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm

from danvan.documents import outgoing
from danvan.documents.docx_writer import render_docx
from danvan.documents.tests import samples
from danvan.documents.xlsx_writer import render_workbook

DANVAN = pathlib.Path(__file__).resolve().parents[2]


def tiny_png(width=40, height=20):
    """A real PNG (solid grey), built by hand so that the test needs no imaging library."""
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


TABLE = outgoing.Table(
    headers=("TT", "Cơ quan", "Số nhiệm vụ", "Tỷ lệ (%)", "Ngày"),
    rows=(
        (1, "Sở Công Thương", 12, 91.25, datetime.date(2025, 9, 5)),
        (2, "Xã Cẩm Giang\nPhòng Văn hóa - Xã hội", 7, 40.0, ""),
        (3, "Sở Nội vụ", 0, 0.0, ""),
    ),
    widths_mm=(12, 90, 30, 30, 30),
    xlsx_widths=(6, 40, 12, 12, 14),
)


@pytest.fixture(scope="module")
def document():
    base = samples.agency_plan()
    blocks = (
        outgoing.NumberedList(("Quán triệt Chỉ thị 33", "Tổ chức đối thoại"), start=3),
        TABLE,
        outgoing.ChartImage(tiny_png(), caption="Biểu đồ: tình trạng thực hiện", width_mm=80),
    )
    shaped = dataclasses.replace(
        base,
        sections=(*base.sections, outgoing.Section("IV. KẾT QUẢ", blocks)),
        annexes=(
            outgoing.Annex(("PHỤ LỤC I", "TÌNH TRẠNG"), (TABLE,), note="(Kèm theo báo cáo)"),
            outgoing.Annex(("PHỤ LỤC II",), (outgoing.BulletList(("một", "hai", "ba")),), landscape=False),
        ),
    )
    return docx.Document(io.BytesIO(render_docx(shaped)))


def texts(document):
    return [p.text for p in document.paragraphs]


def test_a_numbered_list_is_numbered_from_its_start(document):
    lines = texts(document)
    assert "3. Quán triệt Chỉ thị 33" in lines and "4. Tổ chức đối thoại" in lines


def test_a_table_has_a_repeated_header_and_prints_numbers_and_dates(document):
    body_table = next(t for t in document.tables if t.rows[0].cells[0].text == "TT")
    rows = [[cell.text for cell in row.cells] for row in body_table.rows]
    assert rows[0] == list(TABLE.headers)
    assert rows[1] == ["1", "Sở Công Thương", "12", "91.2", "05/09/2025"]
    assert rows[2][1] == "Xã Cẩm Giang\nPhòng Văn hóa - Xã hội" and rows[2][3] == "40.0"
    assert rows[3] == ["3", "Sở Nội vụ", "0", "0.0", ""]
    assert body_table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [round(c.width / Mm(1)) for c in body_table.columns] == [12, 90, 30, 30, 30]
    for cell in body_table.rows[1].cells:
        for run in cell.paragraphs[0].runs:
            assert run.font.size.pt == 12 and run.font.name == "Times New Roman"


def test_the_chart_is_an_inline_picture_with_its_caption_under_it(document):
    assert len(document.inline_shapes) == 1
    assert round(document.inline_shapes[0].width / Mm(1)) == 80
    lines = texts(document)
    assert lines[lines.index("Biểu đồ: tình trạng thực hiện") - 1] == ""  # the picture's paragraph


def test_annexes_follow_the_signature_in_their_own_numbered_sections(document):
    sections = document.sections
    assert len(sections) == 3
    assert sections[1].orientation == WD_ORIENT.LANDSCAPE and sections[2].orientation == WD_ORIENT.PORTRAIT
    for section in sections[1:]:
        assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    lines = texts(document)
    signature_table = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Nơi nhận:"))
    body = list(document.element.body.iterchildren())
    annex_title = next(p for p in document.paragraphs if p.text == "PHỤ LỤC I")
    assert body.index(annex_title._p) > body.index(signature_table._tbl)
    assert lines.index("(Kèm theo báo cáo)") == lines.index("TÌNH TRẠNG") + 1
    assert [line for line in lines if line.startswith("- ")][-3:] == ["- một", "- hai", "- ba"]
    assert lines.index("- một") > lines.index("PHỤ LỤC II")
    assert sum(1 for t in document.tables if t.rows[0].cells[0].text == "TT") == 2


def test_many_bullets_are_all_printed_in_order():
    base = samples.agency_plan()
    items = tuple(f"Kết quả số {n}" for n in range(500))
    shaped = dataclasses.replace(base, sections=(outgoing.Section("I.", (outgoing.BulletList(items, "+"),)),))
    lines = [
        line for line in texts(docx.Document(io.BytesIO(render_docx(shaped)))) if line.startswith("+ Kết quả")
    ]
    assert lines == [f"+ {item}" for item in items]


def test_a_table_refuses_rows_of_the_wrong_width():
    with pytest.raises(ValueError):
        outgoing.Table(headers=("A", "B"), rows=(("1",),))


def test_sheets_keep_numbers_and_dates_typed():
    book = openpyxl.load_workbook(
        io.BytesIO(render_workbook([outgoing.Sheet("Cơ quan", TABLE)], title="Thử"))
    )
    sheet = book["Cơ quan"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == TABLE.headers
    assert rows[1][:4] == (1, "Sở Công Thương", 12, 91.25)
    assert rows[1][4] == datetime.datetime(2025, 9, 5) and sheet["E2"].number_format == "dd/mm/yyyy"
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["B"].width == 40
    assert book.properties.title == "Thử"


def test_no_app_imports_the_writers_private_helpers():
    offenders = []
    for path in DANVAN.rglob("*.py"):
        if "documents" in path.parts and path.parent.name == "documents":
            continue  # the writers themselves
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("danvan.documents."):
                offenders += [f"{path}: {a.name}" for a in node.names if a.name.startswith("_")]
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and isinstance(node.value, ast.Name)
                and node.value.id in ("docx_writer", "xlsx_writer", "outgoing")
            ):
                offenders.append(f"{path}: {node.value.id}.{node.attr}")
    assert offenders == []
