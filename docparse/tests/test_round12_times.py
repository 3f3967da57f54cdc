"""The timeframe rules of the twelfth tuning round (docs/docparse.md, "Twelfth round", **Times (r12-times)**).

Every rule is a form the genre uses for time: a progress field typed into the paragraph ("Tiến độ: …") and the rest
of the period after it, a time before or after each occurrence of an event ("trước mỗi chuyến biển"), a statutory
limit named without "trong" ("đúng thời hạn 20 ngày kể từ …"), a count per day ("02 lần/ngày trong những ngày có mưa
lớn"), a deadline at a named day printed with its date ("trước Ngày Thương binh - Liệt sỹ 27/7/2027"), a weekday of
every period with "mỗi", a time field that names who holds the session, a limit counted before or after an event, a
crop season, a periodicity with the point of its period, and a cell table's last row that ends at its time. Each is
read on documents written here for other provinces, other bodies and other wording than the tuning documents that
showed the miss. For each rule one document was written and kept back until the rule was done; its docstring says so
(every one failed before its rule and passed once it was written, without further tuning).
"""

from docparse import parse_text
from docparse.model import Task


def _tasks(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> list[Task]:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN AN\nSố: 35/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tân An, ngày 20 tháng 01 năm 2027\nKẾ HOẠCH\nThực hiện công tác dân vận chính quyền năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác dân vận.\n"
        f"{section}\n{body}\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
    )
    return parse_text(text).tasks


