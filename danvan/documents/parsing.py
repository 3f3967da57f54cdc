"""Parsing an uploaded file in a child process with memory and time limits (`parse_file`).

The PDF libraries docparse uses (pdfium through pdfplumber, pdfminer, pypdf) are not safe to call from several
threads at once, and a damaged file can crash them (a segmentation fault) or make them run for minutes. So no
web or worker process parses a file itself: each parse runs in a fresh `python -m danvan.documents.parse_child`
(docparse only, no Django) with an address-space limit (`PARSE_MEMORY_MB`) and a CPU limit, in its own process
group, killed when it runs past its time. A crash, a runaway or an exhausted limit costs that child only and
comes back as `ParseFailed` with a Vietnamese message; the caller's process keeps serving.

Scanned PDFs need OCR (Tesseract, seconds per page). `ocr_pages` is how many pages the caller may have
recognised: 0 in a web request (the child answers "needs OCR" before recognising anything), the per-document
and per-person budgets in the background import job. The limits are settings, listed in docs/operations.md.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

POLL_SECONDS = 0.2


@dataclass
class ParsedFile:
    """What the child read: docparse's JSON, the source text, how many pages went through OCR, and time."""

    document: dict[str, Any]
    text: str
    ocr_pages: int
    seconds: float


@dataclass
class ParseFailed(Exception):
    """The file could not be parsed; `message` is for the person (interface language), `reason` for code:
    refused (docparse's own reason), crashed, timeout, needs_ocr, ocr_pages."""

    reason: str
    message: str
    message_en: str = ""
    pages: int = 0
    seconds: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message


def _failure(reason: str, message: Any, params: dict[str, Any] | None = None, **extra: Any) -> ParseFailed:
    """A ParseFailed with the message in the interface language and in English."""
    params = params or {}
    with translation.override("en"):
        english = str(message) % params if params else str(message)
    return ParseFailed(reason, str(message) % params if params else str(message), english, **extra)


def _load_libc() -> Any:
    try:
        return ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        return None


# Loaded once here: the code that runs between fork and exec must not import anything (a web server's other
# threads may hold the import lock at the moment of the fork).
_LIBC = _load_libc()
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: the child gets SIGKILL when the process that started it dies (a worker killed mid-parse)."""
    if _LIBC is not None:
        _LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _limits(memory_mb: int, cpu_seconds: int) -> Callable[[], None]:
    def apply() -> None:  # runs in the child between fork and exec
        _die_with_parent()
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024, memory_mb * 1024 * 1024))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def parse_file(
    data: bytes,
    file_name: str,
    *,
    seconds: float | None = None,
    ocr_pages: int = 0,
    on_progress: Callable[[int, int], None] | None = None,
    on_wait: Callable[[], None] | None = None,
) -> ParsedFile:
    """Parse `data` in a child process; ParseFailed when it cannot (never another exception for a bad file).

    `seconds` is the wall-time limit (default `PARSE_TIMEOUT_SECONDS`); `ocr_pages` the pages OCR may
    recognise (0: a scan answers `needs_ocr`). `on_progress(done, total)` is called as OCR pages finish,
    `on_wait()` about once a second while the child works (the import job's heartbeat)."""
    limit = float(seconds if seconds is not None else settings.PARSE_TIMEOUT_SECONDS)
    memory_mb = int(settings.PARSE_MEMORY_MB)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="danvan-parse-") as folder:
        source, output, progress = (
            Path(folder) / "input",
            Path(folder) / "output.json",
            Path(folder) / "progress",
        )
        source.write_bytes(data)
        command = [sys.executable, "-m", "danvan.documents.parse_child", str(source), file_name, str(output)]
        command += ["--ocr-pages", str(max(ocr_pages, 0)), "--progress", str(progress)]
        child = subprocess.Popen(
            command,
            cwd=settings.BASE_DIR,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group: tesseract and pdftotext die with it
            preexec_fn=_limits(memory_mb, int(limit) + 1),
            env={**os.environ, "PYTHONPATH": str(settings.BASE_DIR)},
        )
        reported = (-1, -1)
        last_wait = 0.0
        timed_out = False
        while child.poll() is None:
            elapsed = time.monotonic() - started
            if elapsed > limit:
                timed_out = True
                _kill_group(child)
                break
            done_total = _read_progress(progress) if progress.exists() else None
            if done_total is not None and done_total != reported:
                reported = done_total
                if on_progress is not None:
                    on_progress(*done_total)
            if on_wait is not None and elapsed - last_wait >= 1:
                last_wait = elapsed
                on_wait()
            time.sleep(POLL_SECONDS)
        _kill_group(child)  # leftovers of a finished child (a hung tesseract)
        stderr = child.stderr.read().decode("utf-8", "replace")[-2000:] if child.stderr else ""
        if child.stderr:
            child.stderr.close()
        elapsed = time.monotonic() - started
        answer = _answer(output)
        if timed_out or (child.returncode in (-signal.SIGXCPU, -signal.SIGKILL) and answer is None):
            raise _timeout(limit, ocr_pages, reported, elapsed)
        if answer is None:
            raise _failure(
                "crashed",
                _(
                    "The file could not be read: the reader stopped on it (the file may be damaged). Save it "
                    "again as DOCX or PDF and upload it again."
                ),
                seconds=elapsed,
                details={"returncode": child.returncode, "stderr": stderr},
            )
    return _result(answer, elapsed, ocr_pages)


