"""Calendar feeds of deadlines: the reads behind the feed pages and the ICS they serve (icalendar).

A personal feed holds the deadlines of the tasks assigned to the person by name or to the organisations they
belong to, and the report due dates of those organisations; an organisation's feed holds the tasks assigned to
it or planned in its own plans, and its report due dates. Tasks are those of issued plans with a due date
(recurring tasks have none); every event is an all-day event on its due date. A feed answers only while it is
not revoked, its owner is active and the organisation is still in the owner's scope.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import icalendar
from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.organizations.models import Organization
from danvan.organizations.queries import AnyUser, active_memberships, scope_of
from danvan.plans.models import Plan, Task
from danvan.reporting.models import CalendarFeed, ReportingPeriod
from danvan.reporting.queries.reports import expected_organization_ids

# A feed is read by calendar programs every few hours; it never needs more than this.
MAX_EVENTS = 2000


@dataclass(frozen=True)
class Deadline:
    """One all-day event of a feed."""

    uid: str
    day: datetime.date
    summary: str
    description: str
    url: str


def feeds_of(user: AnyUser) -> list[CalendarFeed]:
    """The person's own feeds, active first, with their organisations."""
    if not isinstance(user, User):
        return []
    return list(
        CalendarFeed.objects.filter(user=user)
        .select_related("organization")
        .order_by("revoked_at", "-created_at")
    )


def get_feed_for_user(user: AnyUser, pk: int) -> CalendarFeed:
    """One of the person's own feeds; 404 for anyone else's."""
    if not isinstance(user, User):
        raise Http404
    try:
        return CalendarFeed.objects.select_related("organization").get(pk=pk, user=user)
    except CalendarFeed.DoesNotExist:
        raise Http404 from None


def feed_for_token(token: str) -> CalendarFeed:
    """The active feed with this secret; 404 when unknown, revoked, or no longer allowed for its owner."""
    try:
        feed = CalendarFeed.objects.select_related("user", "organization").get(
            token=token, revoked_at__isnull=True, user__is_active=True
        )
    except CalendarFeed.DoesNotExist:
        raise Http404 from None
    if feed.organization is not None and not scope_of(feed.user).covers(feed.organization):
        raise Http404
    return feed


def feed_organizations(user: AnyUser) -> QuerySet[Organization]:
    """Organisations the person may make a feed for: those in their scope."""
    return Organization.objects.filter(scope_of(user).q()).order_by("path")


def _task_deadlines(tasks: QuerySet[Task]) -> list[Deadline]:
    rows = (
        tasks.filter(plan__status=Plan.Status.ISSUED, is_heading=False, due__isnull=False)
        .exclude(timeframe_kind=Task.TimeframeKind.CONTINUOUS)
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
            Deadline(
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


def _report_deadlines(organizations: list[Organization]) -> list[Deadline]:
    """Due dates of the periods in which one of the organisations must report (`expected_organization_ids`)."""
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
            organization = by_pk[org_id]
            events.append(
                Deadline(
                    uid=f"period-{period.pk}-org-{org_id}@{settings.SITE_NAME}",
                    day=period.due,
                    summary=_("Report due: %(period)s — %(organization)s")
                    % {"period": period.name, "organization": organization.name},
                    description=_("Data up to %(cutoff)s.") % {"cutoff": f"{period.cutoff:%d/%m/%Y}"},
                    url="",
                )
            )
    return events


def feed_deadlines(feed: CalendarFeed) -> list[Deadline]:
    """Every deadline of a feed, by date (a fixed number of queries)."""
    with translation.override(settings.LANGUAGE_CODE):
        if feed.organization is not None:
            organizations = [feed.organization]
            tasks = Task.objects.filter(
                Q(assignments__organization=feed.organization) | Q(plan__owner=feed.organization)
            )
        else:
            user: User = feed.user
            organizations = [m.organization for m in active_memberships(user)]
            tasks = Task.objects.filter(
                Q(assignments__person=user) | Q(assignments__organization__in=[o.pk for o in organizations])
            )
        events = _task_deadlines(tasks) + _report_deadlines(list({o.pk: o for o in organizations}.values()))
    return sorted(events, key=lambda e: (e.day, e.uid))


def feed_name(feed: CalendarFeed) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        owner = feed.organization.name if feed.organization is not None else feed.user.get_full_name()
        return _("Deadlines — %(owner)s") % {"owner": owner}


def build_ics(*, name: str, deadlines: list[Deadline], base_url: str = "") -> bytes:
    """An iCalendar (RFC 5545) file of all-day events."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{settings.SITE_NAME}//deadlines//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    for deadline in deadlines:
        event = icalendar.Event()
        event.add("uid", deadline.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.day)
        event.add("dtend", deadline.day + datetime.timedelta(days=1))
        event.add("summary", deadline.summary)
        event.add("transp", "TRANSPARENT")
        if deadline.description:
            event.add("description", deadline.description)
        if deadline.url and base_url:
            event.add("url", base_url.rstrip("/") + deadline.url)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
