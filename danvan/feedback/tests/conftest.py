"""Fixtures of the feedback tests: items made through the real action."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from danvan.feedback import actions
from danvan.feedback.models import Channel, Feedback, Kind


@pytest.fixture
def make_item(tree: Any) -> Any:
    """make_item(**overrides): an item received by the province's intake desk (system actor)."""

    def make(**overrides: Any) -> Feedback:
        fields: dict[str, Any] = {
            "actor": None,
            "kind": Kind.REPORT,
            "channel": Channel.HOTLINE,
            "title": "Đèn đường hỏng",
            "text": "Đèn đường trên đường Lạch Tray bị hỏng nhiều ngày.",
            "citizen_name": "Nguyễn Văn Dân",
            "citizen_phone": "0912345678",
            "citizen_email": "dan@example.vn",
            "citizen_address": "Số 5 phố Cầu Đất",
            "province": tree.province,
            "received_on": datetime.date(2026, 3, 2),
        }
        fields.update(overrides)
        return actions.receive_feedback(**fields)

    return make
