"""Staff handling of feedback: entry, routing with history, merge, answer with the e-mail read back from the
local SMTP server, the answer letter, protected identities, and the three-user scope of every staff page."""

from __future__ import annotations

import datetime
import io
from typing import Any

import docx
import pytest
from django.test import Client
from django.urls import reverse

from danvan.feedback import actions
from danvan.feedback.models import Feedback, Kind, State, Transfer
from danvan.testing import Mailbox, assert_flat_queries, client_for

pytestmark = pytest.mark.django_db


def test_officer_enters_a_phone_call_with_its_channel_and_date(tree: Any, make_user: Any) -> None:
    officer = make_user(tree.department, "agency_officer")
    response = client_for(officer).post(
        reverse("feedback:create"),
        {
            "organization": tree.department.pk,
            "channel": "phone",
            "received_on": "2026-03-02",
            "kind": "petition",
            "citizen_name": "Trần Thị Bình",
            "title": "Kiến nghị sửa đường",
            "text": "Đề nghị sửa đoạn đường xuống cấp.",
        },
    )
    item = Feedback.objects.get()
    assert response.status_code == 302 and response.headers["Location"] == item.get_absolute_url()
    assert (item.channel, item.organization, item.received_on) == (
        "phone",
        tree.department,
        datetime.date(2026, 3, 2),
    )
    assert item.code.startswith("PA26-") and len(item.code) == 13
    assert item.accept_due == datetime.date(2026, 3, 12) and item.resolve_due == datetime.date(2026, 3, 23)


def test_routing_keeps_every_step_in_the_history(tree: Any, make_user: Any, make_item: Any) -> None:
    coordinator = make_user(tree.province, "coordinator")
    item = make_item()
    client = client_for(coordinator)
    client.post(
        reverse("feedback:transfer", args=[item.pk]), {"to": tree.department.pk, "reason": "Thuộc lĩnh vực"}
    )
    client.post(reverse("feedback:transfer", args=[item.pk]), {"to": tree.commune.pk, "reason": "Địa bàn xã"})
    item.refresh_from_db()
    assert item.organization == tree.commune
    steps = list(
        Transfer.objects.filter(feedback=item).values_list("from_organization", "to_organization", "reason")
    )
    assert steps == [
        (tree.province.pk, tree.department.pk, "Thuộc lĩnh vực"),
        (tree.department.pk, tree.commune.pk, "Địa bàn xã"),
    ]
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Sở Công Thương → Xã Cẩm Giang" in page and "Địa bàn xã" in page


def test_routing_suggests_the_organisation_the_text_names(tree: Any, make_user: Any, make_item: Any) -> None:
    from danvan.feedback.queries import suggest_organization

    item = make_item(text="Đường liên thôn ở Xã Cẩm Giang ngập sau mưa.")
    assert suggest_organization(item) == tree.commune
    other = make_item(text="Đường ở xã Cẩm Giàng ngập.")  # other diacritics: another place, no suggestion
    assert suggest_organization(other) is None


def test_a_duplicate_is_merged_and_closed(tree: Any, make_user: Any, make_item: Any) -> None:
    officer = make_user(tree.province, "agency_officer")
    first, second = make_item(), make_item()
    client_for(officer).post(
        reverse("feedback:merge", args=[second.pk]), {"into": first.pk, "reason": "Trùng"}
    )
    second.refresh_from_db()
    assert (second.state, second.merged_into) == (State.CLOSED, first)
    # The item kept lists what was merged into it, so the handler knows who else is waiting for the answer.
    page = client_for(officer).get(first.get_absolute_url()).content.decode()
    assert f'href="{second.get_absolute_url()}"' in page and second.code in page


def test_answer_is_mailed_to_the_citizen_and_readable_by_code(
    tree: Any, make_user: Any, make_item: Any, smtp: Mailbox, django_capture_on_commit_callbacks: Any
) -> None:
    officer = make_user(tree.province, "agency_officer")
    with django_capture_on_commit_callbacks(execute=True):
        item = make_item()
    (ack,) = smtp.to("dan@example.vn")
    assert item.code in ack.subject and item.code in ack.body
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(officer).post(
            reverse("feedback:answer", args=[item.pk]),
            {"text": "Đã thay bóng đèn ngày 05/3/2026.", "answered_on": "2026-03-05"},
        )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.state, item.answered_on_time()) == (State.ANSWERED, True)
    answer = smtp.to("dan@example.vn")[-1]
    assert "đã được trả lời" in answer.subject and "Đã thay bóng đèn" in answer.body
    assert f"https://danvan.example.gov.vn/feedback/public/track/{item.code}/" in answer.body


