"""seed_scale: refuses without DEBUG, builds the promised shape quickly, and the dashboards read it."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from danvan.accounts.models import User
from danvan.organizations.models import Organization
from danvan.plans.models import Assignment, Plan
from danvan.reporting.models import PeriodSummary, PeriodTaskStatus, Report, ReportingPeriod, TaskProgress

pytestmark = pytest.mark.django_db


def test_seed_scale_refuses_when_debug_is_off(settings: Any) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command(
            "seed_scale", "--provinces", "1", "--orgs-per-province", "2", "--tasks", "2", "--periods", "1"
        )
    assert not Organization.objects.exists()


def test_seed_scale_builds_provinces_agencies_tasks_progress_periods_and_summaries(settings: Any) -> None:
    settings.DEBUG = False
    out = StringIO()
    call_command(
        "seed_scale",
        "--provinces",
        "2",
        "--orgs-per-province",
        "10",
        "--tasks",
        "8",
        "--periods",
        "3",
        "--force",
        stdout=out,
    )
    assert Organization.objects.count() == 2 + 20
    assert Plan.objects.filter(kind=Plan.Kind.CATALOG, status=Plan.Status.ISSUED).count() == 2
    leads = Assignment.objects.filter(role=Assignment.Role.LEAD).count()
    assert leads == 2 * 10 * 8
    assert Assignment.objects.filter(role=Assignment.Role.COORDINATE).count() == leads // 2
    assert TaskProgress.objects.count() == leads
    assert ReportingPeriod.objects.count() == 6
    assert ReportingPeriod.objects.filter(state=ReportingPeriod.State.OPEN).count() == 2
    assert PeriodSummary.objects.count() == 6 * 10
    assert PeriodTaskStatus.objects.count() == 6 * 10 * 8
    assert set(Report.objects.values_list("state", flat=True)) >= {"submitted", "returned", "draft"}
    # Paths make subtrees prefix queries; every agency sits under its province.
    province = Organization.objects.get(code="BENCH-01")
    assert Organization.objects.filter(path__startswith=province.path).count() == 11
    assert "in " in out.getvalue()
    with pytest.raises(CommandError, match="already"):
        call_command("seed_scale", "--provinces", "1", "--force")

    coordinator = User.objects.get(username="p01-coordinator")
    client = Client()
    client.force_login(coordinator)
    response = client.get(reverse("reporting:dashboard"))
    assert response.status_code == 200
    figures = response.context["figures"]
    assert figures["period"]["state"] == "open" and figures["agency_count"] == 10
    assert sum(figures["totals"].values()) == 10 * 8
    assert len(figures["trend"]) == 3
    officer = Client()
    officer.force_login(User.objects.get(username="p01-a005"))
    # One line per task: the agency leads all 8 of its catalog's tasks and also coordinates 4 of them.
    assert officer.get(reverse("reporting:my-tasks")).context["counts"]["total"] == 8
