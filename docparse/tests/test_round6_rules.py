"""The rules of the sixth tuning round, each on a short document of the genre (docs/docparse.md, "Sixth round").

The documents here are written in other words and for other places than the tuning documents the rules were read
from, so that a rule that only follows one document's phrasing fails. Several areas add their blocks here.
"""

import shutil
from pathlib import Path

import pytest

from docparse import parse, parse_text
from docparse.blocks import Table
from docparse.evaluate import same_name
from docparse.model import Task, Timeframe
from docparse.readers.layout import Word, page_blocks
from docparse.readers.pdf import _ocr_fixes
from docparse.tests import builders
from docparse.tests.corpus_heldout_build import Source, render_docx
from docparse.tests.corpus_heldout_build import Table as TableSpec
from docparse.units import split_units

# ---------------------------------------------------------------------------------------------------------------------
# Timeframes (r6-times): which phrase of a task is its timeframe, and how it is read.
# ---------------------------------------------------------------------------------------------------------------------

_TIMES_SIGNATURE = "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Minh Khoa\n"


def _time(task: Task) -> Timeframe:
    """The task's timeframe, which the test expects to be there."""
    assert task.timeframe is not None, task.text
    return task.timeframe


def _special_zone_plan(items: str, closing: str = "") -> str:
    return (
        "ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC\nSố: 214/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nPhú Quốc, ngày 02 tháng 12 năm 2026\nKẾ HOẠCH\n"
        "Công tác dân vận chính quyền năm 2027\n"
        "Thực hiện Kế hoạch số 905/KH-UBND ngày 20/11/2026 của Ủy ban nhân dân tỉnh An Giang, Ủy ban nhân dân đặc "
        "khu ban hành Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng phục vụ Nhân dân.\n"
        "II. NỘI DUNG THỰC HIỆN\n" + items + closing + "III. TỔ CHỨC THỰC HIỆN\n"
        "Văn phòng HĐND và UBND đặc khu theo dõi, đôn đốc.\n" + _TIMES_SIGNATURE
    )


def _times(text: str) -> list[str | None]:
    return [_time(t).raw if t.timeframe else None for t in parse_text(text).tasks]


def test_a_periodicity_is_the_timeframe_wherever_it_stands_in_the_sentence():
    text = _special_zone_plan(
        "1. Rà soát danh sách hộ cận nghèo hằng quý, công khai tại nhà văn hóa các khu phố.\n"
        "2. Văn phòng HĐND và UBND đặc khu tổng hợp ý kiến của ngư dân, báo cáo Chủ tịch hằng tháng.\n"
        "3. Mỗi quý tổ chức ít nhất 01 buổi đối thoại giữa lãnh đạo đặc khu với ngư dân.\n"
        "4. Kiểm tra an toàn các bến tàu du lịch định kỳ mỗi quý 01 lần.\n"
        "5. Mở lớp dạy bơi miễn phí cho trẻ em vùng ven biển (03 lớp/năm).\n"
        "6. Đội tình nguyện thu gom rác bờ biển thực hiện thường xuyên.\n"
        "7. Tuyên truyền phòng, chống thiên tai trên loa truyền thanh; hằng tuần trong mùa mưa bão.\n"
    )
    assert _times(text) == [
        "hằng quý",
        "hằng tháng",
        "Mỗi quý",
        "định kỳ mỗi quý 01 lần",
        "03 lớp/năm",
        "thường xuyên",
        "hằng tuần trong mùa mưa bão",
    ]
    tasks = parse_text(text).tasks
    assert {_time(t).kind for t in tasks if t.timeframe} == {"continuous"}


def test_a_frequency_that_qualifies_a_noun_is_no_timeframe():
    text = _special_zone_plan(
        "1. Vận động Nhân dân phân loại rác trong sinh hoạt hằng ngày.\n"
        "2. Xây dựng kế hoạch hằng năm về công tác dân vận của đặc khu.\n"
        "3. Tuần tra bảo vệ rừng phòng hộ ven biển; hằng ngày.\n"
    )
    assert _times(text) == [None, None, "hằng ngày"]


