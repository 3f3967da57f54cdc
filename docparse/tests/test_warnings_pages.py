"""Warnings that name the page and the reason (issue 11, docs/docparse.md "Warnings with the page").

Short documents of several shapes, written for places other than the tuning documents: a DOCX and its LibreOffice
PDF with a blank lead cell, a text plan with a numbering gap, a PDF with an empty middle page, a DOCX without pages,
tables whose rows were not read. Pages never change what is read.
"""

from __future__ import annotations

import io
import shutil

import pytest

from docparse import parse, parse_text
from docparse.blocks import Block, Source, Table
from docparse.page_warnings import numbering_jumps
from docparse.parser import parse_source
from docparse.tests import builders

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH TÂY NINH\nSỞ TƯ PHÁP\nSố: 415/KH-STP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nTây Ninh, ngày 08 tháng 12 năm 2026\nKẾ HOẠCH\n"
    "Công tác dân vận chính quyền năm 2027\n"
    "Thực hiện Kế hoạch số 77/KH-UBND ngày 20/11/2026 của Ủy ban nhân dân tỉnh, Sở Tư pháp xây dựng Kế hoạch như "
    "sau:\n"
)
SIGNATURE = "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Minh Khoa\n"
HEADER_ROW = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
ROWS = [
    [
        "1",
        "Phổ biến Luật Thực hiện dân chủ ở cơ sở cho công chức",
        "Phòng Phổ biến pháp luật",
        "Văn phòng Sở",
        "Quý I/2027",
    ],
    ["2", "Tiếp công dân định kỳ của Giám đốc Sở", "", "Thanh tra Sở", "Hằng tháng"],
    [
        "3",
        "Tổng kết công tác dân vận chính quyền năm 2027",
        "Văn phòng Sở",
        "Các phòng thuộc Sở",
        "Tháng 12/2027",
    ],
]


def _located(warnings: list[str]) -> list[str]:
    return [w for w in warnings if w.startswith(("Trang ", "Bảng ", "Mục "))]


def _docx(*, page_break: bool, rows: list[list[str]] = ROWS, second_table: bool = False) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for line in HEAD.splitlines():
        document.add_paragraph(line)
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    paragraph = document.add_paragraph("Nâng cao chất lượng phục vụ người dân và doanh nghiệp.")
    if page_break:
        paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("II. NHIỆM VỤ CỤ THỂ")
    first = [
        ["1", "Rà soát quy trình cấp phiếu lý lịch tư pháp", "Phòng Hành chính tư pháp", "", "Quý I/2027"]
    ]
    tables = [first, rows] if second_table else [rows]
    for content in tables:
        table = document.add_table(rows=0, cols=5)
        table.style = "Table Grid"
        for values in [HEADER_ROW, *content]:
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = value
        document.add_paragraph("")
    for line in SIGNATURE.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_blank_lead_cell_is_named_with_the_page_after_an_explicit_page_break():
    result = parse(_docx(page_break=True), "ke-hoach.docx")
    assert [t.lead for t in result.tasks] == [["Phòng Phổ biến pháp luật"], [], ["Văn phòng Sở"]]
    assert _located(result.warnings) == [
        "Trang 2: dòng 2 của bảng nhiệm vụ không có đơn vị chủ trì; hãy kiểm tra / page 2: row(s) 2 of a task "
        "table have an empty lead cell"
    ]


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_the_libreoffice_pdf_of_that_docx_names_the_same_page():
    pdf = builders.docx_to_pdf_libreoffice(_docx(page_break=True))
    assert pdf is not None
    result = parse(pdf, "ke-hoach.pdf")
    assert [t.lead for t in result.tasks] == [["Phòng Phổ biến pháp luật"], [], ["Văn phòng Sở"]]
    assert [w.split(" / ")[0] for w in _located(result.warnings)] == [
        "Trang 2: dòng 2 của bảng nhiệm vụ không có đơn vị chủ trì; hãy kiểm tra"
    ]


