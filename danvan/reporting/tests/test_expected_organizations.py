"""Who must report in a period: one rule, and the period page, the consolidated report, the reminders and the
calendar feed all list the same organisations.

The case mixes everything the two earlier definitions disagreed on: an internal unit assigned a task (units report
through their agency), an organisation assigned only a heading, an agency with a plan under the catalog but no
catalog task, an agency closed before the due date, one closed after it, and one closed before it that had already made its
report.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from danvan.organizations.models import Organization
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting import calendar as feeds
from danvan.reporting import reminders as selection
from danvan.reporting.models import CalendarFeed, Report, ReportingPeriod
from danvan.reporting.queries import reports as queries

pytestmark = pytest.mark.django_db

DUE = datetime.date(2025, 12, 5)


def test_every_caller_uses_the_one_rule_of_who_must_report(
    tree: Any, make_organization: Any, make_user: Any
) -> None:
    kind = Organization.Kind
    catalog = Plan.objects.create(
        kind=Plan.Kind.CATALOG, owner=tree.province, title="Danh mục 2025", status=Plan.Status.ISSUED
    )
    heading = Task.objects.create(plan=catalog, number="I", content="NHIỆM VỤ CHUNG", is_heading=True)
    task = Task.objects.create(plan=catalog, number="1", content="Tổ chức đối thoại", due=DUE, position=1)
    only_heading = make_organization(name="Sở Tư pháp", parent=tree.province)
    closed_before = make_organization(
        name="Xã An Lão", kind=kind.COMMUNE, parent=tree.province, valid_until=DUE
    )
    closed_after = make_organization(
        name="Xã Kiến Thụy", kind=kind.COMMUNE, parent=tree.province, valid_until=DUE + datetime.timedelta(1)
    )
    merged_away = make_organization(
        name="Xã Tiên Lãng", kind=kind.COMMUNE, parent=tree.province, valid_until=DUE - datetime.timedelta(9)
    )
    Assignment.objects.create(task=heading, role=Assignment.Role.LEAD, organization=only_heading)
    for org, role in (
        (tree.department, Assignment.Role.LEAD),
        (tree.unit, Assignment.Role.COORDINATE),  # an internal unit: reports through Sở Công Thương
        (closed_before, Assignment.Role.COORDINATE),
        (closed_after, Assignment.Role.COORDINATE),
    ):
        Assignment.objects.create(task=task, role=role, organization=org)
    # Xã Cẩm Giang has its own plan under the catalog though no catalog task names it.
    Plan.objects.create(kind=Plan.Kind.AGENCY_PLAN, owner=tree.commune, title="Kế hoạch xã", parent=catalog)
    period = ReportingPeriod.objects.create(
        catalog=catalog,
        name="Báo cáo năm 2025",
        start=datetime.date(2025, 1, 1),
        cutoff=datetime.date(2025, 11, 30),
        due=DUE,
    )
    # A commune closed before the due date that made its report before closing keeps it.
    Report.objects.create(period=period, organization=merged_away)

    expected = {tree.department.pk, tree.commune.pk, closed_after.pk, merged_away.pk}
    assert queries.expected_organization_ids([period]) == {period.pk: expected}
    assert set(queries.expected_organizations(period).values_list("pk", flat=True)) == expected

    coordinator = make_user(tree.province, "coordinator")
    overview = queries.period_overview(coordinator, period)
    assert {row.organization.pk for row in overview.rows} == expected
    consolidated = queries.consolidated_data(period, today=DUE)
    assert {o.pk for o in consolidated.expected} == expected
    assert {o.pk for o in consolidated.missing} == expected

    # Reminders: every expected agency's officer hears of the report, nobody else's.
    officers = {org.pk: make_user(org, "agency_officer").pk for org in expected_orgs(expected)}
    for org in (tree.unit, only_heading, closed_before):
        make_user(org, "agency_officer")
    soon = selection.report_reminders(DUE)
    assert {d.recipient_id for d in soon} == set(officers.values())
    assert {d.subject_key for d in soon} == {selection.report_key(period.pk, pk) for pk in expected}

    # Calendar: an organisation's feed carries the report due date exactly when it must report.
    owner = make_user(tree.province, "coordinator")
    for org in Organization.objects.all():
        feed = CalendarFeed.objects.create(user=owner, organization=org)
        reports_due = [d for d in feeds.feed_deadlines(feed) if d.uid.startswith(f"period-{period.pk}-")]
        assert bool(reports_due) == (org.pk in expected), org.name


def expected_orgs(ids: set[int]) -> list[Organization]:
    return list(Organization.objects.filter(pk__in=ids))
