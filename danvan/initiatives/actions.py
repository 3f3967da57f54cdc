"""Every write of the initiatives app: registering and moving models along their lifecycle, progress updates and
evidence files, registration calls, commitments. Each runs in a transaction and records an audit event."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core.actions import record_event
from danvan.core.errors import ActionRefused
from danvan.core.models import AuditEvent
from danvan.core.permissions import require
from danvan.initiatives import permissions
from danvan.initiatives.models import (
    Campaign,
    Commitment,
    CommitmentFile,
    Initiative,
    InitiativeFile,
    InitiativeUpdate,
    Signer,
    name_key,
)
from danvan.organizations.models import Organization
from danvan.reporting.actions.progress import check_evidence

Status = Initiative.Status

# The registration fields a form or the API may set (the lifecycle has its own actions).
FIELDS = (
    "name",
    "kind",
    "holder",
    "performer",
    "field",
    "year",
    "situation",
    "goals",
    "content",
    "place",
    "forces",
    "resources",
    "start",
    "milestones",
    "evaluation_date",
    "outputs",
    "results",
    "copy_of",
)

# The lifecycle, forward only; recognition has its own action (it needs the commendation's details).
NEXT = {
    Status.REGISTERED: Status.IN_PROGRESS,
    Status.IN_PROGRESS: Status.REVIEWED,
    Status.RECOGNISED: Status.REPLICATED,
}


class DuplicateRegistration(ActionRefused):
    """The organisation already registered a model of this name, kind and year."""


class StaleInitiative(ActionRefused):
    """Someone else changed the model after the editor loaded it."""


class TransitionRefused(ActionRefused):
    """The model cannot go to the asked state from where it is."""


def _duplicate(organization: Organization, year: int, kind: str, name: str, exclude: int | None) -> None:
    rows = Initiative.objects.filter(organization=organization, year=year, kind=kind, name_key=name_key(name))
    if exclude is not None:
        rows = rows.exclude(pk=exclude)
    existing = rows.first()
    if existing is not None:
        raise DuplicateRegistration(
            _(
                "%(organization)s already registered the model “%(name)s” for %(year)s; open it instead of registering it again."
            )
            % {"organization": organization.name, "name": existing.name, "year": year}
        )


def _clean(initiative: Initiative) -> None:
    initiative.name = " ".join(initiative.name.split())
    initiative.performer = initiative.performer.strip()
    if not initiative.name:
        raise ValidationError(_("Enter the name of the model."))
    if initiative.start and initiative.evaluation_date and initiative.evaluation_date < initiative.start:
        raise ValidationError(_("The evaluation date cannot be before the start."))
    if initiative.copy_of_id is not None and initiative.copy_of_id == initiative.pk:
        raise ValidationError(_("A model cannot copy itself."))
    initiative.full_clean(exclude=["name_key", "organization", "campaign", "copy_of"])


def register_initiative(
    *,
    actor: User | None,
    organization: Organization,
    data: dict[str, Any],
    campaign: Campaign | None = None,
    today: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> Initiative:
    """Register a model for `organization` (status registered). Refuses a second registration of the same name
    (diacritics and case ignored), kind and year by the same organisation. Records `created`."""
    require(actor, permissions.can_register_initiative, organization)
    initiative = Initiative(
        organization=organization,
        campaign=campaign,
        registered_on=today or timezone.localdate(),
        **{key: value for key, value in data.items() if key in FIELDS},
    )
    _clean(initiative)
    _duplicate(organization, initiative.year, initiative.kind, initiative.name, None)
    try:
        with transaction.atomic():
            initiative.save()
            record_event(
                actor=actor,
                action=AuditEvent.Action.CREATED,
                target=initiative,
                request=request,
                details={"organization": organization.pk},
            )
    except IntegrityError:  # registered at the same moment by someone else
        _duplicate(organization, initiative.year, initiative.kind, initiative.name, None)
        raise
    return initiative


def update_initiative(
    *,
    actor: User | None,
    initiative: Initiative,
    data: dict[str, Any],
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Initiative:
    """Change the registration fields; refuses a stale edit (`version` the editor saw) and a change that would
    duplicate another registration. Records `updated` with the fields changed."""
    require(actor, permissions.can_edit_initiative, initiative)
    with transaction.atomic():
        current = Initiative.objects.select_for_update().get(pk=initiative.pk)
        if version is not None and current.version != version:
            raise StaleInitiative(
                _(
                    "Someone else changed this model after you opened it; reload the page and enter your changes again."
                )
            )
        changed = [key for key in FIELDS if key in data and getattr(current, key) != data[key]]
        for key in changed:
            setattr(current, key, data[key])
        _clean(current)
        _duplicate(current.organization, current.year, current.kind, current.name, current.pk)
        if changed:
            current.version += 1
            current.save()
            record_event(
                actor=actor,
                action=AuditEvent.Action.UPDATED,
                target=current,
                request=request,
                details={
                    "fields": ", ".join(
                        str(getattr(Initiative._meta.get_field(k), "verbose_name", k)) for k in changed
                    )
                },
            )
    return current


def advance_initiative(
    *, actor: User | None, initiative: Initiative, to: str, request: HttpRequest | None = None
) -> Initiative:
    """Move a model one step: registered → being carried out → reviewed (sơ kết/tổng kết); recognised →
    replicated once another model copies it. Records `updated` with the new state."""
    require(actor, permissions.can_edit_initiative, initiative)
    with transaction.atomic():
        current = Initiative.objects.select_for_update().get(pk=initiative.pk)
        if NEXT.get(Status(current.status)) != to:
            raise TransitionRefused(
                _("A model in the state “%(state)s” cannot go to “%(to)s”.")
                % {
                    "state": current.get_status_display(),
                    "to": Status(to).label if to in Status.values else to,
                }
            )
        if to == Status.REPLICATED and not current.copies.exists():
            raise TransitionRefused(
                _(
                    "Register the models that copy this one (field “copies the model”) before marking it replicated."
                )
            )
        current.status = to
        current.version += 1
        current.save()
        record_event(
            actor=actor,
            action=AuditEvent.Action.UPDATED,
            target=current,
            request=request,
            details={"state": str(Status(to).label)},
        )
    return current


def recognise_initiative(
    *,
    actor: User | None,
    initiative: Initiative,
    level: str,
    form: str,
    decision_number: str,
    decision_date: datetime.date | None,
    request: HttpRequest | None = None,
) -> Initiative:
    """Record the commendation of a reviewed model (level, form, decision). Records `approved`."""
    require(actor, permissions.can_recognise_initiative, initiative)
    with transaction.atomic():
        current = Initiative.objects.select_for_update().get(pk=initiative.pk)
        if current.status != Status.REVIEWED:
            raise TransitionRefused(
                _("Only a reviewed model can be recognised; this one is “%(state)s”.")
                % {"state": current.get_status_display()}
            )
        if not form.strip() or not decision_number.strip():
            raise ValidationError(_("Enter the form of commendation and the decision number."))
        current.status = Status.RECOGNISED
        current.recognition_level = level
        current.recognition_form = form.strip()
        current.decision_number = decision_number.strip()
        current.decision_date = decision_date
        current.version += 1
        current.full_clean(exclude=["name_key", "organization", "campaign", "copy_of"])
        current.save()
        record_event(
            actor=actor,
            action=AuditEvent.Action.APPROVED,
            target=current,
            request=request,
            details={"name": current.decision_number},
        )
    return current


def _store_files(
    *,
    actor: User | None,
    initiative: Initiative,
    update: InitiativeUpdate | None,
    uploads: Sequence[UploadedFile],
) -> list[InitiativeFile]:
    checked = [(upload, check_evidence(upload)) for upload in uploads]
    stored = []
    for upload, content_type in checked:
        item = InitiativeFile(
            initiative=initiative,
            update=update,
            name=(upload.name or "")[-255:],
            content_type=content_type,
            size=upload.size or 0,
            uploaded_by=actor,
        )
        item.file.save(upload.name or "minh-chung", upload, save=False)
        item.save()
        stored.append(item)
    return stored


def add_update(
    *,
    actor: User | None,
    initiative: Initiative,
    day: datetime.date,
    text: str,
    files: Sequence[UploadedFile] = (),
    request: HttpRequest | None = None,
) -> InitiativeUpdate:
    """Add a progress update with its evidence files (each checked like task evidence: type, size, content).
    A model still registered moves to being carried out. Records `updated` and the files' names."""
    require(actor, permissions.can_edit_initiative, initiative)
    if not text.strip():
        raise ValidationError(_("Write what was done."))
    with transaction.atomic():
        update = InitiativeUpdate.objects.create(
            initiative=initiative, day=day, text=text.strip(), author=actor
        )
        stored = _store_files(actor=actor, initiative=initiative, update=update, uploads=files)
        if initiative.status == Status.REGISTERED:
            initiative.status = Status.IN_PROGRESS
            initiative.version += 1
            initiative.save()
        record_event(
            actor=actor,
            action=AuditEvent.Action.UPDATED,
            target=initiative,
            request=request,
            details={"date": day.isoformat(), "file": ", ".join(f.name for f in stored)},
        )
    return update