def test_days_of_every_month_and_a_limit_in_working_days_are_timeframes():
    text = _special_zone_plan(
        "1. Phó Chủ tịch phụ trách tiếp công dân tại Trung tâm hành chính công vào ngày 05 và ngày 20 hằng tháng.\n"
        "2. Trả lời phản ánh của người dân trên ứng dụng “Phú Quốc số” trong thời hạn 03 ngày làm việc kể từ ngày "
        "nhận phản ánh.\n"
    )
    tasks = parse_text(text).tasks
    assert [_time(t).raw for t in tasks] == [
        "ngày 05 và ngày 20 hằng tháng",
        "trong thời hạn 03 ngày làm việc kể từ ngày nhận phản ánh",
    ]
    assert [_time(t).kind for t in tasks] == ["continuous", "event"]
    assert _time(tasks[1]).due is None  # counted from each feedback: no calendar date


def test_an_open_start_and_a_half_year_inside_the_sentence_are_read():
    text = _special_zone_plan(
        "1. Áp dụng thanh toán không dùng tiền mặt tại bộ phận một cửa; thực hiện ngay từ quý II/2027.\n"
        "2. Số hóa sổ hộ tịch lưu trữ, hoàn thành trong 6 tháng cuối năm 2027.\n"
    )
    first, second = (_time(t) for t in parse_text(text).tasks)
    assert (first.raw, first.kind, first.start, first.due) == (
        "từ quý II/2027",
        "open_ended",
        "2027-04-01",
        None,
    )
    assert (second.raw, second.kind, second.start, second.due) == (
        "trong 6 tháng cuối năm 2027",
        "half_year",
        "2027-07-01",
        "2027-12-31",
    )


def test_an_item_with_unit_fields_but_no_time_field_keeps_its_own_timeframe():
    text = _special_zone_plan(
        "1. Ngày hội đọc sách cho thiếu nhi: thứ Bảy tuần đầu của tháng 4 và tháng 10/2027. Chủ trì: Phòng Văn hóa - "
        "Xã hội; phối hợp: các trường tiểu học.\n"
        "2. Vận động hộ kinh doanh không lấn chiếm vỉa hè trong mùa lễ hội (từ ngày 15/01 đến ngày 28/02/2027). "
        "Chủ trì: Công an đặc khu.\n"
    )
    tasks = parse_text(text).tasks
    assert [_time(t).raw for t in tasks] == [
        "thứ Bảy tuần đầu của tháng 4 và tháng 10/2027",
        "từ ngày 15/01 đến ngày 28/02/2027",
    ]
    assert [t.lead for t in tasks] == [["Phòng Văn hóa - Xã hội"], ["Công an đặc khu"]]
    assert (_time(tasks[1]).kind, _time(tasks[1]).start, _time(tasks[1]).end) == (
        "range",
        "2027-01-15",
        "2027-02-28",
    )


def test_an_occasion_or_a_bare_frequency_yields_to_the_dated_deadline_of_the_same_task():
    text = _special_zone_plan(
        "1. Hội Chữ thập đỏ đặc khu chủ trì trao quà cho hộ nghèo trước Tết Nguyên đán (hoàn thành trước ngày "
        "20/01/2027).\n"
        "2. Đoàn Thanh niên đặc khu vận động thanh niên trở lại nơi làm việc sau Tết Nguyên đán; hoàn thành trước "
        "ngày 15/3/2027.\n"
        "3. Tổ chức phiên chợ hàng Việt cho ngư dân trước Tết Nguyên đán.\n"
        "4. Cấp nước sạch cho các hộ ven biển; xong trước ngày 30/6/2027 đối với các khu phố phía Nam.\n"
        "5. Tổng hợp ý kiến cử tri gửi Văn phòng hằng năm và đánh giá kết quả giải quyết trước ngày 05/12/2027.\n"
    )
    assert _times(text) == [
        "hoàn thành trước ngày 20/01/2027",
        "hoàn thành trước ngày 15/3/2027",
        "trước Tết Nguyên đán",  # no dated deadline: the occasion is all the task gives (kind event)
        "xong trước ngày 30/6/2027",  # the clause qualifies its deadline, it is not part of it
        "trước ngày 05/12/2027",  # a bare "hằng năm" yields to the date as an occasion does
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "Các phòng, ban, đơn vị báo cáo kết quả về Ủy ban nhân dân đặc khu trước ngày 10/12/2027.\n",
        "Đề nghị các đơn vị báo cáo kết quả thực hiện về Văn phòng HĐND và UBND đặc khu trước ngày 10/12/2027.\n",
        "Ủy ban nhân dân đặc khu đề nghị các cơ quan, đơn vị quan tâm thực hiện; báo cáo kết quả về Văn phòng "
        "trước ngày 10/12/2027.\n",
    ],
)
def test_a_closing_sentence_asking_for_a_report_gives_no_deadline_to_the_last_task(closing):
    text = _special_zone_plan(
        "1. Tổ chức đối thoại với ngư dân về quy hoạch cảng cá; trong quý II/2027.\n", closing
    )
    assert _times(text) == ["trong quý II/2027"]


