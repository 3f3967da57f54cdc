"""On a phone (390 px) in Chromium, the staff's list tables (feedback, models, plans and their tasks, my tasks,
reporting periods and reports, evaluation sheets, histories...) show every column without sideways scrolling: each
row becomes a card whose cells carry their column's heading (`.table.cards`, the public pages' pattern). At 1366 px
the same tables keep their column headings and no cell label shows.

The pages are those the demo logins reach by following links (danvan.core.tests.walk). The dashboards' figure
matrices are left out on purpose: their rows are compared column by column, so they scroll inside their own box.
With LAYOUT_SCREENSHOTS=1 (as for the layout test) the list pages are screenshot into test-results/staff-phone/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.urls import resolve

from danvan.core.tests.test_browser_layout import SCREENSHOTS, log_in
from danvan.core.tests.walk import open_in_browser, walk

OUTPUT = Path("test-results") / "staff-phone"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}

# The verdict is measured CSS, the same whichever database served the rows (conftest.py, LAYOUT_ONLY).
pytestmark = [pytest.mark.browser, pytest.mark.layout_only]

# Figure matrices (a row of counts per task, agency or province): they keep their columns and scroll in their box.
MATRICES = {"reporting:dashboard", "reporting:dashboard-mine", "reporting:province-comparison"}

# List pages each login must reach, so the walk cannot pass by seeing none of them.
LISTS = {
    "feedback:list",
    "initiatives:list",
    "plans:list",
    "plans:plan-detail",
    "reporting:my-tasks",
    "reporting:period-list",
    "reporting:task-progress",
    "evaluation:round-detail",
}

# Tables that scroll sideways, and cells whose right edge lies beyond the window.
MEASURE = """() => {
  const shown = [...document.querySelectorAll('main table')].filter(t => t.offsetParent !== null);
  const heads = t => [...t.querySelectorAll('thead th')].map(th => th.textContent.trim()).join('|');
  return {
    scrolling: shown.filter(t => t.scrollWidth > t.clientWidth + 1
                                 || t.parentElement.scrollWidth > t.parentElement.clientWidth + 1)
                    .map(t => heads(t) + ' ' + t.scrollWidth + '>' + t.clientWidth),
    offscreen: [...document.querySelectorAll('main table td')]
                    .filter(td => td.getBoundingClientRect().right > window.innerWidth + 1)
                    .map(td => td.textContent.trim().slice(0, 30)),
    cards: document.querySelectorAll('main table.cards tbody td').length,
    bare: [...document.querySelectorAll('main table.cards .cell-label')]
              .filter(l => l.offsetParent !== null && l.parentElement.innerText.trim() === l.innerText.trim()
                           && !l.parentElement.querySelector('input, select, textarea, button, img, svg'))
              .map(l => l.innerText.trim()),
  };
}"""

# At the laptop width the cards' tables are plain tables: headings shown, cell labels hidden.
LAPTOP_MEASURE = """() => ({
  headings: [...document.querySelectorAll('main table.cards thead')].filter(h => h.offsetParent === null).length,
  labels: [...document.querySelectorAll('main table.cards .cell-label')].filter(l => l.offsetParent !== null).length,
})"""


@pytest.mark.parametrize("username", ["dieuphoi", "canbo.camgiang"])
def test_staff_list_tables_fit_a_phone_without_sideways_scrolling(
    demo_server: Any, browser: Any, username: str
) -> None:
    base = demo_server.url
    if SCREENSHOTS:
        OUTPUT.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    log_in(page, base, username)
    problems: list[str] = []
    with_cards: set[str] = set()

    def look(url: str, name: str) -> None:
        found = page.evaluate(MEASURE)
        if found["scrolling"]:
            problems.append(f"{url}: a table scrolls sideways: {found['scrolling']}")
        if found["offscreen"]:
            problems.append(f"{url}: cells beyond the phone's width: {found['offscreen']}")
        if found["bare"]:
            problems.append(f"{url}: a card shows a cell's label over nothing: {found['bare']}")
        if found["cards"]:
            with_cards.add(name)
        if name in LISTS:
            if SCREENSHOTS:
                page.screenshot(path=str(OUTPUT / f"{username}-{name.replace(':', '-')}.png"), full_page=True)
            page.set_viewport_size(LAPTOP)
            laptop = page.evaluate(LAPTOP_MEASURE)
            if laptop["headings"] or laptop["labels"]:
                problems.append(f"{url}: at 1366 px a table lost its headings or shows cell labels: {laptop}")
            page.set_viewport_size(PHONE)

    def fetch(url: str) -> str | None:
        """The walk follows the links of what Chromium shows, measuring each page at the phone's width."""
        if not open_in_browser(page, f"{base}{url}"):
            return None
        name = resolve(urlsplit(url).path).view_name
        if name not in MATRICES:
            look(url, name)
        return str(page.content())

    assert len(walk(fetch, per_name=1)) > 5
    context.close()
    assert not problems, "\n".join(problems)
    assert not LISTS - with_cards, f"list pages not reached, or not laid out as cards: {LISTS - with_cards}"


def test_a_feedback_item_s_deadline_is_read_under_its_heading_on_a_phone(
    demo_server: Any, browser: Any
) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    log_in(page, demo_server.url, "dieuphoi")
    page.goto(f"{demo_server.url}/feedback/")
    # the first item with a deadline (a closed item has none: its cell is empty and hidden on a phone)
    deadline = page.locator("table.feedback-items tbody tr td:last-child:not(:empty)").first
    assert deadline.locator(".cell-label").inner_text() == "Thời hạn"
    assert deadline.is_visible()
    box = deadline.bounding_box()
    assert box is not None and box["x"] + box["width"] <= PHONE["width"]
    # an item without a deadline shows no "Thời hạn" over nothing: its cell is empty and takes no line
    empty = page.locator("table.feedback-items tbody tr td:last-child:empty")
    assert empty.count() and not any(empty.nth(i).is_visible() for i in range(empty.count()))
    context.close()
