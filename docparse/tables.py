"""Task tables (TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện), real or flattened to text.

A flattened table (text extracted from a PDF) has one cell fragment per line, rows introduced by their number on
its own line, the header and letterhead repeated after page breaks, page numbers and footnotes in between.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from docparse.model import Heading, Task, Timeframe
from docparse.tasks import inline_assignment
from docparse.text import fold
from docparse.timeframes import TIMEFRAME_HEAD, parse_timeframe
from docparse.units import UNIT_START, split_assignment, split_units

_COLUMNS = {
    # "S T T": the letters of "STT" one a line in a narrow column, read back with spaces
    "no": re.compile(r"^(?:t ?t|s ?t ?t|so tt|so thu tu)$"),
    "text": re.compile(r"nhiem vu|noi dung|cong viec|ten nhiem vu|hoat dong"),
    # the body that answers for the row, however the column names it: "Chủ trì", "Đơn vị thực hiện", "Bộ phận phụ
    # trách", "Người chịu trách nhiệm", "Đầu mối", "Đơn vị đảm nhiệm"
    "lead": re.compile(r"chu tri|thuc hien|phu trach|trach nhiem|dau moi|dam nhiem|dam nhan"),
    # "Phối hợp"; a scan may read its "ố" as "ã" ("Phãi hợp"): no other header cell is "ph-i hợp". A column of the
    # bodies that take part ("Tham gia", "Đơn vị tham gia") coordinates too; "Thành phần (tham gia)" names the people
    # who attend, no units (LABELING.md: participants are not coord)
    "coord": re.compile(r"ph[oa]i hop|^(?:(?:don vi|co quan|bo phan)\s+)?tham gia$"),
    # "Thời gian", "Thời hạn", "Tiến độ"; a farm's or a school's plan keeps its own calendar ("Lịch thời vụ", "Lịch
    # thực hiện") or names the moment ("Thời điểm")
    "time": re.compile(r"thoi gian|thoi han|tien do|hoan thanh|thoi diem|^lich\b"),
}
_HEADER_WORDS = re.compile(
    r"\b(?:tt|stt)\b|nhiem vu|noi dung|cong viec|chu tri|phoi hop|thoi gian|thoi han|don vi thuc hien|phu trach"
)
_ROW_NO = r"(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ]\d{0,2}|[IVX]{1,4})"
_ROW_ALONE = re.compile(rf"^({_ROW_NO})[.)]?$")
_GROUP_LETTER_ALONE = re.compile(r"^([A-HJ-UWYZĐ])[.)]?$")
_GROUP_MARK = re.compile(r"[A-ZĐ]|[IVX]{1,5}")  # the mark of a group row: "B", "II"
_ROW_INLINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4})[.)]?\s+(\S.*)$")
_SPELLED_ROMAN = re.compile(r"[IVX](?: [IVX])+")
_NUMBERING_CELL = re.compile(r"\(?\d{1,2}\)?")  # a cell of the "(1) (2) (3)" row under a header
_NATIONAL = re.compile(r"cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc")
_INCOMPLETE_END = {
    "và",
    "của",
    "các",
    "thuộc",
    "trực",
    "cơ",
    "ủy",
    "uỷ",
    "ban",
    "nhân",
    "đơn",
    "phòng",
    "văn",
    "trung",
    "chi",
    "hội",
    "mặt",
    "với",
    "tại",
    "trên",
    "cấp",
    "có",
    "liên",
    "doanh",
    "tổ",
    "nông",
    "môi",
    "khoa",
    "dân",
    "địa",
    "đề",
    "theo",
    "tổng",
}
PAGE_BREAK = "\x0c"


@functools.lru_cache(maxsize=4096)
def _column_names(cell: str) -> tuple[str, ...]:
    """The columns a header cell may name, in the order they are tried (every row of a table is tried as a header:
    its cells are read once)."""
    key = fold(cell).strip(" .:")
    if not key:
        return ()
    return tuple(
        name
        for name in ("no", "coord", "time", "lead", "text")
        if _COLUMNS[name].search(key) and not (name == "lead" and _COLUMNS["coord"].search(key))
    )


# A header cell over the columns under it in a two-row header ("Phân công" over "Chủ trì" | "Phối hợp"): it names no
# column itself.
_SPANNING_CELL = re.compile(r"^phan cong(?: thuc hien| nhiem vu| trach nhiem)?$")


def _sub_header(top: list[str], cells: list[str]) -> list[str] | None:
    """The header a two-row header stands for, when `cells` is its second row: the second row names the columns
    under a cell of the first that spans them ("Phân công" | "Phân công" over "Chủ trì" | "Phối hợp"); the cells of
    the first row merged down over both rows are repeated or empty in the second. None when `cells` is no such row."""
    if len(cells) != len(top) or (
        any(cells[:2]) and not all(c == t for c, t in zip(cells[:2], top[:2], strict=True))
    ):
        return None
    below = [c for c, t in zip(cells, top, strict=True) if c and c != t]
    if len(below) < 2 or not all(_column_names(c) for c in below):
        return None
    return [c or t for c, t in zip(cells, top, strict=True)]


def spanned_in_order(header: list[str]) -> list[str]:
    """A two-row header copied one cell a line: the first row's cells, then the second row's ("TT" / "Nội dung" /
    "Phân công" / "Thời gian" / "Chủ trì" / "Phối hợp"). The second row's cells stand in the place of the first row's
    cell that spans them ("Phân công", "Đơn vị thực hiện"), which a column stands between; any other header is
    returned as it is."""
    names = [_column_names(cell)[:1] for cell in header]
    tail = len(header)
    while tail > 0 and names[tail - 1] in (("lead",), ("coord",)):
        tail -= 1
    below = header[tail:]
    if len(below) < 2 or ("coord",) not in names[tail:]:
        return header
    spanning = [
        i
        for i, cell in enumerate(header[:tail])
        if _SPANNING_CELL.match(fold(cell).strip(" .:()")) or names[i] == ("lead",)
    ]
    if len(spanning) != 1 or spanning[0] == tail - 1:
        return header
    at = spanning[0]
    return [*header[:at], *below, *header[at + 1 : tail]]


def header_columns(cells: list[str]) -> dict[str, int] | None:
    """Column positions when `cells` is the header row of a task table, else None."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for name in _column_names(cell):
            if name not in found:
                found[name] = index
                break
    if "coord" not in found and "lead" in found:
        # "Chủ trì thực hiện" | "Thực hiện": beside the column that leads, the column of those who carry it out
        # coordinates, as "Đơn vị thực hiện" does beside a "chủ trì" field
        doers = [i for i, cell in enumerate(cells) if "lead" in _column_names(cell)]
        leads = [i for i in doers if "chu tri" in fold(cells[i])]
        if len(doers) == 2 and len(leads) == 1:
            found["lead"] = leads[0]
            found["coord"] = next(i for i in doers if i != leads[0])
    if "lead" in found and "coord" in found and "chu tri" not in fold(cells[found["lead"]]):
        # "Lãnh đạo phụ trách" | "Bộ phận chủ trì" | "Bộ phận phối hợp": the leader who oversees the row stands before
        # the body that leads it; the column that says "chủ trì" leads, the overseer is neither lead nor coord
        leads = [
            i for i, cell in enumerate(cells) if "lead" in _column_names(cell) and "chu tri" in fold(cell)
        ]
        if len(leads) == 1:
            found["lead"] = leads[0]
    if "text" in found and len(found) >= 3 and ("lead" in found or "time" in found):
        return found
    return None


