"""The rules of the sixth tuning round, each on a short document of the genre (docs/docparse.md, "Sixth round").

The documents here are written in other words and for other places than the tuning documents the rules were read
from, so that a rule that only follows one document's phrasing fails. Each helper keeps its tests in one block.
"""

import shutil
from pathlib import Path

import pytest

from docparse import parse, parse_text
from docparse.blocks import Table
from docparse.readers.layout import Word, page_blocks
from docparse.readers.pdf import _ocr_fixes
from docparse.tests import builders
from docparse.tests.corpus_heldout_build import Source, render_docx, render_html
from docparse.tests.corpus_heldout_build import Table as TableSpec

# ---------------------------------------------------------------------------------------------------------------
# Tables and missed tasks (r6-recall): LibreOffice table layouts, group rows, scanned headers, the sections and the
# letter sentence that decide what a task is.

_LETTERHEAD = {
    "right": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc",
}
_NEEDS_LIBREOFFICE = pytest.mark.skipif(
    shutil.which("libreoffice") is None and shutil.which("soffice") is None,
    reason="LibreOffice is not installed",
)


def _plan_source(left: str, number: str, date: str, table: TableSpec) -> Source:
    return Source(
        "plan",
        {**_LETTERHEAD, "left": left, "number": number, "date": date},
        [
            ("c", "KẾ HOẠCH"),
            ("c", "Công tác dân vận chính quyền năm 2027"),
            ("b", "I. NHIỆM VỤ CỤ THỂ"),
            ("table", table),
            ("b", "II. TỔ CHỨC THỰC HIỆN"),
            ("p", "Các bộ phận báo cáo kết quả trước ngày 01/12/2027."),
            ("sign", "Nơi nhận:|- Lưu: VT. >> TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH||Hồ Thị Lan"),
        ],
    )


def _libreoffice_pdf(source: Source) -> bytes:
    pdf = builders.html_to_pdf_libreoffice(render_html(source))
    assert pdf is not None
    return pdf