def test_a_docx_without_pages_names_the_table_by_its_order():
    rows = [
        ROWS[0],
        [
            "2",
            "Đối thoại với doanh nghiệp về thủ tục công chứng",
            "",
            "Hội Công chứng viên tỉnh",
            "Quý III/2027",
        ],
    ]
    result = parse(_docx(page_break=False, rows=rows, second_table=True), "ke-hoach.docx")
    assert [w.split(":")[0] for w in _located(result.warnings)] == ["Bảng 2"]
    assert "dòng 2 của bảng nhiệm vụ không có đơn vị chủ trì" in _located(result.warnings)[0]


def test_a_numbering_gap_in_a_text_plan_is_flagged_on_its_page():
    body = (
        "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm quyền làm chủ của Nhân dân.\n\f"
        "II. NỘI DUNG THỰC HIỆN\n"
        "1. Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa; chủ trì: Văn phòng Sở.\n"
        "2. Lấy ý kiến người dân về chất lượng phục vụ; chủ trì: Phòng Hành chính tư pháp.\n"
        "4. Tổ chức hội nghị đối thoại với luật sư; chủ trì: Phòng Bổ trợ tư pháp.\n"
    )
    result = parse_text(HEAD + body + SIGNATURE)
    assert len(result.tasks) == 3
    assert _located(result.warnings) == [
        "Trang 2: mục đánh số thiếu 3 (trước mục 4); có thể đã bỏ sót nhiệm vụ / page 2: numbered items skip 3 "
        "(before item 4); a task may be missing"
    ]


def test_a_gap_in_letters_is_flagged_and_a_list_without_the_letter_d_stroke_is_not():
    assert numbering_jumps(["1", "a", "b", "d", "2", "a"]) == [(3, ["c"])]
    assert numbering_jumps(["a", "b", "c", "d", "e", "g"]) == []  # "đ" may be left out, and there is no "f"
    assert numbering_jumps(["1", "1.1", "1.2", "2", "2.1", "2.3"]) == [(5, ["2.2"])]
    assert numbering_jumps(["1", "2", "3", "1", "2"]) == []  # a restart is no gap


def test_without_pages_a_gap_is_named_by_its_section():
    body = (
        "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm quyền làm chủ của Nhân dân.\n"
        "II. NỘI DUNG THỰC HIỆN\n"
        "1. Rà soát quy chế tiếp công dân của Sở; chủ trì: Thanh tra Sở.\n"
        "3. Khảo sát sự hài lòng về dịch vụ hộ tịch; chủ trì: Phòng Hành chính tư pháp.\n"
    )
    warnings = _located(parse_text(HEAD + body + SIGNATURE).warnings)
    assert [w.split(":")[0] for w in warnings] == ["Mục II.3"]


def test_an_empty_middle_page_of_a_pdf_is_flagged():
    pytest.importorskip("weasyprint")
    from weasyprint import HTML

    html = (
        "<html><head><meta charset='utf-8'></head><body>"
        + "".join(f"<p>{line}</p>" for line in HEAD.splitlines())
        + "<p>I. NHIỆM VỤ</p><p>1. Cập nhật cơ sở dữ liệu hộ tịch; chủ trì: Phòng Hành chính tư pháp.</p>"
        "<div style='page-break-after: always'></div><div style='page-break-after: always'>&nbsp;</div>"
        "<p>2. Kiểm tra công tác chứng thực tại các xã; chủ trì: Thanh tra Sở.</p>"
        + "".join(f"<p>{line}</p>" for line in SIGNATURE.splitlines())
        + "</body></html>"
    )
    result = parse(bytes(HTML(string=html).write_pdf()), "ke-hoach.pdf")
    assert [t.text[:10] for t in result.tasks] == ["Cập nhật c", "Kiểm tra c"]
    assert [w.split(" / ")[0] for w in _located(result.warnings)] == [
        "Trang 2: trang không có chữ đọc được giữa các trang có chữ (trang trống hoặc chỉ có hình ảnh); hãy xem "
        "bản gốc"
    ]


