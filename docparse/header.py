"""The letterhead and signature of a Nghị định 30/2020 document: type, number, date, place, issuer, title, signer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from docparse.citations import clean_number
from docparse.dates import iso
from docparse.model import DocumentInfo
from docparse.text import fold
from docparse.units import COMMUNE_LEVELS, HEAD_IN_CAPITALS, LEVELS, UNIT_HEAD, locality_of, proper_case

_TYPES = [
    "Kế hoạch",
    "Quyết định",
    "Báo cáo",
    "Hướng dẫn",
    "Chương trình",
    "Thông báo",
    "Nghị quyết",
    "Chỉ thị",
    "Tờ trình",
    "Đề án",
    "Phương án",
    "Quy chế",
    "Quy định",
    "Công văn",
    "Kết luận",
    "Công điện",
    "Giấy mời",
    "Biên bản",
    "Thông tư",
    "Nghị định",
]
_TYPE_CODES = {
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "BC": "Báo cáo",
    "HD": "Hướng dẫn",
    "CTR": "Chương trình",
    "TB": "Thông báo",
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "TTR": "Tờ trình",
    "ĐA": "Đề án",
    "PA": "Phương án",
    "QC": "Quy chế",
    "CĐ": "Công điện",
    "GM": "Giấy mời",
    "BB": "Biên bản",
}
_NATIONAL = re.compile(
    r"CỘNG\s+H\S+\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA(?:\s+VIỆT\s+NAM)?|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|"
    # the Party's name, whose vowels a scan may misread ("ĐĂNG CỘNG SẢN VIỆT NAM")
    r"Đ\w{1,2}NG\s+C\w{1,2}NG\s+S\w{1,2}N\s+VIỆT\s+NAM|^\s*VIỆT\s+NAM\s*$",
    re.IGNORECASE,
)
_NUMBER_LINE = re.compile(r"^\s*Số\s*:?\s*(?P<rest>.*)$")
# Capitals that start a Vietnamese place name ("Trà Ôn", "Ô Môn", "Ea Súp", "Ứng Hòa").
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# A city may be printed with its level: "Thành phố Hồ Chí Minh, ngày …", "TP. Hồ Chí Minh, ngày …" (the place as printed);
# a ward with its old town after a dash: "Xuân Hương - Đà Lạt, ngày …".
_CITY_LEVEL = r"(?:Thành phố|TP\.|Tp\.)"
_DATE_LINE = re.compile(
    rf"(?P<place>(?:{_CITY_LEVEL}\s*)?[{_UPPER}][a-zđà-ỹ]+(?:\s+(?:[-–]\s+)?[{_UPPER}][a-zđà-ỹ]+){{0,4}}(?:\s+\d{{1,2}})?)\s*,\s*ngày\s*(?P<d>\d{{1,2}})?\s*tháng\s*(?P<m>\d{{1,2}})?"
    r"\s*năm\s*(?P<y>\d{4})?"
)
_PREAMBLE = re.compile(
    r"^(?:Căn cứ|Thực hiện|Theo đề nghị|Theo yêu cầu|Theo chỉ đạo|Xét đề nghị|Kính gửi|Nhằm|Để|Trên cơ sở|Triển khai)\b"
    r"|^(?:Ngày|Sáng|Chiều|Tối) (?:ngày )?\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?\s*,"  # "Ngày 20/8/2026, … họp …" (a notice)
)
_AUTHORITY_WORDS = re.compile(
    r"\b(?:TM\.|KT\.|TL\.|TUQ\.|Q\.|GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|BÍ THƯ|CHÁNH|THỦ TRƯỞNG|CHỦ NHIỆM|VIỆN TRƯỞNG|"
    r"PHÓ|TỔNG|HIỆU TRƯỞNG|ỦY VIÊN|UỶ VIÊN)"
)
# The words signing authorities are made of ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/L BAN THƯỜNG VỤ", "PHÓ HIỆU
# TRƯỞNG"). The seal is stamped over these lines, so a scan misreads a letter of them ("GIÁN! ĐỐC", "CHỦ VỊCH",
# "HIỆY! TRƯỞNG", "GIAM DOC"): a word in capitals one letter away from one of them, or without its marks, is read as
# it (`_authority`).
_AUTHORITY_VOCABULARY: dict[str, str] = {
    fold(word): word
    for word in re.findall(
        r"\S+",
        # (not THỦ, which folds as THƯ does; "THỦ TRƯỞNG" printed with its marks is kept as printed)
        "ỦY BAN NHÂN DÂN HỘI ĐỒNG CHỦ TỊCH PHÓ GIÁM ĐỐC TRƯỞNG HIỆU BÍ THƯ CHÁNH VĂN PHÒNG THƯỜNG VỤ TRỰC NHIỆM "
        "VIỆN TỔNG CỤC ĐẢNG KIỂM TRA MẶT TRẬN TỔ QUỐC THANH SỞ CHI ĐOÀN KHOA "
        # a border post's commander ("ĐỒN TRƯỞNG", "CHỈ HUY TRƯỞNG")
        "ĐỒN HUY",
    )
}
# "TM." (thay mặt), "KT." (ký thay), "TL.", "TUQ.", "Q." as printed or as a scan reads them ("T/M", "K.T", "KT,")
_SIGNING_FOR = re.compile(r"(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T|T\.L)[.,:]?")
_CAP = "A-ZĐÂĂÊÔƠƯ\u00c0-\u1ef9"
# "Nguyễn Thị Vân"; a one-letter given name in Central Highlands names ("Y Ngọc"); a syllable joined by an apostrophe
# ("Rơ Châm H’Luyn", "K’Bình", which may stand alone)
_NAME = re.compile(
    # a middle name of one capital letter, as Hmông names have it ("Sùng A Vàng", "Vàng A Dũng"), never last
    rf"^(?:[{_CAP}][a-zđà-ỹ]*)(?:\s+[{_CAP}][a-zđà-ỹ]*[’']\s?[{_CAP}][a-zđà-ỹ]+|\s+[{_CAP}][a-zđà-ỹ]+|\s+[{_CAP}](?=\s)){{1,5}}$"
    # the apostrophe may be followed by a space ("H' Yim Niê", "K’ Brơi")
    rf"|^[{_CAP}][’']\s?[{_CAP}][a-zđà-ỹ]+(?:\s+[{_CAP}][a-zđà-ỹ]+){{0,4}}$"
)
# What the signature block prints before the name: a rank of the police or the army ("Thượng tá", "Đại úy") or a
# degree ("TS.", "PGS.TS.", "BSCKII."). Its words are ones a name never holds: a word in lower case or with a dot.
_RANK = re.compile(r"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)$", re.IGNORECASE)
# The State's titles of honour an artist, a teacher or a doctor prints before the name ("NSƯT Lê Thị Thanh Ngoan",
# "NGƯT Trần Văn A", "TTND …"): letters in capitals, never a word of a name.
_HONOUR = re.compile(r"NSND|NSƯT|NGND|NGƯT|TTND|TTƯT|NNND|NNƯT|AHLĐ|AHLLVT")
_ISSUER_IN_BODY = re.compile(
    r"(?P<unit>(?:Ủy ban|UBND|Sở|Ban|Văn phòng|Phòng|Trung tâm|Chi cục|Đảng ủy|Cục|Bộ|Hội|Thanh tra|Công an)"
    r"[^.;:]{0,70}?)\s+(?:xây dựng|ban hành|triển khai xây dựng|lập)\s+(?:[Kk]ế hoạch|[Cc]hương trình|[Hh]ướng dẫn|[Bb]áo cáo)"
)


# The qualifier a kind takes in its own heading, in the same capitals ("CHƯƠNG TRÌNH CÔNG TÁC", "CHƯƠNG TRÌNH HÀNH
# ĐỘNG", "CHƯƠNG TRÌNH PHỐI HỢP", "QUY CHẾ PHỐI HỢP"): part of the heading, not the start of a title in capitals.
_KIND_QUALIFIER = re.compile(r"^(?:CÔNG TÁC|HÀNH ĐỘNG|PHỐI HỢP)(?=\s|$)\s*")


def _year_range(match: re.Match[str]) -> str:
    """Two years in a row, the second the next ("2027 2028"), are a range that lost its dash."""
    return f"{match[1]} - {match[2]}" if int(match[2]) == int(match[1]) + 1 else match[0]


def _type_heading(line: str) -> tuple[str, str] | None:
    """("Kế hoạch", rest-of-line) when `line` is a type heading in capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH …")."""
    stripped = line.strip()
    for kind in _TYPES:
        upper = kind.upper()
        if stripped.startswith(upper) and not stripped.startswith(upper + ":"):
            rest = stripped[len(upper) :].strip()
            rest = _KIND_QUALIFIER.sub(
                "", rest, count=1
            )  # "CHƯƠNG TRÌNH CÔNG TÁC": the kind, the title follows
            if rest and rest[:1].isalpha() and rest.split()[0].isupper() and len(rest.split()[0]) > 1:
                continue  # "QUYẾT ĐỊNH BAN HÀNH" is fine, but "KẾ HOẠCHX" is not a heading
            return kind, rest
    return None


