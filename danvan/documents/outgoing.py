"""An outgoing document (văn bản đi) described independently of any model, ready for the writers.

The plans app maps a Plan or a catalog to an `OutgoingDocument`; `docx_writer`, `xlsx_writer` and `pdf` turn it
into files. Everything here is plain data: frozen dataclasses plus the Vietnamese formatting rules of
Nghị định 30/2020 (domain-rules §1.3–1.4) that do not depend on the output format.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from danvan.core.dateformat import short_date, vietnamese_date

# Blanks left in drafts for the number and the date, filled in by the Văn thư at registration.
NUMBER_BLANK = " " * 5


@dataclass(frozen=True)
class Issuer:
    """The issuing body (cơ quan ban hành) as printed at the top left of page 1.

    `name` is one or two lines ("SỞ CÔNG THƯƠNG"; "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"), printed bold;
    `governing` is the optional governing body (cơ quan chủ quản, "UBND THÀNH PHỐ HẢI PHÒNG"), printed regular
    above it. `full_name` is the name in running text ("Ủy ban nhân dân thành phố"), used in the appendix
    reference line.
    """

    name: tuple[str, ...]
    governing: tuple[str, ...] = ()
    full_name: str = ""

    def __post_init__(self) -> None:
        if not self.name or not any(line.strip() for line in self.name):
            raise ValueError("Issuer.name needs at least one line")


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; `lead` is printed bold before the text ("Điều 1." in a decision)."""

    text: str
    lead: str = ""
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside a section ("1. Mục đích"), bold."""

    text: str


@dataclass(frozen=True)
class BulletList:
    """Items printed one per paragraph after `marker` ("- …", "+ …")."""

    items: tuple[str, ...]
    marker: str = "-"


@dataclass(frozen=True)
class NumberedList:
    """Items printed one per paragraph, numbered "1.", "2.", … from `start` (`style` "{n})" gives "1)")."""

    items: tuple[str, ...]
    start: int = 1
    style: str = "{n}."

    def label(self, index: int) -> str:
        return self.style.format(n=self.start + index)


# A table cell: text, or a number or a date (the DOCX prints them, the XLSX keeps them typed).
Cell = str | int | float | datetime.date


class Align(enum.StrEnum):
    LEFT = "left"
    CENTER = "center"
    JUSTIFY = "justify"


@dataclass(frozen=True)
class Table:
    """A bordered table (12 pt): a bold header row repeated at the top of every page, then the rows.

    `widths_mm` gives the column widths in the DOCX (empty: equal shares of the text width), `xlsx_widths` in
    characters in the XLSX; `align` one alignment per column (default: the first column centred, the second
    left, the others centred). Whole numbers (int) print as they are, fractional ones (float) with `decimals`
    digits after the point.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths_mm: tuple[float, ...] = ()
    xlsx_widths: tuple[int, ...] = ()
    align: tuple[Align, ...] = ()
    decimals: int = 1

    def __post_init__(self) -> None:
        columns = len(self.headers)
        if not columns:
            raise ValueError("Table needs at least one column")
        for name in ("widths_mm", "xlsx_widths", "align"):
            value = getattr(self, name)
            if value and len(value) != columns:
                raise ValueError(f"Table.{name} needs one value per column")
        for row in self.rows:
            if len(row) != columns:
                raise ValueError("every Table row needs one cell per column")

    def alignment(self, column: int) -> Align:
        if self.align:
            return self.align[column]
        return Align.LEFT if column == 1 else Align.CENTER

    def text(self, value: Cell) -> str:
        """A cell as printed: dates "05/08/2025", ints as they are, floats with `decimals` digits."""
        if isinstance(value, datetime.date):
            return short_date(value)
        if isinstance(value, float):
            return f"{value:.{self.decimals}f}"
        return str(value)


@dataclass(frozen=True)
class ChartImage:
    """A chart (or any picture) drawn beforehand as PNG, centred, `width_mm` wide, its caption under it."""

    png: bytes
    caption: str = ""
    width_mm: float = 150


@dataclass(frozen=True)
class TaskItems:
    """Where the document's tasks are printed when `task_layout` is TEXT (numbered paragraphs)."""


Block = Paragraph | Heading | BulletList | NumberedList | Table | ChartImage | TaskItems


@dataclass(frozen=True)
class Annex:
    """A phụ lục after the signature: a new section (landscape by default) whose pages are numbered from 1,
    its title lines bold and centred, an optional italic note under them, then its blocks."""

    title: tuple[str, ...]
    blocks: tuple[Block, ...]
    note: str = ""
    landscape: bool = True


@dataclass(frozen=True)
class Sheet:
    """A table as an XLSX worksheet named `name` (at most 31 characters)."""

    name: str
    table: Table


@dataclass(frozen=True)
class Section:
    """A top-level section ("I. MỤC ĐÍCH, YÊU CẦU"); an empty heading prints only the blocks."""

    heading: str
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Task:
    """A task (nhiệm vụ) as printed: number, content, lead and coordinating units, timeframe.

    Nesting is given either by `children` or by `parent_no` on a flat list; `flatten_tasks` accepts both.
    A task with children is a group: in the appendix table it becomes a group row.
    """

    no: str
    text: str
    lead: tuple[str, ...] = ()
    coord: tuple[str, ...] = ()
    timeframe: str = ""
    due: datetime.date | None = None
    parent_no: str | None = None
    children: tuple[Task, ...] = ()

    @property
    def has_assignment(self) -> bool:
        return bool(self.lead or self.coord or self.timeframe)


