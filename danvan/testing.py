"""Helpers the test suites share (imported by tests only)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
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
