"""Helpers the test suites share (imported by tests only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client


def client_for(user: Any) -> Client:
    """A test client logged in as `user` (no password, no login throttling involved)."""
    client = Client()
    client.force_login(user)
    return client


def query_count(client: Client, url: str, data: dict[str, Any] | None = None) -> int:
    """How many SQL queries one GET of `url` makes (it must answer 200)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        response = client.get(url, data or {})
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return len(context.captured_queries)


def assert_flat_queries(client: Client, urls: list[str], grow: Callable[[int], None], *, n: int = 5) -> None:
    """A list page's query count must not grow with its data: `grow(k)` adds k more rows; each URL is counted
    with n rows and again with 3n, and the counts must be equal."""
    grow(n)
    for url in urls:
        client.get(url)  # first visits stamp sessions and tokens once
    few = [query_count(client, url) for url in urls]
    grow(2 * n)
    many = [query_count(client, url) for url in urls]
    assert few == many, (
        f"queries with {n} rows: {dict(zip(urls, few, strict=True))}; with {3 * n}: {dict(zip(urls, many, strict=True))}"
    )
