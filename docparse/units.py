"""Names of agencies and units (cơ quan, đơn vị): recognising them, splitting lists, casing letterheads."""

from __future__ import annotations

import functools
import re

from docparse.text import fold

# The levels of a locality, as a body's name ends with one ("… tỉnh Quảng Ngãi", "Công an phường Tân An"), and the
# commune level of the two-level local government among them: one list for every rule that reads a locality.
LEVELS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|thị trấn"
COMMUNE_LEVELS = "xã|phường|thị trấn|đặc khu"

# Words that open the name of a body or unit (NĐ 150/2025 kinds of agencies, Party and mass organisations).
_HEADS = (
    "Ủy ban|UBND|HĐND|Hội đồng|Sở|Ban|Văn phòng|Phòng|Chi cục|Thanh tra|Trung tâm|Công an|Bộ|Cục|Tổng cục|Vụ|"
    "Hội|Đoàn|Mặt trận|Liên đoàn|Đảng ủy|Đảng uỷ|Chi bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Tỉnh uỷ|Thành uỷ|Kho bạc|"
    "Ngân hàng|Báo|Đài|Trường|Bệnh viện|Thư viện|Lãnh đạo|Giám đốc|Phó Giám đốc|Chủ tịch|Thủ trưởng|Người đứng đầu|"
    "Bộ Chỉ huy|Quân sự|Viện|Tòa án|Viện kiểm sát|Chánh|Cơ quan|Đơn vị|Tổ|Bảo hiểm|Cảnh sát|Công đoàn|"
    "Ủy ban Mặt trận|UBMTTQ|Cổng|Chi đoàn|Chi hội|Ban Chỉ huy|Thôn|Bản|Tổ dân phố|Trưởng|Hiệu trưởng|Hợp tác xã|Đồn|"
    "Đội|Hạt|Trạm|Khoa(?! học)|Tỉnh đoàn|Thành đoàn|Hiệp hội|Công ty|Thuế|Chi cục Thuế|"
    # the armed forces' units, a power company's district branches ("Điện lực Bình Gia") and the post ("Bưu điện tỉnh")
    "Đại đội|Trung đội|Tiểu đoàn|Trung đoàn|Lữ đoàn|Sư đoàn|Hải đội|Điện lực|Bưu điện|"
    # a military unit's infirmary ("Bệnh xá Trung đoàn", "Bệnh xá quân dân y kết hợp của Đoàn")
    "Bệnh xá|"
    # an enterprise's production units, a cooperative alliance and a body's branches ("Phân xưởng Vận hành", "Xí nghiệp
    # Thu gom số 1", "Dây chuyền số 2", "Liên minh Hợp tác xã tỉnh", "Chi nhánh số 1")
    "Phân xưởng|Xí nghiệp|Dây chuyền|Nhà máy|Công trường|Liên minh|Chi nhánh|"
    # a fishermen's union ("Nghiệp đoàn Nghề cá tỉnh", "Nghiệp đoàn nghề cá xã")
    "Nghiệp đoàn|"
    # a court's chambers ("Tòa Dân sự và Tòa Gia đình và người chưa thành niên")
    "Tòa(?! nhà)|"
    # a school's office holders, who answer for a row as a unit does ("Phó Hiệu trưởng phụ trách chuyên môn",
    # "Giáo viên chủ nhiệm", "Kế toán", "Tổng phụ trách Đội")
    "Phó Hiệu trưởng|Giáo viên|Kế toán|Tổng phụ trách|"
    # a school's Pioneer brigade and its classes' detachments, bodies of the school as its Youth Union branch is
    "Liên đội|Chi đội|"
    # a university's or a boarding school's dormitory, which answers for its students' lodging ("Ký túc xá")
    "(?-i:Ký túc xá)|"
    # a fund set up as a body ("Quỹ Hỗ trợ phát triển hợp tác xã", "Quỹ Bảo vệ và phát triển rừng tỉnh")
    r"(?-i:Quỹ(?=\s+[A-ZĐ]))|"
    # a railway's stations and its track and signalling sections ("Ga Phố Lu", "Cung cầu đường Quảng Ngãi")
    r"(?-i:Ga(?=\s+[A-ZĐ])|Cung(?=\s+(?:cầu đường|đường|thông tin)\b))|"
    "[Gg]ià làng|[Nn]gười có uy tín"
)
UNIT_HEAD = re.compile(rf"(?:{_HEADS})(?![\wà-ỹ])")
# The same head words at the start of a letterhead line in capitals ("ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", "CÔNG TY …").
HEAD_IN_CAPITALS = re.compile(rf"^(?:{_HEADS})(?![\wà-ỹ])", re.IGNORECASE)
# A unit at the start of a cell or phrase: a head word, "các/Các + noun", or "phòng/sở + Capitalised name".
UNIT_START = re.compile(
    rf"^(?:(?:{_HEADS})(?![\wà-ỹ])|[Cc]ác\s+\w+|(?:phòng|sở|ban|chi cục|trung tâm|văn phòng)\s+[A-ZĐỦ])"
)
# Collective nouns that continue an enumeration ("Các sở, ban, ngành").
_COLLECTIVE = re.compile(
    r"^(?:ban|ngành|sở|đơn vị|tổ chức|doanh nghiệp|địa phương|đoàn thể|cơ quan|hội|phòng|xã|phường|"
    r"đặc khu|huyện|thị xã|cá nhân|tập thể)\b"
)
_COUNCIL = re.compile(r"^(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân)\b")
# The role a unit plays in a plan, written beside its name: "Văn phòng Đảng ủy xã (cơ quan thường trực Ban Chỉ đạo)",
# "Cơ quan thường trực Hội đồng (Sở Nội vụ)", "Sở Y tế (cơ quan đầu mối)". The body that acts is the unit.
_ROLE = r"(?:là\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị|[Bb]ộ phận)\s+(?:[Tt]hường trực|[Đđ]ầu mối|[Cc]hủ trì|[Tt]ham mưu|[Gg]iúp việc)"
_ROLE_AFTER_UNIT = re.compile(rf"\s*\({_ROLE}[^()]*\)")
_ROLE_BEFORE_UNIT = re.compile(rf"(?<![\wà-ỹ]){_ROLE}[^()]{{0,80}}?\s*\((?P<unit>[^()]+)\)")


