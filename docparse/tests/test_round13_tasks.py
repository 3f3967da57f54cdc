"""The task-finding rules of the thirteenth tuning round (docs/docparse.md, "Thirteenth round", **Tasks (r13-tasks)**).

Every rule is a rule of the genre, read on documents written here for other provinces, other bodies and other wording
than the tuning documents that showed the miss. For each rule one document was kept back: written before the rule was
run on it, seen to fail without the rule, and checked once the rule was done without tuning on it; each docstring says
so.
"""

import io

from docparse import parse, parse_text
from docparse.model import Task

_HEADER = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: {number}\n{place}, ngày 12 tháng 3 năm 2027\nKẾ HOẠCH\n{title}\n"
)


def _docx(lines: list[tuple[str, bool]]) -> bytes:
    import docx

    document = docx.Document()
    for text, bold in lines:
        document.add_paragraph().add_run(text).bold = bold
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _summary(
    tasks: list[Task], expected: list[tuple[str | None, str, list[str]]]
) -> list[tuple[str | None, str, list[str]]]:
    """The tasks' numbers, openings (as long as the expected ones) and leads."""
    starts = [start for _, start, _ in expected] + [""] * len(tasks)
    return [(task.no, task.text[: len(start)], task.lead) for task, start in zip(tasks, starts, strict=False)]


# ---------------------------------------------------------------------------------------------------------------------
# A part of assignments may head each body's duties with the body's name alone, numbered and bold, without a colon
# ("1. Phòng Tổ chức - Lao động"), and number the duties on from it ("1.1.", "1.2."): each is a task of the body.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_bodys_duties_numbered_on_from_its_heading_are_its_tasks() -> None:
    lines = [
        ("SỞ Y TẾ TỈNH BẮC GIANG", False),
        ("TRUNG TÂM Y TẾ HUYỆN LỤC NGẠN", False),
        *[
            (line, False)
            for line in _HEADER.format(
                number="45/KH-TTYT", place="Lục Ngạn", title="Phòng, chống sốt xuất huyết năm 2027"
            ).splitlines()
        ],
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        ("Chủ động phát hiện sớm, xử lý kịp thời các ổ dịch, không để dịch lan rộng.", False),
        ("II. PHÂN CÔNG THỰC HIỆN", True),
        ("1. Khoa Kiểm soát bệnh tật - HIV/AIDS", True),
        ("1.1. Giám sát ca bệnh, véc tơ tại các xã trọng điểm; báo cáo tình hình dịch hằng tuần.", False),
        ("1.2. Hướng dẫn các Trạm Y tế xã xử lý ổ dịch trong vòng 48 giờ.", False),
        ("2. Khoa Dược - Vật tư y tế", True),
        ("2.1. Dự trù, cấp phát hóa chất, máy phun cho các xã trước ngày 30/4/2027.", False),
        ("3. Các Trạm Y tế xã", True),
        ("3.1. Tổ chức chiến dịch diệt bọ gậy tại hộ gia đình mỗi tháng 01 lần.", False),
        ("GIÁM ĐỐC", True),
        ("Hoàng Văn Thái", True),
    ]
    tasks = parse(_docx(lines), "ke-hoach.docx").tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        ("1.1", "Giám sát ca bệnh, véc", ["Khoa Kiểm soát bệnh tật - HIV/AIDS"]),
        ("1.2", "Hướng dẫn các Trạm Y", ["Khoa Kiểm soát bệnh tật - HIV/AIDS"]),
        ("2.1", "Dự trù, cấp phát hóa", ["Khoa Dược - Vật tư y tế"]),
        ("3.1", "Tổ chức chiến dịch d", ["Các Trạm Y tế xã"]),
    ]
    assert _summary(tasks, expected) == expected


