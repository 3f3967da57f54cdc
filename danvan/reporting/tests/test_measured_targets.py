"""Targets that measure themselves in the agency's periodic report (page, DOCX, XLSX) and on the coordinator's
period dashboard: the values come from `plans.queries.target_figures` (the plan page's rule), equal a hand count,
and the pages' query counts do not grow with the targets or the data."""

from __future__ import annotations

import datetime
import io
from typing import Any

import docx
import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from danvan.initiatives import actions as initiative_actions
from danvan.initiatives.models import Initiative
from danvan.plans import actions as plan_actions
from danvan.plans import queries as plan_queries
from danvan.plans.models import Plan, Target
from danvan.plans.tests import conftest as plan_fixtures
from danvan.reporting.actions import reports as report_actions
from danvan.reporting.tests.test_reports import make_period
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

catalog = plan_fixtures.catalog
published_catalog = plan_fixtures.published_catalog
draft_agency_plan = plan_fixtures.agency_plan

YEAR_2025 = {"period_start": datetime.date(2025, 1, 1), "period_end": datetime.date(2025, 12, 31)}


def register(organization: Any, name: str) -> Initiative:
    data = {
        "name": name,
        "kind": Initiative.Kind.SKILFUL_MOBILISATION,
        "holder": Initiative.Holder.COLLECTIVE,
        "performer": "Chi bộ Văn phòng",
        "field": Initiative.Field.POLITICAL_SYSTEM,
        "year": 2025,
    }
    return initiative_actions.register_initiative(
        actor=None, organization=organization, data=data, today=datetime.date(2025, 2, 10)
    )


@pytest.fixture
def agency_plan(draft_agency_plan: Plan, tree: Any) -> Plan:
    """Sở Công Thương's plan for 2025 with two measured targets and one typed by hand, then issued."""
    plan_actions.add_target(
        actor=None,
        plan=draft_agency_plan,
        text="100% các phòng có mô hình dân vận khéo",
        measure="models_registered",
        measure_over="units",
    )
    plan_actions.add_target(
        actor=None,
        plan=draft_agency_plan,
        text="100% CBCCVC ký cam kết",
        measure="commitments_signed",
        measure_over="own",
    )
    plan_actions.add_target(actor=None, plan=draft_agency_plan, text="Tổ chức 4 hội nghị", unit="hội nghị")
    Plan.objects.filter(pk=draft_agency_plan.pk).update(status=Plan.Status.ISSUED, **YEAR_2025)
    Plan.objects.filter(pk=draft_agency_plan.parent_id or 0).update(**YEAR_2025)
    draft_agency_plan.refresh_from_db()
    return draft_agency_plan


def data(tree: Any) -> None:
    """By hand: the department's one phòng has a model (1/1); the department must have 20 sign and 15 did, its
    phòng 10 and 4 (19/30 = 63,3%); over the province's three direct units one has a model (1/3 = 33,3%)."""
    register(tree.unit, "Nâng cao chất lượng công tác tiếp công dân")
    initiative_actions.save_commitment_counts(
        actor=None, organization=tree.department, year=2025, required=20, signed=15
    )
    initiative_actions.save_commitment_counts(
        actor=None, organization=tree.unit, year=2025, required=10, signed=4
    )


def _officer(tree: Any, make_user: Any) -> Any:
    return make_user(tree.department, "agency_officer")


def test_the_report_page_and_files_show_the_measured_targets_counted_by_hand(
    agency_plan: Plan, tree: Any, make_user: Any
) -> None:
    data(tree)
    period = make_period(agency_plan.parent)  # type: ignore[arg-type]
    report = report_actions.assemble_report(actor=None, period=period, organization=tree.department)
    client = client_for(_officer(tree, make_user))

    page = client.get(report.get_absolute_url())
    rows = page.context["targets"]
    assert [(r.target.text, r.figure.numerator, r.figure.denominator) for r in rows] == [
        ("100% các phòng có mô hình dân vận khéo", 1, 1),
        ("100% CBCCVC ký cam kết", 19, 30),
    ]
    # The plan page's rule, not a second one.
    plan_figures = plan_queries.target_figures(agency_plan, [r.target for r in rows])
    assert [plan_figures[r.target.pk] for r in rows] == [r.figure for r in rows]
    html = page.content.decode()
    assert "1/1 (100,0%)" in html and "19/30 (63,3%)" in html and "Tổ chức 4 hội nghị" not in html

    response = client.get(reverse("reporting:report-export", args=[report.pk, "docx"]))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "100% các phòng có mô hình dân vận khéo: hiện đạt 1/1 (100,0%)" in text
    assert "100% CBCCVC ký cam kết: hiện đạt 19/30 (63,3%)" in text

    response = client.get(reverse("reporting:report-export", args=[report.pk, "xlsx"]))
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = list(book["Chỉ tiêu"].iter_rows(values_only=True))
    assert sheet[0] == ("Kế hoạch", "Chỉ tiêu", "Giá trị chỉ tiêu", "Hiện đạt", "Trên tổng số", "Tỷ lệ (%)")
    assert [row[1:] for row in sheet[1:]] == [
        ("100% các phòng có mô hình dân vận khéo", None, 1, 1, 100.0),
        ("100% CBCCVC ký cam kết", None, 19, 30, 63.3),
    ]

    # The data moves, the report follows: a second phòng without a model halves the share.
    from danvan.organizations import actions as org_actions
    from danvan.organizations.models import Organization

    org_actions.create_organization(
        actor=None, name="Văn phòng Sở", kind=Organization.Kind.DIVISION, parent=tree.department
    )
    assert "1/2 (50,0%)" in client.get(report.get_absolute_url()).content.decode()


