"""The time limits of feedback kinds the core table does not hold yet (data only).

Complaints, denunciations and the reply to a petition use the rows core seeded from the laws
(`complaint.first.*`, `denunciation.*`, `petition.reply`). Kiến nghị, phản ánh and góp ý outside those laws have
no single statutory answer limit: the rows here carry the common administrative rule (an answer within 20 days,
as in the Quy chế of QĐ 852/QĐ-BNV), marked as a rule an administrator adjusts by adding a newer row.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import migrations

FROM = datetime.date(2018, 6, 1)
NOTE = (
    "Quy tắc hành chính, không phải thời hạn luật định; sửa bằng cách thêm bản ghi mới có ngày hiệu lực "
    "(docs/feedback.md)."
)
TIME_LIMITS = [
    (
        "feedback.petition.resolve",
        "Trả lời phản ánh, kiến nghị",
        20,
        "days",
        FROM,
        "Quy chế tiếp nhận, xử lý và trả lời phản ánh, kiến nghị (theo mẫu QĐ 852/QĐ-BNV)",
        NOTE,
    ),
    (
        "feedback.suggestion.resolve",
        "Trả lời góp ý",
        20,
        "days",
        FROM,
        "Quy chế tiếp nhận, xử lý và trả lời phản ánh, kiến nghị (theo mẫu QĐ 852/QĐ-BNV)",
        NOTE,
    ),
]


def seed(apps: Any, schema_editor: Any) -> None:
    TimeLimit = apps.get_model("core", "TimeLimit")
    for code, name, amount, unit, effective_from, basis, note in TIME_LIMITS:
        TimeLimit.objects.get_or_create(
            code=code,
            effective_from=effective_from,
            defaults={"name": name, "amount": amount, "unit": unit, "legal_basis": basis, "note": note},
        )


def unseed(apps: Any, schema_editor: Any) -> None:
    TimeLimit = apps.get_model("core", "TimeLimit")
    for code, _name, _amount, _unit, effective_from, _basis, _note in TIME_LIMITS:
        TimeLimit.objects.filter(code=code, effective_from=effective_from).delete()


class Migration(migrations.Migration):
    dependencies = [("feedback", "0001_feedback_items_reception_dialogues"), ("core", "0004_seed_calendar_and_time_limits")]

    operations = [migrations.RunPython(seed, unseed)]
