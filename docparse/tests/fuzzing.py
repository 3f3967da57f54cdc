"""Fuzzing docparse: seed documents in four formats, Hypothesis mutations of them, and the rule every case keeps.

The rule (issue 16, finding 7): `docparse.parse()` on any input either returns a document or raises
`ParseError` — never another exception — within `TIME_LIMIT` seconds of CPU, and the process's peak memory stays under
`MEMORY_LIMIT_MB`. Used by `test_fuzz.py` (a short budget in `make test`) and by `bench/fuzz_docparse.py`
(`make fuzz`: a long budget that saves every input breaking the rule under `data/fuzz/`, where
`test_fuzz.py` replays it forever after).

Mutations work at two levels: bytes of the whole file (flips, insertions, deletions, duplicated ranges,
truncation), and — for DOCX and XLSX, which are ZIP packages whose byte mutations mostly just break the
archive — the bytes of one part inside the package, re-zipped, so the XML readers see damaged XML. Text seeds
also get Vietnamese and numbering fragments spliced in, so the parser's task and timeframe rules are exercised.
"""

from __future__ import annotations

import functools
import html
import io
import re
import resource
import time
import traceback
import zipfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from docparse import ParseError, parse
from docparse.tests import builders

DATA = Path(__file__).parent / "data"
REGRESSIONS = DATA / "fuzz"
TIME_LIMIT = 10.0
MEMORY_LIMIT_MB = 1536
FORMATS = ("txt", "docx", "xlsx", "pdf")

FRAGMENTS = [
    "1.",
    "1.1.",
    "a)",
    "- ",
    "+ Đơn vị chủ trì: ",
    "Chủ trì:",
    "Phối hợp:",
    "Thời gian thực hiện: ",
    "Thường xuyên",
    "Quý III/2025",
    "trước ngày 15/8/2025",
    "ngày 31/02/2025",
    "Tháng 13/2025",
    "6 tháng cuối năm 2025 và các năm tiếp theo",
    "Kế hoạch số 21/KH-UBND ngày 16/01/2025",
    "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
    "ỦY BAN NHÂN DÂN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện",
    "\n",
    "\t",
    "\f",
    "\u200b",
    "\ufeff",
    "(" * 50,
    "1." * 200,
]


@functools.cache
def seeds(fmt: str) -> tuple[bytes, ...]:
    """The seed files of a format (built once per process)."""
    extra = DATA / "extra" / "docs"
    if fmt == "txt":
        texts = [builders.plan_text().encode()]
        texts += [p.read_bytes() for p in sorted(extra.glob("*.txt"))]
        texts.append((DATA / "seeds" / "000_84244dea68afce53.txt").read_bytes()[:20000])
        return tuple(texts)
    if fmt == "docx":
        return (builders.plan_docx(), (extra / "department_table.docx").read_bytes())
    if fmt == "xlsx":
        return (plan_xlsx(),)
    if fmt == "pdf":
        return ((extra / "catalog.pdf").read_bytes(),)
    raise ValueError(fmt)


def plan_xlsx() -> bytes:
    """The builders' plan as a catalog sheet (header row, group rows, task rows)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh mục"
    sheet.append(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"])
    for row in builders.ROWS:
        sheet.append(list(row) + [""] * (5 - len(row)))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# One byte-level edit: (operation, where in the file as a fraction, payload).
Edit = tuple[str, float, bytes]

edits = st.lists(
    st.tuples(
        st.sampled_from(["flip", "insert", "delete", "duplicate", "truncate", "overwrite"]),
        st.floats(min_value=0, max_value=1, allow_nan=False),
        st.binary(min_size=1, max_size=64)
        | st.sampled_from(FRAGMENTS).map(lambda s: s.encode())
        | st.text(min_size=1, max_size=40).map(lambda s: s.encode("utf-8", "surrogatepass")),
    ),
    min_size=1,
    max_size=8,
)


def apply_edits(data: bytes, changes: list[Edit]) -> bytes:
    """`data` with the edits applied in order (positions are fractions of the current length)."""
    buffer = bytearray(data)
    for operation, where, payload in changes:
        at = min(int(where * len(buffer)), max(len(buffer) - 1, 0))
        if operation == "flip" and buffer:
            for offset, byte in enumerate(payload[:8]):
                if at + offset < len(buffer):
                    buffer[at + offset] ^= byte or 0xFF
        elif operation == "insert":
            buffer[at:at] = payload
        elif operation == "delete":
            del buffer[at : at + len(payload) * 4]
        elif operation == "duplicate":
            buffer[at:at] = buffer[at : at + len(payload) * 16]
        elif operation == "truncate":
            del buffer[max(at, 1) :]
        elif operation == "overwrite":
            buffer[at : at + len(payload)] = payload
    return bytes(buffer)


def mutate_part(data: bytes, index: int, changes: list[Edit]) -> bytes:
    """The package `data` with its part number `index` (modulo the count) edited, re-zipped."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = source.infolist()
        target = entries[index % len(entries)].filename
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for entry in entries:
                content = source.read(entry.filename)
                if entry.filename == target:
                    content = apply_edits(content, changes)
                package.writestr(entry.filename, content)
    return out.getvalue()