@_NEEDS_LIBREOFFICE
def test_a_libreoffice_header_whose_first_line_holds_only_its_wrapped_cells_keeps_every_column():
    # "Số TT", "Đơn vị thực hiện", "Đơn vị phối hợp" and "Thời hạn hoàn thành" wrap over two lines while "Công việc cụ
    # thể" is centred between them: the lines under the first one name a table on their own (TT, content, time),
    # but the first line is no heading above it, it holds the unit columns' first words
    table = TableSpec(
        [0.7, 7, 2.5, 2.5, 2.2, 1.8],
        rows=[
            [
                "Số TT",
                "Công việc cụ thể",
                "Đơn vị thực hiện",
                "Đơn vị phối hợp",
                "Thời hạn hoàn thành",
                "Ghi chú",
            ],
            ["I", "TUYÊN TRUYỀN, PHỔ BIẾN", "<<", "<<", "<<", "<<"],
            [
                "1",
                "Phổ biến Luật Thực hiện dân chủ ở cơ sở tới các khu phố bằng loa truyền thanh",
                "Phòng Văn hóa - Xã hội",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "Quý I/2027",
                "",
            ],
            [
                "2",
                "Tổ chức hội nghị đối thoại giữa Chủ tịch phường với thanh niên",
                "Văn phòng HĐND và UBND phường",
                "Đoàn Thanh niên phường",
                "Tháng 3/2027",
                "",
            ],
        ],
    )
    source = _plan_source(
        "ỦY BAN NHÂN DÂN|PHƯỜNG ĐÔNG HÀ", "Số: 301/KH-UBND", "Đông Hà, ngày 08 tháng 12 năm 2026", table
    )
    tasks = parse(_libreoffice_pdf(source), "ke-hoach.lo.pdf").tasks
    assert [(t.no, t.lead, t.coord) for t in tasks] == [
        ("1", ["Phòng Văn hóa - Xã hội"], ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"]),
        ("2", ["Văn phòng HĐND và UBND phường"], ["Đoàn Thanh niên phường"]),
    ]


@_NEEDS_LIBREOFFICE
def test_a_libreoffice_table_with_wide_columns_and_group_rows_in_sentence_case_is_read_row_by_row():
    # the header fits on one line (no header cell of its own line in the text layer); cells are centred in their rows,
    # so the lines of the text, unit and time columns stand half a line apart, and words with marks above their
    # capitals ("Ấp", "Ông", "Ổn") reach up to the line above; the group rows are not in capitals
    table = TableSpec(
        [0.8, 6, 2.5, 2.5, 2],
        rows=[
            ["STT", "Nội dung", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian"],
            ["A", "Tuyên truyền, vận động", "<<", "<<", "<<"],
            [
                "1",
                "Tuyên truyền cho đồng bào Khmer ở Ấp Ông Đồn, Ấp Ếch về Ổn định dân cư, Ở lại quê hương",
                "Phòng Văn hóa - Xã hội",
                "Hội Người cao tuổi các ấp Ông Đồn, Ấp Ếch",
                "Quý I/2027",
            ],
            ["B", "Đối thoại với Nhân dân", "<<", "<<", "<<"],
            [
                "2",
                "Tổ chức hội nghị đối thoại giữa Chủ tịch xã với thanh niên",
                "Văn phòng HĐND và UBND xã",
                "Đoàn Thanh niên xã",
                "Tháng 3/2027",
            ],
        ],
    )
    source = _plan_source(
        "ỦY BAN NHÂN DÂN|XÃ VĨNH TẾ", "Số: 77/KH-UBND", "Vĩnh Tế, ngày 03 tháng 12 năm 2026", table
    )
    document = parse(_libreoffice_pdf(source), "ke-hoach.lo.pdf")
    assert [(t.no, t.parent_no, t.text) for t in document.tasks] == [
        (
            "1",
            "A",
            "Tuyên truyền cho đồng bào Khmer ở Ấp Ông Đồn, Ấp Ếch về Ổn định dân cư, Ở lại quê hương",
        ),
        ("2", "B", "Tổ chức hội nghị đối thoại giữa Chủ tịch xã với thanh niên"),
    ]
    assert [t.lead for t in document.tasks] == [["Phòng Văn hóa - Xã hội"], ["Văn phòng HĐND và UBND xã"]]
    assert [(h.no, h.text) for h in document.headings] == [
        ("A", "Tuyên truyền, vận động"),
        ("B", "Đối thoại với Nhân dân"),
    ]
    # "II. TỔ CHỨC THỰC HIỆN" under the table, typed from the margin, is the next part, not a group row
    assert [r.due for r in document.reporting] == ["2027-12-01"]


@_NEEDS_LIBREOFFICE
@pytest.mark.parametrize("repeated_header", [False, True])
def test_a_long_word_table_exported_by_libreoffice_is_read_on_every_page_ruled_or_not(repeated_header: bool):
    # LibreOffice draws the ruling of such a table on its first page only; the pages after it carry no ruling and
    # no header row (or the header repeated, which then gives the page its own columns): they are read with the
    # columns of the page before, and a row broken by a page ends on the next
    import io

    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    units = ["Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Sở Y tế", "Công an tỉnh", "Sở Tài chính"]
    document = Document()
    for line in [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
        "Số: 412/QĐ-UBND",
        "Quảng Ninh, ngày 02 tháng 12 năm 2026",
    ]:
        document.add_paragraph(line)
    document.add_paragraph("DANH MỤC")
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
        ["1", "CÁC NHIỆM VỤ VỀ TUYÊN TRUYỀN VÀ VẬN ĐỘNG NHÂN DÂN VÙNG BIÊN GIỚI, HẢI ĐẢO", "", "", ""],
    ]
    text = (
        "Tổ chức tuyên truyền, vận động Nhân dân các xã, phường, đặc khu vùng biên giới, hải đảo thực hiện nội "
        "dung thứ {} của chương trình phối hợp giữa các lực lượng chức năng, bảo đảm đúng quy định, thiết thực, "
        "hiệu quả, phù hợp với phong tục, tập quán của đồng bào"
    )
    quarters = ["I", "II", "III", "IV"]
    for k in range(1, 13):
        rows.append(
            [f"1.{k}", text.format(k), units[k % 5], "Ủy ban nhân dân các xã", f"Quý {quarters[k % 4]}/2027"]
        )
    table = document.add_table(rows=len(rows), cols=5)
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value, width in zip(row.cells, values, (1.2, 7.0, 3.2, 3.2, 2.4), strict=True):
            cell.text = value
            cell.width = Cm(width)
    if repeated_header:
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        table.rows[0]._tr.get_or_add_trPr().append(mark)
    data = io.BytesIO()
    document.save(data)
    pdf = builders.docx_to_pdf_libreoffice(data.getvalue())
    assert pdf is not None
    tasks = parse(pdf, "danh-muc.pdf").tasks
    assert [(t.no, t.text, t.lead, t.coord) for t in tasks] == [
        (f"1.{k}", text.format(k), [units[k % 5]], ["Ủy ban nhân dân các xã"]) for k in range(1, 13)
    ]


def test_a_group_row_whose_title_is_not_in_capitals_is_known_by_the_rows_numbered_under_it(tmp_path: Path):
    table = TableSpec(
        [0.7, 6, 3, 3, 2.4],
        rows=[
            ["TT", "Nội dung công việc", "Khoa, phòng chủ trì", "Khoa, phòng phối hợp", "Thời hạn"],
            ["I", "Cải tiến quy trình khám bệnh", "", "", ""],
            [
                "1",
                "Bố trí bàn hướng dẫn tại khu khám bệnh",
                "Phòng Điều dưỡng",
                "Khoa Khám bệnh",
                "Quý I/2027",
            ],
            ["2", "Thanh toán viện phí không dùng tiền mặt", "Phòng Tài chính kế toán", "", "Tháng 6/2027"],
            ["II", "Giám sát, đánh giá", "", "", ""],
            ["3", "Khảo sát sự hài lòng của người bệnh", "Phòng Quản lý chất lượng", "", "Hằng quý"],
        ],
    )
    source = Source(
        "plan",
        {
            **_LETTERHEAD,
            "left": "SỞ Y TẾ HÀ TĨNH|BỆNH VIỆN ĐA KHOA HƯƠNG KHÊ",
            "number": "Số: 45/KH-BV",
            "date": "Hương Khê, ngày 01 tháng 12 năm 2026",
        },
        [("c", "KẾ HOẠCH"), ("c", "Thực hiện Quy tắc ứng xử năm 2027"), ("table", table)],
    )
    path = tmp_path / "ke-hoach.docx"
    render_docx(source, path)
    document = parse(path.read_bytes(), "ke-hoach.docx")
    assert [(t.no, t.parent_no) for t in document.tasks] == [("1", "I"), ("2", "I"), ("3", "II")]
    assert [(h.no, h.parent_no) for h in document.headings] == [("I", None), ("II", None)]


def _ocr_line(top: float, cells: list[tuple[float, str]], line: int) -> list[Word]:
    words = []
    for x, text in cells:
        for k, part in enumerate(text.split()):
            left = x + 56 * k
            words.append(Word(left, left + 50, top, top + 20, part, (1, 1, line)))
    return words


def test_a_scanned_table_under_its_part_title_with_the_number_header_wrapped_letter_by_letter():
    # OCR of a scan: the part title stands just above the header row, and "STT" in a narrow column is read as "S",
    # "T", "T" on three lines beside the wrapped "Bộ phận thực" / "hiện"
    words = [
        *_ocr_line(60, [(250, "II. CÁC VIỆC CẦN LÀM")], 1),
        *_ocr_line(100, [(250, "S"), (400, "Nội dung"), (900, "Bộ phận thực"), (1300, "Thời hạn")], 2),
        *_ocr_line(130, [(250, "T"), (900, "hiện")], 3),
        *_ocr_line(160, [(250, "T")], 4),
        *_ocr_line(
            200,
            [(255, "1"), (400, "Họp phụ huynh đầu năm"), (900, "Giáo viên chủ nhiệm"), (1300, "Tháng 9")],
            5,
        ),
        *_ocr_line(
            240, [(255, "2"), (400, "Công khai ngân sách"), (900, "Bộ phận Kế toán"), (1300, "Hằng quý")], 6
        ),
    ]
    blocks, _ = page_blocks(words)
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[0] == ["STT", "Nội dung", "Bộ phận thực hiện", "Thời hạn"]
    assert [row[0] for row in table.rows[1:]] == ["1", "2"]
    assert isinstance(blocks[0], str) and "II. CÁC VIỆC CẦN LÀM" in blocks[0]


def test_ocr_reads_the_parenthesis_of_an_item_marker_as_a_brace():
    assert [_ocr_fixes(w) for w in ["b}", "c1}", "2}", "3.1}", "{b}", "Quý"]] == [
        "b)",
        "c1)",
        "2)",
        "3.1)",
        "{b}",
        "Quý",
    ]


_SCHOOL = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH\nTRƯỜNG THPT THUẬN THÀNH SỐ 1\nSố: 112/KH-THPT\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThuận Thành, ngày 04 tháng 12 năm 2026\n"
    "KẾ HOẠCH\nThực hiện dân chủ trong trường học năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nPhát huy quyền làm chủ của viên chức và học sinh.\n"
)
_SCHOOL_END = (
    "III. TỔ CHỨC THỰC HIỆN\nCác tổ báo cáo kết quả trước ngày 20/5/2027.\nHIỆU TRƯỞNG\nNguyễn Văn Khải\n"
)


