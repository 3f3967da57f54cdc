"""The rules of the fourteenth tuning round on tasks in prose, headings and lists (docs/docparse.md, "Fourteenth
round", **Tasks in prose (r14-tasksprose)**).

Every rule is a rule of the genre, read on documents written here for other provinces, other bodies and other wording
than the tuning documents that showed the miss. For each rule one document was kept back: written once the rule was
written, without tuning on it, and run once; each docstring says whether it passed.
"""

import io

from docparse import parse, parse_text
from docparse.model import Task

_HEADER = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: {number}\n{place}, ngày 12 tháng 3 năm 2027\n{kind}\n{title}\n"
)


def _header(number: str, place: str, title: str, kind: str = "KẾ HOẠCH") -> str:
    return _HEADER.format(number=number, place=place, title=title, kind=kind)


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


def _fields(tasks: list[Task]) -> list[tuple[list[str], list[str], str | None]]:
    return [(task.lead, task.coord, task.timeframe.raw if task.timeframe else None) for task in tasks]


# ---------------------------------------------------------------------------------------------------------------------
# An item may be headed by a word of the genre and an ordinal ("Nội dung thứ nhất:", "Việc thứ hai:", "Nhiệm vụ thứ
# ba -"), and its field lines may word who does it, who takes part and when otherwise ("Đơn vị cùng tham gia:", "Mốc
# thời gian:", "Hạn hoàn thành:"): the heading is the item, the field lines belong to it.
# ---------------------------------------------------------------------------------------------------------------------


