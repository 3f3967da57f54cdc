"""The import review in a real Chromium (htmx): the sample decision table is uploaded, its two rows with problems
are corrected in place on the review screen — a refused value first, kept as typed — and the set is created.
Screenshots in test-results/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from danvan.evaluation import demo
from danvan.evaluation.models import CriteriaSet
from danvan.evaluation.tests.test_browser_round import PASSWORD, login, shot

SAMPLE = Path(demo.__file__).parent / "demo" / "bo-tieu-chi-mau.xlsx"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_rows_are_corrected_in_place_then_the_set_is_created(
    live_server: Any, page: Any, tree: Any, make_user: Any
) -> None:
    base = live_server.url
    make_user(tree.other_department, "coordinator", username="dieuphoi", password=PASSWORD)
    login(page, base, "dieuphoi", "/evaluation/")
    form = page.locator("form", has=page.get_by_role("button", name="Đọc bảng"))
    form.locator("input[name=name]").fill("Bộ tiêu chí mẫu")
    form.locator("input[name=from_year]").fill("2026")
    form.locator("input[name=file]").set_input_files(str(SAMPLE))
    form.get_by_role("button", name="Đọc bảng").click()
    page.get_by_text("chưa có điểm tối đa").wait_for()
    create = page.get_by_role("button", name="Tạo bộ tiêu chí từ các dòng này")
    assert create.is_disabled()
    shot(page, "import-1-problems")

    # Row 2: a value that is not a number is refused in Vietnamese and stays as typed.
    page.locator("tr", has_text="Quán triệt, tuyên truyền").get_by_role("link", name="Sửa").click()
    editor = page.locator("form.import-row-form")
    editor.locator("input[name=max_points]").fill("mười")
    editor.get_by_role("button", name="Lưu dòng").click()
    page.get_by_text("Nhập điểm tối đa là một số lớn hơn 0").wait_for()
    assert page.locator("form.import-row-form input[name=max_points]").input_value() == "mười"
    shot(page, "import-2-refused")
    page.locator("form.import-row-form input[name=max_points]").fill("10")
    page.locator("form.import-row-form").get_by_role("button", name="Lưu dòng").click()
    page.locator("form.import-row-form").wait_for(state="detached")
    assert page.get_by_text("chưa có điểm tối đa").count() == 0
    assert page.url.endswith("/evaluation/sets/import/review/")  # swapped in place, no navigation

    # Row 4.1: renumbered 4 and placed under II.
    page.locator("tr", has_text="Gửi báo cáo định kỳ").get_by_role("link", name="Sửa").click()
    editor = page.locator("form.import-row-form")
    editor.locator("input[name=number]").fill("4")
    editor.locator("select[name=parent_number]").select_option("II")
    editor.get_by_role("button", name="Lưu dòng").click()
    page.locator("form.import-row-form").wait_for(state="detached")
    assert page.get_by_role("button", name="Tạo bộ tiêu chí từ các dòng này").is_enabled()
    shot(page, "import-3-corrected")
    page.get_by_role("button", name="Tạo bộ tiêu chí từ các dòng này").click()
    page.get_by_role("heading", name="Bộ tiêu chí mẫu").wait_for()
    criteria_set = CriteriaSet.objects.get()
    assert criteria_set.criteria.get(number="4").parent == criteria_set.criteria.get(number="II")
