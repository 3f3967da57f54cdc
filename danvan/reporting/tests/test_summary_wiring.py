"""The dashboards' pre-computed figures follow progress updates and report steps without a manual refresh."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from danvan.plans.models import Plan
from danvan.reporting import summaries
from danvan.reporting.actions import periods, progress, reports
from danvan.reporting.models import PeriodSummary, Report, TaskProgress

pytestmark = pytest.mark.django_db


def test_a_progress_update_and_a_submitted_report_reach_the_period_summary(
    published_catalog: Plan, tree: Any, make_user: Any
) -> None:
    today = timezone.localdate()
    period = periods.create_period(
        actor=None,
        catalog=published_catalog,
        name="Báo cáo quý",
        start=today - datetime.timedelta(days=30),
        cutoff=today + datetime.timedelta(days=10),
        due=today + datetime.timedelta(days=15),
    )

    def summary() -> PeriodSummary:
        # Refreshing replaces the rows, so read them again each time.
        return PeriodSummary.objects.get(period=period, organization=tree.department)

    # Sở Công Thương leads 1.1 (as a department) and 1.3 (by name, due 31/12/2025): nothing reported yet.
    assert summary().overdue == 1 and summary().percent == 0
    officer = make_user(tree.department, "agency_officer")
    task = published_catalog.tasks.get(number="1.3")  # led by Sở Công Thương, due 31/12/2025
    progress.update_progress(
        actor=officer,
        task=task,
        organization=tree.department,
        state=TaskProgress.State.IN_PROGRESS,
        percent=40,
    )
    assert summary().overdue == 1 and summary().percent == 20  # (40 + 0) / 2 led tasks

    report = reports.assemble_report(actor=officer, period=period, organization=tree.department)
    reports.approve_report(actor=make_user(tree.department, "leader"), report=report)
    reports.submit_report(actor=officer, report=Report.objects.get(pk=report.pk))
    assert Report.objects.get(pk=report.pk).state == Report.State.SUBMITTED
    assert summary().percent == 20  # the submitted report's snapshot now stands for the period


def test_deferred_refreshes_run_once_per_period_at_the_end_with_the_same_figures(
    published_catalog: Plan, tree: Any, make_user: Any
) -> None:
    today = timezone.localdate()
    period = periods.create_period(
        actor=None,
        catalog=published_catalog,
        name="Báo cáo quý",
        start=today - datetime.timedelta(days=30),
        cutoff=today + datetime.timedelta(days=10),
        due=today + datetime.timedelta(days=15),
    )
    officer = make_user(tree.department, "agency_officer")
    task = published_catalog.tasks.get(number="1.3")
    with summaries.deferred_refresh():
        for percent in (10, 40):
            progress.update_progress(
                actor=officer,
                task=task,
                organization=tree.department,
                state=TaskProgress.State.IN_PROGRESS,
                percent=percent,
            )
        # Inside the block the figures are those from before it.
        assert PeriodSummary.objects.get(period=period, organization=tree.department).percent == 0
    deferred = PeriodSummary.objects.get(period=period, organization=tree.department)
    assert deferred.percent == 20 and deferred.overdue == 1
    summaries.refresh_period(period)
    again = PeriodSummary.objects.get(period=period, organization=tree.department)
    assert (again.percent, again.overdue, again.in_progress) == (deferred.percent, 1, deferred.in_progress)
