"""The demo loads once and again without changes, with one user per role."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from danvan.accounts.models import User
from danvan.organizations.models import Membership, Organization

pytestmark = pytest.mark.django_db


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
