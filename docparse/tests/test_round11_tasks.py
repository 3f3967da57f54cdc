"""The task-finding rules of the eleventh tuning round (docs/docparse.md, "Eleventh round", **Tasks (r11-tasks)**).

Every rule is a rule of the genre (how directives, notices and letters set out what they ask, and of whom), read on
documents written here for other provinces, other bodies and other wording than the tuning documents that showed the
miss. For each rule one document was kept back: written after the rule was done, checked once; each docstring says
whether it fails without the rule (the parser of ad3e831).
"""

from docparse import parse_text
from docparse.model import Task


def _directive(body: str, left: str = "ỦY BAN NHÂN DÂN\nXÃ TAM ĐẢO") -> list[Task]:
    text = (
        f"{left}\nSố: 03/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tam Đảo, ngày 12 tháng 3 năm 2027\nCHỈ THỊ\nVề tăng cường kỷ cương hành chính\n"
        f"{body}\nCHỦ TỊCH\nNguyễn Văn Bình\nNơi nhận:\n- Lưu: VT.\n"
    )
    return parse_text(text).tasks


# ---------------------------------------------------------------------------------------------------------------------
# A directive (or a notice) asks "… Chủ tịch … yêu cầu:" and then heads one numbered point per body, its bullets under it.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_chairmans_bare_request_opens_the_bodies_asked() -> None:
    tasks = _directive(
        "Thời gian qua, việc giải quyết hồ sơ còn chậm.\n"
        "Để khắc phục tình trạng trên, Chủ tịch Ủy ban nhân dân xã yêu cầu:\n"
        "1. Công an xã\n"
        "- Tuần tra, kiểm soát bảo đảm an ninh trật tự tại các thôn vùng giáp ranh.\n"
        "2. Văn phòng HĐND và UBND xã\n"
        "- Công khai số điện thoại đường dây nóng tại bộ phận một cửa.\n"
        "- Tham mưu tổ chức đối thoại với Nhân dân trong quý III/2027.\n"
        "Chủ tịch Ủy ban nhân dân xã yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./."
    )
    assert [task.text[:20] for task in tasks] == [
        "Tuần tra, kiểm soát ",
        "Công khai số điện th",
        "Tham mưu tổ chức đối",
    ]
    assert [task.lead for task in tasks] == [
        ["Công an xã"],
        ["Văn phòng HĐND và UBND xã"],
        ["Văn phòng HĐND và UBND xã"],
    ]


def test_bodies_named_after_a_shared_prefix_head_their_bullets() -> None:
    tasks = _directive(
        "Giám đốc Sở yêu cầu:\n"
        "1. Các phòng: Tư pháp, Nội vụ\n"
        "- Rà soát thủ tục hành chính thuộc lĩnh vực được giao, xong trước ngày 30/6/2027.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã\n"
        "- Giám sát việc tiếp công dân của cán bộ, công chức xã.\n",
        left="SỞ TƯ PHÁP\nTỈNH PHÚ THỌ",
    )
    assert [task.lead for task in tasks] == [
        ["Phòng Tư pháp", "Phòng Nội vụ"],
        ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
    ]


def test_the_purpose_and_requirements_of_a_plan_open_no_list_of_requests() -> None:
    """A plan's "Mục đích, yêu cầu:" is no request to bodies: its numbered points are not read per body."""
    tasks = _directive(
        "Mục đích, yêu cầu:\n"
        "1. Công an xã\n"
        "- Nắm chắc tình hình an ninh trật tự.\n"
        "II. NỘI DUNG\n"
        "1. Tổ chức tập huấn nghiệp vụ tiếp công dân trong quý II/2027.\n"
    )
    assert [task.text[:20] for task in tasks] == ["Tổ chức tập huấn ngh"]


def test_kept_back_a_notice_of_a_party_secretary_asks_per_body() -> None:
    """Kept back: a ward Party committee's notice of a secretary's requests, bodies headed with a colon; fails without
    the rule (no task found)."""
    text = (
        "ĐẢNG BỘ TỈNH ĐỒNG NAI\nĐẢNG ỦY PHƯỜNG TRẢNG DÀI\n*\nSố 45-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Trảng Dài, ngày 20 tháng 4 năm 2027\nTHÔNG BÁO\nÝ kiến chỉ đạo của đồng chí Bí thư Đảng ủy phường\n"
        "Sau khi nghe báo cáo tình hình, đồng chí Bí thư Đảng ủy phường yêu cầu:\n"
        "1. Ủy ban nhân dân phường:\n"
        "- Chỉ đạo giải tỏa lấn chiếm vỉa hè trên các tuyến đường chính, hoàn thành trong tháng 5/2027.\n"
        "- Kiểm tra an toàn phòng cháy tại các khu nhà trọ.\n"
        "2. Các khu phố: Bình Minh, Hòa Bình\n"
        "- Vận động Nhân dân giữ gìn vệ sinh môi trường.\n"
        "Văn phòng Đảng ủy thông báo để các đơn vị biết, thực hiện./.\n"
        "T/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Tâm\nNơi nhận:\n- Lưu VP.\n"
    )
    tasks = parse_text(text).tasks
    assert [task.text[:20] for task in tasks] == [
        "Chỉ đạo giải tỏa lấn",
        "Kiểm tra an toàn phò",
        "Vận động Nhân dân gi",
    ]
    assert tasks[0].lead == ["Ủy ban nhân dân phường"]


