"""The rules of the thirteenth round's header area (docs/docparse.md, "Thirteenth round", **Header (r13-header)**).

Each rule is a rule of the genre (how Vietnamese offices print their letterhead), read here on documents written for
other provinces, other bodies and other wording than the tuning documents. For each rule one document was kept back:
written before the rule, seen failing, and checked once after it without further tuning (the parser of 0547143).
"""

from docparse import parse_text


def _issuer(left: str, place: str = "Hà Tĩnh", preamble: str = "") -> str | None:
    text = (
        f"{left}\nSố: 21/KH-ĐV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"{place}, ngày 12 tháng 3 năm 2027\nKẾ HOẠCH\nCông tác dân vận năm 2027\n{preamble}\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nGần dân, sát dân.\nII. NHIỆM VỤ\n"
        "1. Tổ chức đối thoại với người dân, hoàn thành trước ngày 30/6/2027.\n"
        "GIÁM ĐỐC\nNguyễn Văn Bình\nNơi nhận:\n- Lưu: VT.\n"
    )
    return parse_text(text).document.issuer


# ---------------------------------------------------------------------------------------------------------------------
# A facility, an enterprise or a branch heads its own letterhead line under its parent ("CƠ SỞ CAI NGHIỆN …",
# "CẢNG HÀNG KHÔNG …", "CÔNG TY …", "CHI NHÁNH …"): the line starts a body's name, it does not go on the parent's.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_facility_under_its_department_is_the_provinces() -> None:
    issuer = _issuer("SỞ Y TẾ TỈNH NGHỆ AN\nCƠ SỞ CAI NGHIỆN MA TÚY SỐ 1", place="Nghệ An")
    assert issuer is not None and issuer.lower() == "cơ sở cai nghiện ma túy số 1 tỉnh nghệ an"


def test_kept_back_an_airport_under_its_corporation_is_the_issuer() -> None:
    """Kept back: an airport of another province; before the rule its line ran on after the corporation's."""
    issuer = _issuer("TỔNG CÔNG TY CẢNG HÀNG KHÔNG VIỆT NAM - CTCP\nCẢNG HÀNG KHÔNG PHÚ BÀI", place="Huế")
    assert issuer is not None and issuer.lower().startswith("cảng hàng không phú bài")


def test_a_company_under_its_group_is_the_issuer() -> None:
    issuer = _issuer("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nTỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC\nCÔNG TY ĐIỆN LỰC HÀ TĨNH")
    assert issuer is not None and issuer.lower() == "công ty điện lực hà tĩnh"


def test_a_bank_branch_is_named_after_its_bank() -> None:
    issuer = _issuer("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH KHU VỰC 9", place="Nghệ An")
    assert issuer is not None and issuer.lower() == "ngân hàng nhà nước chi nhánh khu vực 9"


# ---------------------------------------------------------------------------------------------------------------------
# A room of a police force ("PHÒNG CẢNH SÁT …" under "CÔNG AN TỈNH …") is named after the force, not the place alone.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_police_room_is_named_after_its_force() -> None:
    issuer = _issuer(
        "CÔNG AN TỈNH THANH HÓA\nPHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", place="Thanh Hóa"
    )
    assert issuer is not None and issuer.lower() == (
        "phòng cảnh sát quản lý hành chính về trật tự xã hội công an tỉnh thanh hóa"
    )


def test_kept_back_a_police_room_in_a_city() -> None:
    """Kept back: a city police's room of another field; before the rule the force was dropped."""
    issuer = _issuer("CÔNG AN THÀNH PHỐ ĐÀ NẴNG\nPHÒNG THAM MƯU", place="Đà Nẵng")
    assert issuer is not None and issuer.lower() == "phòng tham mưu công an thành phố đà nẵng"


# ---------------------------------------------------------------------------------------------------------------------
# A name with a dash wraps at the dash's second word ("ĐOÀN KINH TẾ - QUỐC" / "PHÒNG 327"): a head word with nothing
# but a number after it names no body, it ends the line above.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_defence_economic_group_wrapped_at_its_number() -> None:
    issuer = _issuer("QUÂN KHU 4\nĐOÀN KINH TẾ - QUỐC\nPHÒNG 4", place="Hà Tĩnh")
    assert issuer is not None and issuer.lower() == "đoàn kinh tế - quốc phòng 4"


def test_kept_back_a_defence_economic_group_of_another_region() -> None:
    """Kept back: another military region's group; before the rule the issuer was "Phòng 327"."""
    issuer = _issuer("BỘ TƯ LỆNH QUÂN KHU 3\nĐOÀN KINH TẾ - QUỐC\nPHÒNG 327", place="Quảng Ninh")
    assert issuer is not None and issuer.lower() == "đoàn kinh tế - quốc phòng 327"


# ---------------------------------------------------------------------------------------------------------------------
# A portal's record of a document is a block of "field<TAB>value" lines above the text; its "Tệp đính kèm<TAB>file"
# is a field of the record, not the related-links trailer below the text, which ends the citations.
# ---------------------------------------------------------------------------------------------------------------------


