"""The demo loads once and again without changes, with one user per role."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from danvan.accounts.models import User
from danvan.organizations.models import Membership, Organization


@pytest.mark.django_db
def test_seed_demo_is_idempotent_and_covers_every_role() -> None:
    call_command("seed_demo", quiet_logins=True)
    counts = (Organization.objects.count(), User.objects.count(), Membership.objects.count())
    call_command("seed_demo", quiet_logins=True)
    assert (Organization.objects.count(), User.objects.count(), Membership.objects.count()) == counts
    assert set(Membership.objects.values_list("role", flat=True)) == set(Membership.Role.values)
    camgiang = Organization.objects.get(name="Xã Cẩm Giang")
    assert set(camgiang.children.values_list("name", flat=True)) == {
        "Văn phòng HĐND và UBND",
        "Phòng Văn hóa - Xã hội",
        "Phòng Kinh tế",
        "Trung tâm Văn hóa, Thể thao và Truyền thông",
    }
    sct = Organization.objects.get(name="Sở Công Thương", parent__name="Ủy ban nhân dân thành phố Hải Phòng")
    assert sct.children.filter(name="Phòng Kỹ thuật An toàn - Môi trường").exists()


@pytest.mark.usefixtures("demo_site")
def test_the_demo_holds_two_provinces_each_with_its_coordinator_and_catalog() -> None:
    """Reads the shared demo (conftest.py) rather than loading one of its own."""
    from danvan.plans.models import Plan

    provinces = {o.name: o for o in Organization.objects.filter(parent=None, kind=Organization.Kind.PROVINCE)}
    assert set(provinces) == {"Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân tỉnh Quảng Ngãi"}
    for province in provinces.values():
        coordinators = Membership.objects.filter(
            role=Membership.Role.COORDINATOR, organization__parent=province
        )
        assert coordinators.exists()
        assert (
            Plan.objects.filter(owner=province, kind=Plan.Kind.CATALOG, status=Plan.Status.ISSUED).count()
            == 1
        )
    quang_ngai = provinces["Ủy ban nhân dân tỉnh Quảng Ngãi"]
    seed_002 = Plan.objects.get(document__source_name="002_0980ed83eaa2ff5b.txt")
    assert seed_002.owner.parent_id == quang_ngai.pk and seed_002.parent is not None
    assert seed_002.parent.owner_id == quang_ngai.pk
    national = Membership.objects.get(user__username="giamsat.bnv")
    assert (
        national.organization.kind == Organization.Kind.MINISTRY and national.role == Membership.Role.OBSERVER
    )
    roots = {
        m.organization.ancestor_ids()[0] for m in Membership.objects.filter(user__username="hotro.lienvung")
    }
    assert roots == {p.pk for p in provinces.values()}