def test_ordinal_item_headings_carry_their_field_lines() -> None:
    lines = [
        ("CÔNG TY CỔ PHẦN CẤP NƯỚC BẮC KẠN", False),
        *[
            (line, False)
            for line in _header("19/KH-CNBK", "Bắc Kạn", "Bảo đảm nước sạch mùa khô năm 2027").splitlines()
        ],
        ("I. MỤC ĐÍCH", True),
        ("Không để gián đoạn cấp nước quá 24 giờ tại các phường trung tâm.", False),
        ("II. CÁC VIỆC CẦN LÀM", True),
        ("Việc thứ nhất: Súc xả, vệ sinh bể chứa tại Nhà máy nước Xuất Hóa", True),
        ("- Đơn vị thực hiện: Xí nghiệp Sản xuất nước.", False),
        ("- Đơn vị cùng tham gia: Phòng Kỹ thuật; Phòng Kế hoạch - Vật tư.", False),
        ("- Mốc thời gian: Tháng 3/2027.", False),
        ("Việc thứ hai: Thông báo lịch cắt nước trên Đài Phát thanh - Truyền hình tỉnh", True),
        ("- Đơn vị thực hiện: Phòng Kinh doanh.", False),
        ("- Mốc thời gian: Trước ngày 25/3/2027.", False),
        ("GIÁM ĐỐC", True),
        ("Hà Văn Sơn", True),
    ]
    tasks = parse(_docx(lines), "ke-hoach.docx").tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        (None, "Súc xả, vệ sinh bể chứa", ["Xí nghiệp Sản xuất nước"]),
        (None, "Thông báo lịch cắt nước", ["Phòng Kinh doanh"]),
    ]
    assert _summary(tasks, expected) == expected
    assert [task.coord for task in tasks] == [["Phòng Kỹ thuật", "Phòng Kế hoạch - Vật tư"], []]
    assert [task.timeframe.raw if task.timeframe else None for task in tasks] == [
        "Tháng 3/2027",
        "Trước ngày 25/3/2027",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A police or a military unit sets out its work as measures ("II. CÁC BIỆN PHÁP TIẾN HÀNH", "III. BIỆN PHÁP THỰC
# HIỆN"): a part of content, as "NỘI DUNG" and "GIẢI PHÁP" are.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_part_of_measures_holds_the_tasks() -> None:
    text = (
        "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH HÀ GIANG\nĐỒN BIÊN PHÒNG THANH THỦY\n"
        + _header("07/KH-ĐBP", "Thanh Thủy", "Phòng, chống xuất nhập cảnh trái phép dịp Tết năm 2027")
        + "I. MỤC ĐÍCH\nKhông để xảy ra xuất nhập cảnh trái phép qua các lối mở.\n"
        "II. BIỆN PHÁP THỰC HIỆN\n"
        "1. Đội Trinh sát phối hợp với Công an xã Thanh Thủy tuần tra các đường mòn, lối mở hằng đêm.\n"
        "2. Tuyên truyền cho người dân các thôn biên giới không tiếp tay đưa người qua biên giới trong tháng 01/2027.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Đội Vũ trang tổng hợp kết quả, báo cáo Bộ Chỉ huy trước ngày 20/02/2027./.\n"
        "ĐỒN TRƯỞNG\nLò Văn Thắng\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        ("1", "Đội Trinh sát phối hợp", ["Đội Trinh sát"]),
        ("2", "Tuyên truyền cho người", []),
    ]
    assert _summary(tasks, expected) == expected


# ---------------------------------------------------------------------------------------------------------------------
# A part of duties per body may name a body, then in brackets which members of its kind are meant ("2. Các chi hội cơ
# quan tư pháp (Tòa án, Viện kiểm sát):"), and bodies the earlier rules did not know as such: a dormitory ("Ký túc
# xá"), a fund ("Quỹ Hỗ trợ nông dân"), a railway's stations and track sections ("Ga Yên Bái", "Cung cầu đường …").
# ---------------------------------------------------------------------------------------------------------------------


def test_a_bodys_heading_with_its_members_in_brackets() -> None:
    lines = [
        ("UBND TỈNH ĐIỆN BIÊN", False),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", False),
        *[
            (line, False)
            for line in _header("55/KH-SGDĐT", "Điện Biên", "Phòng, chống bỏ học năm học 2027 - 2028").splitlines()
        ],
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        ("Giữ tỷ lệ học sinh bỏ học dưới 0,5%.", False),
        ("II. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ", True),
        ("1. Phòng Giáo dục Trung học", True),
        ("- Hướng dẫn các trường rà soát học sinh có nguy cơ bỏ học trước ngày 15/9/2027.", False),
        ("2. Các trường phổ thông dân tộc (nội trú, bán trú):", True),
        ("- Tổ chức ăn, ở cho học sinh bán trú ngay từ đầu năm học.", False),
        ("- Phân công giáo viên thăm gia đình học sinh nghỉ học từ 03 ngày trở lên.", False),
        ("3. Ký túc xá và Quỹ Khuyến học tỉnh", True),
        ("- Cấp học bổng cho học sinh nghèo vượt khó trong tháng 10/2027.", False),
        ("GIÁM ĐỐC", True),
        ("Lò Văn Pâng", True),
    ]
    tasks = parse(_docx(lines), "ke-hoach.docx").tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        (None, "Hướng dẫn các trường rà", ["Phòng Giáo dục Trung học"]),
        (None, "Tổ chức ăn, ở cho", ["Các trường phổ thông dân tộc"]),
        (None, "Phân công giáo viên thăm", ["Các trường phổ thông dân tộc"]),
        (None, "Cấp học bổng cho học", ["Ký túc xá", "Quỹ Khuyến học tỉnh"]),
    ]
    assert _summary(tasks, expected) == expected


# ---------------------------------------------------------------------------------------------------------------------
# Among a body's duties, "Theo dõi, tổng hợp, báo cáo X kết quả …" is its general duty of reporting; so is the closing
# paragraph "X theo dõi, đôn đốc …; tổng hợp, báo cáo …" after the last body's paragraphs (LABELING.md §3–4).
# ---------------------------------------------------------------------------------------------------------------------


def test_a_bodys_follow_up_and_report_is_no_task() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\n"
        + _header("14/CT-UBND", "Quảng Bình", "Về tăng cường phòng, chống cháy rừng mùa khô năm 2027", "CHỈ THỊ")
        + "Để chủ động phòng, chống cháy rừng, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
        "1. Sở Nông nghiệp và Môi trường\n"
        "- Chỉ đạo lực lượng kiểm lâm trực 24/24 giờ tại các vùng trọng điểm.\n"
        "- Theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 30/9/2027.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n"
        "Vận động Nhân dân ký cam kết không đốt nương gần rừng.\n"
        "Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp, báo cáo Chủ tịch Ủy ban "
        "nhân dân tỉnh trước ngày 15/12/2027./.\n"
        "CHỦ TỊCH\nTrần Thắng\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        (None, "Chỉ đạo lực lượng kiểm", ["Sở Nông nghiệp và Môi trường"]),
        (None, "Vận động Nhân dân ký", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    ]
    assert _summary(tasks, expected) == expected


# ---------------------------------------------------------------------------------------------------------------------
# Items of one level are of one kind: beside topics that head lettered items ("1. Quán triệt" / "a)", "b)"), a short
# title over one paragraph ("3. Vận động Nhân dân vùng dự án" / "Đoàn Thanh niên … tổ chức …") is a topic too, and
# its paragraph is the task.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_title_beside_lettered_topics_is_a_topic() -> None:
    lines = [
        ("ĐẢNG BỘ TỈNH QUẢNG NINH", False),
        ("ĐẢNG ỦY CÔNG TY THAN HÀ LẦM", False),
        *[
            (line, False)
            for line in _header("41-KH/ĐU", "Hạ Long", "Thực hiện công tác dân vận năm 2027").splitlines()
        ],
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        ("Giữ vững ổn định tư tưởng trong công nhân mỏ.", False),
        ("II. NHIỆM VỤ, GIẢI PHÁP", True),
        ("1. Quán triệt, tuyên truyền", True),
        ("a) Tổ chức hội nghị quán triệt cho cán bộ chủ chốt trong quý I/2027.", False),
        ("b) Công đoàn Công ty tuyên truyền trên bản tin nội bộ hằng tháng.", False),
        ("2. Thực hiện dân chủ ở cơ sở", True),
        ("a) Duy trì đối thoại giữa Giám đốc với công nhân 01 lần/quý.", False),
        ("3. Vận động Nhân dân vùng mỏ", True),
        (
            "Đoàn Thanh niên Công ty phối hợp với Ủy ban Mặt trận Tổ quốc phường Hà Lầm trồng cây xanh trên bãi thải "
            "vào tháng 3/2027.",
            False,
        ),
        ("T/M ĐẢNG ỦY", True),
        ("BÍ THƯ", True),
        ("Phạm Văn Hùng", True),
    ]
    tasks = parse(_docx(lines), "ke-hoach.docx").tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        ("a", "Tổ chức hội nghị quán", []),
        ("b", "Công đoàn Công ty tuyên", ["Công đoàn Công ty"]),
        ("a", "Duy trì đối thoại giữa", []),
        (None, "Đoàn Thanh niên Công ty", ["Đoàn Thanh niên Công ty"]),
    ]
    assert _summary(tasks, expected) == expected


