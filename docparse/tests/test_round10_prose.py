"""The prose rules of the tenth tuning round (docs/docparse.md, "Tenth round", "Prose (r10-prose)").

Every rule is a rule of the genre: how reports, plans and letters word their focal tasks and who does them. Each rule
has two or more documents of its own, written for other provinces, bodies and wording than the tuning documents that
showed the miss. The documents marked "kept back" were written for the rule and first run when it was done; each says
whether it passed then, and whether it fails without the rule.
"""

from docparse import parse_text
from docparse.model import Task


def _starts(tasks: list[Task]) -> list[str]:
    return [" ".join(t.text.split()[:3]) for t in tasks]


# ---------------------------------------------------------------------------------------------------------------------
# A report's numbered part title ("3. Nhiệm vụ trọng tâm năm 2027") stands on its own line: the capitalised line
# after it (the lead-in to the focal tasks) opens a paragraph, even in a text whose lines are joined into sentences.
# ---------------------------------------------------------------------------------------------------------------------


def test_numbered_part_title_ends_its_line_in_a_report():
    text = (
        "SỞ TƯ PHÁP TỈNH LÂM ĐỒNG\nSố: 77/BC-STP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lâm Đồng, ngày 08 tháng 12 năm 2026\nBÁO CÁO\nKết quả công tác dân vận chính quyền năm 2026\n"
        "1. Kết quả đạt được\n"
        "Sở đã tiếp 86 lượt công dân, giải quyết 41 đơn thư đúng thời hạn.\n"
        "2. Tồn tại, hạn chế\n"
        "Việc trả lời kiến nghị của cử tri có lúc còn chậm.\n"
        "3. Phương hướng, nhiệm vụ năm 2027\n"
        "Năm 2027, Sở Tư pháp tập trung thực hiện:\n"
        "a) Rà soát thủ tục hành chính lĩnh vực hộ tịch, đề xuất cắt giảm thời gian giải quyết (Phòng Hành chính tư "
        "pháp chủ trì), hoàn thành trước ngày 30/6/2027.\n"
        "b) Tổ chức đối thoại với người dân về trợ giúp pháp lý tại các xã vùng đồng bào dân tộc thiểu số.\n"
        "Văn phòng Sở tổng hợp, báo cáo kết quả trước ngày 10/12/2027.\n"
        "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nK'Brông Ha Lim\n"
    )
    tasks = parse_text(text).tasks
    assert _starts(tasks) == ["Rà soát thủ", "Tổ chức đối"]
    assert tasks[0].lead == ["Phòng Hành chính tư pháp"]


def test_kept_back_numbered_part_title_before_a_lead_in_naming_the_issuer():
    # kept back (a mass organisation's report, items numbered in brackets after a lead-in that names the issuer);
    # passed when first run; without the rule it fails (the title and the lead-in were one paragraph, no task)
    text = (
        "HỘI CỰU CHIẾN BINH\nTỈNH NGHỆ AN\nSố: 45-BC/HCCB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nNghệ An, ngày 15 tháng 12 năm 2026\nBÁO CÁO\n"
        "Sơ kết công tác dân vận năm 2026\n"
        "1. Tình hình chung\n"
        "Các cấp Hội vận động hội viên hiến 12.400 m2 đất làm đường giao thông nông thôn.\n"
        "2. Nhiệm vụ, giải pháp năm 2027\n"
        "Trên cơ sở kết quả đạt được, Hội Cựu chiến binh tỉnh tập trung:\n"
        "(1) Vận động hội viên tham gia giữ gìn an ninh trật tự ở khu dân cư; hằng quý.\n"
        "(2) Nhân rộng mô hình cựu chiến binh giúp nhau làm kinh tế (Ban Kinh tế Hội chủ trì), quý III/2027.\n"
        "(3) Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc giải quyết đơn thư của hội viên.\n"
        "Nơi nhận:\n- Lưu: VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn Đông\n"
    )
    tasks = parse_text(text).tasks
    assert _starts(tasks) == ["Vận động hội", "Nhân rộng mô", "Phối hợp với"]
    assert tasks[2].coord == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
