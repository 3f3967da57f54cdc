"""The catalog's public progress: no login, statuses and percentages per task and lead agency from the one
roll-up, nothing personal (no officer's name, no result text), only issued catalogs, flat query count."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from danvan.plans.models import Plan
from danvan.reporting import rollup
from danvan.reporting.actions import progress as actions
from danvan.reporting.queries.public import public_catalog_progress
from danvan.reporting.tests.test_progress import LEAD, assign, build_world, make_task

pytestmark = pytest.mark.django_db

URL = reverse("reporting:public-progress")


@pytest.fixture
def world(tree: Any) -> Any:
    from django.utils import timezone

    return build_world(tree, timezone.localdate())


def test_the_figures_are_the_rollups(world: Any, tree: Any, make_user: Any) -> None:
    officer = make_user(tree.department, "agency_officer", full_name="Trần Văn Bí Mật")
    actions.update_progress(
        actor=officer,
        task=world.p3,
        organization=tree.department,
        state="in_progress",
        percent=40,
        result="Ông Nguyễn Văn Riêng Tư đã báo cáo",
        today=world.today,
    )
    progress = public_catalog_progress(tree.province.pk, on=world.today)
    assert progress is not None and progress.catalog is not None
    assert progress.catalog.id == world.catalog.pk
    rolled = rollup.catalog_rollup(world.catalog, on=world.today)
    assert [t.number for t in progress.tasks] == ["1.1", "1.2", "1.3"]
    for task, catalog_task in zip(progress.tasks, (world.c1, world.c2, world.c3), strict=True):
        expected = rolled[catalog_task.pk]
        assert (task.status, task.percent) == (expected.status, expected.percent)
        leads = [a for a in expected.agencies if a.is_lead]
        assert [(a.status, a.percent) for a in task.agencies] == [(a.status, a.percent) for a in leads]
    assert [a.name for a in progress.tasks[0].agencies] == ["Sở Công Thương", "Xã Cẩm Giang"]
    assert progress.tasks[2].agencies[0].percent == 40
    assert progress.tasks[2].status == "overdue"

    response = Client().get(URL, {"province": tree.province.pk})
    assert response.status_code == 200
    assert (
        "public" in response.headers["Cache-Control"] and "max-age=300" in response.headers["Cache-Control"]
    )
    page = response.content.decode()
    assert "Tổng kết mô hình Dân vận khéo" in page and "Sở Công Thương" in page and "40" in page
    assert "Sở Nội vụ" not in page  # coordinating only: the public page lists lead agencies
    for personal in ("Trần Văn Bí Mật", "Nguyễn Văn Riêng Tư", officer.username):
        assert personal not in page


def test_only_issued_catalogs_of_the_province_are_shown(world: Any, tree: Any) -> None:
    draft = Plan.objects.create(
        kind=Plan.Kind.CATALOG, owner=tree.province, title="Danh mục dự thảo", status=Plan.Status.DRAFT
    )
    make_task(draft, "1", 0, content="Nhiệm vụ chưa ban hành")
    page = Client().get(URL, {"province": tree.province.pk, "catalog": draft.pk}).content.decode()
    assert "Nhiệm vụ chưa ban hành" not in page and "Quán triệt Chỉ thị 33" in page
    other = Client().get(URL, {"province": tree.other_province.pk}).content.decode()
    assert "Quán triệt Chỉ thị 33" not in other
    assert Client().get(URL, {"province": "abc"}).status_code == 200


@pytest.mark.parametrize("agencies", [0, 12])
def test_the_query_count_stays_flat_as_agencies_grow(
    world: Any, tree: Any, make_organization: Any, agencies: int, django_assert_max_num_queries: Any
) -> None:
    for n in range(agencies):
        agency = make_organization(name=f"Sở thứ {n}", parent=tree.province)
        for task in (world.c1, world.c3):
            assign(task, LEAD, agency)
        plan = Plan.objects.create(
            kind=Plan.Kind.AGENCY_PLAN, owner=agency, title="Kế hoạch", status=Plan.Status.ISSUED
        )
        make_task(plan, "1", 0, content="Thực hiện", due=world.c1.due, source_task=world.c1)
    with django_assert_max_num_queries(12):
        response = Client().get(URL, {"province": tree.province.pk})
    assert response.status_code == 200
    assert response.content.decode().count("Sở thứ") == 2 * agencies
    # Many lead agencies fold under a summary ("14 cơ quan, đơn vị chủ trì"), a few are listed as they are.
    assert ("<details>" in response.content.decode()) == bool(agencies)