def remove_initiative_file(
    *, actor: User | None, item: InitiativeFile, request: HttpRequest | None = None
) -> None:
    """Remove an evidence file; the stored file goes once the transaction commits."""
    require(actor, permissions.can_remove_initiative_file, item)
    name, storage = item.file.name, item.file.storage
    with transaction.atomic():
        record_event(
            actor=actor,
            action=AuditEvent.Action.UPDATED,
            target=item.initiative,
            request=request,
            details={"file": item.name},
        )
        item.delete()
        transaction.on_commit(lambda: storage.delete(name))


# --- registration calls ----------------------------------------------------------------------------------


def open_campaign(
    *,
    actor: User | None,
    organization: Organization,
    title: str,
    year: int,
    deadline: datetime.date,
    note: str = "",
    request: HttpRequest | None = None,
) -> Campaign:
    """Open a registration call to the organisation's direct units. Records `created`; the deadline engine
    reminds the units that have not registered."""
    require(actor, permissions.can_open_campaign, organization)
    campaign = Campaign(
        organization=organization, title=" ".join(title.split()), year=year, deadline=deadline, note=note
    )
    campaign.full_clean()
    with transaction.atomic():
        campaign.save()
        record_event(
            actor=actor,
            action=AuditEvent.Action.CREATED,
            target=campaign,
            request=request,
            details={"organization": organization.pk},
        )
    return campaign


