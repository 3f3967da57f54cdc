"""The coordinator's reporting flow in a real Chromium, with screenshots in test-results/."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import docx
import pytest
from django.core.management import call_command

from danvan.core.management.commands.seed_demo import DEMO_PASSWORD
from danvan.reporting.demo import DEMO_PERIOD_NAME
from danvan.reporting.models import Report, ReportingPeriod

OUTPUT = Path("test-results")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def shot(page: Any, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"reporting-{name}.png"), full_page=True)


def test_coordinator_opens_a_period_sees_late_agencies_returns_a_report_and_gets_the_consolidated_docx(
    live_server: Any, page: Any
) -> None:
    call_command("seed_demo", quiet_logins=True)
    base = live_server.url
    page.goto(f"{base}/accounts/login/?next=/reporting/periods/")
    page.get_by_label("Tên đăng nhập").fill("dieuphoi")
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_role("heading", name="Kỳ báo cáo", exact=True).wait_for()

    # Open a period by hand for an ad-hoc report.
    form = page.locator("form", has=page.get_by_role("button", name="Tạo kỳ báo cáo"))
    form.locator("select[name=catalog]").select_option(index=1)
    form.locator("input[name=name]").fill("Báo cáo đột xuất tháng 12")
    form.locator("input[name=start]").fill("2026-12-01")
    form.locator("input[name=cutoff]").fill("2026-12-20")
    form.locator("input[name=due]").fill("2026-12-25")
    form.get_by_role("button", name="Tạo kỳ báo cáo").click()
    page.get_by_text("Đã tạo kỳ báo cáo.").wait_for()
    assert ReportingPeriod.objects.filter(name="Báo cáo đột xuất tháng 12").exists()
    shot(page, "1-period-created")

    # The demo period: who is late, who has not reported.
    period = ReportingPeriod.objects.get(name=DEMO_PERIOD_NAME)
    page.goto(f"{base}{period.get_absolute_url()}")
    page.get_by_role("heading", name=DEMO_PERIOD_NAME).wait_for()
    late_row = page.locator("tr", has_text="Xã Cẩm Giang")
    assert late_row.get_by_text("gửi muộn").count() == 1
    shot(page, "2-period-standing")

    # Return a submitted report with comments.
    submitted = (
        Report.objects.filter(period=period, state=Report.State.SUBMITTED)
        .select_related("organization")
        .first()
    )
    assert submitted is not None
    page.locator("tr", has_text=submitted.organization.name).get_by_role("link").first.click()
    page.get_by_role("heading", name=re.compile(submitted.organization.name)).wait_for()
    page.get_by_text("Trả lại kèm ý kiến").click()
    page.get_by_label("Nội dung cần chỉnh sửa").fill("Bổ sung số liệu ký cam kết của CBCCVC.")
    page.get_by_role("button", name="Trả lại", exact=True).click()
    page.get_by_text("Đã trả lại báo cáo kèm ý kiến của đồng chí.").wait_for()
    submitted.refresh_from_db()
    assert submitted.state == Report.State.RETURNED
    shot(page, "3-report-returned")

    # Generate the consolidated report of the period as DOCX and read it back.
    page.goto(f"{base}{period.get_absolute_url()}")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="DOCX").click()
    saved = OUTPUT / "reporting-4-consolidated.docx"
    download_info.value.save_as(str(saved))
    document = docx.Document(io.BytesIO(saved.read_bytes()))
    assert any(p.text == "BÁO CÁO" for p in document.paragraphs)
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert "Xã Cẩm Giang" in cells
