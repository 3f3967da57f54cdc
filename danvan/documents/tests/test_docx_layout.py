"""The DOCX writer, checked by reading the file back with python-docx (Nghị định 30/2020, Phụ lục I)."""

import dataclasses
import datetime
import io

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm

from danvan.documents.docx_writer import render_docx
from danvan.documents.outgoing import TaskLayout
from danvan.documents.tests import samples

FONT = "Times New Roman"


@pytest.fixture(scope="module")
def plan_docx():
    return docx.Document(io.BytesIO(render_docx(samples.agency_plan())))


@pytest.fixture(scope="module")
def catalog_docx():
    return docx.Document(io.BytesIO(render_docx(samples.catalog())))


@pytest.fixture(scope="module")
def issued_plan_docx():
    document = samples.agency_plan(number=7, date=datetime.date(2026, 1, 5))
    return docx.Document(io.BytesIO(render_docx(document)))


def mm(length):
    return round(length / Mm(1))


def run_fonts(run):
    fonts = run._r.rPr.find(qn("w:rFonts"))
    return {name: fonts.get(qn(f"w:{name}")) for name in ("ascii", "hAnsi", "eastAsia", "cs")}


def text_runs(paragraph):
    return [run for run in paragraph.runs if run.text.strip()]


def style_of(paragraph):
    """(size in pt, bold, italic) shared by every text run of the paragraph."""
    runs = text_runs(paragraph)
    assert runs, f"no text in {paragraph.text!r}"
    styles = {(run.font.size.pt, bool(run.font.bold), bool(run.font.italic)) for run in runs}
    assert len(styles) == 1, f"mixed formatting in {paragraph.text!r}: {styles}"
    return styles.pop()


def find(paragraphs, text):
    matches = [p for p in paragraphs if p.text.strip() == text]
    assert matches, f"{text!r} not found"
    return matches[0]


def bottom_border(paragraph):
    borders = paragraph._p.pPr.find(qn("w:pBdr")) if paragraph._p.pPr is not None else None
    return None if borders is None else borders.find(qn("w:bottom"))


def rules_in(cell):
    return [p for p in cell.paragraphs if not p.text.strip() and bottom_border(p) is not None]


def all_paragraphs(document):
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    return paragraphs


# --- page setup ---


@pytest.mark.parametrize("fixture", ["plan_docx", "catalog_docx"])
def test_first_section_is_a4_portrait_with_nghi_dinh_30_margins(fixture, request):
    section = request.getfixturevalue(fixture).sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert (mm(section.top_margin), mm(section.bottom_margin)) == (20, 20)
    assert (mm(section.left_margin), mm(section.right_margin)) == (30, 15)


def test_catalog_appendix_is_a_landscape_section(catalog_docx):
    assert len(catalog_docx.sections) == 2
    appendix = catalog_docx.sections[1]
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert (mm(appendix.page_width), mm(appendix.page_height)) == (297, 210)
    assert (mm(appendix.left_margin), mm(appendix.right_margin)) == (30, 15)


def test_plan_with_tasks_as_text_has_one_portrait_section(plan_docx):
    assert len(plan_docx.sections) == 1


def test_every_run_is_times_new_roman_for_all_scripts(plan_docx, catalog_docx):
    for document in (plan_docx, catalog_docx):
        runs = [run for paragraph in all_paragraphs(document) for run in paragraph.runs]
        assert len(runs) > 50
        for run in runs:
            assert run_fonts(run) == dict.fromkeys(("ascii", "hAnsi", "eastAsia", "cs"), FONT), run.text
        normal = document.styles["Normal"]
        assert normal.font.name == FONT
        fonts = normal.element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == FONT
        assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would override Times New Roman
        defaults = (
            document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        )
        assert defaults.find(qn("w:rFonts")).get(qn("w:cs")) == FONT
        assert defaults.find(qn("w:rFonts")).get(qn("w:minorHAnsi")) is None


# --- letterhead (ô 1–4) ---


def test_letterhead_cells_of_the_agency_plan(plan_docx):
    table = plan_docx.tables[0]
    left, right = table.rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ CÔNG THƯƠNG"]
    assert [p.text for p in right.paragraphs if p.text] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert style_of(find(left.paragraphs, "UBND THÀNH PHỐ HẢI PHÒNG")) == (13, False, False)
    assert style_of(find(left.paragraphs, "SỞ CÔNG THƯƠNG")) == (13, True, False)
    assert style_of(find(right.paragraphs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) == (13, True, False)
    assert style_of(find(right.paragraphs, "Độc lập - Tự do - Hạnh phúc")) == (14, True, False)
    for paragraph in [*left.paragraphs, *right.paragraphs]:
        assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_letterhead_is_borderless(plan_docx):
    borders = plan_docx.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"none"}


