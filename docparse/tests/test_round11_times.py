"""The timeframe rules of the eleventh tuning round (docs/docparse.md, "Eleventh round", **Times (r11-times)**).

Every rule is a form the genre uses for time (a weekday and its part of the day, statutory limits joined in one
sentence, a daily duty for as long as an event lasts, the schedule a doer follows) or a page artefact of a PDF's text
that ends up in a time (a page number after a field line, a footnote at the page's foot), read on documents written
here for other provinces, other bodies and other wording than the tuning documents that showed the miss. For each rule
one document was written and kept back until the rule was done; its docstring says so, and whether it fails without
the rule.
"""

from docparse import parse_text
from docparse.model import Task


def _tasks(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> list[Task]:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 21/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hòa Bình, ngày 12 tháng 01 năm 2027\nKẾ HOẠCH\nCông tác dân vận chính quyền năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng công tác dân vận.\n"
        f"{section}\n{body}\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
    )
    return parse_text(text).tasks


def _times(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> list[str | None]:
    return [task.timeframe.raw if task.timeframe else None for task in _tasks(body, section)]


# ---------------------------------------------------------------------------------------------------------------------
# A weekday with its part of the day: "vào tối thứ Bảy hằng tuần", "ít nhất 01 ngày trong tuần (chiều thứ Ba)".
# ---------------------------------------------------------------------------------------------------------------------


def test_evening_of_a_weekday_belongs_to_the_periodicity():
    times = _times(
        '1. Đài Truyền thanh xã phát chương trình "Người tốt, việc tốt" vào tối thứ Sáu hằng tuần, thời lượng 10 '
        "phút.\n2. Đoàn Thanh niên xã tổ chức sinh hoạt câu lạc bộ vào buổi tối Chủ nhật hằng tuần."
    )
    assert times == ["vào tối thứ Sáu hằng tuần", "vào buổi tối Chủ nhật hằng tuần"]


def test_weekday_in_brackets_after_a_count_in_the_week():
    times = _times(
        "1. Bí thư Đảng ủy phường tiếp công dân định kỳ ít nhất 01 ngày trong tháng (sáng thứ Hai) tại trụ sở.\n"
        "2. Trưởng Công an xã tiếp công dân 02 buổi trong tuần (chiều thứ Tư) tại trụ sở Công an xã."
    )
    assert times == [
        "định kỳ ít nhất 01 ngày trong tháng (sáng thứ Hai)",
        "02 buổi trong tuần (chiều thứ Tư)",
    ]


def test_weekday_in_brackets_kept_back():
    """Kept back: written once the rule was done, checked once; it fails without the rule (the bracket was left out of the time)."""
    times = _times(
        "1. Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ ít nhất 02 ngày trong tháng (thứ Năm) tại Bộ phận "
        "tiếp công dân phường."
    )
    assert times == ["định kỳ ít nhất 02 ngày trong tháng (thứ Năm)"]


# ---------------------------------------------------------------------------------------------------------------------
# Statutory limits in one sentence: "thụ lý trong thời hạn 10 ngày kể từ … và giải quyết không quá 30 ngày kể từ …;
# vụ việc phức tạp không quá 45 ngày" are three limits, joined "; ".
# ---------------------------------------------------------------------------------------------------------------------


def test_statutory_limits_joined_by_and_are_each_a_time():
    times = _times(
        "1. Đối với đơn tố cáo, công chức tư pháp tham mưu thụ lý trong thời hạn 07 ngày kể từ ngày nhận được đơn và "
        "giải quyết không quá 30 ngày kể từ ngày thụ lý; trường hợp phức tạp không quá 60 ngày."
    )
    assert times == [
        "trong thời hạn 07 ngày kể từ ngày nhận được đơn; không quá 30 ngày kể từ ngày thụ lý; không quá 60 ngày"
    ]


def test_limit_counted_from_an_event_with_and_inside_it_keeps_it():
    """A "và" inside the event ("kể từ ngày nhận đủ hồ sơ và lệ phí") is not a second limit."""
    times = _times(
        "1. Bộ phận một cửa trả kết quả trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ và lệ phí."
    )
    assert times == ["trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ và lệ phí"]


def test_statutory_limits_kept_back():
    """Kept back: written once the rule was done, checked once; it fails without the rule (the first limit ran on into the second)."""
    times = _times(
        "1. Đối với kiến nghị, phản ánh của công dân, Văn phòng tham mưu xử lý trong thời hạn 10 ngày kể từ ngày tiếp "
        "nhận và trả lời không quá 15 ngày kể từ ngày thụ lý."
    )
    assert times == ["trong thời hạn 10 ngày kể từ ngày tiếp nhận; không quá 15 ngày kể từ ngày thụ lý"]


# ---------------------------------------------------------------------------------------------------------------------
# A daily duty for as long as an event lasts; "vào các tháng …"; "thực hiện theo lịch …".
# ---------------------------------------------------------------------------------------------------------------------


def test_daily_duty_while_an_event_lasts():
    times = _times(
        "1. Công an xã bảo đảm an ninh trật tự lễ hội Katê, báo cáo Chủ tịch Ủy ban nhân dân xã hằng ngày trong thời "
        "gian diễn ra lễ hội.\n"
        "2. Trạm Y tế xã kiểm tra an toàn thực phẩm các quầy hàng, báo cáo hằng ngày trong suốt thời gian tổ chức hội "
        "chợ."
    )
    assert times == [
        "hằng ngày trong thời gian diễn ra lễ hội",
        "hằng ngày trong suốt thời gian tổ chức hội chợ",
    ]


def test_the_months_of_a_round_are_its_time():
    times = _times(
        "1. Hội Chữ thập đỏ xã tổ chức 03 đợt hiến máu tình nguyện vào các tháng 3, 6 và 9/2027.\n"
        "2. Trạm Y tế xã tiêm phòng cho trẻ em trong các tháng 5 và 11/2027."
    )
    assert times == ["vào các tháng 3, 6 và 9/2027", "trong các tháng 5 và 11/2027"]


def test_schedule_the_doer_follows_is_the_time():
    times = _times(
        "1. Tổ chức chiếu phim lưu động tại các thôn bản; Đội Thông tin lưu động thực hiện theo lịch chiếu của "
        "từng thôn.\n"
        "2. Đội Thông tin lưu động thực hiện theo kế hoạch của Phòng Văn hóa."
    )
    assert times == ["theo lịch chiếu của từng thôn", None]


def test_daily_duty_and_schedule_kept_back():
    """Kept back: written once the rule was done, checked once; it fails without the rule (no time was read)."""
    times = _times(
        "1. Ban Quản lý chợ trực an toàn phòng cháy, báo cáo Ban Chỉ đạo hằng ngày trong thời gian diễn ra phiên "
        "chợ Tết.\n"
        "2. Mời các đội văn nghệ quần chúng biểu diễn tại sân khấu; Trung tâm Văn hóa thực hiện theo lịch biểu diễn "
        "của các đội."
    )
    assert times == ["hằng ngày trong thời gian diễn ra phiên chợ Tết", "theo lịch biểu diễn của các đội"]


# ---------------------------------------------------------------------------------------------------------------------
# Page artefacts of a PDF's text in a time: a page number after a field line, a footnote at the page's foot.
# ---------------------------------------------------------------------------------------------------------------------


def test_page_number_after_the_last_word_of_a_time_field_is_dropped():
    times = _times(
        "1. Giải quyết phản ánh của phụ huynh học sinh\n- Chủ trì: Ban Thanh tra nhân dân\n"
        "- Thời hạn: Trong thời hạn 05 ngày làm việc kể từ ngày nhận phản ánh\n3\n"
        "2. Tổ chức hội nghị đối thoại\n- Chủ trì: Ban Giám hiệu\n- Thời gian: Học kỳ 2"
    )
    assert times == ["Trong thời hạn 05 ngày làm việc kể từ ngày nhận phản ánh", "Học kỳ 2"]


def test_page_number_after_a_time_field_kept_back():
    """Kept back: written once the rule was done, checked once; it fails without the rule (the page number "4" ended the time)."""
    times = _times(
        "1. Tiếp nhận, xử lý đơn thư của người lao động\n- Chủ trì: Ban Chấp hành Công đoàn\n"
        "- Thời hạn: Trong vòng 07 ngày kể từ ngày nhận được đơn\n4\n"
        "2. Tổng kết năm học\n- Chủ trì: Ban Giám hiệu\n- Thời gian: Tháng 5/2027"
    )
    assert times == ["Trong vòng 07 ngày kể từ ngày nhận được đơn", "Tháng 5/2027"]


def test_footnote_at_the_foot_of_a_page_is_not_the_time_above_it():
    times = _times(
        "1. Vận động các dòng họ thành lập quỹ khuyến học\n- Chủ trì: Hội Khuyến học xã\n- Thời gian: Cả năm 2027\n"
        "² Quyết định số 15/QĐ-UBND ngày 10/01/2027 của Ủy ban nhân dân tỉnh.\n3\n"
        "2. Trao học bổng cho học sinh nghèo\n- Chủ trì: Hội Khuyến học xã\n- Thời gian: Tháng 9/2027"
    )
    assert times == ["Cả năm 2027", "Tháng 9/2027"]


def test_footnote_at_the_foot_of_a_page_kept_back():
    """Kept back: written once the rule was done, checked once; it fails without the rule (the footnote ran on in the time)."""
    times = _times(
        "1. Tập huấn kỹ năng dân vận cho cán bộ thôn\n- Chủ trì: Phòng Nội vụ\n- Thời gian: Quý II/2027\n"
        "¹ Hướng dẫn số 05-HD/BDVTW của Ban Dân vận Trung ương.\n"
        "2. Sơ kết mô hình dân vận khéo\n- Chủ trì: Phòng Nội vụ\n- Thời gian: Tháng 7/2027"
    )
    assert times == ["Quý II/2027", "Tháng 7/2027"]


# ---------------------------------------------------------------------------------------------------------------------
# A continuous duty with its peak: "thường xuyên, cao điểm trong mùa khô từ tháng 12/2026 đến tháng 5/2027".
# ---------------------------------------------------------------------------------------------------------------------


def test_continuous_duty_with_its_peak_is_one_time():
    times = _times(
        "1. Tuyên truyền phòng, chống cháy rừng; Hạt Kiểm lâm chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện "
        "thường xuyên, cao điểm trong mùa khô từ tháng 01 đến tháng 4/2027.\n"
        "2. Kiểm tra an toàn thực phẩm tại các chợ; Trạm Y tế xã thực hiện thường xuyên, cao điểm vào dịp Tết "
        "Nguyên đán."
    )
    assert times == [
        "thường xuyên, cao điểm trong mùa khô từ tháng 01 đến tháng 4/2027",
        "thường xuyên, cao điểm vào dịp Tết Nguyên đán",
    ]


def test_continuous_duty_with_its_peak_kept_back():
    """Kept back: written once the rule was done, checked once; it fails without the rule (read as three times)."""
    times = _times(
        "1. Tuần tra, kiểm soát khai thác cát trái phép trên sông; Đồn Biên phòng phối hợp với Công an xã thực hiện "
        "thường xuyên, cao điểm trong mùa nước cạn từ tháng 02 đến tháng 6/2027."
    )
    assert times == ["thường xuyên, cao điểm trong mùa nước cạn từ tháng 02 đến tháng 6/2027"]
