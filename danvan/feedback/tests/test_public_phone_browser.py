"""On a phone (390 px) in Chromium, the public tables a citizen reads (dialogue calendar, recognised models) show every column without sideways scrolling: each row becomes a card whose cells carry their
column's heading. Screenshots in test-results/public-phone-*.png."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from danvan.feedback import actions
from danvan.feedback.actions.limits import ensure_time_limits
from danvan.initiatives import actions as initiative_actions
from danvan.initiatives.models import Initiative

OUTPUT = Path("test-results")
PHONE = {"width": 390, "height": 844}

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Cells whose right edge lies beyond the viewport: the reader would have to scroll the table sideways.
OFF_SCREEN = """() => [...document.querySelectorAll('main table td')]
  .filter(td => td.getBoundingClientRect().right > window.innerWidth + 1)
  .map(td => td.textContent.trim().slice(0, 30))"""


def test_public_tables_fit_a_phone_without_sideways_scrolling(
    live_server: Any, page: Any, tree: Any, make_user: Any, make_item: Any
) -> None:
    ensure_time_limits()  # an earlier transactional test may have flushed the migrations' rows
    officer = make_user(tree.province, "agency_officer")
    today = datetime.date.today()
    actions.record_dialogue(
        actor=None,
        organization=tree.commune,
        title="Đối thoại với Nhân dân về giải phóng mặt bằng đường liên xã",
        held_on=today,
        place="Hội trường UBND xã Cẩm Giang",
        chair="Chủ tịch UBND xã",
        topics="Phương án bồi thường, hỗ trợ giải phóng mặt bằng đường liên xã",
        participants="Đại diện các hộ dân",
    )
    item = make_item(received_on=today)
    actions.answer_feedback(
        actor=officer, item=item, text="Đã thay bóng đèn trên đường Lạch Tray.", publish=True, on=today
    )
    model = initiative_actions.register_initiative(
        actor=None,
        organization=tree.commune,
        data={
            "name": "Dân vận khéo xây dựng nông thôn mới",
            "kind": Initiative.Kind.SKILFUL_MOBILISATION,
            "holder": Initiative.Holder.COLLECTIVE,
            "performer": "UBND xã",
            "field": Initiative.Field.NEW_RURAL,
            "year": 2025,
            "results": "Nhân dân hiến đất làm đường liên thôn.",
        },
        today=datetime.date(2025, 2, 10),
    )
    for state in ("in_progress", "reviewed"):
        model = initiative_actions.advance_initiative(actor=None, initiative=model, to=state)
    initiative_actions.recognise_initiative(
        actor=None,
        initiative=model,
        level="province",
        form="Bằng khen",
        decision_number="99/QĐ-UBND",
        decision_date=None,
    )
    page.set_viewport_size(PHONE)
    OUTPUT.mkdir(exist_ok=True)
    for name, path, heading in (
        ("dialogues", "/feedback/public/dialogues/", "Nội dung đối thoại"),
        ("models", "/initiatives/public/", "Khen thưởng"),
    ):
        page.goto(f"{live_server.url}{path}")
        page.screenshot(path=str(OUTPUT / f"public-phone-{name}.png"), full_page=True)
        assert page.locator("main table td").count() > 0, path
        assert page.evaluate(OFF_SCREEN) == [], f"{path}: cells beyond the phone's width"
        if heading:  # the column's heading is read beside its value
            assert page.locator("main table td", has_text=heading).count() > 0, path
