"""Approval needs the leader's role over the plan's owner; a role held elsewhere does not count (it used to:
the plan page checked `"leader" in roles`)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from danvan.organizations import actions as org_actions
from danvan.plans import actions, permissions
from danvan.plans.models import Plan
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(agency_plan: Plan, tree: Any) -> Plan:
    # Submission needs a lead unit on every task (plans/coverage.py).
    for task in agency_plan.tasks.filter(is_heading=False):
        actions.assign(actor=None, task=task, role="lead", organization=tree.unit)
    return actions.submit_plan(actor=None, plan=Plan.objects.get(pk=agency_plan.pk))


def test_a_leader_of_another_agency_who_is_an_officer_here_cannot_approve(
    submitted: Plan, tree: Any, make_user: Any
) -> None:
    person = make_user(tree.other_department, "leader")
    org_actions.grant_role(actor=None, user=person, organization=tree.department, role="agency_officer")
    response = client_for(person).post(reverse("plans:plan-approve", args=[submitted.pk]))
    assert response.status_code == 403
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.SUBMITTED
    page = client_for(person).get(submitted.get_absolute_url()).content.decode()
    assert reverse("plans:plan-approve", args=[submitted.pk]) not in page
    with pytest.raises(PermissionDenied):
        actions.approve_plan(actor=person, plan=submitted)


def test_the_leader_of_the_owner_or_of_the_city_approves(submitted: Plan, tree: Any, make_user: Any) -> None:
    leader = make_user(tree.department, "leader")
    page = client_for(leader).get(submitted.get_absolute_url()).content.decode()
    assert reverse("plans:plan-approve", args=[submitted.pk]) in page
    response = client_for(leader).post(reverse("plans:plan-approve", args=[submitted.pk]))
    assert response.status_code == 302
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.APPROVED
    assert permissions.can_approve_plan(make_user(tree.province, "leader"), submitted)


def test_a_coordinator_returns_but_does_not_approve(submitted: Plan, tree: Any, make_user: Any) -> None:
    coordinator = make_user(tree.other_department, "coordinator")
    assert not permissions.can_approve_plan(coordinator, submitted)
    response = client_for(coordinator).post(
        reverse("plans:plan-return", args=[submitted.pk]), {"comment": "Bổ sung chỉ tiêu"}
    )
    assert response.status_code == 302
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.RETURNED


def test_only_the_coordinator_of_the_province_publishes_its_catalog(
    catalog: Plan, tree: Any, make_user: Any
) -> None:
    leader = make_user(tree.province, "leader")
    response = client_for(leader).post(reverse("plans:plan-publish", args=[catalog.pk]))
    assert response.status_code == 403
    other_province = make_user(tree.other_province, "coordinator")
    assert not permissions.can_publish_catalog(other_province, catalog)
    assert permissions.can_publish_catalog(make_user(tree.other_department, "coordinator"), catalog)


def test_observers_never_write_even_through_the_actions(agency_plan: Plan, tree: Any, make_user: Any) -> None:
    observer = make_user(tree.other_department, "observer")
    with pytest.raises(PermissionDenied):
        actions.add_task(actor=observer, plan=agency_plan, content="Việc của người giám sát")
    with pytest.raises(PermissionDenied):
        actions.submit_plan(actor=observer, plan=agency_plan)
    assert not agency_plan.tasks.filter(content="Việc của người giám sát").exists()


def test_a_task_a_report_cites_is_refused_removal_with_a_message(
    agency_plan: Plan, published_catalog: Plan, tree: Any
) -> None:
    """Reports snapshot only issued plans now, but items snapshotted from a draft by earlier versions remain:
    removing such a task answers a message, not a server error (ReportItem.task is PROTECT)."""
    import datetime

    from danvan.reporting.actions import periods, reports
    from danvan.reporting.models import ReportItem, Status

    period = periods.create_period(
        actor=None,
        catalog=published_catalog,
        name="Quý IV",
        start=datetime.date(2025, 10, 1),
        cutoff=datetime.date(2025, 12, 10),
        due=datetime.date(2025, 12, 15),
    )
    report = reports.assemble_report(actor=None, period=period, organization=tree.department)
    task = agency_plan.tasks.order_by("position").first()
    assert task is not None
    ReportItem.objects.create(report=report, task=task, content=task.content, status=Status.IN_PROGRESS)
    with pytest.raises(actions.TransitionError):
        actions.delete_task(actor=None, task=task)
    assert agency_plan.tasks.filter(pk=task.pk).exists()