# Columns of tables that look like task tables but are not: report templates ("Biểu số 01": Kết quả thực hiện,
# Số lượng, Tỷ lệ), registers of "Dân vận khéo" models (Tên mô hình), self-assessment grids (Điểm tự chấm).
_NON_TASK_COLUMN = re.compile(
    r"^(?:ket qua(?: thuc hien| dat duoc)?|so luong|ty le.*|ten mo hinh|muc do hoan thanh|diem tu cham|tu danh gia|"
    r"diem.*|danh gia.*)$"
)


def non_task_header(cells: list[str]) -> bool:
    """Whether a header row belongs to a table that lists results, figures or models rather than tasks."""
    if len(cells) == 1:  # a flattened header line
        return bool(
            re.search(
                r"ket qua (?:thuc hien|dat duoc)|so luong|ty le|ten mo hinh|diem tu cham", fold(cells[0])
            )
        )
    return any(_NON_TASK_COLUMN.match(fold(cell).strip(" .:()%")) for cell in cells if cell)


_HEADER_HINTS = (
    "hủ trì",
    "HỦ TRÌ",
    "hối hợp",
    "HỐI HỢP",
    "hời gian",
    "HỜI GIAN",
    "hời hạn",
    "HỜI HẠN",
    "hực hiện",
)


_HEADER_HINT = re.compile("|".join(_HEADER_HINTS))
# A sentence that sends the reader to the table of an appendix names its columns but is no header row.
_SENDS_TO_APPENDIX = re.compile(r"\b(?:phu luc|kem theo)\b")
_PROSE_LIST = re.compile(r"^(?:[^,]+,){2,}[^,]*\bva\b")


_PROSE_WORD = re.compile(r"(?<!\w)(?:với|của|này|giao|được)(?!\w)")


def is_flat_header(line: str) -> bool:
    if len(line) > 160 or not _HEADER_HINT.search(line):
        return False
    if re.match(r"^(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))\s", line) or ";" in line or line.rstrip().endswith("."):
        return False  # a bullet or a sentence that names chủ trì / phối hợp / thời gian, not a header row
    if _PROSE_WORD.search(line):
        # "… chủ trì, phối hợp với Công đoàn cơ sở chuẩn bị nội dung", "nhiệm vụ này giao Phòng … chủ trì, với sự
        # phối hợp của …": a wrapped sentence; header cells name columns, with no partner, owner or pointer
        return False
    if re.search(r"(?:hủ trì|hối hợp|hời gian|hời hạn)\s*:\s*\S", line, re.IGNORECASE):
        return (
            False  # field lines typed on one line ("Chủ trì: X. Phối hợp: Y. Thời gian: …"), not a header row
        )
    key = fold(line)
    if _SENDS_TO_APPENDIX.search(key) or _PROSE_LIST.search(key):
        # "Các nhiệm vụ, kết quả, đơn vị chủ trì, phối hợp và thời gian … tại Phụ lục kèm theo": a sentence that
        # lists the columns (commas, then "và" before the last) or sends the reader to the appendix's table
        return False
    return len(set(_HEADER_WORDS.findall(key))) >= 3 and len(key) < 160


def _parts(no: str) -> list[int] | None:
    return [int(p) for p in no.split(".")] if re.fullmatch(r"\d+(?:\.\d+)*", no) else None


def plausible_next(previous: list[str], candidate: str) -> bool:
    """Whether `candidate` can follow the row numbers seen so far (a page number "11" after "5.1" cannot)."""
    numbers = [p for p in (_parts(n) for n in previous) if p is not None]
    cand = _parts(candidate)
    if cand is not None:
        if not numbers:
            return cand[0] <= 2 and all(c <= 2 for c in cand[1:])
        if cand == [1] and re.fullmatch(r"[IVX]+|[A-ZĐ]", previous[-1]):
            return True  # the numbering restarts at 1 under each group row ("II", then "1")
        last = numbers[-1]
        if cand == [*last, 1]:
            return True
        for k in range(len(last)):
            head = [*last[:k], last[k] + 1]
            if cand[: len(head)] == head and all(c == 1 for c in cand[len(head) :]):
                return True
        return False
    letters = [n for n in previous if re.fullmatch(r"[a-zđ]\d*", n)]
    match = re.fullmatch(r"([a-zđ])(\d*)", candidate)
    if match:
        if not match[2]:
            if not letters or candidate == "a":
                return candidate == "a" or not letters
            last_letter = letters[-1][0]
            return ord(candidate) == ord(last_letter) + 1 or (last_letter == "đ" and candidate == "e")
        if not letters:
            return False
        previous_letter = re.fullmatch(r"([a-zđ])(\d*)", letters[-1])
        if previous_letter is None or previous_letter[1] != match[1]:
            return False
        return int(match[2]) == (int(previous_letter[2]) + 1 if previous_letter[2] else 1)
    if re.fullmatch(r"[A-HJ-UWYZĐ]", candidate):
        # a group row lettered A, B, C …: the first, or the letter after the last group letter
        groups = [n for n in previous if re.fullmatch(r"[A-HJ-UWYZĐ]", n)]
        return (candidate == "A" and not groups) or bool(groups and ord(candidate) == ord(groups[-1]) + 1)
    return bool(re.fullmatch(r"[IVX]+", candidate)) and not any(
        re.fullmatch(r"[IVX]+", n) for n in previous[-1:]
    )


@dataclass
class _Row:
    no: str
    lines: list[str] = field(default_factory=list)
    heading: bool = False


def _is_noise(line: str, letterhead: set[str]) -> bool:
    key = fold(line)
    if is_flat_header(line) or _NATIONAL.search(key):
        return True
    return key in letterhead


