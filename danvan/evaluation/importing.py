"""Reading a criteria table from the decision that issues a set (DOCX or XLSX): the first table whose header names
the criteria and the points ("Tiêu chí", "Điểm tối đa"), row by row, into plain rows for the review screen.

Nesting comes from the numbers: roman numerals (I, II) are groups, "1" a criterion of the last group, "1.1" a
sub-criterion of "1". Titles that start with "Điểm thưởng" or "Điểm trừ" are bonus or penalty items; a scoring
cell "có/không" is scored yes or no, "tasks_on_time × 20" from a figure of the system, anything else as points in
a range. Nothing is written here: `actions.sets.import_set` creates the set once the coordinator confirms.
"""

from __future__ import annotations

import io
import re
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from danvan.core import files
from danvan.evaluation.models import POINTS_BELOW
from docparse import fold

ROMAN = re.compile(r"^(?=[IVXLC]+$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
MEASURE = re.compile(r"([a-z][a-z0-9_]*)\s*[×x*]\s*([\d.,]+)")
MAX_ROWS = 500


@dataclass
class ImportedRow:
    number: str
    title: str
    max_points: str  # kept as text for the session; Decimal when created
    kind: str = "normal"
    scoring: str = "range"
    measure_key: str = ""
    multiplier: str = ""
    evidence_required: str = ""
    parent_number: str = ""
    problem: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _cells_docx(data: bytes) -> list[list[list[str]]]:
    import docx

    document = docx.Document(io.BytesIO(data))
    return [[[cell.text.strip() for cell in row.cells] for row in table.rows] for table in document.tables]


def _cells_xlsx(data: bytes) -> list[list[list[str]]]:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    tables = []
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 20):
            rows.append(
                [
                    ""
                    if v is None
                    else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)).strip()
                    for v in row
                ]
            )
        tables.append(rows)
    return tables


