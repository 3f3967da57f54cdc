"""Sheets of a round are listed in the Vietnamese order of their agencies' names (core/collation.py), on the pages,
in the ranking and in the API, as people, reports and memberships are."""

from __future__ import annotations

import datetime
import random
from typing import Any

from danvan.evaluation.actions import rounds as round_actions
from danvan.evaluation.models import Group
from danvan.evaluation.tests.conftest import build_set
from danvan.organizations.models import Organization
from danvan.testing import client_for

# code-point order puts "Xã Ân …" and "Xã Đ…" after "Xã Ư…"; Vietnamese order keeps each letter in its place
COMMUNES_IN_ORDER = [
    "Xã An Hưng",
    "Xã Ân Thi",
    "Xã Bình Giang",
    "Xã Dương Kinh",
    "Xã Đồ Sơn",
    "Xã Ích Hậu",
    "Xã Ứng Hòa",
]


def _round_with_communes(tree: Any, make_organization: Any) -> Any:
    shuffled = COMMUNES_IN_ORDER[1:]
    random.Random(7).shuffle(shuffled)
    Organization.objects.filter(pk=tree.commune.pk).update(name=COMMUNES_IN_ORDER[0])
    for n, name in enumerate(shuffled):
        make_organization(name=name, kind=Organization.Kind.COMMUNE, code=f"2{n:04d}", parent=tree.province)
    return round_actions.open_round(
        actor=None,
        criteria_set=build_set(tree.province),
        year=2026,
        name="Chấm điểm năm 2026",
        groups=[Group.COMMUNES],
        working_days=10,
        opened_on=datetime.date(2026, 11, 2),
    )


def test_sheets_of_a_round_are_in_vietnamese_order_by_default(tree: Any, make_organization: Any) -> None:
    assert sorted(COMMUNES_IN_ORDER) != COMMUNES_IN_ORDER
    evaluation_round = _round_with_communes(tree, make_organization)
    names = [a.organization.name for a in evaluation_round.assessments.select_related("organization")]
    assert names == COMMUNES_IN_ORDER


def test_the_api_lists_sheets_in_vietnamese_order(tree: Any, make_organization: Any, make_user: Any) -> None:
    evaluation_round = _round_with_communes(tree, make_organization)
    coordinator = client_for(make_user(tree.province, "coordinator"))
    items = coordinator.get("/api/v1/evaluations", {"round": evaluation_round.pk, "limit": 50}).json()[
        "items"
    ]
    assert [item["organization"] for item in items] == COMMUNES_IN_ORDER
