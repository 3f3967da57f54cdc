"""Feedback deadlines registered with the deadline engine (`danvan.core.deadlines`), source `feedback`.

An open item falls due on the deadline it waits on: to accept it while new (`accept_due`), to answer it
afterwards (`resolve_due`). Responsible: its handler, or the officers of the organisation holding it when no
handler is named; escalated to: the leaders of that organisation. Answered, closed and merged items are left out.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import deadlines
from danvan.core.deadlines import CalendarEntry, Deadline, Message, Stage
from danvan.core.models import Reminder
from danvan.feedback.models import OPEN_STATES, Feedback, State
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import active_memberships, people_by_organization

SOURCE = "feedback"
OFFICER_ROLES = (Membership.Role.AGENCY_OFFICER, Membership.Role.UNIT_OFFICER)
MAX_EVENTS = 2000


def feedback_key(pk: int) -> str:
    return f"feedback:{pk}"


def parse_feedback_key(key: str) -> int | None:
    kind, _sep, pk = key.partition(":")
    return int(pk) if kind == "feedback" and pk.isdigit() else None


def _due_on(dates: Collection[datetime.date]) -> Q:
    days = list(dates)
    return Q(state=State.NEW, accept_due__in=days) | Q(
        state__in=[State.ACCEPTED, State.IN_PROGRESS], resolve_due__in=days
    )


class FeedbackDeadlines:
    """Deadlines of open feedback items (source `feedback`)."""

    name = SOURCE

    def deadlines(self, dates: Collection[datetime.date], *, on: datetime.date) -> list[Deadline]:
        """Open items due on `dates` (three queries)."""
        items = list(
            Feedback.objects.filter(_due_on(dates), merged_into__isnull=True).only(
                "pk", "state", "accept_due", "resolve_due", "organization_id", "handler_id"
            )
        )
        if not items:
            return []
        org_ids = {item.organization_id for item in items}
        officers = people_by_organization(org_ids, OFFICER_ROLES)
        leaders = people_by_organization(org_ids, (Membership.Role.LEADER,))
        result = []
        for item in items:
            due = item.current_due()
            assert due is not None
            responsible = {item.handler_id} if item.handler_id else officers[item.organization_id]
            result.append(
                Deadline(
                    SOURCE,
                    feedback_key(item.pk),
                    due,
                    frozenset(responsible),
                    frozenset(leaders[item.organization_id]),
                )
            )
        return result

    def message(self, reminder: Reminder, *, stage: Stage, on: datetime.date) -> Message | None:
        pk = parse_feedback_key(reminder.subject_key)
        item = Feedback.objects.filter(pk=pk, state__in=OPEN_STATES).first() if pk is not None else None
        due = item.current_due() if item is not None else None
        if item is None or due is None:
            return None
        wording = {
            Stage.DUE_SOON: (
                _("Reminder: feedback %(code)s must be handled within %(days)s days (%(date)s)"),
                _("Feedback %(code)s must be handled by %(date)s."),
            ),
            Stage.DUE_TODAY: (
                _("Reminder: the legal time limit of feedback %(code)s ends today (%(date)s)"),
                _("The legal time limit of feedback %(code)s ends today, %(date)s."),
            ),
            Stage.OVERDUE: (
                _("Overdue: feedback %(code)s passed its legal time limit on %(date)s"),
                _("Feedback %(code)s passed its legal time limit on %(date)s."),
            ),
        }
        return deadlines.compose_message(
            reminder,
            stage=stage,
            on=on,
            due=due,
            wording=wording,
            values={"code": item.code},
            template="feedback/email/reminder.txt",
            context={"item": item},
            url=item.get_absolute_url(),
        )

    def calendar_entries(self, *, user: User, organization: Organization | None) -> list[CalendarEntry]:
        """Open items of the organisation (or of the person's organisations, and those they handle)."""
        if organization is not None:
            items = Feedback.objects.filter(organization=organization)
        else:
            own = [m.organization_id for m in active_memberships(user)]
            items = Feedback.objects.filter(Q(handler=user) | Q(organization_id__in=own))
        rows = items.filter(state__in=OPEN_STATES, merged_into__isnull=True).order_by("resolve_due", "pk")
        entries = []
        for item in rows[:MAX_EVENTS]:
            due = item.current_due()
            if due is None:
                continue
            entries.append(
                CalendarEntry(
                    uid=f"feedback-{item.pk}@{settings.SITE_NAME}",
                    day=due,
                    summary=_("Deadline: feedback %(code)s") % {"code": item.code},
                    description=f"{item.get_kind_display()}: {item.title}",
                    url=item.get_absolute_url(),
                )
            )
        return entries


def register() -> None:
    deadlines.register(FeedbackDeadlines())
