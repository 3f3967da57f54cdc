"""Who may do what, by role and by place in the organisation tree: the one rule every app's permissions build on.

`has_role_over(user, organization, roles)` is true when the person holds one of `roles` on the organisation or on
one of its ancestors; a province-wide role (coordinator, observer, administrator: `Membership.PROVINCE_WIDE_ROLES`,
the same rule `queries.Scope` reads) held anywhere in the organisation's province counts too. A role held
elsewhere never counts: a leader of one agency approves nothing of another.

`can_act_for(user, organization)` is the writing half of the scope: officers (not observers) of the organisation
or above it, and the province-wide writing roles. Each app's `permissions.py` combines the two into
`can_<verb>_<noun>(user, obj)` functions; views, the API and actions call those.
"""

from __future__ import annotations

from collections.abc import Iterable

from danvan.accounts.models import User
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import AnyUser, active_memberships, scope_of

Role = Membership.Role


def has_role_over(user: AnyUser, organization: Organization, roles: Iterable[str]) -> bool:
    """The person holds one of `roles` on the organisation or above it (province-wide roles: anywhere in its
    province); superusers hold every role."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    wanted = set(roles)
    province = organization.province_pk
    for membership in active_memberships(user):
        if membership.role not in wanted:
            continue
        own = membership.organization
        if organization.path.startswith(own.path):
            return True
        if membership.role in Membership.PROVINCE_WIDE_ROLES and own.province_pk == province:
            return True
    return False


def can_act_for(user: AnyUser, organization: Organization) -> bool:
    """The person may write for the organisation: an officer, leader, coordinator or administrator whose scope
    covers it. Observers never write."""
    return scope_of(user).covers(organization, write=True)


def can_edit_organization(user: AnyUser, organization: Organization) -> bool:
    """Administrators of the organisation's province (and superusers) edit it, add units, close it and manage
    its members."""
    if not isinstance(user, User):
        return False
    return has_role_over(user, organization, {Role.ADMINISTRATOR})
