"""System checks refuse unsafe production settings."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
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


def test_production_without_hsts_is_a_warning_and_the_production_default_has_it(settings: Any) -> None:
    settings.DEBUG = False
    settings.SECRET_KEY = "x" * 50
    settings.SECURE_HSTS_SECONDS = 0
    assert "danvan.W006" in ids(settings)
    env = {"DEBUG": "false", "SECRET_KEY": "y" * 50, "PATH": os.environ["PATH"], "DB": "sqlite"}
    printed = subprocess.run(
        [sys.executable, "-c", SHOW_SETTINGS], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert printed == ["31536000", "True", "True"]  # HSTS one year, secure session and CSRF cookies


SHOW_SETTINGS = (
    "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'danvan.settings'; django.setup(); "
    "from django.conf import settings as s; "
    "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"
)


@pytest.mark.parametrize(
    "change",
    ["unsafe-inline", "no-middleware", "wildcard"],
)
def test_a_missing_or_weakened_content_security_policy_is_a_warning(settings: Any, change: str) -> None:
    assert "danvan.W007" not in ids(settings)
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    if change == "unsafe-inline":
        policy["DIRECTIVES"]["script-src"].append("'unsafe-inline'")
    elif change == "wildcard":
        policy["DIRECTIVES"]["script-src"] = ["*"]
    else:
        settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != "csp.middleware.CSPMiddleware"]
    settings.CONTENT_SECURITY_POLICY = policy
    assert "danvan.W007" in ids(settings)


def test_local_files_with_several_app_servers_is_an_error_and_object_storage_is_not(settings: Any) -> None:
    settings.APP_SERVERS = 1
    assert "danvan.E008" not in ids(settings)
    settings.APP_SERVERS = 2
    assert "danvan.E008" in ids(settings)
    # Any storage that is not local disk (the S3 backend of django-storages in production) is accepted.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    assert "danvan.E008" not in ids(settings)


@pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")
def test_sqlite_with_several_app_servers_is_an_error(settings: Any) -> None:
    settings.WEB_CONCURRENCY = 1
    settings.APP_SERVERS = 2
    settings.DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3"}}
    assert "danvan.E003" in ids(settings)


@pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")
def test_sqlite_in_production_is_a_deploy_warning(settings: Any) -> None:
    from danvan.core.checks import check_production_database

    settings.DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3"}}
    settings.DEBUG = True
    assert check_production_database() == []
    settings.DEBUG = False
    assert [m.id for m in check_production_database()] == ["danvan.W009"]
    settings.DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql"}}
    assert check_production_database() == []
