"""Personal API tokens: only a hash is stored, the token is shown once, revocation, audit, and the page."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from danvan.accounts import actions
from danvan.accounts.models import ApiToken
from danvan.core.models import AuditEvent
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


def test_only_the_sha256_of_the_token_is_stored(make_user: Any) -> None:
    user = make_user()
    row, token = actions.create_api_token(actor=user, name="Báo cáo tự động")
    assert len(token) >= 43  # token_urlsafe(32)
    stored = ApiToken.objects.get(pk=row.pk)
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in {stored.token_hash, stored.name, stored.prefix}
    assert stored.prefix == token[:8]
    assert actions.authenticate_api_token(token=token) == user
    event = AuditEvent.objects.get(action=AuditEvent.Action.CREATED, details__api_token="Báo cáo tự động")
    assert event.actor == user and token not in str(event.details)


def test_a_revoked_token_no_longer_authenticates(make_user: Any) -> None:
    user = make_user()
    row, token = actions.create_api_token(actor=user, name="cũ")
    actions.revoke_api_token(actor=user, api_token=row)
    row.refresh_from_db()
    assert row.revoked_at is not None and not row.is_active
    assert actions.authenticate_api_token(token=token) is None
    assert AuditEvent.objects.filter(action=AuditEvent.Action.UPDATED, details__revoked=True).count() == 1


def test_nobody_revokes_another_persons_token(make_user: Any) -> None:
    owner, other = make_user(), make_user()
    row, token = actions.create_api_token(actor=owner, name="x")
    with pytest.raises(PermissionDenied):
        actions.revoke_api_token(actor=other, api_token=row)
    assert actions.authenticate_api_token(token=token) == owner


def test_a_token_needs_a_name(make_user: Any) -> None:
    with pytest.raises(ValidationError):
        actions.create_api_token(actor=make_user(), name="   ")
    assert not ApiToken.objects.exists()


def test_unknown_and_empty_tokens_authenticate_nobody(make_user: Any) -> None:
    actions.create_api_token(actor=make_user(), name="x")
    for token in ("", "x", "a" * 500):
        assert actions.authenticate_api_token(token=token) is None


def test_the_page_shows_a_new_token_once_and_lists_it_afterwards(make_user: Any) -> None:
    user = make_user()
    client = client_for(user)
    response = client.post(reverse("accounts:tokens"), {"name": "Đồng bộ báo cáo"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"].split(", ")
    row = ApiToken.objects.get(user=user)
    token = response.context["new_token"]
    assert hashlib.sha256(token.encode()).hexdigest() == row.token_hash
    assert token in response.content.decode()
    again = client.get(reverse("accounts:tokens")).content.decode()
    assert "Đồng bộ báo cáo" in again and row.prefix in again
    assert token not in again


def test_the_page_refuses_a_blank_name(make_user: Any) -> None:
    response = client_for(make_user()).post(reverse("accounts:tokens"), {"name": ""})
    assert response.status_code == 400
    assert response.context["error"]
    assert not ApiToken.objects.exists()


def test_revoking_from_the_page_and_another_persons_token_is_404(make_user: Any) -> None:
    alice, bob = make_user(), make_user()
    row, token = actions.create_api_token(actor=alice, name="x")
    url = reverse("accounts:token-revoke", args=[row.pk])
    assert client_for(bob).post(url).status_code == 404
    assert client_for(alice).get(url).status_code == 405
    response = client_for(alice).post(url)
    assert response.status_code == 302 and response["Location"] == reverse("accounts:tokens")
    assert actions.authenticate_api_token(token=token) is None


def test_each_person_sees_only_their_own_tokens(make_user: Any) -> None:
    alice, bob = make_user(), make_user()
    actions.create_api_token(actor=alice, name="token-of-alice")
    page = client_for(bob).get(reverse("accounts:tokens")).content.decode()
    assert "token-of-alice" not in page
