"""The rules of the fourteenth round's header area (docs/docparse.md, "Fourteenth round", **Header (r14-header)**).

Each rule is a rule of the genre (how Vietnamese offices print their letterhead, their title and their signature, and
how a portal copies them), read here on documents written for other provinces, other bodies and other wording than
the tuning documents. For each rule one document was kept back: written with the others, its result not looked at
until the rule was written, then run once without further tuning (`test_kept_back_*`).
"""

import pytest

from docparse import parse_text
from docparse.model import DocumentInfo


def _document(
    left: str, place: str = "Hà Tĩnh", *, title: str = "Công tác dân vận năm 2027", body: str = ""
) -> str:
    return (
        f"{left}\nSố: 21/KH-ĐV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"{place}, ngày 12 tháng 3 năm 2027\nKẾ HOẠCH\n{title}\n{body}\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nGần dân, sát dân.\nII. NHIỆM VỤ\n"
        "1. Tổ chức đối thoại với người dân, hoàn thành trước ngày 30/6/2027.\n"
        "GIÁM ĐỐC\nNguyễn Văn Bình\nNơi nhận:\n- Lưu: VT.\n"
    )


def _header(text: str) -> DocumentInfo:
    return parse_text(text).document


# ---------------------------------------------------------------------------------------------------------------------
# A company prints its unit under its own name ("CÔNG TY CỔ PHẦN …" / "XÍ NGHIỆP …", "… / CHI NHÁNH …", "… / NHÀ
# MÁY …"): the unit that signs has a name of its own and is the issuer alone.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_works_under_its_company_is_the_issuer() -> None:
    issuer = _header(
        _document("CÔNG TY CỔ PHẦN CẤP NƯỚC BẮC NINH\nXÍ NGHIỆP CẤP NƯỚC LỤC NAM", place="Lục Nam")
    ).issuer
    assert issuer is not None and issuer.lower() == "xí nghiệp cấp nước lục nam"


def test_kept_back_a_companys_branch_is_the_issuer() -> None:
    """Kept back: a rubber company's branch farm in the Central Highlands; before the rule it was read after its
    parent, as a bank's branch is."""
    issuer = _header(
        _document(
            "CÔNG TY TNHH MTV CAO SU KON TUM\nCHI NHÁNH NÔNG TRƯỜNG CAO SU IA CHIM",
            place="Kon Tum",
        )
    ).issuer
    assert issuer is not None and issuer.lower().startswith("chi nhánh nông trường cao su ia chim")


# ---------------------------------------------------------------------------------------------------------------------
# A bank's branch is named after its bank in full, nation and all ("Ngân hàng Nông nghiệp và Phát triển nông thôn Việt
# Nam Chi nhánh tỉnh …"); only the State Bank's branches drop the nation. The bank's name may wrap its "VIỆT NAM" to a
# line of its own, which is then no national name's.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_commercial_banks_branch_keeps_the_nation() -> None:
    left = "NGÂN HÀNG NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN\nVIỆT NAM\nCHI NHÁNH TỈNH NGHỆ AN"
    issuer = _header(_document(left, place="Nghệ An")).issuer
    assert issuer == "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam Chi nhánh tỉnh Nghệ An"


@pytest.mark.xfail(
    strict=True,
    reason="kept back, failed untuned on case alone: a branch named by a place without its level ('CHI NHÁNH ĐẮK "
    "LẮK') does not say in capitals which words are a name, and comes out 'Chi nhánh Đắk lắk' (left, docs)",
)
def test_kept_back_a_development_banks_branch() -> None:
    """Kept back: the development bank, its "VIỆT NAM" on a line of its own; before the rule the nation was dropped
    and the kind words came out as a name's ("Ngân Hàng", "Chi Nhánh")."""
    left = "NGÂN HÀNG PHÁT TRIỂN\nVIỆT NAM\nCHI NHÁNH ĐẮK LẮK"
    issuer = _header(_document(left, place="Buôn Ma Thuột")).issuer
    assert issuer == "Ngân hàng Phát triển Việt Nam Chi nhánh Đắk Lắk"


def test_a_development_banks_branch_keeps_the_nation() -> None:
    """The kept-back document above, as the scorer compares names (case aside): the nation is kept."""
    left = "NGÂN HÀNG PHÁT TRIỂN\nVIỆT NAM\nCHI NHÁNH ĐẮK LẮK"
    issuer = _header(_document(left, place="Buôn Ma Thuột")).issuer
    assert issuer is not None and issuer.lower() == "ngân hàng phát triển việt nam chi nhánh đắk lắk"


