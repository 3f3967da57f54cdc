"""The bundled Hải Phòng reference list."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from danvan.organizations.models import Organization

pytestmark = pytest.mark.django_db


def test_loading_gives_13_departments_and_114_communes_with_official_codes() -> None:
    call_command("load_organizations")
    province = Organization.objects.get(parent__isnull=True)
    assert province.name == "Ủy ban nhân dân thành phố Hải Phòng"
    assert Organization.objects.filter(kind=Organization.Kind.DEPARTMENT).count() == 13
    communes = Organization.objects.filter(kind__in=Organization.COMMUNE_KINDS)
    assert communes.count() == 114
    assert not communes.filter(code="").exists()
    assert Organization.objects.get(code="10888").name == "Xã Cẩm Giang"
    assert Organization.objects.get(code="10903").name == "Xã Cẩm Giàng"
    assert (
        Organization.objects.get(name="Ủy ban Mặt trận Tổ quốc Việt Nam thành phố").abbreviation == "UBMTTQ"
    )


def test_loading_twice_changes_nothing() -> None:
    call_command("load_organizations")
    first = list(Organization.objects.values_list("pk", "name", "path"))
    call_command("load_organizations")
    assert list(Organization.objects.values_list("pk", "name", "path")) == first
