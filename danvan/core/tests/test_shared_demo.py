"""The shared demo (conftest.py `demo_site`) is the demo `make run` shows, whatever ran before it."""

from __future__ import annotations

import pytest

from danvan.accounts.models import User
from danvan.core.models import CalendarDay, TimeLimit


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_leaves_an_empty_database_behind() -> None:
    # Runs before the demo readers (pytest-django orders transactional tests first; demo readers go last)
    # and is flushed after: the data migrations' rows go with it.
    assert TimeLimit.objects.exists()


def test_the_shared_demo_starts_from_the_migrated_database(demo_site: None) -> None:
    assert TimeLimit.objects.count() >= 18
    assert CalendarDay.objects.filter(date__year=2025).exists()
    assert User.objects.filter(username="dieuphoi").exists()
