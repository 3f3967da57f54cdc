"""Login, throttling, password change and reset, profile."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from danvan.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_login_page_is_in_vietnamese(client: Client) -> None:
    html = client.get(reverse("accounts:login")).content.decode()
    assert "Đăng nhập" in html and "Quên mật khẩu?" in html
    assert '<html lang="vi">' in html


def test_wrong_password_gives_a_vietnamese_error(client: Client, tree: Any, make_user: Any) -> None:
    make_user(tree.department, username="an")
    response = client.post(reverse("accounts:login"), {"username": "an", "password": "sai"})
    assert response.status_code == 200
    assert "mật khẩu chính xác" in response.content.decode()


def test_login_then_home_shows_the_roles(client: Client, tree: Any, make_user: Any) -> None:
    make_user(tree.department, "leader", username="an", full_name="Nguyễn Văn An")
    response = client.post(
        reverse("accounts:login"), {"username": "an", "password": "Mat-khau-123"}, follow=True
    )
    html = response.content.decode()
    assert "Xin chào, Nguyễn Văn An" in html and "Lãnh đạo" in html and "Sở Công Thương" in html


def test_repeated_failures_lock_the_account_even_with_the_right_password(
    client: Client, tree: Any, make_user: Any, settings: Any
) -> None:
    settings.AXES_FAILURE_LIMIT = 3
    make_user(tree.department, username="an")
    for _ in range(3):
        client.post(reverse("accounts:login"), {"username": "an", "password": "sai"})
    response = client.post(reverse("accounts:login"), {"username": "an", "password": "Mat-khau-123"})
    assert response.status_code == 429
    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_logout_needs_post_and_ends_the_session(client: Client, tree: Any, make_user: Any) -> None:
    client.force_login(make_user(tree.department))
    assert client.get(reverse("accounts:logout")).status_code == 405
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("core:home")).status_code == 302


def test_password_change_is_audited(client: Client, tree: Any, make_user: Any) -> None:
    user = make_user(tree.department)
    client.force_login(user)
    response = client.post(
        reverse("accounts:password-change"),
        {
            "old_password": "Mat-khau-123",
            "new_password1": "Mat-khau-moi-456",
            "new_password2": "Mat-khau-moi-456",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Mat-khau-moi-456")
    assert AuditEvent.objects.filter(action=AuditEvent.Action.PASSWORD_CHANGED, actor=user).exists()


def test_password_reset_by_email_end_to_end(client: Client, tree: Any, make_user: Any) -> None:
    user = make_user(tree.department, email="an@example.vn")
    client.post(reverse("accounts:password-reset"), {"email": "an@example.vn"})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Đặt lại mật khẩu danvan"
    link = re.search(r"https?://[^/]+(/accounts/password/reset/\S+)", str(message.body))
    assert link is not None
    form_page = client.get(link.group(1), follow=True)
    assert "Chọn mật khẩu mới" in form_page.content.decode()
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Mat-khau-moi-456", "new_password2": "Mat-khau-moi-456"},
    )
    user.refresh_from_db()
    assert user.check_password("Mat-khau-moi-456")


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client: Client) -> None:
    response = client.post(reverse("accounts:password-reset"), {"email": "khong-co@example.vn"}, follow=True)
    assert "Kiểm tra hộp thư" in response.content.decode()
    assert mail.outbox == []


def test_profile_edits_own_details_only(client: Client, tree: Any, make_user: Any) -> None:
    user = make_user(tree.department)
    other = make_user(tree.department)
    client.force_login(user)
    client.post(
        reverse("accounts:profile"),
        {
            "full_name": "Trần Thị Bình",
            "email": "binh@example.vn",
            "phone": "0912",
            "job_title": "Chuyên viên",
            "id": other.pk,
        },
    )
    user.refresh_from_db()
    other.refresh_from_db()
    assert user.full_name == "Trần Thị Bình" and other.full_name != "Trần Thị Bình"
    history = client.get(reverse("accounts:profile-history")).content.decode()
    assert "Trần Thị Bình" in history