# One text-level edit: (operation, where as a fraction, text).
TextEdit = tuple[str, float, str]

text_edits = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "duplicate", "overwrite"]),
        st.floats(min_value=0, max_value=1, allow_nan=False),
        st.sampled_from(FRAGMENTS) | st.text(min_size=1, max_size=40),
    ),
    min_size=1,
    max_size=12,
)


def apply_text_edits(text: str, changes: list[TextEdit]) -> str:
    """`text` with the edits applied (the text stays text: fragments and random characters spliced in)."""
    for operation, where, payload in changes:
        at = int(where * len(text))
        if operation == "insert":
            text = text[:at] + payload + text[at:]
        elif operation == "delete":
            text = text[:at] + text[at + len(payload) * 8 :]
        elif operation == "duplicate":
            text = text[:at] + text[at : at + len(payload) * 20] + text[at:]
        else:
            text = text[:at] + payload + text[at + len(payload) :]
    return text


# Text runs of WordprocessingML (<w:t>) and SpreadsheetML (<t> shared or inline strings).
_XML_TEXT = re.compile(rb"(<(?:w:)?t(?:\s[^>]*)?>)([^<]*)(</(?:w:)?t>)")


def mutate_xml_text(data: bytes, picks: list[int], changes: list[TextEdit]) -> bytes:
    """The package with the text of a few runs of its XML parts edited: still well-formed XML, so the parser's
    own rules (numbering, tables, timeframes) see the damage rather than the XML reader."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for entry in source.infolist():
                content = source.read(entry.filename)
                if entry.filename.endswith(".xml"):
                    runs = list(_XML_TEXT.finditer(content))
                    for pick in sorted({p % len(runs) for p in picks} if runs else (), reverse=True):
                        run = runs[pick]
                        old = html.unescape(run.group(2).decode("utf-8", "replace"))
                        new = html.escape(apply_text_edits(old, changes), quote=False)
                        new = "".join(c for c in new if c in "\t\n\r" or ord(c) >= 32)
                        content = (
                            content[: run.start(2)] + new.encode("utf-8", "replace") + content[run.end(2) :]
                        )
                package.writestr(entry.filename, content)
    return out.getvalue()


@st.composite
def cases(draw: st.DrawFn, fmt: str) -> tuple[str, bytes]:
    """(file name, bytes): a seed of `fmt` mutated as text (TXT), inside its XML text runs or parts (DOCX,
    XLSX), and/or as raw bytes."""
    seed = draw(st.sampled_from(seeds(fmt)))
    name = f"fuzz.{fmt}"
    mode = draw(st.sampled_from(["structured", "structured", "structured", "bytes"]))
    if mode == "structured" and fmt == "txt":
        return name, apply_text_edits(seed.decode("utf-8"), draw(text_edits)).encode("utf-8", "surrogatepass")
    if mode == "structured" and fmt in ("docx", "xlsx"):
        if draw(st.booleans()):
            picks = draw(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=12))
            return name, mutate_xml_text(seed, picks, draw(text_edits))
        return name, mutate_part(seed, draw(st.integers(min_value=0, max_value=50)), draw(edits))
    return name, apply_edits(seed, draw(edits))


@dataclass
class Outcome:
    """What one case did: "parsed", "refused" (ParseError) or a broken rule: "crash", "slow", "memory"."""

    kind: str
    seconds: float
    detail: str = ""

    @property
    def broke_the_rule(self) -> bool:
        return self.kind in ("crash", "slow", "memory")


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process and of the children it waited for (pdftotext, tesseract)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_case(name: str, data: bytes) -> Outcome:
    """Parse one input and judge it by the rule. Time is CPU time (this process and its OCR and pdftotext
    children), so that a loaded machine does not turn a 4 s OCR into a "slow" case; wall time is reported."""
    started, cpu_started = time.perf_counter(), cpu_seconds()
    try:
        parse(data, name)
        kind, detail = "parsed", ""
    except ParseError:
        kind, detail = "refused", ""
    except BaseException as error:  # the rule: nothing but ParseError may escape
        if isinstance(error, KeyboardInterrupt):
            raise
        kind, detail = "crash", "".join(traceback.format_exception(error))
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    if kind != "crash" and cpu > TIME_LIMIT:
        kind, detail = "slow", f"{cpu:.1f} s of CPU, {seconds:.1f} s wall (limit {TIME_LIMIT:.0f} s)"
    elif kind != "crash" and peak_memory_mb() > MEMORY_LIMIT_MB:
        kind, detail = "memory", f"peak {peak_memory_mb():.0f} MB (limit {MEMORY_LIMIT_MB} MB)"
    return Outcome(kind, seconds, detail)


def regression_files() -> list[Path]:
    """Inputs that once broke the rule, kept as regression files (`data/fuzz/<format>/…`)."""
    return sorted(p for p in REGRESSIONS.rglob("*") if p.is_file() and p.suffix[1:] in FORMATS)