def parse_flat_table(
    lines: list[str], letterhead: set[str], default_year: int | None, headings: list[Heading] | None = None
) -> tuple[list[Task], list[str]]:
    """Tasks of a text-flattened table; `lines` start after the header line. Also returns footnote lines.
    Group rows are appended to `headings` when given."""
    headings = headings if headings is not None else []
    cleaned: list[str] = []
    footnotes: list[str] = []
    in_footnote = False
    widths = sorted(len(line) for line in lines if not _is_noise(line, letterhead))
    typical = widths[int(len(widths) * 0.75)] if widths else 60
    for index, line in enumerate(lines):
        if re.match(r"^Nơi nhận\b", line):
            break
        if _is_noise(line, letterhead):
            in_footnote = False
            if cleaned and cleaned[-1] != PAGE_BREAK:
                cleaned.append(PAGE_BREAK)
            continue
        if in_footnote or len(line) > max(2 * typical, 100):
            footnotes.append(line)  # a footnote runs to the end of its page
            in_footnote = True
            continue
        following = lines[index + 1 : index + 2]
        if re.fullmatch(r"\d{1,3}", line) and any(_is_noise(n, letterhead) for n in following):
            continue  # page number
        cleaned.append(line)
    rows = _split_rows(cleaned)
    width = _text_width([line for row in rows for line in row.lines])
    tasks: list[Task] = []
    last_numeric: str | None = None
    last_letter: str | None = None
    group: str | None = None
    for index, row in enumerate(rows):
        if row.heading:
            last_numeric = row.no if _parts(row.no) is not None else last_numeric
            group = row.no
            headings.append(Heading(row.no, " ".join(" ".join(row.lines).split()), _numeric_parent(row.no)))
            continue
        text, lead_text, coord_text, time_text = _split_cells(row.lines, width)
        if _parts(row.no) is not None:
            parent = row.no.rsplit(".", 1)[0] if "." in row.no else (group if group != row.no else None)
            last_numeric, last_letter = row.no, None
        elif re.fullmatch(r"[a-zđ]", row.no):
            parent, last_letter = last_numeric, row.no
        else:
            parent = last_letter or last_numeric
        has_children = index + 1 < len(rows) and _is_child(row.no, rows[index + 1].no)
        if not (lead_text or coord_text or time_text) and has_children:
            headings.append(Heading(no=row.no, text=text, parent_no=parent))
            continue  # a row fully broken down into sub-rows is a heading
        lead, coord = row_units(lead_text, coord_text)
        tasks.append(
            Task(
                no=row.no,
                text=text,
                parent_no=parent,
                lead=lead,
                coord=coord,
                timeframe=parse_timeframe(time_text, default_year),
            )
        )
    return ([] if _programme(tasks) else tasks), footnotes


def _numeric_parent(no: str) -> str | None:
    """ "3.4" is under "3"; top-level numbers and letters have no numeric parent."""
    return no.rsplit(".", 1)[0] if "." in no else None


def _is_child(parent: str, child: str) -> bool:
    if _GROUP_MARK.fullmatch(parent):
        return _parts(child) is not None  # "II | Thực hiện dân chủ …" above the rows numbered 3, 4, 5
    if re.fullmatch(r"[a-zđ]\d+", child):
        return child[0] == parent
    if re.fullmatch(r"[a-zđ]", child):
        return _parts(parent) is not None
    return child.startswith(parent + ".")


def _split_rows(lines: list[str]) -> list[_Row]:
    rows: list[_Row] = []
    seen: list[str] = []
    for line in lines:
        alone = _ROW_ALONE.match(line)
        inline = _ROW_INLINE.match(line)
        if alone and plausible_next(seen, alone[1]):
            rows.append(_Row(alone[1]))
            seen.append(alone[1])
            continue
        if inline and plausible_next(seen, inline[1]) and inline[2][:1].isupper():
            row = _Row(inline[1], [inline[2]])
            row.heading = _is_upper(inline[2])
            rows.append(row)
            seen.append(inline[1])
            continue
        if rows:
            if not rows[-1].lines and _is_upper(line) and line != PAGE_BREAK:
                rows[-1].heading = True
            rows[-1].lines.append(line)
    return rows


def _is_upper(text: str) -> bool:
    letters = re.sub(r"[^A-Za-zÀ-ỹĐđ]", "", text)
    return len(letters) > 3 and letters.isupper()


def _text_width(lines: list[str]) -> int:
    widths = sorted(len(line) for line in lines if line != PAGE_BREAK)
    return widths[int(len(widths) * 0.9)] if widths else 60


def _starts_cell(line: str, previous: str, width: int) -> bool:
    if not line[:1].isupper() or not UNIT_START.match(line):
        return False
    previous = previous.rstrip()
    return bool(
        re.search(r"[.;:…]$|\w\d$", previous) or len(previous) < 0.8 * width or len(line) < 0.6 * width
    )


def _split_cells(
    lines: list[str], width: int, time_first: bool = False, extra_after_time: bool = False
) -> tuple[str, str, str, str | None]:
    """A row's lines cut into its text, lead, coord and time cells by what they hold. `time_first`: the header puts
    the time column before the unit columns ("Nội dung" | "Thời gian" | "Chủ trì" | "Phối hợp"), so the time is the
    cell right after the text, not the end of the row. `extra_after_time`: a column follows the time ("Sản phẩm",
    "Ghi chú"), so a line that is a time by itself ends the units and what follows it is that column's."""
    segments: list[list[str]] = [[]]
    for line in lines:
        if line == PAGE_BREAK:
            segments.append([])
        else:
            segments[-1].append(line)
    text_lines: list[str] = []
    rest_lines: list[str] = []
    for number, segment in enumerate(segments):
        if not segment:
            continue
        boundary = None
        start = 1 if number == 0 else 0
        for j in range(start, len(segment)):
            previous = segment[j - 1] if j else ""
            if (
                _starts_cell(segment[j], previous, width)
                or (
                    j
                    and TIMEFRAME_HEAD.match(segment[j])
                    and segment[j][:1].isupper()
                    and _time_of(segment[j])
                )
                or (j and number == len(segments) - 1 and _closing_units(segment[j:], previous))
            ):
                boundary = j
                if j - 1 >= start and re.search(r"\s[-–]$", previous) and UNIT_START.match(previous):
                    # the unit's name wrapped at its dash began a line above ("Phòng Pháp chế -")
                    boundary = j - 1
                break
        if boundary is None:
            if number == 0 or not rest_lines:
                text_lines.extend(segment)
            else:
                text_lines.extend(segment)
            continue
        text_lines.extend(segment[:boundary])
        rest_lines.extend(segment[boundary:])
    if time_first and rest_lines and _time_of(rest_lines[0]):
        ends = 1
        while ends < len(rest_lines) and not UNIT_START.match(rest_lines[ends]):
            ends += 1  # a time cell over two lines ("Từ tháng 10/2027" / "đến tháng 4/2028")
        time_text: str | None = " ".join(rest_lines[:ends])
        unit_lines = rest_lines[ends:]
    else:
        alone = [j for j, line in enumerate(rest_lines) if j and extra_after_time and _time_of(line)]
        if alone:
            # the time cell on its own line; the product or note cell after it is not a unit
            unit_lines, time_text = rest_lines[: alone[0]], " ".join(rest_lines[alone[0] : alone[-1] + 1])
        else:
            unit_lines, time_text = _cut_timeframe(rest_lines)
    lead_lines: list[str] = []
    coord_lines: list[str] = []
    for line in unit_lines:
        if not lead_lines:
            lead_lines.append(line)
        elif coord_lines or _new_unit_cell(line, lead_lines[-1]):
            coord_lines.append(line)
        else:
            lead_lines.append(line)
    return (
        " ".join(" ".join(text_lines).split()),
        " ".join(lead_lines),
        # a line of the coordinators' cell that opens a new unit after a complete one is a unit of its own
        # ("Công an xã" / "Các thôn: Phú Lương, Minh Hải"), not the rest of the line above
        units_by_paragraph("\n".join(coord_lines)),
        time_text,
    )


def _closing_units(lines: list[str], previous: str) -> bool:
    """Whether the last lines of a row are its lead and coordinators' cells and nothing else: a row whose time cell is
    empty ends with two units, each opening a line ("Biểu dương mô hình tiêu biểu" / "Ban Xây dựng Đảng Đảng ủy xã" /
    "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), however long the text's last line was."""
    return (
        _new_unit_cell(lines[0], previous)
        and any(_new_unit_cell(line, above) for above, line in itertools.pairwise(lines))
        and not any(_time_of(line) for line in lines)
    )


