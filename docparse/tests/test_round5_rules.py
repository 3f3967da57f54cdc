"""The rules of the fifth tuning round, each on a short document of the genre (docs/docparse.md, "Fifth round").

The documents here are written in other words and for other places than the tuning documents the rules were read
from, so that a rule that only follows one document's phrasing fails.
"""

from docparse import parse_text

SIGNATURE = "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Hải\n"


def _plan(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG KHƯƠNG\nSố: 88/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nMường Khương, ngày 05 tháng 12 năm 2026\nKẾ HOẠCH\n"
        "Công tác dân vận chính quyền năm 2027\n"
        "Thực hiện Kế hoạch số 210/KH-UBND ngày 15/11/2026 của Ủy ban nhân dân tỉnh Lào Cai, Ủy ban nhân dân xã ban "
        "hành Kế hoạch như sau:\n" + body + SIGNATURE
    )


def test_a_report_divided_into_parts_by_ordinal_words_gives_the_tasks_of_its_tasks_part_only():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSỞ Y TẾ\nSố: 512/BC-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 10 tháng 12 năm 2026\nBÁO CÁO\n"
        "Kết quả thực hiện Quy tắc ứng xử năm 2026 và phương hướng năm 2027\n"
        "Sở Y tế báo cáo như sau:\n"
        "Phần thứ nhất. KẾT QUẢ THỰC HIỆN\n"
        "- Tổ chức 46 lớp tập huấn kỹ năng giao tiếp cho 2.300 lượt viên chức.\n"
        "Phần thứ hai - PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n"
        "- Phòng Tổ chức cán bộ chủ trì kiểm tra việc đeo thẻ viên chức tại các bệnh viện; trong quý I/2027.\n"
        "- Nhân rộng mô hình “Bệnh viện không giấy”.\n"
        "PHẦN THỨ BA: ĐỀ XUẤT, KIẾN NGHỊ\n"
        "- Đề nghị Bộ Y tế bổ sung kinh phí đào tạo.\n"
        "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn Tâm\n"
    )
    tasks = parse_text(text).tasks
    assert [t.text[:20] for t in tasks] == ["Phòng Tổ chức cán bộ", "Nhân rộng mô hình “B"]
    assert tasks[0].lead == ["Phòng Tổ chức cán bộ"]
    assert tasks[0].timeframe is not None and tasks[0].timeframe.raw == "trong quý I/2027"


def test_an_unnumbered_agency_line_with_a_colon_leads_the_bullets_under_it():
    text = _plan(
        "I. MỤC ĐÍCH, YÊU CẦU\nGiữ vững an ninh biên giới.\n"
        "II. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ\n"
        "Ban Chỉ huy Quân sự xã:\n"
        "- Tổ chức tuần tra chung với dân quân các thôn giáp biên; hằng tháng.\n"
        "Hội Liên hiệp Phụ nữ xã:\n"
        "- Vận động hội viên không tiếp tay buôn lậu.\n"
        "- Tuyên truyền phòng, chống mua bán người; trong tháng 3/2027.\n"
        "Trưởng các bản vùng cao:\n"
        "- Họp dân phổ biến quy chế tự quản đường biên.\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.text[:12], t.lead) for t in tasks] == [
        ("Tổ chức tuần", ["Ban Chỉ huy Quân sự xã"]),
        ("Vận động hội", ["Hội Liên hiệp Phụ nữ xã"]),
        ("Tuyên truyền", ["Hội Liên hiệp Phụ nữ xã"]),
        ("Họp dân phổ ", ["Trưởng các bản vùng cao"]),  # an office and its qualifier
    ]


