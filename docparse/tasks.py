"""Tasks written as prose: numbered items, bullets under topic headings, assignment lines and inline assignments.

The layout follows Nghị định 30/2020 plans: sections "I., II., …" (MỤC ĐÍCH, YÊU CẦU / NỘI DUNG / TỔ CHỨC THỰC
HIỆN), items "1.", "1.1.", "a)", bullets "-", "+", "*", and assignment lines "Đơn vị chủ trì: …", "Đơn vị phối hợp:
…", "Thời gian thực hiện: …" after an item.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from docparse.model import Task
from docparse.text import fold
from docparse.timeframes import TIMEFRAME_HEAD, parse_timeframe
from docparse.units import (
    AFTER_COMMA_NO_FIELD,
    COMMUNE_LEVELS,
    FIELD_BEFORE_COMMA,
    SHARED_KIND,
    UNIT_HEAD,
    UNIT_START,
    proper_case,
    split_assignment,
    split_units,
    without_roles,
)

# Party documents number their parts and items with a dash ("I- MỤC ĐÍCH, YÊU CẦU", "1- Công tác tuyên truyền") and
# small offices with a slash ("1/ Chủ tịch UBND xã tiếp công dân …"): a dash or a slash then a space, never a range
# ("2-3 ngày"), a date ("15/3/2027") or a Party document's number broken at its dash ("Kết luận số 43-" / "KL/TW …").
# A number's dot before a digit groups thousands ("2.300 hồ sơ", "150.000 trang" at the head of a wrapped line):
# a marker's number never has a group of three digits, so a dot followed by a digit ends no marker.
_NUMBER_END = r"(?:\.(?!\d)\s*|\)\s*|[/–-]\s+(?=\D)(?![A-ZĐ]{1,6}[/-]))"
ROMAN_HEADING = re.compile(r"^(?:PHẦN\s+|Phần\s+)?([IVXLC]+)(?:/\s*|" + _NUMBER_END + r")(.+)$")
# A part named by an ordinal word, as year-end reports and programmes divide themselves: "PHẦN THỨ NHẤT: KẾT QUẢ …",
# "Phần thứ hai. NHIỆM VỤ …", "PHẦN THỨ BA - KIẾN NGHỊ".
_ORDINAL_PART = re.compile(
    r"^(?:PHẦN|Phần)\s+(?:THỨ|thứ|Thứ)\s+(NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|nhất|hai|ba|tư|năm|sáu|bảy)\s*[:.–-]?\s*(\S.*)$"
)


# The ordinal of a part alone on its line, its title in capitals on the next ("Phần thứ hai" / "PHƯƠNG HƯỚNG, NHIỆM VỤ
# NĂM 2027", "PHẦN II" / "NHIỆM VỤ TRỌNG TÂM"), as year-end reports set their parts.
BARE_PART = re.compile(
    r"^(?:PHẦN|Phần)\s+(?:(?:THỨ|thứ|Thứ)\s+(?:NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|nhất|hai|ba|tư|năm|sáu|bảy)|[IVX]{1,4})"
    r"\s*[:.]?$"
)


def is_part_title(text: str) -> bool:
    """Whether a paragraph is a part's title in capitals, as after a bare "Phần thứ hai" ("PHƯƠNG HƯỚNG, NHIỆM VỤ")."""
    return _is_upper_heading(text, min_letters=4)


# A part's title in capitals on its own line with no numeral ("NỘI DUNG", "NHIỆM VỤ CỤ THỂ", "TỔ CHỨC THỰC HIỆN"), as
# short plans and web copies set their parts: the title opens with a part's word, folded.
_UNNUMBERED_PART = re.compile(
    r"^(?:cac |nhung |mot so )?(?:muc dich|yeu cau|muc tieu|noi dung|nhiem vu|giai phap|bien phap|cong viec|"
    r"hoat dong|to chuc thuc hien|phan cong|trach nhiem|kinh phi|che do bao cao)\b"
)


def is_unnumbered_part(text: str) -> bool:
    """Whether a paragraph is a part's title in capitals without a numeral ("NHIỆM VỤ CỤ THỂ"): at most ten words,
    no sentence end, opening with a part's word."""
    text = text.strip()
    return (
        len(text.split()) <= 10
        and not re.search(r"[.;:]$", text)
        and _is_upper_heading(text, min_letters=6)
        and bool(_UNNUMBERED_PART.match(fold(text)))
    )


def part_heading(text: str) -> re.Match[str] | None:
    """A part title numbered in Roman numerals ("II. NHIỆM VỤ", "PHẦN II. …") or by an ordinal ("PHẦN THỨ HAI: …"):
    group 1 is its number, group 2 its title."""
    return ROMAN_HEADING.match(text) or _ORDINAL_PART.match(text)


ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]\s*(.*)$")
NUMBERED = re.compile(
    r"^(\d{1,2}(?:\.\d{1,2})*)" + _NUMBER_END + r"(\S.*)$|^(\d{1,2}(?:\.\d{1,2})+)\s+(\S.*)$"
)
LETTERED = re.compile(r"^([a-zđ]\d{0,2})[).]\s+(\S.*)$")
# The focal tasks of a report or a plan counted without a list marker, one paragraph each: in words ("Một là, tiếp
# tục …", "Hai là, …", "Thứ nhất, …", never a weekday "Thứ hai, ngày 12/01/2027") or by a number in brackets ("(1) Tổ
# chức …"). An item one level below any numbered title, as a lettered item is; the words give no number.
WORD_ORDINAL = re.compile(
    r"^(?:(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là|"
    r"Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*,\s*(?!ngày\b)(\S.*)$"
)
BRACKETED_NUMBER = re.compile(r"^\((\d{1,2})\)\s+(\S.*)$")
# An item numbered by a word of the genre run in before its title ("Nhiệm vụ 1: Hướng dẫn …", "Hoạt động 2. Tổ chức
# …", "Giải pháp 3: …"), as plans print each task with its field lines under it: a numbered item, its number the
# number after the word.
RUN_IN_ITEM = re.compile(
    r"^(?:[Nn]hiệm vụ|NHIỆM VỤ|[Cc]ông việc|[Hh]oạt động|HOẠT ĐỘNG|[Gg]iải pháp|[Nn]ội dung|[Bb]ước|BƯỚC)\s+(?:số\s+)?"
    r"(\d{1,2}(?:\.\d{1,2})*)\s*[:.]\s*(\S.*)$"  # "Hoạt động 1.1. Khảo sát …": the number is "1.1"
)
# … or by an ordinal word after it ("Nội dung thứ nhất: Tuyên truyền …", "Việc thứ hai. Cắm biển …", "Nhiệm vụ thứ ba -
# …"), the item's field lines under it: a numbered item whose words give no number.
RUN_IN_ORDINAL = re.compile(
    r"^(?:[Nn]ội dung|NỘI DUNG|[Nn]hiệm vụ|NHIỆM VỤ|[Cc]ông việc|[Vv]iệc|VIỆC|[Hh]oạt động|HOẠT ĐỘNG|[Gg]iải pháp|"
    r"[Bb]iện pháp)\s+(?:thứ|THỨ)\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|TÁM|CHÍN|"
    r"MƯỜI)\s*[:.–-]\s*(\S.*)$"
)
BULLET = re.compile(r"^([-–—•+*])\s*(\S.*)$")
FIELD = re.compile(
    r"^(?:[-–+*•]\s*)?(?P<label>(?:(?:Đơn vị|Cơ quan|Bộ phận|Người|Phòng|Khoa,?\s+phòng|Khoa/phòng)\s+)?"
    r"(?:chủ trì(?:\s+tổng hợp|\s+thực hiện)?|phối hợp|"
    r"thực hiện|phụ trách)|(?:Chủ trì|Phối hợp)(?:\s+thực hiện)?|Trách nhiệm(?:\s+thực hiện)?(?=\s*:\s*\S)|"
    # who takes part ("Đơn vị cùng tham gia", "Cơ quan cùng thực hiện", "Đơn vị tham gia") and when ("Mốc thời gian",
    # "Hạn hoàn thành"), as plans word the same fields otherwise
    r"(?:(?:Đơn vị|Cơ quan|Bộ phận|Lực lượng)\s+)?cùng\s+(?:tham gia|thực hiện|phối hợp)|"
    r"(?:Đơn vị|Cơ quan|Bộ phận|Lực lượng)\s+tham gia|Mốc\s+(?:thời gian|hoàn thành)|Hạn\s+hoàn thành|"
    r"Thời gian(?:\s+thực hiện|\s+hoàn thành)?|"
    r"Thời hạn(?:\s+thực hiện|\s+hoàn thành)?|Tiến độ(?:\s+thực hiện)?|"
    # the moment of the item ("Thời điểm: Trước khi xuống giống 07 - 10 ngày"), as plans whose times hang on a season
    # or a stage rather than a calendar print the time field (as "Mốc thời gian" above)
    r"Thời điểm(?:\s+thực hiện|\s+hoàn thành)?)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_MODALITY = {
    "hinh thuc",
    "hinh thuc thuc hien",
    "thoi gian",
    "dia diem",
    "thanh phan",
    "kinh phi",
    "san pham",
    "doi tuong",
    "phuong thuc",
    "chu de",
    "loai mo hinh",
    "ten mo hinh",
    "ket qua",
    "ket qua dau ra",
    "san pham dau ra",
}


def is_modality_label(label: str) -> bool:
    """Whether a label names a modality of an item, not who does it or when: "Sản phẩm", "Kinh phí", and the pairs
    plans print under one label ("Kết quả/sản phẩm", "Hình thức, địa điểm")."""
    parts = [part.strip() for part in re.split(r"/|,|\s+và\s+", fold(label))]
    return all(part in _MODALITY for part in parts)


_DOC_KINDS = r"(?:Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Hướng dẫn|Thông tư|Công văn|Chương trình)"
_CONTINUE_END = re.compile(r"[.:;!?]$|\./\.$")
_DASH_START = re.compile(r"^[-–+]\s")
# The genre's compounds written with a dash ("tổ chức chính trị - xã hội", "kinh tế - xã hội", "Văn hóa - Xã hội"),
# broken at the dash by a line end: the line that starts with "- xã hội" continues the line above
_COMPOUND_BROKEN = re.compile(r"(?:chính trị|kinh tế|[Vv]ăn hóa|[Vv]ăn hoá)$")
_COMPOUND_REST = re.compile(r"^[-–]\s*[Xx]ã hội\b")
_NOT_LETTER = re.compile(r"[^A-Za-zÀ-ỹĐđ]")
_LOWER_ASCII = re.compile(r"[a-z]")
SECTION_CONTENT = "content"
SECTION_ORG = "organisation"
SECTION_OTHER = "other"
# The tasks with their assignment under one heading: items with their own fields, or a heading per agency
SECTION_ASSIGNED = "assigned"

# Words that may continue the name of a unit inside a sentence.
_UNIT_WORDS = {
    "nhân",
    "dân",
    "cấp",
    "xã",
    "phường",
    "tỉnh",
    "thành",
    "phố",
    "huyện",
    "quận",
    "các",
    "và",
    "thuộc",
    "trực",
    "chuyên",
    "môn",
    "sở",
    "ban",
    "ngành",
    "địa",
    "phương",
    "cơ",
    "quan",
    "đơn",
    "vị",
    "tổ",
    "chức",
    "đoàn",
    "thể",
    "hội",
    "phòng",
    "liên",
    "có",
    "doanh",
    "nghiệp",
    "đặc",
    "khu",
    "văn",
    "trung",
    "tâm",
    "chi",
    "cục",
    "công",
    "an",
    "quân",
    "sự",
    "vụ",
    "thôn",
    "bản",
    "ấp",
    "làng",
    "khối",
    "dân phố",
    "ủy",
    "uỷ",
    "trường",
    "học",
    "phổ",
    "thông",
    "tiểu",
    "mầm",
    "non",
    "cán",
    "bộ",
    "y",
    "tế",
    "chính",
    "trị",
    "đảng",
    "cùng",
    "cư",
    "khoa",
    "lâm",
    "sàng",
    "trạm",
    "bệnh",
    "viện",
    "lực",
    "lượng",
    "xóm",
    "khóm",
    "thị",
    "trấn",
    "rừng",
    "đội",
    "phận",
}
# Lowercase word pairs inside the names of units ("Ban Quản lý rừng phòng hộ", "Trung tâm Quản lý bảo tồn di sản văn
# hóa", "Trường Phổ thông dân tộc nội trú", "Ban công tác Mặt trận", "Ủy ban nhân dân các xã biên giới").
_UNIT_BIGRAMS = {
    "phòng hộ",
    "bảo tồn",
    "di sản",
    "văn hóa",
    "văn hoá",
    "cửa khẩu",
    "quốc tế",
    "du lịch",
    "bệnh tật",
    "nông nghiệp",
    "dân tộc",
    "nội trú",
    "bán trú",
    "chiến binh",
    "điều hành",
    "biên giới",
    "ven biển",
    "địa chất",
    "toàn cầu",
    "công tác",
    "xúc tiến",
    "khu vực",
    "chính quyền",
    # the bodies where troops are stationed: "Đảng ủy các xã, phường đóng quân", "các đơn vị đóng quân"
    "đóng quân",
}
# Halves of two-word unit terms ("công an", "cơ quan", "đơn vị"): never the last word of a name.
_HALF_WORDS = {"công", "cơ", "đơn", "chuyên", "trung", "chi", "cán", "liên", "doanh", "địa", "lực"}
# Two-syllable words whose second syllable is one of those halves: a name may end with them ("Phòng Đăng ký kinh
# doanh", "Trung tâm Phát triển nguồn nhân lực", a treasury's "Phòng Kiểm soát chi").
_WHOLE_WORDS = {"kinh doanh", "nhân lực", "nguồn lực", "năng lực", "điện lực", "soát chi"}
# Two-syllable words of a name whose second syllable alone would end it: after a kind word ("Ban Chỉ huy Phòng thủ
# khu vực", "Đại đội Bộ binh 2", "Phòng Cảnh sát Phòng cháy") or as a modal verb ("Cơ quan Hậu cần - Kỹ thuật",
# "Phòng Hậu cần"): the armed forces' and police's names.
_NAME_WORDS = {"phòng thủ", "phòng cháy", "bộ binh", "hậu cần"}
# Capitalised words that end a unit name rather than start a two-syllable name ("Lãnh đạo Sở định kỳ …").
_KIND_WORDS = {"Sở", "Ban", "Bộ", "Cục", "Vụ", "Phòng", "UBND", "HĐND", "Xã", "Tỉnh", "Huyện"}
_SUBJECT_HEAD = re.compile(
    # a forest board's stations, named by their duty ("Trạm bảo vệ rừng Tà Năng"), before the bare "Trạm"
    r"^(?:(?:Các )?Trạm bảo vệ rừng|"
    r"Lãnh đạo|Thủ trưởng|Thuế|Giám đốc|Chủ tịch|Người đứng đầu|Sở|Ủy ban|UBND|Văn phòng|Phòng|Ban|Công an|Trung tâm|"
    r"Chi cục|Các phòng|Các đơn vị|Các bộ phận|Các sở|Các cơ quan|Đảng ủy|Chi bộ|Công đoàn|Đoàn Thanh niên|Thanh tra|Báo|Đài|"
    r"Hội|Tỉnh ủy|Thành ủy|Huyện ủy|Bộ|Cục|Các trường|Trường|Các bệnh viện|Bệnh viện|Các khoa|Khoa|Trạm|Hiệu trưởng|"
    r"Phó Hiệu trưởng|Các chi bộ|Khối|Ủy ban|Tổ|Đoàn|Liên đoàn|Kho bạc|Bảo hiểm|Công chức|Cán bộ|Các cấp ủy|"
    # people who act in a role (a class teacher, a population collaborator, a village health worker, a school's
    # accountant, cashier or clerk), as "Cán bộ"
    r"Giáo viên|Cộng tác viên|Nhân viên|Kế toán|Thủ quỹ|Văn thư|"
    # the figures of a village whom bodies work with ("phối hợp với già làng, người có uy tín …")
    r"[Gg]ià làng|[Nn]gười có uy tín|"
    r"Cấp ủy|Trưởng|Phó Chủ tịch|Phó Giám đốc|Bí thư|Phó Bí thư|Đồng chí|Các tổ chức|Các hội|Hiệp hội|Mặt trận|"
    r"Đồn|Hạt|Hợp tác xã|Công ty|Điện lực|Bưu điện|Nghiệp đoàn|"
    # a railway's stations and track sections ("Ga Lào Cai chủ trì …", "Cung cầu đường Quảng Ngãi lắp biển …")
    r"Ga(?=\s[A-ZĐ])|Cung(?=\s(?:cầu đường|đường|thông tin)\b)|"
    # the armed forces' units and their staff offices ("Đại đội Bộ binh 2 phối hợp …", "Cơ quan Chính trị theo dõi …")
    r"Đại đội|Trung đội|Tiểu đoàn|Trung đoàn|Lữ đoàn|Sư đoàn|Hải đội|Cơ quan(?=\s[A-ZĐ])|Bệnh xá|"
    # the courts and procuracies, and their chambers ("Viện kiểm sát nhân dân khu vực 1 tổ chức …", "Tòa Hình sự …")
    r"Viện|Tòa án|Tòa|Các Tòa án|Các Viện kiểm sát|Các ban|Các ngành|Các địa phương|Các xã|Các thôn|Các ấp|Các chi hội|"
    r"Các chi đoàn|Các tổ|Các trạm|Các đội|Các hợp tác xã|Đội|Các thành viên|Thành viên|Các đảng ủy|Các đảng bộ|"
    # "Mỗi chi bộ, cơ quan, đơn vị xây dựng …": each of a collective does the action, as "Các chi bộ …"
    r"Mỗi (?:chi bộ|cơ quan|đơn vị|trường|xã|phường|thôn|tổ|hội|khoa|phòng)|"
    # bodies of one kind named by their capitalised kind: "Các Bảo hiểm xã hội cơ sở …", "Các Hạt Kiểm lâm …"
    r"Các(?=\s[A-ZĐỦ])|Các doanh nghiệp|Doanh nghiệp|"
    # the banks and credit funds a State Bank branch writes to ("Ngân hàng Chính sách xã hội chi nhánh … chủ trì", "Các
    # quỹ tín dụng nhân dân bố trí …"): bodies, and "hàng" of "Ngân hàng" is no adverb ("hàng năm")
    r"Ngân hàng|Các ngân hàng|Quỹ|Các quỹ|"
    # an enterprise's production units and a cooperative alliance ("Phân xưởng Vận hành phối hợp …", "Xí nghiệp Thu gom
    # số 1 điều chỉnh …", "Dây chuyền số 2 phối hợp …", "Nhà máy …", "Liên minh Hợp tác xã tỉnh")
    r"Phân xưởng|Xí nghiệp|Dây chuyền|Nhà máy|Công trường|Liên minh|"
    # a village's branches of the mass organisations and a province's youth union ("Chi hội Phụ nữ phối hợp …", "Chi
    # đoàn thanh niên …", "Tỉnh đoàn Gia Lai thực hiện")
    r"Chi hội|Chi đoàn|Tỉnh đoàn|Thành đoàn|"
    # a school's Young Pioneer brigade, its classes' detachments and the teacher in charge of them ("Liên đội phát động
    # …", "Chi đội các lớp", "Tổng phụ trách Đội")
    r"Liên đội|Chi đội|Tổng phụ trách|"
    # the heads of a court and of a procuracy ("Phó Chánh án phụ trách trực tiếp đối thoại …")
    r"Chánh án|Phó Chánh án|Viện trưởng|Phó Viện trưởng)[\s,]"
)
# A named official or an office holder with a portfolio leads the task: "Phó Chủ tịch UBND xã phụ trách kinh tế chỉ
# đạo …", "Đồng chí Trần Văn A, Phó Chủ tịch Ủy ban nhân dân phường chỉ đạo …".
# A personal name is introduced by "Đồng chí" or a professional title ("Bác sĩ Giàng A Dê, Phó Giám đốc Trung tâm").
# A Party cell writes "Đồng chí" short ("Đ/c Nguyễn Văn Đoàn, Phó Bí thư Chi bộ").
_PERSON = ("Đồng chí", "Đ/c", "Bác sĩ", "Dược sĩ", "Thạc sĩ", "Tiến sĩ", "Ông", "Bà", "Thầy", "Cô")
_OFFICIAL = re.compile(
    rf"^(?P<who>(?:(?:{'|'.join(_PERSON)})\s+[A-ZĐ][^,;:.]{{2,40}},\s*)?(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bí thư|"
    r"Hiệu trưởng|"
    r"Trưởng\s+(?:ban|phòng|khoa|trạm|Ban|Phòng|Khoa|Trạm|Khối|thôn|ấp|bản))\b[^;:.]{0,70}?)\s+"
    r"(?=(?:chỉ đạo|chủ trì|trực tiếp|theo dõi|kiểm tra|đôn đốc|làm việc|đối thoại|tiếp|tổ chức|hướng dẫn)\b)"
)
# A closing sentence that puts one person, by name and office, in charge of the item: "… xong trước ngày 25/01/2027.
# Đ/c Nguyễn Văn Đoàn, Phó Bí thư Chi bộ - Trưởng thôn phụ trách.", "Đồng chí Lê Thị Hà, Chi hội trưởng Phụ nữ thực
# hiện." A Party cell's resolution assigns each item so; the person leads, named as printed (as a named official
# opening the item does), whatever body the item's own sentence works through ("Lãnh đạo Ban Công tác Mặt trận thôn
# tổ chức …": the cell leads that committee).
_NAMED_IN_CHARGE = re.compile(
    rf"^(?P<who>(?:{'|'.join(_PERSON)})\s+(?P<name>[^,;:.()]{{2,40}}),\s*[A-ZĐ][^;:.()]{{2,80}}?)\s+"
    r"(?:chủ trì|thực hiện|phụ trách|đảm nhiệm|đảm nhận)\s*[.;]?\s*$"
)
_NOT_A_DOERS_LABEL = re.compile(
    r"(?:[Đđ]ối tượng|[Tt]hành phần|[Đđ]ịa điểm|[Pp]hạm vi)(?: [^\W\d]+)?\s*:\s*$"
)
_NOT_SUBJECT = re.compile(
    r"^(?:Ban hành|Phòng,|Phòng chống|Phòng ngừa|Tổ chức|Hội nghị|Hội thảo|Hội thi|Báo cáo|Công an hóa|"
    r"Bảo hiểm y tế|Trường học(?! và))"
)


@dataclass
class Paragraph:
    kind: str  # section, article, numbered, lettered, dash, plus, star, field, text
    text: str
    no: str | None = None
    label: str | None = None


@dataclass
class Node:
    kind: str
    no: str | None
    text: str
    rank: int
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    inherited_lead: list[str] = field(default_factory=list)
    period: str | None = None  # the time of the period heading the item stands under


# A further field label inside a field line ("Chủ trì: X. Phối hợp: Y. Thời gian: Z."), after a sentence or
# clause end: the fields an office typed on one line. A form-like plan parts them with a vertical bar, a table's
# columns typed on one line ("Khoa/phòng chủ trì: X | Khoa/phòng phối hợp: Y | Thời hạn: Z").
_INNER_FIELD = re.compile(
    r"(?:(?<=[.;,])\s+|\s+\|\s+)(?=(?:(?:Đơn vị|Cơ quan|Bộ phận|Khoa,?\s+phòng|Khoa/phòng)\s+)?(?:Chủ trì|Phối hợp|Thời gian|Thời hạn|"
    r"Tiến độ|Thời điểm|Mốc thời gian|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|thời điểm|Trách nhiệm|Người phụ trách)"
    r"(?:\s+(?:thực hiện|hoàn thành))?\s*:)"
)


# The fields of an item in a parenthesis that ends it: "1. Rà soát … (chủ trì: X; phối hợp: Y; thời gian: Z)." (and the
# page number a PDF's text glued after it)
_TRAILING_FIELDS = re.compile(r"^(?P<item>.+?)\s*\((?P<fields>[^()]+)\)\s*[.;]?(?:\s+\d{1,3})?\s*$")


# The field that names the doers after an item's sentences, as reports and plans print each focal task as one
# paragraph ("… cửa khẩu. Đơn vị thực hiện: Đội Nghiệp vụ 1, Đội Nghiệp vụ 2. Thời gian hoàn thành: …").
_DOER_FIELD_AFTER_ITEM = re.compile(r"(?<=[.;])\s+(?=(?:Đơn vị|Cơ quan|Bộ phận)\s+thực hiện\s*:)")


def _names_who_answers(label: str) -> bool:
    """Whether a field's label names the unit that answers for the item: "Chủ trì", "Khoa, phòng chủ trì",
    "Trách nhiệm", "Người phụ trách"."""
    key = fold(label)
    return "chu tri" in key or key.endswith("phu trach") or key == "trach nhiem"


# A plan set out as a calendar: one paragraph per period with the period run in ("Tháng 9/2026: Tổ chức …", "Quý
# II/2027: Đối thoại …"); the paragraph is an item of the list and the period its time.
_PERIOD_RUN_IN = re.compile(
    r"^(?P<period>(?:Tháng|THÁNG|Quý|QUÝ)\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*/\s*\d{4})?)\s*:\s*(?P<item>[A-ZĐÀ-Ỹ\"“].*)$"
)


def split_field_line(text: str) -> list[str]:
    """A field line holding several fields, split into one line per field; any other paragraph as it is. An item
    that ends with its fields in a parenthesis gives the item, then one line per field; a calendar's paragraph
    ("Tháng 9/2026: …") the item as a bullet, then its period as the time field."""
    if ":" not in text:
        return [text]
    period = _PERIOD_RUN_IN.match(text)
    if period:
        item, *fields = split_field_line(period["item"])
        return [f"- {item}", *fields, f"Thời gian: {period['period']}"]
    trailing = _TRAILING_FIELDS.match(text)
    if trailing:
        fields = [part.strip(" ;,") for part in _INNER_FIELD.split(trailing["fields"]) if part.strip(" ;,")]
        if fields and all(FIELD.match(part) for part in fields):
            return [trailing["item"], *fields]
    doers = _DOER_FIELD_AFTER_ITEM.search(text)
    if doers:
        # "(1) Tổ chức … cửa khẩu. Đơn vị thực hiện: Đội Nghiệp vụ 1. Thời gian hoàn thành: quý II/2027."
        fields = [part.strip(" ;") for part in _INNER_FIELD.split(text[doers.end() :]) if part.strip(" ;")]
        if all(FIELD.match(part) for part in fields):
            return [text[: doers.start()].strip(), *fields]
    # (a bar that ends a line wrapped by a PDF belongs to no field)
    parts = [part.strip(" |") for part in _INNER_FIELD.split(text) if part.strip(" |")]
    if len(parts) < 2 or not all(FIELD.match(part) for part in parts[1:]):
        return [text]
    first_field = FIELD.match(parts[1])
    # "Tổ chức khám sàng lọc …. Khoa, phòng chủ trì: X; phối hợp: Y; thời gian: Z." and "Vận động …; chủ trì: X;
    # phối hợp: Y; thời gian: Z.": the item, then its fields, when the first field names the lead ("… 30 ngày. Trách nhiệm: X.")
    if not FIELD.match(parts[0]) and not (
        parts[0].endswith((".", ";")) and first_field is not None and _names_who_answers(first_field["label"])
    ):
        return [text]
    if parts[0].endswith(";"):
        parts[0] = parts[0].rstrip(" ;")
    return parts


def strip_markdown(text: str) -> str:
    if "*" not in text:
        return text
    text = text.replace("**", "")
    return re.sub(r"\*+(?=[“\"'\w(])|(?<=[”\"'\w.,)…])\*+", "", text)


