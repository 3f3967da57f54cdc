"""Request ids on responses and log lines, 5xx errors logged with them, slow queries, JSON logs, Sentry."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import path

from danvan.core.logs import RequestIdFilter

pytestmark = pytest.mark.django_db


@login_not_required
def crash(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug in a view")


urlpatterns = [path("crash", crash)]


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """What the console handler of settings.LOGGING writes: the request id filter and the text format."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s [%(request_id)s] %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield stream
    finally:
        root.removeHandler(handler)


def test_every_response_carries_a_request_id_and_a_proxys_id_is_kept() -> None:
    made = Client().get("/accounts/login/")["X-Request-ID"]
    assert len(made) == 32 and made.isalnum()
    assert Client().get("/accounts/login/")["X-Request-ID"] != made
    given = Client().get("/accounts/login/", headers={"X-Request-ID": "nginx-5f2c9a"})
    assert given["X-Request-ID"] == "nginx-5f2c9a"


def test_a_request_id_that_is_not_a_plain_token_is_replaced() -> None:
    forged = 'x" injected=1 <script>'
    answered = Client().get("/accounts/login/", headers={"X-Request-ID": forged})["X-Request-ID"]
    assert answered != forged and len(answered) == 32


def test_a_503_is_logged_with_the_request_id(settings: Any, tmp_path: Path, log_lines: io.StringIO) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    settings.MEDIA_ROOT = blocker  # the storage check fails
    response = Client().get("/healthz", headers={"X-Request-ID": "probe-1"})
    assert response.status_code == 503
    lines = log_lines.getvalue().splitlines()
    assert "ERROR danvan.core.health [probe-1] Health check failed: storage" in lines
    assert "ERROR django.request [probe-1] Service Unavailable: /healthz" in lines


@pytest.mark.urls(__name__)
def test_a_crash_is_logged_with_its_traceback_and_the_request_id(log_lines: io.StringIO) -> None:
    client = Client(raise_request_exception=False)
    response = client.get("/crash", headers={"X-Request-ID": "crash-7"})
    assert response.status_code == 500
    text = log_lines.getvalue()
    assert "ERROR django.request [crash-7] Internal Server Error: /crash" in text
    assert "RuntimeError: a bug in a view" in text


def test_lines_outside_a_request_say_so(log_lines: io.StringIO) -> None:
    logging.getLogger("danvan.test").warning("from a command")
    assert "WARNING danvan.test [-] from a command" in log_lines.getvalue().splitlines()


SLOW_SQL = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %s) "
    "SELECT count(*) FROM c WHERE %s <> ''"
)


def test_a_query_slower_than_the_threshold_is_logged_without_its_parameters(
    settings: Any, log_lines: io.StringIO
) -> None:
    settings.SLOW_QUERY_MS = 20
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.execute(SLOW_SQL, [3_000_000, "Nguyễn Văn A"])
    lines = [line for line in log_lines.getvalue().splitlines() if "danvan.slow_query" in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith("WARNING danvan.slow_query [-] Slow query: ")
    assert "WITH RECURSIVE" in lines[0]
    assert "Nguyễn" not in lines[0]


def test_no_query_is_logged_when_the_threshold_is_zero(settings: Any, log_lines: io.StringIO) -> None:
    settings.SLOW_QUERY_MS = 0
    with connection.cursor() as cursor:
        cursor.execute(SLOW_SQL, [3_000_000, "x"])
    assert "danvan.slow_query" not in log_lines.getvalue()


def run_django(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    setup = "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'danvan.settings'; django.setup(); "
    return subprocess.run(
        [sys.executable, "-c", setup + code],
        env={"PATH": os.environ["PATH"], "DB": "sqlite", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def test_log_format_json_writes_one_json_object_per_line() -> None:
    done = run_django(
        "import logging; logging.getLogger('danvan.x').warning('Đã gửi %s nhắc việc', 3)", LOG_FORMAT="json"
    )
    record = json.loads(done.stderr.strip().splitlines()[-1])
    assert record["level"] == "WARNING"
    assert record["logger"] == "danvan.x"
    assert record["message"] == "Đã gửi 3 nhắc việc"
    assert record["request_id"] == "-"
    assert "time" in record


SENTRY_ACTIVE = "import sentry_sdk; print(sentry_sdk.get_client().is_active())"


def test_sentry_starts_only_when_a_dsn_is_set() -> None:
    assert run_django(SENTRY_ACTIVE).stdout.strip() == "False"
    # A DSN on a closed local port: the SDK starts; nothing is sent by starting it.
    started = run_django(SENTRY_ACTIVE, SENTRY_DSN="http://publickey@127.0.0.1:9/1")
    assert started.stdout.strip() == "True"