def test_the_state_banks_branch_still_drops_the_nation() -> None:
    issuer = _header(_document("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH KHU VỰC 9", place="Vinh")).issuer
    assert issuer == "Ngân hàng Nhà nước Chi nhánh Khu vực 9"


# ---------------------------------------------------------------------------------------------------------------------
# The body names its issuer as the letterhead does: where the letterhead's copy lost a dash (a PDF's text drops the
# dash a name wrapped at) or its capitals hide which words are a name, the body's spelling is the issuer's.
# ---------------------------------------------------------------------------------------------------------------------


def test_the_issuer_as_the_body_writes_it() -> None:
    text = _document(
        "TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM\nCÔNG TY THAN NÚI BÉO TKV",
        place="Hạ Long",
        body="Căn cứ Quy chế số 12/QC-TNB ngày 02/01/2027, Công ty Than Núi Béo - TKV xây dựng Kế hoạch như sau:",
    )
    assert _header(text).issuer == "Công ty Than Núi Béo - TKV"


def test_kept_back_a_coal_transport_company_as_the_body_writes_it() -> None:
    """Kept back: another company of the group whose letterhead's dash was lost."""
    text = _document(
        "TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM\nCÔNG TY KHO VẬN ĐÁ BẠC VINACOMIN",
        place="Quảng Yên",
        body="Thực hiện Kế hoạch số 40/KH-TKV ngày 05/01/2027, Công ty Kho vận Đá Bạc - Vinacomin ban hành Kế hoạch "
        "như sau:",
    )
    assert _header(text).issuer == "Công ty Kho vận Đá Bạc - Vinacomin"


def test_kind_words_in_sentence_case() -> None:
    issuer = _header(
        _document("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nCHI NHÁNH TỈNH ĐIỆN BIÊN", place="Điện Biên")
    ).issuer
    assert issuer == "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Điện Biên"


# ---------------------------------------------------------------------------------------------------------------------
# A title is one noun phrase: it ends where the body opens, even when its last line has no stop — at a basis ("- Căn
# cứ …", a scan's "Cần cứ") or at the look back a directive opens with ("Thời gian qua, …").
# ---------------------------------------------------------------------------------------------------------------------


def _titled(title_lines: str, body: str) -> str | None:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG TRƯỜNG VINH\nSố: 04/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nTrường Vinh, ngày 10 tháng 02 năm 2027\nCHỈ THỊ\n"
        f"{title_lines}\n{body}\n"
        "1. Các tổ dân phố rà soát hộ nghèo, hoàn thành trước ngày 30/6/2027.\nCHỦ TỊCH\nTrần Văn Hải\n"
    )
    return _header(text).title


def test_a_title_ends_before_the_look_back() -> None:
    title = _titled(
        "Về tăng cường kỷ luật, kỷ cương hành chính trong giải quyết\nthủ tục hành chính",
        "Thời gian qua, việc giải quyết thủ tục hành chính trên địa bàn phường đã có\n"
        "chuyển biến. Tuy nhiên, vẫn còn hồ sơ trễ hạn.",
    )
    assert title == "Về tăng cường kỷ luật, kỷ cương hành chính trong giải quyết thủ tục hành chính"


def test_kept_back_a_title_ends_before_a_bulleted_basis() -> None:
    """Kept back: a basis set as a bullet under a wrapped title."""
    title = _titled(
        "Về đẩy mạnh công tác dân vận trong xây dựng\nnông thôn mới",
        "- Căn cứ Kế hoạch số 15-KH/ĐU ngày 05/01/2027 của Đảng ủy phường về công tác dân vận năm 2027;",
    )
    assert title == "Về đẩy mạnh công tác dân vận trong xây dựng nông thôn mới"


def test_a_range_of_years_keeps_its_dash() -> None:
    """A PDF's text drops the dash a range of years wrapped at ("năm học 2027 -" / "2028")."""
    title = _titled("Về thực hiện dân chủ trong trường học năm học 2027 2028", "Trong năm học qua, …")
    assert title == "Về thực hiện dân chủ trong trường học năm học 2027 - 2028"


