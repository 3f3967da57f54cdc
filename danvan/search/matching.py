"""Diacritic-insensitive word matching on PostgreSQL and SQLite.

PostgreSQL: full-text search with the `danvan_search` text search configuration (created by this app's migration:
the `simple` dictionary behind `unaccent`, so "Dân vận khéo" is indexed as `dan`, `van`, `kheo`), queried with a
prefix match on every word (`dan:* & van:* & kheo:*`). GIN expression indexes on the searched columns keep it
fast at nationwide scale.

SQLite: the same semantics with a function registered on every connection, `danvan_search_text(text)`, which
returns the words of `docparse.fold(text)` joined by spaces and led by one; a word matches when " word" occurs
in it, i.e. at the start of a word. The query words are folded with `docparse.fold` on both engines.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import F, Func, Model, QuerySet, TextField, Value
from django.db.models.functions import Concat

from docparse import fold

CONFIG = "danvan_search"
SQLITE_FUNCTION = "danvan_search_text"
M = TypeVar("M", bound=Model)


def words_of(text: str) -> list[str]:
    """The folded words of a query: "Dân  vận khéo!" → ["dan", "van", "kheo"]."""
    return re.findall(r"\w+", fold(text))[:10]


def search_text(text: str | None) -> str:
    """The SQLite key of a value: " dan van kheo" (a leading space so that every word follows one)."""
    return " " + " ".join(re.findall(r"\w+", fold(text or "")))


def register_sqlite_functions(db_connection: Any) -> None:
    if db_connection.vendor == "sqlite":
        db_connection.connection.create_function(SQLITE_FUNCTION, 1, search_text, deterministic=True)


def filter_words(qs: QuerySet[M], fields: tuple[str, ...], words: list[str]) -> QuerySet[M]:
    """Rows of `qs` whose `fields` together contain every word (as the start of a word), ignoring diacritics."""
    if not words:
        return qs.none()
    if connection.vendor == "postgresql":
        vector = SearchVector(*fields, config=CONFIG)
        query = SearchQuery(" & ".join(f"{word}:*" for word in words), config=CONFIG, search_type="raw")
        matched: QuerySet[M] = qs.annotate(search_vector=vector).filter(search_vector=query)
        return matched
    parts: list[Any] = []
    for name in fields:
        parts += [F(name), Value(" ")]
    source = Concat(*parts, output_field=TextField()) if len(fields) > 1 else F(fields[0])
    qs = qs.annotate(search_key_text=Func(source, function=SQLITE_FUNCTION, output_field=TextField()))
    for word in words:
        qs = qs.filter(search_key_text__contains=f" {word}")
    return qs
