"""Exceptions shared by the apps' actions."""

from __future__ import annotations


class ActionRefused(Exception):
    """An action refused what was asked (wrong state, stale version, no right); the message is for the user.

    Views show it as an error message and the API as a 4xx answer; nothing was written.
    """
