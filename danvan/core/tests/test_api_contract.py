"""The API keeps its own contract: Schemathesis runs every check and every phase (coverage, fuzzing, stateful)
over every endpoint of /api/v1/openapi.json, against a live server with an agency officer's token, and any
finding fails the test. The budget is small here (SCHEMATHESIS_EXAMPLES, 3 per operation); `schemathesis.toml`
at the root holds the two documented exceptions (see docs/api.md §Contract)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from danvan.accounts import actions as account_actions
from danvan.accounts.models import User

pytestmark = pytest.mark.django_db(transaction=True)

EXAMPLES = os.environ.get("SCHEMATHESIS_EXAMPLES", "3")
ROOT = Path(settings.BASE_DIR)


def test_every_endpoint_keeps_the_schema_under_schemathesis(live_server: Any, tmp_path: Path) -> None:
    call_command("seed_demo", quiet_logins=True)
    officer = User.objects.get(username="canbo.sct")
    _row, token = account_actions.create_api_token(actor=officer, name="schemathesis")
    browser = Client()
    browser.force_login(officer)  # the schema is behind the login page, like the docs
    schema = tmp_path / "openapi.json"
    schema.write_bytes(browser.get("/api/v1/openapi.json").content)
    operations = sum(len(methods) for methods in json.loads(schema.read_bytes())["paths"].values())
    command = [
        str(Path(sys.executable).with_name("st")),
        "--no-color",
        "--config-file",
        str(ROOT / "schemathesis.toml"),
        "run",
        str(schema),
        "--url",
        live_server.url,
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        EXAMPLES,
        "--workers",
        "1",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report[-8000:]
    summary = report[report.index("SUMMARY") :]
    assert f"Tested: {operations}" in summary, summary  # every endpoint
    for phase in ("Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in summary, summary
    assert " passed" in summary and "failures" not in summary, summary
