"""Import: a file parsed by docparse becomes a draft plan (document, citations, tasks, assignments,
reporting schedule); a corrected file updates the draft and keeps what was edited in the app.

`import_file` is the one entry point that parses and imports (the import job, the import_document command
and the demo call it); `queue_import` stores an upload and hands it to the background worker (plans/jobs.py).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypedDict

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.errors import ActionRefused
from danvan.core.models import AuditEvent
from danvan.core.permissions import require
from danvan.documents.parsing import ParseFailed, parse_file
from danvan.organizations.models import Organization
from danvan.organizations.resolution import Resolution, resolve_units
from danvan.plans.actions.base import TransitionError, create_with_history
from danvan.plans.actions.cascade import guess_parent, link_citations, link_to_catalog
from danvan.plans.models import (
    Assignment,
    Citation,
    Document,
    ImportJob,
    Plan,
    ReportingObligation,
    Task,
    number_key,
)
from danvan.plans.permissions import can_edit_plan, can_import_plan
from danvan.plans.preamble import preamble_of, purpose_of


class UnreadableFile(ActionRefused):
    """The file could not be parsed (docparse's reason, a crash, a limit); the message says why and what to
    do. `failure` carries the reason, the OCR pages and the seconds it cost (the import job accounts them)."""

    def __init__(self, failure: ParseFailed) -> None:
        super().__init__(failure.message)
        self.failure = failure


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@dataclass
class ImportReport:
    """What a (re-)import changed, and what it kept because it had been edited in the app."""

    created_tasks: int = 0
    updated_tasks: int = 0
    kept_edits: list[str] = field(default_factory=list)
    removed_tasks: int = 0


def _apply_document_fields(
    document: Document, info: dict[str, Any], previous: dict[str, Any], report: ImportReport
) -> None:
    """Three-way merge: a field edited in the app (differs from the previous import) is kept."""
    mapping = {
        "doc_type": "type",
        "number": "number",
        "date": "date",
        "issuer_name": "issuer",
        "place": "place",
        "title": "title",
        "signer": "signer",
        "signing_authority": "authority",
    }
    for attr, key in mapping.items():
        new = info.get(key)
        new_value: Any = _date(new) if attr == "date" else (new or "")
        old = previous.get(key)
        old_value: Any = _date(old) if attr == "date" else (old or "")
        current = getattr(document, attr)
        if previous and current != old_value and current != new_value:
            report.kept_edits.append(
                _("document field “%(field)s”") % {"field": _field_label(Document, attr)}
            )
            continue
        setattr(document, attr, new_value)


def _apply_preamble(document: Document, source_text: str, title: str, report: ImportReport) -> None:
    """The legal basis of the new file, unless it was edited in the app since the previous import."""
    previous_title = ((document.parsed or {}).get("document") or {}).get("title") or ""
    previous = "\n".join(preamble_of(document.source_text, previous_title))
    new = "\n".join(preamble_of(source_text, title))
    if document.preamble != previous and document.preamble != new:
        report.kept_edits.append(
            _("document field “%(field)s”") % {"field": _field_label(Document, "preamble")}
        )
        return
    document.preamble = new


def _field_label(model: type[models.Model], name: str) -> str:
    field = model._meta.get_field(name)
    return str(getattr(field, "verbose_name", name))


def _store_citations(document: Document, citations: list[dict[str, Any]]) -> None:
    document.citations.all().delete()
    Citation.objects.bulk_create(
        Citation(
            document=document,
            position=i,
            doc_type=c.get("type") or "",
            number=c["number"],
            number_key=number_key(c["number"]),
            date=_date(c.get("date")),
            issuer_name=c.get("issuer") or "",
            raw=c.get("raw") or "",
        )
        for i, c in enumerate(citations)
    )


def _resolve_names(items: Iterable[dict[str, Any]], context: Organization) -> dict[str, Resolution]:
    """Every lead and coordinating name of the items, resolved once (one load of the province's units)."""
    names = list(
        dict.fromkeys(
            name for item in items for name in [*(item.get("lead") or []), *(item.get("coord") or [])]
        )
    )
    return dict(zip(names, resolve_units(names, context), strict=True))


def _assignments_for(task: Task, item: dict[str, Any], resolved: dict[str, Resolution]) -> list[Assignment]:
    """The item's lead and coordinating units as assignments of `task`, from names resolved beforehand."""
    return [
        _assignment_from(task, role, position, resolved[name])
        for role, key in ((Assignment.Role.LEAD, "lead"), (Assignment.Role.COORDINATE, "coord"))
        for position, name in enumerate(item.get(key) or [])
    ]


def _task_values(item: dict[str, Any]) -> dict[str, Any]:
    """A docparse task's content and timeframe as Task field values."""
    timeframe = item.get("timeframe") or {}
    return {
        "content": item.get("text") or "",
        "timeframe_raw": (timeframe.get("raw") or "")[:255],
        "timeframe_kind": timeframe.get("kind") or Task.TimeframeKind.UNKNOWN,
        "start": _date(timeframe.get("start")),
        "end": _date(timeframe.get("end")),
        "due": _date(timeframe.get("due")),
    }


def _assignment_from(task: Task, role: str, position: int, result: Resolution) -> Assignment:
    assignment = Assignment(
        task=task,
        role=role,
        text=result.text[:255],
        position=position,
        confidence=result.confidence,
        matched=result.matched[:255],
        needs_selection=result.needs_selection,
    )
    if result.organization is not None and result.status == Resolution.Status.ORGANIZATION:
        assignment.organization = result.organization
    elif result.group is not None and result.status == Resolution.Status.GROUP:
        assignment.group_key = result.group.key
        assignment.group_anchor = result.group.anchor
    return assignment


def _build_tasks(
    plan: Plan, tasks: list[dict[str, Any]], headings: list[dict[str, Any]] | None = None
) -> int:
    """Create the task tree of a freshly imported plan with its resolved assignments.

    Group rows (docparse `headings`) become heading tasks placed just before the first task under them.
    """
    parents_with_children = {t.get("parent_no") for t in tasks if t.get("parent_no")}
    pending_headings = {h["no"]: h for h in headings or [] if h.get("no")}
    by_number: dict[str, Task] = {}
    assignments: list[Assignment] = []
    position = 0

    def place_heading(number: str | None) -> None:
        nonlocal position
        heading = pending_headings.pop(number or "", None)
        if heading is None or number in by_number:
            return
        place_heading(heading.get("parent_no"))
        by_number[heading["no"]] = Task.objects.create(
            plan=plan,
            parent=by_number.get(heading.get("parent_no") or ""),
            number=heading["no"],
            position=position,
            content=heading.get("text") or "",
            is_heading=True,
        )
        position += 1

    resolved = _resolve_names(tasks, plan.owner)
    for item in tasks:
        number = item.get("no") or ""
        place_heading(item.get("parent_no"))
        task = Task.objects.create(
            plan=plan,
            parent=by_number.get(item.get("parent_no") or ""),
            number=number,
            position=position,
            is_heading=number in parents_with_children and not item.get("lead") and not item.get("timeframe"),
            **_task_values(item),
        )
        position += 1
        if number:
            by_number[number] = task
        assignments += _assignments_for(task, item, resolved)
    create_with_history(Assignment, assignments)
    return len(tasks)


@transaction.atomic
def import_parsed(
    *,
    actor: User | None,
    owner: Organization,
    kind: str,
    parsed: dict[str, Any],
    file_name: str,
    data: bytes,
    source_text: str = "",
    parent: Plan | None = None,
    request: HttpRequest | None = None,
) -> Plan:
    """Create a draft plan (and its document, citations, tasks, assignments, reporting schedule) from
    docparse output. Names are resolved against `owner`; the parent is guessed from the citations when
    not given."""
    info = parsed.get("document") or {}
    document = Document(owner=owner, source_name=file_name[:255], source_text=source_text, parsed=parsed)
    _apply_document_fields(document, info, {}, ImportReport())
    document.preamble = "\n".join(preamble_of(source_text, info.get("title") or ""))
    document.source_file.save(file_name, ContentFile(data), save=False)
    document.save()
    _store_citations(document, parsed.get("citations") or [])
    link_citations(document)
    parent_citation = None
    if parent is None and kind == Plan.Kind.AGENCY_PLAN:
        parent, parent_citation = guess_parent(document)
    plan = Plan.objects.create(
        kind=kind,
        owner=owner,
        document=document,
        title=info.get("title") or file_name,
        parent=parent,
        parent_citation=parent_citation,
        purpose=purpose_of(source_text) if kind == Plan.Kind.AGENCY_PLAN else "",
    )
    _set_period(plan, parsed)
    _build_tasks(plan, parsed.get("tasks") or [], parsed.get("headings") or [])
    _store_reporting(plan, parsed.get("reporting") or [])
    if plan.parent is not None and plan.parent.is_catalog:
        link_to_catalog(plan=plan)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.IMPORTED,
        target=plan,
        request=request,
        details={"file": file_name},
    )
    return plan


def _set_period(plan: Plan, parsed: dict[str, Any]) -> None:
    dues = [_date((t.get("timeframe") or {}).get("due")) for t in parsed.get("tasks") or []]
    dues += [_date(r.get("due")) if _is_iso(r.get("due")) else None for r in parsed.get("reporting") or []]
    known = [d for d in dues if d is not None]
    info_date = _date((parsed.get("document") or {}).get("date"))
    if known:
        plan.period_start = info_date or datetime.date(min(known).year, 1, 1)
        plan.period_end = max(known)
        plan.save(update_fields=["period_start", "period_end"])


def _is_iso(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _store_reporting(plan: Plan, reporting: list[dict[str, Any]]) -> None:
    plan.reporting_obligations.all().delete()
    ReportingObligation.objects.bulk_create(
        ReportingObligation(
            plan=plan,
            what=(r.get("what") or "")[:255],
            due=_date(r["due"]) if _is_iso(r.get("due")) else None,
            raw=(r.get("raw") or r.get("due") or "")[:255],
            position=i,
        )
        for i, r in enumerate(reporting)
    )


@transaction.atomic
def reimport_parsed(
    *,
    actor: User | None,
    plan: Plan,
    parsed: dict[str, Any],
    file_name: str,
    data: bytes,
    source_text: str = "",
    request: HttpRequest | None = None,
) -> ImportReport:
    """Update a draft from a corrected file. Values edited in the app since the last import are kept and
    listed in the report; everything else takes the new file's values."""
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if not plan.is_editable:
        raise TransitionError(_("Only a draft or a returned plan can be re-imported."))
    document = plan.document
    assert document is not None
    report = ImportReport()
    previous = document.parsed or {}
    _apply_document_fields(document, parsed.get("document") or {}, previous.get("document") or {}, report)
    _apply_preamble(document, source_text, (parsed.get("document") or {}).get("title") or "", report)
    document.parsed, document.source_text, document.source_name = parsed, source_text, file_name[:255]
    document.source_file.save(file_name, ContentFile(data), save=False)
    document.save()
    _store_citations(document, parsed.get("citations") or [])
    link_citations(document)
    _merge_tasks(plan, previous.get("tasks") or [], parsed.get("tasks") or [], report)
    _store_reporting(plan, parsed.get("reporting") or [])
    Plan.objects.filter(pk=plan.pk).update(version=F("version") + 1)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.IMPORTED,
        target=plan,
        request=request,
        details={"file": file_name, "kept": report.kept_edits, "reimport": True},
    )
    return report


def _task_key(item: dict[str, Any]) -> str:
    return item.get("no") or (item.get("text") or "")[:60]


def _merge_tasks(
    plan: Plan, old: list[dict[str, Any]], new: list[dict[str, Any]], report: ImportReport
) -> None:
    old_by_key = {_task_key(t): t for t in old}
    existing = {(t.number or t.content[:60]): t for t in plan.tasks.all()}
    resolved = _resolve_names(new, plan.owner)
    seen: set[str] = set()
    for position, item in enumerate(new):
        key = _task_key(item)
        seen.add(key)
        task = existing.get(key)
        if task is None:
            parent = existing.get(item.get("parent_no") or "\0")
            task = Task.objects.create(
                plan=plan, parent=parent, number=item.get("no") or "", position=position, **_task_values(item)
            )
            existing[key] = task
            create_with_history(Assignment, _assignments_for(task, item, resolved))
            report.created_tasks += 1
            continue
        before = old_by_key.get(key, {})
        edited = before and (
            task.content != (before.get("text") or "")
            or task.timeframe_raw != ((before.get("timeframe") or {}).get("raw") or "")
        )
        if edited:
            report.kept_edits.append(_("task %(number)s") % {"number": task.number or task.content[:40]})
            continue
        for attr, value in _task_values(item).items():
            setattr(task, attr, value)
        task.position = position
        task.save()
        task.assignments.filter(expanded_from__isnull=True).delete()
        create_with_history(Assignment, _assignments_for(task, item, resolved))
        report.updated_tasks += 1
    for key, task in existing.items():
        if key not in seen and key in old_by_key:
            task.delete()
            report.removed_tasks += 1


@transaction.atomic
def queue_import(
    *,
    actor: User | None,
    owner: Organization,
    kind: str,
    file_name: str,
    data: bytes,
    parent: Plan | None = None,
    target_plan: Plan | None = None,
) -> ImportJob:
    """Store the upload and queue its import once the transaction commits (`jobs.run_import_job`, in the
    background worker, which calls `import_file`)."""
    require(actor, can_import_plan, owner)
    if target_plan is not None:
        require(actor, can_edit_plan, target_plan)
    from danvan.plans import jobs  # jobs.py calls these actions: imported here to avoid the cycle

    job = ImportJob(
        owner=owner,
        created_by=actor,
        kind=kind,
        parent=parent,
        target_plan=target_plan,
        file_name=file_name[:255],
    )
    job.upload.save(file_name, ContentFile(data), save=False)
    job.save()
    transaction.on_commit(lambda: jobs.parse_upload.enqueue(job.pk))
    return job


class ImportSource(TypedDict):
    """What `import_parsed` and `reimport_parsed` keep of the file a plan comes from."""

    file_name: str
    data: bytes
    source_text: str
    request: HttpRequest | None


@dataclass
class ImportOutcome:
    """The plan an import created or updated; `report` says what a re-import changed and kept."""

    plan: Plan
    report: ImportReport | None = None
    ocr_pages: int = 0  # pages of a scan read by OCR
    parse_seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """The re-import figures stored on the import job (empty for a first import)."""
        if self.report is None:
            return {}
        return {
            "created": self.report.created_tasks,
            "updated": self.report.updated_tasks,
            "removed": self.report.removed_tasks,
            "kept": self.report.kept_edits,
        }


def import_file(
    *,
    actor: User | None,
    owner: Organization,
    kind: str,
    file_name: str,
    data: bytes,
    parent: Plan | None = None,
    target_plan: Plan | None = None,
    request: HttpRequest | None = None,
    on_parsed: Callable[[], None] | None = None,
    ocr_pages: int | None = None,
    seconds: float | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_wait: Callable[[], None] | None = None,
) -> ImportOutcome:
    """Parse `data` with docparse and create a draft plan of `owner` from it, or update `target_plan`
    (re-import) when given.

    The file is parsed before any transaction is opened (parsing a long PDF takes seconds); the import itself
    is one transaction. Raises `UnreadableFile` (Vietnamese message) when docparse cannot read the file and
    `TransitionError` when the target plan can no longer be re-imported; nothing is written then.
    `on_parsed` is called between the two steps (the import job reports its progress there).

    Parsing runs in a child process with memory and time limits (`danvan.documents.parsing.parse_file`):
    `seconds` is its time limit, `ocr_pages` the pages of a scan OCR may read (default `OCR_MAX_PAGES`), and
    `on_progress(done, total)` / `on_wait()` report OCR pages and that the parse is alive.
    """
    try:
        parsed = parse_file(
            data,
            file_name,
            seconds=seconds,
            ocr_pages=settings.OCR_MAX_PAGES if ocr_pages is None else ocr_pages,
            on_progress=on_progress,
            on_wait=on_wait,
        )
    except ParseFailed as failure:
        raise UnreadableFile(failure) from failure
    if on_parsed is not None:
        on_parsed()
    # One outcome for both: a new draft plan, or the target plan updated with a report of what changed.
    source = ImportSource(file_name=file_name, data=data, source_text=parsed.text, request=request)
    report = None
    if target_plan is None:
        plan = import_parsed(
            actor=actor, owner=owner, kind=kind, parsed=parsed.document, parent=parent, **source
        )
    else:
        plan = target_plan
        report = reimport_parsed(actor=actor, plan=plan, parsed=parsed.document, **source)
    return ImportOutcome(plan=plan, report=report, ocr_pages=parsed.ocr_pages, parse_seconds=parsed.seconds)
