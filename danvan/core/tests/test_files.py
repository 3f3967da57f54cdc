"""The one upload check (danvan.core.files): declared type against real content, archive guards."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError

from danvan.core import files
from danvan.testing import MB, docx_bomb, jpeg_bytes, png_bytes, zip_bytes

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DOCX = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<document/>"})
XLSX = zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.pdf", PDF),
        ("a.docx", DOCX),
        ("a.xlsx", XLSX),
        ("a.png", png_bytes()),
        ("a.jpg", jpeg_bytes()),
        ("a.txt", "Kế hoạch số 05/KH-SCT".encode()),
    ],
)
def test_real_files_pass(name: str, data: bytes) -> None:
    kind = files.kind_of(name)
    assert kind is not None
    files.check_file(name, data, kind)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("anh.png", b"\x89PNG\r\n\x1a\n<html><script>alert(document.cookie)</script></html>"),
        ("anh.png", png_bytes() + b"<html><script>alert(1)</script></html>"),
        ("anh.jpg", b"\xff\xd8\xff\xe0<html><script>alert(1)</script></html>"),
        ("bien-ban.pdf", b"%PDF-1.4\n<html><script>alert(1)</script></html>"),
        ("bang.xlsx", DOCX),
        ("bao-cao.docx", XLSX),
        ("bao-cao.docx", b"PK\x03\x04not really a zip"),
        ("ke-hoach.txt", PDF),
        ("ke-hoach.txt", b"abc\x00\x01\x02"),
    ],
)
def test_a_declared_type_that_the_content_does_not_match_is_refused(name: str, data: bytes) -> None:
    kind = files.kind_of(name)
    assert kind is not None
    with pytest.raises(ValidationError) as refused:
        files.check_file(name, data, kind)
    assert refused.value.code == "content"


def test_a_docx_that_unpacks_to_a_gigabyte_is_refused_as_a_zip_bomb() -> None:
    bomb = docx_bomb()
    assert len(bomb) < 2 * 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        assert sum(entry.file_size for entry in archive.infolist()) > 1024**3
        with archive.open("word/media/fill0.bin") as part:  # a real archive: the part inflates to zeros
            assert part.read(MB) == b"\x00" * MB
        assert archive.read("word/document.xml") == b"<document/>"
    with pytest.raises(ValidationError) as refused:
        files.check_file("bao-cao.docx", bomb, files.DOCX)
    assert refused.value.code == "bomb"


def test_unknown_extensions_have_no_kind() -> None:
    assert files.kind_of("virus.exe") is None
    assert files.kind_of("KE-HOACH.DOCX") is files.DOCX
