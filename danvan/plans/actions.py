"""Writes of the plans app: import, review edits, publication, cascade and approval.

Every function runs in a transaction and records its audit event; plan edits bump `Plan.version` and refuse
a stale version (`StaleVersion`) instead of overwriting someone else's change.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.errors import ActionRefused
from danvan.core.models import AuditEvent
from danvan.documents.models import ExportJob
from danvan.organizations.models import Organization
from danvan.organizations.resolution import GroupKey, Resolution, UnitGroup, resolve_units
from danvan.plans.matching import best_matches
from danvan.plans.models import (
    Assignment,
    Citation,
    Document,
    ImportJob,
    Plan,
    ReportingObligation,
    Target,
    Task,
    number_key,
)
from danvan.plans.preamble import preamble_of, purpose_of
from docparse import fold

M = TypeVar("M", bound=models.Model)


class StaleVersion(ActionRefused):
    """The plan changed since the editor loaded it."""


class TransitionError(ActionRefused):
    """The plan is not in a state that allows this step; the message is for the user."""


def _create_with_history(model: type[M], rows: Iterable[M]) -> list[M]:
    """bulk_create that also writes the history rows (plain bulk_create skips simple-history)."""
    return list(bulk_create_with_history(list(rows), model))


# --- import ----------------------------------------------------------------------------------------------


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


def _province_of(organization: Organization) -> Organization:
    return Organization.objects.get(pk=organization.ancestor_ids()[0])


def link_citations(document: Document) -> int:
    """Link this document's citations to documents of the same province, and citations of it to it.

    An agency plan whose parent is still unknown gets the catalog it cites as parent. Returns the number
    of citations linked.
    """
    province = _province_of(document.owner)
    in_province = Document.objects.filter(owner__path__startswith=province.path)
    linked = 0
    keys = {c.number_key for c in document.citations.all()}
    targets = {d.number_key: d for d in in_province.filter(number_key__in=keys).exclude(pk=document.pk)}
    for citation in document.citations.all():
        target = targets.get(citation.number_key)
        if target is not None and citation.cited_id != target.pk:
            citation.cited = target
            citation.save(update_fields=["cited"])
            linked += 1
    if document.number_key:
        linked += (
            Citation.objects.filter(
                number_key=document.number_key,
                document__owner__path__startswith=province.path,
                cited__isnull=True,
            )
            .exclude(document=document)
            .update(cited=document)
        )
        _adopt_children(document)
    return linked


def _adopt_children(document: Document) -> None:
    """Plans without a parent that cite this catalog's decision become its children."""
    catalog = Plan.objects.filter(document=document, kind=Plan.Kind.CATALOG).first()
    if catalog is None:
        return
    citing = Citation.objects.filter(cited=document).values_list("document_id", flat=True)
    Plan.objects.filter(document_id__in=citing, parent__isnull=True, kind=Plan.Kind.AGENCY_PLAN).update(
        parent=catalog, parent_citation=None
    )


def _guess_parent(document: Document) -> tuple[Plan | None, Citation | None]:
    """The catalog a plan implements: a cited catalog in the system, else the first decision or plan of a
    People's Committee it cites (known only as a citation)."""
    citations = list(document.citations.select_related("cited"))
    for citation in citations:
        if citation.cited is not None:
            catalog = Plan.objects.filter(document=citation.cited, kind=Plan.Kind.CATALOG).first()
            if catalog is not None:
                return catalog, None
    for citation in citations:
        from_committee = "uy ban nhan dan" in fold(citation.issuer_name) or citation.number_key.endswith(
            "ubnd"
        )
        if citation.doc_type in ("Quyết định", "Kế hoạch") and from_committee:
            return None, citation
    return None, None


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
    _create_with_history(Assignment, assignments)
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
        parent, parent_citation = _guess_parent(document)
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
            _create_with_history(Assignment, _assignments_for(task, item, resolved))
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
        _create_with_history(Assignment, _assignments_for(task, item, resolved))
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
    """Store the upload and queue its parsing (run_import_job, in the background worker)."""
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
    return job


# --- review edits ----------------------------------------------------------------------------------------


def _bump(plan: Plan, version: int | None) -> None:
    """Check the editor's version and take the next one; refuse edits of plans past review."""
    if not plan.is_editable:
        raise TransitionError(_("This plan is no longer a draft; return it to draft before editing."))
    if version is not None and version != plan.version:
        raise StaleVersion(_("Someone else changed this plan meanwhile. Reload the page and redo your edit."))
    updated = Plan.objects.filter(pk=plan.pk, version=plan.version).update(version=F("version") + 1)
    if not updated:
        raise StaleVersion(_("Someone else changed this plan meanwhile. Reload the page and redo your edit."))
    plan.version += 1


