"""`manage.py restore DIR [--force]`: restore a backup into an empty database and storage, checked before and
after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from danvan.core.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the settings' database and file storage. Every "
        "checksum is verified first; the database and storage must be empty unless --force; after the restore, "
        "every table's row count and every file's checksum are compared with the backup."
    )
    # The target database is empty: the system checks have nothing to look at yet.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path, help="a backup directory (holding manifest.json)")
        parser.add_argument(
            "--force",
            action="store_true",
            help="restore over a database or storage that is not empty (the backup's tables and files replace "
            "those of the same name)",
        )

    def handle(self, *args: Any, directory: Path, force: bool, **options: Any) -> None:
        def say(message: str) -> None:
            if int(options.get("verbosity", 1)) > 0:
                self.stdout.write(message)

        try:
            result = restore_backup(directory, force=force, say=say)
        except BackupError as error:
            raise CommandError(str(error)) from None
        tables = result.manifest["tables"]
        self.stdout.write(
            f"restored {directory} (made {result.manifest['created_at']}): {len(tables)} tables, "
            f"{sum(tables.values())} rows and {result.manifest['storage']['files']} files, all checked"
        )
        if result.left_tables or result.left_files:
            self.stderr.write(
                f"left in place, not in the backup: {len(result.left_tables)} tables, "
                f"{len(result.left_files)} files"
            )
        if result.pending_migrations:
            self.stderr.write(
                f"the backup predates {len(result.pending_migrations)} migrations of this code: "
                "run `manage.py migrate` now"
            )
