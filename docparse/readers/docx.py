"""DOCX through python-docx: paragraphs with their Word numbering, tables, footnotes.

Tables that are not task tables (the two-column letterhead and signature blocks of Nghị định 30) are read as
lines, cell by cell, so the header parser sees them like text.
"""

from __future__ import annotations

import io
import re
from typing import Any

from docparse.blocks import PAGE_FEED, Block, Source, Table
from docparse.errors import ParseError
from docparse.readers.archive import open_checked
from docparse.registrations import is_registration_header
from docparse.tables import header_columns

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Source:
    archive = open_checked(data, "word/document.xml", "DOCX")
    footnotes = (
        _footnotes(archive.read("word/footnotes.xml")) if "word/footnotes.xml" in archive.namelist() else []
    )
    import docx  # python-docx, imported late: only DOCX uploads need it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:
        raise ParseError(
            "Tệp DOCX bị hỏng, không đọc được.", "The DOCX file is damaged and cannot be read."
        ) from error
    numbering = _Numbering(document)
    blocks: list[Block] = []
    body = document.element.body
    pages = _Pages()
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            feeds = pages.feeds(_page_breaks_before(child))
            text = pages.resolve(_paragraph_text(child))
            label = numbering.label(child)
            if text.strip() or label:
                blocks.append(feeds + (f"{label} {text}".strip() if label else text))
            elif feeds or PAGE_FEED in text:
                blocks.append(feeds + PAGE_FEED * text.count(PAGE_FEED))
            if _ends_page(child):
                blocks.append(pages.feeds(1))
        elif child.tag == f"{_W}tbl":
            start = pages.page
            rows, row_pages = pages.table(_table_rows(child))
            if any(header_columns(row) or is_registration_header(row) for row in rows[:4]):
                blocks.append(Table(rows, row_pages[0], row_pages) if pages.known and rows else Table(rows))
                start = row_pages[-1] if rows else start
            else:
                blocks.extend(_layout_table_lines(rows))
            if pages.page > start:  # the pages the table turned, for the text after it
                blocks.append(PAGE_FEED * (pages.page - start))
    return Source(blocks=blocks, footnotes=footnotes, hard_wrapped=False, paged=pages.known)


# Word's rendered page break (w:lastRenderedPageBreak) in a paragraph's text until `_Pages` decides whether it
# starts a page: the record separator, which no document text holds
_RENDERED = "\x1e"


_MARKS = re.compile(f"[{PAGE_FEED}{_RENDERED}]")


def _unmarked(text: str) -> str:
    """A cell's text without page marks: a rendered break takes no room, a hard break is a line break."""
    return "\n".join(
        line for line in text.replace(_RENDERED, "").replace(PAGE_FEED, "\n").split("\n") if line.strip()
    )


class _Pages:
    """The pages of a DOCX. A DOCX knows its explicit page and section breaks and, when Word saved it, where Word
    last broke the pages (w:lastRenderedPageBreak, written at the start of the first run of each new page). Word
    writes a rendered break after a hard break as well, so a rendered break with no text since the last break
    starts no new page of its own. Files written by python-docx or LibreOffice carry no rendered breaks: their
    pages are the explicit breaks only."""

    def __init__(self) -> None:
        self.page = 1
        self.known = False  # any break seen: the blocks carry pages
        self.text_since_break = False

    def _turn(self) -> None:
        self.page += 1
        self.known = True
        self.text_since_break = False

    def feeds(self, count: int) -> str:
        """`count` explicit page starts (a "page break before" paragraph, a section starting a new page)."""
        for _ in range(count):
            self._turn()
        return PAGE_FEED * count

    def resolve(self, text: str) -> str:
        """A paragraph's text with its page starts as form feeds: a hard break where it stands; a rendered break
        before the paragraph when nothing of it came before the break, else after it (a paragraph lies on the page
        it starts on, as a table row does); none when no text came since the last break."""
        out: list[str] = []
        turned_inside = False
        for piece in re.split(f"({_MARKS.pattern})", text):
            if piece == PAGE_FEED:
                self._turn()
                out.append(PAGE_FEED)
            elif piece == _RENDERED and self.text_since_break:
                inside = any(
                    part.strip() for part in out[out.index(PAGE_FEED) + 1 if PAGE_FEED in out else 0 :]
                )
                self._turn()
                turned_inside = turned_inside or inside
                if not inside:
                    out.append(PAGE_FEED)
            elif piece != _RENDERED:
                self.text_since_break = self.text_since_break or bool(piece.strip())
                out.append(piece)
        return "".join(out) + (PAGE_FEED if turned_inside else "")

    def table(self, rows: list[list[str]]) -> tuple[list[list[str]], list[int]]:
        """The rows without page marks, and the page each row starts on. A row Word broke over a page turns the
        page once, whatever number of its cells hold the break; the row starts on the new page when its first
        marked cell holds the break before any text."""
        clean: list[list[str]] = []
        row_pages: list[int] = []
        for row in rows:
            marked = next((cell for cell in row if PAGE_FEED in cell or _RENDERED in cell), None)
            if marked is not None and (PAGE_FEED in marked or self.text_since_break):
                starts_new = not _MARKS.split(marked)[0].strip()
                if starts_new:
                    self._turn()
                row_pages.append(self.page)
                if not starts_new:
                    self._turn()
            else:
                row_pages.append(self.page)
            cells = [_unmarked(cell) for cell in row]
            self.text_since_break = self.text_since_break or any(cell.strip() for cell in cells)
            clean.append(cells)
        return clean, row_pages


