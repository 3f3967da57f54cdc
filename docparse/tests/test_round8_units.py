"""The eighth round's rules of lead and coordinating units (docs/docparse.md, "Eighth round", "Units (r8-units)").

Each rule is a rule of the genre's grammar of unit names and assignments, tried on short documents written for other
provinces, bodies and wording than the tuning documents that showed the miss. Of each pair the second test was
written before the rule was tuned and kept back, run only when the rule was done; its comment says whether it passed
the first time (all did but the registration office's, which caught "Đăng ký"). Two pairs were written after their
rule and keep nothing back: the "Trách nhiệm" field and the item whose only field is its time.
"""

from docparse import parse_text
from docparse.model import Task
from docparse.units import split_units

_SIGNATURE = "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Pằn\n"


def _plan(content: str, issuer: str = "SỞ NỘI VỤ", body: str = "UBND TỈNH SƠN LA") -> str:
    return (
        f"{body}\n{issuer}\nSố: 41/KH-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSơn La, ngày 09 tháng 12 năm 2026\nKẾ HOẠCH\n"
        "Công tác năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thực hiện đúng tiến độ.\n"
        "II. NHIỆM VỤ CỤ THỂ\n" + content + "III. TỔ CHỨC THỰC HIỆN\n"
        "Các đơn vị căn cứ Kế hoạch chủ động thực hiện.\n" + _SIGNATURE
    )


def _units(tasks: list[Task]) -> list[tuple[list[str], list[str]]]:
    return [(t.lead, t.coord) for t in tasks]


# ---------------------------------------------------------------------------------------------------------------------
# "Trách nhiệm: X; phối hợp: Y": the field that names who answers for an item names its lead.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_responsibility_field_names_the_lead_and_its_partner_field_the_coordinators():
    text = _plan(
        "1. Số hóa hồ sơ cán bộ, công chức\n"
        "a) Số hóa 100% hồ sơ công chức cấp tỉnh.\n"
        "Trách nhiệm: Phòng Công chức, viên chức; phối hợp: Trung tâm Lưu trữ lịch sử.\n"
        "Tiến độ: Quý III/2027.\n"
    )
    tasks = parse_text(text).tasks
    assert _units(tasks) == [(["Phòng Công chức, viên chức"], ["Trung tâm Lưu trữ lịch sử"])]


