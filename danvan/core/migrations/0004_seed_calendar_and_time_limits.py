"""The moved days of 2025 and 2026 and the legal time limits documented in domain-rules.md §2 (data only).

Sources are in each row and in docs/working-days.md. Limits tagged [R] in domain-rules (recalled from the law, not
re-verified) say so in their note.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import migrations

D = datetime.date

CALENDAR_DAYS = [
    (
        D(2025, 4, 26),
        "work",
        "Làm bù thứ Bảy 26/4/2025 để nghỉ thứ Sáu 02/5/2025 (nghỉ liền 30/4–04/5/2025)",
        "Lịch nghỉ năm 2025 đối với cán bộ, công chức, viên chức (Thông báo số 6150/TB-BLĐTBXH)",
    ),
    (
        D(2025, 5, 2),
        "rest",
        "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)",
        "Lịch nghỉ năm 2025 đối với cán bộ, công chức, viên chức (Thông báo số 6150/TB-BLĐTBXH)",
    ),
    (
        D(2026, 4, 27),
        "rest",
        "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/4/2026)",
        "Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)",
    ),
    (
        D(2026, 8, 22),
        "work",
        "Làm bù thứ Bảy 22/8/2026 để nghỉ thứ Hai 31/8/2026 (nghỉ liền 29/8–02/9/2026)",
        "Lịch nghỉ Quốc khánh năm 2026 (theo nguồn của gói holidays: thuvienphapluat.vn); đối chiếu thông báo chính thức",
    ),
    (
        D(2026, 8, 31),
        "rest",
        "Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)",
        "Lịch nghỉ Quốc khánh năm 2026 (theo nguồn của gói holidays: thuvienphapluat.vn); đối chiếu thông báo chính thức",
    ),
]

KN = "Luật Khiếu nại số 02/2011/QH13"
TC = "Luật Tố cáo số 25/2018/QH14"
TCD = "Luật Tiếp công dân số 42/2013/QH13"
KN_FROM = D(2012, 7, 1)
TC_FROM = D(2019, 1, 1)
TCD_FROM = D(2014, 7, 1)
RECALLED = "[R] nhớ từ văn bản luật, chưa đối chiếu lại nguyên văn (domain-rules.md §2)."

# code, name, amount, unit, effective_from, legal basis, note
TIME_LIMITS = [
    ("complaint.statute", "Thời hiệu khiếu nại", 90, "days", KN_FROM, f"{KN}, Điều 9", ""),
    ("complaint.first.accept", "Thụ lý khiếu nại lần đầu", 10, "days", KN_FROM, f"{KN}, Điều 27",
     "Luật ghi “10 ngày”; thủ tục hành chính công bố ghi 10 ngày làm việc."),
    ("complaint.first.resolve", "Giải quyết khiếu nại lần đầu", 30, "days", KN_FROM, f"{KN}, Điều 28", ""),
    ("complaint.first.resolve_complex", "Giải quyết khiếu nại lần đầu — vụ việc phức tạp", 45, "days", KN_FROM,
     f"{KN}, Điều 28", ""),
    ("complaint.first.resolve_remote", "Giải quyết khiếu nại lần đầu — vùng sâu, vùng xa", 45, "days", KN_FROM,
     f"{KN}, Điều 28", ""),
    ("complaint.first.resolve_remote_complex", "Giải quyết khiếu nại lần đầu — vùng sâu, vùng xa, phức tạp", 60,
     "days", KN_FROM, f"{KN}, Điều 28", ""),
    ("complaint.second.request", "Khiếu nại lần hai hoặc khởi kiện sau lần đầu", 30, "days", KN_FROM,
     f"{KN}, Điều 33", RECALLED),
    ("complaint.second.request_remote", "Khiếu nại lần hai — vùng sâu, vùng xa", 45, "days", KN_FROM,
     f"{KN}, Điều 33", RECALLED),
    ("complaint.second.accept", "Thụ lý khiếu nại lần hai", 10, "days", KN_FROM, f"{KN}, Điều 36", RECALLED),
    ("complaint.second.resolve", "Giải quyết khiếu nại lần hai", 45, "days", KN_FROM, f"{KN}, Điều 37", ""),
    ("complaint.second.resolve_complex", "Giải quyết khiếu nại lần hai — vụ việc phức tạp", 60, "days", KN_FROM,
     f"{KN}, Điều 37", ""),
    ("complaint.second.resolve_remote", "Giải quyết khiếu nại lần hai — vùng sâu, vùng xa", 60, "days", KN_FROM,
     f"{KN}, Điều 37", ""),
    ("complaint.second.resolve_remote_complex", "Giải quyết khiếu nại lần hai — vùng sâu, vùng xa, phức tạp", 70,
     "days", KN_FROM, f"{KN}, Điều 37", ""),
    ("denunciation.intake", "Vào sổ, phân loại, xử lý ban đầu thông tin tố cáo", 7, "working_days", TC_FROM,
     f"{TC}, Điều 24", RECALLED),
    ("denunciation.intake_multi_site", "Xử lý ban đầu tố cáo cần xác minh ở nhiều nơi", 10, "working_days",
     TC_FROM, f"{TC}, Điều 24", RECALLED),
    ("denunciation.resolve", "Giải quyết tố cáo", 30, "days", TC_FROM, f"{TC}, Điều 30", ""),
    ("denunciation.extension", "Gia hạn giải quyết tố cáo (mỗi lần; phức tạp 1 lần, đặc biệt phức tạp 2 lần)", 30,
     "days", TC_FROM, f"{TC}, Điều 30", ""),
    ("petition.reply", "Trả lời, thông báo việc xử lý đơn khiếu nại, tố cáo, kiến nghị, phản ánh", 10, "days",
     TCD_FROM, f"{TCD}, Điều 28",
     "Thông tư 05/2021/TT-TTCP tính theo ngày làm việc [R]; Luật 136/2025/QH15 sửa Luật này từ 01/7/2026."),
]


def seed(apps: Any, schema_editor: Any) -> None:
    CalendarDay = apps.get_model("core", "CalendarDay")
    TimeLimit = apps.get_model("core", "TimeLimit")
    for date, kind, name, source in CALENDAR_DAYS:
        CalendarDay.objects.get_or_create(date=date, defaults={"kind": kind, "name": name, "source": source})
    for code, name, amount, unit, effective_from, basis, note in TIME_LIMITS:
        TimeLimit.objects.get_or_create(
            code=code,
            effective_from=effective_from,
            defaults={"name": name, "amount": amount, "unit": unit, "legal_basis": basis, "note": note},
        )


def unseed(apps: Any, schema_editor: Any) -> None:
    apps.get_model("core", "CalendarDay").objects.filter(date__in=[row[0] for row in CALENDAR_DAYS]).delete()
    TimeLimit = apps.get_model("core", "TimeLimit")
    for code, _name, _amount, _unit, effective_from, _basis, _note in TIME_LIMITS:
        TimeLimit.objects.filter(code=code, effective_from=effective_from).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0003_working_days_and_time_limits")]

    operations = [migrations.RunPython(seed, unseed)]
