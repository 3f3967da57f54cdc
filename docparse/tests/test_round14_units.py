"""The unit rules of the fourteenth tuning round (docs/docparse.md, "Fourteenth round", **Units (r14-units)**).

Every rule is a rule of the genre (how an office names who leads and who takes part in a task), read on documents
written here for other provinces, other bodies and other wording than the tuning documents that showed the miss. For
each rule one document was kept back: written without looking at the parser's result and run once after the rule was
done, with no tuning after that run; its docstring says how it went.
"""

from docparse import parse_text
from docparse.tasks import unit_phrase
from docparse.units import split_units


def _tasks(text: str) -> list[tuple[list[str], list[str]]]:
    return [(task.lead, task.coord) for task in parse_text(text).tasks]


def _leads(text: str) -> list[list[str]]:
    return [task.lead for task in parse_text(text).tasks]


# ---------------------------------------------------------------------------------------------------------------------
# A form-like plan types an item's fields on one line, parted by vertical bars (a table's columns on one line).
# ---------------------------------------------------------------------------------------------------------------------

PLAN_BARS_SCHOOL = """TRƯỜNG TRUNG HỌC PHỔ THÔNG LÊ QUÝ ĐÔN
Số: 41/KH-THPTLQĐ
KẾ HOẠCH
Thực hiện dân chủ trong nhà trường năm học 2027 - 2028
I. MỤC ĐÍCH, YÊU CẦU
Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên.
II. NỘI DUNG
1. Công khai thu, chi các khoản đóng góp của cha mẹ học sinh
Bộ phận chủ trì: Kế toán | Bộ phận phối hợp: Ban đại diện cha mẹ học sinh | Thời gian: tháng 10/2027.
2. Tổ chức hội nghị cán bộ, viên chức năm học 2027 - 2028
Bộ phận chủ trì: Công đoàn trường | Bộ phận phối hợp: Đoàn Thanh niên trường; Tổ Văn phòng | Thời gian: trước ngày 15/10/2027.
III. TỔ CHỨC THỰC HIỆN
Các tổ chuyên môn triển khai thực hiện kế hoạch này./.
"""


def test_fields_parted_by_bars_are_read_as_fields():
    assert _tasks(PLAN_BARS_SCHOOL) == [
        (["Kế toán"], ["Ban đại diện cha mẹ học sinh"]),
        (["Công đoàn trường"], ["Đoàn Thanh niên trường", "Tổ Văn phòng"]),
    ]
    times = [task.timeframe.raw if task.timeframe else None for task in parse_text(PLAN_BARS_SCHOOL).tasks]
    assert times == ["tháng 10/2027", "trước ngày 15/10/2027"]


PLAN_BARS_CLINIC = """TRUNG TÂM Y TẾ KHU VỰC MƯỜNG LAY
Số: 77/KH-TTYT
KẾ HOẠCH
Nâng cao sự hài lòng của người bệnh năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng khám bệnh, chữa bệnh.
II. NỘI DUNG
1. Bố trí ghế chờ và nước uống tại khu khám bệnh
Đơn vị chủ trì: Phòng Tổ chức - Hành chính | Đơn vị phối hợp: Khoa Khám bệnh |
Thời gian: quý I/2027.
2. Công khai giá dịch vụ kỹ thuật tại các khoa
Đơn vị chủ trì: Phòng Tài chính - Kế toán | Đơn vị phối hợp: — | Thời gian: thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Các khoa, phòng triển khai thực hiện./.
"""


