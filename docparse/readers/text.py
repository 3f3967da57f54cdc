"""Plain text and Markdown, including text extracted from PDFs (hard line breaks, blank lines between lines)."""

from __future__ import annotations

import re

from docparse.blocks import PAGE_FEED, Block, Source, Table
from docparse.errors import ParseError

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
    return Source(blocks=tab_tables(text), hard_wrapped=True, paged=PAGE_FEED in text)


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
