"""Legal deadlines of feedback items computed against hand-made cases around Tết 2026 and 30/4–1/5/2026.

The 2026 calendar (holidays package + core's table): Tết Mon 16/2 – Fri 20/2 (with the weekends 14–15/2 and
21–22/2 that is nine days off); Giỗ Tổ Sun 26/4 compensated Mon 27/4; 30/4 Thu and 01/5 Fri.
"""

from __future__ import annotations

import datetime

import pytest

from danvan.core.models import TimeLimit
from danvan.feedback import deadlines
from danvan.feedback.models import Kind

pytestmark = pytest.mark.django_db
D = datetime.date


def test_denunciation_received_before_tet_is_accepted_within_seven_working_days_after_it() -> None:
    # Wed 11/2: working days Thu 12 (1), Fri 13 (2), then Tết and weekends to Sun 22/2, Mon 23 (3) … Fri 27 (7).
    computed = deadlines.compute(kind=Kind.DENUNCIATION, received_on=D(2026, 2, 11))
    assert computed.accept.due == D(2026, 2, 27)
    # Not accepted yet: the 30 days run from the last day to accept: 27/2 + 30 = Sun 29/3 → Mon 30/3.
    assert computed.resolve.due == D(2026, 3, 30)


def test_denunciation_extensions_run_from_the_end_of_the_first_period() -> None:
    accepted = D(2026, 2, 27)
    once = deadlines.compute(
        kind=Kind.DENUNCIATION, received_on=D(2026, 2, 11), accepted_on=accepted, extension_days=30
    )
    # 30/3 + 30 days = Wed 29/4 (a working day, the eve of 30/4).
    assert once.resolve.due == D(2026, 4, 29)
    twice = deadlines.compute(
        kind=Kind.DENUNCIATION, received_on=D(2026, 2, 11), accepted_on=accepted, extension_days=60
    )
    # 30/3 + 60 days = Fri 29/5.
    assert twice.resolve.due == D(2026, 5, 29)


def test_complaint_received_before_tet_ends_on_the_first_working_day_after_it() -> None:
    # Thu 12/2 + 10 days = Sun 22/2 (the weekend after Tết) → Mon 23/2 (BLDS Điều 148).
    computed = deadlines.compute(kind=Kind.COMPLAINT, received_on=D(2026, 2, 12))
    assert computed.accept.due == D(2026, 2, 23)
    accepted = deadlines.compute(kind=Kind.COMPLAINT, received_on=D(2026, 2, 12), accepted_on=D(2026, 2, 23))
    assert accepted.resolve.due == D(2026, 3, 25)  # 23/2 + 30 days, a Wednesday
    complex_case = deadlines.compute(
        kind=Kind.COMPLAINT, received_on=D(2026, 2, 12), accepted_on=D(2026, 2, 23), complex_case=True
    )
    assert complex_case.resolve.due == D(2026, 4, 9)  # 23/2 + 45 days, a Thursday


def test_report_whose_reply_limit_ends_on_30_april_rolls_over_the_long_weekend() -> None:
    # Mon 20/4 + 10 days = Thu 30/4 (holiday); 01/5 holiday, 2–3/5 weekend → Mon 4/5.
    computed = deadlines.compute(kind=Kind.REPORT, received_on=D(2026, 4, 20))
    assert computed.accept.due == D(2026, 5, 4)
    # 20 days from the day received: Sun 10/5 → Mon 11/5.
    assert computed.resolve.due == D(2026, 5, 11)


def test_denunciation_received_before_gio_to_skips_the_compensation_day_and_30_april() -> None:
    # Fri 24/4: Mon 27/4 is the Giỗ Tổ compensation day; Tue 28 (1), Wed 29 (2), 30/4 and 1/5 off,
    # Mon 4/5 (3), Tue 5 (4), Wed 6 (5), Thu 7 (6), Fri 8 (7).
    computed = deadlines.compute(kind=Kind.DENUNCIATION, received_on=D(2026, 4, 24))
    assert computed.accept.due == D(2026, 5, 8)


def test_a_newer_version_of_a_limit_applies_only_to_items_received_after_it() -> None:
    TimeLimit.objects.create(
        code="petition.reply",
        name="Trả lời đơn (sửa đổi)",
        amount=5,
        unit=TimeLimit.Unit.WORKING_DAYS,
        effective_from=D(2026, 7, 1),
        legal_basis="Luật số 136/2025/QH15",
    )
    before = deadlines.compute(kind=Kind.PETITION, received_on=D(2026, 6, 30))
    after = deadlines.compute(kind=Kind.PETITION, received_on=D(2026, 7, 1))
    assert before.accept.due == D(2026, 7, 10)  # 30/6 + 10 days, a Friday
    assert after.accept.due == D(2026, 7, 8)  # five working days after Wed 1/7


def test_extensions_beyond_what_the_law_allows_are_refused() -> None:
    from danvan.core.errors import ActionRefused

    deadlines.check_extension(kind=Kind.DENUNCIATION, received_on=D(2026, 3, 2), days=30, earlier=1)
    with pytest.raises(ActionRefused):
        deadlines.check_extension(kind=Kind.DENUNCIATION, received_on=D(2026, 3, 2), days=30, earlier=2)
    with pytest.raises(ActionRefused):
        deadlines.check_extension(kind=Kind.DENUNCIATION, received_on=D(2026, 3, 2), days=31, earlier=0)
    with pytest.raises(ActionRefused):
        deadlines.check_extension(kind=Kind.REPORT, received_on=D(2026, 3, 2), days=10, earlier=1)


def test_missing_limits_are_restored_from_the_migrations() -> None:
    from danvan.feedback.actions.limits import ensure_time_limits, migration_rows

    assert ensure_time_limits() == 0  # the migrations wrote them all
    TimeLimit.objects.filter(code__in=["petition.reply", "feedback.petition.resolve"]).delete()
    assert ensure_time_limits() == 2
    assert TimeLimit.objects.count() >= len(migration_rows())
    assert deadlines.compute(kind=Kind.REPORT, received_on=D(2026, 4, 20)).accept.due == D(2026, 5, 4)