_KINDS = "|".join(_TYPES)
# The first line of a document copied from a web page: "Công văn số 1234/UBND-NC ngày 10/4/2026 của UBND tỉnh
# Quảng Trị về việc …" — the letterhead is lost and this line says what the document is.
_DESCRIBING_LINE = re.compile(
    rf"^(?P<kind>{_KINDS})\s+(?:số\s+)?(?P<number>\d+[\w/&.-]*[-/][\w/&.-]+)\s+ngày\s+(?P<date>\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|"
    r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s+của\s+(?P<issuer>.+?)\s+(?:về việc|V/v|về)\s+(?P<title>.+?)\.?$",
    re.IGNORECASE,
)


# The fields a document portal prints above its copy ("Số ký hiệu: …", "Ngày ban hành: …", "Loại văn bản: …"): lines of
# the portal, not the letterhead's "Số:" line.
_PORTAL_FIELD = re.compile(
    r"^(?:Số ký hiệu|Số hiệu|Ký hiệu|Ngày ban hành|Ngày ký|Loại văn bản|Cơ quan ban hành|Người ký|Trích yếu|Lĩnh vực|"
    r"Ngày hiệu lực|Ngày đăng)\s*:"
)


# The trích yếu of a Công văn: "V/v …" (scans and some letterheads print "V/V"), "Về việc …".
_ABOUT = re.compile(r"^(?:V/[vV]|Về việc)\b\s*:?\s*")


_SOURCE_TAG = re.compile(r"^\([^()]{2,60}\)\s*[-–—]\s*")


# The lead sentence of a portal's news post that reproduces a document: "Ngày 28/7/2027, Ban Thường trực Ủy ban MTTQ
# Việt Nam tỉnh Đồng Nai ban hành Hướng dẫn số 27/HD-MTTQ-BTT. Nội dung như sau:"; the post's title line above it is the
# document's kind and trích yếu ("Hướng dẫn tổ chức Ngày hội …").
# (a body's name may hold commas: "Trung tâm Văn hóa, Thể thao và Truyền thông xã"; the trích yếu may follow the
# number: "… ban hành Kế hoạch số 19/KH-TTVHTTTT tổ chức … năm 2027. Toàn văn kế hoạch như sau:")
_ISSUED_LINE = re.compile(
    rf"^Ngày\s+(?P<date>\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})\s*,\s*(?P<issuer>[{_UPPER}][^;]*?)\s+(?:đã\s+)?ban hành\s+"
    rf"(?P<kind>{_KINDS})\s+số\s+(?P<number>\d+[\w/&.-]*[-/][\w/&-]+)(?P<about>[^.]*)",
    re.IGNORECASE,
)


def _full_name(issuer: str) -> str:
    """A body's name as `doc.issuer` writes it: its abbreviations expanded ("UBND", "Ủy ban MTTQ")."""
    issuer = re.sub(r"^UBND\b", "Ủy ban nhân dân", issuer.strip())
    issuer = re.sub(r"^(Ủy ban|Uỷ ban) Nhân dân", r"\1 nhân dân", issuer)
    issuer = re.sub(r"\b(?:UBMTTQ|Ủy ban MTTQ|Uỷ ban MTTQ)\b", "Ủy ban Mặt trận Tổ quốc", issuer)
    # a company's legal form ("CÔNG TY TNHH MTV …", read back in lower case from a letterhead in capitals)
    issuer = re.sub(r"\bTNHH\b", "Trách nhiệm hữu hạn", issuer, flags=re.IGNORECASE)
    issuer = re.sub(r"(?<=Trách nhiệm hữu hạn )MTV\b", "một thành viên", issuer, flags=re.IGNORECASE)
    return issuer.replace("Uỷ ban", "Ủy ban")


def _issued_line(lines: list[str], index: int) -> DocumentInfo | None:
    """The header a portal post's lead sentence (`_ISSUED_LINE`) and its title line give."""
    match = _ISSUED_LINE.match(lines[index])
    if not match:
        return None
    info = DocumentInfo()
    kind = match["kind"].lower()
    info.type = next(t for t in _TYPES if t.lower() == kind)
    info.number = clean_number(match["number"].rstrip("."))
    numbers = [int(n) for n in re.findall(r"\d+", match["date"])]
    info.date = iso(numbers[2], numbers[1], numbers[0])
    info.issuer = _with_the_portals_locality(_full_name(match["issuer"]), lines[:index])
    for line in lines[:index]:
        titled = re.match(
            rf"^{re.escape(info.type)}\s+(?:về việc\s+|về\s+)?(?P<title>.+)$", line, re.IGNORECASE
        )
        if titled:
            info.title = titled["title"].strip(" .")
    # the trích yếu the lead sentence gives after the number is the document's own, the headline a portal's, which
    # may shorten it
    # (what follows a comma is the post's words about it: "…, gồm 4 chương 15 điều")
    about = re.sub(r"^\s*(?:về việc|về|V/v)\s+", "", match["about"], flags=re.IGNORECASE).strip(" :")
    if len(about.split()) >= 3 and not match["about"].lstrip().startswith((",", ";")):
        info.title = about[:1].upper() + about[1:]
    located = locality_of(info.issuer)
    info.place = located[1] if located else None
    return info


def _with_the_portals_locality(issuer: str, above: list[str]) -> str:
    """A body a portal's post names by its kind and its level alone ("Trung tâm Văn hóa, Thể thao và Truyền thông
    xã"), as the commune's own portal writes of its commune, is of the locality of that level the portal's banner
    names ("Trang thông tin điện tử xã Mù Cang Chải - tỉnh Lào Cai")."""
    level = re.search(rf"\s({LEVELS})$", issuer)
    if not level:
        return issuer
    for line in above[:3]:
        named = re.search(rf"(?i:\b{level[1]})\s+([{_UPPER}][\wà-ỹ]*(?:\s+[{_UPPER}][\wà-ỹ]*){{0,3}})", line)
        if named and not line.isupper():
            return f"{issuer} {named[1]}"
    return issuer


# The portal's record of the post under its first line: when it was posted, seen, what file it attaches ("Ngày đăng:
# 08/12/2026 | Lượt xem: 341", "Tệp đính kèm: 402-KH-SXD.pdf"), not the document's text.
_PORTAL_RECORD = re.compile(r"^(?:Tệp|File) đính kèm\s*:|^Lượt xem\s*:")


def _after_the_record(lines: list[str], index: int) -> int:
    while index < len(lines) and (_PORTAL_FIELD.match(lines[index]) or _PORTAL_RECORD.match(lines[index])):
        index += 1
    return index


def _describing_line(lines: list[str]) -> tuple[DocumentInfo, int] | None:
    for index, line in enumerate(lines[:12]):  # after a portal's name, menu, breadcrumb and field lines
        if _PORTAL_FIELD.match(line):
            continue
        issued = _issued_line(lines, index)
        if issued:
            return issued, _after_the_record(lines, index + 1)
        if _NATIONAL.search(line) or _NUMBER_LINE.match(line) or _PREAMBLE.match(line):
            break  # a letterhead or a body: no describing line above it
        # a portal's source tag before the line ("(Cổng TTĐT Sở Y tế) - Kế hoạch số …") and a sentence after it
        # ("… năm 2027. Nội dung chính như sau:") are the portal's words
        line = _SOURCE_TAG.sub("", line)
        line = re.split(r"\.\s+(?=[A-ZĐ])", line, maxsplit=1)[0]
        match = _DESCRIBING_LINE.match(line)
        if not match:
            continue
        info = DocumentInfo()
        kind = match["kind"].lower()
        info.type = next(t for t in _TYPES if t.lower() == kind)
        info.number = clean_number(match["number"])
        numbers = [int(n) for n in re.findall(r"\d+", match["date"])]
        info.date = iso(numbers[2], numbers[1], numbers[0])
        info.issuer = _full_name(match["issuer"])
        info.title = match["title"].strip()
        info.place = _place_of(info.issuer)
        return info, _after_the_record(lines, index + 1)
    return None


