"""DOCX → PDF through LibreOffice; skipped only where LibreOffice is not installed (CI installs it)."""

import io
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pdfplumber
import pytest
from django.utils import translation

from danvan.documents import pdf
from danvan.documents.docx_writer import render_docx
from danvan.documents.pdf import PdfConversionError, docx_to_pdf, libreoffice_available
from danvan.documents.tests import samples

needs_libreoffice = pytest.mark.skipif(not libreoffice_available(), reason="LibreOffice is not installed")

A4 = (595.3, 841.9)  # points
A4_LANDSCAPE = (841.9, 595.3)


@pytest.fixture(scope="module")
def catalog_pdf():
    if not libreoffice_available():
        pytest.skip("LibreOffice is not installed")
    return docx_to_pdf(render_docx(samples.catalog()))


def page_size(page):
    return (round(float(page.width), 1), round(float(page.height), 1))


@needs_libreoffice
def test_pdf_keeps_vietnamese_text_and_a4_pages(catalog_pdf):
    assert catalog_pdf.startswith(b"%PDF")
    with pdfplumber.open(io.BytesIO(catalog_pdf)) as document:
        first = document.pages[0]
        text = first.extract_text()
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        assert "Độc lập - Tự do - Hạnh phúc" in text
        assert "QUYẾT ĐỊNH" in text and "Nguyễn Minh Hùng" in text
        assert all(abs(a - b) < 1 for a, b in zip(page_size(first), A4, strict=True))
        appendix = document.pages[-1]
        assert all(abs(a - b) < 1 for a, b in zip(page_size(appendix), A4_LANDSCAPE, strict=True))
        appendix_text = appendix.extract_text()
        for text in ("Cơ quan chủ trì", "Cơ quan phối hợp", "Ủy ban nhân dân cấp xã", "Sở Nội vụ"):
            assert text in "\n".join(page.extract_text() for page in document.pages[1:])
        assert "TT Nhiệm vụ" in appendix_text  # the header row is repeated on the last page
        # Page numbers: none on page 1 (the decision fits on one page); the appendix restarts at 1, unnumbered
        # on its first page and "2" at the top of the next.
        assert not first.extract_text().splitlines()[0].strip().isdigit()
        assert document.pages[1].extract_text().splitlines()[0].strip() == "DANH MỤC"
        assert document.pages[2].extract_text().splitlines()[0].strip() == "2"


@needs_libreoffice
def test_two_conversions_in_parallel_both_succeed():
    plan = render_docx(samples.agency_plan())
    catalog = render_docx(samples.catalog())
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(docx_to_pdf, [plan, catalog]))
    texts = []
    for result in results:
        with pdfplumber.open(io.BytesIO(result)) as document:
            texts.append(document.pages[0].extract_text())
    assert "KẾ HOẠCH" in texts[0] and "SỞ CÔNG THƯƠNG" in texts[0]
    assert "QUYẾT ĐỊNH" in texts[1]


def test_missing_libreoffice_raises_a_clear_error(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert not libreoffice_available()
    with pytest.raises(PdfConversionError) as raised:
        docx_to_pdf(b"PK")
    assert raised.value.reason == "missing"
    assert "LibreOffice" in raised.value.message_en
    with translation.override("vi"):
        assert raised.value.message  # translated when the catalogue has it, the English msgid otherwise


@needs_libreoffice
def test_input_that_is_not_a_docx_fails_with_a_conversion_error():
    with pytest.raises(PdfConversionError) as raised:
        docx_to_pdf(b"this is not a word document")
    assert raised.value.reason == "failed"


@needs_libreoffice
def test_damaged_docx_fails_with_a_conversion_error():
    damaged = render_docx(samples.agency_plan())[:3000]
    with pytest.raises(PdfConversionError) as raised:
        docx_to_pdf(damaged)
    assert raised.value.reason == "failed"


def test_timeout_stops_the_conversion(monkeypatch, tmp_path):
    script = tmp_path / "libreoffice"
    script.write_text("#!/bin/sh\nsleep 30\n")
    script.chmod(0o755)
    monkeypatch.setattr(pdf, "libreoffice_binary", lambda: str(script))
    with pytest.raises(PdfConversionError) as raised:
        docx_to_pdf(render_docx(samples.agency_plan()), timeout=0.5)
    assert raised.value.reason == "timeout"
    # The process group was killed: nothing from the script is left running.
    leftover = subprocess.run(["pgrep", "-f", str(script)], capture_output=True, check=False)
    assert leftover.stdout == b""


def slow_libreoffice(monkeypatch, tmp_path):
    script = tmp_path / "libreoffice"
    script.write_text("#!/bin/sh\nsleep 30\n")
    script.chmod(0o755)
    monkeypatch.setattr(pdf, "libreoffice_binary", lambda: str(script))
    monkeypatch.setattr(pdf, "TICK_SECONDS", 0.1)
    return script


def test_on_tick_is_called_while_libreoffice_runs_and_the_time_limit_still_holds(monkeypatch, tmp_path):
    script = slow_libreoffice(monkeypatch, tmp_path)
    ticks = []
    with pytest.raises(PdfConversionError) as raised:
        docx_to_pdf(render_docx(samples.agency_plan()), timeout=1, on_tick=lambda: ticks.append(1))
    assert raised.value.reason == "timeout"
    assert 5 <= len(ticks) <= 11  # about every 0.1 s for 1 s, and none after the limit
    leftover = subprocess.run(["pgrep", "-f", str(script)], capture_output=True, check=False)
    assert leftover.stdout == b""


def test_an_on_tick_that_raises_stops_libreoffice(monkeypatch, tmp_path):
    script = slow_libreoffice(monkeypatch, tmp_path)

    def stop():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        docx_to_pdf(render_docx(samples.agency_plan()), timeout=20, on_tick=stop)
    leftover = subprocess.run(["pgrep", "-f", str(script)], capture_output=True, check=False)
    assert leftover.stdout == b""