def test_kept_back_a_schools_groups_number_their_duties_on() -> None:
    """Kept back: a secondary school's plan in plain text, its subject groups as headings ("2. Tổ Ngữ văn - Lịch sử")
    and their duties "2.1.", "2.2."; written before the rule was run, it found no task without it and passed with it
    untuned."""
    text = (
        "UBND HUYỆN CAN LỘC\nTRƯỜNG THCS THIÊN LỘC\n"
        + _HEADER.format(
            number="12/KH-THCS", place="Thiên Lộc", title="Ôn tập cho học sinh lớp 9 năm học 2026 - 2027"
        )
        + "I. MỤC ĐÍCH\nNâng cao chất lượng thi tuyển sinh vào lớp 10.\n"
        "II. NHIỆM VỤ CỦA CÁC BỘ PHẬN\n"
        "1. Tổ Khoa học tự nhiên\n"
        "1.1. Xây dựng đề cương ôn tập môn Toán, hoàn thành trong tháng 3/2027.\n"
        "1.2. Phân công giáo viên dạy ôn theo nhóm học sinh.\n"
        "2. Tổ Ngữ văn - Lịch sử\n"
        "2.1. Tổ chức thi thử cho học sinh lớp 9 mỗi tháng 01 lần.\n"
        "2.2. Chấm, trả bài và thông báo kết quả cho phụ huynh.\n"
        "HIỆU TRƯỞNG\nNguyễn Thị Lan\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        ("1.1", "Xây dựng đề cương ôn", ["Tổ Khoa học tự nhiên"]),
        ("1.2", "Phân công giáo viên ", ["Tổ Khoa học tự nhiên"]),
        ("2.1", "Tổ chức thi thử cho ", ["Tổ Ngữ văn - Lịch sử"]),
        ("2.2", "Chấm, trả bài và thô", ["Tổ Ngữ văn - Lịch sử"]),
    ]
    assert _summary(tasks, expected) == expected


# ---------------------------------------------------------------------------------------------------------------------
# A report's or a plan's topic heading ("1. Về công tác chi trả", "a) Về công tác tuyên truyền") may carry its items as
# "+" bullets with no "-" level above them: each "+" bullet is a task, as a "-" bullet is, and the topic no task.
# ---------------------------------------------------------------------------------------------------------------------


def test_plus_bullets_under_a_topic_are_its_items() -> None:
    lines = [
        ("BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN", False),
        ("BẢO HIỂM XÃ HỘI CƠ SỞ DIỄN CHÂU", False),
        *[
            (line, False)
            for line in _HEADER.format(
                number="08/KH-BHXH",
                place="Diễn Châu",
                title="Phát triển người tham gia bảo hiểm xã hội năm 2027",
            ).splitlines()
        ],
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        ("Hoàn thành chỉ tiêu phát triển người tham gia được giao.", False),
        ("II. NHIỆM VỤ TRỌNG TÂM", True),
        ("1. Về công tác tuyên truyền", True),
        ("+ Tổ chức hội nghị đối thoại tại các xã ven biển trong quý II/2027.", False),
        ("+ Tổ Quản lý thu phối hợp với Bưu điện huyện phát tờ rơi đến từng hộ gia đình.", False),
        ("2. Về công tác thu nợ", True),
        (
            "+ Đôn đốc các đơn vị nợ đóng trên 03 tháng; lập biên bản làm việc trước ngày 15 hằng tháng.",
            False,
        ),
        ("GIÁM ĐỐC", True),
        ("Trần Văn Bình", True),
    ]
    tasks = parse(_docx(lines), "ke-hoach.docx").tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        (None, "Tổ chức hội nghị đối thoại", []),
        (None, "Tổ Quản lý thu phối hợp", ["Tổ Quản lý thu"]),
        (None, "Đôn đốc các đơn vị nợ", []),
    ]
    assert _summary(tasks, expected) == expected


def test_kept_back_a_wards_lettered_topics_carry_plus_bullets() -> None:
    """Kept back: a ward's plan in plain text, its topics lettered ("a) Về …") and their items "+" bullets; written
    before the rule was run, it read each topic as one task without it and passed with it untuned."""
    text = (
        "UBND THÀNH PHỐ CẦN THƠ\nỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH\n"
        + _HEADER.format(number="31/KH-UBND", place="An Khánh", title="Bảo đảm trật tự đô thị năm 2027")
        + "I. MỤC ĐÍCH\nLập lại trật tự lòng đường, vỉa hè.\n"
        "II. NỘI DUNG THỰC HIỆN\n"
        "1. Các nhiệm vụ cụ thể\n"
        "a) Về trật tự lòng đường, vỉa hè\n"
        "+ Công an phường ra quân xử lý lấn chiếm vỉa hè mỗi tuần 02 lần.\n"
        "+ Vận động hộ kinh doanh ký cam kết không lấn chiếm.\n"
        "b) Về vệ sinh môi trường\n"
        "+ Tổ chức ra quân dọn vệ sinh vào sáng Chủ nhật hằng tuần.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tâm\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        (None, "Công an phường ra quân", ["Công an phường"]),
        (None, "Vận động hộ kinh doanh", []),
        (None, "Tổ chức ra quân dọn", []),
    ]
    assert _summary(tasks, expected) == expected


