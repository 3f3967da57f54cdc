"""DOCX to PDF through LibreOffice (headless), when it is installed.

Each conversion gets its own LibreOffice profile (`-env:UserInstallation`) in a fresh temporary directory:
two conversions sharing a profile silently lose a file (stack-notes §2C). The whole process group is killed on
timeout, because `libreoffice` is a wrapper that starts `soffice.bin` as a child. Conversions take 1–2 s and
about 200 MB of memory, so callers run them in a background job, not in a request.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from django.utils.translation import gettext_lazy as _

BINARIES = ("libreoffice", "soffice")
DEFAULT_TIMEOUT = 120
TICK_SECONDS = 1.0  # how often `on_tick` is called while LibreOffice runs


class PdfConversionError(Exception):
    """DOCX to PDF failed; `message` is for the user (translated), `message_en` and `detail` for the logs.

    `reason` is "missing" (LibreOffice not installed), "timeout" or "failed".
    """

    MESSAGES = {
        "missing": _("PDF export is not available: LibreOffice is not installed on the server."),
        "timeout": _("PDF conversion took too long and was stopped; please try again later."),
        "failed": _("PDF conversion failed; the Word (DOCX) file can still be downloaded."),
    }

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(self.message_en + (f" ({detail})" if detail else ""))

    @property
    def message(self) -> str:
        """The user-facing message in the active language (Vietnamese by default)."""
        return str(self.MESSAGES[self.reason])

    @property
    def message_en(self) -> str:
        from django.utils import translation

        with translation.override("en"):
            return str(self.MESSAGES[self.reason])


def libreoffice_binary() -> str | None:
    for name in BINARIES:
        path = shutil.which(name)
        if path:
            return path
    return None


def libreoffice_available() -> bool:
    """True when a LibreOffice executable is on PATH."""
    return libreoffice_binary() is not None


def docx_to_pdf(
    docx: bytes, *, timeout: float = DEFAULT_TIMEOUT, on_tick: Callable[[], None] | None = None
) -> bytes:
    """Convert DOCX bytes to PDF bytes; raises PdfConversionError when LibreOffice is missing, slow or fails.

    While LibreOffice runs, `on_tick` is called about every TICK_SECONDS (a background job stamps its heartbeat
    there); LibreOffice is still stopped after `timeout` seconds in all. Should `on_tick` raise, LibreOffice is
    stopped and the exception goes on."""
    binary = libreoffice_binary()
    if binary is None:
        raise PdfConversionError("missing")
    if not zipfile.is_zipfile(io.BytesIO(docx)):
        # LibreOffice would happily "convert" any bytes as plain text; only DOCX (a zip package) is accepted.
        raise PdfConversionError("failed", "the input is not a DOCX (zip) package")
    with tempfile.TemporaryDirectory(prefix="danvan-pdf-") as work:
        root = Path(work)
        source = root / "document.docx"
        source.write_bytes(docx)
        output = root / "out"
        output.mkdir()
        profile = root / "profile"
        command = [
            binary,
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            "--nofirststartwizard",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(output),
            str(source),
        ]
        environment = {**os.environ, "HOME": work}
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            cwd=work,
            env=environment,
            start_new_session=True,  # its own process group, so a timeout can stop soffice.bin as well
        )
        stdout, stderr = _wait(process, timeout=timeout, on_tick=on_tick)
        result = output / "document.pdf"
        if process.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            tail = (stderr or stdout).decode("utf-8", "replace").strip()[-500:]
            raise PdfConversionError("failed", f"exit status {process.returncode}; {tail}".strip("; "))
        return result.read_bytes()


def _wait(
    process: subprocess.Popen[bytes], *, timeout: float, on_tick: Callable[[], None] | None
) -> tuple[bytes, bytes]:
    """Wait for LibreOffice in steps of TICK_SECONDS, calling `on_tick` between them, until `timeout`."""
    deadline = time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                _kill_group(process)
                raise PdfConversionError("timeout", f"no result after {timeout:g} s")
            try:
                return process.communicate(timeout=min(TICK_SECONDS, left))
            except subprocess.TimeoutExpired:
                if on_tick is not None:
                    on_tick()
    except BaseException:
        if process.poll() is None:
            _kill_group(process)
        raise


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