def _page_breaks_before(element: Any) -> int:
    """1 when the paragraph is set to start a page ("page break before"), else 0."""
    properties = element.find(f"{_W}pPr")
    flag = properties.find(f"{_W}pageBreakBefore") if properties is not None else None
    return int(flag is not None and flag.get(f"{_W}val", "true") not in ("0", "false", "off"))


def _ends_page(element: Any) -> bool:
    """Whether the paragraph ends a section that the next one starts on a new page (a section break that is not
    continuous)."""
    properties = element.find(f"{_W}pPr")
    section = properties.find(f"{_W}sectPr") if properties is not None else None
    if section is None:
        return False
    kind = section.find(f"{_W}type")
    return kind is None or kind.get(f"{_W}val") != "continuous"


def _paragraph_text(element: Any) -> str:
    parts: list[str] = []
    for node in element.iter():
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}br" and node.get(f"{_W}type") == "page":
            parts.append(PAGE_FEED)  # a page break: a line break that also starts a page
        elif node.tag == f"{_W}lastRenderedPageBreak":
            parts.append(_RENDERED)
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
    return "".join(parts)


def _cell_text(cell: Any) -> str:
    """The cell's paragraphs, one a line; page marks stay for `_Pages.table` (which makes them line breaks)."""
    lines = [_paragraph_text(p) for p in cell.iterchildren(f"{_W}p")]
    return "\n".join(line for line in lines if line.strip() or _MARKS.search(line))


def _table_rows(table: Any) -> list[list[str]]:
    rows: list[list[str]] = []
    merged: list[tuple[int, int]] = []  # (row, column) of the cells merged down from the row above
    above: dict[int, str] = {}
    for row in table.iterchildren(f"{_W}tr"):
        cells: list[str] = []
        for cell in row.iterchildren(f"{_W}tc"):
            properties = cell.find(f"{_W}tcPr")
            span = 1
            merged_down = False
            if properties is not None:
                grid = properties.find(f"{_W}gridSpan")
                if grid is not None:
                    span = int(grid.get(f"{_W}val", "1") or 1)
                vmerge = properties.find(f"{_W}vMerge")
                merged_down = vmerge is not None and vmerge.get(f"{_W}val") in (None, "continue")
            text = "" if merged_down else _cell_text(cell)
            for _ in range(min(span, 50)):
                column = len(cells)
                cells.append(text)
                if merged_down:
                    merged.append((len(rows), column))
                else:
                    above[column] = _unmarked(text)
                    continue
                cells[-1] = above.get(column, "")
        rows.append(cells)
    # A cell merged down (a unit or a deadline shared by several rows, a month over two rows of a calendar) reads as
    # its first row's text in every row it covers; the number and content columns, as the header names them (the
    # first two without one), are not repeated.
    named = next((found for row in rows[:4] if (found := header_columns(row))), None)
    single = {named.get("no"), named.get("text")} if named else {0, 1}
    for row, column in merged:
        if column in single:
            rows[row][column] = ""
    return rows


