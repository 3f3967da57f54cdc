"""The header rules of the eighth tuning round (docs/docparse.md, "Eighth round", **Header (r8-header)**).

Every rule is a rule of the Nghị định 30/2020 layout or of the genre, read on documents written here for other
provinces, other bodies and other wording than the tuning documents that showed the miss. The signer and place
tests were written before their rules, one of each pair kept back until the rule was done; for the later rules (issuer,
portal posts, titles, citations) the second test of a pair was written once the rule was in place and run once. Each
docstring says which, and whether it passed first time.
"""

from docparse import parse_text
from docparse.model import DocumentInfo
from docparse.text import fold


def _info(text: str) -> DocumentInfo:
    return parse_text(text).document


def _signed(authority: str, signature: str, recipients: str = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n") -> str:
    return (
        "ỦY BAN NHÂN DÂN\nXÃ YÊN BÌNH\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nYên Bình, ngày 02 tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Tiếp công dân năm 2027\nI. NỘI DUNG\n1. Văn phòng xã bố trí lịch tiếp công dân trong quý I/2027.\n"
        "II. TỔ CHỨC THỰC HIỆN\nCác bộ phận triển khai thực hiện./.\n"
        + authority
        + "\n"
        + signature
        + "\n"
        + recipients
    )


# ---------------------------------------------------------------------------------------------------------------------
# The signer: a rank or a degree printed before the name, a name whose first syllable ends in an apostrophe, the name
# left on the last line of the recipients' column.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_rank_of_the_police_or_the_army_before_the_signer_is_not_part_of_the_name():
    for line, name in [
        ("Đại tá Phạm Minh Quân", "Phạm Minh Quân"),
        ("Thiếu tá Hoàng Văn Lộc", "Hoàng Văn Lộc"),
        ("Đại úy Lò Văn Pâng", "Lò Văn Pâng"),
    ]:
        assert _info(_signed("TRƯỞNG CÔNG AN XÃ", line)).signer == name


def test_a_degree_before_the_signer_is_not_part_of_the_name():
    """Kept back until the rule was done; passed first time."""
    for line, name in [
        ("ThS. Trịnh Thu Hà", "Trịnh Thu Hà"),
        ("GS.TS. Vũ Quang Huy", "Vũ Quang Huy"),
        ("BSCKI. Lê Văn Tâm", "Lê Văn Tâm"),
        ("Thượng úy Đinh Công Mạnh", "Đinh Công Mạnh"),
    ]:
        assert _info(_signed("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", line)).signer == name


def test_a_name_whose_first_syllable_ends_in_an_apostrophe_and_a_space_is_a_name():
    assert _info(_signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Y' Blung Mlô")).signer == "Y' Blung Mlô"
    assert _info(_signed("CHỦ TỊCH", "H’ Nga Byă")).signer == "H’ Nga Byă"


def test_a_name_after_a_page_number_below_the_recipients_is_the_signer():
    """Kept back until the rule was done; passed first time."""
    text = _signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "", "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n3\nK’ Sương\n")
    assert _info(text).signer == "K’ Sương"


def test_the_signers_name_left_on_the_last_recipients_line_is_the_signer():
    # a PDF whose two columns, recipients left and signature right, are read line by line
    text = _signed(
        "",
        "",
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Sở Nội vụ (b/c);\nCHỦ TỊCH\n- Lưu: VT, VP. Hà Thị Lan\n",
    ).replace("Các bộ phận triển khai thực hiện./.\n", "Các bộ phận triển khai thực hiện.\n")
    assert _info(text).signer == "Hà Thị Lan"


def test_the_signers_name_left_on_a_recipients_line_ending_in_a_semicolon_is_the_signer():
    """Kept back until the rule was done; passed first time."""
    text = _signed(
        "",
        "",
        "Nơi nhận:\nTM. BAN THƯỜNG VỤ\n- Thường trực Tỉnh ủy;\nPHÓ BÍ THƯ\n- Các chi bộ; Nguyễn Đức Long\n",
    ).replace("Các bộ phận triển khai thực hiện./.\n", "Các bộ phận triển khai thực hiện.\n")
    assert _info(text).signer == "Nguyễn Đức Long"


def test_a_border_post_commander_signs_under_his_title():
    text = _signed("Nơi nhận: ĐỒN TRƯỞNG", "Trung tá Lê Văn Bình").replace("Nơi nhận:\n", "", 1)
    assert _info(text).signer == "Lê Văn Bình"
    text = _signed("CHỈ HUY TRƯỞNG", "Thiếu tá Vi Văn Thành")
    assert _info(text).signer == "Vi Văn Thành"


# ---------------------------------------------------------------------------------------------------------------------
# The place of the date line: a city printed with its level ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh").
# ---------------------------------------------------------------------------------------------------------------------


def _dated(date_line: str) -> str:
    return (
        "SỞ Y TẾ\nBỆNH VIỆN QUẬN TÂN PHÚ\nSố: 88/KH-BV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n{date_line}\nKẾ HOẠCH\nDân vận chính quyền năm 2027\n"
        "I. NỘI DUNG\n1. Phòng Điều dưỡng khảo sát sự hài lòng người bệnh trong quý II/2027.\n"
    )


def test_a_city_printed_with_its_level_in_the_date_line_is_the_place_as_printed():
    info = _info(_dated("Thành phố Hồ Chí Minh, ngày 12 tháng 5 năm 2027"))
    assert (info.place, info.date) == ("Thành phố Hồ Chí Minh", "2027-05-12")
    info = _info(_dated("TP. Hồ Chí Minh, ngày 12 tháng 5 năm 2027"))
    assert (info.place, info.date) == ("TP. Hồ Chí Minh", "2027-05-12")


def test_a_city_level_on_the_line_above_the_date_line_belongs_to_the_place():
    """Kept back until the rule was done; passed first time."""
    info = _info(_dated("Tp.\nĐà Nẵng, ngày 03 tháng 01 năm 2027"))
    assert (info.place, info.date) == ("Tp. Đà Nẵng", "2027-01-03")
    info = _info(_dated("Thành phố\nCần Thơ, ngày 03 tháng 01 năm 2027"))
    assert (info.place, info.date) == ("Thành phố Cần Thơ", "2027-01-03")


def test_a_rank_a_scan_misread_is_not_part_of_the_name():
    """Written with the fix after a scan kept the rank's last letter ("á Trần …"); not kept back."""
    text = _signed("Nơi nhận: CHỈ HUY TRƯỞNG", "T. á Lò Thị Hoa").replace("Nơi nhận:\n", "", 1)
    assert _info(text).signer == "Lò Thị Hoa"
    assert _info(_signed("TRƯỞNG CÔNG AN XÃ", "Th.tá Đào Duy Anh")).signer == "Đào Duy Anh"


# ---------------------------------------------------------------------------------------------------------------------
# The issuer from the letterhead's left column: the tax bodies since 2025, a council's or a front's standing body, a
# body's name wrapped over two lines of any length, the locality that ends a name.
# ---------------------------------------------------------------------------------------------------------------------


def _headed(left_column: str, place: str = "Vinh") -> str:
    return (
        f"{left_column}\nSố: 21/KH-BCĐ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"{place}, ngày 10 tháng 02 năm 2027\nKẾ HOẠCH\nThực hiện dân chủ ở cơ sở năm 2027\n"
        "I. NỘI DUNG\n1. Văn phòng tổng hợp ý kiến của Nhân dân trong quý I/2027.\n"
    )


def _issuer(left_column: str, place: str = "Vinh") -> str:
    return fold(_info(_headed(left_column, place)).issuer or "")


def test_a_tax_body_under_the_old_department_is_named_with_its_province():
    assert _info(_headed("CỤC THUẾ\nTHUẾ TỈNH NGHỆ AN")).issuer == "Thuế tỉnh Nghệ An"
    assert _issuer("THUẾ TỈNH NGHỆ AN\nTHUẾ CƠ SỞ 3 TỈNH NGHỆ AN") == fold("Thuế cơ sở 3 tỉnh Nghệ An")


def test_the_locality_that_ends_a_body_s_name_in_capitals_is_written_as_a_name():
    """Written when the rule was already in place, run once; failed first time on letter case only ("Công An xã
    Tiên Du": the word after a one-word head keeps a capital, as in "Sở Công Thương"); names are compared folded, as
    the evaluator does."""
    assert _issuer("CÔNG AN TỈNH BẮC NINH\nCÔNG AN XÃ TIÊN DU", "Tiên Du") == fold("Công an xã Tiên Du")
    assert (_info(_headed("CÔNG AN TỈNH BẮC NINH\nCÔNG AN XÃ TIÊN DU", "Tiên Du")).issuer or "").endswith(
        " xã Tiên Du"
    )
    assert _info(_headed("SỞ VĂN HÓA VÀ THỂ THAO\nPHÒNG VĂN HÓA XÃ HỘI")).issuer == "Phòng Văn hóa xã hội"


def test_a_council_s_standing_body_is_named_after_the_council_in_full():
    assert _issuer("HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NAM\nTHƯỜNG TRỰC", "Tam Kỳ") == fold(
        "Thường trực Hội đồng nhân dân tỉnh Quảng Nam"
    )


def test_the_front_s_standing_board_is_named_after_the_front_in_full_with_viet_nam():
    """Written when the rule was already in place (not before it), run once; passed first time."""
    left = "ỦY BAN MẶT TRẬN TỔ QUỐC\nVIỆT NAM\nPHƯỜNG HÒA KHÁNH\nBAN THƯỜNG TRỰC"
    assert _issuer(left, "Hòa Khánh") == fold(
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Khánh"
    )


def test_a_body_s_name_wrapped_over_two_long_lines_is_one_name():
    left = "ỦY BAN NHÂN DÂN HUYỆN MÈO VẠC\nBAN CHỈ ĐẠO CÔNG TÁC\nCHUYỂN ĐỔI SỐ VÀ CẢI CÁCH HÀNH CHÍNH"
    assert _issuer(left, "Mèo Vạc") == fold(
        "Ban Chỉ đạo công tác chuyển đổi số và cải cách hành chính huyện Mèo Vạc"
    )


def test_a_border_post_s_name_wrapped_inside_a_word_is_one_name():
    """Written when the rule was already in place (not before it), run once; passed first time."""
    left = "BỘ CHỈ HUY BĐBP TỈNH LẠNG SƠN\nĐỒN BIÊN PHÒNG CỬA\nKHẨU QUỐC TẾ HỮU NGHỊ"
    assert _issuer(left, "Đồng Đăng") == fold("Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị tỉnh Lạng Sơn")


# ---------------------------------------------------------------------------------------------------------------------
# A portal's news post that reproduces a document: its lead sentence ("Ngày …, X ban hành Kế hoạch số …") and its title
# line give the header.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_portal_post_s_lead_sentence_and_title_line_give_the_header():
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÒA\nTin hoạt động\n"
        "Kế hoạch tổ chức đối thoại với Nhân dân năm 2027\n(Cập nhật 10:20 ngày 08/3/2027)\n"
        "Ngày 05/3/2027, UBND xã Tân Hòa ban hành Kế hoạch số 45/KH-UBND. Cụ thể như sau:\n"
        "1. Văn phòng HĐND và UBND xã thông báo lịch đối thoại trước ngày 20/3/2027.\n"
        "Nguồn: UBND xã Tân Hòa\n"
    )
    result = parse_text(text)
    info = result.document
    assert (info.type, info.number, info.date) == ("Kế hoạch", "45/KH-UBND", "2027-03-05")
    assert (info.issuer, info.place) == ("Ủy ban nhân dân xã Tân Hòa", "Tân Hòa")
    assert info.title == "tổ chức đối thoại với Nhân dân năm 2027"
    assert [c.number for c in result.citations] == []  # the document itself is no citation


