"""Middleware of danvan: what pages read from a request, and response headers that depend on who is signed in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from django.http import HttpRequest, HttpResponseBase, QueryDict
from django.utils.cache import add_never_cache_headers

from danvan.api_inputs import NUL, readable

if TYPE_CHECKING:
    from django.http.request import _ImmutableQueryDict

# The bodies Django parses into request.POST; any other (JSON) is read by the API's own parser.
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _readable_values(data: _ImmutableQueryDict) -> _ImmutableQueryDict:
    """`data` with every NUL byte of its keys and values read as U+FFFD (`api_inputs.readable`); the same object
    when it has none."""
    if not any(NUL in key or any(NUL in value for value in values) for key, values in data.lists()):
        return data
    copy = QueryDict(mutable=True, encoding=data.encoding)
    for key, values in data.lists():
        copy.setlist(readable(key), readable(values))
    copy._mutable = False
    return cast("_ImmutableQueryDict", copy)


class ReadableInputMiddleware:
    """Pages read a NUL byte in a query or form value as U+FFFD, the API's rule (`api_inputs`, docs/api.md
    §Inputs): PostgreSQL stores no NUL in a string, and a filter or a text with one answered 500 there. Once here,
    so no view or form needs a guard of its own; a filter with the mark matches nothing, a text keeps it visibly.

    Listed after `CsrfViewMiddleware`: the form body is parsed by the CSRF check first, as it always was."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view: Any, args: Any, kwargs: Any) -> None:
        request.GET = _readable_values(request.GET)
        if request.method == "POST" and request.content_type in FORM_TYPES:
            request.POST = _readable_values(request.POST)


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