# ---------------------------------------------------------------------------------------------------------------------
# A portal's post reproduces a document under a lead sentence ("Ngày …, <body> ban hành Kế hoạch số … <trích yếu>.");
# the body's name may hold commas, a commune's portal names its own bodies by their level alone ("… xã") and its
# banner names the commune; the post signs with the name and office on one line.
# ---------------------------------------------------------------------------------------------------------------------


def _portal_post(banner: str, lead: str, signature: str) -> DocumentInfo:
    text = (
        f"{banner}\nTin tức - Sự kiện\nTIÊU ĐỀ BÀI VIẾT\nCập nhật lúc: 08:15 - 12/03/2027\n\n{lead}\n\n"
        "I. NỘI DUNG\n– Tổ chức tuyên truyền trên loa truyền thanh, hoàn thành trong tháng 4/2027.\n"
        "II. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo kết quả trước ngày 30/11/2027.\n\n"
        f"{signature}\nTin, ảnh: Lò Thị Hoa\n\nBài viết cùng chuyên mục\n› Thông báo lịch tiếp công dân\n"
    )
    return _header(text)


def test_a_portal_post_of_a_communes_centre() -> None:
    info = _portal_post(
        "Trang thông tin điện tử xã Mường Lò - tỉnh Lào Cai",
        "Ngày 10/03/2027, Trung tâm Dịch vụ tổng hợp, Văn hóa và Thông tin xã ban hành Kế hoạch số 07/KH-TTDVTH "
        "tổ chức Lễ hội Mường Lò năm 2027. Toàn văn kế hoạch như sau:",
        "Lò Văn Tâm - Giám đốc Trung tâm",
    )
    assert (info.type, info.number, info.date) == ("Kế hoạch", "07/KH-TTDVTH", "2027-03-10")
    assert info.issuer == "Trung tâm Dịch vụ tổng hợp, Văn hóa và Thông tin xã Mường Lò"
    assert info.place == "Mường Lò"
    assert info.title == "Tổ chức Lễ hội Mường Lò năm 2027"
    assert info.signer == "Lò Văn Tâm"


def test_kept_back_a_portal_post_of_a_wards_military_command() -> None:
    """Kept back: a ward's portal, a body without commas, the signature after a comma."""
    info = _portal_post(
        "Cổng thông tin điện tử phường Tân Hưng - Thành phố Hồ Chí Minh",
        "Ngày 05/03/2027, Ban Chỉ huy Quân sự phường ban hành Kế hoạch số 12/KH-BCH về tổ chức Ngày hội "
        "toàn dân bảo vệ an ninh Tổ quốc năm 2027. Nội dung như sau:",
        "Nguyễn Hoàng Phúc, Chỉ huy trưởng Ban Chỉ huy Quân sự phường",
    )
    assert (info.number, info.date) == ("12/KH-BCH", "2027-03-05")
    assert info.issuer == "Ban Chỉ huy Quân sự phường Tân Hưng"
    assert info.place == "Tân Hưng"
    assert info.title == "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2027"
    assert info.signer == "Nguyễn Hoàng Phúc"


# ---------------------------------------------------------------------------------------------------------------------
# A portal's record of the post under its describing line ("Ngày đăng: … | Lượt xem: …", "Tệp đính kèm: x.pdf") is no
# text of the document: the body starts after it, and its attachment line ends nothing. The portal's banner names the
# body and its province after the portal's kind ("CỔNG THÔNG TIN ĐIỆN TỬ SỞ … TỈNH …").
# ---------------------------------------------------------------------------------------------------------------------


def _department_copy(banner: str, first: str, attachment: str, basis: str) -> str:
    return (
        f"{banner}\nTrang chủ > Văn bản > Văn bản chỉ đạo, điều hành\n{first}\n"
        f"Ngày đăng: 08/03/2027 | Lượt xem: 120\n{attachment}\n\n{basis}\nI. MỤC ĐÍCH\nBảo đảm tiến độ.\n"
        "II. NHIỆM VỤ\n1. Văn phòng Sở tổng hợp kết quả, hoàn thành trước ngày 30/11/2027.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHà Văn Thắng\n\nVăn bản liên quan:\n- Kế hoạch số 9/KH-SYT ngày 02/01/2027\n"
    )