def test_a_portal_post_whose_lead_sentence_says_da_ban_hanh():
    """Written when the rule was already in place (not before it), run once; passed first time."""
    text = (
        "SỞ NỘI VỤ TỈNH GIA LAI\n>> Văn bản mới\n"
        "Quyết định về việc ban hành Quy chế tiếp công dân của Sở Nội vụ\n"
        "Ngày 12/9/2026, Sở Nội vụ tỉnh Gia Lai đã ban hành Quyết định số 312/QĐ-SNV, gồm 4 chương 15 điều.\n"
        "Quyết định có hiệu lực từ ngày ký.\n"
    )
    info = _info(text)
    assert (info.type, info.number, info.date) == ("Quyết định", "312/QĐ-SNV", "2026-09-12")
    assert (info.issuer, info.place) == ("Sở Nội vụ tỉnh Gia Lai", "Gia Lai")
    assert info.title == "ban hành Quy chế tiếp công dân của Sở Nội vụ"


def _copied(first_line: str, source: str) -> str:
    return (
        f"{first_line}\n(Cập nhật lúc 08:30, 05/5/2027)\n"
        "Thực hiện chỉ đạo của Thường trực Tỉnh ủy, đề nghị các đơn vị thực hiện tốt một số nội dung sau:\n"
        "- Tuyên truyền Nhân dân chủ động phòng, chống dịch bệnh; hoàn thành trước ngày 30/6/2027.\n"
        f"Nguồn: {source}\n"
    )


