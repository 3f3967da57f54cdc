"""Tables rebuilt from the position of words: PDF pages whose table has no ruling (LibreOffice's lightly ruled
tables, rows continued over a page) and scanned pages read by OCR.

The header row gives the columns: its words, wherever they wrap, cluster into intervals separated by the cell
padding. Every word below goes to the column it sits in; a row starts at a row number in the number column; the
table ends at a line whose words cross a column boundary (prose runs across the page) or at the signature.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from docparse.blocks import Block, Table
from docparse.tables import header_columns
from docparse.text import fold

# a row number, also in brackets ("(1)", "(2)" under a group row "A")
_ROW_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ]\d{0,2}|[A-ZĐ]|[IVX]{1,5})[.)]?$|^\(\d{1,2}\)$"
)
_GROUP_MARK = re.compile(r"^(?:[A-ZĐ]|[IVX]{1,5})[.)]?$")
_ARABIC_ROW = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?$")
_END = re.compile(r"^(?:Nơi nhận|TM\.|KT\.|T/M|K/T)")
_HAS_TEXT = re.compile(r"[^\W_]")
# The Roman number of a part title as OCR reads its strokes: "I" as "L", "l", "|" or "1", "II" as "H" (two strokes
# joined): "L MỤC ĐÍCH", "H. NỘI DUNG", "Il. NHIỆM VỤ", "HI." or "1H. TỔ CHỨC THỰC HIỆN". Strokes read as digits
# only ("1.", "11.") are an Arabic number.
OCR_PART_MARK = r"(?=[1lI|LH]*[lI|LH])[1lI|LH]{1,3}"
# A plan may letter its parts instead ("A. MỤC ĐÍCH", "B. NHIỆM VỤ", "C. TỔ CHỨC THỰC HIỆN"): a capital and a stop
_SECTION_NUMBER = re.compile(rf"^(?:[IVX]{{1,5}}|{OCR_PART_MARK}|[A-ZĐ])\.$")
_BARE_SECTION_NUMBER = re.compile(rf"^(?:[IVX]{{1,5}}|{OCR_PART_MARK})$")  # its dot lost by the OCR
_PART_NUMBER = re.compile(r"^\d{1,2}\.$")  # "2." of "2. Nội dung và phân công", a part numbered in Arabic
_PIECE_OF_NUMBER_HEADER = re.compile(r"^(?:S|T|ST|TT|STT|Số)$")  # the number column's header cell, wrapped
_PAGE_NUMBER = re.compile(r"\d{1,3}")
_RUNNING_FOOTER = re.compile(r"\bTrang\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s*$")  # "… - Trang 3", "Trang 3/12"


@dataclass(slots=True)  # thousands per page: slots make them quicker to build and read
class Word:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    line: tuple[int, ...] | None = (
        None  # the OCR engine's own line (block, paragraph, line), which follows skew
    )


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines (same baseline within half a line height, or the OCR engine's lines), left to
    right."""
    if words and all(w.line is not None for w in words):
        grouped: dict[tuple[int, ...], list[Word]] = {}
        for word in words:
            grouped.setdefault(word.line or (), []).append(word)
        return [sorted(line, key=lambda w: w.x0) for line in grouped.values()]
    # by the middle of the word's box: its top moves with the marks above a letter ("Ê" starts higher than "ai"),
    # and cells centred at other heights put the lines of two columns half a line apart
    # By the middle of the word's box, against the middle of the line so far: a word's top moves with the marks
    # above its letters ("Ê" starts higher than "ai"), and cells centred in their rows put the lines of two columns
    # half a line apart, so a line is no wider than a few points
    # (twice the middle, x0, position): the order of a stable sort on (top + bottom, x0), each middle computed once
    ordered = sorted([(w.top + w.bottom, w.x0, i, w) for i, w in enumerate(words)])
    heights = sorted([w.bottom - w.top for w in words]) or [10.0]
    tolerance = heights[len(heights) // 2] * 0.4
    lines: list[list[Word]] = []
    middle = 0.0  # of the last line
    for twice_middle, _, _, word in ordered:
        word_middle = twice_middle / 2
        if lines and abs(middle - word_middle) <= tolerance:
            line = lines[-1]
            line.append(word)
            middle += (word_middle - middle) / len(line)
        else:
            lines.append([word])
            middle = word_middle
    return [sorted(line, key=_x0) for line in lines]


def _x0(word: Word) -> float:
    return word.x0


def _height(line: list[Word]) -> float:
    """Where the line stands on the page: the mean middle of its words (their tops move with the marks)."""
    return sum([(w.top + w.bottom) / 2 for w in line]) / len(line)


def _text(line: list[Word]) -> str:
    return " ".join([w.text for w in line])


def _is_upper_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _clusters(words: list[Word], gap: float) -> list[tuple[float, float, list[Word]]]:
    """Intervals of x covered by the words, merged when they overlap or are closer than `gap`."""
    clusters: list[tuple[float, float, list[Word]]] = []
    for word in sorted(words, key=lambda w: w.x0):
        if clusters and word.x0 <= clusters[-1][1] + gap:
            x0, x1, members = clusters[-1]
            clusters[-1] = (x0, max(x1, word.x1), [*members, word])
        else:
            clusters.append((word.x0, word.x1, [word]))
    return clusters


# The last words of the header cells header_columns looks for: a task column ("nhiệm vụ", "nội dung", "công việc",
# "hoạt động") and a unit or time column ("chủ trì", "thực hiện", "phụ trách", "thời gian", "thời hạn", "tiến độ",
# "hoàn thành", "thời điểm", "lịch").
_TEXT_COLUMN_WORDS = frozenset({"vu", "dung", "viec", "dong"})
_UNIT_OR_TIME_WORDS = frozenset({"tri", "hien", "trach", "gian", "han", "do", "thanh", "diem", "lich"})
# The words a wrapped header cell ends with on a line of its own
_HEADER_ENDS = frozenset({"tri", "hop", "hien", "thanh", "gian", "han", "chu", "vu", "dung", "viec", "tu"})


def _folded_words(line: list[Word]) -> frozenset[str]:
    """The line's words without marks, and without the stops and commas around them, as header_columns reads a cell:
    a scan reads a speck beside a header cell's last word as a full stop ("Nội dung.")."""
    return frozenset(word.strip(".,:;") for word in fold(_text(line)).split())


def _header_gap(lines: list[list[Word]]) -> float:
    """The widest space between two words of one header cell: under half the median word height."""
    heights = sorted(w.bottom - w.top for line in lines for w in line) or [10.0]
    return heights[len(heights) // 2] * 0.45


def _header(
    lines: list[list[Word]],
    start: int,
    gap: float | None = None,
    folded: list[frozenset[str]] | None = None,
) -> tuple[int, list[tuple[float, float]], list[str]] | None:
    """(lines used, column intervals, header cell texts) when a header row starts at `start`."""
    if gap is None:
        gap = _header_gap(lines)
    if folded is None:
        folded = [_folded_words(line) for line in lines]
    if len(lines[start]) == 1 and _PAGE_NUMBER.fullmatch(lines[start][0].text):
        # the page number centred above the header repeated at the top of a page (the genre numbers pages from the
        # second on, in the top margin): it stands between two header cells but is none of them
        return None
    words: frozenset[str] = frozenset()
    for size in (1, 2, 3, 4):
        if start + size > len(lines):
            break
        added = lines[start + size - 1]
        if _part_title(added):
            # "II. CÁC CÔNG VIỆC CỤ THỂ", "2. Nội dung và phân công": the part's title above the table, never in its
            # header row (header cells carry no number)
            return None
        words = words | folded[start + size - 1]  # header cells wrap over lines
        if not (words & _TEXT_COLUMN_WORDS and words & _UNIT_OR_TIME_WORDS):
            continue  # none of the words a task header needs (header_columns): no clustering to try
        clusters = _clusters([w for line in lines[start : start + size] for w in line], gap)
        if len(clusters) < 3:
            continue
        cells = _cells(clusters)
        if header_columns(cells):
            while start + size < len(lines) and size < 4 and _wraps_header(lines[start + size]):
                # the header cells' last words on a line of their own ("trì", "hợp", "thực hiện"): part of the
                # header, not of the row under it (a row broken off by the page break under a repeated header)
                size += 1
                clusters = _clusters([w for line in lines[start : start + size] for w in line], gap)
                cells = _cells(clusters)
            return size, [(x0, x1) for x0, x1, _ in clusters], cells
    return None


def _part_title(line: list[Word]) -> bool:
    """A part's title ("III. TỔ CHỨC THỰC HIỆN", "3. Tổ chức thực hiện"): no line of a table."""
    return len(line) > 1 and (
        (_SECTION_NUMBER.match(line[0].text) is not None and _is_upper_heading(_text(line[1:])))
        or (_PART_NUMBER.match(line[0].text) is not None and line[1].text[:1].isupper())
    )


def _below_header(
    lines: list[list[Word]], start: int, number: tuple[float, float] | None
) -> list[list[Word]]:
    """The lines under a header row whose words show where its columns meet (up to 40): those of the table, not the
    next part's title and the prose under it, which run across the columns' padding. A part's title starts at the
    margin, its words within the number column (`number`, the header cell's span); a row numbered "2." puts its text
    in the next column."""
    below = []
    for line in lines[start : start + 40]:
        title = number is not None and _part_title(line) and line[1].x0 < number[1]
        if title or _END.match(_text(line)):
            break
        below.append(line)
    return below


def _top_of_a_header_cell(line: list[Word], intervals: list[tuple[float, float]]) -> bool:
    """A line of a few words over one header cell of the lines under it and no other: the first line of a header
    cell over three lines, centred on the header row ("Người/bộ phận" / "STT  Công việc  …" / "thực hiện"), not a
    heading above the table (which starts at the margin, left of the content column)."""
    over = [i for i, (x0, x1) in enumerate(intervals) if line[0].x0 < x1 and line[-1].x1 > x0]
    return len(line) <= 4 and len(over) == 1 and over[0] >= 2


def _wraps_header(line: list[Word]) -> bool:
    """A line of a few lower-case words only, none a row number: the wrapped ends of header cells."""
    return (
        len(line) <= 6
        and not _ROW_NUMBER.match(line[0].text)
        and all(w.text[:1].islower() for w in line)
        and bool(_folded_words(line) & _HEADER_ENDS)
    )


def _cells(clusters: list[tuple[float, float, list[Word]]]) -> list[str]:
    return [" ".join(_text(line) for line in _lines(members)) for _, _, members in clusters]


def _names_columns_of_its_own(lines: list[list[Word]], size: int, gap: float) -> bool:
    """Whether the first of the `size` lines of a header names columns the lines under it do not name alone:
    it is the header's first line ("Cơ quan thực" over "hiện"), not a heading above the table."""
    whole = header_columns(_cells(_clusters([w for line in lines[:size] for w in line], gap))) or {}
    under = header_columns(_cells(_clusters([w for line in lines[1:size] for w in line], gap))) or {}
    return len(whole) > len(under)


def _boundaries(
    columns: list[tuple[float, float]], below: list[list[Word]], number_column: int | None = None
) -> list[float]:
    """Where one column ends and the next begins: between the header cells (centred, so their edges are not the
    column's), at the place the words of the rows below cross least — the cell padding. Left of the narrow column of
    row numbers, whose marks ("1", "2") stand flush left between two such places, the boundary is the leftmost."""
    # the whole x positions each word covers inside it, computed once for all the gaps between columns; a group title
    # in capitals without a mark ("THÁNG 4/2027") fills a cell merged across the columns, and crosses their padding
    spans = [
        (math.floor(w.x0) + 1, math.ceil(w.x1) - 1)
        for line in below
        if len(line) > 1 and not (_is_upper_heading(_text(line)) and not _ROW_NUMBER.match(line[0].text))
        for w in line
    ]
    boundaries = []
    for position, (left, right) in enumerate(itertools.pairwise(columns)):
        start, end = int(left[1]) + 1, int(right[0])
        if end <= start:
            boundaries.append((left[1] + right[0]) / 2)
            continue
        # how many words cross each x in [start, end): a running sum over where words begin and end
        steps = [0] * (end - start + 1)
        last = end - 1
        for first, final in spans:
            if final < start or first > last or first > final:
                continue
            steps[(first if first > start else start) - start] += 1
            steps[(final if final < last else last) - start + 1] -= 1
        counts = list(zip(itertools.accumulate(steps[:-1]), range(start, end), strict=True))
        left_of_numbers = number_column is not None and position + 1 == number_column
        boundaries.append(quietest_stretch(counts, leftmost=left_of_numbers))
    return boundaries


def quietest_stretch(counts: list[tuple[int, int]], leftmost: bool = False) -> float:
    """The middle of the widest stretch of positions crossed by the fewest words (`counts`: (words crossing, x), in
    order of x), where one column's padding meets the next; with `leftmost`, of the first such stretch. Two stretches
    apart (the padding each side of a narrow "TT" column, or a short word alone in the gap) have a word between
    them. For word boxes of a PDF page and for character columns of a text laid out by spaces alike."""
    fewest = min(count for count, _ in counts)
    runs: list[list[int]] = []
    for count, x in counts:
        if count != fewest:
            continue
        if runs and runs[-1][-1] == x - 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    best = runs[0] if leftmost else max(runs, key=len)
    return (best[0] + best[-1]) / 2


def _column_of(word: Word, boundaries: list[float]) -> int:
    centre = (word.x0 + word.x1) / 2
    column = 0
    for boundary in boundaries:
        if centre > boundary:
            column += 1
    return column


def _crosses(line: list[Word], boundaries: list[float]) -> bool:
    slack = 2.0
    for word in line:
        left, right = word.x0 + slack, word.x1 - slack
        if right <= left:
            continue  # too narrow to cross anything
        for boundary in boundaries:
            if left < boundary < right:
                # a speck read as "." or "_" by OCR is no text that spans columns
                if _HAS_TEXT.search(word.text):
                    return True
                break
    return False


@dataclass
class Columns:
    """The columns of a table found on one page, kept for its continuation on the next page."""

    boundaries: list[float]
    number_column: int
    width: int
    text_column: int | None = (
        None  # the content column of a calendar (its time column first, no number column)
    )
    # the lead and coordinators' columns, whose cells may name a unit a paragraph (`_next_line`)
    unit_columns: frozenset[int] = frozenset()


def page_blocks(words: list[Word], carried: Columns | None = None) -> tuple[list[Block], Columns | None]:
    """The page as text lines and tables rebuilt from word positions; the columns of a table that runs to the
    end of the page are returned for the next page."""
    lines = _lines(words)
    gap = _header_gap(lines)  # once per page: every line is tried as a header row
    folded = [_folded_words(line) for line in lines]
    blocks: list[Block] = []
    text: list[str] = []
    index = 0
    columns = carried
    if columns is not None and any(_header(lines, start, gap, folded) for start in range(min(4, len(lines)))):
        columns = None  # the header repeated at the top of the page (under a page number): its own columns
    while index < len(lines):
        found = _header(lines, index, gap, folded) if not _END.match(_text(lines[index])) else None
        if found is not None and found[0] > 1:
            later = _header(lines, index + 1, gap, folded)
            if (
                later is not None
                and later[0] < found[0]
                and len(later[1]) >= len(found[1])
                and not _names_columns_of_its_own(lines[index:], found[0], gap)
                and not _top_of_a_header_cell(lines[index], later[1])
            ):
                # the header, all its columns, starts on the next line: this one is a heading above the table
                found = None
        if found is None and columns is None:
            text.append(_text(lines[index]))
            index += 1
            continue
        header_rows: list[list[str]] = []
        if found is not None:
            size, intervals, cells = found
            positions = header_columns(cells) or {}
            number = positions.get("no")
            below = _below_header(lines, index + size, intervals[number] if number is not None else None)
            columns = Columns(
                _boundaries(intervals, below, positions.get("no")),
                positions.get("no", 0),
                len(intervals),
                # a calendar: the time column first, no number column
                positions.get("text") if "no" not in positions and positions.get("time") == 0 else None,
                frozenset(positions[name] for name in ("lead", "coord") if name in positions),
            )
            header_rows = [cells]
            index += size
        assert columns is not None
        rows, index = _rows(lines, index, columns, continued=found is None)
        if header_rows:
            # lines of a wrapped header ("Đơn vị phối" / "hợp") come before the first numbered row
            number = columns.number_column
            while (
                rows
                and (
                    not rows[0][number]
                    or (rows[0][number] == header_rows[0][number] == "T" and len(rows) > 1)
                    or (
                        _PIECE_OF_NUMBER_HEADER.match(rows[0][number])
                        and not any(rows[0][number + 1 : number + 2])
                    )
                )
                # header words, not the rest of a row broken off by the page break under a repeated header
                and all(len(cell.split()) <= 4 for cell in rows[0])
            ):
                # "TT" read as "T" on two lines, or "STT" wrapped in a narrow column ("S" / "T" / "T", OCR's "k" / "T" /
                # "T"), beside the wrapped "Đơn vị phối" / "hợp"; nothing in the content cell
                wrapped = rows.pop(0)
                if wrapped[number]:
                    header_rows[0][number] = "TT" if header_rows[0][number] == "T" else "STT"
                    wrapped[number] = ""
                header_rows[0] = [f"{a} {b}".strip() for a, b in zip(header_rows[0], wrapped, strict=True)]
            if rows and header_rows[0][number] == "STT" and _PIECE_OF_NUMBER_HEADER.match(rows[0][number]):
                # the last letter of "STT" beside the first lines of a row broken off by the page break (no number
                # of its own): the header's, not the row's
                rows[0][number] = ""
        if not rows and not header_rows:
            columns = None
            continue
        if text:
            blocks.append("\n".join(text))
            text = []
        blocks.append(Table([*header_rows, *rows]))
        if index < len(lines):
            columns = None  # the table ended on this page
    if text:
        blocks.append("\n".join(text))
    return blocks, columns


def _rows(
    lines: list[list[Word]], index: int, columns: Columns, continued: bool = False
) -> tuple[list[list[str]], int]:
    """The rows of a table from `index` on. On a page the table `continued` onto (no header of its own), the lines
    above the first row number end the row the page before broke off."""
    entries, index, extents = _entries(lines, index, columns, continued)
    if columns.text_column is not None and columns.text_column != 0:
        return _rows_by_content(entries, columns.text_column), index
    entries = _group_rows_by_numbering(entries, columns)
    line_widths = _widest_lines(extents)
    numbered = [
        i
        for i, (_, cells, group) in enumerate(entries)
        if not group and _ROW_NUMBER.match(cells[columns.number_column])
    ]
    # the lines above the first row number of the table, and of every group after its group row
    stretches: list[list[tuple[float, list[str], bool]]] = [[]]
    after_group: list[bool] = [False]
    for entry in entries:
        _, cells, group = entry
        if group:
            stretches.append([])
            after_group.append(True)
        elif _ROW_NUMBER.match(cells[columns.number_column]):
            stretches.append([])
            after_group.append(False)
            stretches[-1].append(entry)  # a marker: this stretch is after a number, not above one
        else:
            stretches[-1].append(entry)
    above = [
        stretch
        for position, stretch in enumerate(stretches)
        if stretch
        and not _ROW_NUMBER.match(stretch[0][1][columns.number_column])
        and not (continued and position == 0)  # the end of the row broken off by the page break
    ]

    def content_above(before: list[tuple[float, list[str], bool]]) -> bool:
        filled = {
            c for _, cells, _ in before for c, cell in enumerate(cells) if cell and c != columns.number_column
        }
        return len(before) >= 2 and len(filled) >= 2

    # lines of row content (two cells or more, several lines) above a row number: the numbers are centred
    # or a line of prose between a group row and its first number (in a table aligned at the top it could only be
    # the group's title wrapped, in capitals)
    prose_after_group = any(
        stretch
        and not _ROW_NUMBER.match(stretch[0][1][columns.number_column])
        and follows_group
        and any(not _is_upper_heading(" ".join(cells)) for _, cells, _ in stretch)
        for stretch, follows_group in zip(stretches, after_group, strict=True)
    )
    centred = len(numbered) >= 2 and (
        any(content_above(stretch) for stretch in above)
        or prose_after_group
        or _gaps_before_numbers(entries, numbered)
    )
    rows: list[list[str]] = []
    if not centred:
        last: dict[int, _Extent] = {}  # the last line of each cell of the row
        for (_, cells, group), extent in zip(entries, extents, strict=True):
            if group or _ROW_NUMBER.match(cells[columns.number_column]) or not rows:
                rows.append(cells)
                last = {}
            else:
                rows[-1] = _next_line(rows[-1], cells, last, extent, line_widths, columns.unit_columns)
            last = {**last, **extent}
        return rows, index
    # Row numbers centred in their rows (LibreOffice's default): the lines above a number belong to its row. The
    # lines between two numbers are split at the widest gap between them (the cell padding between the rows).
    owner = [0] * len(entries)
    spacings = sorted(b[0] - a[0] for a, b in itertools.pairwise(entries)) or [0.0]
    line_spacing = spacings[len(spacings) // 2]  # between two lines of one cell
    anchors = [
        i
        for i, (_, cells, group) in enumerate(entries)
        if group or _ROW_NUMBER.match(cells[columns.number_column])
    ]
    for position, anchor in enumerate(anchors):
        owner[anchor] = anchor
        previous = anchors[position - 1] if position else None
        between = list(range((previous + 1) if previous is not None else 0, anchor))
        if previous is None:
            split = 0
            if continued and not entries[anchor][2] and between:
                # the end of the row the page before broke off, then the upper lines of this row: split at the
                # widest space between lines when it stands out (the cell padding)
                tops = [*(entries[i][0] for i in between), entries[anchor][0]]
                gaps = [tops[k + 1] - tops[k] for k in range(len(tops) - 1)]
                widest = max(range(len(gaps)), key=lambda k: (round(gaps[k]), k))
                if gaps[widest] > 1.3 * line_spacing:
                    split = widest + 1
            for offset, i in enumerate(between):
                # above a first group row: the header's wrapped last line, which page_blocks joins to the header
                owner[i] = i if entries[anchor][2] or offset < split else anchor
            continue
        if entries[anchor][2] or entries[previous][2]:
            split = len(between)  # a group row starts where it stands
            if entries[previous][2]:
                split = 0
        else:
            tops = [entries[previous][0], *(entries[i][0] for i in between), entries[anchor][0]]
            gaps = [tops[k + 1] - tops[k] for k in range(len(tops) - 1)]
            # the widest gap among those after the previous number's line and before this number's line
            candidates = list(range(1, len(gaps) - 1)) or [len(gaps) - 1]
            widest = max(candidates, key=lambda k: (round(gaps[k]), k))
            split = widest  # lines between[:split] stay with the previous row
        for offset, i in enumerate(between):
            owner[i] = previous if offset < split else anchor
    for i in range(anchors[-1] + 1, len(entries)):
        owner[i] = anchors[-1]
    merged: dict[int, list[str]] = {}
    heights: dict[tuple[int, int], list[float]] = {}  # (row, column): the heights of the cell's lines
    lasts: dict[int, dict[int, _Extent]] = {}  # the last line of each cell of each row
    for i, (height, cells, _) in enumerate(entries):
        key = owner[i]
        upper = lasts.setdefault(key, {})
        merged[key] = (
            _next_line(merged[key], cells, upper, extents[i], line_widths, columns.unit_columns)
            if key in merged
            else cells
        )
        upper.update(extents[i])
        for column, cell in enumerate(cells):
            if cell:
                heights.setdefault((key, column), []).append(height)
    _spread_merged_cells(merged, heights, entries, columns, line_spacing)
    return [merged[key] for key in sorted(merged)], index


def _rows_by_content(entries: list[tuple[float, list[str], bool]], text: int) -> list[list[str]]:
    """The rows of a table without a number column (a calendar whose first column is the time): a row starts where a
    content cell does, on a capitalised line after a space wider than between two lines of one cell. Every other
    column's cell (its lines no further apart than a cell's) goes to the row it is centred on, or to both rows it is
    centred across (a cell merged down over them)."""
    lines = [(height, cells[text]) for height, cells, _ in entries if cells[text]]
    if len(lines) < 2:
        return (
            [[" ".join(c) for c in zip(*(cells for _, cells, _ in entries), strict=True)]] if entries else []
        )
    gaps = sorted(b[0] - a[0] for a, b in itertools.pairwise(lines))
    spacing = gaps[len(gaps) // 4]  # between two lines of one cell (short rows make the wider gaps many)
    spans: list[list[float]] = []
    for position, (height, content) in enumerate(lines):
        if not spans or (content[:1].isupper() and height - lines[position - 1][0] > spacing + 1.0):
            spans.append([height, height])
        else:
            spans[-1][1] = height
    width = len(entries[0][1])
    rows: list[list[list[str]]] = [[[] for _ in range(width)] for _ in spans]
    for column in range(width):
        cells: list[list[tuple[float, str]]] = []
        for height, row_cells, _ in entries:
            if not row_cells[column]:
                continue
            if column == text:
                goes_on = not any(height == top for top, _ in spans)  # the content cells are the rows' own
            else:
                # a cell's next line, unless past the padding between rows (a capitalised line a little further
                # down, or any line much further)
                gap = height - cells[-1][-1][0] if cells else math.inf
                goes_on = gap <= spacing * 1.3 and not (
                    row_cells[column][:1].isupper() and gap > spacing + 1.0
                )
            if cells and goes_on:
                cells[-1].append((height, row_cells[column]))
            else:
                cells.append([(height, row_cells[column])])
        for cell in cells:
            middle = (cell[0][0] + cell[-1][0]) / 2
            # the rows the cell is centred on: one row, or two (a cell merged down over both)
            candidates = [[r] for r in range(len(spans))]
            if column != text:
                candidates += [[r, r + 1] for r in range(len(spans) - 1)]
            owners = min(candidates, key=lambda rs: abs((spans[rs[0]][0] + spans[rs[-1]][1]) / 2 - middle))
            for owner in owners:
                rows[owner][column].extend(words for _, words in cell)
    return [[" ".join(parts) for parts in row] for row in rows]


def _spread_merged_cells(
    merged: dict[int, list[str]],
    heights: dict[tuple[int, int], list[float]],
    entries: list[tuple[float, list[str], bool]],
    columns: Columns,
    line_spacing: float,
) -> None:
    """In a table whose rows are centred on their numbers every cell is centred on its row's number. A unit or time
    cell merged down over two rows is centred across both (LibreOffice): the split between the rows gives its lines
    to the upper row a line or more below that row's number, or to the lower row a line or more above its number, or
    some to each; the other row's cell is empty or off its own centre the same way. The lines are one cell, and both
    rows have it."""

    def off_centre(row: int, column: int, sign: int) -> bool | None:
        """Whether the cell sits a line or more below (sign 1) or above (sign -1) its number; None when empty."""
        lines = heights.get((row, column))
        if not lines:
            return None
        return sign * ((lines[0] + lines[-1]) / 2 - entries[row][0]) >= line_spacing

    keys = sorted(merged)
    for above, key in itertools.pairwise(keys):
        if entries[above][2] or entries[key][2] or not merged[above][columns.number_column + 1]:
            continue  # a group row, or lines above the first number
        # the unit and time columns: after the content, or before the number (a calendar's time column first)
        for column in (
            c for c in range(columns.width) if c not in (columns.number_column, columns.number_column + 1)
        ):
            low, high = off_centre(above, column, 1), off_centre(key, column, -1)
            if (low, high) in {(True, True), (None, True), (True, None)}:
                whole = f"{merged[above][column]} {merged[key][column]}".strip()
                merged[above][column] = merged[key][column] = whole


def _group_rows_by_numbering(
    entries: list[tuple[float, list[str], bool]], columns: Columns
) -> list[tuple[float, list[str], bool]]:
    """In a table whose rows are numbered 1, 2, 3, a line marked by a Roman numeral or a capital letter with only a
    title beside it ("II | Thực hiện dân chủ trong trường học") is a group row, whatever the case of its title."""
    number = columns.number_column
    if not any(not group and _ARABIC_ROW.match(cells[number]) for _, cells, group in entries):
        return entries
    marked = []
    for height, cells, group in entries:
        if (
            not group
            and _GROUP_MARK.match(cells[number])
            and number + 1 < len(cells)
            and cells[number + 1][:1].isupper()
            and not any(cell for c, cell in enumerate(cells) if c not in {number, number + 1})
        ):
            group = True
        marked.append((height, cells, group))
    return marked


def _gaps_before_numbers(entries: list[tuple[float, list[str], bool]], numbered: list[int]) -> bool:
    """Whether the rows are centred on their numbers by the space between lines: in a table aligned at the top a
    row starts on its number's line, so the widest space between two numbers (the cell padding) is just above the
    next number; in a centred one it is above a line of content higher up, and the number's line stands at the
    spacing of the lines of a cell (or half of it). Rows without padding between them tell nothing."""
    spacings = sorted(b[0] - a[0] for a, b in itertools.pairwise(entries)) or [0.0]
    spacing = spacings[len(spacings) // 2]
    centred = top = 0
    for previous, number in itertools.pairwise(numbered):
        heights = [entries[i][0] for i in range(previous, number + 1)]
        gaps = [b - a for a, b in itertools.pairwise(heights)]
        if len(gaps) < 2:
            continue
        # the middles of lines move by a point or two with the marks above and below their letters
        if max(gaps[:-1]) > max(gaps[-1], spacing) + 0.3 * spacing:
            centred += 1
        elif gaps[-1] > 1.3 * spacing:
            top += 1
    return centred > top


def _entries(
    lines: list[list[Word]], index: int, columns: Columns, continued: bool = False
) -> tuple[list[tuple[float, list[str], bool]], int, list[dict[int, _Extent]]]:
    """The lines of a table from `index` on as cells: (height, cells, is a group row merged across), and where each
    line's cells stand (`_Extent`, by column)."""
    entries: list[tuple[float, list[str], bool]] = []
    extents: list[dict[int, _Extent]] = []
    while index < len(lines):
        line = lines[index]
        line_text = _text(line)
        if _END.match(line_text):
            break
        if _next_part(line, columns, at_top=continued and not entries):
            break
        if _crosses(line, columns.boundaries):
            first = line[0]
            if (
                _ROW_NUMBER.match(first.text)
                and not first.text.endswith(
                    "."
                )  # "II. TỔ CHỨC THỰC HIỆN" is the next section, not a group row
                and _column_of(first, columns.boundaries) == columns.number_column
            ):
                # a group row merged across the table ("II CÁC NHIỆM VỤ VỀ …")
                entries.append(
                    (_height(line), [first.text, _text(line[1:]), *[""] * (columns.width - 2)], True)
                )
                extents.append({})
                index += 1
                continue
            if _spans_as_group(lines, index, columns):
                # a group row merged across the table without a mark, its title in capitals ("THÁNG 01/2027", "QUÝ
                # II"), rows under it: a programme grouping its rows by month. Its cell merged over the whole width
                # stands in every column, as a Word table gives it
                entries.append((_height(line), [line_text] * columns.width, True))
                extents.append({})
                index += 1
                continue
            break
        first = line[0]
        rest = _text(line[1:])
        mark_column = _column_of(first, columns.boundaries)
        if (
            _SECTION_NUMBER.match(first.text)
            and _is_upper_heading(rest)
            and (
                mark_column != columns.number_column
                or (len(line) > 1 and _column_of(line[1], columns.boundaries) == mark_column)
            )
        ):
            # "III. TỔ CHỨC THỰC HIỆN" under the table, within its columns: the next section. Its title follows the
            # mark in the same column (a paragraph from the margin), where a group row puts it in the next cell
            break
        if (
            _BARE_SECTION_NUMBER.match(first.text)
            and mark_column != columns.number_column
            and len(line) > 1
            and _column_of(line[1], columns.boundaries) == mark_column
            and _is_upper_heading(rest)
        ):
            # the same title with the dot after its number lost by the OCR ("II TỔ CHỨC THỰC HIỆN" for "III."), the
            # mark and the title both in the content column: a group row's mark stands in the number column
            break
        if (
            _GROUP_MARK.match(first.text)
            and _column_of(first, columns.boundaries) == columns.number_column
            and _is_upper_heading(rest)
        ):
            # a group row whose title fits in the content column ("A | CÔNG TÁC TUYÊN TRUYỀN"): a letter or a
            # Roman numeral, then a title in capitals and nothing in the other columns
            entries.append((_height(line), [first.text, rest, *[""] * (columns.width - 2)], True))
            extents.append({})
            index += 1
            continue
        if (
            len(line) == 1
            and _PAGE_NUMBER.fullmatch(line[0].text)
            and _column_of(line[0], columns.boundaries) != columns.number_column
        ):
            index += 1  # a page number
            continue
        numbers = [word.text.strip("()") for word in line]
        if (
            len(line) >= 3
            and all(n.isdigit() for n in numbers)
            and [int(n) for n in numbers] == list(range(1, len(line) + 1))
        ) or _RUNNING_FOOTER.search(line_text):
            index += 1  # the "(1) (2) (3)" row under the header, or a running footer "… - Trang 3"
            continue
        cells = [""] * columns.width
        extent: dict[int, _Extent] = {}
        for word in line:
            if not _HAS_TEXT.search(word.text) and word.text not in {"-", "–", "+", "•"}:
                continue  # an OCR speck ("." or "_") in a cell, which would spoil a row number ("2 .")
            column = min(_column_of(word, columns.boundaries), columns.width - 1)
            cells[column] = f"{cells[column]} {word.text}".strip()
            left, _, first_word, _ = extent.get(column, (word.x0, 0.0, word.x1, 0.0))
            extent[column] = (left, word.x1, first_word, word.bottom - word.top)
        marks = cells[columns.number_column].split()
        if marks and _ROW_NUMBER.match(marks[0].rstrip("_")):
            # "4_": a speck at the foot of the row number, read as an underscore glued to it
            marks[0] = marks[0].rstrip("_")
            cells[columns.number_column] = " ".join(marks)
        if (
            len(marks) > 1
            and _ROW_NUMBER.match(marks[0])
            and all(len(m) == 1 and not m.isdigit() for m in marks[1:])
        ):
            cells[columns.number_column] = marks[0]  # "3 Ï": a speck beside the row number, read as a letter
        entries.append((_height(line), cells, False))
        extents.append(extent)
        index += 1
    return entries, index, extents


# Where a line of a cell stands: its left and right edges, the right edge of its first word, and its height.
_Extent = tuple[float, float, float, float]


def _widest_lines(extents: list[dict[int, _Extent]]) -> dict[int, float]:
    """The widest line of each column: a cell's lines wrap at about that width."""
    widest: dict[int, float] = {}
    for line in extents:
        for column, (left, right, _, _) in line.items():
            widest[column] = max(widest.get(column, 0.0), right - left)
    return widest


def _next_line(
    cells: list[str],
    line: list[str],
    above: dict[int, _Extent],
    below: dict[int, _Extent],
    widest: dict[int, float],
    unit_columns: frozenset[int],
) -> list[str]:
    """A row's cells with their next line: in a unit column, on a line of its own where a paragraph ends, where the
    next line's first word (and the space before it) would have fitted on the line above (a unit cell may name a unit
    a paragraph, `tables.units_by_paragraph`); a wrapped line, and any line of another column, goes on after a space.
    A line that ends a paragraph without room for the next word cannot be told from a wrap."""
    joined = []
    for column, (a, b) in enumerate(zip(cells, line, strict=True)):
        upper, lower = above.get(column), below.get(column)
        ends = (
            column in unit_columns
            and upper is not None
            and lower is not None
            and lower[2] - lower[0] <= widest.get(column, 0.0) - (upper[1] - upper[0]) - 0.25 * upper[3]
        )
        joined.append(f"{a}{chr(10) if ends else ' '}{b}" if a and b else a or b)
    return joined


def _spans_as_group(lines: list[list[Word]], index: int, columns: Columns) -> bool:
    """Whether the line at `index`, which runs across the columns, is a group row without a mark: a short title in
    capitals ("THÁNG 01/2027", "QUÝ II/2027"), no part title ("III. TỔ CHỨC THỰC HIỆN", numbered), and the next line
    a line of the table (within its columns)."""
    line = lines[index]
    text = _text(line)
    if len(line) > 6 or not _is_upper_heading(text) or _ROW_NUMBER.match(line[0].text):
        return False
    if _SECTION_NUMBER.match(line[0].text) or _BARE_SECTION_NUMBER.match(line[0].text):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        following is not None
        and not _END.match(_text(following))
        and not _crosses(following, columns.boundaries)
    )


# The part of a plan that closes it, after its tasks (Nghị định 30/2020: the plan's last part says who organises it)
_CLOSING_PART_TITLE = re.compile(r"^(?:to chuc thuc hien|kinh phi(?: thuc hien)?|che do bao cao)\b")


def _next_part(line: list[Word], columns: Columns, at_top: bool) -> bool:
    """Whether a line under a table is the title of the plan's next part numbered in Arabic ("3. Tổ chức thực hiện"):
    its number and its title in one column, not the number column (a row puts its number there and its text in the
    next column). It ends the table when it opens a page the table was carried onto (a page that starts with a part
    title starts after the table) or when it names the plan's closing part; a content cell's own numbered points
    ("1. Tuyên truyền …") name neither."""
    if len(line) < 2 or not _PART_NUMBER.match(line[0].text) or not line[1].text[:1].isupper():
        return False
    column = _column_of(line[0], columns.boundaries)
    if column == columns.number_column or _column_of(line[1], columns.boundaries) != column:
        return False
    return at_top or _CLOSING_PART_TITLE.match(fold(_text(line[1:]))) is not None
