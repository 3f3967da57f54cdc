"""From blocks of text and tables to a ParsedDocument: header, citations, tasks, reporting and warnings."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from rapidfuzz import fuzz

from docparse.blocks import Block, Source, Table
from docparse.citations import extract_citations, number_key
from docparse.header import parse_header
from docparse.model import ParsedDocument, Task
from docparse.reporting import extract_reporting
from docparse.tables import is_flat_header, parse_flat_table, tasks_from_table
from docparse.tasks import (
    SECTION_CONTENT,
    SECTION_ORG,
    Paragraph,
    build_tree,
    classify,
    letter_task,
    make_paragraphs,
    organisation_tasks,
    section_kind,
    strip_markdown,
    tasks_from_tree,
)
from docparse.text import fold, normalize

_END_OF_BODY = re.compile(r"\./\.\s*$|^Nơi nhận\b")
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|DANH MỤC|Phụ lục)\b")


def _clean_line(line: str) -> str:
    return " ".join(strip_markdown(normalize(line)).replace("\u00a0", " ").split())


def _clean_blocks(source: Source) -> list[Block]:
    blocks: list[Block] = []
    for block in source.blocks:
        if isinstance(block, Table):
            rows = [[_clean_line(cell) for cell in row] for row in block.rows]
            blocks.append(Table([r for r in rows if any(r)]))
        else:
            for line in normalize(block).splitlines():
                cleaned = " ".join(strip_markdown(line).replace("\u00a0", " ").split())
                if cleaned:
                    blocks.append(cleaned)
    return blocks


def _default_year(lines: list[str], date: str | None, title: str | None) -> int | None:
    if date:
        return int(date[:4])
    for line in lines[:15]:
        match = re.search(r"ngày.*?tháng.*?năm\s+((?:19|20)\d{2})", line)
        if match:
            return int(match[1])
    if title:
        years = re.findall(r"(?:19|20)\d{2}", title)
        if years:
            return int(years[-1])
    counts = Counter(re.findall(r"\b(20\d{2})\b", " ".join(lines[:40])))
    return int(counts.most_common(1)[0][0]) if counts else None


def parse_source(source: Source) -> ParsedDocument:
    """Parse a document that a reader has reduced to blocks."""
    blocks = _clean_blocks(source)
    footnotes = [_clean_line(f) for f in source.footnotes if f.strip()]
    lines = [b for b in blocks if isinstance(b, str)]
    flowing_parts: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            flowing_parts.extend(" | ".join(c for c in row if c) + " |" for row in block.rows)
        else:
            flowing_parts.append(block)
    flowing = " ".join(" ".join([*flowing_parts, *footnotes]).split())
    info, warnings, body_start = parse_header(lines, flowing)
    result = ParsedDocument(document=info, text="\n".join(flowing_parts + footnotes))
    result.citations, citation_warnings = extract_citations(flowing)
    if info.number:  # the document's own number is not a citation
        result.citations = [c for c in result.citations if number_key(c.number) != number_key(info.number)]
    year = _default_year(lines, info.date, info.title)

    letterhead = {
        fold(line) for line in lines[: max(body_start, 1)] if line.isupper() or re.search(r"[A-ZĐ]{3}", line)
    }
    tasks: list[Task] = []
    org_paragraphs: list[str] = []
    headings: list[str] = []
    org_tasks: list[Task] = []
    pending: list[str] = []
    state = {"section": "other", "ended": False}

    letter_paragraphs: list[str] = []

    def flush() -> None:
        if not pending:
            return
        merged = make_paragraphs(pending, source.hard_wrapped)
        letter_paragraphs.extend(merged)
        paragraphs = [classify(p) for p in merged]
        pending.clear()
        _process_prose(paragraphs, state, tasks, org_paragraphs, headings, org_tasks, year)

    index_of_line = 0
    for block in blocks:
        if isinstance(block, Table):
            flush()
            tasks.extend(tasks_from_table(block.rows, year, result.headings))
            continue
        index_of_line += 1
        if index_of_line <= body_start:
            continue
        if source.hard_wrapped and is_flat_header(block):
            flush()
            remaining = lines[index_of_line:]
            table_tasks, table_footnotes = parse_flat_table(remaining, letterhead, year, result.headings)
            tasks.extend(table_tasks)
            footnotes.extend(table_footnotes)
            break
        if state["ended"]:
            if _APPENDIX.match(block):
                state["ended"] = False
                state["section"] = "other"
            continue
        if _END_OF_BODY.search(block):
            if not block.startswith("Nơi nhận"):
                pending.append(block)
            flush()
            state["ended"] = True
            continue
        pending.append(block)
    flush()
    if not tasks and org_tasks:
        tasks = org_tasks
    if not tasks and info.type == "Công văn":
        letter = letter_task(letter_paragraphs, year)
        tasks = [letter] if letter else []
    result.tasks = [_with_footnote_marks(task, _footnote_numbers(footnotes)) for task in tasks]
    result.reporting = extract_reporting(org_paragraphs, year)
    result.warnings = warnings + citation_warnings + _review_warnings(tasks, headings, year)
    return result


def _process_prose(
    paragraphs: list[Paragraph],
    state: dict[str, object],
    tasks: list[Task],
    org_paragraphs: list[str],
    headings: list[str],
    org_tasks: list[Task],
    year: int | None,
) -> None:
    groups: list[tuple[str, list[Paragraph]]] = [(str(state["section"]), [])]
    for paragraph in paragraphs:
        if paragraph.kind == "section":
            groups.append((section_kind(paragraph.text), []))
            continue
        if paragraph.kind == "article":
            groups.append((SECTION_ORG, [Paragraph("text", paragraph.text)]))
            continue
        groups[-1][1].append(paragraph)
    state["section"] = groups[-1][0]
    for kind, members in groups:
        if kind == SECTION_CONTENT:
            tree = build_tree(members)
            tasks.extend(tasks_from_tree(tree, year))
            headings.extend(_heading_texts(tree))
        elif kind == SECTION_ORG:
            org_paragraphs.extend(p.text for p in members)
            org_tasks.extend(organisation_tasks(build_tree(members), year))


def _heading_texts(tree: object) -> list[str]:
    texts: list[str] = []
    children = getattr(tree, "children", [])
    for child in children:
        if getattr(child, "children", None) and not getattr(child, "fields", None):
            texts.append(getattr(child, "text", ""))
    return texts


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _footnote_numbers(footnotes: list[str]) -> set[str]:
    """Numbers the document's footnotes start with ("1- Quyết định số 23-QĐ/TW …" gives "1")."""
    return {m[1] for f in footnotes if (m := re.match(r"\s*(\d{1,2})\s*[-–.):]?\s", f))}


