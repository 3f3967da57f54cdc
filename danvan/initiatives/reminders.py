"""Registration call deadlines, registered with the deadline engine (`danvan.core.deadlines`), source `campaign`.

One deadline per open call and expected organisation that has registered no model yet. Responsible: the
organisation's officers; escalated to: its leaders. The engine decides when (working days before, on the day,
escalation after); `danvan.core.reminders` sends.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection

from django.conf import settings
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import deadlines
from danvan.core.deadlines import CalendarEntry, Deadline, Message, Stage
from danvan.core.models import Reminder
from danvan.initiatives import queries
from danvan.initiatives.models import Campaign
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import active_memberships, people_by_organization

CAMPAIGN = "campaign"
OFFICER_ROLES = (Membership.Role.AGENCY_OFFICER, Membership.Role.UNIT_OFFICER)
LEADER_ROLES = (Membership.Role.LEADER,)


def campaign_key(campaign_id: int, organization_id: int) -> str:
    return f"campaign:{campaign_id}:org:{organization_id}"


def parse_campaign_key(key: str) -> tuple[int, int] | None:
    parts = key.split(":")
    if len(parts) == 4 and parts[0] == "campaign" and parts[2] == "org":
        return int(parts[1]), int(parts[3])
    return None


class CampaignDeadlines:
    """Registration call deadlines (source `campaign`)."""

    name = CAMPAIGN

    def deadlines(self, dates: Collection[datetime.date], *, on: datetime.date) -> list[Deadline]:
        campaigns = list(
            Campaign.objects.filter(deadline__in=list(dates), state=Campaign.State.OPEN).select_related(
                "organization"
            )
        )
        if not campaigns:
            return []
        missing = queries.missing_organization_ids(campaigns)
        all_orgs = {org for orgs in missing.values() for org in orgs}
        officers = people_by_organization(all_orgs, OFFICER_ROLES)
        leaders = people_by_organization(all_orgs, LEADER_ROLES)
        return [
            Deadline(
                CAMPAIGN,
                campaign_key(c.pk, org_id),
                c.deadline,
                frozenset(officers[org_id]),
                frozenset(leaders[org_id]),
            )
            for c in campaigns
            for org_id in sorted(missing[c.pk])
        ]

    def message(self, reminder: Reminder, *, stage: Stage, on: datetime.date) -> Message | None:
        keys = parse_campaign_key(reminder.subject_key)
        if keys is None:
            return None
        campaign = Campaign.objects.filter(pk=keys[0]).first()
        organization = Organization.objects.filter(pk=keys[1]).first()
        if campaign is None or organization is None:
            return None
        wording = {
            Stage.DUE_SOON: (
                _("Reminder: %(organization)s has %(days)s days left to register its model (%(date)s)"),
                _("%(organization)s has %(days)s days left to register its model for “%(call)s”."),
            ),
            Stage.DUE_TODAY: (
                _("Reminder: %(organization)s must register its model today (%(date)s)"),
                _("%(organization)s must register its model for “%(call)s” today, %(date)s."),
            ),
            Stage.OVERDUE: (
                _("Overdue: %(organization)s has not registered its model, due on %(date)s"),
                _("%(organization)s has not registered its model for “%(call)s”, due on %(date)s."),
            ),
        }
        return deadlines.compose_message(
            reminder,
            stage=stage,
            on=on,
            due=campaign.deadline,
            wording=wording,
            values={"organization": organization.name, "call": campaign.title},
            template="initiatives/email/campaign_reminder.txt",
            context={"campaign": campaign, "organization": organization},
            url=campaign.get_absolute_url(),
        )

    def calendar_entries(self, *, user: User, organization: Organization | None) -> list[CalendarEntry]:
        """Deadlines of open calls addressed to the organisation (or one of the person's)."""
        if organization is not None:
            organizations = [organization]
        else:
            organizations = [m.organization for m in active_memberships(user)]
        parents = {o.parent_id for o in organizations if o.parent_id}
        campaigns = Campaign.objects.filter(organization_id__in=parents, state=Campaign.State.OPEN).order_by(
            "deadline", "pk"
        )
        return [
            CalendarEntry(
                uid=f"campaign-{c.pk}@{settings.SITE_NAME}",
                day=c.deadline,
                summary=_("Model registration due: %(call)s") % {"call": c.title},
                description=c.note,
                url=c.get_absolute_url(),
            )
            for c in campaigns[:500]
        ]


CAMPAIGNS = CampaignDeadlines()


def register() -> None:
    """Register the source with the engine (from `InitiativesConfig.ready`)."""
    deadlines.register(CAMPAIGNS)
