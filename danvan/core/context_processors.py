"""Template context shared by every page: the navigation for the person's roles."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise, SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from danvan.core.permissions import can_use_admin
from danvan.core.queries import unread_count
from danvan.organizations.models import Membership
from danvan.organizations.queries import (
    active_memberships,
    active_province_id,
    is_national_observer,
    provinces_of,
)


@dataclass(frozen=True)
class NavItem:
    label: str | Promise
    url: str
    key: str


def navigation(request: HttpRequest) -> dict[str, object]:
    """Navigation entries by role; nothing for anonymous visitors."""
    user = request.user
    if not user.is_authenticated:
        return {"nav_items": []}
    roles = {m.role for m in active_memberships(user)}
    items = [
        NavItem(_("Home"), reverse("core:home"), "home"),
        NavItem(_("Plans"), reverse("plans:list"), "plans"),
        NavItem(_("My tasks"), reverse("reporting:my-tasks"), "my-tasks"),
        NavItem(_("Reporting"), reverse("reporting:period-list"), "period-list"),
        NavItem(_("Models"), reverse("initiatives:list"), "initiatives"),
        NavItem(_("Scoring"), reverse("evaluation:home"), "evaluation"),
        NavItem(_("Citizen feedback"), reverse("feedback:list"), "feedback"),
        NavItem(_("Organisations"), reverse("organizations:list"), "organizations"),
        NavItem(_("Search"), reverse("search:search"), "search"),
    ]
    if roles & {Membership.Role.COORDINATOR, Membership.Role.OBSERVER, Membership.Role.LEADER}:
        items.append(NavItem(_("Dashboard"), reverse("reporting:dashboard"), "dashboard"))
    if is_national_observer(user):
        items.append(NavItem(_("Provinces"), reverse("reporting:province-comparison"), "province-comparison"))
    if can_use_admin(user):
        items.append(NavItem(_("Administration"), reverse("admin:index"), "admin"))
    return {"nav_items": items, "nav_roles": sorted(roles)}


def unread_notifications(request: HttpRequest) -> dict[str, object]:
    """The number of unread notifications for the header, counted only when a page shows it."""
    if not request.user.is_authenticated:
        return {"unread_notifications": 0}
    user = request.user
    return {"unread_notifications": SimpleLazyObject(lambda: unread_count(user))}


def province_switcher(request: HttpRequest) -> dict[str, object]:
    """The provinces of a person with roles in several, and the one in use (for the header's switcher)."""
    user = request.user
    if not user.is_authenticated:
        return {"province_choices": []}
    return {"province_choices": provinces_of(user), "active_province_id": active_province_id(user)}
