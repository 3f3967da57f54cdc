"""Plain text and Markdown, including text extracted from PDFs (hard line breaks, blank lines between lines)."""

from __future__ import annotations

import itertools
import re

from docparse.blocks import PAGE_FEED, Block, Source, Table
from docparse.errors import ParseError
from docparse.readers.layout import quietest_stretch
from docparse.tables import header_columns

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1258; reject binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise _not_text() from error
    if b"\x00" in data[:4096]:
        raise _not_text()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError as error:
            raise _not_text() from error
        if len(_CONTROL.findall(text, 0, 4096)) > 8:
            raise _not_text() from None
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > max(8, len(text[:8192]) // 100):
        raise _not_text()
    return text


def _not_text() -> ParseError:
    return ParseError(
        "Tệp không phải là văn bản thuần (UTF-8); hãy tải lên tệp DOCX, PDF, XLSX hoặc TXT.",
        "The file is not plain UTF-8 text; upload a DOCX, PDF, XLSX or TXT file.",
    )


def read_text(data: bytes) -> Source:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    # a form feed (text saved by pdftotext) starts a page: the parser reads it as a line break
    blocks = [
        part
        for block in tab_tables(text)
        for part in (spaced_tables(block) if isinstance(block, str) else [block])
    ]
    return Source(blocks=blocks, hard_wrapped=True, paged=PAGE_FEED in text)


def tab_tables(text: str) -> list[Block]:
    """The text, with every run of two or more lines whose cells are separated by tabs, three or more cells a line
    (a table copied from a web page or a spreadsheet), made a table: its columns are what tells a row's unit from
    its time. A single tabbed line (a portal's menu) stays text."""
    blocks: list[Block] = []
    lines = text.split("\n")
    plain: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        if len(run) >= 2:
            if plain:
                blocks.append("\n".join(plain))
                plain.clear()
            width = max(len(line.split("\t")) for line in run)
            rows = [[cell.strip() for cell in line.split("\t")] for line in run]
            page = text[: text.find(run[0])].count(PAGE_FEED) + 1 if PAGE_FEED in text else None
            table = Table(rows=[row + [""] * (width - len(row)) for row in rows])
            blocks.append(table.on_page(page) if page else table)
        else:
            plain.extend(run)
        run.clear()

    for line in lines:
        if line.count("\t") >= 2 and PAGE_FEED not in line:
            run.append(line)
            continue
        close_run()
        plain.append(line)
    close_run()
    if plain or not blocks:
        blocks.append("\n".join(plain))
    return blocks


_SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of text laid out in columns: words one space apart
_ROW_MARK = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ]|[IVX]{1,4}|[A-ZĐ])[.)]?$")


# The page number a PDF prints at the foot of its page, alone on its line: "2", "Trang 1/2", "- 2 -".
_PAGE_NUMBER = re.compile(r"(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–]")


def _spaced_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a line laid out in columns (pdftotext -layout): runs of words apart by two spaces or more."""
    return [(m.start(), m.group()) for m in _SPACED_CELL.finditer(line.replace("\t", " ")) if m.group()]


def _spaced_bounds(header: list[tuple[int, str]], below: list[str]) -> list[float]:
    """Where each column ends: in the space between two header cells (centred, so their edges are not the
    column's), the middle of the widest stretch that the fewest cells of the lines below cover (the padding)."""
    spans = [(start, start + len(cell)) for line in below for start, cell in _spaced_cells(line)]
    bounds: list[float] = []
    for (start, cell), (following, _) in itertools.pairwise(header):
        left = start + len(cell)
        if following <= left + 1:
            bounds.append((left + following) / 2)
            continue
        bounds.append(
            quietest_stretch([(sum(1 for a, b in spans if a <= x < b), x) for x in range(left, following)])
        )
    return bounds


def spaced_tables(text: str) -> list[Block]:
    """The text, with every task table laid out in columns by spaces (pdftotext -layout: a header line naming the
    columns, then rows whose first column holds the row number) made a table. A line's cells go to the column whose
    header starts nearest; a row runs from its number to the next; the header's wrapped words ("Khoa, phòng" /
    "chủ trì"), the header repeated after a page break and page numbers are not rows. The table ends at a line that
    starts in the number column with no number (the next section, "Nơi nhận")."""
    lines = text.split("\n")
    blocks: list[Block] = []
    plain: list[str] = []
    index = 0
    while index < len(lines):
        cells = _spaced_cells(lines[index])
        header = [cell for _, cell in cells]
        if len(cells) < 4 or header_columns(header) is None or "  " not in lines[index].strip():
            plain.append(lines[index])
            index += 1
            continue
        bounds = _spaced_bounds(cells, lines[index + 1 : index + 41])
        rows: list[list[str]] = []
        wrapped_header = True
        end = index + 1
        while end < len(lines):
            line = lines[end].replace(PAGE_FEED, "")
            found = _spaced_cells(line)
            if not found:
                end += 1
                continue
            if header_columns([cell for _, cell in found]) is not None:
                wrapped_header = True  # the header repeated on the next page
                end += 1
                continue
            if len(found) == 1 and _PAGE_NUMBER.fullmatch(found[0][1]) and found[0][0] > bounds[0]:
                end += 1  # a page number ("2", "Trang 1/2", "- 2 -"), no cell's text
                continue
            placed = [""] * len(cells)
            for start, cell in found:
                column = sum(1 for bound in bounds if start > bound)
                placed[column] = f"{placed[column]} {cell}".strip()
            first_at = found[0][0]
            # "ST" / "T": the number column's header wrapped in a narrow column, not a row "T"
            number_header = not rows and re.fullmatch(
                r"s?tt", f"{header[0]}{placed[0]}".lower().replace(" ", "")
            )
            if placed[0] and _ROW_MARK.match(placed[0]) and not number_header:
                rows.append(placed)
                wrapped_header = False
            elif first_at < bounds[0] and placed[0] and not number_header:
                break  # text from the left margin that is no row number: the table has ended
            elif wrapped_header or number_header:
                if not rows:
                    header = [
                        f"{a}{b}" if c == 0 and number_header else f"{a} {b}".strip()
                        for c, (a, b) in enumerate(zip(header, placed, strict=True))
                    ]
            elif rows:
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], placed, strict=True)]
            end += 1
        if len(rows) < 2:
            plain.append(lines[index])
            index += 1
            continue
        if plain:
            blocks.append("\n".join(plain))
            plain = []
        pages = "\n".join(lines[index:end]).count(PAGE_FEED)
        blocks.append(Table([header, *rows]))
        if pages:
            plain.append(PAGE_FEED * pages)
        index = end
    if plain or not blocks:
        blocks.append("\n".join(plain))
    return blocks
