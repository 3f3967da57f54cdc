"""The rules of the twelfth round's breadth area (docs/docparse.md, "Twelfth round", **Breadth (r12-breadth)**).

The area wrote tuning documents of layouts the corpus lacked (`tune/r12b-*`), then taught the parser to read them.
Every rule is a rule of the genre (how Vietnamese offices set out what they ask), read here on documents written for
other provinces, other bodies and other wording than the tuning documents. For each rule one document was kept back:
written apart from the rule, checked once; its docstring says whether it fails without the rule (the parser of
5f39ad9).
"""

from docparse import fold, parse_text
from docparse.model import Task
from docparse.tables import tasks_from_table


def _tasks(left: str, kind: str, title: str, body: str, place: str = "Hòa Bình") -> list[Task]:
    text = (
        f"{left}\nSố: 15/HD-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"{place}, ngày 12 tháng 3 năm 2027\n{kind}\n{title}\n{body}\nCHỦ TỊCH\nNguyễn Văn Bình\nNơi nhận:\n- Lưu: VT.\n"
    )
    return parse_text(text).tasks


# ---------------------------------------------------------------------------------------------------------------------
# A guidance sets out its procedure as steps ("II. CÁC BƯỚC THỰC HIỆN", "Bước 1. …"), each step with its doer and time.
# ---------------------------------------------------------------------------------------------------------------------


def test_the_steps_of_a_guidance_are_its_tasks() -> None:
    tasks = _tasks(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH",
        "HƯỚNG DẪN",
        "Đăng ký hộ gia đình văn hóa năm 2027",
        "I. YÊU CẦU\nBảo đảm công khai, đúng quy định.\n"
        "II. TRÌNH TỰ THỰC HIỆN\n"
        "Bước 1: Hộ gia đình đăng ký với Ban điều hành tổ dân phố\n"
        "- Người thực hiện: Tổ trưởng tổ dân phố.\n- Thời gian: trước ngày 31/3/2027.\n"
        "Bước 2: Bình xét tại hội nghị tổ dân phố\n"
        "- Người thực hiện: Ban công tác Mặt trận tổ dân phố.\n- Thời gian: tháng 11/2027.\n"
        "III. TỔ CHỨC THỰC HIỆN\nCông chức Văn hóa - Xã hội tổng hợp, báo cáo trước ngày 15/12/2027.",
    )
    assert [(task.no, task.text[:20]) for task in tasks] == [
        ("1", "Hộ gia đình đăng ký "),
        ("2", "Bình xét tại hội ngh"),
    ]
    assert [task.lead for task in tasks] == [["Tổ trưởng tổ dân phố"], ["Ban công tác Mặt trận tổ dân phố"]]


def test_kept_back_a_departments_steps_in_capitals() -> None:
    """Kept back: a department's guidance whose steps are in capitals under "Các bước tiến hành"; fails without the
    rule (no task found)."""
    tasks = _tasks(
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ NỘI VỤ",
        "HƯỚNG DẪN",
        "Tổ chức lấy phiếu tín nhiệm đối với trưởng thôn năm 2027",
        "1. Mục đích\nĐánh giá đúng năng lực của trưởng thôn.\n"
        "2. Các bước tiến hành\n"
        "BƯỚC 1. Lập danh sách cử tri đại diện hộ gia đình\n"
        "Trách nhiệm: Ủy ban nhân dân các xã. Thời gian: trong tháng 4/2027.\n"
        "BƯỚC 2. Tổ chức hội nghị thôn lấy phiếu tín nhiệm\n"
        "Trách nhiệm: Ban công tác Mặt trận thôn. Thời gian: trong tháng 5/2027.\n"
        "3. Tổ chức thực hiện\nỦy ban nhân dân các xã báo cáo kết quả về Sở Nội vụ trước ngày 15/6/2027.",
        place="Lạng Sơn",
    )
    assert [(task.no, task.text[:20]) for task in tasks] == [
        ("1", "Lập danh sách cử tri"),
        ("2", "Tổ chức hội nghị thô"),
    ]
    assert [task.lead for task in tasks] == [["Ủy ban nhân dân các xã"], ["Ban công tác Mặt trận thôn"]]