def without_roles(text: str) -> str:
    """`text` with the roles written beside its units dropped and a role named before its unit replaced by it."""
    if "(" not in text:
        return text
    text = _ROLE_BEFORE_UNIT.sub(lambda m: m["unit"] if UNIT_START.match(m["unit"]) else m[0], text)
    return _ROLE_AFTER_UNIT.sub("", text)


# Role phrases dropped from unit cells (LABELING.md §3).
_ROLE_PHRASES = [
    re.compile(r"\s*(?:căn cứ|trên cơ sở|theo)\s+chức năng,?\s*nhiệm vụ.*$", re.IGNORECASE),
    re.compile(r"\s+tổng hợp,?\s*theo dõi chung\b", re.IGNORECASE),
    # "Phòng Kế hoạch tổng hợp", "Phòng Hành chính - Tổng hợp", "Khoa Nhi Tổng hợp" are names, not "X tổng hợp" (X
    # compiles): the role is written in lower case; so is the general office of courts and procuracies ("Văn phòng
    # tổng hợp"), a name when nothing stands between the two words
    re.compile(
        r"(?<![Kk]ế hoạch)(?<![Hh]ành chính)(?<!^Văn phòng)(?<!-)\s+(?:tổng hợp|theo dõi chung|theo dõi|hướng dẫn)\s*$"
    ),
    re.compile(
        r"\s+(?:phối hợp thực hiện|phối hợp|chủ trì|thực hiện|triển khai thực hiện|(?<!người\s)tham gia)\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:đề nghị|giao|giao cho)\s+", re.IGNORECASE),
    # a request about the unit's work written after it ("Trưởng Ban Quản lý chợ (đề nghị Ủy ban nhân dân phường phê
    # duyệt)"): a remark, not the name ("(nay là …)" glosses the name and stays)
    re.compile(r"\s*\((?:đề nghị|trình|xin)\s[^()]*\)$"),
    re.compile(r"^\((.*)\)$"),
]
_LOCALITY = ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "ĐẶC KHU", "THỊ TRẤN")
_ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "TP": "thành phố",
    "TP.": "thành phố",
    "THPT": "Trung học phổ thông",
    "THCS": "Trung học cơ sở",
    "TH": "Tiểu học",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "TTYT": "Trung tâm Y tế",
    "BHXH": "Bảo hiểm xã hội",
    # the mass organisations' letterheads ("HỘI CCB XÃ …", "BCH ĐOÀN TỈNH …", "HỘI LHPN …", "ĐOÀN TNCS …") and the
    # centres of vocational and continuing education ("TRUNG TÂM GDNN-GDTX")
    "CCB": "Cựu chiến binh",
    "LHPN": "Liên hiệp Phụ nữ",
    "BCH": "Ban Chấp hành",
    "TNCS": "Thanh niên Cộng sản",
    "GDNN-GDTX": "Giáo dục nghề nghiệp - Giáo dục thường xuyên",
    # a province's labour federation ("LĐLĐ TỈNH …" / "BAN THƯỜNG VỤ")
    "LĐLĐ": "Liên đoàn Lao động",
}
_SCHOOL = re.compile(
    r"^trường ((?:phổ thông dân tộc (?:nội trú|bán trú) )?(?:trung học phổ thông|trung học cơ sở|tiểu học|mầm non|"
    r"mẫu giáo|tiểu học và trung học cơ sở|trung học cơ sở và trung học phổ thông))\b"
)
# Department names whose second word is capitalised by convention.
_SPECIAL_NAMES = {"cong thuong": "Công Thương"}


