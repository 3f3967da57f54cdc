"""People and organisations are listed in Vietnamese alphabetical order, in the database and in Python."""

from __future__ import annotations

import random
from typing import Any

import pytest
from django.db import connection

from danvan.accounts.models import User
from danvan.core.collation import COLLATION, by_name, vietnamese_key
from danvan.organizations import queries as org_queries
from danvan.organizations.models import Membership, Organization
from danvan.reporting.demo import generate_period
from danvan.reporting.models import Report

NAMES_IN_ORDER = [
    "An Văn Bình",
    "Ăn Thị Cúc",
    "Ân Văn Dũng",
    "Bùi Thị Hoa",
    "Đặng Văn Khoa",
    "Lê Anh",
    "Lê Đại Hành",
    "Lê Ích Mộc",
    "Lê Thanh Nghị",
    "Ngô Thị Ơn",
    "Ôn Văn Quý",
    "Ơn Văn Sang",
    "Trần Thu",
    "Trần Thủ",
    "Trần Thũ",
    "Trần Thú",
    "Trần Thụ",
    "Ưng Văn Tú",
]


def test_the_python_key_follows_the_vietnamese_alphabet_then_the_tones() -> None:
    shuffled = NAMES_IN_ORDER[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=vietnamese_key) == NAMES_IN_ORDER
    # Code points put these the wrong way round: T < Í < Đ.
    assert sorted(["Lê Thanh Nghị", "Lê Ích Mộc", "Lê Đại Hành"]) != NAMES_IN_ORDER[6:9]
    assert vietnamese_key("lê") < vietnamese_key("Lê")  # case breaks ties only


@pytest.mark.django_db
def test_people_of_an_organisation_are_listed_in_vietnamese_order(tree: Any, make_user: Any) -> None:
    shuffled = NAMES_IN_ORDER[:]
    random.Random(3).shuffle(shuffled)
    for name in shuffled:
        make_user(tree.department, "agency_officer", full_name=name)
    coordinator = make_user(tree.province, "coordinator", full_name="Zơ Điều Phối")
    names = [u.full_name for u in org_queries.people_in(coordinator, tree.department)]
    assert names == NAMES_IN_ORDER
    members = [m.user.full_name for m in org_queries.members_of(coordinator, tree.department)]
    assert members == NAMES_IN_ORDER


@pytest.mark.django_db
def test_organisations_are_sorted_by_the_same_rule_in_the_database(tree: Any, make_organization: Any) -> None:
    for name in ["Phòng Ưu đãi", "Phòng Ân xá", "Phòng Đối ngoại", "Phòng Tổ chức", "Phòng Ẩm thực"]:
        make_organization(name=name, kind=Organization.Kind.DIVISION, parent=tree.department)
    names = list(
        Organization.objects.filter(parent=tree.department)
        .order_by(by_name("name"))
        .values_list("name", flat=True)
    )
    assert names == sorted(names, key=vietnamese_key)
    assert names.index("Phòng Ân xá") < names.index("Phòng Đối ngoại") < names.index("Phòng Tổ chức")


@pytest.mark.django_db
def test_people_are_in_vietnamese_order_by_default(tree: Any, make_user: Any) -> None:
    """`User.Meta.ordering` (and `Membership`'s, within a role): any list of people that does not order itself
    (a form's choices, the observers of a province …) reads in Vietnamese order, not in code-point order
    ("Lê Thanh" < "Lê Ích" < "Lê Đại")."""
    shuffled = [*NAMES_IN_ORDER, "Dương Văn Long"]
    random.Random(5).shuffle(shuffled)
    for name in shuffled:
        make_user(tree.department, "agency_officer", full_name=name)
    expected = [*NAMES_IN_ORDER[:4], "Dương Văn Long", *NAMES_IN_ORDER[4:]]
    assert sorted(expected) != expected  # code points disagree
    names = list(User.objects.filter(full_name__in=expected).values_list("full_name", flat=True))
    assert names == expected
    assert [u.full_name for u in User.objects.filter(full_name__in=expected).reverse()] == expected[::-1]
    members = Membership.objects.filter(organization=tree.department).values_list(
        "user__full_name", flat=True
    )
    assert list(members) == expected


@pytest.mark.django_db
def test_reports_of_a_period_are_in_vietnamese_order_of_their_agencies_by_default(tree: Any) -> None:
    """`Report.Meta.ordering`: by period, then the agency's name in Vietnamese order."""
    expected = [
        "Xã An Hưng",
        "Xã Ân Thi",
        "Xã Bình Giang",
        "Xã Dương Kinh",
        "Xã Đồ Sơn",
        "Xã Ích Hậu",
        "Xã Thanh Hà",
    ]
    assert sorted(expected) != expected
    generated = generate_period(tree.province, agencies=len(expected), tasks=1, not_submitted=0)
    shuffled = expected[:]
    random.Random(11).shuffle(shuffled)
    for agency, name in zip(generated.agencies, shuffled, strict=True):
        Organization.objects.filter(pk=agency.pk).update(name=name)
    reports = Report.objects.filter(period=generated.period).select_related("organization")
    assert [r.organization.name for r in reports] == expected


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="compares with PostgreSQL's ICU collation")
def test_the_python_key_agrees_with_icu_on_postgresql() -> None:
    names = [*NAMES_IN_ORDER, "lê anh", "Lê  Anh", "Lê-Anh", "Lê 2", "Lê 10", "Đỗ", "Do", "Dô", "Dơ"]
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT n FROM unnest(%s::text[]) AS n ORDER BY n COLLATE "{COLLATION}"',
            [names],
        )
        icu = [row[0] for row in cursor.fetchall()]
    assert sorted(names, key=vietnamese_key) == icu
