"""The notification centre: the person's own notices, newest first, unread count in the header, mark read."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from danvan.core.actions import notify
from danvan.core.models import Notification
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


def test_the_list_shows_only_my_notifications_newest_first_unread_highlighted(three_users: Any) -> None:
    notify(recipients=[three_users.own], text="Nhiệm vụ 1.2 đến hạn ngày 15/11/2025.", url="/plans/tasks/1/")
    notify(recipients=[three_users.own], text="Kế hoạch đã được phê duyệt.")
    notify(recipients=[three_users.parent], text="Thông báo của cán bộ khác.")
    Notification.objects.filter(text__startswith="Kế hoạch").update(read_at="2025-11-01T08:00:00+07:00")
    page = client_for(three_users.own).get(reverse("core:notifications")).content.decode()
    assert "Thông báo của cán bộ khác" not in page
    newer, older = page.index("Kế hoạch đã được phê duyệt"), page.index("Nhiệm vụ 1.2")
    assert newer < older
    unread_item = page[:older].rsplit("<li", 1)[1]
    assert "unread" in unread_item
    read_item = page[:newer].rsplit("<li", 1)[1]
    assert "unread" not in read_item


def test_the_header_counts_unread_notifications(three_users: Any) -> None:
    notify(recipients=[three_users.own], text="Một")
    notify(recipients=[three_users.own], text="Hai")
    client = client_for(three_users.own)
    page = client.get(reverse("core:home")).content.decode()
    assert 'class="badge"' in page and ">2</span>" in page
    client.post(reverse("core:notifications-read-all"))
    assert not Notification.objects.filter(recipient=three_users.own, read_at__isnull=True).exists()
    assert 'class="badge"' not in client.get(reverse("core:home")).content.decode()


def test_marking_one_read_and_opening_its_link(three_users: Any) -> None:
    notify(recipients=[three_users.own], text="Nhiệm vụ mới", url="/plans/inbox/")
    notify(recipients=[three_users.own], text="Khác")
    first = Notification.objects.get(text="Nhiệm vụ mới")
    client = client_for(three_users.own)
    response = client.post(reverse("core:notification-read", args=[first.pk]), {"open": "1"})
    assert response.status_code == 302 and response["Location"] == "/plans/inbox/"
    first.refresh_from_db()
    assert first.read_at is not None
    assert Notification.objects.get(text="Khác").read_at is None


def test_a_link_to_another_site_is_not_followed(three_users: Any) -> None:
    notify(recipients=[three_users.own], text="Lạ", url="https://example.com/")
    notice = Notification.objects.get()
    response = client_for(three_users.own).post(
        reverse("core:notification-read", args=[notice.pk]), {"open": "1"}
    )
    assert response["Location"] == reverse("core:notifications")


def test_other_peoples_notifications_answer_404(three_users: Any) -> None:
    notify(recipients=[three_users.own], text="Riêng của alice")
    notice = Notification.objects.get()
    for other in (three_users.parent, three_users.unrelated):
        client = client_for(other)
        assert client.post(reverse("core:notification-read", args=[notice.pk])).status_code == 404
        client.post(reverse("core:notifications-read-all"))
        assert "Riêng của alice" not in client.get(reverse("core:notifications")).content.decode()
    notice.refresh_from_db()
    assert notice.read_at is None
    assert (
        client_for(three_users.own).post(reverse("core:notification-read", args=[notice.pk])).status_code
        == 302
    )


def test_the_list_takes_a_fixed_number_of_queries(three_users: Any) -> None:
    client = client_for(three_users.own)

    def count() -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("core:notifications")).status_code == 200
        return len(context)

    notify(recipients=[three_users.own], text="Một")
    few = count()
    for n in range(30):
        notify(recipients=[three_users.own], text=f"Thông báo {n}")
    assert count() == few


def test_the_link_to_a_notice_reads_as_an_action_not_as_a_state(three_users: Any) -> None:
    """ "Open" the link is "Xem"; "Đang mở" is a period's state and would read as "in progress"."""
    notify(recipients=[three_users.own], text="Nhiệm vụ 1.2 đến hạn ngày 15/11/2025.", url="/plans/tasks/1/")
    page = client_for(three_users.own).get(reverse("core:notifications")).content.decode()
    assert 'class="linkbutton">Xem</button>' in page and "Đang mở" not in page
