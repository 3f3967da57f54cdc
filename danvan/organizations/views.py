"""The organisation browser: tree, search, detail, edit and history."""

from __future__ import annotations

import copy

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from danvan.core.http import HtmxHttpRequest, acting_user
from danvan.core.queries import history_of
from danvan.organizations import actions, queries
from danvan.organizations.forms import (
    ChildOrganizationForm,
    CloseOrganizationForm,
    MemberForm,
    OrganizationForm,
    OrganizationSearchForm,
)
from danvan.organizations.middleware import SESSION_KEY
from danvan.organizations.models import Organization
from danvan.organizations.permissions import can_edit_organization


def organization_list(request: HtmxHttpRequest) -> HttpResponse:
    """Tree of the organisations in scope, or search results when `q` is given (htmx swaps the list)."""
    form = OrganizationSearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    context: dict[str, object] = {"form": form, "query": query}
    if query:
        context["results"] = queries.search_organizations(request.user, query)
    else:
        context["roots"] = queries.top_organizations_for(request.user)
    template = "organizations/_browser.html" if request.htmx else "organizations/organization_list.html"
    return render(request, template, context)


def organization_children(request: HttpRequest, pk: int) -> HttpResponse:
    """The children of one node of the tree (htmx fragment)."""
    organization = queries.get_organization_for_user(request.user, pk)
    children = queries.children_for(request.user, organization)
    return render(request, "organizations/_children.html", {"children": children})


def organization_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organization = queries.get_organization_for_user(request.user, pk)
    context = queries.organization_detail_context(request.user, organization)
    context["can_edit"] = can_edit_organization(request.user, organization)
    return render(request, "organizations/organization_detail.html", context)


def _editable(request: HttpRequest, pk: int) -> Organization:
    """The organisation, if the person may administer it: 404 outside the scope, 403 inside without the role."""
    organization = queries.get_organization_for_user(request.user, pk)
    if not can_edit_organization(request.user, organization):
        raise PermissionDenied
    return organization


@require_http_methods(["GET", "POST"])
def organization_edit(request: HttpRequest, pk: int) -> HttpResponse:
    organization = _editable(request, pk)
    # The form validates a copy, so the action still sees the old values and records what changed.
    form = OrganizationForm(request.POST or None, instance=copy.copy(organization))
    if request.method == "POST" and form.is_valid():
        actions.update_organization(
            actor=acting_user(request), organization=organization, request=request, **form.cleaned_data
        )
        messages.success(request, _("The organisation has been saved."))
        return redirect("organizations:detail", pk=organization.pk)
    return render(
        request, "organizations/organization_form.html", {"organization": organization, "form": form}
    )


def organization_history(request: HttpRequest, pk: int) -> HttpResponse:
    organization = queries.get_organization_for_user(request.user, pk)
    return render(
        request,
        "core/history.html",
        {
            "object": organization,
            "entries": history_of(organization),
            "back_url": organization.get_absolute_url(),
        },
    )


@require_http_methods(["GET", "POST"])
def organization_add_child(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a unit under this organisation (administrators)."""
    parent = _editable(request, pk)
    form = ChildOrganizationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}
        child = actions.create_organization(
            actor=acting_user(request), parent=parent, request=request, **data
        )
        messages.success(request, _("The unit has been added."))
        return redirect("organizations:detail", pk=child.pk)
    return render(
        request, "organizations/organization_add_child.html", {"organization": parent, "form": form}
    )


@require_http_methods(["GET", "POST"])
def organization_close(request: HttpRequest, pk: int) -> HttpResponse:
    """Record that a unit was dissolved or merged into another; nothing is deleted (administrators)."""
    organization = _editable(request, pk)
    if organization.valid_until is not None:
        messages.warning(request, _("This unit is already closed."))
        return redirect("organizations:detail", pk=organization.pk)
    form = CloseOrganizationForm(
        request.POST or None,
        organization=organization,
        candidates=queries.organizations_visible_to(request.user),
    )
    if request.method == "POST" and form.is_valid():
        successor = form.cleaned_data["successor"]
        if successor is None:
            actions.dissolve_organization(
                actor=acting_user(request),
                organization=organization,
                on=form.cleaned_data["on"],
                request=request,
            )
        else:
            actions.merge_organizations(
                actor=acting_user(request),
                sources=[organization],
                into=successor,
                on=form.cleaned_data["on"],
                request=request,
            )
        messages.success(request, _("The unit has been closed; its data and history are kept."))
        return redirect("organizations:detail", pk=organization.pk)
    return render(
        request, "organizations/organization_close.html", {"organization": organization, "form": form}
    )


@require_http_methods(["GET", "POST"])
def member_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Give a person a role in this organisation, creating their account if needed (administrators)."""
    organization = _editable(request, pk)
    form = MemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _membership, created = actions.add_member(
            actor=acting_user(request), organization=organization, request=request, **form.cleaned_data
        )
        if created:
            messages.success(
                request, _("The account has been created and its set-password link sent by e-mail.")
            )
        else:
            messages.success(request, _("The role has been granted."))
        return redirect("organizations:detail", pk=organization.pk)
    return render(request, "organizations/member_form.html", {"organization": organization, "form": form})


@require_POST
def member_revoke(request: HttpRequest, pk: int, membership_pk: int) -> HttpResponse:
    """Revoke one role; the membership stays in history (administrators)."""
    organization = _editable(request, pk)
    membership = get_object_or_404(
        organization.memberships.select_related("user"), pk=membership_pk, is_active=True
    )
    actions.revoke_role(actor=acting_user(request), membership=membership, request=request)
    messages.success(request, _("The role has been revoked."))
    return redirect("organizations:detail", pk=organization.pk)


@require_POST
def switch_province(request: HttpRequest) -> HttpResponse:
    """Work in another of the provinces where the person holds a role."""
    choices = {p.pk: p for p in queries.provinces_of(request.user)}
    value = request.POST.get("province", "")
    if value.isdigit() and int(value) in choices:
        request.session[SESSION_KEY] = int(value)
        messages.success(
            request, _("You are now working in %(province)s.") % {"province": choices[int(value)].name}
        )
    else:
        messages.error(request, _("You hold no role in that province."))
    return redirect("core:home")
