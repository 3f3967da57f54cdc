"""The rules of the fourth tuning round, each on a short document of the genre (docs/docparse.md, "Fourth round")."""

from docparse import parse_text
from docparse.blocks import Table
from docparse.readers.layout import Word, page_blocks
from docparse.readers.pdf import _ocr_quarter

PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ PHONG THỔ\nSố: 150/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nPhong Thổ, ngày 05 tháng 10 năm 2026\nKẾ HOẠCH\nCông tác dân vận năm 2027\n"
    "Thực hiện Kế hoạch số 210/KH-UBND ngày 15/9/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành Kế "
    "hoạch như sau:\nI. NỘI DUNG\n"
)
SIGNATURE = "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Hải\n"


def test_a_portal_copy_gives_its_fields_from_the_describing_line_under_the_menu_lines():
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BA ĐÌNH\nTrang chủ | Tin tức | Văn bản\nTrang chủ > Văn bản > Thông báo\n"
        "Thông báo số 75/TB-UBND ngày 02/12/2026 của Ủy ban nhân dân phường Ba Đình về kết luận của Chủ tịch "
        "Ủy ban nhân dân phường tại Hội nghị đối thoại với Nhân dân\n"
        "Sau khi nghe ý kiến của Nhân dân, Chủ tịch Ủy ban nhân dân phường kết luận như sau:\n"
        "1. Ghi nhận các ý kiến của Nhân dân; 12/15 ý kiến đã được trả lời.\n"
        "2. Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường bố trí điểm trông giữ xe; "
        "hoàn thành trước ngày 31/12/2026.\n"
        "3. Văn phòng HĐND và UBND phường công khai kết quả trả lời các ý kiến.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Thu Trang\n"
    )
    document = parse_text(text)
    info = document.document
    assert (info.type, info.number, info.date) == ("Thông báo", "75/TB-UBND", "2026-12-02")
    assert info.issuer == "Ủy ban nhân dân phường Ba Đình"
    # the acknowledgement names nobody: not a task; the other conclusions are
    assert [(t.no, t.lead) for t in document.tasks] == [
        ("2", ["Phòng Kinh tế, Hạ tầng và Đô thị"]),
        ("3", ["Văn phòng HĐND và UBND phường"]),  # "công khai": the verb, not "Văn phòng … công"
    ]
    assert document.tasks[0].coord == ["Công an phường"]