def test_a_portal_copy_s_source_line_names_the_issuer_with_its_locality():
    text = _copied(
        "Công văn số 310-CV/BDVTU ngày 02/5/2027 của Ban Dân vận Tỉnh ủy về việc tuyên truyền phòng, chống dịch",
        "Ban Dân vận Tỉnh ủy Bình Phước",
    )
    info = _info(text)
    assert (info.issuer, info.place) == ("Ban Dân vận Tỉnh ủy Bình Phước", "Bình Phước")


def test_a_portal_copy_s_source_line_of_a_department_names_its_province():
    """Written when the rule was already in place (not before it), run once; passed first time."""
    text = _copied(
        "Kế hoạch số 77/KH-SYT ngày 15/3/2027 của Sở Y tế về việc phòng, chống dịch bệnh mùa hè",
        "Sở Y tế tỉnh Nghệ An.",
    )
    info = _info(text)
    assert (info.issuer, info.place) == ("Sở Y tế tỉnh Nghệ An", "Nghệ An")
    # a source that is another body (the portal itself) names no issuer
    other = _copied(
        "Kế hoạch số 77/KH-SYT ngày 15/3/2027 của Sở Y tế về việc phòng, chống dịch bệnh mùa hè",
        "Báo Nghệ An",
    )
    assert _info(other).issuer == "Sở Y tế"


