"""Writes of task progress: an organisation's update of a task (state, percent, result, figures, evidence files),
removing an evidence file, and the nightly refresh of stored statuses.

The lead's row drives the task's status; a coordinating unit's row (`is_lead=False`) is its contribution, shown
beside the lead's. The status stored on each row is `classify()` as of the day of the update; `refresh_statuses`
moves it on as days pass (deadlines go by), for the nightly run.
"""

from __future__ import annotations

import datetime
import os
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import files
from danvan.core.actions import record_event
from danvan.core.errors import ActionRefused
from danvan.core.permissions import require
from danvan.core.text import short_text
from danvan.organizations.models import Organization
from danvan.plans.models import Target, Task
from danvan.reporting import permissions, summaries
from danvan.reporting.models import Evidence, TaskProgress, classify
from danvan.reporting.queries.progress import progress_homes, updatable_organizations

# Allowed evidence files, by extension; `danvan.core.files.check_file` checks that the bytes match.
EVIDENCE_EXTENSIONS = (".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png")


class StaleProgress(ActionRefused):
    """Someone else saved this progress after the editor loaded it; the message is for the user."""


class ProgressElsewhere(ActionRefused):
    """The organisation's progress on this catalog task lives on the tasks of its issued plan."""


def _stale() -> StaleProgress:
    return StaleProgress(
        _("Someone else updated this progress meanwhile. Reload the page and redo your update.")
    )


def max_evidence_bytes() -> int:
    """The size limit of one evidence file (setting `MAX_EVIDENCE_MB`, 10 by default)."""
    return int(settings.MAX_EVIDENCE_MB) * 1024 * 1024


def _clean_name(name: str) -> str:
    base = os.path.basename(name.replace("\\", "/")).strip()
    return unicodedata.normalize("NFC", base)[-255:] or "evidence"


