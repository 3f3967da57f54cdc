"""API of the initiatives app: models (list, one, register) and commitments, scoped like the pages.

Reads go through `danvan.initiatives.queries`; the registration through `danvan.initiatives.actions`.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema, Status
from pydantic import Field, StrictInt, StrictStr

from danvan.api_errors import ApiError, StrictBody, api_user, responses
from danvan.api_inputs import ParamInt, column_length
from danvan.api_paging import Page
from danvan.core.errors import ActionRefused
from danvan.initiatives import actions, permissions, queries
from danvan.initiatives.models import Commitment, Initiative
from danvan.organizations import queries as org_queries

router = Router(tags=["initiatives"])


class OrganizationRef(Schema):
    id: int
    name: str


class InitiativeOut(Schema):
    id: int
    name: str
    kind: str
    holder: str
    performer: str
    field: str
    year: int
    status: str
    organization: OrganizationRef
    registered_on: datetime.date
    recognition_level: str
    recognition_form: str
    decision_number: str
    copy_of: int | None
    url: str


class InitiativePage(Schema):
    count: int
    items: list[InitiativeOut]


class InitiativeDetail(InitiativeOut):
    situation: str
    goals: str
    content: str
    place: str
    forces: str
    resources: str
    start: datetime.date | None
    milestones: str
    evaluation_date: datetime.date | None
    outputs: str
    results: str


class InitiativeIn(StrictBody):
    organization: StrictInt
    name: StrictStr = Field(min_length=1, max_length=column_length(Initiative, "name"))
    kind: Literal["dan_van_kheo", "grassroots_democracy"] = "dan_van_kheo"
    holder: Literal["collective", "individual"]
    performer: StrictStr = Field(min_length=1, max_length=column_length(Initiative, "performer"))
    field: Literal[
        "economy",
        "culture_society",
        "defence",
        "security",
        "political_system",
        "new_rural",
        "administration",
        "other",
    ]
    # The years the pages take (initiatives.forms).
    year: StrictInt = Field(ge=2000, le=2100)
    situation: StrictStr = ""
    goals: StrictStr = ""
    content: StrictStr = ""
    place: StrictStr = ""
    forces: StrictStr = ""
    resources: StrictStr = ""
    start: datetime.date | None = None
    milestones: StrictStr = ""
    evaluation_date: datetime.date | None = None
    outputs: StrictStr = ""


class CommitmentOut(Schema):
    id: int
    organization: OrganizationRef
    year: int
    required: int
    signed: int
    from_list: bool


class CommitmentPage(Schema):
    count: int
    items: list[CommitmentOut]


def _initiative(item: Initiative) -> dict[str, Any]:
    return {
        "id": item.pk,
        "name": item.name,
        "kind": item.kind,
        "holder": item.holder,
        "performer": item.performer,
        "field": item.field,
        "year": item.year,
        "status": item.status,
        "organization": {"id": item.organization.pk, "name": item.organization.name},
        "registered_on": item.registered_on,
        "recognition_level": item.recognition_level,
        "recognition_form": item.recognition_form,
        "decision_number": item.decision_number,
        "copy_of": item.copy_of_id,
        "url": item.get_absolute_url(),
    }


def _detail(item: Initiative) -> dict[str, Any]:
    return {
        **_initiative(item),
        **{
            key: getattr(item, key)
            for key in (
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
            )
        },
    }


@router.get(
    "/initiatives",
    response=responses({200: InitiativePage}),
    url_name="initiative-list",
    summary="Dân vận khéo models in scope",
)
def list_initiatives(
    request: HttpRequest,
    page: Query[Page],
    year: ParamInt | None = None,
    status: str = "",
    kind: str = "",
) -> dict[str, Any]:
    """Models of organisations in the caller's scope, newest year first; filters by year, status and kind."""
    rows = queries.filter_initiatives(
        queries.initiatives_visible_to(api_user(request)),
        queries.InitiativeFilter(year=year, status=status, kind=kind),
    ).order_by("-year", "organization__path", "pk")
    return {"count": rows.count(), "items": [_initiative(i) for i in page.of(rows)]}


@router.get(
    "/initiatives/{initiative_id}",
    response=responses({200: InitiativeDetail}, 404),
    url_name="initiative-detail",
    summary="One model with its registration fields",
)
def get_initiative(request: HttpRequest, initiative_id: ParamInt) -> dict[str, Any]:
    return _detail(queries.get_initiative_for_user(api_user(request), initiative_id))


@router.post(
    "/initiatives",
    response=responses({201: InitiativeDetail}, 403, 404, 409, body=True),
    url_name="initiative-create",
    summary="Register a model for an organisation",
)
def create_initiative(request: HttpRequest, payload: InitiativeIn) -> Status[dict[str, Any]]:
    """Register a model; 409 when the organisation already registered one of that name, kind and year."""
    user = api_user(request)
    organization = org_queries.get_organization_for_user(user, payload.organization)
    if not permissions.can_register_initiative(user, organization):
        raise ApiError(403, _("You may not register models for this organisation."))
    data = payload.model_dump(exclude={"organization"})
    try:
        item = actions.register_initiative(actor=user, organization=organization, data=data, request=request)
    except PermissionDenied:
        raise ApiError(403, _("You may not register models for this organisation.")) from None
    except ActionRefused as error:
        raise ApiError(409, str(error)) from None
    except ValidationError as error:
        raise ApiError(
            422, _("The model was not registered: %(reasons)s"), {"reasons": " ".join(error.messages)}
        ) from None
    return Status(201, _detail(queries.get_initiative_for_user(user, item.pk)))


@router.get(
    "/commitments",
    response=responses({200: CommitmentPage}),
    url_name="commitment-list",
    summary="Integrity commitments in scope",
)
def list_commitments(request: HttpRequest, page: Query[Page], year: ParamInt | None = None) -> dict[str, Any]:
    """Each organisation's own commitments (staff who must sign, who signed) in the caller's scope."""
    rows = queries.commitments_visible_to(api_user(request))
    if year is not None:
        rows = rows.filter(year=year)
    rows = rows.order_by("-year", "organization__path")
    return {"count": rows.count(), "items": [_commitment(c) for c in page.of(rows)]}


def _commitment(item: Commitment) -> dict[str, Any]:
    return {
        "id": item.pk,
        "organization": {"id": item.organization.pk, "name": item.organization.name},
        "year": item.year,
        "required": item.required,
        "signed": item.signed,
        "from_list": item.from_list,
    }
