"""API of task progress: `POST /api/v1/tasks/{id}/progress` records an organisation's progress on a task.

The same rules as the page: the task must be in the caller's scope (404 otherwise) and the caller must be able
to report for one of its assigned organisations (403 otherwise); values are checked by the action and refused
with Vietnamese messages (422, one per field in `errors`).
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Router, Schema
from pydantic import Field, StrictFloat, StrictInt, StrictStr

from danvan.api_errors import ApiError, StrictBody, api_user, responses
from danvan.api_inputs import ParamInt
from danvan.reporting.actions import progress as actions
from danvan.reporting.models import Status, TaskProgress, choices_legend
from danvan.reporting.queries import progress as queries

router = Router(tags=["progress"])


class ProgressIn(StrictBody):
    """Fields left out keep their current value (or the default of a first report). A JSON object with these
    fields only, each of its JSON type (no "50" for 50): anything else answers 422."""

    organization: StrictInt | None = None
    state: Literal["not_started", "in_progress", "done"] | None = None
    percent: Annotated[StrictInt, Field(ge=0, le=100)] | None = None
    completed_on: datetime.date | None = None
    result: StrictStr | None = None
    figures: dict[str, StrictInt | StrictFloat | None] | None = None
    # `updated_at` of the row the caller read; when given, a different row now answers 409.
    seen: StrictStr | None = None


class OrganizationRef(Schema):
    id: int
    name: str


class ProgressOut(Schema):
    id: int
    task_id: int
    organization: OrganizationRef
    is_lead: bool
    state: str
    percent: int
    completed_on: datetime.date | None
    result: str
    figures: dict[str, Any]
    status: str = Field(description=choices_legend(Status))
    status_label: str
    evidence_count: int
    updated_at: datetime.datetime
    seen: str


def progress_out(row: TaskProgress) -> dict[str, Any]:
    return {
        "id": row.pk,
        "task_id": row.task_id,
        "organization": {"id": row.organization.pk, "name": row.organization.name},
        "is_lead": row.is_lead,
        "state": row.state,
        "percent": row.percent,
        "completed_on": row.completed_on,
        "result": row.result,
        "figures": row.figures,
        "status": row.status,
        "status_label": row.get_status_display(),
        "evidence_count": row.evidence.count(),
        "updated_at": row.updated_at,
        "seen": actions.progress_token(row),
    }


@router.post(
    "/tasks/{task_id}/progress",
    response=responses({200: ProgressOut}, 403, 404, 409, body=True),
    url_name="task-progress",
    summary="Report progress on a task",
)
def update_task_progress(request: HttpRequest, task_id: ParamInt, payload: ProgressIn) -> dict[str, Any]:
    """Record progress for `organization` (default: the first the caller may report for, the lead first):
    state, percent (0–100; a task done is at 100), completion date (required when done), result text and
    figures keyed by target id of the task's plan. The status is recomputed as of today."""
    user = api_user(request)
    task = queries.get_task_for_progress(user, task_id)
    updatable = queries.updatable_organizations(user, task)
    if not updatable:
        raise ApiError(403, _("You may not report progress on this task."))
    chosen = updatable[0].organization
    if payload.organization is not None:
        matches = [u.organization for u in updatable if u.organization.pk == payload.organization]
        if not matches:
            raise ApiError(403, _("You may not report progress on this task for that organisation."))
        chosen = matches[0]
    current = queries.get_progress_row(task, chosen)
    state = payload.state or (current.state if current else TaskProgress.State.NOT_STARTED)
    percent = payload.percent if payload.percent is not None else (current.percent if current else 0)
    if payload.state == "done" and payload.percent is None:
        percent = 100
    completed_on = payload.completed_on if "completed_on" in payload.model_fields_set else None
    if "completed_on" not in payload.model_fields_set and current is not None:
        completed_on = current.completed_on
    try:
        row = actions.update_progress(
            actor=user,
            task=task,
            organization=chosen,
            state=state,
            percent=percent,
            completed_on=completed_on,
            result=payload.result if payload.result is not None else (current.result if current else ""),
            figures=payload.figures if payload.figures is not None else (current.figures if current else {}),
            seen=payload.seen,
            request=request,
        )
    except PermissionDenied:
        raise ApiError(403, _("You may not report progress on this task.")) from None
    except (actions.StaleProgress, actions.ProgressElsewhere) as error:
        raise ApiError(409, str(error)) from None
    except ValidationError as error:
        errors = (
            [
                {"field": field if field != "__all__" else "", "message": message}
                for field, messages in error.message_dict.items()
                for message in messages
            ]
            if hasattr(error, "error_dict")
            else [{"field": "", "message": m} for m in error.messages]
        )
        raise ApiError(
            422,
            _("The progress was not saved: %(reasons)s"),
            {"reasons": " ".join(e["message"] for e in errors)},
            errors=errors,
        ) from None
    return progress_out(row)
