"""The rules of the fifteenth tuning round on tasks in prose (docs/docparse.md, "Fifteenth round", **Prose
(r15-prose)**).

Every rule is a rule of the genre, read on documents written here for other provinces, other bodies and other wording
than the tuning documents that showed the miss. For each rule one document was kept back: written before the rule,
without tuning on it, and run once after it; each docstring says whether it passed.
"""

import io
import shutil

import pytest

from docparse import parse, parse_text
from docparse.model import Task
from docparse.tests.builders import docx_to_pdf_libreoffice

_HAS_LIBREOFFICE = bool(shutil.which("libreoffice") or shutil.which("soffice"))

_HEADER = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: {number}\n{place}, ngày 12 tháng 3 năm 2027\n{kind}\n{title}\n"
)


def _header(number: str, place: str, title: str, kind: str = "KẾ HOẠCH") -> str:
    return _HEADER.format(number=number, place=place, title=title, kind=kind)


def _docx(lines: list[tuple[str, bool]]) -> bytes:
    import docx

    document = docx.Document()
    for text, bold in lines:
        document.add_paragraph().add_run(text).bold = bold
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _fields(tasks: list[Task]) -> list[tuple[str, list[str], list[str], str | None]]:
    """Each task's opening (four words), lead, coord and raw time."""
    return [
        (
            " ".join(task.text.split()[:4]),
            task.lead,
            task.coord,
            task.timeframe.raw if task.timeframe else None,
        )
        for task in tasks
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A content part may set out its work as unmarked paragraphs, one a task, with no item of its own; each paragraph names
# who does it somewhere in its sentence ("… ; Phòng X chủ trì.", "Phòng Y tổ chức …", "… do Z thực hiện"). The
# purpose part's paragraphs and an account of what was done ("… đã phục vụ …") are no tasks.
# ---------------------------------------------------------------------------------------------------------------------


def _library_plan() -> list[tuple[str, bool]]:
    """A provincial library's summer plan: a content part of unmarked paragraphs, each naming its doer."""
    return [
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NGHỆ AN", False),
        ("THƯ VIỆN TỈNH", False),
        *[
            (line, False)
            for line in _header("21/KH-TV", "Vinh", "Phục vụ bạn đọc thiếu nhi dịp hè năm 2027").splitlines()
        ],
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        ("Phòng Phục vụ bạn đọc bảo đảm mở cửa đúng giờ, không để bạn đọc nhỏ tuổi phải chờ lâu.", False),
        ("II. NỘI DUNG HOẠT ĐỘNG", True),
        (
            "Hè năm 2026, Thư viện tỉnh đã phục vụ hơn 12.000 lượt bạn đọc thiếu nhi tại trụ sở và các điểm lưu động.",
            False,
        ),
        (
            "Trưng bày sách theo chủ đề “Biển đảo quê hương” tại sảnh tầng 1 từ ngày 01/6 đến ngày 30/6/2027; "
            "Phòng Nghiệp vụ chủ trì.",
            False,
        ),
        (
            "Đội Thư viện lưu động phục vụ học sinh các xã miền núi Quế Phong, Tương Dương, mỗi tháng hai lần "
            "trong dịp hè.",
            False,
        ),
        (
            "Tổ chức cuộc thi “Đại sứ văn hóa đọc” cấp tỉnh, giao Phòng Phong trào - Địa phương chủ trì, phối hợp "
            "với Tỉnh đoàn Nghệ An; hoàn thành trước ngày 20/7/2027.",
            False,
        ),
        (
            "Về kinh phí mua sách bổ sung: Phòng Hành chính - Tổng hợp lập dự toán, trình Giám đốc phê duyệt trong "
            "tháng 5/2027.",
            False,
        ),
        ("Hội thi kể chuyện theo sách do Phòng Phục vụ bạn đọc thực hiện vào tháng 8/2027.", False),
        ("III. TỔ CHỨC THỰC HIỆN", True),
        (
            "Các phòng báo cáo kết quả về Phòng Hành chính - Tổng hợp trước ngày 25/8/2027 để tổng hợp, báo cáo Sở "
            "Văn hóa, Thể thao và Du lịch./.",
            False,
        ),
        ("GIÁM ĐỐC", True),
        ("Nguyễn Thị Hồng Vân", True),
    ]


_LIBRARY_TASKS = [
    ("Trưng bày sách theo", ["Phòng Nghiệp vụ"], [], "từ ngày 01/6 đến ngày 30/6/2027"),
    ("Đội Thư viện lưu", ["Đội Thư viện lưu động"], [], "mỗi tháng hai lần trong dịp hè"),
    (
        "Tổ chức cuộc thi",
        ["Phòng Phong trào - Địa phương"],
        ["Tỉnh đoàn Nghệ An"],
        "hoàn thành trước ngày 20/7/2027",
    ),
    ("Về kinh phí mua", ["Phòng Hành chính - Tổng hợp"], [], "trong tháng 5/2027"),
    ("Hội thi kể chuyện", ["Phòng Phục vụ bạn đọc"], [], "vào tháng 8/2027"),
]


def test_kept_back_a_librarys_content_part_of_paragraphs() -> None:
    """Kept back (written before the rule, run once after it): the five paragraphs were read as tasks, the purpose
    part's paragraph and the account of last summer ("… đã phục vụ …") were not; it failed on two things beside the
    rule: the mobile library team's name ran on over "phục vụ" (no verb of a unit's name then) and the time lost its
    season ("mỗi tháng hai lần", not "… trong dịp hè"); both are rules of the genre now ("phục vụ" ends a name, a
    periodicity keeps its season) and it passes."""
    tasks = parse(_docx(_library_plan()), "ke-hoach.docx").tasks
    assert _fields(tasks) == _LIBRARY_TASKS


@pytest.mark.skipif(not _HAS_LIBREOFFICE, reason="LibreOffice is not installed")
def test_the_librarys_paragraphs_in_a_pdf() -> None:
    pdf = docx_to_pdf_libreoffice(_docx(_library_plan()))
    assert pdf is not None
    assert _fields(parse(pdf, "ke-hoach.pdf").tasks) == _LIBRARY_TASKS


def test_a_communes_content_part_of_paragraphs_in_text() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH\n"
        + _header("45/KH-UBND", "Tân Thành", "Phòng, chống sốt xuất huyết mùa mưa năm 2027")
        + "I. MỤC ĐÍCH\n"
        "Trạm Y tế xã chủ động phát hiện sớm ca bệnh, không để dịch lan rộng.\n"
        "II. NHIỆM VỤ\n"
        "Năm 2026, Trạm Y tế xã đã ghi nhận 14 ca sốt xuất huyết tại ấp Tân Hòa.\n"
        "Trạm Y tế xã giám sát ca bệnh tại các ấp, phun hóa chất diệt muỗi khi có ổ dịch.\n"
        "Ra quân diệt lăng quăng tại các hộ gia đình vào sáng Chủ nhật hằng tuần; giao Đoàn Thanh niên xã chủ trì, "
        "phối hợp với Hội Liên hiệp Phụ nữ xã.\n"
        "Tuyên truyền trên hệ thống loa truyền thanh các ấp do Đài Truyền thanh xã thực hiện.\n"
        "Các ban, ngành, đoàn thể xã chủ động triển khai theo chức năng, nhiệm vụ được giao.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Trạm Y tế xã báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/11/2027./.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tâm\n"
    )
    tasks = parse_text(text).tasks
    assert [(lead, coord) for _, lead, coord, _ in _fields(tasks)] == [
        (["Trạm Y tế xã"], []),
        (["Đoàn Thanh niên xã"], ["Hội Liên hiệp Phụ nữ xã"]),
        (["Đài Truyền thanh xã"], []),
    ]
    assert [task.text.split()[0] for task in tasks] == ["Trạm", "Ra", "Tuyên"]