def _times(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> list[str | None]:
    return [task.timeframe.raw if task.timeframe else None for task in _tasks(body, section)]


# ---------------------------------------------------------------------------------------------------------------------
# A progress field typed into the paragraph ("… hướng dẫn Nhân dân. Tiến độ: …") is the time field, as "Thời gian:"
# is; a clause after it for the rest of the period ("; các tháng còn lại 01 lần/tuần") goes on with it.
# ---------------------------------------------------------------------------------------------------------------------


def test_progress_field_typed_into_the_paragraph_is_the_time():
    times = _times(
        "1. Trạm Y tế phường hướng dẫn các hộ gia đình thu gom rác thải. Tiến độ: Chủ nhật thứ hai của tháng 3 và "
        "tháng 9/2027.\n"
        "2. Phòng Kinh tế chủ trì, Đoàn Thanh niên phường phối hợp kiểm tra các điểm tập kết rác. Tiến độ: trước ngày "
        "30/4/2027."
    )
    assert times == ["Chủ nhật thứ hai của tháng 3 và tháng 9/2027", "trước ngày 30/4/2027"]


def test_the_rest_of_the_period_goes_on_with_the_time():
    times = _times(
        "1. Đài Truyền thanh phường phát thông điệp phòng, chống sốt xuất huyết. Tiến độ: hằng ngày trong mùa mưa; "
        "các tháng còn lại 02 lần/tuần."
    )
    assert times == ["hằng ngày trong mùa mưa; các tháng còn lại 02 lần/tuần"]


def test_progress_field_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    times = _times(
        "1. Hội Chữ thập đỏ phường phối hợp với Trạm Y tế tổ chức hiến máu tình nguyện. Tiến độ: ngày thứ Bảy đầu "
        "tiên của tháng 6/2027; các quý còn lại mỗi quý 01 đợt."
    )
    assert times == ["ngày thứ Bảy đầu tiên của tháng 6/2027; các quý còn lại mỗi quý 01 đợt"]


# ---------------------------------------------------------------------------------------------------------------------
# Before or after each occurrence of an event ("trước mỗi chuyến biển", "sau mỗi đợt kiểm tra").
# ---------------------------------------------------------------------------------------------------------------------


def test_before_each_occurrence_of_an_event_is_the_time():
    times = _times(
        "1. Đồn Biên phòng Cửa Việt chủ trì tuyên truyền cho thuyền viên về quy định khai thác thủy sản trước mỗi "
        "chuyến ra khơi.\n"
        "2. Phòng Văn hóa - Xã hội tổng hợp ý kiến của người dân sau mỗi đợt kiểm tra, báo cáo Chủ tịch Ủy ban nhân "
        "dân phường."
    )
    assert times == ["trước mỗi chuyến ra khơi", "sau mỗi đợt kiểm tra"]


def test_each_occurrence_of_an_event_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done (it passed). Its second item,
    a duty "trong suốt thời gian tổ chức hội chợ", went with the rule for the whole of an event, withdrawn: the
    tuning labels disagree on that form (r10 laocai-baotang null, r11 haiphong-dangyqs a timeframe)."""
    times = _times("1. Trung tâm Y tế huyện phun hóa chất khử khuẩn tại các điểm trường sau mỗi đợt lũ.")
    assert times == ["sau mỗi đợt lũ"]


# ---------------------------------------------------------------------------------------------------------------------
# A statutory limit named without "trong": "giải quyết hồ sơ đúng thời hạn 20 ngày kể từ ngày nhận đủ hồ sơ".
# ---------------------------------------------------------------------------------------------------------------------


def test_limit_named_without_trong_is_the_time():
    times = _times(
        "1. Bộ phận một cửa phường trả kết quả chứng thực đúng thời hạn 02 ngày làm việc kể từ ngày nhận yêu cầu.\n"
        "2. Văn phòng Đăng ký đất đai cấp giấy chứng nhận theo thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."
    )
    assert times == [
        "thời hạn 02 ngày làm việc kể từ ngày nhận yêu cầu",
        "thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
    ]


def test_limit_without_trong_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    times = _times(
        "1. Công chức tư pháp - hộ tịch giải quyết yêu cầu đăng ký khai sinh đúng thời hạn 03 ngày làm việc kể từ "
        "ngày tiếp nhận."
    )
    assert times == ["thời hạn 03 ngày làm việc kể từ ngày tiếp nhận"]


# ---------------------------------------------------------------------------------------------------------------------
# A count per day and the days it holds on: "02 lần/ngày trong những ngày có mưa lớn", "03 lần/tuần trong mùa khô".
# ---------------------------------------------------------------------------------------------------------------------


def test_count_per_day_with_the_days_it_holds_on():
    times = _times(
        "1. Đài Truyền thanh xã phát bản tin cảnh báo cháy rừng; thực hiện 03 lần/ngày trong những ngày nắng nóng "
        "gay gắt.\n"
        "2. Tổ bảo vệ rừng tuần tra các khu rừng giáp ranh 02 lần/ngày trong mùa khô."
    )
    assert times == ["03 lần/ngày trong những ngày nắng nóng gay gắt", "02 lần/ngày trong mùa khô"]


def test_count_per_day_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    times = _times(
        "1. Trạm Thủy văn cập nhật mực nước sông lên trang thông tin điện tử; thực hiện 04 lần/ngày trong các ngày "
        "có lũ."
    )
    assert times == ["04 lần/ngày trong các ngày có lũ"]


# ---------------------------------------------------------------------------------------------------------------------
# A deadline at a named day printed with its date: "bàn giao trước Ngày Thương binh - Liệt sỹ 27/7/2027". The date
# makes it a deadline; the occasion without one ("nhân dịp Ngày Nhà giáo Việt Nam") stays no time (LABELING.md §3).
# ---------------------------------------------------------------------------------------------------------------------


def test_deadline_at_a_named_day_with_its_date():
    times = _times(
        "1. Hội Cựu chiến binh phường sửa chữa 05 nhà tình nghĩa, bàn giao trước Ngày Quốc khánh 02/9/2027.\n"
        "2. Trường Tiểu học Tân An hoàn thành sửa chữa phòng học trước Ngày Nhà giáo Việt Nam 20/11/2027."
    )
    assert times == ["trước Ngày Quốc khánh 02/9/2027", "trước Ngày Nhà giáo Việt Nam 20/11/2027"]


def test_occasion_without_a_date_is_no_time():
    times = _times("1. Hội Phụ nữ phường thăm hỏi, tặng quà hội viên khó khăn nhân dịp Ngày Quốc tế Phụ nữ.")
    assert times == [None]


def test_named_day_with_its_date_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    times = _times(
        "1. Phòng Văn hóa - Xã hội chủ trì trao tặng sổ tiết kiệm cho gia đình chính sách, xong trước Ngày Thương "
        "binh - Liệt sĩ 27/7/2027."
    )
    assert times == ["xong trước Ngày Thương binh - Liệt sĩ 27/7/2027"]


# ---------------------------------------------------------------------------------------------------------------------
# A weekday of every period said with "mỗi" as with "hằng": "vào tối thứ Bảy tuần cuối mỗi tháng", "sáng thứ Hai
# tuần đầu mỗi tháng" (one time, not the bare "mỗi tháng").
# ---------------------------------------------------------------------------------------------------------------------


def test_weekday_of_every_period_with_moi():
    times = _times(
        "1. Ban Tư pháp phường tư vấn pháp luật miễn phí tại nhà văn hóa khu phố vào sáng thứ Bảy tuần đầu mỗi "
        "tháng.\n"
        "2. Chủ tịch Ủy ban nhân dân phường đối thoại với Nhân dân vào chiều thứ Năm tuần thứ hai mỗi quý."
    )
    assert times == ["vào sáng thứ Bảy tuần đầu mỗi tháng", "vào chiều thứ Năm tuần thứ hai mỗi quý"]


def test_weekday_of_every_period_with_moi_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    times = _times("1. Đoàn Thanh niên phường ra quân làm sạch bãi biển vào Chủ nhật tuần cuối mỗi tháng.")
    assert times == ["vào Chủ nhật tuần cuối mỗi tháng"]


def test_weekday_in_the_name_of_a_campaign_is_no_day_of_it():
    times = _times(
        '1. Đoàn Thanh niên phường tổ chức "Ngày Chủ nhật xanh" mỗi tháng một lần tại các khu dân cư.\n'
        "2. Hội Liên hiệp Phụ nữ phường duy trì mô hình “Chiều thứ Sáu sạch đẹp” hằng tuần."
    )
    assert times == ["mỗi tháng một lần", "hằng tuần"]


# ---------------------------------------------------------------------------------------------------------------------
# A time field written as a sentence that names who holds the session before its time ("thời gian: Chánh án tiếp định
# kỳ vào ngày 15 hằng tháng"): the time is what follows the verb.
# ---------------------------------------------------------------------------------------------------------------------


def test_time_field_naming_who_holds_the_session():
    times = _times(
        "1. Tiếp công dân định kỳ của lãnh đạo Viện. Đơn vị thực hiện: Văn phòng; thời gian: Viện trưởng tiếp định "
        "kỳ vào ngày 10 hằng tháng.\n"
        "2. Đối thoại với doanh nghiệp trên địa bàn. Đơn vị thực hiện: Phòng Kinh tế; thời gian: Chủ tịch Ủy ban nhân "
        "dân phường đối thoại vào quý III/2027."
    )
    assert times == ["định kỳ vào ngày 10 hằng tháng", "vào quý III/2027"]


def test_time_field_naming_who_holds_the_session_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    times = _times(
        "1. Tiếp công dân của Bí thư Đảng ủy. Đơn vị thực hiện: Văn phòng Đảng ủy; thời gian: Bí thư Đảng ủy tiếp "
        "công dân định kỳ vào ngày 20 hằng tháng."
    )
    assert times == ["định kỳ vào ngày 20 hằng tháng"]


# ---------------------------------------------------------------------------------------------------------------------
# A limit counted before or after an event, as one counted from it: "chậm nhất 01 ngày làm việc trước ngày hẹn trả",
# "chậm nhất 03 ngày làm việc sau khi kết thúc đợt kiểm tra" (as "chậm nhất 05 ngày kể từ ngày họp").
# ---------------------------------------------------------------------------------------------------------------------


def test_limit_before_or_after_an_event():
    times = _times(
        "1. Văn phòng gửi tài liệu cho đại biểu Hội đồng nhân dân phường chậm nhất 05 ngày làm việc trước kỳ họp.\n"
        "2. Phòng Kinh tế báo cáo kết quả chậm nhất 03 ngày làm việc sau khi kết thúc đợt kiểm tra."
    )
    assert times == [
        "chậm nhất 05 ngày làm việc trước kỳ họp",
        "chậm nhất 03 ngày làm việc sau khi kết thúc đợt kiểm tra",
    ]


def test_limit_before_an_event_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    times = _times(
        "1. Bộ phận một cửa thông báo cho người nộp hồ sơ bổ sung giấy tờ, chậm nhất 02 ngày trước ngày hẹn trả kết "
        "quả."
    )
    assert times == ["chậm nhất 02 ngày trước ngày hẹn trả kết quả"]


# ---------------------------------------------------------------------------------------------------------------------
# The crop season as a deadline, as the rainy season is: "trước vụ Đông Xuân 2026 - 2027", "sau vụ lúa Hè Thu" ("vụ
# việc" is a case, not a season: the season is named with capitals).
# ---------------------------------------------------------------------------------------------------------------------


def test_crop_season_is_the_time():
    times = _times(
        "1. Hội Nông dân xã tập huấn kỹ thuật gieo sạ cho hội viên trước vụ Đông Xuân 2026 - 2027 tại nhà văn hóa "
        "các thôn.\n"
        "2. Hợp tác xã nông nghiệp nạo vét kênh mương nội đồng sau vụ lúa Hè Thu năm 2027 để chuẩn bị vụ sau."
    )
    assert times == ["trước vụ Đông Xuân 2026 - 2027", "sau vụ lúa Hè Thu năm 2027"]


def test_a_case_is_no_season():
    times = _times("1. Công chức tư pháp hòa giải các tranh chấp đất đai trước vụ việc khởi kiện ra Tòa án.")
    assert times == [None]


def test_crop_season_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    times = _times(
        "1. Trạm Khuyến nông cung ứng giống lúa xác nhận cho các hộ trước vụ Mùa năm 2027 theo đăng ký của các thôn."
    )
    assert times == ["trước vụ Mùa năm 2027"]


# ---------------------------------------------------------------------------------------------------------------------
# A periodicity with the point of its period it falls on: "hằng năm vào tháng 10", "mỗi năm vào quý II" (one time, as
# "hằng tuần vào chiều thứ Sáu").
# ---------------------------------------------------------------------------------------------------------------------


def test_periodicity_with_its_point_of_the_period():
    times = _times(
        "1. Trạm Y tế xã khám sức khỏe định kỳ cho người cao tuổi hằng năm vào tháng 10 tại trụ sở Trạm.\n"
        "2. Ban Chỉ huy Quân sự xã tổ chức diễn tập phòng chống thiên tai mỗi năm vào quý II với sự tham gia của "
        "các thôn."
    )
    assert times == ["hằng năm vào tháng 10", "mỗi năm vào quý II"]


def test_periodicity_with_its_point_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    times = _times(
        "1. Phòng Văn hóa - Xã hội rà soát hộ nghèo, hộ cận nghèo hằng năm vào cuối tháng 9 theo hướng dẫn của tỉnh."
    )
    assert times == ["hằng năm vào cuối tháng 9"]


# ---------------------------------------------------------------------------------------------------------------------
# A table written one cell a line whose last row leaves the column after the time empty ("Kết quả cần đạt"): its
# lines are its cells in order up to the time, and a time that names the start and the end of every period ("Đầu năm
# học và cuối mỗi học kỳ", "Cuối mỗi quý") is a periodicity.
# ---------------------------------------------------------------------------------------------------------------------

_CELL_TABLE = (
    "SỞ Y TẾ TỈNH QUẢNG NAM\nTRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 52/KH-TTYT\nĐại Lộc, ngày 10 tháng 01 năm 2027\nKẾ HOẠCH\n"
    "Công tác dân vận năm 2027\nI. MỤC TIÊU\n- Nâng cao sự hài lòng của người bệnh.\nII. NHIỆM VỤ\n"
    "STT\nNội dung công việc\nBộ phận phụ trách\nThời gian\nKết quả cần đạt\n"
    "{rows}"
    "III. TỔ CHỨC THỰC HIỆN\nCác khoa, phòng triển khai thực hiện./.\nGIÁM ĐỐC\nNguyễn Văn An\n"
)


def _table_times(rows: str) -> list[tuple[list[str], str | None]]:
    tasks = parse_text(_CELL_TABLE.format(rows=rows)).tasks
    return [(task.lead, task.timeframe.raw if task.timeframe else None) for task in tasks]


def test_last_row_without_its_result_cell():
    rows = (
        "1\nKhảo sát sự hài lòng của người bệnh nội trú\nPhòng Kế hoạch - Nghiệp vụ\nTháng 3/2027\n200 phiếu\n"
        "2\nĐối thoại với người bệnh và người nhà người bệnh\nPhòng Điều dưỡng; Phòng Công tác xã hội bệnh viện\n"
        "Cuối mỗi quý\n"
    )
    assert _table_times(rows) == [
        (["Phòng Kế hoạch - Nghiệp vụ"], "Tháng 3/2027"),
        (["Phòng Điều dưỡng", "Phòng Công tác xã hội bệnh viện"], "Cuối mỗi quý"),
    ]


def test_start_and_end_of_every_period_is_a_periodicity():
    rows = (
        "1\nTập huấn kỹ năng giao tiếp cho nhân viên y tế\nPhòng Tổ chức - Hành chính\nQuý I/2027\n100% nhân viên\n"
        "2\nHọp Hội đồng người bệnh cấp khoa\nCác khoa lâm sàng\nĐầu năm và cuối mỗi quý\n"
    )
    assert _table_times(rows) == [
        (["Phòng Tổ chức - Hành chính"], "Quý I/2027"),
        (["Các khoa lâm sàng"], "Đầu năm và cuối mỗi quý"),
    ]


def test_last_row_without_its_result_cell_kept_back():
    """Kept back: written with the others, seen failing, checked once the rule was done."""
    rows = (
        "1\nNiêm yết công khai giá dịch vụ khám, chữa bệnh\nPhòng Tài chính - Kế toán\nTháng 01/2027\nNiêm yết tại "
        "khoa Khám bệnh\n"
        "2\nSinh hoạt chuyên đề quy tắc ứng xử\nCông đoàn cơ sở; Đoàn Thanh niên\nĐầu năm học và cuối mỗi học kỳ\n"
    )
    assert _table_times(rows) == [
        (["Phòng Tài chính - Kế toán"], "Tháng 01/2027"),
        (["Công đoàn cơ sở", "Đoàn Thanh niên"], "Đầu năm học và cuối mỗi học kỳ"),
    ]