DOCUMENT_FIELDS = (
    "doc_type",
    "number",
    "date",
    "issuer_name",
    "place",
    "title",
    "signer",
    "signing_authority",
    "preamble",
)


@transaction.atomic
def update_document(
    *,
    actor: User | None,
    plan: Plan,
    changes: dict[str, Any],
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Document:
    """Correct the document's metadata at review; a new number links the plans that cite it."""
    _bump(plan, version)
    document = plan.document
    assert document is not None
    unknown = set(changes) - set(DOCUMENT_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {sorted(unknown)}")
    for attr, value in changes.items():
        setattr(document, attr, value)
    document.full_clean(exclude=["source_file", "owner"])
    document.save()
    if changes.get("title"):
        plan.title = changes["title"]
        plan.save(update_fields=["title", "updated_at"])
    if "number" in changes:
        link_citations(document)
    return document


TASK_FIELDS = (
    "number",
    "content",
    "timeframe_raw",
    "timeframe_kind",
    "start",
    "end",
    "due",
    "is_heading",
    "weight",
)


@transaction.atomic
def update_task(
    *,
    actor: User | None,
    task: Task,
    changes: dict[str, Any],
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Task:
    """Change a task's fields in review or in the editor. History keeps the old values."""
    _bump(task.plan, version)
    unknown = set(changes) - set(TASK_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {sorted(unknown)}")
    for attr, value in changes.items():
        setattr(task, attr, value)
    task.full_clean(exclude=["plan", "parent", "source_task"])
    task.save()
    return task


@transaction.atomic
def add_task(
    *,
    actor: User | None,
    plan: Plan,
    content: str,
    number: str = "",
    parent: Task | None = None,
    timeframe_raw: str = "",
    due: datetime.date | None = None,
    version: int | None = None,
) -> Task:
    """Add the agency's own task (or a sub-task) at the end of the plan."""
    _bump(plan, version)
    last = plan.tasks.order_by("-position").values_list("position", flat=True).first()
    return Task.objects.create(
        plan=plan,
        parent=parent,
        number=number,
        content=content,
        timeframe_raw=timeframe_raw,
        timeframe_kind=Task.TimeframeKind.BY_DATE if due else Task.TimeframeKind.UNKNOWN,
        due=due,
        end=due,
        position=(last or 0) + 1,
    )


@transaction.atomic
def delete_task(*, actor: User | None, task: Task, version: int | None = None) -> None:
    """Remove a task (and its sub-tasks) from a draft plan; history keeps it."""
    _bump(task.plan, version)
    task.delete()


@transaction.atomic
def assign(
    *,
    actor: User | None,
    task: Task,
    role: str,
    organization: Organization | None = None,
    person: User | None = None,
    text: str = "",
    version: int | None = None,
) -> Assignment:
    """Assign an organisation or a named person as lead or coordinator of a task."""
    if organization is None and person is None:
        raise ValidationError(_("Choose an organisation or a person."))
    _bump(task.plan, version)
    position = task.assignments.filter(role=role).count()
    return Assignment.objects.create(
        task=task,
        role=role,
        organization=organization,
        person=person,
        text=text or str(organization or person),
        position=position,
        confidence=1.0,
        matched=_("chosen by hand"),
    )


@transaction.atomic
def resolve_assignment(
    *, actor: User | None, assignment: Assignment, organization: Organization, version: int | None = None
) -> Assignment:
    """Fix an unresolved or wrong name by choosing the organisation it means; the written name is kept."""
    _bump(assignment.task.plan, version)
    assignment.organization = organization
    assignment.external = False
    assignment.group_key = ""
    assignment.group_anchor = None
    assignment.needs_selection = False
    assignment.confidence = 1.0
    assignment.matched = _("chosen by hand")
    assignment.save()
    return assignment


@transaction.atomic
def mark_external(*, actor: User | None, assignment: Assignment, version: int | None = None) -> Assignment:
    """Record that a written name is a body outside the system (kept as written, never expanded)."""
    _bump(assignment.task.plan, version)
    assignment.external = True
    assignment.organization = None
    assignment.group_key = ""
    assignment.group_anchor = None
    assignment.needs_selection = False
    assignment.matched = _("outside the system")
    assignment.save()
    return assignment


@transaction.atomic
def select_group_members(
    *, actor: User | None, assignment: Assignment, members: Iterable[Organization], version: int | None = None
) -> list[Assignment]:
    """For "… có liên quan", record which members of the group are concerned."""
    _bump(assignment.task.plan, version)
    assignment.expansions.all().delete()
    rows = [
        Assignment(
            task=assignment.task,
            role=assignment.role,
            organization=member,
            text=member.name,
            position=assignment.position,
            confidence=1.0,
            matched=_("selected from the group"),
            expanded_from=assignment,
        )
        for member in members
    ]
    created = _create_with_history(Assignment, rows)
    assignment.needs_selection = False
    assignment.save(update_fields=["needs_selection", "updated_at"])
    return created


@transaction.atomic
def remove_assignment(*, actor: User | None, assignment: Assignment, version: int | None = None) -> None:
    """Remove an assignment from a draft plan."""
    _bump(assignment.task.plan, version)
    assignment.delete()


@transaction.atomic
def set_rollup(*, actor: User | None, plan: Plan, rollup: str, version: int | None = None) -> Plan:
    """Choose how sub-task progress rolls up into a task: plain or weighted average (stored on the plan)."""
    if rollup not in Plan.Rollup.values:
        raise ValidationError(_("Choose plain or weighted average."))
    _bump(plan, version)
    plan.rollup = rollup
    plan.save(update_fields=["rollup", "updated_at"])
    return plan


@transaction.atomic
def add_target(
    *,
    actor: User | None,
    plan: Plan,
    text: str,
    value: Decimal | None = None,
    unit: str = "",
    version: int | None = None,
) -> Target:
    """Add a measurable target (chỉ tiêu) to a draft plan."""
    _bump(plan, version)
    position = plan.targets.count()
    target = Target(plan=plan, text=text, value=value, unit=unit, position=position)
    target.full_clean()
    target.save()
    return target


@transaction.atomic
def remove_target(*, actor: User | None, target: Target, version: int | None = None) -> None:
    """Remove a target from a draft plan (history keeps it)."""
    _bump(target.plan, version)
    target.delete()


@transaction.atomic
def add_reporting_obligation(
    *, actor: User | None, plan: Plan, what: str, due: datetime.date, version: int | None = None
) -> ReportingObligation:
    """Add a report the plan asks for, with its due date."""
    _bump(plan, version)
    return ReportingObligation.objects.create(
        plan=plan, what=what, due=due, raw=f"{due:%d/%m/%Y}", position=plan.reporting_obligations.count()
    )


@transaction.atomic
def remove_reporting_obligation(
    *, actor: User | None, obligation: ReportingObligation, version: int | None = None
) -> None:
    """Remove a reporting obligation from a draft plan."""
    _bump(obligation.plan, version)
    obligation.delete()


# --- cascade ---------------------------------------------------------------------------------------------


@transaction.atomic
def start_plan_from_catalog(
    *, actor: User | None, catalog: Plan, organization: Organization, request: HttpRequest | None = None
) -> Plan:
    """Create the organisation's draft plan pre-filled with every catalog task it leads or coordinates."""
    if not catalog.is_catalog or catalog.status != Plan.Status.ISSUED:
        raise TransitionError(_("Only an issued catalog can be the start of a plan."))
    plan = Plan.objects.create(
        kind=Plan.Kind.AGENCY_PLAN,
        owner=organization,
        title=_("Plan of %(organization)s implementing %(catalog)s")
        % {"organization": organization.name, "catalog": catalog.title},
        parent=catalog,
        period_start=catalog.period_start,
        period_end=catalog.period_end,
    )
    assigned = (
        Task.objects.filter(plan=catalog, assignments__organization=organization)
        .distinct()
        .order_by("position")
    )
    _create_with_history(
        Task,
        [
            Task(
                plan=plan,
                number=str(i),
                position=i,
                content=source.content,
                timeframe_raw=source.timeframe_raw,
                timeframe_kind=source.timeframe_kind,
                start=source.start,
                end=source.end,
                due=source.due,
                source_task=source,
                source_score=1.0,
                source_confirmed=True,
            )
            for i, source in enumerate(assigned, start=1)
        ],
    )
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.CREATED,
        target=plan,
        request=request,
        details={"from_catalog": catalog.pk},
    )
    return plan


def link_to_catalog(*, plan: Plan) -> int:
    """Link every task of an uploaded plan to the catalog task it most likely implements (unconfirmed).

    Candidates are the catalog tasks assigned to the plan's owner (all of them when none is), each read with
    its parent task's text. Writes `source_task`/`source_score` of the linked tasks; returns how many.
    """
    # Imported here: this function is the only part of actions.py that needs the coverage rules.
    from danvan.plans.coverage import assigned_catalog_tasks

    assert plan.parent is not None
    catalog_tasks = list(
        plan.parent.tasks.filter(is_heading=False).select_related("parent").order_by("position")
    )
    assigned = {t.pk for t in assigned_catalog_tasks(plan.parent, plan.owner)}
    eligible = [i for i, c in enumerate(catalog_tasks) if c.pk in assigned] or None
    tasks = list(plan.tasks.filter(is_heading=False).order_by("position"))
    matches = best_matches(
        [t.content for t in tasks],
        [c.content for c in catalog_tasks],
        context=[c.parent.content if c.parent else "" for c in catalog_tasks],
        eligible=eligible,
    )
    linked = 0
    for task, match in zip(tasks, matches, strict=True):
        if match is None:
            continue
        index, score = match
        task.source_task, task.source_score, task.source_confirmed = catalog_tasks[index], score, False
        task.save(update_fields=["source_task", "source_score", "source_confirmed", "updated_at"])
        linked += 1
    return linked


@transaction.atomic
def set_source_task(
    *, actor: User | None, task: Task, source: Task | None, version: int | None = None
) -> Task:
    """Confirm or change (or remove) the catalog task an agency task implements."""
    _bump(task.plan, version)
    if source is not None and (task.plan.parent_id is None or source.plan_id != task.plan.parent_id):
        raise ValidationError(_("The task must come from this plan's catalog."))
    task.source_task = source
    task.source_confirmed = source is not None
    task.source_score = 1.0 if source is not None else None
    task.save(update_fields=["source_task", "source_confirmed", "source_score", "updated_at"])
    return task


# --- approval and publication ----------------------------------------------------------------------------


def _transition(plan: Plan, allowed: Iterable[str], to: str) -> None:
    locked = Plan.objects.select_for_update().get(pk=plan.pk)
    if locked.status not in allowed:
        raise TransitionError(
            _("The plan is “%(status)s”; this step is not possible now.")
            % {"status": locked.get_status_display()}
        )
    plan.status = to
    plan.version = locked.version + 1
    plan.save(update_fields=["status", "version", "return_comment", "updated_at"])


def _members(organization: Organization, *roles: str) -> list[User]:
    return list(
        User.objects.filter(
            memberships__organization=organization, memberships__is_active=True, memberships__role__in=roles
        ).distinct()
    )


@transaction.atomic
def submit_plan(*, actor: User | None, plan: Plan, request: HttpRequest | None = None) -> Plan:
    """Send a draft plan to the leader for approval (ký duyệt)."""
    if plan.is_catalog:
        raise TransitionError(_("A catalog is published by the coordinator, not submitted."))
    plan.return_comment = ""
    _transition(plan, [Plan.Status.DRAFT, Plan.Status.RETURNED], Plan.Status.SUBMITTED)
    core_actions.record_event(actor=actor, action=AuditEvent.Action.SUBMITTED, target=plan, request=request)
    core_actions.notify(
        recipients=_members(plan.owner, "leader"),
        text=_("Plan waiting for your approval: %(title)s") % {"title": plan.title},
        url=plan.get_absolute_url(),
    )
    return plan


@transaction.atomic
def return_plan(*, actor: User | None, plan: Plan, comment: str, request: HttpRequest | None = None) -> Plan:
    """Send a submitted plan back to its authors with comments."""
    if not comment.strip():
        raise ValidationError(_("Say what must be changed."))
    plan.return_comment = comment.strip()
    _transition(plan, [Plan.Status.SUBMITTED, Plan.Status.APPROVED], Plan.Status.RETURNED)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.RETURNED,
        target=plan,
        request=request,
        details={"comment": comment},
    )
    core_actions.notify(
        recipients=_members(plan.owner, "agency_officer"),
        text=_("Plan returned for changes: %(title)s") % {"title": plan.title},
        url=plan.get_absolute_url(),
    )
    return plan


@transaction.atomic
def approve_plan(*, actor: User | None, plan: Plan, request: HttpRequest | None = None) -> Plan:
    """The leader approves a submitted plan."""
    _transition(plan, [Plan.Status.SUBMITTED], Plan.Status.APPROVED)
    core_actions.record_event(actor=actor, action=AuditEvent.Action.APPROVED, target=plan, request=request)
    return plan


@transaction.atomic
def issue_plan(*, actor: User | None, plan: Plan, request: HttpRequest | None = None) -> Plan:
    """Issue an approved agency plan: its internal units and people get their tasks in the inbox."""
    if plan.is_catalog:
        raise TransitionError(_("A catalog is published by the coordinator."))
    from danvan.plans.coverage import blocking_findings

    blocking = blocking_findings(plan)
    if blocking:
        raise TransitionError(
            _("Fix these first: %(list)s") % {"list": "; ".join(str(f.message) for f in blocking)}
        )
    _transition(plan, [Plan.Status.APPROVED], Plan.Status.ISSUED)
    _expand_groups(plan)
    _notify_assignees(plan)
    core_actions.record_event(actor=actor, action=AuditEvent.Action.PUBLISHED, target=plan, request=request)
    return plan


@transaction.atomic
def publish_catalog(*, actor: User | None, plan: Plan, request: HttpRequest | None = None) -> Plan:
    """Publish a reviewed catalog: groups become one assignment per member organisation and every
    assigned organisation finds its tasks in its inbox."""
    if not plan.is_catalog:
        raise TransitionError(_("Only a catalog is published this way."))
    from danvan.plans.coverage import blocking_findings

    blocking = blocking_findings(plan)
    if blocking:
        raise TransitionError(
            _("Fix these first: %(list)s") % {"list": "; ".join(str(f.message) for f in blocking)}
        )
    _transition(plan, [Plan.Status.DRAFT, Plan.Status.RETURNED], Plan.Status.ISSUED)
    _expand_groups(plan)
    _notify_assignees(plan)
    if plan.document is not None:
        link_citations(plan.document)
    core_actions.record_event(actor=actor, action=AuditEvent.Action.PUBLISHED, target=plan, request=request)
    return plan


def _expand_groups(plan: Plan) -> None:
    groups = list(
        Assignment.objects.filter(task__plan=plan, expanded_from__isnull=True)
        .exclude(group_key="")
        .select_related("group_anchor")
    )
    # Groups whose members the coordinator already selected keep that selection.
    selected = set(
        Assignment.objects.filter(expanded_from__in=groups).values_list("expanded_from_id", flat=True)
    )
    members: dict[tuple[str, int], list[Organization]] = {}
    rows: list[Assignment] = []
    for group_row in groups:
        if group_row.pk in selected:
            continue
        assert group_row.group_anchor is not None
        key = (group_row.group_key, group_row.group_anchor.pk)
        if key not in members:  # "Các sở, ban, ngành" appears on most rows of a catalog: expand it once
            members[key] = list(UnitGroup(key=GroupKey(key[0]), anchor=group_row.group_anchor).members())
        rows += [
            Assignment(
                task_id=group_row.task_id,
                role=group_row.role,
                organization=member,
                text=member.name,
                position=group_row.position,
                confidence=group_row.confidence,
                matched=_("member of “%(group)s”") % {"group": group_row.text},
                expanded_from=group_row,
            )
            for member in members[key]
        ]
    _create_with_history(Assignment, rows)


def _notify_assignees(plan: Plan) -> None:
    organizations = Organization.objects.filter(
        assignments__task__plan=plan, assignments__organization__isnull=False
    ).distinct()
    recipients = User.objects.filter(
        memberships__organization__in=organizations,
        memberships__is_active=True,
        memberships__role__in=["agency_officer", "unit_officer", "leader"],
    ).distinct()
    core_actions.notify(
        recipients=recipients,
        text=_("New tasks assigned to your organisation: %(title)s") % {"title": plan.title},
        url="/plans/inbox/",
    )
    people = User.objects.filter(assignments__task__plan=plan).distinct()
    core_actions.notify(
        recipients=people,
        text=_("New tasks assigned to you: %(title)s") % {"title": plan.title},
        url="/plans/inbox/",
    )


# --- exports ---------------------------------------------------------------------------------------------


def record_export(*, actor: User | None, plan: Plan, fmt: str, request: HttpRequest | None = None) -> None:
    """Audit that the plan was downloaded in `fmt` (docx, xlsx or pdf)."""
    core_actions.record_event(
        actor=actor, action=AuditEvent.Action.EXPORTED, target=plan, request=request, details={"format": fmt}
    )


@transaction.atomic
def queue_pdf_export(*, actor: User, plan: Plan, request: HttpRequest | None = None) -> ExportJob:
    """Create a PDF export job and queue its conversion once the transaction commits (audited now)."""
    from danvan.plans import export_jobs

    job = ExportJob.objects.create(plan=plan, requested_by=actor, format=ExportJob.Format.PDF)
    record_export(actor=actor, plan=plan, fmt=ExportJob.Format.PDF, request=request)
    transaction.on_commit(lambda: export_jobs.convert_to_pdf.enqueue(job.pk))
    return job