def test_a_bar_that_ends_a_wrapped_line_belongs_to_no_field():
    """Kept back: run once after the rule; passed untuned."""
    assert _tasks(PLAN_BARS_CLINIC) == [
        (["Phòng Tổ chức - Hành chính"], ["Khoa Khám bệnh"]),
        (["Phòng Tài chính - Kế toán"], []),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# An enterprise's production units and a cooperative alliance are bodies that act: "Phân xưởng …", "Xí nghiệp …",
# "Dây chuyền số 2", "Nhà máy …", "Liên minh Hợp tác xã tỉnh".
# ---------------------------------------------------------------------------------------------------------------------


def test_an_enterprise_unit_opens_the_subject():
    assert unit_phrase("Phân xưởng Sửa chữa cơ điện phối hợp với Phòng Kỹ thuật kiểm tra …") == (
        "Phân xưởng Sửa chữa cơ điện"
    )
    assert unit_phrase("Nhà máy Gạch Tuynel số 2 lắp đặt hệ thống lọc bụi.") == "Nhà máy Gạch Tuynel số 2"
    assert unit_phrase("Dây chuyền số 3 kiểm định xe cơ giới lưu động.") == "Dây chuyền số 3"
    assert unit_phrase("Các bộ phận bố trí người trực theo lịch.") == "Các bộ phận"


PLAN_FACTORY = """CÔNG TY CỔ PHẦN XI MĂNG BỈM SƠN
Số: 15/KH-XMBS
KẾ HOẠCH
Thực hiện quy chế dân chủ ở cơ sở năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm quyền làm chủ của người lao động.
II. NỘI DUNG
1. Phân xưởng Lò nung phối hợp với Công đoàn bộ phận tổ chức đối thoại với công nhân ca ba; hoàn thành trong quý II/2027.
2. Xí nghiệp Khai thác đá - Vận chuyển niêm yết công khai định mức khoán tại nhà ăn ca; thực hiện trong tháng 3/2027.
3. Mỗi 3 tháng, Nhà máy Nghiền xi măng rà soát chế độ bảo hộ lao động của công nhân.
4. Hội Nông dân xã chủ trì, phối hợp Liên minh Hợp tác xã tỉnh hướng dẫn thành lập tổ hợp tác.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện./.
"""


def test_a_factory_plan_names_its_production_units():
    """Kept back: run once after the rule; passed untuned."""
    assert _tasks(PLAN_FACTORY) == [
        (["Phân xưởng Lò nung"], ["Công đoàn bộ phận"]),
        (["Xí nghiệp Khai thác đá - Vận chuyển"], []),
        (["Nhà máy Nghiền xi măng"], []),
        (["Hội Nông dân xã"], ["Liên minh Hợp tác xã tỉnh"]),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# "in" (print) is a verb of the genre: plans have leaflets printed ("Phòng Hành chính - Tổng hợp in, cấp phát tờ gấp").
# ---------------------------------------------------------------------------------------------------------------------


def test_printing_is_the_verb_after_a_name():
    assert (
        unit_phrase("Phòng Văn hóa - Thông tin in 2.000 tờ rơi tuyên truyền.") == "Phòng Văn hóa - Thông tin"
    )
    assert unit_phrase("Văn phòng Sở in, phát hành cuốn sổ tay.") == "Văn phòng Sở"


# ---------------------------------------------------------------------------------------------------------------------
# An item in clauses after ";", each with its own subject and verb, has a doer for each part; a clause of verbs alone
# ("…; Văn phòng theo dõi, kiểm tra.") follows up the work and its body does not lead.
# ---------------------------------------------------------------------------------------------------------------------

PLAN_TWO_DOERS = """ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN
Số: 88/KH-UBND
KẾ HOẠCH
Công tác dân vận chính quyền năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ nhân dân.
II. NỘI DUNG
1. Công an phường tổ chức tuần tra các tuyến phố ven đê; Đoàn Thanh niên phường ra quân dọn vệ sinh bãi sông mỗi tháng một lần.
2. Trung tâm Phục vụ hành chính công phường tiếp nhận hồ sơ trực tuyến; Văn phòng HĐND và UBND phường theo dõi, đôn đốc.
3. Phòng Văn hóa - Xã hội rà soát danh sách hộ nghèo; Hội Liên hiệp Phụ nữ phường phối hợp.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả trước ngày 30/11/2027./.
"""


def test_each_clause_with_its_own_subject_names_a_doer():
    assert _leads(PLAN_TWO_DOERS) == [
        ["Công an phường", "Đoàn Thanh niên phường"],
        ["Trung tâm Phục vụ hành chính công phường"],
        ["Phòng Văn hóa - Xã hội"],
    ]


PLAN_TWO_DOERS_COMMUNE = """ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 19/KH-UBND
KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Phát huy quyền làm chủ của nhân dân.
II. NỘI DUNG
1. Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa - xã hội đối thoại với nhân dân các thôn vùng cao; Ban Chỉ huy Quân sự xã bố trí lực lượng bảo đảm an toàn buổi đối thoại.
2. Công chức Tư pháp - Hộ tịch niêm yết thủ tục hành chính tại trụ sở; các thôn thực hiện niêm yết tại nhà văn hóa thôn.
3. Ban Quản lý chợ xã sắp xếp lại các quầy hàng; Phòng Kinh tế hướng dẫn, kiểm tra.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả trước ngày 30/11/2027./.
"""


def test_a_further_doer_after_a_semicolon_in_a_commune():
    """Kept back: run once after the rule; passed untuned."""
    assert _leads(PLAN_TWO_DOERS_COMMUNE) == [
        ["Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa - xã hội", "Ban Chỉ huy Quân sự xã"],
        ["Công chức Tư pháp - Hộ tịch", "các thôn"],
        ["Ban Quản lý chợ xã"],
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A department named by two fields parted by a comma ("Phòng Thanh tra, giám sát ngân hàng"): a subject is never
# parted from its verb by a comma, so lowercase words after "Phòng X," are its second field; a list of bodies goes on
# with a body, a collective, people or a place.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_department_with_a_comma_in_its_name():
    assert unit_phrase("Phòng Thanh tra, giám sát ngân hàng kiểm tra việc cho vay.") == (
        "Phòng Thanh tra, giám sát ngân hàng"
    )
    assert unit_phrase("Phòng Tư vấn, điều trị nghiện ma túy tiếp nhận người cai nghiện tự nguyện.") == (
        "Phòng Tư vấn, điều trị nghiện ma túy"
    )
    assert split_units("Phòng Quản lý hộ kinh doanh, cá nhân") == ["Phòng Quản lý hộ kinh doanh, cá nhân"]
    # a list of bodies stays a list
    assert split_units("Phòng Văn hóa - Xã hội, Công an xã") == ["Phòng Văn hóa - Xã hội", "Công an xã"]
    assert unit_phrase("Phòng Kinh tế, các thôn rà soát hộ nghèo.") == "Phòng Kinh tế, các thôn"


LETTER_COMMA_NAMES = """SỞ Y TẾ TỈNH NGHỆ AN
CƠ SỞ CAI NGHIỆN MA TÚY TỈNH
Số: 205/CSCN-TV
V/v tăng cường tư vấn cho người nghiện ma túy
Nghệ An, ngày 10 tháng 3 năm 2027
Kính gửi: Các phòng, đội thuộc Cơ sở.
Để nâng cao chất lượng tư vấn, Giám đốc Cơ sở yêu cầu:
1. Phòng Giáo dục, dạy nghề phối hợp với Đội Bảo vệ tổ chức lớp học nghề may cho học viên; hoàn thành trong quý II/2027.
2. Giao Phòng Y tế, phục hồi chức năng khám sức khỏe định kỳ cho học viên; thực hiện hằng quý.
3. Phòng Tổ chức, hành chính phối hợp với Phòng Tài chính, kế toán rà soát chế độ ăn của học viên.
Yêu cầu các phòng, đội nghiêm túc thực hiện./.
"""


def test_departments_with_a_comma_in_a_rehab_centre_letter():
    """Kept back: run once after the rule; passed untuned."""
    assert _tasks(LETTER_COMMA_NAMES) == [
        (["Phòng Giáo dục, dạy nghề"], ["Đội Bảo vệ"]),
        (["Phòng Y tế, phục hồi chức năng"], []),
        (["Phòng Tổ chức, hành chính"], ["Phòng Tài chính, kế toán"]),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A ward's department since 2025 has a comma in its name: "Các phòng: Văn hóa - Xã hội, Kinh tế, Hạ tầng và Đô thị"
# names two departments.
# ---------------------------------------------------------------------------------------------------------------------


def test_the_wards_economy_department_in_a_shared_kind_list():
    assert split_units("Các phòng: Văn hóa - Xã hội, Kinh tế, Hạ tầng và Đô thị") == [
        "Phòng Văn hóa - Xã hội",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ]
    assert split_units("Các phòng: Kinh tế, Hạ tầng và Đô thị, Văn hóa - Xã hội") == [
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Văn hóa - Xã hội",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A bank's branch is named after its parent's proper name, then its own place: "… Công Thương Việt Nam chi nhánh Cần
# Thơ" (the r13 expected failure in test_round13_units.py now passes).
# ---------------------------------------------------------------------------------------------------------------------


def test_a_branch_after_its_parents_proper_name():
    assert unit_phrase(
        "Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam chi nhánh Quảng Bình phối hợp …"
    ) == ("Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam chi nhánh Quảng Bình")
    assert unit_phrase("Ngân hàng Chính sách xã hội chi nhánh tỉnh Cà Mau giải ngân …") == (
        "Ngân hàng Chính sách xã hội chi nhánh tỉnh Cà Mau"
    )


LETTER_BRANCHES = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
CHI NHÁNH KHU VỰC 11
Số: 96/KV11-TTGS
V/v tăng cường phòng, chống lừa đảo qua tài khoản ngân hàng
Đà Lạt, ngày 04 tháng 3 năm 2027
Kính gửi: Các tổ chức tín dụng trên địa bàn.
Ngân hàng Nhà nước Chi nhánh Khu vực 11 đề nghị:
1. Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam chi nhánh Bắc Lâm Đồng chủ trì, phối hợp với Công an phường Xuân Hương tuyên truyền cho khách hàng cao tuổi; hoàn thành trong quý II/2027.
2. Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh Lâm Đồng rà soát các tài khoản nghi vấn, báo cáo trước ngày 15/5/2027.
Các đơn vị báo cáo kết quả về Ngân hàng Nhà nước Chi nhánh Khu vực 11 trước ngày 30/6/2027./.
"""


def test_a_letter_to_bank_branches():
    """Kept back: run once after the rule; passed untuned."""
    assert _tasks(LETTER_BRANCHES) == [
        (
            ["Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam chi nhánh Bắc Lâm Đồng"],
            ["Công an phường Xuân Hương"],
        ),
        (["Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh Lâm Đồng"], []),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A village's branches of the mass organisations and a province's youth union act ("Chi hội Phụ nữ …", "Chi đoàn thanh
# niên …", "Tỉnh đoàn …"); "X cùng Y <verb>" names Y as X's partner, as "phối hợp với" does.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_village_branch_and_its_partner_after_cung():
    assert _tasks(PLAN_VILLAGE) == [
        (["Chi hội Nông dân"], ["Tổ hòa giải thôn"]),
        (["Chi đoàn thanh niên"], ["Trường Tiểu học Bản Mới"]),
    ]
    tasks = parse_text(
        PLAN_VILLAGE.replace("2. Chi đoàn thanh niên phối hợp với", "2. Chi đoàn thanh niên chủ trì cùng")
    ).tasks
    assert (tasks[1].lead, tasks[1].coord) == (["Chi đoàn thanh niên"], ["Trường Tiểu học Bản Mới"])


PLAN_VILLAGE = """ĐẢNG ỦY XÃ THANH HÓA
CHI BỘ THÔN BẢN MỚI
Số: 03-KH/CB
KẾ HOẠCH
Thực hiện công tác dân vận năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Tăng cường sự đoàn kết trong thôn.
II. NỘI DUNG
1. Chi hội Nông dân cùng Tổ hòa giải thôn vận động các hộ giải quyết tranh chấp đất rẫy; thường xuyên.
2. Chi đoàn thanh niên phối hợp với Trường Tiểu học Bản Mới sửa chữa lớp học trước ngày 15/8/2027.
III. TỔ CHỨC THỰC HIỆN
Các chi hội, chi đoàn triển khai thực hiện./.
"""

PLAN_STORM = """BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH QUẢNG NGÃI
Số: 61/KH-BCH
KẾ HOẠCH
Ứng phó bão, áp thấp nhiệt đới năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Chủ động ứng phó, giảm thiểu thiệt hại.
II. NỘI DUNG
a) Dọn dẹp bãi biển, vớt rác sau bão. Các đơn vị bộ đội đóng quân trên địa bàn, Tỉnh đoàn Quảng Ngãi thực hiện. Thời hạn: trong 48 giờ sau khi bão tan.
b) Đưa tàu thuyền vào nơi neo đậu an toàn. Ủy ban nhân dân các xã, đặc khu ven biển thực hiện, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp. Thời hạn: trước khi bão đổ bộ.
c) Chi đoàn thanh niên Cảng cá Sa Kỳ cùng Đồn Biên phòng Sa Kỳ kiểm đếm tàu thuyền; hằng ngày trong mùa mưa bão.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về Thường trực Ban Chỉ huy./.
"""


def test_a_storm_plan_names_its_doers_after_the_item():
    """Kept back: run once after the rules; passed untuned."""
    assert _tasks(PLAN_STORM) == [
        (["Các đơn vị bộ đội đóng quân trên địa bàn", "Tỉnh đoàn Quảng Ngãi"], []),
        (["Ủy ban nhân dân các xã, đặc khu ven biển"], ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
        (["Chi đoàn thanh niên Cảng cá Sa Kỳ"], ["Đồn Biên phòng Sa Kỳ"]),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# "giao X chủ trì" and "X phối hợp với …" frame a unit's name: a lowercase field in it that is also a verb ("Phòng
# Quản lý bảo vệ rừng và Bảo tồn thiên nhiên", "Đội An ninh kiểm soát") stays in it; a clause does not ("giao Phòng
# Kinh tế tham mưu …").
# ---------------------------------------------------------------------------------------------------------------------


def test_a_role_frames_a_name_whose_field_is_a_verb():
    leads = _leads(PLAN_FRAMED)
    assert leads == [
        ["Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên"],
        ["Đội An ninh kiểm soát"],
        ["Công an xã"],
        ["Phòng Kinh tế"],
    ]


PLAN_FRAMED = """CHI CỤC KIỂM LÂM TỈNH LÂM ĐỒNG
Số: 12/KH-CCKL
KẾ HOẠCH
Phòng cháy, chữa cháy rừng mùa khô năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Bảo vệ diện tích rừng hiện có.
II. NỘI DUNG
1. Kiện toàn các tổ đội xung kích; giao Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên chủ trì, hoàn thành trong quý I/2027.
2. Đội An ninh kiểm soát phối hợp với Hạt Kiểm lâm Bảo Lâm tuần tra các cửa rừng.
3. Công an xã tăng cường phối hợp với Hạt Kiểm lâm tuần tra ban đêm.
4. Giao Phòng Kinh tế tham mưu Ủy ban nhân dân xã chủ trì tổ chức diễn tập.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện./.
"""


# ---------------------------------------------------------------------------------------------------------------------
# A letter's lead-in may close with its verb alone ("… đề nghị Ủy ban nhân dân các xã nêu trên khẩn trương thực
# hiện:"): its list is the bodies' asked; "nêu trên" refers back and is no part of their name.
# ---------------------------------------------------------------------------------------------------------------------

LETTER_ASKED = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THANH HÓA
Số: 1502/SNNMT-TL
V/v kiểm tra an toàn hồ đập trước mùa mưa lũ
Thanh Hóa, ngày 12 tháng 4 năm 2027
Kính gửi: Ủy ban nhân dân các xã: Như Xuân, Thượng Ninh, Xuân Bình.
Để bảo đảm an toàn hồ đập, Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các xã nêu trên khẩn trương thực hiện:
Một là, kiểm tra hiện trạng các hồ chứa nhỏ, gửi kết quả về Sở trước ngày 30/4/2027.
Hai là, phối hợp với Công ty Thủy lợi Sông Chu tổ chức diễn tập xả lũ trong tháng 5/2027.
Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Thủy lợi để được hướng dẫn./.
"""


def test_a_lead_in_closed_by_its_verb_hands_over_the_list():
    assert _tasks(LETTER_ASKED) == [
        (["Ủy ban nhân dân các xã"], []),
        (["Ủy ban nhân dân các xã"], ["Công ty Thủy lợi Sông Chu"]),
    ]


LETTER_ASKED_WARDS = """BẢO HIỂM XÃ HỘI TỈNH PHÚ THỌ
Số: 318/BHXH-QLT
V/v đôn đốc thu bảo hiểm xã hội tự nguyện
Phú Thọ, ngày 03 tháng 3 năm 2027
Kính gửi: Ủy ban nhân dân các phường: Âu Cơ, Vân Phú, Phong Châu.
Bảo hiểm xã hội tỉnh đề nghị Ủy ban nhân dân các phường nêu trên nghiêm túc thực hiện:
Một là, chỉ đạo các tổ dân phố rà soát người chưa tham gia bảo hiểm xã hội, hoàn thành trước ngày 31/3/2027.
Hai là, niêm yết danh sách điểm thu tại nhà văn hóa tổ dân phố.
Trân trọng./.
"""


def test_a_lead_in_to_wards_closed_by_its_verb():
    """Kept back: run once after the rule; passed untuned."""
    assert _leads(LETTER_ASKED_WARDS) == [["Ủy ban nhân dân các phường"], ["Ủy ban nhân dân các phường"]]


# ---------------------------------------------------------------------------------------------------------------------
# Partners named after "với sự phối hợp của"; numbered units of a plural list, each one unit ("các Đội sản xuất số 3,
# số 5"); bodies where troops are stationed ("Đảng ủy các xã, phường đóng quân"); "quan trắc" (monitor) is a verb.
# ---------------------------------------------------------------------------------------------------------------------


def test_partners_numbers_and_stationed_bodies():
    assert split_units("các Tổ công tác số 2, số 7") == ["Tổ công tác số 2", "Tổ công tác số 7"]
    assert unit_phrase("Đảng ủy các xã, phường đóng quân tổ chức …") == "Đảng ủy các xã, phường đóng quân"
    assert unit_phrase("Ủy ban nhân dân xã Cẩm Phả quan trắc nước thải …") == "Ủy ban nhân dân xã Cẩm Phả"
    assert _tasks(PLAN_PARTNERS)[0] == (["Phòng Nghiệp vụ"], ["Bảo tàng tỉnh", "Hội Cựu chiến binh tỉnh"])


PLAN_PARTNERS = """THƯ VIỆN TỈNH HÀ TĨNH
Số: 22/KH-TV
KẾ HOẠCH
Phục vụ bạn đọc năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Phát triển văn hóa đọc.
II. NỘI DUNG
1. Tổ chức triển lãm sách về biển đảo; giao Phòng Nghiệp vụ chủ trì, với sự phối hợp của Bảo tàng tỉnh và Hội Cựu chiến binh tỉnh.
2. Các Đội thư viện lưu động số 1, số 3 phục vụ bạn đọc tại các xã vùng cao hằng tháng.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện./.
"""

PLAN_MINE = """CÔNG TY THAN NÚI BÉO - TKV
Số: 45/KH-NB
KẾ HOẠCH
Bảo vệ môi trường khu vực giáp ranh năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Giảm bụi, tiếng ồn cho khu dân cư.
II. NỘI DUNG
1. Phòng Kỹ thuật môi trường chủ trì, phối hợp với Ủy ban nhân dân phường Hà Tu quan trắc bụi tại khu dân cư tổ 3; hằng quý.
2. Các Công trường khai thác số 2, số 4 phun nước dập bụi trên tuyến đường vận chuyển, với sự phối hợp của Công an phường Hà Tu.
3. Đoàn Thanh niên Công ty phối hợp với Đảng ủy các phường đóng quân trồng cây xanh dọc tuyến đường.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện./.
"""


def test_a_mine_plan_with_partners_and_numbered_units():
    """Kept back: run once after the rules; failed on item 2 only ("Các Công trường khai thác số 2, số 4" gave "Các
    Công trường": a mine's work site was no head word, and "khai thác" cut the name as a verb). Two rules were added
    for it (docs): "Công trường" among the enterprise's units, and the lowercase kind before "số N" of a unit known by
    its number; with them it passes. Its partners and stationed bodies passed untuned."""
    assert _tasks(PLAN_MINE) == [
        (["Phòng Kỹ thuật môi trường"], ["Ủy ban nhân dân phường Hà Tu"]),
        (["Công trường khai thác số 2", "Công trường khai thác số 4"], ["Công an phường Hà Tu"]),
        (["Đoàn Thanh niên Công ty"], ["Đảng ủy các phường đóng quân"]),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A court's chambers are units ("Tòa Dân sự", "Tòa Gia đình và người chưa thành niên"): a proper name after "Tòa"
# does not close the name.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_courts_chambers_are_units():
    assert split_units(
        unit_phrase("Tòa Hành chính và Tòa Gia đình và người chưa thành niên phối hợp …") or ""
    ) == [
        "Tòa Hành chính",
        "Tòa Gia đình và người chưa thành niên",
    ]
    assert split_units("Tòa Hình sự, Tòa Kinh tế") == ["Tòa Hình sự", "Tòa Kinh tế"]


# ---------------------------------------------------------------------------------------------------------------------
# Partners named as people in their role ("phối hợp với giáo viên chủ nhiệm", "… và cô đỡ thôn bản"); a clause that
# only joins in ("…; Ban Chỉ đạo cấp bản phối hợp thực hiện", "…, Đoàn Thanh niên xã hỗ trợ.") names a partner; a
# court's reception section and its heads act ("Bộ phận tiếp công dân", "Phó Chánh án phụ trách").
# ---------------------------------------------------------------------------------------------------------------------

PLAN_SCHOOL_PARTNERS = """TRƯỜNG TRUNG HỌC CƠ SỞ TÂN DÂN
Số: 12/KH-THCS
KẾ HOẠCH
Phòng, chống bạo lực học đường năm học 2027 - 2028
I. MỤC ĐÍCH, YÊU CẦU
Xây dựng môi trường giáo dục an toàn.
II. NỘI DUNG
1. Liên đội phối hợp với giáo viên chủ nhiệm tổ chức sinh hoạt chuyên đề mỗi tháng một lần.
2. Rà soát học sinh có hoàn cảnh khó khăn; Ban đại diện cha mẹ học sinh phối hợp thực hiện trong tháng 9/2027.
3. Tổ chức ngày hội đọc sách do Thư viện trường đảm nhận, Đoàn Thanh niên trường hỗ trợ.
III. TỔ CHỨC THỰC HIỆN
Các tổ chuyên môn triển khai thực hiện./.
"""


def test_partners_as_people_in_their_role_and_partner_clauses():
    assert [coord for _, coord in _tasks(PLAN_SCHOOL_PARTNERS)] == [
        ["giáo viên chủ nhiệm"],
        ["Ban đại diện cha mẹ học sinh"],
        ["Đoàn Thanh niên trường"],
    ]


PLAN_COURT = """TÒA ÁN NHÂN DÂN KHU VỰC 3 - LAI CHÂU
Số: 09/KH-TA
KẾ HOẠCH
Công tác dân vận năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng tiếp công dân.
II. NỘI DUNG
1. Bộ phận tiếp công dân tiếp nhận đơn thư trong ngày làm việc; Phó Chánh án phụ trách trực tiếp đối thoại với người khiếu nại.
2. Văn phòng chủ trì, phối hợp với các trạm y tế xã và cô đỡ thôn bản tuyên truyền phòng chống tảo hôn.
3. Rà soát các vụ việc tồn đọng; Hội Liên hiệp Phụ nữ tỉnh phối hợp.
III. TỔ CHỨC THỰC HIỆN
Văn phòng báo cáo kết quả về Tòa án nhân dân tỉnh./.
"""


def test_a_courts_reception_and_village_partners():
    """Kept back: run once after the rules; passed untuned."""
    assert _tasks(PLAN_COURT) == [
        (["Bộ phận tiếp công dân", "Phó Chánh án phụ trách"], []),
        (["Văn phòng"], ["các trạm y tế xã", "cô đỡ thôn bản"]),
        ([], ["Hội Liên hiệp Phụ nữ tỉnh"]),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# The staff of several units as the subject ("Trợ giúp viên pháp lý các Phòng Nghiệp vụ 1, 2 …"): the units lead, one
# per number, the number without "số" too.
# ---------------------------------------------------------------------------------------------------------------------


def test_the_staff_of_numbered_units():
    assert split_units("các Phòng Nghiệp vụ 1, 2") == ["Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2"]
    assert split_units("Đại đội 3 và 5") == ["Đại đội 3", "Đại đội 5"]
    assert split_units("Trưởng khu vực các khu vực 3, 4, 5") == ["Trưởng khu vực các khu vực 3, 4, 5"]
    assert split_units("Tổ chuyên môn khối 4, 5") == ["Tổ chuyên môn khối 4, 5"]  # one group of two grades
    text = PLAN_BARS_SCHOOL.replace(
        "1. Công khai thu, chi các khoản đóng góp của cha mẹ học sinh\n"
        "Bộ phận chủ trì: Kế toán | Bộ phận phối hợp: Ban đại diện cha mẹ học sinh | Thời gian: tháng 10/2027.\n",
        "1. Giáo viên các Tổ Toán - Tin, Tổ Ngữ văn tổ chức phụ đạo học sinh yếu.\n",
    )
    assert _leads(text)[0] == ["Tổ Toán - Tin", "Tổ Ngữ văn"]


PLAN_LEGAL_AID = """SỞ TƯ PHÁP TỈNH CÀ MAU
TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC
Số: 14/KH-TGPL
KẾ HOẠCH
Trợ giúp pháp lý lưu động năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Đưa trợ giúp pháp lý đến người dân vùng sâu.
II. NỘI DUNG
1. Trợ giúp viên pháp lý các Chi nhánh số 1, số 3 tiếp nhận yêu cầu trợ giúp tại Ủy ban nhân dân các xã ven biển hằng tháng.
2. Cán bộ các Phòng Nghiệp vụ 2, 4 tư vấn pháp luật qua tổng đài miễn phí; hoàn thành trong quý II/2027.
III. TỔ CHỨC THỰC HIỆN
Các phòng báo cáo kết quả trước ngày 30/11/2027./.
"""


def test_a_legal_aid_centres_staff_of_its_branches():
    """Kept back: run once after the rule; item 2 passed, item 1 failed ("Chi nhánh" was no head word of a unit, so
    the staff's units were not found). "Chi nhánh" was added to the head words (`units._HEADS`) for it."""
    assert _leads(PLAN_LEGAL_AID) == [
        ["Chi nhánh số 1", "Chi nhánh số 3"],
        ["Phòng Nghiệp vụ 2", "Phòng Nghiệp vụ 4"],
    ]
