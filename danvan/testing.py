"""Helpers the test suites share (imported by tests only)."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.test import Client


def client_for(user: Any) -> Client:
    """A test client logged in as `user` (no password, no login throttling involved)."""
    client = Client()
    client.force_login(user)
    return client


# --- a real SMTP server (the `smtp` fixture of the root conftest) ---------------------------------------------


@dataclass
class Delivered:
    sender: str
    recipients: list[str]
    subject: str
    body: str


@dataclass
class Mailbox:
    """What the local SMTP server received; addresses in `refuse` are answered 550."""

    messages: list[Delivered] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse:
            return "550 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        with self.lock:
            self.messages.append(
                Delivered(
                    sender=envelope.mail_from,
                    recipients=list(envelope.rcpt_tos),
                    subject=str(message["Subject"]).strip(),  # folded after "Subject:"
                    body=body.get_content() if body is not None else "",
                )
            )
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Delivered]:
        return [m for m in self.messages if address in m.recipients]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


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
