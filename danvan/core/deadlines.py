"""The deadline engine: what falls due, for whom, and which reminders a day calls for (reads only).

Any app registers a *source* of deadlines (`register`, from its `AppConfig.ready`): reporting registers task
deadlines and report due dates; feedback, evaluation and initiatives register theirs the same way. A source
answers three questions:

- `deadlines(dates, on=...)`: its open deadlines falling on any of `dates`, each with who is responsible (reminded
  before and on the day) and who is escalated to (told once the day has passed). Deadlines already met are left
  out; recipients already done are left out of the sets;
- `message(reminder, on=...)`: the e-mail and the in-app notice of one of its reminder rows, in Vietnamese;
- `calendar_entries(user=..., organization=...)`: its deadlines for a person's or an organisation's calendar feed.

The engine asks each source once a day for the dates that matter and turns the answer into reminder keys
(`Due`: kind, subject, recipient, date — the unique key of `core.Reminder`):

| stage | when | to whom | `for_date` |
|---|---|---|---|
| `due_soon` | `REMINDER_DAYS_BEFORE` working days before the due date (default 7 and 3), on a working day | responsible | the day it is sent |
| `due_today` | on the due date | responsible | the due date |
| `overdue` | the first working day after it (looking back `REMINDER_ESCALATION_WINDOW` working days) | escalated to | the due date |

The kind of a row is `<source>_<stage>` ("task_due_soon", "report_overdue", "feedback_due_today"). Every date in
a key comes from the deadline, so computing the same day twice gives the same keys; `core.reminders` inserts and
sends them exactly once. Working days are those of `danvan.core.workdays`. See docs/reminders.md.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from django.conf import settings
from django.template.loader import render_to_string

from danvan.core import workdays
from danvan.core.templatetags.vietnamese import vn_date, vn_date_words

if TYPE_CHECKING:
    from danvan.accounts.models import User
    from danvan.core.models import Reminder
    from danvan.organizations.models import Organization

DEFAULT_DAYS_BEFORE = (7, 3)
DEFAULT_ESCALATION_WINDOW = 7


class Stage(enum.StrEnum):
    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Deadline:
    """Something that falls due: a task deadline, a report due date, a feedback answer limit …"""

    source: str
    subject_key: str  # unique within the source: "task:12", "period:4:org:56"
    due: datetime.date
    responsible: frozenset[int]  # user ids reminded before and on the day
    escalate_to: frozenset[int]  # user ids told once the day has passed


@dataclass(frozen=True, order=True)
class Due:
    """One reminder to send: the `core.Reminder` row's unique key."""

    kind: str
    subject_key: str
    recipient_id: int
    for_date: datetime.date


@dataclass(frozen=True)
class Message:
    """A rendered reminder: the e-mail and the in-app notice."""

    subject: str
    body: str
    notice: str
    url: str


@dataclass(frozen=True)
class CalendarEntry:
    """One all-day event of a calendar feed."""

    uid: str
    day: datetime.date
    summary: str
    description: str
    url: str


class DeadlineSource(Protocol):
    """What an app registers with the engine."""

    name: str  # the prefix of its reminder kinds: letters and digits, no "_"

    def deadlines(self, dates: Collection[datetime.date], *, on: datetime.date) -> Iterable[Deadline]:
        """Open deadlines due on one of `dates`, with their recipients (a fixed number of queries)."""
        ...

    def message(self, reminder: Reminder, *, stage: Stage, on: datetime.date) -> Message | None:
        """The message of one of the source's reminder rows; None when its subject has gone."""
        ...

    def calendar_entries(self, *, user: User, organization: Organization | None) -> list[CalendarEntry]:
        """Deadlines for a calendar feed: the person's own (organization None) or an organisation's."""
        ...


_sources: dict[str, DeadlineSource] = {}


def register(source: DeadlineSource) -> None:
    """Register a source of deadlines (idempotent per name; the latest registration wins)."""
    if not source.name.isalnum():
        raise ValueError(f"a deadline source name is letters and digits, got {source.name!r}")
    _sources[source.name] = source


def unregister(name: str) -> None:
    """Remove a source (tests that register their own)."""
    _sources.pop(name, None)


def sources() -> list[DeadlineSource]:
    """The registered sources, by name."""
    return [_sources[name] for name in sorted(_sources)]


def kind_of(source: str, stage: Stage) -> str:
    return f"{source}_{stage.value}"


def parse_kind(kind: str) -> tuple[DeadlineSource, Stage] | None:
    """The source and stage of a reminder kind; None when the source is no longer registered."""
    name, _, stage = kind.partition("_")
    source = _sources.get(name)
    try:
        return (source, Stage(stage)) if source is not None else None
    except ValueError:
        return None


def _days_setting(name: str, default: Iterable[int]) -> list[int]:
    raw: object = getattr(settings, name, default)
    if isinstance(raw, str):
        items: Iterable[object] = [part for part in raw.split(",") if part.strip()]
    elif isinstance(raw, int):
        items = [raw]
    elif isinstance(raw, Iterable):
        items = raw
    else:
        raise TypeError(f"{name} must be a list of days, got {raw!r}")
    days = {int(str(item).strip()) for item in items}
    if any(day <= 0 for day in days):
        raise ValueError(f"{name} must be positive days, got {raw!r}")
    return sorted(days, reverse=True)


def days_before() -> list[int]:
    """`REMINDER_DAYS_BEFORE` as positive working days, largest first ("7,3", [7, 3] or 7 are accepted)."""
    return _days_setting("REMINDER_DAYS_BEFORE", DEFAULT_DAYS_BEFORE)