# ---------------------------------------------------------------------------------------------------------------------
# A table of tasks without a number column may type each row's number at the head of its task cell ("2. Ký cam kết
# …"): the row is a task of its own with that number, not the rest of the row above.
# ---------------------------------------------------------------------------------------------------------------------


def _table_docx(intro: list[str], rows: list[list[str]], closing: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in intro:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for line in closing:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_rows_number_typed_in_its_task_cell() -> None:
    intro = [
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH QUẢNG NAM",
        "CHI CỤC KIỂM LÂM",
        *_HEADER.format(
            number="77/KH-CCKL", place="Tam Kỳ", title="Phòng cháy, chữa cháy rừng mùa khô năm 2027"
        )
        .strip()
        .splitlines(),
        "I. NHIỆM VỤ VÀ PHÂN CÔNG",
    ]
    rows = [
        ["Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        [
            "1. Tuyên truyền phòng cháy rừng tại các thôn giáp rừng",
            "Hạt Kiểm lâm Núi Thành",
            "Ủy ban nhân dân xã Tam Mỹ",
            "Tháng 3/2027",
        ],
        [
            "2. Tổ chức diễn tập chữa cháy rừng cấp xã",
            "Hạt Kiểm lâm Phú Ninh",
            "Công an xã Tam Dân",
            "Quý II/2027",
        ],
        [
            "3. Trực phòng cháy 24/24 giờ trong các tháng cao điểm",
            "Các Hạt Kiểm lâm",
            "-",
            "Từ tháng 5 đến tháng 8/2027",
        ],
    ]
    document = _table_docx(intro, rows, ["CHI CỤC TRƯỞNG", "Phan Văn Hùng"])
    tasks = parse(document, "ke-hoach.docx").tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        ("1", "Tuyên truyền phòng cháy", ["Hạt Kiểm lâm Núi Thành"]),
        ("2", "Tổ chức diễn tập", ["Hạt Kiểm lâm Phú Ninh"]),
        ("3", "Trực phòng cháy", ["Các Hạt Kiểm lâm"]),
    ]
    assert _summary(tasks, expected) == expected


def test_kept_back_a_hospitals_table_types_its_numbers_with_brackets() -> None:
    """Kept back: a hospital's table whose task cells open "1)", "2)"; written before the rule was run, it read the
    three rows as one task without it and passed with it untuned."""
    intro = [
        "SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG",
        "BỆNH VIỆN ĐA KHOA KIẾN THỤY",
        *_HEADER.format(
            number="19/KH-BV", place="Kiến Thụy", title="Nâng cao sự hài lòng người bệnh năm 2027"
        )
        .strip()
        .splitlines(),
        "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN",
    ]
    rows = [
        ["Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"],
        [
            "1) Khảo sát sự hài lòng người bệnh nội trú",
            "Phòng Quản lý chất lượng",
            "Các khoa lâm sàng",
            "Hằng quý",
        ],
        [
            "2) Bố trí ghế chờ, nước uống tại Khoa Khám bệnh",
            "Phòng Hành chính quản trị",
            "Khoa Khám bệnh",
            "Trước ngày 30/4/2027",
        ],
        [
            "3) Tập huấn kỹ năng giao tiếp cho điều dưỡng",
            "Phòng Điều dưỡng",
            "Phòng Tổ chức cán bộ",
            "Tháng 6/2027",
        ],
    ]
    document = _table_docx(intro, rows, ["GIÁM ĐỐC", "Vũ Thị Hạnh"])
    tasks = parse(document, "ke-hoach.docx").tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        ("1", "Khảo sát sự hài lòng", ["Phòng Quản lý chất lượng"]),
        ("2", "Bố trí ghế chờ", ["Phòng Hành chính quản trị"]),
        ("3", "Tập huấn kỹ năng", ["Phòng Điều dưỡng"]),
    ]
    assert _summary(tasks, expected) == expected


