"""Restore the legal time limits the feedback app counts with when they are missing.

The limits are data rows written by migrations (`core/0004`, `feedback/0002`). A database emptied after its
migrations ran (a flushed test database, a restore of business data only) lacks them, and every deadline would
then fail; the demo (and tests that flush) put the migrations' rows back first, through `core.actions`.
"""

from __future__ import annotations

import importlib
from typing import Any

from danvan.core.actions import add_time_limit
from danvan.core.models import TimeLimit

SOURCES = (
    "danvan.core.migrations.0004_seed_calendar_and_time_limits",
    "danvan.feedback.migrations.0002_feedback_time_limits",
)


def migration_rows() -> list[tuple[Any, ...]]:
    """(code, name, amount, unit, effective_from, legal basis, note) of every limit the migrations write."""
    return [row for source in SOURCES for row in importlib.import_module(source).TIME_LIMITS]


def ensure_time_limits() -> int:
    """Add the migrations' limits that are missing (system actor); returns how many were added."""
    existing = set(TimeLimit.objects.values_list("code", "effective_from"))
    added = 0
    for code, name, amount, unit, effective_from, basis, note in migration_rows():
        if (code, effective_from) not in existing:
            add_time_limit(
                actor=None,
                code=code,
                name=name,
                amount=amount,
                unit=unit,
                effective_from=effective_from,
                legal_basis=basis,
                note=note,
            )
            added += 1
    return added