def test_the_genres_other_inline_forms_are_read_whole():
    text = _special_zone_plan(
        "1. Tổ chức hội nghị đối thoại với hộ kinh doanh vào quý I và quý III/2027.\n"
        "2. Kiểm tra việc niêm yết giá dịch vụ từ quý II đến quý IV/2027.\n"
        "3. Phát động đợt cao điểm làm sạch bãi biển từ ngày 15/4 đến 15/5/2027.\n"
        "4. Tập huấn cho tổ trưởng tổ dân phố trong tuần cuối tháng 4/2027.\n"
        "5. Hoàn thiện hồ sơ công nhận điểm du lịch, hoàn thành trước ngày 30 tháng 6 năm 2027.\n"
        "6. Tổ chức lễ hội Nghinh Ông vào ngày 16 tháng 6 âm lịch.\n"
        "7. Duy trì mô hình “Khu phố không rác” trong năm 2027 và những năm tiếp theo.\n"
        "8. Số hóa hồ sơ đất đai trong giai đoạn 2026 - 2030.\n"
        "9. Công khai quyết định thu hồi đất trong thời gian 07 ngày kể từ ngày ký.\n"
        "10. Tổ chức Ngày hội Đại đoàn kết vào ngày 18/11/2027.\n"
    )
    tasks = parse_text(text).tasks
    assert [(_time(t).raw, _time(t).kind) for t in tasks] == [
        ("vào quý I và quý III/2027", "range"),
        ("từ quý II đến quý IV/2027", "range"),
        ("từ ngày 15/4 đến 15/5/2027", "range"),
        ("trong tuần cuối tháng 4/2027", "month"),
        ("hoàn thành trước ngày 30 tháng 6 năm 2027", "by_date"),
        ("vào ngày 16 tháng 6 âm lịch", "event"),  # a lunar day has no fixed solar date
        ("trong năm 2027 và những năm tiếp theo", "open_ended"),
        ("trong giai đoạn 2026 - 2030", "range"),
        ("trong thời gian 07 ngày kể từ ngày ký", "event"),
        ("ngày 18/11/2027", "by_date"),
    ]
    assert _time(tasks[4]).due == "2027-06-30" and _time(tasks[9]).due == "2027-11-18"


def test_a_span_of_days_alone_is_no_time_limit():
    text = _special_zone_plan("1. Tổ chức hội trại thanh niên trong 02 ngày (ngày 12 và 13/5/2027).\n")
    assert _times(text) == ["ngày 12 và 13/5/2027"]


def test_a_flattened_table_row_may_end_with_the_end_of_the_year_or_after_each_harvest():
    rows = (
        "I. NHIỆM VỤ CỤ THỂ\nSTT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"
        "1\nHướng dẫn nông dân tiêu hủy rơm rạ đúng cách\nPhòng Kinh tế\nHợp tác xã nông nghiệp\nSau mỗi vụ thu hoạch\n"
        "2\nTổng kết mô hình cánh đồng mẫu lớn\nPhòng Kinh tế\nCuối năm\n"
    )
    tasks = parse_text(_special_zone_plan("", rows).replace("II. NỘI DUNG THỰC HIỆN\n", "")).tasks
    assert [(t.lead, _time(t).raw, _time(t).kind) for t in tasks] == [
        (["Phòng Kinh tế"], "Sau mỗi vụ thu hoạch", "continuous"),
        (["Phòng Kinh tế"], "Cuối năm", "by_date"),
    ]
    assert _time(tasks[1]).due == "2027-12-31"  # the plan's year (signed in December 2026 for 2027)


def test_a_day_without_year_falls_in_the_year_the_plan_is_for():
    # signed on 02/12/2026, "Công tác dân vận chính quyền năm 2027": "trước ngày 15/3" is 15/3/2027
    text = _special_zone_plan(
        "1. Phòng Nội vụ rà soát quy chế dân chủ ở cơ sở; hoàn thành trước ngày 15/3.\n"
    )
    assert _time(parse_text(text).tasks[0]).due == "2027-03-15"
    # a plan for a span of years keeps the year it was signed in
    span = text.replace("năm 2027\n", "giai đoạn 2026 - 2030\n", 1)
    assert _time(parse_text(span).tasks[0]).due == "2026-03-15"


