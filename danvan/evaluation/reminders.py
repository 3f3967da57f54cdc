"""Evaluation's deadlines, registered with the deadline engine (`danvan.core.deadlines`): source `evaluation`,
the self-scoring due date of each open round for every agency whose sheet has not been sent. Responsible: the
agency's officers; escalated to: its leaders. A sheet approved, sent or appraised has met the deadline."""

from __future__ import annotations

import datetime
from collections.abc import Collection

from django.conf import settings
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import deadlines
from danvan.core.deadlines import CalendarEntry, Deadline, Due, Message, Stage
from danvan.core.models import Reminder
from danvan.evaluation.models import Assessment, Round
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import active_memberships, people_by_organization

SOURCE = "evaluation"
OFFICER_ROLES = (Membership.Role.AGENCY_OFFICER,)
LEADER_ROLES = (Membership.Role.LEADER,)
PENDING = (Assessment.State.DRAFT, Assessment.State.RETURNED)


class SelfScoringDeadlines:
    """Self-scoring due dates of open rounds (source `evaluation`)."""

    name = SOURCE

    def deadlines(self, dates: Collection[datetime.date], *, on: datetime.date) -> list[Deadline]:
        """One deadline per sheet not yet sent whose round is due on one of `dates` (three queries)."""
        sheets = list(
            Assessment.objects.filter(
                round__state=Round.State.OPEN, round__self_due__in=list(dates), state__in=PENDING
            ).select_related("round")
        )
        org_ids = {s.organization_id for s in sheets}
        officers = people_by_organization(org_ids, OFFICER_ROLES)
        leaders = people_by_organization(org_ids, LEADER_ROLES)
        return [
            Deadline(
                SOURCE,
                f"assessment:{s.pk}",
                s.round.self_due,
                frozenset(officers[s.organization_id]),
                frozenset(leaders[s.organization_id]),
            )
            for s in sheets
        ]

    def message(self, reminder: Reminder, *, stage: Stage, on: datetime.date) -> Message | None:
        _prefix, _sep, pk = reminder.subject_key.partition(":")
        sheet = (
            Assessment.objects.filter(pk=int(pk)).select_related("round", "organization").first()
            if pk.isdigit()
            else None
        )
        if sheet is None:
            return None
        due = sheet.round.self_due
        wording = {
            Stage.DUE_SOON: (
                _("Reminder: the self-assessment of %(organization)s is due in %(days)s days (%(date)s)"),
                _(
                    "The self-assessment of %(organization)s for “%(round)s” is due in %(days)s days, "
                    "on %(date)s."
                ),
            ),
            Stage.DUE_TODAY: (
                _("Reminder: the self-assessment of %(organization)s is due today (%(date)s)"),
                _("The self-assessment of %(organization)s for “%(round)s” is due today, %(date)s."),
            ),
            Stage.OVERDUE: (
                _("Overdue: %(organization)s has not sent its self-assessment due on %(date)s"),
                _("%(organization)s has not sent its self-assessment for “%(round)s” due on %(date)s."),
            ),
        }
        return deadlines.compose_message(
            reminder,
            stage=stage,
            on=on,
            due=due,
            wording=wording,
            values={"organization": sheet.organization.name, "round": sheet.round.name},
            template="evaluation/email/self_scoring_reminder.txt",
            context={"round": sheet.round, "organization": sheet.organization},
            url=sheet.get_absolute_url(),
        )

    def calendar_entries(self, *, user: User, organization: Organization | None) -> list[CalendarEntry]:
        """Self-scoring due dates of the open rounds evaluating the organisation (or one of the person's)."""
        ids = (
            [organization.pk]
            if organization is not None
            else [m.organization_id for m in active_memberships(user)]
        )
        sheets = Assessment.objects.filter(
            organization_id__in=ids, round__state=Round.State.OPEN
        ).select_related("round", "organization")
        return [
            CalendarEntry(
                uid=f"assessment-{s.pk}@{settings.SITE_NAME}",
                day=s.round.self_due,
                summary=_("Self-assessment due: %(round)s — %(organization)s")
                % {"round": s.round.name, "organization": s.organization.name},
                description="",
                url="",
            )
            for s in sheets
        ]


SELF_SCORING = SelfScoringDeadlines()


def register() -> None:
    """Register the self-scoring source with the engine (from `EvaluationConfig.ready`)."""
    deadlines.register(SELF_SCORING)


def self_scoring_reminders(on: datetime.date) -> list[Due]:
    """The self-scoring reminders of the day `on`."""
    return deadlines.reminders_for(SELF_SCORING, on)