def test_answer_letter_is_a_docx_per_decree_30(tree: Any, make_user: Any, make_item: Any) -> None:
    officer = make_user(tree.province, "agency_officer")
    item = make_item()
    actions.answer_feedback(actor=officer, item=item, text="Đã xử lý xong.", on=datetime.date(2026, 3, 5))
    response = client_for(officer).get(reverse("feedback:letter", args=[item.pk]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    document = docx.Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "THÔNG BÁO" in text and item.code in text and "Đã xử lý xong." in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells and "ngày 05 tháng 3 năm 2026" in cells
    # The citizen is addressed as Ông/Bà in the title, the text and the recipients, never by the bare name.
    assert "Trả lời phản ánh của Ông/Bà Nguyễn Văn Dân" in text
    assert "để Ông/Bà Nguyễn Văn Dân được biết" in text and "- Ông/Bà Nguyễn Văn Dân;" in cells


def test_denunciation_identity_is_seen_by_the_handler_and_the_head_only(
    tree: Any, make_user: Any, make_item: Any
) -> None:
    handler = make_user(tree.province, "agency_officer")
    colleague = make_user(tree.province, "agency_officer")
    head = make_user(tree.province, "leader")
    coordinator = make_user(tree.province, "coordinator")
    item = make_item(kind=Kind.DENUNCIATION, citizen_name="Lê Văn Tố")
    actions.accept_feedback(actor=handler, item=item, on=datetime.date(2026, 3, 3))
    url = item.get_absolute_url()
    assert "Lê Văn Tố" in client_for(handler).get(url).content.decode()
    assert "Lê Văn Tố" in client_for(head).get(url).content.decode()
    for other in (colleague, coordinator):
        page = client_for(other).get(url).content.decode()
        assert page and "Lê Văn Tố" not in page and "0912345678" not in page
    assert client_for(colleague).get(reverse("feedback:letter", args=[item.pk])).status_code == 403


def test_three_users_on_the_staff_pages(tree: Any, three_users: Any, make_item: Any) -> None:
    item = make_item(province=None, organization=tree.department)
    expected = {"own": 200, "parent": 200, "unrelated": 404}
    for name, status in expected.items():
        client = client_for(getattr(three_users, name))
        assert client.get(item.get_absolute_url()).status_code == status, name
        assert client.get(f"/api/v1/feedback/items/{item.pk}").status_code == status, name
        listed = client.get(reverse("feedback:list")).content.decode()
        assert (item.code in listed) == (status == 200), name
    unrelated = client_for(three_users.unrelated)
    assert unrelated.post(reverse("feedback:accept", args=[item.pk])).status_code == 404
    assert client_for(three_users.own).post(reverse("feedback:accept", args=[item.pk])).status_code == 302
    item.refresh_from_db()
    assert item.state == State.ACCEPTED


def test_list_filters_outside_their_choices_match_nothing_without_reaching_the_database(
    tree: Any, make_user: Any, make_item: Any
) -> None:
    """A state or kind that is none of its choices, a NUL byte included (PostgreSQL takes none in a string and
    answered 500), lists no item on the API and on the staff page; a NUL byte in the search is dropped."""
    coordinator = make_user(tree.province, "coordinator")
    item = make_item()
    client = client_for(coordinator)
    for query in ({"kind": "ñ]\x00x"}, {"state": "closed\x00"}, {"state": "bogus", "kind": "petition"}):
        response = client.get("/api/v1/feedback/items", query)
        assert response.status_code == 200 and response.json()["count"] == 0, query
        page = client.get(reverse("feedback:list"), query)
        assert page.status_code == 200 and item.code not in page.content.decode(), query
    assert client.get("/api/v1/feedback/items", {"kind": item.kind}).json()["count"] == 1
    page = client.get(reverse("feedback:list"), {"q": f"{item.code}\x00"})
    assert page.status_code == 200 and item.get_absolute_url() in page.content.decode()


def test_the_list_page_stays_flat_as_items_grow(tree: Any, make_user: Any, make_item: Any) -> None:
    coordinator = make_user(tree.province, "coordinator")

    def grow(k: int) -> None:
        for _ in range(k):
            make_item()

    assert_flat_queries(
        client_for(coordinator),
        [reverse("feedback:list"), reverse("feedback:public-statistics"), "/api/v1/feedback/items"],
        grow,
    )


def test_the_sender_of_a_merged_duplicate_gets_the_answer_by_mail_and_by_code(
    tree: Any, make_user: Any, make_item: Any, smtp: Mailbox, django_capture_on_commit_callbacks: Any
) -> None:
    officer = make_user(tree.province, "agency_officer")
    with django_capture_on_commit_callbacks(execute=True):
        first = make_item()
        second = make_item(citizen_name="Trần Thị Lan", citizen_email="lan@example.vn")
    client_for(officer).post(reverse("feedback:merge", args=[second.pk]), {"into": first.pk})
    page = Client().get(reverse("feedback:public-status", args=[second.code])).content.decode()
    assert first.code in page and "Thời hạn" not in page  # closed by the merge: no deadline shown
    with django_capture_on_commit_callbacks(execute=True):
        client_for(officer).post(
            reverse("feedback:answer", args=[first.pk]),
            {"text": "Đã thay bóng đèn ngày 05/3/2026.", "answered_on": "2026-03-05"},
        )
    mail = smtp.to("lan@example.vn")[-1]
    assert (
        second.code in mail.subject
        and "Đã thay bóng đèn" in mail.body
        and "Kính gửi Ông/Bà Trần Thị Lan" in mail.body
    )
    page = Client().get(reverse("feedback:public-status", args=[second.code])).content.decode()
    assert "Đã thay bóng đèn ngày 05/3/2026." in page