# ---------------------------------------------------------------------------------------------------------------------
# An item may be followed by a bullet that only names who does it ("- Khoa X chủ trì; Phòng Y phối hợp.", "- Phòng Z
# thực hiện.") and one with its time ("- Thời gian: …"): the bullets are the item's fields, not tasks.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_bullet_that_only_names_the_doers_is_the_items_field() -> None:
    text = (
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH PHÚ THỌ\nBẢO TÀNG HÙNG VƯƠNG\n"
        + _HEADER.format(number="15/KH-BT", place="Việt Trì", title="Giáo dục di sản cho học sinh năm 2027")
        + "I. MỤC ĐÍCH\nĐưa di sản đến gần học sinh.\n"
        "II. NỘI DUNG, THỜI GIAN THỰC HIỆN\n"
        "1. Tổ chức 10 buổi học ngoại khóa tại Bảo tàng cho học sinh tiểu học.\n"
        "- Phòng Giáo dục và Truyền thông chủ trì; Phòng Trưng bày phối hợp.\n"
        "- Thời gian: Tháng 4 - 5/2027.\n"
        "2. Biên soạn bộ phiếu học tập về thời đại Hùng Vương.\n"
        "- Phòng Nghiên cứu sưu tầm thực hiện.\n"
        "- Thời gian: Quý II/2027.\n"
        "GIÁM ĐỐC\nĐinh Văn Hải\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        ("1", "Tổ chức 10 buổi học", ["Phòng Giáo dục và Truyền thông"]),
        ("2", "Biên soạn bộ phiếu", ["Phòng Nghiên cứu sưu tầm"]),
    ]
    assert _summary(tasks, expected) == expected
    assert tasks[0].coord == ["Phòng Trưng bày"]
    assert tasks[1].timeframe is not None and tasks[1].timeframe.raw == "Quý II/2027"


def test_kept_back_a_police_plans_lettered_items_name_their_doers_in_bullets() -> None:
    """Kept back: a district police plan's lettered items, each with "+ … chủ trì, phối hợp với …" and "+ Thời gian:"
    bullets; written before the rule was run, it read each doers' bullet as a task without it, and is checked once
    with it."""
    text = (
        "CÔNG AN TỈNH LÂM ĐỒNG\nCÔNG AN XÃ ĐẠ HUOAI\n"
        + _HEADER.format(
            number="09/KH-CAX", place="Đạ Huoai", title="Phòng ngừa tai nạn đuối nước mùa hè năm 2027"
        )
        + "I. MỤC ĐÍCH\nGiảm các vụ đuối nước ở trẻ em.\n"
        "II. NỘI DUNG THỰC HIỆN\n"
        "a) Cắm biển cảnh báo tại các hồ, đập, khúc sông nguy hiểm.\n"
        "+ Tổ Cảnh sát khu vực chủ trì, phối hợp với Ủy ban nhân dân xã Đạ Huoai.\n"
        "+ Thời gian: trước ngày 31/5/2027.\n"
        "b) Tuyên truyền kỹ năng an toàn dưới nước tại các trường học.\n"
        "+ Đội Cảnh sát giao thông thực hiện.\n"
        "+ Thời gian: tháng 5/2027.\n"
        "TRƯỞNG CÔNG AN XÃ\nK'Bình\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        ("a", "Cắm biển cảnh báo", ["Tổ Cảnh sát khu vực"]),
        ("b", "Tuyên truyền kỹ năng", ["Đội Cảnh sát giao thông"]),
    ]
    assert _summary(tasks, expected) == expected
    assert tasks[0].coord == ["Ủy ban nhân dân xã Đạ Huoai"]


def test_a_window_of_days_every_month_is_one_time() -> None:
    """The time of a task found by the "+" rule: a window of days in every month ("từ ngày 05 đến ngày 15 hằng
    tháng") is one time, as printed, not its last day alone."""
    from docparse.tasks import inline_assignment

    assert inline_assignment("Tiếp dân tại trụ sở từ ngày 01 đến ngày 05 hằng tháng.")[2] == (
        "từ ngày 01 đến ngày 05 hằng tháng"
    )
