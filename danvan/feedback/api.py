"""API of citizen feedback.

- `POST /feedback`: an item received by another intake system (a 1022-style hotline, a chat bot), sent with the
  personal token of the officer or system account that writes for the receiving organisation;
- `GET /feedback/{code}`: the public status of an item by its tracking code (no login, no personal data);
- `GET /feedback/items` and `GET /feedback/items/{item_id}`: staff reads, scoped like the pages;
- `POST /feedback/items/{item_id}/answer`: record a text answer (the signed letter is uploaded on the page).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema, Status
from pydantic import Field, StrictBool, StrictInt, StrictStr

from danvan.api_errors import ApiError, StrictBody, api_user, responses
from danvan.api_inputs import ParamInt, column_length
from danvan.api_paging import Page
from danvan.core.errors import ActionRefused
from danvan.feedback import actions, permissions, queries
from danvan.feedback.models import Channel, Feedback, Kind
from danvan.organizations import queries as org_queries

router = Router(tags=["feedback"])


class FeedbackIn(StrictBody):
    organization: StrictInt = Field(
        description="The organisation that received the item (the caller writes for it)."
    )
    kind: Kind
    channel: Channel = Channel.API
    title: StrictStr = Field(min_length=1, max_length=column_length(Feedback, "title"))
    text: StrictStr = Field(min_length=1, max_length=20000)
    received_on: datetime.date | None = None
    anonymous: StrictBool = False
    citizen_name: StrictStr = Field("", max_length=column_length(Feedback, "citizen_name"))
    citizen_phone: StrictStr = Field("", max_length=column_length(Feedback, "citizen_phone"))
    citizen_email: StrictStr = Field("", max_length=column_length(Feedback, "citizen_email"))
    citizen_address: StrictStr = Field("", max_length=column_length(Feedback, "citizen_address"))


class PublicStatusOut(Schema):
    code: str
    kind: str
    title: str
    state: str
    received_on: datetime.date
    organization: str
    due: datetime.date | None
    overdue: bool
    answered_on: datetime.date | None
    answer_text: str


class ItemOut(Schema):
    id: int
    code: str
    kind: str
    channel: str
    title: str
    state: str
    received_on: datetime.date
    organization_id: int
    accept_due: datetime.date | None
    resolve_due: datetime.date | None
    overdue: bool
    answered_on: datetime.date | None
    url: str


class ItemPage(Schema):
    count: int
    items: list[ItemOut]


class AnswerIn(StrictBody):
    text: StrictStr = Field(min_length=1, max_length=20000)
    out_of_competence: StrictBool = False
    publish: StrictBool = False


def _item(item: Feedback, today: datetime.date) -> dict[str, Any]:
    return {
        "id": item.pk,
        "code": item.code,
        "kind": item.kind,
        "channel": item.channel,
        "title": item.title,
        "state": item.state,
        "received_on": item.received_on,
        "organization_id": item.organization_id,
        "accept_due": item.accept_due,
        "resolve_due": item.resolve_due,
        "overdue": item.is_overdue(today),
        "answered_on": item.answered_on,
        "url": item.get_absolute_url(),
    }


@router.post(
    "/feedback",
    response=responses({201: ItemOut}, 403, 404, 409, body=True),
    url_name="feedback-create",
    summary="Receive feedback from another intake system",
)
def create_feedback(request: HttpRequest, payload: FeedbackIn) -> Status[dict[str, Any]]:
    """Store an item received by the organisation `organization`; answers its tracking code and deadlines.
    The citizen gets the acknowledgement by e-mail when an address is given. A refusal (an anonymous complaint,
    a date in the future) answers 409 with the reason."""
    user = api_user(request)
    organization = org_queries.get_organization_for_user(user, payload.organization)
    if not permissions.can_enter_feedback(user, organization):
        raise ApiError(403, _("You may not enter feedback for this organisation."))
    data = payload.model_dump(exclude={"organization"})
    try:
        item = actions.receive_feedback(actor=user, organization=organization, request=request, **data)
    except ActionRefused as error:
        raise ApiError(409, str(error)) from error
    return Status(201, _item(item, timezone.localdate()))


@router.get(
    "/feedback/items",
    response=responses({200: ItemPage}),
    url_name="feedback-list",
    summary="Feedback items in scope",
)
def list_items(request: HttpRequest, page: Query[Page], state: str = "", kind: str = "") -> dict[str, Any]:
    """Items held by organisations in the caller's scope, newest first; `state` may be "overdue"."""
    today = timezone.localdate()
    items = queries.item_list(api_user(request), queries.ItemFilters(state=state, kind=kind), today=today)
    return {"count": items.count(), "items": [_item(i, today) for i in page.of(items)]}


@router.get(
    "/feedback/items/{item_id}",
    response=responses({200: ItemOut}, 404),
    url_name="feedback-detail",
    summary="One feedback item",
)
def get_item(request: HttpRequest, item_id: ParamInt) -> dict[str, Any]:
    return _item(queries.get_item_for_user(api_user(request), item_id), timezone.localdate())


@router.post(
    "/feedback/items/{item_id}/answer",
    response=responses({200: ItemOut}, 403, 404, 409, body=True),
    url_name="feedback-answer",
    summary="Answer a feedback item",
)
def answer_item(request: HttpRequest, item_id: ParamInt, payload: AnswerIn) -> dict[str, Any]:
    user = api_user(request)
    item = queries.get_item_for_user(user, item_id)
    if not permissions.can_handle_feedback(user, item):
        raise ApiError(403, _("You may not handle this item."))
    try:
        item = actions.answer_feedback(
            actor=user,
            item=item,
            text=payload.text,
            out_of_competence=payload.out_of_competence,
            publish=payload.publish,
        )
    except ActionRefused as error:
        raise ApiError(409, str(error)) from error
    return _item(item, timezone.localdate())


@router.get(
    "/feedback/{code}",
    response=responses({200: PublicStatusOut}, 404),
    url_name="feedback-status",
    summary="Public status of an item by its tracking code",
    auth=None,
)
def public_status(request: HttpRequest, code: str) -> dict[str, Any]:
    """What the citizen reads with the code: no name, contact or address (a denunciation shows no subject)."""
    status = queries.public_status(code, today=timezone.localdate())
    return {
        "code": status.code,
        "kind": status.kind,
        "title": status.title,
        "state": status.state,
        "received_on": status.received_on,
        "organization": status.organization,
        "due": status.due,
        "overdue": status.overdue,
        "answered_on": status.answered_on,
        "answer_text": status.answer_text,
    }
