"""Calendar feeds: the page to create and revoke them, and the ICS they serve, parsed back with icalendar."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import icalendar
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from danvan.core import deadlines as core_deadlines
from danvan.core.models import AuditEvent
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting.models import CalendarFeed, ReportingPeriod
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

DUE = datetime.date(2025, 11, 15)
REPORT_DUE = datetime.date(2025, 12, 5)


@dataclass
class Deadlines:
    catalog: Plan
    task: Task  # assigned to Sở Công Thương
    commune_task: Task  # assigned to Xã Cẩm Giang only
    personal: Task  # assigned by name to `person`
    period: ReportingPeriod
    person: Any


@pytest.fixture
def deadlines(tree: Any, make_user: Any) -> Deadlines:
    catalog = Plan.objects.create(
        kind=Plan.Kind.CATALOG,
        owner=tree.province,
        title="Danh mục nhiệm vụ công tác dân vận chính quyền 6 tháng cuối năm 2025",
        status=Plan.Status.ISSUED,
    )

    def task(number: str, content: str, due: datetime.date | None, **fields: Any) -> Task:
        return Task.objects.create(plan=catalog, number=number, content=content, due=due, **fields)

    main = task(
        "1.2",
        "Tổng hợp báo cáo kết quả công tác dân vận chính quyền",
        DUE,
        timeframe_raw="Trước ngày 15/11/2025",
        timeframe_kind=Task.TimeframeKind.BY_DATE,
    )
    Assignment.objects.create(task=main, role=Assignment.Role.LEAD, organization=tree.department)
    recurring = task(
        "1.1", "Quán triệt Chỉ thị số 33/CT-TTg", None, timeframe_kind=Task.TimeframeKind.CONTINUOUS
    )
    Assignment.objects.create(task=recurring, role=Assignment.Role.LEAD, organization=tree.department)
    commune_task = task("2.1", "Tổ chức đối thoại với Nhân dân", datetime.date(2025, 10, 31))
    Assignment.objects.create(task=commune_task, role=Assignment.Role.LEAD, organization=tree.commune)
    person = make_user(tree.unit, "unit_officer", full_name="Phạm Minh Châu")
    personal = task("3.1", "Rà soát thủ tục hành chính lĩnh vực thương mại", datetime.date(2025, 9, 30))
    Assignment.objects.create(task=personal, role=Assignment.Role.LEAD, person=person)
    period = ReportingPeriod.objects.create(
        catalog=catalog,
        name="Báo cáo kết quả lần 2 năm 2025",
        start=datetime.date(2025, 6, 1),
        cutoff=datetime.date(2025, 11, 30),
        due=REPORT_DUE,
    )
    return Deadlines(catalog, main, commune_task, personal, period, person)


def events_of(response: Any) -> dict[str, Any]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_officer_creates_an_organisation_feed_with_task_and_report_deadlines(
    deadlines: Deadlines, three_users: Any, tree: Any
) -> None:
    client = client_for(three_users.own)
    response = client.post(reverse("reporting:calendar-feeds"), {"organization": tree.department.pk})
    assert response.status_code == 302
    feed = CalendarFeed.objects.get(user=three_users.own)
    assert feed.organization == tree.department
    assert AuditEvent.objects.filter(action="calendar.feed_created", actor=three_users.own).exists()
    page = client.get(reverse("reporting:calendar-feeds")).content.decode()
    assert f"/reporting/calendar/{feed.token}.ics" in page

    events = events_of(Client().get(reverse("reporting:calendar-ics", args=[feed.token])))
    task_event = events[f"task-{deadlines.task.pk}@danvan"]
    assert task_event.decoded("DTSTART") == DUE
    assert task_event.decoded("DTEND") == DUE + datetime.timedelta(days=1)
    assert "1.2 Tổng hợp báo cáo kết quả công tác dân vận chính quyền" in str(task_event["SUMMARY"])
    assert "Trước ngày 15/11/2025" in str(task_event["DESCRIPTION"])
    report_event = events[f"period-{deadlines.period.pk}-org-{tree.department.pk}@danvan"]
    assert report_event.decoded("DTSTART") == REPORT_DUE
    assert "Báo cáo kết quả lần 2 năm 2025" in str(report_event["SUMMARY"])
    assert "Sở Công Thương" in str(report_event["SUMMARY"])
    # Only the department's deadlines: not the commune's, not a recurring task (it has no date).
    assert set(events) == {
        f"task-{deadlines.task.pk}@danvan",
        f"period-{deadlines.period.pk}-org-{tree.department.pk}@danvan",
    }


def test_personal_feed_has_tasks_named_to_the_person_and_their_organisations(
    deadlines: Deadlines, tree: Any
) -> None:
    client = client_for(deadlines.person)
    client.post(reverse("reporting:calendar-feeds"), {"organization": ""})
    feed = CalendarFeed.objects.get(user=deadlines.person)
    assert feed.organization is None
    events = events_of(Client().get(reverse("reporting:calendar-ics", args=[feed.token])))
    assert set(events) == {f"task-{deadlines.personal.pk}@danvan"}
    calendar = icalendar.Calendar.from_ical(Client().get(f"/reporting/calendar/{feed.token}.ics").content)
    assert "Phạm Minh Châu" in str(calendar["X-WR-CALNAME"])


def test_revoked_and_unknown_tokens_answer_404(deadlines: Deadlines, three_users: Any, tree: Any) -> None:
    client = client_for(three_users.own)
    client.post(reverse("reporting:calendar-feeds"), {"organization": tree.department.pk})
    feed = CalendarFeed.objects.get()
    url = reverse("reporting:calendar-ics", args=[feed.token])
    assert Client().get(url).status_code == 200
    assert client.post(reverse("reporting:calendar-revoke", args=[feed.pk])).status_code == 302
    feed.refresh_from_db()
    assert feed.revoked_at is not None
    assert Client().get(url).status_code == 404
    assert Client().get(reverse("reporting:calendar-ics", args=["not-a-token"])).status_code == 404
    page = client.get(reverse("reporting:calendar-feeds")).content.decode()
    assert reverse("reporting:calendar-revoke", args=[feed.pk]) not in page and feed.token not in page


def test_feeds_are_limited_to_the_scope_and_to_their_owner(
    deadlines: Deadlines, three_users: Any, tree: Any
) -> None:
    # The parent (province officer) may make a feed of the department; the unrelated commune officer may not.
    assert (
        client_for(three_users.parent)
        .post(reverse("reporting:calendar-feeds"), {"organization": tree.department.pk})
        .status_code
        == 302
    )
    refused = client_for(three_users.unrelated).post(
        reverse("reporting:calendar-feeds"), {"organization": tree.department.pk}
    )
    assert refused.status_code == 200
    assert not CalendarFeed.objects.filter(user=three_users.unrelated).exists()
    # Nobody revokes or sees someone else's feed.
    feed = CalendarFeed.objects.get(user=three_users.parent)
    for other in (three_users.own, three_users.unrelated):
        client = client_for(other)
        assert client.post(reverse("reporting:calendar-revoke", args=[feed.pk])).status_code == 404
        assert feed.token not in client.get(reverse("reporting:calendar-feeds")).content.decode()
    feed.refresh_from_db()
    assert feed.revoked_at is None


def test_a_feed_stops_when_its_owner_leaves_the_organisations_scope(
    deadlines: Deadlines, three_users: Any, tree: Any
) -> None:
    client_for(three_users.own).post(
        reverse("reporting:calendar-feeds"), {"organization": tree.department.pk}
    )
    feed = CalendarFeed.objects.get()
    three_users.own.memberships.update(is_active=False)
    assert Client().get(reverse("reporting:calendar-ics", args=[feed.token])).status_code == 404


def test_the_feed_takes_a_fixed_number_of_queries(deadlines: Deadlines, three_users: Any, tree: Any) -> None:
    client_for(three_users.own).post(
        reverse("reporting:calendar-feeds"), {"organization": tree.department.pk}
    )
    feed = CalendarFeed.objects.get()
    url = reverse("reporting:calendar-ics", args=[feed.token])
    with CaptureQueriesContext(connection) as few:
        assert len(events_of(Client().get(url))) == 2
    for n in range(30):
        extra = Task.objects.create(
            plan=deadlines.catalog, number=f"5.{n}", content="Thêm", due=DUE, position=50 + n
        )
        Assignment.objects.create(task=extra, role=Assignment.Role.LEAD, organization=tree.department)
    with CaptureQueriesContext(connection) as many:
        assert len(events_of(Client().get(url))) == 32
    # A few queries per registered deadline source (tasks, reports, evaluation, feedback, …), none per event.
    assert len(many) == len(few)
    assert len(many) <= 2 + 2 * len(core_deadlines.sources())