def _source(*blocks: str | Table, unbuilt: list[int] | None = None) -> Source:
    return Source(blocks=list(blocks), paged=True, unbuilt_layouts=unbuilt or [])


def test_a_task_table_whose_header_is_read_but_none_of_its_rows_is_flagged():
    # the reader put every row's text in a column the header does not name
    rows = [
        [*HEADER_ROW, ""],
        ["", "", "", "", "", "Tuyên truyền pháp luật về hòa giải ở cơ sở Văn phòng Sở Quý II"],
    ]
    result = parse_source(_source(HEAD, "\fII. NHIỆM VỤ", Table(rows).on_page(2), SIGNATURE))
    assert result.tasks == []
    assert _located(result.warnings) == [
        "Trang 2: bảng nhiệm vụ có dòng tiêu đề nhưng không đọc được dòng nào; hãy nhập các nhiệm vụ của bảng / "
        "page 2: a task table's header was found but none of its rows could be read"
    ]


def test_a_numbered_row_that_gave_no_task_and_a_table_going_on_as_text_are_flagged():
    rows = [
        HEADER_ROW,
        ["1", "", "", "", ""],  # the row's cells were read into another row (a scan's misaligned columns)
        ["2", "Hòa giải viên cơ sở được tập huấn", "Phòng Phổ biến pháp luật", "", "Quý II/2027"],
    ]
    result = parse_source(
        _source(
            HEAD,
            Table(rows).on_page(1),
            "\f3 Kiểm tra việc thi hành án dân sự Thanh tra Sở Quý III/2027\n" + SIGNATURE,
        )
    )
    assert [w.split(" / ")[0] for w in _located(result.warnings)] == [
        "Trang 2: bảng nhiệm vụ dừng trước dòng “3 Kiểm tra việc thi hành án dân …”, các dòng sau "
        "được đọc như văn bản; cần kiểm tra các dòng này",
    ]
    rows[1] = ["1", "Cấp phiếu lý lịch tư pháp trực tuyến", "Văn phòng Sở", "", "Thường xuyên"]
    rows.insert(2, ["1.1", "", "", "", "Quý I/2027"])
    warnings = _located(parse_source(_source(HEAD, Table(rows).on_page(1), SIGNATURE)).warnings)
    assert [w.split(" / ")[0] for w in warnings] == [
        "Trang 1: không đọc được dòng số 1.1 của bảng nhiệm vụ; có thể đã bỏ sót nhiệm vụ"
    ]


def test_a_task_table_cut_off_at_the_end_of_the_text_is_flagged():
    rows = [
        HEADER_ROW,
        ["1", "Số hóa sổ hộ tịch", "Phòng Hành chính tư pháp", "", "Năm 2027"],
        ["2", "Đánh giá chỉ số hài lòng", "Văn phòng Sở", "", "Quý IV/2027"],
        ["3", "Tổ chức Ngày Pháp luật tại các"],
    ]
    result = parse_source(_source(HEAD, Table(rows).on_page(2)))
    assert [w.split(" / ")[0] for w in _located(result.warnings)] == [
        "Trang 2: bảng nhiệm vụ dừng ở cuối văn bản, dòng 3 không có đơn vị và thời hạn; văn bản có thể bị cắt"
    ]
    # the same table followed by the signature is whole: its last row is a task without fields, not a cut
    assert _located(parse_source(_source(HEAD, Table(rows).on_page(2), SIGNATURE)).warnings) == []


def test_a_page_whose_table_layout_was_not_rebuilt_is_flagged_only_when_it_holds_a_task_header():
    table_page = (
        "\fSTT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện\n1\nRà soát văn bản\n"
    )
    result = parse_source(_source(HEAD, table_page + SIGNATURE, unbuilt=[2]))
    assert [w.split(":")[0] for w in _located(result.warnings)] == ["Trang 2"]
    assert "không dựng lại được bảng" in _located(result.warnings)[0]
    prose = "\fII. NHIỆM VỤ\n1. Văn phòng Sở chủ\ntrì tuyên truyền; thời gian\nthực hiện: quý I/2027.\n"
    assert _located(parse_source(_source(HEAD, prose + SIGNATURE, unbuilt=[2])).warnings) == []