# ---------------------------------------------------------------------------------------------------------------------
# A span the work lasts through is its time, whatever the span is: a time, a work, a season ("trong suốt thời gian huấn
# luyện", "trong suốt quá trình thi công", "trong suốt mùa hè: Văn phòng phối hợp …"); a periodicity keeps the season
# it runs in ("mỗi tháng một đợt trong dịp hè").
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="'hằng đêm' (every night) is no periodicity the inline times read yet: the times' area",
)
def test_kept_back_spans_the_work_lasts_through() -> None:
    """Kept back (written after the rule, run once without tuning on it): the span "trong suốt thời gian triển khai Đề
    án" passed untuned; the night watch's "hằng đêm trong dịp Tết Nguyên đán" failed, its time read as none ("hằng
    đêm" is no periodicity of the inline times, so the season has nothing to keep it): pinned as an expected
    failure."""
    lines = [
        ("SỞ Y TẾ TỈNH BẮC NINH", False),
        ("BỆNH VIỆN ĐA KHOA TỈNH", False),
        *[
            (line, False)
            for line in _header(
                "112/KH-BVĐK", "Bắc Ninh", "Bảo đảm an toàn người bệnh dịp Tết năm 2027"
            ).splitlines()
        ],
        ("I. MỤC ĐÍCH", True),
        ("Không để gián đoạn cấp cứu, điều trị trong các ngày nghỉ Tết.", False),
        ("II. NHIỆM VỤ", True),
        (
            "1. Khoa Kiểm soát nhiễm khuẩn giám sát vệ sinh tay tại các khoa lâm sàng trong suốt thời gian triển "
            "khai Đề án.",
            False,
        ),
        ("2. Tổ Bảo vệ tuần tra khuôn viên bệnh viện hằng đêm trong dịp Tết Nguyên đán.", False),
        ("III. TỔ CHỨC THỰC HIỆN", True),
        ("Phòng Kế hoạch tổng hợp tổng hợp kết quả, báo cáo Giám đốc trước ngày 20/02/2027./.", False),
        ("GIÁM ĐỐC", True),
        ("Ngô Văn Toàn", True),
    ]
    tasks = parse(_docx(lines), "ke-hoach.docx").tasks
    assert [(lead, time) for _, lead, _, time in _fields(tasks)] == [
        (["Khoa Kiểm soát nhiễm khuẩn"], "trong suốt thời gian triển khai Đề án"),
        (["Tổ Bảo vệ"], "hằng đêm trong dịp Tết Nguyên đán"),
    ]


