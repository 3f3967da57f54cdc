"""Writes of the core app: the audit event every other action records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.http import Http404, HttpRequest
from django.utils import timezone

from danvan.core.models import AuditEvent, Notification
from danvan.core.permissions import can_read_notification

if TYPE_CHECKING:
    from danvan.accounts.models import User


def client_ip(request: HttpRequest | None) -> str | None:
    """The client address as Django sees it (the proxy header is handled by settings)."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record_event(
    *,
    actor: User | None,
    action: str,
    target: models.Model | None = None,
    request: HttpRequest | None = None,
    actor_label: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Store one audit event. Callers run it inside their own transaction."""
    event = AuditEvent(
        actor=actor if actor is not None and actor.pk else None,
        actor_label=actor_label or (actor.get_username() if actor is not None else ""),
        action=action,
        ip_address=client_ip(request),
        details=details or {},
    )
    if target is not None:
        event.target_type = ContentType.objects.get_for_model(target, for_concrete_model=True)
        event.target_id = str(target.pk)
        event.target_label = str(target)[:300]
    event.save()
    return event


def notify(*, recipients: Iterable[User], text: str, url: str = "") -> int:
    """Create one in-app notification per recipient (deduplicated); returns how many were created."""
    unique = {user.pk: user for user in recipients if user.pk}
    Notification.objects.bulk_create(
        Notification(recipient=u, text=text[:500], url=url) for u in unique.values()
    )
    return len(unique)


def mark_notification_read(*, actor: User, notification: Notification) -> Notification:
    """Mark one of the actor's notifications read (a plain row edit of their own inbox: no audit event)."""
    if not can_read_notification(actor, notification):
        raise Http404
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def mark_all_notifications_read(*, actor: User) -> int:
    """Mark every unread notification of the actor read; returns how many changed."""
    with transaction.atomic():
        return Notification.objects.filter(recipient_id=actor.pk, read_at__isnull=True).update(
            read_at=timezone.now()
        )
