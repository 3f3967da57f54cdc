"""Every page of the demo, for every role, fits a phone (390 px) and a laptop (1366 px) in a real Chromium.

The pages are those a person reaches by following links from the home page (danvan.core.tests.walk, walked
in Chromium itself); each page is loaded once, looked at in the laptop window, then in the same tab narrowed to
the phone width (the layout is CSS media queries: narrowing the window lays the page out as a phone would load
it, without asking the server for the page a second time). A page fails on sideways scrolling; at 390 px the
menu sits behind a menu button; at 1366 px no table is wider than the box it sits in.

The verdict comes from measuring the page, not from pictures. To look at the pages yourself, run the test with
LAYOUT_SCREENSHOTS=1: each page is then screenshot (its first 2,400 px) at both widths into test-results/layout/
(this took about a third of the test's time, so `make test` does not take them).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

import pytest

from danvan.core.management.commands.seed_demo import DEMO_PASSWORD, DEMO_USERS
from danvan.core.tests.walk import open_in_browser, walk

OUTPUT = Path("test-results") / "layout"
WIDTHS = {"phone": (390, 844), "laptop": (1366, 768)}
SHOT_HEIGHT = 2400
SCREENSHOTS = os.environ.get("LAYOUT_SCREENSHOTS") == "1"

# The verdict is measured CSS, the same whichever database served the rows (conftest.py, LAYOUT_ONLY).
pytestmark = [pytest.mark.browser, pytest.mark.layout_only]

# Tables wider than their container at the laptop width, and the page's own sideways overflow.
# Measured after two animation frames, so that what redraws itself on a resize (Chart.js canvases follow their box
# through a ResizeObserver) has done so.
MEASURE = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const tables = [...document.querySelectorAll('main table')]
    .filter(t => t.offsetParent !== null && t.scrollWidth > t.parentElement.clientWidth + 1)
    .map(t => (t.className || 'table') + ' ' + t.scrollWidth + '>' + t.parentElement.clientWidth);
  return {page: document.documentElement.scrollWidth, inner: window.innerWidth, tables: tables,
          height: document.documentElement.scrollHeight};
}"""


def log_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{base}/")


# One run per login: a person with roles in two provinces (hotro.lienvung) is listed once per province in
# DEMO_USERS but logs in once and sees the same pages.
@pytest.mark.parametrize("username", list(dict.fromkeys(spec.username for spec in DEMO_USERS)))
def test_every_page_fits_a_phone_and_a_laptop(demo_server: Any, browser: Any, username: str) -> None:
    base = demo_server.url
    if SCREENSHOTS:
        OUTPUT.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": WIDTHS["laptop"][0], "height": WIDTHS["laptop"][1]})
    page = context.new_page()

    def resize(label: str) -> None:
        width, height = WIDTHS[label]
        page.set_viewport_size({"width": width, "height": height})

    log_in(page, base, username)
    problems: list[str] = []
    shots = itertools.count()

    def look(label: str, url: str) -> None:
        found = page.evaluate(MEASURE)
        if found["page"] > found["inner"]:
            problems.append(f"{label} {url}: page {found['page']} px wide in {found['inner']} px")
        if label == "laptop" and found["tables"]:
            problems.append(f"{label} {url}: table overflows its box: {found['tables']}")
        if not SCREENSHOTS:
            return
        name = f"{username}-{label}-{next(shots):02d}-{url.strip('/').replace('/', '_') or 'home'}"
        # The page from its top down to SHOT_HEIGHT, in JPEG: a screenshot costs in proportion to its height, and
        # Chromium encodes JPEG faster than PNG (the overflow check above covers the whole page).
        clip = {"x": 0, "y": 0, "width": found["inner"], "height": min(found["height"], SHOT_HEIGHT)}
        page.screenshot(
            path=str(OUTPUT / f"{name[:120]}.jpg"), full_page=True, clip=clip, type="jpeg", quality=70
        )

    def fetch(url: str) -> str | None:
        """The walk follows the links of what Chromium shows, looking at each page at both widths."""
        if not open_in_browser(page, f"{base}{url}"):
            return None
        html = str(page.content())
        look("laptop", url)
        resize("phone")
        look("phone", url)
        resize("laptop")
        return html

    urls = [visited.url for visited in walk(fetch, per_name=1)]
    assert len(urls) > 5
    resize("phone")
    page.goto(f"{base}/")
    menu = page.get_by_role("button", name="☰ Trình đơn")
    assert menu.is_visible()
    assert not page.get_by_role("navigation", name="Điều hướng chính").is_visible()
    menu.click()
    assert page.get_by_role("navigation", name="Điều hướng chính").is_visible()
    context.close()
    assert not problems, "\n".join(problems)