def _new_unit_cell(line: str, previous: str) -> bool:
    if not line[:1].isupper() or not UNIT_START.match(line):
        return False
    previous = previous.rstrip()
    last = previous.split()[-1] if previous.split() else ""
    if fold(previous).endswith(" xa hoi"):
        return (
            True  # "Phòng Văn hóa - Xã hội": "hội" ends the word "xã hội", not a name going on ("Chi hội …")
        )
    # "thuộc" asks for its body ("Các phòng thuộc" / "Sở"), "trực thuộc" (subordinate) ends a name: "Thủ trưởng các
    # đơn vị trực thuộc" / "Công đoàn cơ sở" are two cells
    complete = previous.endswith("trực thuộc")
    # a name wrapped at its dash goes on ("Phòng Tài chính -" / "Kế toán", "Phòng Pháp chế -" / "Thanh tra")
    return not (previous.endswith((",", ";", " -", " –")) or (last in _INCOMPLETE_END and not complete))


def _time_of(text: str) -> Timeframe | None:
    timeframe = parse_timeframe(text)
    return timeframe if timeframe and timeframe.kind != "unknown" else None


def _cut_timeframe(lines: list[str]) -> tuple[list[str], str | None]:
    """Split the unit lines from the timeframe that ends the row (it may share a line with the last unit)."""
    joined = " ".join(lines)
    offsets = []
    position = 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    for match in TIMEFRAME_HEAD.finditer(joined):
        begin = match.start()
        at_line_start = begin in offsets
        if not (joined[begin : begin + 1].isupper() or joined[begin].isdigit() or at_line_start):
            continue
        if begin and not at_line_start and joined[begin - 1] != " ":
            continue
        candidate = joined[begin:].strip()
        if _time_of(candidate):
            # the cell's lines kept apart: a line that only qualifies the time is told by `without_note`
            line_of = max(i for i, offset in enumerate(offsets) if offset <= begin)
            candidate = "\n".join([lines[line_of][begin - offsets[line_of] :], *lines[line_of + 1 :]]).strip()
            before = joined[:begin]
            unit_lines: list[str] = []
            for line, offset in zip(lines, offsets, strict=True):
                if offset >= begin:
                    break
                unit_lines.append(line[: max(0, begin - offset)].strip())
            del before
            return [u for u in unit_lines if u], candidate
    return lines, None


# A date whose year a narrow column broke over two lines: "20/11/20" / "26", "5/11/202" / "6"
_COORD_NOTE = re.compile(r"^Phối hợp(?: với)?\s+(?=[A-ZĐÀ-Ỹ])")
_BROKEN_YEAR = re.compile(r"\b(\d{1,2}/\d{1,2}/)(\d{1,3}) (\d{1,3})\b")


# A stop or a comma wrapped to a line of its own in a narrow column ("Trước ngày 15/01/2027" / "; sơ kết …"): the
# genre never sets a space before them
_WRAPPED_STOP = re.compile(r"\s+(?=[;,])")


# What a time depends on, said after it: "Theo tiến độ công trình", "Tùy tình hình thực tế", "Sau khi có phương án"
_QUALIFIER = re.compile(r"^(?:Theo|Tùy|Tuỳ|Căn cứ|Sau khi|Khi|Nếu|Trường hợp|Phụ thuộc)\b")


# The rule a PDF prints above a page's footnotes: a line of underscores (its notes follow, numbered)
_FOOTNOTE_RULE = re.compile(r"^_{5,}$")


