"""Reads of the core app: an object's history (row edits and audit events, newest first)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import QuerySet
from django.http import Http404

from danvan.core.models import AuditEvent, Notification
from danvan.organizations.queries import AnyUser


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """One line of an object's history page."""

    when: datetime.datetime
    who: str
    what: str
    changes: list[FieldChange] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)


def _display(value: object) -> str:
    return "" if value is None else str(value)


def history_of(obj: models.Model, *, limit: int = 200) -> list[HistoryEntry]:
    """Row edits (django-simple-history) and audit events of `obj`, merged newest first.

    The caller has already checked that the person may read `obj`. Two queries plus one per
    history row's user (they are select_related).
    """
    entries: list[HistoryEntry] = []
    history_manager = getattr(obj, "history", None)
    if history_manager is not None:
        records = list(
            history_manager.select_related("history_user").order_by("-history_date", "-history_id")[:limit]
        )
        labels = {f.attname: str(f.verbose_name) for f in obj._meta.concrete_fields}
        for newer, older in zip(records, [*records[1:], None], strict=False):
            changes: list[FieldChange] = []
            if older is not None:
                delta = newer.diff_against(older)
                changes = [
                    FieldChange(labels.get(c.field, c.field), _display(c.old), _display(c.new))
                    for c in delta.changes
                ]
            entries.append(
                HistoryEntry(
                    when=newer.history_date,
                    who=str(newer.history_user) if newer.history_user else "",
                    what=newer.get_history_type_display(),
                    changes=changes,
                )
            )
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    events = AuditEvent.objects.filter(target_type=content_type, target_id=str(obj.pk)).select_related(
        "actor"
    )[:limit]
    for event in events:
        entries.append(
            HistoryEntry(
                when=event.created_at,
                who=str(event.actor) if event.actor else event.actor_label,
                what=event.get_action_display(),
                details=event.details,
            )
        )
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:limit]


def notifications_of(user: AnyUser) -> QuerySet[Notification]:
    """The person's notifications, newest first."""
    if not user.is_authenticated:
        return Notification.objects.none()
    return Notification.objects.filter(recipient_id=user.pk).order_by("-created_at", "-id")


def unread_count(user: AnyUser) -> int:
    """How many of the person's notifications are unread (one query)."""
    return notifications_of(user).filter(read_at__isnull=True).count()


def get_notification_for_user(user: AnyUser, pk: int) -> Notification:
    """One of the person's notifications; 404 for anyone else's."""
    try:
        return notifications_of(user).get(pk=pk)
    except Notification.DoesNotExist:
        raise Http404 from None
