"""System checks refuse unsafe production settings."""

from __future__ import annotations

from typing import Any

import pytest

from danvan.core.checks import check_production_settings
from danvan.settings import INSECURE_SECRET_KEY


def ids(settings: Any) -> set[str | None]:
    return {m.id for m in check_production_settings()}


def test_development_defaults_pass(settings: Any) -> None:
    settings.DEBUG = True
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    assert ids(settings) == set()


def test_debug_with_a_public_host_is_an_error(settings: Any) -> None:
    settings.DEBUG = True
    settings.ALLOWED_HOSTS = ["danvan.haiphong.gov.vn"]
    assert "danvan.E002" in ids(settings)


def test_default_secret_key_without_debug_is_an_error(settings: Any) -> None:
    settings.DEBUG = False
    settings.SECRET_KEY = INSECURE_SECRET_KEY
    assert "danvan.E001" in ids(settings)


@pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")
def test_sqlite_with_several_workers_is_an_error(settings: Any) -> None:
    settings.WEB_CONCURRENCY = 4
    settings.DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3"}}
    assert "danvan.E003" in ids(settings)


def test_plain_http_cookies_and_console_mail_in_production_are_warnings(settings: Any) -> None:
    settings.DEBUG = False
    settings.SECRET_KEY = "x" * 50
    settings.SESSION_COOKIE_SECURE = False
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    assert {"danvan.W004", "danvan.W005"} <= ids(settings)