def without_note(cell: str) -> str:
    """A time cell without the paragraph after the time that only qualifies it (what the time depends on) and holds
    no time itself ("Quý II - quý III/2027" / "Theo tiến độ công trình"); a time written over two lines ("Từ tháng
    10/2027" / "đến tháng 4/2028", "Tháng 11/2026 và dịp Tết" / "Nguyên đán") and any other cell are kept whole."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    rule = next((i for i, line in enumerate(lines) if i and _FOOTNOTE_RULE.match(line)), None)
    if rule is not None:
        # the footnote rule at the page's foot and its notes after the last cell of the page ("Quý I, quý IV/2027" /
        # "__________________" / "1 Nghị định số 58/2024/NĐ-CP …"): the notes are no part of the time
        lines = lines[:rule]
        cell = "\n".join(lines)
    for index in range(1, len(lines)):
        if (
            _QUALIFIER.match(lines[index])
            and _time_of(" ".join(lines[:index]))
            and not any(TIMEFRAME_HEAD.search(line) and _time_of(line) for line in lines[index:])
        ):
            return "\n".join(lines[:index])
    return cell


def _joined_year(match: re.Match[str]) -> str:
    year = match[2] + match[3]
    return match[1] + year if len(year) == 4 and year[:2] in {"19", "20"} else match[0]


# A plan that ticks its periods: one column per quarter or month under the time heading ("Thời gian thực hiện năm
# 2027" over "Quý I | Quý II | Quý III | Quý IV"), each row's periods marked "x". The row's time is the headings of its
# ticked columns, in order.
_PERIOD_HEADER = re.compile(r"^(?:quy(?P<quarter>[ivx]{1,4})|thang(?P<month>\d{1,2}))(?P<year>/\d{4})?$")
_TICK = re.compile(r"^[xX✓✔]$")


def _period_columns(cells: list[str]) -> dict[int, str]:
    """The columns of a header row that are periods ("Quý I", "Tháng 10"), by index, when there are two or more;
    a narrow column's heading cut by a PDF's text ("Q uý I") is read whole."""
    periods = {}
    for index, cell in enumerate(cells):
        period = _PERIOD_HEADER.match(fold(cell).replace(" ", ""))
        if period:
            name = f"Quý {period['quarter'].upper()}" if period["quarter"] else f"Tháng {period['month']}"
            periods[index] = name + (period["year"] or "")
    return periods if len(set(periods.values())) >= 2 else {}


def _ticked(periods: dict[int, str], cells: list[str]) -> str:
    return ", ".join(
        label for index, label in periods.items() if _TICK.match(cells[index]) if index < len(cells)
    )


# A programme without a time column groups its rows by period, a row merged across the table ("THÁNG 01/2027",
# "QUÝ II/2027"): the period is the time of every row under it.
_PERIOD_GROUP = re.compile(r"^(?:tháng|quý)\s+(?:\d{1,2}|[ivx]{1,4})(?:\s*/\s*\d{4})?$", re.IGNORECASE)


# A table without a number column may type each row's number at the head of its task cell ("1. Tuyên truyền …",
# "2.1. Ký cam kết …"): the row's number, not the rest of the row above.
_NUMBER_IN_TASK_CELL = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(?=[A-ZĐÀ-Ỹ])")

# The hours of one day in a time cell: "07h30 - 08h00", "19 giờ 00 - 19 giờ 10", "13:30-14:00", "Từ 7h30 đến 8h".
_CLOCK = r"\d{1,2}\s*(?:h|giờ|g)\s*(?:\d{2}(?:\s*(?:phút|p|'))?)?|\d{1,2}:\d{2}"
_HOURS = re.compile(
    rf"^(?:(?:sáng|chiều|tối|từ)\s+)*(?:{_CLOCK})(?:\s*(?:[-–—]|đến)\s*(?:{_CLOCK}))?$", re.IGNORECASE
)


def is_programme(times: list[str | None]) -> bool:
    """Whether rows read from a table are the programme of one event, not a catalog of work: a conference's or a
    ceremony's programme ("Thời gian | Nội dung | Người thực hiện") has the columns of a task table, but most of its
    rows are timed by the hours of one day ("07h30 - 08h00": the welcome, the speeches, the closing), where a body's
    work runs over days, months or a year. Such a table gives no task. `times` are the time cells of its rows."""
    hours = sum(1 for time in times if time and _HOURS.match(time.strip(" .;")))
    return hours >= 2 and 2 * hours > len(times)


def _programme(tasks: list[Task]) -> bool:
    return is_programme([task.timeframe.raw if task.timeframe else None for task in tasks])


def tasks_from_table(
    rows: list[list[str]], default_year: int | None, headings: list[Heading] | None = None
) -> list[Task]:
    """Tasks of a real table (DOCX, PDF with ruling lines, XLSX). Rows before the header are ignored."""
    columns: dict[str, int] | None = None
    top: list[str] = []
    tasks: list[Task] = []
    last_numeric: str | None = None
    last_letter: str | None = None
    pending_heading: Task | None = None
    group: str | None = None
    group_time = (
        ""  # the period of the group row above ("THÁNG 01/2027"), when rows have no time of their own
    )
    periods: dict[int, str] = {}  # the ticked period columns ("Quý I" … "Quý IV"), by index
    last_cells: dict[str, str] = {}
    for cells in rows:
        # the unit cells keep their paragraphs apart where each names a unit (`units_by_paragraph`)
        by_paragraph = [_cell_text(units_by_paragraph(c)) if c and "\n" in c else "" for c in cells]
        cells = [_cell_text(c or "") for c in cells]
        by_paragraph = [p or c for p, c in zip(by_paragraph, cells, strict=True)]
        if columns is None:
            columns = header_columns(cells)
            if columns is not None and non_task_header(cells):
                return []  # a report template or a register of models: never tasks
            top = cells
            continue
        if not tasks and pending_heading is None and not periods and _period_columns(cells):
            periods = _period_columns(cells)
            columns = {**columns, "time": min(periods)}
            continue
        if periods:
            cells = [
                _ticked(periods, cells) if index == min(periods) else cell for index, cell in enumerate(cells)
            ]
        second = _sub_header(top, cells) if not tasks and pending_heading is None else None
        if second is not None:
            columns, top = header_columns(second) or columns, second
            continue
        if header_columns(cells) or all(_NUMBERING_CELL.fullmatch(c) for c in cells if c):
            continue  # repeated header or the "(1) (2) (3)" numbering row
        if tasks and columns.get("no") != 0 and _column_names(cells[0])[:1] == ("no",):
            # a row that opens with the number column's name ("TT", "STT") under a table without one in front: the
            # header of the next table, run on by the reader (a form to fill in under a programme); its rows are read
            # under their own header
            columns = header_columns(cells)
            top = cells
            continue

        def cell(name: str, values: list[str] = cells, positions: dict[str, int] = columns or {}) -> str:
            index = positions.get(name)
            return values[index] if index is not None and index < len(values) else ""

        no = cell("no").strip(" .)")
        if re.fullmatch(r"\(\d{1,2}", no):
            no = no[1:]  # "(1)": a row number in brackets
        if _SPELLED_ROMAN.fullmatch(no):
            no = no.replace(
                " ", ""
            )  # "I I": "II" in a column too narrow for it, a letter a line (as "S T T")
        text = cell("text")
        typed_no = _NUMBER_IN_TASK_CELL.match(text) if not no else None
        if typed_no:  # "2. Ký cam kết …": the row's number typed in its cell
            no, text = typed_no[1], text[typed_no.end() :]
        distinct = {c for c in cells if c}
        if not text and not no:
            continue
        units_and_time = [cell("lead"), cell("coord"), cell("time")]
        merged = len(distinct) <= 2 and sum(1 for c in cells if c == text) > 1
        if merged or (_is_upper(text) and not any(u and u != text for u in units_and_time)):
            group = no or None
            if _PERIOD_GROUP.match(text) and "time" not in (columns or {}):
                group_time = text[:1] + text[1:].lower() if text.split()[0].isupper() else text
                group_time = re.sub(r"\b([ivx]{1,4})\b", lambda m: m[1].upper(), group_time)
            if no and _parts(no) is not None:
                last_numeric = no
            if no and headings is not None:
                headings.append(Heading(no=no, text=text, parent_no=_numeric_parent(no)))
            continue
        if (
            not no
            and tasks
            and last_cells
            and (
                not text[:1].isupper()
                # a numbered table: a row with neither number nor unit nor time is the rest of the one above
                or (tasks[-1].no and not any(u for u in units_and_time))
            )
        ):
            for name in ("text", "lead", "coord", "time"):
                if cell(name) and columns.get(name) is not None:
                    value = cell(name, by_paragraph) if name in ("lead", "coord") else cell(name)
                    last_cells[name] = _join_fragments(last_cells.get(name, ""), value)
            _refill(tasks[-1], last_cells, columns, default_year)
            continue  # the rest of a row split by a page break
        if no and not text and not cell("time"):
            # a numbered row with no task cell and no time: a group title in a cell merged across the columns,
            # which the reader cut into pieces ("1" | "" | "Thực hiện dân chủ" | "trong nội bộ cơ quan"); a heading
            # when rows under it follow, never a task without text
            text = " ".join(c for i, c in enumerate(cells) if c and i != columns.get("no"))
            units_and_time = ["", "", ""]
            merged = True
        if no and _parts(no) is not None:
            parent = no.rsplit(".", 1)[0] if "." in no else (group if group != no else None)
            last_numeric, last_letter = no, None
        elif re.fullmatch(r"[a-zđ]", no):
            parent, last_letter = last_numeric, no
        elif _GROUP_MARK.fullmatch(no):
            parent = None  # "II": a group of the table's top level
        else:
            parent = last_letter or last_numeric
        lead_text = cell("lead", by_paragraph) if "lead" in (columns or {}) and not merged else ""
        coord_text = (
            cell("coord", by_paragraph)
            if "coord" in (columns or {}) and columns.get("coord") != columns.get("lead") and not merged
            else ""
        )
        if "coord" not in (columns or {}) and not merged:
            # no coordinators' column: a note cell that opens with "Phối hợp (với) …" names them ("Ghi chú")
            named = {columns.get(name) for name in ("no", "text", "lead", "time")}
            notes = [c for i, c in enumerate(cells) if i not in named and c]
            coord_text = next((_COORD_NOTE.sub("", c) for c in notes if _COORD_NOTE.match(c)), "")
        lead, coord = row_units(lead_text, coord_text)
        if "coord" not in (columns or {}) and not merged and not coord and _COORD_NOTE.match(text):
            # nor a note: the task itself, "Phối hợp Ủy ban nhân dân xã … tuyên truyền …", names its partner
            coord = inline_assignment(text)[1]
        task = Task(
            no=no or None,
            text=text,
            parent_no=parent,
            lead=lead,
            coord=coord,
            timeframe=parse_timeframe(cell("time") or group_time or None, default_year),
        )
        if pending_heading is not None and _is_child(pending_heading.no or "", no):
            if headings is not None and pending_heading.no:
                headings.append(Heading(pending_heading.no, pending_heading.text, pending_heading.parent_no))
            if _GROUP_MARK.fullmatch(pending_heading.no or ""):
                # a group row whose title is not in capitals, known by the rows under it
                group = pending_heading.no
                if "." not in no:
                    task.parent_no = group
            pending_heading = None
        elif pending_heading is not None:
            tasks.append(pending_heading)
            pending_heading = None
        if not (task.lead or task.coord or task.timeframe):
            pending_heading = task  # kept only when no sub-row follows
            last_cells = {}
            continue
        tasks.append(task)
        last_cells = {
            name: cell(name, by_paragraph if name in ("lead", "coord") else cells) for name in _CELLS
        }
        last_cells["time"] = last_cells["time"] or group_time
    if pending_heading is not None:
        tasks.append(pending_heading)
    return [] if _programme(tasks) else tasks


# A table with one column of who does the row ("Cơ quan thực hiện", "Đơn vị thực hiện") may say in its cell who leads
# and who takes part, as field lines do in prose: a paragraph per field ("Chủ trì: X" / "Phối hợp: Y"; the cell's text
# runs them together), or each unit with its role after it ("X chủ trì; Y phối hợp", "X chủ trì, phối hợp với Y").
_CELL_FIELD = re.compile(
    r"(?:^|(?<=[\s.;,]))(?P<label>(?:(?:Đơn vị|Cơ quan|Bộ phận)\s+)?(?:[Cc]hủ trì|[Pp]hối hợp)(?:\s+thực hiện)?)\s*:\s*"
)
_ROLE_IN_CELL = re.compile(r"(?<![\wà-ỹ])(?:chủ trì|phối hợp)(?![\wà-ỹ])", re.IGNORECASE)
# A unit that supervises the one that does the row ("X thực hiện; Y giám sát") takes part in it ("Phòng Thanh tra,
# giám sát" is a name).
_SUPERVISES = re.compile(r"(?<!,)\s+giám sát$")


def _kind_repeated(cell: str) -> str:
    """A unit cell that lists units of one kind without a stop between them, their lines run together by a PDF's
    text ("Phòng giao dịch Sìn Hồ Phòng giao dịch Phong Thổ"): each time the first unit's first two words come again,
    a unit starts."""
    words = cell.split()
    if len(words) < 5 or not UNIT_START.match(cell):
        return cell
    kind = f" {words[0]} {words[1]} "
    at = cell.find(kind, 1)
    while at > 0:
        if cell[at - 1] not in ",;":
            cell = f"{cell[:at]};{cell[at:]}"
            at += 1
        at = cell.find(kind, at + 1)
    return cell


def row_units(lead_text: str, coord_text: str = "") -> tuple[list[str], list[str]]:
    """The units of a row: those of its lead cell that lead, and its partners (those its lead cell names in their
    role, then those of its coordinators' cell)."""
    lead_text, coord_text = _kind_repeated(lead_text), _kind_repeated(coord_text)
    fields = list(_CELL_FIELD.finditer(lead_text))
    if fields:
        leads = split_units(lead_text[: fields[0].start()])
        partners: list[str] = []
        for field_, following in zip(fields, [*fields[1:], None], strict=True):
            value = lead_text[field_.end() : following.start() if following else None]
            (leads if "chu tri" in fold(field_["label"]) else partners).extend(split_units(value))
    elif _ROLE_IN_CELL.search(lead_text):
        leads, partners = split_assignment(lead_text)
    else:
        leads, partners = split_units(lead_text), []
    supervisors = [unit for unit in leads if _SUPERVISES.search(unit)]
    if supervisors and len(supervisors) < len(leads):
        leads = [unit for unit in leads if unit not in supervisors]
        partners += [_SUPERVISES.sub("", unit) for unit in supervisors]
    return leads, partners + split_units(coord_text)


_CELLS = ("text", "lead", "coord", "time")


def _cell_text(cell: str) -> str:
    """A cell's text on one line (a year and a stop a narrow column wrapped joined again)."""
    return _BROKEN_YEAR.sub(_joined_year, _WRAPPED_STOP.sub("", " ".join(cell.split())))


def units_by_paragraph(cell: str) -> str:
    """A unit cell whose paragraphs name a unit each ("Phòng giao dịch Sìn Hồ" / "Phòng giao dịch Phong Thổ"), as one
    line with the units apart: a paragraph that opens a unit after a complete one starts a unit of its own (as the
    lines of a cell of text copied from a table do, `_split_cells`); any other paragraph goes on with the one above."""
    joined = ""
    for line in cell.split("\n"):
        line = line.strip()
        if line:
            joined = line if not joined else joined + ("; " if _new_unit_cell(line, joined) else " ") + line
    return joined


def _join_fragments(first: str, second: str) -> str:
    if not first:
        return second
    if re.search(r"\w[-/]$", first):
        return first + second
    return f"{first} {second}"


def _refill(task: Task, cells: dict[str, str], columns: dict[str, int], default_year: int | None) -> None:
    task.text = cells.get("text", "")
    same_column = columns.get("coord") == columns.get("lead")
    task.lead, task.coord = row_units(
        cells.get("lead", "") if "lead" in columns else "",
        cells.get("coord", "") if "coord" in columns and not same_column else "",
    )
    task.timeframe = parse_timeframe(cells.get("time") or None, default_year)


# A header cell on a line of its own (text copied from a Word table, pdftotext in reading order): short, and one of
# the column names of a task table or of the extra columns such tables carry.
# The expected outcome of a plan's row ("Kết quả/sản phẩm", "Kết quả cần đạt", "Sản phẩm đầu ra") is such a column;
# a bare "Kết quả" or "Kết quả thực hiện" is the column of a report (`_NON_TASK_COLUMN`).
_EXTRA_COLUMN = re.compile(
    r"^(?:san pham(?: du kien| dau ra)?|ghi chu|kinh phi.*|ket qua (?:du kien|can dat)|du kien san pham|"
    r"ket qua\s*[/,(-]?\s*san pham(?: du kien)?|san pham\s*[/,(-]?\s*ket qua|yeu cau can dat)$"
)
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–])?$", re.IGNORECASE)