# The post's signature in one line, the name then the office ("Giàng A Dế - Giám đốc Trung tâm", "Lò Văn Sơn, Chủ
# tịch UBND xã"), as a portal prints a document's signature block when it copies the text.
_SIGNED_LINE = re.compile(
    r"^(?P<name>[^-–,:()]+?)\s*[-–,]\s*(?:Phó\s+|Q\.\s*)?(?:Giám đốc|Chủ tịch|Trưởng|Bí thư|Hiệu trưởng|Chánh|"
    r"Chủ nhiệm|Tổng Giám đốc|Viện trưởng|Chỉ huy trưởng|Thủ trưởng)\b[^.;]*$"
)


def _signed_in_a_line(lines: list[str], info: DocumentInfo) -> None:
    for line in lines[-20:]:
        signed = _SIGNED_LINE.match(line.strip())
        if signed and _NAME.match(signed["name"]):
            info.signer = signed["name"]
            return


def _place_of(issuer: str) -> str | None:
    """The locality a body's name holds: "tỉnh Quảng Trị" → "Quảng Trị"; a Party body is named after its committee's
    province or city: "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh" → "Quảng Ninh"."""
    located = locality_of(issuer)
    party = re.search(
        rf"\b(?:Tỉnh|Thành) (?:ủy|uỷ)\s+([{_UPPER}][\wà-ỹ]*(?:\s+[{_UPPER}][\wà-ỹ]*){{0,3}})", issuer
    )
    return located[1] if located else (party[1] if party else None)


_PORTAL_KIND = re.compile(r"^(?:CỔNG|TRANG)\s+(?:THÔNG TIN ĐIỆN TỬ|TTĐT)\s+")


def _named_by_source(lines: list[str], info: DocumentInfo) -> None:
    """A portal copy's source line ("Nguồn: Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa") names the issuer in full:
    where it is the issuer the copy names with its locality added, it is the issuer, and its locality the place."""
    for line in lines[-6:]:
        source = re.match(r"^Nguồn\s*:\s*(?P<name>[^.;:/]+?)\s*\.?$", line.strip())
        if not (source and info.issuer):
            continue
        name = _full_name(source["name"])
        if fold(name).startswith(fold(info.issuer) + " ") and _place_of(name):
            info.issuer = name
            info.place = info.place or _place_of(name)
    # a body's own portal is headed by its name and province ("SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NINH", after the portal's
    # kind: "CỔNG THÔNG TIN ĐIỆN TỬ SỞ XÂY DỰNG TỈNH TÂY NINH"): with no date line, that province, the issuer's
    # locality, is the place
    banner = _PORTAL_KIND.sub("", lines[0].strip()) if lines else ""
    if info.place is None and info.issuer and banner.isupper():
        folded, issuer = fold(banner), fold(info.issuer)
        after = " ".join(banner.split()[len(info.issuer.split()) :])
        level = re.match(r"^(TỈNH|THÀNH PHỐ)\s+", after)
        rest = after[level.end() if level else 0 :].split()
        if folded.startswith(issuer + " ") and 1 <= len(rest) <= 3:
            info.place = " ".join(word.capitalize() for word in rest)
            if level:  # the issuer with its locality, as the banner names it: "Sở Xây dựng tỉnh Tây Ninh"
                info.issuer = f"{info.issuer} {level[1].lower()} {info.place}"


# A full stop between two sentences ("… đã có chuyển biến tích cực. Tuy nhiên, …"): a line holding one is the body's
# prose, never a title's, which is one noun phrase (a stop after an abbreviation in capitals, "TP. Huế", is none).
_SENTENCES = re.compile(r"[a-zđà-ỹ0-9)]{2}[.;]\s+[A-ZĐÀ-Ỹ]")


# The first words of a body after its title, when the title's last line does not end with a stop: a basis, with the
# bullet some documents give it ("- Căn cứ Quy định số …") and as a scan may read it ("Cần cứ"), or the look back a
# directive or a plan opens with ("Thời gian qua, …", "Trong thời gian vừa qua, …", "Những năm qua, …", "Năm học qua,
# …"). A title is one noun phrase and holds none of them.
_OPENS_THE_BODY = re.compile(
    r"^(?:[-–+•]\s*)?C[aăâằắẳẵặầấẩẫậ]n\s+cứ\b"
    r"|^(?:Trong\s+)?(?:[Tt]hời gian|[Nn]hững năm|[Nn]ăm(?:\s+học)?)\s+(?:vừa\s+)?qua\s*,"
)


_NUMBERED_AREA = re.compile(
    r"(?P<area>\bkhu vực\s+\d+)\s+(?:tỉnh|thành phố)\s+(?P<province>.+)$", re.IGNORECASE
)


def _area_as_written(issuer: str, flowing: str) -> str:
    """A body of a numbered area named after its province with a dash where the document itself writes it so ("Tòa
    án nhân dân khu vực 5 - Hà Nội"); with the province's level otherwise ("… khu vực 2 tỉnh Điện Biên")."""
    area = _NUMBERED_AREA.search(issuer)
    if area is None:
        return issuer
    dashed = f"{area['area']} - {area['province']}"
    if fold(dashed) in fold(flowing).replace(" – ", " - "):
        return issuer[: area.start()] + dashed
    return issuer


def _copy_start(lines: list[str]) -> int:
    """Where a web page's copy of the document starts: its letterhead in capitals above the "Số:" line or the
    Quốc hiệu, when the page's own words before it hold a sentence that could open a body ("Thực hiện nhiệm vụ năm
    2027, Thư viện tỉnh ban hành kế hoạch … Toàn văn kế hoạch như sau:"), after the site's name, menu and
    breadcrumb; 0 for any other document."""
    marked = next(
        (i for i, line in enumerate(lines[:30]) if _NUMBER_LINE.match(line) or _NATIONAL.search(line)), None
    )
    if not marked:
        return 0
    start = marked
    while start > 0 and lines[start - 1].isupper() and not _NATIONAL.search(lines[start - 1]):
        start -= 1
    if start == marked or not any(_PREAMBLE.match(line) for line in lines[:start]):
        return 0
    return start