def test_rules_are_borders_not_underscores(plan_docx, catalog_docx):
    for document in (plan_docx, catalog_docx):
        assert not any("___" in p.text for p in all_paragraphs(document))
        left, right = document.tables[0].rows[0].cells
        assert len(rules_in(left)) == 1
        assert len(rules_in(right)) == 1
        # The rule follows the issuing body and the motto directly.
        assert bottom_border(left.paragraphs[-1]) is not None
        assert right.paragraphs[-2].text == "Độc lập - Tự do - Hạnh phúc"
        assert bottom_border(right.paragraphs[-1]).get(qn("w:val")) == "single"


def test_rule_lengths_follow_the_texts_above_them(plan_docx):
    left, right = plan_docx.tables[0].rows[0].cells

    def rule_width(cell):
        rule = rules_in(cell)[0]
        return (
            cell.width - 2 * Mm(1.9) - rule.paragraph_format.left_indent - rule.paragraph_format.right_indent
        )

    motto = rule_width(right)
    assert Mm(55) < motto < Mm(66)  # "Độc lập - Tự do - Hạnh phúc" at 14 pt bold is about 60 mm
    issuer = rule_width(left)
    assert Mm(18) <= issuer < Mm(30)  # 1/3–1/2 of "SỞ CÔNG THƯƠNG"


def test_two_line_issuer_without_governing_body(catalog_docx):
    left = catalog_docx.tables[0].rows[0].cells[0]
    names = [p for p in left.paragraphs if p.text]
    assert [p.text for p in names] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"]
    assert all(style_of(p) == (13, True, False) for p in names)


def test_draft_number_line_has_blanks(plan_docx, catalog_docx):
    number = plan_docx.tables[0].rows[1].cells[0].paragraphs[0]
    assert number.text.startswith("Số: ")
    assert number.text.endswith("/KH-SCT")
    assert number.text[len("Số: ") : -len("/KH-SCT")].strip() == ""
    assert len(number.text) - len("Số: /KH-SCT") >= 4
    assert style_of(number) == (13, False, False)
    assert catalog_docx.tables[0].rows[1].cells[0].paragraphs[0].text.endswith("/QĐ-UBND")


def test_draft_date_line_has_blanks_and_is_italic_14(plan_docx):
    date = plan_docx.tables[0].rows[1].cells[1].paragraphs[0]
    words = date.text.split()
    assert words == ["Hải", "Phòng,", "ngày", "tháng", "năm", "2025"]
    assert "ngày " + " " * 5 in date.text and "tháng " + " " * 5 in date.text
    assert style_of(date) == (14, False, True)
    assert date.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_issued_document_prints_number_and_padded_date(issued_plan_docx):
    number, date = issued_plan_docx.tables[0].rows[1].cells
    assert number.paragraphs[0].text == "Số: 07/KH-SCT"
    assert date.paragraphs[0].text == "Hải Phòng, ngày 05 tháng 01 năm 2026"


# --- title and body ---


def test_title_block(plan_docx):
    kind = find(plan_docx.paragraphs, "KẾ HOẠCH")
    assert style_of(kind) == (14, True, False)
    assert kind.alignment == WD_ALIGN_PARAGRAPH.CENTER
    title = find(plan_docx.paragraphs, "Thực hiện công tác dân vận 6 tháng cuối năm 2025 tại Sở Công Thương")
    assert style_of(title) == (14, True, False)
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    paragraphs = plan_docx.paragraphs
    index = [p._p for p in paragraphs].index(title._p)
    rule = paragraphs[index + 1]
    assert rule.text == "" and bottom_border(rule) is not None


def test_body_paragraphs_are_14_justified_with_first_line_indent(plan_docx):
    preamble = next(p for p in plan_docx.paragraphs if p.text.startswith("Thực hiện Quyết định số 3177"))
    assert style_of(preamble) == (14, False, False)
    assert preamble.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert mm(preamble.paragraph_format.first_line_indent) == 10
    assert preamble.paragraph_format.space_after.pt == 6
    assert 1 <= preamble.paragraph_format.line_spacing <= 1.5


