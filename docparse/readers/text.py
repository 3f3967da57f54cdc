"""Plain text and Markdown, including text extracted from PDFs (hard line breaks, blank lines between lines)."""

from __future__ import annotations

import re

from docparse.blocks import PAGE_FEED, Source
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
    return Source(blocks=[text], hard_wrapped=True, paged=PAGE_FEED in text)