def parse_header(lines: list[str], flowing: str) -> tuple[DocumentInfo, list[str], int]:
    """Read the letterhead and signature. Returns the metadata, warnings and the index of the first body line."""
    start = _copy_start(lines)
    if start:
        copied, copy_warnings, copy_body = parse_header(lines[start:], flowing)
        return copied, copy_warnings, start + copy_body
    described = _describing_line(lines)
    if described:
        if described[0].signer is None:
            _read_signature(lines, described[0])  # a portal copy may keep the signature block at its end
        if described[0].signer is None:
            _signed_in_a_line(lines, described[0])
        _named_by_source(lines, described[0])
        return described[0], [], described[1]
    info = DocumentInfo()
    warnings: list[str] = []
    heading_at = None
    for index, line in enumerate(lines[:60]):
        if _PREAMBLE.match(line) or re.match(r"^[IVX]+\.\s", line):
            break
        found = _type_heading(line)
        if found:
            heading_at = index
            info.type = found[0]
            title_lines = [found[1]] if found[1] else []
            for following in lines[index + 1 : index + 8]:
                if (
                    (
                        title_lines
                        and (
                            _PREAMBLE.match(following)
                            or _SENTENCES.search(following)
                            or _OPENS_THE_BODY.match(following)
                        )
                    )
                    or re.fullmatch(r"[-–—_=.*\s]+", following)
                    # (a line in capitals is no title's: the issuing authority's, split over lines even at one
                    # word, "THỦ" / "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH …")
                    or (following.isupper() and len(following) > 2)
                    or re.match(r"^[IVX]+\.\s|^\d+\.\s", following)
                    or following.startswith("(")
                ):
                    break
                title_lines.append(following)
                if following.rstrip().endswith((".", ":", ";")):
                    break
            title = " ".join(" ".join(title_lines).split()).strip(" .")
            # "năm học 2027 -" / "2028": the PDF's text drops the dash a range of years wrapped at
            title = re.sub(r"\b(\d{4}) (\d{4})\b", _year_range, title)
            if info.type == "Công văn":
                title = _ABOUT.sub(
                    "", title
                )  # "CÔNG VĂN" / "Về việc …": the trích yếu is what follows "Về việc"
            info.title = title or None
            break
    if heading_at is None:
        limit = next(
            (i for i, line in enumerate(lines[:12]) if _PREAMBLE.match(line) or _ABOUT.match(line)),
            min(len(lines), 12),
        )
        top = lines[:limit]
    else:
        top = lines[:heading_at]
    if heading_at is not None:
        _read_number_and_date(top + lines[heading_at : heading_at + 1], info, warnings)
    else:
        preamble_at = next(
            (i for i, line in enumerate(lines[:15]) if _PREAMBLE.match(line)), min(len(lines), 15)
        )
        _read_number_and_date(lines[:preamble_at], info, warnings)
    _read_letterhead_issuer(top, info)
    if info.issuer:
        info.issuer = _as_the_body_writes(_area_as_written(info.issuer, flowing), flowing)
    if info.issuer and re.search(r"\bTNHH\b", info.issuer, re.IGNORECASE):
        info.issuer = _full_name(info.issuer)
    body_start = heading_at + 1 if heading_at is not None else 0
    if info.issuer is None:
        _issuer_from_body(lines[body_start : body_start + 25], flowing, info)
    if (
        info.issuer
        and not locality_of(info.issuer)
        and not re.search(r"\bkhu vực\b", info.issuer, re.IGNORECASE)
    ):
        located = _locality_for(info.issuer, lines[body_start : body_start + 25], flowing, info.place)
        named = located and re.match(r"^(tỉnh|thành phố)\s+(.+)$", located)
        if named and fold(info.issuer).endswith(" " + fold(named[2])):
            # (a name read from capitals ends with the province in lower case: "… đường sắt lào cai")
            info.issuer = info.issuer[: len(info.issuer) - len(named[2])] + named[2]
            # the board of a province's parks already bears the province's name ("Ban Quản lý các khu công nghiệp
            # Bắc Ninh"); the level stands before it only where the letter names itself so ("Ban Quản lý các khu
            # công nghiệp tỉnh đề nghị …")
            base = info.issuer[: -len(named[2])].rstrip()
            # (the letter writes its name in its own case: "Ban Quản lý Khu kinh tế tỉnh ban hành …")
            itself = re.search(re.escape(base) + r"\s+" + named[1] + r"\b", flowing, re.IGNORECASE)
            if itself:
                info.issuer = f"{itself[0][: -len(named[1])].rstrip()} {located}"
            located = None
        if located:
            dangling = re.search(r"\s(tỉnh|thành phố|huyện|xã|phường)$", info.issuer)
            if dangling and located.startswith(dangling[1] + " "):
                info.issuer = info.issuer[: dangling.start()]  # "BỆNH VIỆN ĐA KHOA TỈNH" + "tỉnh Phú Thọ"
            info.issuer = f"{info.issuer} {located}"
    if info.issuer and info.place and fold(info.issuer).endswith(" " + fold(info.place)):
        # the locality that ends the issuer is the place of the date line, spelled as there: a letterhead in
        # capitals does not say which words of "TRUNG TÂM Y TẾ KHU VỰC BA TRI" are a name
        cut = len(info.issuer) - len(info.place)
        if fold(info.issuer[cut:]) == fold(info.place):
            info.issuer = info.issuer[:cut] + info.place
    # (a commune's name has two syllables at least; a province's may begin a ward's: "tỉnh Điện Biên", "Điện Biên Phủ")
    cut_short = re.search(rf"\b(?:{COMMUNE_LEVELS})\s+(\S+)$", info.issuer or "")
    if info.issuer and info.place and cut_short and fold(info.place).startswith(fold(cut_short[1]) + " "):
        # the letterhead's locality lost the word it wrapped to ("ỦY BAN NHÂN DÂN XÃ PHÚ" / "THIỆN", a scan reading
        # the last line with the stamp's specks): the date line names the same place in full ("Phú Thiện, ngày …")
        info.issuer = info.issuer[: cut_short.start(1)] + info.place
    if info.issuer:
        info.issuer = _kinds_in_sentence_case(info.issuer)
    if info.place is None and info.issuer:
        located_issuer = locality_of(info.issuer)
        if located_issuer:
            info.place = located_issuer[1]
    if info.type is None and info.number:
        code = re.split(r"[-/]", info.number.split("/", 1)[-1])[0].upper()
        info.type = _TYPE_CODES.get(code, "Công văn" if "/" in info.number else None)
    if info.type in (None, "Công văn") and info.title is None:
        vv = next((i for i, line in enumerate(lines[:30]) if _ABOUT.match(line)), None)
        if vv is not None:
            info.type = "Công văn"
            title_lines = [_ABOUT.sub("", lines[vv])]
            # the V/v block ends where "Kính gửi:" starts: every line before it is the trích yếu, even one starting
            # with a capital ("V/v tổ chức kỷ niệm" / "Ngày truyền thống …"); without it, only lower-case lines go on.
            # The right-hand column (national name, motto, date line) read between them does not count.
            column = sum(
                1 for line in lines[vv + 1 : vv + 12] if _DATE_LINE.search(line) or _NATIONAL.search(line)
            )
            addressed = next(
                (
                    i
                    for i in range(vv + 1, min(vv + 6 + column, len(lines)))
                    if re.match(r"^Kính gửi\b", lines[i])
                ),
                None,
            )
            for following in lines[vv + 1 : addressed if addressed is not None else vv + 5]:
                if _DATE_LINE.search(following) or _NATIONAL.search(following):
                    continue  # the right-hand column read between two lines of the V/v
                if (
                    _PREAMBLE.match(following)
                    or _NUMBER_LINE.match(following)
                    or (following.isupper() and len(following) > 3)
                    or (addressed is None and not following[:1].islower())
                ):
                    break
                title_lines.append(following)
            info.title = " ".join(" ".join(title_lines).split()) or None
    _read_signature(lines, info)
    _read_portal_fields(lines, info)
    return info, warnings, body_start


def _as_the_body_writes(issuer: str, flowing: str) -> str:
    """The issuer read from the letterhead's capitals as the body writes it where it names itself ("… Công ty Than
    Mạo Khê - TKV ban hành …"): capitals do not say which words are a name, and a PDF's text loses the dash a name
    wrapped at ("CÔNG TY THAN MẠO KHÊ -" / "TKV"). The body's words are the letterhead's, in the same order, with a
    dash between two of them at most where the letterhead's copy has none; it starts with a capital and is not
    the letterhead's own capitals."""
    words = issuer.split()
    if len(words) < 2:
        return issuer
    for start, end in _written_in_order(words, flowing):
        written = flowing[start:end]
        if (
            written[:1].isupper()
            and not written.isupper()
            and written.count("-") + written.count("–") <= issuer.count("-") + 1
        ):
            return " ".join(written.split())
    return issuer


def _lowered(text: str) -> str:
    """The text in lower case letter by letter, as a pattern that ignores case compares it (the one letter whose
    lower case is two, "İ", as "i"): the indexes stay. (`re` also takes a few letters of other scripts for Latin ones,
    the dotless "ı" for "i", the long "ſ" for "s": Vietnamese documents do not write them.)"""
    return text.replace("İ", "i").lower()


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


_SPACES = re.compile(r"\s+")


def _written_in_order(words: list[str], flowing: str) -> Iterator[tuple[int, int]]:
    """Where the body writes the words in order, whole words, case ignored, white space between two of them and a
    dash at most (`re.finditer` over `(?<!\\w)w1\\s+(?:[-–]\\s+)?w2…(?!\\w)` with IGNORECASE gives the same spans),
    found without a pattern compiled for every letterhead."""
    lowered = _lowered(flowing)
    first, rest = _lowered(words[0]), [_lowered(word) for word in words[1:]]
    start = lowered.find(first)
    while start != -1:
        end = None
        if start == 0 or not _is_word_character(lowered[start - 1]):
            end = _rest_written(lowered, start + len(first), rest)
        if end is not None:
            yield start, end
            start = lowered.find(first, end)
        else:
            start = lowered.find(first, start + 1)


def _rest_written(lowered: str, at: int, rest: list[str]) -> int | None:
    """Where the words `rest` end after `at` (`_written_in_order`): a dash in a gap is tried first, as the pattern's
    greedy option is."""
    if not rest:
        return at if at == len(lowered) or not _is_word_character(lowered[at]) else None
    gap = _SPACES.match(lowered, at)
    if gap is None:
        return None
    after = gap.end()
    if lowered[after : after + 1] in ("-", "–"):
        dashed = _SPACES.match(lowered, after + 1)
        if dashed is not None and lowered.startswith(rest[0], dashed.end()):
            end = _rest_written(lowered, dashed.end() + len(rest[0]), rest[1:])
            if end is not None:
                return end
    if lowered.startswith(rest[0], after):
        return _rest_written(lowered, after + len(rest[0]), rest[1:])
    return None


