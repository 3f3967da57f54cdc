"""Citations of other documents by number/symbol (căn cứ, trích dẫn).

Symbols follow Nghị định 30/2020 and Party rules: state style `3177/QĐ-UBND`, Party style `23-QĐ/TW`, laws and
decrees with the year `59/2023/NĐ-CP`, joint symbols `05-CTrPH/BDVTU-BCSĐ`, letters `6217/SNV-XDCQ&CTTN`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from docparse.dates import DATE, date_from_match
from docparse.model import Citation
from docparse.text import fold

# Document kinds, longest first; the first word of each base kind decides the `type` field.
_KINDS = [
    "Chương trình phối hợp",
    "Chương trình hành động",
    "Chương trình công tác",
    "Quy chế phối hợp",
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Chỉ thị",
    "Kết luận",
    "Kế hoạch",
    "Chương trình",
    "Quy chế",
    "Quy định",
    "Đề án",
    "Công văn",
    "Văn bản",
    "Hướng dẫn",
    "Thông tư",
    "Thông báo",
    "Thông tri",
    "Pháp lệnh",
    "Luật",
    "Báo cáo",
    "Tờ trình",
    "Công điện",
    "Phương án",
    "Điều lệ",
]
_BASE_KIND = {
    "Chương trình phối hợp": "Chương trình",
    "Chương trình hành động": "Chương trình",
    "Chương trình công tác": "Chương trình",
    "Quy chế phối hợp": "Quy chế",
    "Thông tư liên tịch": "Thông tư",
    "Nghị quyết liên tịch": "Nghị quyết",
    "Văn bản": "Công văn",
}
# Type abbreviations of Nghị định 30/2020 Phụ lục III plus the legal-document ones (NĐ, TT, QH).
_CODE_KIND = {
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết",
    "NĐ": "Nghị định",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "KH": "Kế hoạch",
    "CTR": "Chương trình",
    "CTRPH": "Chương trình",
    "QC": "Quy chế",
    "QYĐ": "Quy định",
    "ĐA": "Đề án",
    "HD": "Hướng dẫn",
    "TT": "Thông tư",
    "TTLT": "Thông tư",
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "TTR": "Tờ trình",
    "CĐ": "Công điện",
    "PA": "Phương án",
    "QH": "Luật",
}
_KIND_CODE = {"Chỉ thị": "CT", "Quyết định": "QĐ", "Kế hoạch": "KH", "Nghị quyết": "NQ", "Kết luận": "KL"}

_KIND_RE = "|".join(re.escape(k) for k in _KINDS)
_KIND_AT_START = re.compile(_KIND_RE)
_GROUP = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
_SEP = r"\s?[-–/]\s?"
# 3177/QĐ-UBND, 23-QĐ/TW, 59/2023/NĐ-CP, 07 - CT/TU, 05-CTrPH/BDVTU-BCSĐ, 33/CTTTg, 202/2025/QH15
SYMBOL = re.compile(rf"(?<![\w/])(\d{{1,5}})(?:/((?:19|20)\d{{2}}))?\s?[-–/]\s?({_GROUP}(?:{_SEP}{_GROUP})*)")
# What precedes a symbol: "Quyết định số ", "Nghị định ", "Công Văn số: ", or a bare "số " in a list.
_KIND_BEFORE = re.compile(rf"(?P<kind>{_KIND_RE})(?:\s+(?:số|Số)\s*:?)?\s*$", re.IGNORECASE)
_NUMBER_WORD_BEFORE = re.compile(r"(?<!\w)số\s*:?\s*$")
_BARE_NUMBER = re.compile(r"(?<=số )(\d{1,5})(?![\d/\w]|\s?[-–/]\s?[A-ZĐ])")
# A Party symbol whose hyphen the print lost ("Nghị quyết số 02NQ/ĐU" for 02-NQ/ĐU): the number runs into the kind's
# code; read only after the kind's name and "số", where nothing else can stand.
_JOINED_SYMBOL = re.compile(
    rf"(?<![\w/])\d{{1,5}}(?:{'|'.join(sorted(_CODE_KIND, key=len, reverse=True))})(?:{_SEP}{_GROUP})+",
    re.IGNORECASE,
)


def _mentions(text: str) -> list[tuple[int, int, str | None, str, bool]]:
    """(start, end, printed kind, number, is_bare) for each mention, in document order."""
    found: list[tuple[int, int, str | None, str, bool]] = []
    for match in SYMBOL.finditer(text):
        head = text[max(0, match.start() - 40) : match.start()]
        kind = _KIND_BEFORE.search(head)
        if kind:
            found.append(
                (match.start() - len(head) + kind.start(), match.end(), kind["kind"], match[0], False)
            )
        elif _NUMBER_WORD_BEFORE.search(head) and not re.match(
            r"[^\W\d_]", text[match.end() : match.end() + 1]
        ):
            # (with no kind named, a "code" that runs into a word is that word after a dash, and the number an item's:
            # "Tổ công tác số 1, số 2 - Tiến độ: …")
            found.append((match.start(), match.end(), None, match[0], False))
    for match in _JOINED_SYMBOL.finditer(text):
        head = text[max(0, match.start() - 40) : match.start()]
        kind = _KIND_BEFORE.search(head)
        if kind and re.search(r"số\s*:?\s*$", head, re.IGNORECASE):
            found.append(
                (match.start() - len(head) + kind.start(), match.end(), kind["kind"], match[0], False)
            )
    for match in _BARE_NUMBER.finditer(text):
        head = text[max(0, match.start() - 40) : match.start()]
        kind = _KIND_BEFORE.search(head)
        if kind:
            found.append(
                (match.start() - len(head) + kind.start(), match.end(), kind["kind"], match[0], True)
            )
    return sorted(found)


_LIST_HEAD_ANY = re.compile(
    rf"(?:các\s+)?(?P<kind>{_KIND_RE})\s+(?:của\s+(?P<issuer>[^:;.]{{3,60}}?))?:\s", re.IGNORECASE
)
_AFTER_DATE = re.compile(r"^\s*,?\s*(?:ban hành\s+)?(?:ngày\s+)?")
_APPROVED_BY = re.compile(
    r"(?:được|do)\s+(?P<issuer>[A-ZĐỦ][^,;.]{2,50}?)\s+(?:phê duyệt|ban hành|ký)\s+(?:theo|tại)\b"
)
_PROPOSED_BY = re.compile(r"(?:của|đề nghị của)\s+(?P<issuer>[A-ZĐỦ][^,;.]{2,50}?)\s+(?:tại|theo)\s*$")
# Lowercase words that may appear inside the name of an issuing body.
_NAME_WORDS = {
    "nhân",
    "dân",
    "thành",
    "phố",
    "tỉnh",
    "xã",
    "phường",
    "huyện",
    "quận",
    "thị",
    "trấn",
    "đặc",
    "khu",
    "khóa",
    "khoá",
    "hành",
    "ương",
    "vụ",
    "trị",
    "phủ",
    "ủy",
    "uỷ",
    "ban",
    "chính",
    "đảng",
    "cấp",
    "sự",
    "cán",
    "đoàn",
    "hội",
    "quốc",
    "tổ",
    "mặt",
    "trận",
    "và",
    "(cũ)",
    "(mới)",
    "bí",
    "thư",
    "thường",
    "trực",
    "tướng",
    "nội",
    "tư",
    "pháp",
    "tài",
    "công",
    "thương",
    "vận",
    "chỉ",
    "đạo",
    "giáo",
    "nước",
}
# A verb showing that the words after a comma start a new clause ("…, Sở Tư pháp ban hành kế hoạch").
_NEW_CLAUSE = re.compile(r"\s(?:ban hành|xây dựng|triển khai|thực hiện|tổ chức|lập|đề nghị|yêu cầu|giao)\b")
_OF_OR_BETWEEN = re.compile(r"\s*,?\s*(của|giữa)\s+")
_TOKEN = re.compile(r"\S+")
_CLAUSE_END = re.compile(r"[,;.]")
_TRAILING_LINK_WORDS = re.compile(r"(?:\s+(?:và|của|các))+$")
# Word pairs that end the name of an issuing body even when capitalised ("Chính phủ Quy định chi tiết …").
_STOP_PAIRS = {
    "quy dinh",
    "quy che",
    "ve viec",
    "ban hanh",
    "huong dan",
    "trien khai",
    "thuc hien",
    "phe duyet",
}


def number_key(number: str) -> str:
    """Matching key of a symbol: case-folded, without spaces, hyphens or dashes (`33/CTTTg` = `33/CT-TTg`)."""
    return re.sub(r"[\s\-–—]", "", fold(number))


def clean_number(number: str) -> str:
    """The symbol as printed with the spacing and dash normalisation of LABELING.md §1."""
    number = number.replace("–", "-").replace("—", "-")
    return re.sub(r"\s*([-/])\s*", r"\1", number).strip()


def kind_from_symbol(symbol: str) -> str | None:
    """Infer the document kind from its symbol (`QĐ` → Quyết định); None when it has no type code."""
    groups = [g for g in re.split(r"[-/]", clean_number(symbol)) if g and not g.isdigit()]
    for group in groups[:2]:
        code = group.upper()
        if code in _CODE_KIND:
            return _CODE_KIND[code]
        year_code = re.match(r"([A-ZĐ]+)\d+$", code)
        if year_code and year_code[1] in _CODE_KIND:
            return _CODE_KIND[year_code[1]]
    if re.match(r"\d+/[A-ZĐ]", clean_number(symbol)):
        return "Công văn"
    return None


_KIND_BY_KEY = {fold(kind): _BASE_KIND.get(kind, kind) for kind in _KINDS}


def _canonical_kind(printed: str) -> str:
    return _KIND_BY_KEY.get(fold(printed), printed)


def _tokens_with_next(text: str, pos: int) -> Iterator[tuple[re.Match[str], str]]:
    """The words of `text` from `pos` on, each with the word after it ("" for the last), read lazily."""
    previous = None
    for token in _TOKEN.finditer(text, pos):
        if previous is not None:
            yield previous, token[0]
        previous = token
    if previous is not None:
        yield previous, ""


def _issuer_after(text: str) -> tuple[str | None, int]:
    """Read `của X` / `giữa X và Y` at the start of `text`; return the issuer and the characters consumed."""
    match = _OF_OR_BETWEEN.match(text)
    if not match:
        return None, 0
    between = match[1] == "giữa"
    pos = match.end()
    end = pos
    count = 0
    for index, (token, next_word) in enumerate(_tokens_with_next(text, pos)):
        word = token[0]
        bare = word.rstrip(",;:.")
        if not bare:
            break
        lowered = bare.lower()
        if fold(f"{bare} {next_word}".rstrip(",;:.")) in _STOP_PAIRS:
            break
        if lowered == "và" and not between:
            following = text[token.end() :].lstrip()
            if not following[:1].isupper() or _KIND_AT_START.match(following):
                break
        if not (bare[:1].isupper() or lowered in _NAME_WORDS or bare in {"(cũ)", "(mới)"}):
            break
        if count and lowered == "phủ" and fold(text[pos : token.start()].split()[-1]) == "phu":
            break  # a doubled word is a typo, not part of the name
        end = token.start() + len(bare)
        count = index + 1
        if word != bare and word[len(bare) :][:1] in ";:.":
            break
        if word.endswith(","):
            following = text[token.end() :].lstrip()
            clause = _CLAUSE_END.split(following, maxsplit=1)[0]
            if not following[:1].isupper() or _KIND_AT_START.match(following) or _NEW_CLAUSE.search(clause):
                break
        if count >= 24:
            break
    issuer = _TRAILING_LINK_WORDS.sub("", text[pos:end].strip())
    return (" ".join(issuer.split()) or None), end


def extract_citations(text: str) -> tuple[list[Citation], list[str]]:
    """All citations with a number in `text` (flowing text, line breaks as spaces), each document once.

    Returns the citations in order of first mention and warnings about malformed symbols.
    """
    found: dict[str, Citation] = {}
    warnings: list[str] = []
    for start, end, printed_kind, printed_number, bare in _mentions(text):
        number = printed_number if bare else clean_number(printed_number)
        if not bare and not re.search(r"[A-Za-zĐđ]", number):
            continue
        rest = text[end : end + 320]
        head = text[max(0, start - 600) : start]
        kind: str | None
        list_issuer: str | None = None
        if printed_kind:
            kind = _canonical_kind(printed_kind)
        else:
            heads = list(_LIST_HEAD_ANY.finditer(head))
            between = head[heads[-1].end() :] if heads else ""
            if heads and not re.search(rf"\.\s|(?:{_KIND_RE})\s+số", between, re.IGNORECASE):
                kind = _canonical_kind(heads[-1]["kind"])
                list_issuer = heads[-1]["issuer"]
            else:
                kind = kind_from_symbol(number)
        date = None
        consumed = 0
        after = _AFTER_DATE.match(rest)
        if after:
            date_match = DATE.match(rest, after.end()) or DATE.match(rest, after.end() - len("ngày "))
            if date_match and date_match.start() - after.end() <= 0 and date_match.start() < 12:
                date = date_from_match(date_match)
                consumed = date_match.end()
        issuer, used = _issuer_after(rest[consumed:])
        consumed += used
        if issuer is None:
            issuer = list_issuer.strip() if list_issuer else None
        if issuer is None:
            sentence = re.split(r"\.\s", head)[-1]
            proposed = _PROPOSED_BY.search(sentence)
            approved = list(_APPROVED_BY.finditer(sentence))
            if proposed:
                issuer = proposed["issuer"]
            elif approved:
                issuer = approved[-1]["issuer"]
        raw = " ".join(text[start : end + consumed].split()).rstrip(" ,;")
        key = number_key(number)
        if key in found:
            known = found[key]
            known.date = known.date or date
            known.issuer = known.issuer or issuer
            continue
        found[key] = Citation(type=kind, number=number, date=date, issuer=issuer, raw=raw)
        code = _KIND_CODE.get(kind or "")
        first_group = re.split(r"[-/]", number.split("/", 1)[-1] if "/" in number else number)[0]
        if (
            code
            and "/" in number
            and first_group.startswith(code)
            and len(first_group) > len(code) + 1
            and first_group[len(code)].isupper()
        ):
            warnings.append(
                f"Ký hiệu văn bản có thể sai: {number} (thiếu dấu gạch nối sau {code}?) / "
                f"possibly malformed symbol {number}"
            )
    return list(found.values()), warnings