# A number and a capital with no stop between them ("2 Lãnh đạo Ủy ban nhân dân xã tiếp công dân …"): an item whose
# typist dropped the stop, when it is the next number of the list and the line before ended its sentence. A count
# opens no line of the genre with a bare figure ("02 lần", "Hai đoàn"), so no leading zero.
_BARE_NUMBER = re.compile(r"^([1-9]\d?)\s+(?=[^\W\d_])")


def mend_dropped_stops(lines: list[str]) -> list[str]:
    """Give "2 Lãnh đạo …" its stop back when items "1." and "2" follow each other (the next number of the list,
    after a line that ended its sentence): "2. Lãnh đạo …"."""
    out: list[str] = []
    last: int | None = None
    for line in lines:
        text = " ".join(line.split())
        numbered = NUMBERED.match(text)
        bare = _BARE_NUMBER.match(text)
        if numbered and numbered[1] and "." not in numbered[1]:
            last = int(numbered[1])
        elif (
            bare
            and last is not None
            and int(bare[1]) == last + 1
            and text[bare.end()].isupper()
            and out
            and _ends_sentence(out[-1].rstrip())
        ):
            line = f"{bare[1]}. {text[bare.end() :]}"
            last += 1
        elif part_heading(text):
            last = None  # a new part numbers its items again
        out.append(line)
    return out


def make_paragraphs(lines: list[str], hard_wrapped: bool) -> list[str]:
    """Join lines broken inside sentences; each paragraph starts with a marker or a new sentence."""
    lines = mend_dropped_stops(lines)
    paragraphs: list[str] = []
    lengths = sorted(len(line) for line in lines if line.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 80
    narrow = bool(lengths) and lengths[len(lengths) // 2] < 110  # lines broken at the page width
    previous_line = ""
    texts = [" ".join(raw.split()) for raw in lines]
    texts = [line for line in texts if line]
    after_footer = after_footnote = False
    for index, line in enumerate(texts):
        if hard_wrapped and (
            _FOOTNOTE_LINE.match(line) or (after_footnote and line.isdigit() and len(line) <= 3)
        ):
            # a footnote at the foot of a PDF's page ("¹ Kế hoạch triển khai phong trào …"), and the page number under
            # it: not the text of the field or item the page broke after (the citations read the whole text)
            after_footnote = True
            continue
        after_footnote = False
        if hard_wrapped and _PAGE_FOOTER.fullmatch(line):
            after_footer = True  # a running page footer ("Trang 1/2") between the lines of a PDF's text
            continue
        if (
            after_footer
            and paragraphs
            and _is_running_header(line, paragraphs[-1], texts[index + 1 : index + 2])
        ):
            after_footer = False
            continue
        after_footer = False
        wrapped_dash = (
            hard_wrapped
            and (
                (
                    _DASH_START.match(line)
                    and narrow
                    and len(previous_line) >= 0.8 * width
                    and not _ends_sentence(previous_line)
                    and not FIELD.match(line)  # "+ Chủ trì: …" under a long item is a field of its own
                    and not _is_agency_item(
                        previous_line
                    )  # "3. Văn phòng Đảng ủy xã (cơ quan thường trực …)"
                )
                # "… các tổ chức chính trị" / "- xã hội phường": the genre's compound broken at its dash
                or bool(_COMPOUND_BROKEN.search(previous_line[-12:]) and _COMPOUND_REST.match(line))
            )
        )
        # a line well short of the page width ended where its writer ended it (a title), not at the margin
        short_previous = not narrow or len(previous_line) < 0.8 * width
        # a numbered title alone on a line so short that the next line's first word would have fitted on it twice
        # over ("3. Ghi nhận ý kiến người dân" / "Đặt hòm thư góp ý …"): the paragraph under the title starts there
        title_ended = (
            narrow
            and bool(paragraphs)
            and paragraphs[-1] == previous_line
            and line[:1].isupper()
            and _is_title_item(previous_line)
            and len(previous_line) + 2 * (1 + len(line.split()[0])) < 0.6 * width
        )
        previous_line = line
        if (
            paragraphs
            and hard_wrapped
            and (wrapped_dash or not (title_ended or _starts_paragraph(line, paragraphs[-1], short_previous)))
        ):
            paragraphs[-1] = paragraphs[-1] + " " + line
        else:
            paragraphs.append(line)
    return paragraphs


def _is_running_header(line: str, paragraph: str, following: list[str]) -> bool:
    """Whether `line`, right after a page number, is the next page's running header ("Sở Nội vụ tỉnh Nghệ An",
    "Kế hoạch số 433/KH-UBND phường …") inside a sentence the page break cut: a short line that ends no sentence
    while the line after it goes on with that sentence (a short line of the text itself ends its paragraph)."""
    if _ends_sentence(paragraph) or _ends_sentence(line) or len(line) > 60 or not line[:1].isupper():
        return False
    if NUMBERED.match(line) or LETTERED.match(line) or BULLET.match(line) or FIELD.match(line):
        return False
    return bool(following) and not following[0][:1].isupper() and not _starts_paragraph(following[0], line)


# A footnote line, opened by its superscript number: "¹ Kế hoạch triển khai phong trào …", "² Quyết định số …".
_FOOTNOTE_LINE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*\s")
# A page number as a PDF's text prints it on a line of its own: "Trang 1/2", "Trang 3", "- 2 -".
_PAGE_FOOTER = re.compile(r"Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–]")
# A label of the item that is not one of its fields ("Sản phẩm: …", "Kinh phí: …", "Địa điểm: …"), on its own line.
_OTHER_LABEL = re.compile(r"^(?:[-–+*•]\s*)?([^:]{2,25}):\s*\S")

_EMPTY_FIELD_END = re.compile(
    r"(?:hủ trì|hối hợp|hời gian|hời hạn|iến độ|ham gia)(?:\s+thực hiện|\s+hoàn thành)?\s*:$"
)


def _starts_paragraph(line: str, previous: str, short_previous: bool = True) -> bool:
    if _EMPTY_FIELD_END.search(previous[-40:]) and not (
        NUMBERED.match(line)
        or LETTERED.match(line)
        or BULLET.match(line)
        or FIELD.match(line)
        or part_heading(line)
        or _is_upper_heading(line, min_letters=4)
    ):
        return (
            False  # the value of a field label that ended the line above ("… Thời gian:" / "Đầu năm học …")
        )
    roman = part_heading(line)
    if roman and _is_upper_heading(roman[2]):
        return True
    if BARE_PART.match(line) or BARE_PART.match(previous):
        return True  # "Phần thứ hai" on its line, its title on the next
    other_label = _OTHER_LABEL.match(line)
    # "Thời hạn: trước 30/4/2027" / "Sản phẩm: Báo cáo …": the next label, not the rest of the time
    if other_label and is_modality_label(other_label[1]) and FIELD.match(previous):
        return True
    if (
        NUMBERED.match(line)
        or LETTERED.match(line)
        or BRACKETED_NUMBER.match(line)
        or WORD_ORDINAL.match(line)
        or BULLET.match(line)
        or FIELD.match(line)
        or ARTICLE.match(line)
        or RUN_IN_ITEM.match(line)
        or RUN_IN_ORDINAL.match(line)
    ):
        return True
    if line.startswith("Nơi nhận"):
        return True
    if _is_upper_heading(previous, min_letters=4):
        return True
    if line[:1].isupper() and len(previous) < 130 and _is_agency_item(previous):
        # "3. Công an tỉnh" without a colon, then its first paragraph (a name may run over a line: "4. Đề nghị Ủy ban
        # Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường")
        return True
    if line[:1].isupper() and short_previous and _is_part_item(previous):
        # "3. Kinh phí thực hiện", "3. Nhiệm vụ trọng tâm năm 2027" on its line, then the paragraph of the part (a
        # report's lead-in to its focal tasks: "Từ những kết quả trên, … tập trung:")
        return True
    if line[:1].isupper() and len(previous) < 90 and _is_topic_item(previous):
        return True  # "1. Về thẩm định" on its line, then the paragraph of the topic
    run_in = RUN_IN_ITEM.match(previous)
    title = run_in[2] if run_in else (ordinal[1] if (ordinal := RUN_IN_ORDINAL.match(previous)) else None)
    if short_previous and line[:1].isupper() and title is not None and is_short_title(title):
        # "Nhiệm vụ 4: Chi trả lương hưu, trợ cấp đúng hạn" on its line, then the paragraph that carries it out
        return True
    if (
        short_previous
        and _is_title_item(previous)
        and (_opens_with_actor(line) or _opens_like_title(line, previous) or _is_title_line(previous))
    ):
        # "2. Nâng cao văn hóa công vụ" on a line shorter than the page, then "Văn phòng … tham mưu …"; "3. Xây dựng
        # mô hình …" then "Xây dựng mô hình …": the paragraph under a title opens with the title's own verb
        return True
    return bool(line[:1].isupper() and _ends_sentence(previous))


# The closing parts of a plan or a notice, numbered like its items ("3. Chế độ báo cáo", "4. Chế độ thông tin, báo
# cáo", "3. Kinh phí thực hiện"), folded: parts, not tasks.
CLOSING_PART = re.compile(r"^(?:che do (?:thong tin,? )?bao cao|kinh phi(?: thuc hien)?)$")


# A guidance sets out its procedure as steps ("II. CÁC BƯỚC THỰC HIỆN", "2. Trình tự thực hiện", then "Bước 1. …"
# with its doer and time): the part of its content, folded.
STEPS_TITLE = r"\b(?:cac buoc|trinh tu) (?:thuc hien|tien hanh)\b"
# The titles of a document's numbered parts, folded: what it reports on ("Tình hình, kết quả", "Đánh giá", "Hạn chế,
# nguyên nhân"), what it sets out to do ("Nhiệm vụ trọng tâm năm 2027", "Phương hướng, nhiệm vụ", "Giải pháp") and
# who carries it out ("Tổ chức thực hiện").
_PART_TITLE = re.compile(
    r"^(?:to chuc thuc hien$|(?:cac |nhung )?(?:nhiem vu|giai phap|phuong huong|danh gia|ket qua|tinh hinh|han che|"
    r"ton tai)\b|"
    rf"(?:mot so |nhung )?(?:nhiem vu|giai phap) (?:trong tam|chu yeu|cu the|thoi gian toi)\b|{STEPS_TITLE}|"
    # a notice's part that hands out the work ("2. Giao nhiệm vụ", "2. Phân công nhiệm vụ", "3. Phân công thực hiện")
    r"(?:giao|phan cong) nhiem vu$|phan cong thuc hien$|"
    # a short plan's parts numbered in Arabic figures ("1. Mục đích", "2. Nội dung, phân công thực hiện")
    r"muc dich(?:,? (?:va )?yeu cau)?$|noi dung(?: (?:thuc hien|cu the|trong tam|chu yeu))?$|"
    r"noi dung,? (?:va )?(?:phan cong|giai phap|nhiem vu|thoi gian)\b)"
)


def is_numbered_part(no: str | None, title: str, after_part: bool = False) -> bool:
    """Whether a top-level numbered title names a part of the document ("1. Đánh giá chung", "2. Nhiệm vụ trọng tâm
    quý III/2026", "3. Chế độ báo cáo"): short and without a sentence end. `after_part`: a part was read already, so a
    topic among the parts ("3. Về các ý kiến chưa giải quyết" after "2. Giao nhiệm vụ") is one more part."""
    title = title.strip()
    return (
        "." not in (no or ".")
        and len(title.split()) <= 10
        and not re.search(r"[.;:,]$", title)
        and bool(
            _PART_TITLE.match(fold(title))
            or CLOSING_PART.match(fold(title))
            or (after_part and _is_topic_title(title))
        )
    )


def _is_part_item(text: str) -> bool:
    item = NUMBERED.match(text)
    return bool(item and item[1] and is_numbered_part(item[1], item[2]))


def _is_agency_item(text: str) -> bool:
    """Whether a numbered or lettered line is only the name of an agency ("2. Sở Xây dựng", "b) Công an xã")."""
    item = NUMBERED.match(text) or LETTERED.match(text)
    if not item:
        return False
    body = (item[2] or item[4]) if item.re is NUMBERED else item[2]
    body = (
        without_roles(body).strip().rstrip(":").strip()
    )  # "3. Văn phòng Đảng ủy xã (cơ quan thường trực …)"
    return bool(body) and unit_phrase(body) == body and not _NOT_SUBJECT.match(body)


def _is_topic_item(text: str) -> bool:
    """Whether a numbered or lettered line is only the title of a topic ("1. Về thẩm định")."""
    item = NUMBERED.match(text) or LETTERED.match(text)
    if not item:
        return False
    body = (item[2] or item[4]) if item.re is NUMBERED else item[2]
    return _is_topic_title(body)


# What opens a sentence that hands work to a body before naming it: "Giao Phòng X chủ trì …", "Đề nghị X …".
_HANDS_OVER = re.compile(r"^(?:Giao|Đề nghị|Yêu cầu)(?:\s+cho)?\s+")


def _opens_with_actor(text: str) -> bool:
    """Whether a sentence names the body or office holder that acts before its action ("Phòng Điều dưỡng kiểm tra
    …", "Giao Khoa Dược …", "Phó Chủ tịch UBND xã phụ trách … chỉ đạo …")."""
    rest = _HANDS_OVER.sub("", text.strip(), count=1)
    if _NOT_SUBJECT.match(rest):
        return False
    # an office holder named by the address alone: "Đồng chí Phó Chủ tịch UBND phường phụ trách … chủ trì …"
    office = re.sub(r"^(?:Đồng chí|Ông|Bà)\s+(?=(?:Phó\s+)?[A-ZĐ])", "", rest, count=1)
    return bool(UNIT_START.match(rest) or _OFFICIAL.match(rest) or _OFFICIAL.match(office))


def is_short_title(text: str) -> bool:
    """A short line that names a topic or an aim and is no sentence: no closing stop, no colon, no actor of its own
    ("Tuyên truyền, quán triệt", "Nâng cao văn hóa công vụ")."""
    text = text.strip()
    return (
        0 < len(text.split()) <= 14
        and not _CONTINUE_END.search(text)
        and ":" not in text
        and not _opens_with_actor(text)
    )


def _opens_like_title(line: str, title_line: str) -> bool:
    """Whether `line` opens with the first two words of the numbered title above it ("3. Xây dựng mô hình …" /
    "Xây dựng mô hình …"): the title's paragraph, which repeats its verb, not the rest of the title."""
    item = NUMBERED.match(title_line)
    title = ((item[2] or item[4]) if item else "").split()[:2]
    return len(title) == 2 and line.split()[:2] == title


def _is_title_line(text: str) -> bool:
    """Whether a numbered line is a title set on its own line ("3. Ghi nhận ý kiến người dân"): a short title of at most
    eight words that ends without a stop, a comma or a word that needs the next ("với", "và", "của", …)."""
    item = NUMBERED.match(text)
    title = ((item[2] or item[4]) if item else "").strip()
    return (
        0 < len(title.split()) <= 8
        and not re.search(r"[,;:\-–(]$", title)
        and not re.search(r"\s(?:với|và|của|cho|các|trong|tại|về|để|theo|đối với|giữa)$", title)
    )


def _is_title_item(text: str) -> bool:
    """Whether a numbered line is only a short title ("3. Lắng nghe và phản hồi ý kiến người dân")."""
    item = NUMBERED.match(text)
    return bool(item) and is_short_title((item[2] or item[4]) if item else "")


def _actor_sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph, cut only where a sentence names a new actor first: "Văn phòng … tham mưu …
    trong quý I. Các phòng chuyên môn tổ chức …" is two assignments, "… UBND TP. Hà Nội …" is one."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])", paragraph.strip()):
        if out and not _opens_with_actor(piece):
            out[-1] = out[-1] + " " + piece
        else:
            out.append(piece)
    return out


# A role a body takes in the clause before it, not work of its own: "Phòng A chủ trì; Phòng B phối hợp".
_ROLE_ONLY = re.compile(r"^(?:phối hợp|chủ trì|thực hiện|tham gia|theo dõi)\b[^;]{0,40}$")


def _clauses_of_actors(paragraph: str) -> list[str]:
    """The clauses of a conclusion's paragraph cut where, after a semicolon, a new body opens a clause with work of its
    own ("Phòng Điều dưỡng tổ chức lớp … trong tháng 8/2027; Tổ Quản lý chất lượng khảo sát … mỗi quý một lần."): a
    notice of conclusions hands out its work so, clause by clause. A body that only takes a role ("…; Phòng B phối
    hợp") stays with the clause before."""
    out: list[str] = []
    for piece in re.split(r";\s+(?=[A-ZĐÀ-Ỹ])", paragraph.strip()):
        unit = unit_phrase(piece) if out and _opens_with_actor(piece) else None
        if unit and not _ROLE_ONLY.match(piece[len(unit) :].strip()) and len(piece.split()) >= 6:
            out.append(piece)
        elif out:
            out[-1] = out[-1] + "; " + piece
        else:
            out.append(piece)
    return out


def _ends_sentence(text: str) -> bool:
    # The pattern only looks at the end, and a paragraph grows with every joined line: do not scan all of it.
    return bool(_CONTINUE_END.search(text[-4:]))


def _is_upper_heading(text: str, min_letters: int = 1) -> bool:
    """Whether the letters of `text` (at least `min_letters`) are all capitals."""
    if _LOWER_ASCII.search(text):
        return False  # the common case, decided without copying the letters out of a long paragraph
    letters = _NOT_LETTER.sub("", text)
    return len(letters) >= min_letters and letters.isupper()


def classify(text: str) -> Paragraph:
    text = strip_markdown(text).strip()
    roman = part_heading(text)
    if roman and _is_upper_heading(roman[2]):
        return Paragraph("section", roman[2], roman[1])
    article = ARTICLE.match(text)
    if article:
        return Paragraph("article", article[2], article[1])
    field_match = FIELD.match(text)
    if field_match:
        return Paragraph("field", field_match["value"].strip(), label=field_match["label"])
    run_in = RUN_IN_ITEM.match(text)
    if run_in:
        return Paragraph("numbered", run_in[2], run_in[1])
    run_in = RUN_IN_ORDINAL.match(text)
    if run_in:
        return Paragraph("numbered", run_in[1])
    numbered = NUMBERED.match(text)
    if numbered:
        no = numbered[1] or numbered[3]
        body = numbered[2] or numbered[4]
        if _is_upper_heading(body) and "." not in no:
            return Paragraph("section", body, no)
        return Paragraph("numbered", body, no)
    lettered = LETTERED.match(text) or BRACKETED_NUMBER.match(text)
    if lettered:
        return Paragraph("lettered", lettered[2], lettered[1])
    ordinal = WORD_ORDINAL.match(text)
    if ordinal:
        return Paragraph("lettered", ordinal[1])
    bullet = BULLET.match(text)
    if bullet:
        kind = {"+": "plus", "*": "star"}.get(bullet[1], "dash")
        return Paragraph(kind, bullet[2])
    return Paragraph("text", text)


# A heading that names the tasks first and their assignment after them ("NHIỆM VỤ VÀ PHÂN CÔNG", "NỘI DUNG, THỜI
# GIAN VÀ PHÂN CÔNG THỰC HIỆN", "GIẢI PHÁP VÀ TRÁCH NHIỆM THỰC HIỆN"), folded: the tasks, each with its assignment.
_TASKS_AND_ASSIGNMENT = re.compile(
    r"^(?:noi dung|nhiem vu|giai phap|cong viec)\b(?!(?: cu the)? cua )[^.:]*?\b(?:phan cong|trach nhiem)\b|"
    # a notice's part that hands the work out: "2. Giao nhiệm vụ", "2. Phân công nhiệm vụ"
    r"^(?:giao|phan cong) nhiem vu$"
)


def section_kind(title: str) -> str:
    key = fold(title)
    if _TASKS_AND_ASSIGNMENT.match(key):
        return SECTION_ASSIGNED
    if re.search(
        r"to chuc thuc hien|trach nhiem|phan cong|kinh phi|che do bao cao|"
        r"nhiem vu (?:cu the )?cua (?:cac )?(?:co quan|don vi|so|ban|nganh|phong|bo phan|khoa|dia phuong|to chuc)",
        key,
    ):
        return SECTION_ORG
    if re.search(r"muc dich|yeu cau|chi tieu|danh gia|ket qua|tinh hinh|can cu|quan diem|muc tieu", key):
        return SECTION_OTHER
    # … the measures a police or a military unit takes ("CÁC BIỆN PHÁP TIẾN HÀNH", "BIỆN PHÁP THỰC HIỆN") and the
    # things to do ("CÁC VIỆC CẦN LÀM", "NHỮNG VIỆC CẦN LÀM NGAY"); "biện pháp" is the genre's other word for "giải
    # pháp" ("NỘI DUNG, BIỆN PHÁP"), which names the content alone when a scan misreads the word beside it
    # ("NỘILDƯNG, BIỆN PHÁP")
    if re.search(
        rf"noi dung|nhiem vu|giai phap|bien phap|cong viec|viec can lam|hoat dong|{STEPS_TITLE}", key
    ):
        return SECTION_CONTENT
    return SECTION_OTHER


def _rank(paragraph: Paragraph, depth_of_numbers: int) -> int:
    if paragraph.kind == "numbered":
        return (paragraph.no or "").count(".") + 1
    if paragraph.kind == "lettered":
        return depth_of_numbers + 1 if depth_of_numbers < 5 else 6
    return {"dash": 7, "plus": 8, "star": 9}.get(paragraph.kind, 9)


# An unmarked sentence after a list that asks for the results ("Kết quả thực hiện gửi về …", "Các chi bộ báo cáo kết
# quả thực hiện về …", "Các đơn vị báo cáo kết quả thực hiện định kỳ 6 tháng (…) về Sở Y tế"): the reporting
# obligation, not part of the last item; the bodies that report may come after their standing organ ("Ban Thường trực
# Ủy ban MTTQ Việt Nam các xã, phường báo cáo kết quả về …").
_RESULTS_SENT_TO = re.compile(
    r"^(?:de nghi )?(?:ket qua(?: thuc hien)?(?:, cac [a-z ,]{2,60})? (?:gui|bao cao) ve|(?:(?:[a-z]+ ){0,10}cac [a-z ,]{2,40} )?"
    r"(?:gui |tong hop,? )?"
    r"bao cao ket qua\b[^.;]*?\bve)\b"
    # "Ban Thường vụ … đề nghị các chi bộ … quan tâm thực hiện; báo cáo kết quả về …": the closing formula
    r"|^[^.;]{0,80}\b(?:de nghi|yeu cau) [^.;]{3,80}; (?:(?:gui )?bao cao ket qua\b[^.;]*?\bve|ket qua bao cao)\b"
)


# … and one body named as the subject: "Văn phòng tổng hợp báo cáo kết quả thực hiện về Ban Dân vận Thành ủy trước …",
# "Phòng Nội vụ tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh".
# A letter's closing paragraph may open with what to do if something happens and end with that sentence ("Trường hợp
# phát sinh …, đề nghị các đơn vị thông tin ngay … Các đơn vị báo cáo tình hình về Ban Quản lý trước ngày …").
_REPORTS_RESULTS = re.compile(
    r"^(?:tong hop,? )?(?:va )?bao cao (?:ket qua|tinh hinh)\b[^.;]*?\b(?:ve|voi)\b"
)


def _unit_reports_results(paragraph: str) -> bool:
    for text in re.split(r"(?<=[.!?])\s+(?=[A-ZĐ])", paragraph.strip()):
        if not _SUBJECT_HEAD.match(text) or _NOT_SUBJECT.match(text):
            continue
        unit = unit_phrase(text)
        if unit and _REPORTS_RESULTS.match(fold(text[len(unit) :].strip())):
            return True
    return False