# The words of a body's kind, which proper_case capitalises as a name's ("Công Ty", "Ngân Hàng", "Chi Nhánh"): the
# genre writes them in sentence case, the name after them with its capital ("Công ty Than Mạo Khê - TKV", "Ngân hàng
# Nông nghiệp và Phát triển nông thôn Việt Nam Chi nhánh tỉnh Lai Châu"), a locality's level in lower case.
_KIND_WORDS = re.compile(
    rf"\b(Tổng Công Ty|Công Ty|Ngân Hàng|Chi Nhánh|Xí Nghiệp|Nhà Máy|Tập Đoàn)\b(?:\s+(?!(?:{LEVELS})\b)(\w+))?"
)


def _kinds_in_sentence_case(issuer: str) -> str:
    def sentence(match: re.Match[str]) -> str:
        kind = match[1][:1] + match[1][1:].lower()
        if match[2] is None:
            return kind + match[0][len(match[1]) :]
        return f"{kind} {match[2][:1].upper()}{match[2][1:]}"

    return re.sub(r"(?i)\bviệt nam\b", "Việt Nam", _KIND_WORDS.sub(sentence, issuer))


def _read_portal_fields(lines: list[str], info: DocumentInfo) -> None:
    """A portal's labelled fields above its copy ("Số ký hiệu: 388/UBND-VP", "Ngày ban hành: 08/03/2027", "Cơ quan
    ban hành: UBND phường X", "Người ký: …") state the header outright: they fill what the copy, which has no
    letterhead, left empty, and name the issuer instead of the portal's banner. Two fields at least, or none is read."""
    fields: dict[str, str] = {}
    for line in lines[:20]:
        if _PORTAL_FIELD.match(line):
            label, value = line.split(":", 1)
            fields.setdefault(fold(label).strip(), " ".join(value.split()).strip(" .;"))
    if len(fields) < 2:
        return
    number = fields.get("so ky hieu") or fields.get("so hieu") or fields.get("ky hieu")
    if info.number is None and number and re.search(r"\d", number):
        info.number = clean_number(number)
    day = re.fullmatch(
        r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", fields.get("ngay ban hanh") or fields.get("ngay ky") or ""
    )
    if info.date is None and day:
        info.date = iso(int(day[3]), int(day[2]), int(day[1]))
    issuer = fields.get("co quan ban hanh")
    if issuer and UNIT_HEAD.match(issuer):
        # a place read from the portal's banner (no date line) goes with the banner
        banner = locality_of(info.issuer) if info.issuer else None
        if banner and info.place == banner[1]:
            info.place = None
        issuer = re.sub(r"^UBND\b", "Ủy ban nhân dân", issuer)
        info.issuer = re.sub(r"^(?:Ủy|Uỷ) ban Nhân dân", "Ủy ban nhân dân", issuer).replace(
            "Uỷ ban", "Ủy ban"
        )
        located = locality_of(info.issuer)
        if info.place is None and located:
            info.place = located[1]
    signer = fields.get("nguoi ky")
    if info.signer is None and signer and re.fullmatch(r"(?:[A-ZĐÀ-Ỹ][\wà-ỹ]*\s?){2,5}", signer):
        info.signer = signer


def _read_number_and_date(lines: list[str], info: DocumentInfo, warnings: list[str]) -> None:
    for index, line in enumerate(lines):
        text = _NATIONAL.sub(" ", line)
        following = lines[index + 1].split() if index + 1 < len(lines) else []
        if following and _DATE_LINE.search(lines[index + 1]) and index + 2 < len(lines):
            # the date column between the two halves of the symbol ("Số: 63/KH-" / "…, ngày …" / "UBND")
            after = lines[index + 2].split()
            if len(after) == 1 and re.fullmatch(r"[A-ZĐ&]{2,}", after[0]):
                following = after
        if (
            re.search(r"\d\s*/\s*[A-ZĐ&]+\s*-\s*$", text)
            and following
            and re.fullmatch(r"[A-ZĐ&]{2,}", following[0])
        ):
            text = text.rstrip() + following[0]  # "Số: 135/KH-" / "UBND": the symbol split over two lines
        elif (
            following
            and len(following) <= 2
            and re.fullmatch(r"[A-ZĐ&]{2,}", following[0])
            and re.search(r"^\s*Số\b.*\d\s*/\s*[A-ZĐ&]+-\s+\S", text)
        ):
            # the two header columns on one line: "Số: 63/KH-      Mường Phăng, ngày …" / "UBND"
            split = re.search(r"\d\s*/\s*[A-ZĐ&]+-(?=\s)", text)
            if split:
                text = text[: split.end()] + following[0] + text[split.end() :]
        number = _NUMBER_LINE.match(text)
        if number and info.number is None:
            rest = number["rest"]
            in_line = _DATE_LINE.search(rest)
            rest = rest[: in_line.start()] if in_line else rest
            symbol = clean_number(" ".join(rest.split()))
            if re.match(r"^\d", symbol):
                info.number = symbol.split()[0]
            elif symbol:
                warnings.append(
                    f"Số văn bản để trống, ký hiệu {symbol.split()[0]} / the document number is blank "
                    f"(symbol {symbol.split()[0]})"
                )
        date = _DATE_LINE.search(text)
        if date and info.place is None:
            words = date["place"].split()
            while words and fold(words[0]) in {"so", "ngay"}:
                words = words[1:]
            info.place = " ".join(words) or None
            above = lines[index - 1].strip() if index else ""
            level = re.search(rf"(?:^|\s)({_CITY_LEVEL})$", above)
            if info.place and date.start() == 0 and level:
                # "Thành phố" / "Hồ Chí Minh, ngày …": the column wrapped, maybe beside the number ("Số: 58/KH-THPT
                # Thành phố")
                info.place = f"{level[1]} {info.place}"
            ward = re.fullmatch(rf"[{_UPPER}][a-zđà-ỹ]+(?:\s+[{_UPPER}][a-zđà-ỹ]+){{0,3}}\s+[-–]", above)
            if info.place and date.start() == 0 and ward:
                # "Xuân Hương -" / "Đà Lạt, ngày …": the place wrapped at its dash
                info.place = f"{ward[0]} {info.place}"
            year = date["y"]
            if not year and not text[date.end() :].strip() and len(following) == 1:
                # "…, ngày 24 tháng 8 năm" / "2027": the date's column wrapped before the year
                year = following[0] if re.fullmatch(r"(?:19|20)\d\d", following[0]) else None
            if date["d"] and date["m"] and year:
                info.date = iso(int(year), int(date["m"]), int(date["d"]))
            else:
                printed = " ".join(text[date.start("d") if date["d"] else date.end("place") :].split())
                warnings.append(
                    f"Ngày ban hành chưa đầy đủ: {printed.strip(', ')} / the document date is incomplete"
                )


_BODY_START = re.compile(
    r"^(?:uy ban|ubnd|hdnd|hoi dong|so|ban|van phong|phong|chi cuc|thanh tra|trung tam|cong an|bo|cuc|tong cuc|vu|"
    r"hoi|doan|mat tran|lien doan|dang uy|dang bo|chi bo|tinh uy|thanh uy|huyen uy|kho bac|ngan hang|bao|dai|"
    r"truong|benh vien|vien|toa an|co quan|don vi|to|bao hiem|cong doan|khoi|tinh|thanh pho|huyen|quan|xa|phuong|"
    r"dac khu|thi xa|thi tran|dang cong san|cong hoa|doc lap|so:|tram|hoc vien|ky tuc xa|khu|ban quan ly|"
    # a house of culture, of children ("NHÀ VĂN HÓA", "NHÀ THIẾU NHI"), but "NHÀ NƯỚC" is the state, the end of a name
    # wrapped ("TRUNG TÂM TRỢ GIÚP PHÁP LÝ" / "NHÀ NƯỚC", "KHO BẠC" / "NHÀ NƯỚC")
    r"nha(?! nuoc)|"
    # the tax bodies since 2025 ("THUẾ TỈNH QUẢNG TRỊ", "THUẾ CƠ SỞ 4"), and the other provincial branches a 2025
    # department names by its field ("THỐNG KÊ TỈNH HÀ TĨNH" under "CỤC THỐNG KÊ", "THI HÀNH ÁN DÂN SỰ TỈNH …" under
    # "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"); a council's standing body ("THƯỜNG TRỰC"); a border post ("ĐỒN BIÊN
    # PHÒNG"); a national park, a port authority ("VƯỜN QUỐC GIA …" under its sở, "CẢNG VỤ HÀNG HẢI …" under its cục)
    r"thue|thong ke (?:tinh|thanh pho)|thi hanh an dan su|thuong truc|don|bch|ban chap hanh|vuon quoc gia|"
    r"cang vu|"
    # a facility, an enterprise or a branch under its parent ("CƠ SỞ CAI NGHIỆN MA TÚY SỐ 2" under its sở, "CẢNG HÀNG
    # KHÔNG …" under "TỔNG CÔNG TY CẢNG HÀNG KHÔNG VIỆT NAM - CTCP", "CHI NHÁNH KHU VỰC 14" under its bank)
    r"co so (?!\d)|cang hang khong|tong cong ty|cong ty|chi nhanh|"
    # a company's works ("XÍ NGHIỆP ĐƯỜNG SẮT …" under "CÔNG TY CỔ PHẦN …")
    r"xi nghiep)\b"
)


