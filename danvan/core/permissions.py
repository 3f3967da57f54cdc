"""Who may do what with the shared pieces (notifications, the admin site), and `require`, the one way an action
refuses a person without the right.

The rules by role and place in the tree live in `organizations.permissions` (`has_role_over`, `can_act_for`);
each app's `permissions.py` builds its `can_<verb>_<noun>(user, obj)` functions on them.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import PermissionDenied

from danvan.accounts.models import User
from danvan.core.models import Notification
from danvan.organizations.models import Membership
from danvan.organizations.queries import AnyUser, active_memberships


def require(actor: User | None, permission: Callable[..., bool], *objects: object) -> None:
    """For actions: refuse (PermissionDenied: 403 on a page and in the API) a person for whom
    `permission(actor, *objects)` is false.

    `actor=None` is the system itself (commands, the demo, the background worker), which no permission
    function applies to; views check the same `can_…` function first, so a person meets this only by a bug.
    """
    if actor is not None and not permission(actor, *objects):
        raise PermissionDenied


def can_read_notification(user: AnyUser, notification: Notification) -> bool:
    """A notification is read (and marked read) by its recipient only."""
    return user.is_authenticated and notification.recipient_id == user.pk


def can_use_admin(user: AnyUser) -> bool:
    """The Django admin is for administrators (staff status plus the administrator role) and superusers."""
    if not isinstance(user, User) or not user.is_staff:
        return False
    return user.is_superuser or any(m.role == Membership.Role.ADMINISTRATOR for m in active_memberships(user))
