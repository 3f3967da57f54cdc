"""In a real Chromium: the Content-Security-Policy blocks nothing danvan needs (htmx, Chart.js, our scripts)
and would block an injected inline script."""

from __future__ import annotations

import re
from typing import Any

import pytest

from danvan.core.management.commands.seed_demo import DEMO_PASSWORD

pytestmark = pytest.mark.browser


def test_pages_run_under_the_policy_without_a_single_violation(demo_server: Any, page: Any) -> None:
    live_server = demo_server
    violations: list[str] = []
    page.on(
        "console",
        lambda m: violations.append(f"{page.url} {m.text}") if "Content Security Policy" in m.text else None,
    )
    page.on("pageerror", lambda error: violations.append(str(error)))
    page.goto(f"{live_server.url}/accounts/login/?next=/organizations/")
    page.get_by_label("Tên đăng nhập").fill("dieuphoi")
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.locator("summary").first.wait_for()
    assert page.evaluate("typeof htmx") == "object"
    page.locator("summary").first.click()  # htmx loads the children
    page.wait_for_load_state("networkidle")
    for path in ("/", "/plans/", "/reporting/dashboard/", "/notifications/", "/api/v1/docs"):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/reporting/dashboard/")
    if page.locator("canvas").count():
        assert page.evaluate("typeof Chart") == "function"
    assert violations == [], "\n".join(violations)

    # The same policy refuses a script injected into the page.
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1';"
        " document.body.appendChild(s); }"
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.injected === undefined")
    assert any(re.search("Content Security Policy", v) for v in violations)
