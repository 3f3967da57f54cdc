"""The rules of the fourteenth tuning round on which rows of tables and which items of scans and PDF layouts are tasks
(docs/docparse.md, "Fourteenth round", **Tasks in tables, scans and layouts (r14-taskstables)**).

Every rule is a rule of the genre or of how its PDFs, scans and text copies are laid out, read on documents written
here for other provinces, other bodies and other wording than the tuning documents that showed the miss. For each rule
one document was kept back: written after the rule, its result not looked at until the rule was done, then run once
without tuning on it; each docstring says whether it passed so.
"""

import io
import shutil
from collections.abc import Sequence

import pytest

from docparse import parse, parse_text
from docparse.blocks import Table
from docparse.model import Task
from docparse.readers.layout import Columns, Word, page_blocks
from docparse.readers.pdf import _read_hooks, _read_part_numbers, _table_hint
from docparse.tests import builders
from docparse.tests.corpus_heldout_build import Source
from docparse.tests.corpus_heldout_build import Table as TableSpec

_NEEDS_LIBREOFFICE = pytest.mark.skipif(
    shutil.which("libreoffice") is None and shutil.which("soffice") is None,
    reason="LibreOffice is not installed",
)


def _header(left: str, number: str, place: str, kind: str, title: str) -> str:
    return (
        f"{left}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: {number}\n{place}, ngày 12 tháng 3 năm 2027\n{kind}\n{title}\n"
    )


def _summary(tasks: list[Task]) -> list[tuple[str | None, str, list[str]]]:
    """The tasks' numbers, their first four words and their leads."""
    return [(task.no, " ".join(task.text.split()[:4]), task.lead) for task in tasks]


def _times(tasks: list[Task]) -> list[str | None]:
    return [task.timeframe.raw if task.timeframe else None for task in tasks]


# ---------------------------------------------------------------------------------------------------------------------
# Vietnamese groups thousands with a dot ("2.300 hồ sơ", "150.000 trang"). When a wrapped line of a PDF's text starts
# with such a number, the dot is no item marker's: a marker's number never has a group of three digits.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_number_in_thousands_opening_a_wrapped_line_is_no_item() -> None:
    text = _header(
        "UBND TỈNH QUẢNG BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "88/KH-SNNMT",
        "Quảng Bình",
        "KẾ HOẠCH",
        "Lấy ý kiến người dân về dịch vụ công trực tuyến năm 2027",
    ) + (
        "I. MỤC ĐÍCH\nĐánh giá chất lượng phục vụ của các phòng chuyên môn.\n"
        "II. NỘI DUNG\n"
        "1. Xây dựng phiếu khảo sát trực tuyến, đăng trên Cổng thông tin điện tử của Sở; Văn phòng Sở thực\n"
        "hiện, xong trước ngày 20/01/2027.\n"
        "2. Gửi phiếu khảo sát cho tổ chức, cá nhân đã nộp hồ sơ đất đai trong năm 2026 (khoảng\n"
        "1.250 hồ sơ). Chi cục Quản lý đất đai chủ trì, thời gian từ ngày 01/02 đến 31/3/2027.\n"
        "3. Tổng hợp, phân tích kết quả khảo sát; Văn phòng Sở chủ trì, xong trước ngày 15/4/2027.\n"
        "III. TỔ CHỨC THỰC HIỆN\nVăn phòng Sở báo cáo Giám đốc Sở trước ngày 30/4/2027./.\n"
        "GIÁM ĐỐC\nNguyễn Văn An\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.no, t.lead) for t in tasks] == [
        ("1", ["Văn phòng Sở"]),
        ("2", ["Chi cục Quản lý đất đai"]),
        ("3", ["Văn phòng Sở"]),
    ]
    assert "1.250 hồ sơ" in tasks[1].text


def test_kept_back_pages_in_thousands_at_a_wrapped_line_stay_in_their_item() -> None:
    """Kept back: a provincial archive's plan whose item wraps before "150.000 trang"; run once after the rule, it
    passed untuned."""
    text = _header(
        "UBND TỈNH THANH HÓA\nSỞ NỘI VỤ",
        "41/KH-SNV",
        "Thanh Hóa",
        "KẾ HOẠCH",
        "Số hóa tài liệu lưu trữ lịch sử năm 2027",
    ) + (
        "I. MỤC ĐÍCH, YÊU CẦU\nBảo quản an toàn, phát huy giá trị tài liệu lưu trữ lịch sử của tỉnh.\n"
        "II. NỘI DUNG CÔNG VIỆC\n"
        "1. Chỉnh lý, lập danh mục hồ sơ phông Ủy ban hành chính tỉnh Thanh Hóa, tổng số khoảng\n"
        "12.400 hồ sơ; Phòng Nghiệp vụ lưu trữ chủ trì, hoàn thành trong quý II/2027.\n"
        "2. Số hóa tài liệu của phông đã chỉnh lý, tổng số\n"
        "150.000 trang; Trung tâm Lưu trữ lịch sử thực hiện, hoàn thành trước ngày 30/11/2027.\n"
        "III. TỔ CHỨC THỰC HIỆN\nVăn phòng Sở tổng hợp, báo cáo Giám đốc Sở trước ngày 15/12/2027./.\n"
        "GIÁM ĐỐC\nLê Thị Hoa\n"
    )
    tasks = parse_text(text).tasks
    assert [t.no for t in tasks] == ["1", "2"]
    assert "12.400 hồ sơ" in tasks[0].text and "150.000 trang" in tasks[1].text


# ---------------------------------------------------------------------------------------------------------------------
# A farm's or a school's plan keeps its own calendar as the time column ("Lịch thời vụ", "Lịch thực hiện") or names
# the moment ("Thời điểm"): the table's time column.
# ---------------------------------------------------------------------------------------------------------------------


