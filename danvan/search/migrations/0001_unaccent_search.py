"""PostgreSQL only: the `unaccent` extension, the `danvan_search` text search configuration and GIN expression
indexes for the searched columns. Nothing to do on SQLite (the search registers a function per connection)."""

from __future__ import annotations

from typing import Any

from django.db import migrations

CONFIG = "danvan_search"
# (index name, table, column): the expression must equal what SearchVector(column, config=...) compiles to.
INDEXES = (
    ("search_task_content", "plans_task", "content"),
    ("search_plan_title", "plans_plan", "title"),
    ("search_organization_key", "organizations_organization", "search_key"),
)


def create(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN "
        f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.simple); "
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR hword, hword_part, word "
        "WITH unaccent, simple; END IF; END $$"
    )
    for name, table, column in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin (to_tsvector('{CONFIG}'::regconfig, COALESCE({column}, '')))"
        )


def drop(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = [("plans", "0005_fill_document_preamble"), ("organizations", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