def _with_footnote_marks(task: Task, numbers: set[str]) -> Task:
    """A footnote reference printed glued to a word ("dân chủ ở cơ sở1;") set apart as a superscript
    ("cơ sở¹;"), so it no longer reads as part of the text; only numbers that are footnotes of the document."""
    if not numbers:
        return task

    def mark(match: re.Match[str]) -> str:
        if match[2] not in numbers or not match[1].islower():
            return match[0]  # a code ("H5N1") or a number that is no footnote of the document
        return match[1] + match[2].translate(_SUPERSCRIPT)

    text = re.sub(r"([^\W\d_])(\d{1,2})(?=[;,.:)]|\s|$)", mark, task.text)
    if text == task.text:
        return task
    return replace(task, text=text)


def _dmy(iso: str) -> str:
    """2025-12-31 as a Vietnamese reader writes it: 31/12/2025."""
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _review_warnings(tasks: list[Task], headings: list[str], year: int | None) -> list[str]:
    warnings: list[str] = []
    for index, task in enumerate(tasks):
        for other in tasks[index + 1 :]:
            if len(task.text) > 40 and fuzz.ratio(fold(task.text[:200]), fold(other.text[:200])) >= 90:
                warnings.append(
                    f"Nội dung lặp lại: “{' '.join(task.text.split()[:10])} …” / duplicated paragraph"
                )
                break
        if task.timeframe and task.timeframe.kind == "event" and task.timeframe.due:
            warnings.append(
                f"Thời hạn theo sự kiện, hạn {_dmy(task.timeframe.due)} là ước tính: {task.timeframe.raw} / "
                "event timeframe, due date approximated"
            )
        if task.timeframe and task.timeframe.kind == "unknown":
            warnings.append(f"Không đọc được thời hạn: {task.timeframe.raw} / unreadable timeframe")
    if year:
        for heading in headings:
            for printed in re.findall(r"năm\s+((?:19|20)\d{2})", heading):
                if int(printed) != year and re.search(r"chủ đề|nhiệm vụ|kế hoạch", heading):
                    warnings.append(
                        f"Năm không khớp với kỳ kế hoạch {year}: “{heading}” / year {printed} inconsistent "
                        f"with the plan's period"
                    )
    return warnings
