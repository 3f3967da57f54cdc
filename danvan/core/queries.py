"""Reads of the core app: an object's history (row edits and audit events, newest first)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import QuerySet
from django.http import Http404

from danvan.core.history_display import (
    action_label,
    detail_lines,
    field_label,
    field_value,
    organization_ids,
    related_names,
    row_action,
)
from danvan.core.models import AuditEvent, Notification
from danvan.organizations.models import Organization
from danvan.organizations.queries import AnyUser


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Detail:
    """One fact an audit event recorded, in words: "Định dạng: DOCX"."""

    label: str
    value: str


@dataclass(frozen=True)
class HistoryEntry:
    """One line of an object's history page, every field name and value in Vietnamese."""

    when: datetime.datetime
    who: str
    what: str
    changes: list[FieldChange] = field(default_factory=list)
    details: list[Detail] = field(default_factory=list)


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
        fields = {f.attname: f for f in obj._meta.concrete_fields}
        fields.update({f.name: f for f in obj._meta.concrete_fields})
        deltas = [
            (newer, newer.diff_against(older).changes if older is not None else [])
            for newer, older in zip(records, [*records[1:], None], strict=False)
        ]
        names = related_names(
            (fields[c.field], value)
            for _, changes in deltas
            for c in changes
            if c.field in fields
            for value in (c.old, c.new)
        )
        for record, delta_changes in deltas:
            changes = [
                FieldChange(
                    field_label(fields.get(c.field), c.field),
                    field_value(fields.get(c.field), c.old, names),
                    field_value(fields.get(c.field), c.new, names),
                )
                for c in delta_changes
            ]
            entries.append(
                HistoryEntry(
                    when=record.history_date,
                    who=str(record.history_user) if record.history_user else "",
                    what=row_action(record.history_type),
                    changes=changes,
                )
            )
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    events = list(
        AuditEvent.objects.filter(target_type=content_type, target_id=str(obj.pk)).select_related("actor")[
            :limit
        ]
    )
    org_ids = organization_ids(event.details for event in events if isinstance(event.details, dict))
    organizations = (
        {pk: str(org) for pk, org in Organization.objects.in_bulk(list(org_ids)).items()} if org_ids else {}
    )
    for event in events:
        entries.append(
            HistoryEntry(
                when=event.created_at,
                who=str(event.actor) if event.actor else event.actor_label,
                what=action_label(
                    event.action,
                    event.get_action_display() if event.action in AuditEvent.Action.values else None,
                ),
                details=[
                    Detail(label, value)
                    for label, value in detail_lines(obj, event.details or {}, organizations)
                ],
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
