"""Pages of the core app."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from danvan.organizations import queries as org_queries


def home(request: HttpRequest) -> HttpResponse:
    """The start page: the person's organisations and roles, and where to go next."""
    memberships = org_queries.active_memberships(request.user)
    return render(request, "core/home.html", {"memberships": memberships})
