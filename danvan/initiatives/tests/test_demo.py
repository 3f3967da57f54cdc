"""The demo, hand-checked: models of seed 000 and others in every state, the city's call with late units,
commitments of the demo agencies, and plan targets whose values come from the data."""

from __future__ import annotations

from django.urls import reverse

from danvan.accounts.models import User
from danvan.core import measures
from danvan.core.measures import Span
from danvan.initiatives import queries
from danvan.initiatives.demo import CITY_CALL
from danvan.initiatives.models import Campaign, Initiative
from danvan.organizations.models import Organization
from danvan.plans import queries as plan_queries
from danvan.plans.models import Plan
from danvan.reporting.models import Report
from danvan.testing import client_for


def test_the_demo_registry_coverage_commitments_and_targets_add_up(demo_site: None) -> None:
    """Reads the shared demo only (conftest `demo_site`)."""
    assert set(Initiative.objects.values_list("status", flat=True)) == set(Initiative.Status.values)
    seed_000 = Initiative.objects.get(name="Nâng cao chất lượng công tác tiếp công dân")
    assert (seed_000.organization.parent.name, seed_000.performer) == ("Sở Công Thương", "Chi bộ Văn phòng")  # type: ignore[union-attr]
    assert seed_000.status == "replicated" and seed_000.copies.count() == 1
    assert Initiative.objects.get(holder="individual").performer.startswith("Phạm Thị Thanh Hà")

    # The city's call: 4 agencies registered (Sở Công Thương 14/02, Sở Ngoại vụ 19/02, Sở Nội vụ 20/02 on
    # time; Xã Cẩm Giang 10/03 late); every other unit of the city is late.
    call = Campaign.objects.get(title=CITY_CALL)
    coverage = queries.campaign_coverage(call)
    registered = {row.organization.name: row.on_time for row in coverage.rows if row.registered}
    assert registered == {
        "Sở Công Thương": True,
        "Sở Ngoại vụ": True,
        "Sở Nội vụ": True,
        "Xã Cẩm Giang": False,
    }
    assert len(coverage.missing) == len(coverage.rows) - 4 > 100

    # Commitments of the city: 14 + 9 + 3 (list) + 46 + 28 + 55 signed of 14 + 9 + 4 + 46 + 31 + 62.
    city = call.organization
    figure = measures.figure("commitments_signed", city.pk, Span.year(2025))
    assert figure is not None and (figure.numerator, figure.denominator) == (155, 166)

    # Targets that measure themselves: Sở Ngoại vụ's units (2 of 3 have a model), its commitments (28 of 31),
    # Sở Công Thương's commitments with its units (26 of 27).
    values = {}
    for plan in Plan.objects.filter(targets__measure__gt="").distinct():
        targets = list(plan.targets.all())
        figures = plan_queries.target_figures(plan, targets)
        for target in targets:
            f = figures[target.pk]
            values[(plan.owner.name, target.measure)] = (f.numerator, f.denominator)
    assert values == {
        ("Sở Ngoại vụ", "models_registered"): (2, 3),
        ("Sở Ngoại vụ", "commitments_signed"): (28, 31),
        ("Sở Công Thương", "commitments_signed"): (26, 27),
        # The catalog's: 4 of the city's 130 direct units have a model (the call's count), 155 of 166 signed.
        (city.name, "models_registered"): (4, 130),
        (city.name, "commitments_signed"): (155, 166),
    }
    catalog = (
        Plan.objects.filter(owner=city, kind=Plan.Kind.CATALOG, targets__measure__gt="").distinct().get()
    )
    coordinator = client_for(User.objects.get(username="dieuphoi"))
    period = catalog.reporting_periods.order_by("due").first()
    assert period is not None
    page = coordinator.get(reverse("reporting:dashboard"), {"period": period.pk}).content.decode()
    assert "4/130 (3,1%)" in page and "155/166 (93,4%)" in page
    report = Report.objects.filter(period__catalog=catalog, organization__name="Sở Công Thương").first()
    assert report is not None
    page = coordinator.get(report.get_absolute_url()).content.decode()
    assert "26/27 (96,3%)" in page
    plan = Plan.objects.get(owner__name="Sở Ngoại vụ", owner__parent=city, kind=Plan.Kind.AGENCY_PLAN)
    page = client_for(User.objects.get(username="dieuphoi")).get(plan.get_absolute_url()).content.decode()
    assert "2/3 (66,7%)" in page and "28/31 (90,3%)" in page
    officer = client_for(User.objects.get(username="canbo.sct"))
    page = officer.get(reverse("initiatives:campaign-detail", args=[call.pk])).content.decode()
    assert "4 trên" in page and "Quá hạn, chưa đăng ký" in page
    assert Organization.objects.filter(commitments__year=2025).count() == 6
