"""From blocks of text and tables to a ParsedDocument: header, citations, tasks, reporting and warnings."""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz

from docparse.blocks import PAGE_FEED, Block, Source, Table
from docparse.citations import extract_citations, number_key
from docparse.header import parse_header
from docparse.model import Heading, OcrInfo, ParsedDocument, Task
from docparse.page_warnings import (
    Place,
    Places,
    list_warnings,
    next_row_in_text,
    numbering_jumps,
    page_warnings,
    row_of,
    table_warnings,
    unread_assignment,
    unread_rows,
    unread_warnings,
)
from docparse.registrations import registrations_from_blocks
from docparse.reporting import extract_reporting
from docparse.tables import (
    cell_header_length,
    cell_table_lines,
    header_columns,
    is_flat_header,
    is_programme,
    non_task_header,
    parse_cell_table,
    parse_flat_table,
    tasks_from_table,
    without_note,
)
from docparse.tasks import (
    BARE_PART,
    DUTIES_LEAD_IN,
    SECTION_ASSIGNED,
    SECTION_CONTENT,
    SECTION_ORG,
    SECTION_OTHER,
    Paragraph,
    agency_lines_as_headings,
    asks_only_report,
    assigns_per_agency,
    build_tree,
    classify,
    inline_assignment,
    is_numbered_part,
    is_part_title,
    is_short_title,
    is_unnumbered_part,
    letter_tasks,
    make_paragraphs,
    only_reports_results,
    organisation_tasks,
    section_kind,
    split_field_line,
    strip_markdown,
    tasks_from_tree,
    unmarked_paragraph_tasks,
)
from docparse.text import fold, is_letter_spaced, join_letter_spaced, normalize

_END_OF_BODY = re.compile(r"\./\.\s*$|^Nơi nhận\b")
# The first line of a signature block when the body has no "./." (a portal copy): "T/L BAN THƯỜNG VỤ", "TM. ỦY BAN …"
_SIGNATURE_MARK = re.compile(r"^(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.)\s*(?P<body>\S.*)$")


def _is_signature_start(line: str) -> bool:
    mark = _SIGNATURE_MARK.match(line)
    return bool(mark and mark["body"].isupper())


_PORTAL_TRAILER = re.compile(
    r"\b(?:Tin liên quan|Bài viết liên quan|Tin cùng chuyên mục|Các tin khác|Tin khác|Các văn bản khác|"
    r"Văn bản khác|Văn bản liên quan|Văn bản mới|Văn bản cùng lĩnh vực|Văn bản cùng cơ quan ban hành|Tin mới|"
    r"Bài viết khác|File đính kèm|Tệp đính kèm|Xem thêm)\s*:?"
)
# What a document carries after its signature and reads on: an appendix, a list, or the regulation a decision issues
# ("QUY CHẾ" / "… (Ban hành kèm theo Quyết định số …)"), whose articles may set out duties.
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|DANH MỤC|Phụ lục|QUY CHẾ|QUY ĐỊNH)$|^(?:PHỤ LỤC|DANH MỤC|Phụ lục)\b")
# Lines above a table that make it a form to fill in or a register, not a list of tasks.
_TEMPLATE_CONTEXT = re.compile(
    r"^(?:Biểu số|Biểu mẫu|Mẫu số|Phụ biểu|BIỂU SỐ|BIỂU MẪU|MẪU SỐ)\b|ĐỀ CƯƠNG|Đề cương báo cáo|DANH SÁCH MÔ HÌNH|"
    r"TỔNG HỢP (?:KẾT QUẢ|MÔ HÌNH|SỐ LIỆU)|THỐNG KÊ"
)
# (a letter whose addressees are set as a bulleted list: the reader gives "- Kính gửi:" and "- - Chánh án …")
_RECIPIENTS = re.compile(r"^(?:[-–•]\s*)?Kính gửi\b")
# Kinds of documents that need not assign any task.
_WITHOUT_TASKS = {"Báo cáo", "Tờ trình", "Biên bản", "Giấy mời", "Thông báo", "Nghị định", "Thông tư"}


# Bullets drawn with symbol fonts (Word's List Bullet exported to PDF gives U+F0B7), and the fraction slash OCR
# reads for "/" ("Quý I⁄2026").
_GLYPH_BULLET = re.compile(r"^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc·▪●◦■□➢►]\s*")


_RULE_GLUED = re.compile(r"^[-–—_=]{3,}\s*(?=[A-ZĐÀ-Ỹ])")  # a rule under the title glued to the next line


def _clean_line(line: str) -> str:
    if not line:
        return ""  # an empty table cell
    text = " ".join(strip_markdown(normalize(line)).replace("\u00a0", " ").replace("\u2044", "/").split())
    # both patterns are anchored at the start: one match at most, tried once rather than at every position
    glued = _RULE_GLUED.match(text)
    if glued:
        text = text[glued.end() :]
    bullet = _GLYPH_BULLET.match(text)
    if bullet:
        text = "- " + text[bullet.end() :]
    return text.rstrip()


