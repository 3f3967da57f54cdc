"""The province a person with roles in several provinces is working in (chosen with the switcher)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from danvan.organizations.queries import set_active_province

SESSION_KEY = "danvan_province"


class ActiveProvinceMiddleware:
    """Apply the session's chosen province to request.user, so every scoped query sees that province only."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        province_id = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
        if province_id is not None and request.user.is_authenticated:
            set_active_province(request.user, int(province_id))
        return self.get_response(request)
