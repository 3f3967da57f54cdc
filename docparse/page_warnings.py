"""Warnings that name the place and the reason (issue 11): where a structure cannot be read with confidence, the
review screen points the officer at the page. Pure functions over what the parser read; they never change a result.

A place is the page ("Trang 3 / page 3") when the reader knows pages (`docparse.blocks`), otherwise the nearest
numbered heading above a line ("Mục II.3 / section II.3") or the order of a task table ("Bảng 2 / table 2").
Every warning reads "<place>: <reason in Vietnamese> / <place in English>: <reason in English>".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from docparse.blocks import Block, Table
from docparse.model import Heading, Task
from docparse.reporting import extract_reporting
from docparse.tasks import NUMBERED, assigns_work, part_heading
from docparse.text import fold


@dataclass(frozen=True)
class Place:
    vi: str  # "Trang 3", "Bảng 2", "Mục II.3"
    en: str  # "page 3", "table 2", "section II.3"


def page_place(page: int) -> Place:
    return Place(f"Trang {page}", f"page {page}")


def located(place: Place | None, vi: str, en: str) -> str:
    """A warning at `place` (the whole document when None)."""
    if place is None:
        return f"{vi[:1].upper()}{vi[1:]} / {en}"
    return f"{place.vi}: {vi} / {place.en}: {en}"


# "Trang 3: …", "Bảng 2: …", "Mục II.3: …": how a reader of the warnings (the review screen) finds their place.
_PLACE_PREFIX = re.compile(
    r"^(?P<kind>Trang|Bảng|Mục) (?P<label>[0-9IVXLC][0-9IVXLC.]{0,11}): (?P<reason>\S.*)$", re.DOTALL
)
_PLACE_KINDS = {"Trang": "page", "Bảng": "table", "Mục": "section"}


def warning_place(warning: str) -> tuple[str, str, str] | None:
    """The place a warning names and the rest of it: "Trang 3: … / page 3: …" gives ("page", "3", "… / page 3: …");
    kinds are "page", "table" and "section". None for a warning about the whole document."""
    match = _PLACE_PREFIX.match(warning)
    if match is None:
        return None
    return _PLACE_KINDS[match["kind"]], match["label"], match["reason"]


class Places:
    """Where each line and each table of the parsed blocks lies."""

    def __init__(self, blocks: list[Block], pages: list[int], paged: bool) -> None:
        self.paged = paged
        self.lines: list[str] = []
        self.line_pages: list[int] = []
        self._table_order: dict[int, int] = {}
        self._sections: list[str | None] = []
        roman: str | None = None
        number: str | None = None
        for block, page in zip(blocks, pages, strict=True):
            if isinstance(block, Table):
                self._table_order[id(block)] = len(self._table_order) + 1
                continue
            part = part_heading(block)
            numbered = NUMBERED.match(block)
            if part and (block.isupper() or part[2].isupper()):
                roman, number = part[1], None
            elif numbered and numbered[1] and "." not in numbered[1]:
                number = numbered[1]
            self._sections.append(".".join(p for p in (roman, number) if p) or None)
            self.lines.append(block)
            self.line_pages.append(page)

    def of_line(self, index: int) -> Place | None:
        """The place of line `index` (0-based, among the lines)."""
        if not 0 <= index < len(self.lines):
            return None
        if self.paged:
            return page_place(self.line_pages[index])
        section = self._sections[index]
        return Place(f"Mục {section}", f"section {section}") if section else None

    def of_table(self, table: Table, row: int | None = None) -> Place:
        """The place of a real table, or of one of its rows."""
        if self.paged:
            if row is not None and row < len(table.row_pages):
                return page_place(table.row_pages[row])
            return page_place(table.page or 1)
        order = self._table_order.get(id(table), 1)
        return Place(f"Bảng {order}", f"table {order}")

    def find_line(self, text: str, start: int, end: int | None = None) -> int | None:
        """The first line from `start` that holds the beginning of `text` (a task or paragraph as read)."""
        key = fold(text)[:14].strip()
        if not key:
            return None
        for index in range(max(start, 0), min(end if end is not None else len(self.lines), len(self.lines))):
            if key in fold(self.lines[index]):
                return index
        return None


def row_of(table: Table, task: Task) -> int | None:
    """The row of a real table a task was read from: the first whose cell starts with the task's text, else the
    first whose cell holds its number."""
    key = " ".join(task.text.split())[:30]
    for index, row in enumerate(table.rows):
        if key and any(" ".join(cell.split()).startswith(key) for cell in row if cell):
            return index
    for index, row in enumerate(table.rows):
        if task.no and any(cell.strip(" .)") == task.no for cell in row[:2]):
            return index
    return None


# Vietnamese letters in list order; "đ" may be skipped ("a, b, c, d, e") and there is no "f", "j", "w" or "z".
_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _position(no: str) -> tuple[str, int] | None:
    """The style of a list number and its value: "3" → ("", 3), "2.4" → ("2", 4), "c" → ("letter", 3)."""
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", no):
        head, _, last = no.rpartition(".")
        return head, int(last)
    if len(no) == 1 and no in _LETTERS:
        return "letter", _LETTERS.index(no)
    letter = re.fullmatch(r"([a-zđ])(\d{1,2})", no)
    if letter:
        return f"letter {letter[1]}", int(letter[2])
    return None


def _name(style: str, value: int) -> str:
    if style == "letter":
        return _LETTERS[value]
    if style.startswith("letter "):
        return f"{style[7:]}{value}"
    return f"{style}.{value}" if style else str(value)


def numbering_jumps(numbers: list[str]) -> list[tuple[int, list[str]]]:
    """Items of a list (in printed order) whose number skips siblings ("1, 2, 4"): the position of the item after
    the gap and the missing numbers. Letters count under the number before them; a restart is no gap."""
    last: dict[tuple[str, str], int] = {}
    context = ""  # the last number: letters count under it
    jumps: list[tuple[int, list[str]]] = []
    for index, no in enumerate(numbers):
        position = _position(no)
        if position is None:
            continue
        style, value = position
        if not style.startswith("letter"):
            context = no
        key = (style, context if style.startswith("letter") else "")
        previous = last.get(key)
        if previous is not None and value > previous + 1:
            missing = [_name(style, v) for v in _letter_values(style, previous, value)]
            if missing:
                jumps.append((index, missing))
        last[key] = value
    return jumps


def _letter_values(style: str, previous: int, value: int) -> list[int]:
    if style == "letter":
        return [v for v in range(previous + 1, value) if _LETTERS[v] != "đ"]
    return list(range(previous + 1, value))


def missing_rows(tasks: list[Task], headings: list[Heading]) -> dict[str, list[str]]:
    """Numbers a table's numbering implies but no row read gives: for the first row after each gap (its number),
    the missing numbers. Siblings are told by their parent, so the order of tasks and headings does not matter."""
    siblings: dict[tuple[str | None, str], dict[int, str]] = {}
    for no, parent in [(t.no, t.parent_no) for t in tasks] + [(h.no, h.parent_no) for h in headings]:
        position = _position(no or "")
        if no is None or position is None:
            continue
        style, value = position
        siblings.setdefault((parent, style), {})[value] = no
    found: dict[str, list[str]] = {}
    for (_, style), values in siblings.items():
        ordered = sorted(values)
        for previous, value in itertools.pairwise(ordered):
            missing = [_name(style, v) for v in _letter_values(style, previous, value)]
            if missing:
                found[values[value]] = missing
    return found


_ROW_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ]\d{0,2}|[IVX]{1,4})[.)]?$")


def unread_rows(rows: list[list[str]], column: int, tasks: list[Task], headings: list[Heading]) -> list[int]:
    """Rows of a task table (below its header) that print a row number but gave no task and no heading: their
    first 15 characters start no task or heading read from the table. Group rows (Roman numbers, text in capitals),
    the "(1) (2) (3)" row and a "0" (the end of "10" wrapped over a page break) are not counted."""
    starts = {" ".join(text.split())[:15] for text in [t.text for t in tasks] + [h.text for h in headings]}
    unread: list[int] = []
    for index, row in enumerate(rows):
        cells = [" ".join(cell.split()) for cell in row]
        number = cells[column].rstrip(".)") if column < len(cells) else ""
        texts = [cell for position, cell in enumerate(cells) if cell and position != column]
        if (
            not _ROW_NUMBER.match(number)
            or number == "0"
            or re.fullmatch(r"[IVX]{1,4}", number)
            or not texts
            or all(cell.isupper() or re.fullmatch(r"\(?\d{1,2}\)?", cell) for cell in texts)
        ):
            continue
        if not any(cell[:15] in starts for cell in texts):
            unread.append(index)
    return unread


def next_row_in_text(numbers: list[str], lines: list[str]) -> int | None:
    """The first of `lines` (the text right after a table) that starts with the number that would follow the
    table's last top-level row ("3 Lấy ý kiến …" after rows 1 and 2): the table goes on as text."""
    tops = [int(no) for no in numbers if no.isdigit()]
    if not tops:
        return None
    wanted = str(max(tops) + 1)
    for index, line in enumerate(lines[:6]):
        match = re.match(r"^(\d{1,2})[.)]?\s+[A-ZĐÀ-Ỹ]", line)
        if match and match[1] == wanted:
            return index
    return None