def test_a_request_before_a_list_leads_its_items_whose_verbs_are_not_units():
    text = (
        "TỈNH ỦY HƯNG YÊN\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố 71-TB/BTGDVTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hưng Yên, ngày 18 tháng 9 năm 2026\nTHÔNG BÁO\nkết luận của đồng chí Trưởng ban\n"
        "Ngày 15/9/2026, đồng chí Trưởng ban làm việc với Đảng ủy phường Thái Bình.\n"
        "Thời gian tới, đề nghị Đảng ủy phường Thái Bình tập trung lãnh đạo thực hiện tốt các nội dung sau:\n"
        "- Lãnh đạo sơ kết mô hình “Tuyến phố văn minh”; hoàn thành trong quý IV/2026.\n"
        "- Quan tâm bồi dưỡng kỹ năng dân vận cho cán bộ tổ dân phố.\n"
        "Phòng Dân vận có trách nhiệm theo dõi, đôn đốc việc thực hiện.\n"
        "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nVũ Thị Minh Hằng\n"
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [["Đảng ủy phường Thái Bình"], ["Đảng ủy phường Thái Bình"]]


def test_lowercase_word_pairs_belong_to_a_unit_name_and_a_place_name_ends_it():
    text = (
        PLAN
        + "1. Giao Trạm Y tế xã chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tiêm vắc xin sởi.\n"
        "2. Công an xã phối hợp với Đồn Biên phòng cửa khẩu quốc tế Ma Lù Thàng tuần tra các đường mòn.\n"
        "3. Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã nông nghiệp Sì Lờ Lầu hướng dẫn trồng thảo quả.\n"
        + SIGNATURE
    )
    assert [t.coord for t in parse_text(text).tasks] == [
        ["Trung tâm Kiểm soát bệnh tật tỉnh"],
        ["Đồn Biên phòng cửa khẩu quốc tế Ma Lù Thàng"],
        ["Hợp tác xã nông nghiệp Sì Lờ Lầu"],
    ]


def test_a_letter_task_starts_with_its_purpose_and_its_closing_formula_is_no_task():
    text = (
        "UBND TỈNH THANH HÓA\nSỞ Y TẾ\nSố: 5126/SYT-NVY\nV/v vận động tham gia bảo hiểm y tế\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThanh Hóa, ngày 10 tháng 11 năm 2026\nKính gửi: Các trung tâm y tế khu vực.\n"
        "Nhằm nâng cao tỷ lệ tham gia bảo hiểm y tế, Sở Y tế đề nghị Giám đốc các trung tâm y tế khu vực chủ trì, "
        "phối hợp với chính quyền các xã tổ chức tư vấn tại các bản; hoàn thành trước ngày 31/12/2026.\n"
        "Đề nghị các đơn vị quan tâm, nghiêm túc triển khai thực hiện./.\nNơi nhận:\n- Như trên;\nGIÁM ĐỐC\nLê Hà\n"
    )
    (task,) = parse_text(text).tasks
    assert task.text.startswith("Nhằm nâng cao tỷ lệ")
    assert (task.lead, task.coord) == (["Giám đốc các trung tâm y tế khu vực"], ["chính quyền các xã"])


def test_a_closing_report_sentence_is_not_part_of_the_last_item():
    text = (
        "UBND TỈNH CÀ MAU\nSỞ NỘI VỤ\nSố: 2210/SNV-CCVC\nV/v tiếp công dân\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nCà Mau, ngày 20 tháng 10 năm 2026\n"
        "Kính gửi: Ủy ban nhân dân các xã, phường.\n"
        "Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường triển khai các nội dung sau:\n"
        "1. Niêm yết công khai lịch tiếp công dân tại trụ sở.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường phối hợp giám sát việc tiếp công dân.\n"
        "Kết quả thực hiện gửi về Sở Nội vụ trước ngày 15/12/2026 để tổng hợp./.\nNơi nhận:\nGIÁM ĐỐC\nTrần Bảo\n"
    )
    first, second = parse_text(text).tasks
    assert first.lead == ["Ủy ban nhân dân các xã, phường"]
    assert (second.lead, second.coord) == ([], ["Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường"])
    assert second.timeframe is None and "Kết quả" not in second.text


def test_fields_after_the_item_sentence_give_lead_coordination_and_timeframe():
    text = (
        PLAN
        + "1. Tập huấn kỹ năng giao tiếp cho điều dưỡng mới. Khoa, phòng chủ trì: Phòng Điều dưỡng; phối hợp: "
        "Phòng Tổ chức cán bộ; thời gian: Quý I/2027.\n" + SIGNATURE
    )
    (task,) = parse_text(text).tasks
    assert (task.lead, task.coord) == (["Phòng Điều dưỡng"], ["Phòng Tổ chức cán bộ"])
    assert task.timeframe is not None and task.timeframe.raw == "Quý I/2027"


def test_ocr_quarters_after_quy_are_roman_numerals():
    assert [_ocr_quarter(w) for w in ["1/2027", "I1/2026", "IIII/2026", "111", "1/6/2026", "2026"]] == [
        "I/2027",
        "II/2026",
        "III/2026",
        "III",
        "1/6/2026",
        "2026",
    ]


def _line(top: float, cells: list[tuple[float, str]], line: int) -> list[Word]:
    words = []
    for x, text in cells:
        for k, part in enumerate(text.split()):
            left = x + 56 * k  # 6 apart: under the gap between two header cells
            words.append(Word(left, left + 50, top, top + 20, part, (1, 1, line)))
    return words


def test_ocr_specks_do_not_merge_table_rows_and_a_section_heading_ends_the_table():
    words = [
        *_line(100, [(250, "TT"), (400, "Nội dung"), (900, "Đơn vị chủ trì"), (1300, "Thời gian")], 1),
        *_line(
            140, [(255, "1"), (400, "Tuyên truyền pháp luật"), (900, "Công an xã"), (1300, "Quý I/2027")], 2
        ),
        [Word(275, 300, 178, 184, ".", (1, 1, 3))][0],  # a speck straddling the first column boundary
        *_line(180, [(255, "2"), (400, "Hòa giải ở cơ sở"), (900, "Phòng Văn hóa"), (1300, "Năm 2027")], 3),
        [Word(270, 283, 218, 226, "Ï", (1, 1, 4))][0],  # a speck beside the row number, read as a letter
        *_line(
            220, [(255, "3"), (400, "Đối thoại với Nhân dân"), (900, "Văn phòng"), (1300, "Tháng 5/2027")], 4
        ),
        *_line(300, [(320, "III. TỔ CHỨC THỰC HIỆN")], 5),
    ]
    blocks, _ = page_blocks(words)
    table = next(b for b in blocks if isinstance(b, Table))
    assert [row[0] for row in table.rows] == ["TT", "1", "2", "3"]
    last = blocks[-1]
    assert isinstance(last, str) and "III. TỔ CHỨC THỰC HIỆN" in last


def test_a_guidance_without_parts_assigns_its_list_to_the_bodies_it_guides():
    text = (
        "ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY XÃ TỊNH BIÊN\nSố 14-HD/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Tịnh Biên, ngày 12 tháng 11 năm 2026\nHƯỚNG DẪN\ncác chi bộ ấp lãnh đạo công tác dân vận năm 2027\n"
        "Ban Thường vụ Đảng ủy xã hướng dẫn các chi bộ ấp thực hiện một số nội dung sau:\n"
        "1. Nội dung sinh hoạt chi bộ\na) Phân công đảng viên phụ trách các hộ ở vùng giáp biên.\n"
        "b) Vận động Nhân dân tham gia tổ tự quản an ninh trật tự; trong quý II/2027.\n"
        "Các chi bộ báo cáo kết quả thực hiện về Đảng ủy xã trước ngày 30/11/2027.\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNéang Sa Rươne\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.no, t.lead) for t in tasks] == [("a", ["các chi bộ ấp"]), ("b", ["các chi bộ ấp"])]
    assert tasks[-1].timeframe is not None and tasks[-1].timeframe.raw == "trong quý II/2027"


def test_an_agency_heading_with_a_qualifier_leads_its_bullets_whole():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 305/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nĐắk Lắk, ngày 25 tháng 11 năm 2026\nKẾ HOẠCH\nCông tác dân vận năm 2027\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Sở Dân tộc và Tôn giáo:\n- Chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch.\n"
        "2. Ủy ban nhân dân các xã, phường có đông đồng bào Ê Đê, M’nông, Gia Rai sinh sống:\n"
        "- Phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh vận động đồng bào không di cư tự do.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nY Giang\n"
    )
    last = parse_text(text).tasks[-1]
    assert last.lead == ["Ủy ban nhân dân các xã, phường có đông đồng bào Ê Đê, M’nông, Gia Rai sinh sống"]
    assert last.coord == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]


