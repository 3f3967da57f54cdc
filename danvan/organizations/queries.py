"""Reads of organisations and memberships, always scoped to the person asking."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Q, QuerySet
from django.http import Http404

from danvan.accounts.models import User
from danvan.core.collation import by_name
from danvan.organizations.models import Membership, Organization
from docparse import fold

AnyUser = User | AnonymousUser


@dataclass(frozen=True)
class Scope:
    """The subtrees a person may read (`roots`) and those they may change (`writable_roots`)."""

    roots: tuple[Organization, ...]
    writable_roots: tuple[Organization, ...]
    everything: bool = False

    def covers(self, organization: Organization, *, write: bool = False) -> bool:
        if self.everything:
            return True
        roots = self.writable_roots if write else self.roots
        return any(organization.path.startswith(root.path) for root in roots)

    def q(self, field: str = "", *, write: bool = False) -> Q:
        """A filter on `<field>__path` selecting the organisations in scope."""
        if self.everything:
            return Q()
        roots = self.writable_roots if write else self.roots
        if not roots:
            return Q(pk__in=[])
        lookup = f"{field}__path__startswith" if field else "path__startswith"
        return reduce(or_, (Q(**{lookup: root.path}) for root in roots))


def all_memberships(user: AnyUser) -> list[Membership]:
    """Every active membership of the person, in every province (one query, cached on the user)."""
    if not user.is_authenticated:
        return []
    cached: list[Membership] | None = getattr(user, "_danvan_memberships", None)
    if cached is None:
        cached = list(
            Membership.objects.filter(user=user, is_active=True)
            .select_related("organization")
            .order_by("organization__path", "role")
        )
        user.__dict__["_danvan_memberships"] = cached
    return cached


def people_by_organization(organization_ids: Iterable[int], roles: Iterable[str]) -> dict[int, set[int]]:
    """The ids of the active people holding one of `roles` in each organisation (one query): who is reminded
    of a deadline, and who is told once it has passed."""
    people: dict[int, set[int]] = defaultdict(set)
    rows = Membership.objects.filter(
        organization_id__in=set(organization_ids), role__in=list(roles), is_active=True, user__is_active=True
    ).values_list("organization_id", "user_id")
    for organization_id, user_id in rows:
        people[organization_id].add(user_id)
    return people


def active_memberships(user: AnyUser) -> list[Membership]:
    """The memberships the person works with now. A person with roles in several provinces works in one at a
    time: the one chosen with the province switcher (`set_active_province`), else the first; nothing of the
    other provinces is in their scope meanwhile."""
    memberships = all_memberships(user)
    province_id = active_province_id(user)
    if province_id is None:
        return memberships
    return [m for m in memberships if m.organization.province_pk == province_id]


def active_province_id(user: AnyUser) -> int | None:
    """The province the person works in when they hold roles in several; None when they hold roles in one."""
    ids = list(dict.fromkeys(m.organization.province_pk for m in all_memberships(user)))
    if len(ids) < 2:
        return None
    chosen: int | None = getattr(user, ACTIVE_PROVINCE_ATTRIBUTE, None)
    return chosen if chosen in ids else ids[0]


# Set on the user by ActiveProvinceMiddleware from the session.
ACTIVE_PROVINCE_ATTRIBUTE = "_danvan_active_province"


def set_active_province(user: AnyUser, province_id: int | None) -> None:
    """Limit the person's memberships (and so their scope) to one province for this request."""
    user.__dict__[ACTIVE_PROVINCE_ATTRIBUTE] = province_id
    user.__dict__.pop("_danvan_scope", None)


def provinces_of(user: AnyUser) -> list[Organization]:
    """The provinces (or central bodies) where the person holds a role, for the province switcher."""
    ids = list(dict.fromkeys(m.organization.province_pk for m in all_memberships(user)))
    if len(ids) < 2:
        return []
    by_id = Organization.objects.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def province_of(organization: Organization) -> Organization:
    """The organisation's province (itself for a province): the one answer to "which province is it in"
    (one query, none for a province)."""
    if organization.province_pk == organization.pk:
        return organization
    return Organization.objects.get(pk=organization.province_pk)


def is_national_observer(user: AnyUser) -> bool:
    """Whether the person observes every province from a central body (no query: memberships are cached)."""
    return any(_is_national(m) for m in all_memberships(user))


def _is_national(membership: Membership) -> bool:
    """An observer of a central body (Bộ Nội vụ) reads every province."""
    return (
        membership.role == Membership.Role.OBSERVER
        and membership.organization.kind == Organization.Kind.MINISTRY
    )


