"""The public side: the form with its captcha and rate limit, attachments, follow-up by code, the public pages
walked as an anonymous visitor looking for personal data, and the public API."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from captcha.models import CaptchaStore
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from danvan.feedback import actions, queries
from danvan.feedback.models import Attachment, Feedback, IntakeAttempt, Kind
from danvan.testing import client_for, png_bytes

pytestmark = pytest.mark.django_db

FORM = reverse("feedback:public-form")


def _captcha(client: Client) -> dict[str, str]:
    """Open the form and read the picture's answer from the captcha store, as a person reads the picture."""
    page = client.get(FORM).content.decode()
    key = re.search(r'name="captcha_0" value="(\w+)"', page)
    assert key is not None, "the form shows a captcha"
    return {"captcha_0": key.group(1), "captcha_1": CaptchaStore.objects.get(hashkey=key.group(1)).response}


def _data(tree: Any, **overrides: Any) -> dict[str, Any]:
    data = {
        "kind": "report",
        "province": tree.province.pk,
        "subject_organization": "",
        "title": "Rác thải ùn ứ",
        "text": "Rác thải ùn ứ ở chợ Cẩm Giang nhiều ngày.",
        "citizen_name": "Phạm Thị Hoa",
        "citizen_phone": "0987654321",
        "citizen_email": "hoa@example.vn",
        "citizen_address": "Thôn Đông, xã Cẩm Giang",
    }
    data.update(overrides)
    return data


def test_a_citizen_sends_feedback_and_gets_the_tracking_code(tree: Any) -> None:
    client = Client()
    response = client.post(FORM, {**_data(tree), **_captcha(client)}, follow=True)
    item = Feedback.objects.get()
    assert (item.channel, item.organization, item.citizen_name) == ("web", tree.province, "Phạm Thị Hoa")
    page = response.content.decode()
    assert item.code in page and "Phạm Thị Hoa" not in page and "hoa@example.vn" not in page


def test_a_wrong_captcha_is_refused_and_nothing_typed_is_lost(tree: Any) -> None:
    client = Client()
    answer = _captcha(client)
    response = client.post(FORM, {**_data(tree), "captcha_0": answer["captcha_0"], "captcha_1": "sai"})
    assert response.status_code == 200 and not Feedback.objects.exists()
    page = response.content.decode()
    assert "Các ký tự không khớp" in page
    assert "Rác thải ùn ứ ở chợ Cẩm Giang nhiều ngày." in page and 'value="Phạm Thị Hoa"' in page
    # The same picture cannot be tried twice.
    again = client.post(FORM, {**_data(tree), **answer})
    assert again.status_code == 200 and not Feedback.objects.exists()


def test_the_rate_limit_refuses_the_sixth_submission_and_keeps_the_five(tree: Any) -> None:
    client = Client()
    for n in range(5):
        response = client.post(FORM, {**_data(tree, title=f"Phản ánh {n}"), **_captcha(client)})
        assert response.status_code == 302
    refused = client.post(FORM, {**_data(tree, title="Lần thứ sáu"), **_captcha(client)})
    assert refused.status_code == 429
    assert "Quá nhiều" in refused.content.decode() and "Lần thứ sáu" in refused.content.decode()
    assert Feedback.objects.count() == 5 and IntakeAttempt.objects.count() == 5
    assert not Feedback.objects.filter(title="Lần thứ sáu").exists()
    # Another address is not limited.
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert other.post(FORM, {**_data(tree), **_captcha(other)}).status_code == 302


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("thu.exe", b"MZ\x90\x00", "Không nhận tệp loại “.exe”"),
        ("anh.png", b"<html><script>alert(1)</script>", "không phải tệp PNG hợp lệ"),
        ("trong.pdf", b"", "Tập tin được gửi là rỗng"),
    ],
)
def test_a_bad_attachment_is_refused_in_vietnamese_and_nothing_is_stored(
    tree: Any, name: str, data: bytes, message: str
) -> None:
    client = Client()
    good = SimpleUploadedFile("anh-that.png", png_bytes(), content_type="image/png")
    bad = SimpleUploadedFile(name, data)
    response = client.post(FORM, {**_data(tree), **_captcha(client), "attachments": [good, bad]})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Feedback.objects.exists() and not Attachment.objects.exists()


def test_good_attachments_are_stored_with_their_names(tree: Any) -> None:
    client = Client()
    photo = SimpleUploadedFile("ảnh chợ.png", png_bytes(), content_type="image/png")
    assert client.post(FORM, {**_data(tree), **_captcha(client), "attachments": [photo]}).status_code == 302
    (attachment,) = Attachment.objects.all()
    assert attachment.name == "ảnh chợ.png" and attachment.file.read() == png_bytes()


