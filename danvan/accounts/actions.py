"""Writes about people: accounts and password events."""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.contrib.auth.forms import PasswordResetForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from danvan.accounts.models import ApiToken, User
from danvan.accounts.permissions import can_edit_profile, can_revoke_token
from danvan.core import actions as core_actions
from danvan.core.models import AuditEvent

# How precisely `ApiToken.last_used_at` is kept: one write per token per minute at most.
LAST_USED_RESOLUTION = datetime.timedelta(minutes=1)


@transaction.atomic
def create_user(
    *,
    actor: User | None,
    username: str,
    password: str | None,
    full_name: str = "",
    email: str = "",
    job_title: str = "",
    request: HttpRequest | None = None,
) -> User:
    """Create a person's account (no role yet: see organizations.actions.grant_role)."""
    user = User(username=username, full_name=full_name, email=email, job_title=job_title)
    # Without a password the account gets a random one: the person sets their own through the e-mailed link.
    user.set_password(password or secrets.token_urlsafe(24))
    user.full_clean(exclude=["password"])
    user.save()
    core_actions.record_event(actor=actor, action=AuditEvent.Action.CREATED, target=user, request=request)
    return user


@transaction.atomic
def update_profile(
    *,
    actor: User,
    user: User,
    full_name: str,
    email: str,
    phone: str,
    job_title: str,
    request: HttpRequest | None,
) -> User:
    """Change a person's own contact details; history keeps the old values."""
    if not can_edit_profile(actor, user):
        raise PermissionDenied
    user.full_name, user.email, user.phone, user.job_title = full_name, email, phone, job_title
    user.full_clean(exclude=["password"])
    user.save(update_fields=["full_name", "email", "phone", "job_title"])
    return user


def record_password_changed(*, actor: User, request: HttpRequest) -> None:
    """Audit a password change made through the password-change page."""
    core_actions.record_event(
        actor=actor, action=AuditEvent.Action.PASSWORD_CHANGED, target=actor, request=request
    )


def record_password_reset_requested(*, email: str, request: HttpRequest) -> None:
    """Audit a reset request (the address as typed; whether it exists is never revealed)."""
    core_actions.record_event(
        actor=None,
        actor_label=email[:150],
        action=AuditEvent.Action.PASSWORD_RESET_REQUESTED,
        request=request,
    )


def send_set_password_link(*, user: User, request: HttpRequest) -> None:
    """E-mail a new account its link to choose a password (the password-reset mail and token)."""
    form = PasswordResetForm({"email": user.email})
    if form.is_valid():
        form.save(
            request=request,
            use_https=request.is_secure(),
            subject_template_name="registration/password_reset_subject.txt",
            email_template_name="registration/password_reset_email.txt",
        )


# --- personal API tokens ---------------------------------------------------------------------------------


def hash_api_token(token: str) -> str:
    """The stored form of a token: its hex SHA-256 (tokens are random, so no salt or slow hash is needed)."""
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def create_api_token(*, actor: User, name: str, request: HttpRequest | None = None) -> tuple[ApiToken, str]:
    """Create a personal token for the acting person; returns the row and the token, shown only once.

    Records an audit event (the token itself is never logged).
    """
    name = name.strip()
    if not name:
        raise ValidationError(_("Give the token a name."))
    token = secrets.token_urlsafe(32)
    api_token = ApiToken.objects.create(
        user=actor, name=name[:100], token_hash=hash_api_token(token), prefix=token[:8]
    )
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.CREATED,
        target=api_token,
        request=request,
        details={"api_token": api_token.name},
    )
    return api_token, token


@transaction.atomic
def revoke_api_token(*, actor: User, api_token: ApiToken, request: HttpRequest | None = None) -> ApiToken:
    """Revoke one of the person's tokens; it is refused from then on. Records an audit event."""
    if not can_revoke_token(actor, api_token):
        raise PermissionDenied
    if api_token.revoked_at is None:
        api_token.revoked_at = timezone.now()
        api_token.save(update_fields=["revoked_at"])
        core_actions.record_event(
            actor=actor,
            action=AuditEvent.Action.UPDATED,
            target=api_token,
            request=request,
            details={"api_token": api_token.name, "revoked": True},
        )
    return api_token


def authenticate_api_token(*, token: str) -> User | None:
    """The active person a token belongs to, or None (unknown, revoked, or inactive account).

    Side effect: stamps the token's `last_used_at` (at most once a minute, to spare writes).
    """
    if not token or len(token) > 200:
        return None
    api_token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=hash_api_token(token), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if api_token is None:
        return None
    now = timezone.now()
    if api_token.last_used_at is None or now - api_token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
    return api_token.user
