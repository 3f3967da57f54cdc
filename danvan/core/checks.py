"""System checks that refuse unsafe production settings (ids danvan.E001…, danvan.W002…)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register
from django.core.files.storage import FileSystemStorage
from django.utils.module_loading import import_string

LOCAL_HOSTS = {"127.0.0.1", "localhost", "testserver", "::1", "[::1]"}


@register(Tags.security, deploy=False)
def check_production_settings(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    from danvan.settings import INSECURE_SECRET_KEY

    messages: list[CheckMessage] = []
    public_hosts = [h for h in settings.ALLOWED_HOSTS if h not in LOCAL_HOSTS]
    if not settings.DEBUG and settings.SECRET_KEY == INSECURE_SECRET_KEY:
        messages.append(
            Error(
                "SECRET_KEY is the development key while DEBUG is off.",
                hint="Set SECRET_KEY to a long random value (docs/configuration.md).",
                id="danvan.E001",
            )
        )
    if settings.DEBUG and public_hosts:
        messages.append(
            Error(
                f"DEBUG is on while the site answers public hosts: {', '.join(public_hosts)}.",
                hint="Set DEBUG=false in production.",
                id="danvan.E002",
            )
        )
    engine = settings.DATABASES["default"]["ENGINE"]
    if engine.endswith("sqlite3") and (settings.WEB_CONCURRENCY > 1 or settings.APP_SERVERS > 1):
        messages.append(
            Error(
                f"SQLite cannot serve {settings.WEB_CONCURRENCY} worker processes on {settings.APP_SERVERS} "
                "server(s) safely.",
                hint="Use DB=postgres, or WEB_CONCURRENCY=1 and APP_SERVERS=1.",
                id="danvan.E003",
            )
        )
    messages.extend(_local_files_on_several_servers())
    if not settings.DEBUG and not settings.SESSION_COOKIE_SECURE:
        messages.append(
            Warning(
                "Session and CSRF cookies are sent over plain HTTP while DEBUG is off.",
                hint="Set SECURE_COOKIES=true behind HTTPS.",
                id="danvan.W004",
            )
        )
    if not settings.DEBUG and settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
        messages.append(
            Warning(
                "E-mail goes to the console while DEBUG is off: reminders and password resets are not delivered.",
                hint="Set EMAIL_URL=smtp://…",
                id="danvan.W005",
            )
        )
    if not settings.DEBUG and not settings.SECURE_HSTS_SECONDS:
        messages.append(
            Warning(
                "HTTP Strict Transport Security is off while DEBUG is off: a browser may be led to plain HTTP.",
                hint="Leave SECURE_HSTS_SECONDS at its production default (one year) behind HTTPS.",
                id="danvan.W006",
            )
        )
    messages.extend(_content_security_policy())
    return messages


def _local_files_on_several_servers() -> list[CheckMessage]:
    """danvan.E008: with several app servers, a file uploaded through one must be readable from the others."""
    if settings.APP_SERVERS <= 1:
        return []
    backend = import_string(settings.STORAGES["default"]["BACKEND"])
    if not issubclass(backend, FileSystemStorage):
        return []
    return [
        Error(
            f"Uploaded and generated files are on local disk while the deployment runs {settings.APP_SERVERS} "
            "app servers: a file stored by one is missing on the others.",
            hint="Set STORAGE=s3 and the S3_* variables (docs/operations.md, Scale out), or APP_SERVERS=1.",
            id="danvan.E008",
        )
    ]


@register(Tags.security, deploy=True)
def check_production_database(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """danvan.W009 (with --deploy): SQLite is for the demo and a single pilot machine, not for production."""
    if settings.DEBUG or not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return []
    return [
        Warning(
            "The production deployment (DEBUG off) runs on SQLite.",
            hint="Set DB=postgres and DATABASE_URL (docs/operations.md).",
            id="danvan.W009",
        )
    ]


# Sources that would let an injected script run.
_UNSAFE_SOURCES = ("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:")


def _content_security_policy() -> list[CheckMessage]:
    """danvan.W007: the policy must be sent and must not allow inline or foreign scripts."""
    policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    directives = policy.get("DIRECTIVES", {})
    scripts = list(directives.get("script-src") or directives.get("default-src") or ["*"])
    problems = []
    if "csp.middleware.CSPMiddleware" not in settings.MIDDLEWARE:
        problems.append("the CSP middleware is not installed")
    weak = [source for source in scripts if source in _UNSAFE_SOURCES]
    if weak:
        problems.append(f"script-src allows {', '.join(weak)}")
    if not problems:
        return []
    return [
        Warning(
            f"The Content-Security-Policy does not protect the pages: {'; '.join(problems)}.",
            hint="Keep CONTENT_SECURITY_POLICY and csp.middleware.CSPMiddleware as in danvan/settings.py.",
            id="danvan.W007",
        )
    ]
