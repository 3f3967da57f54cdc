"""Vietnamese calendar dates as printed ("06/8/2025", "14-10-1999", "ngày 26 tháng 11 năm 2021")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

# "06/8/2025", "6-8-2025", "06.8.2025" (day first, as in all Vietnamese documents).
NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?((?:19|20)\d{2})(?!\d)")
# "ngày 26 tháng 11 năm 2021" (each part may be blank in drafts: "ngày    tháng 11 năm 2025").
WORDED_DATE = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
DATE = re.compile(f"{NUMERIC_DATE.pattern}|{WORDED_DATE.pattern}", re.IGNORECASE)
# "01/6", "05/12" without a year.
DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")


def iso(year: int, month: int, day: int) -> str | None:
    """Return the ISO date, or None when the parts do not form a real date."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def month_end(year: int, month: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    return iso(year, month, calendar.monthrange(year, month)[1])


def month_start(year: int, month: int) -> str | None:
    return iso(year, month, 1)


def date_from_match(match: re.Match[str]) -> str | None:
    groups = match.groups()
    if groups[0] is not None:
        return iso(int(groups[2]), int(groups[1]), int(groups[0]))
    return iso(int(groups[5]), int(groups[4]), int(groups[3]))