def _header_cell(line: str) -> str | None:
    key = fold(line).strip(" .:()")
    # a header cell carries no number: "II. NHIỆM VỤ VÀ PHÂN CÔNG" is the part above the table
    if not key or len(line) > 45 or _NUMBERED_TITLE.match(line):
        return None
    if _COLUMNS["no"].match(key) or _EXTRA_COLUMN.match(key) or _SPANNING_CELL.match(key):
        return key
    for name in ("text", "lead", "coord", "time"):
        if _COLUMNS[name].search(key) and len(key.split()) <= 7:
            return key
    return None


_NUMBERED_TITLE = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})[.)]\s")


def cell_header_length(lines: list[str]) -> int:
    """How many lines at the start of `lines` are the header cells of a task table written one cell per line
    ("TT" / "Nhiệm vụ" / "Chủ trì" / "Phối hợp" / "Thời gian"), or 0."""
    # the number's cell first, or after the time's when the table groups its rows by period (the time column
    # first, its cell merged over the rows of the period)
    first = 1 if len(lines) > 1 and _COLUMNS["time"].match(fold(lines[0]).strip(" .:()")) else 0
    if not lines or _header_cell(lines[0]) is None:
        return 0
    numbered_rows = False  # no number column: each row types its number at the head of its task cell
    if not _COLUMNS["no"].match(fold(lines[first]).strip(" .:()")):
        if "text" not in _column_names(lines[0]):
            return 0
        numbered_rows = True
    count = 0
    while count < len(lines) and count < 9 and _header_cell(lines[count]) is not None:
        count += 1
    columns = header_columns(lines[:count] if not numbered_rows else ["TT", *lines[:count]])
    if count < 3 or columns is None or non_task_header(lines[:count]):
        return 0
    if numbered_rows and not (count < len(lines) and _first_numbered_cell(lines[count])):
        return 0
    return count


