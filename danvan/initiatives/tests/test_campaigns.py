"""Registration calls: who has registered (on time, late) and who has not, computed from the registry; the
`models_registered` measure; reminders of units that have not registered, through the deadline engine."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.urls import reverse

from danvan.core import deadlines, measures
from danvan.core.measures import Span
from danvan.core.workdays import add_working_days
from danvan.initiatives import actions, queries
from danvan.initiatives.reminders import CAMPAIGNS, campaign_key
from danvan.testing import assert_flat_queries, client_for

pytestmark = pytest.mark.django_db

DEADLINE = datetime.date(2025, 2, 21)  # "trước 21/02/2025" (a Friday)


@pytest.fixture
def campaign(tree: Any) -> Any:
    return actions.open_campaign(
        actor=None,
        organization=tree.province,
        title="Đăng ký mô hình dân vận khéo năm 2025",
        year=2025,
        deadline=DEADLINE,
    )


def test_coverage_lists_who_registered_on_time_late_and_not_at_all(
    tree: Any, campaign: Any, register: Any
) -> None:
    register(tree.unit, today=datetime.date(2025, 2, 10))  # a unit of Sở Công Thương: counts for the agency
    register(tree.commune, name="Dân vận khéo ở khu dân cư", today=datetime.date(2025, 3, 1))  # late
    register(tree.other_province, name="Ngoài thành phố")  # another province: not expected here
    coverage = queries.campaign_coverage(campaign)
    by_name = {row.organization.name: row for row in coverage.rows}
    assert set(by_name) == {"Sở Công Thương", "Sở Nội vụ", "Xã Cẩm Giang"}
    assert by_name["Sở Công Thương"].registered and by_name["Sở Công Thương"].on_time
    assert by_name["Xã Cẩm Giang"].registered and not by_name["Xã Cẩm Giang"].on_time
    assert not by_name["Sở Nội vụ"].registered
    assert (coverage.registered, coverage.on_time, coverage.percent) == (2, 1, 66.7)


def test_registering_a_model_moves_the_coverage_and_the_measure(
    tree: Any, campaign: Any, register: Any, three_users: Any
) -> None:
    span = Span.year(2025)
    ids = [tree.department.pk, tree.other_department.pk, tree.commune.pk]
    before = measures.get("models_registered").figures(ids, span)
    assert [before[i].numerator for i in ids] == [0, 0, 0]
    assert all(before[i].denominator == 1 for i in ids)
    client = client_for(three_users.own)
    page = client.get(reverse("initiatives:campaign-detail", args=[campaign.pk])).content.decode()
    assert "0 trên 3 đơn vị đã đăng ký" in page
    register(tree.department)
    page = client.get(reverse("initiatives:campaign-detail", args=[campaign.pk])).content.decode()
    assert "1 trên 3 đơn vị đã đăng ký" in page
    after = measures.get("models_registered").figures(ids, span)
    assert [after[i].numerator for i in ids] == [1, 0, 0]
    assert measures.figure("models_registered", tree.province.pk, span).numerator == 1  # type: ignore[union-attr]
    assert measures.figure("models_registered", tree.department.pk, Span.year(2026)).numerator == 0  # type: ignore[union-attr]


def test_units_that_have_not_registered_are_reminded_and_their_leaders_told(
    tree: Any, campaign: Any, register: Any, make_user: Any
) -> None:
    officer = make_user(tree.other_department, "agency_officer")
    leader = make_user(tree.other_department, "leader")
    registered_officer = make_user(tree.department, "agency_officer")
    register(tree.department)
    soon = add_working_days(DEADLINE, -3)
    due = {(d.kind, d.subject_key, d.recipient_id) for d in deadlines.reminders_for(CAMPAIGNS, soon)}
    assert ("campaign_due_soon", campaign_key(campaign.pk, tree.other_department.pk), officer.pk) in due
    assert not any(r == registered_officer.pk for _k, _s, r in due)
    late = {
        (d.kind, d.recipient_id) for d in deadlines.reminders_for(CAMPAIGNS, add_working_days(DEADLINE, 1))
    }
    assert ("campaign_overdue", leader.pk) in late
    actions.close_campaign(actor=None, campaign=campaign)
    assert deadlines.reminders_for(CAMPAIGNS, soon) == []


def test_a_reminder_reads_in_vietnamese(tree: Any, campaign: Any, make_user: Any) -> None:
    from django.utils import translation

    from danvan.core.deadlines import Stage
    from danvan.core.models import Reminder

    officer = make_user(tree.commune, "agency_officer")
    reminder = Reminder(
        kind="campaign_due_soon",
        subject_key=campaign_key(campaign.pk, tree.commune.pk),
        recipient=officer,
        for_date=DEADLINE,
    )
    with translation.override("vi"):
        message = CAMPAIGNS.message(reminder, stage=Stage.DUE_SOON, on=add_working_days(DEADLINE, -3))
    assert message is not None
    assert "Xã Cẩm Giang còn 3 ngày để đăng ký mô hình" in message.subject
    assert "chưa đăng ký mô hình" in message.body


def test_an_agency_opens_a_call_for_its_units_and_an_observer_cannot(tree: Any, make_user: Any) -> None:
    officer = make_user(tree.department, "agency_officer")
    client = client_for(officer)
    response = client.post(
        reverse("initiatives:campaign-create"),
        {
            "organization": tree.department.pk,
            "title": "Đăng ký mô hình của Sở",
            "year": 2025,
            "deadline": "2025-02-21",
        },
    )
    assert response.status_code == 302
    campaign = queries.campaigns_visible_to(officer).get()
    assert [row.organization for row in queries.campaign_coverage(campaign).rows] == [tree.unit]
    # The city is not an organisation the agency officer may call.
    response = client.post(
        reverse("initiatives:campaign-create"),
        {
            "organization": tree.province.pk,
            "title": "Gọi cả thành phố",
            "year": 2025,
            "deadline": "2025-02-21",
        },
    )
    assert response.status_code == 200 and queries.campaigns_visible_to(officer).count() == 1
    observer = make_user(tree.province, "observer")
    assert client_for(observer).get(reverse("initiatives:campaign-create")).status_code == 403


def test_the_call_page_stays_flat_as_units_register(
    tree: Any, campaign: Any, register: Any, make_user: Any, make_organization: Any
) -> None:
    client = client_for(make_user(tree.province, "coordinator"))
    counter = iter(range(1000))

    def grow(k: int) -> None:
        for _ in range(k):
            n = next(counter)
            commune = make_organization(name=f"Xã Số {n}", kind="commune", parent=tree.province)
            register(commune, name=f"Mô hình {n}")

    assert_flat_queries(client, [reverse("initiatives:campaign-detail", args=[campaign.pk])], grow)


def test_the_call_page_filters_who_has_not_registered_at_a_glance(
    tree: Any, campaign: Any, register: Any, three_users: Any
) -> None:
    register(tree.department)
    client = client_for(three_users.parent)
    url = reverse("initiatives:campaign-detail", args=[campaign.pk])
    page = client.get(url).content.decode()
    assert f'href="{url}?show=missing"' in page and "Chưa đăng ký (2)" in page and "Đã đăng ký (1)" in page
    missing = client.get(url + "?show=missing").content.decode()
    table = missing[missing.index("<tbody>") : missing.index("</tbody>")]
    assert "Sở Nội vụ" in table and "Xã Cẩm Giang" in table and "Sở Công Thương" not in table
    registered = client.get(url + "?show=registered").content.decode()
    table = registered[registered.index("<tbody>") : registered.index("</tbody>")]
    assert "Sở Công Thương" in table and "Sở Nội vụ" not in table
    assert '<span class="status status-open">' in page  # the call's state is a label, not a loose word