def _clean_cell(cell: str) -> str:
    """A table cell cleaned line by line: its paragraphs stay apart (a unit cell may name a unit a paragraph,
    `tables.units_by_paragraph`)."""
    if "\n" not in cell:
        return _clean_line(cell)
    return "\n".join(line for line in map(_clean_line, cell.split("\n")) if line)


_WORD = re.compile(r"[^\W\d_]+")


def _clean_blocks(source: Source) -> tuple[list[Block], list[int]]:
    """The blocks as the parser reads them (lines of text and tables), and the page (1-based) of each: a table's
    first page, a line's page counted by the form feeds before it (`docparse.blocks`)."""
    blocks: list[Block] = []
    pages: list[int] = []
    page = 1
    for block in source.blocks:
        if isinstance(block, Table):
            rows = [[_clean_cell(without_note(cell)) for cell in row] for row in block.rows]
            first = block.page or page
            row_pages = block.row_pages if len(block.row_pages) == len(rows) else [first] * len(rows)
            kept = [index for index, row in enumerate(rows) if any(row)]
            blocks.append(Table([rows[i] for i in kept], first, [row_pages[i] for i in kept]))
            pages.append(first)
            page = row_pages[kept[-1]] if kept else first
            continue
        cleaned_lines: list[str] = []
        line_pages: list[int] = []
        text = normalize(block)
        known: frozenset[str] | None = None  # the block's words, read once a letter-spaced line needs them
        for number, part in enumerate(text.split(PAGE_FEED)):
            page += 1 if number else 0
            for line in part.splitlines():
                if is_letter_spaced(line):
                    known = frozenset(_WORD.findall(text.lower())) if known is None else known
                    line = join_letter_spaced(line, known)
                cleaned = _clean_line(line)
                if cleaned:
                    cleaned_lines.append(cleaned)
                    line_pages.append(page)
        if source.hard_wrapped:
            unzipped: list[str] = []
            unzipped_pages: list[int] = []
            for line, line_page in zip(cleaned_lines, line_pages, strict=True):
                parts = _unzip_columns([line])  # line by line, as it reads the whole list
                unzipped.extend(parts)
                unzipped_pages.extend([line_page] * len(parts))
            cleaned_lines, origins = _join_markers(unzipped)
            line_pages = [unzipped_pages[origin] for origin in origins]
        blocks.extend(cleaned_lines)
        pages.extend(line_pages)
    return blocks, pages


# Text extracted from a PDF or a scan puts the two columns of the letterhead and of the signature block on one
# line ("SỞ Y TẾ PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "Nơi nhận: GIÁM ĐỐC", "- Lưu: VT. KT. CHỦ TỊCH"): the right-hand
# column starts at the Quốc hiệu, the Tiêu ngữ, the Party's name or an authority line in capitals.
_RIGHT_COLUMN = re.compile(
    r"(?<=\S)(?<!SẢN)\s+(?=CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]|VIỆT\s+NAM$)"
)
# The date line of the right column beside the number or the V/v line of the left one.
_PLACE_DATE = re.compile(
    r"(?<![-/\w])(?:[A-ZĐ][a-zđà-ỹ]+\s+){0,3}[A-ZĐ][a-zđà-ỹ]+,\s*ngày\s+[\d.…_ ]{0,4}\s*tháng\b"
)
_RIGHT_AUTHORITY = re.compile(
    r"^(?P<left>.*?[a-zđà-ỹ0-9);:.,])\s+(?P<right>(?:TM\.|KT\.|TL\.|TUQ\.|T/M|K/T|Q\.\s)?\s*"
    r"(?:ỦY BAN|UỶ BAN|BAN|GIÁM ĐỐC|CHỦ TỊCH|PHÓ|TRƯỞNG|BÍ THƯ|HIỆU TRƯỞNG|CHÁNH|THỦ TRƯỞNG|TỔNG)[A-ZĐÀ-Ỹ .,/-]*)$"
)


# Words one of the three patterns above needs: a line without any cannot match it, and is not searched (the
# patterns, tried at every position of a line, cost more than the rest of the line's cleaning).
_RIGHT_COLUMN_WORD = re.compile(r"CỘNG|ĐẢNG|Độc|VIỆT")
_AUTHORITY_WORD = re.compile(r"BAN|GIÁM ĐỐC|CHỦ TỊCH|PHÓ|TRƯỞNG|BÍ THƯ|CHÁNH|TỔNG")


# A list marker alone on its line: Word numbering and bullets exported to PDF put the number ("1.", "a)") or the
# bullet glyph on a line of its own, the item's text on the next.
_MARKER_ONLY = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[a-zđ]\)|[-–+•])")


