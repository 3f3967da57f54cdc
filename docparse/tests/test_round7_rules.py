"""The rules of the seventh tuning round, each on short documents of the genre (docs/docparse.md, "Seventh round").

Every rule is a rule about the layout or the grammar of the genre; its documents are written for other bodies, with
other verbs and in other formats than the tuning documents that showed the miss. Several areas add their blocks here.
"""

import io

from docparse import parse, parse_text
from docparse.model import Task
from docparse.readers.pdf import _read_part_numbers
from docparse.tables import tasks_from_table

# ---------------------------------------------------------------------------------------------------------------------
# Structure (r7-structure): which paragraphs, rows and lines are tasks.
# ---------------------------------------------------------------------------------------------------------------------

_SIGNATURE = "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Văn Sơn\n"


def _plan(content: str, issuer: str = "XÃ NA HANG") -> str:
    return (
        f"ỦY BAN NHÂN DÂN\n{issuer}\nSố: 77/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nNa Hang, ngày 04 tháng 12 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện công tác dân vận chính quyền năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nGần dân, trọng dân, có trách nhiệm với dân.\n"
        "II. NỘI DUNG THỰC HIỆN\n" + content + "III. TỔ CHỨC THỰC HIỆN\n"
        "Các cơ quan căn cứ Kế hoạch chủ động thực hiện.\n" + _SIGNATURE
    )


def _starts(tasks: list[Task]) -> list[str]:
    return [" ".join(t.text.split()[:3]) for t in tasks]


def test_short_numbered_titles_over_paragraphs_that_name_their_actor_head_topics_each_sentence_is_a_task():
    # titles with commas, verbs and nouns alike; one paragraph carries two sentences with two actors
    text = _plan(
        "1. Cải cách thủ tục, rút ngắn thời gian chờ\n"
        "Bộ phận Một cửa xã niêm yết quy trình giải quyết hồ sơ đất đai trước ngày 15/02/2027. "
        "Trạm Y tế xã trả kết quả khám sức khỏe đúng hẹn cho người dân.\n"
        "2. Đối thoại định kỳ\n"
        "Giao Văn phòng HĐND và UBND xã lập lịch đối thoại với đồng bào các thôn vùng cao trong quý II/2027.\n"
    )
    tasks = parse_text(text).tasks
    assert _starts(tasks) == ["Bộ phận Một", "Trạm Y tế", "Giao Văn phòng"]
    assert [t.no for t in tasks] == [None, None, None]
    assert tasks[2].lead == ["Văn phòng HĐND và UBND xã"]


def test_topic_titles_in_a_docx_with_a_paragraph_per_actor():
    from docx import Document

    document = Document()
    for line in _plan(
        "1. Chăm lo đời sống hội viên\n"
        "Hội Nông dân xã vận động hội viên vay vốn phát triển chăn nuôi trong năm 2027.\n"
        "Hội Cựu chiến binh xã thăm hỏi hội viên khó khăn dịp Tết Nguyên đán.\n"
        "2. Xây dựng nông thôn mới\n"
        "Ban Phát triển thôn Nà Tông huy động Nhân dân hiến đất làm đường trước ngày 30/9/2027.\n",
        issuer="XÃ YÊN HOA",
    ).splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    tasks = parse(buffer.getvalue(), "kh.docx").tasks
    assert _starts(tasks) == ["Hội Nông dân", "Hội Cựu chiến", "Ban Phát triển"]


def test_numbered_tasks_with_an_explaining_paragraph_stay_tasks():
    # held back: a numbered item that is a sentence of its own keeps its paragraph (the titles rule must not fire)
    text = _plan(
        "1. Tổ chức Hội nghị đối thoại với thanh niên về việc làm, hoàn thành trong quý III/2027.\n"
        "Đoàn Thanh niên xã chuẩn bị nội dung.\n"
        "2. Rà soát hộ nghèo, hộ cận nghèo cuối năm 2027.\n"
        "Công chức Văn hóa - Xã hội tổng hợp danh sách.\n"
    )
    tasks = parse_text(text).tasks
    assert [t.no for t in tasks] == ["1", "2"]


def _letter(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 310/UBND-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nTân Lập, ngày 09 tháng 3 năm 2027\n"
        "V/v chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc\nKính gửi: Các cơ quan, đơn vị thuộc xã.\n"
        + body
        + "Ủy ban nhân dân xã đề nghị các đơn vị quan tâm phối hợp thực hiện./.\n"
        + _SIGNATURE
    )


