"""API of the search: GET /api/v1/search?q=… (the same results as the search page)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema

from danvan.api_errors import api_user, responses
from danvan.search import queries

router = Router(tags=["search"])


class TaskHit(Schema):
    id: int
    number: str
    content: str
    plan_id: int
    plan_title: str
    owner: str
    url: str


class PlanHit(Schema):
    id: int
    kind: str
    title: str
    owner: str
    url: str


class DocumentHit(Schema):
    id: int
    type: str
    number: str
    title: str
    owner: str
    url: str | None


class OrganizationHit(Schema):
    id: int
    name: str
    kind: str
    url: str


class SearchOut(Schema):
    words: list[str]
    tasks: list[TaskHit]
    plans: list[PlanHit]
    documents: list[DocumentHit]
    organizations: list[OrganizationHit]
    # Kinds with more matches than listed ("tasks", "plans", "documents", "organizations").
    more: list[str]


@router.get(
    "/search",
    response=responses({200: SearchOut}),
    url_name="search",
    summary="Search tasks, plans, documents, organisations",
)
def search(request: HttpRequest, q: str = Query(..., max_length=200)) -> dict[str, Any]:  # type: ignore[type-arg]
    """Every word of `q` must occur at the start of a word (diacritics and case ignored): "dan van kheo" finds
    "Dân vận khéo". Only what the caller may see; up to 20 of each kind."""
    found = queries.search(api_user(request), q)
    return {
        "words": found.words,
        "tasks": [
            {
                "id": t.pk,
                "number": t.number,
                "content": t.content,
                "plan_id": t.plan_id,
                "plan_title": t.plan.title,
                "owner": t.plan.owner.name,
                "url": t.get_absolute_url(),
            }
            for t in found.tasks
        ],
        "plans": [
            {"id": p.pk, "kind": p.kind, "title": p.title, "owner": p.owner.name, "url": p.get_absolute_url()}
            for p in found.plans
        ],
        "documents": [
            {
                "id": d.pk,
                "type": d.doc_type,
                "number": d.number,
                "title": d.title,
                "owner": d.owner.name,
                "url": queries.document_url(d),
            }
            for d in found.documents
        ],
        "organizations": [
            {"id": o.pk, "name": o.name, "kind": o.kind, "url": o.get_absolute_url()}
            for o in found.organizations
        ],
        "more": sorted(found.more),
    }