def test_the_tasks_and_their_assignment_under_one_heading_with_fields_in_a_trailing_parenthesis():
    text = (
        _SCHOOL + "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN\n"
        "1. Tổ chức Hội nghị viên chức đầu năm học (bộ phận chủ trì: Ban Giám hiệu; phối hợp: Công đoàn trường; "
        "Đoàn Thanh niên; thời hạn: tháng 01/2027).\n"
        "2. Niêm yết công khai các khoản thu tại bảng tin của trường (chủ trì: Bộ phận Kế toán; tiến độ: hằng "
        "học kỳ).\n" + _SCHOOL_END
    )
    tasks = parse_text(text).tasks
    assert [(t.no, t.text, t.lead, t.coord) for t in tasks] == [
        (
            "1",
            "Tổ chức Hội nghị viên chức đầu năm học",
            ["Ban Giám hiệu"],
            ["Công đoàn trường", "Đoàn Thanh niên"],
        ),
        ("2", "Niêm yết công khai các khoản thu tại bảng tin của trường", ["Bộ phận Kế toán"], []),
    ]
    assert [t.timeframe.raw if t.timeframe else None for t in tasks] == ["tháng 01/2027", "hằng học kỳ"]


def test_the_tasks_and_their_assignment_under_one_heading_given_per_agency():
    text = (
        _SCHOOL + "II. NHIỆM VỤ VÀ PHÂN CÔNG TRÁCH NHIỆM\n"
        "1. Công đoàn trường:\n- Phối hợp tổ chức Hội nghị viên chức.\n- Giám sát việc thực hiện quy chế chi tiêu.\n"
        "2. Đoàn Thanh niên:\n- Lấy ý kiến học sinh về nội quy nhà trường.\n" + _SCHOOL_END
    )
    tasks = parse_text(text).tasks
    assert [(t.text[:20], t.lead) for t in tasks] == [
        ("Phối hợp tổ chức Hội", ["Công đoàn trường"]),
        ("Giám sát việc thực h", ["Công đoàn trường"]),
        ("Lấy ý kiến học sinh ", ["Đoàn Thanh niên"]),
    ]