# ---------------------------------------------------------------------------------------------------------------------
# The body that follows the document up and reports on it ("Theo dõi, đôn đốc …; tổng hợp, báo cáo …") reports.
# ---------------------------------------------------------------------------------------------------------------------


def test_following_up_the_directive_and_reporting_is_no_task() -> None:
    tasks = _directive(
        "Chủ tịch Ủy ban nhân dân xã yêu cầu:\n"
        "1. Văn phòng HĐND và UBND xã\n"
        "- Niêm yết công khai quy trình giải quyết hồ sơ đất đai.\n"
        "- Theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân xã trước ngày "
        "15/12/2027.\n"
    )
    assert [task.text[:20] for task in tasks] == ["Niêm yết công khai q"]


def test_following_up_and_advising_a_review_stays_a_task() -> None:
    tasks = _directive(
        "Chủ tịch Ủy ban nhân dân xã yêu cầu:\n"
        "1. Văn phòng HĐND và UBND xã\n"
        "- Theo dõi, đôn đốc, tổng hợp kết quả, tham mưu Ủy ban nhân dân xã sơ kết việc thực hiện Chỉ thị.\n"
    )
    assert len(tasks) == 1


def test_kept_back_a_plan_office_that_urges_the_units_and_reports() -> None:
    """Kept back: a provincial department's plan, its office following the plan up; fails without the rule (a
    spurious task)."""
    text = (
        "UBND TỈNH KON TUM\nSỞ Y TẾ\nSố: 88/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Kon Tum, ngày 02 tháng 02 năm 2027\nKẾ HOẠCH\nThực hiện dân chủ ở cơ sở năm 2027\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở\n"
        "- Xây dựng quy chế tiếp công dân của Sở trong quý I/2027.\n"
        "- Theo dõi và đôn đốc các đơn vị thực hiện Kế hoạch này; báo cáo Giám đốc Sở kết quả trước ngày 10/12/2027.\n"
        "2. Phòng Nghiệp vụ Y\n- Hướng dẫn các bệnh viện công khai giá dịch vụ.\n"
        "Nơi nhận:\n- Lưu: VT.\n"
    )
    tasks = parse_text(text).tasks
    assert [task.text[:20] for task in tasks] == ["Xây dựng quy chế tiế", "Hướng dẫn các bệnh v"]


# ---------------------------------------------------------------------------------------------------------------------
# A decision that sets up a body lists its duties in an article ("Điều 2. Tổ công tác có nhiệm vụ:"); a duty that only
# reports the results is reporting.
# ---------------------------------------------------------------------------------------------------------------------


def _decision(article: str) -> list[Task]:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG NAM ĐỊNH\nSố: 77/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nNam Định, ngày 05 tháng 01 năm 2027\nQUYẾT ĐỊNH\n"
        "Về việc thành lập Tổ giúp việc\nCHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG\nQUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Tổ giúp việc gồm các ông, bà có tên sau.\n"
        f"{article}\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.\nCHỦ TỊCH\nTrần Văn Hùng\nNơi nhận:\n- Lưu: VT.\n"
    )
    return parse_text(text).tasks


def test_the_duties_of_a_body_set_up_are_its_tasks() -> None:
    tasks = _decision(
        "Điều 2. Tổ giúp việc có nhiệm vụ, quyền hạn như sau:\n"
        "1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn phường, hoàn thành trong quý I/2027.\n"
        "2. Phối hợp với Công an phường tiếp nhận phản ánh của Nhân dân.\n"
        "3. Tổ trưởng báo cáo kết quả với Chủ tịch Ủy ban nhân dân phường trước ngày 15/12/2027."
    )
    assert [task.no for task in tasks] == ["1", "2"]
    assert [task.lead for task in tasks] == [["Tổ giúp việc"], ["Tổ giúp việc"]]


def test_an_article_that_is_no_list_of_duties_gives_no_task() -> None:
    tasks = _decision("Điều 2. Tổ giúp việc tự giải thể sau khi hoàn thành nhiệm vụ.")
    assert tasks == []


def test_kept_back_a_steering_board_with_its_duties() -> None:
    """Kept back: a provincial department's steering board and its numbered duties; fails without the rule
    (no task found)."""
    text = (
        "UBND TỈNH LẠNG SƠN\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 301/QĐ-SNNMT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLạng Sơn, ngày 14 tháng 02 năm 2027\nQUYẾT ĐỊNH\n"
        "Về việc kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ\nGIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nQUYẾT ĐỊNH:\n"
        "Điều 1. Kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ của Sở.\n"
        "Điều 2. Ban Chỉ đạo có các nhiệm vụ sau:\n"
        "1. Xây dựng kế hoạch thực hiện dân chủ ở cơ sở năm 2027 trong tháng 3/2027.\n"
        "2. Kiểm tra việc công khai tài chính tại các đơn vị trực thuộc.\n"
        "3. Trưởng Ban báo cáo kết quả về Ban Thường vụ Đảng ủy Sở trước ngày 20/11/2027.\n"
        "Điều 3. Chánh Văn phòng Sở và các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này./.\n"
        "GIÁM ĐỐC\nHoàng Văn Nam\nNơi nhận:\n- Lưu: VT.\n"
    )
    tasks = parse_text(text).tasks
    assert [task.no for task in tasks] == ["1", "2"]
    assert tasks[1].lead == ["Ban Chỉ đạo"]
