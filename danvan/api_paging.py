"""Paging of the JSON API's list endpoints: one `Page` of query parameters (`limit`, `offset`) for every list.

Both are bounded: `offset` beyond a signed 32-bit integer is refused with 422 before it reaches the database,
where SQLite cannot bind it and PostgreSQL refuses it (a 500 otherwise).
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from ninja import Field, Schema

MAX_PAGE = 500
MAX_OFFSET = 2**31 - 1


class Page(Schema):
    """`limit` rows (1–500, default 100) from row `offset` (0 first)."""

    limit: int = Field(100, ge=1, le=MAX_PAGE)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)

    def of(self, rows: QuerySet[Any] | list[Any]) -> QuerySet[Any] | list[Any]:
        """The rows of this page."""
        return rows[self.offset : self.offset + self.limit]