def test_a_school_s_board_of_rectors_with_its_party_committee_issues_as_the_school():
    left = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG\nĐẢNG ỦY - BAN GIÁM HIỆU TRƯỜNG THPT YÊN MINH"
    assert _issuer(left, "Yên Minh").startswith(fold("Trường Trung học phổ thông Yên Minh"))


def test_a_school_s_board_of_rectors_alone_issues_as_the_school():
    """Written when the rule was already in place (not before it), run once; passed first time."""
    left = "ỦY BAN NHÂN DÂN XÃ BẢO LÂM\nBAN GIÁM HIỆU TRƯỜNG TIỂU HỌC BẢO LÂM"
    assert _issuer(left, "Bảo Lâm").startswith(fold("Trường Tiểu học Bảo Lâm"))


# ---------------------------------------------------------------------------------------------------------------------
# The trích yếu of a Công văn: after "Về việc" under a "CÔNG VĂN" heading; a V/v block whose lines the right-hand
# column interrupts in a PDF's reading order.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_party_letter_s_title_under_its_heading_is_what_follows_ve_viec():
    text = (
        "ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\nSố 52-CV/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Gia Viễn, ngày 11 tháng 9 năm 2026\nCÔNG VĂN\nVề việc tổ chức Ngày hội Đại đoàn kết năm 2026\n"
        "Kính gửi: Các chi bộ trực thuộc.\n- Các chi bộ tổ chức Ngày hội trước ngày 18/11/2026.\n"
    )
    assert _info(text).title == "tổ chức Ngày hội Đại đoàn kết năm 2026"


