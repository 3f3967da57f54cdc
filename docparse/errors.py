"""The one exception the parser raises for input it cannot read."""

from __future__ import annotations


class ParseError(Exception):
    """Input that cannot be parsed, with a message for the user in Vietnamese and in English."""

    def __init__(self, message_vi: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_vi = message_vi
        self.message_en = message_en

    def __str__(self) -> str:
        return f"{self.message_vi} ({self.message_en})"
