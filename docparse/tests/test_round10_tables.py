"""The rules of the tenth tuning round for tables (docs/docparse.md, "Tenth round", "Tables (r10-tables)").

Every rule is a rule of the layout of the genre's tables or of the text a reader copies from them. The documents are
written for other bodies, places and wordings than the tuning documents that showed the misses. Of each rule's
documents one was kept back: written with the others, run only once the rule was done; its docstring says whether it
passed then and whether it fails without the rule.
"""

import shutil
import tempfile
from pathlib import Path

import pytest

from docparse import parse, parse_text
from docparse.tests import builders
from docparse.tests.corpus_heldout_build import Source, render_docx, render_text
from docparse.tests.corpus_heldout_build import Table as TableSpec

Summary = list[tuple[str | None, list[str], list[str], str | None]]


def _source(
    left: str, number: str, place: str, table: TableSpec, title: str = "Thực hiện dân chủ ở cơ sở"
) -> Source:
    body: list[tuple[str, object]] = [
        ("c", "KẾ HOẠCH"),
        ("c", f"{title} năm 2027"),
        ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "Phát huy quyền làm chủ của Nhân dân, nâng cao chất lượng phục vụ."),
        ("b", "II. NỘI DUNG"),
        ("table", table),
        ("b", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "Các đơn vị báo cáo kết quả trước ngày 15/12/2027."),
        ("sign", "Nơi nhận:|- Như trên;|- Lưu: VT. >> GIÁM ĐỐC||||Trần Văn An"),
    ]
    meta = {
        "left": left,
        "right": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc",
        "number": f"Số: {number}",
        "date": f"{place}, ngày 12 tháng 01 năm 2027",
    }
    return Source("ke-hoach", meta, body)


def _summary(text: str) -> Summary:
    return [(t.no, t.lead, t.coord, t.timeframe.raw if t.timeframe else None) for t in parse_text(text).tasks]


def _summary_of_docx(source: Source) -> Summary:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ke-hoach.docx"
        render_docx(source, path)
        tasks = parse(path.read_bytes(), "ke-hoach.docx").tasks
    return [(t.no, t.lead, t.coord, t.timeframe.raw if t.timeframe else None) for t in tasks]


def _summary_of_text(source: Source) -> Summary:
    return _summary(render_text(source))


# ---------------------------------------------------------------------------------------------------------------------
# A two-row header: a cell of the first row spans the unit columns ("Phân công" over "Chủ trì" | "Phối hợp"), the other
# cells are merged down over both rows. A Word table gives the second row with the merged cells empty or repeated; its
# text copy prints the first row's cells, then the second row's, so the sub-columns come after the time column.
# ---------------------------------------------------------------------------------------------------------------------


def _spanned_table(top: str, lead: str, coord: str, time: str) -> TableSpec:
    return TableSpec(
        [1, 6, 3, 3, 2],
        header_rows=2,
        rows=[
            ["STT", "Nội dung", top, "<<", time],
            ["^^", "^^", lead, coord, "^^"],
            [
                "1",
                "Niêm yết công khai thủ tục hành chính tại bộ phận một cửa",
                "Văn phòng Sở",
                "Trung tâm Phục vụ hành chính công tỉnh",
                "Quý I/2027",
            ],
            [
                "2",
                "Tổ chức đối thoại với doanh nghiệp về thủ tục đầu tư",
                "Phòng Kế hoạch - Tài chính",
                "Hiệp hội Doanh nghiệp tỉnh",
                "Tháng 6/2027",
            ],
            [
                "3",
                "Tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân",
                "Thanh tra Sở",
                "Các phòng chuyên môn",
                "Thường xuyên",
            ],
        ],
    )


_SPANNED_EXPECTED: Summary = [
    ("1", ["Văn phòng Sở"], ["Trung tâm Phục vụ hành chính công tỉnh"], "Quý I/2027"),
    ("2", ["Phòng Kế hoạch - Tài chính"], ["Hiệp hội Doanh nghiệp tỉnh"], "Tháng 6/2027"),
    ("3", ["Thanh tra Sở"], ["Các phòng chuyên môn"], "Thường xuyên"),
]


def test_a_spanning_header_cell_gives_its_columns_to_the_second_header_row():
    source = _source(
        "UBND TỈNH BẮC NINH|SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
        "45/KH-SKHĐT",
        "Bắc Ninh",
        _spanned_table("Phân công thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"),
    )
    assert _summary_of_docx(source) == _SPANNED_EXPECTED
    assert _summary_of_text(source) == _SPANNED_EXPECTED