def test_section_headings_are_bold(plan_docx):
    for text in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"):
        assert style_of(find(plan_docx.paragraphs, text)) == (14, True, False)


def test_tasks_as_numbered_text_with_their_lines(plan_docx):
    texts = [p.text for p in plan_docx.paragraphs]
    start = next(i for i, text in enumerate(texts) if text.startswith("2. Tổ chức sơ kết 5 năm"))
    assert texts[start + 1 : start + 4] == [
        "+ Đơn vị chủ trì: Văn phòng Sở.",
        "+ Đơn vị phối hợp: Các phòng chuyên môn, đơn vị thuộc Sở.",
        "+ Thời gian thực hiện: Quý III/2025.",
    ]
    task = plan_docx.paragraphs[start]
    assert task.runs[0].text.strip() == "2." and task.runs[0].font.bold
    # Tasks come after the heading of section II and before section III.
    assert texts.index("II. NỘI DUNG THỰC HIỆN") < start < texts.index("III. TỔ CHỨC THỰC HIỆN")


def test_decision_preamble(catalog_docx):
    heading = find(catalog_docx.paragraphs, "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG")
    assert style_of(heading) == (14, True, False)
    basis = next(p for p in catalog_docx.paragraphs if p.text.startswith("Căn cứ Luật Tổ chức"))
    assert style_of(basis) == (14, False, True)
    assert style_of(find(catalog_docx.paragraphs, "QUYẾT ĐỊNH:")) == (14, True, False)
    article = next(p for p in catalog_docx.paragraphs if p.text.startswith("Điều 1."))
    assert article.runs[0].font.bold and not article.runs[-1].font.bold


# --- page numbers ---


def page_fields(header):
    return [node.text.strip() for node in header._element.iter(qn("w:instrText"))]


@pytest.mark.parametrize("fixture", ["plan_docx", "catalog_docx"])
def test_page_number_centred_in_header_but_not_on_page_one(fixture, request):
    section = request.getfixturevalue(fixture).sections[0]
    assert section.different_first_page_header_footer
    assert page_fields(section.header) == ["PAGE"]
    assert section.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert page_fields(section.first_page_header) == []
    assert not section.first_page_header.is_linked_to_previous
    field_run = next(run for run in section.header.paragraphs[0].runs if run.text == "1")
    assert field_run.font.size.pt == 14


def test_appendix_pages_are_numbered_separately(catalog_docx):
    appendix = catalog_docx.sections[1]
    assert appendix.different_first_page_header_footer
    assert page_fields(appendix.header) == ["PAGE"]
    assert page_fields(appendix.first_page_header) == []
    numbering = appendix._sectPr.find(qn("w:pgNumType"))
    assert numbering is not None and numbering.get(qn("w:start")) == "1"
    assert catalog_docx.sections[0]._sectPr.find(qn("w:pgNumType")) is None


# --- Nơi nhận and signature ---


def signature_table(document):
    return next(t for t in document.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")


def test_recipients(catalog_docx):
    recipients = signature_table(catalog_docx).rows[0].cells[0]
    word = recipients.paragraphs[0]
    assert style_of(word) == (12, True, True)
    lines = [p.text for p in recipients.paragraphs[1:]]
    assert lines == [
        "- Như Điều 3;",
        "- TTTU, TT HĐND TP;",
        "- CT, các PCT UBND TP;",
        "- UBMTTQ VN TP;",
        "- Các Phòng: NVKTGS, VX, HCQT;",
        "- Lưu: VT, P.T. Nguyệt.",
    ]
    assert {style_of(p) for p in recipients.paragraphs[1:]} == {(11, False, False)}


def test_signature_block_with_authority(catalog_docx):
    cell = signature_table(catalog_docx).rows[0].cells[1]
    lines = [p for p in cell.paragraphs if p.text]
    assert [p.text for p in lines] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Minh Hùng",
    ]
    assert {style_of(p) for p in lines} == {(14, True, False)}
    assert {p.alignment for p in cell.paragraphs} == {WD_ALIGN_PARAGRAPH.CENTER}
    # Room for the signature and the seal between the position and the name.
    texts = [p.text for p in cell.paragraphs]
    assert texts.index("Nguyễn Minh Hùng") - texts.index("PHÓ CHỦ TỊCH") > 4