def _numbers(items: list[str]) -> str:
    return ", ".join(items[:8]) + (" …" if len(items) > 8 else "")


def table_warnings(
    tasks: list[Task],
    headings: list[Heading],
    place: Place | None,
    place_of: Callable[[Task], Place | None],
    *,
    lead_column: bool,
    ends_text: bool,
    unread: dict[Place | None, list[str]] | None = None,
    continued: tuple[Place | None, str] | None = None,
) -> list[str]:
    """What a careful reader flags in one task table that was read: a header with no row read, numbers skipped
    by the rows read, rows whose lead cell is empty while their other cells are not, a last row cut off at the end
    of the text."""
    if not tasks and not headings:
        return [
            located(
                place,
                "bảng nhiệm vụ có dòng tiêu đề nhưng không đọc được dòng nào; hãy nhập các nhiệm vụ của bảng",
                "a task table's header was found but none of its rows could be read",
            )
        ]
    warnings: list[str] = []
    by_no = {task.no: task for task in tasks if task.no}
    for after, missing in missing_rows(tasks, headings).items():
        task = by_no.get(after)
        warnings.append(
            located(
                place_of(task) if task else place,
                f"bảng nhiệm vụ thiếu dòng số {_numbers(missing)} (trước dòng {after}); có thể đã bỏ sót nhiệm vụ",
                f"task table rows {_numbers(missing)} (before row {after}) were not read; a task may be missing",
            )
        )
    if unread and not warnings:
        for where, numbers in unread.items():
            warnings.append(
                located(
                    where,
                    f"không đọc được dòng số {_numbers(numbers)} của bảng nhiệm vụ; có thể đã bỏ sót nhiệm vụ",
                    f"row(s) {_numbers(numbers)} of a task table could not be read; tasks may be missing",
                )
            )
    if continued is not None:
        where, line = continued
        warnings.append(
            located(
                where,
                f"bảng nhiệm vụ dừng trước dòng “{' '.join(line.split()[:8])} …”, các dòng sau được đọc như văn bản; "
                "cần kiểm tra các dòng này",
                f"the task table stops before “{' '.join(line.split()[:8])} …”, the rows after it were read as text",
            )
        )
    cut = (
        tasks[-1]
        if ends_text
        and len(tasks) > 1
        and not (tasks[-1].lead or tasks[-1].coord or tasks[-1].timeframe)
        and any(t.lead or t.timeframe for t in tasks[:-1])
        else None
    )
    if cut is not None:
        warnings.append(
            located(
                place_of(cut),
                f"bảng nhiệm vụ dừng ở cuối văn bản, dòng {cut.no or 'cuối'} không có đơn vị và thời hạn; văn bản có "
                "thể bị cắt",
                f"the task table ends the text with row {cut.no or '(last)'} incomplete; the document may be cut off",
            )
        )
    if lead_column:
        without: dict[Place | None, list[str]] = {}
        for task in tasks:
            # a row with content only is a group row or a heading; a row with its other cells filled lacks its lead
            if not task.lead and (task.coord or task.timeframe) and task is not cut:
                without.setdefault(place_of(task), []).append(
                    task.no or f"“{' '.join(task.text.split()[:6])} …”"
                )
        for where, numbers in without.items():
            warnings.append(
                located(
                    where,
                    f"dòng {_numbers(numbers)} của bảng nhiệm vụ không có đơn vị chủ trì; hãy kiểm tra",
                    f"row(s) {_numbers(numbers)} of a task table have an empty lead cell",
                )
            )
    return warnings


