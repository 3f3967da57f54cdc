"""Short labels of long texts: a task, a target, a criterion named in a history line, a select or a message.

One length and one way to cut: at a word boundary where possible, ending in "…" so a reader sees the text goes on
(a bare cut left half words such as "Nhân dâ" on the plan history).
"""

from __future__ import annotations

from django.utils.text import Truncator

LABEL_LENGTH = 80


def short_text(text: str, length: int = LABEL_LENGTH) -> str:
    """`text` cut to at most `length` characters, "…" included, when it is longer."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = Truncator(text).words(len(text[:length].split()) - 1, truncate="…")
    return cut if 0 < len(cut) <= length else Truncator(text).chars(length, truncate="…")


def search_text(text: str) -> str:
    """What a page's search box asks for: its outer spaces dropped, and a NUL byte too, which pages and the API
    read as U+FFFD (`ReadableInputMiddleware`, `api_inputs`): a search typed with one still finds what it names,
    where a filter with one matches nothing."""
    return text.replace("\x00", "").replace("\ufffd", "").strip()