_ROLE_HINT = re.compile(
    r"(?i)chức năng|tổng hợp|theo dõi|hướng dẫn|phối hợp|chủ trì|thực hiện|tham gia|đề nghị|giao|^\("
)


def _drop_roles(text: str) -> str:
    previous = None
    text = without_roles(text).strip(" ,.;:")
    if not _ROLE_HINT.search(text):
        return text
    while previous != text:
        previous = text
        for pattern in _ROLE_PHRASES:
            text = pattern.sub(lambda m: m[1] if m.groups() else "", text).strip(" ,.;:")
    return text


# "mời đại diện Ủy ban Mặt trận Tổ quốc tỉnh tham gia": a body invited to take part is a participant, not a unit that
# leads or coordinates (LABELING.md §3, participants are not coord).
_INVITED = re.compile(r"^[Mm]ời\s")
# "Ban Pháp chế HĐND tỉnh chủ trì, phối hợp Văn phòng HĐND tỉnh" and "Trạm Quản lý bảo vệ rừng Châu Bình, phối hợp Ủy
# ban nhân dân xã Quỳ Châu": the lead and its partners in one field value.
_LEAD_WITH = re.compile(
    r"^(?P<lead>[^;]+?)(?:\s+chủ trì\s*,?|\s*,)\s*(?:và\s+)?phối hợp(?:\s+(?:với|cùng))?\s+(?P<coord>[^;]+)"
)

# "Hiệu trưởng; kế toán phối hợp": a part of the field that ends in "phối hợp" names a partner of the lead before it;
# "Đoàn Thanh niên trường chủ trì, Tổ Ngữ văn phối hợp": each unit with its role after it.
_PARTNER = re.compile(
    r"^(?:(?P<lead>[^;]+?)\s+chủ trì\s*,\s*)?(?P<coord>(?:(?!chủ trì)[^;])+?)\s+(?:cùng\s+)?phối hợp\s*[.,]?$"
)


def split_assignment(text: str) -> tuple[list[str], list[str]]:
    """The units of a field that says who does an item: those who lead, and those named after "chủ trì, phối hợp
    (với)" in it, who coordinate."""
    leads: list[str] = []
    coords: list[str] = []
    for part in text.split(";"):
        both = _LEAD_WITH.match(part.strip())
        if both:
            leads.extend(split_units(both["lead"]))
            coords.extend(split_units(both["coord"]))
            continue
        partner = _PARTNER.match(part.strip())
        if partner:  # "Người phụ trách: Hiệu trưởng; Công đoàn trường phối hợp."
            leads.extend(split_units(partner["lead"]))
            coords.extend(split_units(partner["coord"]))
        else:
            leads.extend(split_units(part))
    return leads, coords


