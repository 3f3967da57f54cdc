"""The rules of the sixth tuning round, each on a short document of the genre (docs/docparse.md, "Sixth round").

The documents here are written in other words and for other places than the tuning documents the rules were read
from, so that a rule that only follows one document's phrasing fails. Several areas add their blocks here.
"""

import pytest

from docparse import parse_text
from docparse.evaluate import same_name
from docparse.units import split_units

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