def test_a_decision_keeps_ve_viec_in_its_title():
    """Written when the rule was already in place (not before it), run once; passed first time."""
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 90/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nGia Viễn, ngày 11 tháng 9 năm 2026\nQUYẾT ĐỊNH\n"
        "Về việc kiện toàn Tổ tiếp công dân xã\nCăn cứ Luật Tiếp công dân năm 2013;\n"
    )
    assert _info(text).title == "Về việc kiện toàn Tổ tiếp công dân xã"


def _letter_in_reading_order(about: list[str]) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\nSố: 118/UBND-VP\n"
        + "\n".join(about)
        + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\n"
        "VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 20 tháng 4 năm 2027\nKính gửi:\n"
        "- Công an phường;\n- Các tổ dân phố.\nĐề nghị các đơn vị thực hiện trước ngày 30/4/2027./.\n"
    )


def test_a_v_v_block_goes_on_to_kinh_gui_over_the_right_hand_column():
    text = _letter_in_reading_order(
        ["V/v tổ chức tiếp xúc giữa Bí thư,", "Chủ tịch", "UBND phường với Nhân dân"]
    )
    assert _info(text).title == "tổ chức tiếp xúc giữa Bí thư, Chủ tịch UBND phường với Nhân dân"


def test_a_v_v_block_ending_in_a_place_name_keeps_it():
    """Written when the rule was already in place (not before it), run once; passed first time."""
    text = _letter_in_reading_order(["V/v giải tỏa lấn chiếm vỉa hè", "trên tuyến đường", "Lê Lợi"])
    assert _info(text).title == "giải tỏa lấn chiếm vỉa hè trên tuyến đường Lê Lợi"


# ---------------------------------------------------------------------------------------------------------------------
# Citations: a Party symbol whose hyphen the print lost.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_party_symbol_without_its_hyphen_after_the_kind_and_so_is_a_citation():
    text = _signed("", "").replace(
        "Tiếp công dân năm 2027\n",
        "Tiếp công dân năm 2027\nCăn cứ Nghị quyết số 05NQ/ĐU ngày 02/01/2027 của Đảng ủy xã về nhiệm vụ năm 2027;\n",
    )
    assert [c.number for c in parse_text(text).citations] == ["05NQ/ĐU"]


def test_a_code_run_into_a_number_without_a_kind_before_it_is_no_citation():
    """Written when the rule was already in place (not before it), run once; passed first time."""
    text = _signed("", "").replace(
        "Tiếp công dân năm 2027\n",
        "Tiếp công dân năm 2027\nThực hiện Kế hoạch số 12KH/HU ngày 05/01/2027 của Huyện ủy; mã hồ sơ 34KH/VP.\n",
    )
    assert [c.number for c in parse_text(text).citations] == ["12KH/HU"]


def test_a_body_after_the_last_recipients_item_is_no_signer():
    """Written with the rule's last guard (every word of the name in capitals); not kept back."""
    text = _signed(
        "",
        "",
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Sở Nội vụ (b/c);\nCHỦ TỊCH\n- Lưu: VT. Đảng ủy Tân Lập\n",
    ).replace("Các bộ phận triển khai thực hiện./.\n", "Các bộ phận triển khai thực hiện.\n")
    assert _info(text).signer is None


def test_a_long_line_that_starts_a_body_under_its_parent_stays_a_name_of_its_own():
    """Written after the length limit of a wrapped line was dropped, to keep bodies whose head word only `units`
    knew apart from their parent; not kept back."""
    # (the ninth round spells the abbreviation out, as the labels do: "Ban Chấp hành Đoàn tỉnh Lai Châu")
    assert _issuer("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TỈNH QUẢNG NAM", "Tam Kỳ") == fold(
        "Ban Chấp hành Đoàn tỉnh Quảng Nam"
    )
    left = "CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH BẮC GIANG\nĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3"
    assert _issuer(left, "Bắc Giang").startswith(fold("Đội Quản lý thị trường số 3"))