def test_signature_table_is_borderless_and_recipients_on_the_left(plan_docx):
    table = signature_table(plan_docx)
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"none"}
    assert [p.text for p in table.rows[0].cells[1].paragraphs if p.text] == ["GIÁM ĐỐC", "Nguyễn Hoàng Long"]
    assert table.rows[0].cells[0].paragraphs[-1].text == "- Lưu: VT, VP."


# --- appendix table ---


def appendix_table(document):
    return document.tables[-1]


def test_appendix_title_and_reference_line(catalog_docx):
    paragraphs = catalog_docx.paragraphs
    title = find(paragraphs, "DANH MỤC")
    assert style_of(title) == (14, True, False)
    note = next(p for p in paragraphs if p.text.startswith("(Kèm theo Quyết định số"))
    assert "/QĐ-UBND" in note.text and note.text.endswith("của Ủy ban nhân dân thành phố)")
    assert style_of(note) == (14, False, True)


def test_appendix_table_header_repeats_on_every_page(catalog_docx):
    table = appendix_table(catalog_docx)
    header = table.rows[0]
    assert [cell.text for cell in header.cells] == [
        "TT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
    ]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"single"}
    widths = [mm(column.width) for column in table.columns]
    assert sum(widths) == 297 - 30 - 15


def test_appendix_group_rows_span_the_row_and_are_bold(catalog_docx):
    rows = appendix_table(catalog_docx).rows
    group = next(row for row in rows if row.cells[0].text == "1")
    assert len({id(cell._tc) for cell in group.cells}) == 2  # TT + one cell spanning the other four
    assert group.cells[1].text.startswith("CÁC NHIỆM VỤ VỀ XÂY DỰNG KẾ HOẠCH")
    assert style_of(group.cells[1].paragraphs[0]) == (12, True, False)
    nested_group = next(row for row in rows if row.cells[0].text == "3.4")
    assert nested_group.cells[1].text.startswith("Tham mưu Ủy ban nhân dân thành phố thi hành")


def test_appendix_task_rows(catalog_docx):
    rows = appendix_table(catalog_docx).rows
    row = next(row for row in rows if row.cells[0].text == "2.2")
    assert row.cells[1].text.startswith("Thực hiện công tác dân vận gắn với thực hiện hiệu quả")
    assert row.cells[2].text == "Sở Xây dựng"
    assert row.cells[3].text.split("\n") == [
        "Sở Tài chính;",
        "Sở Nông nghiệp và Môi trường;",
        "Ủy ban nhân dân cấp xã có liên quan",
    ]
    assert row.cells[4].text == "6 tháng cuối năm 2025 và các năm tiếp theo"
    assert style_of(row.cells[1].paragraphs[0]) == (12, False, False)
    order = [row.cells[0].text for row in rows[1:]]
    assert order.index("3.3") < order.index("3.4") < order.index("a") < order.index("b") < order.index("b1")


def test_plan_tasks_can_go_to_an_appendix_too():
    document = dataclasses.replace(
        samples.agency_plan(), task_layout=TaskLayout.APPENDIX, appendix_title=("DANH MỤC NHIỆM VỤ",)
    )
    rendered = docx.Document(io.BytesIO(render_docx(document)))
    assert rendered.sections[1].orientation == WD_ORIENT.LANDSCAPE
    assert not any(p.text.startswith("+ Đơn vị chủ trì") for p in rendered.paragraphs)
    note = next(p for p in rendered.paragraphs if p.text.startswith("(Kèm theo"))
    assert note.text.startswith("(Kèm theo Kế hoạch số ") and "/KH-SCT" in note.text
    assert len(appendix_table(rendered).rows) == 1 + len(document.tasks)


def test_document_properties(catalog_docx):
    properties = catalog_docx.core_properties
    assert properties.title.startswith("Ban hành danh mục nhiệm vụ")
    assert properties.language == "vi-VN"


def test_line_breaks_in_the_title_are_kept():
    document = dataclasses.replace(samples.catalog(), title="Ban hành danh mục nhiệm vụ\nnăm 2025")
    rendered = docx.Document(io.BytesIO(render_docx(document)))
    title = find(rendered.paragraphs, "Ban hành danh mục nhiệm vụ\nnăm 2025")
    assert len(title._p.findall(f".//{qn('w:br')}")) == 1
    assert style_of(title) == (14, True, False)
