"""Response headers: a Content-Security-Policy without inline script on HTML pages, `no-store` behind the login,
and templates with nothing the policy would block (inline scripts, event-handler or style attributes)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.urls import reverse

from danvan.accounts import actions as account_actions
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


def directives(header: str) -> dict[str, list[str]]:
    parts = [part.strip().split() for part in header.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


def test_html_pages_carry_a_policy_that_allows_only_this_sites_scripts(three_users: Any, client: Any) -> None:
    for response in (
        client_for(three_users.own).get(reverse("core:home")),
        client_for(three_users.own).get(reverse("plans:list")),
        client.get(reverse("accounts:login")),
    ):
        assert response.status_code == 200
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
        assert not any("unsafe" in source for sources in policy.values() for source in sources)


def test_pages_behind_the_login_are_never_stored(three_users: Any) -> None:
    for name in ("core:home", "plans:list", "accounts:profile"):
        response = client_for(three_users.own).get(reverse(name))
        assert response.status_code == 200
        cache = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"no-store", "private"} <= cache, name


def test_api_answers_to_a_token_are_never_stored(three_users: Any, client: Any) -> None:
    _, token = account_actions.create_api_token(actor=three_users.own, name="test")
    response = client.get("/api/v1/plans", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


TEMPLATE_DIRS = [Path(settings.BASE_DIR) / "danvan"]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I)
HANDLER_ATTRIBUTE = re.compile(r"\s(on[a-z]+|hx-on[:a-z-]*)\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=|<style\b", re.I)


def test_no_template_has_an_inline_script_a_handler_or_a_style_attribute() -> None:
    offenders = []
    templates = [p for d in TEMPLATE_DIRS for p in d.rglob("*.html")]
    assert len(templates) > 50
    for path in templates:
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"))
        for pattern in (INLINE_SCRIPT, HANDLER_ATTRIBUTE, STYLE_ATTRIBUTE):  # outside {# comments #}
            offenders += [f"{path}: {match.group(0).strip()}" for match in pattern.finditer(text)]
    assert offenders == []