def _join_markers(lines: list[str]) -> tuple[list[str], list[int]]:
    """Put list markers that stand alone on a line back before their items. The text layer may give several in a
    row ("1." then the bullet of the next paragraph, then the two texts): each goes, in order, to the next line
    that starts a paragraph. Also the index, among `lines`, of the line each line given back is made from (its
    page)."""
    if not any(_MARKER_ONLY.fullmatch(line) for line in lines):
        return lines, list(range(len(lines)))
    # in a table written one cell per line a dash alone is an empty cell ("-" for "none"), not a bullet
    in_table = cell_table_lines(lines)
    widths = sorted(len(line) for line in lines)
    width = widths[int(len(widths) * 0.9)] if widths else 80
    out: list[str] = []
    origins: list[int] = []
    pending: list[str] = []
    fresh = False  # the line follows markers directly
    for index, line in enumerate(lines):
        if index in in_table and line in ("-", "–"):
            out.append(line)
            origins.append(index)
            continue
        if _MARKER_ONLY.fullmatch(line):
            pending.append(line)
            fresh = True
            continue
        previous = out[-1] if out else ""
        starts = fresh or (
            line[:1].isupper()
            and (re.search(r"[.:;!?]$", previous) is not None or len(previous) < 0.8 * width)
        )
        if pending and starts and line[:1].isupper():
            line = f"{pending.pop(0)} {line}"
        fresh = False
        out.append(line)
        origins.append(index)
    return out, origins