def _header(row: list[str]) -> dict[str, int] | None:
    """Column positions of a header row, or None when the row is not the criteria table's header."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        word = fold(cell)
        if "minh chung" in word or "kiem chung" in word:
            found.setdefault("evidence", index)
        elif "cach cham" in word or "phuong phap" in word:
            found.setdefault("scoring", index)
        elif "diem" in word and ("toi da" in word or "chuan" in word or word == "diem"):
            found.setdefault("points", index)
        elif "tieu chi" in word or "noi dung" in word:
            found.setdefault("title", index)
        elif word in ("tt", "stt", "so tt", "so thu tu"):
            found.setdefault("number", index)
    return found if {"title", "points"} <= set(found) else None


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ".").strip()) if text.strip() else None
    except InvalidOperation:
        return None


def read_criteria(name: str, data: bytes) -> list[ImportedRow]:
    """The criteria of the first criteria table of a DOCX or XLSX file. ValidationError (in Vietnamese) when the
    file is not a real DOCX/XLSX or holds no such table."""
    kind = files.kind_of(name)
    if kind not in (files.DOCX, files.XLSX):
        raise ValidationError(_("Send the decision's table as a DOCX or XLSX file."))
    files.check_file(name, data, kind)
    tables = _cells_docx(data) if kind == files.DOCX else _cells_xlsx(data)
    for table in tables:
        for start, row in enumerate(table[:10]):
            columns = _header(row)
            if columns is not None:
                return _rows(table[start + 1 :], columns)
    raise ValidationError(
        _("No table of criteria and points was found (a header with “Tiêu chí” and “Điểm”).")
    )


def _rows(table: list[list[str]], columns: dict[str, int]) -> list[ImportedRow]:
    def cell(row: list[str], key: str) -> str:
        index = columns.get(key)
        return row[index].strip() if index is not None and index < len(row) else ""

    rows: list[ImportedRow] = []
    last_group = ""
    for raw in table[:MAX_ROWS]:
        title = cell(raw, "title")
        number = cell(raw, "number").rstrip(".")
        if not title or fold(title).startswith("tong"):
            continue  # empty rows and the "Tổng cộng" line
        folded = fold(title)
        kind = (
            "bonus"
            if folded.startswith("diem thuong")
            else "penalty"
            if folded.startswith("diem tru")
            else "normal"
        )
        row = ImportedRow(
            number=number or str(len(rows) + 1), title=title, max_points=cell(raw, "points"), kind=kind
        )
        row.evidence_required = cell(raw, "evidence")
        how = cell(raw, "scoring")
        measure = MEASURE.search(how)
        if measure:
            row.scoring, row.measure_key, row.multiplier = (
                "measure",
                measure.group(1),
                measure.group(2).replace(",", "."),
            )
        elif fold(how).replace(" ", "") in ("co/khong", "cohoackhong", "dat/khongdat"):
            row.scoring = "yes_no"
        if ROMAN.match(row.number) or kind != "normal":
            parent = ""
            if kind == "normal":
                last_group = row.number
        elif "." in row.number:
            parent = row.number.rsplit(".", 1)[0]
        else:
            parent = last_group
        row.parent_number = parent
        rows.append(row)
    if not rows:
        raise ValidationError(_("The table of criteria has no row."))
    check_rows(rows)
    return rows


KINDS = ("normal", "bonus", "penalty")
SCORINGS = ("range", "yes_no", "measure")


def check_rows(rows: list[ImportedRow]) -> list[ImportedRow]:
    """Set each row's `problem` (in Vietnamese; "" when none) from the whole table: a number, a content and
    maximum points above 0 are required, numbers are unique, a parent is a row above it of the same kind, a
    figure is named when scored from one, and sub-criteria never add up to more than their parent's points.
    The review screen shows the problems; `actions.sets.import_set` refuses while one is left."""
    seen: dict[str, ImportedRow] = {}
    sums: dict[str, Decimal] = {}
    for row in rows:
        points = _decimal(row.max_points)
        problem = ""
        if not row.number.strip():
            problem = _("no number")
        elif row.number in seen:
            problem = _("the number %(number)s is used twice") % {"number": row.number}
        elif not row.title.strip():
            problem = _("no content")
        elif points is None:
            problem = _("no maximum points")
        elif points <= 0 or points >= POINTS_BELOW:
            problem = _("the maximum points must be more than 0")
        elif row.kind not in KINDS or row.scoring not in SCORINGS:
            problem = _("an unknown kind or way of scoring")
        elif row.scoring == "measure" and not row.measure_key.strip():
            problem = _("scored from a figure, but no figure is named")
        elif row.scoring == "measure" and row.multiplier and _decimal(row.multiplier) is None:
            problem = _("the multiplier is not a number")
        elif row.parent_number == row.number:
            problem = _("it cannot be placed under itself")
        elif row.parent_number and row.parent_number not in seen:
            in_table = any(r.number == row.parent_number for r in rows)
            problem = (
                _("its parent %(number)s comes after it in the table")
                if in_table
                else _("its parent %(number)s is not in the table")
            ) % {"number": row.parent_number}
        elif row.parent_number and seen[row.parent_number].kind != row.kind:
            problem = _("it is not of the same kind as its parent %(number)s") % {"number": row.parent_number}
        row.problem = problem
        if row.number.strip() and row.number not in seen:
            seen[row.number] = row
        if row.parent_number and points is not None:
            sums[row.parent_number] = sums.get(row.parent_number, Decimal(0)) + points
    for number, total in sums.items():
        parent = seen.get(number)
        limit = _decimal(parent.max_points) if parent is not None else None
        if parent is not None and not parent.problem and limit is not None and total > limit:
            parent.problem = _("its sub-criteria add up to %(total)s, more than its maximum points") % {
                "total": format(total.normalize(), "f")
            }
    return rows


def correct_row(rows: list[ImportedRow], index: int, values: dict[str, str]) -> list[ImportedRow]:
    """The table after the coordinator corrected row `index` on the review screen (number, parent, content,
    points, kind, scoring, figure, evidence): rows under it follow a new number; every row's problem is read
    again. Nothing is written to the database."""
    row = rows[index]
    old_number = row.number
    for name in (
        "number",
        "parent_number",
        "title",
        "max_points",
        "kind",
        "scoring",
        "measure_key",
        "multiplier",
        "evidence_required",
    ):
        if name in values:
            setattr(row, name, (values[name] or "").strip())
    if row.scoring != "measure":
        row.measure_key, row.multiplier = "", ""
    if row.number != old_number and old_number:
        for other in rows:
            if other is not row and other.parent_number == old_number:
                other.parent_number = row.number
    return check_rows(rows)


def rows_from_session(data: list[dict[str, Any]]) -> list[ImportedRow]:
    """The rows kept in the session (`ImportedRow.as_dict`) back as rows."""
    return [
        ImportedRow(**{k: v for k, v in d.items() if k in ImportedRow.__dataclass_fields__}) for d in data
    ]