def escalation_window() -> int:
    """`REMINDER_ESCALATION_WINDOW`: how many working days back a missed escalation is still sent."""
    return _days_setting("REMINDER_ESCALATION_WINDOW", [DEFAULT_ESCALATION_WINDOW])[0]


@dataclass(frozen=True)
class Schedule:
    """The due dates a day calls for, by stage."""

    soon: frozenset[datetime.date]
    today: datetime.date
    overdue: frozenset[datetime.date]

    @property
    def dates(self) -> frozenset[datetime.date]:
        return self.soon | self.overdue | {self.today}

    def stage_of(self, due: datetime.date) -> Stage | None:
        if due == self.today:
            return Stage.DUE_TODAY
        if due in self.overdue:
            return Stage.OVERDUE
        if due in self.soon:
            return Stage.DUE_SOON
        return None


def _span(start: datetime.date, end: datetime.date) -> set[datetime.date]:
    """Every day from `start` to `end`, both included."""
    return {start + datetime.timedelta(days=n) for n in range((end - start).days + 1)}


def schedule_for(on: datetime.date) -> Schedule:
    """Which due dates get which reminder on the day `on`.

    "N working days before D" is the N-th working day before D, so on a working day `on` the due dates that
    call for it run from the day after the (N−1)-th working day after `on` to the N-th (a Friday reminds of
    the next Saturday, Sunday and Monday for N = 1). Reminders before the day and escalations go out on
    working days only; an escalation missed over a long holiday goes out on the first working day after it.
    """
    if not workdays.is_working_day(on):
        return Schedule(soon=frozenset(), today=on, overdue=frozenset())
    soon: set[datetime.date] = set()
    for n in days_before():
        first = workdays.add_working_days(on, n - 1) + datetime.timedelta(days=1)
        soon |= _span(first, workdays.add_working_days(on, n))
    oldest = workdays.add_working_days(on, -escalation_window())
    overdue = _span(oldest, on - datetime.timedelta(days=1))
    return Schedule(soon=frozenset(soon - {on}), today=on, overdue=frozenset(overdue))


def reminders_for(source: DeadlineSource, on: datetime.date) -> list[Due]:
    """The reminders one source's deadlines call for on the day `on`."""
    plan = schedule_for(on)
    result: set[Due] = set()
    for deadline in source.deadlines(sorted(plan.dates), on=on):
        stage = plan.stage_of(deadline.due)
        if stage is None:
            continue
        # "Due soon" carries the day it is sent, so each of the N-days-before reminders is its own row;
        # "due today" and the escalation carry the deadline itself.
        for_date = on if stage == Stage.DUE_SOON else deadline.due
        people = deadline.escalate_to if stage == Stage.OVERDUE else deadline.responsible
        kind = kind_of(source.name, stage)
        result.update(Due(kind, deadline.subject_key, user_id, for_date) for user_id in people)
    return sorted(result)


def reminders_due(on: datetime.date) -> list[Due]:
    """Every reminder the day `on` calls for, source by source (a fixed number of queries per source)."""
    return [due for source in sources() for due in reminders_for(source, on)]


def calendar_entries(*, user: User, organization: Organization | None) -> list[CalendarEntry]:
    """The deadlines of every source for a calendar feed, by date."""
    entries = [
        entry
        for source in sources()
        for entry in source.calendar_entries(user=user, organization=organization)
    ]
    return sorted(entries, key=lambda e: (e.day, e.uid))


def working_days_left(on: datetime.date, due: datetime.date) -> int:
    """Working days from `on` to `due` (for messages and pages: "còn 3 ngày làm việc")."""
    return workdays.working_days_between(on, due)


def days_until(stage: Stage, due: datetime.date, on: datetime.date) -> int:
    """Calendar days a "due soon" message announces (0 on the day and after it)."""
    return (due - on).days if stage == Stage.DUE_SOON else 0


def absolute_url(path: str) -> str:
    """A link for an e-mail: `SITE_URL` + path (the path alone without the setting; empty stays empty)."""
    base = str(getattr(settings, "SITE_URL", "")).rstrip("/")
    return f"{base}{path}" if path else ""


def compose_message(
    reminder: Reminder,
    *,
    stage: Stage,
    on: datetime.date,
    due: datetime.date,
    wording: Mapping[Stage, tuple[str, str]],
    values: dict[str, object],
    template: str,
    context: dict[str, object],
    url: str,
) -> Message:
    """A source's reminder message. `wording` gives for each stage the translated %-formats of the e-mail
    subject and of the in-app notice; they are filled with `values` plus `days` (working days left, for
    DUE_SOON) and `date` (the due date, dd/mm/yyyy). The e-mail body is `template` rendered with `context` and
    what every reminder shows (`kind`, `recipient`, `days`, `due_words` — "ngày 15 tháng 11 năm 2025" —, the
    absolute `url`, `site_name`)."""
    days = days_until(stage, due, on)
    values = {"days": days, "date": vn_date(due), **values}
    subject, notice = wording[stage]
    body = render_to_string(
        template,
        {
            "kind": reminder.kind,
            "recipient": reminder.recipient,
            "days": days,
            "due_words": vn_date_words(due),
            "url": absolute_url(url),
            "site_name": settings.SITE_NAME,
            **context,
        },
    )
    return Message((subject % values)[:250], body, notice % values, url)
