"""Exceptions shared by the apps' actions."""

from __future__ import annotations


class ActionRefused(Exception):
    """An action refused what was asked (wrong state, stale version, no right); the message is for the user.

    Views show it as an error message and the API as a 4xx answer; nothing was written.
    """


class NotReady(ActionRefused):
    """A step refused until listed things are fixed: `items` are (what to fix, where to fix it) pairs that the
    page shows as a list of links and the API returns as `errors`."""

    def __init__(self, message: str, items: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.items = items