def test_a_departments_copy_keeps_its_citations_and_place() -> None:
    result = parse_text(
        _department_copy(
            "CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ TỈNH PHÚ THỌ",
            "Kế hoạch số 66/KH-SYT ngày 05/03/2027 của Sở Y tế về công tác dân vận trong ngành y tế năm 2027",
            "Tệp đính kèm: 66-KH-SYT.pdf (210 KB)",
            "Căn cứ Quyết định số 215/QĐ-UBND ngày 20/01/2027 của Ủy ban nhân dân tỉnh, Sở Y tế ban hành Kế hoạch "
            "như sau:",
        )
    )
    assert [c.number for c in result.citations] == ["215/QĐ-UBND"]
    assert result.document.place == "Phú Thọ"
    assert result.document.issuer == "Sở Y tế tỉnh Phú Thọ"


def test_kept_back_a_departments_copy_with_its_file_line() -> None:
    """Kept back: another department and province, the attachment written "File đính kèm"."""
    result = parse_text(
        _department_copy(
            "CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH HƯNG YÊN",
            "Kế hoạch số 31/KH-SNV ngày 02/03/2027 của Sở Nội vụ về cải cách hành chính năm 2027",
            "File đính kèm: 31-KH-SNV.pdf",
            "Căn cứ Kế hoạch số 88/KH-UBND ngày 15/01/2027 của Ủy ban nhân dân tỉnh, Sở Nội vụ ban hành Kế hoạch "
            "như sau:",
        )
    )
    assert [c.number for c in result.citations] == ["88/KH-UBND"]
    assert result.document.place == "Hưng Yên"


# ---------------------------------------------------------------------------------------------------------------------
# The signature block: a title of honour printed before the name ("NSƯT", "NGƯT", "TTND") is no word of it; an item of
# the recipients' list wrapped to a line of its own ("Quỳnh Lộc;") is no name.
# ---------------------------------------------------------------------------------------------------------------------


def _signed(signature: str) -> str | None:
    text = _document(
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NINH BÌNH\nNHÀ HÁT CHÈO NINH BÌNH", place="Ninh Bình"
    )
    text = text.replace("GIÁM ĐỐC\nNguyễn Văn Bình\nNơi nhận:\n- Lưu: VT.\n", signature)
    return _header(text).signer


def test_a_title_of_honour_before_the_signer() -> None:
    assert _signed("GIÁM ĐỐC\nNSƯT Đinh Thị Hồng Nhung\nNơi nhận:\n- Lưu: VT.\n") == "Đinh Thị Hồng Nhung"


def test_kept_back_a_teachers_title_of_honour() -> None:
    """Kept back: a teacher's title ("NGƯT") under a rector's office."""
    assert _signed("HIỆU TRƯỞNG\nNGƯT Phạm Quang Huy\nNơi nhận:\n- Lưu: VT.\n") == "Phạm Quang Huy"


def test_a_wrapped_recipient_is_no_signer() -> None:
    signature = (
        "Nơi nhận:\nGIÁM ĐỐC\n- Sở Nông nghiệp và Môi trường (b/c);\n- UBND các xã Yên Thành, Quang Trung,\n"
        "Bắc Lý;\n- Lưu: VT.\nNguyễn Hữu Phước\n"
    )
    assert _signed(signature) == "Nguyễn Hữu Phước"


# ---------------------------------------------------------------------------------------------------------------------
# A letterhead's locality cut at its wrap ("ỦY BAN NHÂN DÂN XÃ PHÚ" / "THIỆN" lost to a scan) is named in full by the
# date line ("Phú Thiện, ngày …").
# ---------------------------------------------------------------------------------------------------------------------


def test_a_locality_cut_at_its_wrap_is_completed_from_the_date_line() -> None:
    issuer = _header(_document("ỦY BAN NHÂN DÂN XÃ HÒA\nTRUNG TÂM Y TẾ XÃ HÒA", place="Hòa Bình")).issuer
    assert issuer is not None and issuer.endswith("xã Hòa Bình")


def test_kept_back_a_school_under_a_ward_cut_at_its_wrap() -> None:
    """Kept back: a ward's school whose ward name the letterhead lost at the wrap."""
    issuer = _header(
        _document("ỦY BAN NHÂN DÂN PHƯỜNG BÌNH\nTRƯỜNG TIỂU HỌC KIM ĐỒNG", place="Bình Minh")
    ).issuer
    assert issuer is not None and issuer.endswith("phường Bình Minh")
