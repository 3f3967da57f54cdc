"""Parsing in a child process with limits (danvan.documents.parsing): results, refusals, OCR budget, crashes
and runaways come back as ParseFailed with a Vietnamese message; the calling process is never at risk."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont

from danvan.documents.parsing import ParseFailed, parse_file
from docparse.tests import builders

# A seed PDF whose text layer byte flips destroyed (found by `make fuzz`): docparse takes it for a 2-page scan.
BROKEN_SCAN = Path("docparse/tests/data/fuzz/pdf/slow-a17a72a6e1a01c6c.pdf")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")


def scanned_pdf(pages: int = 2) -> bytes:
    """An image-only PDF (no text layer) with a few lines of Vietnamese on each page, as a scanner makes."""
    font_path = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
    font = ImageFont.truetype(str(font_path), 40) if font_path.exists() else ImageFont.load_default()
    images = []
    for number in range(pages):
        image = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
        draw = ImageDraw.Draw(image)
        lines = ["ỦY BAN NHÂN DÂN", "KẾ HOẠCH", f"Thực hiện công tác dân vận chính quyền, trang {number + 1}"]
        for row, line in enumerate(lines):
            draw.text((150, 200 + 80 * row), line, fill=0, font=font)
        images.append(image)
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=200)
    return out.getvalue()


def test_a_document_is_parsed_in_the_child_like_docparse_does_it() -> None:
    parsed = parse_file(builders.plan_docx(), "ke-hoach.docx")
    assert [t["no"] for t in parsed.document["tasks"]][:3] == ["1", "2", "3"]
    assert parsed.text and parsed.ocr_pages == 0 and parsed.seconds > 0


def test_docparse_refusals_keep_their_vietnamese_reason() -> None:
    with translation.override("vi"), pytest.raises(ParseFailed) as refused:
        parse_file(b"PK\x03\x04 not a zip", "hong.docx")
    assert refused.value.reason == "refused"
    assert "DOCX" in refused.value.message and refused.value.message != refused.value.message_en


def test_a_child_over_its_memory_limit_is_a_clear_failure_and_not_a_crash_of_the_caller(
    settings: Any,
) -> None:
    settings.PARSE_MEMORY_MB = 40  # too little even to start Python with docparse
    with translation.override("vi"), pytest.raises(ParseFailed) as failed:
        parse_file(builders.plan_docx(), "ke-hoach.docx")
    # docparse turns the MemoryError into its "cannot be read" refusal, or the interpreter dies: either way
    # the caller gets a reason in Vietnamese and carries on.
    assert failed.value.reason in ("refused", "crashed")
    assert failed.value.message.startswith("Không đọc được")


def test_a_scan_needs_ocr_which_a_request_refuses_before_recognising_anything() -> None:
    with translation.override("vi"), pytest.raises(ParseFailed) as refused:
        parse_file(BROKEN_SCAN.read_bytes(), "scan.pdf", ocr_pages=0)
    assert refused.value.reason == "needs_ocr" and refused.value.pages == 2
    assert "bản quét" in refused.value.message and refused.value.seconds < 10


def test_a_scan_longer_than_the_page_budget_is_refused_before_ocr() -> None:
    with pytest.raises(ParseFailed) as refused:
        parse_file(BROKEN_SCAN.read_bytes(), "scan.pdf", ocr_pages=1)
    assert refused.value.reason == "ocr_pages" and refused.value.pages == 2


@needs_tesseract
def test_ocr_past_its_time_is_stopped_with_the_pages_done() -> None:
    with translation.override("vi"), pytest.raises(ParseFailed) as stopped:
        parse_file(scanned_pdf(8), "scan.pdf", ocr_pages=10, seconds=8)
    assert stopped.value.reason == "timeout"
    assert "OCR" in stopped.value.message and "8 trang" in stopped.value.message


@needs_tesseract
def test_ocr_reports_each_page_and_counts_the_pages_read() -> None:
    seen: list[tuple[int, int]] = []
    parsed = parse_file(
        scanned_pdf(2), "scan.pdf", ocr_pages=10, seconds=120, on_progress=lambda d, t: seen.append((d, t))
    )
    assert parsed.ocr_pages == 2
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    assert "trang 1" in parsed.text and "trang 2" in parsed.text