def check_evidence(upload: UploadedFile) -> str:
    """Refuse a file of another type, too large, empty, or whose content is not what its extension declares
    (`danvan.core.files.check_file`: the guards imports pass too); return its content type. Raises
    ValidationError with the reason in the interface language."""
    name = _clean_name(upload.name or "")
    extension = os.path.splitext(name.lower())[1]
    kind = files.kind_of(name) if extension in EVIDENCE_EXTENSIONS else None
    if kind is None:
        raise ValidationError(
            _("Files of type “%(ext)s” cannot be attached as evidence; use PDF, DOCX, XLSX, JPG or PNG.")
            % {"ext": extension or "?"}
        )
    size = upload.size or 0
    limit = max_evidence_bytes()
    if size > limit:
        raise ValidationError(
            _("The file “%(name)s” is %(size)s MB; an evidence file may be at most %(limit)s MB.")
            % {"name": name, "size": number_format(size / (1024 * 1024), 1), "limit": limit // (1024 * 1024)}
        )
    if size == 0:
        raise ValidationError(_("The file “%(name)s” is empty.") % {"name": name})
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    files.check_file(name, data, kind)
    return kind.content_type


def progress_token(row: TaskProgress | None) -> str:
    """What an editor saw: the row's last change, or "" before the first report (see `update_progress`)."""
    return row.updated_at.isoformat() if row is not None else ""


def _number(value: Any) -> int | float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError
    number = Decimal(str(value).strip().replace(",", "."))
    if not number.is_finite() or number < 0:
        raise ValueError
    return int(number) if number == number.to_integral_value() else float(round(number, 2))


def clean_figures(task: Task, figures: Mapping[str, Any]) -> dict[str, int | float]:
    """Figures keyed by the id of a target of the task's plan, numbers of at least 0; empty values dropped."""
    targets = {str(t.pk): t for t in Target.objects.filter(plan_id=task.plan_id)}
    cleaned: dict[str, int | float] = {}
    errors: list[str] = []
    for key, value in figures.items():
        target = targets.get(str(key))
        if target is None:
            errors.append(_("The plan has no target “%(id)s”.") % {"id": key})
            continue
        try:
            number = _number(value)
        except (ValueError, InvalidOperation):
            errors.append(
                _("The figure for “%(target)s” must be a number of at least 0.")
                % {"target": short_text(target.text)}
            )
            continue
        if number is not None:
            cleaned[str(target.pk)] = number
    if errors:
        raise ValidationError({"figures": errors})
    return cleaned


def clean_progress(
    *, state: str, percent: int, completed_on: datetime.date | None, today: datetime.date
) -> tuple[int, datetime.date | None]:
    """Check the reported values; return the percent and completion date to store (a task done is at 100%;
    the completion date is kept only for a task done). Raises ValidationError keyed by field."""
    errors: dict[str, str] = {}
    if state not in TaskProgress.State.values:
        errors["state"] = _("Choose a state: not started, in progress or done.")
    if not 0 <= percent <= 100:
        errors["percent"] = _("The percent must be a whole number from 0 to 100.")
    if state == TaskProgress.State.DONE:
        if completed_on is None:
            errors["completed_on"] = _("Enter the date the task was completed.")
        elif completed_on > today:
            errors["completed_on"] = _("The completion date cannot be later than today.")
        percent = 100
    else:
        completed_on = None
        if state == TaskProgress.State.NOT_STARTED and percent > 0:
            errors["percent"] = _(
                "A task that has not started stands at 0%; choose “In progress” to report a percent."
            )
    if errors:
        raise ValidationError(errors)
    return percent, completed_on


def _reporter(actor: User, task: Task, organization: Organization) -> bool:
    """Whether the organisation leads the task; PermissionDenied when the actor may not report for it."""
    for updatable in updatable_organizations(actor, task):
        if updatable.organization.pk == organization.pk:
            return updatable.is_lead
    raise PermissionDenied


def update_progress(
    *,
    actor: User,
    task: Task,
    organization: Organization,
    state: str,
    percent: int,
    completed_on: datetime.date | None = None,
    result: str = "",
    figures: Mapping[str, Any] | None = None,
    evidence: Sequence[UploadedFile] = (),
    seen: str | None = None,
    request: HttpRequest | None = None,
    today: datetime.date | None = None,
) -> TaskProgress:
    """Record an organisation's progress on a task and attach evidence files; the status is recomputed as of
    today. `seen` is `progress_token()` of the row the editor loaded: a different row now is refused
    (StaleProgress) instead of overwritten. Nothing is stored when a value or a file is refused. Records a
    `progress.updated` audit event, and one `progress.evidence_added` per file."""
    today = today or timezone.localdate()
    is_lead = _reporter(actor, task, organization)
    homes = progress_homes(task, [organization]).get(organization.pk)
    if homes:
        # One place per agency and piece of work: its issued plan implements this catalog task.
        raise ProgressElsewhere(
            _(
                "%(organization)s reports this task through its issued plan: enter the progress on task "
                "%(tasks)s of “%(plan)s”."
            )
            % {
                "organization": organization.name,
                "tasks": ", ".join(home.number for home in homes),
                "plan": homes[0].plan.title,
            }
        )
    percent, completed_on = clean_progress(
        state=state, percent=percent, completed_on=completed_on, today=today
    )
    cleaned_figures = clean_figures(task, figures or {})
    checked = [(upload, check_evidence(upload)) for upload in evidence]
    stored: list[Evidence] = []
    try:
        with transaction.atomic():
            row = (
                TaskProgress.objects.select_for_update().filter(task=task, organization=organization).first()
            )
            if seen is not None and seen != progress_token(row):
                raise _stale()
            before: dict[str, Any] = {}
            if row is None:
                row = TaskProgress(task=task, organization=organization)
            else:
                before = {
                    f: getattr(row, f) for f in ("state", "percent", "completed_on", "result", "figures")
                }
            row.is_lead = is_lead
            row.state = state
            row.percent = percent
            row.completed_on = completed_on
            row.result = result.strip()
            row.figures = cleaned_figures
            row.updated_by = actor
            row.status = classify(
                due=task.due, recurring=task.is_recurring, state=state, completed_on=completed_on, on=today
            )
            try:
                with transaction.atomic():
                    row.save()
            except IntegrityError:
                # Two first reports at once (two app servers): the row did not exist when both looked; the
                # other one was saved first, so this one is refused like any stale edit, never a 500.
                raise _stale() from None
            changed = [f for f, old in before.items() if getattr(row, f) != old] if before else ["created"]
            record_event(
                actor=actor,
                action="progress.updated",
                target=row,
                request=request,
                details={
                    "task": task.pk,
                    "organization": organization.pk,
                    "is_lead": is_lead,
                    "state": state,
                    "percent": percent,
                    "status": row.status,
                    "changed": changed,
                },
            )
            for upload, content_type in checked:
                item = Evidence(
                    progress=row,
                    name=_clean_name(upload.name or ""),
                    content_type=content_type,
                    size=upload.size or 0,
                    uploaded_by=actor,
                )
                extension = os.path.splitext(item.name.lower())[1]
                # A random storage name: the person's file name is kept in `name` only, never in a path.
                item.file.save(f"{uuid.uuid4().hex}{extension}", upload, save=False)
                stored.append(item)
                item.save()
                record_event(
                    actor=actor,
                    action="progress.evidence_added",
                    target=row,
                    request=request,
                    details={"evidence": item.pk, "name": item.name, "size": item.size},
                )
    except BaseException:
        for item in stored:
            item.file.storage.delete(item.file.name)
        raise
    # The dashboards read pre-computed figures: refresh this agency's in the open periods.
    summaries.refresh_organization(row.organization)
    return row


@transaction.atomic
def remove_evidence(*, actor: User, evidence: Evidence, request: HttpRequest | None = None) -> None:
    """Remove an evidence file; only someone who may report for its organisation on the task may. The stored
    file is deleted once the transaction commits. Records `progress.evidence_removed`."""
    require(actor, permissions.can_remove_evidence, evidence)
    progress = evidence.progress
    name, storage = evidence.file.name, evidence.file.storage
    record_event(
        actor=actor,
        action="progress.evidence_removed",
        target=progress,
        request=request,
        details={"evidence": evidence.pk, "name": evidence.name},
    )
    evidence.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def refresh_statuses(on: datetime.date | None = None, *, batch: int = 2000) -> int:
    """Recompute the stored status of every progress row as of `on` (today by default), e.g. in-progress
    work whose deadline has passed becomes overdue. For the nightly run; returns how many rows changed and,
    when any did, records one `progress.statuses_refreshed` event."""
    on = on or timezone.localdate()
    changed: dict[str, list[int]] = defaultdict(list)
    rows = (
        TaskProgress.objects.order_by("pk")
        .values_list("pk", "status", "state", "completed_on", "task__due", "task__timeframe_kind")
        .iterator(chunk_size=batch)
    )
    for pk, status, state, completed_on, due, kind in rows:
        new = classify(
            due=due,
            recurring=kind == Task.TimeframeKind.CONTINUOUS,
            state=state,
            completed_on=completed_on,
            on=on,
        )
        if new != status:
            changed[new].append(pk)
    total = sum(len(pks) for pks in changed.values())
    if total:
        with transaction.atomic():
            for status, pks in changed.items():
                for start in range(0, len(pks), batch):
                    TaskProgress.objects.filter(pk__in=pks[start : start + batch]).update(status=status)
            record_event(
                actor=None,
                action="progress.statuses_refreshed",
                actor_label="system",
                details={"on": on.isoformat(), "changed": {s: len(p) for s, p in changed.items()}},
            )
    return total