def test_a_complaint_cannot_be_sent_anonymously(tree: Any) -> None:
    client = Client()
    data = {**_data(tree, kind="complaint", anonymous="on", citizen_name=""), **_captcha(client)}
    response = client.post(FORM, data)
    assert response.status_code == 200 and not Feedback.objects.exists()
    assert "không thể gửi ẩn danh" in response.content.decode()


PERSONAL = (
    "Phạm Thị Hoa",
    "0987654321",
    "hoa@example.vn",
    "Thôn Đông",
    "Lê Văn Tố",
    "0911000111",
    "to@example.vn",
)


def test_no_public_page_shows_a_personal_field(tree: Any, make_user: Any, make_item: Any) -> None:
    """Every public page, walked as an anonymous visitor, over items of every kind and state."""
    officer = make_user(tree.province, "agency_officer")
    report = make_item(
        citizen_name="Phạm Thị Hoa",
        citizen_phone="0987654321",
        citizen_email="hoa@example.vn",
        citizen_address="Thôn Đông",
    )
    actions.answer_feedback(
        actor=officer, item=report, text="Đã thu gom rác.", publish=True, on=datetime.date(2026, 3, 4)
    )
    denunciation = make_item(
        kind=Kind.DENUNCIATION,
        title="Tố cáo cán bộ Lê Văn Tố",
        citizen_name="Lê Văn Tố",
        citizen_phone="0911000111",
        citizen_email="to@example.vn",
    )
    actions.answer_feedback(actor=officer, item=denunciation, text="Kết luận nội dung tố cáo Lê Văn Tố.")
    open_item = make_item(citizen_name="Phạm Thị Hoa", citizen_address="Thôn Đông")
    actions.record_dialogue(
        actor=None,
        organization=tree.commune,
        title="Đối thoại về đất đai",
        held_on=datetime.date(2026, 3, 20),
        place="Hội trường xã",
        chair="Chủ tịch UBND xã",
        topics="Giải phóng mặt bằng",
        participants="Phạm Thị Hoa, 0987654321",
    )
    from django.urls import get_resolver

    from danvan.core.tests.test_login_required import walk

    public = sorted(
        name
        for name, _ in walk(get_resolver().url_patterns)
        if name.startswith(("feedback:public-", "reporting:public-"))
    )
    assert len(public) == 8
    visitor = Client()
    pages = {
        "feedback:public-form": [reverse("feedback:public-form")],
        "feedback:public-lookup": [reverse("feedback:public-lookup")],
        "feedback:public-statistics": [reverse("feedback:public-statistics") + "?year=2026"],
        "feedback:public-published": [reverse("feedback:public-published")],
        "feedback:public-dialogues": [reverse("feedback:public-dialogues")],
        "reporting:public-progress": [reverse("reporting:public-progress")],
        "feedback:public-status": [
            reverse("feedback:public-status", args=[i.code]) for i in (report, denunciation, open_item)
        ],
        "feedback:public-sent": [
            reverse("feedback:public-sent", args=[i.code]) for i in (report, denunciation, open_item)
        ],
    }
    assert sorted(pages) == public
    seen = ""
    for urls in pages.values():
        for url in urls:
            response = visitor.get(url)
            assert response.status_code == 200, url
            page = response.content.decode()
            leaked = [field for field in PERSONAL if field in page]
            assert not leaked, f"{url} shows {leaked}"
            seen += page
    assert "Đã thu gom rác." in seen and report.code in seen and "Kết luận nội dung tố cáo" not in seen
    for item in (report, denunciation, open_item):
        body = visitor.get(f"/api/v1/feedback/{item.code}").content.decode()
        assert not [field for field in PERSONAL if field in body]


def test_a_date_received_before_any_legal_time_limit_is_refused_with_the_reason(
    tree: Any, make_user: Any
) -> None:
    """No deadline can be set for a day before the law in force (0001-01-01 from an intake system answered 500)."""
    body = {"organization": tree.department.pk, "kind": "report", "title": "Ngập nước", "text": "Ngập."}
    body.update(citizen_name="Vũ Văn An", received_on="0001-01-01")
    client = client_for(make_user(tree.department, "agency_officer"))
    refused = client.post("/api/v1/feedback", body, content_type="application/json")
    assert refused.status_code == 409, refused.content
    assert "01/01/0001" in refused.json()["detail"] and "chưa có thời hạn" in refused.json()["detail"]
    assert not Feedback.objects.exists()


