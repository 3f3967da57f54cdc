"""The shared demo (conftest.py `demo_site`) is the demo `make run` shows, whatever ran before it."""

from __future__ import annotations

from danvan.accounts.models import User
from danvan.core.models import CalendarDay, TimeLimit


def test_the_shared_demo_starts_from_the_migrated_database(demo_site: None) -> None:
    # The demo readers run after the transactional tests, whose flushes take the data migrations' rows with
    # them: the shared demo puts them back before loading.
    assert TimeLimit.objects.count() >= 18
    assert CalendarDay.objects.filter(date__year=2025).exists()
    assert User.objects.filter(username="dieuphoi").exists()
