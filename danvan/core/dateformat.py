"""Vietnamese administrative dates, written once for documents, pages, e-mails and exports.

- `vietnamese_date`: "ngày 05 tháng 8 năm 2025" (Nghị định 30/2020: day below 10 and months 1–2 zero-padded),
  or the blanks of a draft ("ngày      tháng      năm 2025");
- `short_date`: "05/08/2025", as tables and pages print a date;
- `citation_date`: "05/8/2025", as a citation quotes a document's date ("Quyết định số … ngày 06/8/2025").

Templates use them through the `vietnamese` tag library (`vn_date`, `vn_date_words`).
"""

from __future__ import annotations

import datetime

# The blank a draft leaves for the day and the month until the document is signed.
DATE_BLANK = " " * 5


def vietnamese_date(date: datetime.date | None, *, year: int | None = None) -> str:
    """ "ngày 06 tháng 8 năm 2025": day below 10 and months 1–2 zero-padded (domain-rules §1.3).

    Without a date the blanks of a draft are printed with `year`: "ngày      tháng      năm 2025".
    """
    if date is None:
        if year is None:
            raise ValueError("vietnamese_date needs a date or a year")
        return f"ngày {DATE_BLANK} tháng {DATE_BLANK} năm {year}"
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"ngày {date.day:02d} tháng {month} năm {date.year}"


def short_date(date: datetime.date | None) -> str:
    """ "15/08/2025"; "" without a date (the year always in four digits, "01/01/0001" too)."""
    return f"{date.day:02d}/{date.month:02d}/{date.year:04d}" if date else ""


def citation_date(date: datetime.date) -> str:
    """ "06/8/2025": how a citation quotes a document's date (day zero-padded, month as written)."""
    return f"{date.day:02d}/{date.month}/{date.year}"