# One Vietnamese syllable (onset, vowels, final): a word of a name, not an acronym ("UBND" left of a broken symbol).
_SYLLABLE = re.compile(r"[bcdghklmnpqrstvx]{0,3}[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?")


def _join_wrapped(names: list[str]) -> list[str]:
    """A letterhead name too long for its column goes on over two lines ("TRUNG TÂM KIỂM SOÁT" / "BỆNH TẬT",
    "BAN CHỈ ĐẠO THỰC HIỆN" / "QUY CHẾ DÂN CHỦ Ở CƠ SỞ"): a line that cannot start a body's name (`_BODY_START`, the
    head words of `units`) ends the line above, however long. So does a line of one word ("SỞ NÔNG NGHIỆP VÀ MÔI" /
    "TRƯỜNG", "BỆNH VIỆN TRẺ EM HẢI" / "PHÒNG"): a head word alone names no body (a lone acronym, "UBND" left of a
    broken symbol, is no word of a name)."""
    joined: list[str] = []
    for name in names:
        # ("KHU VỰC 3 - GIA LAI", "KHU VỰC PHỦ LÝ": the area of a regional court, procuracy or centre, never a body)
        # ("PHÒNG 379": a room is named by its field, never by a number alone; the line ends a name wrapped at the
        # second word of a dashed pair, "ĐOÀN KINH TẾ - QUỐC" / "PHÒNG 379")
        starts = not re.match(r"KHU VỰC|PHÒNG \d+$", name) and (
            _BODY_START.match(fold(name)) or HEAD_IN_CAPITALS.match(name)
        )
        if joined and (
            _SYLLABLE.fullmatch(fold(name).strip()) or not starts or joined[-1].endswith((" -", " –"))
        ):
            joined[-1] = f"{joined[-1]} {name}"
        else:
            joined.append(name)
    return [name.rstrip(" -–") for name in joined]


# A mass organisation's national name ("ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM", "HỘI LHPN VIỆT NAM") stands
# in its letterheads in place of the national motto, at the top right, or above the issuing level at the top left:
# never the issuing body, unless nothing else is printed (the central body itself).
_NATIONAL_ORGANISATION = re.compile(
    r"ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH|(?<!XÃ )\bHỘI(?!\s+CHỦ\s+NGHĨA)(?:\s+(?!HỘI\b)[A-ZĐ\u00C0-\u1EF8]+){1,4}?\s+VIỆT\s+NAM\b"
)


# Bodies of the whole nation whose names end with it: banks, groups, corporations ("NGÂN HÀNG … VIỆT NAM", "TẬP ĐOÀN
# CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM"), as a letterhead's left column prints them, not yet at their end.
_NATIONAL_BODY = re.compile(r"^(?:NGÂN HÀNG|TẬP ĐOÀN|TỔNG CÔNG TY)\b(?!.*\bVIỆT NAM$)(?!.*CỘNG HÒA)")


def _read_letterhead_issuer(top: list[str], info: DocumentInfo) -> None:
    # (its "VIỆT NAM" may stand on a line of its own, as the national name's does)
    lines = list(top)
    for at in range(len(lines) - 1, 0, -1):
        if lines[at].strip() == "VIỆT NAM" and _NATIONAL_ORGANISATION.fullmatch(
            f"{lines[at - 1].strip()} VIỆT NAM"
        ):
            lines[at - 1 : at + 1] = [f"{lines[at - 1].strip()} VIỆT NAM"]
        elif (
            lines[at].strip() == "VIỆT NAM"
            or (lines[at].strip() == "NAM" and lines[at - 1].rstrip().endswith(" VIỆT"))
        ) and any(
            _NATIONAL_BODY.match(lines[above].strip())
            and not any(_NATIONAL.search(line) for line in lines[above + 1 : at])
            for above in range(max(0, at - 3), at)
        ):
            # a bank, a group or a corporation of the nation wraps its name's end to a line of its own ("NGÂN HÀNG NÔNG
            # NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN" / "VIỆT NAM"): the line ends the name above, it is no national name's
            lines[at - 1 : at + 1] = [f"{lines[at - 1].strip()} {lines[at].strip()}"]
    names = _letterhead_lines([_NATIONAL_ORGANISATION.sub(" ", line) for line in lines]) or _letterhead_lines(
        top
    )
    if not names:
        return
    # the national name's "VIỆT NAM" line is dropped with it, and the front's name ends with it: "ỦY BAN MẶT TRẬN TỔ
    # QUỐC" / "VIỆT NAM" is "Ủy ban Mặt trận Tổ quốc Việt Nam"
    issuer = _letterhead_name(_join_wrapped(names)[-3:])
    info.issuer = re.sub(r"\bMặt trận Tổ quốc(?! Việt Nam)", "Mặt trận Tổ quốc Việt Nam", issuer)


def _letterhead_lines(top: list[str]) -> list[str]:
    """The lines of the letterhead's left column that name bodies, in capitals."""
    names: list[str] = []
    for at, line in enumerate(top):
        if at and re.search(r"\bSố\b\s*:?\s*\S*[-/]$", top[at - 1].strip()):
            continue  # the rest of a number wrapped at its dash ("Số: 318/KH-" / "SCT"): no word of a name
        text = _NATIONAL.sub(" ", line)
        text = re.split(r"\bSố\b\s*:?", text)[0]
        in_line = _DATE_LINE.search(text)
        text = text[: in_line.start()] if in_line else text
        # (a dash that ends a line joins a name going on below: "VƯỜN QUỐC GIA BIDOUP -" / "NÚI BÀ")
        text = " ".join(text.split()).strip(" _").lstrip(" -–")
        text = text if re.search(r"\w [-–]$", text) else text.rstrip(" -–")
        letters = re.sub(r"[^A-Za-zÀ-ỹĐđ]", "", text)
        if names and re.fullmatch(r"\d{1,2}", text) and names[-1].endswith("KHU VỰC"):
            names[-1] = f"{names[-1]} {text}"  # "TÒA ÁN NHÂN DÂN KHU VỰC" / "5": the area's number, wrapped
            continue
        # (two letters are a word of the name above when they make a syllable: "THỊ XÃ PHÚ" / "MỸ")
        wrapped = bool(names) and _SYLLABLE.fullmatch(fold(text))
        if letters and letters.isupper() and (len(letters) > 2 or wrapped) and not _type_heading(text):
            names.append(text)
    return names


# The boards that advise and serve a Party committee (its ban tham mưu, giúp việc): named after the committee, not after
# a place. A steering committee ("BAN CHỈ ĐẠO …") is not one of them.
_COMMITTEE_BOARD = re.compile(
    r"^(?:BAN (?:DÂN VẬN|TUYÊN GIÁO|TỔ CHỨC|NỘI CHÍNH|XÂY DỰNG ĐẢNG|KIỂM TRA)|(?:ỦY|UỶ) BAN KIỂM TRA|VĂN PHÒNG)\b"
)


def _board_case(head: re.Match[str]) -> str:
    return "Văn phòng" if head[0].startswith("Văn") else "Ủy ban Kiểm tra"


def _party_committee(line: str) -> str | None:
    """The Party committee a letterhead line names, written as in the body: the organisation of a province or city
    ("ĐẢNG BỘ TỈNH HƯNG YÊN") is led by its "Tỉnh ủy Hưng Yên", that of a commune, ward or special zone ("ĐẢNG BỘ XÃ
    A", "ĐẢNG ỦY XÃ A") by its "Đảng ủy xã A"."""
    upper = re.match(r"^ĐẢNG BỘ (TỈNH|THÀNH PHỐ)\s+(.+)$", line)
    if upper:
        name = " ".join(w.capitalize() for w in upper[2].split())
        return f"{'Tỉnh' if upper[1] == 'TỈNH' else 'Thành'} ủy {name}"
    local = re.match(r"^ĐẢNG (?:BỘ|ỦY|UỶ) ((?:XÃ|PHƯỜNG|ĐẶC KHU)\s+.+)$", line)
    return f"Đảng ủy {proper_case(local[1])}" if local else None


