"""What is due when: the reminders a day calls for (pure selection, no writes).

A reminder is identified by (kind, subject, recipient, date) — the `Reminder` unique key — and every date in that
key comes from the item's deadline, so computing the same day twice gives the same keys:

- task deadlines (tasks of issued plans with a due date, not recurring): the officers of every organisation
  assigned to the task (lead or coordinating) and every person named on it get "due soon" N days before
  (`REMINDER_DAYS_BEFORE`, default 7 and 3) and "due today" on the day; once the deadline has passed, the
  leaders of the lead organisations (or of the plan's owner when only people lead it) get one escalation.
  Organisations that reported the task done (on the task itself or on their plan's task implementing it) are
  left alone;
- report due dates (open reporting periods): the officers of every organisation that must report in the period
  (`queries.reports.expected_organization_ids`, the one rule) and has not submitted get the same two
  reminders, and its leaders the escalation.

Escalations look back `ESCALATION_WINDOW_DAYS` days, so a missed nightly run is caught up without mailing every
deadline of past years again when the system is first switched on.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q

from danvan.organizations.models import Membership
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting.models import Reminder, Report, ReportingPeriod, TaskProgress
from danvan.reporting.queries.reports import expected_organization_ids

DEFAULT_DAYS_BEFORE = (7, 3)
ESCALATION_WINDOW_DAYS = 7
# Who hears about a deadline, and who hears when it has passed.
OFFICER_ROLES = (Membership.Role.AGENCY_OFFICER, Membership.Role.UNIT_OFFICER)
LEADER_ROLES = (Membership.Role.LEADER,)
# A report in one of these states has reached the coordinator; the others still owe it.
SUBMITTED_STATES = (Report.State.SUBMITTED, Report.State.ACCEPTED)

Kind = Reminder.Kind


@dataclass(frozen=True, order=True)
class Due:
    """One reminder to send: the `Reminder` row's unique key."""

    kind: str
    subject_key: str
    recipient_id: int
    for_date: datetime.date


def days_before() -> list[int]:
    """`REMINDER_DAYS_BEFORE` as positive whole days, largest first ("7,3", [7, 3] or 7 are accepted)."""
    raw: object = getattr(settings, "REMINDER_DAYS_BEFORE", DEFAULT_DAYS_BEFORE)
    if isinstance(raw, str):
        items: Iterable[object] = [part for part in raw.split(",") if part.strip()]
    elif isinstance(raw, int):
        items = [raw]
    elif isinstance(raw, Iterable):
        items = raw
    else:
        raise TypeError(f"REMINDER_DAYS_BEFORE must be a list of days, got {raw!r}")
    days = {int(str(item).strip()) for item in items}
    if any(day <= 0 for day in days):
        raise ValueError(f"REMINDER_DAYS_BEFORE must be positive days, got {raw!r}")
    return sorted(days, reverse=True)


def task_key(task_id: int) -> str:
    return f"task:{task_id}"


def report_key(period_id: int, organization_id: int) -> str:
    return f"period:{period_id}:org:{organization_id}"


def parse_task_key(key: str) -> int | None:
    parts = key.split(":")
    return int(parts[1]) if len(parts) == 2 and parts[0] == "task" else None


def parse_report_key(key: str) -> tuple[int, int] | None:
    parts = key.split(":")
    if len(parts) == 4 and parts[0] == "period" and parts[2] == "org":
        return int(parts[1]), int(parts[3])
    return None


def _kind_for(
    due: datetime.date, on: datetime.date, ahead: Iterable[int], *, soon: str, today: str, overdue: str
) -> str | None:
    if due == on:
        return today
    if due < on:
        return overdue
    return soon if (due - on).days in ahead else None


def _dates_of_interest(on: datetime.date) -> Q:
    """Deadlines that call for something on `on`: N days ahead, today, or passed within the window."""
    ahead = [on + datetime.timedelta(days=n) for n in days_before()]
    window_start = on - datetime.timedelta(days=ESCALATION_WINDOW_DAYS)
    return Q(due__in=[*ahead, on]) | Q(due__gte=window_start, due__lt=on)


def _people_by_organization(org_ids: Iterable[int], roles: Iterable[str]) -> dict[int, set[int]]:
    """Active people holding one of `roles` in each organisation (one query)."""
    people: dict[int, set[int]] = defaultdict(set)
    rows = Membership.objects.filter(
        organization_id__in=set(org_ids), role__in=list(roles), is_active=True, user__is_active=True
    ).values_list("organization_id", "user_id")
    for org_id, user_id in rows:
        people[org_id].add(user_id)
    return people


