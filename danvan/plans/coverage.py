"""Coverage of the parent catalog and the plan linter: what a careful reviewer would flag before sending.

Findings have stable codes so the UI, the API and tests can refer to them. `blocking` findings stop the
plan's next step (submission, issue, publication of a catalog); the rest are advice. What blocks, in one
place (Nghị định 30/2020 and the plan's purpose: every task has someone answerable for it, a document is
issued with its number and date):

- always: names that are not organisations, groups without their members chosen, closed organisations;
- an agency plan, from submission on: no task at all, a task without a lead unit (`no_lead`);
- at issue (an approved plan) and for a catalog: the document's number and date (shown, as a warning,
  from submission on).

Everything else (missing catalog tasks, later deadlines, duplicates, symbols, signer …) stays a warning.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from danvan.core.dateformat import short_date
from danvan.organizations.models import Organization
from danvan.organizations.resolution import GroupKey, UnitGroup
from danvan.plans.models import Assignment, Plan, Task
from docparse import fold, warning_place

# Type abbreviations of Nghị định 30/2020 Phụ lục III, plus the legal documents citations name.
KNOWN_TYPE_CODES = {
    "NQ", "QĐ", "CT", "QC", "QYĐ", "TC", "TB", "HD", "CTR", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTR", "HĐ",
    "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "NĐ", "TT", "TTLT", "L", "QH", "KL",
    "CTRPH", "QĐPH", "QCPH", "HDLT",
}  # fmt: skip
# "3177/QĐ-UBND", "59/2023/NĐ-CP", "23-QĐ/TW", "05-CTrPH/BDVTU-BCSĐ", "6217/SNV-XDCQ&CTTN".
_STATE = re.compile(r"^\d+/(?:\d{4}/)?(?P<first>[^\W\d_][\w&]*)(?:-[\w&]+)*$")
_PARTY = re.compile(r"^\d+-(?P<first>[^\W\d_][\w&]*)/[\w&]+(?:-[\w&]+)*$")
# Parser warnings the linter re-checks on the reviewed values (folded prefixes).
SUPERSEDED_WARNINGS = ("so van ban de trong", "ngay ban hanh", "ky hieu van ban co the sai")
# Types whose symbol starts with the issuer, not with a type code.
LETTER_TYPES = {"Công văn", "Công điện"}


@dataclass(frozen=True)
class FilePlace:
    """Where in the uploaded file a parser warning points: a page, or without pages (a DOCX) a table or a section."""

    kind: str  # "page", "table" or "section" (docparse.warning_place)
    label: str  # "3", "2", "II.3"


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    blocking: bool = False
    task: Task | None = None
    catalog_task: Task | None = None
    # The document field to fill in ("number", "date") for a finding about the document.
    field: str = ""
    # For a parser warning that names its place in the file: the place, and the message without it.
    place: FilePlace | None = None
    reason: str = ""


def findings_by_place(findings: list[Finding]) -> tuple[list[Finding], list[tuple[FilePlace, list[Finding]]]]:
    """The findings about the plan as a whole, and those that point at a place in the file grouped by place:
    pages in page order, then tables in their order, then sections as they come in the file."""
    general: list[Finding] = []
    groups: dict[FilePlace, list[Finding]] = {}
    for finding in findings:
        if finding.place is None:
            general.append(finding)
        else:
            groups.setdefault(finding.place, []).append(finding)
    rank = {"page": 0, "table": 1, "section": 2}

    def key(item: tuple[int, FilePlace]) -> tuple[int, int, int]:
        order, place = item
        number = int(place.label) if place.label.isdigit() and place.kind != "section" else 0
        return rank.get(place.kind, 3), number, order

    ordered = sorted(enumerate(groups), key=key)
    return general, [(place, groups[place]) for _, place in ordered]


@dataclass
class Coverage:
    """Catalog tasks assigned to the plan's organisation, split into covered and missing."""

    catalog: Plan
    covered: list[tuple[Task, list[Task]]] = field(default_factory=list)
    missing: list[Task] = field(default_factory=list)

    @property
    def assigned_count(self) -> int:
        return len(self.covered) + len(self.missing)

    @property
    def percent(self) -> int:
        return round(100 * len(self.covered) / self.assigned_count) if self.assigned_count else 100