def test_kept_back_a_unit_column_spanning_lead_and_partners_in_a_word_table_and_its_copy():
    """Kept back: run once the rule was done; it passed, and fails without the rule. "Đơn vị thực hiện" names the lead
    column by itself; spanning "Chủ trì" and "Phối hợp" it is only their title."""
    source = _source(
        "UBND HUYỆN ĐỨC TRỌNG|PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "12/KH-TNMT",
        "Đức Trọng",
        _spanned_table("Đơn vị thực hiện", "Chủ trì", "Phối hợp", "Thời gian"),
    )
    assert _summary_of_docx(source) == _SPANNED_EXPECTED
    assert _summary_of_text(source) == _SPANNED_EXPECTED


# ---------------------------------------------------------------------------------------------------------------------
# A time cell may hold, in a paragraph of its own after the time, a qualifier that is no time ("Theo tiến độ công
# trình", "Tùy tình hình thực tế"): the timeframe is the time. A time written over two lines, or a second time, stays.
# ---------------------------------------------------------------------------------------------------------------------


def _qualified_table(time_cells: list[str]) -> TableSpec:
    texts = [
        "Kiểm tra việc công khai quy hoạch sử dụng đất tại các xã",
        "Giám sát việc bồi thường, hỗ trợ tái định cư của dự án đường vành đai",
        "Tổ chức hội nghị đối thoại với hộ dân có đất bị thu hồi",
    ]
    return TableSpec(
        [1, 6, 3, 3, 2],
        rows=[
            ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
            *[
                [str(n), text, "Phòng Tài nguyên và Môi trường", "Ủy ban nhân dân các xã", time]
                for n, (text, time) in enumerate(zip(texts, time_cells, strict=True), start=1)
            ],
        ],
    )


def test_a_qualifier_under_the_time_in_its_cell_is_no_part_of_the_timeframe():
    source = _source(
        "UBND HUYỆN CHÂU THÀNH|PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "31/KH-TNMT",
        "Châu Thành",
        _qualified_table(
            [
                "Quý II/2027 // Theo tiến độ dự án",
                "Từ tháng 3/2027 // đến tháng 9/2027",
                "Tháng 5/2027 // Tháng 11/2027",
            ]
        ),
    )
    times = ["Quý II/2027", "Từ tháng 3/2027 đến tháng 9/2027", "Tháng 5/2027 Tháng 11/2027"]
    assert [t[3] for t in _summary_of_docx(source)] == times
    assert [t[3] for t in _summary_of_text(source)] == times


def test_kept_back_a_qualifier_under_a_deadline_in_a_word_table_and_its_copy():
    """Kept back: run once the rule was done; it passed, and fails without the rule."""
    source = _source(
        "ỦY BAN NHÂN DÂN XÃ TÂN HIỆP|BAN CHỈ ĐẠO",
        "08/KH-BCĐ",
        "Tân Hiệp",
        _qualified_table(
            [
                "Trước ngày 30/6/2027 // Tùy tình hình thực tế",
                "Thường xuyên",
                "Tháng 10/2027 // Sau khi có phương án được duyệt",
            ]
        ),
    )
    times = ["Trước ngày 30/6/2027", "Thường xuyên", "Tháng 10/2027"]
    assert [t[3] for t in _summary_of_docx(source)] == times
    assert [t[3] for t in _summary_of_text(source)] == times


# ---------------------------------------------------------------------------------------------------------------------
# A notice (thông báo) of results or conclusions without "I., II." parts ends with a numbered part of requests ("3. Yêu
# cầu", "4. Đề nghị"): its sentences that assign action are tasks, one a paragraph; the notice's closing formula ("…
# thông báo để các đơn vị biết, thực hiện") is not. A plan's "Mục đích, yêu cầu" is no such part.
# ---------------------------------------------------------------------------------------------------------------------


def _notice(body: str, requests: str, closing: str) -> str:
    return (
        "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI KHU VỰC XV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 215/TB-BHXH\nNghệ An, ngày 20 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
        "Kết quả kiểm tra công tác thu bảo hiểm xã hội năm 2026\n"
        "Thực hiện Kế hoạch số 12/KH-BHXH ngày 10/01/2026, Bảo hiểm xã hội khu vực XV thông báo như sau:\n"
        f"{body}\n{requests}\n{closing}\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Thị Hoa\nNơi nhận:\n- Như trên;\n- Lưu: VT."
    )