def _kill_group(child: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(child.pid, signal.SIGKILL)
    child.wait()


def _read_progress(path: Path) -> tuple[int, int] | None:
    try:
        done, total = path.read_text().split()
        return int(done), int(total)
    except (OSError, ValueError):
        return None


def _answer(output: Path) -> dict[str, Any] | None:
    try:
        answer = json.loads(output.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return answer if isinstance(answer, dict) else None


def _timeout(limit: float, ocr_pages: int, reported: tuple[int, int], elapsed: float) -> ParseFailed:
    if ocr_pages > 0 and reported[1] > 0:
        return _failure(
            "timeout",
            _(
                "Recognising the text of the scan (OCR) took longer than %(seconds)s seconds, the limit for one "
                "document, and was stopped after %(done)s of %(pages)s pages. Upload the document with a text "
                "layer (DOCX, or a PDF saved from Word), or split the scan."
            ),
            {"seconds": int(limit), "done": reported[0], "pages": reported[1]},
            pages=reported[1],
            seconds=elapsed,
        )
    return _failure(
        "timeout",
        _(
            "Reading the file took longer than %(seconds)s seconds and was stopped. The file may be damaged or "
            "unusually complex; save it again as DOCX or PDF and upload it again."
        ),
        {"seconds": int(limit)},
        seconds=elapsed,
    )


def _result(answer: dict[str, Any], elapsed: float, ocr_pages: int) -> ParsedFile:
    status = answer.get("status")
    if status == "ok":
        return ParsedFile(
            answer["document"], answer.get("text", ""), int(answer.get("ocr_pages", 0)), elapsed
        )
    if status == "refused":
        message = answer["en"] if translation.get_language() == "en" else answer["vi"]
        return _raise(ParseFailed("refused", message, answer["en"], seconds=elapsed))
    pages = int(answer.get("pages", 0))
    if status == "needs_ocr":
        return _raise(
            _failure(
                "needs_ocr",
                _(
                    "The PDF is a scan (%(pages)s pages without a text layer): recognising its text (OCR) takes "
                    "too long for this request. Import it on the “Import a document” page, where it is read in "
                    "the background and its progress is shown."
                ),
                {"pages": pages},
                pages=pages,
                seconds=elapsed,
            )
        )
    return _raise(
        _failure(
            "ocr_pages",
            _(
                "The scan has %(pages)s pages; at most %(limit)s pages can be recognised (OCR) for this "
                "document now. Upload the document with a text layer (DOCX, or a PDF saved from Word), or split "
                "the scan."
            ),
            {"pages": pages, "limit": ocr_pages},
            pages=pages,
            seconds=elapsed,
        )
    )


def _raise(error: ParseFailed) -> ParsedFile:
    raise error
