"""Writes about people: accounts and password events."""

from __future__ import annotations

import secrets

from django.contrib.auth.forms import PasswordResetForm
from django.db import transaction
from django.http import HttpRequest

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.models import AuditEvent


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