def test_a_numbered_topic_title_gives_the_paragraphs_under_it_as_tasks():
    body = (
        "I. NỘI DUNG\n"
        "1. Đối với công tác tiếp công dân\n"
        "Văn phòng HĐND và UBND xã bố trí lịch tiếp công dân của Chủ tịch vào thứ Năm hằng tuần.\n"
        "2. Về giải quyết kiến nghị\n"
        "Phòng Kinh tế chủ trì, phối hợp với Công an xã rà soát các kiến nghị tồn đọng; trước ngày 31/3/2027.\n"
        "3. Tổ chức Hội nghị đối thoại với Nhân dân\n"
        "II. TỔ CHỨC THỰC HIỆN\nVăn phòng theo dõi, đôn đốc.\n"
    )
    tasks = parse_text(_plan(body)).tasks
    # the topic titles are not tasks, their paragraphs are (no number of their own); an item that is an action stays
    assert [(t.no, t.text[:20]) for t in tasks] == [
        (None, "Văn phòng HĐND và UB"),
        (None, "Phòng Kinh tế chủ tr"),
        ("3", "Tổ chức Hội nghị đối"),
    ]
    assert tasks[1].lead == ["Phòng Kinh tế"] and tasks[1].coord == ["Công an xã"]


def test_a_topic_title_on_its_own_line_of_a_pdf_text_is_not_joined_to_its_paragraph():
    body = (
        "I. NỘI DUNG\n"
        "1. Về tuyên truyền\n"
        "Đài Truyền thanh xã phát bản tin về Quy chế dân chủ ở cơ sở vào\n"
        "tối thứ Bảy hằng tuần.\n"
    )
    tasks = parse_text(_plan(body)).tasks
    assert [(t.no, t.text) for t in tasks] == [
        (None, "Đài Truyền thanh xã phát bản tin về Quy chế dân chủ ở cơ sở vào tối thứ Bảy hằng tuần.")
    ]


def test_a_letter_that_asks_only_to_write_a_report_holds_no_task_whatever_the_verb():
    for verb in ("xây dựng báo cáo", "chuẩn bị và gửi báo cáo", "lập báo cáo"):
        text = (
            "ỦY BAN NHÂN DÂN\nPHƯỜNG HỒNG GAI\nSố: 611/UBND-VP\nV/v báo cáo sơ kết Quy chế dân chủ\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hồng Gai, ngày 01 tháng 12 năm 2026\nKính gửi: Các tổ dân phố.\n"
            f"Ủy ban nhân dân phường đề nghị các tổ dân phố {verb} sơ kết 03 năm thực hiện Quy chế dân chủ theo "
            "Đề cương kèm theo, gửi về Văn phòng trước ngày 20/12/2026./.\n" + SIGNATURE
        )
        assert parse_text(text).tasks == [], verb


def test_a_chairs_bare_conclusion_verb_opens_the_conclusions_and_giao_names_the_lead_whatever_the_verb():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ ĐỨC TRỌNG\nSố: 140/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nĐức Trọng, ngày 09 tháng 12 năm 2026\nTHÔNG BÁO\n"
        "Kết luận của Chủ tịch Ủy ban nhân dân xã tại buổi tiếp công dân tháng 11/2026\n"
        "Ngày 30/11/2026, Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ. Chủ tịch Ủy ban nhân dân xã chỉ đạo:\n"
        "1. Về đơn của ông Ka Sơ Ha Thông: giao Phòng Kinh tế xem xét, trả lời công dân trước ngày 25/12/2026.\n"
        "2. Về ý kiến của bà Nguyễn Thị Lý: bà đã được giải thích tại buổi tiếp.\n"
        "Văn phòng thông báo để các đơn vị biết, thực hiện./.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nK’Bình\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.no, t.lead) for t in tasks] == [("1", ["Phòng Kinh tế"])]  # item 2 names nobody
    assert tasks[0].timeframe is not None and tasks[0].timeframe.raw == "trước ngày 25/12/2026"


