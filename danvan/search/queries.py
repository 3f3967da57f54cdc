"""One search over tasks, plans, documents and organisations, scoped to what the person may see.

Each kind is read through its app's scoped query (`tasks_visible_to`, `plans_visible_to`, `documents_visible_to`,
`organizations_visible_to`) and filtered with `matching.filter_words`: one query per kind, whatever the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from danvan.organizations.models import Organization
from danvan.organizations.queries import AnyUser, organizations_visible_to
from danvan.plans.models import Document, Plan, Task
from danvan.plans.queries import documents_visible_to, plans_visible_to, tasks_visible_to
from danvan.search.matching import filter_words, words_of

LIMIT = 20
R = TypeVar("R")


@dataclass
class SearchResults:
    """Up to `LIMIT` matches of each kind; `more` names the kinds that had more."""

    words: list[str]
    tasks: list[Task] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    more: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        return len(self.tasks) + len(self.plans) + len(self.documents) + len(self.organizations)


def _cut(results: SearchResults, kind: str, rows: list[R], limit: int) -> list[R]:
    if len(rows) > limit:
        results.more.add(kind)
    return rows[:limit]


def search(user: AnyUser, text: str, *, limit: int = LIMIT) -> SearchResults:
    """Tasks, plans, documents and organisations in the person's scope containing every word of `text`
    (diacritics and case ignored, each word matching the start of a word). Four queries."""
    words = words_of(text)
    results = SearchResults(words=words)
    if not words or not user.is_authenticated:
        return results
    tasks = filter_words(tasks_visible_to(user), ("content",), words).select_related("plan", "plan__owner")
    results.tasks = _cut(
        results, "tasks", list(tasks.order_by("plan__owner__name", "plan_id", "position")[: limit + 1]), limit
    )
    plans = filter_words(plans_visible_to(user), ("title",), words).select_related("owner")
    results.plans = _cut(results, "plans", list(plans.order_by("-created_at")[: limit + 1]), limit)
    documents = filter_words(documents_visible_to(user), ("number", "title", "issuer_name"), words)
    documents = documents.select_related("owner", "plan")
    results.documents = _cut(
        results, "documents", list(documents.order_by("-date", "-created_at")[: limit + 1]), limit
    )
    organizations = filter_words(organizations_visible_to(user), ("search_key",), words)
    organizations = organizations.select_related("parent")
    results.organizations = _cut(
        results, "organizations", list(organizations.order_by("depth", "name")[: limit + 1]), limit
    )
    return results


def document_url(document: Document) -> str | None:
    """Where a document is shown: the page of its plan (None for a document without one)."""
    plan = getattr(document, "plan", None)
    return plan.get_absolute_url() if plan is not None else None
