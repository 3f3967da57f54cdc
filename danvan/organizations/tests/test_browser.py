"""In a real Chromium: log in as a demo user, search "cam giang", open Xã Cẩm Giang."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from danvan.core.management.commands.seed_demo import DEMO_PASSWORD

OUTPUT = Path("test-results")

pytestmark = pytest.mark.browser


def test_coordinator_finds_cam_giang_without_typing_accents(demo_server: Any, page: Any) -> None:
    live_server = demo_server
    page.goto(f"{live_server.url}/")
    assert "/accounts/login/" in page.url
    page.get_by_label("Tên đăng nhập").fill("dieuphoi")
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_role("heading", name=re.compile("Xin chào")).wait_for()

    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Cơ quan, đơn vị"
    ).click()
    page.get_by_role("searchbox").fill("cam giang")
    result = page.get_by_role("link", name="Xã Cẩm Giang", exact=True)
    result.wait_for()
    # "Xã Cẩm Giàng" folds to the same letters and is listed too, but as a distinct unit.
    assert page.get_by_role("link", name="Xã Cẩm Giàng", exact=True).count() == 1
    result.click()

    page.get_by_role("heading", name="Xã Cẩm Giang", level=1).wait_for()
    assert page.get_by_text("Phòng Văn hóa - Xã hội").count() >= 1
    assert page.get_by_text("Vũ Thị Lan").count() == 1
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "organization-browser-cam-giang.png"), full_page=True)


def test_tree_expands_children_on_demand(demo_server: Any, page: Any) -> None:
    live_server = demo_server
    page.goto(f"{live_server.url}/accounts/login/?next=/organizations/")
    page.get_by_label("Tên đăng nhập").fill("canbo.sct")
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_text("Sở Công Thương").first.wait_for()
    page.locator("summary").first.click()
    page.get_by_role("link", name="Phòng Quản lý Năng lượng").wait_for()
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "organization-tree.png"), full_page=True)