def test_a_deadline_without_the_word_ngay_or_before_a_whole_period_is_read():
    text = _special_zone_plan(
        "1. Rà soát hồ sơ tái định cư, hoàn thành trước 30/6/2027.\n"
        "2. Ban hành quy chế quản lý bến tàu khách trước quý III/2027.\n"
        "3. Tổng kết mô hình “Chợ văn minh”, chậm nhất là cuối quý II/2027.\n"
    )
    tasks = parse_text(text).tasks
    assert [(_time(t).raw, _time(t).due) for t in tasks] == [
        ("hoàn thành trước 30/6/2027", "2027-06-30"),
        ("trước quý III/2027", "2027-06-30"),  # the day before the quarter starts
        ("chậm nhất là cuối quý II/2027", "2027-06-30"),
    ]


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
    tasks = parse(builders.source_to_pdf_libreoffice(source), "ke-hoach.lo.pdf").tasks
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
    document = parse(builders.source_to_pdf_libreoffice(source), "ke-hoach.lo.pdf")
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
    assert [_time(t).raw if t.timeframe else None for t in tasks] == ["tháng 01/2027", "hằng học kỳ"]


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


# ---------------------------------------------------------------------------------------------------------------------
# Lead and coordinating units (r6-units): where a unit name ends, who leads a task named in prose, how lists split.
# ---------------------------------------------------------------------------------------------------------------------

_UNITS_SIGNATURE = "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Thị Lụa\n"


def _ward_plan(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HỘI AN TÂY\nSố: 57/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHội An Tây, ngày 08 tháng 12 năm 2026\nKẾ HOẠCH\n"
        "Công tác dân vận chính quyền năm 2027\n"
        "Thực hiện Kế hoạch số 301/KH-UBND ngày 20/11/2026 của Ủy ban nhân dân thành phố Đà Nẵng, Ủy ban nhân dân "
        "phường ban hành Kế hoạch như sau:\nI. NỘI DUNG\n" + body + _UNITS_SIGNATURE
    )


def _units_of(text: str) -> list[tuple[list[str], list[str]]]:
    return [(task.lead, task.coord) for task in parse_text(text).tasks]


def test_a_unit_name_in_sentence_case_runs_until_the_predicate_of_the_sentence():
    text = _ward_plan(
        "1. Ban Quản lý cảng cá phối hợp với Hội Chữ thập đỏ phường vận động tiểu thương giữ vệ sinh khu chợ "
        "cá; thường xuyên.\n"
        "2. Phòng Tài nguyên nước theo dõi, nắm tình hình sạt lở bờ sông Thu Bồn; hằng tháng.\n"
        "3. Trung tâm Văn hóa thể thao phường Hội An Tây lãnh đạo việc tổ chức Lễ hội đèn lồng; quý I/2027.\n"
        "4. Phối hợp với Ban Quản lý Khu bảo tồn biển Cù Lao Chàm nắm tình hình khai thác hải sản trái phép.\n"
        "5. Phối hợp với Hội Bảo trợ người khuyết tật thành phố rà soát hộ có người khuyết tật.\n"
    )
    assert _units_of(text) == [
        (["Ban Quản lý cảng cá"], ["Hội Chữ thập đỏ phường"]),
        (["Phòng Tài nguyên nước"], []),
        (["Trung tâm Văn hóa thể thao phường Hội An Tây"], []),
        ([], ["Ban Quản lý Khu bảo tồn biển Cù Lao Chàm"]),
        ([], ["Hội Bảo trợ người khuyết tật thành phố"]),
    ]


