"""What an uploaded file really is: the one check every upload passes before anything is stored.

Imports (plans) and evidence files (reporting) both call `check_file()`. It looks at the bytes, not at the name
or the browser's content type: the first bytes must be those of the declared type, a DOCX or XLSX must be a ZIP
holding the part of its kind and pass docparse's archive guard (entry count, total size, compression ratio —
the same limits the parser applies, so a zip bomb is refused before it is stored), a PNG must be a well-formed
PNG (Pillow checks every chunk's CRC) with nothing after its end, a JPEG must decode its header, a PDF must
end with `%%EOF`, and a text file must be text (no NUL byte, not another format renamed). Markup where a binary
format belongs (`<html>`, `<script>` after a PNG header) fails these checks.
"""

from __future__ import annotations

import datetime
import io
import os
import struct
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.storage import Storage, default_storage
from django.utils import timezone
from django.utils.translation import gettext as _

from docparse.errors import ParseError
from docparse.readers.archive import open_checked


@dataclass(frozen=True)
class FileKind:
    label: str  # shown to the user: "PDF", "DOCX"
    content_type: str


PDF = FileKind("PDF", "application/pdf")
DOCX = FileKind("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = FileKind("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
JPEG = FileKind("JPG", "image/jpeg")
PNG = FileKind("PNG", "image/png")
TEXT = FileKind("TXT", "text/plain")

KINDS: dict[str, FileKind] = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".xlsx": XLSX,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".png": PNG,
    ".txt": TEXT,
    ".md": TEXT,
}

# The ZIP part each office format must hold.
_ZIP_MEMBERS = {DOCX: "word/document.xml", XLSX: "xl/workbook.xml"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Signatures of formats a text file must not be (a renamed PDF, ZIP, image or executable).
_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", _PNG_SIGNATURE, b"\xff\xd8\xff", b"MZ", b"\x7fELF", b"GIF8")


def kind_of(name: str) -> FileKind | None:
    """The kind a file name declares, by its extension (None when danvan accepts no such file)."""
    return KINDS.get(os.path.splitext(name.lower())[1])


def check_file(name: str, data: bytes, kind: FileKind) -> None:
    """Refuse `data` unless it really is a file of `kind`; ValidationError with the reason in the interface
    language. Reads the bytes only (never writes anything)."""
    problem = _problem(data, kind)
    if problem == "bomb":
        raise ValidationError(
            _(
                "The %(kind)s file “%(name)s” expands to an abnormal size (suspected zip bomb); it was refused."
            )
            % {"kind": kind.label, "name": name},
            code="bomb",
        )
    if problem:
        raise ValidationError(
            _("The file “%(name)s” is not a real %(kind)s file.") % {"name": name, "kind": kind.label},
            code="content",
        )


def _problem(data: bytes, kind: FileKind) -> str:
    """ "" when `data` is a `kind` file; "bomb" for an archive over the limits; "content" otherwise."""
    if kind in _ZIP_MEMBERS:
        try:
            with open_checked(data, _ZIP_MEMBERS[kind], kind.label):
                return ""
        except ParseError as error:
            return "bomb" if "zip bomb" in error.message_en else "content"
    if kind is PDF:
        return "" if data.startswith(b"%PDF-") and b"%%EOF" in data[-2048:] else "content"
    if kind is PNG:
        return "" if _is_png(data) else "content"
    if kind is JPEG:
        return "" if data.startswith(b"\xff\xd8\xff") and _pillow_reads(data, "JPEG") else "content"
    if kind is TEXT:
        return "" if b"\x00" not in data[:65536] and not data.startswith(_BINARY_SIGNATURES) else "content"
    return "content"


def _is_png(data: bytes) -> bool:
    """A PNG whose chunks are well-formed up to IEND, with nothing after it."""
    if not data.startswith(_PNG_SIGNATURE) or not _pillow_reads(data, "PNG"):
        return False
    position = len(_PNG_SIGNATURE)
    while position + 8 <= len(data):
        length, chunk = struct.unpack(">I4s", data[position : position + 8])
        position += 12 + int(length)
        if chunk == b"IEND":
            return position == len(data)
    return False


def _pillow_reads(data: bytes, format_name: str) -> bool:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data), formats=[format_name]) as image:
            image.verify()
    except Exception:  # Pillow raises many types for broken images; any of them means "not an image"
        return False
    return True


def referenced_files() -> set[str]:
    """Storage names of every file a row points to (every FileField of every installed model)."""
    from django.apps import apps
    from django.db import models

    names: set[str] = set()
    for model in apps.get_models():
        for model_field in model._meta.get_fields():
            if isinstance(model_field, models.FileField) and not model_field.many_to_many:
                values = model._default_manager.exclude(**{model_field.name: ""}).values_list(
                    model_field.name, flat=True
                )
                names.update(value for value in values if value)
    return names


def orphan_files(*, older_than: datetime.timedelta, storage: Storage | None = None) -> list[str]:
    """Stored files no row points to and older than `older_than` (an upload whose job was refused before
    this cleanup existed, a file left by a crash between storing and saving its row)."""
    storage = storage or default_storage
    cutoff = timezone.now() - older_than
    referenced = referenced_files()
    orphans = []
    for name in stored_files(storage):
        if name not in referenced and storage.get_modified_time(name) < cutoff:
            orphans.append(name)
    return sorted(orphans)


def stored_files(storage: Storage | None = None) -> list[str]:
    """The name of every stored file, walked through the storage API (local folders and S3 buckets alike)."""
    return sorted(_walk(storage or default_storage, ""))


def _walk(storage: Storage, folder: str) -> list[str]:
    try:
        folders, names = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return []
    found = [f"{folder}/{name}" if folder else name for name in names]
    for sub in folders:
        found += _walk(storage, f"{folder}/{sub}" if folder else sub)
    return found
