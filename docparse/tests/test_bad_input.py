"""Bad input never crashes: every failure is a ParseError with a Vietnamese and an English message."""

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docparse import ParseError, parse, parse_text
from docparse.readers.pdf import tesseract_has_vietnamese
from docparse.tests import builders

SEED = Path(__file__).parent / "data" / "seeds" / "000_84244dea68afce53.txt"


def _error(data: bytes, name: str) -> ParseError:
    with pytest.raises(ParseError) as caught:
        parse(data, name)
    assert caught.value.message_vi and caught.value.message_en
    assert caught.value.message_vi != caught.value.message_en
    return caught.value


@pytest.mark.parametrize("name", ["x.docx", "x.pdf", "x.xlsx", "x.txt"])
def test_random_bytes_are_refused(name):
    _error(os.urandom(4096) + b"\x00\x01\x02", name)


def test_empty_file_is_refused():
    assert "rỗng" in _error(b"", "plan.docx").message_vi


def test_oversized_file_is_refused():
    assert "quá lớn" in _error(b"a" * (50 * 1024 * 1024), "plan.txt").message_vi


def test_wrong_extension_is_refused():
    _error(b"MZ\x90\x00", "setup.exe")
    _error(builders.plan_pdf_weasyprint(), "plan.docx")
    _error(builders.plan_docx(), "plan.pdf")


def test_truncated_docx_is_refused():
    data = builders.plan_docx()
    assert "hỏng" in _error(data[: len(data) // 2], "plan.docx").message_vi


def test_docx_with_a_corrupt_document_part_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><not-closed>")
    _error(out.getvalue(), "plan.docx")


def test_docx_zip_bomb_is_refused_before_decompression():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    assert "zip bomb" in _error(out.getvalue(), "bomb.docx").message_vi


def test_encrypted_pdf_is_refused():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(builders.plan_pdf_weasyprint())).pages:
        writer.add_page(page)
    writer.encrypt("mat-khau")
    out = io.BytesIO()
    writer.write(out)
    assert "mật khẩu" in _error(out.getvalue(), "secret.pdf").message_vi


def _scanned_pdf() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1654, 600), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 40)
    draw = ImageDraw.Draw(image)
    draw.text((80, 80), "KẾ HOẠCH", font=font, fill="black")
    draw.text((80, 160), "Công tác dân vận chính quyền năm 2026", font=font, fill="black")
    out = io.BytesIO()
    image.save(out, "PDF", resolution=150)
    return out.getvalue()


def test_scanned_pdf_is_read_by_ocr_or_refused_with_an_ocr_message():
    data = _scanned_pdf()
    if tesseract_has_vietnamese():
        result = parse(data, "scan.pdf")
        assert result.document.type == "Kế hoạch"
    else:
        assert "OCR" in _error(data, "scan.pdf").message_vi


def test_cli_exits_with_code_2_and_both_messages(tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    run = subprocess.run(
        [sys.executable, "-m", "docparse", str(bad)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 2
    assert "Lỗi:" in run.stderr and "Error:" in run.stderr


def test_cli_prints_json(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "docparse", str(SEED), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"tasks"' in run.stdout


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), name=st.sampled_from(["a.docx", "a.pdf", "a.xlsx", "a.txt", "a.md"]))
def test_garbage_bytes_raise_only_parse_error(data, name):
    try:
        result = parse(data, name)
    except ParseError as error:
        assert error.message_vi and error.message_en
    else:
        assert isinstance(result.to_dict()["warnings"], list)


_FRAGMENTS = [
    "KẾ HOẠCH",
    "QUYẾT ĐỊNH",
    "Số: /KH-UBND",
    "Hà Nội, ngày  tháng 5 năm 2026",
    "II. NỘI DUNG",
    "III. TỔ CHỨC THỰC HIỆN",
    "1.",
    "1.1",
    "a)",
    "- ",
    "+ Đơn vị chủ trì:",
    "Thời gian thực hiện:",
    "TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện",
    "Quyết định số 12/QĐ-UBND ngày 31/02/2026 của",
    "Quý V/2026",
    "Tháng 13/2026",
    "trước ngày 99/99/2026",
    "Sở Nội vụ",
    "Nơi nhận:",
    "./.",
    "GIÁM ĐỐC",
    "\n",
    "\n\n",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=40)), max_size=60))
def test_structured_garbage_text_never_crashes(parts):
    result = parse_text(" ".join(parts))
    assert isinstance(result.to_dict()["tasks"], list)
