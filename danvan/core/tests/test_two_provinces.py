"""Two provinces: each sees only its own organisations, catalogs, plans and tasks on every page and in the API;
Bộ Nội vụ's observer compares them side by side and writes nothing; a person with roles in both switches."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import docparse
from danvan.organizations import actions as org_actions
from danvan.organizations.loading import QUANGNGAI_EXTRA, QUANGNGAI_LIST, load_province
from danvan.organizations.models import Organization
from danvan.organizations.queries import scope_of
from danvan.plans import actions
from danvan.plans.demo import load_quang_ngai_plans
from danvan.plans.models import Plan
from danvan.reporting.queries.provinces import province_comparison
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

DEMO = Path(__file__).resolve().parents[2] / "plans" / "demo"
# Text found only in one province's data.
HAI_PHONG_MARKS = ("Hải Phòng", "3177/QĐ-UBND", "Cẩm Giang")
QUANG_NGAI_MARKS = ("Quảng Ngãi", "67/KH-UBND", "Lý Sơn", "Chi cục Quản lý thị trường")


@dataclass
class Provinces:
    hai_phong: Organization
    quang_ngai: Organization
    hp_catalog: Plan
    qn_catalog: Plan
    qn_plan: Plan
    hp_coordinator: Any
    qn_coordinator: Any
    qn_officer: Any
    national: Any
    both: Any


@pytest.fixture
def provinces(tree: Any, make_user: Any) -> Provinces:
    """Hải Phòng (the `tree`, with seed 004 published as its catalog) and Quảng Ngãi (its bundled list, its
    catalog 67/KH-UBND and seed 002 under it), with users of each, a national observer and a person in both."""
    data = (DEMO / "004_aa386a0087546330.txt").read_bytes()
    parsed = docparse.parse(data, "004.txt")
    hp_catalog = actions.import_parsed(
        actor=None,
        owner=tree.province,
        kind=Plan.Kind.CATALOG,
        parsed=parsed.to_dict(),
        file_name="004.txt",
        data=data,
        source_text=parsed.text,
    )
    actions.update_document(
        actor=None, plan=hp_catalog, changes={"number": "3177/QĐ-UBND", "date": datetime.date(2025, 8, 6)}
    )
    Plan.objects.filter(pk=hp_catalog.pk).update(status=Plan.Status.ISSUED)
    # The tree's "other province" is Quảng Ngãi: the bundled list completes it.
    quang_ngai, _ = load_province(list_path=QUANGNGAI_LIST, extra_path=QUANGNGAI_EXTRA)
    assert quang_ngai.pk == tree.other_province.pk
    qn_catalog, qn_plan = load_quang_ngai_plans(quang_ngai)
    ministry = org_actions.create_organization(actor=None, name="Bộ Nội vụ", kind=Organization.Kind.MINISTRY)
    qn_department = Organization.objects.get(parent=quang_ngai, name="Sở Công Thương")
    both = make_user(tree.department, "agency_officer", username="hai.tinh")
    org_actions.grant_role(actor=None, user=both, organization=qn_department, role="agency_officer")
    return Provinces(
        hai_phong=tree.province,
        quang_ngai=quang_ngai,
        hp_catalog=hp_catalog,
        qn_catalog=qn_catalog,
        qn_plan=qn_plan,
        hp_coordinator=make_user(tree.other_department, "coordinator", username="dieuphoi.hp"),
        qn_coordinator=make_user(
            Organization.objects.get(parent=quang_ngai, name="Sở Nội vụ"),
            "coordinator",
            username="dieuphoi.qn",
        ),
        qn_officer=make_user(qn_department, "agency_officer", username="canbo.qn"),
        national=make_user(ministry, "observer", username="bonoivu"),
        both=both,
    )


PAGES = [
    ("core:home", {}),
    ("plans:list", {}),
    ("reporting:my-tasks", {}),
    ("reporting:period-list", {}),
    ("organizations:list", {}),
    ("organizations:list", {"q": "so cong thuong"}),
    ("search:search", {"q": "dan van"}),
    ("search:search", {"q": "dan chu co so"}),
    ("reporting:dashboard", {}),
    ("api:plan-list", {}),
    ("api:search", {"q": "dan van"}),
    ("api:search", {"q": "so cong thuong"}),
]


def walk(user: Any) -> str:
    """Every list page and list endpoint the user opens, concatenated."""
    client = client_for(user)
    texts = []
    for name, params in PAGES:
        response = client.get(reverse(name), params)
        assert response.status_code == 200, (name, response.status_code)
        texts.append(response.content.decode())
    return "\n".join(texts)


def test_the_quang_ngai_demo_catalog_is_issued_and_seed_002_cascades_from_it(provinces: Provinces) -> None:
    assert provinces.qn_catalog.status == Plan.Status.ISSUED
    assert provinces.qn_catalog.document is not None
    assert provinces.qn_catalog.document.number == "67/KH-UBND"
    assert provinces.qn_plan.parent_id == provinces.qn_catalog.pk
    linked = provinces.qn_plan.tasks.filter(source_task__plan=provinces.qn_catalog).count()
    assert linked == provinces.qn_plan.tasks.filter(is_heading=False).count() == 9
    assert (
        provinces.qn_catalog.tasks.filter(assignments__organization__parent=provinces.hai_phong).count() == 0
    )


@pytest.mark.parametrize(
    ("who", "own", "other"),
    [
        ("hp_coordinator", HAI_PHONG_MARKS, QUANG_NGAI_MARKS),
        ("qn_coordinator", QUANG_NGAI_MARKS, HAI_PHONG_MARKS),
        ("qn_officer", ("Quảng Ngãi",), HAI_PHONG_MARKS),
    ],
)
def test_nothing_of_one_province_appears_to_the_other_on_pages_and_api(
    provinces: Provinces, who: str, own: tuple[str, ...], other: tuple[str, ...]
) -> None:
    text = walk(getattr(provinces, who))
    assert any(mark in text for mark in own)
    assert [mark for mark in other if mark in text] == []


def test_the_other_provinces_objects_answer_404(provinces: Provinces) -> None:
    hp = client_for(provinces.hp_coordinator)
    qn = client_for(provinces.qn_coordinator)
    qn_task = provinces.qn_catalog.tasks.first()
    hp_task = provinces.hp_catalog.tasks.first()
    assert qn_task is not None and hp_task is not None
    for client, plan, task, organization in (
        (hp, provinces.qn_plan, qn_task, provinces.quang_ngai),
        (qn, provinces.hp_catalog, hp_task, provinces.hai_phong),
    ):
        assert client.get(plan.get_absolute_url()).status_code == 404
        assert client.get(task.get_absolute_url()).status_code == 404
        assert client.get(organization.get_absolute_url()).status_code == 404
        assert client.get(reverse("api:plan-detail", args=[plan.pk])).status_code == 404


def test_the_national_observer_reads_both_provinces_and_writes_neither(provinces: Provinces) -> None:
    scope = scope_of(provinces.national)
    assert scope.covers(provinces.hai_phong) and scope.covers(provinces.quang_ngai)
    assert not scope.covers(provinces.hai_phong, write=True)
    assert not scope.covers(provinces.quang_ngai, write=True)
    client = client_for(provinces.national)
    assert client.get(provinces.qn_plan.get_absolute_url()).status_code == 200
    assert client.get(provinces.hp_catalog.get_absolute_url()).status_code == 200
    home = client.get(reverse("core:home")).content.decode()
    assert reverse("reporting:province-comparison") in home
    page = client.get(reverse("reporting:province-comparison")).content.decode()
    assert "Ủy ban nhân dân thành phố Hải Phòng" in page and "Ủy ban nhân dân tỉnh Quảng Ngãi" in page


def test_provinces_side_by_side_count_each_provinces_own_rows(provinces: Provinces) -> None:
    columns = {c.province.pk: c for c in province_comparison(provinces.national)}
    hp, qn = columns[provinces.hai_phong.pk], columns[provinces.quang_ngai.pk]
    assert qn.catalogs == hp.catalogs == 1
    assert qn.catalog_tasks == 9
    assert hp.catalog_tasks == provinces.hp_catalog.tasks.filter(is_heading=False).count()
    assert qn.plans == {Plan.Status.DRAFT: 1} and hp.plans == {}
    assert qn.communes == 10 and hp.communes == 1  # 9 wards and Lý Sơn; the tree's Xã Cẩm Giang
    assert qn.assigned_agencies > 0
    # A provincial coordinator sees one column, their own.
    assert [c.province.pk for c in province_comparison(provinces.qn_coordinator)] == [provinces.quang_ngai.pk]


def test_the_comparison_takes_a_fixed_number_of_queries(provinces: Provinces, make_organization: Any) -> None:
    def count() -> int:
        user = type(provinces.national).objects.get(pk=provinces.national.pk)
        with CaptureQueriesContext(connection) as context:
            province_comparison(user)
        return len(context.captured_queries)

    before = count()
    for n in range(5):
        make_organization(name=f"Tỉnh mới {n}", kind=Organization.Kind.PROVINCE)
    assert count() == before


def test_a_person_in_both_provinces_switches_between_them(provinces: Provinces) -> None:
    client = client_for(provinces.both)
    first = walk(provinces.both)
    # Works in the first province (Hải Phòng) until switching; Quảng Ngãi is named only in the switcher.
    assert [mark for mark in QUANG_NGAI_MARKS[1:] if mark in first] == []
    assert "3177/QĐ-UBND" in first
    home = client.get(reverse("core:home")).content.decode()
    assert 'name="province"' in home and "Ủy ban nhân dân tỉnh Quảng Ngãi" in home
    response = client.post(reverse("organizations:switch-province"), {"province": provinces.quang_ngai.pk})
    assert response.status_code == 302
    plans = client.get(reverse("api:plan-list")).json()["items"]
    assert {p["id"] for p in plans} == {provinces.qn_catalog.pk, provinces.qn_plan.pk}
    page = client.get(reverse("plans:list")).content.decode()
    assert [mark for mark in HAI_PHONG_MARKS[1:] if mark in page] == []
    # A province where the person holds no role is refused.
    client.post(reverse("organizations:switch-province"), {"province": 999999})
    assert {p["id"] for p in client.get(reverse("api:plan-list")).json()["items"]} == {
        provinces.qn_catalog.pk,
        provinces.qn_plan.pk,
    }


def test_a_person_with_one_province_gets_no_switcher(provinces: Provinces) -> None:
    home = client_for(provinces.qn_officer).get(reverse("core:home")).content.decode()
    assert 'name="province"' not in home