def test_pages_never_change_what_is_read():
    body = (
        "II. NỘI DUNG THỰC HIỆN\n1. Niêm yết công khai thủ tục; chủ trì: Văn phòng Sở.\n\f"
        "2. Lấy ý kiến người dân; chủ trì: Phòng Hành chính tư pháp; thời gian: quý II/2027.\n"
    )
    paged = parse_text(HEAD + body + SIGNATURE)
    plain = parse_text(HEAD + body.replace("\f", "\n") + SIGNATURE)
    assert [t.to_dict() for t in paged.tasks] == [t.to_dict() for t in plain.tasks]
    assert paged.text == plain.text


def test_a_table_read_right_gets_no_located_warning():
    for data, name in ((builders.plan_docx(), "plan.docx"), (builders.plan_text().encode(), "plan.txt")):
        assert _located(parse(data, name).warnings) == []


def test_a_prose_sentence_that_assigns_work_but_gave_no_task_is_named_with_its_page():
    # what the parser read of a commune notice's content part (written after the seventh half's conclusion notice
    # whose last request, "Đề nghị Ủy ban Mặt trận Tổ quốc …", was read as no task): two tasks, and a sentence that
    # names who must act
    from docparse.model import Task
    from docparse.page_warnings import Places
    from docparse.parser import _list_review
    from docparse.tasks import Paragraph

    lines = [
        "1. Rà soát hồ sơ đất đai tồn đọng; chủ trì: Phòng Kinh tế.",
        "2. Tổ chức tiếp công dân định kỳ; chủ trì: Văn phòng HĐND và UBND xã.",
        "\f",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã giám sát việc bồi thường, hỗ trợ tái định cư.",
        "Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/11/2027.",
    ]
    texts = [line for line in lines if line != "\f"]
    blocks: list[Block] = list(texts)
    places = Places(blocks, [1, 1, 2, 2], paged=True)
    content = [[Paragraph("numbered", texts[0], "1"), Paragraph("numbered", texts[1], "2")]]
    content[0] += [Paragraph("text", texts[2]), Paragraph("text", texts[3])]
    read = [
        Task(no="1", text="Rà soát hồ sơ đất đai tồn đọng"),
        Task(no="2", text="Tổ chức tiếp công dân định kỳ"),
    ]
    assert _list_review(content, places, 0, len(blocks), read) == [
        "Trang 2: đoạn văn giao việc cho đơn vị nhưng không được đọc thành nhiệm vụ; hãy kiểm tra và nhập bổ sung / "
        "page 2: a paragraph assigns work to a body but gave no task"
    ]
    # read as a task, or in a letter (whose requests are read from the whole letter at the end): no warning
    taken = [*read, Task(no=None, text=texts[2])]
    assert _list_review(content, places, 0, len(blocks), taken) == []
    assert _list_review(content, places, 0, len(blocks), None) == []


def test_what_is_no_unread_task_gets_no_warning():
    from docparse.page_warnings import unread_assignment

    assert unread_assignment(
        "Giao Phòng Văn hóa - Xã hội chủ trì tổ chức Ngày hội Đại đoàn kết toàn dân tộc.", []
    )
    assert not unread_assignment("Giao các phòng chuyên môn triển khai các nội dung sau:", [])  # a lead-in
    assert not unread_assignment("Trường THCS Lê Lợi - Kế hoạch công tác dân vận năm học 2026 - 2027 2", [])
    assert not unread_assignment("Các chi bộ báo cáo kết quả về Đảng ủy xã trước ngày 30/11/2027.", [])
    assert not unread_assignment(
        "Văn phòng Sở phân công các phòng thực hiện các nhiệm vụ theo Phụ lục kèm theo.", []
    )
    assert not unread_assignment("Nâng cao chất lượng phục vụ Nhân dân.", [])  # nobody named