def list_warnings(jumps: list[tuple[Place | None, str, list[str]]]) -> list[str]:
    """Numbered items of a content section that skip numbers: (place, number after the gap, missing numbers)."""
    return [
        located(
            place,
            f"mục đánh số thiếu {_numbers(missing)} (trước mục {after}); có thể đã bỏ sót nhiệm vụ",
            f"numbered items skip {_numbers(missing)} (before item {after}); a task may be missing",
        )
        for place, after, missing in jumps
    ]


def unread_assignment(text: str, task_texts: list[str]) -> bool:
    """A prose sentence of a content part that says who must act ("Giao Phòng Kinh tế chủ trì …", "Công an xã
    phối hợp với …": its lead is explicit) and that no task read covers: a task the parser did not take. Not a
    lead-in to a list (a closing colon), a line that is no sentence (a running header), an obligation to report
    (LABELING.md §4: reporting, not a task) or a sentence handing on the tasks of an appendix ("… theo Phụ lục")."""
    stripped = text.rstrip()
    if not assigns_work(stripped) or extract_reporting([stripped], None):
        return False
    folded = fold(stripped)
    return not any(fold(task)[:30] in folded or folded[:30] in fold(task) for task in task_texts)


def unread_warnings(places: list[Place | None]) -> list[str]:
    """Prose paragraphs that assign work but gave no task (`unread_assignment`), at their places."""
    return [
        located(
            place,
            "đoạn văn giao việc cho đơn vị nhưng không được đọc thành nhiệm vụ; hãy kiểm tra và nhập bổ sung",
            "a paragraph assigns work to a body but gave no task",
        )
        for place in places
    ]


def page_warnings(pages_with_text: set[int], unbuilt_layouts: list[int]) -> list[str]:
    """Pages without text between pages with text, and pages whose table-like layout was read as running text."""
    warnings: list[str] = []
    if pages_with_text:
        for page in range(min(pages_with_text) + 1, max(pages_with_text)):
            if page not in pages_with_text:
                warnings.append(
                    located(
                        page_place(page),
                        "trang không có chữ đọc được giữa các trang có chữ (trang trống hoặc chỉ có hình ảnh); hãy "
                        "xem bản gốc",
                        "no readable text between pages with text (a blank page or an image)",
                    )
                )
    for page in unbuilt_layouts:
        warnings.append(
            located(
                page_place(page),
                "trang có dạng bảng nhưng không dựng lại được bảng; nội dung được đọc như văn bản liền, cần đối chiếu "
                "các cột đơn vị và thời hạn",
                "a table-like layout could not be rebuilt; the page was read as running text, check its unit and "
                "time columns",
            )
        )
    return warnings
