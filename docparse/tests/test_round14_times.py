"""The timeframe rules of the fourteenth tuning round (docs/docparse.md, "Fourteenth round", **Times (r14-times)**).

Every rule is a form the genre uses for time: the time field named "Thời điểm" or "Mốc thời gian" (plans whose
times hang on a season or a crop stage), a range of months of one year written with a dash ("tháng 6 - 7/2027"), a
time glossed by the bracket after it, "thường xuyên, đột xuất", "mỗi học kỳ" and "mỗi 6 tháng", a month or quarter
beside the doer in the closing bracket, "khi phát sinh", the first or last week of a month, a periodicity kept by
another body's schedule, the time field typed into a paragraph with a second clause, a day of the period before, a
season opening a table's time cell and the footnote rule under it, "thường xuyên, nhất là …". Each is read on
documents written here for other provinces, other bodies and other wording than the tuning documents that showed the
miss. Which document of a rule was kept back until the rule was done, and which was written after it, its docstring
says.
"""

from docparse import parse_text
from docparse.model import Task


def _tasks(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> list[Task]:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 27/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tân Phú, ngày 08 tháng 02 năm 2027\nKẾ HOẠCH\nPhát triển văn hóa, xã hội năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao đời sống tinh thần của Nhân dân.\n"
        f"{section}\n{body}\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
    )
    return parse_text(text).tasks