def close_campaign(*, actor: User | None, campaign: Campaign, request: HttpRequest | None = None) -> Campaign:
    """Close a call: no more reminders. Records `updated`."""
    require(actor, permissions.can_edit_campaign, campaign)
    with transaction.atomic():
        campaign.state = Campaign.State.CLOSED
        campaign.save()
        record_event(
            actor=actor,
            action=AuditEvent.Action.UPDATED,
            target=campaign,
            request=request,
            details={"state": str(Campaign.State.CLOSED.label)},
        )
    return campaign


# --- commitments -----------------------------------------------------------------------------------------


def _commitment(organization: Organization, year: int) -> Commitment:
    commitment, _created = Commitment.objects.select_for_update().get_or_create(
        organization=organization, year=year
    )
    return commitment


def _check_counts(required: int, signed: int) -> None:
    if required < 0 or signed < 0:
        raise ValidationError(_("The numbers of staff cannot be negative."))
    if signed > required:
        raise ValidationError(
            _("%(signed)s staff signed but only %(required)s must sign; check the numbers.")
            % {"signed": signed, "required": required}
        )


def save_commitment_counts(
    *,
    actor: User | None,
    organization: Organization,
    year: int,
    required: int,
    signed: int,
    note: str = "",
    request: HttpRequest | None = None,
) -> Commitment:
    """Enter the counts (for a large organisation without a list). A list entered earlier is kept but no longer
    counted. Records `updated`."""
    require(actor, permissions.can_edit_commitment, organization)
    _check_counts(required, signed)
    with transaction.atomic():
        commitment = _commitment(organization, year)
        commitment.required, commitment.signed, commitment.from_list = required, signed, False
        commitment.note = note
        commitment.save()
        record_event(
            actor=actor,
            action=AuditEvent.Action.UPDATED,
            target=commitment,
            request=request,
            details={"organization": organization.pk},
        )
    return commitment


def replace_signers(
    *,
    actor: User | None,
    organization: Organization,
    year: int,
    rows: Sequence[tuple[str, str, datetime.date | None]],
    request: HttpRequest | None = None,
) -> Commitment:
    """Replace the list of staff who must sign ((name, position, signed on or None) rows, typed or imported from
    XLSX); the counts follow the list. Records `imported`."""
    require(actor, permissions.can_edit_commitment, organization)
    if not rows:
        raise ValidationError(_("The list has no staff in it."))
    with transaction.atomic():
        commitment = _commitment(organization, year)
        commitment.signers.all().delete()
        Signer.objects.bulk_create(
            Signer(commitment=commitment, full_name=name, position=position, signed_on=signed_on)
            for name, position, signed_on in rows
        )
        commitment.required = len(rows)
        commitment.signed = sum(1 for _name, _position, signed_on in rows if signed_on is not None)
        commitment.from_list = True
        commitment.save()
        record_event(
            actor=actor,
            action=AuditEvent.Action.IMPORTED,
            target=commitment,
            request=request,
            details={"organization": organization.pk},
        )
    return commitment


def add_commitment_files(
    *,
    actor: User | None,
    commitment: Commitment,
    files: Sequence[UploadedFile],
    request: HttpRequest | None = None,
) -> list[CommitmentFile]:
    """Attach scanned signed forms (checked like evidence). Records `updated` with the names."""
    require(actor, permissions.can_edit_commitment_row, commitment)
    checked = [(upload, check_evidence(upload)) for upload in files]
    with transaction.atomic():
        stored = []
        for upload, content_type in checked:
            item = CommitmentFile(
                commitment=commitment,
                name=(upload.name or "")[-255:],
                content_type=content_type,
                size=upload.size or 0,
                uploaded_by=actor,
            )
            item.file.save(upload.name or "cam-ket", upload, save=False)
            item.save()
            stored.append(item)
        record_event(
            actor=actor,
            action=AuditEvent.Action.UPDATED,
            target=commitment,
            request=request,
            details={"file": ", ".join(f.name for f in stored)},
        )
    return stored
