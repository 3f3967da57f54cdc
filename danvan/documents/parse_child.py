"""The parsing process: `python -m danvan.documents.parse_child INPUT NAME OUTPUT [--ocr-pages N] [--progress F]`.

Started by `danvan.documents.parsing.parse_file` for every uploaded file, under the memory and CPU limits the
parent sets, so that a crash or a runaway in a PDF library costs this process only. It imports docparse and
nothing of Django (it starts in a fraction of a second), parses the file and writes one JSON answer to OUTPUT:

- `{"status": "ok", "document": {...docparse JSON...}, "text": "...", "ocr_pages": n}`
- `{"status": "refused", "vi": "...", "en": "..."}`: docparse's ParseError
- `{"status": "needs_ocr", "pages": n}`: a scan, and OCR is not allowed here (`--ocr-pages 0`)
- `{"status": "ocr_pages", "pages": n}`: a scan longer than the pages allowed (`--ocr-pages N`)

docparse decides that a PDF is a scan and calls `docparse.readers.pdf.ocr_pdf`; this process wraps that one
function to apply the page budget before any page is recognised, and counts the finished `tesseract` runs into
the progress file ("done total"), which the parent reads to show the progress.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any


class _Stop(BaseException):
    """Stops parsing with an answer for the parent (BaseException passes through docparse's guard)."""

    def __init__(self, answer: dict[str, Any]) -> None:
        super().__init__(answer["status"])
        self.answer = answer


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader

    try:
        return len(PdfReader(io.BytesIO(data), strict=False).pages)
    except Exception:
        return 0


def _guard_ocr(max_pages: int, progress: Path | None, used: list[int]) -> None:
    from docparse.readers import pdf as pdf_reader

    recognise = pdf_reader.ocr_pdf

    def budgeted_ocr(data: bytes) -> Any:
        pages = _page_count(data)
        if max_pages <= 0:
            raise _Stop({"status": "needs_ocr", "pages": pages})
        if pages > max_pages:
            raise _Stop({"status": "ocr_pages", "pages": pages})
        used.append(pages)
        if progress is not None:
            _count_tesseract_runs(progress, pages)
        return recognise(data)

    pdf_reader.ocr_pdf = budgeted_ocr


def _count_tesseract_runs(progress: Path, total: int) -> None:
    """Write "done total" to `progress` after every finished tesseract run (one per page)."""
    run = subprocess.run
    lock = threading.Lock()
    done = [0]
    progress.write_text(f"0 {total}")

    def counted(*args: Any, **kwargs: Any) -> Any:
        result = run(*args, **kwargs)
        command = args[0] if args else kwargs.get("args", [])
        if command and "tesseract" in str(command[0]) and "--list-langs" not in command:
            with lock:
                done[0] += 1
                progress.write_text(f"{min(done[0], total)} {total}")
        return result

    subprocess.run = counted  # this process parses one file, then exits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m danvan.documents.parse_child")
    parser.add_argument("input", type=Path)
    parser.add_argument("name")
    parser.add_argument("output", type=Path)
    parser.add_argument("--ocr-pages", type=int, default=0)
    parser.add_argument("--progress", type=Path)
    args = parser.parse_args(argv)

    import docparse

    used: list[int] = []
    _guard_ocr(args.ocr_pages, args.progress, used)
    answer: dict[str, Any]
    try:
        parsed = docparse.parse(args.input.read_bytes(), args.name)
    except docparse.ParseError as error:
        answer = {"status": "refused", "vi": error.message_vi, "en": error.message_en}
    except _Stop as stop:
        answer = stop.answer
    else:
        answer = {"status": "ok", "document": parsed.to_dict(), "text": parsed.text, "ocr_pages": sum(used)}
    args.output.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
