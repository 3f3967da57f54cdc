"""The review screen with warnings that name their page, in a real Chromium at a phone's and a laptop's width."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from danvan.organizations.loading import load_province
from danvan.organizations.models import Organization

OUTPUT = Path("test-results")
PASSWORD = "Mat-khau-123"
WIDTHS = {"phone": (390, 844), "laptop": (1366, 768)}

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A plan of two pages whose second page skips a number ("1." then "3."), and whose table row 2 has no lead.
PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ ĐẠI LỘC\nSố: 52/KH-UBND\nĐại Lộc, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Công tác dân vận chính quyền năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nPhục vụ Nhân dân ngày càng tốt hơn.\n\f"
    "II. NỘI DUNG THỰC HIỆN\n"
    "1. Công khai các khoản đóng góp của Nhân dân tại nhà văn hóa các thôn trên địa bàn xã; chủ trì: Văn phòng "
    "HĐND và UBND xã.\n"
    "3. Tổ chức đối thoại giữa Chủ tịch Ủy ban nhân dân xã với Nhân dân về giải phóng mặt bằng; chủ trì: Chủ tịch "
    "UBND xã.\n"
)


def test_warnings_with_their_page_fit_a_phone_and_a_laptop(
    live_server: Any, page: Any, make_user: Any, tmp_path: Path
) -> None:
    province, _ = load_province()
    home_affairs = Organization.objects.get(parent=province, name="Sở Nội vụ")
    make_user(home_affairs, "agency_officer", username="canbo", password=PASSWORD)
    base = live_server.url
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Tên đăng nhập").fill("canbo")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_role("heading", name=re.compile("Xin chào")).wait_for()

    source = tmp_path / "ke-hoach.txt"
    source.write_text(PLAN, encoding="utf-8")
    page.goto(f"{base}/plans/import/")
    page.set_input_files("input[name=file]", str(source))
    page.select_option("select[name=kind]", "plan")
    page.select_option("select[name=owner]", label=home_affairs.name)
    page.get_by_role("button", name="Nhập").click()
    page.get_by_role("heading", name="Rà soát kết quả trích xuất").wait_for()

    place = page.locator("#findings-by-place .place")
    assert place.all_inner_texts() == ["Trang 2"]
    assert "Mục đánh số thiếu 2" in page.locator("#findings-by-place").inner_text()
    for label, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        measured = page.evaluate(
            "() => ({page: document.documentElement.scrollWidth, inner: window.innerWidth,"
            " badge: document.querySelector('#findings-by-place .place').getBoundingClientRect().width})"
        )
        assert measured["page"] <= measured["inner"], label
        assert measured["badge"] > 0, label
        OUTPUT.mkdir(exist_ok=True)
        page.locator("#findings").screenshot(path=str(OUTPUT / f"plans-review-places-{label}.png"))