def test_the_requests_part_of_a_notice_gives_its_assigning_sentences_as_tasks():
    text = _notice(
        "1. Kết quả kiểm tra\nĐã kiểm tra 42 đơn vị sử dụng lao động, phát hiện 9 đơn vị chậm đóng.\n"
        "2. Tồn tại, hạn chế\nViệc đôn đốc thu nợ chưa kịp thời.",
        "3. Yêu cầu\nGiao Phòng Quản lý thu chủ trì, phối hợp với Phòng Thanh tra - Kiểm tra đôn đốc các đơn vị "
        "chậm đóng; hoàn thành trước ngày 31/12/2026.\n"
        "Bảo hiểm xã hội cơ sở Diễn Châu rà soát danh sách người lao động tham gia, báo cáo kết quả về Văn phòng "
        "trước ngày 15/12/2026.",
        "Bảo hiểm xã hội khu vực XV thông báo để các đơn vị biết, thực hiện./.",
    )
    tasks = parse_text(text).tasks
    assert [(t.text.split()[0], t.lead, t.coord) for t in tasks] == [
        ("Giao", ["Phòng Quản lý thu"], ["Phòng Thanh tra - Kiểm tra"]),
        ("Bảo", ["Bảo hiểm xã hội cơ sở Diễn Châu"], []),
    ]


def test_kept_back_a_notice_of_conclusions_with_a_part_of_requests():
    """Kept back: run once the rule was done; it passed, and fails without the rule."""
    text = (
        "UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 88/TB-SYT\nQuảng Trị, ngày 05 tháng 10 năm 2026\n\nTHÔNG BÁO\n"
        "Kết quả thẩm định hồ sơ cấp phép hoạt động khám bệnh, chữa bệnh quý III năm 2026\n"
        "1. Kết quả thẩm định\nCó 15 hồ sơ đạt yêu cầu, 3 hồ sơ phải bổ sung.\n"
        "2. Đề nghị\n"
        "Phòng Nghiệp vụ Y tổ chức cấp giấy phép cho các cơ sở có hồ sơ đạt yêu cầu trong tháng 10/2026.\n"
        "Thanh tra Sở phối hợp với Phòng Nghiệp vụ Y kiểm tra các cơ sở phải bổ sung hồ sơ.\n"
        "Sở Y tế thông báo cho các cơ quan, đơn vị được biết và thực hiện.\n"
        "GIÁM ĐỐC\nPhan Văn Bình\nNơi nhận:\n- Như trên;\n- Lưu: VT."
    )
    tasks = parse_text(text).tasks
    assert [(t.text.split()[0], t.lead) for t in tasks] == [
        ("Phòng", ["Phòng Nghiệp vụ Y"]),
        ("Thanh", ["Thanh tra Sở"]),
    ]


def test_a_plans_purpose_and_requirements_are_no_requests():
    text = (
        "UBND XÃ HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 19/TB-UBND\n"
        "Hòa Bình, ngày 02 tháng 3 năm 2027\n\nTHÔNG BÁO\nVề việc tổ chức ngày hội đại đoàn kết\n"
        "1. Mục đích\nTăng cường khối đại đoàn kết toàn dân.\n"
        "2. Yêu cầu\nCác ấp tổ chức chu đáo, tiết kiệm.\n"
        "GIÁM ĐỐC\nPhan Văn Bình\nNơi nhận:\n- Lưu: VT."
    )
    assert parse_text(text).tasks == []


# ---------------------------------------------------------------------------------------------------------------------
# A school's plan: parts numbered "1.", "2.", "3." (not I., II.), a table whose rows are answered for by office holders
# ("Phó Hiệu trưởng …", "Giáo viên chủ nhiệm", "Kế toán", "Tổng phụ trách Đội"), in semesters ("Học kỳ I và học kỳ
# II"), with a note column. The part title "2. …" above the table is no header line (LibreOffice PDF, word positions);
# in the text copy "3. Tổ chức thực hiện" ends the table, a semester is a time and an office holder a unit.
# ---------------------------------------------------------------------------------------------------------------------

_NEEDS_LIBREOFFICE = pytest.mark.skipif(
    shutil.which("libreoffice") is None and shutil.which("soffice") is None,
    reason="LibreOffice is not installed",
)


def _school_plan(left: str, place: str, rows: list[list[str]]) -> Source:
    table = TableSpec(
        [1, 6, 3, 3, 2, 3],
        rows=[["STT", "Công việc", "Người/bộ phận thực hiện", "Phối hợp", "Thời gian", "Ghi chú"], *rows],
    )
    body: list[tuple[str, object]] = [
        ("c", "KẾ HOẠCH"),
        ("c", "Thực hiện dân chủ trong hoạt động của nhà trường năm học 2026-2027"),
        ("p", "Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo, nhà trường xây dựng kế hoạch như sau:"),
        ("b", "1. Mục đích"),
        ("p", "Phát huy quyền làm chủ của giáo viên, cha mẹ học sinh; công khai các khoản thu, chi."),
        ("b", "2. Nội dung và phân công"),
        ("table", table),
        ("b", "3. Tổ chức thực hiện"),
        ("p", "Các tổ chuyên môn báo cáo kết quả về Văn phòng trước ngày 25/5/2027."),
        ("sign", "Nơi nhận:|- Phòng GDĐT;|- Lưu: VT. >> HIỆU TRƯỞNG||||Nguyễn Thị Mai"),
    ]
    meta = {
        "left": left,
        "right": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc",
        "number": "Số: 41/KH-THCS",
        "date": f"{place}, ngày 15 tháng 9 năm 2026",
    }
    return Source("ke-hoach", meta, body)