def _unzip_columns(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        dated = _PLACE_DATE.search(line) if "ngày" in line else None
        if dated and dated.start() > 0 and line[: dated.start()].strip():
            out.extend(_unzip_columns([line[: dated.start()].rstrip()]))
            line = line[dated.start() :]
        split = _RIGHT_COLUMN.split(line) if _RIGHT_COLUMN_WORD.search(line) else [line]
        parts = [p for p in split if p.strip()]
        for part in parts:
            authority = _RIGHT_AUTHORITY.match(part) if _AUTHORITY_WORD.search(part) else None
            if (
                authority
                and re.search(r"[a-zđà-ỹ]", authority["left"])
                and (part.startswith(("Nơi nhận", "-", "+")) or len(authority["left"]) < 60)
            ):
                out.extend([authority["left"], authority["right"]])
            else:
                out.append(part)
    return out


def _default_year(lines: list[str], date: str | None, title: str | None) -> int | None:
    """The year a day or month printed without one falls in: the plan's year. A plan signed in December for the next
    year ("Kế hoạch … năm 2027", dated 13/12/2026) means 2027 by "trước ngày 15/3"; otherwise the year signed."""
    if date:
        signed = int(date[:4])
        named = set(re.findall(r"(?:19|20)\d{2}", title or ""))
        return signed + 1 if named == {str(signed + 1)} else signed
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
    blocks, block_pages = _clean_blocks(source)
    footnotes = [_clean_line(f) for f in source.footnotes if f.strip()]
    lines = [b for b in blocks if isinstance(b, str)]
    flowing_parts: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            flowing_parts.extend(
                " | ".join(" ".join(c.split()) for c in row if c) + " |" for row in block.rows
            )
        else:
            flowing_parts.append(block)
    flowing = " ".join(" ".join([*flowing_parts, *footnotes]).split())
    info, warnings, body_start = parse_header(lines, flowing)
    result = ParsedDocument(document=info, text="\n".join(flowing_parts + footnotes))
    # a portal copy ends with links to other pages ("Tin liên quan: - Kế hoạch số 201/KH-UBND …"): not citations.
    # They stand below the text; above it a portal's record of the document ("Số ký hiệu<TAB>…", "Tệp đính kèm<TAB>
    # 18-KH-HKH.pdf") names its file with the same words, and ends nothing.
    text_start = flowing.find(" ".join(lines[body_start].split())) if body_start < len(lines) else -1
    trailer = _PORTAL_TRAILER.search(flowing, max(text_start, 0))
    result.citations, citation_warnings = extract_citations(
        flowing[: trailer.start()] if trailer else flowing
    )
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
    # A công văn has no sections: its body is the request, and a numbered list in it is the list of tasks.
    state = {
        "section": SECTION_CONTENT if info.type == "Công văn" else "other",
        "ended": False,
        "notice": info.type == "Thông báo",
        "letter": info.type == "Công văn",
    }
    recent: list[str] = []  # the last lines read, to know what a table is (a template, a register)
    in_recipients = False

    letter_paragraphs: list[str] = []
    places = Places(blocks, block_pages, source.paged)
    located: list[str] = []  # warnings that name their page (page_warnings)
    first_pending = [0]  # the line index of pending[0]

    def flush() -> None:
        if not pending:
            return
        merged = make_paragraphs(pending, source.hard_wrapped)
        letter_paragraphs.extend(merged)
        paragraphs = [classify(part) for p in merged for part in split_field_line(p)]
        pending.clear()
        content: list[list[Paragraph]] = []
        _process_prose(paragraphs, state, tasks, org_paragraphs, headings, org_tasks, year, content)
        # a letter's requests are read from the whole letter at the end (`letter_tasks`), not paragraph by paragraph
        read = None if info.type == "Công văn" else tasks
        located.extend(_list_review(content, places, first_pending[0], index_of_line, read))

    running_header = _running_header(info.number)
    index_of_line = 0
    skip_to = 0  # lines already read as a table written one cell per line
    for block_index, block in enumerate(blocks):
        if isinstance(block, Table):
            flush()
            if not any(_TEMPLATE_CONTEXT.search(line) for line in recent[-3:]):
                known = len(result.headings)
                table_tasks = tasks_from_table(block.rows, year, result.headings)
                tasks.extend(table_tasks)
                located.extend(
                    _table_review(
                        block,
                        table_tasks,
                        result.headings[known:],
                        places,
                        blocks[block_index + 1 :],
                        index_of_line,
                    )
                )
            recent.clear()
            continue
        recent.append(block)
        index_of_line += 1
        if index_of_line <= body_start or index_of_line <= skip_to:
            continue
        if running_header is not None and running_header(block):
            continue  # a page header or footer naming the document itself ("Kế hoạch số 63/KH-UBND ngày …")
        header_length = (
            cell_header_length(lines[index_of_line - 1 : index_of_line + 8]) if len(block) < 46 else 0
        )
        if header_length and not any(_TEMPLATE_CONTEXT.search(line) for line in recent[-4:-1]):
            flush()
            header = lines[index_of_line - 1 : index_of_line - 1 + header_length]
            start = index_of_line - 1 + header_length
            known = len(result.headings)
            table_tasks, used = parse_cell_table(lines[start:], header, year, result.headings)
            tasks.extend(table_tasks)
            skip_to = start + used
            located.extend(
                _text_table_review(
                    table_tasks,
                    result.headings[known:],
                    places,
                    index_of_line - 1,
                    lead_column="lead" in (header_columns(header) or {}),
                    ends_text=skip_to >= len(lines) - 1,
                )
            )
            continue
        if _RECIPIENTS.match(block):
            in_recipients = True  # "Kính gửi: - Các sở …; - UBND các xã …" lists addressees, not tasks
            continue
        if in_recipients:
            if re.match(r"^[-–+•]\s", block):
                continue
            in_recipients = False
        # (a line in lower case goes on with the sentence above: "…; Văn phòng" / "chủ trì, phối hợp với … trong tháng")
        if source.hard_wrapped and is_flat_header(block) and not block[:1].islower():
            if non_task_header([block]) or any(_TEMPLATE_CONTEXT.search(line) for line in recent[-4:-1]):
                continue
            flush()
            remaining = lines[index_of_line:]
            known = len(result.headings)
            table_tasks, table_footnotes = parse_flat_table(remaining, letterhead, year, result.headings)
            tasks.extend(table_tasks)
            footnotes.extend(table_footnotes)
            located.extend(
                _text_table_review(
                    table_tasks,
                    result.headings[known:],
                    places,
                    index_of_line - 1,
                    lead_column=bool(re.search(r"chu tri|thuc hien", fold(block))),
                    ends_text=not any(
                        _END_OF_BODY.search(line) or _is_signature_start(line) for line in remaining
                    ),
                )
            )
            break
        if state["ended"]:
            if _APPENDIX.match(block):
                state["ended"] = False
                state["section"] = "other"
            continue
        if _PORTAL_TRAILER.match(block):
            flush()  # "Tin cùng chuyên mục:", "Các văn bản khác:": the portal's links to other pages end the copy
            state["ended"] = True
            continue
        if _END_OF_BODY.search(block) or _is_signature_start(block):
            if _END_OF_BODY.search(block) and not block.startswith("Nơi nhận"):
                if not pending:
                    first_pending[0] = index_of_line - 1
                pending.append(block)
            flush()
            state["ended"] = True
            continue
        if not pending:
            first_pending[0] = index_of_line - 1
        pending.append(block)
    flush()
    if not tasks and org_tasks:
        tasks = org_tasks
    if not tasks and info.type == "Công văn":
        tasks = letter_tasks(letter_paragraphs, year, info.issuer)
    if not tasks and isinstance(execution := state.get("execution"), list):
        tasks = letter_tasks(execution, year, info.issuer, per_body=True)
    if not tasks and isinstance(org_prose := state.get("org_prose"), list):
        tasks = letter_tasks(org_prose, year, info.issuer, part_of_assignments=True)
    if not tasks and isinstance(org_items := state.get("org_items"), list):
        tasks = tasks_from_tree(build_tree(org_items), year)
    result.tasks = [_with_footnote_marks(task, _footnote_numbers(footnotes)) for task in tasks]
    result.reporting = extract_reporting(org_paragraphs, year)
    if source.paged:
        unbuilt = [page for page in source.unbuilt_layouts if _holds_task_header(places, page)]
        located.extend(page_warnings(_pages_with_text(blocks, block_pages), unbuilt))
    result.warnings = warnings + citation_warnings + _review_warnings(tasks, headings, year) + located
    # Registration tables of models: never tasks (tables.py refuses them), returned as registrations.
    result.registrations, registration_warnings = registrations_from_blocks(blocks)
    result.warnings.extend(registration_warnings)
    if not tasks and not result.registrations and info.type not in _WITHOUT_TASKS:
        result.warnings.append(
            f"Không tìm thấy nhiệm vụ nào trong văn bản ({(info.type or 'không rõ loại').lower()}); hãy kiểm tra "
            "bảng hoặc danh sách nhiệm vụ và nhập bổ sung / no tasks were found in a document that should have them"
        )
    if source.ocr is not None:
        result.ocr = OcrInfo(source.ocr.pages, list(source.ocr.doubtful_pages), dict(source.ocr.confidence))
        result.warnings.insert(
            0,
            f"Văn bản là bản quét, nội dung được nhận dạng ký tự (OCR) từ {source.ocr.pages} trang; cần đối chiếu "
            f"với bản gốc / the text was read by OCR from {source.ocr.pages} scanned page(s)",
        )
        for page in source.ocr.doubtful_pages:
            confidence = source.ocr.confidence.get(page, 0.0)
            result.warnings.insert(
                1,
                f"Trang {page}: nhận dạng chữ kém tin cậy (độ tin cậy {confidence:.0f}%), có thể sai hoặc thiếu "
                f"nhiệm vụ / page {page}: low OCR confidence ({confidence:.0f}%), tasks may be misread or missing",
            )
    return result


def _pages_with_text(blocks: list[Block], pages: list[int]) -> set[int]:
    found = set()
    for block, page in zip(blocks, pages, strict=True):
        found.update(block.row_pages or [page] if isinstance(block, Table) else [page])
    return found


def _holds_task_header(places: Places, page: int) -> bool:
    """Whether the text of `page` holds the header of a task table (not of a template or a register): the reader's
    table hint alone also fires on prose that wraps "chủ trì" and "thời gian" onto short lines."""
    lines = [line for line, on in zip(places.lines, places.line_pages, strict=True) if on == page]
    if any(_TEMPLATE_CONTEXT.search(line) for line in lines):
        return False
    return any(
        (is_flat_header(line) and not non_task_header([line])) or cell_header_length(lines[index : index + 8])
        for index, line in enumerate(lines)
    )


def _task_header(rows: list[list[str]]) -> tuple[int, dict[str, int]] | None:
    """The header row of a task table and its columns (the rows `tasks_from_table` reads), or None."""
    for index, row in enumerate(rows):
        columns = header_columns([" ".join(cell.split()) for cell in row])
        if columns is not None:
            if non_task_header(row) or (
                "time" in columns
                and is_programme(
                    [
                        r[columns["time"]]
                        for r in rows[index + 1 :]
                        if columns["time"] < len(r) and sum(map(bool, r)) > 1
                    ]
                )
            ):
                return None  # a report template, a register, or the programme of an event
            return index, columns
    return None


def _table_review(
    table: Table,
    table_tasks: list[Task],
    new_headings: list[Heading],
    places: Places,
    after: list[Block],
    first_line_after: int,
) -> list[str]:
    """Warnings about one real task table (page_warnings.table_warnings)."""
    found = _task_header(table.rows)
    if found is None:
        return []  # not a task table: a register, a report template or a layout table
    header, columns = found
    rest = [block for block in after if isinstance(block, Table) or re.search(r"[^\W\d_]{2}", block)]
    text_after: list[str] = []
    for block in after:
        if isinstance(block, Table):
            break
        text_after.append(block)
    below = table.rows[header + 1 :]
    number_column = columns.get("no", 0)
    numbers = [row[number_column].strip(" .)") for row in below if number_column < len(row)]
    following = next_row_in_text([no for no in numbers if no.isdigit()], text_after)
    unread: dict[Place | None, list[str]] = {}
    for row in unread_rows(below, number_column, table_tasks, new_headings):
        where = places.of_table(table, header + 1 + row)
        unread.setdefault(where, []).append(below[row][number_column].strip(" .)"))
    continued = (
        (places.of_line(first_line_after + following), text_after[following])
        if following is not None
        else None
    )

    def place_of(task: Task) -> Place | None:
        return places.of_table(table, row_of(table, task))

    return table_warnings(
        table_tasks,
        new_headings,
        places.of_table(table),
        place_of,
        lead_column="lead" in columns,
        ends_text=not rest,
        unread=unread,
        continued=continued,
    )


def _text_table_review(
    table_tasks: list[Task],
    new_headings: list[Heading],
    places: Places,
    header_line: int,
    *,
    lead_column: bool,
    ends_text: bool,
) -> list[str]:
    """Warnings about one task table rebuilt from lines of text (flattened, or one cell per line)."""

    def place_of(task: Task) -> Place | None:
        line = places.find_line(task.text, header_line)
        return places.of_line(line if line is not None else header_line)

    return table_warnings(
        table_tasks,
        new_headings,
        places.of_line(header_line),
        place_of,
        lead_column=lead_column,
        ends_text=ends_text,
    )


def _list_review(
    content: list[list[Paragraph]], places: Places, start: int, end: int, tasks: list[Task] | None
) -> list[str]:
    """Numbered items of content sections that skip a number, with the place of the item after the gap; prose
    paragraphs that assign work to a named body but gave no task, with their place."""
    jumps: list[tuple[Place | None, str, list[str]]] = []
    unread: list[Place | None] = []
    for members in content:
        for paragraph in members:
            if (
                tasks is not None
                and paragraph.kind == "text"
                and unread_assignment(paragraph.text, [task.text for task in tasks])
            ):
                line = places.find_line(paragraph.text, start, end)
                unread.append(places.of_line(line if line is not None else start))
        numbered = [p for p in members if p.kind in ("numbered", "lettered") and p.no]
        for position, missing in numbering_jumps([p.no or "" for p in numbered]):
            line = places.find_line(numbered[position].text, start, end)
            jumps.append(
                (places.of_line(line if line is not None else start), numbered[position].no or "", missing)
            )
    return list_warnings(jumps) + unread_warnings(unread)


def _running_header(number: str | None) -> Callable[[str], bool] | None:
    """A short line that names the document by its own number: a running page header or footer
    ("Kế hoạch số 63/KH-UBND ngày 09/3/2026 của UBND xã …", "UBND xã … - Kế hoạch số 88/KH-UBND   2")."""
    if not number:
        return None
    return functools.partial(_names_number, re.split(r"\s*[-/]\s*", number))


# Up to eight words and "Số:" before the number in a running header; its date, its issuer and a page number after.
_BEFORE_NUMBER = re.compile(r"(?:[^\s.;:]+\s+){0,8}?(?:[Ss]ố:?\s*)?")
_NUMBER_JOINT = re.compile(r"\s*[-/]\s*")
_AFTER_NUMBER = re.compile(
    r"(?:\s+ngày\s+\d{1,2}[/.]\d{1,2}[/.]\d{4})?"
    r"(?:\s+của\s+[^.;:]{3,80})?(?:\s*[-–]?\s*(?:Trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?)?\s*"
)


def _names_number(parts: list[str], line: str) -> bool:
    """Whether the line is a running header naming the number written as `parts` (its symbol's parts between dashes
    and slashes, spaces around them as the line has them): found where the number's first part stands, with no
    pattern compiled for every document."""
    if line.startswith("("):
        return False
    start = line.find(parts[0])
    while start != -1:
        end = start + len(parts[0])
        for part in parts[1:]:
            joint = _NUMBER_JOINT.match(line, end)
            if joint is None or not line.startswith(part, joint.end()):
                end = -1
                break
            end = joint.end() + len(part)
        if end != -1 and _BEFORE_NUMBER.fullmatch(line, 0, start) and _AFTER_NUMBER.fullmatch(line, end):
            return True
        start = line.find(parts[0], start + 1)
    return False


def _process_prose(
    paragraphs: list[Paragraph],
    state: dict[str, object],
    tasks: list[Task],
    org_paragraphs: list[str],
    headings: list[str],
    org_tasks: list[Task],
    year: int | None,
    content: list[list[Paragraph]] | None = None,
) -> None:
    """Read paragraphs into tasks by the kind of section they are in; the paragraphs of content sections are also
    appended to `content` (for the review of their numbering)."""
    groups: list[tuple[str, list[Paragraph]]] = [(str(state["section"]), [])]
    for paragraph in paragraphs:
        if paragraph.kind == "text" and BARE_PART.match(paragraph.text):
            state["bare_part"] = True  # "Phần thứ hai", its title on the next line
            continue
        if state.pop("bare_part", False) and paragraph.kind == "text" and is_part_title(paragraph.text):
            paragraph = Paragraph("section", paragraph.text)
        if paragraph.kind == "text" and is_unnumbered_part(paragraph.text):
            # "NHIỆM VỤ CỤ THỂ" on its line, without a numeral: a part
            paragraph = Paragraph("section", paragraph.text)
        if paragraph.kind == "section":
            state["sections"] = True
            groups.append((section_kind(paragraph.text), []))
            continue
        if paragraph.kind == "numbered" and fold(paragraph.text).startswith("muc dich"):
            state["purpose"] = (
                True  # "1. Mục đích" / "2. Yêu cầu": the requirements of a purpose, not requests
            )
        elif (
            state.get("notice")
            and not state.get("sections")
            and not state.get("purpose")
            and _is_requests_title(paragraph)
        ):
            # a notice's numbered part of requests ("3. Yêu cầu", "3. Đề nghị"): its assigning sentences are tasks
            groups.append((_REQUESTS, []))
            continue
        if (
            not state.get("sections")
            and paragraph.kind == "numbered"
            and is_numbered_part(paragraph.no, paragraph.text, after_part=bool(state.get("numbered_parts")))
        ):
            # a notice or a short document without "I., II." parts: "2. Nhiệm vụ trọng tâm quý III/2026" is a part
            state["numbered_parts"] = True
            groups.append((section_kind(paragraph.text), []))
            continue
        if paragraph.kind == "article" and DUTIES_LEAD_IN.match(paragraph.text):
            # a decision that sets up a body lists its duties in an article ("Điều 2. Tổ công tác có nhiệm vụ:"):
            # each is a task of the body
            groups.append((_CONCLUSIONS, [Paragraph("text", paragraph.text)]))
            continue
        execution_title = _EXECUTION_ARTICLE.match(paragraph.text) if paragraph.kind == "article" else None
        if execution_title:
            # "Điều 2. Tổ chức thực hiện" and then a sentence per body ("Giao Sở X chủ trì …"): a decision without a
            # list of tasks assigns them here, each sentence read as a letter's request (`letter_tasks`); a text
            # copy runs the first sentence on after the title
            rest = paragraph.text[execution_title.end() :].strip()
            groups.append((_EXECUTION, [Paragraph("text", rest)] if rest else []))
            continue
        if (
            paragraph.kind == "article"
            and is_short_title(paragraph.text)
            and section_kind(paragraph.text) == SECTION_CONTENT
        ):
            # a Quy chế's article titled by the work it sets out ("Điều 2. Nhiệm vụ phối hợp") and its numbered duties,
            # each naming its body: a part of content, as "II. NỘI DUNG" is
            groups.append((SECTION_CONTENT, []))
            continue
        if paragraph.kind == "article":
            groups.append((SECTION_ORG, [Paragraph("text", paragraph.text)]))
            continue
        if (
            not state.get("sections")
            and groups[-1][0] == SECTION_OTHER
            and paragraph.kind == "text"
            and _CONCLUSIONS_LEAD_IN.search(paragraph.text)
        ):
            # a notice without parts: "… đồng chí Chủ tịch kết luận như sau:" opens the list of its conclusions
            groups.append((_CONCLUSIONS, [paragraph]))
            continue
        groups[-1][1].append(paragraph)
    state["section"] = groups[-1][0]
    for kind, members in groups:
        if kind == SECTION_ASSIGNED:
            # "II. NHIỆM VỤ VÀ PHÂN CÔNG": a heading per agency assigns the bullets under it, as in an organisation
            # part; otherwise the items carry their own assignment, as in a content part
            org_paragraphs.extend(p.text for p in members)  # its report deadlines, as before it was read so
            per_agency = organisation_tasks(build_tree(agency_lines_as_headings(members)), year)
            if per_agency:
                tasks.extend(per_agency)
                continue
            kind = SECTION_CONTENT
        if kind == _REQUESTS:
            # one request a paragraph, as the items of a notice's conclusions; the notice's closing formula
            # ("… thông báo để các đơn vị biết, thực hiện./.") asks nothing of anyone
            members = [
                Paragraph("dash", p.text) if p.kind == "text" else p
                for p in members
                if not _NOTICE_CLOSING.search(p.text)
            ]
            kind = _CONCLUSIONS
        elif kind == _CONCLUSIONS:
            # the closing formula after the last topic's paragraph is no paragraph of that topic
            members = [p for p in members if not (p.kind == "text" and _NOTICE_CLOSING.search(p.text))]
        if kind == _CONCLUSIONS:
            # "… Chủ tịch yêu cầu:" then a heading per body ("1. Công an phường") and its bullets: the heading
            # assigns them, as in a plan's part of assignments
            agency_tree = build_tree(agency_lines_as_headings(members))
            if assigns_per_agency(agency_tree):
                tasks.extend(organisation_tasks(agency_tree, year))
                continue
        if kind in (SECTION_CONTENT, _CONCLUSIONS):
            if content is not None:
                content.append(members)
            tree = build_tree(members)
            found = tasks_from_tree(tree, year)
            if kind == SECTION_CONTENT and not found:
                # "2. Nhiệm vụ trong thời gian tới" and then a paragraph per body run in before its duties ("Giao Phòng
                # Kinh tế: chủ trì …", "Đề nghị Ủy ban Mặt trận …: phối hợp …"): no list, each body's paragraph its task
                agency_tree = build_tree(agency_lines_as_headings(members))
                if assigns_per_agency(agency_tree):
                    found = organisation_tasks(agency_tree, year)
            if not state.get("letter"):
                # "II. NỘI DUNG" and then unmarked paragraphs, each naming who does its work somewhere in its sentence,
                # or a notice's conclusions so set out after "… kết luận như sau:": each such paragraph is a task, the
                # part's only ones or before its first item (a letter's requests are read from the whole letter,
                # `letter_tasks`)
                leading = list(itertools.takewhile(lambda p: p.kind == "text", members))
                if not found or len(leading) < len(members):
                    found = unmarked_paragraph_tasks(leading, year) + found
            if (
                kind == _CONCLUSIONS
            ):  # a conclusion that names nobody ("Ghi nhận các ý kiến …") is not a task,
                # nor one in which a body only reports its results
                found = [
                    task
                    for task in found
                    if (task.lead or task.coord) and not only_reports_results(task.text)
                ]
            if state.get("letter"):
                found = [task for task in found if not asks_only_report(task.text)]
            tasks.extend(found)
            headings.extend(_heading_texts(tree))
        elif kind == _EXECUTION:
            org_paragraphs.extend(p.text for p in members)
            execution = state.setdefault("execution", [])
            assert isinstance(execution, list)
            execution.extend(p.text for p in members if p.kind == "text")
        elif kind == SECTION_ORG:
            org_paragraphs.extend(p.text for p in members)
            org_tasks.extend(organisation_tasks(build_tree(agency_lines_as_headings(members)), year))
            if members and all(p.kind == "text" for p in members):
                # "III. PHÂN CÔNG CHUẨN BỊ" and then unmarked paragraphs, each handing work to a body ("Giao Văn
                # phòng …", "Công an phường bảo đảm …"): a plan's part of assignments written as a decision's
                # article of execution is, read so when the plan has no other task
                prose = state.setdefault("org_prose", [])
                assert isinstance(prose, list)
                prose.extend(p.text for p in members)
            elif _items_naming_bodies(members):
                # … or numbered sentences, each opening with its body ("1. Văn phòng Sở chuẩn bị …", "2. Phòng … lập
                # …"): the items of a content part, read so when the plan has no other task
                items = state.setdefault("org_items", [])
                assert isinstance(items, list)
                items.extend(members)


def _items_naming_bodies(members: list[Paragraph]) -> bool:
    """Whether a part is top-level numbered sentences (two or more), each naming its body as its subject."""
    numbered = [p for p in members if p.kind == "numbered"]
    return (
        len(numbered) >= 2
        and all(p.kind in ("numbered", "text") for p in members)
        and all("." not in (p.no or ".") and inline_assignment(p.text)[0] for p in numbered)
    )


# The sentence before the list of a notice's conclusions or requests ("… kết luận như sau:", "… đề nghị Đảng ủy xã
# tập trung thực hiện tốt một số nội dung sau:", "… hướng dẫn các chi bộ thực hiện một số nội dung sau:").
_CONCLUSIONS_LEAD_IN = re.compile(
    # ("giao dịch", "giao tiếp", "giao thông" are no handing over)
    r"(?:kết luận|[Đđ]ề nghị|[Gg]iao(?!\s+(?:dịch|tiếp|thông|lưu)\b)|[Yy]êu cầu|hướng dẫn|chỉ đạo|thống nhất|phân công)\b[^:]*"
    r"(?:như sau|sau đây|nội dung sau|việc sau)\s*:\s*$|"
    # the bare verb of a chair's conclusion: "… đồng chí Chủ tịch kết luận:", "… thống nhất và chỉ đạo:", and a
    # directive's own: "… Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"
    r"\b(?:kết luận|chỉ đạo|thống nhất|chỉ thị)(?:,? và (?:kết luận|chỉ đạo|giao nhiệm vụ))?\s*:\s*$|"
    # … and a directive's: "… Chủ tịch Ủy ban nhân dân phường yêu cầu:" (not a plan's "Mục đích, yêu cầu:")
    r"(?<!,\s)(?<!và\s)(?<!\bcác\s)\byêu cầu\s*:\s*$",
    re.IGNORECASE,  # a scan's OCR or a hard-wrapped line may capitalise the word after the break ("như\nSau:")
)
_CONCLUSIONS = "conclusions"
# A decision's article of execution, titled alone: "Điều 2. Tổ chức thực hiện", "Điều 3. Trách nhiệm thực hiện".
_EXECUTION_ARTICLE = re.compile(
    r"^(?:Tổ chức|Trách nhiệm) thực hiện(?:\s*[.:]|\s*$|\s+(?=[A-ZĐÀ-Ỹ]))", re.IGNORECASE
)
_EXECUTION = "execution"
_NOTICE_CLOSING = re.compile(r"\bthông báo (?:để|cho|tới|đến)\b[^.;]*\bbiết\b", re.IGNORECASE)
_REQUESTS = "requests"


# The part of a notice that asks for action, titled by the request alone ("Yêu cầu", "Đề nghị", "Kiến nghị và đề
# nghị", "Các yêu cầu"), not a plan's "Mục đích, yêu cầu".
_REQUESTS_TITLE = re.compile(
    r"^(?:cac |mot so )?(?:yeu cau|de nghi|kien nghi)(?:(?:,| va) (?:yeu cau|de nghi|kien nghi))?(?: cu the)?$"
)


def _is_requests_title(paragraph: Paragraph) -> bool:
    return (
        paragraph.kind == "numbered"
        and "." not in (paragraph.no or ".")
        and bool(_REQUESTS_TITLE.match(fold(paragraph.text).strip(" :")))
    )


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