def test_a_responsibility_field_on_its_own_line_under_a_numbered_item():
    # no test of this pair was kept back: both were written after the one-line rule (the label joined the field
    # labels before the pair was written)
    text = _plan(
        "1. Tổ chức tập huấn nghiệp vụ văn thư cho các xã, phường.\n"
        "Trách nhiệm: Chi cục Văn thư - Lưu trữ.\n"
        "Thời gian: Tháng 5/2027.\n"
        "2. Kiểm tra công tác thi đua, khen thưởng.\n"
        "Trách nhiệm: Ban Thi đua - Khen thưởng; phối hợp: Thanh tra Sở, Văn phòng Sở.\n"
        "Thời gian: Quý IV/2027.\n",
        issuer="SỞ NỘI VỤ",
        body="UBND TỈNH LAI CHÂU",
    )
    tasks = parse_text(text).tasks
    assert _units(tasks) == [
        (["Chi cục Văn thư - Lưu trữ"], []),
        (["Ban Thi đua - Khen thưởng"], ["Thanh tra Sở", "Văn phòng Sở"]),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# The words of a name: "kinh doanh" is a whole word, not the half of "doanh nghiệp"; "người" and a verb name the people
# a unit serves ("Hỗ trợ người nộp thuế"), not the unit's predicate.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_unit_for_household_businesses_and_for_taxpayers_keeps_its_whole_name():
    text = _plan(
        "1. Đội Kiểm tra hộ kinh doanh phối hợp với Công an phường rà soát hộ kinh doanh chưa kê khai thuế.\n"
        "2. Giao Đội Hỗ trợ người nộp thuế lập chuyên mục hỏi đáp trên trang thông tin điện tử.\n",
        issuer="THUẾ CƠ SỞ 3",
        body="THUẾ THÀNH PHỐ ĐÀ NẴNG",
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [["Đội Kiểm tra hộ kinh doanh"], ["Đội Hỗ trợ người nộp thuế"]]


def test_a_registration_office_and_a_service_for_the_insured_keep_their_names():
    # kept back: failed the first time ("Phòng Đăng ký" was cut at "ký", read as the verb); the rule that a
    # capitalised word may begin a two-syllable verb whose second syllable stays in the name followed
    text = _plan(
        "1. Giao Phòng Đăng ký kinh doanh tiếp nhận hồ sơ trực tuyến toàn trình từ tháng 3/2027.\n"
        "2. Giao Tổ Tư vấn người tham gia bảo hiểm lập đường dây nóng trong quý I/2027.\n",
        issuer="SỞ TÀI CHÍNH",
        body="UBND TỈNH CÀ MAU",
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [["Phòng Đăng ký kinh doanh"], ["Tổ Tư vấn người tham gia bảo hiểm"]]


# ---------------------------------------------------------------------------------------------------------------------
# A role written beside a unit ("(cơ quan thường trực Ban Chỉ đạo)", "Cơ quan thường trực Hội đồng (Sở Nội vụ)"): the
# body that acts is the unit, the role is dropped (LABELING.md §3, role phrases).
# ---------------------------------------------------------------------------------------------------------------------


def _agency_plan(content: str) -> str:
    return (
        "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH\nBAN CHỈ ĐẠO\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 07-KH/BCĐ\n"
        "Tân Định, ngày 20 tháng 01 năm 2027\nKẾ HOẠCH\nhoạt động năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác.\nII. PHÂN CÔNG NHIỆM VỤ\n"
        + content
        + "III. TỔ CHỨC THỰC HIỆN\nCác thành viên báo cáo kết quả trước ngày 10/11/2027.\n"
        "T/M BAN CHỈ ĐẠO\nTRƯỞNG BAN\nNguyễn Văn Hùng\n"
    )


def test_a_heading_with_the_role_of_its_agency_in_brackets_leads_its_bullets_without_the_role():
    text = _agency_plan(
        "1. Ủy ban nhân dân phường\n"
        "- Niêm yết công khai thủ tục hành chính tại trụ sở trong quý I/2027.\n"
        "- Tổ chức hội nghị đối thoại với Nhân dân các khu phố.\n"
        "2. Văn phòng Đảng ủy phường (cơ quan thường trực Ban Chỉ đạo)\n"
        "- Tham mưu tổ chức hội nghị sơ kết 6 tháng thực hiện dân chủ ở cơ sở trên địa bàn phường vào tháng 6/2027.\n"
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks][-1] == ["Văn phòng Đảng ủy phường"]
    assert split_units("Phòng Nội vụ (cơ quan thường trực)") == ["Phòng Nội vụ"]


def test_a_standing_body_named_by_its_role_acts_through_the_unit_in_brackets():
    # kept back: passed the first time
    text = _plan(
        "1. Về tổng hợp: Cơ quan thường trực Hội đồng (Phòng Văn hóa - Xã hội) tổng hợp kết quả bình xét "
        "trước ngày 15/11/2027.\n"
        "2. Sở Y tế (cơ quan đầu mối) hướng dẫn các trạm y tế xã thực hiện trong quý II/2027.\n"
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [["Phòng Văn hóa - Xã hội"], ["Sở Y tế"]]


# ---------------------------------------------------------------------------------------------------------------------
# Under an agency's heading, a bullet whose subject is the office holder who heads it names its own actor.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_bullet_led_by_the_chairman_under_the_peoples_committee_heading_keeps_the_chairman():
    text = _agency_plan(
        "1. Ủy ban nhân dân phường\n"
        "- Niêm yết công khai thủ tục hành chính tại trụ sở trong quý I/2027.\n"
        "- Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ vào ngày 15 hằng tháng.\n"
        "2. Ủy ban Mặt trận Tổ quốc Việt Nam phường\n"
        "- Giám sát việc thực hiện dân chủ ở cơ sở.\n"
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [
        ["Ủy ban nhân dân phường"],
        ["Chủ tịch Ủy ban nhân dân phường"],
        ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
    ]


def test_a_bullet_led_by_the_director_under_the_centre_heading_keeps_the_director():
    # kept back: passed the first time
    text = _agency_plan(
        "1. Trung tâm Y tế khu vực Tân Định\n"
        "- Giám đốc Trung tâm Y tế khu vực trực tiếp kiểm tra các trạm y tế mỗi quý một lần.\n"
        "- Bố trí cán bộ trực tại điểm tiếp nhận phản ánh.\n"
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [
        ["Giám đốc Trung tâm Y tế khu vực"],
        ["Trung tâm Y tế khu vực Tân Định"],
    ]


# ---------------------------------------------------------------------------------------------------------------------
# Lists inside one name: the office of the National Assembly delegation and the council ("Văn phòng Đoàn ĐBQH và
# HĐND"), a body at several kinds of locality ("Đảng ủy xã, phường, đặc khu").
# ---------------------------------------------------------------------------------------------------------------------


def test_the_office_of_the_delegation_and_the_council_and_a_body_at_every_kind_of_commune_are_one_unit():
    assert split_units("Văn phòng Đoàn ĐBQH và HĐND tỉnh") == ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"]
    assert split_units("Ban Dân vận Đảng ủy xã, phường, đặc khu") == [
        "Ban Dân vận Đảng ủy xã, phường, đặc khu"
    ]


def test_the_office_of_the_delegation_and_a_force_at_every_kind_of_commune_beside_other_units():
    # kept back: passed the first time
    assert split_units("Văn phòng Đoàn ĐBQH và HĐND thành phố, Sở Tư pháp") == [
        "Văn phòng Đoàn ĐBQH và HĐND thành phố",
        "Sở Tư pháp",
    ]
    assert split_units("Công an xã, phường, thị trấn; Ban Chỉ huy Quân sự xã, phường") == [
        "Công an xã, phường, thị trấn",
        "Ban Chỉ huy Quân sự xã, phường",
    ]
    assert split_units("Công an xã, Hội Nông dân xã") == ["Công an xã", "Hội Nông dân xã"]


# ---------------------------------------------------------------------------------------------------------------------
# A steering committee is named by what it steers: "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã".
# ---------------------------------------------------------------------------------------------------------------------


def test_a_steering_committee_named_by_the_rules_it_carries_out_keeps_its_whole_name():
    text = _plan(
        "1. Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã rà soát, kiện toàn thành viên trong quý I/2027.\n"
    )
    assert [t.lead for t in parse_text(text).tasks] == [["Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã"]]


def test_a_steering_committee_named_by_the_scheme_it_carries_out_keeps_its_whole_name():
    # kept back: passed the first time
    text = _plan(
        "1. Giao Ban Chỉ đạo thực hiện Đề án 06 phường kiểm tra việc cấp tài khoản định danh điện tử.\n"
    )
    assert [t.lead for t in parse_text(text).tasks] == [["Ban Chỉ đạo thực hiện Đề án 06 phường"]]


# ---------------------------------------------------------------------------------------------------------------------
# "phối hợp X" without "với" names a coordinator; "X chủ trì, phối hợp Y" inside a field splits into lead and
# coordinator; "mời đại diện X tham gia" invites a participant, who is no coordinator (LABELING.md §3).
# ---------------------------------------------------------------------------------------------------------------------


def test_a_coordinator_after_phoi_hop_without_voi_and_a_field_that_names_lead_and_coordinator():
    text = _plan(
        "1. Rà soát đơn thư tồn đọng.\n"
        "- Thanh tra Sở lập danh sách đơn tồn đọng; phối hợp Phòng Pháp chế giải quyết dứt điểm trong quý II/2027.\n"
        "2. Giám sát chuyên đề về tiếp công dân.\n"
        "+ Thực hiện: Ban Kinh tế - Ngân sách HĐND tỉnh chủ trì, phối hợp Văn phòng HĐND tỉnh.\n"
    )
    tasks = parse_text(text).tasks
    assert _units(tasks) == [
        (["Thanh tra Sở"], ["Phòng Pháp chế"]),
        (["Ban Kinh tế - Ngân sách HĐND tỉnh"], ["Văn phòng HĐND tỉnh"]),
    ]


def test_an_invited_participant_in_a_field_is_no_coordinator():
    # kept back: passed the first time
    text = _plan(
        "1. Kiểm tra việc giải quyết thủ tục hành chính tại các xã.\n"
        "+ Thực hiện: Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính; mời đại diện Ủy ban Mặt trận Tổ quốc "
        "Việt Nam tỉnh tham dự.\n"
        "2. Tổng hợp kết quả kiểm tra.\n"
        "+ Thực hiện: Đoàn kiểm tra; mời đại diện Báo Sơn La tham gia.\n"
    )
    tasks = parse_text(text).tasks
    assert _units(tasks) == [(["Phòng Nội vụ"], ["Phòng Tài chính"]), (["Đoàn kiểm tra"], [])]


# ---------------------------------------------------------------------------------------------------------------------
# The members of a committee act as its subject: "Các thành viên Ban Chỉ đạo kiểm tra …".
# ---------------------------------------------------------------------------------------------------------------------


def test_the_members_of_a_steering_committee_lead_what_they_do():
    text = _plan("1. Về kiểm tra: Các thành viên Ban Chỉ đạo kiểm tra tại các xã được phân công phụ trách.\n")
    assert [t.lead for t in parse_text(text).tasks] == [["Các thành viên Ban Chỉ đạo"]]


def test_the_members_of_a_working_group_lead_what_they_do():
    # kept back: passed the first time
    text = _plan(
        "1. Thành viên Tổ công tác liên ngành theo dõi việc khắc phục sau kiểm tra, báo cáo hằng tháng.\n"
    )
    assert [t.lead for t in parse_text(text).tasks] == [["Thành viên Tổ công tác liên ngành"]]


# ---------------------------------------------------------------------------------------------------------------------
# An item whose only field is its time ("thời gian: …" on a line of its own in a PDF's text) names its units in its
# own sentences, as an item without fields does.
# ---------------------------------------------------------------------------------------------------------------------


def test_an_item_with_only_a_time_field_names_its_units_in_its_sentence():
    # no test of this pair was kept back: both were written after the rule
    text = _plan(
        "1. Rà soát danh sách hộ nghèo, hộ cận nghèo năm 2027. Phòng Văn hóa - Xã hội chủ trì, phối hợp với\n"
        "Hội Nông dân xã;\n"
        "thời gian: tháng 10/2027.\n"
    )
    tasks = parse_text(text).tasks
    assert _units(tasks) == [(["Phòng Văn hóa - Xã hội"], ["Hội Nông dân xã"])]


def test_an_item_with_only_a_deadline_field_names_its_lead_after_giao():
    # written after the rule
    text = _plan(
        "1. Kiểm kê tài sản công tại trụ sở các thôn; giao Văn phòng HĐND và UBND xã thực hiện.\n"
        "Thời hạn: trước ngày 15/12/2027.\n"
    )
    tasks = parse_text(text).tasks
    assert _units(tasks) == [(["Văn phòng HĐND và UBND xã"], [])]


# ---------------------------------------------------------------------------------------------------------------------
# A later sentence of an item in which another body "hỗ trợ" (supports) the work names a coordinator; the verbs of an
# official's conduct ("mặc", "đeo") end the name of who acts.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_body_that_supports_in_a_later_sentence_coordinates():
    text = _plan(
        "1. Phòng Kinh tế rà soát diện tích lúa bị thiệt hại sau bão, hoàn thành trước ngày 30/10/2027. "
        "Chi cục Thống kê khu vực hỗ trợ số liệu.\n"
    )
    tasks = parse_text(text).tasks
    assert _units(tasks) == [(["Phòng Kinh tế"], ["Chi cục Thống kê khu vực"])]


def test_a_health_centre_that_supports_a_station_coordinates():
    # kept back: passed the first time
    text = _plan(
        "1. Trạm Y tế xã tổ chức tiêm vắc xin sởi cho trẻ em dưới 5 tuổi trong tháng 4/2027. "
        "Trung tâm Y tế khu vực hỗ trợ chuyên môn, kỹ thuật.\n"
    )
    tasks = parse_text(text).tasks
    assert _units(tasks) == [(["Trạm Y tế xã"], ["Trung tâm Y tế khu vực"])]


def test_officials_who_wear_their_uniform_are_named_up_to_the_verb():
    text = _plan("- Cán bộ Bộ phận Một cửa mặc đồng phục khi tiếp công dân.\n")
    assert [t.lead for t in parse_text(text).tasks] == [["Cán bộ Bộ phận Một cửa"]]


def test_civil_servants_who_wear_their_badge_are_named_up_to_the_verb():
    # kept back: passed the first time
    text = _plan("- Công chức Tư pháp - Hộ tịch đeo thẻ công chức trong giờ làm việc.\n")
    assert [t.lead for t in parse_text(text).tasks] == [["Công chức Tư pháp - Hộ tịch"]]


# ---------------------------------------------------------------------------------------------------------------------
# A later sentence in which a body "phối hợp" (without "với") names a coordinator, as one that "hỗ trợ" does; a unit
# written in lower case after "Giao" ("Giao bộ phận Kế toán chủ trì"); Party committees as a subject ("Các đảng ủy
# trực thuộc Tỉnh ủy"); a list of numbered places in a name ("các khu vực 3, 4, 5").
# ---------------------------------------------------------------------------------------------------------------------


def test_a_later_sentence_whose_body_works_with_the_lead_names_a_coordinator():
    text = _plan(
        "1. Tổ chức hội nghị người lao động năm 2027 trong tháng 01/2027. Giám đốc chủ trì; Ban Chấp hành "
        "Công đoàn cơ sở phối hợp chuẩn bị nội dung.\n"
    )
    assert _units(parse_text(text).tasks) == [(["Giám đốc"], ["Ban Chấp hành Công đoàn cơ sở"])]


def test_a_later_sentence_whose_youth_union_works_with_the_lead_names_a_coordinator():
    # kept back: run once by mistake before the rule existed (it failed, as every test of the pair did); not
    # used in tuning, it passed the first time after the rule
    text = _plan(
        "1. Phòng Văn hóa - Xã hội tổ chức Ngày hội đọc sách tại các trường trong tháng 4/2027. "
        "Đoàn Thanh niên xã phối hợp vận động học sinh tham gia.\n"
    )
    assert _units(parse_text(text).tasks) == [(["Phòng Văn hóa - Xã hội"], ["Đoàn Thanh niên xã"])]


def test_a_unit_in_lower_case_after_giao_leads():
    text = _plan(
        "1. Cập nhật hồ sơ tài sản. Giao bộ phận Kế toán chủ trì, phối hợp với Tổ Văn phòng thực hiện.\n"
    )
    assert _units(parse_text(text).tasks) == [(["bộ phận Kế toán"], ["Tổ Văn phòng"])]


def test_a_section_in_lower_case_after_giao_leads():
    # kept back: run once by mistake before the rule existed (it failed); not used in tuning, it passed the
    # first time after the rule
    text = _plan("1. Rà soát hồ sơ học sinh. Giao bộ phận Giáo vụ thực hiện trước ngày 30/9/2027.\n")
    assert [t.lead for t in parse_text(text).tasks] == [["bộ phận Giáo vụ"]]


def test_party_committees_as_a_subject_lead():
    text = _plan(
        "1. Các đảng ủy trực thuộc Tỉnh ủy chỉ đạo lựa chọn mô hình điển hình trước ngày 15/3/2027.\n"
    )
    assert [t.lead for t in parse_text(text).tasks] == [["Các đảng ủy trực thuộc Tỉnh ủy"]]


def test_party_organisations_as_a_subject_lead():
    # kept back: passed the first time
    text = _plan("1. Các đảng bộ trực thuộc tổ chức sơ kết phong trào thi đua trong tháng 7/2027.\n")
    assert [t.lead for t in parse_text(text).tasks] == [["Các đảng bộ trực thuộc"]]


def test_a_list_of_numbered_quarters_stays_in_the_name():
    text = _plan(
        "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp với Trưởng khu phố các khu phố 2, 7, 9 "
        "vận động Nhân dân tham dự hội nghị.\n"
    )
    assert [t.coord for t in parse_text(text).tasks] == [["Trưởng khu phố các khu phố 2, 7, 9"]]


def test_a_list_of_numbered_hamlets_stays_in_the_name():
    # kept back: passed the first time
    text = _plan(
        "1. Công an xã phối hợp với Trưởng thôn các thôn 1, 4 tuần tra bảo vệ lúa trong mùa thu hoạch.\n"
    )
    assert [t.coord for t in parse_text(text).tasks] == [["Trưởng thôn các thôn 1, 4"]]


# ---------------------------------------------------------------------------------------------------------------------
# An item that opens "Đề nghị X <verb> …" names X, the body asked to act, as its lead; a clause "X là đầu mối …" names
# the unit that leads the work the issuer itself does.
# ---------------------------------------------------------------------------------------------------------------------


def test_an_item_that_asks_the_front_to_act_names_it_as_lead():
    text = _plan(
        "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tăng cường giám sát việc thu, chi quỹ phòng, chống thiên tai.\n"
    )
    assert [t.lead for t in parse_text(text).tasks] == [["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]]


def test_an_item_that_asks_the_farmers_union_to_act_names_it_as_lead():
    # kept back: passed the first time
    text = _plan(
        "2. Đề nghị Hội Nông dân tỉnh vận động hội viên tham gia chuỗi liên kết sản xuất trong năm 2027.\n"
    )
    assert [t.lead for t in parse_text(text).tasks] == [["Hội Nông dân tỉnh"]]


def test_the_unit_that_is_the_focal_point_of_the_issuers_own_work_leads():
    text = _plan(
        "1. Trung tâm tổ chức Hội nghị viên chức năm 2027 trong tháng 01/2027; Phòng Hành chính - Tổng hợp là đầu "
        "mối chuẩn bị nội dung.\n",
        issuer="TRUNG TÂM Y TẾ KHU VỰC MAI SƠN",
    )
    assert [t.lead for t in parse_text(text).tasks] == [["Phòng Hành chính - Tổng hợp"]]


def test_the_office_that_is_the_focal_point_of_the_schools_own_work_leads():
    # kept back: passed the first time
    text = _plan(
        "1. Nhà trường tổ chức ngày hội tư vấn tuyển sinh trong tháng 3/2027; Phòng Đào tạo là đơn vị đầu mối "
        "liên hệ các doanh nghiệp.\n",
        issuer="TRƯỜNG CAO ĐẲNG SƠN LA",
    )
    assert [t.lead for t in parse_text(text).tasks] == [["Phòng Đào tạo"]]


# ---------------------------------------------------------------------------------------------------------------------
# An item that ends with its fields in a parenthesis keeps them when a PDF's text glued the page number after it.
# ---------------------------------------------------------------------------------------------------------------------


def test_fields_in_a_closing_parenthesis_before_a_glued_page_number():
    text = _plan(
        "1. Tổ chức hội nghị đối thoại với tiểu thương chợ trung tâm về sắp xếp lại chợ (chủ trì: Phòng Kinh tế; "
        "phối hợp: Ban quản lý chợ; thời gian: tháng 5/2027). 3\n"
    )
    assert _units(parse_text(text).tasks) == [(["Phòng Kinh tế"], ["Ban quản lý chợ"])]


def test_fields_in_a_closing_parenthesis_before_a_glued_page_number_of_two_digits():
    # kept back: passed the first time
    text = _plan(
        "1. Rà soát hồ sơ đất đai tồn đọng tại các thôn (chủ trì: Phòng Kinh tế; phối hợp: Công an xã, Trưởng các "
        "thôn; thời gian: quý II/2027). 12\n"
    )
    assert _units(parse_text(text).tasks) == [(["Phòng Kinh tế"], ["Công an xã", "Trưởng các thôn"])]
