"""Working days of Vietnamese state bodies and legal time limits counted the Civil Code's way.

A day is a working day when it is Monday to Friday (QĐ 188/1999/QĐ-TTg), not a public holiday, and not a rest day
the Government moved; or when it is a Saturday the Government made a working day in exchange. The holidays of
the Labour Code 2019 (Điều 112: 01/01, Tết Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch, 30/4, 01/5, Quốc khánh 02/9
and one adjacent day) with their lunar dates and the compensation of a holiday falling on a weekend (Điều 111)
come from the `holidays` package; the yearly announcements (swapped days) come from the package where it has them
and from the `CalendarDay` table administrators edit, which wins for its dates.

Counting (Bộ luật Dân sự 2015): a period in days starts the day after the event (Điều 147) and ends at the end of
its last day; when that day is a weekly rest day or a holiday, the period ends at the end of the next working day
(Điều 148). A period in working days counts only working days, starting after the event.

Each year is loaded once (the package and one query) and kept for `CACHE_SECONDS`; saving or deleting a
`CalendarDay` clears the cache of the process that did it. See docs/working-days.md.
"""

from __future__ import annotations

import datetime
import threading
import time
from dataclasses import dataclass

import holidays

from danvan.core.models import CalendarDay, TimeLimit

# Other processes (web workers) see an administrator's edit after at most this long.
CACHE_SECONDS = 300
ONE_DAY = datetime.timedelta(days=1)
# A period longer than this is a typo, not a legal time limit; refusing it avoids an endless loop.
MAX_WORKING_DAYS = 3660


@dataclass(frozen=True)
class Year:
    """One year's rest days (with their names) and the weekend days worked in exchange."""

    rest: dict[datetime.date, str]
    work: frozenset[datetime.date]


_cache: dict[int, tuple[float, Year]] = {}
_lock = threading.Lock()


def _load_year(year: int) -> Year:
    national = holidays.country_holidays("VN", years=year, language="vi")
    rest = {day: str(name) for day, name in national.items() if day.year == year}
    work = {day for day in national.weekend_workdays if day.year == year}
    for day, kind, name in CalendarDay.objects.filter(date__year=year).values_list("date", "kind", "name"):
        if kind == CalendarDay.Kind.REST:
            rest[day] = name
            work.discard(day)
        else:
            work.add(day)
            rest.pop(day, None)
    return Year(rest=rest, work=frozenset(work))


def year_calendar(year: int) -> Year:
    """The rest days and worked weekend days of a year (cached)."""
    now = time.monotonic()
    cached = _cache.get(year)
    if cached is not None and cached[0] > now:
        return cached[1]
    with _lock:
        loaded = _load_year(year)
        _cache[year] = (now + CACHE_SECONDS, loaded)
    return loaded


def clear_cache() -> None:
    """Forget every loaded year (after an edit of the table)."""
    with _lock:
        _cache.clear()


def is_working_day(day: datetime.date) -> bool:
    """State bodies work on this day."""
    year = year_calendar(day.year)
    if day in year.work:
        return True
    return day.weekday() < 5 and day not in year.rest


def rest_day_name(day: datetime.date) -> str | None:
    """The name of the holiday or moved rest day on this date ("Tết Nguyên Đán"), None for other days."""
    return year_calendar(day.year).rest.get(day)


def holidays_of(year: int) -> dict[datetime.date, str]:
    """Every rest day of the year besides ordinary weekends, by date (for the administrators' page)."""
    return dict(sorted(year_calendar(year).rest.items()))


@dataclass(frozen=True)
class YearDay:
    """A day of a year that is not an ordinary weekday or weekend, for the administrators' overview."""

    day: datetime.date
    is_working_day: bool
    name: str
    entry: CalendarDay | None  # the table's row for the date, None when it comes from the package alone


def year_overview(year: int) -> list[YearDay]:
    """Every holiday, moved rest day and worked weekend day of the year, with where it comes from."""
    calendar = year_calendar(year)
    entries = {entry.date: entry for entry in CalendarDay.objects.filter(date__year=year)}
    days = sorted(set(calendar.rest) | calendar.work | set(entries))
    return [
        YearDay(
            day=day,
            is_working_day=is_working_day(day),
            name=calendar.rest.get(day) or (entries[day].name if day in entries else ""),
            entry=entries.get(day),
        )
        for day in days
    ]


def next_working_day(day: datetime.date) -> datetime.date:
    """The day itself when it is a working day, else the first working day after it."""
    for _ in range(MAX_WORKING_DAYS):
        if is_working_day(day):
            return day
        day += ONE_DAY
    raise ValueError(f"no working day within {MAX_WORKING_DAYS} days of {day}")


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The `days`-th working day after `start` (which is not counted); negative counts back before it.

    `add_working_days(d, 0)` is `d` itself. `working_days_between(d, add_working_days(d, n)) == n`.
    """
    if abs(days) > MAX_WORKING_DAYS:
        raise ValueError(f"{days} working days is not a time limit")
    step = ONE_DAY if days >= 0 else -ONE_DAY
    remaining = abs(days)
    day = start
    while remaining:
        day += step
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after `start` up to and including `end` (negative when `end` is before `start`)."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start + ONE_DAY
    while day <= end:
        count += is_working_day(day)
        day += ONE_DAY
    return count


def period_end(event: datetime.date, amount: int, unit: str) -> datetime.date:
    """The last day of a period of `amount` days or working days that an event on `event` starts.

    Days (BLDS Điều 147–148): counting starts the day after the event; a period ending on a weekly rest day or a
    holiday ends on the next working day. Working days: the `amount`-th working day after the event.
    """
    if amount < 0:
        raise ValueError("a period cannot be negative")
    if unit == TimeLimit.Unit.WORKING_DAYS:
        return add_working_days(event, amount)
    if unit == TimeLimit.Unit.DAYS:
        return next_working_day(event + datetime.timedelta(days=amount))
    raise ValueError(f"unknown unit {unit!r}")


class NoTimeLimit(LookupError):
    """No version of the time limit is in force on that day (unknown code, or the law was not yet in force)."""


def time_limit(code: str, *, on: datetime.date) -> TimeLimit:
    """The version of the time limit `code` in force on `on` (the day of the event that starts the period)."""
    found = TimeLimit.objects.filter(code=code, effective_from__lte=on).order_by("-effective_from").first()
    if found is None:
        raise NoTimeLimit(f"no time limit {code!r} in force on {on.isoformat()}")
    return found


@dataclass(frozen=True)
class LegalDeadline:
    """A deadline computed from a time limit: the limit applied and the last day."""

    limit: TimeLimit
    event: datetime.date
    due: datetime.date
    extra: int = 0  # days or working days added by extensions (gia hạn), in the limit's unit


def legal_deadline(code: str, *, event: datetime.date, extra: int = 0) -> LegalDeadline:
    """The deadline of an event under the limit in force on its day; an extension (gia hạn) of `extra` units
    runs from the end of the original period, counted the same way."""
    limit = time_limit(code, on=event)
    due = period_end(event, limit.amount, limit.unit)
    if extra:
        due = period_end(due, extra, limit.unit)
    return LegalDeadline(limit=limit, event=event, due=due, extra=extra)
