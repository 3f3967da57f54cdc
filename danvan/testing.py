"""Helpers the test suites share (imported by tests only)."""

from __future__ import annotations

import email
import email.policy
import io
import socket
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.test import Client
from PIL import Image

MB = 1024 * 1024


def client_for(user: Any) -> Client:
    """A test client logged in as `user` (no password, no login throttling involved)."""
    client = Client()
    client.force_login(user)
    return client


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buffer, format="JPEG")
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), content, compression)
    return buffer.getvalue()


def deflated_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP written by hand from already-deflated members: (name, deflate stream, CRC-32, unpacked size)."""
    body, directory = io.BytesIO(), io.BytesIO()
    for name, stream, crc, size in members:
        fields = (20, 0, 8, 0, 0x5A21, crc, len(stream), size, len(name.encode()), 0)
        directory.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, body.tell()))
        directory.write(name.encode())
        body.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields))
        body.write(name.encode() + stream)
    count, start = len(members), body.tell()
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, directory.tell(), start, 0)
    return body.getvalue() + directory.getvalue() + end


def docx_bomb() -> bytes:
    """About 1 MB packed, 1.1 GB unpacked: five parts of 220 MB of zeros beside a real document part. Each part
    repeats one byte-aligned deflate segment of 1 MB of zeros (built in a fraction of a second)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = compressor.compress(b"\x00" * MB) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(220):
        crc = zlib.crc32(b"\x00" * MB, crc)
    fill = segment * 220 + b"\x03\x00"  # the final empty block
    members = []
    for name, content in (("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<document/>")):
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        members.append((name, packer.compress(content) + packer.flush(), zlib.crc32(content), len(content)))
    members += [(f"word/media/fill{n}.bin", fill, crc, 220 * MB) for n in range(5)]
    return deflated_zip(members)


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