def test_the_public_api_reads_by_code_and_the_token_api_receives(tree: Any, make_user: Any) -> None:
    from danvan.accounts import actions as account_actions

    hotline = make_user(tree.department, "agency_officer")
    _row, token = account_actions.create_api_token(actor=hotline, name="1022")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    body = {
        "organization": tree.department.pk,
        "kind": "report",
        "channel": "hotline",
        "title": "Ngập nước",
        "text": "Ngập sau mưa lớn.",
        "citizen_name": "Vũ Văn An",
        "received_on": "2026-03-02",
    }
    created = api.post("/api/v1/feedback", body, content_type="application/json")
    assert created.status_code == 201, created.content
    code = created.json()["code"]
    status = Client().get(f"/api/v1/feedback/{code}")
    assert (
        status.status_code == 200
        and status.json()["state"] == "new"
        and "Vũ Văn An" not in status.content.decode()
    )
    anonymous_complaint = {**body, "kind": "complaint", "anonymous": True}
    refused = api.post("/api/v1/feedback", anonymous_complaint, content_type="application/json")
    assert refused.status_code == 409
    assert Client().post("/api/v1/feedback", body, content_type="application/json").status_code == 401
    assert Client().get("/api/v1/feedback/PA26-KHONGCO").status_code == 404
    outsider = make_user(tree.commune, "agency_officer")
    assert client_for(outsider).get(f"/api/v1/feedback/items/{created.json()['id']}").status_code == 404


def test_an_attachment_over_the_evidence_limit_is_refused_with_the_limit_in_mb(settings):
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from danvan.feedback.actions.attachments import check_upload

    settings.MAX_EVIDENCE_MB = 1
    upload = SimpleUploadedFile(
        "don.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 1), content_type="application/pdf"
    )
    with pytest.raises(ValidationError) as refused:
        check_upload(upload)
    assert "1 MB" in refused.value.messages[0]


CSRF_TOKEN = re.compile(r"csrfmiddlewaretoken|X-CSRFToken")


def _cache_control(response: Any) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_a_public_page_with_a_form_is_never_stored_by_a_shared_cache(tree: Any, make_item: Any) -> None:
    """A page carrying a CSRF token must not be served from a proxy to another visitor (private, no-store);
    the read-only pages carry no token and stay cacheable."""
    item = make_item()
    visitor = Client()
    with_form = [
        reverse("feedback:public-form"),
        reverse("accounts:login"),
    ]
    read_only = [
        reverse("feedback:public-statistics") + "?year=2026",
        reverse("feedback:public-published"),
        reverse("feedback:public-dialogues"),
        reverse("reporting:public-progress"),
        reverse("feedback:public-lookup"),
        reverse("feedback:public-status", args=[item.code]),
    ]
    for url in with_form:
        response = visitor.get(url)
        assert response.status_code == 200, url
        assert CSRF_TOKEN.search(response.content.decode()), url
        cache = _cache_control(response)
        assert {"private", "no-store"} <= cache and "public" not in cache, (url, cache)
    for url in read_only:
        response = visitor.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        cache = _cache_control(response)
        assert not CSRF_TOKEN.search(page) or ("public" not in cache and "no-store" in cache), (url, cache)
    for url in read_only[:4]:
        response = visitor.get(url)
        assert not CSRF_TOKEN.search(response.content.decode()), f"{url} carries a CSRF token"
        assert "public" in _cache_control(response), url


def test_the_public_statistics_of_a_year_count_items_received_from_1_january_to_31_december(
    tree: Any, make_item: Any
) -> None:
    for day in ("2024-12-31", "2025-01-01", "2025-12-31", "2026-01-01"):
        make_item(received_on=datetime.date.fromisoformat(day))
    rows = queries.public_statistics(year=2025, today=datetime.date(2026, 6, 1))
    assert sum(row.received for row in rows) == 2


def test_an_answer_outside_competence_says_on_the_public_page_that_it_is_guidance(
    tree: Any, make_user: Any, make_item: Any
) -> None:
    officer = make_user(tree.province, "agency_officer")
    item = make_item()
    actions.answer_feedback(
        actor=officer,
        item=item,
        text="Nội dung thuộc thẩm quyền của UBND xã Cẩm Giang; đề nghị Ông/Bà liên hệ bộ phận một cửa của xã.",
        out_of_competence=True,
        on=datetime.date(2026, 3, 4),
    )
    page = Client().get(reverse("feedback:public-status", args=[item.code])).content.decode()
    assert "hướng dẫn: không thuộc thẩm quyền" in page and "bộ phận một cửa của xã" in page
