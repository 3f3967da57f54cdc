"""Every URL refuses anonymous visitors, except an explicit public allow-list."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db

# Pages a visitor must reach without an account. Anything added here is a decision, not an accident.
PUBLIC = {
    "accounts:login",
    "accounts:password-reset",
    "accounts:password-reset-done",
    "accounts:password-reset-confirm",
    "accounts:password-reset-complete",
    "admin:login",  # the admin's own login form; every other admin page redirects to it
    "initiatives:public",  # recognised models: names, units and results the commendation made public
    # Citizen feedback: the public form and the pages "dân biết, dân kiểm tra" (no personal data on any of them).
    "feedback:public-form",
    "feedback:public-lookup",
    "feedback:public-statistics",
    "feedback:public-published",
    "feedback:public-dialogues",
    "reporting:public-progress",  # the catalog's progress: statuses and percentages per task and lead agency
    "core:healthz",  # for the proxy and the monitoring: check names, counts and ages, no personal data
}
# Public by a secret in the URL (calendar programs cannot log in): a wrong token is a 404, never a login page.
PUBLIC_BY_TOKEN = {
    "reporting:calendar-ics",
    # A feedback item's tracking code and the captcha picture's key are the secrets in these URLs.
    "feedback:public-sent",
    "feedback:public-status",
    "captcha-image",
}

SAMPLE_ARGS = {
    "int": "1",
    "str": "abc",
    "slug": "abc",
    "path": "abc",
    "uuid": "00000000-0000-0000-0000-000000000000",
}


def walk(
    patterns: list[URLPattern | URLResolver], prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str]]:
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, route, ns)
        else:
            yield f"{namespace}{entry.name or ''}", route


def concrete(route: str) -> str:
    route = re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLE_ARGS.get(m.group(1) or "str", "abc"), route)
    # Regex routes (the admin's) get a plain sample for each group.
    route = re.sub(r"\(\?P<\w+>[^)]*\)", "1", route)
    return "/" + route.lstrip("^").rstrip("$").replace("\\", "")


ROUTES = sorted(set(walk(get_resolver().url_patterns)))
# The JSON API answers anonymous callers 401 itself (scripts cannot follow a login page); its docs pages
# (schema, Swagger UI, root) keep the login redirect.
API_DOCS = {"api:openapi-json", "api:openapi-view", "api:api-root"}
# Public API reads: the status of a feedback item by its tracking code (404 for a wrong code, never 401).
PUBLIC_API = {"api:feedback-status"}
API_OPERATIONS = {name for name, _ in ROUTES if name.startswith("api:") and name not in API_DOCS | PUBLIC_API}


def test_the_walk_finds_the_apps_and_the_admin() -> None:
    names = {name for name, _ in ROUTES}
    assert {"core:home", "organizations:detail", "accounts:profile", "admin:index"} <= names


@pytest.mark.parametrize(
    ("name", "route"),
    [r for r in ROUTES if r[0] not in PUBLIC | API_OPERATIONS | PUBLIC_BY_TOKEN | PUBLIC_API],
)
def test_anonymous_visitor_is_sent_to_a_login_page(name: str, route: str) -> None:
    response = Client().get(concrete(route))
    assert response.status_code in (301, 302), f"{name} answered {response.status_code}"
    location = response.headers["Location"]
    assert "/login/" in location, f"{name} redirected to {location}"


@pytest.mark.parametrize(("name", "route"), [r for r in ROUTES if r[0] in PUBLIC])
def test_public_pages_answer_anonymous_visitors(name: str, route: str) -> None:
    response = Client().get(concrete(route), follow=True)
    assert response.status_code == 200, f"{name} answered {response.status_code}"


@pytest.mark.parametrize(("name", "route"), [r for r in ROUTES if r[0] in PUBLIC_BY_TOKEN | PUBLIC_API])
def test_pages_public_by_token_answer_404_to_a_wrong_token(name: str, route: str) -> None:
    assert Client().get(concrete(route)).status_code == 404, name


@pytest.mark.parametrize(("name", "route"), [r for r in ROUTES if r[0] in API_OPERATIONS])
def test_anonymous_api_caller_gets_401(name: str, route: str) -> None:
    client = Client()
    response = client.get(concrete(route))
    if response.status_code == 405:  # POST-only operations
        response = client.post(concrete(route))
    assert response.status_code == 401, f"{name} answered {response.status_code}"
