"""The whole round in a real Chromium, with screenshots in test-results/: the coordinator opens it, the officer
self-scores with a suggestion, the leader approves and sends, the coordinator appraises, finalises and
publishes; the agency sees its class, rank and lost points."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from danvan.core import measures
from danvan.evaluation.models import Assessment, Round
from danvan.evaluation.tests.conftest import FixedShare, build_set

OUTPUT = Path("test-results")
PASSWORD = "Mat-khau-123"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def figures() -> Iterator[FixedShare]:
    measure = FixedShare()
    measures.register(measure)
    yield measure
    measures.unregister(measure.key)


def shot(page: Any, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"evaluation-{name}.png"), full_page=True)


def login(page: Any, base: str, username: str, path: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base}/accounts/login/?next={path}")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()


def test_the_whole_round_in_the_browser(
    live_server: Any, page: Any, tree: Any, make_user: Any, figures: FixedShare
) -> None:
    base = live_server.url
    make_user(tree.other_department, "coordinator", username="dieuphoi", password=PASSWORD)
    make_user(tree.department, "agency_officer", username="canbo", password=PASSWORD)
    make_user(tree.department, "leader", username="lanhdao", password=PASSWORD)
    build_set(tree.province)
    figures.values[tree.department.pk] = (3, 4)  # 3 of 4 tasks on time × 20 = 15 points suggested

    # The coordinator opens the round.
    login(page, base, "dieuphoi", "/evaluation/")
    page.get_by_role("heading", name="Chấm điểm, xếp loại", exact=True).wait_for()
    form = page.locator("form", has=page.get_by_role("button", name="Mở đợt"))
    form.locator("select[name=criteria_set]").select_option(index=1)
    form.locator("input[name=year]").fill("2025")
    form.locator("input[name=name]").fill("Chấm điểm năm 2025")
    form.locator("input[name=groups][value=departments]").check()
    form.locator("input[name=groups][value=communes]").check()
    form.locator("input[name=working_days]").fill("10")
    form.get_by_role("button", name="Mở đợt").click()
    page.get_by_text("Đã mở đợt chấm điểm").wait_for()
    evaluation_round = Round.objects.get()
    shot(page, "1-round-opened")

    # The officer self-scores and sees the suggestion with its inputs.
    sheet = evaluation_round.assessments.get(organization=tree.department)
    login(page, base, "canbo", sheet.get_absolute_url())
    page.get_by_role("heading", name="Sở Công Thương").wait_for()
    suggestion_row = page.locator("tr", has_text="Hoàn thành nhiệm vụ đúng hạn")
    assert suggestion_row.locator(".suggestion").inner_text() == "15"
    assert "3/4" in suggestion_row.inner_text()
    for number, points in (("1.1", "35"), ("1.2", "15"), ("II", "30"), ("III", "2"), ("IV", "0")):
        page.get_by_label(f"Điểm tự chấm {number}", exact=True).fill(points)
    page.get_by_role("button", name="Lưu điểm").click()
    page.get_by_text("Đã lưu điểm.").wait_for()
    assert page.locator(".self-total").inner_text() == "82"
    shot(page, "2-self-scored-with-suggestion")

    # The leader approves and sends it.
    login(page, base, "lanhdao", sheet.get_absolute_url())
    page.get_by_role("button", name="Duyệt bảng tự chấm điểm").click()
    page.get_by_text("Đã duyệt bảng tự chấm điểm.").wait_for()
    page.get_by_role("button", name="Gửi tổ thẩm định").click()
    page.get_by_text("Đã gửi bảng tự chấm điểm tới tổ thẩm định.").wait_for()
    shot(page, "3-approved-and-sent")

    # The coordinator appraises with a reason, finalises and publishes.
    login(page, base, "dieuphoi", sheet.get_absolute_url())
    page.get_by_label("Điểm thẩm định 1.1", exact=True).fill("30")
    page.get_by_label("Lý do điều chỉnh 1.1", exact=True).fill("Thiếu biên bản hội nghị quán triệt")
    page.get_by_role("button", name="Lưu kết quả thẩm định").click()
    page.get_by_text("Đã lưu kết quả thẩm định.").wait_for()
    page.get_by_role("button", name="Hoàn tất thẩm định").click()
    page.get_by_text("Đã hoàn tất thẩm định bảng điểm này.").wait_for()
    shot(page, "4-appraised")
    page.goto(f"{base}{evaluation_round.get_absolute_url()}")
    page.get_by_role("button", name="Công bố kết quả").click()
    page.get_by_text("Đã công bố xếp loại và xếp hạng.").wait_for()
    ranking = page.locator("table.ranking").first
    assert "Sở Công Thương" in ranking.locator("tr", has_text="Sở Công Thương").inner_text()
    shot(page, "5-published")
    sheet = Assessment.objects.get(pk=sheet.pk)
    assert (sheet.final_total, sheet.rank_class, sheet.rank) == (Decimal(77), "Hoàn thành tốt", 1)

    # The agency sees its class, its rank and where it lost points.
    login(page, base, "canbo", sheet.get_absolute_url())
    page.get_by_role("heading", name="Các tiêu chí bị trừ điểm").wait_for()
    assert "Thiếu biên bản hội nghị quán triệt" in page.content()
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "6-agency-sees-its-result-phone")
