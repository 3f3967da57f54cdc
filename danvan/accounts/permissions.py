"""Who may change an account: a person changes their own profile and their own API tokens, nobody else's.

Roles and scope (who may act for which organisation) are `organizations.permissions`; granting a role is an
administrator's right there (`can_edit_organization`).
"""

from __future__ import annotations

from danvan.accounts.models import ApiToken, User
from danvan.organizations.queries import AnyUser


def can_edit_profile(user: AnyUser, person: User) -> bool:
    """Contact details are changed by the person themselves."""
    return user.is_authenticated and user.pk == person.pk


def can_revoke_token(user: AnyUser, api_token: ApiToken) -> bool:
    """A personal API token is revoked by its owner."""
    return user.is_authenticated and api_token.user_id == user.pk