_SCHOOL_ROWS = [
    [
        "1",
        "Công khai dự toán thu, chi ngân sách và các khoản thu thỏa thuận năm học 2026-2027",
        "Kế toán",
        "Ban đại diện cha mẹ học sinh",
        "Tháng 9/2026",
        "",
    ],
    [
        "2",
        "Tổ chức đối thoại giữa Ban Giám hiệu với học sinh về nội quy trường học",
        "Tổng phụ trách Đội",
        "Giáo viên chủ nhiệm",
        "Học kỳ I và học kỳ II",
        "",
    ],
    [
        "3",
        "Lấy ý kiến giáo viên về dự thảo quy chế chi tiêu nội bộ",
        "Phó Hiệu trưởng phụ trách chuyên môn",
        "Công đoàn trường",
        "Tháng 10/2026",
        "Theo Nghị định 60/2021/NĐ-CP",
    ],
]
_SCHOOL_EXPECTED: Summary = [
    ("1", ["Kế toán"], ["Ban đại diện cha mẹ học sinh"], "Tháng 9/2026"),
    ("2", ["Tổng phụ trách Đội"], ["Giáo viên chủ nhiệm"], "Học kỳ I và học kỳ II"),
    ("3", ["Phó Hiệu trưởng phụ trách chuyên môn"], ["Công đoàn trường"], "Tháng 10/2026"),
]


def test_a_schools_table_under_an_arabic_part_title_with_office_holders_and_semesters():
    source = _school_plan("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO|TRƯỜNG THCS LÊ LỢI", "Thanh Hóa", _SCHOOL_ROWS)
    assert _summary_of_text(source) == _SCHOOL_EXPECTED


@_NEEDS_LIBREOFFICE
def test_a_schools_libreoffice_table_under_an_arabic_part_title():
    source = _school_plan("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO|TRƯỜNG THCS LÊ LỢI", "Thanh Hóa", _SCHOOL_ROWS)
    tasks = parse(builders.source_to_pdf_libreoffice(source), "ke-hoach.lo.pdf").tasks
    assert [
        (t.no, t.lead, t.coord, t.timeframe.raw if t.timeframe else None) for t in tasks
    ] == _SCHOOL_EXPECTED


@_NEEDS_LIBREOFFICE
def test_kept_back_a_city_schools_libreoffice_plan_with_its_copy():
    """Kept back: run once the rules were done. The city's name with its level wraps in the date column beside the
    number ("Số: 41/KH-THCS Thành phố" / "Cần Thơ, ngày …"). It FAILED the first time: the prose under this short
    table ran across the padding between two columns, so the columns were found from the table's own lines only
    (`layout._below_header`); and "Người/bộ phận" above the header line, the top of a cell centred over three lines,
    was taken for a heading (`layout._top_of_a_header_cell`). The document before it passes without the rules; this
    one fails without them."""
    rows = [
        [
            "1",
            "Niêm yết công khai các khoản thu đầu năm học tại bảng tin nhà trường",
            "Kế toán",
            "Văn phòng trường",
            "Học kỳ I",
            "Theo Thông tư 09/2024/TT-BGDĐT",
        ],
        [
            "2",
            "Tổ chức hội nghị cha mẹ học sinh đầu năm học",
            "Giáo viên chủ nhiệm",
            "Ban đại diện cha mẹ học sinh lớp",
            "Tháng 9/2026",
            "",
        ],
    ]
    expected: Summary = [
        ("1", ["Kế toán"], ["Văn phòng trường"], "Học kỳ I"),
        ("2", ["Giáo viên chủ nhiệm"], ["Ban đại diện cha mẹ học sinh lớp"], "Tháng 9/2026"),
    ]
    source = _school_plan(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO|THÀNH PHỐ CẦN THƠ|TRƯỜNG THPT CHÂU VĂN LIÊM", "Thành phố Cần Thơ", rows
    )
    assert _summary_of_text(source) == expected
    parsed = parse(builders.source_to_pdf_libreoffice(source), "ke-hoach.lo.pdf")
    assert [
        (t.no, t.lead, t.coord, t.timeframe.raw if t.timeframe else None) for t in parsed.tasks
    ] == expected
    assert parsed.document.place == "Thành phố Cần Thơ"


