"""Plan targets that measure themselves: linked to a figure of `core.measures` on the plan page, their current
value comes from the registry and the commitments, and moves when the data does."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from danvan.core.models import AuditEvent
from danvan.initiatives import actions
from danvan.plans import actions as plan_actions
from danvan.plans import queries as plan_queries
from danvan.plans.actions import TransitionError
from danvan.plans.models import Plan
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(tree: Any) -> Plan:
    return Plan.objects.create(
        kind=Plan.Kind.AGENCY_PLAN,
        owner=tree.province,
        title="Kế hoạch công tác dân vận năm 2025",
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2025, 12, 31),
    )


def test_a_target_linked_on_the_plan_page_shows_its_value_and_follows_the_data(
    tree: Any, plan: Plan, register: Any, make_user: Any
) -> None:
    client = client_for(make_user(tree.province, "agency_officer"))
    response = client.post(
        reverse("plans:target-add", args=[plan.pk]),
        {
            "version": plan.version,
            "text": "100% cơ quan có mô hình dân vận khéo",
            "value": "100",
            "unit": "%",
            "measure": "models_registered",
            "measure_over": "units",
        },
    )
    assert response.status_code == 302
    target = plan.targets.get()
    assert (target.measure, target.measure_over) == ("models_registered", "units")
    page = client.get(plan.get_absolute_url()).content.decode()
    assert "0/3 (0,0%)" in page  # Sở Công Thương, Sở Nội vụ, Xã Cẩm Giang: none has a model yet
    register(tree.unit)  # a unit of Sở Công Thương registers: the agency has a model
    page = client.get(plan.get_absolute_url()).content.decode()
    assert "1/3 (33,3%)" in page
    register(tree.department, name="Mô hình năm sau", year=2026)  # outside the plan's period
    assert "1/3 (33,3%)" in client.get(plan.get_absolute_url()).content.decode()


def test_a_commitment_target_over_the_organisation_counts_its_units_too(tree: Any, plan: Plan) -> None:
    target = plan_actions.add_target(
        actor=None, plan=plan, text="100% CBCCVC ký cam kết", measure="commitments_signed", measure_over="own"
    )
    assert plan_queries.target_figures(plan, [target]) == {}  # nobody must sign yet: no value
    actions.save_commitment_counts(
        actor=None, organization=tree.department, year=2025, required=20, signed=15
    )
    actions.save_commitment_counts(actor=None, organization=tree.commune, year=2025, required=30, signed=30)
    figure = plan_queries.target_figures(plan, [target])[target.pk]
    assert (figure.numerator, figure.denominator, figure.percent()) == (45, 50, Decimal("90.0"))


def test_an_unknown_measure_is_refused(plan: Plan) -> None:
    with pytest.raises(ValidationError):
        plan_actions.add_target(actor=None, plan=plan, text="Chỉ tiêu", measure="khong_co")
    assert not plan.targets.exists()


# --- changing the figure of an existing target ------------------------------------------------------------


def test_the_measure_of_a_target_is_changed_and_unlinked_with_an_audit_event(
    tree: Any, plan: Plan, register: Any, make_user: Any
) -> None:
    target = plan_actions.add_target(
        actor=None, plan=plan, text="100% cơ quan có mô hình", value=Decimal(100)
    )
    register(tree.unit)
    client = client_for(make_user(tree.province, "agency_officer"))
    url = reverse("plans:target-measure", args=[plan.pk, target.pk])
    plan.refresh_from_db()
    response = client.post(
        url, {"version": plan.version, "measure": "models_registered", "measure_over": "units"}
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert (target.measure, target.measure_over) == ("models_registered", "units")
    assert "1/3 (33,3%)" in client.get(plan.get_absolute_url()).content.decode()
    event = AuditEvent.objects.filter(action="plan.target_updated").latest("pk")
    assert event.target_id == str(plan.pk)
    assert event.details["measure_before"] == "" and event.details["measure"] == "models_registered"
    assert event.details["changed"] == ["measure"]

    plan.refresh_from_db()
    client.post(url, {"version": plan.version, "measure": "", "measure_over": "own"})
    target.refresh_from_db()
    # Unlinked: typed by hand again, "over" back to its default, no value shown.
    assert (target.measure, target.measure_over, target.value) == ("", "units", Decimal(100))
    assert "1/3" not in client.get(plan.get_absolute_url()).content.decode()
    event = AuditEvent.objects.filter(action="plan.target_updated").latest("pk")
    assert (event.details["measure_before"], event.details["measure"]) == ("models_registered", "")
    assert plan_queries.target_figures(plan, [target]) == {}


def test_changing_the_measure_of_an_issued_catalogs_target_is_refused(
    tree: Any, plan: Plan, make_user: Any
) -> None:
    catalog = Plan.objects.create(
        kind=Plan.Kind.CATALOG, owner=tree.province, title="Danh mục nhiệm vụ công tác dân vận năm 2025"
    )
    target = plan_actions.add_target(actor=None, plan=catalog, text="100% CBCCVC ký cam kết")
    Plan.objects.filter(pk=catalog.pk).update(status=Plan.Status.ISSUED)
    catalog.refresh_from_db()
    target.refresh_from_db()
    with pytest.raises(TransitionError):
        plan_actions.update_target(
            actor=None, target=target, changes={"measure": "commitments_signed", "measure_over": "own"}
        )
    client = client_for(make_user(tree.province, "coordinator"))
    response = client.post(
        reverse("plans:target-measure", args=[catalog.pk, target.pk]),
        {"version": catalog.version, "measure": "commitments_signed", "measure_over": "own"},
    )
    assert response.status_code in (302, 403)
    target.refresh_from_db()
    assert target.measure == ""
    assert not AuditEvent.objects.filter(action="plan.target_updated").exists()


def test_changing_to_an_unknown_measure_is_refused_and_nothing_changes(plan: Plan) -> None:
    target = plan_actions.add_target(actor=None, plan=plan, text="Chỉ tiêu", measure="models_registered")
    version = Plan.objects.get(pk=plan.pk).version
    with pytest.raises(ValidationError):
        plan_actions.update_target(actor=None, target=target, changes={"measure": "khong_co"})
    target.refresh_from_db()
    assert target.measure == "models_registered"
    assert Plan.objects.get(pk=plan.pk).version == version
