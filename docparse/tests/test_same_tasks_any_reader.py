"""Whatever the reader, the same content gives the same tasks (issue 10 item 5).

Each seed is rewritten as a DOCX the way an office would type it: numbered items as Word-numbered paragraphs
(the number is not in the text), bullets as List Bullet paragraphs (no bullet character), a flattened catalog
table as a real Word table. That DOCX is parsed as python-docx wrote it, as LibreOffice saves it again, and as
LibreOffice exports it to PDF; every reading must give the tasks of the text.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from docparse import parse
from docparse.model import ParsedDocument
from docparse.tables import is_flat_header
from docparse.tasks import make_paragraphs
from docparse.tests.corpus_build import WordNumbering, lo_convert

SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))
_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\.\s+(\S.*)$")
_BULLET = re.compile(r"^[-–•]\s+(\S.*)$")


def _tasks(result: ParsedDocument) -> list[tuple[object, ...]]:
    return [
        (t.no, " ".join(t.text.split()[:8]), t.lead, t.coord, t.timeframe.raw if t.timeframe else None)
        for t in result.tasks
    ]


class _Counters:
    """What Word prints for the next paragraph of a list at a level, to number only what it would print alike."""

    def __init__(self) -> None:
        self.values: list[int] = []

    def next_label(self, level: int) -> str:
        values = self.values[: level + 1] + [0] * max(0, level + 1 - len(self.values))
        values[level] += 1
        return ".".join(str(v if v else 1) for v in values[: level + 1])

    def take(self, level: int) -> None:
        values = self.values[: level + 1] + [0] * max(0, level + 1 - len(self.values))
        values[level] += 1
        self.values = [v if v else 1 for v in values]


def _paragraphs(lines: list[str]) -> list[str]:
    """Wrapped lines joined into paragraphs; letterhead, heading and signature lines stay paragraphs of their own."""
    paragraphs: list[str] = []
    run: list[str] = []
    for line in lines:
        if line.isupper() or re.match(r"^(?:Số\b|V/v|Kính gửi|Nơi nhận)|,\s*ngày\b", line):
            paragraphs += make_paragraphs(run, hard_wrapped=True)
            run = []
            paragraphs.append(line)
        else:
            run.append(line)
    return paragraphs + make_paragraphs(run, hard_wrapped=True)


def seed_docx(text: str) -> bytes:
    """The seed as a typed DOCX: Word numbering, List Bullet paragraphs, a real table for a flattened catalog."""
    import docx

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    document = docx.Document()
    numbering = WordNumbering(document)
    counters = _Counters()
    table_at = next((i for i, line in enumerate(lines) if is_flat_header(line)), None)
    if table_at is not None and not parse(text.encode(), "seed.txt").headings:
        table_at = None  # a header-like line in prose, not a catalog
    prose = lines if table_at is None else lines[:table_at]
    for paragraph in _paragraphs(prose):
        numbered = _DECIMAL.match(paragraph)
        bullet = _BULLET.match(paragraph)
        if numbered:
            label, body = numbered[1], numbered[2]
            level = label.count(".")
            if level == 0 and label == "1":
                numbering.new_list()
                counters = _Counters()
            if counters.next_label(level) == label:
                counters.take(level)
                added = document.add_paragraph(body)
                numbering.apply(added, level)
                continue
        if bullet:
            document.add_paragraph(bullet[1], style="List Bullet")
            continue
        document.add_paragraph(paragraph)
    if table_at is not None:
        _catalog_table(document, "\n".join(lines))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _catalog_table(document: object, text: str) -> None:
    """The seed's catalog as a Word table: one row per group heading and per task of the text reading."""
    result = parse(text.encode(), "seed.txt")
    add_table = document.add_table  # type: ignore[attr-defined]
    rows: list[list[str]] = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]]
    headings = {h.no: h for h in result.headings}
    emitted: set[str] = set()
    for task in result.tasks:
        for number in (task.parent_no,):
            if number and number in headings and number not in emitted:
                emitted.add(number)
                heading = headings[number]
                if heading.parent_no and heading.parent_no in headings and heading.parent_no not in emitted:
                    emitted.add(heading.parent_no)
                    parent = headings[heading.parent_no]
                    rows.append([parent.no, parent.text, "", "", ""])
                rows.append([heading.no, heading.text, "", "", ""])
        rows.append(
            [
                task.no or "",
                task.text,
                "; ".join(task.lead),
                "; ".join(task.coord),
                task.timeframe.raw if task.timeframe else "",
            ]
        )
    from docx.shared import Cm

    table = add_table(rows=len(rows), cols=5)
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value, width in zip(row.cells, values, (1.2, 7.0, 3.2, 3.2, 2.4), strict=True):
            cell.text = value
            cell.width = Cm(width)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_word_numbered_docx_gives_the_tasks_of_the_text(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    expected = _tasks(parse(text.encode(), seed.name))
    assert expected, "the text gives tasks"
    assert _tasks(parse(seed_docx(text), "seed.docx")) == expected


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_libreoffice_docx_gives_the_tasks_of_the_text(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    expected = _tasks(parse(text.encode(), seed.name))
    assert (
        _tasks(parse(lo_convert(seed_docx(text), ".docx", "docx:MS Word 2007 XML"), "seed.docx")) == expected
    )


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(
    "seed",
    SEEDS,
    ids=lambda p: p.stem[:3],
)
def test_libreoffice_pdf_gives_the_tasks_of_the_text(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    expected = _tasks(parse(text.encode(), seed.name))
    assert _tasks(parse(lo_convert(seed_docx(text), ".docx", "pdf"), "seed.pdf")) == expected
