"""`manage.py cleanup_files [--hours 24] [--dry-run]`: delete stored files no row points to (for cron, daily)."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandParser

from danvan.core.actions import record_event
from danvan.core.files import orphan_files


class Command(BaseCommand):
    help = "Delete uploaded or generated files that no row refers to and that are older than --hours (24)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--hours", type=float, default=24.0)
        parser.add_argument("--dry-run", action="store_true", help="list the files without deleting them")

    def handle(self, *args: Any, hours: float, dry_run: bool, **options: Any) -> None:
        orphans = orphan_files(older_than=datetime.timedelta(hours=hours))
        for name in orphans:
            self.stdout.write(name)
            if not dry_run:
                default_storage.delete(name)
        if orphans and not dry_run:
            record_event(
                actor=None,
                actor_label="system",
                action="files.orphans_deleted",
                details={"count": len(orphans)},
            )
        verb = "would delete" if dry_run else "deleted"
        self.stdout.write(f"{verb} {len(orphans)} orphan files older than {hours:g} hours")
