"""Helpers the test suites share (imported by tests only)."""

from __future__ import annotations

from typing import Any

from django.test import Client


def client_for(user: Any) -> Client:
    """A test client logged in as `user` (no password, no login throttling involved)."""
    client = Client()
    client.force_login(user)
    return client