def _layout_table_lines(rows: list[list[str]]) -> list[Block]:
    lines: list[Block] = []
    columns = max((len(r) for r in rows), default=0)
    for column in range(columns):
        seen: set[str] = set()
        for row in rows:
            if column < len(row) and row[column] and row[column] not in seen:
                seen.add(row[column])
                lines.extend(row[column].split("\n"))
    return lines


def _footnotes(xml: bytes) -> list[str]:
    from docx.oxml import parse_xml

    try:
        root = parse_xml(xml)
    except Exception:
        return []
    notes: list[str] = []
    for note in root.iterchildren(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(_paragraph_text(p).replace(_RENDERED, "") for p in note.iter(f"{_W}p")).strip()
        if text:
            notes.append(text)
    return notes


_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def _format(number: int, style: str) -> str:
    if style == "lowerLetter":
        return "abcdefghiklmnopqrstuvxy"[(number - 1) % 23]
    if style == "upperLetter":
        return "ABCDEFGHIKLMNOPQRSTUVXY"[(number - 1) % 23]
    if style == "upperRoman":
        return _roman(number)
    if style == "lowerRoman":
        return _roman(number).lower()
    return str(number)


class _Numbering:
    """Renders Word list numbers ("1.", "1.1.", "a)", "-") as printed."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        # Word counts per abstract list: every w:num of one abstractNum continues the same numbers, unless the
        # w:num restarts a level (lvlOverride/startOverride, how Word and LibreOffice start a new list).
        self.abstract_of: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbering: dict[str, tuple[str, int]] = {}
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for item in root.iterchildren(f"{_W}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for level in item.iterchildren(f"{_W}lvl"):
                ilvl = int(level.get(f"{_W}ilvl", "0"))
                fmt = level.find(f"{_W}numFmt")
                text = level.find(f"{_W}lvlText")
                start = level.find(f"{_W}start")
                levels[ilvl] = (
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_W}val", "") if text is not None else "",
                    int(start.get(f"{_W}val", "1")) if start is not None else 1,
                )
            abstract[item.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iterchildren(f"{_W}num"):
            reference = num.find(f"{_W}abstractNumId")
            if reference is not None:
                num_id = num.get(f"{_W}numId", "")
                self.levels[num_id] = abstract.get(reference.get(f"{_W}val", ""), {})
                self.abstract_of[num_id] = reference.get(f"{_W}val", "")
                for override in num.iterchildren(f"{_W}lvlOverride"):
                    start_override = override.find(f"{_W}startOverride")
                    if start_override is not None:
                        self.overrides.setdefault(num_id, {})[int(override.get(f"{_W}ilvl", "0"))] = int(
                            start_override.get(f"{_W}val", "1")
                        )
        for style in document.styles.element.iterchildren(f"{_W}style"):
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                num_id = num_pr.find(f"{_W}numId")
                ilvl = num_pr.find(f"{_W}ilvl")
                if num_id is not None:
                    self.style_numbering[style.get(f"{_W}styleId", "")] = (
                        num_id.get(f"{_W}val", ""),
                        int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0,
                    )

    def label(self, paragraph: Any) -> str:
        num_pr = paragraph.find(f"{_W}pPr/{_W}numPr")
        num_id: str | None = None
        ilvl = 0
        if num_pr is not None:
            id_element = num_pr.find(f"{_W}numId")
            level_element = num_pr.find(f"{_W}ilvl")
            num_id = id_element.get(f"{_W}val") if id_element is not None else None
            ilvl = int(level_element.get(f"{_W}val", "0")) if level_element is not None else 0
        else:
            style = paragraph.find(f"{_W}pPr/{_W}pStyle")
            if style is not None and style.get(f"{_W}val") in self.style_numbering:
                num_id, ilvl = self.style_numbering[style.get(f"{_W}val")]
        if not num_id or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        counters = self.counters.setdefault(self.abstract_of.get(num_id, num_id), {})
        if num_id not in self.started:
            self.started.add(num_id)
            for level, restart in self.overrides.get(num_id, {}).items():
                counters[level] = restart - 1
                for deeper in [k for k in counters if k > level]:
                    del counters[deeper]
        fmt, text, start = levels.get(ilvl, ("decimal", f"%{ilvl + 1}.", 1))
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""

        def render(match: re.Match[str]) -> str:
            level = int(match[1]) - 1
            level_fmt, _, level_start = levels.get(level, ("decimal", "", 1))
            return _format(counters.get(level, level_start), level_fmt)

        return re.sub(r"%(\d)", render, text)
