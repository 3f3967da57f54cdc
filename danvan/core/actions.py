"""Writes of the core app: the audit event every other action records, notifications, the holiday table and
the legal time limits."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.http import Http404, HttpRequest
from django.utils import timezone

from danvan.core.models import AuditEvent, CalendarDay, Notification, TimeLimit, WorkerHeartbeat
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


def notify(*, recipients: Iterable[User], text: str, url: str = "", email: bool = False) -> int:
    """Create one in-app notification per recipient (deduplicated); returns how many were created.

    With `email`, each recipient with an address also gets it by e-mail, sent in the background once the
    transaction commits (core.jobs.send_notification_emails).
    """
    unique = {user.pk: user for user in recipients if user.pk}
    created = Notification.objects.bulk_create(
        Notification(recipient=u, text=text[:500], url=url) for u in unique.values()
    )
    if email and created:
        from danvan.core.jobs import send_notification_emails

        ids = [n.pk for n in created]
        transaction.on_commit(lambda: send_notification_emails.enqueue(ids))
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


def save_calendar_day(
    *,
    actor: User | None,
    date: datetime.date,
    kind: str,
    name: str,
    source: str = "",
    request: HttpRequest | None = None,
) -> CalendarDay:
    """Enter (or change) the Government's moved day on `date`: a rest day or a worked Saturday.

    Records a `created`/`updated` audit event; the working-day cache is cleared by the model's signal.
    """
    with transaction.atomic():
        day = CalendarDay.objects.select_for_update().filter(date=date).first()
        created = day is None
        if day is None:
            day = CalendarDay(date=date)
        day.kind, day.name, day.source = kind, name.strip(), source.strip()
        day.full_clean()
        day.save()
        record_event(
            actor=actor,
            action=AuditEvent.Action.CREATED if created else AuditEvent.Action.UPDATED,
            target=day,
            request=request,
            details={"date": date.isoformat(), "kind": kind},
        )
    return day


def delete_calendar_day(*, actor: User | None, day: CalendarDay, request: HttpRequest | None = None) -> None:
    """Remove a moved day (the date falls back to the statutory calendar). Records an `updated` event."""
    with transaction.atomic():
        record_event(
            actor=actor,
            action=AuditEvent.Action.UPDATED,
            target=day,
            request=request,
            details={"date": day.date.isoformat(), "removed": True},
        )
        day.delete()


def add_time_limit(
    *,
    actor: User | None,
    code: str,
    name: str,
    amount: int,
    unit: str,
    effective_from: datetime.date,
    legal_basis: str,
    note: str = "",
    request: HttpRequest | None = None,
) -> TimeLimit:
    """Add a version of a legal time limit in force from `effective_from` (a law changed it); earlier versions
    stay for events before that day. Records a `created` audit event."""
    with transaction.atomic():
        limit = TimeLimit(
            code=code.strip(),
            name=name.strip(),
            amount=amount,
            unit=unit,
            effective_from=effective_from,
            legal_basis=legal_basis.strip(),
            note=note,
        )
        limit.full_clean()
        limit.save()
        record_event(
            actor=actor,
            action=AuditEvent.Action.CREATED,
            target=limit,
            request=request,
            details={"code": limit.code, "amount": amount, "unit": unit, "from": effective_from.isoformat()},
        )
    return limit


# --- worker heartbeats (read by /healthz, danvan.core.health) ------------------------------------------------


def start_worker(*, name: str) -> WorkerHeartbeat:
    """A `db_worker` process starts: its heartbeat row, and the audit event `worker.started`."""
    now = timezone.now()
    with transaction.atomic():
        # Rows of workers killed long ago (no clean stop) would only clutter the table.
        WorkerHeartbeat.objects.filter(beat_at__lt=now - datetime.timedelta(days=1)).delete()
        beat, _ = WorkerHeartbeat.objects.update_or_create(
            name=name, defaults={"started_at": now, "beat_at": now}
        )
        record_event(actor=None, actor_label="system", action="worker.started", target=beat)
    return beat


def beat_worker(*, name: str) -> None:
    """The worker is alive (called with each sweep). Too frequent to audit: the row's `beat_at` is the record.
    A row removed meanwhile (a clean-up of old rows) is created again."""
    now = timezone.now()
    if not WorkerHeartbeat.objects.filter(name=name).update(beat_at=now):
        WorkerHeartbeat.objects.get_or_create(name=name, defaults={"started_at": now, "beat_at": now})


def stop_worker(*, name: str) -> None:
    """A `db_worker` process stops cleanly: its row goes (a killed worker's row simply stops beating), and the
    audit event `worker.stopped` is recorded."""
    with transaction.atomic():
        beat = WorkerHeartbeat.objects.filter(name=name).first()
        if beat is None:
            return
        record_event(actor=None, actor_label="system", action="worker.stopped", target=beat)
        beat.delete()