def test_a_locality_or_a_proper_name_closes_a_name_but_a_plural_locality_takes_its_qualifier():
    text = _ward_plan(
        "1. Trạm Y tế phường khám sàng lọc cho người cao tuổi; quý II/2027.\n"
        "2. Đề nghị Ủy ban nhân dân các phường ven sông phối hợp di dời hộ dân vùng sạt lở.\n"
        "3. Các chi hội phụ nữ khu phố có hộ nghèo vận động hội viên giúp nhau làm kinh tế; thường xuyên.\n"
        "4. Trường Tiểu học Kim Đồng phát thanh măng non về an toàn giao thông; hằng tuần.\n"
        "5. Phối hợp với Trung tâm Kiểm soát bệnh tật và HIV/AIDS tỉnh Quảng Nam giám sát dịch sốt xuất huyết.\n"
    )
    assert _units_of(text) == [
        (["Trạm Y tế phường"], []),
        ([], ["Ủy ban nhân dân các phường ven sông"]),
        (["Các chi hội phụ nữ khu phố có hộ nghèo"], []),
        (["Trường Tiểu học Kim Đồng"], []),  # a proper name ends the name, whatever verb follows
        ([], ["Trung tâm Kiểm soát bệnh tật và HIV/AIDS tỉnh Quảng Nam"]),
    ]


def test_the_lead_may_be_named_after_the_task_or_given_with_any_verb():
    text = _ward_plan(
        "1. Niêm yết công khai thủ tục hành chính tại nhà văn hóa khối phố. Phòng Văn hóa - Xã hội thực hiện; "
        "thời gian: quý I/2027.\n"
        "2. Giao Trung tâm Phục vụ hành chính công phường lắp đặt camera tại bộ phận một cửa; hoàn thành trước "
        "ngày 31/3/2027.\n"
        "3. Tổng hợp ý kiến cử tri, báo cáo Thường trực Hội đồng nhân dân phường (Văn phòng HĐND và UBND phường).\n"
        "4. Vận động các hộ hiến đất mở rộng kiệt, hẻm. Ban điều hành các khối phố thực hiện thường xuyên.\n"
        "5. Duy tu hệ thống chiếu sáng giao thông nông thôn (Phòng Kinh tế, Hạ tầng và Đô thị chủ trì).\n"
        "6. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khối phố do Ủy ban Mặt trận Tổ quốc Việt Nam phường "
        "chủ trì; tháng 11/2027.\n"
        "7. Cập nhật dữ liệu dân cư trên ứng dụng VNeID.\nTrách nhiệm thực hiện: Công an phường.\n"
        "8. Hỗ trợ chuyển giao Công nghệ nuôi tôm cho hộ nghèo ven biển.\n"
    )
    assert [lead for lead, _ in _units_of(text)] == [
        ["Phòng Văn hóa - Xã hội"],
        ["Trung tâm Phục vụ hành chính công phường"],
        ["Văn phòng HĐND và UBND phường"],
        ["Ban điều hành các khối phố"],
        ["Phòng Kinh tế, Hạ tầng và Đô thị"],  # "giao thông" does not give anything
        ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
        ["Công an phường"],
        [],  # "chuyển giao" is no assignment
    ]


def test_a_body_asked_to_coordinate_with_another_leads_and_an_office_holder_keeps_the_portfolio():
    text = _ward_plan(
        "1. Đề nghị Hội Cựu chiến binh phường phối hợp với Đoàn Thanh niên phường tổ chức trồng cây xanh.\n"
        "2. Đề nghị Hội Nông dân phường phối hợp hướng dẫn hộ dân chuyển đổi cây trồng.\n"
        "3. Giao đồng chí Phó Chủ tịch Ủy ban nhân dân phường phụ trách đô thị trực tiếp chỉ đạo việc chỉnh "
        "trang vỉa hè.\n"
        "4. Dược sĩ Trần Thu Hà, Phó Giám đốc Trung tâm Y tế trực tiếp kiểm tra quầy thuốc trên địa bàn.\n"
        "5. Chậm nhất ngày 30/4/2027, Phòng Văn hóa - Xã hội hoàn thành rà soát hộ cận nghèo.\n"
        "6. Trong quý III/2027, Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì đối thoại với tiểu thương.\n"
    )
    assert _units_of(text) == [
        (["Hội Cựu chiến binh phường"], ["Đoàn Thanh niên phường"]),
        ([], ["Hội Nông dân phường"]),
        (["Phó Chủ tịch Ủy ban nhân dân phường phụ trách đô thị"], []),
        (["Dược sĩ Trần Thu Hà, Phó Giám đốc Trung tâm Y tế"], []),
        (["Phòng Văn hóa - Xã hội"], []),
        (["Ủy ban Mặt trận Tổ quốc Việt Nam phường"], []),
    ]