def test_a_letter_that_asks_several_bodies_a_paragraph_each_has_a_task_per_paragraph():
    text = _letter(
        "Để Ngày hội diễn ra chu đáo, Ủy ban nhân dân xã giao Công an xã xây dựng phương án bảo đảm an ninh, "
        "trật tự, hoàn thành trước ngày 05/11/2027.\n"
        "Đề nghị Hội Liên hiệp Phụ nữ xã vận động hội viên tham gia gian hàng ẩm thực của các thôn.\n"
    )
    tasks = parse_text(text).tasks
    assert len(tasks) == 2
    assert tasks[0].lead == ["Công an xã"]
    assert tasks[1].lead == ["Hội Liên hiệp Phụ nữ xã"]


def test_a_letter_with_one_request_and_a_closing_formula_has_one_task():
    # held back
    text = _letter(
        "Ủy ban nhân dân xã giao Trạm Y tế xã tổ chức khám sức khỏe miễn phí cho người cao tuổi tại Ngày hội.\n"
        "Ngày hội được tổ chức tại nhà văn hóa thôn Bản Khoang.\n"
    )
    tasks = parse_text(text).tasks
    assert len(tasks) == 1
    assert tasks[0].lead == ["Trạm Y tế xã"]


def test_a_column_that_names_who_is_in_charge_is_the_lead_column():
    rows = [
        ["STT", "Công việc", "Người phụ trách", "Thời hạn"],
        [
            "1",
            "Niêm yết công khai chế độ chính sách cho người có công",
            "Công chức Lao động - Thương binh",
            "Quý I",
        ],
        ["2", "Thăm hỏi gia đình chính sách dịp 27/7", "Đầu mối: Văn phòng Đảng ủy", "Tháng 7/2027"],
    ]
    tasks = tasks_from_table(rows, 2027)
    assert tasks[0].lead == ["Công chức Lao động - Thương binh"]
    rows[0][2] = "Đầu mối thực hiện"
    assert tasks_from_table(rows, 2027)[0].lead == ["Công chức Lao động - Thương binh"]


def test_a_text_table_one_cell_a_line_with_a_column_of_who_is_in_charge():
    # held back: the cells of a Word table copied as text, one a line
    text = _plan(
        "TT\nHoạt động\nBộ phận phụ trách\nThời gian\n"
        "1\nTập huấn quy tắc ứng xử cho giáo viên\nTổ Văn phòng\nTháng 9/2027\n"
        "2\nCông khai các khoản thu đầu năm học\nKế toán nhà trường\nTháng 10/2027\n"
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [["Tổ Văn phòng"], ["Kế toán nhà trường"]]


def test_tab_separated_lines_of_a_text_copy_are_a_table():
    text = _plan(
        "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
        "1\tRà soát quy trình tiếp nhận hồ sơ\tBộ phận Một cửa\tCông an xã\tQuý II/2027\n"
        "2\tKhảo sát sự hài lòng của người dân\tVăn phòng HĐND và UBND xã\t\tTháng 11/2027\n"
    )
    tasks = parse(text.encode(), "kh.txt").tasks
    assert [t.no for t in tasks] == ["1", "2"]
    assert tasks[0].lead == ["Bộ phận Một cửa"] and tasks[0].coord == ["Công an xã"]
    assert (
        tasks[1].coord == [] and tasks[1].timeframe is not None and tasks[1].timeframe.raw == "Tháng 11/2027"
    )


def test_a_single_tabbed_line_of_a_portal_menu_stays_text():
    # held back
    text = "Trang chủ\tTin tức\tVăn bản\tLiên hệ\n" + _plan(
        "1. Công khai dự toán ngân sách xã năm 2027 tại trụ sở, hoàn thành trong tháng 01/2027.\n"
    )
    tasks = parse(text.encode(), "kh.web.txt").tasks
    assert [t.no for t in tasks] == ["1"]


def test_ocr_misread_roman_part_numbers_are_restored():
    block = "L MỤC ĐÍCH\nNội dung.\nH. NỘI DUNG THỰC HIỆN\n1. Làm việc.\nIl. KINH PHÍ"
    assert (
        _read_part_numbers(block)
        == "I. MỤC ĐÍCH\nNội dung.\nII. NỘI DUNG THỰC HIỆN\n1. Làm việc.\nII. KINH PHÍ"
    )


def test_ocr_lines_that_only_start_with_a_capital_letter_stay():
    # held back: a name, a lowercase sentence and a short capital word are no part titles
    block = "Lò Văn Piên chủ trì.\nH. Mông\nI. NỘI DUNG\nL Vận động Nhân dân"
    assert _read_part_numbers(block) == block


def test_a_numbered_row_without_task_cell_or_time_is_a_group_title_cut_across_columns():
    rows = [
        ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "", "Công khai, minh bạch", "trong quản lý ngân sách", ""],
        ["1.1", "Công khai dự toán năm 2027", "Kế toán", "Thủ quỹ", "Tháng 01/2027"],
        ["1.2", "Công khai quyết toán năm 2026", "Kế toán", "", "Tháng 3/2027"],
    ]
    tasks = tasks_from_table(rows, 2027)
    assert [t.no for t in tasks] == ["1.1", "1.2"]
    assert all(t.text for t in tasks)


