"""Query counts of the plans pages and endpoints that list rows, pinned with 5 and 15 rows
(`danvan.testing.assert_flat_queries`)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from danvan.plans import actions
from danvan.plans.models import Plan
from danvan.testing import assert_flat_queries, client_for

pytestmark = pytest.mark.django_db


def test_review_page_history_and_coverage_stay_flat_as_tasks_grow(
    agency_plan: Plan, tree: Any, three_users: Any
) -> None:
    def grow(count: int) -> None:
        for _ in range(count):
            plan = Plan.objects.get(pk=agency_plan.pk)
            task = actions.add_task(actor=None, plan=plan, content="Nhiệm vụ bổ sung", number="9")
            actions.assign(actor=None, task=task, role="lead", organization=tree.unit)
            actions.update_task(actor=None, task=task, changes={"content": "Nhiệm vụ đã sửa"})

    urls = [
        reverse("plans:plan-review", args=[agency_plan.pk]),
        reverse("plans:plan-history", args=[agency_plan.pk]),
        f"/api/v1/plans/{agency_plan.pk}/coverage",
    ]
    assert_flat_queries(client_for(three_users.own), urls, grow)


def test_task_page_stays_flat_as_assignments_and_implementations_grow(
    published_catalog: Plan, tree: Any, three_users: Any, make_organization: Any
) -> None:
    catalog_task = published_catalog.tasks.get(number="1.3")

    def grow(count: int) -> None:
        for i in range(count):
            unit = make_organization(name=f"Phòng thử {catalog_task.pk}-{i}-{count}", parent=tree.department)
            plan = actions.start_plan_from_catalog(actor=None, catalog=published_catalog, organization=unit)
            task = actions.add_task(actor=None, plan=plan, content="Triển khai nhiệm vụ của danh mục")
            actions.set_source_task(actor=None, task=task, source=catalog_task)

    assert_flat_queries(
        client_for(three_users.parent), [reverse("plans:task-detail", args=[catalog_task.pk])], grow
    )
