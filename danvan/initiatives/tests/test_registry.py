"""The model registry: registering, duplicates refused in Vietnamese, the lifecycle and its history, updates
with evidence files, and the three-user scope of every page."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from danvan.core.errors import ActionRefused
from danvan.core.queries import history_of
from danvan.initiatives import actions
from danvan.initiatives.models import Initiative
from danvan.testing import assert_flat_queries, client_for, png_bytes

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Nâng cao chất lượng công tác tiếp công dân",
    "kind": "dan_van_kheo",
    "holder": "collective",
    "performer": "Chi bộ Văn phòng",
    "field": "political_system",
    "year": "2025",
    "situation": "Công dân phải chờ lâu",
    "goals": "100% đơn thư được trả lời đúng hạn",
}


def test_an_officer_registers_a_model_from_the_page(tree: Any, three_users: Any) -> None:
    client = client_for(three_users.own)
    response = client.post(reverse("initiatives:register"), {**FORM, "organization": tree.unit.pk})
    initiative = Initiative.objects.get()
    assert response.status_code == 302 and response["Location"] == initiative.get_absolute_url()
    assert initiative.organization == tree.unit
    assert initiative.status == Initiative.Status.REGISTERED
    assert initiative.situation == "Công dân phải chờ lâu"
    page = client.get(initiative.get_absolute_url()).content.decode()
    assert "Nâng cao chất lượng công tác tiếp công dân" in page
    assert "Đã đăng ký" in page


def test_a_second_registration_of_the_same_model_is_refused_in_vietnamese(
    tree: Any, three_users: Any
) -> None:
    client = client_for(three_users.own)
    client.post(reverse("initiatives:register"), {**FORM, "organization": tree.department.pk})
    again = {
        **FORM,
        "name": "nâng cao CHẤT LƯỢNG công tác  tiếp công dân",
        "organization": tree.department.pk,
    }
    response = client.post(reverse("initiatives:register"), again, follow=True)
    assert Initiative.objects.count() == 1
    text = response.content.decode()
    assert "đã đăng ký mô hình" in text
    assert "Nâng cao chất lượng công tác tiếp công dân" in text  # the form kept what was typed
    # Another year, or another kind, is a new registration.
    client.post(reverse("initiatives:register"), {**again, "year": "2026"})
    client.post(reverse("initiatives:register"), {**again, "kind": "grassroots_democracy"})
    assert Initiative.objects.count() == 3


def test_the_lifecycle_runs_forward_only_and_is_kept_in_the_history(
    tree: Any, register: Any, make_user: Any
) -> None:
    officer = make_user(tree.department, "agency_officer")
    coordinator = make_user(tree.province, "coordinator")
    initiative = register(tree.department)
    with pytest.raises(ActionRefused):
        actions.advance_initiative(actor=officer, initiative=initiative, to="reviewed")
    initiative = actions.advance_initiative(actor=officer, initiative=initiative, to="in_progress")
    initiative = actions.advance_initiative(actor=officer, initiative=initiative, to="reviewed")
    with pytest.raises(PermissionDenied):  # the officer does not commend
        actions.recognise_initiative(
            actor=officer,
            initiative=initiative,
            level="province",
            form="Bằng khen",
            decision_number="1/QĐ",
            decision_date=None,
        )
    initiative = actions.recognise_initiative(
        actor=coordinator,
        initiative=initiative,
        level="province",
        form="Bằng khen của Chủ tịch UBND thành phố",
        decision_number="2345/QĐ-UBND",
        decision_date=datetime.date(2025, 10, 15),
    )
    assert initiative.status == Initiative.Status.RECOGNISED
    with pytest.raises(ActionRefused, match="nhân rộng"):  # nobody copies it yet
        actions.advance_initiative(actor=officer, initiative=initiative, to="replicated")
    copy = register(tree.commune, name="Tiếp công dân thân thiện", copy_of=initiative)
    initiative = actions.advance_initiative(actor=officer, initiative=initiative, to="replicated")
    assert list(initiative.copies.all()) == [copy]
    entries = history_of(initiative)
    states = [c.new for e in entries for c in e.changes if c.field == "Trạng thái"]
    assert states[:4] == ["Đã nhân rộng", "Được công nhận", "Đã sơ kết, tổng kết", "Đang thực hiện"]
    page = client_for(officer).get(reverse("initiatives:history", args=[initiative.pk])).content.decode()
    assert "2345/QĐ-UBND" in page


def test_an_update_with_an_evidence_file_moves_a_registered_model_along(
    tree: Any, register: Any, three_users: Any
) -> None:
    initiative = register(tree.department)
    client = client_for(three_users.own)
    photo = SimpleUploadedFile("anh.png", png_bytes(), content_type="image/png")
    client.post(
        reverse("initiatives:update-add", args=[initiative.pk]),
        {"day": "2025-03-01", "text": "Tổ chức tiếp công dân định kỳ", "file": photo},
    )
    initiative.refresh_from_db()
    assert initiative.status == Initiative.Status.IN_PROGRESS
    item = initiative.files.get()
    assert item.update is not None and item.name == "anh.png"
    download = client.get(reverse("initiatives:file-download", args=[item.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"\x89PNG")  # type: ignore[attr-defined]
    # A file that is not what it says is refused; nothing is written.
    fake = SimpleUploadedFile("bien-ban.pdf", b"not a pdf", content_type="application/pdf")
    response = client.post(
        reverse("initiatives:update-add", args=[initiative.pk]),
        {"day": "2025-03-02", "text": "Lần hai", "file": fake},
        follow=True,
    )
    assert "không phải" in response.content.decode()
    assert initiative.updates.count() == 1


def test_a_stale_edit_is_refused(tree: Any, register: Any, three_users: Any) -> None:
    initiative = register(tree.department)
    client = client_for(three_users.own)
    url = reverse("initiatives:edit", args=[initiative.pk])
    data = {**FORM, "version": "1", "results": ""}
    assert client.post(url, {**data, "name": "Tên mới"}).status_code == 302
    response = client.post(url, {**data, "name": "Tên khác"}, follow=True)
    initiative.refresh_from_db()
    assert initiative.name == "Tên mới"
    assert "Người khác đã sửa" in response.content.decode() or "tải lại" in response.content.decode()


def test_three_users_see_the_pages_as_the_scope_says(tree: Any, register: Any, three_users: Any) -> None:
    initiative = register(tree.department)
    expected = {"own": 200, "parent": 200, "unrelated": 404}
    for name, code in expected.items():
        client = client_for(getattr(three_users, name))
        for route in ("initiatives:detail", "initiatives:edit", "initiatives:history"):
            assert client.get(reverse(route, args=[initiative.pk])).status_code == code, (name, route)
        listed = client.get(reverse("initiatives:list")).content.decode()
        assert (initiative.name in listed) == (code == 200), name
    unrelated = client_for(three_users.unrelated)
    response = unrelated.post(reverse("initiatives:advance", args=[initiative.pk]), {"to": "in_progress"})
    assert response.status_code == 404
    response = client_for(three_users.own).post(reverse("initiatives:recognise", args=[initiative.pk]), {})
    assert response.status_code == 403


def test_the_list_filters_and_its_queries_stay_flat(tree: Any, register: Any, three_users: Any) -> None:
    register(tree.department, name="Mô hình kinh tế", field="economy")
    register(tree.unit, name="Dân chủ ở cơ sở", kind="grassroots_democracy")
    client = client_for(three_users.parent)
    page = client.get(reverse("initiatives:list"), {"field": "economy"}).content.decode()
    assert "Mô hình kinh tế" in page and "Dân chủ ở cơ sở" not in page
    page = client.get(reverse("initiatives:list"), {"q": "dan chu"}).content.decode()
    assert "Dân chủ ở cơ sở" in page and "Mô hình kinh tế" not in page
    counter = iter(range(1000))

    def grow(k: int) -> None:
        for _ in range(k):
            register(tree.department, name=f"Mô hình số {next(counter)}")

    assert_flat_queries(client, [reverse("initiatives:list")], grow)