# The units a company prints under its own name, each with a name of its own: a branch, a works, a factory, a mine
# ("CÔNG TY CỔ PHẦN ĐƯỜNG SẮT NGHĨA BÌNH" / "XÍ NGHIỆP ĐƯỜNG SẮT QUẢNG NGÃI"): the unit that signs is the issuer, alone.
_UNIT_OF_COMPANY = re.compile(r"(?i)(?:chi nhánh|xí nghiệp|nhà máy|mỏ|trung tâm)\b")


def _letterhead_name(names: list[str]) -> str:
    """The issuer's name from the last lines of the letterhead's left column: the body under its parent."""
    board = re.match(r"^(?:ĐẢNG (?:ỦY|UỶ)\s*[-–]\s*)?BAN GIÁM HIỆU\s+(TRƯỜNG\b.+)$", names[-1])
    if board:
        # a school's board of rectors, alone or with the school's Party committee ("ĐẢNG ỦY - BAN GIÁM HIỆU TRƯỜNG
        # …"), is the school's management: the school issues
        names = [*names[:-1], board[1]]
    if len(names) >= 2 and re.fullmatch(r"(?:BAN )?THƯỜNG TRỰC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH", names[-1]):
        # a council's or a front's standing body, printed under it ("HỘI ĐỒNG NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI" /
        # "THƯỜNG TRỰC"), is named after it in full: "Thường trực Hội đồng nhân dân thành phố Hà Nội"; so is a mass
        # organisation's standing or executive board ("HỘI NÔNG DÂN TỈNH …" / "BAN THƯỜNG VỤ")
        standing = names[-1][:1] + names[-1][1:].lower()
        standing = re.sub(r"^Ban (\w)", lambda m: "Ban " + m[1].upper(), standing)
        return f"{standing} {_letterhead_name(names[:-1])}"
    locality = None
    if len(names) >= 2 and names[-1].startswith(
        ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "ĐẶC KHU", "THỊ")
    ):
        return f"{proper_case(names[-2])} {proper_case(names[-1])}"
    committee = _party_committee(names[-2]) if len(names) >= 2 else None
    if committee and _COMMITTEE_BOARD.match(names[-1]):
        # "ĐẢNG BỘ TỈNH HƯNG YÊN / BAN DÂN VẬN" → "Ban Dân vận Tỉnh ủy Hưng Yên", "ĐẢNG ỦY XÃ A / BAN XÂY DỰNG
        # ĐẢNG" → "Ban Xây dựng Đảng Đảng ủy xã A": a board that advises a Party committee is the committee's
        advisor = re.sub(r"(?i)^(?:văn phòng|(?:ủy|uỷ) ban kiểm tra)", _board_case, proper_case(names[-1]))
        return f"{re.sub(r'(?<=Xây dựng )đảng$', 'Đảng', advisor)} {committee}"
    party = (
        re.match(r"^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẶC KHU)\s*(ỦY|UỶ)\s+(.+)$", names[-2])
        if len(names) >= 2
        else None
    )
    if party and party[1] in ("TỈNH", "THÀNH") and names[-1] == "TRƯỜNG CHÍNH TRỊ":
        # the political school of a province's or a city's Party committee is named after the province or city:
        # "TỈNH ỦY LÂM ĐỒNG / TRƯỜNG CHÍNH TRỊ" → "Trường Chính trị tỉnh Lâm Đồng"
        level = "tỉnh" if party[1] == "TỈNH" else "thành phố"
        return f"Trường Chính trị {level} {' '.join(w.capitalize() for w in party[3].split())}"
    if party and re.match(
        r"^(?:BAN|VĂN PHÒNG|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA|TRƯỜNG CHÍNH TRỊ)\b", names[-1]
    ):
        # "TỈNH ỦY TUYÊN QUANG / BAN DÂN VẬN" → "Ban Dân vận Tỉnh ủy Tuyên Quang"
        body = (
            party[1][:1] + party[1][1:].lower() + " ủy " + " ".join(w.capitalize() for w in party[3].split())
        )
        return f"{proper_case(names[-1])} {body}"
    agency = proper_case(names[-1])
    if len(names) >= 2:
        parent = proper_case(names[-2])
        located = locality_of(parent)
        if located:
            locality = located[0]
    if len(names) >= 2 and agency.lower().startswith("chi nhánh") and parent.lower().startswith("ngân hàng"):
        # a bank's branch is named after its bank: "NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM" / "CHI
        # NHÁNH TỈNH LAI CHÂU" is "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam Chi nhánh tỉnh Lai Châu";
        # the State Bank's branches are named without the nation: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH KHU VỰC
        # 14" is "Ngân hàng Nhà nước Chi nhánh Khu vực 14". A company's branch or works ("CÔNG TY CỔ PHẦN …" / "CHI
        # NHÁNH KHAI THÁC ĐƯỜNG SẮT LÀO CAI") has a name of its own, the line under its parent (below).
        bank = re.sub(r"(?i)^(ngân hàng nhà nước)\s+việt nam$", r"\1", parent)
        return f"{bank} {agency}"
    if len(names) >= 2 and re.match(r"(?i)(?:tổng )?công ty\b", parent) and _UNIT_OF_COMPANY.match(agency):
        return agency
    if (
        len(names) >= 2
        and agency.startswith("Phòng")
        and re.match(r"Công an (?:tỉnh|thành phố)\b", parent, re.I)
    ):
        # a room of a provincial or city police force is named after the force, not after the place alone: "CÔNG AN
        # THÀNH PHỐ HỒ CHÍ MINH" / "PHÒNG CẢNH SÁT GIAO THÔNG" is "Phòng Cảnh sát giao thông Công an Thành phố Hồ Chí Minh"
        return f"{agency} {parent}"
    if (
        len(names) >= 2
        and re.search(r"\bsố\s+\d{1,3}$", agency, re.IGNORECASE)
        and not (locality and parent.startswith("Sở "))
    ):
        # an office known by its number under its parent ("KHO BẠC NHÀ NƯỚC KHU VỰC XIX" / "PHÒNG GIAO DỊCH SỐ 3",
        # "BẢO HIỂM XÃ HỘI TỈNH …" / "ĐỘI KIỂM TRA SỐ 2") is named after it in full: the number alone names nothing;
        # a facility under a department (sở) is the province's, named after the place ("Cơ sở cai nghiện ma túy số 2
        # thành phố Hải Phòng")
        return f"{agency} {parent}"
    if re.search(r"\bkhu vực\b", agency, re.IGNORECASE):
        # a regional court, procuracy or centre is named after its area: a numbered area after its province ("Tòa
        # án nhân dân khu vực 2 tỉnh Điện Biên"; with a dash where the document writes it so, `_area_as_written`), a
        # named one after nothing more ("… khu vực Phủ Lý")
        numbered = re.search(r"\bkhu vực\s+\d+$", agency, re.IGNORECASE)
        if numbered and locality:
            return f"{agency} {locality}"
        return agency
    if not locality or locality_of(agency):
        return agency
    if re.match(r"Ban Quản lý\b.*\bkhu (?:kinh tế|công nghiệp|công nghệ cao)\b", agency, re.IGNORECASE):
        # the board of a province's economic zones, industrial or high-tech parks bears the province's name alone:
        # "Ban Quản lý Khu kinh tế Hải Phòng", "Ban Quản lý các khu công nghiệp Bắc Ninh"
        province = re.sub(r"^(?:tỉnh|thành phố)\s+", "", locality)
        return f"{agency} {province}"
    dangling = re.search(r"\s(tỉnh|thành phố|huyện|xã|phường)$", agency)
    if dangling and locality.startswith(dangling[1] + " "):
        agency = agency[: dangling.start()]  # "BỆNH VIỆN ĐA KHOA TỈNH" under "SỞ Y TẾ TỈNH GIA LAI"
    return f"{agency} {locality}"


def _issuer_from_body(lines: list[str], flowing: str, info: DocumentInfo) -> None:
    text = " ".join(" ".join(lines).split())
    for match in _ISSUER_IN_BODY.finditer(text):
        unit = re.split(r"[;,.]\s*", match["unit"])[-1]
        unit = re.sub(r"\s*\([^)]*\)", "", unit).strip()
        head = UNIT_HEAD.search(unit)
        if not head:
            continue
        unit = unit[head.start() :]
        unit = re.sub(r"^(Ủy ban|Uỷ ban) Nhân dân", r"\1 nhân dân", unit)
        unit = re.sub(r"^UBND\b", "Ủy ban nhân dân", unit)
        info.issuer = unit.replace("Uỷ ban", "Ủy ban")
        return