def task_reminders(on: datetime.date) -> list[Due]:
    """Deadline reminders and escalations of tasks for the day `on`."""
    tasks = list(
        Task.objects.filter(
            _dates_of_interest(on),
            plan__status=Plan.Status.ISSUED,
            is_heading=False,
            due__isnull=False,
        )
        .exclude(timeframe_kind=Task.TimeframeKind.CONTINUOUS)
        .values_list("pk", "due", "plan__owner_id")
    )
    if not tasks:
        return []
    task_ids = [pk for pk, _, _ in tasks]
    assignments = list(
        Assignment.objects.filter(task_id__in=task_ids)
        .filter(Q(organization__isnull=False) | Q(person__isnull=False))
        .values_list("task_id", "role", "organization_id", "person_id")
    )
    # Done by organisation: progress on the task itself, or on the organisation's task implementing it.
    done: set[tuple[int, int]] = set()
    done_tasks: set[int] = set()
    progress_rows = TaskProgress.objects.filter(state=TaskProgress.State.DONE).filter(
        Q(task_id__in=task_ids) | Q(task__source_task_id__in=task_ids)
    )
    for task_id, source_id, org_id, is_lead in progress_rows.values_list(
        "task_id", "task__source_task_id", "organization_id", "is_lead"
    ):
        for tid in (task_id, source_id):
            if tid is not None:
                done.add((tid, org_id))
        if is_lead:
            done_tasks.add(task_id)

    org_ids = {org for _, _, org, _ in assignments if org is not None}
    owner_ids = {owner for _, _, owner in tasks}
    officers = _people_by_organization(org_ids, OFFICER_ROLES)
    leaders = _people_by_organization(org_ids | owner_ids, LEADER_ROLES)

    by_task: dict[int, list[tuple[str, int | None, int | None]]] = defaultdict(list)
    for task_id, role, org_id, person_id in assignments:
        by_task[task_id].append((role, org_id, person_id))

    ahead = set(days_before())
    result: set[Due] = set()
    for task_id, due, owner_id in tasks:
        assert due is not None  # filtered above
        kind = _kind_for(
            due, on, ahead, soon=Kind.TASK_DUE_SOON, today=Kind.TASK_DUE_TODAY, overdue=Kind.TASK_OVERDUE
        )
        if kind is None:
            continue
        # "Due soon" carries the day it is sent, so each of the N-days-before reminders is its own row;
        # "due today" and the escalation carry the deadline itself.
        for_date = on if kind == Kind.TASK_DUE_SOON else due
        recipients: set[int] = set()
        if kind == Kind.TASK_OVERDUE:
            lead_orgs = {org for role, org, _ in by_task[task_id] if role == Assignment.Role.LEAD and org}
            open_leads = {org for org in lead_orgs if (task_id, org) not in done}
            led_by_people = any(
                role == Assignment.Role.LEAD and person for role, _, person in by_task[task_id]
            )
            for org in open_leads:
                recipients |= leaders[org]
            if not lead_orgs and led_by_people and task_id not in done_tasks:
                recipients |= leaders[owner_id]
        else:
            for _, assigned_org, named in by_task[task_id]:
                if assigned_org is not None and (task_id, assigned_org) not in done:
                    recipients |= officers[assigned_org]
                if named is not None and task_id not in done_tasks:
                    recipients.add(named)
        result.update(Due(kind, task_key(task_id), user_id, for_date) for user_id in recipients)
    return sorted(result)


def report_reminders(on: datetime.date) -> list[Due]:
    """Report-due reminders and escalations of open periods for the day `on`."""
    periods = list(
        ReportingPeriod.objects.filter(_dates_of_interest(on), state=ReportingPeriod.State.OPEN).only(
            "pk", "catalog_id", "due"
        )
    )
    if not periods:
        return []
    expected = expected_organization_ids(periods)
    submitted = set(
        Report.objects.filter(period_id__in=[p.pk for p in periods], state__in=SUBMITTED_STATES).values_list(
            "period_id", "organization_id"
        )
    )
    all_orgs = {org for orgs in expected.values() for org in orgs}
    officers = _people_by_organization(all_orgs, OFFICER_ROLES)
    leaders = _people_by_organization(all_orgs, LEADER_ROLES)
    ahead = set(days_before())
    result: set[Due] = set()
    for period in periods:
        period_id, due = period.pk, period.due
        kind = _kind_for(
            due,
            on,
            ahead,
            soon=Kind.REPORT_DUE_SOON,
            today=Kind.REPORT_DUE_TODAY,
            overdue=Kind.REPORT_OVERDUE,
        )
        if kind is None:
            continue
        for_date = on if kind == Kind.REPORT_DUE_SOON else due
        people = leaders if kind == Kind.REPORT_OVERDUE else officers
        for org_id in expected[period_id]:
            if (period_id, org_id) in submitted:
                continue
            result.update(
                Due(kind, report_key(period_id, org_id), user_id, for_date) for user_id in people[org_id]
            )
    return sorted(result)


def reminders_due(on: datetime.date) -> list[Due]:
    """Every reminder the day `on` calls for, tasks then reports (a fixed number of queries)."""
    return [*task_reminders(on), *report_reminders(on)]
