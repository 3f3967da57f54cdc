"""`manage.py backup [--output DIR] [--keep N]`: dump the database and copy every stored file, with checksums."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from danvan.core.backup import BackupError, make_backup


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump -Fc, or SQLite's online backup) and every stored file into a new "
        "directory with a manifest of sizes and sha256 checksums (docs/operations.md, 'Back up and restore')."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output",
            type=Path,
            help="the backup directory to create (must not exist); default BACKUP_DIR/danvan-<UTC time>",
        )
        parser.add_argument(
            "--keep",
            type=int,
            help="after a successful backup, remove the oldest backups beside it so that N remain",
        )

    def handle(self, *args: Any, output: Path | None, keep: int | None, **options: Any) -> None:
        def say(message: str) -> None:
            if int(options.get("verbosity", 1)) > 0:
                self.stdout.write(message)

        try:
            result = make_backup(output, keep=keep, say=say)
        except BackupError as error:
            raise CommandError(str(error)) from None
        storage = result.manifest["storage"]
        tables = result.manifest["tables"]
        self.stdout.write(
            f"backup written to {result.path}: {len(tables)} tables, {sum(tables.values())} rows, "
            f"{storage['files']} files ({storage['bytes']} bytes)"
        )
        if result.vanished:
            self.stderr.write(
                f"{len(result.vanished)} files were deleted during the backup and are not in it"
            )
        for path in result.pruned:
            self.stdout.write(f"removed old backup {path}")