def only_reports_results(text: str) -> bool:
    """Whether an item is one sentence in which a body reports its results ("4. Tổ trưởng báo cáo kết quả hoạt động
    với Ban Thường vụ … trước ngày …"), or only follows the document up and reports on it: a reporting obligation
    (LABELING.md §4), not a task."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZĐ])", text.strip())
    return (len(sentences) == 1 and _unit_reports_results(text)) or follows_up_and_reports(text)


# A connective that joins a request to the ones before it ("Đồng thời, …", "Ngoài ra, …").
_CONNECTIVE = r"(?:Đồng thời|Ngoài ra|Bên cạnh đó|Mặt khác),\s+"
# … and the request it opens, handing work to a body: "Đồng thời, giao Phòng …", "Ngoài ra, đề nghị Công an …".
_CONNECTIVE_REQUEST = re.compile(rf"^{_CONNECTIVE}(?:giao|đề nghị|yêu cầu)(?:\s+cho)?\s+(?=[A-ZĐỦ])")


_CONNECTIVE_START = re.compile(rf"^{_CONNECTIVE}(?=[A-ZĐỦ])")


def _connective_with_actor(text: str) -> bool:
    """ "Đồng thời, Phòng Khai thác thủy sản của Chi cục phối hợp với …" after a list: the connective joins a request
    of its own, whose body is its subject, as "Đồng thời, giao Phòng …" does."""
    connective = _CONNECTIVE_START.match(text)
    return connective is not None and _opens_with_actor(text[connective.end() :])


def is_period_heading(text: str) -> bool:
    """Whether an unmarked line is a period and nothing else ("Tháng 12/2026 - tháng 01/2027", "Học kỳ II năm học
    2026 - 2027", "Hè năm 2027", "Thường xuyên"): a heading of a plan laid out by time, over the items done then."""
    text = text.strip().rstrip(":").strip()
    if len(text.split()) > 12 or not text[:1].isupper() or not TIMEFRAME_HEAD.match(text):
        return False
    reading = parse_timeframe(text)
    return reading is not None and reading.kind != "unknown" and not re.search(r"[.;,]$", text)


def build_tree(paragraphs: list[Paragraph]) -> Node:
    """Nest items by marker level; assignment lines go to the item they describe."""
    root = Node("root", None, "", 0)
    stack = [root]
    intro_lead: list[str] = []
    block_target: Node | None = None
    # A plan laid out by time opens its list with a period on a line of its own, then the items done in it, then the
    # next period ("Tháng 12/2026 - tháng 01/2027" / "- …" / "Học kỳ II năm học 2026 - 2027" / "- …"): each period
    # heads the items after it (at the level of the first item under the first period), not the item before it.
    period: str | None = None
    period_scope: Node | None = None
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind == "text" and is_period_heading(paragraph.text):
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if period_scope is not None and period_scope in stack:
                stack = stack[: stack.index(period_scope) + 1]
                period = paragraph.text.strip().rstrip(":").strip()
                continue
            if (
                following is not None
                and following.kind in {"numbered", "lettered", "dash", "plus"}
                and (stack[-1] is root or (not stack[-1].children and _rank(following, 0) > stack[-1].rank))
            ):
                period_scope, period = stack[-1], paragraph.text.strip().rstrip(":").strip()
                continue
        if paragraph.kind == "field":
            target = block_target or _field_target(stack[-1])
            if target is root:
                continue
            block_target = target
            _add_field(target, paragraph.label or "", paragraph.text)
            continue
        if (
            block_target is not None
            and paragraph.kind in {"dash", "plus", "star", "text"}
            and _is_modality_line(paragraph.text)
        ):
            continue  # "- Kết quả/sản phẩm: …" among the field lines of an item: neither a unit nor a time, nor a task
        block_target = None
        if (
            paragraph.kind in {"dash", "plus"}
            and stack[-1].kind in {"numbered", "lettered"}
            and not stack[-1].children
            and _only_names_doers(paragraph.text)
        ):
            # "1. Mở 04 lớp bồi dưỡng …" then "- Khoa Xây dựng Đảng chủ trì; Phòng Quản lý đào tạo phối hợp." and
            # "- Thời gian: …": the bullet names who does the item, as a field "Thực hiện:" does, and is no task
            block_target = stack[-1]
            _add_field(stack[-1], "Thực hiện", paragraph.text.strip().rstrip("."))
            continue
        if paragraph.kind == "star" and _is_topic_after_item(paragraph.text, stack[-1]):
            # "4) Trả lời … ; Phòng Kinh tế thực hiện." then "* Rà soát bộ phận một cửa:" and "-" bullets: the item
            # is whole, the starred line opens a topic of its own at the item's level and heads the bullets
            item = stack.pop()
            node = Node("star", None, paragraph.text, item.rank, parent=stack[-1])
            node.inherited_lead = item.inherited_lead
            stack[-1].children.append(node)
            stack.append(node)
            continue
        if paragraph.kind == "text" or (paragraph.kind == "star" and stack[-1] is not root):
            if stack[-1] is root:
                lead = lead_in_units(paragraph.text)
                intro_lead = lead or intro_lead
            elif (
                _RESULTS_SENT_TO.match(fold(paragraph.text))
                or _unit_reports_results(paragraph.text)
                or _is_closing_formula(paragraph.text)
            ):
                stack = [root]  # "Kết quả thực hiện gửi về Sở Nội vụ trước ngày …" closes the list (a report)
            elif _CONNECTIVE_REQUEST.match(paragraph.text) or _connective_with_actor(paragraph.text):
                # "Đồng thời, giao Phòng Kinh tế … . Giao Phòng Văn hóa - Xã hội …" after the list: requests of their
                # own, not the last item's, each sentence that names its body a task
                stack = [root]
                for sentence in _actor_sentences(paragraph.text):
                    root.children.append(Node("dash", None, sentence, 1, parent=root))
            else:
                stack[-1].details.append(paragraph.text)
            continue
        depth = max((n.rank for n in stack if n.kind == "numbered"), default=0)
        rank = _rank(paragraph, depth)
        while len(stack) > 1 and stack[-1].rank >= rank:
            stack.pop()
        parent = stack[-1]
        node = Node(paragraph.kind, paragraph.no, paragraph.text, rank, parent=parent)
        inherited = lead_in_units(parent.text) if parent is not root else intro_lead
        if not inherited and parent.kind in {"numbered", "lettered"}:
            # "đề nghị các cơ quan, đơn vị … như sau:" and then "1. Ban Quản lý Vườn quốc gia" over its bullets: the
            # agency the heading names leads them, not the collective the lead-in addresses ("2. Lãnh đạo các đoàn
            # thể …" is a topic, leading them; "1. Tiếp công dân" names no body)
            heading = parent.text.strip().rstrip(":").strip(" .")
            if (
                UNIT_HEAD.match(heading)
                and not heading.startswith("Lãnh đạo")
                and _agency_heading(heading) == heading
                and unit_phrase(heading) == heading
            ):
                inherited = split_units(heading)
        node.inherited_lead = inherited or parent.inherited_lead
        node.period = period if parent is period_scope else parent.period
        parent.children.append(node)
        stack.append(node)
    return root


# What follows the body that leads in a bullet that only names who does its item, folded: "chủ trì" or "thực hiện",
# and its partners ("…, phối hợp với Y, Z", "…; Y phối hợp").
_ONLY_DOERS = re.compile(
    r"^(?:chu tri|thuc hien)(?:,? (?:va )?phoi hop(?: voi)? (?P<after>.+)|; (?P<before>.+) phoi hop(?: thuc hien)?)?$"
)


def _only_names_doers(text: str) -> bool:
    """Whether a bullet under an item only names its doers: "Phòng Quản lý khoa học thực hiện.", "Khoa Lý luận cơ sở
    chủ trì; Khoa Dân tộc, tôn giáo và dân vận phối hợp." (every partner a whole name)."""
    text = text.strip().rstrip(" .;")
    unit = unit_phrase(text) if _SUBJECT_HEAD.match(text) and not _NOT_SUBJECT.match(text) else None
    rest = text[len(unit or "") :].strip()
    doers = _ONLY_DOERS.match(fold(rest)) if unit else None
    if doers is None:
        return False
    group = "after" if doers["after"] else "before" if doers["before"] else None
    if group is None:
        return True
    names = split_units(rest[doers.start(group) : doers.end(group)].strip())
    if group == "before":
        # "; Phòng Quản lý đào tạo phối hợp": the verb closes the name, which opens like a body's
        return bool(names) and all(_SUBJECT_HEAD.match(name) and len(name.split()) <= 12 for name in names)
    # "…, phối hợp với Y, Z": each a whole name, no verb after it
    return bool(names) and all(unit_phrase(name) == name for name in names)


def _is_modality_line(text: str) -> bool:
    label = _OTHER_LABEL.match(text)
    return bool(label and is_modality_label(label[1]))


def _is_topic_after_item(text: str, item: Node) -> bool:
    """Whether a starred line that ends with a colon ("* Rà soát, sắp xếp lại bộ phận một cửa:") follows a numbered
    or lettered item that is a whole sentence (no colon of its own, no bullets yet): a topic beside the item."""
    return (
        text.rstrip().endswith(":")
        and item.kind in {"numbered", "lettered"}
        and not item.children
        and not item.fields
        and _ends_sentence(_own_text(item))
        and not _own_text(item).endswith(":")
    )


def _field_target(node: Node) -> Node:
    if node.kind in {"dash", "plus", "star"} and node.parent is not None and node.parent.kind != "root":
        parent = node.parent
        siblings = [c for c in parent.children if c.kind == node.kind]
        if (
            not parent.fields
            and not any(s.fields for s in siblings)
            and (len(siblings) >= 2 or parent.text.rstrip().endswith(":"))
        ):
            return parent
    return node


# A page number glued after the last word of a field line the page broke after: "Trong thời hạn 10 ngày làm việc kể từ
# ngày nhận đơn 2"; the words a number may follow in a time ("tháng 3", "học kỳ 2", "tháng 10, 11 và 12").
_GLUED_PAGE_NUMBER = re.compile(r"(?P<word>[^\W\d]+)(?P<number>\s+\d{1,3})\s*$")
_COUNTED_BY_NUMBER = frozenset(
    {
        "ngay",
        "thang",
        "quy",
        "nam",
        "dot",
        "lan",
        "ky",
        "tuan",
        "doan",
        "va",
        "den",
        "toi",
        "thu",
        "so",
        "buoi",
        "hoc",
        "khoa",
    }
)


def _add_field(node: Node, label: str, value: str) -> None:
    key = fold(label)
    if _names_who_answers(label):  # "Trách nhiệm: X; phối hợp: Y": the unit answerable leads
        role = "lead"
    elif "phoi hop" in key or key.startswith("cung ") or " cung " in key:
        role = "coord"  # "Đơn vị cùng tham gia", "Cơ quan cùng thực hiện": partners
    elif key.endswith("tham gia"):
        role = "doer"  # "Đơn vị tham gia": who does the item, as "Đơn vị thực hiện"
    elif "thuc hien" in key and "thoi" not in key and "tien do" not in key:
        role = "doer"
    else:
        role = "time"
    if fold(value).strip(" .;()-–—") in {"khong", "khong co", ""}:
        node.fields.setdefault(role, [])  # "Phối hợp: (không)": the field is there, it names nobody
        return
    if role != "time":
        # "Đơn vị thực hiện: Đội Quản lý hạ tầng (thuê Công ty … thi công)": a note on the unit in brackets is no part of
        # its name (a bracket that gives a role, "(chủ trì)", is read by the units); a bracket that names the part of
        # the body meant is ("Công an thành phố (Phòng Cảnh sát điều tra tội phạm về ma túy)", as the labels keep it)
        value = _NOTE_ON_UNIT.sub(_unless_part_of_body, value)
    value = (
        value.strip().rstrip("|").strip()
    )  # "… Phòng Kế hoạch tổng hợp |", the next field on the next line
    # a page number that a PDF's text glued after the field's closing full stop ("Trước ngày 15/12/2027. 2")
    value = re.sub(r"(?<=[.;])\s+\d{1,3}\s*$", "", value)
    page_number = _GLUED_PAGE_NUMBER.search(value) if role == "time" else None
    if page_number and fold(page_number["word"]) not in _COUNTED_BY_NUMBER:
        # … or after its last word, the field having no stop ("… kể từ ngày nhận đơn" / "2"): a time ends on a date,
        # a period or a word, never on a number that follows a word that counts nothing ("tháng 3", "đợt 2" count)
        value = value[: page_number.start("number")]
    # a part heading in capitals glued after the closing stop, its numeral misread by OCR ("Trước ngày 03/3/2027.
    # 1H. TỔ CHỨC THỰC HIỆN …"): the next part starts there (a time holds no three words in capitals; a unit may:
    # "UBND TP. HCM")
    for stop in re.finditer(r"(?<=[.;])\s+(?:\S{1,4}[.)]\s+)?", value if role == "time" else ""):
        words = value[stop.end() :].split()[:3]
        if len(words) == 3 and all(w.isupper() and len(w) > 1 for w in words):
            value = value[: stop.start()]
            break
    holder = _SESSION_HOLDER.match(value) if role == "time" and not _TIME_WORDS.match(fold(value)) else None
    if holder:
        value = value[holder.end() :]  # the time after the verb (`_SESSION_HOLDER`)
    node.fields.setdefault(role, []).append(value.strip())


_NOTE_ON_UNIT = re.compile(
    r"\s*\((?![^()]*\b(?:chủ trì|phối hợp|thực hiện|tham gia|đầu mối)\b)[^()]{3,120}\)"
)


def _unless_part_of_body(note: re.Match[str]) -> str:
    inside = note[0].strip()[1:-1].strip()
    return note[0] if UNIT_HEAD.match(inside) and not re.search(r"[,;:]", inside) else ""


# A time field written as a sentence that names who holds the session before its time ("Thời gian: Chánh án tiếp định
# kỳ vào ngày 15 hằng tháng", "Chủ tịch Ủy ban nhân dân phường đối thoại vào quý III/2027"): the holder and the verb.
_SESSION_HOLDER = re.compile(
    r"^[A-ZĐ][^\d,;:.]{2,50}?\s+(?:tiếp(?:\s+công dân)?|đối thoại|làm việc|họp)\s+"
    r"(?=(?:định kỳ|vào|trong|trước|hằng|hàng|mỗi|từ)(?![\wà-ỹ]))"
)


_LEAD_IN_END = r"[^:]*(?:như sau|sau đây|cụ thể|gồm|sau)\s*:\s*$"
_LEAD_IN_VERB = r"(?:chỉ đạo\s+)?(?:triển khai|thực hiện|tập trung|chủ động|chỉ đạo)"


# The article of a decision setting up a body that lists the body's duties: "Tổ công tác có nhiệm vụ:", "Ban Chỉ đạo
# có các nhiệm vụ sau:", "Tổ giúp việc có nhiệm vụ, quyền hạn như sau:"; the body leads each duty.
DUTIES_LEAD_IN = re.compile(
    r"^(?P<unit>(?:[Tt]ổ|[Bb]an|[Đđ]oàn|[Hh]ội đồng|[Nn]hóm)\b[^.:;]{0,60}?) có (?:các )?nhiệm vụ"
    r"(?:(?:,| và) quyền hạn)?(?: sau| như sau| sau đây)?\s*:\s*$"
)


def lead_in_units(text: str) -> list[str]:
    """Units that a lead-in sentence assigns the following list to ("đề nghị X … như sau:", "X tập trung thực
    hiện các nội dung sau:")."""
    match = re.search(
        r"(?:đề nghị|Đề nghị|giao|Giao|yêu cầu|Yêu cầu|hướng dẫn)\s+(?:cho\s+)?(.+?)\s+"
        + _LEAD_IN_VERB
        + _LEAD_IN_END,
        text,
    )
    if match:
        return split_units(unit_phrase(match[1]) or "")
    # "… Sở Tài chính đề nghị Ủy ban nhân dân các xã, phường nêu trên khẩn trương thực hiện:": the verb closes the
    # lead-in without "như sau"
    doing = re.search(
        r"(?:đề nghị|Đề nghị|yêu cầu|Yêu cầu)\s+(?:cho\s+)?(.+?)\s+(?:khẩn trương\s+|nghiêm túc\s+|tập trung\s+)?"
        r"(?:triển khai\s+)?thực hiện\s*:\s*$",
        text,
    )
    if doing and _SUBJECT_HEAD.match(doing[1] + " "):
        return split_units(unit_phrase(doing[1]) or "")
    # "… Sở Giáo dục và Đào tạo đề nghị các đơn vị:": the bodies asked, named alone before the list
    bare = re.search(
        r"(?:đề nghị|Đề nghị|yêu cầu|Yêu cầu)\s+(?:cho\s+)?([^:;,]*?(?:, [^:;,]+?)?)\s*:\s*$", text
    )
    if bare and unit_phrase(bare[1]) == bare[1]:
        return split_units(bare[1])
    duties = DUTIES_LEAD_IN.match(text)
    if duties:
        return split_units(duties["unit"])
    if _SUBJECT_HEAD.match(text) and re.search(r"\s" + _LEAD_IN_VERB + _LEAD_IN_END, text):
        return split_units(unit_phrase(text) or "")
    return []


# The predicate that ends the name of the unit doing the action: a verb of the genre, or the adverb, modal or
# preposition before it ("Ban Xây dựng Đảng theo dõi …", "Ban Quản lý chợ phối hợp …", "… Nông Thị Mai trực tiếp
# tiếp công dân"). A unit name is a head word, a name in sentence case ("Quản lý chợ", "Người cao tuổi", "Công nghệ
# thông tin") and an optional locality; its lowercase words are an open class, so the name runs until one of these.
_PREDICATE = re.compile(
    r"^(?:chủ trì|phối hợp|thực hiện|tổ chức|triển khai|chỉ đạo|lãnh đạo|theo dõi|tham mưu|trực tiếp|trực ban|"
    r"tổng hợp|báo cáo|vận động|hướng dẫn|kiểm tra|tập trung|rà soát|nắm|xây dựng|tuyên truyền|truyền thông|"
    r"công khai|tăng cường|tiếp tục|duy trì|ra quân|lập|bố trí|giám sát|biên soạn|niêm yết|quảng bá|hoàn thành|"
    r"hoàn thiện|bảo đảm|đảm bảo|đánh giá|giải quyết|giải trình|phân công|thông báo|lồng ghép|quán triệt|lắp đặt|tuần tra|"
    r"định kỳ|lựa chọn|thẩm định|đối thoại|đưa|tổng kết|sơ kết|khảo sát|trả lời|mở|tiếp xúc|tham gia|giữ gìn|"
    r"nghiêm túc|chủ động|khẩn trương|kịp thời|thường xuyên|hằng|hàng|mỗi|cử|phát động|phát huy|phổ biến|tư vấn|"
    r"khám|tiếp nhận|tiếp|xử lý|xem xét|nghiên cứu|đôn đốc|cung cấp|chuẩn bị|gửi|ban hành|thành lập|kiện toàn|"
    r"củng cố|đẩy mạnh|nâng cao|cập nhật|thu thập|tập huấn|bồi dưỡng|trình|đề xuất|tham dự|làm việc|làm|"
    r"có trách nhiệm|chịu trách nhiệm|được|đã|sẽ|cần|phải|tiến hành|hỗ trợ|giúp|thăm|tặng|biểu dương|khen thưởng|"
    r"rút kinh nghiệm|họp|lấy ý kiến|thu gom|phát hành|đăng tải|đăng ký|vận hành|thống kê|điều tra|nhân rộng|"
    r"quản lý|chăm lo|chăm sóc|giáo dục|liên hệ|bàn|ký|căn cứ|thăm hỏi|bình xét|số hóa|rút ngắn|xác minh|sửa chữa|"
    r"mở rộng|chi trả|ký kết|thiết lập|sinh hoạt|thảo luận|chấn chỉnh|phát triển|đặt|xét chọn|xét|cải tiến|đo lường|"
    r"phun|phúc tra|quan tâm|kết nối|chuẩn hóa|tiếp đón|gặp mặt|kiểm soát|cấp phát|trao|động viên|khắc phục|"
    r"sắp xếp|di dời|thu hồi|cưỡng chế|giới thiệu|ghi nhận|lắng nghe|tiếp thu|kiến nghị|tham vấn|cải thiện|"
    r"nâng cấp|chỉnh trang|tích cực|hoàn tất|tập hợp|thẩm tra|điều chỉnh|bổ sung|phân loại|phân tích|dự thảo|"
    r"soạn thảo|tiêm|hỗ trợ|khuyến khích|nhắc nhở|phát thanh|đăng|cung ứng|đón tiếp|dạy|đào tạo|huấn luyện|nhận|"
    r"trồng|bảo vệ|ứng dụng|chuyển đổi|kiểm định|xét nghiệm|tầm soát|sàng lọc|điều trị|nộp|chuyển|tiếp cận|"
    r"thu hút|huy động|kêu gọi|thanh toán|"
    # further verbs and adverbs that open tasks in the genre (LABELING.md, the seeds, domain-rules.md)
    r"đổi mới|xác định|gắn|bám sát|yêu cầu|đề nghị|giao cho|giao nhiệm vụ|tuyên dương|vinh danh|phân bổ|sử dụng|"
    r"áp dụng|vận dụng|công bố|công nhận|phát hiện|ngăn chặn|phòng ngừa|đấu tranh|giữ vững|lưu trữ|giải đáp|"
    r"phản ánh|phản hồi|theo sát|nắm bắt|thực thi|hoàn chỉnh|biên tập|xuất bản|kiểm điểm|xếp loại|khai thác|"
    r"ưu tiên|phấn đấu|dự kiến|đồng thời|không|chưa|đang|"
    # an official's conduct at work ("Cán bộ bộ phận một cửa mặc đồng phục, đeo thẻ công chức")
    r"mặc|đeo|"
    # "… giữ liên lạc thường xuyên với …"
    r"giữ|"
    # printing the leaflets a plan hands out ("Phòng Hành chính - Tổng hợp in, cấp phát tờ gấp …"); the bodies named
    # above ("các xã, phường nêu trên")
    r"in|nêu|"
    # monitoring dust and noise ("phối hợp với Ủy ban nhân dân phường Hà Lầm quan trắc bụi"): "quan" is no "cơ quan"
    r"quan trắc|"
    # a library's or a culture house's own verb ("Đội Thư viện lưu động phục vụ học sinh …"); a name writes it
    # capitalised ("Trung tâm Phục vụ hành chính công", "Phòng Phục vụ bạn đọc")
    r"phục vụ|"
    # regulating traffic at a gate or a crossing ("Đội Bảo vệ điều tiết xe ra vào cổng …")
    r"điều tiết|"
    r"là|với|về|tại|trong|trên|cho|để|theo|đến|từ|của|"
    r"trước|sau|khi|nếu|đối với|nhằm|bằng|mới|cũng|đều|luôn|vẫn|cùng với)(?![\wà-ỹ])"
)
# A lowercase compound that holds a predicate word but belongs to the name ("Ban Quản lý dự án đầu tư xây dựng").
_NAME_COMPOUNDS = (
    "đầu tư xây dựng",
    "phòng chống",
    "an toàn giao thông",
    "giáo dục thường xuyên",
    "thi đua - khen thưởng",
    "thi đua, khen thưởng",
    "tiếp nhận và trả kết quả",
    # the police's department of administrative management of public order (the Cảnh sát … of every province)
    "quản lý hành chính về",
    # enterprises named by where they stand: "Các doanh nghiệp trong các khu công nghiệp", "… trong Khu kinh tế …"
    "trong các khu công nghiệp",
    "trong khu công nghiệp",
    "trong các cụm công nghiệp",
    "trong cụm công nghiệp",
    "trong khu kinh tế",
    # the bodies of a place: "các trường trên địa bàn xã", "các doanh nghiệp trên địa bàn tỉnh"
    "trên địa bàn",
    # a department named by the staff it manages: "Phòng Công chức, viên chức" (the comma is stripped from `rest`)
    "công chức viên chức",
    # the statistics offices' collection sections since 2025: "Phòng Thu thập thông tin thống kê khu vực Kỳ Anh"
    "thông tin thống kê",
    # the compensation and site-clearance boards of communes and districts: "Ban Bồi thường, giải phóng mặt bằng"
    "bồi thường giải phóng mặt bằng",
    # employment, not the verb "làm": "Trung tâm Dịch vụ việc làm tỉnh"
    "việc làm",
    # a bank, not the adverb "hàng" ("hàng năm"): "Phòng Thanh tra, giám sát ngân hàng"
    "ngân hàng",
    # a Catholic parish's lay council, not the verb "ban hành": "Ban hành giáo các giáo xứ"
    "hành giáo",
)
# The zone whose bodies are meant: "(các) doanh nghiệp trong Khu công nghiệp Đồng Văn", "… tại Khu kinh tế Vân Phong".
_IN_A_ZONE = re.compile(r"^(?:trong|tại) (?:Khu|Cụm) (?:công nghiệp|kinh tế|chế xuất|công nghệ cao)\b")
# A locality that closes the name ("Ban Quản lý di tích tỉnh", "Hội Người cao tuổi phường Sông Hiến"); after the
# plural "các xã" a qualifier may follow ("các xã vùng cao", "các xã có điểm tái định cư").
_LOCALITY_WORD = re.compile(
    r"^(?:xã(?! hội)|phường|tỉnh|huyện|quận|thị xã|thị trấn|đặc khu|thành phố)(?![\wà-ỹ])"
)

# Committees named by the scheme or rules they carry out ("Ban Chỉ đạo thực hiện Đề án 06", "Tổ công tác thực hiện
# Nghị quyết 57").
_NAMED_BY_PURPOSE = re.compile(r"(?:Ban [Cc]hỉ đạo|Tổ [Cc]ông tác|Hội đồng|Ban [Tt]ổ chức)$")


def _ends_capitalised_word(previous: str, rest: str) -> bool:
    """Whether the syllable at the start of `rest` ends a word that the capitalised `previous` began: "Phòng Đăng ký
    kinh doanh" ("ký" alone is a verb, "Đăng ký" is the name's word)."""
    if not previous[:1].isupper() or previous.endswith((",", ";")):
        return False
    verb = _PREDICATE.match(f"{previous.lower()} {rest}")
    return verb is not None and verb.end() > len(previous) + 1


_OFFICE = re.compile(r"^(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bí thư|Hiệu trưởng|Trưởng|Thủ trưởng)\b")
_MAX_NAME_WORDS = 6  # lowercase words of a name in a row ("dự án đầu tư xây dựng khu vực")


# (kept per text: a paragraph's subject is read again by the rules that read its doer, its partners and its time)
@functools.lru_cache(maxsize=4096)
def unit_phrase(text: str) -> str | None:
    """The name of a body or unit at the start of `text`, up to the predicate (the first word that cannot belong
    to it): head word, name and locality."""
    words: list[str] = []
    head = _SUBJECT_HEAD.match(text)
    if head:
        words = head[0].split()
        text = text[head.end() :]
    tokens = text.split()
    skip = 0
    closed = False  # a locality (and its proper name) ended the name: only unit words, names and lists follow
    open_run = 0
    capitals = 0  # capitalised words in a row after the head
    headed = bool(head)  # a head word opened the name: its lowercase words are an open class
    for position, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        bare = token.strip(",;:.()")
        if not bare or token.startswith("("):
            break  # a bracket opens a remark or a timeframe, not the rest of the name
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        if bare in {"-", "–"} and not (following[:1].isupper() or following.lower() in _UNIT_WORDS):
            break  # "Văn hóa - Xã hội" is a name; "Công an - 1 - …" is a page number glued to it
        rest = " ".join(t.strip(",;:.()") for t in tokens[position : position + 6])
        previous = words[-1] if words else ""
        if len(words) > 1 and " ".join(words[-2:]) == "Kế hoạch" and rest.startswith("tổng hợp"):
            # a hospital's "Phòng Kế hoạch tổng hợp": its name, not the verb "tổng hợp" (as in `units._ROLE_PHRASES`)
            words.extend(tokens[position : position + 2])
            skip = 1
            if tokens[position + 1].endswith((";", ":", ".")):
                break
            continue
        if previous[:1].isupper() and f"{previous.lower()} {bare.lower()}" in _NAME_WORDS:
            words.append(token)  # "Phòng thủ", "Bộ binh", "Hậu cần": the word's second syllable
            open_run = 0
            if token.endswith((";", ":", ".")):
                break
            continue
        if words and bare == "của" and UNIT_HEAD.match(" ".join(tokens[position + 1 : position + 4])):
            # "Đội Đáp ứng nhanh của Trung tâm", "Tổ công tác của Đồn": the unit of a body, the body in its name
            words.append(token)
            closed, headed, open_run, capitals = False, True, 0, 0
            continue
        if (
            words
            and re.match(r"chi nhánh(?![\wà-ỹ])", rest)
            and not tokens[position + 1].endswith((",", ";", "."))
        ):
            # "Ngân hàng … Công Thương Việt Nam chi nhánh Cần Thơ": a branch named after its parent's proper name, its
            # own place after it
            words.extend(tokens[position : position + 2])
            skip = 1
            closed, capitals, open_run = False, 0, 0
            continue
        if words and _IN_A_ZONE.match(rest):
            # "doanh nghiệp trong Khu công nghiệp Đồng Văn": the bodies of a named zone, the zone part of the name
            words.append(token)
            continue
        if " ".join(words) in {"Bộ phận", "Ban", "Trụ sở"} and rest.startswith("tiếp công dân"):
            # "Bộ phận tiếp công dân tiếp nhận …": the section named by its statutory duty (the Law on Citizen Reception)
            words.extend(tokens[position : position + 3])
            skip = 2
            continue
        if rest.lower().startswith(_NAME_COMPOUNDS) and not closed:
            compound = next(c for c in _NAME_COMPOUNDS if rest.lower().startswith(c))
            size = len(compound.split())
            words.extend(tokens[position : position + size])
            skip = size - 1
            continue
        numbered = re.match(
            r"(?:[a-zà-ỹđ]+\s+){1,3}số\s+\d{1,2}(?![\d/])", " ".join(tokens[position : position + 6])
        )
        if words and numbered and UNIT_HEAD.search(" ".join(words)):
            # "Các Công trường khai thác số 2, số 4", "Đội kiểm tra số 3": a unit known by its number, the lowercase
            # words before "số" its kind, whatever verb they also are
            size = len(numbered[0].split()) - 1
            words.extend(tokens[position : position + size])
            skip = size - 1
            open_run = 0
            continue
        if (
            previous.endswith(",")
            and FIELD_BEFORE_COMMA.fullmatch(" ".join(words))
            and bare[:1].islower()
            and not AFTER_COMMA_NO_FIELD.match(rest)
        ):
            # "Phòng Thanh tra, giám sát ngân hàng kiểm tra …", "Phòng Bảo quản, số hóa tài liệu thực hiện": a
            # department named by two fields parted by a comma; a subject is never parted from its verb by a comma,
            # so the lowercase words after it are the second field (its first word a verb too: "giám sát")
            verb = _PREDICATE.match(rest)
            size = len(verb[0].split()) if verb else 1
            words.extend(tokens[position : position + size])
            skip = size - 1
            open_run = 0
            if tokens[position + size - 1].endswith((";", ":", ".")):
                break
            continue
        if (
            words
            and (len(words) > 1 or previous not in {"Ban", "Phòng", "Tổ", "Hội", "Đội"})
            and previous != "và"  # "Phòng Giáo dục và đào tạo": a second name, not a verb
            and previous.lower() != "người"  # "Hỗ trợ người nộp thuế": the people a unit serves, not its verb
            and not _ends_capitalised_word(previous, rest)
            # "Xí nghiệp Thu gom - Vận chuyển số 1": after a dash a field's name opens, and the syllable after its
            # capitalised first one ends the word ("Vận chuyển"), whatever verb it also is
            and not (
                len(words) > 1
                and words[-2] in {"-", "–"}
                and previous[:1].isupper()
                and not previous.isupper()
                and not UNIT_HEAD.match(previous)
            )
            # "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã": a committee is named by what it carries out
            and not (_NAMED_BY_PURPOSE.search(" ".join(words)) and re.match(r"thực hiện [A-ZĐ]", rest))
            and _PREDICATE.match(rest)
            # "các tổ chức chính trị - xã hội", "cơ quan, tổ chức": the noun, not the verb
            and not (
                rest.startswith("tổ chức")
                and (previous.lower() in {"các", "những"} or previous.endswith(","))
            )
        ):
            break
        if position + 1 < len(tokens) and not token.endswith((",", ";", ":", ".")):
            pair = f"{bare} {tokens[position + 1].strip(',;:.()')}"
            if pair.lower() == pair and pair in _UNIT_BIGRAMS:
                # "Đồn Biên phòng cửa khẩu quốc tế Móng Cái", "Hội Cựu chiến binh xã": a lowercase word pair
                # that belongs to the name
                words.extend([token, tokens[position + 1]])
                skip = 1
                if tokens[position + 1].endswith((";", ":", ".")):
                    break
                continue
        if rest.startswith("phụ trách") and _OFFICE.match(" ".join(words)):
            # "Phó Chủ tịch UBND xã phụ trách kinh tế": the portfolio belongs to the office holder
            closed = False
        capitalised = bare[:1].isupper() or bare.isupper()
        if re.fullmatch(r"\d{1,2}", bare) and (following[:1].isupper() or following.lower() in _UNIT_WORDS):
            capitalised = (
                True  # a number inside a name: "Thuế cơ sở 1 thành phố Hà Nội", "Trường … số 2 Hòa Vang"
            )
        if bare == "số" and re.fullmatch(r"\d{1,2}", following.strip(",;:.()")):
            capitalised = True
        if re.fullmatch(r"\d{1,2}", bare) and previous == "số":
            capitalised = (
                True  # the number a unit is known by, after a proper name too: "Nhà máy Gạch Tuynel số 2"
            )
        if (
            re.fullmatch(r"[1-9]\d?", bare)
            and previous[:1].isupper()
            and not previous.endswith((",", ";"))
            and not re.match(
                r"(?:lần|buổi|đợt|cuộc|ngày|tháng|năm|quý|tuần|người|hộ|lớp)(?![\wà-ỹ])", following
            )
        ):
            capitalised = True  # communes and wards numbered since 2025: "xã Sơn Kim 1", "phường Móng Cái 2"
        if re.fullmatch(r"\d{1,2}", bare) and (
            (re.fullmatch(r"\d{1,2},", token) and re.fullmatch(r"\d{1,2}[,;.]?", following))
            or re.fullmatch(r"\d{1,2},", previous)
        ):
            capitalised = True  # numbered places in a name: "Trưởng khu vực các khu vực 3, 4, 5"
        after_name = bool(words) and words[-1][:1].isupper() and not words[-1].endswith((",", ";"))
        unit_word = bare.lower() in _UNIT_WORDS or bare == "-"
        standing = bare.lower() in {"thường", "vụ"} and previous.lower() in {"ban", "thường"}
        kind_closes = len(words) > 1 and previous in _KIND_WORDS  # "Văn phòng Sở", "Lãnh đạo Sở"
        if capitalised or unit_word or standing:
            open_run = 0
            # a head word ("và Đoàn Thanh niên", "Ban công tác Mặt trận") starts a name and an acronym ("UNESCO",
            # "HIV/AIDS") is a term of it: neither is a proper name
            proper = capitalised and not UNIT_HEAD.match(rest) and not (len(bare) > 1 and bare.isupper())
            capitals = capitals + 1 if proper else 0
        elif (
            closed
            or kind_closes
            # a head word in lower case after a comma goes on with the list ("già làng, người có uy tín")
            or (previous.endswith((",", ";")) and not UNIT_HEAD.match(rest))
            or not words
        ):
            break
        elif not headed and not after_name:
            break  # without a head word ("Công tác dân vận …") only one lowercase word follows a capitalised one
        else:
            open_run += 1  # a lowercase word of the name: "Quản lý chợ", "Bảo vệ người tiêu dùng"
            capitals = 0
            if open_run > _MAX_NAME_WORDS:
                break
        if UNIT_HEAD.match(rest):
            headed = True
        if bare.lower() in {"các", "những", "và"} or token.endswith(","):
            closed = False  # a list goes on: "xã Hoa Lư, xã Gia Sinh", "Hội Nông dân xã và Hợp tác xã …"
            capitals = 0
        elif _LOCALITY_WORD.match(rest) and previous.lower() not in {"các", "những", "tác"}:
            closed = True
        elif capitals >= 2:
            closed = True  # a proper name ends the name: "Đồn Biên phòng Chi Ma nắm …", "Trường Tiểu học Kim Đồng …"
        if token.endswith(")") and "(" not in token:
            words.append(token[:-1])
            break  # "(giao Phòng X chủ trì, phối hợp với Ban Quản lý chợ)": the bracket closes the name
        words.append(token)
        if token.endswith((";", ":", ".")):
            break
    while words and (words[-1].strip(",;:.").lower() in {"và", "các", "với", "có", *_HALF_WORDS}):
        if " ".join(w.strip(",;:.").lower() for w in words[-2:]) in _WHOLE_WORDS:
            break  # "Tổ Quản lý hộ kinh doanh": "doanh" ends "kinh doanh", it does not start "doanh nghiệp"
        words.pop()  # "Văn phòng Sở công khai …": "công" starts the verb, not a unit word
    phrase = " ".join(words).strip(" ,;:.")
    # "Công chức Văn hóa - Xã hội tổ chức tuyên truyền": the verb after a name, not "các tổ chức"
    if phrase.endswith(" tổ chức") and not re.search(r"(?:[Cc]ác|,)\s+tổ chức$", phrase):
        phrase = phrase[: -len(" tổ chức")]
    return phrase or None


# "Giao (cho) X …": X is a unit named right after the word, whatever verb follows ("Giao Trung tâm Phục vụ hành
# chính công tỉnh lắp đặt …"); "giao thông", "bàn giao", "được giao chủ trì" are not assignments.
_GIVEN = re.compile(
    r"(?<![\wà-ỹ])(?<!bàn )(?<!được )(?<!chuyển )[Gg]iao(?: cho)?\s+(?:đồng chí\s+)?(?P<lead>[A-ZĐỦ].*|bộ phận\s+[A-ZĐ].*)"
)
# "(Phòng Kinh tế chủ trì; Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã phối hợp; …)", "(Phòng X chủ trì, các khoa
# lâm sàng phối hợp, thời gian …)": the units before "phối hợp".
_COORD_BEFORE = re.compile(
    r"(?:^|[;(,]\s*)(?P<coord>(?:[A-ZĐỦ]|các\s)(?:(?!chủ trì)[^;:.()]){2,120}?)\s+phối hợp(?:\s+thực hiện)?\s*"
    r"(?=[;).,]|$)"
)
# "Hạt Kiểm lâm chủ trì, Phòng Khoa học phối hợp tuyên truyền …": the partners named after the lead, before the verb of
# the task they share; so are those that support it ("Ban Thời sự chủ trì, Văn phòng bảo đảm kinh phí") and those that
# carry it out under the lead ("Phòng Điều dưỡng chủ trì, các khoa lâm sàng thực hiện: …": a doer beside a lead
# coordinates, LABELING.md §3).
# Between the two roles the partner may be named by its kind in lower case, whichever of its kind works there ("Phòng
# Hạ tầng kỹ thuật chủ trì, doanh nghiệp viễn thông phối hợp"; "đơn vị thi công", "ngân hàng thương mại").
_KIND_IN_LOWER_CASE = r"(?:doanh nghiệp|đơn vị|ngân hàng|hợp tác xã|nhà mạng|cơ sở|tổ chức)\s"
_COORD_AFTER_LEAD = re.compile(
    rf"chủ trì\s*,\s*(?P<coord>(?:[A-ZĐỦ]|các\s|{_KIND_IN_LOWER_CASE})(?:(?!chủ trì)[^;:.()]){{2,120}}?)\s+"
    r"(?:phối hợp(?!\s+(?:với|cùng)\s)|bảo đảm|đảm bảo|hỗ trợ|cung cấp|bố trí|thực hiện)(?![\wà-ỹ])"
)
# The unit handed a task and the role after it, with no clause between: "giao X chủ trì" (X holds no comma or bracket).
_GIVEN_TO_LEAD = re.compile(r"^(?P<unit>[^,;:.()]{3,90}?)\s+chủ trì(?![\wà-ỹ])")
# The subject right before its role ("Đội An ninh kiểm soát phối hợp với …", "… chủ trì"), no clause between.
_SUBJECT_TO_ROLE = re.compile(
    r"^(?P<unit>[^,;:.()]{3,90}?)\s+(?:phối hợp với|phối hợp cùng|chủ trì)(?![\wà-ỹ])"
)
# Words that say how a body does its role, not what it is ("Công an xã tăng cường phối hợp với …").
_ADVERB = re.compile(
    r"tăng cường|thường xuyên|tích cực|chủ động|tiếp tục|kịp thời|khẩn trương|trực tiếp|nghiêm túc|định kỳ|"
    r"chỉ đạo|tham mưu|đồng thời|chặt chẽ|hằng năm|hàng năm|hằng tháng|hàng tháng|hằng quý|hàng quý|mỗi năm|"
    r"có trách nhiệm|sẽ tiếp|cần phải|phải tiếp|luôn luôn|cùng với|đã được|tổ chức|thực hiện|triển khai|lãnh đạo"
)
# Words between such a unit and "chủ trì" that belong to a clause, not a name ("giao Phòng Kinh tế tham mưu UBND xã
# chủ trì …").
_NOT_IN_FRAME = re.compile(
    r"(?<![\wà-ỹ])(?:tham mưu|phối hợp|cùng|với|giúp|hướng dẫn|đôn đốc|chỉ đạo|tổ chức|trình|cho|của|để|là|được|"
    r"trực tiếp|thường xuyên|tiếp tục|chủ động)(?![\wà-ỹ])"
)
_LEADS_INLINE = re.compile(r"^(?:[Đđ]ề nghị\s+)?(?P<lead>[^;:.]{3,90}?)\s+chủ trì\b")
# A later sentence that names who carries the task out: "… tại trụ sở ấp. Phòng Kinh tế thực hiện; thời gian: …",
# "… Văn phòng HĐND và UBND phường tham mưu, hoàn thành trong tháng 01/2027."
# The verbs by which a named unit takes charge of a task ("X chủ trì", "do X thực hiện", "X phụ trách").
_TAKES_CHARGE = r"chủ trì|thực hiện|đảm nhiệm|đảm nhận|phụ trách"
# Several doers may be listed with commas ("(Bảo hiểm xã hội cơ sở Tân Biên, Bảo hiểm xã hội cơ sở Châu Thành thực
# hiện; …)"): each part then names a unit.
_DOER_AFTER = re.compile(
    rf"^(?P<unit>[^;:.]{{3,160}}?)\s+(?:{_TAKES_CHARGE}|tham mưu|(?:có|chịu) trách nhiệm(?: thực hiện)?)(?=[\s,;.)]|$)"
)
# A later clause that names the unit at the centre of the work: "…; Phòng Tổ chức cán bộ là đầu mối chuẩn bị nội dung".
_FOCAL_POINT = re.compile(r"^(?P<unit>[^;:.,]{3,90}?)\s+là\s+(?:cơ quan\s+|đơn vị\s+|bộ phận\s+)?đầu mối\b")
# A later sentence in which another body supports the work: "… hoàn thành trước ngày 31/3/2027. Sở Khoa học và Công
# nghệ hỗ trợ kỹ thuật." The body coordinates.
_SUPPORTS_AFTER = re.compile(
    r"^(?P<unit>[^;:.,]{3,90}?)\s+(?:hỗ trợ|giúp|phối hợp(?!\s+(?:với|cùng)\s))(?=[\s,;.]|$)"
)
# "Đề nghị X phối hợp với Y tổ chức …": X does the action with Y, so X leads (without "với", X only coordinates).
# "… do Phòng Văn hóa - Xã hội thực hiện", "… do Ủy ban nhân dân phường chủ trì": the unit after "do".
_DONE_BY = re.compile(r"(?<![\wà-ỹ])do\s+(?P<lead>[A-ZĐỦ][^;:]*)")
_DONE_BY_VERB = re.compile(rf"\s*(?:{_TAKES_CHARGE}|tổ chức thực hiện)\b")
_ASKED_WITH = re.compile(r"[Đđ]ề nghị\s+(?P<lead>[^;:.]{3,120}?)\s+phối hợp\s+(?:với|cùng)\s")
_HONORIFIC = re.compile(r"^Đồng chí\s+(?=(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bí thư|Trưởng|Hiệu trưởng)\b)")
# The heads of a village, written in lower case as people rather than bodies ("trưởng bản", "trưởng thôn, già làng",
# "bí thư chi bộ thôn"): a partner after "phối hợp với" as a body is.
_VILLAGE = r"(?:các\s+)?(?:thôn|bản|ấp|buôn|làng|tổ dân phố|khu phố|sóc|phum)"
_VILLAGE_HEAD = re.compile(
    rf"^(?:(?:(?:phó\s+)?trưởng\s+{_VILLAGE}|(?:tổ trưởng|tổ phó)\s+(?:các\s+)?tổ dân phố|bí thư chi bộ(?:\s+{_VILLAGE})?|"
    r"già làng|người có uy tín|"
    # the people of a school or a village who work in their role beside the bodies ("phối hợp với giáo viên chủ nhiệm",
    # "… các trạm y tế xã và cô đỡ thôn bản")
    r"giáo viên chủ nhiệm|cô đỡ thôn bản|nhân viên y tế thôn bản|cộng tác viên dân số)"
    r"(?![\wà-ỹ])(?:\s*,\s*|\s+và\s+)?)+"
)


def _people_in_role(text: str) -> list[str]:
    """The heads of a village and the people in their role `text` opens with (`_VILLAGE_HEAD`), one per name."""
    found = _VILLAGE_HEAD.match(text)
    return [h for h in re.split(r"\s*,\s*|\s+và\s+", found[0].strip(" ,")) if h] if found else []


# The units after "phối hợp với" up to the clause end; `unit_phrase` cuts them where the predicate starts.
# "phối hợp Ban Tiếp công dân tỉnh giải quyết …": a unit right after "phối hợp", without "với", is a partner too.
# "… chủ trì; phối hợp: Hội Sinh viên tỉnh, Sở Xây dựng.": the partners' field typed into the paragraph.
# "… chủ trì, với sự phối hợp của Bảo tàng Nghệ An và Đoàn Thanh niên Sở Nội vụ": the partners after "của".
_WITH = re.compile(
    r"(?<!giữa )[Pp]hối hợp(?:\s+(?P<with>với|cùng|(?<=với sự phối hợp )của)\s+|\s*(?P<field>:)\s*(?=[A-ZĐỦ])|\s+(?=[A-ZĐỦ]))(?P<coord>[^;:.]+)"
)
# A day as printed ("ngày 15/6/2027", "ngày 30 tháng 6 năm 2027") and a point of the calendar (a day, a month, a quarter).
_DAY = r"ngày\s+\d{1,2}(?:/\d{1,2}(?:/\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
_HOUR = r"(?:\d{1,2}\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?,?\s+)"
_POINT = rf"(?:{_DAY}|tháng\s+\d{{1,2}}(?:/\d{{4}})?|quý\s+[IV1-4]+\b(?:/\d{{4}})?)"
_FOLLOWING_YEARS = r"(?:\s+trở đi|\s+(?:và|,)\s+(?:các|những)\s+năm\s+(?:tiếp theo|sau))?"
# A count of times in a period, said with "trong"/"mỗi" instead of a slash: "ít nhất 01 ngày trong tuần", "02 đợt
# trong năm", "mỗi học kỳ một lần"; after "ít nhất" any counted noun ("ít nhất 02 tiết trong tháng") (a year or a school year after it is the period's date, not a count's period).
_COUNT = r"(?:\d{1,2}|một|hai|ba)\s+(?:lần|buổi|đợt|ngày|kỳ|cuộc)"
_PERIOD = r"(?:tuần|tháng|quý|năm|học kỳ)"
# A programme's own rounds, as periods of it: the rounds of a convalescence centre or a campaign, a school's courses
# ("mỗi đợt điều dưỡng một lần", "vào tối thứ Bảy của mỗi đợt", "Cuối mỗi khóa học").
_ROUND = r"(?:đợt|khóa học|khóa|kỳ)"
# Bodies and places counted in a target ("kiểm tra ít nhất 02 đơn vị/năm", "03 xã/quý"), not occurrences.
_COUNTED_BODY = (
    r"(?:đơn vị|xã|phường|thị trấn|thôn|bản|ấp|tổ dân phố|khu dân cư|hộ|người|cơ sở|cơ quan|trường|doanh nghiệp|"
    r"địa phương|địa bàn|tổ chức|khoa|phòng|trạm)(?![^\W\d])"
)
# A day of the week, with the part of the day it may name: "thứ Năm", "sáng thứ Năm", "vào tối thứ Bảy", "Chủ nhật".
_WEEKDAY = (
    r"(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?(?:thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+nhật)\b"
)
# Another body's schedule that a periodicity keeps, closing the clause: "mỗi tháng 02 lần theo lịch của Đồn".
_SCHEDULE = (
    r"(?:\s+theo lịch\s+(?:của|do)\s+[^;.,()]{2,50}?(?=\s*(?:[.;]|$))"
    # … or the season it runs in, closing the clause: "mỗi tháng một đợt trong dịp hè", "hằng tuần trong mùa mưa"
    r"|\s+trong\s+(?:suốt\s+)?(?:dịp|mùa)\s+[^;.,():]{1,25}?(?=\s*(?:[.;:]|$)))?"
)
_COUNT_IN_PERIOD = (
    rf"(?:[Íí]t nhất\s+(?:\d{{1,2}}|một|hai|ba)\s+[^\W\d]+|{_COUNT})\s+(?:trong|mỗi|một)\s+{_PERIOD}(?!\s+(?:học\b|\d))"
    # the day of the week it falls on, in brackets after it: "ít nhất 01 ngày trong tuần (sáng thứ Năm)"
    rf"(?:\s*\({_WEEKDAY}\))?"
    # … or within a part of the year: "ít nhất 02 phiên trong 06 tháng đầu năm 2027", "03 đợt trong 6 tháng cuối năm"
    rf"|(?:[Íí]t nhất\s+(?:\d{{1,2}}|một|hai|ba)\s+[^\W\d]+|{_COUNT})\s+trong\s+(?:\d{{1,2}}|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm"
    r"(?:\s+(?:19|20)\d\d)?"
    rf"|(?:[Mm]ỗi|[Hh]ằng|[Hh]àng)\s+{_PERIOD}\s+(?:ít nhất\s+)?{_COUNT}{_SCHEDULE}"
    # once a round or a period, what the round is or what is done in it said between in five syllables at most ("mỗi
    # đợt điều dưỡng một lần", "mỗi khóa học một lần", "mỗi quý mở hòm thư một lần")
    rf"|[Mm]ỗi\s+(?:{_ROUND}|{_PERIOD})(?:\s+[^\W\d]+){{0,5}}?\s+(?:một|01|1)\s+lần\b"
    # the period first, then once: "06 tháng một lần", "03 tháng 01 lần" (every six, every three months), what is done
    # once said between ("định kỳ 06 tháng rút kinh nghiệm một lần")
    rf"|(?<![\d/])(?:\d{{1,2}}|sáu|ba|hai)\s+{_PERIOD}(?:\s+[^\W\d]+){{0,5}}?\s+(?:một|01|1)\s+lần\b"
)
# A duty that runs until a point: "đến hết năm 2027", "từ nay đến hết tháng 02/2027", "đến hết ngày 31/12/2027".
_UNTIL_END = (
    r"|(?:[Tt]ừ nay\s+)?(?<![\wà-ỹ])(?:đến|tới)\s+hết\s+"
    r"(?:ngày\s+\d{1,2}/\d{1,2}/\d{4}|(?:tháng|quý)\s+[\dIVX]+/\d{4}|năm\s+\d{4})"
    # from now to a point without "hết": "từ nay đến cuối năm 2027", "từ nay đến ngày 30/6/2027"
    rf"|[Tt]ừ nay\s+(?:đến|tới)\s+(?:cuối\s+)?(?:{_POINT}|năm\s+\d{{4}})"
)
# The day of the week a periodicity falls on, after it: "(định kỳ) hằng tuần vào chiều thứ Sáu", "mỗi tuần vào Chủ nhật";
# or the point of its period: "hằng năm vào tháng 10", "mỗi năm vào quý II", "hằng năm vào cuối tháng 9".
# (… a weekday may name its week of the month: "vào ngày thứ Tư tuần thứ hai", "vào sáng thứ Năm tuần thứ nhất và tuần
# thứ ba", "vào Chủ nhật tuần cuối")
_WEEK_OF_MONTH = r"(?:\s+(?:của\s+)?tuần\s+(?:đầu(?:\s+tiên)?|cuối(?:\s+cùng)?|thứ\s+(?:nhất|hai|ba|tư|\d)))"
_DAY_OF_PERIOD = (
    rf"(?:\s+vào\s+(?:{_WEEKDAY}(?:{_WEEK_OF_MONTH}(?:\s+(?:và|,)\s*tuần\s+(?:đầu|cuối|thứ\s+\w+))?)?|"
    r"(?:(?:đầu|cuối|giữa)\s+)?(?:tháng\s+\d{1,2}|quý\s+[IV]+)(?![\wà-ỹ/])))?"
)
# "Định kỳ", "dự kiến" before a timeframe belong to it as printed (LABELING.md §3): "định kỳ vào ngày 20 hằng tháng",
# "dự kiến trong tháng 3/2027"; "dự kiến" also before a bare point of the calendar ("dự kiến quý III/2027").
_INLINE_DEADLINE_ALTERNATIVES = (
    rf"[Dd]ự kiến\s+(?:vào\s+)?(?:(?:đầu|cuối|giữa)\s+)?{_POINT}"
    r"|(?:(?:[Đđ]ịnh kỳ|[Dd]ự kiến)\s+)?(?:"
    # a periodicity with the day of its period: "hằng tháng, trước ngày 25", "mỗi quý, chậm nhất ngày 20", "hằng
    # tuần, trước ngày thứ Sáu"
    r"(?<!\w)(?:[Hh]ằng|[Hh]àng|[Mm]ỗi)\s+(?:(?:tháng|quý|năm),\s+(?:trước|chậm nhất|vào)\s+ngày\s+\d{1,2}(?![/\d])"
    r"|tuần,\s+(?:trước|chậm nhất|vào)\s+(?:ngày\s+)?thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)\b)|"
    rf"{_COUNT_IN_PERIOD}"
    # a range of months of one year written with a dash, the year once after the last month: "tháng 6 - 7/2027",
    # "trong tháng 8 - tháng 9/2027" (as "tháng 6 và tháng 7/2027"; read before the single month it starts with)
    r"|(?:(?<![\wà-ỹ])(?:[Tt]rong|[Vv]ào)\s+)?(?<![\wà-ỹ])[Tt]háng\s+\d{1,2}\s*[-–]\s*(?:tháng\s+)?\d{1,2}/\d{4}(?![\d/])"
    # the time field typed into the paragraph, whatever its value: "… thực hiện. Thời gian hoàn thành: chậm nhất 10
    # ngày trước khi phê duyệt phương án."
    r"|(?:(?<=[Tt]hời gian: )|(?<=[Tt]hời hạn: )|(?<=[Tt]hời gian hoàn thành: )|(?<=[Tt]hời gian thực hiện: )"
    r"|(?<=[Tt]hời hạn hoàn thành: )|(?<=[Tt]iến độ: ))(?:[^.;()]|\([^()]*\))+?"
    # … and the rest of the period after it: "Tiến độ: 3 lần/tuần trong mùa mưa (…); các tháng còn lại 01 lần/tuần"
    r"(?:;\s*(?:các|những)\s+(?:ngày|tuần|tháng|quý|năm|thời gian)\s+còn lại\s+[^.;()]+"
    # (… or a second clause of the field with its own time: "Thời hạn: thường xuyên; tăng thời lượng từ tháng 9 đến
    # tháng 12/2027.", the field's value as printed)
    r"|;\s*[^.;()]{0,40}?(?<![\wà-ỹ])(?:từ|trong|trước|đến|vào)\s+(?:ngày|tháng|quý|năm)\s+\d[^.;()]*)?(?=[.;)]|$)"
    # the time column written into the line after a comma, a bare point of the calendar closing the item: "… rà soát
    # các dự án giải ngân chậm, quý II/2027."
    r"|(?<=, )(?:[Qq]uý\s+[IV]+|[Tt]háng\s+\d{1,2})(?:/\d{4}|\s+năm\s+\d{4})(?=\s*[.;]?\s*$)"
    # … or into the bracket that closes the item, before or after its doer: "(Phòng Bảo tồn thực hiện; Quý I/2027).",
    # "(tháng 5/2027; Ban Văn hóa xã chủ trì)." (a bracket with the date alone may date an occasion: "nhân Tháng
    # Thanh niên (tháng 3/2027)")
    r"|(?:(?<=\()(?=[^()]*;[^()]*\)\s*(?:[.;]|$))|(?<=; )(?=[^()]*\)\s*(?:[.;]|$)))"
    r"(?:[Qq]uý\s+[IV]+|[Tt]háng\s+\d{1,2})(?:/\d{4}|\s+năm\s+\d{4})(?=\s*;|\s*\)\s*(?:[.;]|$))"
    # a day of the next period, every period: "trước ngày 05 của tháng sau", "chậm nhất ngày 15 của quý kế tiếp", or
    # of a month of every quarter: "chậm nhất ngày 15 của tháng đầu mỗi quý"
    r"|(?:[Tt]rước|[Cc]hậm nhất(?: là)?|[Vv]ào)\s+ngày\s+\d{1,2}\s+(?:của\s+)?(?:(?:tháng|quý|năm)\s+(?:sau|kế tiếp|tiếp theo|trước)"
    r"|tháng\s+(?:đầu|cuối)\s+(?:mỗi|hằng|hàng|của)\s+quý)"
    # (an hour may come before the day: "trước 17 giờ 00 ngày 15/3/2027")
    # (… and a day of every year: "trước ngày 15/01 hằng năm", the periodicity part of it as in "ngày 10 hằng tháng")
    rf"|(?:[Hh]oàn thành\s+|[Xx]ong\s+)?(?:[Tt]rước|[Cc]hậm nhất(?: là)?|trong thời hạn)\s+{_HOUR}?{_DAY}"
    r"(?:(?<!/\d{4})(?<!năm \d{4})\s+(?:hằng|hàng)\s+năm\b)?"
    # "hoàn thành trước 30/6/2027" (no "ngày"), "trước tháng 6/2027", "chậm nhất là cuối quý II/2027"
    r"|(?:[Hh]oàn thành\s+|[Xx]ong\s+)?(?:[Tt]rước|[Cc]hậm nhất(?: là)?)\s+(?:\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])"
    r"|(?:(?:đầu|cuối|giữa)\s+)?(?:tháng|quý)\s+[\dIVX]+\b(?:/\d{4}|\s+năm\s+\d{4})?|(?:đầu|cuối|giữa)\s+năm\s+\d{4}"
    # a named day printed with its date: "trước Ngày Thương binh - Liệt sỹ 27/7/2027" (without a date, an occasion)
    r"|Ngày\s+[A-ZĐ][^;.,()\d]{2,60}?\s\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/]))"
    # a range: "từ ngày 01/5 đến ngày 31/8/2027", "từ quý II đến quý IV/2027", "từ ngày 15/4 đến 15/5/2027"
    # (the days of the week inside it before it: "vào các ngày cuối tuần từ tháng 6 đến hết tháng 8/2027")
    # … or ends at an event: "từ tháng 01/2027 đến khi bàn giao xong mặt bằng", "từ ngày 01/3 cho đến khi …"
    rf"|[Tt]ừ\s+{_POINT}\s+(?:cho\s+)?(?:đến|tới)\s+khi\s+[^;.,()]{{3,60}}"
    # (… or the part of the day it holds on: "trong các đêm từ ngày 12/01 đến ngày 14/01/2027", "vào các ngày từ …")
    rf"|(?:(?:vào\s+|trong\s+)?các\s+(?:ngày(?:\s+(?:cuối tuần|thứ\s+Bảy(?:,|\s+và)\s+Chủ nhật))?"
    r"|đêm|buổi\s+(?:sáng|chiều|tối))\s+)?"
    rf"[Tt]ừ\s+{_POINT}\s+(?:đến|tới)\s+(?:hết\s+)?(?:{_POINT}|\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?)"
    # in or at a period: "trong quý I và quý III/2027", "vào cuối quý II/2027", "trong tuần cuối tháng 4/2027",
    # "trong năm 2027 và những năm tiếp theo", "trong tháng 3 hằng năm"
    # the week of every period: "vào tuần cuối của mỗi quý", "trong tuần đầu hằng tháng"
    # (… "của" alone says every period too: "tổng hợp vào tuần cuối của quý", not "… của quý I/2027")
    r"|(?:[Tt]rong|[Vv]ào)\s+tuần\s+(?:đầu|cuối|thứ\s+\w+)\s+(?:(?:của\s+)?(?:mỗi|hằng|hàng)\s+|của\s+)(?:tháng|quý|năm)\b"
    r"(?!\s*(?:[IV]+\b|\d|/))"
    # the start or the end of every round or period opening the sentence: "Cuối mỗi đợt phát phiếu …"
    rf"|(?:[Đđ]ầu|[Cc]uối)\s+mỗi\s+(?:{_PERIOD}|{_ROUND})\b"
    r"|(?:[Hh]oàn thành\s+|[Cc]hậm nhất\s+(?:là\s+)?)?(?:[Tt]rong|[Vv]ào)\s+(?:các\s+(?=tháng|quý))?"
    # (the week "đầu tiên", "cuối cùng" of a month as "đầu", "cuối": "trong tuần đầu tiên của tháng 3/2027")
    r"(?:tuần\s+(?:đầu(?:\s+tiên)?|cuối(?:\s+cùng)?|thứ\s+\w+)\s+(?:của\s+)?|(?:đầu|cuối|giữa)\s+)?"
    r"(?:[Tt]háng|[Qq]uý|[Nn]ăm)\s+[\dIVX]+(?:\s*(?:,|và)\s*(?:tháng\s+|quý\s+)?[\dIVX]+)*(?:/\d{4}|\s+năm\s+\d{4})?"
    r"(?:\s+(?:hằng|hàng)\s+năm)?"
    + _FOLLOWING_YEARS
    + r"|(?:[Tt]rong\s+)?\d{2}\s+năm\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
    r"|[Tt]rong\s+giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
    # throughout a year: "trong suốt năm học và những năm học tiếp theo", "trong suốt năm 2027"
    r"|[Tt]rong suốt\s+(?:năm học|năm|học kỳ)(?:\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?"
    r"(?:\s+(?:và|,)\s+(?:các|những)\s+năm(?: học)?\s+(?:tiếp theo|sau))?"
    # … or through the whole of a work, a time or a season, closing the sentence or the topic before a colon: "trong
    # suốt quá trình thi công", "trong suốt thời gian huấn luyện", "trong suốt mùa hè: Văn phòng phối hợp …"
    r"|[Tt]rong suốt\s+(?:quá trình|thời gian|mùa|dịp)\s+[^;.,():]{2,40}?(?=\s*(?:[.;]?\s*$|:\s))"
    # (… the part of the school year before it, as the labels keep it: "vào đầu năm học 2027 - 2028", "hoàn thành
    # trước khai giảng năm học 2027 - 2028")
    r"|(?:(?:[Tt]rong|[Vv]ào|[Tt]rước|[Ss]au)\s+)?(?:(?:[Đđ]ầu|[Cc]uối|[Gg]iữa|[Kk]hai giảng)\s+)?"
    r"(?:học kỳ\s+(?:I{1,2}|[12])\s+(?:của\s+)?)?năm học\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
    # a school's semesters closing the sentence that names who does the task: "Nhân viên y tế thực hiện, học kỳ I
    # và học kỳ II" (a semester inside the task, "Sơ kết học kỳ I", is its subject)
    r"|(?<=thực hiện, )(?:trong\s+)?học kỳ\s+(?:I{1,2}|[12])\b(?:\s*(?:,|và)\s*(?:học kỳ\s+)?(?:I{1,2}|[12])\b)*"
    r"|[Đđ]ịnh kỳ\s+(?:\d+\s+(?:tháng|năm|quý)(?:\s+một lần|/lần)?(?:,\s*(?:\d+\s+)?(?:tháng|năm|quý)\b)*"
    r"|(?:hằng|hàng|mỗi)\s+(?:tuần|tháng|quý|năm)(?:\s+\d{1,2}\s+lần)?"
    + _DAY_OF_PERIOD
    + r"|\d{1,2}\s+(?:lần|kỳ|đợt)\s*/\s*(?:năm|quý|tháng|tuần))"
    # a count per period: "02 lần/năm", "(02 lớp/năm)", "ít nhất 01 buổi/tháng"; a count of bodies visited or
    # reached ("mỗi thành viên ít nhất 02 đơn vị/năm", "03 xã/quý") is a target, not a time
    # (a count per day, "02 lần/ngày", with the days it holds on: "trong những ngày có mưa lớn", "trong mùa khô")
    rf"|(?:[Íí]t nhất\s+)?\d{{1,2}}\s+(?:(?!{_COUNTED_BODY})[^\W\d]+(?:\s[^\W\d]+)?\s*/\s*(?:năm|quý|tháng|tuần)\b"
    r"|lần\s*/\s*ngày\b)(?:\s+trong\s+(?:(?:những|các)\s+ngày|mùa)\s+[^;.,()]{2,40})?"
    + _DAY_OF_PERIOD
    + r"|\d{1,2}\s+tháng\s*/\s*lần"
    # days of every month: "ngày 10 và ngày 25 hằng tháng", "trước ngày 05 hằng tháng", the window "từ ngày 05 đến
    # ngày 15 hằng tháng"
    r"|(?:[Tt]rước\s+|[Tt]ừ\s+ngày\s+\d{1,2}\s+đến\s+)?ngày\s+\d{1,2}(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{1,2})*\s+(?:hằng|hàng)\s+tháng"
    # a periodicity: "hằng quý", "Mỗi tháng", "mỗi tháng 01 lần" (before the verb, mid-sentence or closing it)
    # ("sinh hoạt hằng ngày" and "kế hoạch hằng năm" qualify a noun: the daily life, the annual plan)
    # ("tại giao ban hằng tuần": the weekly briefing where a result is reported, an occasion)
    r"|(?<!\w)(?<!kế hoạch )(?<!chương trình )(?<!chỉ tiêu )(?<!tại giao ban )(?<!tại cuộc họp )"
    # (of a semester, "cập nhật mỗi học kỳ", or of several months or weeks: "Mỗi 6 tháng, …", "mỗi 3 tháng")
    r"(?:[Íí]t nhất\s+(?=[Mm]ỗi))?(?:[Hh]ằng|[Hh]àng|[Mm]ỗi)\s+(?:tuần|tháng|quý|năm|học kỳ|"
    r"(?<=[Mm]ỗi )(?:\d{1,2}|sáu|ba|hai)\s+(?:tháng|tuần|năm))\b"
    r"(?!\s+(?:học|\d{1,2}/))(?:\s+\d{1,2}\s+(?:lần|lớp|buổi|đợt|cuộc|phiên)\b)?"
    + _DAY_OF_PERIOD
    # (… kept by another body's schedule, closing the clause: "mỗi tháng 02 lần theo lịch của Đồn")
    + _SCHEDULE
    # ("… thường xuyên trong giờ hành chính": the closing adverb before the hours it keeps)
    # ("thường xuyên, đột xuất", "thường xuyên và đột xuất": how an inspection is timed, one time)
    # ("tuần tra thường xuyên, nhất là vào các khung giờ cao điểm": the adverb, the stress after it names when to do
    # more)
    + r"|(?<=\s)thường xuyên(?:\s*(?:,|và)\s*đột xuất)?(?=\s*(?:[.;]|$)|\s+trong giờ (?:hành chính|làm việc)\s*(?:[.;]|$)"
    r"|\s*,\s*(?:nhất là|đặc biệt là)\s)"
    # a continuous duty with its peak: "thường xuyên, cao điểm trong mùa khô từ tháng 12/2026 đến tháng 5/2027",
    # "thường xuyên, cao điểm vào dịp Tết Nguyên đán" (one time, as printed)
    r"|(?<=\s)[Tt]hường xuyên,\s+cao điểm\s+(?:là\s+)?(?:trong|vào|từ|dịp)\s+[^;.()]{3,80}"
    # ("thực hiện thường xuyên, báo cáo … hằng quý": the task's own time before the report's)
    r"|(?<=thực hiện )thường xuyên(?=,)"
    # a limit counted from an event, the next working day(s) after it: "trong ngày làm việc tiếp theo kể từ khi phát
    # hiện …", "trong 03 ngày làm việc kế tiếp kể từ ngày nhận được …"
    r"|(?:[Tt]rong thời hạn|[Tt]rong vòng|[Tt]rong)\s+(?:\d{1,3}\s+)?ngày\s+làm việc\s+(?:tiếp theo|kế tiếp)"
    r"\s+kể từ[^;.,()]{3,60}"
    # a time limit in days: "trong thời hạn 05 ngày làm việc (kể từ …)", "trong vòng 10 ngày"
    # (the event ends where a second limit is joined: "… kể từ ngày nhận được đơn và giải quyết không quá 30 ngày …")
    # ("đúng thời hạn 20 ngày kể từ ngày nhận đủ hồ sơ": the limit named without "trong", counted from its event)
    r"|(?:[Tt]rong thời hạn|[Tt]rong thời gian|[Tt]rong vòng"
    # (a limit in hours, as one in days: "chậm nhất 48 giờ kể từ khi nhận được phản ánh", "trong vòng 12 giờ",
    # "thông báo trước ít nhất 04 giờ"; the hours of a service, "đường dây nóng 24/24 giờ", have no such head)
    r"|(?:[Cc]hậm nhất|[Kk]hông quá|[Tt]rước ít nhất)(?=\s+\d{1,3}\s+giờ\b)"
    r"|(?<![\wà-ỹ])thời hạn(?=\s+\d{1,3}\s+ngày(?:\s+làm việc)?\s+kể từ))\s+\d{1,3}\s+(?:ngày(?:\s+làm việc)?|giờ\b)"
    r"(?:\s+kể từ(?:(?!\s+theo quy định|\s+và\s[^;.,()]*?(?:không quá|chậm nhất|trong thời hạn)\s+\d)[^;.,()]){3,60})?"
    # ("trong 02 ngày" alone is how long a thing lasts, not a limit)
    r"|[Tt]rong\s+\d{1,3}\s+ngày(?:\s+làm việc(?:\s+kể từ(?:(?!\s+theo quy định)[^;.,()]){3,60})?|\s+kể từ(?:(?!\s+theo quy định)[^;.,()]){3,60})"
    # a half or part of the year: "trong 6 tháng đầu năm 2027"
    r"|[Tt]rong\s+(?:\d{1,2}|[Ss]áu)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d\d)?"
    # an open start: "(thực hiện ngay) từ quý I/2027", "từ tháng 01/2027", "từ năm 2027 và các năm tiếp theo"; "ngay
    # từ ngày 02/01/2027" (a day, after "ngay")
    # ("áp dụng từ năm 2028", "có hiệu lực từ …": when the thing made applies, not the task's time)
    r"|(?<!áp dụng )(?<!hiệu lực )[Tt]ừ\s+(?:quý\s+[IV1-4]+\b|tháng\s+\d{1,2}\b|năm\s+\d{4}\b)(?:/\d{4})?(?![/\d])"
    r"(?!\s+(?:đến|tới))"
    + _FOLLOWING_YEARS
    # … and from a day: "ngay từ ngày 02/01/2027", "từ ngày 15/3/2027" with its year ("kể từ ngày …" counts a limit
    # from an event)
    + rf"|(?<![\wà-ỹ])[Nn]gay\s+từ\s+{_DAY}(?![/\d])(?!\s+(?:đến|tới))"
    + r"|(?<![\wà-ỹ])(?<!kể )[Tt]ừ\s+ngày\s+\d{1,2}/\d{1,2}/\d{4}(?![/\d])(?!\s+(?:đến|tới))"
    + _UNTIL_END
    # the day of an event: "vào ngày 18/11/2027", "vào sáng ngày 11/10/2027", "vào đêm 06/5/2027"; a day of the lunar
    # calendar
    + rf"|(?<=vào )(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?{_DAY}"
    + r"|(?<=vào )(?:buổi\s+)?(?:sáng|chiều|tối|đêm)\s+\d{1,2}/\d{1,2}/\d{4}(?![/\d])"
    # several rounds with their times in brackets: "02 đợt (tháng 4 và tháng 10/2027)" ("một lần (quý I/2027)" is
    # the quarter)
    + r"|(?:0?[2-9]|hai|ba)\s+(?:lần|buổi|đợt|kỳ|cuộc)\s*\((?:tháng|quý|ngày)\s[^()]{2,40}\)"
    r"|(?:(?:[Tt]rước|[Tt]rong|[Ss]au|[Vv]ào)\s+)?(?:ngày\s+\d{1,2}(?:/\d{1,2})?\s+(?:tháng\s+(?:Giêng|Chạp|\d{1,2})\s+)?"
    r"|tháng\s+(?:Giêng|Chạp|\d{1,2})\s+)âm lịch(?:\s+năm\s+(?:\d{4}|[A-ZĐ]\w+\s+[A-ZĐ]\w+))?"
    # (the weekday of every period, with "mỗi" as with "hằng": "vào tối thứ Bảy tuần cuối mỗi tháng"; a weekday in the
    # name of a campaign, "tổ chức “Ngày thứ Bảy cùng dân” mỗi tháng", is no day of it)
    rf"|(?:vào\s+)?{_WEEKDAY}[^;,.()\"“”]{{0,50}}?(?:hằng|hàng|mỗi)\s+(?:tuần|tháng|quý"
    # (… or of every round, closing the clause: "vào tối thứ Bảy của mỗi đợt", "… của mỗi đợt học")
    rf"|(?<=mỗi\s){_ROUND}(?:\s+[^\W\d\s]+)?(?=\s*[.;,)]|\s*$))"
    # a season, of the weather or of a crop ("trước mùa mưa bão", "trước vụ Đông Xuân 2026 - 2027", "sau vụ lúa Hè Thu";
    # the crop's season named in capitals: "vụ việc" is a case), the Mekong delta's flood season and the hot and the dry
    # seasons too ("trước mùa nước nổi năm 2027", "trong mùa nắng nóng", "mùa hanh khô")
    r"|(?:[Hh]oàn thành\s+)?(?:[Tt]rong|[Tt]rước|[Ss]au)\s+(?:mùa\s+(?:mưa lũ|mưa bão|mưa|khô|lũ|bão|nước nổi|nắng nóng|"
    r"hanh khô)"
    r"|vụ\s+(?:lúa\s+)?(?:Đông Xuân|Hè Thu|Thu Đông|Xuân Hè|Mùa|Chiêm)(?![\wà-ỹ]))"
    r"(?:\s+(?:năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?"
    # the crop season of a named year: "thực hiện ngay trong mùa vụ năm 2027"
    r"|(?:[Nn]gay\s+)?[Tt]rong\s+mùa vụ\s+năm\s+\d{4}"
    # before someone comes, closing the sentence: "thông báo lịch … trước khi điều tra viên đến làm việc"
    r"|[Tt]rước khi\s+[^;.,()]{2,30}?\s+đến(?:\s+làm việc)?(?=\s*[.;]?\s*$)"
    r"|(?:[Hh]oàn thành\s+|[Nn]gay\s+(?=[Ss]au))?(?:[Tt]rước|[Ss]au)\s+Tết(?:\s+Nguyên đán)?(?:\s+[A-ZĐ]\w+\s+[A-ZĐ]\w+)?(?:\s+(?:19|20)\d\d)?"
    r"|[Nn]gay sau khi\s+[^;.,()]{3,50}"
    # whenever a case arises, closing the clause: "tiếp nhận, giải quyết khi phát sinh" ("ngay khi có kết quả" is how
    # soon a step follows another, no time of the task: the labels give none)
    r"|(?<![\wà-ỹ])[Kk]hi\s+phát sinh(?=\s*(?:[.;,]|$))"
    # a schedule of another body in brackets: "(theo lịch của tỉnh)"; or closing the sentence that names the doer:
    # "Phòng Nghiệp vụ thực hiện theo lịch trưng bày từng xã."
    r"|(?<=\()theo lịch(?:\s+(?:của|do)\s+[^()]{2,50})?(?=\))"
    r"|(?<=thực hiện )theo lịch\s+[^;.,()]{2,50}(?=\s*[.;]?\s*$)"
    # a daily duty for as long as an event lasts: "báo cáo … hằng ngày trong thời gian diễn ra lễ", "hằng ngày trong
    # suốt thời gian tổ chức hội chợ"
    r"|(?<!\w)(?:[Hh]ằng|[Hh]àng|[Mm]ỗi)\s+ngày\s+trong\s+(?:suốt\s+)?thời gian\s+(?:diễn ra|tổ chức|mùa)\s+[^;.,()]{2,50}"
    # a daily duty from its hour or in its rush hours, and the days it also holds on: "từ 06 giờ 30 hằng ngày, kể cả
    # thứ Bảy, Chủ nhật", "giờ cao điểm sáng (6 giờ 30 - 8 giờ 30), chiều (16 giờ 30 - 19 giờ) hằng ngày"
    r"|(?:(?:[Tt]ừ|[Tt]rước|[Ss]au)\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?|giờ cao điểm(?:[^.;()]|\([^()]*\)){0,80}?)"
    r"\s+(?:hằng|hàng)\s+ngày(?:,\s*kể cả\s+[^.;()]{2,40})?"
    r"|(?<=\()(?:trình|hoàn thành)\s+(?:(?:trong|vào)\s+)?(?:quý|tháng|trước|năm)[^)]+(?=\))"
    # a limit counted back from an undated event: "trước ngày tổ chức hội nghị 05 ngày làm việc", "trước ngày họp
    # thôn ít nhất 05 ngày", "trước phiên chợ 10 ngày"
    r"|(?:[Hh]oàn thành\s+)?[Tt]rước\s+(?:ngày\s+)?(?=[^\d\s])[^\d;.,()]{3,40}?\s+(?:ít nhất\s+)?\d{1,3}\s+ngày"
    r"(?:\s+làm việc)?(?![\w/])"
    # before or after each occurrence of an event: "trước mỗi chuyến biển", "sau mỗi đợt kiểm tra"
    r"|(?<![\wà-ỹ])(?:[Tt]rước|[Ss]au)\s+mỗi\s+(?=[^\W\d])[^;.,()]{2,40}?(?=\s*(?:[;.,()]|$))"
    # the same working day: "giải đáp vướng mắc trong ngày làm việc", "xác minh ngay trong ngày"
    r"|(?:[Nn]gay\s+)?(?<!\w)trong\s+(?:cùng\s+)?ngày(?:\s+làm việc)?(?=\s*(?:[.;,)]|$))"
    # the limit of a harder case, after the ordinary one: "trong 15 ngày …; trường hợp phức tạp thì không quá 30
    # ngày", "… được gia hạn không quá 10 ngày làm việc"
    # ("vụ việc phức tạp không quá 45 ngày", "trường hợp phức tạp không quá …": the harder case named before it)
    r"|(?:(?<=thì )|(?<=gia hạn )|(?<=phức tạp ))(?:[Kk]hông quá|[Tt]ối đa)\s+\d{1,3}\s+ngày(?:\s+làm việc)?"
    # … or the limit named as the time its handling takes, from its event if it names one: "thời hạn xử lý không quá 05
    # ngày làm việc", "thời hạn trả lời không quá 30 ngày kể từ ngày đối thoại"
    r"|(?:(?<=thời hạn xử lý )|(?<=thời hạn giải quyết )|(?<=thời hạn trả lời ))(?:[Kk]hông quá|[Tt]ối đa)\s+\d{1,3}"
    r"\s+ngày(?:\s+làm việc)?(?:\s+kể từ(?:(?!\s+theo quy định)[^;.,()]){3,60})?"
    # years a budget or an outlay is for, running on: "bố trí kinh phí năm 2027 và các năm tiếp theo"
    r"|(?<=kinh phí )năm\s+(?:19|20)\d\d\s+(?:và|,)\s+(?:các|những)\s+năm\s+(?:tiếp theo|sau)"
    # a limit of days from an event: "không quá 30 ngày kể từ ngày đối thoại", "chậm nhất 05 ngày kể từ ngày họp"; or
    # before or after it: "chậm nhất 01 ngày làm việc trước ngày hẹn trả", "chậm nhất 03 ngày sau khi kết thúc đợt …"
    r"|(?:[Kk]hông quá|[Cc]hậm nhất(?: là)?)\s+\d{1,3}\s+ngày(?:\s+làm việc)?\s+(?:kể từ|trước|sau)"
    r"(?:(?!\s+theo quy định)[^;.,()]){3,60}"
    # rounds, each with its time: "đợt 1 tháng 4/2027; đợt 2 tháng 10/2027", "lần 1 trong quý II/2027"
    rf"|(?<!\w)(?:[Đđ]ợt|[Ll]ần)\s+(?:\d|[IV]+)\b\s*:?\s*(?:(?:trong|vào|trước)\s+)?{_POINT}"
    # a review meeting is timed by the period it reviews: "Sơ kết 6 tháng đầu năm, tổng kết cuối năm 2027"
    r"|(?:(?<=[Ss]ơ kết )|(?<=[Tt]ổng kết ))(?:(?:\d{1,2}|sáu)\s+tháng\s+(?:đầu|cuối)|(?:giữa|cuối))\s+năm"
    r"(?:\s+(?:19|20)\d\d)?"
    r")"
)
# Where a time can start: a letter or a digit that opens one of its alternatives, or right after a space (after a
# field's label, "Thời gian: …", or the word a time follows, "Sơ kết …"). One look at a character before each
# position spares trying every alternative at every character of a paragraph, which was half the time the
# expression took (`test_round15_speed` checks that every alternative starts so).
_TIME_STARTS = "CDGHKLMNQSTVXbcdghklmnqstvxÍíĐđ"
_INLINE_DEADLINE = re.compile(rf"(?:(?=[{_TIME_STARTS}\d])|(?<=\s))(?:{_INLINE_DEADLINE_ALTERNATIVES})")
# A clause that is only a timeframe, after the task's last ";" ("…; thường xuyên.", "…; quý III/2026.").
# After a colon too: "Ra quân … “Chủ nhật xanh”: Chủ nhật tuần cuối của tháng 3, tháng 6 và tháng 9/2027."
# After the bracket that says who does the item: "… mới tuyển dụng (Phòng Tổ chức cán bộ chủ trì), quý II/2027."
# After a comma when the clause is a point of the calendar: "… cho hộ cận nghèo, năm 2027 và các năm tiếp theo."
# (a whole year closing the item after a comma, "… thực hiện, cả năm 2027", as "…, năm 2027" or "…, quý II/2027")
_TAIL_TIME = re.compile(
    r"(?:[;:]|\),|,(?=\s*(?:(?:cả\s+)?năm|quý|tháng)\s+[\dIVX]))\s*([^;:]{3,60}?)\s*[.;]?\s*$"
)
_TIME_WORDS = re.compile(
    r"^(?:hoan thanh |xong |thoi gian |vao |thuc hien (?:ngay )?)?(?:thuong xuyen|lien tuc|hang |moi |dinh ky|quy |ca nam |"
    r"thang |nam |trong |truoc |den |tu |cuoi |dau |giua |\d{1,2} (?:lan|thang|ky|dot)\b|sau thang|ngay \d|"
    r"tuan (?:dau|cuoi|thu|[1-4]) |(?:mua )?he nam \d|chu nhat |thu (?:hai|ba|tu|nam|sau|bay) )"
)
# Occasions and seasons ("trước Tết Nguyên đán", "sau Tết", "trước mùa mưa lũ", "trước vụ Đông Xuân") and the school
# year a thing belongs to ("các khoản thu đầu năm học 2026 - 2027") yield to a dated deadline of the same task:
# "… trước Tết Nguyên đán (hoàn thành trước ngày 25/01/2027)" has the deadline 25/01/2027 (LABELING.md §3).
# A task that sets up a body ("thành lập Đội …", "thành lập Tổ …"): a season in the body's duty after it is the body's.
_SETS_UP = r"\b[Tt]hành lập\s+(?:các\s+|mới\s+)?(?:Đội|Tổ|Ban|Nhóm|Câu lạc bộ|đội|tổ|nhóm|câu lạc bộ)\b"
_CLOSING_FREQUENCY = re.compile(r"\bhang (?:ngay|tuan|thang)$")
_ONLY_LEAD_IN = re.compile(r"(?:\s|,|va|hoan thanh|xong|thuc hien|ngay)*")
# A bare adverb of frequency ("… gửi về Sở Nội vụ hàng năm và … trước ngày 10/12/2025") yields the same way; "Định
# kỳ hằng năm; trước ngày 30/11" keeps both.
_OCCASION_LIKE = re.compile(
    r"\b(?:tet|mua|vu)\b|^(?:(?:trong|vao|truoc|sau) )?(?:(?:dau|cuoi|giua|khai giang) )?nam hoc"
    r"|^(?:hang|moi) (?:ngay|tuan|thang|quy|nam)$"
)
_BARE_FREQUENCY = re.compile(r"(?:hang|moi) (?:ngay|tuan|thang|quy|nam)")
_NAMED_SCHOOL_YEAR = re.compile(r"năm học\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")
_PERIODIC_DAY = re.compile(r"\bngay \d{1,2} (?:cua )?(?:thang|quy|nam) (?:sau|ke tiep|tiep theo|truoc)\b")
_DATED = re.compile(r"\b(?:truoc|cham nhat|han)\b[^;]*\d{1,2}/\d{1,2}")
# A parenthesis that holds only a timeframe: "(tuần đầu tháng 7/2027)", "(hè năm 2027)", "(trước và trong tháng 3 âm
# lịch năm 2027)"; a bare date in brackets after an occasion ("nhân kỷ niệm … (15/10/2027)") is not one.
_PARENTHESISED = re.compile(r"\(([^()]{5,60})\)")
# An occasion the task is held on, named just before a bracket: "nhân Tháng Thanh niên (tháng 3/2027)", "nhân dịp Ngày
# Pháp luật Việt Nam (tháng 11/2027)"; the bracket dates the occasion (LABELING.md §3: occasions are not timeframes).
# ("nhân dân", "cá nhân", "nhân viên" are people: the occasion is "nhân dịp", "nhân kỷ niệm" or "nhân" + a named day)
_OCCASION_BEFORE = re.compile(r"(?<![\wà-ỹ])nhân\s+(?:dịp\b|kỷ niệm\b|(?=[A-ZĐ]))[^,;.()]{2,80}$")
# A timeframe that opens the sentence before its subject: "Trong quý III/2026, Phòng Kinh tế chủ trì …".
_LEADING_TIME = re.compile(
    r"^(?:[Tt]rong|[Tt]rước|[Đđ]ến|[Tt]ừ|[Hh]ằng|[Hh]àng|[Đđ]ịnh kỳ|[Qq]uý|[Tt]háng|[Nn]ăm|[Cc]hậm nhất)\b[^,;:]{2,45},\s*(?=[A-ZĐỦ])"
)
# The staff of several units as the subject ("Trợ giúp viên pháp lý các Phòng Nghiệp vụ 1, 2 …", "Cán bộ các Đội …").
_STAFF_OF_UNITS = re.compile(
    r"^(?:Trợ giúp viên pháp lý|Cán bộ|Công chức|Viên chức|Nhân viên|Chuyên viên|Kiểm lâm viên|Kiểm sát viên|Giáo viên)"
    r"\s+(?:của\s+)?các\s+(?=[A-ZĐ])"
)
# "(X) chủ trì cùng Y …": Y is the lead's partner, as after "phối hợp với".
_LEADS_TOGETHER = re.compile(r"[Cc]hủ trì,?\s+cùng(?:\s+với)?\s+(?P<coord>[A-ZĐỦ][^;:.]+)")
# A period that opens the sentence before its subject ("Mỗi 6 tháng, Ban Kiểm soát nội bộ phối hợp …"): the subject
# follows it (the period is read as the time by `_INLINE_DEADLINE`).
_LEADING_PERIOD = re.compile(
    r"^[Mm]ỗi\s+(?:\d{1,2}\s+)?(?:tuần|tháng|quý|năm|học kỳ|đợt)[^,;:]{0,30},\s*(?=[A-ZĐỦ])"
)
# "Đề nghị Ủy ban Mặt trận Tổ quốc xã và các đoàn thể phối hợp …": bodies asked to coordinate.
_ASKED_TO_COORDINATE = re.compile(r"[Đđ]ề nghị\s+(?P<coord>[^;:.]{3,120}?)\s+phối hợp\b(?!\s+với)")


# A bracket right after a time that glosses it: the hours or the weekday of it ("02 lần/ngày (sáng 6h00, chiều 17h00)"),
# the day expected ("ngay sau Tết Nguyên đán (dự kiến sáng Chủ nhật, ngày 21/02/2027)"), the stage of the work it
# waits for ("từ tháng 4/2027 (khi bắt đầu đổ nước, cấy lúa)") or its months ("02 lần trong năm (tháng 6 và tháng
# 12/2027)"); one clause of time, no ";" inside (a bracket "(tháng 6 - 7/2027; Phòng Nghệ thuật chủ trì)" holds a
# doer too).
_GLOSS = re.compile(r"\s*\(([^();]{2,80})\)")
_GLOSS_WORDS = re.compile(
    r"^(?:dự kiến|khi|tức|sáng|chiều|tối|trưa)\b|^khoảng\s+(?:\d{1,3}\s*[-–]?\s*(?:\d{1,3}\s+)?(?:ngày|tuần|tháng)|tháng|quý|ngày)\b|"
    r"\b\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?![\wà-ỹ])|"
    r"\b(?:thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật)\b",
    re.IGNORECASE,
)
# An event the task waits for, written before the bracket that dates it: "sau khi bế mạc (trong năm 2028)", "ngay sau
# khi có quyết định giao đất (dự kiến quý II/2027)".
_EVENT_BEFORE_GLOSS = re.compile(r"(?<![\wà-ỹ])(?:[Nn]gay\s+)?(?:[Ss]au|[Tt]rước)\s+khi\s+[^;.,()]{2,40}?$")


def _is_gloss(inside: str) -> bool:
    inside = " ".join(inside.split())
    if UNIT_HEAD.search(inside) or re.match(r"(?:hoàn thành|xong|chậm nhất)\b", inside, re.IGNORECASE):
        # a deadline of its own in the bracket: "trước Tết Nguyên đán (hoàn thành trước ngày 25/01/2027)" is due on the
        # date, the occasion yields to it
        return False
    return _is_time_bracket(inside) or bool(_GLOSS_WORDS.search(inside))


def _with_glosses(deadlines: list[str], text: str) -> list[str]:
    """Each time with the bracket that glosses it, as printed (LABELING.md §3, "Dự kiến sáng ngày 11/10/2020 (Chủ
    nhật)"): the bracket and a time that goes on right after it ("02 lần/ngày (sáng 6h00, chiều 17h00) trong tháng
    9/2027") are one timeframe, not two."""
    flat = " ".join(text.split())
    out: list[str] = []
    used: set[str] = set()
    for deadline in deadlines:
        if deadline in used:
            continue
        at = flat.find(deadline)
        gloss = _GLOSS.match(flat, at + len(deadline)) if at >= 0 else None
        if (
            gloss
            and deadline != gloss[1].strip()
            and _is_gloss(gloss[1])
            # a season or a holiday glossed with its dates ("trong mùa mưa bão (từ tháng 7 đến tháng 11/2027)") is the
            # occasion, the dates the time (r10, the labels' convention); glossed with the day expected or its hours
            # ("ngay sau Tết Nguyên đán (dự kiến sáng Chủ nhật, ngày 21/02/2027)") it is the time with its gloss
            and not (_OCCASION_LIKE.search(fold(deadline)) and not _GLOSS_WORDS.search(gloss[1]))
        ):
            inside = " ".join(gloss[1].split())
            joined = f"{deadline} ({inside})"
            after = flat[gloss.end() :]
            following = next(
                (
                    d
                    for d in deadlines
                    if d != deadline and d not in inside and re.match(r" " + re.escape(d), after)
                ),
                None,
            )
            if following:
                joined += " " + following
                used.add(following)
            used.update(d for d in deadlines if d != deadline and d in inside)
            out = [d for d in out if d not in inside]
            out.append(joined)
            continue
        event = None
        if at >= 0 and flat[at - 1 : at] == "(" and flat[at + len(deadline) : at + len(deadline) + 1] == ")":
            event = _EVENT_BEFORE_GLOSS.search(flat[: at - 1].rstrip())
        if event:
            out.append(f"{event[0].strip()} ({deadline})")  # "sau khi bế mạc (trong năm 2028)"
            continue
        out.append(deadline)
    return [d for d in out if d not in used]


def _is_time_bracket(inside: str) -> bool:
    """A parenthesis that holds only a timeframe ("tuần đầu tháng 7/2027", "tháng 5/2027"), not units."""
    inside = " ".join(inside.split())
    if _CONTINUOUS_BRACKET.fullmatch(inside):
        return True
    return bool(_TIME_WORDS.match(fold(inside)) and re.search(r"\d", inside) and not UNIT_HEAD.search(inside))


# A bracket that closes a bullet with its continuity, "(thường xuyên)", "(thực hiện thường xuyên)", "(liên tục)": the
# time column of a plan written into the line (LABELING.md §3 "Thường xuyên"); the timeframe is the adverb.
_CONTINUOUS_BRACKET = re.compile(r"(?:[Tt]hực hiện\s+)?(?P<adverb>[Tt]hường xuyên|[Ll]iên tục)")


# "…; Phòng Văn hóa - Xã hội phối hợp với Đoàn Thanh niên đặc khu thực hiện": after "phối hợp (với) <partner>" the
# clause goes on with a verb of its own, so its subject does the work with the partner (it leads, the partner
# coordinates); "…; Hội Nông dân phối hợp." only coordinates.
_WITH_PARTNER = re.compile(r"^phối hợp\s+(?:với\s+|cùng\s+)?(?=[A-ZĐỦ])")


def _with_partner_does(verb: str) -> bool:
    partner = _WITH_PARTNER.match(verb)
    rest = verb[partner.end() :] if partner else ""
    unit = unit_phrase(rest) if rest else None
    return bool(unit) and bool(_PREDICATE.match(rest[len(unit or "") :].strip()))


# A sentence that opens with its condition or occasion: "Khi có phản ánh …, Phòng Nội vụ tham mưu xác minh …".
_CONDITION_OPENING = re.compile(r"^(?:Khi|Trường hợp|Nếu|Sau khi|Ngay khi)\s")
_TAKES_CHARGE_AT = re.compile(rf"^(?:{_TAKES_CHARGE})\b")


def _doer_after_comma(sentences: list[str]) -> list[str]:
    """The unit named after a comma as the doer of the sentence: the clause that closes the item with who does it
    ("Bố trí cán bộ … tại trụ sở tổ công tác, Phòng Kinh tế, Hạ tầng và Đô thị thực hiện từ …"), or the subject after
    an opening condition ("Khi có phản ánh về …, Phòng Nội vụ tham mưu xác minh …"). A comma inside a list of units
    ("phối hợp với Sở Y tế, Sở Giáo dục thực hiện") is not one: the segment before it names no unit."""
    for sentence in sentences:
        conditional = bool(_CONDITION_OPENING.match(sentence))
        start = 0
        for comma in re.finditer(r",\s+(?=[A-ZĐỦ])", sentence):
            before, start = sentence[start : comma.start()], comma.end()
            rest = sentence[comma.end() :]
            if UNIT_HEAD.search(before) or not _SUBJECT_HEAD.match(rest) or _NOT_SUBJECT.match(rest):
                continue
            unit = unit_phrase(rest)
            verb = rest[len(unit or "") :].strip()
            if unit and (_TAKES_CHARGE_AT.match(verb) or (conditional and _PREDICATE.match(verb))):
                return split_units(unit)
    return []


def _clause_doer(clause: str, not_doing: tuple[str, ...]) -> str | None:
    """The unit that opens a clause after ";" as its subject, before a verb that is not one of `not_doing` (or is
    "phối hợp với X" followed by a verb of its own); the clause may go on in lower case ("…; các Bưu điện văn hóa xã
    thực hiện"). None without one."""
    subject = clause[:1].upper() + clause[1:] if re.match(r"(?:các|mỗi)\s", clause) else clause
    if not _SUBJECT_HEAD.match(subject) or _NOT_SUBJECT.match(subject):
        return None
    unit = unit_phrase(subject)
    verb = subject[len(unit) :].strip() if unit else ""
    if unit and _PREDICATE.match(verb) and (not verb.startswith(not_doing) or _with_partner_does(verb)):
        return clause[: len(unit)]
    return None


def inline_assignment(text: str, paragraph: str | None = None) -> tuple[list[str], list[str], str | None]:
    """Lead, coordinating units and timeframe stated inside a prose task (only when explicit). A doer named in a
    later sentence counts only inside the task's own `paragraph` (a closing sentence after the list is not it)."""
    lead: list[str] = []
    coord: list[str] = []
    text = without_roles(text)  # "Cơ quan thường trực Hội đồng (Sở Nội vụ) tổng hợp …": Sở Nội vụ acts
    given = _GIVEN.search(text)
    sentences = [
        _LEADING_PERIOD.sub("", _LEADING_TIME.sub("", sentence))
        for sentence in re.split(r"(?<=[.;])\s+|\s*\(\s*", text)
        if sentence
    ]
    if given:
        given_unit = unit_phrase(given["lead"]) or ""
        framed = _GIVEN_TO_LEAD.match(given["lead"])
        if (
            given_unit
            and framed
            and framed["unit"].startswith(given_unit)
            and framed["unit"] != given_unit
            and not _NOT_IN_FRAME.search(framed["unit"][len(given_unit) :])
        ):
            # "giao Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên chủ trì": "giao … chủ trì" frames the name, whatever
            # verb its lowercase words also are ("bảo vệ")
            given_unit = framed["unit"]
        # a head word opens the unit; without one (an OCR misreading, "chuyển giao Công nghệ …") the unit must be
        # followed by the verb of an assignment
        if _SUBJECT_HEAD.match(given["lead"]) or _DONE_BY_VERB.match(given["lead"][len(given_unit) :]):
            lead = split_units(given_unit)
    if not lead:
        for sentence in sentences:
            leads = _LEADS_INLINE.match(sentence)
            # "…; các Hạt Kiểm lâm khu vực chủ trì, phối hợp …": a clause after ";" opens in lower case
            if leads and _SUBJECT_HEAD.match(leads["lead"][:1].upper() + leads["lead"][1:] + " "):
                lead = split_units(_HONORIFIC.sub("", leads["lead"]))
                break
    if not lead:
        for done in _DONE_BY.finditer(text):
            done_unit = unit_phrase(done["lead"])
            in_charge = re.match(r"(.+?)\s+phụ trách\s*(?:[.;,)]|$)", done["lead"])
            if done_unit and in_charge and done_unit == f"{in_charge[1]} phụ trách":
                # "… do Tổ Cấp dưỡng phụ trách.": the verb closes the clause, it names no portfolio of the unit
                done_unit = in_charge[1]
            if done_unit and _DONE_BY_VERB.match(done["lead"][len(done_unit) :]):
                lead = split_units(done_unit)
    if not lead:
        for asked in _ASKED_WITH.finditer(text):
            lead = split_units(unit_phrase(asked["lead"]) or "")
    subject = _CONNECTIVE_START.sub("", sentences[0] if sentences else text, count=1)  # "Đồng thời, Phòng …"
    topic = re.match(r"^[^:;]{3,80}:\s+(?=[A-ZĐỦ])", subject)
    # (… but after "Đối tượng:", "Thành phần:", "Địa điểm:" come whom the work is done to, who attends and where:
    # "Kiểm tra tài chính đảng. Đối tượng: Văn phòng Đảng ủy xã và 04 chi bộ …" names no doer)
    if topic and _NOT_A_DOERS_LABEL.search(topic[0]):
        topic = None
    if topic and _SUBJECT_HEAD.match(subject[topic.end() :]):
        subject = subject[topic.end() :]  # "Chăm lo sức khoẻ Nhân dân: Trạm Y tế xã tổ chức …"
    # after an ordinal word the sentence runs on in lower case ("Bốn là, các chi bộ khu phố định kỳ hằng quý …",
    # "Ba là, giáo viên chủ nhiệm các lớp phối hợp …"): a plural subject or people in their role written on are still
    # the subject
    written_on = re.match(r"(?:các|mỗi|giáo viên|cán bộ|công chức|nhân viên|cộng tác viên)\s", subject)
    if written_on:
        subject = subject[:1].upper() + subject[1:]
    staff = _STAFF_OF_UNITS.match(subject)
    if not lead and staff and UNIT_HEAD.match(subject[staff.end() :]):
        # "Trợ giúp viên pháp lý các Phòng Nghiệp vụ 1, 2 trực tiếp tiếp nhận …": the staff of the units named act for
        # them; the units lead
        lead = split_units(unit_phrase(subject[staff.end() :]) or "")
    official = _OFFICIAL.match(_HONORIFIC.sub("", subject))
    if not lead and official and ("phụ trách" in official["who"] or official["who"].startswith(_PERSON)):
        lead = [official["who"].strip(" ,")]
    if not lead and _SUBJECT_HEAD.match(subject) and not _NOT_SUBJECT.match(subject):
        phrase = unit_phrase(_HONORIFIC.sub("", subject))
        framed = _SUBJECT_TO_ROLE.match(_HONORIFIC.sub("", subject))
        extra = (
            framed["unit"][len(phrase) :].strip()
            if phrase and framed and framed["unit"].startswith(phrase)
            else ""
        )
        field_verb = _PREDICATE.match(extra)
        if (
            framed is not None
            and len(extra.split()) == 2
            and extra.islower()
            and field_verb is not None
            and field_verb.end() == len(extra)
            and not _NOT_IN_FRAME.search(extra)
            and not _ADVERB.fullmatch(extra)
        ):
            # "Đội An ninh kiểm soát phối hợp với Công an phường …": a word of two syllables right before the role is
            # the name's field ("kiểm soát"), not a verb (a verb takes an object before "phối hợp")
            phrase = framed["unit"]
        if phrase and len(phrase.split()) <= 20 and phrase != "Lãnh đạo":  # "Lãnh đạo giải quyết …" is a verb
            lead = split_units(phrase[:1].lower() + phrase[1:] if written_on else phrase)
    addressee = _HANDS_OVER.sub("", subject, count=1)
    if (
        not lead
        and addressee != subject
        and _SUBJECT_HEAD.match(addressee)
        and not _NOT_SUBJECT.match(addressee)
    ):
        # "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tiếp tục vận động …": the body asked does the action (asked
        # only to coordinate, "Đề nghị X phối hợp …", it is no lead: see below)
        phrase = unit_phrase(addressee)
        if phrase and len(phrase.split()) <= 20:
            lead = split_units(phrase)
    for sentence in sentences[1:]:
        focal = _FOCAL_POINT.match(sentence)
        if focal and _SUBJECT_HEAD.match(focal["unit"] + " ") and unit_phrase(focal["unit"]) == focal["unit"]:
            lead = split_units(focal["unit"])  # "Bệnh viện tổ chức …; Phòng Tổ chức cán bộ là đầu mối …"
            break
    if not lead:
        closing = re.search(r"\(([^()]{3,200})\)[\s./;]*$", text)
        bracketed = " ".join(closing[1].split()) if closing else ""
        parts = [part.strip() for part in bracketed.split(";")]
        if (
            len(parts) > 1
            and not _TIME_WORDS.match(fold(parts[0]))
            and all(_TIME_WORDS.match(fold(part)) or re.match(r"phối hợp\b", part) for part in parts[1:])
        ):
            # the closing bracket gives the doer and then the time or the partners, as a table's columns: "(Bộ phận
            # bán trú; ngày 15/02/2027)", "(Liên đội, Chi đoàn giáo viên; thường xuyên)", "(Đoàn Nghệ thuật số 2;
            # phối hợp Ủy ban Mặt trận … và Ban hành giáo các giáo xứ)"
            bracketed = parts[0]
        if (
            bracketed
            and _SUBJECT_HEAD.match(bracketed + " ")
            and all(_SUBJECT_HEAD.match(unit + " ") for unit in split_units(bracketed))
            and unit_phrase(bracketed) == bracketed
        ):
            lead = split_units(bracketed)  # "… báo cáo Ủy ban nhân dân tỉnh (Phòng Xây dựng chính quyền)."
    if not lead:
        own = (
            sentences
            if paragraph is None
            else re.split(r"(?<=[.;])\s+|\s*\(\s*", " ".join(paragraph.split()))
        )
        for sentence in own[1:]:
            doer = _DOER_AFTER.match(sentence)
            if (
                doer
                # each unit of the list opens like a body ("Các đơn vị quân đội đóng quân trên địa bàn, Tỉnh đoàn Gia Lai
                # thực hiện"), a list of places after one body too ("Ủy ban nhân dân các xã, phường ven biển")
                and _SUBJECT_HEAD.match(doer["unit"] + " ")
                and all(
                    UNIT_START.match(unit) or _SUBJECT_HEAD.match(unit + " ")
                    for unit in split_units(doer["unit"])
                )
                and not _NOT_SUBJECT.match(doer["unit"])  # "Tổ chức thực hiện các quy định …" is the verb
                and unit_phrase(doer["unit"]) == doer["unit"]
            ):
                lead = split_units(doer["unit"])
                break
    if not lead:
        lead = _doer_after_comma(sentences)
    if not lead and paragraph is not None:
        # a bullet that names its actor in a later clause of its sentence: "- Nắm tình hình tư tưởng Nhân dân …;
        # Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu tổng hợp, báo cáo Ban Thường vụ hằng quý."
        for clause in re.split(r"(?<=;)\s+", " ".join(paragraph.split()))[1:]:
            unit = _clause_doer(clause, ("phối hợp", "tham gia", "được"))
            if unit:
                lead = split_units(unit)
                break
    for sentence in re.split(r"(?<=[.;])\s+", " ".join((paragraph or text).split()))[1:]:
        named = _NAMED_IN_CHARGE.match(sentence)
        if named and all(word[:1].isupper() for word in named["name"].split()):
            lead = [named["who"]]
            break
    if lead:
        # "Chi đoàn thanh niên cùng Đồn Biên phòng Hướng Phùng tuần tra …": the body named after "cùng (với)" does the
        # work beside the subject, as one named after "phối hợp với" (not "Ủy ban Mặt trận Tổ quốc cùng cấp")
        for unit in list(lead):
            together = re.match(r"^(?P<lead>.+?)\s+cùng(?:\s+với)?\s+(?P<coord>(?=[A-ZĐỦ]).+)$", unit)
            if together and UNIT_HEAD.match(together["coord"]):
                lead[lead.index(unit)] = together["lead"]
                coord.extend(u for u in split_units(together["coord"]) if u not in coord)
    if lead and paragraph is not None:
        # "Công đoàn Công ty vận động đoàn viên …; Đoàn Thanh niên Công ty tổ chức …", "Chủ tịch Ủy ban nhân dân xã tiếp
        # công dân …; Văn phòng HĐND và UBND xã niêm yết lịch …": an item in two clauses, each with its own subject and
        # verb, has a doer for each part; all of them lead (a partner's clause, "…; Hội Nông dân phối hợp", or a report
        # to a body, does not)
        # A clause of verbs alone ("…; Văn phòng HĐND và UBND đặc khu theo dõi, kiểm tra.", "…; Phòng Văn hóa - Xã hội
        # hướng dẫn, tổng hợp.") follows up the work of the first: its body oversees, it does not lead; nor does a body
        # that guides the others ("…; Trạm Y tế xã, phường hướng dẫn Nhân dân").
        for clause in re.split(r";\s+", " ".join(text.split()))[1:]:
            unit = _clause_doer(
                clause, ("phối hợp", "tham gia", "được", "hỗ trợ", "giúp", "báo cáo", "hướng dẫn")
            )
            verbs = re.split(r"[.;]", clause[len(unit or "") :])[0].strip(" ,")
            if unit and not all(
                (verb := _PREDICATE.match(word)) and verb.end() == len(word)
                for word in re.split(r",\s*|\s+và\s+", verbs)
            ):
                lead.extend(u for u in split_units(unit) if u not in lead and u not in coord)
    for sentence in sentences[1:] if lead else []:
        helper = _SUPPORTS_AFTER.match(sentence)
        if (
            helper
            and _SUBJECT_HEAD.match(helper["unit"] + " ")
            and unit_phrase(helper["unit"]) == helper["unit"]
        ):
            coord.extend(u for u in split_units(helper["unit"]) if u not in coord and u not in lead)
    # "…; Ban Chỉ đạo cấp bản phối hợp thực hiện từ tháng 4/2027", "…; Ban Chấp hành Công đoàn phối hợp chuẩn bị.": a
    # clause after ";" whose body only joins in names a partner, whether or not the item names who leads; so does a
    # closing clause after a comma ("… do Hợp tác xã … đảm nhận, Đoàn Thanh niên xã hỗ trợ.")
    clauses = re.split(r";\s+", " ".join(text.split()))[1:]
    closing = re.search(r",\s+(?P<clause>[A-ZĐỦ][^,;:.()]{3,90}?\s+(?:hỗ trợ|phối hợp))\s*[.;]?\s*$", text)
    for clause in [*clauses, *([closing["clause"]] if closing else [])]:
        partner = (
            unit_phrase(clause) if _SUBJECT_HEAD.match(clause) and not _NOT_SUBJECT.match(clause) else None
        )
        joins = clause[len(partner) :].strip() if partner else ""
        if partner and re.match(r"(?:phối hợp|hỗ trợ)(?!\s+(?:với|cùng)\s)(?![\wà-ỹ])", joins):
            coord.extend(u for u in split_units(partner) if u not in coord and u not in lead)
    for asked in _ASKED_TO_COORDINATE.finditer(text):
        coord.extend(u for u in split_units(unit_phrase(asked["coord"]) or asked["coord"]) if u not in coord)
    if coord and lead and all(u in coord for u in lead):
        lead = []  # "Đề nghị X và Y phối hợp …": asked to coordinate, nobody leads
    for match in [*_COORD_BEFORE.finditer(text), *_COORD_AFTER_LEAD.finditer(text)]:
        if match[0].endswith("thực hiện") and unit_phrase(match["coord"]) != match["coord"]:
            continue  # "…, các hộ dân tham gia thực hiện": the doer beside the lead is a whole name or none
        if UNIT_START.match(match["coord"]) or re.match(_KIND_IN_LOWER_CASE, match["coord"]):
            coord.extend(u for u in split_units(match["coord"]) if u not in coord and u not in lead)
    for match in _LEADS_TOGETHER.finditer(text):
        # "Chủ trì cùng Phòng Hậu cần tổ chức …": the body named after "chủ trì cùng" works beside the lead
        beside = unit_phrase(match["coord"])
        if beside and UNIT_START.match(beside):
            coord.extend(u for u in split_units(beside) if u not in coord and u not in lead)
    for match in _WITH.finditer(text):
        # (people in their role first: "tổ trưởng các tổ dân phố" opens with no body's head, whatever "tổ" is)
        short = None if match["with"] and _people_in_role(match["coord"]) else unit_phrase(match["coord"])
        if not short and match["with"]:  # "phối hợp với trưởng bản", "… trưởng thôn, già làng": as printed
            coord.extend(h for h in _people_in_role(match["coord"]) if h not in coord)
        if short and (match["with"] or match["field"] or UNIT_START.match(short)):
            coord.extend(u for u in split_units(short) if u not in coord)
        after = match["coord"][len(short) :] if short and match["with"] else ""
        people = re.match(r"\s*(?:,|và)\s*", after)
        if people:  # "phối hợp với các trạm y tế xã và cô đỡ thôn bản tư vấn …"
            coord.extend(h for h in _people_in_role(after[people.end() :]) if h not in coord)
    deadlines = [" ".join(m[0].split()) for m in _INLINE_DEADLINE.finditer(text)]
    tail = _TAIL_TIME.search(text.rstrip(" ./"))
    glossed = re.fullmatch(r"[^()]+\(([^()]+)\)", tail[1].strip()) if tail else None
    if (
        tail
        and _TIME_WORDS.match(fold(tail[1]))
        and not re.search(r"\.\s", tail[1])
        # a bracket only when it glosses the time phrase before it: "trước mùa thu hoạch (tháng 5/2027)"
        and ("(" not in tail[1] or (glossed is not None and _is_time_bracket(glossed[1])))
    ):
        reading = parse_timeframe(tail[1])
        tail_text = re.sub(r"^(?:[Tt]hực hiện(?: ngay)?)\s+", "", " ".join(tail[1].split()))
        inside = [d for d in deadlines if d in tail_text]
        rest = fold(functools.reduce(lambda t, d: t.replace(d, " "), inside, tail_text))
        if (
            reading is not None
            and reading.kind != "unknown"
            # ("từ ngày 01/02 đến 10/02/2027 tiếp công dân hằng ngày": a period and how often within it, one time)
            and (not inside or _ONLY_LEAD_IN.fullmatch(rest) or _CLOSING_FREQUENCY.search(fold(tail_text)))
        ):
            # the whole closing clause, not the phrases read inside it ("hằng tuần trong mùa khô"); a clause that
            # qualifies its deadline ("xong trước ngày 30/9 đối với các bản vùng cao") keeps the deadline only
            deadlines = [d for d in deadlines if d not in inside] + [tail_text]
            if not _BARE_FREQUENCY.fullmatch(fold(tail_text)):
                # "chi trả lương hưu … hằng tháng đầy đủ, an toàn; thường xuyên": the frequency inside the sentence
                # tells how the thing is done, the closing clause is the task's time (its time column)
                deadlines = [d for d in deadlines if d == tail_text or not _BARE_FREQUENCY.fullmatch(fold(d))]
    for bracket in _PARENTHESISED.finditer(text):
        if _OCCASION_BEFORE.search(text[: bracket.start()]):
            continue  # "nhân Tháng Thanh niên (tháng 3/2027)": the date of the occasion, not of the task
        clause = text[bracket.end() :].split(";")[0]
        if any(_BARE_FREQUENCY.fullmatch(fold(d)) and d in clause for d in deadlines):
            # "mùa khô (từ tháng 12 đến tháng 4 năm sau) tuần tra hằng tuần": the clause goes on to its own frequency,
            # which is its time; the bracket dates the season it applies in
            deadlines = [d for d in deadlines if d not in bracket[1]]
            continue
        held = " ".join(bracket[1].split())
        continuous = _CONTINUOUS_BRACKET.fullmatch(held)
        held = continuous["adverb"] if continuous else held
        if _is_time_bracket(held) and not any(held in d for d in deadlines):
            # the whole bracket is the timeframe, not the deadline read inside it ("trong tháng 3" of "… âm lịch …")
            deadlines = [d for d in deadlines if d not in held] + [held]
    deadlines = _with_glosses(deadlines, text)
    # a season glossed with its dates ("trong mùa mưa bão (từ tháng 7 đến tháng 11/2027)"): in prose the season is
    # the occasion, the dates in the bracket the time
    seasons_glossed = {
        season
        for season in deadlines
        if _OCCASION_LIKE.search(fold(season))
        and any(
            re.search(re.escape(season) + r"\s*\(\s*" + re.escape(d), text) for d in deadlines if d != season
        )
    }
    deadlines = [d for d in deadlines if d not in seasons_glossed]
    opening = _LEADING_TIME.match(text)
    if opening and not deadlines:
        deadlines = [opening[0].strip(" ,")]
    if len(deadlines) > 1 and not all(_NAMED_SCHOOL_YEAR.fullmatch(d) for d in deadlines):
        # the school year that names what is held ("Hội nghị viên chức năm học 2027 - 2028 trong tháng 9/2027")
        # yields to the time the task gives inside it
        deadlines = [d for d in deadlines if not _NAMED_SCHOOL_YEAR.fullmatch(d)]
    # the season of the duty of a body set up by the task ("thành lập Đội thanh niên xung kích tham gia tuần tra đê biển
    # trong mùa mưa bão") is when the body works, not when the task is done ("thành lập Đội … trước mùa mưa bão" is
    # the task's deadline)
    deadlines = [
        d
        for d in deadlines
        if not (
            _OCCASION_LIKE.search(fold(d))
            and fold(d).startswith(("trong ", "vao "))
            and re.search(_SETS_UP + r"[^.;]*?" + re.escape(d), text)
        )
    ]
    if any(_PERIODIC_DAY.search(fold(d)) for d in deadlines):
        # "lịch tư vấn lưu động hằng tháng, thông báo … trước ngày 25 của tháng trước": the day of every period is the
        # time, the bare frequency beside it says the same
        deadlines = [d for d in deadlines if not _BARE_FREQUENCY.fullmatch(fold(d))]
    if any(_DATED.search(fold(d)) for d in deadlines):
        deadlines = [d for d in deadlines if _DATED.search(fold(d)) or not _OCCASION_LIKE.search(fold(d))]
    if "thường xuyên" in deadlines and re.search(r"thực hiện thường xuyên,\s+báo cáo\b", text):
        # a task done continuously and reported on periodically: the period is the report's ("thực hiện thường
        # xuyên, báo cáo kết quả với Thường trực Đảng ủy hằng quý"), the task's time is "thường xuyên"
        deadlines = [
            d for d in deadlines if not re.fullmatch(r"(?:hằng|hàng|mỗi) (?:tuần|tháng|quý|năm)", d.lower())
        ]
    if len(deadlines) > 1:
        # a count in a period printed right before the months it falls in is one time as printed ("mỗi tuần ít nhất 03
        # lần trong tháng 3 và tháng 4/2027"), not two
        printed = " ".join(text.split())
        joined = [deadlines[0]]
        for deadline in deadlines[1:]:
            if _COUNT_BEFORE_MONTHS.search(joined[-1]) and f"{joined[-1]} {deadline}" in printed:
                joined[-1] = f"{joined[-1]} {deadline}"
            else:
                joined.append(deadline)
        deadlines = joined
    # a time read again inside a longer one ("03 đợt (tháng 3, tháng 6 và tháng 9/2027)" and its last months) is no
    # time of its own
    deadlines = [d for d in deadlines if not any(d != other and d in other for other in deadlines)]
    timeframe = "; ".join(deadlines) if deadlines else None
    if timeframe and timeframe.count(")") > timeframe.count("("):
        # the time that closed a bracket: "(Bộ phận bán trú; ngày 15/02/2027)"
        timeframe = timeframe.rstrip(" )")
    return lead, coord, timeframe


_COUNT_BEFORE_MONTHS = re.compile(r"\d+\s+lần$")


# A sentence that hands its work on to an appendix ("Các nhiệm vụ cụ thể … tại Phụ lục kèm theo"): it assigns nothing.
_APPENDIX_NAMED = re.compile(r"\b[Pp]hụ lục\b")


def assigns_work(text: str) -> bool:
    """Whether a prose sentence of a content part says who must act ("Giao Phòng Kinh tế chủ trì …", "Công an xã
    phối hợp với …", "… do Văn phòng chủ trì": its lead is explicit). Not a lead-in to a list (a closing colon), a
    line that is no sentence (a running header), a sentence handing on the tasks of an appendix ("… theo Phụ lục") or
    one whose doer has no work of its own to do (`_no_work_of_its_own`)."""
    stripped = text.rstrip()
    if not stripped.endswith((".", ";")) or _APPENDIX_NAMED.search(stripped):
        return False
    leads = inline_assignment(stripped, paragraph=stripped)[0]
    return bool(leads) and not _no_work_of_its_own(stripped, leads)


# What a doer that only carries the plan out does, folded: "chủ động triển khai theo nhiệm vụ được giao", "tổ chức
# thực hiện Kế hoạch này", "căn cứ chức năng, nhiệm vụ triển khai thực hiện".
_ONLY_CARRIES_OUT = re.compile(
    r"(?:\s|[,.;]|chu dong|nghiem tuc|khan truong|can cu|chuc nang|nhiem vu|duoc giao|ke hoach|to chuc|trien khai|"
    r"thuc hien|theo|nay|cac|noi dung|tren)+"
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")


def _no_work_of_its_own(text: str, leads: list[str]) -> bool:
    """Whether the doers of a sentence tell of work done or under way ("Năm 2026, Thư viện tỉnh đã phục vụ …",
    "Trung tâm đang triển khai …": the doer's verb after "đã", "đang", "vừa"), say what something is ("Phòng cháy là
    trách nhiệm của toàn dân.") or only carry the plan out ("Các phòng nghiệp vụ chủ động triển khai theo nhiệm vụ
    được giao."): no task of their own."""
    for lead in leads:
        at = text.find(lead)
        if at < 0:
            continue
        rest = text[at + len(lead) :].lstrip()
        if rest.startswith(("đã ", "đang ", "vừa ", "là ")):
            return True
        # (the doer as the sentence's subject: "… do Đài Truyền thanh xã thực hiện." has its work before it)
        opens = not text[:at].strip() or text[:at].rstrip().endswith(",")
        if opens and _ONLY_CARRIES_OUT.fullmatch(fold(_SENTENCE_END.split(rest, maxsplit=1)[0])):
            return True
    return False


def unmarked_paragraph_tasks(paragraphs: list[Paragraph], default_year: int | None) -> list[Task]:
    """The tasks of a content part set out as unmarked paragraphs, with no item of its own ("II. NỘI DUNG" and then
    "Mở các lớp năng khiếu hè …; giao Phòng Năng khiếu chủ trì …", "Phòng Kỹ năng - Ngoại khóa tổ chức …", "Tổng kết
    hè … do Văn phòng chủ trì …"): each paragraph that names who does its work (`assigns_work`) is a task, one that
    only reports results is not; a paragraph that names nobody (an introduction, an account) is none, unless a lead-in
    announced the list ("Ban Giám hiệu giao Tổ Văn phòng thực hiện các nội dung sau:"), whose sentences are its items,
    led by the units it names when they name none."""
    if not paragraphs or any(p.kind != "text" for p in paragraphs):
        return []
    items: list[Paragraph] = []
    listed = False  # a lead-in announced the list ("… thực hiện các nội dung sau:"): each sentence after it is an item
    for paragraph in paragraphs:
        text = paragraph.text.rstrip()
        if _ANNOUNCES_LIST.search(text):
            # kept as text: the units it names lead the items that name none (`build_tree`)
            items.append(paragraph)
            listed = True
        elif assigns_work(text) or (
            listed
            and text.endswith((".", ";"))
            and not _no_work_of_its_own(text, inline_assignment(text, paragraph=text)[0])
        ):
            items.append(Paragraph("dash", paragraph.text))
    return [
        task
        for task in tasks_from_tree(build_tree(items), default_year)
        if not only_reports_results(task.text)
    ]


# A lead-in that announces the list after it: "… thực hiện các nội dung sau:", "… như sau:".
_ANNOUNCES_LIST = re.compile(_LEAD_IN_END)


# An item that only says who answers for a failure ("Người đứng đầu cơ quan chịu trách nhiệm trước Chủ tịch … nếu để
# …", "Thủ trưởng các đơn vị chịu trách nhiệm trước Giám đốc Sở về …"): accountability, not an action to assign.
_ACCOUNTABLE = re.compile(r"^[^.;:]{3,120}?\bchịu trách nhiệm trước\b[^.;]{3,100}?\b(?:nếu|khi|về)\b")


def _is_excluded_bullet(text: str) -> bool:
    label = re.match(r"^([^:]{2,40}):\s", text)
    if label and is_modality_label(label[1]):
        return True
    if _ACCOUNTABLE.match(text):
        return True
    if _is_closing_formula(text) or follows_up_and_reports(text):
        return True
    return bool(re.match(rf"^{_DOC_KINDS}\s+(?:số\s+)?[\dA-ZĐ]", text))


def _is_closing_formula(text: str) -> bool:
    """A letter's closing formula set as the last bullet ("- Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực
    hiện./."): a request made only of words of compliance, no task."""
    request = _LETTER_REQUEST.match(text.strip())
    return request is not None and bool(_ONLY_COMPLIANCE.fullmatch(fold(text.strip()[request.end() :])))


def _before_signature(details: list[str]) -> list[str]:
    """The paragraphs under a title up to the signature block a text copy runs on after them ("CHỦ TỊCH", the name)."""
    out: list[str] = []
    for detail in details:
        if _is_upper_heading(detail, min_letters=4) or re.match(r"^(?:TM|KT|T/M|K/T|TL|Q)\.?\s", detail):
            break
        out.append(detail)
    return out


def _own_text(node: Node) -> str:
    return " ".join([node.text, *node.details]).strip()


def _all_text(node: Node) -> str:
    parts = [_own_text(node)]
    for child in node.children:
        parts.append(_all_text(child))
    return " ".join(p for p in parts if p)


# The title of a topic, not an action: "Về lựa chọn mô hình", "Đối với các trường học".
_TOPIC_TITLE = re.compile(r"^(?:Về|Đối với)\s+\S")


def _is_topic_title(text: str) -> bool:
    """A short numbered title that names a topic ("1. Về thẩm định") and has no sentence of its own."""
    text = text.strip()
    return bool(_TOPIC_TITLE.match(text)) and len(text.split()) <= 12 and not re.search(r"[.;:,]", text)


def _long_topic_among_topics(node: Node) -> bool:
    """Whether `node` is a "Về …" title longer than a short title ("3. Về chế độ bảo hiểm y tế đối với dụng cụ chỉnh
    hình") among siblings that are all topics ("1. Về thời gian chờ …", "2. Về thái độ …"): items of one level are of
    one kind, so it names a topic too."""
    text = node.text.strip()
    if (
        node.parent is None
        or not _TOPIC_TITLE.match(text)
        or len(text.split()) > 25
        or re.search(r"[.;:]", text)
    ):
        return False
    siblings = [c for c in node.parent.children if c.kind == node.kind and c is not node]
    return len(siblings) >= 2 and all(_is_topic_title(sibling.text) for sibling in siblings)


def _titles_over_assignments(node: Node) -> bool:
    """Whether `node` is one of a list of short numbered titles, each followed only by unmarked paragraphs whose
    sentences name their actor first, with more such sentences than titles: the titles head topics, each sentence
    is a task ("1. Tuyên truyền, quán triệt" / "Giao Phòng X chủ trì …" / "Khoa Y phối hợp …")."""
    if node.parent is None or node.kind != "numbered":
        return False
    siblings = [c for c in node.parent.children if c.kind == node.kind]
    sentences = 0
    for sibling in siblings:
        if sibling.children or sibling.fields or not sibling.details or not is_short_title(sibling.text):
            return False
        for detail in sibling.details:
            pieces = _actor_sentences(detail)
            if not _opens_with_actor(pieces[0]):
                return False
            sentences += len(pieces)
    return len(siblings) >= 2 and sentences > len(siblings)


def _title_beside_topics(node: Node) -> bool:
    """Whether `node` is a short numbered title over unmarked paragraphs only, among siblings that head numbered or
    lettered sub-items of their own ("1." over "a)", "b)") or are titles over paragraphs like it: items of one level
    are of one kind, so it is a topic heading too, not a task."""
    if node.parent is None or node.kind != "numbered" or not is_short_title(node.text):
        return False
    siblings = [c for c in node.parent.children if c.kind == node.kind and c is not node]

    def heads_items(sibling: Node) -> bool:
        return any(child.kind in {"numbered", "lettered"} for child in sibling.children)

    def title_over_paragraphs(sibling: Node) -> bool:
        # a sibling like this one ("4. Tham gia xây dựng hệ thống chính trị" over its paragraph beside "3.")
        return (
            not sibling.children
            and not sibling.fields
            and bool(sibling.details)
            and is_short_title(sibling.text)
        )

    return any(heads_items(sibling) for sibling in siblings) and all(
        heads_items(sibling) or title_over_paragraphs(sibling) for sibling in siblings
    )


def _assignment_note(node: Node) -> str | None:
    """The note printed in parentheses after an item's closing stop, as a paragraph of its own ("(Ban Tuyên giáo chủ
    trì, phối hợp với các chi bộ thực hiện; hoàn thành trong quý I/2027)"), without its parentheses (and the page
    number a PDF's text glued after it); None without one."""
    if node.children:
        return None
    note = _NOTE_AFTER_ITEM.search(_own_text(node))
    return " ".join(note[1].split()) if note else None


def _later_doers(note: str) -> list[str]:
    """The units that head the later clauses of an assignment note: they take part in the work the first one leads
    ("Ban Tuyên giáo và Dân vận Đảng ủy hướng dẫn; các đảng bộ cơ sở đăng ký trước ngày 31/3/2027")."""
    doers: list[str] = []
    for clause in re.split(r";\s*", note)[1:]:
        subject = clause[:1].upper() + clause[1:] if re.match(r"(?:các|mỗi)\s", clause) else clause
        unit = (
            unit_phrase(subject) if _SUBJECT_HEAD.match(subject) and not _NOT_SUBJECT.match(subject) else None
        )
        if unit and _PREDICATE.match(subject[len(unit) :].strip()):
            doers.extend(split_units(clause[: len(unit)]))
    return doers


_NOTE_AFTER_ITEM = re.compile(r"(?:^|(?<=[.;:!?]))\s*\(([^()]{5,300})\)[.;]?(?:\s+\d{1,3})?\s*$")


def tasks_from_tree(root: Node, default_year: int | None) -> list[Task]:
    tasks: list[Task] = []

    def emit(node: Node, parent_no: str | None, whole: bool) -> None:
        text = _all_text(node) if whole else _own_text(node)
        text = " ".join(text.split())
        if node.fields:
            leads: list[str] = []
            doers: list[str] = []
            coords = [u for v in node.fields.get("coord", []) for u in split_units(v)]
            for role, named in (("lead", leads), ("doer", doers)):
                for value in node.fields.get(role, []):
                    # "Thực hiện: Ban Pháp chế HĐND tỉnh chủ trì, phối hợp Văn phòng HĐND tỉnh"
                    own, partners = split_assignment(value)
                    named.extend(own)
                    coords.extend(u for u in partners if u not in coords)
            if leads:
                coords.extend(doers)
            else:
                leads = doers
            if leads and not coords and node.kind in {"numbered", "lettered"}:
                # "c. Phối hợp Hạt Kiểm lâm … tuyên truyền …. Đơn vị thực hiện: các Trạm …", "1.1. … X phối hợp với Ủy ban
                # nhân dân các xã A, B tuyên truyền … (Đơn vị thực hiện: …)": the item's sentence names the partners,
                # the field the doers
                coords = inline_assignment(_own_text(node))[1]
            raw_time = "; ".join(node.fields.get("time", [])) or None
            if "time" not in node.fields:
                # "1. Ra quân … : Chủ nhật tuần cuối của tháng 3/2027. Chủ trì: X." — fields without a time field:
                # the item's own inline timeframe governs (LABELING.md §3)
                raw_time = inline_assignment(text)[2]
            if not {"lead", "doer", "coord"} & node.fields.keys():
                # "2. Tổng hợp … Phòng Kinh tế chủ trì, phối hợp với Công an xã; / thời gian: tháng 3/2027." — a time
                # field alone: the item's own sentences name its units
                leads, coords, _ = inline_assignment(text, paragraph=node.text)
        elif node.kind in {"numbered", "lettered"} and node.details and is_short_title(node.text):
            # "Nhiệm vụ 2: Đôn đốc thu nợ, giảm chậm đóng" over "Phòng Quản lý thu … phối hợp với … làm việc …": the
            # title names the task, the paragraph under it who does it and when
            body = " ".join(" ".join(node.details).split())
            leads, coords, raw_time = inline_assignment(body, paragraph=body)
            raw_time = raw_time or inline_assignment(node.text)[2]
            if not leads:
                leads = list(node.inherited_lead)
        elif node.kind == "lettered" and node.no is None and text[:1].islower():
            # "Ba là, giáo viên chủ nhiệm các lớp … phối hợp với già làng …": after a word ordinal the sentence goes on
            # in lower case, its subject too (kept as printed)
            opened = text[:1].upper() + text[1:]
            leads, coords, raw_time = inline_assignment(opened, paragraph=opened)
            leads = [lead[:1].lower() + lead[1:] if opened.startswith(lead) else lead for lead in leads]
            if not leads:
                leads = list(node.inherited_lead)
        else:
            leads, coords, raw_time = inline_assignment(text, paragraph=node.text)
            note = _assignment_note(node)
            if note is not None:
                # "Nhiệm vụ 2: Lãnh đạo các sở, ngành công khai …" / "(Các chi bộ … thực hiện; thường xuyên)": the
                # note under the item says who does it and when, over the subject of the item's own sentence
                note_leads, note_coords, note_time = inline_assignment(note)
                if note_leads:
                    later = [u for u in _later_doers(note) if u not in note_leads and u not in note_coords]
                    leads, coords = note_leads, note_coords + later
                raw_time = note_time or raw_time
            if not leads and not re.match(r"^[Đđ]ề nghị\s", text):  # "Đề nghị X …" names its own addressee
                leads = list(node.inherited_lead)
            elif node.inherited_lead and re.match(r"^[Mm]ỗi\s", text):
                # "đề nghị các chi bộ … như sau:" then "- Mỗi chi bộ đăng ký …": each of the addressees, who lead
                leads = list(node.inherited_lead)
        if node.period and not (raw_time and fold(node.period) in fold(raw_time)):
            # the period heading the item stands under first, then the item's own time (LABELING.md §3: parts joined)
            raw_time = f"{node.period}; {raw_time.strip(' .;')}" if raw_time else node.period
        task = Task(
            no=node.no if node.kind in {"numbered", "lettered"} else None,
            text=text,
            parent_no=parent_no,
            lead=leads,
            coord=coords,
            timeframe=parse_timeframe(raw_time.strip(" .;") if raw_time else None, default_year),
        )
        tasks.append(task)

    def walk(node: Node, parent_no: str | None) -> None:
        items = [c for c in node.children if c.kind in {"numbered", "lettered", "dash"}]
        if (
            not items
            and node.kind in {"numbered", "lettered"}
            and _TOPIC_TITLE.match(node.text.strip())
            and is_short_title(node.text)
        ):
            # "1. Về công tác chi trả", "a) Về trật tự lòng đường, vỉa hè" and then "+" bullets only: the title names a
            # topic, the bullets are its items (as "-" bullets are), not the details of a task
            for child in node.children:
                if child.kind == "plus":
                    child.kind = "dash"
            items = [c for c in node.children if c.kind == "dash"]
        if node.kind == "root":
            for child in node.children:
                walk(child, None)
            return
        if node.fields:
            emit(node, parent_no, whole=True)
            return
        real_items = [c for c in items if not _is_excluded_bullet(c.text) or c.fields]
        if real_items:
            own_no = node.no if node.kind in {"numbered", "lettered"} else parent_no
            for child in node.children:
                if child.kind in {"numbered", "lettered", "dash"} or (
                    child.kind == "star" and child.children
                ):
                    walk(child, own_no)  # a starred topic beside the items heads bullets of its own
            return
        if node.kind in {"plus", "star"} or _is_excluded_bullet(node.text):
            return
        if (
            node.kind in {"numbered", "lettered"}
            and node.details
            and not node.children
            and (_is_topic_title(node.text) or _long_topic_among_topics(node))
        ):
            # "1. Về thẩm định" and then unmarked paragraphs: the title names a topic, each paragraph is a task, and
            # so is each clause of it that hands work to another body after a semicolon
            for detail in _before_signature(node.details):
                for clause in _clauses_of_actors(detail):
                    paragraph = Node("text", None, clause, node.rank, parent=node.parent)
                    paragraph.inherited_lead = node.inherited_lead
                    emit(paragraph, node.no, whole=True)
            return
        if node.details and not node.children and _title_beside_topics(node):
            # "3. Xây dựng mô hình …" and one paragraph, beside "1." and "2." that head numbered sub-items: a title
            # like theirs, its paragraph the task
            for detail in _before_signature(node.details):
                paragraph = Node("text", None, detail, node.rank, parent=node.parent)
                paragraph.inherited_lead = node.inherited_lead
                emit(paragraph, node.no, whole=True)
            return
        if node.details and not node.children and _titles_over_assignments(node):
            # "1. Tuyên truyền, quán triệt" and then paragraphs that each hand work to a body: each sentence that
            # names its actor is a task, the title heads them
            for detail in node.details:
                for sentence in _actor_sentences(detail):
                    paragraph = Node("text", None, sentence, node.rank, parent=node.parent)
                    paragraph.inherited_lead = node.inherited_lead
                    emit(paragraph, node.no, whole=True)
            return
        emit(node, parent_no, whole=True)

    walk(root, None)
    return tasks


def _agency_heading(text: str) -> str | None:
    """The agency a heading of `Tổ chức thực hiện` names ("2. Sở Giáo dục và Đào tạo:", "a) Ủy ban nhân dân các
    xã, phường"), or None when the heading is a topic or a sentence."""
    text = _ANSWERS_FOR.sub("", text.strip().rstrip(":").strip())
    members = _MEMBERS_IN_BRACKETS.match(text)
    if members and _agency_heading(members["name"]) == members["name"]:
        # "2. Các chi hội Luật gia cơ quan tư pháp (Tòa án, Viện kiểm sát, Thi hành án dân sự):" — the body, then
        # which of its kind are meant: the heading names the body; unless the brackets name each member in full,
        # parted by ";" ("Các chi hội trực thuộc (Chi hội Báo …; Chi hội Cơ quan thường trú …)"): they are the bodies
        named = [part.strip() for part in members["members"].split(";")]
        if len(named) > 1 and all(len(part.split()) > 1 and unit_phrase(part) == part for part in named):
            return "; ".join(named)
        return members["name"]
    if SHARED_KIND.match(text) and not text.endswith("."):
        return text  # "Các phòng: Chính sách dân tộc, Tuyên truyền và Địa bàn", each a unit of its own
    agency = unit_phrase(text)
    if agency and agency == text.strip(" .") and not _NOT_SUBJECT.match(text):
        return agency
    words = text.split()
    qualified = bool(agency and re.match(r"(?:có|thuộc|ở|vùng|trên địa bàn)\s", text[len(agency) :].strip()))
    if (
        UNIT_START.match(text)
        and not _NOT_SUBJECT.match(text)
        and (len(words) <= 14 or (qualified and len(words) <= 24))  # "… các xã, phường có đông đồng bào …"
        and not text.endswith(".")
        and not re.search(r"[;:]", text)
    ):
        return text
    if _SHARED_PREFIX_HEADING.match(text) and len(words) <= 16 and not re.search(r"[.;]$|;", text):
        return text  # "Các phòng: Văn hóa - Xã hội, Kinh tế, Hạ tầng và Đô thị": the prefix is shared (units)
    return None


# A body named in a heading, then in brackets the members or places of its kind that are meant ("Các chi hội cơ quan
# (Tòa án, Viện kiểm sát)", "Các trường học (mầm non, tiểu học, THCS)").
_MEMBERS_IN_BRACKETS = re.compile(r"^(?P<name>[^()]{3,90}?)\s*\((?P<members>[^()]{2,120})\)$")


# "Văn phòng Ban có trách nhiệm:", "Công an xã chịu trách nhiệm:" over a body's items: the words after the body say that
# the items are its duties; the body is the name before them.
_ANSWERS_FOR = re.compile(r"\s+(?:có|chịu)\s+trách nhiệm(?:\s+(?:thực hiện|như sau|các nội dung sau))?$")


# A heading that names several bodies of one kind after a shared prefix and a colon ("Các phòng: Tư pháp, Nội vụ",
# "Các trường: Mầm non Hoa Sen, Tiểu học Kim Đồng").
_SHARED_PREFIX_HEADING = re.compile(
    r"^[Cc]ác (?:phòng|sở|ban|trường|trạm|đội|tổ|chi cục|trung tâm|hội|ủy ban|xã|phường|thôn|ấp|khu phố|tổ dân phố)"
    r"\s*:\s*[A-ZĐÀ-Ỹ]"
)


def assigns_per_agency(root: Node) -> bool:
    """Whether every numbered heading with items under it names a body ("1. Công an phường", "2. Các phòng: …"), as
    a directive or a notice assigns its requests per body."""
    headings = [heading for heading in root.children if heading.children]
    return bool(headings) and all(
        _agency_heading(heading.text) and not _PART_WORD.match(fold(heading.text)) for heading in headings
    )


# The words that title a part of a document, never a body ("2. Nội dung", "1. Yêu cầu"), folded.
_PART_WORD = re.compile(
    r"(?:muc dich|yeu cau|noi dung|nhiem vu|giai phap|to chuc|ket qua|tinh hinh|danh gia|chi tieu|muc tieu|"
    r"phan cong|trach nhiem)\b"
)


# Where a body named in a heading is, in brackets after its name: "Ban Tôn giáo các xã, phường (nơi có đông đồng bào
# có đạo)". The body is the name.
_WHERE_IN_BRACKETS = re.compile(r"\s*\((?:nơi|ở|tại|thuộc|có)\s[^()]*\)$")


# A body run in before its duties in the same paragraph, after the verb that hands them over or alone ("Giao Phòng Kinh
# tế: tham mưu …", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: vận động …", "Khoa Khám bệnh: bố trí …"); the duties
# go on in lower case.
_RUN_IN_AGENCY = re.compile(
    r"^(?:(?:Giao|Đề nghị|Yêu cầu)(?:\s+cho)?\s+)?(?P<body>[A-ZĐỦ][^:;.]{2,110}?)\s*:\s+(?=[a-zđà-ỹ])"
)


def _items_follow(paragraphs: list[Paragraph], position: int) -> bool:
    """Whether the first item after `position`, past its field lines, is numbered "1"."""
    after = next((p for p in itertools.islice(paragraphs, position + 1, None) if p.kind != "field"), None)
    return after is not None and after.kind == "numbered" and after.no == "1"


_PAGE_NUMBER_LINE = re.compile(r"\d{1,3}")  # a PDF's page number between a heading and its bullets
_PAGE_NUMBER_AFTER_COLON = re.compile(r":\s+\d{1,3}$")


def agency_lines_as_headings(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """In a part that assigns work per agency, an unmarked line that is only the name of an agency and a colon
    ("Công an xã:", "Trưởng các thôn giáp biên:" — bold, without a number) heads the bullets under it as "2. Sở …:"
    does."""
    out = []
    renumbered = False  # the items under a unit's name in capitals, numbered anew under it
    paragraphs = [
        p for p in paragraphs if not (p.kind == "text" and _PAGE_NUMBER_LINE.fullmatch(p.text.strip()))
    ]
    for position, paragraph in enumerate(paragraphs):
        # (a PDF's page number glued after the heading's colon: "Ban Quản lý cửa khẩu quốc tế Mộc Bài: 2")
        text = _PAGE_NUMBER_AFTER_COLON.sub(":", paragraph.text.strip())
        if renumbered and paragraph.kind == "field":
            out.append(paragraph)  # "(phối hợp: Đội Bảo vệ di tích)" after the name: the partner of its items
            continue
        if renumbered and paragraph.kind == "numbered" and "." not in (paragraph.no or "."):
            out.append(Paragraph("lettered", paragraph.text, paragraph.no))
            continue
        renumbered = False
        following = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
        if (
            paragraph.kind == "text"
            and _is_upper_heading(text, min_letters=4)
            and _items_follow(paragraphs, position)
        ):
            # "PHÒNG HÀNH CHÍNH - TỔNG HỢP" on its line, no number, then "1)", "2)": the unit's name heads the items
            # numbered anew under it, as "a) Văn phòng Sở:" heads its bullets
            body = proper_case(_WHERE_IN_BRACKETS.sub("", text))
            if unit_phrase(body) == body and _agency_heading(body) == body:
                out.append(Paragraph("numbered", body))
                renumbered = True
                continue
        if (
            paragraph.kind == "text"
            and following is not None
            and following.kind in {"dash", "plus"}
            and len(_WHERE_IN_BRACKETS.sub("", text).split()) <= 14
            and not re.search(r"[.;:,]$", text)
        ):
            # "Ban Tiếp công dân đặc khu" (bold, no number, no colon) and then its bullets: the name alone heads them;
            # "Đề nghị Ủy ban Mặt trận Tổ quốc …" asks a body that the issuer does not direct, the body leads
            body = _WHERE_IN_BRACKETS.sub("", _HANDS_OVER.sub("", text, count=1))
            if _is_upper_heading(body, min_letters=4):
                body = proper_case(body)  # "ĐỘI BẢO VỆ DI TÍCH": the name in capitals, written as a name
            if (unit_phrase(body) == body or SHARED_KIND.match(body)) and _agency_heading(body) == body:
                out.append(Paragraph("numbered", body))
                continue
        run_in = _RUN_IN_AGENCY.match(text) if paragraph.kind == "text" else None
        if run_in and _agency_heading(run_in["body"]) == run_in["body"] == unit_phrase(run_in["body"]):
            # "Giao Phòng Kinh tế: tham mưu …; chủ trì đo đạc …" — the body run in before its duties, a paragraph
            # each: the paragraph is the body's task, as a bullet under its heading
            out += [Paragraph("numbered", run_in["body"]), Paragraph("dash", text)]
            continue
        # "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã:": the bodies asked head the bullets
        # after them, as a body named alone does
        body = _HANDS_OVER.sub("", text.rstrip(":").strip(), count=1)
        if paragraph.kind == "text" and text.endswith(":") and len(body.split()) <= 16:
            unit = unit_phrase(body) or ""
            qualified = (  # an office and its qualifier: "Trưởng các thôn giáp biên"
                not unit.startswith(("Các ", "Những "))
                and len(unit.split()) >= 2
                and len(body.split()) - len(unit.split()) <= 3
            )
            if body and (unit == body or qualified) and _agency_heading(unit) == unit:
                out.append(Paragraph("numbered", body))
                continue
        out.append(paragraph)
    return out


def _continues_number(item: Node, heading: Node) -> bool:
    """Whether a numbered item continues its heading's number: the duties of "1. Phòng Tổ chức - Lao động" (bold,
    without a colon) numbered "1.1.", "1.2." under it."""
    return bool(
        item.kind == "numbered" and heading.no and (item.no or "").startswith(heading.no.rstrip(".") + ".")
    )


def _agency_parts(root: Node) -> list[Node]:
    """The headings of a part that assigns its work per agency, in order. A group of agencies ("1. Các phòng thuộc
    Sở") whose items are themselves headings of agencies over bullets ("a) Văn phòng Sở:" over "+" items) gives way
    to them: the agency over the bullets leads them, whatever its marker."""
    parts: list[Node] = []
    for heading in root.children:
        subs = [
            child
            for child in heading.children
            if child.kind in {"numbered", "lettered"} and child.children and _agency_heading(child.text)
        ]
        if subs and all(
            child in subs or child.kind not in {"numbered", "lettered"} for child in heading.children
        ):
            parts.extend(subs)
        else:
            parts.append(heading)
    return parts


def organisation_tasks(root: Node, default_year: int | None) -> list[Task]:
    """Tasks of a plan that assigns its content per agency (a heading per agency, then bullets)."""
    tasks: list[Task] = []
    parts = _agency_parts(root)
    headings = [h for h in parts if h.children]
    for heading in parts:
        agency = _agency_heading(heading.text)
        bullets = [
            c
            for c in heading.children
            if c.kind in {"dash", "plus", "lettered"} or _continues_number(c, heading)
        ]
        if agency and not bullets and heading.details:
            # "3. Công an tỉnh" and then unmarked paragraphs: each paragraph is a task of the agency
            for paragraph in heading.details:
                if _is_upper_heading(paragraph, min_letters=4) or re.match(
                    r"^(?:TM|KT|T/M|K/T|Q)\.?\s", paragraph
                ):
                    break  # the signature block of a text copy ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", the name)
                text = " ".join(paragraph.split())
                if follows_up_and_reports(text):
                    # "Sở Khoa học và Công nghệ theo dõi, đôn đốc …; tổng hợp, báo cáo …" closing the last heading's
                    # paragraphs: reporting (LABELING.md §4), as after bullets
                    continue
                _, coord, raw_time = inline_assignment(text)
                tasks.append(
                    Task(
                        no=None,
                        text=text,
                        parent_no=heading.no,
                        lead=split_units(agency),
                        coord=coord,
                        timeframe=parse_timeframe(raw_time, default_year),
                    )
                )
            continue
        if not agency or not bullets:
            continue
        for bullet in bullets:
            if heading is headings[-1] and bullet is bullets[-1] and not bullet.children:
                # an unmarked paragraph after the last bullet closes the section (it speaks to every agency)
                text = " ".join(bullet.text.split())
            else:
                text = " ".join(_all_text(bullet).split())
            if follows_up_and_reports(text) or _COMPILES_AND_REPORTS.match(fold(text)):
                continue  # the body that follows the document up and reports on it: reporting (LABELING.md §4)
            own, coord, raw_time = inline_assignment(text)
            # a partner named once for the heading's items ("PHÒNG BẢO TỒN - BẢO TÀNG (phối hợp: Đội Bảo vệ di tích)")
            coord += [u for v in heading.fields.get("coord", []) for u in split_units(v) if u not in coord]
            run_in = _RUN_IN_AGENCY.match(text)
            if run_in and _agency_heading(run_in["body"]) == run_in["body"] == unit_phrase(run_in["body"]):
                # "- Ủy ban nhân dân các xã biên giới: chỉ đạo …" under "2. Đề nghị các cơ quan, địa phương": the
                # bullet names its own body before its duties, and that body leads it
                own, agency = [], run_in["body"]
            tasks.append(
                Task(
                    no=bullet.no,
                    text=text,
                    parent_no=heading.no,
                    lead=own if _heads_the_agency(own, agency) else split_units(agency),
                    coord=coord,
                    timeframe=parse_timeframe(raw_time, default_year),
                )
            )
    return tasks


# A bullet that only follows up the document's own execution and reports on it ("Theo dõi, đôn đốc việc thực hiện Chỉ
# thị; tổng hợp, báo cáo Chủ tịch … trước ngày …"), folded: a reporting obligation, not a task. Following up with more
# ("…, tham mưu Ủy ban nhân dân tỉnh sơ kết") stays a task.
# The follow-up may stand alone before the report ("Giao Văn phòng Đảng ủy theo dõi, đôn đốc; các đảng ủy trực thuộc báo
# cáo kết quả …", "Phòng Công tác xã hội theo dõi việc thực hiện các kết luận và báo cáo Giám đốc trước …"): the same.
_FOLLOWS_UP_AND_REPORTS = re.compile(
    r"^theo doi(?:,? (?:va )?don doc)?(?: [^;]*?\bthuc hien\b[^;]*?)?\s*(?:;|,? va)\s*"
    r"(?:[^;]*\s)?bao cao\b[^;]*$"
)
# … and in a part that assigns the work per body, one run of verbs: "+ Theo dõi, tổng hợp, báo cáo Ban Dân vận Tỉnh ủy
# kết quả thực hiện trước ngày …" under the office's heading is its general duty of reporting (LABELING.md §3, "Tổ chức
# thực hiện"); in a letter's list of requests the same words are a request ("3. Sở Nội vụ theo dõi, tổng hợp, báo cáo
# …", congvan-kontum-ubnd), so it is read only among a body's duties.
_COMPILES_AND_REPORTS = re.compile(
    r"^theo doi(?:,? (?:va )?don doc)?,? (?:va )?tong hop,? (?:va )?bao cao\b[^;]*$"
)


def follows_up_and_reports(text: str) -> bool:
    """Whether an item only follows the document up and reports on it, its body named first or not ("- Theo dõi,
    đôn đốc việc thực hiện Chỉ thị; tổng hợp, báo cáo …", "3. Giao Văn phòng theo dõi, đôn đốc; … báo cáo …")."""
    rest = _HANDS_OVER.sub("", text.strip(), count=1)
    unit = unit_phrase(rest) if _SUBJECT_HEAD.match(rest) and not _NOT_SUBJECT.match(rest) else None
    return bool(_FOLLOWS_UP_AND_REPORTS.match(fold(rest[len(unit or "") :].strip())))


def _heads_the_agency(own: list[str], agency: str) -> bool:
    """Whether the actor a bullet names is the head of its heading's own body: "- Chủ tịch Ủy ban nhân dân xã đối
    thoại …" under "1. Ủy ban nhân dân xã" names its own actor (LABELING.md §3); an official of a whole level ("Chủ
    tịch Ủy ban nhân dân cấp xã" under "Ủy ban nhân dân các xã, phường") speaks for the heading's bodies."""
    office = _OFFICE.match(own[0]) if len(own) == 1 else None
    if office is None:
        return False
    body = fold(own[0][office.end() :]).strip()
    return bool(body) and fold(agency).startswith(body)


# A letter's request: the verb that hands over (đề nghị, yêu cầu, giao), the body, and the verb of the action it asks
# for, any verb that opens a task in the genre (LABELING.md, the seeds, domain-rules.md).
# The verbs with which a letter asks a body to act ("đề nghị X tiếp tục …", "Các Tòa án khu vực 3, 6 tiếp tục …").
_REQUEST_VERB = (
    r"(?:tiếp tục|khẩn trương|chủ động|"
    r"triển khai|thực hiện|tổ chức|chỉ đạo|phối hợp|rà soát|xây dựng|quan tâm|nghiêm túc|báo cáo|đăng ký|cử|gửi|"
    r"tăng cường|chấn chỉnh|vận động|tuyên truyền|hướng dẫn|kiểm tra|chuẩn bị|tham mưu|bố trí|cung cấp|hỗ trợ|"
    r"theo dõi|đôn đốc|giải quyết|tiếp nhận|lập|niêm yết|công khai|thông báo|phổ biến|tập huấn|khảo sát|"
    r"tổng hợp|rà soát|ban hành|thăm hỏi|vận hành|duy trì|bảo đảm|đảm bảo)\b"
)
_LETTER_REQUEST = re.compile(
    r"(?:đề nghị|Đề nghị|yêu cầu|Yêu cầu|giao|Giao)(?: cho)?\s+(?P<unit>.+?)\s+(?=" + _REQUEST_VERB + ")"
)


# A closing request made only of words of compliance ("quan tâm, thực hiện đúng thời gian quy định", "nghiêm túc triển
# khai thực hiện", "quan tâm phối hợp thực hiện"), folded.
_ONLY_COMPLIANCE = re.compile(
    r"(?:\s|[,./]|quan tam|nghiem tuc|khan truong|trien khai|thuc hien|phoi hop|dung|thoi gian|thoi han|quy dinh|"
    r"theo|nghiem|"
    r"cac noi dung|noi dung|tren|cong van|van ban|nay|yeu cau)+"
)

# The clause that opens a letter's request sentence before the body that asks: its purpose ("Để bảo đảm …, Sở Y tế
# giao …", "Nhằm …,") or what it carries out ("Thực hiện Công văn số …,", "Căn cứ …,", "Triển khai …,").
_OPENING_CLAUSE = re.compile(
    r"(?<!\S)(?:Để|Nhằm|Thực hiện|Căn cứ|Theo|Triển khai|Tiếp theo|Qua|Trước|Trong)\s[^;]*?,\s+[^;]*$"
)

# A letter's request that only asks for a report, whatever verb makes it: "gửi báo cáo …", "tổng hợp, báo cáo …",
# "xây dựng báo cáo tổng kết … theo Đề cương …", "chuẩn bị và gửi báo cáo …" (folded).
_ONLY_REPORT = re.compile(
    r"(?:theo doi,? )?(?:(?:tong hop|xay dung|chuan bi|lap|hoan thien|hoan thanh|viet)(?:,| va)? )?(?:gui )?"
    r"bao cao\b(?! vien\b(?! truong))|"  # "báo cáo viên" is a propagandist, "báo cáo Viện trưởng" a report
    # "tổng hợp ý kiến, kiến nghị của cử tri, gửi về Văn phòng …", "tổng hợp kết quả, báo cáo …": compiling what was
    # gathered and sending it back to the issuer or up is the report, whatever it is called
    r"tong hop\b[^;.]{0,120}?,? (?:gui ve|bao cao)\b"
)


def asks_only_report(text: str) -> bool:
    """Whether a letter's numbered request, one sentence, only asks for the report ("4/ Báo cáo kết quả rà soát về Sở
    Nội vụ trước ngày …", "c) Tổng hợp, báo cáo kết quả …"): a reporting obligation (LABELING.md §4), as the same
    words in a letter's sentence are. The letter's closing offer of help, run on after the last item ("Trong quá trình
    thực hiện, nếu có vướng mắc, đề nghị liên hệ …"), is no part of it."""
    sentences = re.split(r"(?<=[.!?;])\s+(?=[A-ZĐ])", text.strip())
    asked = [sentence for sentence in sentences if not _CLOSING_CONTACT.match(fold(sentence))]
    return len(asked) == 1 and bool(_ONLY_REPORT.match(fold(asked[0])))


_CLOSING_CONTACT = re.compile(
    r"^(?:trong qua trinh (?:trien khai,? )?thuc hien,? )?neu co (?:kho khan,? )?vuong mac\b"
)


# "Về phần mình, X sẽ …", "Về phía mình, X …": a letter that asks for help states what its issuer will do itself.
# The issuer may name itself by its kind ("Về phía Xí nghiệp, Cung cầu đường … lắp biển …", "Về phần Sở, …").
_OWN_PART = re.compile(
    r"^(?:[Vv]ề phần mình|[Vv]ề phía mình|[Pp]hần mình|[Vv]ề (?:phía|phần) (?:[A-ZĐ][\wà-ỹ]*(?:\s+[a-zà-ỹđ]+){0,3}|đơn vị|"
    r"cơ quan)(?:\s+chúng tôi)?)\s*,\s*(?P<rest>[A-ZĐ].*)$"
)


def _request(sentence: str) -> re.Match[str] | None:
    """The request of a letter's sentence. "… đề nghị Ủy ban nhân dân phường giao Phòng Kinh tế chủ trì …" asks the
    addressee to hand the work on: the request is read from "giao", the unit handed the work does it."""
    match = _LETTER_REQUEST.search(sentence)
    if (
        match
        and re.search(r"\s[Gg]iao(?: cho)?\s+[A-ZĐỦ]", match["unit"])
        and not match[0].startswith(("giao", "Giao"))
    ):
        return _LETTER_REQUEST.search(sentence, match.start() + 1) or match
    return match


def letter_tasks(
    paragraphs: list[str],
    default_year: int | None,
    issuer: str | None = None,
    per_body: bool = False,
    part_of_assignments: bool = False,
) -> list[Task]:
    """The tasks of an official letter (Công văn) with no list: in each paragraph, the sentence that asks a body to
    act. A letter that hands work to several bodies, a paragraph or a sentence each ("… giao Văn phòng …" / "Giao
    Phòng …" / "Đề nghị Ủy ban Mặt trận …"), has a task per sentence that asks (LABELING.md §3). The sentence that
    announces them ("… đề nghị các đơn vị thực hiện một số việc sau:") opens the list and asks nothing itself.
    `per_body`: the paragraphs are a decision's article of execution, which hands the work out a body a sentence ("Giao
    Sở X chủ trì …" / "Các trường học thuộc danh sách có trách nhiệm …"), so two bodies named are enough.
    `part_of_assignments`: the paragraphs are a plan's part that hands out the work ("III. PHÂN CÔNG", "TỔ CHỨC THỰC
    HIỆN"), where the issuer directs its own units without a verb that asks: two bodies named as subjects are enough."""
    tasks = []
    asks = sum(1 for paragraph in paragraphs if letter_task([paragraph], default_year) is not None)
    names = sum(
        1
        for paragraph in paragraphs
        if letter_task([paragraph], default_year, requests_by_name=True) is not None
    )
    by_name = (
        asks >= 2 or (asks >= 1 and names >= (2 if per_body else 3)) or (part_of_assignments and names >= 2)
    )
    for paragraph in paragraphs:
        for sentence in _SENTENCE_BREAK.split(paragraph) if by_name else [paragraph]:
            task = letter_task([sentence], default_year, requests_by_name=by_name, issuer=issuer)
            if task is not None:
                tasks.append(task)
    requests = [task for task in tasks if not task.text.endswith(":")]
    return requests or tasks


# Where a letter's paragraph starts a new sentence (a request of its own: "… trong tháng 12/2026. Giao Phòng …").
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐ])")


# In a letter that asks bodies by name, a paragraph may name the body as its subject without "đề nghị" ("Các Tòa án
# khu vực 3, 6 tiếp tục duy trì …", "Phòng Tuyên truyền … biên soạn tờ rơi …"): the same request.
def _named_subject(sentence: str, issuer: str | None) -> re.Match[str] | None:
    """A sentence whose subject is a body other than the letter's issuer ("Công an phường cử …" in a ward police
    letter is its own part), or that hands the work to a body by name after a connective ("Đồng thời, giao Phòng
    Văn hóa - Xã hội đưa tin …", "Yêu cầu Bộ phận một cửa trả lời …"): the body is read as a name, the action is any
    verb that opens a task (`_PREDICATE`)."""
    if not _ENDS_A_SENTENCE.search(sentence):
        return None  # a line of the letterhead or the title that runs into the body ("UBND phường với Nhân dân …")
    starts = [(len(sentence) - len(sentence.lstrip()), False)]
    starts += [(m.end(), True) for m in _HANDS_OVER_AFTER_CONNECTIVE.finditer(sentence)]
    for start, handed in starts:
        rest = sentence[start:]
        subject = rest[:1].upper() + rest[1:]
        named = _SUBJECT_HEAD.match(subject) or (handed and UNIT_START.match(subject))
        unit = unit_phrase(subject) if named and not _NOT_SUBJECT.match(subject) else None
        if not unit:
            continue
        where = _AT_BODIES.match(subject[len(unit) :])
        bodies = unit_phrase(subject[len(unit) + where.end() :]) if where else None
        if where and bodies:
            # "Yêu cầu bộ phận một cửa tại các Thuế cơ sở trả lời …": the section is named by the bodies it sits in
            unit += subject[len(unit) : len(unit) + where.end()] + bodies
        qualified = _QUALIFIED_ANSWERS.match(subject)
        if qualified and unit_phrase(qualified["unit"]) == qualified["unit"]:
            unit = qualified[
                "unit"
            ]  # the body, not which of them: "… các xã có thôn, bon đạt chuẩn chịu trách nhiệm …"
        elif not _PREDICATE.match(subject[len(unit) :].strip()):
            continue
        if not handed and issuer and fold(issuer).startswith(fold(unit)):
            continue
        return re.compile(rf"(?P<unit>.{{{len(unit)}}})\s*").match(sentence, start)
    return None


_ENDS_A_SENTENCE = re.compile(r"[.;!?]\s*$")
# Which of the bodies named are meant, between the name and the duty ("Ủy ban nhân dân các xã, phường có mô hình trong
# Danh mục có trách nhiệm xây dựng …", "Các trường thuộc diện rà soát chịu trách nhiệm …"): the body is the name.
_QUALIFIED_ANSWERS = re.compile(
    r"^(?P<unit>[^;.:]{3,90}?)\s+(?:có|thuộc|nơi|ở)\s[^;.:]{2,80}?\s+(?=(?:có|chịu)\s+trách nhiệm\s+[a-zà-ỹđ])"
)
# A letter to many bodies singles some out before asking them ("Đối với các phường Thành Sen, Trần Phú, đề nghị …",
# "Đối với Phòng Kinh tế, yêu cầu …"): the bodies or places after "Đối với", the request after the verb that asks.
_FOR_ADDRESSEES = re.compile(
    r"^\s*Đối với\s+(?P<who>(?:các\s+|Các\s+)?[^\s,;.]+[^;.:]{2,150}?),\s+(?:đề nghị|yêu cầu)\s+(?=[a-zà-ỹđ])"
)
_ADMINISTRATIVE_PLACES = re.compile(
    rf"^các\s+(?P<kind>{COMMUNE_LEVELS})\s+(?:[a-zà-ỹđ]+\s+){{0,3}}(?=[A-ZĐ])"
)


def _committees_of(who: str) -> list[str]:
    """The People's Committee of each place a letter singles out ("các xã miền núi Hương Khê, Vũ Quang, Sơn Kim 1" →
    "Ủy ban nhân dân xã Hương Khê", …), the kind of place carried to each name and its qualifier dropped; [] for a
    body."""
    places = _ADMINISTRATIVE_PLACES.match(who)
    if not places:
        return []
    names = [name.strip() for name in re.split(r",\s*|\s+và\s+", who[places.end() :]) if name.strip()]
    if not names or not all(name[:1].isupper() and len(name.split()) <= 4 for name in names):
        return split_units(f"Ủy ban nhân dân {who}")
    return [f"Ủy ban nhân dân {places['kind']} {name}" for name in names]


_AT_BODIES = re.compile(r"\s+tại\s+(?:các\s+)?(?=[A-ZĐ])")


# What opens a sentence that hands work over, after a connective that joins it to the request before ("Đồng thời,
# giao …", "Ngoài ra, đề nghị …", "Bên cạnh đó, yêu cầu …").
# The time of a sentence's work counted from an event, opening it ("Sau Hội nghị 10 ngày, …"): its timeframe.
_AFTER_EVENT = re.compile(r"^\s*(?:Sau|Ngay sau)\s[^,;.]{2,40}(?=,\s+[A-ZĐỦ])")
_HANDS_OVER_AFTER_CONNECTIVE = re.compile(
    r"(?:^|(?<=\s))(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)(?:\s+cho)?\s+(?=[A-ZĐỦa-zđ])|"
    rf"^\s*{_CONNECTIVE}(?=[A-ZĐỦ])|"
    # … or after the time it is done in, counted from an event ("Sau Hội nghị 10 ngày, Văn phòng … ban hành …")
    rf"{_AFTER_EVENT.pattern},\s+(?=[A-ZĐỦ])"
)


def letter_task(
    paragraphs: list[str],
    default_year: int | None,
    requests_by_name: bool = False,
    issuer: str | None = None,
) -> Task | None:
    """The first task of an official letter (Công văn): the sentence that asks a body to act (with
    `requests_by_name`, a letter that asks bodies by name, also a sentence whose subject is a body other than the
    `issuer`)."""
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-ZĐ])", paragraph):
            own = _OWN_PART.match(sentence)
            phrase = unit_phrase(own["rest"]) if own else None
            if own and phrase and _SUBJECT_HEAD.match(own["rest"]):
                # "Về phần mình, Công an phường sẽ phối hợp …": the issuer's own part of the work, a task it leads
                rest = own["rest"][len(phrase) :].strip()
                _, coord, raw_time = inline_assignment(rest[:1].upper() + rest[1:])
                return Task(
                    no=None,
                    text=" ".join(sentence.split()),
                    lead=split_units(phrase),
                    coord=coord,
                    timeframe=parse_timeframe(raw_time, default_year),
                )
            addressed = _FOR_ADDRESSEES.match(sentence)
            if addressed:
                # "Đối với các phường Thành Sen, Trần Phú, đề nghị phối hợp với …": the request of the bodies named
                # first; places of the administrative kinds are asked through their People's Committees
                who = addressed["who"].strip()
                leads = _committees_of(who) or split_units(who)
                request = sentence[addressed.end() :].strip()
                if not _ONLY_REPORT.match(fold(request)) and not _ONLY_COMPLIANCE.fullmatch(fold(request)):
                    _, coord, raw_time = inline_assignment(request[:1].upper() + request[1:])
                    return Task(
                        no=None,
                        text=" ".join(sentence.split()),
                        lead=leads,
                        coord=coord,
                        timeframe=parse_timeframe(raw_time, default_year),
                    )
            match = _request(sentence)
            phrase = unit_phrase(match["unit"]) if match else None
            if phrase is None or match is None or len(phrase.split()) * 2 < len(match["unit"].split()):
                # what stands between "đề nghị" and a verb of `_REQUEST_VERB` is no body ("đề nghị hướng dẫn bố trí
                # …", "Yêu cầu Khoa Dược cấp phát vắc xin … theo số lượng đăng ký"): the body is read as a name
                match = _named_subject(sentence, issuer) if requests_by_name else None
                phrase = match["unit"] if match else None
            if match is None or phrase is None:
                continue
            request = sentence[match.end() :].strip()
            if _ONLY_REPORT.match(fold(request)) and "phoi hop voi" not in fold(request):
                # ("chuẩn bị báo cáo tiến độ …, phối hợp với Ban Quản lý dự án giải trình …" is work with a partner)
                continue  # a request to send a report is a reporting obligation (LABELING.md §4), not a task
            if _ONLY_COMPLIANCE.fullmatch(fold(request)):
                continue  # "đề nghị các đơn vị quan tâm, thực hiện đúng thời gian quy định./.": the closing formula
            # The task is the sentence that asks, from its start (LABELING.md §3): with its purpose ("Để bảo đảm …,
            # Sở Y tế giao …") or the document it carries out ("Thực hiện Công văn số …, Ủy ban nhân dân phường giao …").
            # When lines of the letterhead ran into it, it starts at the clause that opens it.
            opening = _OPENING_CLAUSE.search(sentence[: match.start()])
            text = sentence[opening.start() if opening else 0 :].strip()
            _, coord, raw_time = inline_assignment(request[:1].upper() + request[1:])
            after_event = _AFTER_EVENT.match(sentence)
            if raw_time is None and after_event:
                raw_time = after_event[0].strip()
            return Task(
                no=None,
                text=" ".join(text.split()),
                lead=split_units(phrase),
                coord=coord,
                timeframe=parse_timeframe(raw_time, default_year),
            )
    return None
