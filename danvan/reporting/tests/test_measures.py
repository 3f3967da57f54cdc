"""Reporting's figures for core.measures: catalog tasks done on time and reports submitted on time, per agency."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from danvan.core import measures
from danvan.core.measures import Figure, Span
from danvan.plans.models import Plan
from danvan.reporting.actions import periods as period_actions
from danvan.reporting.actions import progress as progress_actions
from danvan.reporting.actions import reports as report_actions

pytestmark = pytest.mark.django_db


def _at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))


def test_tasks_on_time_counts_the_lead_tasks_due_in_the_span(
    published_catalog: Plan, tree: Any, make_user: Any
) -> None:
    snv, sct = tree.other_department, tree.department
    tasks = {t.number: t for t in published_catalog.tasks.all()}
    progress_actions.update_progress(
        actor=make_user(snv, "agency_officer"),
        task=tasks["1.2"],
        organization=snv,
        state="done",
        percent=100,
        completed_on=datetime.date(2025, 11, 10),
        today=datetime.date(2025, 11, 10),
    )
    progress_actions.update_progress(
        actor=make_user(sct, "agency_officer"),
        task=tasks["1.3"],
        organization=sct,
        state="done",
        percent=100,
        completed_on=datetime.date(2026, 1, 5),  # after the due date and after the span
        today=datetime.date(2026, 1, 5),
    )
    figures = measures.get("tasks_on_time").figures([snv.pk, sct.pk, tree.commune.pk], Span.year(2025))
    assert figures[snv.pk] == Figure(1, 1, "/reporting/dashboard/")
    assert (figures[sct.pk].numerator, figures[sct.pk].denominator) == (0, 1)
    assert tree.commune.pk not in figures  # it leads only recurring work: nothing was due


def test_reports_on_time_counts_the_reports_owed_and_sent_by_the_due_date(
    published_catalog: Plan, tree: Any
) -> None:
    snv, sct = tree.other_department, tree.department
    period = period_actions.create_period(
        actor=None,
        catalog=published_catalog,
        name="Báo cáo năm 2025",
        start=datetime.date(2025, 1, 1),
        cutoff=datetime.date(2025, 12, 10),
        due=datetime.date(2025, 12, 15),
    )
    for organization, day in ((sct, datetime.date(2025, 12, 15)), (snv, datetime.date(2025, 12, 20))):
        report = report_actions.assemble_report(actor=None, period=period, organization=organization)
        report = report_actions.approve_report(actor=None, report=report)
        report_actions.submit_report(actor=None, report=report, at=_at(day))
    figures = measures.get("reports_on_time").figures([snv.pk, sct.pk, tree.commune.pk], Span.year(2025))
    assert (figures[sct.pk].numerator, figures[sct.pk].denominator) == (1, 1)
    assert (figures[snv.pk].numerator, figures[snv.pk].denominator) == (0, 1)  # sent after the due date
    assert (figures[tree.commune.pk].numerator, figures[tree.commune.pk].denominator) == (0, 1)  # never sent
    assert measures.get("reports_on_time").figures([sct.pk], Span.year(2024)) == {}