def split_units(text: str | None) -> list[str]:
    """Split a lead/coordinating cell into units, keeping collective names whole (LABELING.md §3)."""
    if not text:
        return []
    return list(_split_units(text))  # a new list: callers own the lists they put into tasks


# Units of one kind listed after their shared kind: "Các phòng: Chính sách dân tộc, Tuyên truyền và Địa bàn". A ward's
# department since 2025 has a comma in its name ("Các phòng: Văn hóa - Xã hội, Kinh tế, Hạ tầng và Đô thị": two).
SHARED_KIND = re.compile(
    r"^[Cc]ác\s+(phòng|sở|ban|chi cục|đơn vị|trung tâm|xã|phường|thôn|bản|ấp|tổ dân phố|khu phố)\s*:\s*(.+)$"
)


@functools.lru_cache(maxsize=4096)
def _split_units(text: str) -> tuple[str, ...]:
    """`split_units`, remembered: the same cells ("Các phòng, đơn vị thuộc Sở") recur in every row of a plan."""
    text = " ".join(text.replace("\n", " ").split())
    units: list[str] = []
    for part in re.split(r";|\.\s+(?=[A-ZĐỦ])", text):
        part = _drop_roles(part)
        if not part or _INVITED.match(part):
            continue
        shared = SHARED_KIND.match(part)
        if shared:
            noun = shared[1][:1].upper() + shared[1][1:]
            for name in re.split(r",(?!\s*Hạ tầng và Đô thị)", shared[2]):
                name = _drop_roles(name)
                if name:
                    units.append(f"{noun} {name}")
            continue
        areas = _NUMBERED_AREAS.match(part)
        if areas and not re.search(r"khu vực|^(?:Trưởng|Phó|Chủ tịch|Giám đốc)\b", areas["body"]):
            # "Các Tòa án khu vực 3, 6": one unit per numbered area (not "Trưởng khu vực các khu vực 3, 4, 5", the
            # office holders of the areas)
            units.extend(f"{areas['body']} khu vực {n}" for n in re.split(r",\s*|\s+và\s+", areas["numbers"]))
            continue
        numbered = _NUMBERED_UNITS.match(part)
        if (
            numbered
            # without "số" the number names a unit after a name or a bare kind ("Phòng Nghiệp vụ 1, 2", "Đại đội 3, 5");
            # after a common noun it is the scope of one ("Tổ chuyên môn khối 4, 5", the group of two grades)
            and (
                "số" in numbered["numbers"]
                or re.search(r"\s[A-ZĐ]", numbered["body"])
                or len(numbered["body"].split()) <= 2
            )
        ):
            # "Tổ công tác số 1, số 2", "Đội Quản lý thị trường số 3 và số 5": one unit per number, the name shared
            word = " số" if "số" in numbered["numbers"] else ""
            units.extend(f"{numbered['body']}{word} {n}" for n in re.findall(r"\d{1,2}", numbered["numbers"]))
            continue
        named = _NAMED_PLACES.match(part)
        if named and named["qualifier"] == named["qualifier"].lower():
            # "Ủy ban nhân dân các xã Phú Bình, Kha Sơn và Tân Thành": one unit per named commune; the body over the
            # places is the last unit before them ("Sở Nông nghiệp và Môi trường, Hội Nông dân các xã A, B": the Sở is
            # a unit of its own)
            *before, body = _split_part(named["body"]) or [named["body"]]
            units.extend(before)
            units.extend(
                f"{body} {named['kind']} {name}" for name in re.split(r",\s*|\s+và\s+", named["names"])
            )
            continue
        shared_body = _SHARED_BODY.match(part)
        if shared_body and (shared_body["plural"] or shared_body["kind"]):
            units.extend(_one_per_place(shared_body))
            continue
        units.extend(_split_part(part))
    return tuple(u for u in units if re.search(r"\w", u))


def _one_per_place(shared: re.Match[str]) -> list[str]:
    """The body at each place ("Các Trạm Y tế phường A, B, xã C"), the kind of place carried on to the next."""
    kind = shared["kind"]
    units = []
    for place in re.split(r",\s*|\s+và\s+", f"{shared['first']}{shared['rest']}"):
        own_kind = re.match(rf"(?:tại|{_LOCALITY_KINDS})(?=\s)", place)
        if own_kind:
            kind, place = own_kind[0], place[own_kind.end() :].strip()
        units.append(" ".join(w for w in (shared["body"], kind, place) if w))
    return units