@dataclass(frozen=True)
class Signature:
    """The signature block (ô 7): authority lines, position, signer.

    `authority` holds the TM./KT./Q./TL./TUQ. lines, e.g. ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
    `position` the signer's own title ("PHÓ CHỦ TỊCH"); `name` may be blank in a draft.
    """

    position: str
    name: str = ""
    authority: tuple[str, ...] = ()


class TaskLayout(enum.StrEnum):
    TEXT = "text"  # numbered paragraphs in the body, each followed by its lead/coord/timeframe lines
    APPENDIX = "appendix"  # a table in a landscape appendix section after the signature


@dataclass(frozen=True)
class TaskLabels:
    """The labels of the lines under a numbered task in TEXT layout."""

    lead: str = "Đơn vị chủ trì"
    coord: str = "Đơn vị phối hợp"
    timeframe: str = "Thời gian thực hiện"


DEFAULT_APPENDIX_COLUMNS = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")


@dataclass(frozen=True)
class OutgoingDocument:
    """A document with a type name (văn bản có tên loại): Kế hoạch, Quyết định, Báo cáo …

    `number` None leaves the blank of a draft ("Số:     /KH-SCT"); `date` None leaves "ngày … tháng … năm"
    blank with `year` printed. `preamble_heading` is the authority line of a decision ("ỦY BAN NHÂN DÂN THÀNH
    PHỐ HẢI PHÒNG") and `preamble_closing` its enacting word ("QUYẾT ĐỊNH:"); both are optional.
    """

    kind: str
    type_abbreviation: str
    issuer_abbreviation: str
    issuer: Issuer
    place: str
    title: str
    signature: Signature
    number: int | str | None = None
    date: datetime.date | None = None
    year: int | None = None
    preamble_heading: str = ""
    preamble: tuple[str, ...] = ()
    preamble_italic: bool = False
    preamble_closing: str = ""
    sections: tuple[Section, ...] = ()
    tasks: tuple[Task, ...] = ()
    task_layout: TaskLayout = TaskLayout.TEXT
    appendix_title: tuple[str, ...] = ()
    appendix_note: str | None = None
    appendix_columns: tuple[str, str, str, str, str] = DEFAULT_APPENDIX_COLUMNS
    task_labels: TaskLabels = TaskLabels()
    recipients: tuple[str, ...] = ()
    filing: str = "Lưu: VT."
    annexes: tuple[Annex, ...] = ()  # after the signature and the task appendix, in order

    def __post_init__(self) -> None:
        if self.date is None and self.year is None:
            raise ValueError("OutgoingDocument needs a date or, for a draft, the year")

    @property
    def symbol(self) -> str:
        """The ký hiệu: "KH-SCT"."""
        return f"{self.type_abbreviation}-{self.issuer_abbreviation}"

    @property
    def number_symbol(self) -> str:
        """ "05/KH-SCT", or "     /KH-SCT" for a draft."""
        return f"{format_number(self.number)}/{self.symbol}"

    @property
    def number_line(self) -> str:
        return f"Số: {self.number_symbol}"

    @property
    def date_line(self) -> str:
        """ "Hải Phòng, ngày 06 tháng 8 năm 2025" (ô 4)."""
        return place_date_line(self.place, self.date, year=self.year)

    @property
    def effective_appendix_note(self) -> str:
        """The "(Kèm theo Quyết định số …/QĐ-UBND ngày … của …)" line under the appendix title."""
        if self.appendix_note is not None:
            return self.appendix_note
        of = f" của {self.issuer.full_name}" if self.issuer.full_name else ""
        return (
            f"(Kèm theo {self.kind} số {self.number_symbol} {vietnamese_date(self.date, year=self.year)}{of})"
        )


def format_number(number: int | str | None) -> str:
    """Document number as printed: numbers below 10 get a leading zero; None is the blank of a draft."""
    if number is None or (isinstance(number, str) and not number.strip()):
        return NUMBER_BLANK
    if isinstance(number, int):
        return f"{number:02d}"
    stripped = number.strip()
    return f"{int(stripped):02d}" if stripped.isdigit() else stripped


def place_date_line(place: str, date: datetime.date | None, *, year: int | None = None) -> str:
    """ "Hải Phòng, ngày 06 tháng 8 năm 2025"."""
    return f"{place}, {vietnamese_date(date, year=year)}"


@dataclass(frozen=True)
class FlatTask:
    task: Task
    depth: int
    is_group: bool


def flatten_tasks(tasks: Iterable[Task]) -> list[FlatTask]:
    """Tasks in printing order with their depth; groups are tasks with children (nested or by parent_no).

    Every task is printed once, even when its parent_no is ambiguous or forms a cycle.
    """
    roots = list(tasks)
    numbers = {task.no for task in _walk(roots)}
    by_parent: dict[str | None, list[Task]] = {}
    for task in roots:
        parent = task.parent_no if task.parent_no in numbers and task.parent_no != task.no else None
        by_parent.setdefault(parent, []).append(task)
    flat: list[FlatTask] = []
    printed: set[int] = set()

    def visit(task: Task, depth: int) -> None:
        printed.add(id(task))
        children = [
            child for child in [*task.children, *by_parent.get(task.no, [])] if id(child) not in printed
        ]
        flat.append(FlatTask(task=task, depth=depth, is_group=bool(children)))
        for child in children:
            if id(child) not in printed:
                visit(child, depth + 1)

    for task in [*by_parent.get(None, []), *roots]:
        if id(task) not in printed:
            visit(task, 0)
    return flat


def _walk(tasks: Iterable[Task]) -> Iterator[Task]:
    for task in tasks:
        yield task
        yield from _walk(task.children)
