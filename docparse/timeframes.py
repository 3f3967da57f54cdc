"""Timeframes (thời gian thực hiện) as printed, read into kind/start/end/due (DESIGN.md §6).

Kinds: continuous ("Thường xuyên", "Hằng tháng", "Định kỳ 6 tháng"), by_date ("trước ngày 15/8/2025"),
month ("Tháng 10, 11/2025"), quarter ("Quý IV/2026"), half_year ("6 tháng cuối năm 2025"), year ("Năm 2026"),
range ("Từ tháng 3 đến tháng 6/2026"), open_ended ("… và các năm tiếp theo"), event ("Kỳ họp HĐND … cuối năm
2025", "Theo yêu cầu"; a due date is approximated when the text gives one) and unknown.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from docparse.dates import iso, month_end, month_start
from docparse.model import Timeframe
from docparse.text import fold

_YEAR = r"((?:19|20)\d{2})"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_NO = r"(iv|iii|ii|i|[1-4])"

_OPEN_ENDED = re.compile(r"(?:va )?(?:cac|nhung) nam (?:tiep theo|sau|tiep)|tro di|den nay|lien tuc tu")
_CONTINUOUS = re.compile(
    r"^(?:(?:duoc )?thuc hien )?(?:thuong xuyen|lien tuc|hang (?:ngay|dem|tuan|thang|quy|nam|hoc ky)|hang nam|"
    r"dinh ky|(?:dau |cuoi )?moi (?:tuan|thang|quy|nam|hoc ky|ky|dot|(?:\d{1,2}|sau|ba|hai) (?:thang|tuan|nam))|hang thang|thuong ky|theo mua vu|"
    r"theo (?:thoi )?vu\b)"
    # "02 lần/năm", "01 lần/quý", "tháng 01 hằng năm", "ngày 15 hằng tháng": a periodicity anywhere
    r"|^(?:it nhat )?\d{1,2} lan\s*(?:/|trong|moi|mot)\s*(?:nam|quy|thang|tuan)|\bhang (?:nam|thang|quy|tuan)\b"
    # the start or the end of every period after another time: "Đầu năm học và cuối mỗi học kỳ", "Đầu năm và cuối
    # mỗi quý"
    r"|\b(?:dau|cuoi) moi (?:tuan|thang|quy|nam|hoc ky)\b"
    # the period first, then once: "06 tháng một lần"
    r"|^(?:\d{1,2}|sau|ba|hai) (?:thang|tuan|quy|nam) (?:mot|0?1) lan$"
    # a count per period ("02 lớp/năm", "01 buổi/tháng") and "after each …" ("Sau mỗi vụ thu hoạch", "trước, trong
    # và sau mỗi chuyến biển")
    r"|^(?:it nhat )?\d{1,2} [a-z]+(?: [a-z]+)?\s*/\s*(?:nam|quy|thang|tuan)$|^(?:truoc|trong|sau)\b[a-z ,]{0,20}\bmoi\b"
    # a day of the next period, every period: "trước ngày 05 của tháng sau", "chậm nhất ngày 15 của quý kế tiếp"
    r"|\bngay \d{1,2} (?:cua )?(?:thang|quy|nam) (?:sau|ke tiep|tiep theo|truoc)\b"
)
# A season or a time limit counted from an event: "trước vụ Đông Xuân 2026 - 2027", "trong mùa khô", "trước Tết
# Nguyên đán", "trong thời hạn 05 ngày làm việc", "trong 15 ngày kể từ khi …", "ngay sau khi …", "chậm nhất 10 ngày
# trước khi phê duyệt phương án", a limit in hours ("trong vòng 48 giờ", "trước ít nhất 04 giờ") (no calendar date).
_RELATIVE = re.compile(
    r"^(?:truoc|sau|trong|ngay sau)\s+(?:mua|vu|tet)\b"
    r"|^(?:cham nhat (?:la )?|hoan thanh )?(?:\d{1,3} ngay (?:lam viec )?)?truoc khi\b"
    r"|^(?:trong (?:thoi han |thoi gian |vong )?|(?:cham nhat|khong qua|truoc it nhat) (?=\d{1,3} gio\b))\d{1,3} (?:ngay|gio)\b|^(?:ngay )?sau khi\b|\bke tu\b"
)
# A season of the weather or of a crop, as the time of a task: "Mùa khô", "Vụ xuân và vụ thu năm 2027".
# A school's or a plan's summer named by its year ("Hè năm 2027", "Hè 2027") is one too.
_SEASON = re.compile(
    r"^(?:mua (?:kho|mua|lu|bao|nang|he|du lich|cao diem)|vu (?:xuan|he|thu|dong|mua|chiem|lua)|"
    r"he(?= (?:nam )?(?:19|20)\d\d$))\b"
)
_SCHOOL_YEAR = re.compile(r"nam hoc\s*" + _YEAR + r"\s*(?:-|–|den)\s*" + _YEAR)
# A school's semester, or both ("Học kỳ I", "Trong học kỳ II", "Học kỳ I và học kỳ II"): a time of the school year,
# whose dates the text does not give (a school year with its years is `_SCHOOL_YEAR`).
_SEMESTER = re.compile(
    r"^(?:trong |cuoi |dau )?hoc ky (?:i{1,2}|[12])(?:\s*(?:,|va|-)\s*(?:hoc ky )?(?:i{1,2}|[12]))*$"
)
_ON_REQUEST = re.compile(r"^(?:theo|khi co|khi) (?:yeu cau|chi dao|de nghi)|^dot xuat|^khi can thiet")
_EVENT = re.compile(r"\b(?:ky hop|hoi nghi|dai hoi|phien hop|le ky niem|dip)\b")
_FULL_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?" + _YEAR + r"(?!\d)")
_WORDED_DATE = re.compile(r"ngay (\d{1,2}) thang (\d{1,2}) nam " + _YEAR)
_DAY_MONTH = re.compile(r"ngay (\d{1,2})/(\d{1,2})(?![\d/])")
_QUARTERS = re.compile(
    r"quy ((?:(?:iv|iii|ii|i|[1-4])(?:\s*(?:,|va|-|–|den)\s*(?:quy )?)?)+)\s*(?:/|nam)\s*" + _YEAR
)
_MONTHS = re.compile(r"thang ((?:\d{1,2}(?:\s*(?:,|va|-|–|den)\s*(?:thang )?)?)+)\s*(?:/|nam)\s*" + _YEAR)
_MONTH_NO_YEAR = re.compile(r"^(?:trong |hoan thanh trong |cuoi |dau )?thang (\d{1,2})\b(?!\s*/)")
_HALF = re.compile(r"(\d{1,2}|sau) thang (dau|cuoi) nam\s*" + _YEAR)
_YEAR_ONLY = re.compile(r"^(?:trong |ca |hoan thanh trong |cuoi |dau |nam hoc )?nam " + _YEAR + r"$")
_YEAR_SPAN = re.compile(r"(?:giai doan|nam|tu nam)\s*" + _YEAR + r"\s*(?:-|–|den|den nam)\s*" + _YEAR)
_RANGE = re.compile(r"\btu (.+?) (?:den|toi) (.+)$")
# Two points of the calendar, each with its year, joined by a dash: "tháng 11/2026 - tháng 3/2027" (a season over the
# new year)
_DASH_RANGE = re.compile(r"^((?:thang|quy) [\divx]+/(?:19|20)\d\d) - ((?:thang|quy) [\divx]+/(?:19|20)\d\d)$")
_UNTIL_END = re.compile(r"(?:den|truoc) (cuoi|giua|dau) nam " + _YEAR)
_PART_OF_YEAR = re.compile(r"\b(cuoi|giua|dau) nam " + _YEAR)
_PART_OF_MONTH = re.compile(r"\b(cuoi|giua|dau) thang (\d{1,2})\s*(?:/|nam)\s*" + _YEAR)


# A year broken by the line end of a narrow table cell: "Trước ngày 20/11/20" / "26" reads "20/11/2026".
_BROKEN_YEAR = re.compile(r"(?<=\d/)((?:19|20)) (?=\d\d(?!\d))")

# A quarter whose Roman number a scan reads as ones: "quý 11/2027" is "quý II/2027", "quý 111" is "quý III" (there is
# no eleventh quarter; "quý 1" stays as printed, either reading is the first).
_MISREAD_QUARTER = re.compile(r"(?<=\b[Qq]uý )(1{2,3})(?=/|\s+năm\b|\s*[;,.)]|$)")


@dataclass
class _Span:
    start: str | None
    end: str | None


def parse_timeframe(raw: str | None, default_year: int | None = None) -> Timeframe | None:
    """Read a printed timeframe; None for empty text. Unreadable text keeps kind "unknown"."""
    if raw is None:
        return None
    raw = _BROKEN_YEAR.sub(r"\1", " ".join(raw.split())).strip(" .;,")
    raw = _MISREAD_QUARTER.sub(lambda m: "I" * len(m[1]), raw)
    if not raw:
        return None
    kind, start, end, due = _reading(raw, default_year)
    return Timeframe(raw=raw, kind=kind, start=start, end=end, due=due)


@functools.lru_cache(maxsize=4096)
def _reading(raw: str, default_year: int | None) -> tuple[str, str | None, str | None, str | None]:
    """Kind, start, end and due of a printed timeframe, remembered: plans repeat "Thường xuyên" in every row."""
    key = fold(raw).replace("–", "-").strip(" .;,:()")
    glosses = re.findall(r"\(([^()]*)(?:\)|$)", key)  # (the closing bracket was stripped with the text's end)
    key = re.sub(r"\s*\([^()]*(?:\)|$)\s*", " ", key).strip()
    reading = _classify(key, default_year)
    if glosses and reading["kind"] in ("event", "unknown", None) and not reading["due"]:
        # an undated season or occasion glossed with its dates: "trong mùa cao điểm du lịch (từ tháng 11/2027 đến
        # tháng 4/2028)", "Trước Tết Chôl Chnăm Thmây (trước ngày 10/4/2027)": the dates say when
        glossed = _classify(glosses[0].strip(), default_year)
        if glossed["kind"] not in ("event", "unknown", None):
            reading = glossed
    return reading["kind"] or "unknown", reading["start"], reading["end"], reading["due"]


def _classify(key: str, default_year: int | None) -> dict[str, str | None]:
    if _CONTINUOUS.search(key):
        return {"kind": "continuous", "start": None, "end": None, "due": None}
    if _ON_REQUEST.search(key) or _SEMESTER.match(key):
        return {"kind": "event", "start": None, "end": None, "due": None}
    if "am lich" in key:  # a lunar date has no fixed day of the solar calendar: "ngày 15 tháng Giêng âm lịch"
        return {"kind": "event", "start": None, "end": None, "due": None}
    if _RELATIVE.search(key) and not _exact_date(key, None):
        return {
            "kind": "event",
            "start": None,
            "end": None,
            "due": None,
        }  # the season or the event is not dated
    if _OPEN_ENDED.search(key):
        head = _OPEN_ENDED.split(key)[0].strip()
        span = _span(head, default_year) if head else None
        return {"kind": "open_ended", "start": span.start if span else None, "end": None, "due": None}
    if _EVENT.search(key):
        part = _PART_OF_YEAR.search(key)
        span = _span(key, default_year)
        due = _part_of_year(part[1], int(part[2])).end if part else (span.end if span else None)
        return {"kind": "event", "start": None, "end": due, "due": due}
    school = _SCHOOL_YEAR.search(key)
    if school:  # a school year runs from September to May
        return {
            "kind": "range",
            "start": iso(int(school[1]), 9, 1),
            "end": iso(int(school[2]), 5, 31),
            "due": iso(int(school[2]), 5, 31),
        }
    until = _UNTIL_END.search(key)
    if until and "tu nay" in key:
        end = _part_of_year(until[1], int(until[2])).end
        return {"kind": "range", "start": None, "end": end, "due": end}
    date = _exact_date(key, default_year)
    if (
        date
        and re.search(r"\b(?:truoc|den|cham nhat|han|hoan thanh|ngay)\b", key)
        and not key.startswith("tu ")
    ):
        return {"kind": "by_date", "start": None, "end": date, "due": date}
    if key.startswith("tu ") and not re.search(r"\b(?:den|toi)\b", key):
        # an open start: "từ quý I/2027", "từ tháng 01/2027", "(ngay) từ năm 2027 trở đi"
        span = _span(key, default_year)
        if span:
            return {"kind": "open_ended", "start": span.start, "end": None, "due": None}
    before = re.match(r"^(?:hoan thanh |xong )?truoc (?:thang|quy) ", key)
    if before and not date:
        # "trước tháng 6/2027", "trước quý III/2027": due the day before the period starts
        span = _span(key, default_year)
        if span and span.start:
            due = (dt.date.fromisoformat(span.start) - dt.timedelta(days=1)).isoformat()
            return {"kind": "by_date", "start": None, "end": due, "due": due}
    ranged = _RANGE.search(key) or _DASH_RANGE.match(key)
    if ranged:
        right = _span(ranged[2], default_year)
        left_year = int(right.end[:4]) if right and right.end else default_year
        left = _span(ranged[1], left_year)
        if left or right:
            end = right.end if right else None
            return {"kind": "range", "start": left.start if left else None, "end": end, "due": end}
    years = _YEAR_SPAN.search(key)
    if years:
        return {
            "kind": "range",
            "start": iso(int(years[1]), 1, 1),
            "end": iso(int(years[2]), 12, 31),
            "due": iso(int(years[2]), 12, 31),
        }
    for kind, pattern in (("half_year", _HALF), ("quarter", _QUARTERS), ("month", _MONTHS)):
        if pattern.search(key):
            span = _span(key, default_year)
            if span:
                quarters = _QUARTERS.search(key)
                several = (
                    kind == "quarter"
                    and quarters is not None
                    and len(re.findall(_QUARTER_NO, quarters[1])) > 1
                )
                return {
                    "kind": "range" if several else kind,
                    "start": span.start,
                    "end": span.end,
                    "due": span.end,
                }
    part_month = _PART_OF_MONTH.search(key)
    if part_month:
        end = month_end(int(part_month[3]), int(part_month[2]))
        return {
            "kind": "month",
            "start": month_start(int(part_month[3]), int(part_month[2])),
            "end": end,
            "due": end,
        }
    year = _YEAR_ONLY.search(key)
    if year:
        y = int(year[1])
        if key.startswith(("cuoi", "dau")):
            span = _part_of_year(key[:4], y)
            return {"kind": "by_date", "start": None, "end": span.end, "due": span.end}
        return {"kind": "year", "start": iso(y, 1, 1), "end": iso(y, 12, 31), "due": iso(y, 12, 31)}
    bare = re.fullmatch(r"(cuoi|giua|dau) nam", key)
    if bare:  # "Cuối năm": the part of the plan's year
        end = _part_of_year(bare[1], default_year).end if default_year else None
        return {"kind": "by_date", "start": None, "end": end, "due": end}
    part = _PART_OF_YEAR.search(key)
    if part:
        span = _part_of_year(part[1], int(part[2]))
        return {"kind": "by_date", "start": None, "end": span.end, "due": span.end}
    if date:
        return {"kind": "by_date", "start": None, "end": date, "due": date}
    single = _MONTH_NO_YEAR.search(key)
    if single and default_year:
        month = int(single[1])
        end = month_end(default_year, month)
        if end:
            return {"kind": "month", "start": month_start(default_year, month), "end": end, "due": end}
    if _SEASON.match(key):
        # "Mùa khô", "Vụ xuân và vụ thu năm 2027": a season, its dates the text does not give (its year's end
        # approximates the due date when the year is printed)
        year = re.search(r"\b" + _YEAR + r"\b", key)
        # (the summer ends in August)
        due = iso(int(year[1]), 8 if key.startswith("he ") else 12, 31) if year else None
        return {"kind": "event", "start": None, "end": due, "due": due}
    return {"kind": "unknown", "start": None, "end": None, "due": None}


def _exact_date(key: str, default_year: int | None) -> str | None:
    match = _FULL_DATE.search(key)
    if match:
        return iso(int(match[3]), int(match[2]), int(match[1]))
    match = _WORDED_DATE.search(key)
    if match:
        return iso(int(match[3]), int(match[2]), int(match[1]))
    match = _DAY_MONTH.search(key)
    if match and default_year:
        return iso(default_year, int(match[2]), int(match[1]))
    return None


def _part_of_year(part: str, year: int) -> _Span:
    if part == "dau":
        return _Span(iso(year, 1, 1), iso(year, 3, 31))
    if part == "giua":
        return _Span(iso(year, 4, 1), iso(year, 6, 30))
    return _Span(iso(year, 10, 1), iso(year, 12, 31))


def _span(text: str, default_year: int | None) -> _Span | None:
    """The first and last day covered by the dates, months, quarters, halves or years in `text`."""
    match = _HALF.search(text)
    if match:
        year = int(match[3])
        if match[2] == "dau":
            return _Span(iso(year, 1, 1), iso(year, 6, 30))
        return _Span(iso(year, 7, 1), iso(year, 12, 31))
    match = _QUARTERS.search(text)
    if match:
        year = int(match[2])
        numbers = [_ROMAN[n] for n in re.findall(_QUARTER_NO, match[1])]
        first, last = min(numbers), max(numbers)
        return _Span(month_start(year, 3 * first - 2), month_end(year, 3 * last))
    match = _MONTHS.search(text)
    if match:
        year = int(match[2])
        months = [int(n) for n in re.findall(r"\d{1,2}", match[1]) if 1 <= int(n) <= 12]
        if months:
            return _Span(month_start(year, min(months)), month_end(year, max(months)))
    date = _exact_date(text, default_year)
    if date:
        return _Span(date, date)
    match = re.search(r"(?:thang|quy) " + _QUARTER_NO + r"\b", text)
    if match and default_year:
        number = match[1]
        if text[match.start() : match.start() + 3] == "quy":
            q = _ROMAN[number]
            return _Span(month_start(default_year, 3 * q - 2), month_end(default_year, 3 * q))
    match = re.search(r"thang (\d{1,2})\b", text)
    if match and default_year and 1 <= int(match[1]) <= 12:
        month = int(match[1])
        return _Span(month_start(default_year, month), month_end(default_year, month))
    match = re.search(r"nam " + _YEAR, text)
    if match:
        year = int(match[1])
        return _Span(iso(year, 1, 1), iso(year, 12, 31))
    return None


# Where a timeframe may start inside a flattened table row or an inline sentence.
TIMEFRAME_HEAD = re.compile(
    r"(?:(?:Hoàn thành|hoàn thành|Trong|trong|Trước|trước|Đến|Cuối|Đầu|Giữa|Từ)\s+)*"
    r"(?:Thường xuyên|Liên tục|Hằng\s+(?:ngày|tuần|tháng|quý|năm)|Hàng\s+(?:ngày|tuần|tháng|quý|năm)|"
    r"Định kỳ|Quý\s+[IV1-4]|quý\s+[IV1-4]|Tháng\s+\d|tháng\s+\d|Năm\s+(?:19|20)\d\d|năm\s+(?:19|20)\d\d|"
    r"ngày\s+\d|Ngày\s+\d|\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm|Sáu tháng|6 tháng|Kỳ họp|Theo yêu cầu|"
    r"Khi có yêu cầu|(?:Học|học) kỳ\s+(?:I|II|1|2)\b|Giai đoạn\s+(?:19|20)\d\d|Từ nay|(?:Cuối|Đầu|Giữa) năm\b|"
    r"(?:Trước|Trong|Sau)\b[^\d]{0,20}\bmỗi\b|"
    # a season of the weather or of a crop opening the cell: "Mùa khô (từ 15/4 đến 15/9/2027)", "Vụ xuân và vụ thu năm
    # 2027" ("Vụ Pháp chế", a ministry's department, is no season)
    r"Mùa\s+(?:khô|mưa|lũ|bão|nắng|hè|du lịch|cao điểm)\b|Hè\s+(?:năm\s+)?(?:19|20)\d\d\b|Vụ\s+(?:[Xx]uân|[Hh]è|[Tt]hu|[Đđ]ông|[Mm]ùa|[Cc]hiêm|lúa)\b|"
    # a deadline cell without "ngày", its date wrapped onto the next line: "Trước" / "31/10/2027"
    r"(?<=Trước )\d{1,2}/\d{1,2}/(?:19|20)\d\d\b)"
)
