"""The rules of the third tuning round, each on a short document of the genre (docs/docparse.md, "Third round")."""

from docparse import parse_text

HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SƠN\nSố: 21/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nĐông Sơn, ngày 03 tháng 4 năm 2026\nKẾ HOẠCH\nCông tác dân vận năm 2026\n"
    "Thực hiện Kế hoạch số 10/KH-UBND ngày 02/02/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành Kế "
    "hoạch như sau:\n"
)
SIGNATURE = "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Nam\n"


def test_fields_typed_on_one_line_give_lead_coordination_and_timeframe():
    text = (
        HEADER + "I. NỘI DUNG\n1. Tổ chức đối thoại với Nhân dân về xây dựng nông thôn mới.\n"
        "Chủ trì: Phòng Kinh tế. Phối hợp: Hội Nông dân xã. Thời gian: Quý III/2026.\n"
        "2. Niêm yết công khai thủ tục hành chính.\n"
        "Đơn vị chủ trì: Văn phòng HĐND và UBND xã; Đơn vị phối hợp: Không; Thời hạn: Tháng 5/2026.\n"
        + SIGNATURE
    )
    first, second = parse_text(text).tasks
    assert (first.lead, first.coord) == (["Phòng Kinh tế"], ["Hội Nông dân xã"])
    assert first.timeframe is not None and first.timeframe.raw == "Quý III/2026"
    assert (second.lead, second.coord) == (["Văn phòng HĐND và UBND xã"], [])
    assert second.timeframe is not None and second.timeframe.raw == "Tháng 5/2026"


def test_an_agency_heading_without_a_colon_leads_the_paragraphs_under_it():
    text = (
        HEADER + "I. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ\n1. Công an xã\n"
        "Nắm chắc tình hình an ninh trật tự ở các thôn.\n"
        "2. Phòng Văn hóa - Xã hội\n- Tuyên truyền về dân chủ ở cơ sở.\n- Hướng dẫn các thôn xây dựng hương ước.\n"
        + SIGNATURE
    )
    tasks = parse_text(text).tasks
    assert [(t.text[:20], t.lead) for t in tasks] == [
        ("Nắm chắc tình hình a", ["Công an xã"]),
        ("Tuyên truyền về dân ", ["Phòng Văn hóa - Xã hội"]),
        ("Hướng dẫn các thôn x", ["Phòng Văn hóa - Xã hội"]),
    ]


def test_a_letter_that_only_asks_for_a_report_holds_no_task():
    text = (
        "UBND TỈNH HÀ TĨNH\nSỞ NỘI VỤ\nSố: 512/SNV-XDCQ\nV/v báo cáo kết quả công tác dân vận năm 2026\n"
        "Hà Tĩnh, ngày 02 tháng 11 năm 2026\nKính gửi: Các sở, ban, ngành tỉnh.\n"
        "Sở Nội vụ đề nghị các cơ quan, đơn vị báo cáo kết quả thực hiện công tác dân vận năm 2026, gửi về Sở Nội "
        "vụ trước ngày 25/11/2026.\nNơi nhận:\n- Như trên;\nGIÁM ĐỐC\nTrần Văn Hải\n"
    )
    document = parse_text(text)
    assert document.document.type == "Công văn"
    assert document.tasks == []


def test_a_letter_that_asks_for_action_still_holds_its_task():
    text = (
        "UBND TỈNH HÀ TĨNH\nSỞ NỘI VỤ\nSố: 513/SNV-XDCQ\nV/v tăng cường công tác dân vận\n"
        "Hà Tĩnh, ngày 02 tháng 11 năm 2026\nKính gửi: Các sở, ban, ngành tỉnh.\n"
        "Sở Nội vụ đề nghị các cơ quan, đơn vị tăng cường đối thoại với Nhân dân; báo cáo kết quả trước ngày "
        "25/11/2026.\nNơi nhận:\n- Như trên;\nGIÁM ĐỐC\nTrần Văn Hải\n"
    )
    assert len(parse_text(text).tasks) == 1


def test_the_task_part_of_a_notice_without_roman_parts_gives_tasks():
    text = (
        "Thông báo số 31-TB/ĐU ngày 10/7/2026 của Đảng ủy xã Vĩnh Linh về kết luận của Thường trực Đảng ủy\n"
        "Sau khi nghe báo cáo, đồng chí Bí thư Đảng ủy kết luận như sau:\n1. Đánh giá chung\n"
        "Công tác dân vận được quan tâm; 95% thôn đăng ký mô hình.\n2. Nhiệm vụ thời gian tới\n"
        "- Khối Dân vận Đảng ủy xã hướng dẫn các chi bộ sơ kết mô hình.\n"
        "- Ủy ban nhân dân xã giải quyết dứt điểm các kiến nghị của Nhân dân; hằng tháng.\n"
        "T/M ĐẢNG ỦY\nBÍ THƯ\n(đã ký)\nHồ Văn Lâm\n"
    )
    document = parse_text(text)
    assert [t.lead for t in document.tasks] == [["Khối Dân vận Đảng ủy xã"], ["Ủy ban nhân dân xã"]]
    last = document.tasks[-1]
    assert last.text.endswith("hằng tháng.") and last.timeframe is not None  # the signature is not part of it
    assert document.document.signer == "Hồ Văn Lâm"


def test_a_place_name_starting_with_a_marked_capital_is_read_with_the_date():
    text = HEADER.replace("Đông Sơn, ngày", "Trà Ôn, ngày") + "I. NỘI DUNG\n1. Tuyên truyền.\n" + SIGNATURE
    document = parse_text(text).document
    assert (document.place, document.date) == ("Trà Ôn", "2026-04-03")
