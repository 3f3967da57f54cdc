"""The pages of a DOCX that Word saved: where Word last broke the pages (w:lastRenderedPageBreak), besides the explicit
page and section breaks (docs/docparse.md, "Warnings with the page").

python-docx and LibreOffice write no rendered breaks, so these documents put them where Word writes them: at the
start of the first run of each new page, in the middle of a paragraph or of a table cell that runs over the page
end, and again right after a hard page break. Pages never change what is read.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement

from docparse import parse
from docparse.readers.docx import read_docx

HEAD = [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "Số: 1188/KH-SVHTTDL",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Quảng Trị, ngày 14 tháng 12 năm 2026",
    "KẾ HOẠCH",
    "Thực hiện công tác dân vận chính quyền năm 2027",
]
HEADER_ROW = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
ROWS = [
    ["1", "Niêm yết công khai thủ tục hành chính lĩnh vực văn hóa", "Văn phòng Sở", "", "Quý I/2027"],
    [
        "2",
        "Đối thoại với các hộ kinh doanh dịch vụ du lịch ven biển",
        "Phòng Quản lý du lịch",
        "",
        "Quý II/2027",
    ],
    [
        "3",
        "Lấy ý kiến Nhân dân về lễ hội truyền thống của địa phương",
        "",
        "Phòng Quản lý văn hóa",
        "Tháng 8/2027",
    ],
]


def _rendered_break(run: Any) -> None:
    run._r.append(OxmlElement("w:lastRenderedPageBreak"))


def _document(*, rendered: bool) -> bytes:
    """Page 1: the header and the purposes, whose paragraph runs over to page 2; a hard break (and Word's rendered
    break after it) starts page 3 with the task table, whose row 2 starts page 4 and whose row 3 runs over to page 5
    where part III starts."""
    document = Document()
    for line in HEAD:
        document.add_paragraph(line)
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    purposes = document.add_paragraph()
    purposes.add_run("Nâng cao trách nhiệm phục vụ Nhân dân của công chức, viên chức; ")
    carried = purposes.add_run()
    if rendered:
        _rendered_break(carried)
    carried.add_text("gắn công tác dân vận với cải cách hành chính.")
    closing = document.add_paragraph("Bảo đảm quyền làm chủ của Nhân dân.")
    closing.add_run().add_break(WD_BREAK.PAGE)
    heading = document.add_paragraph()
    after_hard_break = heading.add_run()
    if rendered:
        _rendered_break(after_hard_break)  # Word writes one after a hard break as well: the same page start
    after_hard_break.add_text("II. NHIỆM VỤ CỤ THỂ")
    table = document.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    for values in [HEADER_ROW, *ROWS]:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    if rendered:
        # row 2 starts page 4, in every cell (as Word writes); row 3's content cell runs over to page 5
        for cell in table.rows[2].cells:
            first = cell.paragraphs[0].runs[0]
            first._r.insert(1 if first._r.rPr is not None else 0, OxmlElement("w:lastRenderedPageBreak"))
        content = table.rows[3].cells[1].paragraphs[0]
        content.add_run(" và các làng nghề")
        _rendered_break(content.runs[-1])
        content.runs[-1].add_text(" ven sông Thạch Hãn")
    else:
        table.rows[3].cells[1].paragraphs[0].add_run(" và các làng nghề ven sông Thạch Hãn")
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph("Văn phòng Sở theo dõi, tổng hợp kết quả thực hiện Kế hoạch.")
    for line in ["Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Minh Tuấn"]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pages_of(data: bytes) -> list[tuple[int, str]]:
    """(page, line) of every text line and table row, as the reader hands them on."""
    page, lines = 1, list[tuple[int, str]]()
    for block in read_docx(data).blocks:
        if isinstance(block, str):
            for number, part in enumerate(block.split("\f")):
                page += 1 if number else 0
                lines.extend((page, line) for line in part.splitlines() if line.strip())
        else:
            lines.extend(
                zip(block.row_pages or [page] * len(block.rows), (row[1] for row in block.rows), strict=True)
            )
            page = block.row_pages[-1] if block.row_pages else page
    return lines


def test_word_rendered_page_breaks_give_the_pages_and_a_hard_break_counts_once():
    pages = {line: page for page, line in _pages_of(_document(rendered=True))}
    assert pages["Thực hiện công tác dân vận chính quyền năm 2027"] == 1
    # the purposes ran over to page 2: the paragraph lies on the page it starts on, the next one on page 2
    assert (
        pages[
            "Nâng cao trách nhiệm phục vụ Nhân dân của công chức, viên chức; gắn công tác dân vận với cải cách hành chính."
        ]
        == 1
    )
    assert pages["Bảo đảm quyền làm chủ của Nhân dân."] == 2
    assert pages["II. NHIỆM VỤ CỤ THỂ"] == 3  # the hard break and Word's rendered break after it: one page
    assert pages["Niêm yết công khai thủ tục hành chính lĩnh vực văn hóa"] == 3
    assert pages["Đối thoại với các hộ kinh doanh dịch vụ du lịch ven biển"] == 4  # a row starting a page
    # a row that runs over the page end lies on the page it starts on; the text after it on the new page
    assert (
        pages["Lấy ý kiến Nhân dân về lễ hội truyền thống của địa phương và các làng nghề ven sông Thạch Hãn"]
        == 4
    )
    assert pages["III. TỔ CHỨC THỰC HIỆN"] == 5


def test_a_blank_lead_cell_is_named_with_the_page_word_rendered_it_on():
    result = parse(_document(rendered=True), "ke-hoach.docx")
    assert [w.split(" / ")[0] for w in result.warnings if w.startswith("Trang ")] == [
        "Trang 4: dòng 3 của bảng nhiệm vụ không có đơn vị chủ trì; hãy kiểm tra"
    ]


def test_rendered_pages_never_change_what_is_read():
    word, plain = parse(_document(rendered=True), "a.docx"), parse(_document(rendered=False), "a.docx")
    assert [t.to_dict() for t in word.tasks] == [t.to_dict() for t in plain.tasks]
    assert word.document == plain.document
    assert len(word.tasks) == 3
    # without rendered breaks only the hard break is known: the same row is named on page 2
    assert [w.split(":")[0] for w in plain.warnings if w.startswith("Trang ")] == ["Trang 2"]


def test_a_numbering_gap_in_a_word_saved_plan_is_named_on_the_page_word_rendered_it_on():
    document = Document()
    for line in [
        "ỦY BAN NHÂN DÂN",
        "XÃ CỒN TIÊN",
        "Số: 64/KH-UBND",
        "Cồn Tiên, ngày 02 tháng 12 năm 2026",
        "KẾ HOẠCH",
    ]:
        document.add_paragraph(line)
    document.add_paragraph("Tiếp công dân và đối thoại với Nhân dân năm 2027")
    document.add_paragraph("II. NỘI DUNG THỰC HIỆN")
    document.add_paragraph("1. Niêm yết lịch tiếp công dân tại trụ sở; chủ trì: Văn phòng HĐND và UBND xã.")
    document.add_paragraph(
        "2. Tổ chức đối thoại với Nhân dân về giải phóng mặt bằng; chủ trì: Phòng Kinh tế."
    )
    fourth = document.add_paragraph()
    _rendered_break(fourth.add_run())
    fourth.runs[0].add_text("4. Trả lời kiến nghị của cử tri đúng hạn; chủ trì: Phòng Văn hóa - Xã hội.")
    for line in ["Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Hồ Văn Lâm"]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    result = parse(out.getvalue(), "ke-hoach.docx")
    assert len(result.tasks) == 3
    assert [w.split(" / ")[0] for w in result.warnings if w.startswith("Trang ")] == [
        "Trang 2: mục đánh số thiếu 3 (trước mục 4); có thể đã bỏ sót nhiệm vụ"
    ]