def _times(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> list[str | None]:
    return [task.timeframe.raw if task.timeframe else None for task in _tasks(body, section)]


# ---------------------------------------------------------------------------------------------------------------------
# The time field named by the moment ("Thời điểm:", "Thời điểm thực hiện:", "Mốc thời gian:"), as plans whose times
# hang on a season, a crop stage or an event print it: its value is the timeframe, as "Thời gian:" is.
# ---------------------------------------------------------------------------------------------------------------------


def test_moment_field_is_the_time():
    tasks = _tasks(
        "1. Hướng dẫn nông dân vệ sinh đồng ruộng, diệt ốc bươu vàng trước khi gieo sạ.\n"
        "Đơn vị thực hiện: Trạm Khuyến nông xã; Hội Nông dân xã phối hợp.\n"
        "Thời điểm: Trước khi gieo sạ 05 - 07 ngày.\n"
        "2. Tổ chức thăm đồng, đánh giá sinh trưởng của lúa.\n"
        "Đơn vị thực hiện: Trạm Khuyến nông xã.\n"
        "Thời điểm thực hiện: Giai đoạn lúa đẻ nhánh (khoảng 20 - 25 ngày sau sạ)."
    )
    assert [t.timeframe.raw if t.timeframe else None for t in tasks] == [
        "Trước khi gieo sạ 05 - 07 ngày",
        "Giai đoạn lúa đẻ nhánh (khoảng 20 - 25 ngày sau sạ)",
    ]
    assert [t.lead for t in tasks] == [["Trạm Khuyến nông xã"], ["Trạm Khuyến nông xã"]]


def test_milestone_field_is_the_time():
    """Written after the rule (not kept back): the milestone label of a railway or a works plan."""
    times = _times(
        "1. Tuyên truyền an toàn giao thông tại các khu dân cư ven quốc lộ.\n"
        "- Đơn vị thực hiện: Công an xã.\n"
        "- Mốc thời gian: Quý II và quý IV/2027."
    )
    assert times == ["Quý II và quý IV/2027"]


# ---------------------------------------------------------------------------------------------------------------------
# A range of months of one year written with a dash, the year once after the last month ("tháng 6 - 7/2027", "tháng
# 8 - tháng 9/2027"): a time wherever it stands, as "tháng 6 và tháng 7/2027" is.
# ---------------------------------------------------------------------------------------------------------------------


def test_month_range_with_a_dash():
    times = _times(
        "1. Trung tâm Văn hóa - Thể thao xã mở lớp dạy bơi miễn phí cho trẻ em; thời gian mở lớp tháng 6 - 7/2027.\n"
        "2. Tổ chức giải bóng chuyền hơi người cao tuổi các thôn (tháng 9 - tháng 10/2027; Hội Người cao tuổi xã "
        "chủ trì)."
    )
    assert times == ["tháng 6 - 7/2027", "tháng 9 - tháng 10/2027"]


def test_month_range_with_a_dash_kept_back():
    """Kept back: written with the others, not run until the rule was done."""
    times = _times(
        "1. Đoàn Thanh niên xã tổ chức chiến dịch tình nguyện hè, sửa chữa nhà văn hóa các thôn trong tháng 7 - "
        "8/2027."
    )
    assert times == ["trong tháng 7 - 8/2027"]


# ---------------------------------------------------------------------------------------------------------------------
# A time glossed by the bracket right after it (its hours, its weekday, the day expected, the stage of the work it
# waits for, its months) is one timeframe with the bracket, as printed (LABELING.md §3 "Dự kiến sáng ngày 11/10/2020
# (Chủ nhật)"); a time that goes on after the bracket belongs to it; an event dated by the bracket keeps its bracket.
# ---------------------------------------------------------------------------------------------------------------------


def test_time_keeps_its_gloss():
    times = _times(
        "1. Đài Truyền thanh xã phát bản tin phòng, chống dịch sốt xuất huyết 03 lần/tuần (sáng thứ Hai, Tư, Sáu) "
        "trong tháng 8/2027.\n"
        "2. Hội Nông dân xã vận động nông dân nạo vét kênh mương nội đồng từ tháng 11/2027 (khi nước bắt đầu rút).\n"
        "3. Tổ chức Hội nghị tổng kết phong trào thi đua sau khi kết thúc năm học (trong tháng 6/2027)."
    )
    assert times == [
        "03 lần/tuần (sáng thứ Hai, Tư, Sáu) trong tháng 8/2027",
        "từ tháng 11/2027 (khi nước bắt đầu rút)",
        "sau khi kết thúc năm học (trong tháng 6/2027)",
    ]


def test_bracket_with_a_doer_is_no_gloss():
    times = _times("1. Tổ chức hội thi văn nghệ quần chúng các thôn (tháng 5/2027; Ban Văn hóa xã chủ trì).")
    assert times == ["tháng 5/2027"]


def test_time_keeps_its_gloss_kept_back():
    """Second document of the rule, written after the rule was done (not a true kept-back one) and run once, untuned."""
    times = _times(
        "1. Đoàn Thanh niên xã ra quân làm sạch bãi biển 02 lần trong năm (tháng 4 và tháng 9/2027).\n"
        "2. Tổ chức Lễ dâng hương tưởng niệm các anh hùng liệt sĩ ngay sau Tết Nguyên đán (dự kiến sáng thứ Bảy, "
        "ngày 13/02/2027)."
    )
    assert times == [
        "02 lần trong năm (tháng 4 và tháng 9/2027)",
        "ngay sau Tết Nguyên đán (dự kiến sáng thứ Bảy, ngày 13/02/2027)",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# Continuous and unannounced together ("thường xuyên, đột xuất", "thường xuyên và đột xuất"): how an inspection is
# timed, one time as "Định kỳ và đột xuất" is.
# ---------------------------------------------------------------------------------------------------------------------


def test_continuous_and_unannounced():
    times = _times(
        "1. Công an xã phối hợp với Ban Quản lý chợ kiểm tra an toàn phòng cháy tại chợ trung tâm; thực hiện "
        "thường xuyên, đột xuất."
    )
    assert times == ["thường xuyên, đột xuất"]


def test_continuous_and_unannounced_kept_back():
    """Kept back: written before the rule was done."""
    times = _times(
        "1. Trạm Y tế xã kiểm tra vệ sinh an toàn thực phẩm tại các bếp ăn tập thể thường xuyên và đột xuất."
    )
    assert times == ["thường xuyên và đột xuất"]


# ---------------------------------------------------------------------------------------------------------------------
# A periodicity of a semester or of several months ("cập nhật mỗi học kỳ", "Mỗi 6 tháng, …", "mỗi 3 tháng"), as
# "mỗi quý" is.
# ---------------------------------------------------------------------------------------------------------------------


def test_every_semester_and_every_months():
    times = _times(
        "1. Tổ tư vấn học đường rà soát học sinh có hoàn cảnh khó khăn; cập nhật mỗi học kỳ.\n"
        "2. Mỗi 6 tháng, Ban Thanh tra nhân dân xã giám sát việc công khai các khoản đóng góp của Nhân dân."
    )
    assert times == ["mỗi học kỳ", "Mỗi 6 tháng"]


def test_every_months_kept_back():
    """Kept back: written before the rule was done."""
    times = _times(
        "1. Trạm Y tế xã khám sức khỏe định kỳ cho người cao tuổi tại các thôn, mỗi 3 tháng.\n"
        "2. Hằng học kỳ, Ban Đại diện cha mẹ học sinh họp với nhà trường về các khoản thu."
    )
    assert times == ["mỗi 3 tháng", "Hằng học kỳ"]


# ---------------------------------------------------------------------------------------------------------------------
# A point of the calendar after the doer inside the bracket that closes the item: "(Phòng Bảo tàng thực hiện; Quý
# I/2027)", the time column written into the line, as "…, quý II/2027." closing the item is.
# ---------------------------------------------------------------------------------------------------------------------


def test_point_after_the_doer_in_the_closing_bracket():
    times = _times(
        "1. Số hóa hồ sơ di tích cấp tỉnh trên địa bàn xã (Ban Văn hóa xã thực hiện; Quý III/2027).\n"
        "2. Tu bổ nhà bia tưởng niệm liệt sĩ (Văn phòng HĐND và UBND xã chủ trì; tháng 7/2027)."
    )
    assert times == ["Quý III/2027", "tháng 7/2027"]


def test_point_after_the_doer_kept_back():
    """Kept back: written before the rule was done."""
    times = _times(
        "1. Lắp đặt biển chỉ dẫn tới các điểm du lịch cộng đồng (Hợp tác xã Du lịch Tân Phú thực hiện; quý IV/2027)."
    )
    assert times == ["quý IV/2027"]


# ---------------------------------------------------------------------------------------------------------------------
# A time a case sets, closing the clause: "giải quyết khi phát sinh" (as "khi có yêu cầu" is; "ngay khi có kết quả"
# and "trong suốt thời gian trưng bày" are no time in the labels, and stay none); the week named "đầu tiên"/"cuối cùng" of a
# month ("trong tuần đầu tiên của tháng 3/2027") as "tuần đầu"; a periodicity kept by another body's schedule ("mỗi
# tháng 02 lần theo lịch của Đồn Biên phòng").
# ---------------------------------------------------------------------------------------------------------------------


def test_times_set_by_a_case():
    times = _times(
        "1. Bộ phận Một cửa xã niêm yết công khai phí, lệ phí; cập nhật ngay khi có văn bản mới.\n"
        "2. Tiếp nhận, xử lý phản ánh về môi trường khi phát sinh, bảo đảm đúng thời hạn."
    )
    assert times == [None, "khi phát sinh"]


def test_first_week_of_a_month_and_a_schedule():
    times = _times(
        "1. Văn phòng xã tổng hợp kết quả khảo sát trong tuần đầu tiên của tháng 4/2027.\n"
        "2. Dân quân xã cùng Đồn Công an tuần tra bờ biển, mỗi tuần 01 lần theo lịch của Đồn."
    )
    assert times == ["trong tuần đầu tiên của tháng 4/2027", "mỗi tuần 01 lần theo lịch của Đồn"]


def test_event_times_kept_back():
    """Kept back: written before the rules were done (its schedule item failed at first, as the visible schedule test
    did: the count after the period was read by another alternative; it passed once the schedule went there too)."""
    times = _times(
        "1. Ban Công an xã kiểm tra cơ sở lưu trú trong tuần cuối cùng của tháng 6/2027.\n"
        "2. Chi hội Cựu chiến binh thôn tuần tra rừng phòng hộ, mỗi tháng 02 lần theo lịch của Hạt Kiểm lâm."
    )
    assert times == [
        "trong tuần cuối cùng của tháng 6/2027",
        "mỗi tháng 02 lần theo lịch của Hạt Kiểm lâm",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# The time field typed into the paragraph with a second clause of its own time ("Thời hạn: thường xuyên; tăng thời
# lượng từ tháng 9 đến tháng 12/2027."): the field's value as printed (LABELING.md §3, the labeled field first). A day
# of the period before ("trước ngày 25 của tháng trước"), every period, as one of the next period is; the bare
# frequency beside it says the same.
# ---------------------------------------------------------------------------------------------------------------------


def test_time_field_with_a_second_clause():
    times = _times(
        "1. Tuyên truyền phòng, chống đuối nước cho trẻ em. Trạm Y tế xã thực hiện. Thời hạn: thường xuyên; tăng "
        "cường từ tháng 5 đến tháng 8/2027."
    )
    assert times == ["thường xuyên; tăng cường từ tháng 5 đến tháng 8/2027"]


def test_day_of_the_period_before():
    times = _times(
        "1. Xây dựng lịch tiếp công dân hằng tháng, niêm yết tại Bộ phận Một cửa trước ngày 25 của tháng trước."
    )
    assert times == ["trước ngày 25 của tháng trước"]


def test_time_field_and_day_before_kept_back():
    """Kept back: written before the rules were done."""
    times = _times(
        "1. Phát thanh lịch tiêm chủng mở rộng hằng tháng trên loa truyền thanh các thôn chậm nhất ngày 20 của "
        "tháng trước.\n"
        "2. Kiểm tra an toàn hồ đập. Ban Chỉ huy phòng thủ dân sự xã thực hiện. Thời gian: hằng tháng; kiểm tra "
        "đột xuất trong mùa mưa lũ từ tháng 7 đến tháng 11/2027."
    )
    assert times == [
        "chậm nhất ngày 20 của tháng trước",
        "hằng tháng; kiểm tra đột xuất trong mùa mưa lũ từ tháng 7 đến tháng 11/2027",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A season of the weather or of a crop opening the time cell of a table ("Mùa khô (từ 15/4 đến 15/9/2027)", "Vụ xuân
# và vụ thu năm 2027", "Vụ Hè Thu 2027"), as a month does; the footnote rule of a PDF page ("_____" and its numbered
# notes) after the page's last time cell is no part of it.
# ---------------------------------------------------------------------------------------------------------------------

_TABLE_HEAD = "TT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"


def test_season_opens_a_time_cell():
    tasks = _tasks(
        _TABLE_HEAD + "1\nTuần tra, canh gác chống cháy rừng\ntại các chòi canh\nTổ bảo vệ rừng\nCông an xã\n"
        "Mùa khô (từ\n01/5 đến\n31/8/2027)\n2\nHướng dẫn nông dân gieo cấy\ngiống lúa chịu hạn\nHợp tác xã nông "
        "nghiệp\nTrạm Khuyến nông\nVụ xuân và vụ\nmùa năm 2027\n3\nNghiệm thu mô hình\nBan Quản lý dự án\nHợp tác "
        "xã nông nghiệp\nTrước ngày\n15/12/2027"
    )
    assert [t.timeframe.raw if t.timeframe else None for t in tasks] == [
        "Mùa khô (từ 01/5 đến 31/8/2027)",
        "Vụ xuân và vụ mùa năm 2027",
        "Trước ngày 15/12/2027",
    ]


def test_season_and_footnote_second_document():
    """Second document, written after the rules were done (not a true kept-back one), run once untuned."""
    tasks = _tasks(
        _TABLE_HEAD
        + "1\nTập huấn quy trình canh tác\nlúa giảm phát thải¹\nTrạm Trồng trọt\nHội Nông dân xã\nQuý I, "
        "quý III/2027\n__________________\n1 Theo Đề án một triệu héc ta lúa chất lượng cao.\nTrang 1/2\n2\nThăm "
        "đồng, đánh giá sâu bệnh\nTrạm Trồng trọt\nCác hợp tác xã\nVụ Hè Thu 2027"
    )
    assert [t.timeframe.raw if t.timeframe else None for t in tasks] == [
        "Quý I, quý III/2027",
        "Vụ Hè Thu 2027",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# The closing adverb of continuity with the stress after it ("tuần tra thường xuyên, nhất là vào các khung giờ cao
# điểm", "…, đặc biệt là dịp Tết"): the time is the adverb; the stress names when to do more, not another time.
# ---------------------------------------------------------------------------------------------------------------------


def test_continuous_with_a_stress():
    times = _times(
        "1. Công an xã phối hợp với Đội Quản lý thị trường kiểm tra các cơ sở kinh doanh thực phẩm thường xuyên, "
        "nhất là vào dịp lễ hội."
    )
    assert times == ["thường xuyên"]


def test_continuous_with_a_stress_kept_back():
    """Kept back: written before the rule was done."""
    times = _times(
        "1. Ban Chỉ huy Quân sự xã tuyên truyền phòng, chống cháy rừng trên loa truyền thanh thường xuyên, đặc "
        "biệt là trong những ngày nắng nóng kéo dài."
    )
    assert times == ["thường xuyên"]
