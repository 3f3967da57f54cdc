"""Query counts of the reporting pages that list rows and had no pin yet (periods, calendar feeds, a report's
history), pinned with 5 and 15 rows (`danvan.testing.assert_flat_queries`)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.urls import reverse

from danvan.plans.models import Plan
from danvan.reporting.actions import calendar as calendar_actions
from danvan.reporting.actions import periods as period_actions
from danvan.reporting.actions import reports as report_actions
from danvan.testing import assert_flat_queries, client_for

pytestmark = pytest.mark.django_db


def test_period_list_stays_flat_as_periods_and_reports_grow(
    published_catalog: Plan, tree: Any, make_user: Any
) -> None:
    made: list[int] = []

    def grow(count: int) -> None:
        for _ in range(count):
            due = datetime.date(2025, 1, 1) + datetime.timedelta(days=10 * len(made))
            period = period_actions.create_period(
                actor=None,
                catalog=published_catalog,
                name=f"Kỳ {len(made)}",
                start=due - datetime.timedelta(days=30),
                cutoff=due - datetime.timedelta(days=3),
                due=due,
            )
            report_actions.assemble_report(actor=None, period=period, organization=tree.department)
            made.append(period.pk)

    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    officer = client_for(make_user(tree.department, "agency_officer"))
    assert_flat_queries(coordinator, [reverse("reporting:period-list")], grow)
    assert_flat_queries(officer, [reverse("reporting:period-list")], grow)


def test_calendar_feed_list_stays_flat_as_feeds_grow(tree: Any, make_user: Any) -> None:
    person = make_user(tree.department, "agency_officer")

    def grow(count: int) -> None:
        for i in range(count):
            calendar_actions.create_feed(actor=person, organization=tree.department if i % 2 else None)

    assert_flat_queries(client_for(person), [reverse("reporting:calendar-feeds")], grow)


def test_report_history_stays_flat_as_edits_grow(published_catalog: Plan, tree: Any, make_user: Any) -> None:
    period = period_actions.create_period(
        actor=None,
        catalog=published_catalog,
        name="Quý IV",
        start=datetime.date(2025, 10, 1),
        cutoff=datetime.date(2025, 12, 10),
        due=datetime.date(2025, 12, 15),
    )
    report = report_actions.assemble_report(actor=None, period=period, organization=tree.department)
    officer = make_user(tree.department, "agency_officer")

    def grow(count: int) -> None:
        for i in range(count):
            report_actions.assemble_report(actor=officer, period=period, organization=tree.department)
            del i

    assert_flat_queries(client_for(officer), [reverse("reporting:report-history", args=[report.pk])], grow)