# ---------------------------------------------------------------------------------------------------------------------
# A letter to many bodies may single some out before asking them ("Đối với các xã A, B, đề nghị …"), and state what its
# issuer will do itself after naming itself by its kind ("Về phía Sở, Phòng X …"): each is a request of its own.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_letters_singled_out_bodies_and_its_own_part() -> None:
    text = (
        "BỘ CÔNG AN\nCÔNG AN TỈNH TUYÊN QUANG\n"
        "Số: 812/CAT-PC08\nV/v phối hợp bảo đảm trật tự an toàn giao thông mùa lễ hội năm 2027\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTuyên Quang, ngày 05 tháng 01 năm 2027\n"
        "Kính gửi: Ủy ban nhân dân các xã, phường.\n"
        "Để bảo đảm trật tự an toàn giao thông mùa lễ hội, Công an tỉnh đề nghị Ủy ban nhân dân các xã, phường chỉ đạo "
        "lực lượng tại chỗ phân luồng tại các điểm lễ hội trong tháng 01 và tháng 02/2027.\n"
        "Đối với các phường Minh Xuân, Phan Thiết, đề nghị bố trí bãi trông giữ xe cách xa cổng đền, hoàn thành "
        "trước ngày 20/01/2027.\n"
        "Về phía Công an tỉnh, Phòng Cảnh sát giao thông tổ chức tuần tra, kiểm soát nồng độ cồn trên các tuyến "
        "quốc lộ vào các ngày lễ hội.\n"
        "Trân trọng./.\n"
        "GIÁM ĐỐC\nĐại tá Lê Văn Hùng\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        (None, "Để bảo đảm trật tự", ["Ủy ban nhân dân các xã, phường"]),
        (
            None,
            "Đối với các phường Minh Xuân",
            ["Ủy ban nhân dân phường Minh Xuân", "Ủy ban nhân dân phường Phan Thiết"],
        ),
        (None, "Về phía Công an tỉnh", ["Phòng Cảnh sát giao thông"]),
    ]
    assert _summary(tasks, expected) == expected


