"""XLSX catalog tables through openpyxl: every sheet is a table; the header row is found by its words."""

from __future__ import annotations

import io
from datetime import date, datetime

from docparse.blocks import Block, Source, Table
from docparse.errors import ParseError
from docparse.readers.archive import open_checked
from docparse.tables import header_columns

MAX_ROWS = 20000
MAX_COLUMNS = 60


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(data: bytes) -> Source:
    open_checked(data, "[Content_Types].xml", "XLSX")
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:
        raise ParseError(
            "Tệp XLSX bị hỏng, không đọc được.", "The XLSX file is damaged and cannot be read."
        ) from error
    blocks: list[Block] = []
    try:
        for sheet in workbook.worksheets:
            rows: list[list[str]] = []
            for index, row in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)):
                if index >= MAX_ROWS:
                    break
                cells = [" ".join(_cell(v).split()) for v in row]
                if any(cells):
                    rows.append(cells)
            header_at = next((i for i, r in enumerate(rows) if header_columns(r)), None)
            if header_at is None:
                blocks.extend(" ".join(c for c in r if c) for r in rows)
                continue
            blocks.extend(" ".join(c for c in r if c) for r in rows[:header_at])
            blocks.append(Table(rows[header_at:]))
    finally:
        workbook.close()
    return Source(blocks=blocks, hard_wrapped=False)
