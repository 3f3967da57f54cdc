"""API of the plans app: plans, their tasks and coverage, exports, tasks by assignee, and document parsing.

Every read goes through `danvan.plans.queries` (the person's scope); responses are built here from
prefetched rows, so the number of queries does not grow with the data.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from ninja import File, Query, Router, Schema, Status
from ninja.files import UploadedFile

from danvan.api_errors import ApiError, api_user, responses
from danvan.api_inputs import ParamInt
from danvan.api_paging import Page
from danvan.core.http import file_response
from danvan.documents.parsing import ParseFailed, parse_file
from danvan.documents.pdf import PdfConversionError, docx_to_pdf, libreoffice_available
from danvan.organizations import queries as org_queries
from danvan.organizations.models import Organization
from danvan.plans import actions, coverage, queries
from danvan.plans.export import export_docx, export_file_name, export_xlsx
from danvan.plans.models import Assignment, Plan, Task

router = Router(tags=["plans"])


# --- schemas ----------------------------------------------------------------------------------------------


class OrganizationRef(Schema):
    id: int
    name: str


class PersonRef(Schema):
    id: int
    name: str


class PlanRef(Schema):
    id: int
    title: str


class DocumentOut(Schema):
    type: str
    number: str
    date: datetime.date | None
    issuer: str
    place: str
    title: str
    signer: str
    authority: str
    # The legal basis as printed, one statement a line.
    preamble: str


class PlanOut(Schema):
    id: int
    kind: str
    status: str
    title: str
    owner: OrganizationRef
    parent_id: int | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    document: DocumentOut | None
    task_count: int
    url: str


class PlanPage(Schema):
    count: int
    items: list[PlanOut]


class TimeframeOut(Schema):
    raw: str
    kind: str
    start: datetime.date | None
    end: datetime.date | None
    due: datetime.date | None


class AssignmentOut(Schema):
    id: int
    role: str
    text: str
    organization: OrganizationRef | None
    person: PersonRef | None
    group: str
    needs_selection: bool
    external: bool
    expanded_from_id: int | None


class TaskOut(Schema):
    id: int
    number: str
    parent_id: int | None
    is_heading: bool
    content: str
    timeframe: TimeframeOut
    source_task_id: int | None
    assignments: list[AssignmentOut]


class PlanDetailOut(PlanOut):
    tasks: list[TaskOut]


class TaskListItem(TaskOut):
    plan: PlanRef


class TaskPage(Schema):
    count: int
    items: list[TaskListItem]


class TaskRef(Schema):
    id: int
    number: str
    content: str


class CoveredOut(Schema):
    catalog_task: TaskRef
    implemented_by: list[TaskRef]


class FindingOut(Schema):
    code: str
    message: str
    blocking: bool
    task_id: int | None
    catalog_task_id: int | None


class CoverageOut(Schema):
    plan_id: ParamInt
    catalog: PlanRef | None
    assigned_count: int
    covered_count: int
    percent: int | None
    covered: list[CoveredOut]
    missing: list[TaskRef]
    findings: list[FindingOut]


# --- building responses -----------------------------------------------------------------------------------


def _organization(organization: Organization | None) -> dict[str, Any] | None:
    return None if organization is None else {"id": organization.pk, "name": organization.name}


def _plan(plan: Plan, task_count: int) -> dict[str, Any]:
    document = plan.document
    return {
        "id": plan.pk,
        "kind": plan.kind,
        "status": plan.status,
        "title": plan.title,
        "owner": _organization(plan.owner),
        "parent_id": plan.parent_id,
        "period_start": plan.period_start,
        "period_end": plan.period_end,
        "document": None
        if document is None
        else {
            "type": document.doc_type,
            "number": document.number,
            "date": document.date,
            "issuer": document.issuer_name,
            "place": document.place,
            "title": document.title,
            "signer": document.signer,
            "authority": document.signing_authority,
            "preamble": document.preamble,
        },
        "task_count": task_count,
        "url": plan.get_absolute_url(),
    }


def _assignment(assignment: Assignment) -> dict[str, Any]:
    person = assignment.person
    return {
        "id": assignment.pk,
        "role": assignment.role,
        "text": assignment.text,
        "organization": _organization(assignment.organization),
        "person": None if person is None else {"id": person.pk, "name": str(person)},
        "group": assignment.group_key,
        "needs_selection": assignment.needs_selection,
        "external": assignment.external,
        "expanded_from_id": assignment.expanded_from_id,
    }


def _task(task: Task, *, written_only: bool = False) -> dict[str, Any]:
    rows = task.assignments.all()
    return {
        "id": task.pk,
        "number": task.number,
        "parent_id": task.parent_id,
        "is_heading": task.is_heading,
        "content": task.content,
        "timeframe": {
            "raw": task.timeframe_raw,
            "kind": task.timeframe_kind,
            "start": task.start,
            "end": task.end,
            "due": task.due,
        },
        "source_task_id": task.source_task_id,
        "assignments": [_assignment(a) for a in rows if not (written_only and a.expanded_from_id)],
    }


def _task_ref(task: Task) -> dict[str, Any]:
    return {"id": task.pk, "number": task.number, "content": task.content}


# --- endpoints --------------------------------------------------------------------------------------------


@router.get(
    "/plans", response=responses({200: PlanPage}), url_name="plan-list", summary="Plans and catalogs in scope"
)
def list_plans(
    request: HttpRequest,
    page: Query[Page],
    kind: Literal["catalog", "plan"] | None = None,
) -> dict[str, Any]:
    """Plans of organisations in the caller's scope and the issued catalogs of their province."""
    plans = queries.plan_list(api_user(request), kind=kind)
    return {"count": len(plans), "items": [_plan(p, getattr(p, "task_count", 0)) for p in page.of(plans)]}