def test_a_numbered_commune_an_apostrophe_signer_and_a_request_line_after_the_title():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ ĐAM RÔNG 2\nSố: 188/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nĐam Rông 2, ngày 05 tháng 12 năm 2026\nBÁO CÁO\n"
        "Kết quả công tác dân vận chính quyền năm 2026\n"
        "Theo yêu cầu tại Công văn số 402/UBND-NC ngày 20/11/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã báo "
        "cáo như sau:\nI. KẾT QUẢ THỰC HIỆN\nTổ chức 06 hội nghị đối thoại.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nK’Brơi\n"
    )
    info = parse_text(text).document
    assert (info.place, info.date) == ("Đam Rông 2", "2026-12-05")
    assert info.title == "Kết quả công tác dân vận chính quyền năm 2026"
    assert info.signer == "K’Brơi"


def test_the_related_links_of_a_portal_are_not_citations():
    text = (
        "Thông báo số 76/TB-UBND ngày 12/10/2026 của Ủy ban nhân dân xã Phù Cát về kết luận của Chủ tịch\n"
        "Chủ tịch Ủy ban nhân dân xã kết luận như sau:\n"
        "a) Văn phòng HĐND và UBND xã công khai phương án bồi thường trong tháng 11/2026.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nĐặng Văn Lộc\n"
        "Tin liên quan:\n- Kế hoạch số 55/KH-UBND về phòng, chống sạt lở bờ sông năm 2026\n"
    )
    assert parse_text(text).citations == []


def test_a_table_copied_one_cell_a_line_restarts_its_numbering_under_each_group_row():
    cells = [
        "TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ",
        "I", "THỰC HIỆN DÂN CHỦ TRONG NHÀ TRƯỜNG",
        "1", "Công khai cam kết chất lượng giáo dục", "Các trường trung học phổ thông", "Ban đại diện cha mẹ học sinh",
        "Tháng 9/2026",
        "2", "Tổ chức hội nghị viên chức", "Các trường trung học phổ thông", "Công đoàn cơ sở", "Tháng 10/2026",
        "II", "CÔNG TÁC DÂN VẬN TRONG NGÀNH",
        "1", "Vận động học sinh ra lớp", "Phòng Giáo dục phổ thông", "Ủy ban nhân dân các xã", "Tháng 9/2026",
    ]  # fmt: skip
    text = PLAN.replace("I. NỘI DUNG\n", "") + "\n".join(cells) + "\n" + SIGNATURE
    tasks = parse_text(text).tasks
    assert [(t.parent_no, t.no, t.lead) for t in tasks] == [
        ("I", "1", ["Các trường trung học phổ thông"]),
        ("I", "2", ["Các trường trung học phổ thông"]),
        ("II", "1", ["Phòng Giáo dục phổ thông"]),
    ]


def test_a_group_row_lettered_a_b_in_a_table_copied_one_cell_a_line():
    cells = [
        "STT", "Nội dung công việc", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời hạn",
        "A", "ĐỔI MỚI PHONG CÁCH PHỤC VỤ",
        "1", "Đặt hòm thư góp ý tại các trạm y tế xã", "Phòng Kế hoạch - Nghiệp vụ", "Các trạm y tế xã", "Tháng 1/2027",
        "B", "DÂN VẬN TRONG PHÒNG, CHỐNG DỊCH",
        "1", "Vận động người dân diệt lăng quăng", "Khoa Kiểm soát bệnh tật", "Ủy ban nhân dân các xã", "Tháng 4/2027",
    ]  # fmt: skip
    text = PLAN.replace("I. NỘI DUNG\n", "") + "\n".join(cells) + "\n" + SIGNATURE
    assert [(t.parent_no, t.no) for t in parse_text(text).tasks] == [("A", "1"), ("B", "1")]