def test_a_lone_numbered_row_without_task_cell_is_no_empty_task():
    # held back
    rows = [
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
        ["I", "", "Đối thoại với Nhân dân", ""],
        ["1", "Đối thoại về giải phóng mặt bằng", "Ban Quản lý dự án", "Quý II/2027"],
    ]
    tasks = tasks_from_table(rows, 2027)
    assert [t.text for t in tasks if not t.text] == []
    assert tasks[-1].lead == ["Ban Quản lý dự án"]


def _cell_table(header: str, rows: str) -> str:
    return _plan(header.replace("|", "\n") + "\n" + rows.replace("|", "\n") + "\n", issuer="XÃ BẢO LÂM")


def test_a_text_table_with_the_time_column_before_the_units_keeps_them_apart():
    text = _cell_table(
        "TT|Nội dung|Thời hạn|Chủ trì|Phối hợp",
        "1|Vận động hộ dân tháo dỡ lều quán lấn chiếm hành lang an toàn giao thông|Quý II/2027|Công an xã|"
        "Hội Cựu chiến binh xã|Đoàn Thanh niên xã|"
        "2|Tổ chức Ngày hội văn hóa các dân tộc|Tháng 9/2027|Phòng Văn hóa - Xã hội|Các thôn",
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [["Công an xã"], ["Phòng Văn hóa - Xã hội"]]
    assert tasks[0].coord == ["Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"]
    assert [t.timeframe.raw if t.timeframe else None for t in tasks] == ["Quý II/2027", "Tháng 9/2027"]


def test_a_text_table_with_the_time_column_last_and_a_coordinator_per_line():
    # held back
    text = _cell_table(
        "STT|Nhiệm vụ|Đơn vị chủ trì|Đơn vị phối hợp|Thời gian",
        "1|Kiểm tra việc niêm yết giá dịch vụ tại chợ trung tâm xã|Phòng Kinh tế|Công an xã|Ban Quản lý chợ|"
        "Tháng 6/2027|"
        "2|Tuyên truyền phòng, chống ma túy trong thanh niên|Đoàn Thanh niên xã|Công an xã|Năm 2027",
    )
    tasks = parse_text(text).tasks
    assert tasks[0].lead == ["Phòng Kinh tế"]
    assert tasks[0].coord == ["Công an xã", "Ban Quản lý chợ"]
    assert [t.timeframe.raw if t.timeframe else None for t in tasks] == ["Tháng 6/2027", "Năm 2027"]


def test_a_text_table_with_a_product_column_after_the_time_and_an_empty_coordinator_cell():
    text = _cell_table(
        "TT|Nội dung nhiệm vụ|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian thực hiện|Sản phẩm",
        "1|Công khai danh sách hộ được hỗ trợ nhà ở|Phòng Văn hóa - Xã hội|Trong 03 ngày làm việc kể từ ngày "
        "có quyết định|Danh sách niêm yết|"
        "2|Đối thoại với hộ dân về bồi thường|Văn phòng HĐND và UBND xã|Ban Bồi thường xã|Tháng 8/2027|Biên bản",
    )
    tasks = parse_text(text).tasks
    assert [t.lead for t in tasks] == [["Phòng Văn hóa - Xã hội"], ["Văn phòng HĐND và UBND xã"]]
    assert tasks[0].coord == [] and tasks[1].coord == ["Ban Bồi thường xã"]
    assert tasks[0].timeframe is not None and tasks[0].timeframe.raw.startswith("Trong 03 ngày")


def test_a_text_table_with_a_note_column_and_a_time_over_two_lines():
    # held back
    text = _cell_table(
        "STT|Công việc|Đơn vị thực hiện|Đơn vị phối hợp|Thời gian|Ghi chú",
        "1|Ra quân làm sạch môi trường các khu dân cư|Đoàn Thanh niên xã|Từ tháng 3/2027|đến tháng 5/2027|"
        "Hằng tuần|"
        "2|Tập huấn nghiệp vụ hòa giải ở cơ sở|Công chức Tư pháp|Các tổ hòa giải|Quý III/2027|",
    )
    tasks = parse_text(text).tasks
    assert tasks[0].lead == ["Đoàn Thanh niên xã"] and tasks[0].coord == []
    assert tasks[0].timeframe is not None and tasks[0].timeframe.raw.startswith("Từ tháng 3/2027")