_LOCALITY_KINDS = r"(?:xã|phường|thị trấn|đặc khu|tỉnh|huyện|quận|thị xã|thôn|bản|ấp|tổ dân phố|khu phố)"
# A capital letter, with its tone mark too: a place's name may open with one ("Pa Ủ", "Ý Yên", "Ảng Nưa").
_CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha()) + "]"
_PLACE_NAME = rf"{_CAPITAL}[\wà-ỹ]*(?:\s+{_CAPITAL}[\wà-ỹ]*){{0,3}}"
# A body over several named places: "Ủy ban nhân dân các xã Phú Bình, Kha Sơn, Tân Thành".
# The places may be qualified before their names ("Công an các xã biên giới Mường Nhé, Sín Thầu, Nậm Kè"): one unit
# per named place, without the qualifier.
_NAMED_PLACES = re.compile(
    rf"^(?P<body>\S.*?)\s+các\s+(?P<kind>{_LOCALITY_KINDS})(?P<qualifier>(?:\s+[^\s,]+){{0,3}}?)\s+"
    rf"(?P<names>{_PLACE_NAME}(?:(?:,\s*|\s+và\s+){_PLACE_NAME})+)$"
)
# Regional bodies over several numbered areas: "Các Tòa án khu vực 3, 6", "Viện kiểm sát nhân dân khu vực 2 và 5".
_NUMBERED_AREAS = re.compile(
    r"^(?:[Cc]ác\s+)?(?P<body>[A-ZĐ].*?)\s+khu vực\s+(?P<numbers>\d{1,2}(?:(?:,\s*|\s+và\s+)\d{1,2})+)$"
)
# Units of one kind told apart by their number, the number repeated with "số": "Tổ công tác hiện trường số 1, số 2";
# each is one unit, without the plural "các" of the list ("các Đội sản xuất số 3, số 5" → "Đội sản xuất số 3", …);
# the number may stand without "số" ("các Phòng Nghiệp vụ 1, 2").
_NUMBERED_UNITS = re.compile(
    r"^(?:[Cc]ác\s+)?(?P<body>[A-ZĐ][^,;]*?)\s+(?P<numbers>số\s+\d{1,2}(?:(?:,\s*|\s+và\s+)số\s+\d{1,2})+|"
    r"\d{1,2}(?:(?:,\s*|\s+và\s+)\d{1,2})+)$"
)
# Several bodies of one kind named once before their places, with "Các" or a kind of place: "Các Ban Chỉ huy Quân sự
# xã Mộc Sơn, Chiềng Sơn", "các Điện lực Cao Lộc, Văn Lãng", "Các Chi nhánh Trung tâm tại Phong Điền, Phú Lộc", "Hội
# LHPN xã Phù Mỹ, An Lão": one unit per place (the shared-prefix convention). A place's words are capitalised words in
# sentence case, so an acronym ("Trường THCS Kim Đồng, Lê Lợi") stays in the shared name, and a name of a body after
# the comma ("…, Đoàn Thanh niên xã", "…, Hội LHPN") is no place.
_PLACE_WORDS = rf"{_CAPITAL}[a-zà-ỹđ]*(?:\s+{_CAPITAL}[a-zà-ỹđ]*){{0,3}}"
_SHARED_BODY = re.compile(
    rf"^(?P<plural>[Cc]ác\s+)?(?P<body>[A-ZĐ][^,;]*?)\s+(?:(?P<kind>tại|{_LOCALITY_KINDS})\s+)?(?P<first>{_PLACE_WORDS})"
    rf"(?P<rest>(?:(?:,\s*|\s+và\s+)(?:{_LOCALITY_KINDS}\s+)?(?!(?:{_HEADS})(?![\wà-ỹ])){_PLACE_WORDS})+)$"
)
# A bare place after a unit of the same kind of place takes that unit's body: "Ủy ban nhân dân xã Hoa Lư, xã Gia
# Sinh" → "Ủy ban nhân dân xã Gia Sinh"; "Tòa án nhân dân khu vực 2, khu vực 4" → "Tòa án nhân dân khu vực 4".
# A regional body's area repeated bare ("Viện kiểm sát nhân dân khu vực 1, khu vực 3") is named by its number.
_PLACE = rf"(?:{_PLACE_NAME}|\d{{1,2}})"
_BARE_PLACE = re.compile(rf"^(?P<kind>{_LOCALITY_KINDS}|khu vực)\s+{_PLACE}$")
_COMMUNE_LEVEL = re.compile(rf"(?:{COMMUNE_LEVELS})")


