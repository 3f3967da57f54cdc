"""The unit and time rules of the fifteenth tuning round (docs/docparse.md, "Fifteenth round", **Units and times
(r15-unitstimes)**).

Every rule is a rule of the genre, read on documents written here for other provinces, other bodies and other wording
than the tuning documents that showed the miss: a plan laid out by periods (a period on a line of its own heads the
items done then), a person put in charge by name and office in a closing sentence ("Đ/c …, … phụ trách."), a bracket
that names the part of a body meant, a partner named by its kind in lower case between "chủ trì," and "phối hợp", the
flood, hot and dry seasons as deadlines, and the closing bracket that gives the doer and the time as a table's two
columns. Which document of a rule was kept back (written before the rule and run once after it, with no tuning after
that run) and which was written after the rule, its docstring says.
"""

import io

from docparse import parse, parse_text
from docparse.model import Task


def _plan(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> str:
    return (
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ TÂN\nSố: 19/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Phú Tân, ngày 15 tháng 01 năm 2027\nKẾ HOẠCH\nThực hiện công tác năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác.\n"
        f"{section}\n{body}\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
    )


def _tasks(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> list[Task]:
    return parse_text(_plan(body, section)).tasks


def _times(tasks: list[Task]) -> list[str | None]:
    return [task.timeframe.raw if task.timeframe else None for task in tasks]


# ---------------------------------------------------------------------------------------------------------------------
# A plan laid out by time opens its list with a period on a line of its own and puts the items done then under it,
# then the next period ("Tháng 12/2026 - tháng 01/2027" / "- …" / "Học kỳ II năm học 2026 - 2027" / "- …" / "Hè năm
# 2027" / "Thường xuyên"): the period is the time of each item under it, the item's own time joined after it.
# ---------------------------------------------------------------------------------------------------------------------

SCHOOL_PERIODS = (
    "PHÒNG GIÁO DỤC\nTRƯỜNG TIỂU HỌC HÒA BÌNH\nSố: 14/KH-THHB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 02 tháng 3 năm 2027\nKẾ HOẠCH\n"
    "Phòng, chống đuối nước cho học sinh năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nGiảm thiểu tai nạn đuối nước ở trẻ em.\n"
    "II. NỘI DUNG VÀ TIẾN ĐỘ\n"
    "Quý II/2027\n"
    "- Tổ chuyên môn khối 4, 5 lồng ghép kỹ năng an toàn khi đi bơi vào tiết Hoạt động trải nghiệm.\n"
    '- Liên đội phát động cuộc thi vẽ tranh "Em với dòng sông an toàn".\n'
    "Từ tháng 6 đến tháng 8/2027\n"
    "- Phối hợp với Trung tâm Văn hóa - Thể thao xã mở 02 lớp dạy bơi miễn phí cho học sinh lớp 3.\n"
    "- Giáo viên chủ nhiệm nhắc nhở phụ huynh trông giữ con em trong dịp nghỉ hè; báo cáo Ban Giám hiệu trước ngày "
    "31/8/2027.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác bộ phận triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_a_period_heading_gives_its_time_to_the_items_under_it_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    tasks = parse_text(SCHOOL_PERIODS).tasks
    assert [task.text[:20] for task in tasks] == [
        "Tổ chuyên môn khối 4",
        "Liên đội phát động c",
        "Phối hợp với Trung t",
        "Giáo viên chủ nhiệm ",
    ]
    assert _times(tasks) == [
        "Quý II/2027",
        "Quý II/2027",
        "Từ tháng 6 đến tháng 8/2027",
        "Từ tháng 6 đến tháng 8/2027; trước ngày 31/8/2027",
    ]


def _docx(paragraphs: list[tuple[str, bool]]) -> bytes:
    from docx import Document

    document = Document()
    for text, bold in paragraphs:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_period_headings_of_a_health_station_in_a_docx():
    """Written with the rule: a commune health station's DOCX, its periods in bold, a summer and "Thường xuyên"."""
    lines = [
        ("TRẠM Y TẾ XÃ TÂN LẬP", True),
        ("Số: 08/KH-TYT", False),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("Tân Lập, ngày 05 tháng 01 năm 2027", False),
        ("KẾ HOẠCH", True),
        ("Phòng, chống dịch bệnh mùa hè năm 2027", True),
        ("I. MỤC ĐÍCH", True),
        ("Chủ động phòng, chống dịch bệnh.", False),
        ("II. NỘI DUNG THEO THỜI GIAN", True),
        ("Tháng 3 - tháng 4/2027", True),
        ("- Nhân viên y tế thôn bản rà soát trẻ dưới 5 tuổi chưa tiêm đủ mũi.", False),
        ("Hè năm 2027", True),
        ("- Tổ chức 03 đợt phun hóa chất diệt muỗi tại các thôn có ca bệnh.", False),
        ("- Truyền thông phòng bệnh tay chân miệng trên loa truyền thanh xã.", False),
        ("Thường xuyên", True),
        ("- Giám sát ca bệnh, báo cáo Trung tâm Y tế khu vực trong vòng 24 giờ kể từ khi phát hiện.", False),
        ("III. TỔ CHỨC THỰC HIỆN", True),
        ("Các bộ phận triển khai thực hiện./.", False),
    ]
    tasks = parse(_docx(lines), "kehoach.docx").tasks
    assert _times(tasks) == [
        "Tháng 3 - tháng 4/2027",
        "Hè năm 2027",
        "Hè năm 2027",
        "Thường xuyên; trong vòng 24 giờ kể từ khi phát hiện",
    ]
    assert (
        tasks[1].timeframe is not None and tasks[1].timeframe.due == "2027-08-31"
    )  # the summer ends in August


def test_a_time_line_after_an_item_in_a_numbered_list_is_not_a_heading():
    """Written with the rule: a bare time under a numbered item whose list opened with no period stays the item's."""
    tasks = _tasks(
        "1. Phòng Văn hóa - Xã hội tổ chức giải bóng đá thiếu niên.\n"
        "2. Phòng Kinh tế kiểm tra an toàn thực phẩm tại chợ xã.\n"
        "3. Công an xã tuần tra bảo đảm an ninh trật tự."
    )
    assert _times(tasks) == [None, None, None]


# ---------------------------------------------------------------------------------------------------------------------
# A Party cell's resolution puts one of its members in charge of each item by name and office, in a sentence of its own
# after the item ("Đ/c Nguyễn Văn Đoàn, Phó Bí thư Chi bộ - Trưởng thôn phụ trách."): the person leads, named as
# printed (the labels' practice for a named official: "Đồng chí Trần Quốc Bảo, Phó Chủ tịch …", "Bác sĩ …").
# ---------------------------------------------------------------------------------------------------------------------

CELL_RESOLUTION = (
    "ĐẢNG BỘ XÃ MƯỜNG KHƯƠNG\nCHI BỘ BẢN NA LỐC\n*\nSố 03-NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Mường Khương, ngày 04 tháng 3 năm 2027\nNGHỊ QUYẾT\nLãnh đạo thực hiện nhiệm vụ tháng 3 năm 2027\n"
    "Tại kỳ sinh hoạt ngày 04/3/2027, Chi bộ bản Na Lốc thống nhất quyết nghị:\n"
    "I. KẾT QUẢ THÁNG 02/2027\nHoàn thành tiêm phòng đàn gia súc đợt 1.\n"
    "II. NHIỆM VỤ THÁNG 3/2027\n"
    "- Tu sửa rãnh thoát nước trục đường chính của bản trước ngày 20/3/2027. Đ/c Lò Văn Pấng, Phó Bí thư Chi bộ - "
    "Trưởng bản phụ trách.\n"
    "- Hướng dẫn các hộ chăm sóc 12 ha chè vụ xuân, phòng trừ sâu bệnh. Đ/c Vi Thị Mai, Chi hội trưởng Hội Nông dân "
    "thực hiện.\n"
    "- Vận động 100% hộ tham gia bảo hiểm y tế; phối hợp với Trạm Y tế xã.\n"
    "III. TỔ CHỨC THỰC HIỆN\nGiao đồng chí Bí thư Chi bộ tổ chức thực hiện Nghị quyết./.\n"
    "Nơi nhận:\n- Đảng ủy xã;\n- Lưu Chi bộ.\nT/M CHI BỘ\nBÍ THƯ\nGiàng Seo Chứ\n"
)


def test_a_member_put_in_charge_by_name_and_office_leads_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    tasks = parse_text(CELL_RESOLUTION).tasks
    assert [(task.lead, task.coord) for task in tasks] == [
        (["Đ/c Lò Văn Pấng, Phó Bí thư Chi bộ - Trưởng bản"], []),
        (["Đ/c Vi Thị Mai, Chi hội trưởng Hội Nông dân"], []),
        ([], ["Trạm Y tế xã"]),
    ]


def test_a_member_in_charge_over_the_body_the_cell_leads():
    """Written with the rule: "Lãnh đạo Chi hội Phụ nữ tổ chức …" is the cell's verb; the member named after leads. A
    closing sentence that names a body ("Ban Công tác Mặt trận thực hiện.") is read as before."""
    text = CELL_RESOLUTION.replace(
        "- Vận động 100% hộ tham gia bảo hiểm y tế; phối hợp với Trạm Y tế xã.\n",
        "- Lãnh đạo Chi hội Phụ nữ bản tổ chức ngày hội văn hóa các dân tộc. Đồng chí Sùng Thị Dua, Chi hội trưởng "
        "Phụ nữ phụ trách.\n"
        "- Dọn vệ sinh nhà văn hóa bản trước ngày 25/3/2027. Ban Công tác Mặt trận bản thực hiện.\n",
    )
    leads = [task.lead for task in parse_text(text).tasks]
    assert leads[2:] == [["Đồng chí Sùng Thị Dua, Chi hội trưởng Phụ nữ"], ["Ban Công tác Mặt trận bản"]]


# ---------------------------------------------------------------------------------------------------------------------
# A bracket after a unit that names the part of the body meant ("Công an thành phố (Phòng Cảnh sát điều tra tội phạm
# về ma túy)") is part of the unit, as the labels keep it ("Tỉnh Hội (Ban Tuyên truyền - Công tác xã hội)"); a note on
# the unit ("(thuê Công ty … thi công)") is not.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_bracket_naming_the_part_of_the_body_stays_with_the_unit():
    """Written after the rule (not kept back)."""
    tasks = _tasks(
        "1. Tuyên truyền phòng, chống ma túy trong các cơ sở tôn giáo.\n"
        "- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\n"
        "- Đơn vị phối hợp: Hội Liên hiệp Phụ nữ xã; Công an tỉnh (Phòng Cảnh sát điều tra tội phạm về ma túy).\n"
        "2. Sửa chữa nhà văn hóa các thôn.\n"
        "- Đơn vị thực hiện: Ban Quản lý dự án xã (thuê đơn vị có năng lực thi công)."
    )
    assert [(task.lead, task.coord) for task in tasks] == [
        (
            ["Phòng Văn hóa - Xã hội"],
            ["Hội Liên hiệp Phụ nữ xã", "Công an tỉnh (Phòng Cảnh sát điều tra tội phạm về ma túy)"],
        ),
        (["Ban Quản lý dự án xã"], []),
    ]


def test_a_bracket_naming_a_department_of_a_union():
    """Written after the rule (not kept back): a provincial association's department in brackets."""
    tasks = _tasks(
        "1. Tập huấn kỹ năng sơ cấp cứu cho tình nguyện viên.\n"
        "- Cơ quan chủ trì: Hội Chữ thập đỏ tỉnh (Ban Công tác xã hội).\n"
        "- Thời gian: quý II/2027."
    )
    assert [(task.lead, _times([task])[0]) for task in tasks] == [
        (["Hội Chữ thập đỏ tỉnh (Ban Công tác xã hội)"], "quý II/2027")
    ]


# ---------------------------------------------------------------------------------------------------------------------
# Between the two roles ("X chủ trì, Y phối hợp") the partner may be named by its kind in lower case, whichever of its
# kind works there: "doanh nghiệp viễn thông", "ngân hàng thương mại trên địa bàn", "đơn vị cung cấp dịch vụ".
# ---------------------------------------------------------------------------------------------------------------------


def test_a_partner_named_by_its_kind_in_lower_case_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    tasks = _tasks(
        "1. Hướng dẫn tiểu thương mở tài khoản thanh toán, in mã QR tại 03 chợ; Phòng Kinh tế, Hạ tầng và Đô thị chủ "
        "trì, ngân hàng thương mại trên địa bàn phối hợp; trong quý II/2027.\n"
        "2. Lắp đặt camera giám sát an ninh tại chợ Hòa Khánh; Công an phường chủ trì, đơn vị cung cấp dịch vụ viễn "
        "thông phối hợp; hoàn thành trước ngày 30/6/2027."
    )
    assert [(task.lead, task.coord) for task in tasks] == [
        (["Phòng Kinh tế, Hạ tầng và Đô thị"], ["ngân hàng thương mại trên địa bàn"]),
        (["Công an phường"], ["đơn vị cung cấp dịch vụ viễn thông"]),
    ]


def test_a_cooperative_named_by_its_kind_in_lower_case():
    """Written after the rule: a farm extension plan; "các hộ dân" is no partner (no kind of body)."""
    tasks = _tasks(
        "1. Xây dựng mô hình lúa hữu cơ 20 ha; Trạm Khuyến nông chủ trì, hợp tác xã nông nghiệp phối hợp; vụ Hè Thu "
        "năm 2027.\n"
        "2. Chuyển giao kỹ thuật tưới tiết kiệm; Phòng Kinh tế chủ trì, các hộ dân tham gia thực hiện."
    )
    assert [task.coord for task in tasks] == [["hợp tác xã nông nghiệp"], []]


# ---------------------------------------------------------------------------------------------------------------------
# The Mekong delta's flood season, the hot and the dry seasons are seasons of the weather as the rainy and the stormy
# ones are: "hoàn thành trước mùa nước nổi năm 2027", "trước mùa nắng nóng", "trong mùa hanh khô".
# ---------------------------------------------------------------------------------------------------------------------


def test_the_flood_and_the_hot_season_are_deadlines_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    tasks = _tasks(
        "1. Phòng Kinh tế chủ trì, phối hợp với Ban Chỉ huy Quân sự xã kiểm tra, gia cố 12 km đê bao các ấp ven sông "
        "Hậu, hoàn thành trước mùa nước nổi năm 2027.\n"
        "2. Trạm Y tế xã hướng dẫn người cao tuổi phòng chống say nắng, sốc nhiệt trước mùa nắng nóng."
    )
    assert _times(tasks) == ["hoàn thành trước mùa nước nổi năm 2027", "trước mùa nắng nóng"]


def test_the_dry_season_of_a_forest_plan():
    """Written after the rule: a forest protection station's patrols."""
    tasks = _tasks("1. Trạm Kiểm lâm địa bàn tuần tra phòng cháy rừng trong mùa hanh khô.")
    assert _times(tasks) == ["trong mùa hanh khô"]


# ---------------------------------------------------------------------------------------------------------------------
# The closing bracket of an item gives its doer and its time, a table's two columns on a line: "(Bộ phận bán trú; ngày
# 15/02/2027)", "(Liên đội, Chi đoàn giáo viên; thường xuyên)". A school's Young Pioneer brigade ("Liên đội") is a body.
# ---------------------------------------------------------------------------------------------------------------------


def test_the_closing_bracket_names_the_doer_and_the_time():
    """Written after the rule (not kept back): a boarding school's plan."""
    tasks = _tasks(
        "a) Tổ chức bữa ăn bán trú cho học sinh ngay từ ngày đầu tiên trở lại trường (Bộ phận cấp dưỡng; ngày 22/02/2027).\n"
        "b) Duy trì sinh hoạt câu lạc bộ đọc sách buổi tối (Liên đội, Chi đoàn giáo viên; thường xuyên).\n"
        "c) Tổ chức giải bóng chuyền hơi (Phòng Văn hóa - Xã hội; quý II/2027)."
    )
    assert [(task.lead, _times([task])[0]) for task in tasks] == [
        (["Bộ phận cấp dưỡng"], "ngày 22/02/2027"),
        (["Liên đội", "Chi đoàn giáo viên"], "thường xuyên"),
        (["Phòng Văn hóa - Xã hội"], "quý II/2027"),
    ]


def test_a_closing_bracket_with_a_time_and_no_doer_names_no_lead():
    """Written after the rule: "(khoảng 200 hộ; tháng 5/2027)" names a quantity, not a doer."""
    tasks = _tasks("1. Cấp phát tờ rơi phòng chống dịch cho các hộ dân (khoảng 200 hộ; tháng 5/2027).")
    assert [task.lead for task in tasks] == [[]]


# ---------------------------------------------------------------------------------------------------------------------
# "… do X phụ trách." closing the item: the verb closes the clause; it names no portfolio of the unit ("Phó Chủ tịch
# phụ trách văn hóa" does), so X leads.
# ---------------------------------------------------------------------------------------------------------------------

HOSPITAL_DONE_BY = (
    "SỞ Y TẾ TỈNH NGHỆ AN\nBỆNH VIỆN PHỤC HỒI CHỨC NĂNG\nSố: 22/KH-BVPHCN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nVinh, ngày 10 tháng 01 năm 2027\nKẾ HOẠCH\nNâng cao sự hài lòng của người bệnh năm "
    "2027\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng phục vụ.\nII. NỘI DUNG THỰC HIỆN\n"
    "1. Bố trí xe đưa đón người bệnh khó khăn đi lại từ bến xe về bệnh viện, do Tổ Hành chính - Vận chuyển phụ "
    "trách.\n"
    "2. Sắp xếp chỗ ngồi chờ, nước uống miễn phí tại khu khám bệnh do Phòng Điều dưỡng phụ trách; trong quý I/2027.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác khoa, phòng triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_the_unit_in_charge_after_do_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    tasks = parse_text(HOSPITAL_DONE_BY).tasks
    assert [(task.lead, _times([task])[0]) for task in tasks] == [
        (["Tổ Hành chính - Vận chuyển"], None),
        (["Phòng Điều dưỡng"], "trong quý I/2027"),
    ]


def test_the_unit_in_charge_after_do_in_a_commune():
    """Written after the rule: a commune's plan; an office holder with a portfolio keeps it."""
    tasks = _tasks(
        "1. Chỉnh trang khuôn viên nhà văn hóa xã, do Ban Quản lý nhà văn hóa phụ trách.\n"
        "2. Đồng chí Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa chỉ đạo tổ chức Hội thi văn nghệ quần chúng."
    )
    assert [task.lead for task in tasks] == [
        ["Ban Quản lý nhà văn hóa"],
        ["Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa"],
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A programme's own rounds are periods of it: a convalescence centre's rounds ("đợt"), a school's courses ("khóa
# học"): "mỗi đợt điều dưỡng một lần", "vào tối thứ Bảy của mỗi đợt", "Cuối mỗi đợt …"; once a period with what is done
# said between ("mỗi quý mở hòm thư một lần"); the week of every period said with "của" alone ("vào tuần cuối của
# quý"). A round's length ("mỗi đợt 10 ngày") is no time.
# ---------------------------------------------------------------------------------------------------------------------

VOCATIONAL_SCHOOL = (
    "SỞ NỘI VỤ TỈNH QUẢNG NGÃI\nTRƯỜNG TRUNG CẤP NGHỀ DUNG QUẤT\nSố: 31/KH-TCN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 12 tháng 01 năm 2027\nKẾ HOẠCH\nĐào tạo nghề cho lao động nông "
    "thôn năm 2027\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng đào tạo.\nII. NỘI DUNG THỰC HIỆN\n"
    "1. Tổ chức cho học viên tham quan doanh nghiệp trong Khu kinh tế Dung Quất; Phòng Đào tạo thực hiện, mỗi khóa "
    "học một lần.\n"
    "2. Phối hợp với Đoàn Thanh niên xã tổ chức sinh hoạt ngoại khóa vào chiều thứ Bảy của mỗi đợt học.\n"
    "3. Cuối mỗi khóa học lấy ý kiến học viên về chất lượng giảng dạy, tổng hợp vào tuần cuối của tháng.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác phòng, khoa triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_the_rounds_of_a_programme_are_its_periods_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    assert _times(parse_text(VOCATIONAL_SCHOOL).tasks) == [
        "mỗi khóa học một lần",
        "vào chiều thứ Bảy của mỗi đợt học",
        "Cuối mỗi khóa học; vào tuần cuối của tháng",
    ]


def test_the_rounds_of_a_campaign_and_a_round_length():
    """Written after the rule: a youth union's campaign; a round's length and a dated week are not periodicities."""
    tasks = _tasks(
        "1. Tổ chức 04 đợt ra quân làm sạch bãi biển, mỗi đợt 02 ngày; Đoàn Thanh niên xã thực hiện.\n"
        "2. Đoàn Thanh niên xã tổng kết, rút kinh nghiệm, mỗi đợt ra quân một lần.\n"
        "3. Hội Liên hiệp Phụ nữ xã kiểm tra các hộ vào tuần cuối của quý II/2027.\n"
        "4. Ban Công tác Mặt trận các thôn mở hòm thư góp ý, mỗi tháng mở một lần."
    )
    assert _times(tasks) == [
        None,
        "mỗi đợt ra quân một lần",
        "vào tuần cuối của quý II/2027",
        "mỗi tháng mở một lần",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A PDF's page number under a table laid out by spaces (pdftotext -layout), alone on its line in a column: "Trang
# 1/3", "- 2 -" as a bare "2" was, no cell's text.
# ---------------------------------------------------------------------------------------------------------------------

LAYOUT_TABLE = """ỦY BAN NHÂN DÂN
PHƯỜNG HỘI AN
Số: 12/KH-UBND
KẾ HOẠCH
Bảo đảm trật tự đô thị mùa du lịch năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Giữ gìn mỹ quan phố cổ.
II. NỘI DUNG THỰC HIỆN
  TT         Nội dung                     Chủ trì              Phối hợp                 Thời gian
  1    Ra quân dẹp lấn chiếm vỉa hè   Công an phường       Đội Trật tự đô thị       Tháng 3/2027
       các tuyến phố cổ                                    phường
  2    Kiểm tra giá dịch vụ lưu trú   Phòng Kinh tế        Hội Du lịch phường       Quý II/2027
       tại các khu phố

                                                                                 Trang 1/3
\f
  TT         Nội dung                     Chủ trì              Phối hợp                 Thời gian
  3    Tuyên truyền văn minh du lịch  Phòng Văn hóa -      Đoàn Thanh niên          Thường xuyên
                                      Xã hội               phường
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện./.
"""


def test_a_page_footer_under_a_spaced_table_kept_back():
    """Kept back: written before the rule (it failed on the code before: "Quý II/2027 Trang 1/3"), run once after it;
    passed untuned."""
    tasks = parse(LAYOUT_TABLE.encode(), "kehoach.txt").tasks
    assert [(task.lead, task.coord, _times([task])[0]) for task in tasks] == [
        (["Công an phường"], ["Đội Trật tự đô thị phường"], "Tháng 3/2027"),
        (["Phòng Kinh tế"], ["Hội Du lịch phường"], "Quý II/2027"),
        (["Phòng Văn hóa - Xã hội"], ["Đoàn Thanh niên phường"], "Thường xuyên"),
    ]


def test_a_dashed_page_number_under_a_spaced_table():
    """Written after the rule: the footer "- 1 -" in the partner column."""
    text = LAYOUT_TABLE.replace(
        "                                                                                 Trang 1/3",
        "                                                          - 1 -",
    )
    tasks = parse(text.encode(), "kehoach.txt").tasks
    assert [task.coord for task in tasks] == [
        ["Đội Trật tự đô thị phường"],
        ["Hội Du lịch phường"],
        ["Đoàn Thanh niên phường"],
    ]


# ---------------------------------------------------------------------------------------------------------------------
# The heads of a residential group after "phối hợp với" are people in their role, as village heads are ("tổ trưởng
# (các) tổ dân phố", "trưởng khu phố"): partners as printed, not a unit "tổ".
# ---------------------------------------------------------------------------------------------------------------------

WARD_GROUP_HEADS = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG TRƯỜNG VINH\nSố: 08/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
    "phúc\nTrường Vinh, ngày 05 tháng 02 năm 2027\nKẾ HOẠCH\nPhòng, chống dịch sốt xuất huyết năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nKhông để dịch lan rộng.\nII. NỘI DUNG THỰC HIỆN\n"
    "1. Trạm Y tế phường phối hợp với tổ trưởng các tổ dân phố rà soát hộ gia đình có dụng cụ chứa nước đọng; hằng "
    "tháng.\n"
    "2. Công an phường phối hợp với tổ trưởng tổ dân phố, trưởng khu phố nắm tình hình người tạm trú.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_heads_of_residential_groups_are_partners_kept_back():
    """Kept back: written before the rule; it FAILED on its first run (coord "tổ": the people's pattern alone was not
    enough, a unit "tổ" was read first); passes since the people in their role are read before any unit (the tuning
    file failed the same way)."""
    tasks = parse_text(WARD_GROUP_HEADS).tasks
    assert [(task.lead, task.coord) for task in tasks] == [
        (["Trạm Y tế phường"], ["tổ trưởng các tổ dân phố"]),
        (["Công an phường"], ["tổ trưởng tổ dân phố", "trưởng khu phố"]),
    ]


def test_a_body_of_a_residential_group_is_still_a_unit():
    """Written after the rule: "Tổ dân phố số 3" named as a body stays a unit."""
    tasks = _tasks("1. Công an xã phối hợp với Tổ dân phố số 3 tuần tra ban đêm.")
    assert [task.coord for task in tasks] == [["Tổ dân phố số 3"]]


# ---------------------------------------------------------------------------------------------------------------------
# The closing bracket may give the doer and then its partners ("(Đoàn Nghệ thuật số 2; phối hợp Ủy ban Mặt trận … và
# Ban hành giáo các giáo xứ)"); a Catholic parish's lay council ("Ban hành giáo") is a body, not the verb "ban hành".
# ---------------------------------------------------------------------------------------------------------------------

PARISH_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ HẢI HẬU\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hải Hậu, ngày 20 tháng 01 năm 2027\nKẾ HOẠCH\nVận động đồng bào Công giáo tham gia xây dựng nông thôn mới năm "
    "2027\nI. MỤC ĐÍCH, YÊU CẦU\nPhát huy vai trò của chức sắc, chức việc.\nII. NỘI DUNG THỰC HIỆN\n"
    "1. Tổ chức gặp mặt chức sắc, chức việc các giáo họ nhân dịp Lễ Giáng sinh (Ủy ban Mặt trận Tổ quốc Việt Nam xã; "
    "phối hợp Ban hành giáo các giáo xứ Quần Phương, Kiên Lao).\n"
    "2. Vận động giáo dân hiến đất mở rộng đường liên thôn (Ban Phát triển thôn; phối hợp Hội Nông dân xã; quý "
    "II/2027).\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_the_closing_bracket_names_the_doer_and_its_partners_kept_back():
    """Kept back: written before the rule; it FAILED on its first run (task 1's bracket is longer than the 90
    characters the bracket of a unit alone was given); passes since the bracket may hold 200 (the tuning file's
    bracket is as long)."""
    tasks = parse_text(PARISH_PLAN).tasks
    assert [(task.lead, task.coord, _times([task])[0]) for task in tasks] == [
        (["Ủy ban Mặt trận Tổ quốc Việt Nam xã"], ["Ban hành giáo các giáo xứ Quần Phương, Kiên Lao"], None),
        (["Ban Phát triển thôn"], ["Hội Nông dân xã"], "quý II/2027"),
    ]


def test_a_closing_bracket_that_only_names_partners():
    """Written after the rule: "(phối hợp …)" alone names no doer."""
    tasks = _tasks(
        "1. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn (phối hợp Ban Công tác Mặt trận thôn)."
    )
    assert [(task.lead, task.coord) for task in tasks] == [([], ["Ban Công tác Mặt trận thôn"])]


# ---------------------------------------------------------------------------------------------------------------------
# The part of the school year before it belongs to the time, as the labels keep it ("vào đầu năm học 2027 - 2028",
# "hoàn thành trước khai giảng năm học 2027 - 2028"); a school year that qualifies what is done ("các khoản thu đầu
# năm học …") still yields to a dated deadline.
# ---------------------------------------------------------------------------------------------------------------------

SCHOOL_YEAR_PLAN = (
    "PHÒNG GIÁO DỤC\nTRƯỜNG THCS TÂN HIỆP\nSố: 09/KH-THCS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
    "phúc\nTân Hiệp, ngày 15 tháng 5 năm 2027\nKẾ HOẠCH\nChuẩn bị năm học mới\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm điều kiện dạy và học.\nII. NỘI DUNG THỰC HIỆN\n"
    "1. Tổ Văn phòng sửa chữa bàn ghế, quạt điện các phòng học, hoàn thành trước khai giảng năm học 2027 - 2028.\n"
    "2. Công đoàn trường vận động nhà hảo tâm tặng sách giáo khoa cho học sinh nghèo vào đầu năm học 2027 - 2028.\n"
    "3. Tổ Văn phòng công khai các khoản thu đầu năm học 2027 - 2028 trước ngày 15/9/2027.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác tổ triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_the_part_of_the_school_year_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    assert _times(parse_text(SCHOOL_YEAR_PLAN).tasks) == [
        "trước khai giảng năm học 2027 - 2028",
        "vào đầu năm học 2027 - 2028",
        "trước ngày 15/9/2027",
    ]


def test_the_end_of_a_school_year():
    """Written after the rule: a kindergarten's year-end work."""
    tasks = _tasks(
        "1. Trường Mầm non xã tổ chức tổng kết, trao giấy khen cho trẻ vào cuối năm học 2026 - 2027."
    )
    assert _times(tasks) == ["vào cuối năm học 2026 - 2027"]


# ---------------------------------------------------------------------------------------------------------------------
# A count per period with the weekday and the week of the month it falls on ("định kỳ 01 lần/tháng vào ngày thứ Tư
# tuần thứ hai", "02 lần/tháng vào sáng thứ Năm tuần thứ nhất và tuần thứ ba"): one time as printed.
# ---------------------------------------------------------------------------------------------------------------------

RECEPTION_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ NAM ĐÀN\nSố: 17/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Nam Đàn, ngày 05 tháng 01 năm 2027\nKẾ HOẠCH\nTiếp công dân và đối thoại năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nGiải quyết kịp thời kiến nghị của Nhân dân.\nII. NỘI DUNG THỰC HIỆN\n"
    "1. Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ 02 lần/tháng vào sáng thứ Năm tuần thứ nhất và tuần thứ "
    "ba.\n"
    "2. Tủ sách pháp luật lưu động phục vụ tại các thôn, định kỳ 01 lần/quý vào Chủ nhật tuần cuối.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_a_count_per_period_with_its_weekday_and_week_kept_back():
    """Kept back: written before the rule; it FAILED on its first run (the rule was first written into the
    alternative of "hằng/mỗi + period", while "02 lần/tháng" is read by the count-per-period one; the tuning file
    failed the same way); passes since the weekday follows the count per period."""
    assert _times(parse_text(RECEPTION_PLAN).tasks) == [
        "định kỳ 02 lần/tháng vào sáng thứ Năm tuần thứ nhất và tuần thứ ba",
        "định kỳ 01 lần/quý vào Chủ nhật tuần cuối",
    ]


def test_a_weekly_weekday_without_a_week():
    """Written after the rule: the weekday alone after a count per week, as before."""
    assert _times(_tasks("1. Đoàn Thanh niên xã sinh hoạt câu lạc bộ 01 lần/tuần vào tối thứ Sáu.")) == [
        "01 lần/tuần vào tối thứ Sáu"
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A daily duty from its hour or in its rush hours is a time, with the days it also holds on ("từ 06 giờ 30 hằng ngày,
# kể cả thứ Bảy, Chủ nhật", "giờ cao điểm sáng (6 giờ 30 - 8 giờ 30), chiều (16 giờ 30 - 19 giờ) hằng ngày"); "X chủ
# trì, Y thực hiện" makes Y a partner (a doer beside a lead, LABELING.md §3).
# ---------------------------------------------------------------------------------------------------------------------

HOSPITAL_HOURS = (
    "SỞ Y TẾ TỈNH THANH HÓA\nBỆNH VIỆN ĐA KHOA KHU VỰC NGỌC LẶC\nSố: 18/KH-BV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nNgọc Lặc, ngày 06 tháng 01 năm 2027\nKẾ HOẠCH\nCải tiến quy trình khám bệnh năm "
    "2027\nI. MỤC ĐÍCH, YÊU CẦU\nRút ngắn thời gian chờ khám.\nII. NỘI DUNG THỰC HIỆN\n"
    "1. Phòng Công tác xã hội bố trí nhân viên hướng dẫn người bệnh tại sảnh khám bệnh từ 06 giờ 00 hằng ngày, kể cả "
    "ngày nghỉ, ngày lễ.\n"
    "2. Đội Bảo vệ điều tiết xe ra vào cổng bệnh viện vào giờ cao điểm sáng (6 giờ - 8 giờ) hằng ngày.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác khoa, phòng triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_a_daily_duty_from_its_hour_kept_back():
    """Kept back: written before the rule, run once after it; the times passed untuned (task 2's lead read "Đội Bảo
    vệ điều tiết xe ra vào": "điều tiết" was then added to the verbs of the genre)."""
    tasks = parse_text(HOSPITAL_HOURS).tasks
    assert _times(tasks) == [
        "từ 06 giờ 00 hằng ngày, kể cả ngày nghỉ, ngày lễ",
        "giờ cao điểm sáng (6 giờ - 8 giờ) hằng ngày",
    ]
    assert [task.lead for task in tasks] == [["Phòng Công tác xã hội"], ["Đội Bảo vệ"]]


def test_a_daily_life_is_no_time():
    """Written after the rule: "hằng ngày" with no hour still qualifies a noun."""
    assert _times(_tasks("1. Hội Liên hiệp Phụ nữ xã hướng dẫn hội viên ghi chép chi tiêu hằng ngày.")) == [
        None
    ]


def test_a_doer_beside_the_lead_is_a_partner_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    tasks = _tasks(
        "1. Khoa Kiểm soát bệnh tật chủ trì, các Trạm Y tế xã thực hiện: rà soát đối tượng tiêm chủng, lập danh "
        "sách; trước ngày 20 hằng tháng.\n"
        "2. Phòng Kế hoạch - Nghiệp vụ chủ trì, Đội Y tế lưu động thực hiện tiêm vét tại các ấp vùng sâu; quý II/2027."
    )
    assert [(task.lead, task.coord) for task in tasks] == [
        (["Khoa Kiểm soát bệnh tật"], ["các Trạm Y tế xã"]),
        (["Phòng Kế hoạch - Nghiệp vụ"], ["Đội Y tế lưu động"]),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# Once a period with what is done once said between, in five syllables at most ("định kỳ 06 tháng rút kinh nghiệm một
# lần", "mỗi quý mở hòm thư một lần"), as the labels keep it.
# ---------------------------------------------------------------------------------------------------------------------

BORDER_DEFENCE_PLAN = (
    "BỘ CHỈ HUY QUÂN SỰ TỈNH\nBAN CHỈ HUY PHÒNG THỦ KHU VỰC 2\nSố: 05/KH-BCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nMai Sơn, ngày 10 tháng 01 năm 2027\nKẾ HOẠCH\nCông tác dân vận năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nXây dựng thế trận lòng dân vững chắc.\nII. NỘI DUNG THỰC HIỆN\n"
    "1. Cơ quan Chính trị cử 02 tổ công tác về các bản đặc biệt khó khăn giúp dân làm nhà, định kỳ 03 tháng sơ kết "
    "một lần.\n"
    "2. Đại đội Bộ binh 2 phối hợp với Đồn Biên phòng Chiềng Khương tuần tra, 06 tháng tổng kết rút kinh nghiệm một "
    "lần.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_once_a_period_with_what_is_done_between_kept_back():
    """Kept back: written before the rule; task 2 FAILED on its first run (four syllables between, the rule's first
    bound was three); passes since the bound is five syllables (a Vietnamese activity of two words is four)."""
    assert _times(parse_text(BORDER_DEFENCE_PLAN).tasks) == [
        "định kỳ 03 tháng sơ kết một lần",
        "06 tháng tổng kết rút kinh nghiệm một lần",
    ]


def test_once_a_period_does_not_reach_over_a_sentence():
    """Written after the rule: a count of times in a later sentence is not the period's."""
    times = _times(
        _tasks("1. Hội Nông dân xã mở lớp tập huấn trong 03 tháng. Mỗi hội viên tham gia một lần.")
    )
    assert not any(time and "một lần" in time for time in times)


# ---------------------------------------------------------------------------------------------------------------------
# The limit named as the time its handling takes ("thời hạn xử lý không quá 05 ngày làm việc", "thời hạn giải quyết
# không quá 03 ngày làm việc"): the limit is the time, as "không quá 30 ngày kể từ …" is.
# ---------------------------------------------------------------------------------------------------------------------


def test_the_limit_of_handling_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    tasks = _tasks(
        "1. Bộ phận Một cửa tiếp nhận hồ sơ đăng ký hộ kinh doanh; thời hạn giải quyết không quá 03 ngày làm việc.\n"
        "2. Phòng Văn hóa - Xã hội trả lời phản ánh về trật tự đô thị qua Zalo, thời hạn trả lời không quá 05 ngày "
        "làm việc."
    )
    assert _times(tasks) == ["không quá 03 ngày làm việc", "không quá 05 ngày làm việc"]


def test_a_length_that_is_no_limit():
    """Written after the rule: "không quá 20 người" counts people, not days."""
    assert _times(_tasks("1. Trạm Y tế xã tổ chức lớp tập huấn, mỗi lớp không quá 20 người.")) == [None]


def test_the_limit_of_handling_from_its_event():
    """Written after the rule (a tuning file got worse with its first form): the event the limit counts from is
    part of it."""
    tasks = _tasks(
        "1. Ủy ban nhân dân xã trả lời kiến nghị của Nhân dân sau hội nghị đối thoại, thời hạn trả lời không quá 30 "
        "ngày kể từ ngày đối thoại."
    )
    assert _times(tasks) == ["không quá 30 ngày kể từ ngày đối thoại"]


# ---------------------------------------------------------------------------------------------------------------------
# A text copy that gives a table's cells one a line may wrap a unit's name at its dash ("Phòng Tài chính -" /
# "Kế toán"): the name goes on on the next line, and the units start where it starts, whatever the next line opens
# with ("Kế toán", "Thanh tra" open units of their own elsewhere).
# ---------------------------------------------------------------------------------------------------------------------

RUBBER_COMPANY_CELLS = """CÔNG TY TNHH MTV CAO SU KON TUM
Số: 14/KH-CTCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 05 tháng 01 năm 2027
KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Phát huy quyền làm chủ của người lao động.
II. NỘI DUNG THỰC HIỆN
TT
Nội dung
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian
1
Công khai quy chế trả lương,
thưởng cho người lao động
Phòng Tổ chức -
Lao động
Công đoàn Công ty
Quý I/2027
2
Rà soát, xử lý đơn thư của
công nhân các nông trường
Phòng Pháp chế -
Thanh tra
Các nông trường
Trước ngày
30/6/2027
III. TỔ CHỨC THỰC HIỆN
Các phòng, nông trường triển khai thực hiện./.
"""


def test_a_unit_wrapped_at_its_dash_in_a_cell_kept_back():
    """Kept back: written before the rule; it FAILED on its first run (row 2: the rule joined the lead's lines, but the
    row's text took "Phòng Pháp chế -", the line being a little too long for the width test that opens the units);
    passes since the units open on the line the wrapped name starts on."""
    tasks = parse(RUBBER_COMPANY_CELLS.encode(), "kehoach.txt").tasks
    assert [(task.lead, task.coord) for task in tasks] == [
        (["Phòng Tổ chức - Lao động"], ["Công đoàn Công ty"]),
        (["Phòng Pháp chế - Thanh tra"], ["Các nông trường"]),
    ]
    assert tasks[1].text == "Rà soát, xử lý đơn thư của công nhân các nông trường"


def test_a_partner_wrapped_at_its_dash_in_a_cell():
    """Written after the rule: the partner's name wrapped at its dash."""
    text = RUBBER_COMPANY_CELLS.replace("Công đoàn Công ty\n", "Phòng Tài chính -\nKế toán\n")
    tasks = parse(text.encode(), "kehoach.txt").tasks
    assert tasks[0].coord == ["Phòng Tài chính - Kế toán"]


# ---------------------------------------------------------------------------------------------------------------------
# A military unit's infirmary is a body ("Bệnh xá Trung đoàn", "Bệnh xá quân dân y kết hợp của Đoàn").
# ---------------------------------------------------------------------------------------------------------------------

REGIMENT_PLAN = (
    "SƯ ĐOÀN 316\nTRUNG ĐOÀN 98\nSố: 07/KH-TrĐ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Văn Bàn, ngày 08 tháng 01 năm 2027\nKẾ HOẠCH\nCông tác dân vận năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nGiúp đỡ Nhân dân phát triển kinh tế - xã hội.\nII. NỘI DUNG THỰC HIỆN\n"
    "1. Bệnh xá Trung đoàn phối hợp với Trạm Y tế xã Nậm Xé khám bệnh, cấp thuốc miễn phí cho đồng bào các bản vùng "
    "cao; quý II/2027.\n"
    "2. Bệnh xá quân y của Tiểu đoàn 1 hướng dẫn Nhân dân vệ sinh phòng bệnh mùa mưa.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
)


def test_a_military_infirmary_leads_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    tasks = parse_text(REGIMENT_PLAN).tasks
    assert [(task.lead, task.coord) for task in tasks] == [
        (["Bệnh xá Trung đoàn"], ["Trạm Y tế xã Nậm Xé"]),
        (["Bệnh xá quân y của Tiểu đoàn 1"], []),
    ]


def test_a_military_infirmary_as_a_partner():
    """Written after the rule: the infirmary after "phối hợp với"."""
    tasks = _tasks(
        "1. Trạm Y tế xã phối hợp với Bệnh xá Đồn Biên phòng Thu Lũm khám bệnh cho Nhân dân; quý III/2027."
    )
    assert [task.coord for task in tasks] == [["Bệnh xá Đồn Biên phòng Thu Lũm"]]


# ---------------------------------------------------------------------------------------------------------------------
# After "Đối tượng:" (whom an inspection or a campaign is done to), "Thành phần:" (who attends) or "Địa điểm:" comes
# no doer: an inspection plan's item names its targets so, and the member in charge in a later sentence.
# ---------------------------------------------------------------------------------------------------------------------

INSPECTION_PLAN = (
    "ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ CẨM XUYÊN\n*\nSố 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Cẩm Xuyên, ngày 10 tháng 01 năm 2027\nKẾ HOẠCH\nKiểm tra, giám sát năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng công tác kiểm tra.\nII. NỘI DUNG KIỂM TRA, GIÁM SÁT\n"
    "1. Kiểm tra việc thực hiện Quy định về những điều đảng viên không được làm\n"
    "Đối tượng: Chi bộ thôn Tân Hòa, Chi bộ Trạm Y tế xã. Thời gian: quý III/2027. Đồng chí Chủ nhiệm Ủy ban Kiểm "
    "tra Đảng ủy phụ trách.\n"
    "2. Giám sát việc quản lý, sử dụng quỹ hội\n"
    "Đối tượng: Hội Cựu chiến binh xã, Hội Nông dân xã. Thời gian: tháng 11/2027.\n"
    "III. TỔ CHỨC THỰC HIỆN\nỦy ban Kiểm tra Đảng ủy giúp Ban Chấp hành tổ chức thực hiện./.\n"
    "Nơi nhận:\n- Lưu VPĐU.\nT/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Hòa\n"
)


def test_the_targets_of_an_inspection_are_no_doers_kept_back():
    """Kept back: written before the rule, run once after it; passed untuned."""
    tasks = parse_text(INSPECTION_PLAN).tasks
    assert [(task.lead, _times([task])[0]) for task in tasks] == [
        (["Đồng chí Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"], "quý III/2027"),
        ([], "tháng 11/2027"),
    ]


def test_the_participants_of_a_meeting_are_no_doers():
    """Written after the rule: "Thành phần:" after a run-in title."""
    tasks = _tasks(
        "1. Hội nghị đối thoại với Nhân dân về giải phóng mặt bằng: Thành phần: Ủy ban nhân dân xã, Ủy ban Mặt trận Tổ "
        "quốc Việt Nam xã, đại diện các hộ dân; thời gian: quý II/2027."
    )
    assert [task.lead for task in tasks] == [[]]
