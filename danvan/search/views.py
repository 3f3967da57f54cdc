"""The search page: one box over tasks, plans, documents and organisations."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from danvan.search import queries


def search_page(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    results = queries.search(request.user, query) if query else None
    return render(request, "search/search.html", {"query": query, "results": results, "limit": queries.LIMIT})