# A kind of place alone ("phường", "đặc khu") and a unit that ends with one ("Công an xã"): the kinds after a comma
# list the places of one body ("Công an xã, phường, thị trấn"). The last kind may carry the qualifier that says which
# places are meant ("Công an xã, phường nơi học viên cư trú", "Trạm Y tế xã, phường có người bệnh"): still one body.
_KIND_OF_PLACE = re.compile(rf"^(?:{COMMUNE_LEVELS})(?:\s+(?:nơi|có|thuộc|ven|vùng|giáp)\s+[^\s,]+.*)?$")
_ENDS_WITH_KIND = re.compile(rf"\S\s+(?:{COMMUNE_LEVELS})$")


# A department named by its field, a comma after it: "Phòng Thanh tra,", "Phòng Quản lý hộ kinh doanh,", "Ban Bồi
# thường,". What may follow the comma without being a second field of the name: the verbs of a role, a time, a
# collective or another body, people, a place.
FIELD_BEFORE_COMMA = re.compile(
    r"(?:Phòng|Ban|Khoa|Tổ|Đội|Trung tâm|Văn phòng)\s+[A-ZĐ][\wà-ỹ]*(?:\s+[a-zà-ỹđ][\wà-ỹ]*){0,4},"
)
AFTER_COMMA_NO_FIELD = re.compile(
    r"(?:phối hợp|chủ trì|thực hiện|tham mưu|có|chịu|được|là|theo|căn cứ|trong|tại|trên|đồng thời|kịp thời|"
    r"hoàn thành|xong|thời gian|thời hạn|trước|sau|từ|đến|chậm nhất|hằng|hàng|mỗi|định kỳ|thường xuyên|tháng|quý|năm|"
    r"ngày|các|những|mọi|ban|ngành|sở|đơn vị|tổ chức|doanh nghiệp|địa phương|đoàn thể|cơ quan|hội|phòng|khoa|xã|"
    r"phường|đặc khu|huyện|thị xã|thị trấn|tỉnh|thành phố|tập thể|công chức|cán bộ|viên chức|giáo viên|nhân viên|"
    r"người|và|hoặc|nhất là|đặc biệt|kể cả|gồm)(?![\wà-ỹ])"
)
# A person named with a rank or title ("Đại úy Phan Văn Hòa", "Đồng chí Lò Văn Sơn") and the office held, after a
# comma ("…, Đội trưởng Đội Vận động quần chúng"): one actor, not two.
_PERSON = re.compile(
    r"^(?:Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|Trung úy|Thiếu úy|Đồng chí|Ông|Bà|Bác sĩ)\s+"
    rf"{_CAPITAL}[\wà-ỹ]*(?:\s+{_CAPITAL}[\wà-ỹ]*){{1,4}}$"
)
_OFFICE_HELD = re.compile(
    r"^(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bí thư|Hiệu trưởng|Chính trị viên|(?:Đội|Đồn|Trạm|Chỉ huy)\s+trưởng|"
    r"Trưởng\s+(?:phòng|ban|khoa|trạm|Phòng|Ban|Khoa|Trạm))(?![\wà-ỹ])"
)
# The staff of a school or a small office who answer for an item, each a unit of their own: "Kế toán, Thư ký Hội đồng
# trường", "Văn thư, Thủ quỹ".
_STAFF_ROLE = re.compile(
    r"^(?:Kế toán|Thư ký|Văn thư|Thủ quỹ|Tổng phụ trách|"
    # the heads of a village or a residential group, listed after one another ("Trưởng thôn, tổ trưởng tổ dân phố")
    r"[Tt]ổ trưởng tổ dân phố|[Tt]rưởng (?:thôn|bản|ấp|khu phố))(?![\wà-ỹ])"
)