# ---------------------------------------------------------------------------------------------------------------------
# A programme names its kind with a qualifier in the same capitals ("CHƯƠNG TRÌNH CÔNG TÁC", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
# its title on the next line.
# ---------------------------------------------------------------------------------------------------------------------


def _header(left: str, number: str, heading: str, title: str) -> tuple[str | None, str | None, str | None]:
    text = (
        f"{left}\nSố: {number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Vĩnh Long, ngày 05 tháng 01 năm 2027\n{heading}\n{title}\n"
        "I. NỘI DUNG\n1. Tổ chức hội nghị quán triệt trong quý I/2027./.\nNơi nhận:\n- Lưu: VT.\nKT. TRƯỞNG BAN\nNguyễn Văn Bình\n"
    )
    info = parse_text(text).document
    return info.type, info.issuer and fold(info.issuer), info.title


def test_a_work_programme_heading_is_the_kind_and_the_title_follows() -> None:
    assert _header(
        "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nSỞ TƯ PHÁP",
        "04/CTr-STP",
        "CHƯƠNG TRÌNH CÔNG TÁC",
        "Phổ biến pháp luật năm 2027",
    ) == ("Chương trình", "so tu phap tinh vinh long", "Phổ biến pháp luật năm 2027")
    assert _header(
        "ĐẢNG ỦY XÃ LONG HỒ\n*",
        "12-CTr/ĐU",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "Thực hiện Nghị quyết Đại hội Đảng bộ xã",
    ) == ("Chương trình", "dang uy xa long ho", "Thực hiện Nghị quyết Đại hội Đảng bộ xã")


def test_kept_back_a_programme_of_coordination() -> None:
    """Kept back: two bodies' "CHƯƠNG TRÌNH PHỐI HỢP"; fails without the rule (the qualifier read into the issuer)."""
    assert _header(
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nPHƯỜNG THANH ĐỨC",
        "03/CTrPH-MTTQ",
        "CHƯƠNG TRÌNH PHỐI HỢP",
        "Giám sát việc giải quyết kiến nghị của cử tri năm 2027",
    ) == (
        "Chương trình",
        "uy ban mat tran to quoc viet nam phuong thanh duc",
        "Giám sát việc giải quyết kiến nghị của cử tri năm 2027",
    )


# ---------------------------------------------------------------------------------------------------------------------
# A plan ticks its periods: a column per quarter (or month) under the time heading, the row's periods marked "x".
# ---------------------------------------------------------------------------------------------------------------------


def _times(tasks: list[Task]) -> list[str | None]:
    return [task.timeframe.raw if task.timeframe else None for task in tasks]


def test_the_ticked_quarters_are_the_time_of_a_row() -> None:
    when = "Thời gian thực hiện"
    tasks = tasks_from_table(
        [
            ["STT", "Nội dung công việc", "Chủ trì", when, when, when, when],
            ["STT", "Nội dung công việc", "Chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV"],
            ["1", "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở", "Phòng Tư pháp", "x", "x", "", ""],
            ["2", "Tổ chức đối thoại với người lao động", "Công đoàn cơ sở", "", "", "", "X"],
        ],
        2027,
    )
    assert _times(tasks) == ["Quý I, Quý II", "Quý IV"]
    assert [task.lead for task in tasks] == [["Phòng Tư pháp"], ["Công đoàn cơ sở"]]


def test_a_pdfs_cut_quarter_headings_are_read_whole() -> None:
    """A PDF's text of a narrow column cuts its heading ("Q uý I") and leaves the merged cells above it empty."""
    tasks = tasks_from_table(
        [
            ["T T", "Nội dung", "Đơn vị chủ trì", "Thời gian năm 2027", "", ""],
            ["", "", "", "Q uý I", "Q uý II", "Q uý III"],
            ["1", "Tập huấn công tác dân vận cho công chức", "Văn phòng", "", "x", "x"],
        ],
        2027,
    )
    assert _times(tasks) == ["Quý II, Quý III"]


