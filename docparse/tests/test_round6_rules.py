"""The rules of the sixth tuning round, each on a short document of the genre (docs/docparse.md, "Sixth round").

The documents here are written in other words and for other places than the tuning documents the rules were read
from, so that a rule that only follows one document's phrasing fails. Several areas add their blocks here.
"""

import pytest

from docparse import parse_text

# ---------------------------------------------------------------------------------------------------------------------
# Timeframes (r6-times): which phrase of a task is its timeframe, and how it is read.
# ---------------------------------------------------------------------------------------------------------------------

_TIMES_SIGNATURE = "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Minh Khoa\n"


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
    return [t.timeframe.raw if t.timeframe else None for t in parse_text(text).tasks]


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
    assert {t.timeframe.kind for t in tasks if t.timeframe} == {"continuous"}


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
    assert [t.timeframe.raw for t in tasks] == [
        "ngày 05 và ngày 20 hằng tháng",
        "trong thời hạn 03 ngày làm việc kể từ ngày nhận phản ánh",
    ]
    assert [t.timeframe.kind for t in tasks] == ["continuous", "event"]
    assert tasks[1].timeframe.due is None  # counted from each feedback: no calendar date


def test_an_open_start_and_a_half_year_inside_the_sentence_are_read():
    text = _special_zone_plan(
        "1. Áp dụng thanh toán không dùng tiền mặt tại bộ phận một cửa; thực hiện ngay từ quý II/2027.\n"
        "2. Số hóa sổ hộ tịch lưu trữ, hoàn thành trong 6 tháng cuối năm 2027.\n"
    )
    first, second = (t.timeframe for t in parse_text(text).tasks)
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
    assert [t.timeframe.raw for t in tasks] == [
        "thứ Bảy tuần đầu của tháng 4 và tháng 10/2027",
        "từ ngày 15/01 đến ngày 28/02/2027",
    ]
    assert [t.lead for t in tasks] == [["Phòng Văn hóa - Xã hội"], ["Công an đặc khu"]]
    assert (tasks[1].timeframe.kind, tasks[1].timeframe.start, tasks[1].timeframe.end) == (
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
    assert [(t.timeframe.raw, t.timeframe.kind) for t in tasks] == [
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
    assert tasks[4].timeframe.due == "2027-06-30" and tasks[9].timeframe.due == "2027-11-18"


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
    assert [(t.lead, t.timeframe.raw, t.timeframe.kind) for t in tasks] == [
        (["Phòng Kinh tế"], "Sau mỗi vụ thu hoạch", "continuous"),
        (["Phòng Kinh tế"], "Cuối năm", "by_date"),
    ]
    assert tasks[1].timeframe.due == "2027-12-31"  # the plan's year (signed in December 2026 for 2027)


def test_a_day_without_year_falls_in_the_year_the_plan_is_for():
    # signed on 02/12/2026, "Công tác dân vận chính quyền năm 2027": "trước ngày 15/3" is 15/3/2027
    text = _special_zone_plan(
        "1. Phòng Nội vụ rà soát quy chế dân chủ ở cơ sở; hoàn thành trước ngày 15/3.\n"
    )
    assert parse_text(text).tasks[0].timeframe.due == "2027-03-15"
    # a plan for a span of years keeps the year it was signed in
    span = text.replace("năm 2027\n", "giai đoạn 2026 - 2030\n", 1)
    assert parse_text(span).tasks[0].timeframe.due == "2026-03-15"


def test_a_deadline_without_the_word_ngay_or_before_a_whole_period_is_read():
    text = _special_zone_plan(
        "1. Rà soát hồ sơ tái định cư, hoàn thành trước 30/6/2027.\n"
        "2. Ban hành quy chế quản lý bến tàu khách trước quý III/2027.\n"
        "3. Tổng kết mô hình “Chợ văn minh”, chậm nhất là cuối quý II/2027.\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.timeframe.raw, t.timeframe.due) for t in tasks] == [
        ("hoàn thành trước 30/6/2027", "2027-06-30"),
        ("trước quý III/2027", "2027-06-30"),  # the day before the quarter starts
        ("chậm nhất là cuối quý II/2027", "2027-06-30"),
    ]
