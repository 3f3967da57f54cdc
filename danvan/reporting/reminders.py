"""Reporting's deadlines, registered with the deadline engine (`danvan.core.deadlines`): tasks and reports.

- Task deadlines (source `task`): tasks of issued plans with a due date, not recurring. Responsible: the
  officers of every organisation assigned to the task (lead or coordinating) and every person named on it;
  escalated to: the leaders of the lead organisations (or of the plan's owner when only people lead it).
  Organisations that reported the task done (on the task itself or on their plan's task implementing it) are
  left out.
- Report due dates (source `report`): open reporting periods. Responsible: the officers of every organisation
  that must report in the period (`queries.reports.expected_organization_ids`, the one rule) and has not
  submitted; escalated to: its leaders.

When and how often is the engine's business (working days before, on the day, escalation after); sending is
`danvan.core.reminders`. Each source also renders its messages (templates `reporting/email/*.txt`) and lists its
deadlines for calendar feeds.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection

from django.conf import settings
from django.db.models import Q, QuerySet
from django.urls import NoReverseMatch
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import deadlines
from danvan.core.dateformat import short_date
from danvan.core.deadlines import CalendarEntry, Deadline, Due, Message, Stage
from danvan.core.models import Reminder
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import active_memberships, people_by_organization
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting.models import Report, ReportingPeriod, TaskProgress
from danvan.reporting.queries.reports import expected_organization_ids

# Who hears about a deadline, and who hears when it has passed.
OFFICER_ROLES = (Membership.Role.AGENCY_OFFICER, Membership.Role.UNIT_OFFICER)
LEADER_ROLES = (Membership.Role.LEADER,)
# A report in one of these states has reached the coordinator; the others still owe it.
SUBMITTED_STATES = (Report.State.SUBMITTED, Report.State.ACCEPTED)
# A feed is read by calendar programs every few hours; it never needs more than this per source.
MAX_EVENTS = 2000

TASK = "task"
REPORT = "report"


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


def _open_tasks(tasks: QuerySet[Task]) -> QuerySet[Task]:
    """Tasks with a deadline: of issued plans, not headings, dated, not recurring ("Thường xuyên")."""
    return tasks.filter(plan__status=Plan.Status.ISSUED, is_heading=False, due__isnull=False).exclude(
        timeframe_kind=Task.TimeframeKind.CONTINUOUS
    )


# --- tasks ----------------------------------------------------------------------------------------------------


class TaskDeadlines:
    """Task deadlines (source `task`)."""

    name = TASK

    def deadlines(self, dates: Collection[datetime.date], *, on: datetime.date) -> list[Deadline]:
        """Open task deadlines on `dates` (six queries)."""
        tasks = list(
            _open_tasks(Task.objects.filter(due__in=list(dates))).values_list("pk", "due", "plan__owner_id")
        )
        if not tasks:
            return []
        task_ids = [pk for pk, _due, _owner in tasks]
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

        org_ids = {org for _task, _role, org, _person in assignments if org is not None}
        owner_ids = {owner for _pk, _due, owner in tasks}
        officers = people_by_organization(org_ids, OFFICER_ROLES)
        leaders = people_by_organization(org_ids | owner_ids, LEADER_ROLES)
        by_task: dict[int, list[tuple[str, int | None, int | None]]] = defaultdict(list)
        for task_id, role, org_id, person_id in assignments:
            by_task[task_id].append((role, org_id, person_id))

        result = []
        for task_id, due, owner_id in tasks:
            assert due is not None  # filtered above
            responsible: set[int] = set()
            for _role, assigned_org, named in by_task[task_id]:
                if assigned_org is not None and (task_id, assigned_org) not in done:
                    responsible |= officers[assigned_org]
                if named is not None and task_id not in done_tasks:
                    responsible.add(named)
            escalate: set[int] = set()
            lead_orgs = {
                org for role, org, _person in by_task[task_id] if role == Assignment.Role.LEAD and org
            }
            for org in lead_orgs:
                if (task_id, org) not in done:
                    escalate |= leaders[org]
            led_by_people = any(
                role == Assignment.Role.LEAD and person for role, _org, person in by_task[task_id]
            )
            if not lead_orgs and led_by_people and task_id not in done_tasks:
                escalate |= leaders[owner_id]
            result.append(Deadline(TASK, task_key(task_id), due, frozenset(responsible), frozenset(escalate)))
        return result

    def message(self, reminder: Reminder, *, stage: Stage, on: datetime.date) -> Message | None:
        task_id = parse_task_key(reminder.subject_key)
        task = (
            Task.objects.select_related("plan").filter(pk=task_id, due__isnull=False).first()
            if task_id is not None
            else None
        )
        if task is None or task.due is None:
            return None
        label = f"{task.number} {task.content}".strip()
        short = label if len(label) <= 120 else label[:119] + "…"
        wording = {
            Stage.DUE_SOON: (
                _("Reminder: task %(task)s is due in %(days)s days (%(date)s)"),
                _("Task %(task)s is due in %(days)s days, on %(date)s."),
            ),
            Stage.DUE_TODAY: (
                _("Reminder: task %(task)s is due today (%(date)s)"),
                _("Task %(task)s is due today, %(date)s."),
            ),
            Stage.OVERDUE: (
                _("Overdue: task %(task)s was due on %(date)s and is not done"),
                _("Task %(task)s was due on %(date)s and is not done."),
            ),
        }
        return deadlines.compose_message(
            reminder,
            stage=stage,
            on=on,
            due=task.due,
            wording=wording,
            values={"task": short},
            template="reporting/email/task_reminder.txt",
            context={"task": task},
            url=task.get_absolute_url(),
        )

    def calendar_entries(self, *, user: User, organization: Organization | None) -> list[CalendarEntry]:
        """An organisation's feed: tasks assigned to it and tasks of its own plans; a person's: tasks named to
        them and tasks assigned to their organisations."""
        if organization is not None:
            tasks = Task.objects.filter(
                Q(assignments__organization=organization) | Q(plan__owner=organization)
            )
        else:
            own = [m.organization_id for m in active_memberships(user)]
            tasks = Task.objects.filter(Q(assignments__person=user) | Q(assignments__organization__in=own))
        rows = (
            _open_tasks(tasks)
            .select_related("plan", "plan__owner")
            .distinct()
            .order_by("due", "plan_id", "position")[:MAX_EVENTS]
        )
        events = []
        for task in rows:
            assert task.due is not None
            label = f"{task.number} {task.content}".strip()
            short = label if len(label) <= 100 else label[:99] + "…"
            events.append(
                CalendarEntry(
                    uid=f"task-{task.pk}@{settings.SITE_NAME}",
                    day=task.due,
                    summary=_("Deadline: task %(task)s") % {"task": short},
                    description="\n".join(
                        part
                        for part in (
                            label,
                            _("Plan: %(plan)s") % {"plan": task.plan.title},
                            _("Organisation: %(organization)s") % {"organization": task.plan.owner.name},
                            _("Timeframe as written: %(timeframe)s") % {"timeframe": task.timeframe_raw}
                            if task.timeframe_raw
                            else "",
                        )
                        if part
                    ),
                    url=task.get_absolute_url(),
                )
            )
        return events


# --- reports --------------------------------------------------------------------------------------------------


class ReportDeadlines:
    """Report due dates of open reporting periods (source `report`)."""

    name = REPORT

    def deadlines(self, dates: Collection[datetime.date], *, on: datetime.date) -> list[Deadline]:
        """One deadline per period and organisation that still owes its report (seven queries)."""
        periods = list(
            ReportingPeriod.objects.filter(due__in=list(dates), state=ReportingPeriod.State.OPEN).only(
                "pk", "catalog_id", "due"
            )
        )
        if not periods:
            return []
        expected = expected_organization_ids(periods)
        submitted = set(
            Report.objects.filter(
                period_id__in=[p.pk for p in periods], state__in=SUBMITTED_STATES
            ).values_list("period_id", "organization_id")
        )
        all_orgs = {org for orgs in expected.values() for org in orgs}
        officers = people_by_organization(all_orgs, OFFICER_ROLES)
        leaders = people_by_organization(all_orgs, LEADER_ROLES)
        return [
            Deadline(
                REPORT,
                report_key(period.pk, org_id),
                period.due,
                frozenset(officers[org_id]),
                frozenset(leaders[org_id]),
            )
            for period in periods
            for org_id in sorted(expected[period.pk])
            if (period.pk, org_id) not in submitted
        ]

    def message(self, reminder: Reminder, *, stage: Stage, on: datetime.date) -> Message | None:
        keys = parse_report_key(reminder.subject_key)
        if keys is None:
            return None
        period = ReportingPeriod.objects.filter(pk=keys[0]).first()
        organization = Organization.objects.filter(pk=keys[1]).first()
        if period is None or organization is None:
            return None
        try:
            url = period.get_absolute_url()
        except NoReverseMatch:  # the period pages belong to another area of the app
            url = ""
        wording = {
            Stage.DUE_SOON: (
                _("Reminder: the report “%(period)s” of %(organization)s is due in %(days)s days (%(date)s)"),
                _("The report “%(period)s” of %(organization)s is due in %(days)s days, on %(date)s."),
            ),
            Stage.DUE_TODAY: (
                _("Reminder: the report “%(period)s” of %(organization)s is due today (%(date)s)"),
                _("The report “%(period)s” of %(organization)s is due today, %(date)s."),
            ),
            Stage.OVERDUE: (
                _("Overdue: %(organization)s has not submitted the report “%(period)s” due on %(date)s"),
                _("%(organization)s has not submitted the report “%(period)s” due on %(date)s."),
            ),
        }
        return deadlines.compose_message(
            reminder,
            stage=stage,
            on=on,
            due=period.due,
            wording=wording,
            values={"period": period.name, "organization": organization.name},
            template="reporting/email/report_reminder.txt",
            context={"period": period, "organization": organization},
            url=url,
        )

    def calendar_entries(self, *, user: User, organization: Organization | None) -> list[CalendarEntry]:
        """Due dates of the periods in which the organisation (or one of the person's) must report."""
        if organization is not None:
            organizations = [organization]
        else:
            organizations = list(
                {m.organization_id: m.organization for m in active_memberships(user)}.values()
            )
        if not organizations:
            return []
        by_pk = {o.pk: o for o in organizations}
        related = (
            Q(catalog__tasks__assignments__organization_id__in=list(by_pk))
            | Q(catalog__children__owner_id__in=list(by_pk))
            | Q(reports__organization_id__in=list(by_pk))
        )
        periods = list(ReportingPeriod.objects.filter(related).distinct().order_by("due", "pk")[:MAX_EVENTS])
        expected = expected_organization_ids(periods)
        events = []
        for period in periods:
            for org_id in sorted(expected[period.pk] & set(by_pk)):
                events.append(
                    CalendarEntry(
                        uid=f"period-{period.pk}-org-{org_id}@{settings.SITE_NAME}",
                        day=period.due,
                        summary=_("Report due: %(period)s — %(organization)s")
                        % {"period": period.name, "organization": by_pk[org_id].name},
                        description=_("Data up to %(cutoff)s.") % {"cutoff": short_date(period.cutoff)},
                        url="",
                    )
                )
        return events


TASKS = TaskDeadlines()
REPORTS = ReportDeadlines()


def register() -> None:
    """Register reporting's two sources with the engine (from `ReportingConfig.ready`)."""
    deadlines.register(TASKS)
    deadlines.register(REPORTS)


def task_reminders(on: datetime.date) -> list[Due]:
    """The task reminders of the day `on` (the engine's selection for this source)."""
    return deadlines.reminders_for(TASKS, on)


def report_reminders(on: datetime.date) -> list[Due]:
    """The report reminders of the day `on`."""
    return deadlines.reminders_for(REPORTS, on)