@router.get(
    "/plans/{plan_id}",
    response=responses({200: PlanDetailOut}, 404),
    url_name="plan-detail",
    summary="A plan with its tasks and assignments",
)
def plan_detail(request: HttpRequest, plan_id: ParamInt) -> dict[str, Any]:
    """The plan, its document, and every task in printed order with all its assignments (groups as written
    and, after publication, the organisations they were expanded into, marked by `expanded_from_id`)."""
    plan = queries.get_plan_for_user(api_user(request), plan_id)
    tasks = queries.plan_tasks(plan, queries.TaskFilters(), today=timezone.localdate())
    return {**_plan(plan, len(tasks)), "tasks": [_task(t) for t in tasks]}


@router.get(
    "/plans/{plan_id}/coverage",
    response=responses({200: CoverageOut}, 404),
    url_name="plan-coverage",
    summary="Coverage of the catalog and the plan's findings",
)
def plan_coverage(request: HttpRequest, plan_id: ParamInt) -> dict[str, Any]:
    """Catalog tasks assigned to the plan's organisation, covered or missing, and the linter's findings."""
    plan = queries.get_plan_for_user(api_user(request), plan_id)
    result = coverage.coverage_of(plan)
    findings = [
        {
            "code": f.code,
            "message": f.message,
            "blocking": f.blocking,
            "task_id": f.task.pk if f.task else None,
            "catalog_task_id": f.catalog_task.pk if f.catalog_task else None,
        }
        for f in coverage.lint(plan, coverage=result)
    ]
    if result is None:
        return {
            "plan_id": plan.pk,
            "catalog": None,
            "assigned_count": 0,
            "covered_count": 0,
            "percent": None,
            "covered": [],
            "missing": [],
            "findings": findings,
        }
    return {
        "plan_id": plan.pk,
        "catalog": {"id": result.catalog.pk, "title": result.catalog.title},
        "assigned_count": result.assigned_count,
        "covered_count": len(result.covered),
        "percent": result.percent,
        "covered": [
            {"catalog_task": _task_ref(task), "implemented_by": [_task_ref(t) for t in done_by]}
            for task, done_by in result.covered
        ],
        "missing": [_task_ref(t) for t in result.missing],
        "findings": findings,
    }


