"""Dialogues between leaders and citizens or businesses, and their follow-up commitments, which become tasks of
the agency's plan (through `plans.actions`, so they are tracked and reported like any other task)."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core.actions import record_event
from danvan.core.dateformat import short_date
from danvan.core.errors import ActionRefused
from danvan.core.permissions import require
from danvan.feedback.actions.attachments import DOCUMENT_EXTENSIONS, check_upload, stored_name
from danvan.feedback.models import Commitment, Dialogue
from danvan.feedback.permissions import can_edit_dialogue, can_manage_dialogue
from danvan.organizations.models import Organization
from danvan.plans import actions as plan_actions
from danvan.plans.models import Assignment, Plan


@transaction.atomic
def record_dialogue(
    *,
    actor: User | None,
    organization: Organization,
    title: str,
    held_on: datetime.date,
    place: str,
    chair: str,
    topics: str,
    participants: str = "",
    minutes_text: str = "",
    minutes_file: UploadedFile | None = None,
) -> Dialogue:
    """Record (or schedule) a dialogue; minutes are written or uploaded (DOCX/PDF, checked before storing)."""
    require(actor, can_manage_dialogue, organization)
    if minutes_file is not None:
        try:
            check_upload(minutes_file, allowed=DOCUMENT_EXTENSIONS)
        except ValidationError as error:
            raise ActionRefused(" ".join(error.messages)) from error
    if not title.strip() or not topics.strip():
        raise ActionRefused(_("Give the title and the topics of the dialogue."))
    dialogue = Dialogue(
        organization=organization,
        title=title.strip(),
        held_on=held_on,
        place=place.strip(),
        chair=chair.strip(),
        participants=participants.strip(),
        topics=topics.strip(),
        minutes_text=minutes_text.strip(),
    )
    if minutes_file is not None:
        dialogue.minutes_file.save(stored_name(minutes_file), minutes_file, save=False)
    dialogue.save()
    record_event(actor=actor, action="feedback.dialogue_recorded", target=dialogue)
    return dialogue


@transaction.atomic
def add_commitment(
    *,
    actor: User | None,
    dialogue: Dialogue,
    text: str,
    lead_organization: Organization,
    due: datetime.date,
    plan: Plan,
) -> Commitment:
    """A follow-up commitment: a new task of `plan` (a draft plan of the dialogue's organisation) led by
    `lead_organization` with the deadline `due`."""
    require(actor, can_edit_dialogue, dialogue)
    if plan.owner_id != dialogue.organization_id:
        raise ActionRefused(_("Choose a plan of the organisation that held the dialogue."))
    if not text.strip():
        raise ActionRefused(_("Write the commitment."))
    content = _("%(text)s (commitment of the dialogue of %(date)s)") % {
        "text": text.strip(),
        "date": short_date(dialogue.held_on),
    }
    task = plan_actions.add_task(
        actor=actor, plan=plan, content=content, due=due, timeframe_raw=short_date(due)
    )
    plan.refresh_from_db()
    plan_actions.assign(actor=actor, task=task, role=Assignment.Role.LEAD, organization=lead_organization)
    commitment = Commitment.objects.create(
        dialogue=dialogue, text=text.strip(), lead_organization=lead_organization, due=due, task=task
    )
    record_event(actor=actor, action="feedback.commitment_added", target=dialogue, details={"task": task.pk})
    return commitment
