"""Working days and legal time limits on real Vietnamese dates of 2025 and 2026.

Hand-checked against the calendar: Tết Bính Ngọ 2026 (mùng 1 = Tuesday 17/02/2026; state bodies off Saturday 14/2
to Sunday 22/2), 30/4–1/5 (2025: Saturday 26/4 worked to rest 30/4–04/5; 2026: Giỗ Tổ on Sunday 26/4, rest
Monday 27/4), Quốc khánh 2/9 and its adjacent day (2025: Monday 1/9 and Tuesday 2/9).
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from danvan.core import actions, workdays
from danvan.core.models import AuditEvent, CalendarDay, TimeLimit

D = datetime.date
pytestmark = pytest.mark.django_db


def test_tet_2026_is_five_weekdays_off_inside_nine_days() -> None:
    off = [D(2026, 2, 14) + datetime.timedelta(days=n) for n in range(9)]  # Sat 14/2 … Sun 22/2
    assert not any(workdays.is_working_day(day) for day in off)
    assert workdays.is_working_day(D(2026, 2, 13))  # Friday before
    assert workdays.is_working_day(D(2026, 2, 23))  # Monday after
    assert workdays.rest_day_name(D(2026, 2, 17)) == "Tết Nguyên Đán"
    # Labour Code 2019 Điều 112: Tết is five days; the weekdays 16–20/2 are the five.
    assert [d for d in workdays.holidays_of(2026) if d.month == 2] == [D(2026, 2, n) for n in range(16, 21)]


def test_30_april_2025_the_worked_saturday_and_the_swapped_friday() -> None:
    assert workdays.is_working_day(D(2025, 4, 26))  # Saturday worked in exchange
    for day in range(30, 31):
        assert not workdays.is_working_day(D(2025, 4, day))
    for day in (1, 2, 3, 4):
        assert not workdays.is_working_day(D(2025, 5, day))
    assert workdays.is_working_day(D(2025, 5, 5))
    assert CalendarDay.objects.get(date=D(2025, 5, 2)).kind == CalendarDay.Kind.REST


def test_gio_to_2026_on_a_sunday_is_compensated_on_monday() -> None:
    assert workdays.rest_day_name(D(2026, 4, 26)) is not None
    assert not workdays.is_working_day(D(2026, 4, 27))
    assert workdays.is_working_day(D(2026, 4, 28))
    assert not workdays.is_working_day(D(2026, 4, 30)) and not workdays.is_working_day(D(2026, 5, 1))


def test_national_day_2025_with_its_adjacent_day() -> None:
    assert not workdays.is_working_day(D(2025, 9, 1))  # the adjacent day (Monday)
    assert not workdays.is_working_day(D(2025, 9, 2))
    assert workdays.is_working_day(D(2025, 9, 3))
    assert workdays.is_working_day(D(2025, 8, 29))


def test_adding_and_counting_working_days_across_tet_2026() -> None:
    # Friday 13/2 + 1 working day = Monday 23/2 (nine days off between).
    assert workdays.add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)
    # 10 working days after Tuesday 10/2: 11, 12, 13, 23, 24, 25, 26, 27, 2/3, 3/3.
    assert workdays.add_working_days(D(2026, 2, 10), 10) == D(2026, 3, 3)
    assert workdays.working_days_between(D(2026, 2, 10), D(2026, 3, 3)) == 10
    assert workdays.add_working_days(D(2026, 3, 3), -10) == D(2026, 2, 10)
    assert workdays.working_days_between(D(2026, 3, 3), D(2026, 2, 10)) == -10
    assert workdays.add_working_days(D(2026, 2, 15), 0) == D(2026, 2, 15)


def test_working_days_around_30_april_2025() -> None:
    # Thursday 24/4 + 2 = Saturday 26/4 (worked), + 4 = Tuesday 29/4, + 5 = Monday 5/5.
    assert workdays.add_working_days(D(2025, 4, 24), 2) == D(2025, 4, 26)
    assert workdays.add_working_days(D(2025, 4, 24), 4) == D(2025, 4, 29)
    assert workdays.add_working_days(D(2025, 4, 24), 5) == D(2025, 5, 5)
    assert workdays.working_days_between(D(2025, 4, 20), D(2025, 5, 5)) == 9  # 21–26/4, 28–29/4, 5/5


def test_civil_code_periods_start_the_next_day_and_end_on_a_working_day() -> None:
    days = TimeLimit.Unit.DAYS
    # Received Monday 5/1/2026: 10 days run 6/1 … 15/1 (Thursday).
    assert workdays.period_end(D(2026, 1, 5), 10, days) == D(2026, 1, 15)
    # Received 7/2/2026: 10 days end Tuesday 17/2, mùng 1 Tết → the next working day, Monday 23/2.
    assert workdays.period_end(D(2026, 2, 7), 10, days) == D(2026, 2, 23)
    # Received 20/4/2025: 10 days end 30/4 → 30/4–4/5 off → Monday 5/5.
    assert workdays.period_end(D(2025, 4, 20), 10, days) == D(2025, 5, 5)
    # Received 22/8/2025: 10 days end Monday 1/9 (the adjacent day) → Wednesday 3/9.
    assert workdays.period_end(D(2025, 8, 22), 10, days) == D(2025, 9, 3)
    # Ending on a plain Saturday: the next Monday.
    assert workdays.period_end(D(2026, 3, 4), 10, days) == D(2026, 3, 16)
    # Working days: 7 working days after Thursday 12/2/2026 → 13, 23, 24, 25, 26, 27, 2/3.
    assert workdays.period_end(D(2026, 2, 12), 7, TimeLimit.Unit.WORKING_DAYS) == D(2026, 3, 2)


def test_limits_documented_in_domain_rules_are_seeded_as_data() -> None:
    limit = workdays.time_limit("complaint.first.resolve", on=D(2026, 3, 1))
    assert (limit.amount, limit.unit) == (30, TimeLimit.Unit.DAYS)
    assert "02/2011/QH13" in limit.legal_basis
    intake = workdays.time_limit("denunciation.intake", on=D(2025, 6, 1))
    assert (intake.amount, intake.unit) == (7, TimeLimit.Unit.WORKING_DAYS)
    assert TimeLimit.objects.count() >= 18


def test_a_new_version_applies_to_events_from_its_effective_date() -> None:
    actions.add_time_limit(
        actor=None,
        code="petition.reply",
        name="Trả lời việc xử lý đơn (thử nghiệm)",
        amount=7,
        unit=TimeLimit.Unit.WORKING_DAYS,
        effective_from=D(2026, 7, 1),
        legal_basis="Luật số 136/2025/QH15 (phiên bản thử trong kiểm thử)",
    )
    before = workdays.legal_deadline("petition.reply", event=D(2026, 6, 30))
    after = workdays.legal_deadline("petition.reply", event=D(2026, 7, 1))
    assert (before.limit.amount, before.limit.unit) == (10, TimeLimit.Unit.DAYS)
    assert before.due == D(2026, 7, 10)
    assert (after.limit.amount, after.limit.unit) == (7, TimeLimit.Unit.WORKING_DAYS)
    assert after.due == D(2026, 7, 10)  # 2, 3, 6, 7, 8, 9, 10/7
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.CREATED, details__code="petition.reply"
    ).exists()
    with pytest.raises(workdays.NoTimeLimit):
        workdays.time_limit("denunciation.resolve", on=D(2018, 12, 31))  # before Luật Tố cáo 2018
    with pytest.raises(workdays.NoTimeLimit):
        workdays.time_limit("no.such.limit", on=D(2026, 1, 1))


def test_an_extension_runs_from_the_end_of_the_original_period() -> None:
    # Denunciation accepted 15/1/2026: 30 days end 14/2 (Saturday, Tết) → 23/2; 30 more days → 25/3 (Wednesday).
    deadline = workdays.legal_deadline("denunciation.resolve", event=D(2026, 1, 15))
    assert deadline.due == D(2026, 2, 23)
    extended = workdays.legal_deadline("denunciation.resolve", event=D(2026, 1, 15), extra=30)
    assert extended.due == D(2026, 3, 25)


def test_an_administrator_moves_a_day_and_the_calendar_follows() -> None:
    day = D(2026, 12, 31)  # Thursday
    assert workdays.is_working_day(day)
    entry = actions.save_calendar_day(
        actor=None, date=day, kind=CalendarDay.Kind.REST, name="Nghỉ hoán đổi (thử)", source="Thông báo thử"
    )
    assert not workdays.is_working_day(day)
    assert workdays.rest_day_name(day) == "Nghỉ hoán đổi (thử)"
    actions.save_calendar_day(actor=None, date=day, kind=CalendarDay.Kind.WORK, name="Làm việc (thử)")
    assert workdays.is_working_day(day)
    assert CalendarDay.objects.filter(date=day).count() == 1
    actions.delete_calendar_day(actor=None, day=CalendarDay.objects.get(pk=entry.pk))
    assert workdays.is_working_day(day)
    # A table entry also overrides the package: working on New Year's Day, resting on a Saturday.
    actions.save_calendar_day(actor=None, date=D(2026, 1, 1), kind=CalendarDay.Kind.WORK, name="Thử")
    assert workdays.is_working_day(D(2026, 1, 1))
    assert AuditEvent.objects.filter(details__kind=CalendarDay.Kind.REST).count() == 1


def test_a_year_is_loaded_once_not_once_per_day(django_assert_num_queries: Any) -> None:
    workdays.clear_cache()
    # 2026: 261 weekdays, 13 of them holidays or moved rest days (1/1, 16–20/2, 27/4, 30/4, 1/5, 31/8, 1/9,
    # 2/9, 24/11), one Saturday worked (22/8): 249 working days; 1/1 itself is not counted (a holiday anyway).
    with django_assert_num_queries(1):
        assert workdays.working_days_between(D(2026, 1, 1), D(2026, 12, 31)) == 249
    with django_assert_num_queries(0):
        assert workdays.add_working_days(D(2026, 1, 1), 100) > D(2026, 5, 1)


def test_2027_comes_from_the_package_without_any_table_entry() -> None:
    assert not CalendarDay.objects.filter(date__year=2027).exists()
    # Tết Đinh Mùi: mùng 1 = Saturday 6/2/2027; the weekdays 4, 5, 8, 9, 10/2 are off.
    assert [d for d in workdays.holidays_of(2027) if d.month == 2 and d.weekday() < 5] == [
        D(2027, 2, 4),
        D(2027, 2, 5),
        D(2027, 2, 8),
        D(2027, 2, 9),
        D(2027, 2, 10),
    ]


def test_administrators_edit_the_yearly_table_in_the_admin() -> None:
    from danvan.accounts.models import User
    from danvan.testing import client_for

    admin = User.objects.create_superuser(username="quantri", password="Mat-khau-123", email="")
    client = client_for(admin)
    listing = client.get("/admin/core/calendarday/?year=2025")
    assert listing.status_code == 200
    assert "Làm bù thứ Bảy 26/4/2025" in listing.content.decode()
    response = client.post(
        "/admin/core/calendarday/add/",
        {"date": "2026-12-31", "kind": "rest", "name": "Nghỉ hoán đổi dịp Tết Dương lịch", "source": "Thử"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not workdays.is_working_day(D(2026, 12, 31))
    event = AuditEvent.objects.get(action=AuditEvent.Action.CREATED, details__date="2026-12-31")
    assert event.actor == admin
    assert client.get("/admin/core/timelimit/").status_code == 200


def test_the_year_overview_shows_the_package_and_the_table_together(make_user: Any, tree: Any) -> None:
    from danvan.accounts.models import User
    from danvan.testing import client_for

    admin = User.objects.create_superuser(username="quantri", password="Mat-khau-123", email="")
    client = client_for(admin)
    assert 'href="/admin/core/calendarday/year/' in client.get("/admin/core/calendarday/").content.decode()
    page = client.get("/admin/core/calendarday/year/2026/")
    assert page.status_code == 200
    html = page.content.decode()
    for text in ("Tết Nguyên Đán", "Nghỉ bù Giỗ Tổ Hùng Vương", "Làm bù thứ Bảy 22/8/2026", "17/02/2026"):
        assert text in html, text
    days = {row.day: row for row in workdays.year_overview(2026)}
    assert days[D(2026, 2, 17)].entry is None and not days[D(2026, 2, 17)].is_working_day
    assert days[D(2026, 8, 22)].entry is not None and days[D(2026, 8, 22)].is_working_day
    assert client.get("/admin/core/calendarday/year/99999/").status_code == 404
    # An officer is no administrator: the admin sends them to its login page.
    officer = client_for(make_user(tree.department, "agency_officer"))
    assert officer.get("/admin/core/calendarday/year/2026/").status_code == 302
