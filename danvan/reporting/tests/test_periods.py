"""Reporting periods: made from the catalog's schedule or by hand, closed and reopened; the pages for the three
users and the coordinator, with who submitted, late, returned or not yet."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from danvan.core.models import AuditEvent
from danvan.plans.models import Plan, ReportingObligation
from danvan.plans.tests import conftest as plan_fixtures
from danvan.reporting.actions import periods as actions
from danvan.reporting.actions import reports as report_actions
from danvan.reporting.models import ReportingPeriod
from danvan.reporting.tests.test_reports import make_period, submitted_report
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

# The plans app's fixtures (a published catalog and Sở Công Thương's plan under it), for these tests too.
catalog = plan_fixtures.catalog
published_catalog = plan_fixtures.published_catalog
agency_plan = plan_fixtures.agency_plan


def add_schedule(catalog: Plan) -> None:
    """The catalog of the fixture asks for one report (05/12/2025); add "lần 1" before it."""
    # The catalog is published, so its schedule is no longer edited through the plan editor.
    ReportingObligation.objects.create(
        plan=catalog,
        what="báo cáo kết quả lần 1",
        due=datetime.date(2025, 9, 5),
        raw="lần 1 trước ngày 05/9/2025",
    )


def test_periods_come_from_the_schedule_with_cutoff_and_start(published_catalog: Plan) -> None:
    add_schedule(published_catalog)
    periods = actions.create_periods_from_schedule(actor=None, catalog=published_catalog)
    assert [(p.name, p.start, p.cutoff, p.due) for p in periods] == [
        (
            "Báo cáo kết quả lần 1",
            published_catalog.period_start,
            datetime.date(2025, 8, 31),
            datetime.date(2025, 9, 5),
        ),
        (
            "Báo cáo kết quả",
            datetime.date(2025, 9, 1),
            datetime.date(2025, 11, 30),
            datetime.date(2025, 12, 5),
        ),
    ]
    assert all(p.is_open for p in periods)
    assert (
        AuditEvent.objects.filter(
            action=AuditEvent.Action.CREATED, details__catalog=published_catalog.pk
        ).count()
        == 2
    )
    # Running it again creates nothing.
    assert actions.create_periods_from_schedule(actor=None, catalog=published_catalog) == []
    assert ReportingPeriod.objects.count() == 2


def test_the_cutoff_follows_the_setting(published_catalog: Plan, settings: Any) -> None:
    settings.REPORT_CUTOFF_DAYS = 10
    (period,) = actions.create_periods_from_schedule(actor=None, catalog=published_catalog)
    assert period.cutoff == datetime.date(2025, 11, 25)


def test_a_period_made_by_hand_needs_ordered_dates(published_catalog: Plan, tree: Any) -> None:
    day = datetime.date(2026, 3, 1)
    with pytest.raises(ValidationError):
        actions.create_period(
            actor=None,
            catalog=published_catalog,
            name="Đột xuất",
            start=day,
            cutoff=day + datetime.timedelta(9),
            due=day,
        )
    period = actions.create_period(
        actor=None, catalog=published_catalog, name="Báo cáo đột xuất", start=day, cutoff=day, due=day
    )
    assert period.name == "Báo cáo đột xuất"
    with pytest.raises(actions.TransitionError):
        actions.create_period(
            actor=None, catalog=Plan(kind=Plan.Kind.AGENCY_PLAN), name="x", start=day, cutoff=day, due=day
        )


def test_closing_and_reopening_are_audited_and_refused_twice(published_catalog: Plan) -> None:
    period = make_period(published_catalog)
    actions.close_period(actor=None, period=period)
    period.refresh_from_db()
    assert not period.is_open and period.closed_at is not None
    with pytest.raises(actions.TransitionError):
        actions.close_period(actor=None, period=period)
    actions.reopen_period(actor=None, period=period)
    assert ReportingPeriod.objects.get(pk=period.pk).is_open
    states = AuditEvent.objects.filter(target_id=str(period.pk), action=AuditEvent.Action.UPDATED)
    assert sorted(e.details["state"] for e in states) == ["closed", "open"]


# --- pages ------------------------------------------------------------------------------------------------


def test_the_period_pages_answer_the_province_and_404_outside_it(
    published_catalog: Plan, three_users: Any, tree: Any, make_user: Any
) -> None:
    period = make_period(published_catalog)
    for user in (three_users.own, three_users.parent, three_users.unrelated):
        assert client_for(user).get(reverse("reporting:period-list")).status_code == 200
        # The issued catalog reaches every organisation of the province, so does its period.
        assert client_for(user).get(period.get_absolute_url()).status_code == 200
    outsider = make_user(tree.other_province, "coordinator")
    assert client_for(outsider).get(period.get_absolute_url()).status_code == 404
    assert period.name not in client_for(outsider).get(reverse("reporting:period-list")).content.decode()
    assert client_for(outsider).post(reverse("reporting:period-close", args=[period.pk])).status_code == 404


def test_only_the_coordinator_opens_and_closes_periods(
    published_catalog: Plan, three_users: Any, tree: Any, make_user: Any
) -> None:
    period = make_period(published_catalog)
    for user in (three_users.own, three_users.parent, three_users.unrelated):
        client = client_for(user)
        assert client.post(reverse("reporting:period-close", args=[period.pk])).status_code == 403
        assert (
            client.get(reverse("reporting:consolidated-export", args=[period.pk, "docx"])).status_code == 403
        )
        assert "period-from-schedule" not in client.get(reverse("reporting:period-list")).content.decode()
    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    assert (
        reverse("reporting:period-from-schedule")
        in coordinator.get(reverse("reporting:period-list")).content.decode()
    )
    coordinator.post(reverse("reporting:period-close", args=[period.pk]))
    assert not ReportingPeriod.objects.get(pk=period.pk).is_open
    coordinator.post(reverse("reporting:period-reopen", args=[period.pk]))
    assert ReportingPeriod.objects.get(pk=period.pk).is_open
    response = coordinator.post(reverse("reporting:period-from-schedule"), {"catalog": published_catalog.pk})
    assert (
        response.status_code == 302
        and ReportingPeriod.objects.filter(due=datetime.date(2025, 12, 5)).exists()
    )
    response = coordinator.post(
        reverse("reporting:period-create"),
        {
            "catalog": published_catalog.pk,
            "name": "Đột xuất",
            "start": "2026-01-01",
            "cutoff": "2026-01-05",
            "due": "2026-01-10",
        },
    )
    created = ReportingPeriod.objects.get(name="Đột xuất")
    assert response.headers["Location"] == created.get_absolute_url()


def test_the_coordinator_sees_who_submitted_late_returned_and_not_yet(
    agency_plan: Plan, tree: Any, make_user: Any
) -> None:
    period = make_period(agency_plan.parent, due_in=-1)  # type: ignore[arg-type]
    submitted_report(period, tree.department)  # late: the due date was yesterday
    returned = submitted_report(period, tree.other_department)
    report_actions.return_report(actor=None, report=returned, comment="Bổ sung")
    coordinator = make_user(tree.other_department, "coordinator")
    response = client_for(coordinator).get(period.get_absolute_url())
    overview = response.context["overview"]
    standings = {row.organization.name: row.standing for row in overview.rows}
    assert standings == {"Sở Công Thương": "late", "Sở Nội vụ": "returned", "Xã Cẩm Giang": "not_started"}
    assert (
        overview.counts["late"] == 1
        and overview.counts["returned"] == 1
        and overview.counts["not_started"] == 1
    )
    html = response.content.decode()
    assert reverse("reporting:consolidated-export", args=[period.pk, "docx"]) in html


def test_an_agency_sees_only_its_own_report_on_the_period_page(
    agency_plan: Plan, tree: Any, three_users: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    submitted_report(period, tree.department)
    submitted_report(period, tree.other_department)
    rows = client_for(three_users.own).get(period.get_absolute_url()).context["overview"].rows
    assert [row.organization.name for row in rows] == ["Sở Công Thương"]
    rows = client_for(three_users.unrelated).get(period.get_absolute_url()).context["overview"].rows
    assert [(row.organization.name, row.standing) for row in rows] == [("Xã Cẩm Giang", "not_started")]


def test_the_period_page_query_count_does_not_grow_with_agencies(
    agency_plan: Plan, tree: Any, make_user: Any, make_organization: Any
) -> None:
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    client = client_for(make_user(tree.other_department, "coordinator"))
    client.get(period.get_absolute_url())

    def count() -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(period.get_absolute_url()).status_code == 200
        return len(context.captured_queries)

    small = count()
    for index in range(4):
        organization = make_organization(name=f"Sở thử {index}", parent=tree.province)
        report_actions.assemble_report(actor=None, period=period, organization=organization)
    submitted_report(period, tree.department)
    assert count() == small
