"""The check every feedback upload passes before anything is stored (citizen attachments, signed answers,
dialogue minutes): type by extension, size, and the bytes themselves (`core.files.check_file`)."""

from __future__ import annotations

import os
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from danvan.core import files

ATTACHMENT_EXTENSIONS = frozenset({".pdf", ".docx", ".jpg", ".jpeg", ".png"})
DOCUMENT_EXTENSIONS = frozenset({".pdf", ".docx"})
# A citizen may attach a few files, each of a few megabytes (photos of a letter, a scanned decision).
MAX_ATTACHMENTS = 5


def max_bytes() -> int:
    """The size limit of one attachment: the evidence limit (setting `MAX_EVIDENCE_MB`)."""
    return int(settings.MAX_EVIDENCE_MB) * 1024 * 1024


def clean_name(name: str) -> str:
    return os.path.basename(name.replace("\\", "/")).strip()[:200] or "tep"


def check_upload(upload: UploadedFile, *, allowed: frozenset[str] = ATTACHMENT_EXTENSIONS) -> bytes:
    """Refuse a file of another type, empty, too large, or not what its extension says; return its bytes.
    Raises ValidationError with the reason in Vietnamese."""
    name = clean_name(upload.name or "")
    extension = os.path.splitext(name.lower())[1]
    kind = files.kind_of(name) if extension in allowed else None
    if kind is None:
        kinds = ", ".join(sorted(ext.lstrip(".").upper() for ext in allowed))
        raise ValidationError(
            _("Files of type “%(ext)s” are not accepted; use %(kinds)s.")
            % {"ext": extension or "?", "kinds": kinds}
        )
    size = upload.size or 0
    limit = max_bytes()
    if size > limit:
        raise ValidationError(
            _("The file “%(name)s” is too large; a file may be at most %(limit)s MB.")
            % {"name": name, "limit": limit // (1024 * 1024)}
        )
    if size == 0:
        raise ValidationError(_("The file “%(name)s” is empty.") % {"name": name})
    upload.seek(0)
    data: bytes = upload.read()
    upload.seek(0)
    files.check_file(name, data, kind)
    return data


def check_uploads(uploads: list[UploadedFile]) -> None:
    """Check every file before any is stored: one bad file refuses them all (nothing half-stored)."""
    if len(uploads) > MAX_ATTACHMENTS:
        raise ValidationError(_("At most %(n)s files may be attached.") % {"n": MAX_ATTACHMENTS})
    for upload in uploads:
        check_upload(upload)


def stored_name(upload: UploadedFile) -> str:
    """A random name on disk with the original extension (the original name is kept on the row)."""
    return f"{uuid.uuid4().hex}{os.path.splitext(clean_name(upload.name or '').lower())[1]}"
