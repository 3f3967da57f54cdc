"""In a real Chromium: an agency officer sees the city's registration call, registers a model and sees the
coverage move; screenshots in test-results/."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from danvan.initiatives import actions
from danvan.initiatives.models import Initiative

OUTPUT = Path("test-results")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def shot(page: Any, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"initiatives-{name}.png"), full_page=True)


def test_an_officer_registers_a_model_and_the_call_coverage_moves(
    live_server: Any, page: Any, tree: Any, make_user: Any
) -> None:
    make_user(tree.department, "agency_officer", username="canbo.sct")
    call = actions.open_campaign(
        actor=None,
        organization=tree.province,
        title="Đăng ký mô hình dân vận khéo năm 2025",
        year=2025,
        deadline=datetime.date(2025, 2, 21),
    )
    base = live_server.url
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{base}/accounts/login/?next={call.get_absolute_url()}")
    page.get_by_label("Tên đăng nhập").fill("canbo.sct")
    page.get_by_label("Mật khẩu").fill("Mat-khau-123")
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_text("0 trên 3 đơn vị đã đăng ký").wait_for()
    row = page.locator("tr", has_text="Sở Công Thương")
    assert row.get_by_text("Quá hạn, chưa đăng ký").count() == 1
    shot(page, "1-call-before")

    page.get_by_role("link", name="Mô hình", exact=True).first.click()
    page.get_by_role("link", name="Đăng ký mô hình", exact=True).click()
    page.get_by_label("Cơ quan, đơn vị đăng ký").select_option(label="Phòng Quản lý Thương mại")
    page.get_by_label("Tên mô hình").fill("Đẩy mạnh công tác bảo vệ quyền lợi người tiêu dùng")
    page.get_by_label("Tập thể hay cá nhân").select_option("individual")
    page.get_by_label("Đơn vị, cá nhân thực hiện").fill("Phạm Thị Thanh Hà - Chuyên viên")
    page.get_by_label("Lĩnh vực").select_option("economy")
    page.get_by_label("Năm").fill("2025")
    page.get_by_label("Mục tiêu, tiêu chí đánh giá").fill("Người tiêu dùng được bảo vệ quyền lợi")
    shot(page, "2-register-form")
    page.get_by_role("button", name="Đăng ký", exact=True).click()
    page.get_by_text("Đã đăng ký mô hình.").wait_for()
    assert Initiative.objects.get().organization == tree.unit
    shot(page, "3-model")

    page.goto(f"{base}{call.get_absolute_url()}")
    page.get_by_text("1 trên 3 đơn vị đã đăng ký").wait_for()
    assert page.locator("tr", has_text="Sở Công Thương").get_by_text("Đăng ký muộn").count() == 1
    shot(page, "4-call-after")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"the call page is {width}px wide on a phone"
    shot(page, "5-call-phone")