def _organization_in_group(
    assignment: Assignment, organization: Organization, cache: dict[tuple[str, int], set[int]]
) -> bool:
    assert assignment.group_anchor_id is not None
    key = (assignment.group_key, assignment.group_anchor_id)
    if key not in cache:
        group = UnitGroup(key=GroupKey(assignment.group_key), anchor=assignment.group_anchor)  # type: ignore[arg-type]
        cache[key] = set(group.members().values_list("pk", flat=True))
    return organization.pk in cache[key]


def assigned_catalog_tasks(catalog: Plan, organization: Organization) -> list[Task]:
    """Catalog tasks the organisation leads or coordinates: named, as a member of a group, or selected."""
    tasks = catalog.tasks.filter(is_heading=False).prefetch_related(
        Prefetch("assignments", queryset=Assignment.objects.select_related("group_anchor"))
    )
    cache: dict[tuple[str, int], set[int]] = {}
    result = []
    for task in tasks.order_by("position"):
        rows = list(task.assignments.all())
        selected_groups = {a.expanded_from_id for a in rows if a.expanded_from_id}
        for row in rows:
            if row.organization_id == organization.pk or (
                row.group_key
                and row.pk not in selected_groups
                and not row.needs_selection
                and _organization_in_group(row, organization, cache)
            ):
                result.append(task)
                break
    return result


def coverage_of(plan: Plan) -> Coverage | None:
    """How the agency plan covers the tasks its catalog assigns to its organisation (None without a catalog)."""
    if plan.parent is None or not plan.parent.is_catalog:
        return None
    coverage = Coverage(catalog=plan.parent)
    implementing: dict[int, list[Task]] = {}
    for task in plan.tasks.filter(source_task__isnull=False).order_by("position"):
        implementing.setdefault(task.source_task_id, []).append(task)  # type: ignore[arg-type]
    for catalog_task in assigned_catalog_tasks(plan.parent, plan.owner):
        done_by = implementing.get(catalog_task.pk)
        if done_by:
            coverage.covered.append((catalog_task, done_by))
        else:
            coverage.missing.append(catalog_task)
    return coverage


def _symbol_problem(number: str, doc_type: str) -> str | None:
    compact = re.sub(r"\s+", "", number)
    state, party = _STATE.match(compact), _PARTY.match(compact)
    if state is None and party is None:
        return _("malformed symbol")
    # Laws and resolutions of the National Assembly carry only the issuer after the year ("202/2025/QH15").
    issuer_only = compact.count("/") == 2 and "-" not in compact
    if (
        state is not None
        and not issuer_only
        and doc_type not in LETTER_TYPES
        and state.group("first").upper() not in KNOWN_TYPE_CODES
    ):
        return _("unknown document type code “%(code)s”") % {"code": state.group("first")}
    return None


def lint(
    plan: Plan, *, today: datetime.date | None = None, coverage: Coverage | None = None
) -> list[Finding]:
    """Every finding on the plan, in the order a reviewer reads it. Pass the plan's `coverage_of()` when
    the caller has it already (it is the costly part)."""
    today = today or timezone.localdate()
    findings: list[Finding] = []
    tasks = list(
        plan.tasks.select_related("source_task").prefetch_related(
            Prefetch("assignments", queryset=Assignment.objects.select_related("organization"))
        )
    )
    findings += _coverage_findings(coverage if coverage is not None else coverage_of(plan))
    findings += _task_findings(plan, tasks, today)
    findings += _document_findings(plan)
    return findings


def blocking_findings(plan: Plan) -> list[Finding]:
    return [f for f in lint(plan) if f.blocking]


def _coverage_findings(coverage: Coverage | None) -> list[Finding]:
    if coverage is None:
        return []
    return [
        Finding(
            "missing_catalog_task",
            _("Catalog task %(number)s assigned to this organisation is not in the plan: %(text)s")
            % {"number": task.number, "text": Truncator(task.content).chars(120)},
            catalog_task=task,
        )
        for task in coverage.missing
    ]


