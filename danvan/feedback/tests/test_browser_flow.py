"""On a phone-sized Chromium: a citizen sends feedback → staff route and answer it → the citizen reads the answer
with the tracking code. Screenshots in test-results/feedback-*.png."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from captcha.models import CaptchaStore

from danvan.feedback.actions.limits import ensure_time_limits
from danvan.feedback.models import Feedback, State

OUTPUT = Path("test-results")
PHONE = {"width": 390, "height": 844}
PASSWORD = "Mat-khau-123"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _shot(page: Any, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"feedback-{name}.png"), full_page=True)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: the page is {width} px wide on a {PHONE['width']} px phone"


def _log_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{base}/")


def test_citizen_sends_staff_route_and_answer_citizen_reads_by_code(
    live_server: Any, browser: Any, tree: Any, make_user: Any
) -> None:
    ensure_time_limits()  # an earlier transactional test may have flushed the migrations' rows
    make_user(tree.province, "coordinator", username="dieuphoi", password=PASSWORD)
    make_user(tree.department, "agency_officer", username="canbo", password=PASSWORD)
    base = live_server.url

    citizen = browser.new_context(viewport=PHONE).new_page()
    citizen.goto(f"{base}/feedback/public/")
    citizen.select_option("[name=kind]", "report")
    citizen.select_option("[name=province]", str(tree.province.pk))
    citizen.fill("[name=title]", "Chợ đêm gây ồn sau 23 giờ")
    citizen.fill(
        "[name=text]", "Chợ đêm trên phố Lạch Tray gây ồn ào sau 23 giờ. Đề nghị Sở Công Thương kiểm tra."
    )
    citizen.fill("[name=citizen_name]", "Đỗ Thị Mai")
    citizen.fill("[name=citizen_email]", "mai@example.vn")
    key = citizen.locator("[name=captcha_0]").input_value()
    assert citizen.locator("img.captcha").evaluate("img => img.naturalWidth") > 0  # the picture is drawn
    citizen.fill("[name=captcha_1]", CaptchaStore.objects.get(hashkey=key).response)
    _shot(citizen, "1-citizen-form")
    citizen.get_by_role("button", name="Gửi", exact=True).click()
    code = citizen.locator("#tracking-code").inner_text().strip()
    _shot(citizen, "2-citizen-code")
    item = Feedback.objects.get(code=code)

    staff = browser.new_context(viewport=PHONE).new_page()
    _log_in(staff, base, "dieuphoi")
    staff.goto(f"{base}{item.get_absolute_url()}")
    assert "Sở Công Thương" in staff.locator("#transfer-form").inner_text()  # suggested from the text
    staff.select_option("#transfer-form [name=to]", str(tree.department.pk))
    _shot(staff, "3-staff-route")
    staff.locator("#transfer-form button").click()
    staff.wait_for_load_state()

    officer = browser.new_context(viewport=PHONE).new_page()
    _log_in(officer, base, "canbo")
    officer.goto(f"{base}{item.get_absolute_url()}")
    officer.locator("#accept-button").click()
    officer.wait_for_load_state()
    officer.fill(
        "#answer-form [name=text]",
        "Sở đã phối hợp với UBND phường kiểm tra, yêu cầu chợ đêm đóng cửa trước 23 giờ.",
    )
    _shot(officer, "4-officer-answer")
    officer.locator("#answer-button").click()
    officer.wait_for_load_state()
    item.refresh_from_db()
    assert item.state == State.ANSWERED and item.organization == tree.department

    citizen.goto(f"{base}/feedback/public/track/")
    citizen.fill("[name=code]", code)
    citizen.get_by_role("button", name="Tra cứu").click()
    answer = citizen.locator("#public-answer").inner_text()
    assert "đóng cửa trước 23 giờ" in answer
    assert "Đã trả lời" in citizen.locator("#public-state").inner_text()
    assert "Đỗ Thị Mai" not in citizen.content() and "mai@example.vn" not in citizen.content()
    _shot(citizen, "5-citizen-answer")
