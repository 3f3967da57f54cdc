"""Who may change what in the organisation tree."""

from __future__ import annotations

from danvan.accounts.models import User
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import AnyUser, active_memberships, scope_of


def can_edit_organization(user: AnyUser, organization: Organization) -> bool:
    """Administrators of the province (and superusers) edit organisations in their scope."""
    if not isinstance(user, User):
        return False
    if user.is_superuser:
        return True
    is_admin = any(m.role == Membership.Role.ADMINISTRATOR for m in active_memberships(user))
    return is_admin and scope_of(user).covers(organization, write=True)