def test_fields_typed_after_the_item_and_under_a_long_item_are_its_fields():
    text = _ward_plan(
        "1. Ra quân làm sạch bãi biển An Bàng; chủ trì: Đoàn Thanh niên phường; phối hợp: các khối phố ven "
        "biển; thời gian: tháng 4/2027.\n"
        "2. Tổ chức tuyên truyền về phòng, chống đuối nước cho học sinh các trường tiểu học và trung học cơ sở "
        "trên địa bàn phường trong dịp hè năm 2027 tại các điểm sinh hoạt cộng đồng\n"
        "+ Chủ trì: Phòng Văn hóa - Xã hội\n"
        "+ Phối hợp: Trường Trung học cơ sở Nguyễn Du\n"
        "+ Thời gian: Tháng 6/2027\n"
        "3. Công khai kết quả giải quyết kiến nghị của cử tri (Phòng Kinh tế chủ trì, các khối phố phối hợp).\n"
    )
    assert _units_of(text) == [
        (["Đoàn Thanh niên phường"], ["các khối phố ven biển"]),
        (["Phòng Văn hóa - Xã hội"], ["Trường Trung học cơ sở Nguyễn Du"]),
        (["Phòng Kinh tế"], ["các khối phố"]),
    ]
    assert parse_text(text).tasks[0].text == "Ra quân làm sạch bãi biển An Bàng"


def test_unit_lists_split_where_a_body_starts_and_share_their_body_over_named_places():
    assert split_units("Ủy ban nhân dân phường Hòa Cường, phường Hải Châu; Công an thành phố") == [
        "Ủy ban nhân dân phường Hòa Cường",
        "Ủy ban nhân dân phường Hải Châu",
        "Công an thành phố",
    ]
    assert split_units("Trạm Y tế các xã Tà Xùa, Suối Tọ và Phình Hồ") == [
        "Trạm Y tế xã Tà Xùa",
        "Trạm Y tế xã Suối Tọ",
        "Trạm Y tế xã Phình Hồ",
    ]
    assert split_units("Ủy ban nhân dân các xã, phường, đặc khu") == [
        "Ủy ban nhân dân các xã, phường, đặc khu"
    ]
    assert split_units("Hội Nông dân phường và Hợp tác xã rau an toàn Trà Quế") == [
        "Hội Nông dân phường",
        "Hợp tác xã rau an toàn Trà Quế",
    ]
    assert split_units("Đội Cảnh sát giao thông, Đồn Biên phòng Cửa Đại") == [
        "Đội Cảnh sát giao thông",
        "Đồn Biên phòng Cửa Đại",
    ]
    assert split_units("Khoa Nội Tổng hợp, Khoa Hồi sức cấp cứu") == [
        "Khoa Nội Tổng hợp",
        "Khoa Hồi sức cấp cứu",
    ]
    assert split_units("Văn phòng Sở tổng hợp") == ["Văn phòng Sở"]
    # an official name that holds "và các" with a capitalised term stays whole
    assert split_units("Ban Quản lý các Khu chế xuất và các Khu công nghệ cao") == [
        "Ban Quản lý các Khu chế xuất và các Khu công nghệ cao"
    ]


def test_an_eth_from_a_legacy_font_is_read_as_d_with_stroke():
    text = _ward_plan("1. Ðoàn Thanh niên phường tổ chức ngày hội hiến máu tình nguyện; quý II/2027.\n")
    assert _units_of(text) == [(["Đoàn Thanh niên phường"], [])]


def test_a_name_cut_short_is_not_the_same_unit_as_the_full_name():
    # the folded key reads "quản lý" like "quận": only a printed locality may be missing
    assert not same_name("Ban", "Ban quản lý Khu du lịch Bà Nà")
    assert same_name("Công an", "Công an quận Sơn Trà")
    assert same_name("Sở Y tế", "Sở Y tế thành phố Đà Nẵng")


def test_a_topic_heading_in_a_part_per_agency_is_no_agency_however_long_its_name():
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HỘI AN TÂY\nSố: 58/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHội An Tây, ngày 08 tháng 12 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện Quy chế dân chủ ở cơ sở năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nPhát huy quyền làm chủ của Nhân dân.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Văn hóa - Xã hội:\n"
        "- Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến các khối phố; quý I/2027.\n"
        "2. Ban hành văn bản:\n"
        "- Ban hành quy chế tiếp công dân của phường; tháng 01/2027.\n" + _UNITS_SIGNATURE
    )
    assert [task.lead for task in parse_text(text).tasks] == [["Phòng Văn hóa - Xã hội"]]