@router.get(
    "/plans/{plan_id}/export",
    response=responses({200: None}, 404, 503),
    url_name="plan-export",
    summary="The plan as DOCX, XLSX or PDF",
)
def plan_export(
    request: HttpRequest, plan_id: ParamInt, format: Literal["docx", "xlsx", "pdf"] = "docx"
) -> HttpResponse:
    """The document file. PDF is converted synchronously through LibreOffice (1–2 s); without LibreOffice
    the answer is 503 with the reason."""
    user = api_user(request)
    plan = queries.get_plan_for_user(user, plan_id)
    if format == "pdf":
        if not libreoffice_available():
            raise ApiError(503, PdfConversionError.MESSAGES["missing"])
        try:
            data = docx_to_pdf(export_docx(plan))
        except PdfConversionError as error:
            raise ApiError(503, PdfConversionError.MESSAGES[error.reason]) from error
    else:
        data = export_docx(plan) if format == "docx" else export_xlsx(plan)
    actions.record_export(actor=user, plan=plan, fmt=format, request=request)
    return file_response(data, fmt=format, file_name=export_file_name(plan, format))


@router.get(
    "/tasks",
    response=responses({200: TaskPage}, 404),
    url_name="task-list",
    summary="Tasks assigned to an organisation",
)
def list_tasks(
    request: HttpRequest,
    page: Query[Page],
    assigned_to: ParamInt | None = None,
    role: Literal["lead", "coordinate"] | None = None,
) -> dict[str, Any]:
    """Tasks the caller can see that are assigned to organisation `assigned_to` (by name or as a member of a
    group), optionally only as `role`; without `assigned_to`, those assigned to the caller's own
    organisations or to the caller by name. `assignments` lists the rows as written."""
    user = api_user(request)
    match = Assignment.objects.filter(task=OuterRef("pk"))
    if assigned_to is not None:
        organization = org_queries.get_organization_for_user(user, assigned_to)
        match = match.filter(organization=organization)
    else:
        own = [m.organization_id for m in org_queries.active_memberships(user)]
        match = match.filter(Q(organization_id__in=own) | Q(person=user))
    if role is not None:
        match = match.filter(role=role)
    tasks = queries.tasks_visible_to(user).filter(Exists(match), is_heading=False)
    written = Assignment.objects.filter(expanded_from__isnull=True).select_related("organization", "person")
    rows = list(
        page.of(
            tasks.select_related("plan")
            .prefetch_related(Prefetch("assignments", queryset=written.order_by("role", "position", "pk")))
            .order_by("plan_id", "position", "pk")
        )
    )
    items = [{**_task(t, written_only=True), "plan": {"id": t.plan.pk, "title": t.plan.title}} for t in rows]
    return {"count": tasks.count(), "items": items}


@router.post(
    "/parse",
    response=responses({200: dict[str, Any]}, 413, body=True),
    url_name="parse",
    summary="Parse a document (DOCX, PDF, XLSX, TXT) with docparse",
)
def parse_document(request: HttpRequest, file: File[UploadedFile]) -> dict[str, Any] | Status[dict[str, str]]:
    """The docparse JSON of the uploaded file (document, citations, tasks, reporting, warnings); nothing is
    stored. The file is parsed in a child process with memory and time limits (`PARSE_REQUEST_SECONDS`): a
    file that cannot be read (or that crashes the reader) answers 400; a scan that needs OCR, or a parse that
    runs out of time, answers 422 — OCR runs only in the background import (docs/api.md)."""
    if file.size is not None and file.size > settings.MAX_UPLOAD_BYTES:
        raise ApiError(
            413,
            _("The file is too large; the limit is %(limit)d MB."),
            {"limit": settings.MAX_UPLOAD_BYTES // (1024 * 1024)},
        )
    try:
        parsed = parse_file(file.read(), file.name or "upload", seconds=settings.PARSE_REQUEST_SECONDS)
    except ParseFailed as failure:
        status = 400 if failure.reason in ("refused", "crashed") else 422
        return Status(status, {"detail": failure.message, "detail_en": failure.message_en})
    return parsed.document
