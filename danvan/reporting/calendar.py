"""Calendar feeds of deadlines: the reads behind the feed pages and the ICS they serve (icalendar).

A feed lists every kind of deadline registered with the deadline engine (`danvan.core.deadlines`): each source
says what belongs to a person's feed and to an organisation's. Reporting's own: a personal feed holds the
deadlines of the tasks assigned to the person by name or to the organisations they belong to, and the report due
dates of those organisations; an organisation's feed holds the tasks assigned to it or planned in its own plans,
and its report due dates (`danvan.reporting.reminders`). Every event is an all-day event on its due date. A feed answers only while it is
not revoked, its owner is active and the organisation is still in the owner's scope.
"""

from __future__ import annotations

import datetime

import icalendar
from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import deadlines
from danvan.core.deadlines import CalendarEntry
from danvan.organizations.models import Organization
from danvan.organizations.queries import AnyUser, scope_of
from danvan.reporting.models import CalendarFeed


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


def feed_deadlines(feed: CalendarFeed) -> list[CalendarEntry]:
    """Every deadline of a feed, by date, from every source registered with the deadline engine (tasks, reports,
    and those of the other apps); a fixed number of queries per source."""
    with translation.override(settings.LANGUAGE_CODE):
        return deadlines.calendar_entries(user=feed.user, organization=feed.organization)


def feed_name(feed: CalendarFeed) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        owner = feed.organization.name if feed.organization is not None else feed.user.get_full_name()
        return _("Deadlines — %(owner)s") % {"owner": owner}


def build_ics(*, name: str, deadlines: list[CalendarEntry], base_url: str = "") -> bytes:
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