def test_a_scans_lead_in_is_found_when_ocr_capitalises_the_word_after_the_line_break():
    text = (
        "ĐẢNG BỘ TỈNH SƠN LA\nĐẢNG ỦY XÃ MƯỜNG LA\n*\nSố 31-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Mường La, ngày 02 tháng 12 năm 2026\nTHÔNG BÁO\nkết luận của Ban Thường vụ Đảng ủy xã\n"
        "Ban Thường vụ Đảng ủy xã thống nhất như\nSau:\n"
        "1. Chi bộ bản Nà Nhụng vận động các hộ di chuyển khỏi vùng sạt lở trước ngày 15/01/2027.\n"
        "2. Giao Văn phòng Đảng ủy theo dõi việc thực hiện.\n"
        "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nLò Văn Pấng\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.no, t.lead) for t in tasks] == [("1", ["Chi bộ bản Nà Nhụng"]), ("2", ["Văn phòng Đảng ủy"])]


def test_a_portal_copy_with_field_lines_a_source_tag_and_links_gives_its_fields_and_no_link_as_a_task():
    text = (
        "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK\nTrang chủ » Văn bản\n"
        "Số ký hiệu: 77-HD/BTGDVTU\nNgày ban hành: 20/11/2026\nLoại văn bản: Hướng dẫn\n"
        "(BTGDV) - Hướng dẫn số 77-HD/BTGDVTU ngày 20/11/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk về "
        "tổ chức Ngày hội Đại đoàn kết năm 2027. Nội dung cụ thể như sau:\n"
        "Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các đảng ủy xã, phường thực hiện các nội dung sau:\n"
        "- Chỉ đạo Ban công tác Mặt trận các buôn tổ chức Ngày hội; trong tháng 11/2027.\n"
        "Các đảng ủy báo cáo kết quả thực hiện định kỳ 6 tháng (trước ngày 15/6/2027) về Ban Tuyên giáo và Dân vận "
        "Tỉnh ủy.\n"
        "Văn bản liên quan:\n- Kế hoạch số 60-KH/BTGDVTU về công tác dân vận năm 2027\n"
    )
    document = parse_text(text)
    info = document.document
    assert (info.type, info.number, info.date) == ("Hướng dẫn", "77-HD/BTGDVTU", "2026-11-20")
    assert info.title == "tổ chức Ngày hội Đại đoàn kết năm 2027"
    assert info.place == "Đắk Lắk"  # a Party body is named after its committee's province
    assert len(document.tasks) == 1
    assert (
        document.tasks[0].timeframe is not None and document.tasks[0].timeframe.raw == "trong tháng 11/2027"
    )
    assert "60-KH/BTGDVTU" not in [c.number for c in document.citations]


def test_a_parenthesis_that_holds_only_a_timeframe_is_the_timeframe_and_an_occasions_date_is_not():
    body = (
        "I. NỘI DUNG\n"
        "1. Văn phòng tham mưu sơ kết (tuần cuối tháng 6/2027) việc thực hiện Kế hoạch.\n"
        "2. Trường Tiểu học Bản Lầu tổ chức lớp tiếng Mông cho giáo viên (hè năm 2027).\n"
        "3. Đoàn Thanh niên xã dọn vệ sinh khu di tích (trước và trong tháng Giêng âm lịch năm 2027).\n"
        "4. Tổ chức gặp mặt nhân kỷ niệm Ngày Quốc khánh (02/9/2027).\n"
    )
    tasks = parse_text(_plan(body)).tasks
    assert [t.timeframe.raw if t.timeframe else None for t in tasks] == [
        "tuần cuối tháng 6/2027",
        "hè năm 2027",
        "trước và trong tháng Giêng âm lịch năm 2027",
        None,
    ]


def test_a_portal_copy_signed_with_da_ky_gives_its_signer_and_its_new_documents_list_no_citation():
    text = (
        "SỞ NỘI VỤ TỈNH HÀ GIANG\n"
        "Kế hoạch số 95/KH-SNV ngày 03/12/2026 của Sở Nội vụ tỉnh Hà Giang về công tác dân vận năm 2027\n"
        "I. NỘI DUNG\n1. Phòng Xây dựng chính quyền hướng dẫn các xã bố trí công chức; trong quý I/2027.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐã ký: Giàng A Páo\n"
        "Văn bản mới:\n» Quyết định số 1200/QĐ-UBND về việc công bố thủ tục hành chính\n"
    )
    document = parse_text(text)
    assert document.document.signer == "Giàng A Páo"  # a Hmông middle name of one letter
    assert [c.number for c in document.citations] == []
    assert len(document.tasks) == 1
