"""The organisation browser: tree, search, detail, edit and history."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from danvan.core.http import HtmxHttpRequest
from danvan.core.queries import history_of
from danvan.organizations import actions, queries
from danvan.organizations.forms import OrganizationForm, OrganizationSearchForm
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


@require_http_methods(["GET", "POST"])
def organization_edit(request: HttpRequest, pk: int) -> HttpResponse:
    organization = queries.get_organization_for_user(request.user, pk)
    if not can_edit_organization(request.user, organization):
        raise PermissionDenied
    form = OrganizationForm(
        request.POST or None, instance=queries.get_organization_for_user(request.user, pk)
    )
    if request.method == "POST" and form.is_valid():
        actions.update_organization(
            actor=request.user,  # type: ignore[arg-type]
            organization=organization,
            request=request,
            **form.cleaned_data,
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
