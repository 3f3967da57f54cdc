"""The rules of the sixth tuning round, each on a short document of the genre (docs/docparse.md, "Sixth round").

The documents here are written in other words and for other places than the tuning documents the rules were read
from, so that a rule that only follows one document's phrasing fails. Several helpers add to this file: each area
keeps its tests in one block under a comment naming it.
"""

from docparse import parse_text
from docparse.evaluate import same_name
from docparse.units import split_units

# ---------------------------------------------------------------------------------------------------------------
# Lead and coordinating units (r6-units): where a unit name ends, who leads a task named in prose, how lists split.
# ---------------------------------------------------------------------------------------------------------------

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
    )
    assert [lead for lead, _ in _units_of(text)] == [
        ["Phòng Văn hóa - Xã hội"],
        ["Trung tâm Phục vụ hành chính công phường"],
        ["Văn phòng HĐND và UBND phường"],
        ["Ban điều hành các khối phố"],
        ["Phòng Kinh tế, Hạ tầng và Đô thị"],  # "giao thông" does not give anything
        ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
        ["Công an phường"],
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