def _split_part(part: str) -> list[str]:
    pieces = re.split(r"(,\s*|\s+và\s+)", part)
    units: list[str] = []
    for index in range(0, len(pieces), 2):
        piece = _drop_roles(pieces[index])
        separator = pieces[index - 1] if index else ""
        if not piece:
            continue
        bare_place = _BARE_PLACE.match(piece)
        if bare_place and units:
            body = re.match(rf"^(.+?)\s+{bare_place['kind']}\s+{_PLACE}$", units[-1])
            if body is None and _COMMUNE_LEVEL.fullmatch(bare_place["kind"]):
                # "Ủy ban nhân dân phường Lào Cai, xã Phố Lu": wards and communes are one level, the body is the same
                body = re.match(rf"^(.+?)\s+{_COMMUNE_LEVEL.pattern}\s+{_PLACE}$", units[-1])
            if body:
                units.append(f"{body[1]} {piece}")
                continue
        # "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp": a capitalised term after "và các" that is not a
        # kind of body continues an official name
        in_name = "và" in separator and re.match(r"^các\s+[A-ZĐ]", piece) and not UNIT_HEAD.match(piece[4:])
        starts_unit = (
            bool(UNIT_START.match(piece) or _STAFF_ROLE.match(piece))
            and not _COLLECTIVE.match(piece)
            and not in_name
        )
        if (
            units
            and "và" in separator
            and re.match(
                r"^Văn phòng\s+(?:HĐND|Hội đồng nhân dân|Đoàn (?:đại biểu Quốc hội|ĐBQH))", units[-1]
            )
            and _COUNCIL.match(piece)
            and " cấp " not in f" {piece} "
        ):
            units[-1] = f"{units[-1]} và {piece}"  # "Văn phòng HĐND và UBND xã" is one office
            continue
        if units and "," in separator and _OFFICE_HELD.match(piece) and _PERSON.match(units[-1]):
            units[-1] = f"{units[-1]}, {piece}"  # "Đại úy Phan Văn Hòa, Đội trưởng Đội Vận động quần chúng"
            continue
        if (
            units
            and "," in separator
            and piece[:1].islower()
            and FIELD_BEFORE_COMMA.fullmatch(units[-1] + ",")
            and not AFTER_COMMA_NO_FIELD.match(piece)
        ):
            units[-1] = (
                f"{units[-1]}, {piece}"  # "Phòng Quản lý hộ kinh doanh, cá nhân": one department's two fields
            )
            continue
        if units and "," in separator and _KIND_OF_PLACE.match(piece) and _ENDS_WITH_KIND.search(units[-1]):
            units[-1] = (
                f"{units[-1]}, {piece}"  # "Ban Dân vận Đảng ủy xã, phường, đặc khu": one body at each kind
            )
            continue
        if units and not starts_unit:
            previous = units[-1]
            collective = _COLLECTIVE.match(piece)
            joins = (
                not collective
                or re.match(r"^(?:[Cc]ác|[Nn]hững|[Mm]ỗi)\s", previous)
                # "UBND các xã, phường", "Ban Xây dựng Đảng các đảng ủy xã, phường"
                or re.search(r"\b(?:các|những)\s+(?:[\w ]+,\s*)*[\w ]+$", previous)
                or _COLLECTIVE.match(previous)
                or "," not in separator
            )
            if joins:
                units[-1] = previous + ("," if "," in separator else " và") + " " + piece
                continue
        units.append(piece)
    return units


_PROPER_WORDS = re.compile(
    r"\b(trung ương|tỉnh ủy|thành ủy|huyện ủy|quận ủy|đảng ủy|quốc hội|chính phủ|nhân dân)$"
)


def proper_case(upper: str) -> str:
    """Letterhead capitals to normal writing: "SỞ CÔNG THƯƠNG" → "Sở Công Thương", "TỈNH QUẢNG NGÃI" → "tỉnh Quảng Ngãi"."""
    text = _proper_case(upper)
    return (
        _PROPER_WORDS.sub(lambda m: m[1][:1].upper() + m[1][1:], text)
        if not text.startswith("Ủy ban nhân dân")
        else text
    )