# ---------------------------------------------------------------------------------------------------------------------
# The text of a PDF whose table came out one column after another (pdftotext in reading order): the number and content
# cells row by row, then the whole unit column, then the whole time column, wrapped cells and a running footer
# ("… Trang 1") among them. Each column holds as many cells as rows, a cell told by what starts it. The first
# document failed first (its last row's text is one long line, which the rule took for a wrapped one): the rule now
# tries each line where the cells may begin and keeps the first from which they count out.
# ---------------------------------------------------------------------------------------------------------------------


def _columns_in_turn_text(
    head: str, header: list[str], texts: list[list[str]], columns: list[list[str]]
) -> str:
    lines = [head, *header]
    for number, text in enumerate(texts, start=1):
        lines += [str(number), *text]
    for column in columns:
        lines += column
    return "\n".join([*lines, "III. TỔ CHỨC THỰC HIỆN", "Các đơn vị báo cáo kết quả trước ngày 10/12/2027."])


def test_a_table_whose_columns_come_one_after_another_is_read_by_rows():
    head = (
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC KIỂM LÂM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 27/KH-CCKL\nKon Tum, ngày 05 tháng 01 năm 2027\nKẾ HOẠCH\n"
        "Công tác dân vận năm 2027\nI. MỤC TIÊU\nGiảm số vụ vi phạm lâm luật.\nII. NHIỆM VỤ CỤ THỂ"
    )
    text = _columns_in_turn_text(
        head,
        ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        [
            ["Tuyên truyền Luật Lâm nghiệp tại các thôn", "giáp rừng"],
            ["Ký cam kết bảo vệ rừng với hộ dân"],
            ["Tuần tra, kiểm soát lâm sản trái phép"],
        ],
        [
            ["Hạt Kiểm lâm khu vực I; Ủy ban", "nhân dân các xã"],
            ["Trạm Kiểm lâm Măng Đen"],
            ["Đội Kiểm lâm cơ động và phòng", "cháy, chữa cháy rừng"],
            ["Quý I và", "quý III/2027", "Tháng 3/2027"],
            ["Thường xuyên", "Kế hoạch số 27/KH-CCKL Trang 1"],
        ],
    )
    assert _summary(text) == [
        ("1", ["Hạt Kiểm lâm khu vực I", "Ủy ban nhân dân các xã"], [], "Quý I và quý III/2027"),
        ("2", ["Trạm Kiểm lâm Măng Đen"], [], "Tháng 3/2027"),
        ("3", ["Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng"], [], "Thường xuyên"),
    ]