def _task_findings(plan: Plan, tasks: list[Task], today: datetime.date) -> list[Finding]:
    findings: list[Finding] = []
    if not plan.is_catalog and not any(not t.is_heading for t in tasks):
        findings.append(Finding("no_tasks", _("The plan has no task yet."), blocking=True))
    years = {d.year for d in (plan.period_start, plan.period_end) if d}
    seen = Counter(fold(t.content) for t in tasks if t.content)
    for task in tasks:
        label = task.number or Truncator(task.content).chars(40)
        rows = list(task.assignments.all())
        if task.source_task and task.source_task.due and task.due and task.due > task.source_task.due:
            findings.append(
                Finding(
                    "later_than_catalog",
                    _("Task %(task)s is due %(due)s, after the catalog's deadline %(catalog)s.")
                    % {
                        "task": label,
                        "due": short_date(task.due),
                        "catalog": short_date(task.source_task.due),
                    },
                    task=task,
                )
            )
        if not task.is_heading and not any(r.role == Assignment.Role.LEAD for r in rows):
            findings.append(
                Finding(
                    "no_lead",
                    _("Task %(task)s has no lead unit.") % {"task": label},
                    blocking=not plan.is_catalog,
                    task=task,
                )
            )
        expanded = {r.expanded_from_id for r in rows if r.expanded_from_id}
        for row in rows:
            if row.expanded_from_id:
                continue
            if not row.is_resolved:
                findings.append(
                    Finding(
                        "unresolved_name",
                        _("“%(name)s” (task %(task)s) is not a known organisation: choose the one it means.")
                        % {"name": row.text, "task": label},
                        blocking=True,
                        task=task,
                    )
                )
            elif row.needs_selection and row.pk not in expanded:
                findings.append(
                    Finding(
                        "group_not_selected",
                        _("“%(name)s” (task %(task)s): choose which organisations are concerned.")
                        % {"name": row.text, "task": label},
                        blocking=True,
                        task=task,
                    )
                )
            elif row.organization is not None and not row.organization.is_active_on(today):
                findings.append(
                    Finding(
                        "closed_organization",
                        _("%(name)s (task %(task)s) no longer exists.")
                        % {"name": row.organization.name, "task": label},
                        blocking=True,
                        task=task,
                    )
                )
        if task.content and seen[fold(task.content)] > 1:
            findings.append(
                Finding("duplicate_task", _("Task %(task)s is written twice.") % {"task": label}, task=task)
            )
        if (
            years
            and task.due
            and task.due.year not in years
            and task.timeframe_kind != Task.TimeframeKind.OPEN_ENDED
        ):
            findings.append(
                Finding(
                    "year_outside_period",
                    _("Task %(task)s is due in %(year)s, outside the plan's period.")
                    % {"task": label, "year": task.due.year},
                    task=task,
                )
            )
    return findings


def _document_findings(plan: Plan) -> list[Finding]:
    document = plan.document
    findings: list[Finding] = []
    final = plan.status in (Plan.Status.SUBMITTED, Plan.Status.APPROVED) or plan.is_catalog
    for attr, message in (
        ("number", _("The document has no number yet.")),
        ("date", _("The document has no date yet.")),
        ("signer", _("The document names no signer.")),
    ):
        if document is None and attr == "signer":
            continue
        if document is None or not getattr(document, attr):
            # A catalog cannot be published, nor a plan issued (it is then submitted or approved), without its
            # number and date; the issue form asks for them.
            blocking = attr in ("number", "date") and (plan.is_catalog or plan.status == Plan.Status.APPROVED)
            if final:
                findings.append(Finding(f"blank_{attr}", message, blocking=blocking, field=attr))
    if document is None:
        return findings
    for citation in document.citations.all():
        problem = _symbol_problem(citation.number, citation.doc_type)
        if problem:
            findings.append(
                Finding(
                    "citation_symbol",
                    _("Citation %(number)s: %(problem)s.") % {"number": citation.number, "problem": problem},
                )
            )
    issuer = fold(document.issuer_name)
    authority = fold(document.signing_authority)
    if "uy ban nhan dan" in issuer and authority and not authority.startswith("tm. uy ban nhan dan"):
        findings.append(
            Finding(
                "signing_authority",
                _(
                    "A People's Committee signs “TM. ỦY BAN NHÂN DÂN”; this document is signed “%(authority)s”."
                )
                % {"authority": document.signing_authority},
            )
        )
    for warning in (document.parsed or {}).get("warnings") or []:
        text = str(warning).split(" / ")[0]
        # Blank number and date, and citation symbols, are checked above on the reviewed values, not the file's.
        if not fold(text).startswith(SUPERSEDED_WARNINGS):
            located = warning_place(text)
            place = FilePlace(located[0], located[1]) if located else None
            findings.append(
                Finding("parser_warning", text, place=place, reason=located[2] if located else "")
            )
    return findings
