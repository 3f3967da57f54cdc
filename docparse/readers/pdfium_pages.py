"""Ruled tables and word positions of PDF pages through pdfium (pypdfium2), several times faster than pdfplumber.

pdfplumber lays out every character of a page in Python (pdfminer); pdfium does it in C. This module reads the
characters (with their loose boxes and the page's own spaces and line breaks) and the path objects, and rebuilds
what the reader needs:

- ruled tables the way pdfplumber's "lines" strategy gives them: rules are thin paths (or the edges of drawn
  rectangles), a table is a group of crossing rules, its grid comes from the rule positions, two grid cells are one
  merged cell when no rule separates them; a cell covered by a merge is None (the top-left cell holds the text);
- the text above, between and below the tables, in the page's reading order;
- words with their boxes for tables without ruling (`readers/layout.py`).

A page that pdfium cannot read this way (rotated, no characters) returns None and the caller falls back to
pdfplumber.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final, cast

from docparse.blocks import Block, Table
from docparse.readers.layout import Word

_SNAP = 3.0  # points: rules closer than this are one rule (pdfplumber's snap/join tolerance)
_THIN = 2.5  # a path this thin in one direction is a rule


# A character: its text, its loose box (top-down coordinates), whether a space or a line break precedes it, and
# the centre of its box. A plain tuple, unpacked where it is read: a page holds thousands of them, and building a
# tuple costs a third of building an object.
_Char = tuple[str, float, float, float, float, bool, bool, float, float]
# text, x0, x1, top, bottom, space_before, break_before, cx, cy: the centre's positions in the tuple
_CX: Final = 7
_CY: Final = 8


def _loose_char_box(pdfium: Any) -> Callable[[ctypes.c_void_p, int, ctypes.c_void_p], int]:
    """pdfium's `FPDFText_GetLooseCharBox` called without a prototype, with the text page and the box as ready-made
    `c_void_p`s and the index as a plain int: the binding's own prototype checks the pointer types of every call,
    and a prototype converting addresses still costs a third more per call than none."""
    address = ctypes.cast(pdfium.raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
    assert address is not None
    function = ctypes.CFUNCTYPE(ctypes.c_int)(address)
    function.argtypes = None  # type: ignore[assignment]  # arguments as given: c_void_p, int (a C int), c_void_p
    return cast(Callable[[ctypes.c_void_p, int, ctypes.c_void_p], int], function)


# A box as pdfium fills it (FS_RECTF: left, top, right, bottom as C floats), read in one call rather than four
# field reads
_READ_BOX: Final = struct.Struct("4f").unpack_from


def _spaces_and_hyphens(text: str) -> tuple[frozenset[str], str]:
    """The white space characters of a page's text (a set lookup costs less than a method call per character),
    and the text with pdfium's mark for a hyphen that ends a line made a hyphen (the indexes stay)."""
    spaces = frozenset(character for character in set(text) if character.isspace())
    return spaces, text.replace("\ufffe", "-").replace("\x02", "-")


@dataclass
class _Rule:
    horizontal: bool
    at: float  # y of a horizontal rule, x of a vertical one (top-down coordinates)
    start: float
    end: float


