"""Safety checks for ZIP-based formats (DOCX, XLSX) before any part is decompressed."""

from __future__ import annotations

import io
import zipfile

from docparse.errors import ParseError

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 5000


def open_checked(data: bytes, required: str, kind: str) -> zipfile.ZipFile:
    """Open the archive after checking it is a ZIP holding `required`, within size and ratio limits."""
    if not data.startswith(b"PK"):
        raise ParseError(
            f"Tệp không phải là tệp {kind} hợp lệ (có thể sai phần mở rộng).",
            f"The file is not a valid {kind} file (the extension may be wrong).",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ParseError(
            f"Tệp {kind} bị hỏng hoặc không đầy đủ.", f"The {kind} file is damaged or truncated."
        ) from error
    total = sum(entry.file_size for entry in entries)
    too_compressed = any(
        entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
        for entry in entries
    )
    if len(entries) > MAX_ENTRIES or total > MAX_UNCOMPRESSED or too_compressed:
        raise ParseError(
            f"Tệp {kind} có dung lượng giải nén bất thường (nghi là “zip bomb”); không xử lý.",
            f"The {kind} file expands to an abnormal size (suspected zip bomb); it was not processed.",
        )
    if required not in archive.namelist():
        raise ParseError(
            f"Tệp không phải là tệp {kind} hợp lệ (thiếu {required}).",
            f"The file is not a valid {kind} file ({required} is missing).",
        )
    return archive
