"""Copy the sent-once reminder rows to the deadline engine's table (`core.Reminder`); data only.

Kinds and keys are unchanged ("task_due_soon", "period:4:org:56" …), so a reminder sent before the move is not
sent again after it.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

FIELDS = ("kind", "subject_key", "recipient_id", "for_date", "created_at", "sent_at")


def copy(apps: Any, source: str, target: str) -> None:
    Source = apps.get_model(*source.split("."))
    Target = apps.get_model(*target.split("."))
    rows = [Target(**dict(zip(FIELDS, values, strict=True))) for values in Source.objects.values_list(*FIELDS)]
    Target.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
    # auto_now_add overwrote created_at: put the original times back (they drive the retry window).
    for values in Source.objects.values_list(*FIELDS):
        key = dict(zip(FIELDS[:4], values[:4], strict=True))
        Target.objects.filter(**key).update(created_at=values[4])


def forwards(apps: Any, schema_editor: Any) -> None:
    copy(apps, "reporting.Reminder", "core.Reminder")


def backwards(apps: Any, schema_editor: Any) -> None:
    copy(apps, "core.Reminder", "reporting.Reminder")


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0002_dashboard_cells"),
        ("core", "0005_reminder"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