def scope_of(user: AnyUser) -> Scope:
    """Compute the person's scope: own organisations and their descendants; whole province for
    coordinators, observers and administrators; everything for superusers."""
    if not user.is_authenticated:
        return Scope(roots=(), writable_roots=())
    if user.is_superuser:
        return Scope(roots=(), writable_roots=(), everything=True)
    cached: Scope | None = getattr(user, "_danvan_scope", None)
    if cached is not None:
        return cached
    memberships = active_memberships(user)
    province_ids = {
        m.organization.province_pk for m in memberships if m.role in Membership.PROVINCE_WIDE_ROLES
    }
    provinces = {o.pk: o for o in Organization.objects.filter(pk__in=province_ids)} if province_ids else {}
    roots: dict[int, Organization] = {}
    writable: dict[int, Organization] = {}
    for m in memberships:
        root = (
            provinces[m.organization.province_pk]
            if m.role in Membership.PROVINCE_WIDE_ROLES
            else m.organization
        )
        roots[root.pk] = root
        if m.role not in Membership.READ_ONLY_ROLES:
            writable[root.pk] = root
    if any(_is_national(m) for m in memberships):
        for province in Organization.objects.filter(parent=None, kind=Organization.Kind.PROVINCE):
            roots[province.pk] = province
    scope = Scope(
        roots=tuple(_outermost(roots.values())), writable_roots=tuple(_outermost(writable.values()))
    )
    user.__dict__["_danvan_scope"] = scope
    return scope


def _outermost(organizations: Iterable[Organization]) -> list[Organization]:
    """Drop roots that sit inside another root, so filters stay short."""
    orgs = sorted(organizations, key=lambda o: o.path)
    kept: list[Organization] = []
    for org in orgs:
        if not any(org.path.startswith(k.path) for k in kept):
            kept.append(org)
    return kept


def organizations_visible_to(user: AnyUser) -> QuerySet[Organization]:
    """Every organisation the person may read."""
    return Organization.objects.filter(scope_of(user).q())


def get_organization_for_user(user: AnyUser, pk: int) -> Organization:
    """One organisation, or 404 when it is outside the person's scope (never 403: no existence leak)."""
    try:
        return organizations_visible_to(user).select_related("parent", "successor").get(pk=pk)
    except Organization.DoesNotExist:
        raise Http404 from None


def top_organizations_for(user: AnyUser) -> list[Organization]:
    """Where the person's organisation browser starts: the roots of their scope."""
    scope = scope_of(user)
    if scope.everything:
        qs = Organization.objects.filter(parent__isnull=True)
    else:
        qs = Organization.objects.filter(pk__in=[r.pk for r in scope.roots])
    return list(qs.annotate(child_count=Count("children")).order_by("path"))


def children_for(user: AnyUser, organization: Organization) -> list[Organization]:
    """Direct children of an organisation the person can see, with their own child counts."""
    return list(
        organizations_visible_to(user)
        .filter(parent=organization)
        .annotate(child_count=Count("children"))
        .order_by("kind", by_name("name"))
    )


def search_organizations(user: AnyUser, text: str, *, limit: int = 50) -> list[Organization]:
    """Organisations in scope whose names contain every word of `text`, ignoring diacritics."""
    words = fold(text).split()
    if not words:
        return []
    qs = organizations_visible_to(user).select_related("parent")
    for word in words:
        qs = qs.filter(search_key__contains=word)
    return list(qs.order_by("depth", by_name("name"))[:limit])


def members_of(user: AnyUser, organization: Organization) -> list[Membership]:
    """Active memberships of an organisation the person can see."""
    if not scope_of(user).covers(organization):
        raise Http404
    return list(
        Membership.objects.filter(organization=organization, is_active=True)
        .select_related("user")
        .order_by("role", by_name("user__full_name"))
    )


def memberships_with_organizations(user: User) -> QuerySet[Membership]:
    """The person's own memberships, for the profile page."""
    return (
        Membership.objects.filter(user=user)
        .select_related("organization", "organization__parent")
        .order_by("-is_active", "organization__path")
    )


def organization_detail_context(user: AnyUser, organization: Organization) -> dict[str, object]:
    """Everything the detail page shows, in a fixed number of queries."""
    ancestors = list(
        organizations_visible_to(user).filter(pk__in=organization.ancestor_ids()[:-1]).order_by("depth")
    )
    children = children_for(user, organization)
    predecessors = list(organization.predecessors.all())
    return {
        "organization": organization,
        "ancestors": ancestors,
        "children": children,
        "members": members_of(user, organization),
        "predecessors": predecessors,
    }


def people_in(user: AnyUser, organization: Organization) -> QuerySet[User]:
    """People with an active role in the organisation or its units (for naming them on a task)."""
    if not scope_of(user).covers(organization):
        return User.objects.none()
    return (
        User.objects.filter(
            memberships__is_active=True, memberships__organization__path__startswith=organization.path
        )
        .distinct()
        .order_by(by_name("full_name"), "username")
    )