def test_a_letter_task_is_the_whole_sentence_that_asks_from_the_clause_that_opens_it():
    text = (
        "TỈNH ỦY QUẢNG BÌNH\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố 318-CV/BTGDVTU\n"
        "V/v vận động Nhân dân di dời khỏi vùng sạt lở\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Quảng Bình, ngày 20 tháng 11 năm 2026\nKính gửi: Ban Tuyên giáo và Dân vận các đảng ủy xã.\n"
        "Triển khai Kết luận số 88-KL/TU ngày 10/11/2026 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh "
        "ủy đề nghị Ban Tuyên giáo và Dân vận các đảng ủy xã phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam "
        "xã vận động các hộ dân di dời khỏi vùng sạt lở; hoàn thành trước ngày 31/01/2027.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nĐinh Thị Hoa\n"
    )
    (task,) = parse_text(text).tasks
    assert task.text.startswith("Triển khai Kết luận số 88-KL/TU ngày 10/11/2026")
    assert task.lead == ["Ban Tuyên giáo và Dân vận các đảng ủy xã"]
    assert task.coord == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]
    assert task.timeframe is not None and task.timeframe.due == "2027-01-31"


def test_an_item_that_only_says_who_answers_for_a_failure_is_no_task():
    text = (
        "UBND TỈNH ĐIỆN BIÊN\nSỞ Y TẾ\nSố: 2210/SYT-TCCB\nV/v chấn chỉnh thái độ phục vụ người bệnh\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐiện Biên, ngày 05 tháng 12 năm 2026\n"
        "Kính gửi: Các bệnh viện, trung tâm y tế.\n"
        "Để chấn chỉnh tình trạng trên, Giám đốc Sở Y tế yêu cầu:\n"
        "1. Các bệnh viện bố trí nhân viên hướng dẫn người bệnh tại khu khám bệnh; trong tháng 01/2027.\n"
        "2. Thủ trưởng các đơn vị chịu trách nhiệm trước Giám đốc Sở Y tế về thái độ của viên chức thuộc quyền.\n"
        "3. Phòng Tổ chức cán bộ kiểm tra đột xuất việc thực hiện quy tắc ứng xử.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLò Văn Minh\n"
    )
    assert [t.no for t in parse_text(text).tasks] == ["1", "3"]


def test_an_agency_heading_wrapped_at_the_dash_of_chinh_tri_xa_hoi_still_heads_its_paragraph():
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG NINH KIỀU\nSố: 140/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nNinh Kiều, ngày 02 tháng 12 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện dân chủ ở cơ sở năm 2027\nI. MỤC ĐÍCH, YÊU CẦU\nPhát huy quyền làm chủ của Nhân dân.\n"
        "II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ\n1. Công an phường\n"
        "Tuần tra bảo đảm an ninh trật tự tại các bến tàu du lịch.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể chính trị\n"
        "- xã hội phường\n"
        "Giám sát việc niêm yết công khai thủ tục hành chính tại bộ phận một cửa.\n"
        "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bảy\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.text[:20], t.lead) for t in tasks] == [
        ("Tuần tra bảo đảm an ", ["Công an phường"]),
        (
            "Giám sát việc niêm y",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "các đoàn thể chính trị - xã hội phường"],
        ),
    ]


# ------------------------------------------------------------------------------------- end of r6-recall's block
