"""Vietnamese alphabetical order, one rule for the database and for Python.

Code points put "Lê Thanh Nghị" before "Lê Ích Mộc" and "Lê Đại Hành" (T < Í < Đ in Unicode). The
Vietnamese alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y: ă, â, đ, ê, ô, ơ
and ư are letters of their own, and tones (huyền, hỏi, ngã, sắc, nặng, in that order after the
unmarked letter) only break ties between otherwise equal words.

- PostgreSQL sorts with ICU's Vietnamese collation "vi-x-icu" (created by core migration 0006 when the
  server lacks it).
- SQLite gets a collation of the same name registered on every connection, computed by
  `vietnamese_key` below, so `order_by(by_name("name"))` reads the same on both.
- Lists sorted in Python use `vietnamese_key` directly.

Why no library: PyICU needs a C++ build against libicu on every machine that installs the project, and
pyuca applies the default Unicode order, which treats ă/â/ê/ô/ơ/ư as accented a/e/o/u instead of
letters of their own. The Vietnamese order is short and fixed; `test_collation.py` checks this key
against PostgreSQL's ICU on the same names.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from django.db.models import F
from django.db.models.functions import Collate

COLLATION = "vi-x-icu"

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# The five tones as combining marks; the other marks (breve, circumflex, horn) make letters of their own.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền, hỏi, ngã, sắc, nặng
_LETTER_RANK = {letter: 100 + i for i, letter in enumerate(_ALPHABET)}


def _letter(base: str, marks: str) -> str:
    if base == "đ":
        return "đ"
    if base in "aeo" and "\u0302" in marks:
        return {"a": "â", "e": "ê", "o": "ô"}[base]
    if base == "a" and "\u0306" in marks:
        return "ă"
    if base in "ou" and "\u031b" in marks:
        return {"o": "ơ", "u": "ư"}[base]
    return base


def vietnamese_key(text: str | None) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Sort key: letters in Vietnamese order first, then tones, then case (lower before upper)."""
    primary: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    for char in unicodedata.normalize("NFC", text or ""):
        lower = char.lower()
        decomposed = unicodedata.normalize("NFD", "đ" if lower == "đ" else lower)
        base, marks = decomposed[0], decomposed[1:]
        letter = _letter(base, marks)
        if letter in _LETTER_RANK:
            primary.append(_LETTER_RANK[letter])
            tones.append(next((_TONES[m] for m in marks if m in _TONES), 0))
            cases.append(0 if char == lower else 1)
        elif char.isdigit():
            primary.append(50 + int(unicodedata.digit(char, 0)))
            tones.append(0)
            cases.append(0)
        elif char.isspace():
            primary.append(1)  # "Lê Anh" before "Lêa": a word ends before letters go on
            tones.append(0)
            cases.append(0)
        else:
            primary.append(10)  # punctuation: after spaces, before digits and letters
            tones.append(0)
            cases.append(0)
    return tuple(primary), tuple(tones), tuple(cases)


def compare(a: str | None, b: str | None) -> int:
    """SQLite collation function: negative, zero or positive like strcmp."""
    key_a, key_b = vietnamese_key(a), vietnamese_key(b)
    return (key_a > key_b) - (key_a < key_b)


def by_name(field: str) -> Collate:
    """An order_by() term sorting `field` in Vietnamese order: `qs.order_by(by_name("name"))`."""
    return Collate(F(field), COLLATION)


def register_sqlite_collation(sender: Any, connection: Any, **kwargs: Any) -> None:
    """connection_created receiver: teach each SQLite connection the Vietnamese order."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(COLLATION, compare)
