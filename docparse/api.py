"""The public entry points: `parse(data, filename)` for uploaded files and `parse_text(text)`."""

from __future__ import annotations

import os

from docparse.blocks import PAGE_FEED, Source
from docparse.errors import ParseError
from docparse.model import ParsedDocument
from docparse.parser import parse_source
from docparse.readers.text import read_text

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED = (".docx", ".pdf", ".txt", ".md", ".xlsx")


def parse_text(text: str) -> ParsedDocument:
    """Parse plain text (for example text extracted from a PDF)."""
    text = text.replace("\r\n", "\n")
    return _guarded(lambda: parse_source(Source(blocks=[text], hard_wrapped=True, paged=PAGE_FEED in text)))


def parse(data: bytes, filename: str) -> ParsedDocument:
    """Parse an uploaded document; raises ParseError (never anything else) when it cannot be read."""
    if not data:
        raise ParseError("Tệp rỗng, không có nội dung.", "The file is empty.")
    if len(data) > MAX_BYTES:
        raise ParseError(
            f"Tệp quá lớn ({len(data) // (1024 * 1024)} MB); giới hạn là {MAX_BYTES // (1024 * 1024)} MB.",
            f"The file is too large ({len(data) // (1024 * 1024)} MB); the limit is {MAX_BYTES // (1024 * 1024)} MB.",
        )
    extension = os.path.splitext(filename.lower())[1]
    if extension not in SUPPORTED:
        raise ParseError(
            f"Định dạng tệp “{extension or filename}” không được hỗ trợ; hãy dùng DOCX, PDF, XLSX hoặc TXT.",
            f"Unsupported file type “{extension or filename}”; use DOCX, PDF, XLSX or TXT.",
        )
    return _guarded(lambda: parse_source(_read(data, extension)))


def _read(data: bytes, extension: str) -> Source:
    if extension == ".docx":
        from docparse.readers.docx import read_docx

        return read_docx(data)
    if extension == ".pdf":
        from docparse.readers.pdf import read_pdf

        return read_pdf(data)
    if extension == ".xlsx":
        from docparse.readers.xlsx import read_xlsx

        return read_xlsx(data)
    return read_text(data)


def _guarded(work: object) -> ParsedDocument:
    try:
        result = work()  # type: ignore[operator]
    except ParseError:
        raise
    except RecursionError as error:
        raise _unreadable() from error
    except Exception as error:
        raise _unreadable() from error
    if not isinstance(result, ParsedDocument):
        raise _unreadable()
    return result


def _unreadable() -> ParseError:
    return ParseError(
        "Không đọc được nội dung tệp; tệp có thể bị hỏng hoặc không đúng định dạng.",
        "The file could not be read; it may be damaged or in the wrong format.",
    )
