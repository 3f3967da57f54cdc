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

_ROW_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ]\d{0,2}|[A-ZĐ]|[IVX]{1,5})[.)]?$")
_GROUP_MARK = re.compile(r"^(?:[A-ZĐ]|[IVX]{1,5})[.)]?$")
_END = re.compile(r"^(?:Nơi nhận|TM\.|KT\.|T/M|K/T)")
_HAS_TEXT = re.compile(r"[^\W_]")
_SECTION_NUMBER = re.compile(r"^[IVX]{1,5}\.$")


@dataclass
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
    ordered = sorted(words, key=lambda w: (w.top, w.x0))
    heights = sorted(w.bottom - w.top for w in ordered) or [10.0]
    tolerance = heights[len(heights) // 2] * 0.5
    lines: list[list[Word]] = []
    for word in ordered:
        if lines and abs(lines[-1][0].top - word.top) <= tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _text(line: list[Word]) -> str:
    return " ".join(w.text for w in line)


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
# "hoạt động") and a unit or time column ("chủ trì", "thực hiện", "thời gian", "thời hạn", "tiến độ", "hoàn thành").
_TEXT_COLUMN_WORDS = frozenset({"vu", "dung", "viec", "dong"})
_UNIT_OR_TIME_WORDS = frozenset({"tri", "hien", "gian", "han", "do", "thanh"})


def _folded_words(line: list[Word]) -> frozenset[str]:
    return frozenset(fold(_text(line)).split())


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
    words: frozenset[str] = frozenset()
    for size in (1, 2, 3, 4):
        if start + size > len(lines):
            break
        words = words | folded[start + size - 1]  # header cells wrap over lines
        if not (words & _TEXT_COLUMN_WORDS and words & _UNIT_OR_TIME_WORDS):
            continue  # none of the words a task header needs (header_columns): no clustering to try
        region = [w for line in lines[start : start + size] for w in line]
        clusters = _clusters(region, gap)
        if len(clusters) < 3:
            continue
        cells = [" ".join(_text(line) for line in _lines(members)) for _, _, members in clusters]
        if header_columns(cells):
            return size, [(x0, x1) for x0, x1, _ in clusters], cells
    return None


def _boundaries(columns: list[tuple[float, float]], below: list[list[Word]]) -> list[float]:
    """Where one column ends and the next begins: between the header cells (centred, so their edges are not the
    column's), at the place the words of the rows below cross least — the cell padding."""
    # the whole x positions each word covers inside it, computed once for all the gaps between columns
    spans = [(math.floor(w.x0) + 1, math.ceil(w.x1) - 1) for line in below if len(line) > 1 for w in line]
    boundaries = []
    for left, right in itertools.pairwise(columns):
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
        fewest = min(c for c, _ in counts)
        best = [x for c, x in counts if c == fewest]
        boundaries.append((best[0] + best[-1]) / 2)
    return boundaries


def _column_of(word: Word, boundaries: list[float]) -> int:
    centre = (word.x0 + word.x1) / 2
    return sum(1 for b in boundaries if centre > b)


def _crosses(line: list[Word], boundaries: list[float]) -> bool:
    slack = 2.0
    # a speck read as "." or "_" by OCR is no text that spans columns
    return any(w.x0 + slack < b < w.x1 - slack for w in line if _HAS_TEXT.search(w.text) for b in boundaries)


@dataclass
class Columns:
    """The columns of a table found on one page, kept for its continuation on the next page."""

    boundaries: list[float]
    number_column: int
    width: int


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
    while index < len(lines):
        found = _header(lines, index, gap, folded) if not _END.match(_text(lines[index])) else None
        if found is not None and found[0] > 1:
            later = _header(lines, index + 1, gap, folded)
            if later is not None and later[0] < found[0] and len(later[1]) >= len(found[1]):
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
            below = lines[index + size : index + size + 40]
            columns = Columns(_boundaries(intervals, below), positions.get("no", 0), len(intervals))
            header_rows = [cells]
            index += size
        assert columns is not None
        rows, index = _rows(lines, index, columns)
        if header_rows:
            # lines of a wrapped header ("Đơn vị phối" / "hợp") come before the first numbered row
            number = columns.number_column
            while rows and (
                not rows[0][number] or (rows[0][number] == header_rows[0][number] == "T" and len(rows) > 1)
            ):
                # "TT" read as "T" on two lines, beside the wrapped "Đơn vị phối" / "hợp"
                wrapped = rows.pop(0)
                if wrapped[number]:
                    header_rows[0][number] = "TT"
                    wrapped[number] = ""
                header_rows[0] = [f"{a} {b}".strip() for a, b in zip(header_rows[0], wrapped, strict=True)]
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


def _rows(lines: list[list[Word]], index: int, columns: Columns) -> tuple[list[list[str]], int]:
    entries, index = _entries(lines, index, columns)
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
        for stretch in stretches
        if stretch and not _ROW_NUMBER.match(stretch[0][1][columns.number_column])
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
    centred = len(numbered) >= 2 and (any(content_above(stretch) for stretch in above) or prose_after_group)
    rows: list[list[str]] = []
    if not centred:
        for _, cells, group in entries:
            if group or _ROW_NUMBER.match(cells[columns.number_column]) or not rows:
                rows.append(cells)
            else:
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
        return rows, index
    # Row numbers centred in their rows (LibreOffice's default): the lines above a number belong to its row. The
    # lines between two numbers are split at the widest gap between them (the cell padding between the rows).
    owner = [0] * len(entries)
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
            for i in between:
                # above a first group row: the header's wrapped last line, which page_blocks joins to the header
                owner[i] = i if entries[anchor][2] else anchor
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
    for i, (_, cells, _) in enumerate(entries):
        key = owner[i]
        merged[key] = (
            [f"{a} {b}".strip() for a, b in zip(merged[key], cells, strict=True)] if key in merged else cells
        )
    return [merged[key] for key in sorted(merged)], index


def _entries(
    lines: list[list[Word]], index: int, columns: Columns
) -> tuple[list[tuple[float, list[str], bool]], int]:
    """The lines of a table from `index` on as cells: (top, cells, is a group row merged across)."""
    entries: list[tuple[float, list[str], bool]] = []
    while index < len(lines):
        line = lines[index]
        if _END.match(_text(line)):
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
                entries.append((first.top, [first.text, _text(line[1:]), *[""] * (columns.width - 2)], True))
                index += 1
                continue
            break
        first = line[0]
        rest = _text(line[1:])
        if (
            _SECTION_NUMBER.match(first.text)
            and _column_of(first, columns.boundaries) != columns.number_column
            and _is_upper_heading(rest)
        ):
            break  # "III. TỔ CHỨC THỰC HIỆN" under the table, within its columns: the next section
        if (
            _GROUP_MARK.match(first.text)
            and _column_of(first, columns.boundaries) == columns.number_column
            and _is_upper_heading(rest)
        ):
            # a group row whose title fits in the content column ("A | CÔNG TÁC TUYÊN TRUYỀN"): a letter or a
            # Roman numeral, then a title in capitals and nothing in the other columns
            entries.append((first.top, [first.text, rest, *[""] * (columns.width - 2)], True))
            index += 1
            continue
        if (
            len(line) == 1
            and re.fullmatch(r"\d{1,3}", line[0].text)
            and _column_of(line[0], columns.boundaries) != columns.number_column
        ):
            index += 1  # a page number
            continue
        numbers = [word.text.strip("()") for word in line]
        if (
            len(line) >= 3
            and all(n.isdigit() for n in numbers)
            and [int(n) for n in numbers] == list(range(1, len(line) + 1))
        ) or re.search(r"\bTrang\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s*$", _text(line)):
            index += 1  # the "(1) (2) (3)" row under the header, or a running footer "… - Trang 3"
            continue
        cells = [""] * columns.width
        for word in line:
            if not _HAS_TEXT.search(word.text) and word.text not in {"-", "–", "+", "•"}:
                continue  # an OCR speck ("." or "_") in a cell, which would spoil a row number ("2 .")
            column = min(_column_of(word, columns.boundaries), columns.width - 1)
            cells[column] = f"{cells[column]} {word.text}".strip()
        marks = cells[columns.number_column].split()
        if (
            len(marks) > 1
            and _ROW_NUMBER.match(marks[0])
            and all(len(m) == 1 and not m.isdigit() for m in marks[1:])
        ):
            cells[columns.number_column] = marks[0]  # "3 Ï": a speck beside the row number, read as a letter
        entries.append((min(w.top for w in line), cells, False))
        index += 1
    return entries, index