def _web_copy(record: str, trailer: str) -> str:
    return (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ\nTrang chủ | Văn bản | Liên hệ\n\nThông tin văn bản\n"
        f"{record}\n\nNội dung văn bản\n"
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ CAM LỘ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 45/KH-UBND\tCam Lộ, ngày 05 tháng 02 năm 2027\nKẾ HOẠCH\nTiếp công dân năm 2027\n"
        "Căn cứ Luật Tiếp công dân năm 2013; Kế hoạch số 12/KH-UBND ngày 10/01/2027 của Ủy ban nhân dân tỉnh "
        "Quảng Trị về công tác tiếp công dân, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:\n"
        "I. NHIỆM VỤ\n1. Công chức Tư pháp - Hộ tịch tham mưu lịch tiếp công dân định kỳ hằng tháng.\n"
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Lưu: VT.\tCHỦ TỊCH\n\tLê Văn Hải\n\n"
        f"Lượt xem: 120\n{trailer}\n"
    )


def test_a_portal_records_attachment_field_keeps_the_citations() -> None:
    text = _web_copy(
        "Số ký hiệu\t45/KH-UBND\nNgày ban hành\t05/02/2027\nLoại văn bản\tKế hoạch\n"
        "Tệp đính kèm\t45-KH-UBND.pdf (230 KB)",
        "Văn bản cùng cơ quan ban hành:\n40/BC-UBND - Báo cáo công tác tiếp công dân năm 2026 (20/01/2027)",
    )
    assert [c.number for c in parse_text(text).citations] == ["12/KH-UBND"]


def test_kept_back_a_portal_record_with_its_file_field() -> None:
    """Kept back: another portal's record, "File đính kèm" and a "Văn bản cùng lĩnh vực" trailer; before the rule the
    record's file field cut off every citation."""
    text = _web_copy(
        "Số hiệu\t45/KH-UBND\nCơ quan ban hành\tỦy ban nhân dân xã Cam Lộ\nFile đính kèm\tTải về",
        "Văn bản cùng lĩnh vực:\n03/KH-UBND - Kế hoạch tiếp công dân năm 2026",
    )
    assert [c.number for c in parse_text(text).citations] == ["12/KH-UBND"]


# ---------------------------------------------------------------------------------------------------------------------
# A number too long for the letterhead's column wraps at its dash ("Số: 318/KH-" / "SCT"): the symbol's rest is part
# of the number, no word of the issuer's name.
# ---------------------------------------------------------------------------------------------------------------------


def _wrapped_number(left: list[str], number: list[str], place: str) -> str | None:
    lines = [
        *left,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
        "VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        *number,
        f"{place}, ngày 12 tháng 01 năm 2027",
        "KẾ HOẠCH",
        "Công tác dân vận chính quyền năm 2027",
        "I. NHIỆM VỤ",
        "1. Các phòng tổ chức đối thoại với doanh nghiệp, hoàn thành trước ngày 30/6/2027.",
        "GIÁM ĐỐC",
        "Trần Văn An",
    ]
    return parse_text("\n".join(lines)).document.issuer


def test_a_symbol_wrapped_below_the_number_is_no_word_of_the_issuer() -> None:
    issuer = _wrapped_number(
        ["ỦY BAN NHÂN DÂN TỈNH", "LAI CHÂU", "SỞ NỘI VỤ"], ["Số: 41/KH-", "SNV"], "Lai Châu"
    )
    assert issuer is not None and issuer.lower() == "sở nội vụ tỉnh lai châu"


def test_kept_back_a_longer_symbol_wrapped_below_the_number() -> None:
    """Kept back: another department's symbol wrapped after its dash; before the rule the issuer ended "… sgdđt"."""
    issuer = _wrapped_number(
        ["ỦY BAN NHÂN DÂN TỈNH", "CAO BẰNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], ["Số: 27/KH-", "SGDĐT"], "Cao Bằng"
    )
    assert issuer is not None and issuer.lower() == "sở giáo dục và đào tạo tỉnh cao bằng"


# ---------------------------------------------------------------------------------------------------------------------
# A body's own portal is headed by its name and province ("SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NINH"): a copy there without
# a date line takes its place from that banner, the issuer's locality.
# ---------------------------------------------------------------------------------------------------------------------


def _portal_letter(banner: str, line: str) -> str | None:
    text = (
        f"{banner}\nTrang chủ   Tin tức   Văn bản chỉ đạo   Liên hệ\nVăn bản chỉ đạo\n{line}\n"
        "Ngày đăng: 10/03/2027 | Lượt xem: 95\nKính gửi: Các đơn vị trực thuộc.\n"
        "Thứ nhất, tổ chức hội nghị cán bộ, công chức, viên chức năm 2027, hoàn thành trước ngày 30/4/2027.\n"
        "Thứ hai, công khai kết quả giải quyết thủ tục hành chính trên trang thông tin điện tử.\n"
        "Kết quả gửi về Văn phòng trước ngày 15/12/2027./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n"
        "(Đã ký)\nNguyễn Văn Hùng\n"
    )
    return parse_text(text).document.place


def test_a_departments_portal_banner_gives_the_place() -> None:
    place = _portal_letter(
        "SỞ NỘI VỤ TUYÊN QUANG",
        "Công văn số 410/SNV-CCVC ngày 08/3/2027 của Sở Nội vụ về việc thực hiện dân chủ trong cơ quan",
    )
    assert place == "Tuyên Quang"


def test_kept_back_a_portal_banner_of_a_two_word_province() -> None:
    """Kept back: another department and province; before the rule the place was null."""
    place = _portal_letter(
        "SỞ Y TẾ ĐIỆN BIÊN",
        "Công văn số 95/SYT-VP ngày 09/3/2027 của Sở Y tế về việc tiếp nhận phản ánh của người bệnh",
    )
    assert place == "Điện Biên"