class PdfiumPages:
    """The pages of one PDF opened with pdfium; `blocks(number)` and `words(number)` per page."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]

        self._pdfium = pdfium
        self.document = pdfium.PdfDocument(data)
        self._loose_box = _loose_char_box(pdfium)
        self._chars: dict[int, list[_Char] | None] = {}
        self._pages: dict[int, object] = {}
        self._tables: dict[int, list[_Grid]] = {}
        # a page's text page and its text, kept from `text` until its characters are read
        self._text_pages: dict[int, tuple[Any, str]] = {}

    def close(self) -> None:
        for textpage, _ in self._text_pages.values():
            textpage.close()
        self._text_pages.clear()
        self.document.close()

    def _page(self, number: int):  # type: ignore[no-untyped-def]
        if number not in self._pages:
            self._pages[number] = self.document[number]
        return self._pages[number]

    def _page_chars(self, number: int) -> list[_Char] | None:
        if number in self._chars:
            return self._chars[number]
        page = self._page(number)
        chars: list[_Char] | None = None
        if page.get_rotation() == 0:
            height = page.get_height()
            textpage, text = self._text_page(number)
            count = textpage.count_chars()
            if len(text) == count:  # one character per index (no surrogate pairs): the boxes line up
                try:
                    chars = list(self._boxed(textpage, text, height))
                except _NoBox:
                    chars = None  # a box pdfium cannot give: the caller falls back to pdfplumber
            del self._text_pages[number]
            textpage.close()
        self._chars[number] = chars
        return chars

    def _readable(self, number: int) -> bool:
        """Whether `_page_chars` gives the page's characters, known without reading them: an upright page whose text
        has one character per index (pdfium gives the box of every index in range)."""
        if number in self._chars:
            return self._chars[number] is not None
        if self._page(number).get_rotation() != 0:
            return False
        textpage, text = self._text_page(number)
        return len(text) == int(textpage.count_chars())

    def _text_page(self, number: int) -> tuple[Any, str]:
        if number not in self._text_pages:
            textpage = self._page(number).get_textpage()
            count = textpage.count_chars()
            self._text_pages[number] = (textpage, textpage.get_text_range(0, count) if count else "")
        return self._text_pages[number]

    def text(self, number: int) -> str:
        """The page's text in pdfium's lines (`\\r\\n` between them; not pdftotext's reading order). The text page
        is kept for the page's characters, which are usually read next."""
        if number in self._chars:
            textpage = self._page(number).get_textpage()
            try:
                count = textpage.count_chars()
                return str(textpage.get_text_range(0, count)) if count else ""
            finally:
                textpage.close()
        return self._text_page(number)[1]

    def _rules(self, number: int) -> list[_Rule]:
        page = self._page(number)
        height = page.get_height()
        rules: list[_Rule] = []
        # the page's own objects (no descent into forms), through the C functions: the helpers' object wrappers
        # cost more than the calls
        raw = self._pdfium.raw
        path_type, object_type, get_object = (
            raw.FPDF_PAGEOBJ_PATH,
            raw.FPDFPageObj_GetType,
            raw.FPDFPage_GetObject,
        )
        bounds = [ctypes.c_float() for _ in range(4)]
        for index in range(raw.FPDFPage_CountObjects(page.raw)):
            obj = get_object(page.raw, index)
            if not obj:
                raise self._pdfium.PdfiumError("Failed to get pageobject.")
            if object_type(obj) != path_type:
                continue
            if not raw.FPDFPageObj_GetBounds(obj, *bounds):
                raise self._pdfium.PdfiumError("Failed to locate pageobject.")
            left, bottom, right, top = (bound.value for bound in bounds)
            width, tall = right - left, top - bottom
            y0, y1 = height - top, height - bottom
            if tall <= _THIN and width > _SNAP:
                rules.append(_Rule(True, (y0 + y1) / 2, left, right))
            elif width <= _THIN and tall > _SNAP:
                rules.append(_Rule(False, (left + right) / 2, y0, y1))
            elif width > _SNAP and tall > _SNAP:  # a drawn rectangle: its four edges
                rules += [
                    _Rule(True, y0, left, right),
                    _Rule(True, y1, left, right),
                    _Rule(False, left, y0, y1),
                    _Rule(False, right, y0, y1),
                ]
        return rules

    def _grids(self, number: int) -> list[_Grid]:
        if number not in self._tables:
            self._tables[number] = [t for t in _tables(self._rules(number)) if t.bottom - t.top > 20]
        return self._tables[number]

    def has_table(self, number: int) -> bool:
        """Whether `blocks(number)` will hold a ruled table, from the page's rules alone (its characters are not
        read): a rotated page is read by pdfplumber, which may find none."""
        return self._page(number).get_rotation() == 0 and bool(self._grids(number))

    def words(self, number: int) -> list[Word] | None:
        if number not in self._chars:
            return self._read_words(number)
        chars = self._chars[number]
        if chars is None:
            return None
        return _joined_words(chars)

    def _read_words(self, number: int) -> list[Word] | None:
        """`words` read from the text page in one pass, without the page's characters (a page read from its words
        needs nothing else): the same words, the characters' boxes as `_page_chars` reads them, joined as `words`
        joins them."""
        if not self._readable(number):
            self._chars[number] = None  # as `_page_chars` gives it: the caller falls back to pdfplumber
            return None
        textpage, text = self._text_page(number)
        height = self._page(number).get_height()
        del self._text_pages[number]
        try:
            return _joined_words(self._boxed(textpage, text, height))
        except _NoBox:
            self._chars[number] = None  # as `_page_chars` gives it: the caller falls back to pdfplumber
            return None
        finally:
            textpage.close()

    def _boxed(self, textpage: Any, text: str, height: float) -> Iterator[_Char]:
        """The page's characters with their boxes (top-down coordinates), whether a space or a line break came
        before each and their centres, in text order; `_NoBox` where pdfium cannot give a character's box. Built
        once as the tuples the page keeps, which its words are joined from too."""
        loose_box = self._loose_box
        box = self._pdfium.raw.FS_RECTF()
        box_pointer = ctypes.c_void_p(ctypes.addressof(box))
        handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
        read_box = _READ_BOX
        spaces, text = _spaces_and_hyphens(text)
        space = brk = False
        for index, character in enumerate(text):
            if character in spaces:
                if character in "\r\n":
                    brk = True
                else:
                    space = True
                continue
            if not loose_box(handle, index, box_pointer):
                raise _NoBox
            x0, box_top, x1, box_bottom = read_box(box)
            top, bottom = height - box_top, height - box_bottom
            yield character, x0, x1, top, bottom, space, brk, (x0 + x1) / 2, (top + bottom) / 2
            space = brk = False

    def blocks(self, number: int) -> list[Block] | None:
        """Text and ruled tables of a page in reading order; nothing when the page holds no ruled table (the caller
        takes the text layer: the page's own text is not built for nothing); None when pdfium cannot read the page."""
        if not self._readable(number):
            return None
        tables = self._grids(number)
        if not tables:
            return []  # its characters are not read: nothing to place
        chars = self._page_chars(number)
        if chars is None:
            return None
        blocks: list[Block] = []
        placed: list[list[_Char]] = [[] for _ in tables]
        outside: list[tuple[float, _Char]] = []
        bounds = [
            (table.left, table.right, table.top, table.bottom, placed[index])
            for index, table in enumerate(tables)
        ]
        for char in chars:
            cx, cy = char[_CX], char[_CY]
            for left, right, top, bottom, inside in bounds:
                if left <= cx <= right and top <= cy <= bottom:
                    inside.append(char)
                    break
            else:
                outside.append((cy, char))
        top = float("-inf")
        for table, inside in sorted(zip(tables, placed, strict=True), key=lambda pair: pair[0].top):
            above = [c for y, c in outside if top <= y < table.top]
            if above:
                blocks.append(_text(above))
            blocks.append(Table(table.rows(inside)))  # type: ignore[arg-type]  # None: covered by a merge
            top = table.bottom
        below = [c for y, c in outside if y >= top]
        if below:
            blocks.append(_text(below))
        return blocks


def _text(chars: list[_Char]) -> str:
    if not chars:
        return ""
    text, _, _, top, bottom, _, _, _, previous_cy = chars[0]
    out = [text]
    previous_half = 0.5 * (bottom - top)  # half the previous character's height
    for text, _, _, top, bottom, space_before, break_before, _, cy in itertools.islice(chars, 1, None):
        if break_before or abs(cy - previous_cy) > previous_half:
            out.append("\n")
        elif space_before:
            out.append(" ")
        out.append(text)
        previous_cy, previous_half = cy, 0.5 * (bottom - top)
    return "".join(out)


# A line of a cell: its text, the left and right edges of its characters, the right edge of its first word, and the
# height of its characters.
_Line = tuple[str, float, float, float, float]


def _lines(chars: list[_Char]) -> list[_Line]:
    """A cell's characters as lines, broken where `_text` breaks them."""
    lines: list[_Line] = []
    start = 0
    for index in range(1, len(chars) + 1):
        if index < len(chars):
            previous, char = chars[index - 1], chars[index]
            if not (char[6] or abs(char[_CY] - previous[_CY]) > 0.5 * (previous[4] - previous[3])):
                continue
        members = chars[start:index]
        first_word = next((i for i in range(1, len(members)) if members[i][5]), len(members))
        lines.append(
            (
                _text(members),
                min(c[1] for c in members),
                max(c[2] for c in members),
                max(c[2] for c in members[:first_word]),
                max(c[4] - c[3] for c in members),
            )
        )
        start = index
    return lines


def _paragraphs(lines: list[_Line], widest: float) -> str:
    """A cell's text, a line each, with an empty line where a paragraph ends: where the next line's first word (and
    the space before it) would have fitted on the line, the column's widest line being about as wide as its cells. A
    line that ends a paragraph without room for the next word cannot be told from a wrap."""
    out = [lines[0][0]] if lines else []
    for above, line in itertools.pairwise(lines):
        room = widest - (above[2] - above[1]) - 0.25 * above[4]
        out.append("\n\n" if line[3] - line[1] <= room else "\n")
        out.append(line[0])
    return "".join(out)


def _cluster(values: list[float]) -> list[float]:
    positions: list[float] = []
    for value in sorted(values):
        if positions and value - positions[-1] <= _SNAP:
            continue
        positions.append(value)
    return positions


class _Grid:
    def __init__(self, horizontals: list[_Rule], verticals: list[_Rule]) -> None:
        self.horizontals = horizontals
        self.verticals = verticals
        self._near_cache: dict[tuple[int, float], list[_Rule]] = {}
        self.ys = _cluster([r.at for r in horizontals])
        self.xs = _cluster([r.at for r in verticals])
        self.top, self.bottom = self.ys[0], self.ys[-1]
        self.left, self.right = self.xs[0], self.xs[-1]

    def _near(self, rules: list[_Rule], at: float) -> list[_Rule]:
        key = (id(rules), round(at, 1))
        if key not in self._near_cache:
            self._near_cache[key] = [rule for rule in rules if abs(rule.at - at) <= _SNAP]
        return self._near_cache[key]

    def rows(self, chars: list[_Char]) -> list[list[str | None]]:
        n_rows, n_cols = len(self.ys) - 1, len(self.xs) - 1
        owner = {(r, c): (r, c) for r in range(n_rows) for c in range(n_cols)}

        def find(cell: tuple[int, int]) -> tuple[int, int]:
            while owner[cell] != cell:
                owner[cell] = owner[owner[cell]]
                cell = owner[cell]
            return cell

        def union(a: tuple[int, int], b: tuple[int, int]) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                first, second = sorted((ra, rb))
                owner[second] = first

        ys, xs = self.ys, self.xs
        # the rules at each column edge and at each row edge, looked up once for all the cells along it
        at_x = [self._near(self.verticals, x) for x in xs]
        at_y = [self._near(self.horizontals, y) for y in ys]
        for r in range(n_rows):
            for c in range(n_cols):
                if c + 1 < n_cols and not _covers(at_x[c + 1], ys[r], ys[r + 1]):
                    union((r, c), (r, c + 1))
                if r + 1 < n_rows and not _covers(at_y[r + 1], xs[c], xs[c + 1]):
                    union((r, c), (r + 1, c))
        merged_into = {cell: find(cell) for cell in owner}
        texts: dict[tuple[int, int], list[_Char]] = {}
        top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
        bisect_right = bisect.bisect_right
        for char in chars:
            cx, cy = char[_CX], char[_CY]
            if not (top <= cy <= bottom and left <= cx <= right):
                continue
            # the row and column the centre falls in (the last edge belongs to the last cell)
            row_at = bisect_right(ys, cy, 0, n_rows) - 1
            column_at = bisect_right(xs, cx, 0, n_cols) - 1
            texts.setdefault(merged_into[row_at, column_at], []).append(char)
        lines = {cell: _lines(chars) for cell, chars in texts.items()}
        # the widest line of each column: a cell's lines wrap at about that width
        widest: dict[int, float] = {}
        for (_, column), cell_lines in lines.items():
            for line in cell_lines:
                widest[column] = max(widest.get(column, 0.0), line[2] - line[1])
        rows: list[list[str | None]] = []
        for r in range(n_rows):
            row: list[str | None] = []
            starts = False
            for c in range(n_cols):
                cell = merged_into[r, c]
                if cell == (r, c):
                    starts = True
                    row.append(_paragraphs(lines[cell], widest[c]) if cell in lines else "")
                else:
                    row.append(None)
            if starts:
                rows.append(row)
        return rows


def _covers(rules: list[_Rule], start: float, end: float) -> bool:
    """Whether `rules` (the rules at one position) cover most of [start, end]."""
    need = (end - start) * 0.6
    covered = 0.0
    for rule in rules:
        low = rule.start if rule.start > start else start
        high = rule.end if rule.end < end else end
        if high > low:
            covered += high - low
    return covered >= need


def _tables(rules: list[_Rule]) -> list[_Grid]:
    """Groups of crossing rules that form at least one cell."""
    horizontals = [r for r in rules if r.horizontal]
    verticals = [r for r in rules if not r.horizontal]
    if len(horizontals) < 2 or len(verticals) < 2:
        return []
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index_of = {id(rule): i for i, rule in enumerate(rules)}
    for h in horizontals:
        for v in verticals:
            if h.start - _SNAP <= v.at <= h.end + _SNAP and v.start - _SNAP <= h.at <= v.end + _SNAP:
                a, b = find(index_of[id(h)]), find(index_of[id(v)])
                if a != b:
                    parent[b] = a
    groups: dict[int, list[_Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(find(i), []).append(rule)
    grids: list[_Grid] = []
    for members in groups.values():
        hs = [r for r in members if r.horizontal]
        vs = [r for r in members if not r.horizontal]
        if len(_cluster([r.at for r in hs])) >= 2 and len(_cluster([r.at for r in vs])) >= 2:
            grids.append(_Grid(hs, vs))
    return grids


def open_pages(data: bytes) -> PdfiumPages | None:
    try:
        return PdfiumPages(data)
    except Exception:
        return None


__all__ = ["PdfiumPages", "open_pages"]


class _NoBox(Exception):
    """pdfium cannot give a character's box: the page is read by pdfplumber instead."""


def _joined_words(characters: Iterable[_Char]) -> list[Word]:
    """Characters joined into words, in text order: a space or a line break before a character, a gap wider than
    0.3 of the last character's height, a step back to the left, or a move off the line by half a height ends the
    word. One rule for both readers of a page's words (from its characters, or in one pass from its text page)."""
    words: list[Word] = []
    # the word being built: its box kept as it grows, its characters' text; and the box of its last character
    parts: list[str] = []
    x0 = x1 = top = bottom = 0.0
    last_x0 = last_x1 = last_cy = last_height = 0.0
    building = False
    for character, c_x0, c_x1, c_top, c_bottom, space_before, break_before, _, c_cy in characters:
        if building and (
            space_before
            or break_before
            or c_x0 - last_x1 > 0.3 * last_height
            or c_x1 < last_x0
            or abs(c_cy - last_cy) > 0.5 * last_height
        ):
            words.append(Word(x0, x1, top, bottom, "".join(parts)))
            building = False
        if not building:
            parts = [character]
            x0, x1, top, bottom = c_x0, c_x1, c_top, c_bottom
            building = True
        else:
            parts.append(character)
            if c_x0 < x0:
                x0 = c_x0
            if c_x1 > x1:
                x1 = c_x1
            if c_top < top:
                top = c_top
            if c_bottom > bottom:
                bottom = c_bottom
        last_x0, last_x1, last_cy, last_height = c_x0, c_x1, c_cy, c_bottom - c_top
    if building:
        words.append(Word(x0, x1, top, bottom, "".join(parts)))
    return words