def _docx_table(rows: list[list[str]], before: list[str], after: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    if rows:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    for line in after:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_cooperatives_crop_calendar_is_the_time_column() -> None:
    before = [
        *_header(
            "UBND XÃ YÊN THÀNH\nHỢP TÁC XÃ NÔNG NGHIỆP YÊN THÀNH",
            "03/KH-HTX",
            "Yên Thành",
            "KẾ HOẠCH",
            "Sản xuất vụ Hè Thu năm 2027",
        ).splitlines(),
        "I. MỤC TIÊU",
        "Gieo cấy 380 ha lúa.",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG",
    ]
    rows = [
        ["TT", "Công việc", "Bộ phận phụ trách", "Phối hợp", "Lịch thời vụ"],
        [
            "1",
            "Cung ứng giống lúa và phân bón cho xã viên",
            "Tổ Dịch vụ vật tư",
            "Các đội sản xuất",
            "Tháng 5/2027",
        ],
        ["2", "Điều tiết nước tưới các trạm bơm", "Tổ Thủy nông", "Các thôn", "Từ 20/5 đến 30/6/2027"],
    ]
    after = [
        "III. TỔ CHỨC THỰC HIỆN",
        "Kế toán tổng hợp kết quả trước ngày 30/9/2027./.",
        "GIÁM ĐỐC",
        "Trần Văn Bình",
    ]
    tasks = parse(_docx_table(rows, before, after), "ke-hoach.docx").tasks
    assert [(t.no, t.lead, t.coord) for t in tasks] == [
        ("1", ["Tổ Dịch vụ vật tư"], ["Các đội sản xuất"]),
        ("2", ["Tổ Thủy nông"], ["Các thôn"]),
    ]
    assert _times(tasks) == ["Tháng 5/2027", "Từ 20/5 đến 30/6/2027"]


def test_kept_back_a_schools_moment_column_is_the_time_column() -> None:
    """Kept back: a primary school's plan with "Thời điểm" for its time column; run once after the rule, it passed
    untuned."""
    before = [
        *_header(
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG TIỂU HỌC HÒA AN",
            "17/KH-THHA",
            "Hòa An",
            "KẾ HOẠCH",
            "Thực hiện dân chủ trong nhà trường năm học 2026 - 2027",
        ).splitlines(),
        "I. MỤC ĐÍCH",
        "Phát huy quyền làm chủ của giáo viên.",
        "II. NỘI DUNG",
    ]
    rows = [
        ["STT", "Nội dung", "Người thực hiện", "Thời điểm"],
        ["1", "Công khai các khoản thu đầu năm học", "Kế toán", "Tháng 9/2026"],
        ["2", "Tổ chức hội nghị cán bộ, giáo viên", "Hiệu trưởng", "Tháng 10/2026"],
    ]
    after = [
        "III. TỔ CHỨC THỰC HIỆN",
        "Các tổ báo cáo kết quả trước ngày 25/5/2027./.",
        "HIỆU TRƯỞNG",
        "Lò Thị Mai",
    ]
    tasks = parse(_docx_table(rows, before, after), "ke-hoach.docx").tasks
    assert [(t.no, t.lead) for t in tasks] == [("1", ["Kế toán"]), ("2", ["Hiệu trưởng"])]
    assert _times(tasks) == ["Tháng 9/2026", "Tháng 10/2026"]


# ---------------------------------------------------------------------------------------------------------------------
# Scans: the OCR loses the dot after a part's Roman number ("II TỔ CHỨC THỰC HIỆN" for "III."). Under a table the
# mark and the title stand in the content column, where a group row puts its mark in the number column: the title
# ends the table.
# ---------------------------------------------------------------------------------------------------------------------

_COLUMN_X = [
    100,
    160,
    560,
    760,
    960,
]  # the left edges of the cells: TT | Công việc | chủ trì | phối hợp | thời gian


def _grid(lines: list[list[tuple[int, str]]]) -> list[Word]:
    """Words of a scanned page laid out as `lines` of (column, text): each word 10 units a letter wide and 5 from the
    next, the lines 40 apart; a column of -1 puts the text at the margin."""
    words: list[Word] = []
    for number, line in enumerate(lines):
        top = 200 + 40 * number
        for column, text in line:
            left = 60.0 if column < 0 else float(_COLUMN_X[column] + 5)
            for part in text.split():
                words.append(Word(left, left + 10 * len(part), top, top + 20, part, (1, 1, number)))
                left += 10 * len(part) + 5
    return words


_SCAN_HEADER = [(0, "TT"), (1, "Công việc"), (2, "Đơn vị chủ trì"), (3, "Phối hợp"), (4, "Thời gian")]


def _tables(blocks: Sequence[object]) -> list[list[list[str]]]:
    return [block.rows for block in blocks if isinstance(block, Table)]


def test_a_part_title_whose_dot_the_ocr_lost_ends_the_table() -> None:
    words = _grid(
        [
            _SCAN_HEADER,
            [(0, "1"), (1, "Tuyên truyền lưu động"), (2, "Tổ Dân vận"), (3, "Các thôn"), (4, "Tháng 4/2027")],
            [
                (0, "2"),
                (1, "Ký hợp đồng bao tiêu"),
                (2, "Giám đốc"),
                (3, "Ban Kiểm soát"),
                (4, "Quý II/2027"),
            ],
            [(1, "II TỔ CHỨC THỰC HIỆN")],
            [(-1, "Kế toán tổng hợp, báo cáo kết quả trước ngày 30/6/2027 cho Hội đồng quản trị Hợp tác xã")],
        ]
    )
    blocks, _ = page_blocks(words)
    rows = _tables(blocks)[0]
    assert [row[0] for row in rows] == ["TT", "1", "2"]
    assert not any("TỔ CHỨC" in cell for row in rows for cell in row)
    assert any(isinstance(b, str) and "II TỔ CHỨC THỰC HIỆN" in b for b in blocks)


def test_kept_back_a_budget_part_read_with_strokes_and_no_dot_ends_the_table() -> None:
    """Kept back: the part title "Il KINH PHÍ THỰC HIỆN" (the OCR's strokes for "III", its dot lost) under a ward's
    table; run once after the rule, it passed untuned."""
    words = _grid(
        [
            _SCAN_HEADER,
            [
                (0, "1"),
                (1, "Ra quân dọn vệ sinh"),
                (2, "Đoàn Thanh niên"),
                (3, "Các tổ dân phố"),
                (4, "Tháng 3/2027"),
            ],
            [(1, "Il KINH PHÍ THỰC HIỆN")],
            [(-1, "Kinh phí thực hiện từ nguồn ngân sách phường đã giao trong dự toán năm 2027 của đơn vị")],
        ]
    )
    rows = _tables(page_blocks(words)[0])[0]
    assert [row[0] for row in rows] == ["TT", "1"]
    assert rows[1][1] == "Ra quân dọn vệ sinh"


def test_a_group_rows_mark_in_the_number_column_stays_a_group_row() -> None:
    words = _grid(
        [
            _SCAN_HEADER,
            [(0, "II"), (1, "CÔNG TÁC TUYÊN TRUYỀN")],
            [(0, "1"), (1, "Tuyên truyền lưu động"), (2, "Tổ Dân vận"), (3, "Các thôn"), (4, "Tháng 4/2027")],
        ]
    )
    rows = _tables(page_blocks(words)[0])[0]
    assert [row[0] for row in rows] == ["TT", "II", "1"]


# ---------------------------------------------------------------------------------------------------------------------
# A table carried from one page to the next ends at the plan's next part numbered in Arabic ("3. Tổ chức thực hiện"):
# its number and title stand in one column, not the number column. At the top of the page the table was carried onto
# any such title ends it; further down, the title of the plan's closing part does.
# ---------------------------------------------------------------------------------------------------------------------

_CARRIED = Columns([150.0, 550.0, 750.0, 950.0], 0, 5)


def test_a_numbered_part_opening_the_next_page_ends_the_carried_table() -> None:
    words = _grid(
        [
            [(1, "3. Tổ chức thực hiện")],
            [(1, "Các phòng, chi nhánh báo cáo tiến độ hằng quý về Phòng Tổng hợp")],
            [(-1, "Phòng Tổng hợp tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027./.")],
        ]
    )
    blocks, _ = page_blocks(words, _CARRIED)
    assert _tables(blocks) == []
    assert "3. Tổ chức thực hiện" in str(blocks[0])


def test_kept_back_a_budget_part_after_the_last_rows_ends_the_carried_table() -> None:
    """Kept back: the rows of a carried table, then "4. Kinh phí thực hiện" in the content column; run once after the
    rule, it passed untuned."""
    words = _grid(
        [
            [
                (0, "5"),
                (1, "Tập huấn kỹ năng giao tiếp"),
                (2, "Phòng Tổ chức"),
                (3, "Công đoàn"),
                (4, "Quý III/2027"),
            ],
            [(1, "4. Kinh phí thực hiện")],
            [(1, "Từ nguồn kinh phí hoạt động thường xuyên của Công ty năm 2027")],
        ]
    )
    blocks, _ = page_blocks(words, _CARRIED)
    rows = _tables(blocks)[0]
    assert [row[0] for row in rows] == ["5"]
    assert not any("Kinh phí" in cell for row in rows for cell in row)


def test_a_content_cells_own_numbered_point_stays_in_its_row() -> None:
    words = _grid(
        [
            [
                (0, "2"),
                (1, "Tuyên truyền trên loa truyền thanh:"),
                (2, "Văn phòng"),
                (3, "Các thôn"),
                (4, "Quý I/2027"),
            ],
            [(1, "1. Phát bản tin hằng tuần")],
            [
                (0, "3"),
                (1, "Tổ chức hội nghị đối thoại"),
                (2, "Chủ tịch xã"),
                (3, "Mặt trận"),
                (4, "Quý II/2027"),
            ],
        ]
    )
    rows = _tables(page_blocks(words, _CARRIED)[0])[0]
    assert [row[0] for row in rows] == ["2", "3"]
    assert "Phát bản tin" in rows[0][1]


# ---------------------------------------------------------------------------------------------------------------------
# A programme of work by months ("THÁNG 01/2027" rows merged across the table) has no time column: its header names the
# content, the lead and the partners on one line. LibreOffice draws it without rules: the header line hints the table,
# and a title in capitals across the columns with rows under it is a group row.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_header_line_of_content_lead_and_partners_hints_a_table() -> None:
    assert _table_hint("TT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Ghi chú\n")
    assert _table_hint("STT Nhiệm vụ Bộ phận chủ trì Bộ phận phối hợp\n")
    assert not _table_hint("Nội dung công việc, đơn vị chủ trì, phối hợp được giao tại Phụ lục\n")


def _programme(left: str, place: str, header: list[str], rows: list[list[str]]) -> Source:
    table = TableSpec([1.0, 8.0, 3.0, 3.0, 2.0][: len(header)], rows=[header, *rows])
    body: list[tuple[str, object]] = [
        ("c", "CHƯƠNG TRÌNH CÔNG TÁC"),
        ("c", "Dân vận chính quyền quý I năm 2027"),
        ("p", "Căn cứ chương trình công tác năm 2027, đơn vị xây dựng Chương trình công tác quý I như sau:"),
        ("table", table),
        ("p", "Văn phòng tổng hợp kết quả, báo cáo trước ngày 25/3/2027./."),
        ("sign", "Nơi nhận:|- Như trên;|- Lưu: VT. >> GIÁM ĐỐC||||Phạm Văn Long"),
    ]
    meta = {
        "left": left,
        "right": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc",
        "number": "Số: 12/CTr-SYT",
        "date": f"{place}, ngày 20 tháng 12 năm 2026",
    }
    return Source("chuong-trinh", meta, body)


@_NEEDS_LIBREOFFICE
def test_a_libreoffice_programme_grouped_by_month_gives_its_rows() -> None:
    rows = [
        ["THÁNG 01/2027", "<<", "<<", "<<", "<<"],
        [
            "1",
            "Hướng dẫn các trạm y tế niêm yết quy trình tiếp nhận phản ánh",
            "Phòng Nghiệp vụ Y",
            "Văn phòng",
            "",
        ],
        [
            "2",
            "Kiểm tra việc thực hiện quy tắc ứng xử tại các bệnh viện",
            "Thanh tra Sở",
            "Phòng Tổ chức",
            "",
        ],
        ["THÁNG 02/2027", "<<", "<<", "<<", "<<"],
        [
            "3",
            "Tổ chức đối thoại với người bệnh tại Bệnh viện Đa khoa tỉnh",
            "Văn phòng Sở",
            "Công đoàn ngành",
            "",
        ],
    ]
    source = _programme(
        "UBND TỈNH QUẢNG TRỊ|SỞ Y TẾ",
        "Quảng Trị",
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"],
        rows,
    )
    tasks = parse(builders.source_to_pdf_libreoffice(source), "chuong-trinh.lo.pdf").tasks
    assert [(t.no, t.lead, t.coord) for t in tasks] == [
        ("1", ["Phòng Nghiệp vụ Y"], ["Văn phòng"]),
        ("2", ["Thanh tra Sở"], ["Phòng Tổ chức"]),
        ("3", ["Văn phòng Sở"], ["Công đoàn ngành"]),
    ]


@_NEEDS_LIBREOFFICE
def test_kept_back_a_libreoffice_programme_grouped_by_quarter_month_without_notes() -> None:
    """Kept back: a customs branch's programme, four columns (no note column), groups "THÁNG 4/2027" … and a wrapped
    content cell. Run once after the rules, it FAILED: LibreOffice set these group titles flush left, over the number
    column's padding, and the columns were placed by the words crossing least, group titles included; a group title
    in capitals without a mark is now left out of that count (`layout._boundaries`), and it passes."""
    rows = [
        ["THÁNG 4/2027", "<<", "<<", "<<"],
        [
            "1",
            "Niêm yết công khai thủ tục hải quan điện tử tại trụ sở các đội và trên Cổng thông tin của Chi cục",
            "Đội Nghiệp vụ",
            "Đội Tổng hợp",
        ],
        ["THÁNG 5/2027", "<<", "<<", "<<"],
        ["2", "Đối thoại với doanh nghiệp xuất nhập khẩu", "Lãnh đạo Chi cục", "Đội Kiểm soát"],
        ["3", "Khảo sát sự hài lòng của doanh nghiệp", "Đội Tổng hợp", "Các đội nghiệp vụ"],
    ]
    source = _programme(
        "CHI CỤC HẢI QUAN KHU VỰC III|HẢI QUAN CỬA KHẨU MÓNG CÁI",
        "Móng Cái",
        ["STT", "Nội dung", "Bộ phận chủ trì", "Bộ phận phối hợp"],
        rows,
    )
    tasks = parse(builders.source_to_pdf_libreoffice(source), "chuong-trinh.lo.pdf").tasks
    assert [(t.no, t.lead, t.coord) for t in tasks] == [
        ("1", ["Đội Nghiệp vụ"], ["Đội Tổng hợp"]),
        ("2", ["Lãnh đạo Chi cục"], ["Đội Kiểm soát"]),
        ("3", ["Đội Tổng hợp"], ["Các đội nghiệp vụ"]),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A text copy of a table without a number column, one cell a line, each row's number typed at the head of its task
# cell ("1. Tuyên truyền …"): the header starts at the content column, and each row at its numbered task cell.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_text_copy_of_a_table_numbered_in_its_task_cells_gives_its_rows() -> None:
    text = _header(
        "TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT NAM\nGA ĐÀ NẴNG", "112/KH-GĐN", "Đà Nẵng", "KẾ HOẠCH", "Dân vận năm 2027"
    ) + (
        "I. MỤC ĐÍCH\nNgười dân hai bên đường sắt chấp hành quy định an toàn giao thông.\n"
        "II. NHIỆM VỤ VÀ PHÂN CÔNG\n"
        "Nội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"
        "1. Tuyên truyền an toàn giao thông đường sắt tại các khu dân cư dọc tuyến\n"
        "Đội Quản lý ga\nỦy ban nhân dân phường Hải Châu\nQuý I/2027\n"
        "2. Rà soát, đóng lối đi tự mở qua đường sắt\nPhòng Kỹ thuật\nCông an phường Thanh Khê\nQuý II/2027\n"
        "3. Thăm, tặng quà gia đình chính sách quanh ga\nCông đoàn Ga\n-\nDịp Tết Nguyên đán\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác đội báo cáo kết quả về Phòng Tổng hợp trước ngày 30/11/2027./.\n"
        "TRƯỞNG GA\nHồ Văn Tâm\nNơi nhận:\n- Tổng công ty (b/c);\n- Công an phường Thanh Khê;\n- Lưu: VT.\n"
    )
    tasks = parse(text.encode(), "ke-hoach.txt").tasks
    assert [(t.no, t.lead, t.coord) for t in tasks] == [
        ("1", ["Đội Quản lý ga"], ["Ủy ban nhân dân phường Hải Châu"]),
        ("2", ["Phòng Kỹ thuật"], ["Công an phường Thanh Khê"]),
        ("3", ["Công đoàn Ga"], []),
    ]
    assert _times(tasks) == ["Quý I/2027", "Quý II/2027", "Dịp Tết Nguyên đán"]


def test_kept_back_a_text_copy_of_a_hospitals_table_numbered_in_its_task_cells() -> None:
    """Kept back: a hospital's table copied as text, its time column named "Thời hạn" and its rows "1." to "3.";
    run once after the rule, it passed untuned."""
    text = _header(
        "SỞ Y TẾ TỈNH CÀ MAU\nBỆNH VIỆN ĐA KHOA CÀ MAU",
        "305/KH-BVĐK",
        "Cà Mau",
        "KẾ HOẠCH",
        "Cải tiến chất lượng",
    ) + (
        "I. MỤC ĐÍCH\nNâng cao sự hài lòng của người bệnh.\n"
        "II. NỘI DUNG\n"
        "Nội dung\nKhoa, phòng chủ trì\nKhoa, phòng phối hợp\nThời hạn\n"
        "1. Bố trí ghế chờ, nước uống tại khu khám bệnh\nPhòng Hành chính quản trị\nKhoa Khám bệnh\nTháng 4/2027\n"
        "2. Khảo sát sự hài lòng người bệnh nội trú\nPhòng Quản lý chất lượng\nPhòng Điều dưỡng\nHằng quý\n"
        "3. Công khai giá dịch vụ tại các khoa\nPhòng Tài chính kế toán\nCác khoa lâm sàng\nTháng 5/2027\n"
        "III. TỔ CHỨC THỰC HIỆN\nPhòng Quản lý chất lượng báo cáo Giám đốc trước ngày 15/12/2027./.\n"
        "GIÁM ĐỐC\nTrương Minh Đức\n"
    )
    tasks = parse(text.encode(), "ke-hoach.txt").tasks
    assert [(t.no, t.lead) for t in tasks] == [
        ("1", ["Phòng Hành chính quản trị"]),
        ("2", ["Phòng Quản lý chất lượng"]),
        ("3", ["Phòng Tài chính kế toán"]),
    ]
    assert _times(tasks) == ["Tháng 4/2027", "Hằng quý", "Tháng 5/2027"]


# ---------------------------------------------------------------------------------------------------------------------
# Items of one level are of one kind: a short numbered title over an unmarked paragraph, beside titles that head
# lettered or numbered sub-items (or titles over paragraphs like it), is a topic; its paragraph is the task. In a PDF's
# text the title stands on a line so short that the next line's first word would have fitted on it: the paragraph
# starts there.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_title_over_its_paragraph_beside_lettered_topics_is_a_topic() -> None:
    text = _header(
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC THỦY LỢI",
        "58/KH-CCTL",
        "Yên Bái",
        "KẾ HOẠCH",
        "Phòng chống lũ quét",
    ) + (
        "I. MỤC ĐÍCH, YÊU CẦU\nNgười dân vùng nguy cơ cao chủ động phòng tránh lũ quét, sạt lở đất.\n"
        "II. NỘI DUNG THỰC HIỆN\n"
        "1. Cảnh báo sớm cho người dân\n"
        "a) Phòng Quản lý đê điều phát bản tin cảnh báo trên nhóm Zalo các thôn khi có mưa lớn kéo\n"
        "dài; thực hiện trong mùa mưa lũ năm 2027.\n"
        "b) Trạm Thủy văn cập nhật danh sách trưởng thôn vào nhóm nhận tin; hoàn thành trước ngày\n"
        "15/5/2027.\n"
        "2. Diễn tập phòng tránh\n"
        "a) Tổ chức diễn tập sơ tán dân tại xã Mù Cang Chải; Phòng Tổng hợp chủ trì, thời gian tháng\n"
        "6/2027.\n"
        "3. Tiếp nhận phản ánh\n"
        "Đặt số điện thoại đường dây nóng tại trụ sở Chi cục; Lãnh đạo Chi cục trả lời ý kiến người dân\n"
        "trong 05 ngày làm việc.\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác phòng báo cáo kết quả về Phòng Tổng hợp trước ngày 30/11/2027./.\n"
        "CHI CỤC TRƯỞNG\nVàng A Sử\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.no, " ".join(t.text.split()[:3])) for t in tasks] == [
        ("a", "Phòng Quản lý"),
        ("b", "Trạm Thủy văn"),
        ("a", "Tổ chức diễn"),
        (None, "Đặt số điện"),
    ]
    assert tasks[3].lead == ["Lãnh đạo Chi cục"]


@pytest.mark.xfail(
    strict=True,
    reason="item 1.1's trailing '(… chủ trì); thời gian quý II/2027' (no colon after 'thời gian') is read as the "
    "assignment of topic 1, which becomes the task (prose fields, left for a later round)",
)
def test_kept_back_titles_over_paragraphs_beside_numbered_topics_are_topics() -> None:
    """Kept back: a border guard station's plan, "1." and "2." over "1.1", "2.1", then "3." and "4." each over one
    paragraph. Run once after the rule, it FAILED, not on the rule: "3." and "4." gave their paragraphs as tasks, but
    item 1.1, whose trailing "(Đội … chủ trì); thời gian quý II/2027" has no colon after "thời gian", was merged into
    topic 1 (a field-reading gap of prose items, left; see the docs). Kept as an expected failure, unchanged."""
    text = _header(
        "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH\nĐỒN BIÊN PHÒNG PA TẦN",
        "22/KH-ĐBP",
        "Sìn Hồ",
        "KẾ HOẠCH",
        "Dân vận 2027",
    ) + (
        "I. MỤC ĐÍCH, YÊU CẦU\nGiúp đồng bào các bản biên giới ổn định đời sống, giữ vững an ninh biên giới.\n"
        "II. NỘI DUNG, BIỆN PHÁP\n"
        "1. Giúp dân phát triển kinh tế\n"
        "1.1. Hướng dẫn 40 hộ trồng thảo quả dưới tán rừng tại bản Pa Tần (Đội Vận động quần chúng chủ\n"
        "trì); thời gian quý II/2027.\n"
        "2. Giúp dân xây dựng nông thôn mới\n"
        "2.1. Tổ công tác của Đồn huy động 200 ngày công làm đường nội bản; hoàn thành trước ngày\n"
        "30/4/2027.\n"
        "3. Khám bệnh cho nhân dân\n"
        "Quân y Đồn khám, cấp thuốc miễn phí cho đồng bào tại các bản 01 lần/tháng.\n"
        "4. Xây dựng hệ thống chính trị\n"
        "Đội Vận động quần chúng cử 03 cán bộ tham gia sinh hoạt với chi bộ các bản Pa Tần, Huổi Pết.\n"
        "III. TỔ CHỨC THỰC HIỆN\nĐội Vận động quần chúng tổng hợp, báo cáo Chỉ huy Đồn trước ngày 15/11/2027./.\n"
        "ĐỒN TRƯỞNG\nLò Văn Sơn\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.no, " ".join(t.text.split()[:3])) for t in tasks] == [
        ("1.1", "Hướng dẫn 40 hộ"),
        ("2.1", "Tổ công tác của"),
        (None, "Quân y Đồn"),
        (None, "Đội Vận động quần"),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# "Biện pháp" is the genre's other word for "giải pháp": "NỘI DUNG, BIỆN PHÁP", "CÁC BIỆN PHÁP TIẾN HÀNH" name the
# content part (alone, when a scan misreads the word beside it).
# ---------------------------------------------------------------------------------------------------------------------


def test_a_part_of_measures_holds_the_tasks() -> None:
    text = _header(
        "CÔNG AN TỈNH BẮC NINH\nCÔNG AN PHƯỜNG KINH BẮC",
        "15/KH-CAP",
        "Kinh Bắc",
        "KẾ HOẠCH",
        "An ninh trật tự năm 2027",
    ) + (
        "I. MỤC ĐÍCH, YÊU CẦU\nGiữ vững an ninh, trật tự trên địa bàn phường.\n"
        "II. CÁC BIỆN PHÁP TIẾN HÀNH\n"
        "Thứ nhất, Đội Cảnh sát khu vực chủ trì tổ chức hội nghị ra mắt mô hình tại 10 khu phố; xong\n"
        "trong tháng 4/2027.\n"
        "Thứ hai, Tổ Cảnh sát trật tự tuần tra khu vực chợ vào ban đêm; thực hiện hằng tuần.\n"
        "III. TỔ CHỨC THỰC HIỆN\nĐội Tổng hợp báo cáo kết quả về Công an tỉnh trước ngày 20/11/2027./.\n"
        "TRƯỞNG CÔNG AN PHƯỜNG\nNguyễn Đức Hải\n"
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [["Đội Cảnh sát khu vực"], ["Tổ Cảnh sát trật tự"]]


def test_kept_back_a_part_of_main_measures_holds_the_numbered_tasks() -> None:
    """Kept back: "II. NHỮNG BIỆN PHÁP CHỦ YẾU" over numbered items in a commune's plan; run once after the rule, it
    passed untuned."""
    text = _header(
        "UBND HUYỆN\nUBND XÃ TÂN LẬP", "31/KH-UBND", "Tân Lập", "KẾ HOẠCH", "Phòng chống dịch tả lợn"
    ) + (
        "I. MỤC ĐÍCH\nKhông để dịch lây lan trên địa bàn xã.\n"
        "II. NHỮNG BIỆN PHÁP CHỦ YẾU\n"
        "1. Thú y viên các thôn rà soát tổng đàn lợn, lập danh sách hộ chăn nuôi; xong trước ngày 30/4/2027.\n"
        "2. Phòng Kinh tế chủ trì, phối hợp với các thôn phun khử trùng chuồng trại; thực hiện hằng tháng.\n"
        "III. TỔ CHỨC THỰC HIỆN\nVăn phòng báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 30/11/2027./.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐinh Văn Tư\n"
    )
    tasks = parse_text(text).tasks
    assert [t.no for t in tasks] == ["1", "2"]
    assert tasks[1].lead == ["Phòng Kinh tế"]


# ---------------------------------------------------------------------------------------------------------------------
# Scans: the OCR reads the dot after an item's number as a comma ("2, Giao nhiệm vụ"), and the hook of "ổ" as an acute
# accent ("Tố Dịch vụ", "tố chức", "tống hợp"); both are put back ("Tố cáo", "tố tụng" stay).
# ---------------------------------------------------------------------------------------------------------------------


def test_an_items_number_read_with_a_comma_gets_its_dot() -> None:
    assert (
        _read_part_numbers("2, Giao nhiệm vụ\n- Phòng Kinh tế chủ trì")
        == "2. Giao nhiệm vụ\n- Phòng Kinh tế chủ trì"
    )
    assert _read_part_numbers("1.2, Tổ chức tập huấn") == "1.2. Tổ chức tập huấn"
    assert _read_part_numbers("2, 3 và 4 tháng") == "2, 3 và 4 tháng"


def test_kept_back_an_items_number_with_a_comma_in_a_notice_gives_its_tasks() -> None:
    """Kept back: a notice's lines as read from a scan, "3, Giao nhiệm vụ" above its bullets; run once after the rule,
    it passed untuned."""
    ocr = _read_part_numbers(
        "3, Giao nhiệm vụ\n- Công an xã chủ trì bảo đảm an ninh tại chợ phiên; thực hiện hằng tuần.\n"
        "- Văn phòng niêm yết Thông báo này tại nhà văn hóa các thôn trong 10 ngày."
    )
    assert isinstance(ocr, str)
    text = _header(
        "UBND HUYỆN SƠN ĐỘNG\nUBND XÃ AN LẠC", "44/TB-UBND", "An Lạc", "THÔNG BÁO", "Kết luận đối thoại"
    ) + (
        "Chủ tịch Ủy ban nhân dân xã kết luận như sau:\n1. Đánh giá chung\nBuổi đối thoại diễn ra dân chủ.\n"
        f"{ocr}\nỦy ban nhân dân xã thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nHà Văn Lâm\n"
    )
    assert [t.lead for t in parse_text(text).tasks] == [["Công an xã"], ["Văn phòng"]]


def test_the_hook_of_o_read_as_an_acute_is_put_back() -> None:
    assert _read_hooks("giao Tố Cảnh sát trật tự tuần tra") == "giao Tổ Cảnh sát trật tự tuần tra"
    assert _read_hooks("Phòng Điều dưỡng tố chức lớp") == "Phòng Điều dưỡng tổ chức lớp"
    assert _read_hooks("Đội Tống hợp; tống hợp báo cáo") == "Đội Tổng hợp; tổng hợp báo cáo"
    assert _read_hooks("Luật Tố cáo; tố cáo, tố tụng") == "Luật Tố cáo; tố cáo, tố tụng"


def test_kept_back_the_hook_in_a_scanned_bodys_name_and_its_country() -> None:
    """Kept back: "Tố Dân vận", "Tố quốc", "các tố dân phố" as a scan gives them; run once after the rule, it passed
    untuned."""
    assert _read_hooks("Tố Dân vận phối hợp Mặt trận Tố quốc và các tố dân phố") == (
        "Tổ Dân vận phối hợp Mặt trận Tổ quốc và các tổ dân phố"
    )


# ---------------------------------------------------------------------------------------------------------------------
# A notice of conclusions hands its work out clause by clause: after a semicolon a new body opens a clause with work of
# its own ("…; Tổ Quản lý chất lượng khảo sát … mỗi quý một lần"). Under a topic ("2. Về thái độ giao tiếp") each such
# clause is a task; a body that only takes a role ("…; Phòng B phối hợp") stays with the clause before.
# ---------------------------------------------------------------------------------------------------------------------


def _conclusions(left: str, topics: str) -> str:
    return _header(
        left, "61/TB-BV", "Bình Dương", "THÔNG BÁO", "Kết luận của Giám đốc tại Hội nghị đối thoại"
    ) + (
        "Sau khi nghe ý kiến của người bệnh, Giám đốc kết luận như sau:\n"
        f"{topics}"
        "Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.\nGIÁM ĐỐC\nVõ Thị Lan\n"
    )


def test_a_clause_of_another_body_after_a_semicolon_is_a_task() -> None:
    text = _conclusions(
        "SỞ Y TẾ\nBỆNH VIỆN Y HỌC CỔ TRUYỀN",
        "1. Về thời gian chờ khám\n"
        "Khoa Khám bệnh bố trí thêm 02 bàn khám vào buổi sáng trong tháng 5/2027; Phòng Công nghệ thông tin\n"
        "triển khai đặt lịch khám qua điện thoại trước ngày 30/6/2027.\n"
        "2. Về giá dịch vụ\n"
        "Phòng Tài chính kế toán chủ trì; Phòng Kế hoạch tổng hợp phối hợp.\n",
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [
        ["Khoa Khám bệnh"],
        ["Phòng Công nghệ thông tin"],
        ["Phòng Tài chính kế toán"],
    ]
    assert _times(tasks)[:2] == ["trong tháng 5/2027", "trước ngày 30/6/2027"]


def test_kept_back_a_clause_of_a_team_after_a_semicolon_is_a_task() -> None:
    """Kept back: a district hospital's conclusions, a team's survey after the nursing office's course. Run once after
    the rule, it FAILED beside the rule: its two clauses were read right, but the notice's closing formula ("Bệnh
    viện thông báo để … biết, thực hiện./.") was read as a paragraph of the last topic; a part of conclusions now
    drops it as a part of requests did (`parser._NOTICE_CLOSING`), and it passes."""
    text = _conclusions(
        "SỞ Y TẾ\nTRUNG TÂM Y TẾ HUYỆN BẾN CÁT",
        "1. Về thái độ phục vụ\n"
        "Phòng Điều dưỡng tổ chức tập huấn kỹ năng giao tiếp cho điều dưỡng trong quý III/2027; Tổ Công tác\n"
        "xã hội khảo sát sự hài lòng của người bệnh mỗi quý một lần.\n",
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [["Phòng Điều dưỡng"], ["Tổ Công tác xã hội"]]


# ---------------------------------------------------------------------------------------------------------------------
# A wrapped sentence that names "chủ trì", "phối hợp" and "nội dung" is no flattened header row: header cells name
# columns, with no partner ("phối hợp với"), owner ("của"), pointer ("này") or handing over ("giao").
# ---------------------------------------------------------------------------------------------------------------------


def test_a_wrapped_sentence_with_a_partner_is_no_header_row() -> None:
    text = _header(
        "KHO BẠC NHÀ NƯỚC\nKHO BẠC KHU VỰC VI", "77/BC-KBVI", "Cao Bằng", "BÁO CÁO", "Dân vận năm 2026"
    ) + (
        "Phần thứ hai\nNHIỆM VỤ NĂM 2027\n"
        "Một là, tổ chức Hội nghị công chức năm 2027; Văn phòng\n"
        "chủ trì, phối hợp với Công đoàn cơ sở chuẩn bị nội dung, trình Giám đốc trong tháng\n"
        "02/2027.\n"
        "Hai là, khảo sát sự hài lòng của khách hàng; Phòng Giao dịch số 1 chủ trì, 06 tháng một lần.\n"
        "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nNông Văn Hải\n"
    )
    tasks = parse_text(text).tasks
    assert len(tasks) == 2
    assert tasks[1].text.startswith("khảo sát")


def test_kept_back_a_wrapped_handing_over_is_no_header_row() -> None:
    """Kept back: "nhiệm vụ này giao Phòng … chủ trì, với sự phối hợp của …" wrapped in a museum's plan; run once after
    the rule, it passed untuned."""
    text = _header(
        "SỞ VĂN HÓA VÀ THỂ THAO\nBẢO TÀNG TỈNH", "19/KH-BT", "Nghệ An", "KẾ HOẠCH", "Triển lãm năm 2027"
    ) + (
        "I. MỤC ĐÍCH\nPhát huy giá trị hiện vật.\nII. NỘI DUNG\n1. Về triển lãm\n"
        "Khai mạc triển lãm chuyên đề tại Quảng trường dịp kỷ niệm ngày 19/5; nội dung\n"
        "nhiệm vụ này giao Phòng Trưng bày chủ trì, với sự phối hợp của Đoàn Thanh niên\n"
        "Sở.\n"
        "Sau triển lãm, chuyển bộ ảnh thành triển lãm lưu động phục vụ các trường học (tháng 6 - tháng 8/2027).\n"
        "III. TỔ CHỨC THỰC HIỆN\nPhòng Hành chính báo cáo Sở trước ngày 10/12/2027./.\nGIÁM ĐỐC\nHồ Văn Nam\n"
    )
    tasks = parse_text(text).tasks
    assert [" ".join(t.text.split()[:2]) for t in tasks] == ["Khai mạc", "Sau triển"]


# ---------------------------------------------------------------------------------------------------------------------
# Items of one level are of one kind: a "Về …" title longer than a short title ("3. Về chế độ bảo hiểm y tế đối với
# dụng cụ chỉnh hình") among "Về …" topics names a topic too; its paragraph is the task.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_long_topic_among_topics_heads_its_paragraph() -> None:
    text = _conclusions(
        "SỞ Y TẾ\nBỆNH VIỆN PHỔI",
        "1. Về thời gian chờ khám\nKhoa Khám bệnh bố trí thêm bàn khám buổi sáng trong tháng 5/2027.\n"
        "2. Về thái độ phục vụ\nPhòng Điều dưỡng tập huấn kỹ năng giao tiếp trong quý III/2027.\n"
        "3. Về việc thanh toán chi phí thuốc ngoài danh mục bảo hiểm y tế đối với người bệnh lao kháng thuốc\n"
        "Phòng Kế hoạch tổng hợp phối hợp với Bảo hiểm xã hội tỉnh trả lời bằng văn bản trước ngày 30/6/2027.\n",
    )
    # a Word file: each paragraph its own, the long title apart from the paragraph under it
    tasks = parse(_docx_table([], text.splitlines(), []), "thong-bao.docx").tasks
    assert [(t.no, t.lead) for t in tasks] == [
        (None, ["Khoa Khám bệnh"]),
        (None, ["Phòng Điều dưỡng"]),
        (None, ["Phòng Kế hoạch tổng hợp"]),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="in plain text a topic title longer than the lines around it cannot be told from a wrapped line: the "
    "paragraph under it is joined to it",
)
def test_kept_back_a_long_topic_first_among_topics_heads_its_paragraph() -> None:
    """Kept back: a ward's conclusions as plain text, its first topic the long one (96 characters on its line). Run
    once after the rule, it FAILED: in hard-wrapped text the long title's line is the widest of the page, so the line
    under it continues it (`make_paragraphs`), and topic 1 with its paragraph became one item (dropped). Its title
    has 22 words, over the rule's first bound of 20, raised to 25 after this run (the DOCX test above, 21 words, was
    written to the same bound); the same document as DOCX passes with 25. Kept unchanged as an expected failure: the
    rule holds where the title stands apart (DOCX, or a PDF line shorter than the page, as in the tuning file)."""
    text = _header(
        "UBND THÀNH PHỐ\nUBND PHƯỜNG AN HẢI", "09/TB-UBND", "Đà Nẵng", "THÔNG BÁO", "Kết luận đối thoại"
    ) + (
        "Sau khi nghe ý kiến của Nhân dân, Chủ tịch Ủy ban nhân dân phường kết luận như sau:\n"
        "1. Về việc cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân tổ dân phố 12 và tổ dân phố 14\n"
        "Phòng Kinh tế, Hạ tầng và Đô thị rà soát hồ sơ, trả lời từng hộ trước ngày 30/4/2027.\n"
        "2. Về vệ sinh môi trường\nĐoàn Thanh niên phường ra quân dọn vệ sinh các tuyến kiệt mỗi tháng một lần.\n"
        "3. Về an ninh trật tự\nCông an phường tăng cường tuần tra vào ban đêm tại khu vực chợ.\n"
        "Ủy ban nhân dân phường thông báo để các cơ quan, đơn vị và Nhân dân biết, thực hiện./.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nTrần Thị Hạnh\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.no, " ".join(t.text.split()[:2])) for t in tasks] == [
        (None, "Phòng Kinh"),
        (None, "Đoàn Thanh"),
        (None, "Công an"),
    ]
