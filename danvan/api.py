"""The JSON API (django-ninja), mounted at /api/v1/; OpenAPI schema and Swagger UI at /api/v1/docs.

Authentication: the Django session (CSRF checked for unsafe methods) or a personal token sent as
`Authorization: Bearer <token>` (see docs/api.md). Anonymous callers get 401; objects outside the caller's scope
answer 404, like the pages. Errors are JSON `{"detail": <Vietnamese message>, "detail_en": <English>}`.

The operation views are marked `login_not_required` so that LoginRequiredMiddleware lets them answer 401
themselves; the docs (schema and Swagger UI) accept the session or a personal token, and send a browser
without either to the login page like every other page.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.urls import URLPattern, URLResolver
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer
from ninja.security.apikey import APIKeyCookie
from ninja.utils import check_csrf

from danvan.accounts import actions as account_actions
from danvan.accounts.models import User
from danvan.api_errors import ApiError, error_body
from danvan.api_inputs import InputParser, readable_path
from danvan.plans.api import router as plans_router

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# The docs and the API root stay behind the login page like every other page.
DOCS_URL_NAMES = frozenset({"openapi-json", "openapi-view", "api-root"})


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`: a personal token created on the profile page."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        user = account_actions.authenticate_api_token(token=token.strip())
        if user is not None:
            # Scope queries read request.user, as they do for pages.
            request.user = user
        return user


class SessionAuth(APIKeyCookie):
    """The browser's Django session; unsafe methods must carry the CSRF token (X-CSRFToken header)."""

    param_name = "sessionid"

    def _get_key(self, request: HttpRequest) -> str | None:
        return None  # the session is read by the middleware; CSRF is checked in authenticate()

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        user = request.user
        if not user.is_authenticated or not isinstance(user, User):
            return None
        if request.method in UNSAFE_METHODS and check_csrf(request) is not None:
            raise ApiError(403, _("The CSRF token is missing or wrong; reload the page and try again."))
        return user


def _docs_auth(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The schema and the Swagger UI for a signed-in person or a personal token (Bearer), like the operations.

    Without either, a browser is sent to the login page (as on every page) and a caller that sent a wrong
    token gets the API's 401.
    """

    @login_not_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            header = request.headers.get("Authorization", "")
            if not header:
                return redirect_to_login(request.get_full_path())
            scheme, _sep, token = header.partition(" ")
            user = (
                account_actions.authenticate_api_token(token=token.strip())
                if scheme.lower() == "bearer" and token.strip()
                else None
            )
            if user is None:
                return _unauthenticated(request, AuthenticationError())
            request.user = user
        return view(request, *args, **kwargs)

    return wrapped


api = NinjaAPI(
    title="danvan API",
    version="1",
    description="Catalogs, plans, tasks, coverage, exports and document parsing. See docs/api.md.",
    auth=[TokenAuth(), SessionAuth()],
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
    docs_decorator=_docs_auth,
    parser=InputParser(),
)


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return api.create_response(request, exc.body(), status=exc.status)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    body = error_body(_("Sign in, or send a valid personal token (Authorization: Bearer …)."))
    response = api.create_response(request, body, status=401)
    response["WWW-Authenticate"] = 'Bearer realm="danvan"'
    return response


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, error_body(_("Not found.")), status=404)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    fields = [".".join(str(part) for part in error.get("loc", ())[1:]) for error in exc.errors]
    body = error_body(
        _("The request is not valid; check these fields: %(fields)s."),
        {"fields": ", ".join(f for f in fields if f) or "-"},
        errors=[
            {"field": f, "type": error.get("type", "")} for f, error in zip(fields, exc.errors, strict=True)
        ],
    )
    return api.create_response(request, body, status=422)


@api.exception_handler(MultiPartParserError)
def _unreadable_form(request: HttpRequest, exc: MultiPartParserError) -> HttpResponse:
    """A multipart body Django cannot split (no boundary, truncated): the client's fault, not a crash."""
    message = _("The request body could not be read: send a JSON object, or a multipart form for a file.")
    return api.create_response(request, error_body(message), status=400)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    messages: dict[int, Promise] = {
        400: _("The request body could not be read: send a JSON object, or a multipart form for a file."),
        403: _("You may not do this."),
        405: _("This method is not allowed here."),
        413: _("The request is too large."),
    }
    message = messages.get(exc.status_code, _("The request could not be handled."))
    return api.create_response(request, error_body(message), status=exc.status_code)


api.add_router("/", plans_router)
api.add_router("/", "danvan.reporting.api.progress.router")
api.add_router("/", "danvan.reporting.api.dashboard.router")
api.add_router("/", "danvan.reporting.api.reports.router")
api.add_router("/", "danvan.search.api.router")
api.add_router("/", "danvan.initiatives.api.router")
api.add_router("/", "danvan.evaluation.api.router")
api.add_router("/", "danvan.feedback.api.router")


def _guarded(patterns: list[URLPattern | URLResolver]) -> list[URLPattern | URLResolver]:
    """Path values read like every other string of a request (danvan/api_inputs.py), and API operations that
    answer anonymous callers with 401 instead of the login redirect."""
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            pattern.callback = readable_path(pattern.callback)
            if pattern.name not in DOCS_URL_NAMES:
                login_not_required(pattern.callback)
    return patterns


_patterns, _app_name, _namespace = api.urls
app_name = _namespace
urlpatterns = _guarded(_patterns)