def _first_numbered_cell(line: str) -> bool:
    """Whether a line is the task cell of a table's first row with its number typed at its head ("1. Tuyên …")."""
    numbered = _NUMBER_IN_TASK_CELL.match(line)
    return numbered is not None and plausible_next([], numbered[1])


def _numbers_out_of_task_cells(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines of a table without a number column, one cell a line, each row's number typed at the head of its task
    cell: the number put on a line of its own before the cell ("1. Tuyên truyền …" → "1" / "Tuyên truyền …"), for a
    number that follows the rows before (a cell's own "2. …" point after row 5 does not). Also, for each line given
    back, how many of `lines` it reaches to (to count the lines the table took)."""
    out: list[str] = []
    reach: list[int] = []
    seen: list[str] = []
    for index, line in enumerate(lines):
        numbered = _NUMBER_IN_TASK_CELL.match(line.strip())
        if numbered and plausible_next(seen, numbered[1]):
            seen.append(numbered[1])
            out.extend([numbered[1], line.strip()[numbered.end() :]])
            reach.extend([index + 1, index + 1])
        else:
            out.append(line)
            reach.append(index + 1)
    return out, reach


# The end of a table written one cell a line: a part heading ("III. TỔ CHỨC THỰC HIỆN"; in a plan whose parts are
# numbered "1.", "2.", "3.", a closing part: "3. Tổ chức thực hiện", "4. Kinh phí"), the recipients, a signature.
_TABLE_END = re.compile(
    r"^(?:[IVX]{1,4}\.\s+[A-ZĐÀ-Ỹ]|Nơi nhận\b|(?:TM|KT|TL|T/M|K/T|Q)\.?\s+[A-ZĐ]{2,}|"
    r"\d{1,2}\.\s+(?:Tổ chức thực hiện|TỔ CHỨC THỰC HIỆN|Kinh phí|KINH PHÍ|Chế độ báo cáo|CHẾ ĐỘ BÁO CÁO)\b)"
)


def cell_table_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that are the body of a table written one cell per line: from below its header cells
    to the end of the table (a section heading, "Nơi nhận", a signature)."""
    inside: set[int] = set()
    index = 0
    while index < len(lines):
        length = cell_header_length(lines[index : index + 9]) if len(lines[index]) < 46 else 0
        if not length:
            index += 1
            continue
        index += length
        while index < len(lines) and not _TABLE_END.match(lines[index]):
            inside.add(index)
            index += 1
    return inside


def _in_numbering_row(lines: list[str], index: int) -> bool:
    """Whether the "(n)" at `index` is a cell of the row that numbers the columns: a "(n)" next to it."""
    return any(
        0 <= near < len(lines) and re.fullmatch(r"\(\d{1,2}\)", lines[near].strip()) is not None
        for near in (index - 1, index + 1)
    )


# A running footer between a page's last lines and the next page: "Kế hoạch số 211/KH-TTYT Trang 1" (no cell ends so)
_RUNNING_FOOTER = re.compile(r"\bTrang\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s*$")


def _time_start(line: str) -> bool:
    return line[:1].isupper() and TIMEFRAME_HEAD.match(line) is not None


def _columns_in_turn(
    rows: list[list[str]], header: list[str], columns: dict[str, int]
) -> list[list[str]] | None:
    """The rows of a table whose text came out one column after another (pdftotext of some PDFs): the number and
    content cells row by row, then every unit cell of the table, then every time cell. Every row but the last holds
    its text only; the last row's text is followed by as many cells as rows for each unit and time column, in the
    header's order, each cell told by what starts it (a unit after a complete unit, a time after a unit or a complete
    time). None when the rows are not so (or the cells do not count out)."""
    others = [name for _, name in sorted((columns[n], n) for n in ("lead", "coord", "time") if n in columns)]
    if len(rows) < 2 or "text" not in columns or len(others) + 2 != len(header):
        return None  # an extra column ("Ghi chú") could not be told from the others
    width = _text_width([line for row in rows for line in row[1:]])

    def starts_cell(lines: list[str], j: int) -> bool:
        return _starts_cell(lines[j], lines[j - 1], width) or _time_start(lines[j])

    *earlier, last = rows
    if any(any(starts_cell(row, j) for j in range(2, len(row))) for row in earlier):
        return None
    lines = last[1:]
    for start in range(1, len(lines)):
        # the last row's text ends where the cells that count out begin (its last line may be a long one)
        if lines[start][:1].isupper() and (UNIT_START.match(lines[start]) or _time_start(lines[start])):
            in_columns = _cells_in_turn(lines[start:], others, len(rows))
            if in_columns is not None:
                break
    else:
        return None
    table: list[list[str]] = []
    for position, row in enumerate(rows):
        synthetic = [""] * len(header)
        synthetic[columns.get("no", 0)] = row[0]
        synthetic[columns["text"]] = " ".join(row[1 : start + 1] if row is last else row[1:])
        for name, values in in_columns.items():
            synthetic[columns[name]] = values[position]
        table.append(synthetic)
    return table


def _cells_in_turn(lines: list[str], names: list[str], count: int) -> dict[str, list[str]] | None:
    """`lines` cut into `count` cells for each column of `names` in turn, or None when they do not count out."""
    cells: list[list[str]] = []
    for line in lines:
        before = " ".join(cells[-1]) if cells else ""
        complete_time = bool(before) and _time_of(before) is not None
        if (
            not cells
            or (_time_start(line) and (complete_time or UNIT_START.match(before) is not None))
            or (line[:1].isupper() and complete_time)
            or (not _time_start(before) and _new_unit_cell(line, cells[-1][-1]))
        ):
            cells.append([line])
        else:
            cells[-1].append(line)
    if len(cells) != count * len(names):
        return None
    texts = [" ".join(cell) for cell in cells]
    in_columns = {name: texts[k * count : (k + 1) * count] for k, name in enumerate(names)}
    if any(
        not (_time_of(text) if name == "time" else UNIT_START.match(text))
        for name, values in in_columns.items()
        for text in values
    ):
        return None
    return in_columns


def _cells_up_to_time(in_order: list[str], columns: dict[str, int], width: int) -> bool:
    """Whether a row one cell a line ends at its time cell, the columns after it empty: its last line is a time in the
    time column's place and every line in a unit column's place names a unit."""
    time_at = columns.get("time")
    return (
        time_at is not None
        and len(in_order) == time_at + 1 < width
        and _time_of(in_order[time_at]) is not None
        and all(
            UNIT_START.match(in_order[columns[name]]) is not None
            for name in ("lead", "coord")
            if name in columns and columns[name] < time_at
        )
    )


def parse_cell_table(
    lines: list[str], header: list[str], default_year: int | None, headings: list[Heading] | None = None
) -> tuple[list[Task], int]:
    """Tasks of a table whose cells are one per line (`lines` start after the `header` cells). Returns the tasks and
    how many lines the table took. A row is its number, then its cells; when the count of lines does not match the
    columns (an empty cell, a wrapped cell) the cells are told apart by what they hold. The header repeated after a
    page break, page numbers ("2", "Trang 2") and form feeds are dropped."""
    header_keys = {fold(cell).strip(" .:()") for cell in header}
    reach: list[int] | None = None
    if not _COLUMNS["no"].match(fold(header[0]).strip(" .:()")) and "text" in _column_names(header[0]):
        # no number column: the rows' numbers typed at the head of their task cells (`cell_header_length`)
        header = ["TT", *header]
        lines, reach = _numbers_out_of_task_cells(lines)
    tasks, used = _parse_cell_rows(lines, header, default_year, headings, header_keys)
    if _programme(tasks):
        tasks = []
    return tasks, (reach[used - 1] if reach is not None and used else used)


def _parse_cell_rows(
    lines: list[str],
    header: list[str],
    default_year: int | None,
    headings: list[Heading] | None,
    header_keys: set[str],
) -> tuple[list[Task], int]:
    header = spanned_in_order(header)
    columns = header_columns(header) or {}
    if columns.get("time", 99) < columns.get("no", 0):
        return _period_first_table(lines, header, columns["time"], default_year, headings)
    width = len(header)
    rows: list[list[str]] = []
    seen: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if (
            not stripped
            or stripped == PAGE_BREAK
            or (
                _PAGE_NUMBER.match(stripped)
                and not (_ROW_ALONE.match(stripped) and plausible_next(seen, stripped.rstrip(".)")))
            )
        ):
            used = index + 1
            continue
        in_brackets = re.fullmatch(r"\(\d{1,2}\)", stripped) is not None
        if (
            fold(stripped).strip(" .:()") in header_keys
            or (in_brackets and _in_numbering_row(lines, index))
            or _RUNNING_FOOTER.search(stripped)
        ):
            used = index + 1
            continue
        # a row number in brackets ("(1)", "(2)") when it is not a cell of the "(1) (2) (3)" row under the header
        alone = _ROW_ALONE.match(stripped[1:] if in_brackets else stripped)
        if alone is None and index + 1 < len(lines) and _is_upper(lines[index + 1].strip()):
            alone = _GROUP_LETTER_ALONE.match(stripped)  # "A" then "ĐỔI MỚI PHONG CÁCH PHỤC VỤ": a group row
        if alone and plausible_next(seen, alone[1]):
            seen.append(alone[1])
            rows.append([alone[1]])
            used = index + 1
            continue
        if _TABLE_END.match(stripped) or not rows:
            break
        rows[-1].append(stripped)
        used = index + 1
    table: list[list[str]] = [list(header)]
    in_turn = _columns_in_turn(rows, header, columns)
    if in_turn is not None:
        return tasks_from_table([list(header), *in_turn], default_year, headings), used
    for row in rows:
        no, cells = row[0], row[1:]
        in_order = [no, *cells]
        unit_holds_time = any(
            columns.get(name) is not None
            and columns[name] < len(in_order)
            and TIMEFRAME_HEAD.match(in_order[columns[name]])
            and _time_of(in_order[columns[name]])
            for name in ("lead", "coord")
        )
        if _cells_up_to_time(in_order, columns, width):
            # the columns after the time left empty ("Kết quả cần đạt"): the lines are the cells up to the time
            table.append([*in_order, *[""] * (width - len(in_order))])
            continue
        if (len(cells) == width - 1 and not unit_holds_time) or (len(cells) == 1 and _is_upper(cells[0])):
            # (as many lines as columns, unless a unit column would get a time: then an empty cell and a time over
            # two lines made the count match by chance)
            table.append([no, *cells, *[""] * (width - 1 - len(cells))])
            continue
        time_first = columns.get("time", 0) < min(columns.get("lead", 99), columns.get("coord", 99))
        extra_after_time = any(
            _EXTRA_COLUMN.match(fold(cell).strip(" .:()"))
            for cell in header[columns.get("time", width) + 1 :]
        )
        text, lead, coord, time_text = _split_cells(cells, _text_width(cells), time_first, extra_after_time)
        synthetic = [""] * width
        synthetic[columns.get("no", 0)] = no
        time_text = without_note(time_text or "")
        for name, value in (("text", text), ("lead", lead), ("coord", coord), ("time", time_text)):
            if name in columns:
                synthetic[columns[name]] = value
        table.append(synthetic)
    return tasks_from_table(table, default_year, headings), used


_PERIOD_MARK = "\x00period:"  # in `_period_first_table`, a row's period among its cells


def _period_first_table(
    lines: list[str],
    header: list[str],
    time_at: int,
    default_year: int | None,
    headings: list[Heading] | None,
) -> tuple[list[Task], int]:
    """A table written one cell per line whose first column is the period, its cell merged over the rows of that
    period ("Tháng 4 - 5/2027" / "2" / … / "3" / …): the period is printed once, before the number of its first row,
    and holds for the rows after it until the next. Read as the same table with the period moved to the end of each
    row."""
    moved = [cell for index, cell in enumerate(header) if index != time_at]
    width = len(moved)  # the number and the cells of a row, without its period
    body: list[str] = []
    period = row_period = ""
    used = 0
    rows = 0
    in_row = 0  # the lines of the current row, its number included
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _TABLE_END.match(stripped):
            break
        used = index + 1
        if not stripped or stripped == PAGE_BREAK:
            continue
        following = next((ahead.strip() for ahead in lines[index + 1 : index + 3] if ahead.strip()), "")
        starts_period = (
            _ROW_ALONE.match(following) is not None
            and _ROW_ALONE.match(stripped) is None
            and (rows == 0 or in_row >= width)
        )
        if starts_period:
            period = stripped
            continue
        if _ROW_ALONE.match(stripped) and (rows == 0 or in_row >= width - 1):
            if rows:
                body.append(_PERIOD_MARK + row_period)
            row_period = period
            rows += 1
            in_row = 0
        in_row += 1
        body.append(stripped)
    if rows:
        body.append(_PERIOD_MARK + row_period)
    table: list[list[str]] = [[*moved, header[time_at]]]
    for line in body:
        if line.startswith(_PERIOD_MARK):
            row = table[-1]
            row.extend([""] * (width - len(row)))
            row.append(line[len(_PERIOD_MARK) :])
        elif _ROW_ALONE.match(line) and len(table[-1]) > width:
            table.append([line])
        elif len(table) > 1 and len(table[-1]) < width:
            table[-1].append(line)
        elif len(table) > 1:
            table[-1][-1] += " " + line  # a cell wrapped over two lines
    return tasks_from_table(table, default_year, headings), used
