"""Middleware of danvan: response headers that depend on who is signed in."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import add_never_cache_headers


class NoStoreWhenSignedInMiddleware:
    """`Cache-Control: no-store` (with `private`, `no-cache`, `max-age=0`) on every answer to a signed-in person
    or an API token: plans, reports, evidence and exports behind the login must not stay in a shared computer's
    browser cache or in a proxy. The same on every page that carries a CSRF token (a public form): a shared
    cache would hand one visitor's token to the next. Public pages without a form and static files keep their
    own caching.

    Listed after `CsrfViewMiddleware` so it sees the response first, while `CSRF_COOKIE_NEEDS_UPDATE` still says
    the page asked for a token (`get_token`, the `{% csrf_token %}` tag)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        # Read after the view: the API's token authentication sets request.user inside it.
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            add_never_cache_headers(response)
        return response