def test_a_report_without_measured_targets_has_no_target_section_or_sheet(
    published_catalog: Plan, tree: Any, make_user: Any
) -> None:
    period = make_period(published_catalog)
    report = report_actions.assemble_report(actor=None, period=period, organization=tree.commune)
    client = client_for(make_user(tree.commune, "agency_officer"))
    assert 'id="targets"' not in client.get(report.get_absolute_url()).content.decode()
    response = client.get(reverse("reporting:report-export", args=[report.pk, "xlsx"]))
    assert "Chỉ tiêu" not in openpyxl.load_workbook(io.BytesIO(response.content)).sheetnames


def _catalog_target(catalog: Plan, text: str, measure: str, over: str, position: int) -> Target:
    # The catalog is issued already (its edits are refused); the fixture writes the row as an earlier review did.
    return Target.objects.create(
        plan=catalog, text=text, measure=measure, measure_over=over, position=position
    )


def test_the_dashboard_shows_the_catalogs_targets_counted_by_hand(
    agency_plan: Plan, tree: Any, make_user: Any
) -> None:
    catalog = agency_plan.parent
    assert catalog is not None
    _catalog_target(catalog, "100% cơ quan có mô hình dân vận khéo", "models_registered", "units", 0)
    _catalog_target(catalog, "100% CBCCVC ký cam kết", "commitments_signed", "own", 1)
    data(tree)
    period = make_period(catalog)
    coordinator = client_for(make_user(tree.province, "coordinator"))
    response = coordinator.get(reverse("reporting:dashboard"), {"period": period.pk})
    rows = response.context["catalog_targets"]
    # Sở Công Thương (through its phòng) of Sở Công Thương, Sở Nội vụ, Xã Cẩm Giang; 19 of 30 signed province-wide.
    assert [(r.figure.numerator, r.figure.denominator) for r in rows] == [(1, 3), (19, 30)]
    html = response.content.decode()
    assert "1/3 (33,3%)" in html and "19/30 (63,3%)" in html


def _queries(client: Any, url: str, params: dict[str, Any] | None = None) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params or {}).status_code == 200
    return len(captured)


def test_the_report_and_dashboard_query_counts_stay_flat_as_targets_and_data_grow(
    agency_plan: Plan, tree: Any, make_user: Any
) -> None:
    catalog = agency_plan.parent
    assert catalog is not None
    _catalog_target(catalog, "100% cơ quan có mô hình", "models_registered", "units", 0)
    _catalog_target(catalog, "100% CBCCVC ký cam kết", "commitments_signed", "own", 1)
    data(tree)
    period = make_period(catalog)
    report = report_actions.assemble_report(actor=None, period=period, organization=tree.department)
    officer = client_for(_officer(tree, make_user))
    coordinator = client_for(make_user(tree.province, "coordinator"))
    dashboard = reverse("reporting:dashboard")
    officer.get(report.get_absolute_url())
    coordinator.get(dashboard, {"period": period.pk})
    before = (
        _queries(officer, report.get_absolute_url()),
        _queries(coordinator, dashboard, {"period": period.pk}),
    )
    # More targets of the same measures (each measure is counted once per page), more models and commitments.
    for n in range(1, 5):
        Target.objects.create(
            plan=agency_plan, text=f"Chỉ tiêu {n}", measure="models_registered", position=10 + n
        )
        _catalog_target(catalog, f"Chỉ tiêu {n}", "commitments_signed", "own", 10 + n)
        register(tree.department, f"Mô hình {n}")
    register(tree.commune, "Mô hình của xã")
    initiative_actions.save_commitment_counts(
        actor=None, organization=tree.commune, year=2025, required=40, signed=40
    )
    after = (
        _queries(officer, report.get_absolute_url()),
        _queries(coordinator, dashboard, {"period": period.pk}),
    )
    assert after == before
