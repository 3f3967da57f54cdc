"""PostgreSQL: make sure ICU's Vietnamese collation exists (SQLite registers its own per connection)."""

from __future__ import annotations

from typing import Any

from django.db import migrations

from danvan.core.collation import COLLATION


def create_collation(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        # Predefined as "vi-x-icu" on servers built with ICU; created here for servers initialised without it.
        schema_editor.execute(f"CREATE COLLATION IF NOT EXISTS \"{COLLATION}\" (provider = icu, locale = 'vi')")


class Migration(migrations.Migration):
    dependencies = [("core", "0005_reminder")]

    # The collation may be in use by other tables; leaving it on the way back is harmless.
    operations = [migrations.RunPython(create_collation, migrations.RunPython.noop)]
