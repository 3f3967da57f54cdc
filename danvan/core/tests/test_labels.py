"""Labels say what the field holds: a period's or a token's name is not a person's full name."""

from __future__ import annotations

from typing import Any

import pytest

from danvan.core.tests.walk import visible_text
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


def test_the_token_and_period_names_are_not_labelled_as_full_names(tree: Any, make_user: Any) -> None:
    coordinator = client_for(make_user(tree.province, "coordinator"))
    tokens = visible_text(coordinator.get("/accounts/profile/tokens/").content.decode())
    assert "Họ và tên" not in tokens
    from danvan.reporting.forms.reports import PeriodForm

    assert str(PeriodForm.base_fields["name"].label) == "Tên"


def test_people_are_listed_under_full_name_and_plans_under_number_and_symbol(
    tree: Any, make_user: Any
) -> None:
    officer = client_for(make_user(tree.department, "agency_officer", full_name="Lê Thu Hà"))
    members = visible_text(officer.get(f"/organizations/{tree.department.pk}/").content.decode())
    assert "Họ và tên" in members and "Lê Thu Hà" in members
    plans = officer.get("/plans/").content.decode()
    assert "Số thứ tự" not in visible_text(plans)
