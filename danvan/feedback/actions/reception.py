"""Citizen reception (tiếp công dân): each head's regular schedule and the sessions held."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core.actions import record_event
from danvan.core.errors import ActionRefused
from danvan.core.permissions import require
from danvan.feedback.models import ReceptionSchedule, ReceptionSession
from danvan.feedback.permissions import can_edit_schedule, can_manage_reception
from danvan.organizations.models import Organization


@transaction.atomic
def add_schedule(
    *,
    actor: User | None,
    organization: Organization,
    head_name: str,
    position: str,
    frequency: str,
    when: str,
    place: str,
) -> ReceptionSchedule:
    """Publish a head's regular reception day (at least weekly for a commune chair, monthly for others)."""
    require(actor, can_manage_reception, organization)
    if not head_name.strip() or not place.strip():
        raise ActionRefused(_("Give the head's name and the place of reception."))
    schedule = ReceptionSchedule.objects.create(
        organization=organization,
        head_name=head_name.strip(),
        position=position.strip(),
        frequency=frequency,
        when=when.strip(),
        place=place.strip(),
    )
    record_event(actor=actor, action="feedback.schedule_added", target=schedule)
    return schedule


@transaction.atomic
def record_session(
    *,
    actor: User | None,
    schedule: ReceptionSchedule,
    held_on: datetime.date,
    people_received: int,
    notes: str = "",
) -> ReceptionSession:
    """Record a reception session held; items opened from it are then entered with channel "reception"."""
    require(actor, can_edit_schedule, schedule)
    if held_on > timezone.localdate():
        raise ActionRefused(_("A session cannot be recorded before it is held."))
    if people_received < 0:
        raise ValidationError(_("The number of people cannot be negative."))
    session = ReceptionSession.objects.create(
        schedule=schedule, held_on=held_on, people_received=people_received, notes=notes.strip()
    )
    record_event(actor=actor, action="feedback.session_recorded", target=session)
    return session