def test_kept_back_a_hospital_ticks_its_months() -> None:
    """Kept back: a hospital's table with a column per month; fails without the rule (the first month's "x" is the
    time, the others none)."""
    when = "Tiến độ năm 2027"
    tasks = tasks_from_table(
        [
            ["TT", "Nội dung", "Khoa, phòng thực hiện", *[when] * 4],
            ["TT", "Nội dung", "Khoa, phòng thực hiện", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"],
            ["1", "Khảo sát sự hài lòng của người bệnh nội trú", "Phòng Quản lý chất lượng", "x", "", "", ""],
            ["2", "Tập huấn kỹ năng giao tiếp cho điều dưỡng", "Phòng Điều dưỡng", "", "x", "", "x"],
        ],
        2027,
    )
    assert _times(tasks) == ["Tháng 9", "Tháng 10, Tháng 12"]


# ---------------------------------------------------------------------------------------------------------------------
# A programme without a time column groups its rows by period ("THÁNG 01/2027" merged across the table).
# ---------------------------------------------------------------------------------------------------------------------


def test_the_month_of_a_group_row_is_the_time_of_its_rows() -> None:
    month_1, month_2 = ["THÁNG 10/2027"] * 4, ["THÁNG 11/2027"] * 4
    tasks = tasks_from_table(
        [
            ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp"],
            month_1,
            ["1", "Hội nghị đối thoại với doanh nghiệp", "Văn phòng Sở", "Phòng Kế hoạch"],
            ["2", "Rà soát thủ tục hành chính", "Phòng Pháp chế", ""],
            month_2,
            ["3", "Kiểm tra công vụ tại các đơn vị trực thuộc", "Thanh tra Sở", "Văn phòng Sở"],
        ],
        2027,
    )
    assert _times(tasks) == ["Tháng 10/2027", "Tháng 10/2027", "Tháng 11/2027"]


def test_kept_back_a_party_programme_by_quarter() -> None:
    """Kept back: a Party committee's programme grouped by quarter; fails without the rule (no time)."""
    tasks = tasks_from_table(
        [
            ["STT", "Nội dung", "Cơ quan chủ trì", "Ghi chú"],
            ["QUÝ I/2027"] * 4,
            ["1", "Sơ kết công tác dân vận năm 2026", "Ban Xây dựng Đảng", ""],
            ["QUÝ II/2027"] * 4,
            ["2", "Hội nghị giao ban Khối dân vận", "Ban Xây dựng Đảng", "Tại hội trường xã"],
        ],
        2027,
    )
    assert _times(tasks) == ["Quý I/2027", "Quý II/2027"]


# ---------------------------------------------------------------------------------------------------------------------
# A plan set out as a calendar: one paragraph per period, the period run in ("Tháng 9/2026: …", "Quý II/2027: …").
# ---------------------------------------------------------------------------------------------------------------------


def test_a_calendar_paragraph_is_a_task_of_its_month() -> None:
    tasks = _tasks(
        "ỦY BAN NHÂN DÂN XÃ ĐỨC THỌ\nTRƯỜNG MẦM NON ĐỨC THỌ",
        "KẾ HOẠCH",
        "Phối hợp với cha mẹ trẻ năm học 2026 - 2027",
        "I. MỤC ĐÍCH\nNâng cao chất lượng chăm sóc trẻ.\n"
        "II. NỘI DUNG VÀ THỜI GIAN\n"
        "Tháng 9/2026: Họp cha mẹ trẻ đầu năm học, bầu Ban đại diện (Phụ trách: Hiệu trưởng).\n"
        'Tháng 12/2026: Tổ chức ngày hội "Bé vui khỏe" với sự tham gia của cha mẹ trẻ.\n'
        "III. TỔ CHỨC THỰC HIỆN\nCác nhóm, lớp thực hiện nghiêm túc./.",
        place="Đức Thọ",
    )
    assert [task.text[:20] for task in tasks] == ["Họp cha mẹ trẻ đầu n", 'Tổ chức ngày hội "Bé']
    assert _times(tasks) == ["Tháng 9/2026", "Tháng 12/2026"]
    assert [task.lead for task in tasks] == [["Hiệu trưởng"], []]


def test_kept_back_a_ward_calendar_by_quarter() -> None:
    """Kept back: a ward's programme of dialogues by quarter; fails without the rule (no task found)."""
    tasks = _tasks(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH",
        "KẾ HOẠCH",
        "Tổ chức đối thoại với Nhân dân năm 2027",
        "I. YÊU CẦU\nĐối thoại thực chất, đúng quy định.\n"
        "II. NỘI DUNG\n"
        "Quý I/2027: Đối thoại với hộ kinh doanh về trật tự lòng đường, vỉa hè (Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị).\n"
        "Quý III/2027: Đối thoại với đoàn viên thanh niên về việc làm (Chủ trì: Đoàn Thanh niên phường).\n"
        "III. TỔ CHỨC THỰC HIỆN\nVăn phòng tổng hợp, báo cáo trước ngày 15/12/2027.",
        place="Hạc Thành",
    )
    assert [task.text[:20] for task in tasks] == ["Đối thoại với hộ kin", "Đối thoại với đoàn v"]
    assert _times(tasks) == ["Quý I/2027", "Quý III/2027"]
    assert [task.lead for task in tasks] == [["Phòng Kinh tế, Hạ tầng và Đô thị"], ["Đoàn Thanh niên phường"]]


# ---------------------------------------------------------------------------------------------------------------------
# A decision with no list of tasks assigns them in its article "Tổ chức thực hiện", a sentence per body ("Giao Sở X …").
# ---------------------------------------------------------------------------------------------------------------------


def _decision(left: str, body: str, place: str) -> list[Task]:
    text = (
        f"{left}\nSố: 88/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"{place}, ngày 12 tháng 3 năm 2027\nQUYẾT ĐỊNH\nPhê duyệt Đề án xây dựng khu dân cư văn hóa\n"
        f"CHỦ TỊCH ỦY BAN NHÂN DÂN\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2025;\nQUYẾT ĐỊNH:\n{body}\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Bình\n"
    )
    return parse_text(text).tasks


def test_the_sentences_of_a_decisions_article_of_execution_are_its_tasks() -> None:
    tasks = _decision(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ",
        "Điều 1. Phê duyệt Đề án xây dựng khu dân cư văn hóa giai đoạn 2027 - 2030 (kèm theo).\n"
        "Điều 2. Tổ chức thực hiện\n"
        "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nội vụ hướng dẫn các xã triển khai Đề án.\n"
        "Giao Sở Tài chính tham mưu bố trí kinh phí thực hiện Đề án, xong trước ngày 30/9/2027.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở "
        "và Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.",
        "Quảng Trị",
    )
    assert [task.lead for task in tasks] == [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"]]
    assert [task.coord for task in tasks] == [["Sở Nội vụ"], []]


def test_kept_back_a_communes_decision_assigns_in_its_article() -> None:
    """Kept back: a commune's decision whose "Điều 2. Trách nhiệm thực hiện" hands work to two bodies; fails without
    the rule (no task found)."""
    tasks = _decision(
        "ỦY BAN NHÂN DÂN\nXÃ CỬA TÙNG",
        "Điều 1. Công nhận 05 thôn đạt chuẩn khu dân cư văn hóa năm 2027.\n"
        "Điều 2. Trách nhiệm thực hiện\n"
        "Giao Phòng Văn hóa - Xã hội hướng dẫn các thôn xây dựng kế hoạch giữ vững danh hiệu trong quý II/2027.\n"
        "Giao Văn phòng HĐND và UBND xã tổ chức trao giấy công nhận tại hội nghị tổng kết.\n"
        "Điều 3. Văn phòng HĐND và UBND xã, các thôn có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
        "Cửa Tùng",
    )
    assert [task.lead for task in tasks] == [["Phòng Văn hóa - Xã hội"], ["Văn phòng HĐND và UBND xã"]]
    assert _times(tasks)[0] == "trong quý II/2027"


# ---------------------------------------------------------------------------------------------------------------------
# A letter's numbered request that only asks for the report ("4/ Báo cáo kết quả … về Sở …") is reporting, as its
# sentence of the same words is.
# ---------------------------------------------------------------------------------------------------------------------


def _letter(body: str) -> list[Task]:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSỞ NỘI VỤ\nSố: 1502/SNV-TCBC\nV/v rà soát biên chế năm 2027\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNghệ An, ngày 12 tháng 3 năm 2027\n"
        f"Kính gửi: Ủy ban nhân dân các xã, phường.\n{body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Bình\n"
    )
    return parse_text(text).tasks


def test_a_letters_numbered_request_for_the_report_is_no_task() -> None:
    tasks = _letter(
        "Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường thực hiện một số nội dung sau:\n"
        "1/ Rà soát số lượng người làm việc tại các đơn vị sự nghiệp, xong trước ngày 30/3/2027.\n"
        "2/ Xây dựng phương án sắp xếp viên chức dôi dư.\n"
        "3/ Báo cáo kết quả rà soát về Sở Nội vụ trước ngày 05/4/2027.\n"
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Tổ chức biên chế để được hướng dẫn./."
    )
    assert [task.no for task in tasks] == ["1", "2"]


def test_kept_back_a_wards_lettered_request_for_results() -> None:
    """Kept back: the same layout lettered "a)" with "Tổng hợp, báo cáo kết quả"; fails without the rule (c is a
    task)."""
    tasks = _letter(
        "Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường:\n"
        "a) Tổ chức lấy ý kiến cán bộ, công chức về đề án vị trí việc làm.\n"
        "b) Niêm yết công khai danh sách tại trụ sở trong tháng 4/2027.\n"
        "c) Tổng hợp, báo cáo kết quả thực hiện về Sở Nội vụ (qua Phòng Tổ chức biên chế) trước ngày 10/5/2027./."
    )
    assert [task.no for task in tasks] == ["a", "b"]


# ---------------------------------------------------------------------------------------------------------------------
# A directive asks with its own verb, "… Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", then a numbered part per body.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_directives_own_verb_opens_the_bodies_asked() -> None:
    tasks = _tasks(
        "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN",
        "CHỈ THỊ",
        "Về tăng cường kỷ luật, kỷ cương trong tiếp công dân",
        "Để chấn chỉnh tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
        "1. Thanh tra tỉnh\n"
        "a) Kiểm tra việc tiếp công dân định kỳ của người đứng đầu các sở, hoàn thành trong quý III/2027.\n"
        "2. Ủy ban nhân dân các xã, phường\n"
        "a) Công khai lịch tiếp công dân của Chủ tịch tại trụ sở.\n"
        "b) Giải quyết dứt điểm các vụ việc tồn đọng trước ngày 30/9/2027.",
        place="Thái Nguyên",
    )
    assert [task.lead for task in tasks] == [
        ["Thanh tra tỉnh"],
        ["Ủy ban nhân dân các xã, phường"],
        ["Ủy ban nhân dân các xã, phường"],
    ]


def test_kept_back_a_party_secretarys_directive() -> None:
    """Kept back: a commune Party secretary's directive with "-" bullets under each body; fails without the rule (no
    task found)."""
    tasks = _tasks(
        "ĐẢNG ỦY XÃ ĐỊNH HÓA\n*",
        "CHỈ THỊ",
        "Về lãnh đạo công tác vận động Nhân dân hiến đất làm đường",
        "Ban Thường vụ Đảng ủy xã chỉ thị:\n"
        "1. Ủy ban nhân dân xã\n"
        "- Rà soát, công khai phương án mở rộng các tuyến đường liên thôn.\n"
        "2. Ủy ban Mặt trận Tổ quốc Việt Nam xã\n"
        "- Vận động các hộ gia đình hiến đất, tài sản trên đất.\n",
        place="Định Hóa",
    )
    assert [task.lead for task in tasks] == [["Ủy ban nhân dân xã"], ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]]


# ---------------------------------------------------------------------------------------------------------------------
# A letter asks its addressees by name alone before the list ("… đề nghị các đơn vị:"): each item is theirs.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_bare_request_to_named_bodies_leads_the_list() -> None:
    tasks = _letter(
        "Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường:\n"
        "1. Rà soát vị trí việc làm của công chức, xong trước ngày 30/4/2027.\n"
        "2. Lập danh sách công chức cần đào tạo, bồi dưỡng./."
    )
    assert [task.lead for task in tasks] == [["Ủy ban nhân dân các xã, phường"]] * 2


def test_kept_back_a_departments_word_ordinals_to_its_units() -> None:
    """Kept back: "Thứ nhất, … Thứ hai, …" after "… đề nghị các đơn vị:"; fails without the rule (no lead)."""
    tasks = _letter(
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2027 của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị các đơn vị:\n"
        "Thứ nhất, rà soát hồ sơ viên chức, hoàn thành trong tháng 5/2027.\n"
        "Thứ hai, niêm yết công khai kết quả rà soát tại trụ sở./."
    )
    assert [task.lead for task in tasks] == [["các đơn vị"]] * 2
