"""Reading a list of staff who must sign the integrity commitment, typed (one a line) or from an XLSX sheet.

Rows are (full name, position, date signed or None). Problems are collected per line, in Vietnamese, so the
officer sees them all at once and nothing is saved until the list reads cleanly.
"""

from __future__ import annotations

import datetime
import io
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from danvan.core import files
from docparse import fold, normalize

Row = tuple[str, str, datetime.date | None]
DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
MAX_ROWS = 20000


def parse_day(text: str) -> datetime.date | None:
    """ "15/01/2025", "15.01.2025" or "2025-01-15"; None when empty; ValueError when not a date."""
    text = text.strip()
    if not text:
        return None
    match = DMY.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return datetime.date(year, month, day)
    return datetime.date.fromisoformat(text)


def _row(number: int, name: object, position: object, signed: object, problems: list[str]) -> Row | None:
    full_name = normalize(" ".join(str(name or "").split()))
    if not full_name:
        return None
    signed_on: datetime.date | None
    if isinstance(signed, datetime.datetime):
        signed_on = signed.date()
    elif isinstance(signed, datetime.date):
        signed_on = signed
    else:
        try:
            signed_on = parse_day(str(signed or ""))
        except ValueError:
            problems.append(
                _("Line %(line)s: “%(value)s” is not a date (dd/mm/yyyy).")
                % {"line": number, "value": signed}
            )
            return None
    return (full_name[:150], normalize(" ".join(str(position or "").split()))[:150], signed_on)


def _finish(rows: list[Row], problems: list[str]) -> list[Row]:
    if problems:
        raise ValidationError(problems)
    if not rows:
        raise ValidationError(_("The list has no staff in it."))
    if len(rows) > MAX_ROWS:
        raise ValidationError(
            _("The list has more than %(max)s people; enter the counts instead.") % {"max": MAX_ROWS}
        )
    return rows


def parse_lines(text: str) -> list[Row]:
    """ "Nguyễn Văn A | Chuyên viên | 15/01/2025", one person a line (tabs work too)."""
    rows: list[Row] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = [part.strip() for part in re.split(r"\t|\|", line)]
        if not any(parts):
            continue
        parts += ["", ""]
        row = _row(number, parts[0], parts[1], parts[2], problems)
        if row is not None:
            rows.append(row)
    return _finish(rows, problems)


HEADINGS = {"name": ("ho va ten", "ho ten", "ten"), "position": ("chuc vu",), "signed": ("ngay ky",)}


def parse_xlsx(name: str, data: bytes) -> list[Row]:
    """The first sheet: a heading row naming the columns (Họ và tên, Chức vụ, Ngày ký), then one person a row.
    The file is checked first (`core.files.check_file`: a real XLSX, no zip bomb)."""
    import openpyxl

    files.check_file(name, data, files.XLSX)
    sheet = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    rows: list[Row] = []
    problems: list[str] = []
    columns: dict[str, int] = {}
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if not columns:
            folded = [fold(str(v or "")).strip() for v in values]
            for key, names in HEADINGS.items():
                for index, heading in enumerate(folded):
                    if heading in names and key not in columns:
                        columns[key] = index
            if "name" in columns:
                continue
            columns = {}
            if number >= 10:
                break
            continue

        cells = [
            values[i] if i is not None and i < len(values) else None
            for i in (columns.get(k) for k in HEADINGS)
        ]
        row = _row(number, cells[0], cells[1], cells[2], problems)
        if row is not None:
            rows.append(row)
        if len(rows) > MAX_ROWS:
            break
    if not columns:
        raise ValidationError(_("The sheet has no column “Họ và tên”; put the headings in the first row."))
    return _finish(rows, problems)