def test_spans_and_seasons_in_a_dyke_plan() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ VĨNH BẢO\n"
        + _header("31/KH-UBND", "Vĩnh Bảo", "Hộ đê, phòng chống thiên tai năm 2027")
        + "I. MỤC ĐÍCH\nBảo vệ an toàn tuyến đê hữu sông Luộc.\n"
        "II. NỘI DUNG\n"
        "Tuần tra, canh gác đê trong suốt mùa mưa lũ: Đội Xung kích hộ đê xã thực hiện.\n"
        "Ban Chỉ huy Quân sự xã huấn luyện lực lượng dân quân mỗi quý một đợt trong mùa mưa bão.\n"
        "Công an xã giữ gìn trật tự tại các điểm xung yếu trong suốt quá trình xử lý sự cố.\n"
        "III. TỔ CHỨC THỰC HIỆN\nVăn phòng HĐND và UBND xã tổng hợp, báo cáo kết quả trước ngày 15/12/2027./.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐoàn Văn Hùng\n"
    )
    tasks = parse_text(text).tasks
    assert [(lead, time) for _, lead, _, time in _fields(tasks)] == [
        (["Đội Xung kích hộ đê xã"], "trong suốt mùa mưa lũ"),
        (["Ban Chỉ huy Quân sự xã"], "mỗi quý một đợt trong mùa mưa bão"),
        (["Công an xã"], "trong suốt quá trình xử lý sự cố"),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# The content part's lead-in may announce its list ("… thực hiện các nội dung sau:") and the list be unmarked
# paragraphs: each sentence after it is an item, its doer the one the lead-in names unless it names its own.
# ---------------------------------------------------------------------------------------------------------------------


def test_kept_back_unmarked_paragraphs_after_a_lead_in() -> None:
    """Kept back (written before the rule, run once after it)."""
    text = (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG TIỂU HỌC KIM ĐỒNG\n"
        + _header("18/KH-THKĐ", "Pleiku", "Hỗ trợ học sinh có hoàn cảnh khó khăn đầu năm học 2027 - 2028")
        + "I. MỤC ĐÍCH, YÊU CẦU\n"
        "Không để học sinh nào thiếu sách vở, đồ dùng học tập khi vào năm học mới.\n"
        "II. NỘI DUNG\n"
        "Ban Giám hiệu giao Tổ Văn phòng thực hiện các nội dung sau:\n"
        "Rà soát hồ sơ học sinh có hoàn cảnh khó khăn, học sinh khuyết tật trước ngày 15/9/2027.\n"
        "Phối hợp với Ban đại diện cha mẹ học sinh vận động ủng hộ sách vở, đồ dùng học tập.\n"
        "Công đoàn trường tổ chức trao quà cho học sinh vào dịp Tết Trung thu.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Tổ Văn phòng tổng hợp, báo cáo Hiệu trưởng kết quả thực hiện trước ngày 30/9/2027./.\n"
        "HIỆU TRƯỞNG\nRơ Mah Thị Hoa\n"
    )
    tasks = parse_text(text).tasks
    assert [(start, lead, coord) for start, lead, coord, _ in _fields(tasks)] == [
        ("Rà soát hồ sơ", ["Tổ Văn phòng"], []),
        ("Phối hợp với Ban", ["Tổ Văn phòng"], ["Ban đại diện cha mẹ học sinh"]),
        ("Công đoàn trường tổ", ["Công đoàn trường"], []),
    ]


def test_an_associations_requests_as_unmarked_paragraphs() -> None:
    lines = [
        ("HỘI CỰU CHIẾN BINH TỈNH PHÚ YÊN", False),
        ("HỘI CỰU CHIẾN BINH XÃ HÒA XUÂN", False),
        *[
            (line, False)
            for line in _header(
                "07/KH-CCB", "Hòa Xuân", "Tham gia bảo vệ môi trường khu dân cư năm 2027"
            ).splitlines()
        ],
        ("I. MỤC ĐÍCH", True),
        ("Phát huy vai trò hội viên trong giữ gìn cảnh quan thôn, xóm.", False),
        ("II. NỘI DUNG", True),
        ("Ban Thường vụ Hội đề nghị các chi hội tập trung thực hiện các nội dung sau:", False),
        ("Vận động hội viên phân loại rác thải tại hộ gia đình từ tháng 3/2027.", False),
        ("Nhận chăm sóc các tuyến đường hoa ở thôn Phú Sen, Phước Lộc.", False),
        (
            "Chi hội Cựu chiến binh thôn 3 phối hợp với Ban Công tác Mặt trận thôn vận động các hộ hòa giải mâu thuẫn về "
            "đất đai trong Nhân dân.",
            False,
        ),
        ("III. TỔ CHỨC THỰC HIỆN", True),
        ("Các chi hội báo cáo kết quả về Ban Thường vụ Hội trước ngày 30/11/2027./.", False),
        ("TM. BAN THƯỜNG VỤ", True),
        ("CHỦ TỊCH", True),
        ("Trần Văn Lâm", True),
    ]
    tasks = parse(_docx(lines), "ke-hoach.docx").tasks
    assert [(start, lead, coord) for start, lead, coord, _ in _fields(tasks)] == [
        ("Vận động hội viên", ["các chi hội"], []),
        ("Nhận chăm sóc các", ["các chi hội"], []),
        ("Chi hội Cựu chiến", ["Chi hội Cựu chiến binh thôn 3"], ["Ban Công tác Mặt trận thôn"]),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# Before its first item a content part may hand out work in unmarked paragraphs of their own ("Phòng Tổ chức - Hành
# chính xây dựng …, trình Giám đốc trước ngày …." and then "Giao các khoa, phòng … các nội dung sau:" over "1.", "2."):
# each such paragraph that names its doer is a task beside the items.
# ---------------------------------------------------------------------------------------------------------------------


def test_a_paragraph_of_its_own_before_the_items() -> None:
    text = (
        "SỞ Y TẾ TỈNH LÂM ĐỒNG\nTRUNG TÂM Y TẾ KHU VỰC ĐỨC TRỌNG\n"
        + _header("09/KH-TTYT", "Đức Trọng", "Nâng cao văn hóa ứng xử tại Trung tâm năm 2027")
        + "I. MỤC ĐÍCH\nNgười bệnh hài lòng với thái độ phục vụ của nhân viên y tế.\n"
        "II. NỘI DUNG\n"
        "Phòng Tổ chức - Hành chính xây dựng quy tắc ứng xử của Trung tâm, trình Giám đốc trước ngày 15/3/2027.\n"
        "Giao các khoa, phòng thực hiện các nội dung sau:\n"
        "1. Niêm yết số điện thoại đường dây nóng tại khu khám bệnh.\n"
        "2. Đặt hòm thư góp ý tại các khoa lâm sàng.\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác khoa, phòng báo cáo kết quả về Phòng Tổ chức - Hành chính trước ngày 30/11/2027./.\n"
        "GIÁM ĐỐC\nK'Brốt\n"
    )
    tasks = parse_text(text).tasks
    assert [
        (task.no, start, lead) for task, (start, lead, _, _) in zip(tasks, _fields(tasks), strict=True)
    ] == [
        (None, "Phòng Tổ chức -", ["Phòng Tổ chức - Hành chính"]),
        ("1", "Niêm yết số điện", ["các khoa, phòng"]),
        ("2", "Đặt hòm thư góp", ["các khoa, phòng"]),
    ]


def test_kept_back_a_border_posts_paragraph_before_its_bullets() -> None:
    """Kept back (written after the rule, run once without tuning on it)."""
    lines = [
        ("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH CAO BẰNG", False),
        ("ĐỒN BIÊN PHÒNG TRÀ LĨNH", False),
        *[
            (line, False)
            for line in _header(
                "15/KH-ĐBP", "Trà Lĩnh", "Phối hợp bảo vệ đường biên, mốc quốc giới năm 2027"
            ).splitlines()
        ],
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        ("Giữ vững chủ quyền, an ninh biên giới; không để xảy ra xâm phạm mốc quốc giới.", False),
        ("II. NHIỆM VỤ", True),
        (
            "Đội Vũ trang chủ trì, phối hợp với Ủy ban nhân dân xã Quang Hán tổ chức tuần tra song phương mỗi tháng "
            "hai lần.",
            False,
        ),
        ("- Tuyên truyền cho Nhân dân các xóm biên giới về Luật Biên giới quốc gia.", False),
        ("- Vận động các hộ dân tham gia tự quản đường biên, mốc quốc giới.", False),
        ("III. TỔ CHỨC THỰC HIỆN", True),
        ("Đội Tham mưu - Hành chính tổng hợp, báo cáo Bộ Chỉ huy trước ngày 10/12/2027./.", False),
        ("ĐỒN TRƯỞNG", True),
        ("Nông Văn Hải", True),
    ]
    tasks = parse(_docx(lines), "ke-hoach.docx").tasks
    assert [(start, lead, coord) for start, lead, coord, _ in _fields(tasks)] == [
        ("Đội Vũ trang chủ", ["Đội Vũ trang"], ["Ủy ban nhân dân xã Quang Hán"]),
        ("Tuyên truyền cho Nhân", [], []),
        ("Vận động các hộ", [], []),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A notice of conclusions may set them out as unmarked paragraphs after "… kết luận như sau:", one conclusion each.
# ---------------------------------------------------------------------------------------------------------------------


def test_kept_back_a_notices_conclusions_as_paragraphs() -> None:
    """Kept back (written before the rule, run once before it to see the miss and once after it)."""
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ QUẢNG PHÚ\n"
        + _header("12/TB-UBND", "Quảng Phú", "", kind="THÔNG BÁO").rstrip("\n")
        + "Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp về giải phóng mặt bằng tuyến đường liên xã\n"
        "Ngày 02/3/2027, Chủ tịch Ủy ban nhân dân xã chủ trì cuộc họp về công tác giải phóng mặt bằng. Sau khi nghe "
        "báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân xã kết luận như sau:\n"
        "Giao Phòng Kinh tế rà soát hồ sơ đất đai của 12 hộ chưa nhận tiền bồi thường, hoàn thành trước ngày "
        "20/3/2027.\n"
        "Công an xã nắm tình hình, bảo đảm an ninh trật tự tại công trường trong suốt quá trình thi công.\n"
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp với trưởng các thôn vận động các hộ bàn giao mặt "
        "bằng.\n"
        "Văn phòng HĐND và UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Thị Hoa\n"
    )
    tasks = parse_text(text).tasks
    assert _fields(tasks) == [
        ("Giao Phòng Kinh tế", ["Phòng Kinh tế"], [], "hoàn thành trước ngày 20/3/2027"),
        ("Công an xã nắm", ["Công an xã"], [], "trong suốt quá trình thi công"),
        ("Đề nghị Ủy ban", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"], ["trưởng các thôn"], None),
    ]


def test_a_party_committees_conclusions_as_paragraphs() -> None:
    lines = [
        ("ĐẢNG BỘ TỈNH VĨNH LONG", False),
        ("ĐẢNG ỦY PHƯỜNG LONG CHÂU", False),
        ("*", False),
        ("Số 45-TB/ĐU", False),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", False),
        ("Long Châu, ngày 10 tháng 4 năm 2027", False),
        ("THÔNG BÁO", True),
        ("Kết luận của Thường trực Đảng ủy về công tác dân vận quý I năm 2027", True),
        (
            "Ngày 08/4/2027, Thường trực Đảng ủy phường làm việc với Khối Dân vận phường. Sau khi nghe báo cáo, đồng "
            "chí Bí thư Đảng ủy kết luận:",
            False,
        ),
        ("Ghi nhận các ý kiến phát biểu của các đại biểu dự họp.", False),
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với Đoàn Thanh niên phường vận động Nhân dân "
            "tham gia ngày Chủ nhật xanh trong quý II/2027.",
            False,
        ),
        ("Hội Liên hiệp Phụ nữ phường nhân rộng mô hình “Tổ phụ nữ tự quản” ra các khóm.", False),
        ("Văn phòng Đảng ủy thông báo để các chi bộ, đoàn thể biết, thực hiện./.", False),
        ("T/M ĐẢNG ỦY", True),
        ("PHÓ BÍ THƯ", True),
        ("Nguyễn Thanh Phong", True),
    ]
    tasks = parse(_docx(lines), "thong-bao.docx").tasks
    assert [(start, lead, coord) for start, lead, coord, _ in _fields(tasks)] == [
        ("Ủy ban Mặt trận", ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"], ["Đoàn Thanh niên phường"]),
        ("Hội Liên hiệp Phụ", ["Hội Liên hiệp Phụ nữ phường"], []),
    ]
