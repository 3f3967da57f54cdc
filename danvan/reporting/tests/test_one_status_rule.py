"""One status rule (issue 9, item 1): on the demo period, the dashboard, the roll-up, the agency reports and the
consolidated report agree on every agency's status on every catalog task it leads."""

from __future__ import annotations

import io
from collections import defaultdict

import openpyxl

from danvan.accounts.models import User
from danvan.organizations.models import Organization
from danvan.reporting import exports
from danvan.reporting.demo import DEMO_PERIOD_NAME
from danvan.reporting.models import (
    PeriodTaskStatus,
    ReportingPeriod,
    ReportItem,
    Status,
    combine_statuses,
    judged_on,
)
from danvan.reporting.queries.dashboard import agency_drilldown
from danvan.reporting.queries.reports import RECEIVED_STATES, consolidated_data
from danvan.reporting.rollup import catalog_rollup


def test_dashboard_rollup_reports_and_consolidated_report_agree_on_every_status_of_the_demo_period(
    demo_site: None,
) -> None:
    period = ReportingPeriod.objects.select_related("catalog").get(name=DEMO_PERIOD_NAME)
    on = judged_on(period)

    dashboard = {
        (cell.task_id, cell.organization_id): cell.status
        for cell in PeriodTaskStatus.objects.filter(period=period)
    }
    rollup = {
        (task_id, agency.organization_id): agency.status
        for task_id, rolled in catalog_rollup(period.catalog, on=on).items()
        for agency in rolled.agencies
        if agency.is_lead
    }
    reported: dict[tuple[int, int], list[str]] = defaultdict(list)
    for item in ReportItem.objects.filter(report__period=period).select_related("report"):
        assert item.catalog_task_id is not None
        reported[(item.catalog_task_id, item.report.organization_id)].append(item.status)
    agency_report = {key: combine_statuses(statuses) for key, statuses in reported.items()}
    consolidated_items: dict[tuple[int, int], list[str]] = defaultdict(list)
    data = consolidated_data(period, today=on)
    for synthesis in data.tasks:
        for organization, item in synthesis.entries:
            consolidated_items[(synthesis.task.pk, organization.pk)].append(item.status)
    consolidated = {key: combine_statuses(statuses) for key, statuses in consolidated_items.items()}

    # Every agency leading a catalog task has a cell, and the roll-up judges it the same way.
    assert dashboard and set(dashboard) == set(rollup)
    assert {key: dashboard[key] for key in rollup} == rollup
    # Every report of the period (sent or not) says what the dashboard and the roll-up say.
    with_reports = {key for key in agency_report if key in dashboard}
    assert len({org for _task, org in with_reports}) == 5  # the five demo agencies
    assert {key: agency_report[key] for key in with_reports} == {key: dashboard[key] for key in with_reports}
    # The consolidated report holds the received ones, with the same statuses.
    received = {r.organization_id for r in period.reports.filter(state__in=RECEIVED_STATES)}
    assert {org for _task, org in consolidated} == received and len(received) == 3
    assert {key: consolidated[key] for key in consolidated if key in dashboard} == {
        key: dashboard[key] for key in consolidated if key in dashboard
    }
    # The statuses are varied enough for the comparison to mean something.
    assert {Status.DONE_LATE, Status.OVERDUE, Status.RECURRING} <= set(dashboard.values())

    # And the consolidated XLSX prints the same status for each of them.
    book = openpyxl.load_workbook(io.BytesIO(exports.consolidated_xlsx(data)))
    names = {o.pk: o.name for o in data.expected}
    numbers = dict(period.catalog.tasks.values_list("pk", "number"))
    printed: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in list(book["Chi tiết"].iter_rows(values_only=True))[1:]:
        printed[(str(row[0]), str(row[1]))].add(str(row[3]))
    for (task_id, org_id), status in consolidated.items():
        statuses = set(consolidated_items[(task_id, org_id)])
        assert printed[(names[org_id], numbers[task_id])] == {exports.status_label(s) for s in statuses}
        assert combine_statuses(statuses) == status

    # The dashboard's drill-down page of an agency reads the same cells.
    coordinator = User.objects.get(username="dieuphoi")
    for org_id in {org for _task, org in with_reports}:
        page = agency_drilldown(coordinator, period, Organization.objects.get(pk=org_id))
        shown = {row["id"]: row["status"] for row in page["tasks"]}
        assert shown == {task: status for (task, org), status in dashboard.items() if org == org_id}