def _proper_case(upper: str) -> str:
    words = upper.split()
    if not words:
        return upper
    expanded: list[str] = []
    for word in words:
        expanded.extend(_ABBREVIATIONS.get(word, word).split())
    text = " ".join(expanded)
    for locality in sorted(_LOCALITY, key=len, reverse=True):
        prefix = locality + " "
        if text.upper().startswith(prefix):
            name = text[len(prefix) :]
            return locality.lower() + " " + " ".join(w[:1].upper() + w[1:].lower() for w in name.split())
    lowered = text.lower()
    for kind in ("ủy ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận tổ quốc"):
        if lowered.startswith(kind):
            rest = text[len(kind) :].strip()
            head = {"ủy ban mặt trận tổ quốc": "Ủy ban Mặt trận Tổ quốc"}.get(
                kind, kind[:1].upper() + kind[1:]
            )
            return (head + " " + proper_case(rest)).strip() if rest else head
    school = _SCHOOL.match(lowered)
    if school:  # "TRƯỜNG THPT LONG XUYÊN" → "Trường Trung học phổ thông Long Xuyên"
        level = school[1][:1].upper() + school[1][1:]
        name = " ".join(w[:1].upper() + w[1:] for w in lowered[school.end() :].split())
        return f"Trường {level} {name}".strip()
    special = _SPECIAL_NAMES.get(fold(" ".join(lowered.split()[1:])))
    first, *rest_words = lowered.split()
    if special:
        return first[:1].upper() + first[1:] + " " + special
    out = [first[:1].upper() + first[1:]]
    two_word_head = next((h for h in _TWO_WORD_HEADS if lowered.startswith(h + " ")), None)
    if two_word_head:
        # "TRUNG TÂM Y TẾ THỊ XÃ PHÚ MỸ" → "Trung tâm Y tế thị xã Phú Mỹ": the head word keeps its own case, the
        # name after it starts with a capital, a locality inside it is written as one
        out.append(rest_words.pop(0))
        capitalise = True
        named: list[str] = []
        for word in rest_words:
            numeral = re.fullmatch(r"[ivxl]+", word) and word not in {"xi", "li"}
            named.append(word.upper() if numeral else word[:1].upper() + word[1:] if capitalise else word)
            capitalise = word in {"và", "-", "–"} or word.endswith(",")
        name = " ".join(named)
        located = re.search(rf"\b(?:{LEVELS}) (.+)$", name)
        if located:
            name = name[: located.start(1)] + " ".join(w[:1].upper() + w[1:] for w in located[1].split())
        return " ".join([*out, name]).strip()
    capitalise = True
    for word in rest_words:
        out.append(word[:1].upper() + word[1:] if capitalise else word)
        capitalise = word in {"và", "-", "–"} or word.endswith(",")
    # the locality that ends a body's name is written as one: "THUẾ TỈNH QUẢNG TRỊ" → "Thuế tỉnh Quảng Trị",
    # "CÔNG AN PHƯỜNG TÂN AN" → "Công an phường Tân An" ("xã hội", "liên xã" are no commune)
    located = re.search(
        rf"(?<!\sliên)\s({LEVELS})\s+(?!hội\b)(\S+(?:\s+\S+){{0,3}})$",
        " ".join(out),
        re.IGNORECASE,
    )
    if located and len(out) > 2:
        name = " ".join(w[:1].upper() + w[1:] for w in located[2].split())
        return f"{' '.join(out)[: located.start()]} {located[1].lower()} {name}"
    return " ".join(out)


# Head words of two syllables, whose second syllable is lower case ("Trung tâm", "Bệnh viện").
_TWO_WORD_HEADS = ("trung tâm", "bệnh viện", "chi cục", "kho bạc", "văn phòng")


def locality_of(text: str) -> tuple[str, str] | None:
    """The locality named in `text`: ("tỉnh Quảng Ngãi", "Quảng Ngãi"), or None."""
    match = re.search(
        rf"\b({LEVELS})\s+"
        r"((?:[A-ZĐÂÊÔƠƯÁÀẢÃẠ][\wà-ỹ]*)(?:\s+[A-ZĐÂÊÔƠƯ][\wà-ỹ]*){0,3})",
        text,
    )
    if not match:
        return None
    return f"{match[1]} {match[2]}", match[2]