# ---------------------------------------------------------------------------------------------------------------------
# A notice's part of work may give a paragraph per body, the body run in before its duties ("Giao Phòng Văn hóa - Xã
# hội: …", "Đề nghị Hội Nông dân xã: …"), with no list: each paragraph is the body's task. A decision's article of
# execution may name a body, then which of them are meant, before "có trách nhiệm" ("Ủy ban nhân dân các xã có …
# có trách nhiệm …"): the sentence is a task of the body.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_notices_part_of_run_in_bodies() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ QUỲNH LƯU\n"
        + _header(
            "31/TB-UBND",
            "Quỳnh Lưu",
            "Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp về phòng, chống dịch tả lợn châu Phi",
            "THÔNG BÁO",
        )
        + "Chủ tịch Ủy ban nhân dân xã kết luận như sau:\n"
        "1. Đánh giá chung\n"
        "Dịch đã xuất hiện tại 03 thôn, tiêu hủy 41 con lợn.\n"
        "2. Nhiệm vụ trong thời gian tới\n"
        "Giao Phòng Kinh tế: chủ trì, phối hợp với Trạm Thú y khu vực tiêu độc, khử trùng các ổ dịch trong 07 ngày.\n"
        "Giao Công an xã: kiểm soát việc vận chuyển lợn ra, vào địa bàn.\n"
        "Đề nghị Hội Nông dân xã: vận động hội viên không giấu dịch, không bán chạy lợn bệnh.\n"
        "3. Tổ chức thực hiện\n"
        "Phòng Kinh tế tổng hợp tình hình, báo cáo Chủ tịch Ủy ban nhân dân xã hằng tuần.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nHồ Thị Mai\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        (None, "Giao Phòng Kinh tế:", ["Phòng Kinh tế"]),
        (None, "Giao Công an xã:", ["Công an xã"]),
        (None, "Đề nghị Hội Nông dân xã:", ["Hội Nông dân xã"]),
    ]
    assert _summary(tasks, expected) == expected


def test_a_decisions_qualified_body_that_answers() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\n"
        + _header(
            "215/QĐ-UBND",
            "Gia Nghĩa",
            "Phê duyệt Danh sách thôn, bon đạt chuẩn nông thôn mới kiểu mẫu năm 2027",
            "QUYẾT ĐỊNH",
        )
        + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Danh sách 18 thôn, bon đạt chuẩn nông thôn mới kiểu mẫu năm 2027.\n"
        "Điều 2. Tổ chức thực hiện\n"
        "Giao Sở Nông nghiệp và Môi trường chủ trì hướng dẫn duy trì các tiêu chí, thực hiện thường xuyên.\n"
        "Giao Sở Tài chính tham mưu bố trí kinh phí khen thưởng trong dự toán năm 2028.\n"
        "Ủy ban nhân dân các xã có thôn, bon đạt chuẩn chịu trách nhiệm xây dựng kế hoạch duy trì, gửi Sở Nông "
        "nghiệp và Môi trường trước ngày 30/6/2027.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Trọng Yên\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        (None, "Giao Sở Nông nghiệp", ["Sở Nông nghiệp và Môi trường"]),
        (None, "Giao Sở Tài chính", ["Sở Tài chính"]),
        (None, "Ủy ban nhân dân các xã có", ["Ủy ban nhân dân các xã"]),
    ]
    assert _summary(tasks, expected) == expected


# ---------------------------------------------------------------------------------------------------------------------
# A short plan numbers its parts in Arabic figures ("1. Mục đích", "2. Nội dung, phân công thực hiện", "3. Tổ chức thực
# hiện"): they are parts, and the bullets of the part of content its tasks.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_short_plans_parts_in_arabic_figures() -> None:
    text = (
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LẠNG SƠN\nBẢO TÀNG TỈNH\n"
        + _header("05/KH-BT", "Lạng Sơn", "Trưng bày lưu động về văn hóa Tày, Nùng năm 2027")
        + "1. Mục đích, yêu cầu\n"
        "Giới thiệu di sản văn hóa các dân tộc đến học sinh vùng cao.\n"
        "2. Nội dung, phân công thực hiện\n"
        "- Trưng bày 120 hiện vật tại 06 trường phổ thông dân tộc nội trú. Phòng Trưng bày chủ trì; Phòng Kiểm kê "
        "phối hợp. Thời gian: tháng 4/2027.\n"
        "- Tổ chức thi tìm hiểu di sản cho học sinh; Phòng Giáo dục - Truyền thông thực hiện trong tháng 5/2027.\n"
        "3. Tổ chức thực hiện\n"
        "Các phòng báo cáo kết quả về Ban Giám đốc trước ngày 15/6/2027./.\n"
        "GIÁM ĐỐC\nHoàng Văn Pao\n"
    )
    tasks = parse_text(text).tasks
    expected: list[tuple[str | None, str, list[str]]] = [
        (None, "Trưng bày 120 hiện vật", ["Phòng Trưng bày"]),
        (None, "Tổ chức thi tìm hiểu", ["Phòng Giáo dục - Truyền thông"]),
    ]
    assert _summary(tasks, expected) == expected
