"""Writes to the organisation tree and memberships. Each runs in a transaction with its audit event."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.http import HttpRequest

from danvan.accounts import actions as account_actions
from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.models import AuditEvent
from danvan.core.permissions import require
from danvan.organizations.models import PATH_SEGMENT, Membership, Organization
from danvan.organizations.permissions import can_edit_organization

EDITABLE_FIELDS = (
    "name",
    "short_name",
    "abbreviation",
    "aliases",
    "kind",
    "code",
    "locality",
    "note",
    "valid_from",
    "size_class",
)


def _set_path(organization: Organization) -> None:
    prefix = organization.parent.path if organization.parent else ""
    organization.path = f"{prefix}{organization.pk:0{PATH_SEGMENT}d}/"
    organization.depth = organization.parent.depth + 1 if organization.parent else 0


@transaction.atomic
def create_organization(
    *,
    actor: User | None,
    name: str,
    kind: str,
    parent: Organization | None = None,
    request: HttpRequest | None = None,
    **fields: Any,
) -> Organization:
    """Create an organisation under `parent`. Records a `created` audit event."""
    if parent is not None:
        require(actor, can_edit_organization, parent)
    organization = Organization(name=name, kind=kind, parent=parent, **fields)
    organization.full_clean(exclude=["path", "search_key"])
    organization.save()
    _set_path(organization)
    organization.save(update_fields=["path", "depth"])
    core_actions.record_event(
        actor=actor, action=AuditEvent.Action.CREATED, target=organization, request=request
    )
    return organization


@transaction.atomic
def update_organization(
    *, actor: User | None, organization: Organization, request: HttpRequest | None = None, **changes: Any
) -> Organization:
    """Change descriptive fields; a change of name is recorded as a rename. History keeps the old values."""
    require(actor, can_edit_organization, organization)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable here: {', '.join(sorted(unknown))}")
    old_name = organization.name
    changed = [f for f, v in changes.items() if getattr(organization, f) != v]
    if not changed:
        return organization
    for field in changed:
        setattr(organization, field, changes[field])
    organization.full_clean(exclude=["path", "search_key"])
    organization.save(update_fields=[*changed, "updated_at"])
    if "name" in changed:
        core_actions.record_event(
            actor=actor,
            action=AuditEvent.Action.RENAMED,
            target=organization,
            request=request,
            details={"from": old_name, "to": organization.name},
        )
    else:
        core_actions.record_event(
            actor=actor,
            action=AuditEvent.Action.UPDATED,
            target=organization,
            request=request,
            details={"fields": changed},
        )
    return organization


@transaction.atomic
def merge_organizations(
    *,
    actor: User | None,
    sources: list[Organization],
    into: Organization,
    on: datetime.date,
    request: HttpRequest | None = None,
) -> Organization:
    """Close `sources` on `on` with `into` as successor and move their current children under it.

    Nothing is deleted: the sources stay readable with their history, plans and reports.
    """
    for source in sources:
        require(actor, can_edit_organization, source)
        if source.pk == into.pk or into.path.startswith(source.path):
            raise ValueError("An organisation cannot be merged into itself or its own descendant.")
    for source in (
        Organization.objects.select_for_update().filter(pk__in=[s.pk for s in sources]).order_by("pk")
    ):
        source.valid_until = on
        source.successor = into
        source.save(update_fields=["valid_until", "successor", "updated_at"])
        for child in Organization.objects.filter(parent=source, valid_until__isnull=True).order_by("pk"):
            move_organization(actor=actor, organization=child, new_parent=into, request=request)
        core_actions.record_event(
            actor=actor,
            action=AuditEvent.Action.MERGED,
            target=source,
            request=request,
            details={"into": into.pk, "into_name": into.name, "on": on.isoformat()},
        )
    return into


@transaction.atomic
def dissolve_organization(
    *, actor: User | None, organization: Organization, on: datetime.date, request: HttpRequest | None = None
) -> Organization:
    """Mark an organisation as no longer existing from `on`; it keeps its data and history."""
    require(actor, can_edit_organization, organization)
    organization.valid_until = on
    organization.save(update_fields=["valid_until", "updated_at"])
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.DISSOLVED,
        target=organization,
        request=request,
        details={"on": on.isoformat()},
    )
    return organization


@transaction.atomic
def move_organization(
    *,
    actor: User | None,
    organization: Organization,
    new_parent: Organization,
    request: HttpRequest | None = None,
) -> Organization:
    """Re-parent an organisation and rewrite the paths of its whole subtree."""
    if new_parent.path.startswith(organization.path):
        raise ValueError("An organisation cannot move under its own descendant.")
    old_path, old_depth = organization.path, organization.depth
    organization.parent = new_parent
    _set_path(organization)
    organization.save(update_fields=["parent", "path", "depth", "updated_at"])
    shift = organization.depth - old_depth
    for descendant in Organization.objects.filter(path__startswith=old_path).exclude(pk=organization.pk):
        descendant.path = organization.path + descendant.path[len(old_path) :]
        descendant.depth += shift
        descendant.save(update_fields=["path", "depth"])
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.UPDATED,
        target=organization,
        request=request,
        details={"moved_under": new_parent.pk},
    )
    return organization


# Django admin is for administrators: staff status plus this group's permissions on our apps.
ADMIN_GROUP = "danvan-administrators"
ADMIN_APPS = ("accounts", "organizations", "core")


def _grant_admin_site(user: User) -> None:
    group, created = Group.objects.get_or_create(name=ADMIN_GROUP)
    if created:
        group.permissions.set(Permission.objects.filter(content_type__app_label__in=ADMIN_APPS))
    user.groups.add(group)
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])


def _revoke_admin_site(user: User) -> None:
    user.groups.remove(*Group.objects.filter(name=ADMIN_GROUP))
    if user.is_staff and not user.is_superuser:
        user.is_staff = False
        user.save(update_fields=["is_staff"])


@transaction.atomic
def grant_role(
    *,
    actor: User | None,
    user: User,
    organization: Organization,
    role: str,
    request: HttpRequest | None = None,
) -> Membership:
    """Give `user` `role` in `organization` (re-activates a revoked one). Administrators get admin access."""
    membership, _created = Membership.objects.get_or_create(user=user, organization=organization, role=role)
    if not membership.is_active:
        membership.is_active = True
        membership.save(update_fields=["is_active", "updated_at"])
    if role == Membership.Role.ADMINISTRATOR:
        _grant_admin_site(user)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.ROLE_GRANTED,
        target=user,
        request=request,
        details={"organization": organization.pk, "role": role},
    )
    return membership


@transaction.atomic
def add_member(
    *,
    actor: User | None,
    organization: Organization,
    username: str,
    role: str,
    full_name: str = "",
    email: str = "",
    job_title: str = "",
    request: HttpRequest | None = None,
) -> tuple[Membership, bool]:
    """Give `username` `role` here, creating the account when it does not exist.

    Returns the membership and whether the account is new; a new account is sent its set-password link
    once the transaction commits.
    """
    require(actor, can_edit_organization, organization)
    user = User.objects.filter(username=username).first()
    created = user is None
    if user is None:
        user = account_actions.create_user(
            actor=actor,
            username=username,
            password=None,
            full_name=full_name,
            email=email,
            job_title=job_title,
            request=request,
        )
        if request is not None:
            new_user = user
            transaction.on_commit(
                lambda: account_actions.send_set_password_link(user=new_user, request=request)
            )
    membership = grant_role(actor=actor, user=user, organization=organization, role=role, request=request)
    return membership, created


@transaction.atomic
def revoke_role(
    *, actor: User | None, membership: Membership, request: HttpRequest | None = None
) -> Membership:
    """Deactivate a membership; the row and its history stay."""
    require(actor, can_edit_organization, membership.organization)
    membership.is_active = False
    membership.save(update_fields=["is_active", "updated_at"])
    user = membership.user
    if not Membership.objects.filter(user=user, role=Membership.Role.ADMINISTRATOR, is_active=True).exists():
        _revoke_admin_site(user)
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.ROLE_REVOKED,
        target=user,
        request=request,
        details={"organization": membership.organization_id, "role": membership.role},
    )
    return membership