def test_kept_back_a_table_with_lead_and_partner_columns_one_after_another():
    """Kept back: run once the rule was done; it passed, and fails without the rule."""
    head = (
        "UBND TỈNH CAO BẰNG\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 88/KH-SVHTTDL\nCao Bằng, ngày 12 tháng 01 năm 2027\nKẾ HOẠCH\n"
        "Thực hiện quy chế dân chủ năm 2027\nI. MỤC ĐÍCH\nPhát huy dân chủ.\nII. NỘI DUNG"
    )
    text = _columns_in_turn_text(
        head,
        ["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn"],
        [
            ["Công khai thủ tục hành chính lĩnh vực du lịch"],
            ["Tổ chức đối thoại với doanh nghiệp lữ hành,", "cơ sở lưu trú"],
        ],
        [
            ["Văn phòng Sở", "Phòng Quản lý du lịch"],
            ["Trung tâm Phục vụ hành chính", "công tỉnh", "Hiệp hội Du lịch tỉnh"],
            ["Quý I/2027", "Trong 06 tháng đầu năm", "2027"],
        ],
    )
    assert _summary(text) == [
        ("1", ["Văn phòng Sở"], ["Trung tâm Phục vụ hành chính công tỉnh"], "Quý I/2027"),
        ("2", ["Phòng Quản lý du lịch"], ["Hiệp hội Du lịch tỉnh"], "Trong 06 tháng đầu năm 2027"),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A calendar table: the time column first, no number column ("Thời gian | Nội dung | Người thực hiện | Phối hợp"), a
# month merged down over the rows it covers. In a Word table the merged cell belongs to every row it covers; only the
# number and content columns, as the header names them, are not repeated.
# ---------------------------------------------------------------------------------------------------------------------


def _calendar(left: str, number: str, place: str, rows: list[list[str]]) -> Source:
    table = TableSpec(
        [2, 6, 3, 3], rows=[["Thời gian", "Nội dung công việc", "Người thực hiện", "Phối hợp"], *rows]
    )
    return _source(left, number, place, table, title="Lịch công tác dân vận học kỳ II")


def test_a_month_merged_down_in_a_calendar_tables_first_column_is_every_rows_time():
    rows = [
        [
            "Tháng 02/2027",
            "Họp cha mẹ học sinh lớp 12 về kỳ thi tốt nghiệp",
            "Phó Hiệu trưởng",
            "Giáo viên chủ nhiệm",
        ],
        ["^^", "Tổ chức văn nghệ mừng Đảng, mừng Xuân", "Bí thư Đoàn trường", "Công đoàn trường"],
        ["Tháng 4/2027", "Công khai kết quả thi đua học kỳ II", "Hiệu trưởng", "Thư ký Hội đồng thi đua"],
    ]
    source = _calendar("SỞ GIÁO DỤC VÀ ĐÀO TẠO|TRƯỜNG THPT PHAN BỘI CHÂU", "15/KH-THPT", "Vinh", rows)
    assert [t[3] for t in _summary_of_docx(source)] == ["Tháng 02/2027", "Tháng 02/2027", "Tháng 4/2027"]


def test_kept_back_a_quarter_merged_down_over_three_rows_of_a_calendar():
    """Kept back: run once the rule was done; it passed, and fails without the rule."""
    rows = [
        ["Quý I/2027", "Rà soát hộ nghèo, hộ cận nghèo", "Công chức Văn hóa - Xã hội", "Trưởng các thôn"],
        ["^^", "Tiếp công dân định kỳ", "Chủ tịch Ủy ban nhân dân xã", "Công an xã"],
        ["^^", "Công khai dự toán ngân sách xã", "Kế toán", "Ban Thanh tra nhân dân"],
        [
            "Quý II/2027",
            "Đối thoại với Nhân dân về giải phóng mặt bằng",
            "Phó Chủ tịch Ủy ban nhân dân xã",
            "",
        ],
    ]
    source = _calendar("ỦY BAN NHÂN DÂN|XÃ EA TU", "31/KH-UBND", "Ea Tu", rows)
    assert [t[3] for t in _summary_of_docx(source)] == ["Quý I/2027"] * 3 + ["Quý II/2027"]


# ---------------------------------------------------------------------------------------------------------------------
# In a unit cell copied one line a unit, "Phòng Văn hóa - Xã hội" is a whole name ("hội" ends the word "xã hội", it
# does not start "Chi hội …"), so the unit on the next line is a unit of its own; "Các thôn: A, B" shares its kind
# among the villages it names, as "Các phòng: A, B" does.
# ---------------------------------------------------------------------------------------------------------------------


def _commune_plan(rows: list[list[str]]) -> str:
    head = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 44/KH-UBND\nTân Phú, ngày 08 tháng 01 năm 2027\nKẾ HOẠCH\nThực hiện dân chủ ở cơ sở năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nPhát huy quyền làm chủ của Nhân dân.\nII. NỘI DUNG"
    )
    return _cell_text(head, ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"], rows)


def _cell_text(head: str, header: list[str], rows: list[list[str]]) -> str:
    cells = [line for row in rows for cell in row for line in cell.split(" // ")]
    return "\n".join([head, *header, *cells, "III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "- Lưu: VT."])


def test_units_a_line_after_a_social_affairs_office_and_villages_sharing_their_kind():
    text = _commune_plan(
        [
            [
                "1",
                "Tổ chức hội nghị đối thoại với Nhân dân về xây dựng nông thôn mới",
                "Văn phòng HĐND và UBND xã",
                "Phòng Văn hóa - Xã hội // Hội Liên hiệp Phụ nữ xã",
                "Quý II/2027",
            ],
            [
                "2",
                "Vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn",
                "Phòng Kinh tế",
                "Công an xã // Các thôn: Tân Lập, Phú Hòa",
                "Năm 2027",
            ],
        ]
    )
    assert _summary(text) == [
        (
            "1",
            ["Văn phòng HĐND và UBND xã"],
            ["Phòng Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã"],
            "Quý II/2027",
        ),
        ("2", ["Phòng Kinh tế"], ["Công an xã", "Thôn Tân Lập", "Thôn Phú Hòa"], "Năm 2027"),
    ]


def test_kept_back_hamlets_sharing_their_kind_after_a_labour_and_social_affairs_office():
    """Kept back: run once the rules were done; it passed, and fails without them."""
    text = _commune_plan(
        [
            [
                "1",
                "Rà soát, hỗ trợ hộ nghèo sửa chữa nhà ở",
                "Phòng Văn hóa - Xã hội",
                "Mặt trận Tổ quốc Việt Nam xã // Các ấp: Tân Thành, Phú Lợi, Bình An",
                "Tháng 6/2027",
            ],
        ]
    )
    assert _summary(text) == [
        (
            "1",
            ["Phòng Văn hóa - Xã hội"],
            ["Mặt trận Tổ quốc Việt Nam xã", "Ấp Tân Thành", "Ấp Phú Lợi", "Ấp Bình An"],
            "Tháng 6/2027",
        )
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A periodicity said period first, then once ("06 tháng một lần", "03 tháng 01 lần": every six, every three months),
# closing the clause that names who does the task: the task's time, as "02 lần trong năm" is.
# ---------------------------------------------------------------------------------------------------------------------


def _report(item: str) -> str:
    return (
        "UBND TỈNH QUẢNG NINH\nBAN QUẢN LÝ KHU KINH TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 112/BC-BQLKKT\nQuảng Ninh, ngày 10 tháng 12 năm 2026\nBÁO CÁO\n"
        "Kết quả công tác dân vận năm 2026\nI. KẾT QUẢ\nĐã tổ chức 04 cuộc đối thoại.\nII. NHIỆM VỤ NĂM 2027\n"
        f"1. {item}\nTrên đây là báo cáo của Ban Quản lý Khu kinh tế./.\nNơi nhận:\n- Lưu: VT."
    )


def test_a_period_then_once_closing_the_clause_is_the_tasks_time():
    text = _report(
        "Đối thoại với người lao động tại các khu công nghiệp; Phòng Quản lý lao động phối hợp với Công đoàn "
        "các khu công nghiệp thực hiện 06 tháng một lần."
    )
    tasks = parse_text(text).tasks
    assert [(t.timeframe.raw, t.timeframe.kind) if t.timeframe else None for t in tasks] == [
        ("06 tháng một lần", "continuous")
    ]


def test_kept_back_every_three_months_once_in_a_clause():
    """Kept back: run once the rule was done; it passed, and fails without the rule."""
    text = _report(
        "Kiểm tra việc chấp hành pháp luật lao động tại doanh nghiệp; Thanh tra Ban chủ trì, định kỳ 03 tháng 01 lần."
    )
    tasks = parse_text(text).tasks
    assert [t.timeframe.kind if t.timeframe else None for t in tasks] == ["continuous"]
    assert tasks[0].timeframe is not None and "03 tháng 01 lần" in tasks[0].timeframe.raw


# ---------------------------------------------------------------------------------------------------------------------
# "giao dịch" (to transact), "giao tiếp", "giao thông" hand nothing over: a notice's sentence "… kết quả khảo sát khách
# hàng giao dịch như sau:" does not open a list of conclusions, and its items of results are no tasks.
# ---------------------------------------------------------------------------------------------------------------------


def _results_notice(lead_in: str, items: str) -> str:
    return (
        "KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC VII\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 95/TB-KBKV7\nNghệ An, ngày 10 tháng 12 năm 2026\n\nTHÔNG BÁO\n"
        f"Kết quả khảo sát năm 2026\n{lead_in}\n{items}\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHồ Văn Nam\nNơi nhận:\n- Lưu: VT."
    )


def test_a_lead_in_about_customers_who_transact_opens_no_conclusions():
    text = _results_notice(
        "Kho bạc Nhà nước khu vực VII thông báo kết quả khảo sát khách hàng giao dịch như sau:",
        "- Phòng Giao dịch số 1 đạt tỷ lệ hài lòng 97,2%.\n- Phòng Giao dịch số 2 đạt tỷ lệ hài lòng 94,8%.",
    )
    assert parse_text(text).tasks == []


def test_kept_back_a_lead_in_about_conduct_opens_no_conclusions():
    """Kept back: run once the rule was done; it passed, and fails without the rule."""
    text = _results_notice(
        "Kết quả đánh giá văn hóa giao tiếp của công chức tại các điểm giao dịch như sau:",
        "- Phòng Kiểm soát chi được đánh giá tốt.\n- Phòng Giao dịch số 3 còn 02 ý kiến phản ánh về thái độ.",
    )
    assert parse_text(text).tasks == []


def test_a_time_wrapped_before_the_name_of_a_holiday_stays_whole():
    source = _source(
        "UBND XÃ NAM ĐÀN|BAN CHỈ ĐẠO",
        "05/KH-BCĐ",
        "Nam Đàn",
        _qualified_table(
            [
                "Tháng 01/2027 và dịp Tết // Nguyên đán Đinh Mùi",
                "Thường xuyên",
                "Quý III/2027 // Theo kế hoạch của tỉnh",
            ]
        ),
    )
    times = ["Tháng 01/2027 và dịp Tết Nguyên đán Đinh Mùi", "Thường xuyên", "Quý III/2027"]
    assert [t[3] for t in _summary_of_docx(source)] == times
    assert [t[3] for t in _summary_of_text(source)] == times


@_NEEDS_LIBREOFFICE
def test_rows_numbered_with_a_stop_are_no_part_titles_under_a_libreoffice_header():
    rows = [[f"{row[0]}.", *row[1:]] for row in _SCHOOL_ROWS]
    source = _school_plan("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO|TRƯỜNG THCS QUANG TRUNG", "Hà Tĩnh", rows)
    tasks = parse(builders.source_to_pdf_libreoffice(source), "ke-hoach.lo.pdf").tasks
    assert [
        (t.no, t.lead, t.coord, t.timeframe.raw if t.timeframe else None) for t in tasks
    ] == _SCHOOL_EXPECTED


# ---------------------------------------------------------------------------------------------------------------------
# A calendar table laid out by LibreOffice: no number column to cut rows at, every cell centred on its row, a month
# merged over two rows centred across both. A row starts where a content cell does (a capitalised line after the
# padding between rows); every other cell goes to the row it is centred on, or to both rows it is centred across.
# ---------------------------------------------------------------------------------------------------------------------


def _lo_summary(source: Source) -> Summary:
    tasks = parse(builders.source_to_pdf_libreoffice(source), "lich.lo.pdf").tasks
    return [(t.no, t.lead, t.coord, t.timeframe.raw if t.timeframe else None) for t in tasks]


@_NEEDS_LIBREOFFICE
def test_a_libreoffice_calendar_without_a_number_column_is_cut_into_rows_by_its_content():
    rows = [
        [
            "Tháng 02/2027",
            "Họp cha mẹ học sinh lớp 12 về kỳ thi tốt nghiệp trung học phổ thông và tuyển sinh đại học",
            "Phó Hiệu trưởng",
            "Giáo viên chủ nhiệm",
        ],
        ["^^", "Tổ chức văn nghệ mừng Đảng, mừng Xuân", "Bí thư Đoàn trường", "Công đoàn trường"],
        [
            "Tháng 4/2027",
            "Công khai kết quả thi đua học kỳ II và danh sách đề nghị khen thưởng",
            "Hiệu trưởng",
            "Thư ký Hội đồng thi đua",
        ],
    ]
    source = _calendar("SỞ GIÁO DỤC VÀ ĐÀO TẠO|TRƯỜNG THPT PHAN BỘI CHÂU", "15/KH-THPT", "Vinh", rows)
    assert _lo_summary(source) == [
        (None, ["Phó Hiệu trưởng"], ["Giáo viên chủ nhiệm"], "Tháng 02/2027"),
        (None, ["Bí thư Đoàn trường"], ["Công đoàn trường"], "Tháng 02/2027"),
        (None, ["Hiệu trưởng"], ["Thư ký Hội đồng thi đua"], "Tháng 4/2027"),
    ]


@_NEEDS_LIBREOFFICE
def test_kept_back_a_libreoffice_calendar_of_a_commune():
    """Kept back: run once the rule was done. It FAILED the first time: its rows are short, so the space between two
    lines of a cell is the lower quartile of the gaps, not their median, and a unit cell ends where a capitalised line
    follows past the padding between rows (it had run on into the next row's). It fails without the rule."""
    rows = [
        [
            "Quý I/2027",
            "Rà soát hộ nghèo, hộ cận nghèo trên địa bàn các thôn",
            "Công chức Văn hóa - Xã hội",
            "Trưởng các thôn",
        ],
        [
            "Quý II/2027",
            "Đối thoại với Nhân dân về giải phóng mặt bằng dự án đường tỉnh 725",
            "Phó Chủ tịch Ủy ban nhân dân xã",
            "Công an xã",
        ],
        ["^^", "Công khai dự toán ngân sách xã", "Kế toán", "Ban Thanh tra nhân dân"],
        [
            "Tháng 10/2027",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
            "Trưởng các thôn",
        ],
    ]
    source = _calendar("ỦY BAN NHÂN DÂN|XÃ EA TU", "31/KH-UBND", "Ea Tu", rows)
    assert [t[3] for t in _lo_summary(source)] == [
        "Quý I/2027",
        "Quý II/2027",
        "Quý II/2027",
        "Tháng 10/2027",
    ]
    assert [t[1] for t in _lo_summary(source)] == [
        ["Công chức Văn hóa - Xã hội"],
        ["Phó Chủ tịch Ủy ban nhân dân xã"],
        ["Kế toán"],
        ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
    ]