# The province a body's name is followed by where the body names itself ("… Ban Quản lý tỉnh Bắc Ninh"), and the
# level written before a place's name ("tỉnh Lào Cai"): matched after the name, or before the place, found in the text
# without a pattern compiled per name.
_PROVINCE_AFTER_NAME = re.compile(
    r"\s+((?:tỉnh|thành phố|Thành phố|Tỉnh)\s+[A-ZĐ][\wà-ỹ]*(?:\s+[A-ZĐ][\wà-ỹ]*)*)"
)
_LEVEL_BEFORE_PLACE = re.compile(r"\b(tỉnh|thành phố)\s+", re.IGNORECASE)


def _locality_for(issuer: str, lines: list[str], flowing: str, place: str | None) -> str | None:
    explicit = None
    at = flowing.find(issuer)
    while explicit is None and at != -1:
        explicit = _PROVINCE_AFTER_NAME.match(flowing, at + len(issuer))
        at = flowing.find(issuer, at + 1)
    if explicit:
        return explicit[1][:1].lower() + explicit[1][1:]
    if place:
        lowered_place = _lowered(place)
        level = next(
            (
                match
                for match in _LEVEL_BEFORE_PLACE.finditer(flowing)
                if _lowered(flowing[match.end() : match.end() + len(place)]) == lowered_place
            ),
            None,
        )
        if level:
            return f"{level[1].lower()} {place}"
    located = locality_of(" ".join(lines))
    if located and located[0].startswith(("tỉnh", "thành phố")):
        return located[0]
    return None


def _read_signature(lines: list[str], info: DocumentInfo) -> None:
    start = 0
    for index, line in enumerate(lines):
        if line.rstrip().endswith("./.") or re.match(r"^Nơi nhận\s*:?", line):
            start = index
            break
    else:
        start = max(0, len(lines) - 40)
    _signature_from(lines, start, info)
    if info.signer is None and start and re.match(r"^Nơi nhận\s*:?", lines[start]):
        # text copied from Word: the signature column comes before the "Nơi nhận" column
        _signature_from(lines, max(0, start - 12), info)


def _authority(line: str) -> str | None:
    """The signing authority a line of the signature block holds: the line itself in capitals ("KT. CHỦ TỊCH"), or,
    in a scan, the right-hand column left on the line of a recipient ("Nơi nhận: GIÁN! ĐỐC", "- UBND tỉnh; CHỦ
    VỊCH") with its misread words restored ("GIÁM ĐỐC", "CHỦ TỊCH")."""
    text = line.strip()
    recipient = text.startswith(("-", "~", "+", "•"))  # a line of the "Nơi nhận" list
    if not recipient and text.isupper() and _AUTHORITY_WORDS.search(text):
        return text
    tokens = text.split()
    for cut in range(1 if recipient else 0, len(tokens)):
        left = " ".join(tokens[:cut])
        if cut and not (
            (recipient or re.match(r"^Nơi nhận\b", left)) and re.search(r"[a-zđà-ỹ0-9);:.,]$", left)
        ):
            continue
        restored = _restored_authority(tokens[cut:])
        if restored:
            return restored
    return None


def _restored_authority(tokens: list[str]) -> str | None:
    """The words of an authority line as the genre prints them, or None when they are not one: words in capitals,
    each an authority word or one letter away from one, but one misread beyond that inside a line of four or more."""
    words: list[str] = []
    unknown: list[int] = []
    for token in tokens:
        if _SIGNING_FOR.fullmatch(token):
            words.append(re.sub(r"[./,:]", "", token) + ".")  # "T/M", "TM", "K.T" → "TM.", "KT."
            continue
        core = re.sub(r"\W", "", token)  # "GIÁN!" → "GIÁN", "v'HỦ" → "vHỦ", "3*ỐC" → "3ỐC"
        key = fold(core)
        if not core:
            continue  # a speck or a rule read as punctuation
        if core.isupper() and key in _AUTHORITY_VOCABULARY:
            # a word whose marks the OCR lost gets them back ("CHU TICH" → "CHỦ TỊCH"), one with marks is kept
            words.append(_AUTHORITY_VOCABULARY[key] if core.isascii() else core)
        elif len(key) >= 3 and sum(c.islower() for c in core) <= 1 and (near := _one_letter_from(key)):
            words.append(near)
        elif core.isupper():  # a capital word misread beyond one letter ("T'V" for "ỦY")
            unknown.append(len(words))
            words.append(token)
        else:
            return None
    for position in list(unknown):
        if words[position + 1 : position + 4] == ["BAN", "NHÂN", "DÂN"]:
            words[position] = "ỦY"  # "TM. T'V BAN NHÂN DÂN": the word before "BAN NHÂN DÂN" can only be "ỦY"
            unknown.remove(position)
    # a word misread beyond one letter stands inside the line, never first: "VT." ending "- Lưu: VT. PHÓ CHỦ TỊCH"
    # belongs to the recipients' column
    if not words or len(unknown) > (1 if len(tokens) >= 4 else 0) or 0 in unknown:
        return None
    restored = " ".join(words)
    return restored if _AUTHORITY_WORDS.search(restored) else None


def _one_letter_from(key: str) -> str | None:
    """The authority word whose folded form is `key` or one edit (a letter changed, added or dropped) from it."""
    if key in _AUTHORITY_VOCABULARY:
        return _AUTHORITY_VOCABULARY[key]
    for folded, word in _AUTHORITY_VOCABULARY.items():
        if len(folded) >= 3 and Levenshtein.distance(key, folded, score_cutoff=1) <= 1:
            return word
    return None


def _signature_from(lines: list[str], start: int, info: DocumentInfo) -> None:
    for index in range(start, len(lines)):
        first = _authority(lines[index])
        if first is None:
            continue
        authority = [first]
        block = lines[index + 1 : index + 14]
        for at, following in enumerate(block):
            # a portal copy marks the signature it could not show: "Đã ký: Sùng A Vàng", "(Đã ký) Lê Văn A"
            candidate = re.sub(r"^(?:Đã ký\s*:\s*|\(Đã ký\)\s+)", "", following.strip())
            restored = _authority(candidate)
            if restored:
                authority.append(restored)
                continue
            last_recipient = not (at + 1 < len(block) and block[at + 1].lstrip().startswith(("-", "+", "•")))
            name = _signer_in(candidate, last_recipient)
            if name:
                info.signer = name
                info.authority = " / ".join(authority)
                return
            if candidate and not candidate.startswith(("-", "(")) and len(candidate) > 40:
                break


def _signer_in(line: str, last_recipient: bool) -> str | None:
    """The signer's name a line of the signature block holds: the line itself; the line after a rank or a degree
    ("Thượng tá Lâm Quốc Thịnh", "PGS.TS. Đỗ Thị Hồng Vân", a scan's "T. á Trần Quốc Việt"); or, on the last line of
    the recipients' list when the two columns are read as one line, the name after its last item ("- Lưu: VT.
    Rơ Châm Thuyên")."""
    if line.rstrip().endswith((";", ",")):
        return None  # an item of the recipients' list wrapped to a line of its own ("- UBND các xã A, B," / "C;")
    # a scanner's speck read beside the name ("Hà Văn Sơn .", "' Lê Thị Mai") is no part of it
    name = line.strip(" .,;:'`‘’|~_·•")
    if line.startswith(("-", "+", "•")):
        end = re.search(r"[.;]\s+([^.;]+)$", line)
        if last_recipient and end and _capitalised(end[1]) and _NAME.match(end[1].strip()):
            return end[1].strip()
        return None
    tokens = name.split()
    for cut in (1, 2):
        title, rest = tokens[:cut], " ".join(tokens[cut:])
        unlike_a_name = any("." in word or word[:1].islower() or _HONOUR.fullmatch(word) for word in title)
        named = _capitalised(rest) and _NAME.match(rest)
        if len(tokens) > cut + 1 and (unlike_a_name or _RANK.match(" ".join(title))) and named:
            return rest
    return name if _NAME.match(name) else None


def _capitalised(words: str) -> bool:
    """Every word starts with a capital ("Rơ Châm Thuyên"; not "á Trần", "Đảng ủy")."""
    return all(word[:1].isupper() for word in words.split())
