"""Writes of calendar feeds: create a secret feed address, revoke it."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from danvan.accounts.models import User
from danvan.core.actions import record_event
from danvan.organizations.models import Organization
from danvan.reporting import permissions
from danvan.reporting.models import CalendarFeed


def create_feed(
    *, actor: User, organization: Organization | None = None, request: HttpRequest | None = None
) -> CalendarFeed:
    """A new feed of the actor's deadlines, or of an organisation in their scope; records an audit event."""
    if not permissions.can_create_feed(actor, organization):
        raise PermissionDenied
    with transaction.atomic():
        feed = CalendarFeed.objects.create(user=actor, organization=organization)
        record_event(
            actor=actor,
            action="calendar.feed_created",
            target=feed,
            request=request,
            details={"calendar_feed": feed.pk, "organization": organization.pk if organization else None},
        )
    return feed


def revoke_feed(*, actor: User, feed: CalendarFeed, request: HttpRequest | None = None) -> CalendarFeed:
    """Stop a feed: its address answers 404 from now on (kept in the list); records an audit event."""
    if not permissions.can_revoke_feed(actor, feed):
        raise PermissionDenied
    with transaction.atomic():
        if feed.revoked_at is None:
            feed.revoked_at = timezone.now()
            feed.save(update_fields=["revoked_at"])
            record_event(
                actor=actor,
                action="calendar.feed_revoked",
                target=feed,
                request=request,
                details={"calendar_feed": feed.pk},
            )
    return feed
