"""python manage.py load_organizations: load the bundled Hải Phòng reference list (idempotent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from danvan.organizations.loading import HAIPHONG_EXTRA, HAIPHONG_LIST, load_province


class Command(BaseCommand):
    help = "Load a province's organisations from its reference list (default: the bundled Hải Phòng list)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--list", type=Path, default=HAIPHONG_LIST, help="reference list (JSON)")
        parser.add_argument(
            "--extra", type=Path, default=HAIPHONG_EXTRA, help="province node, kinds, abbreviations"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        province, result = load_province(list_path=options["list"], extra_path=options["extra"])
        self.stdout.write(
            f"{province.name}: {result.created} created, {result.updated} updated, {result.unchanged} unchanged"
        )
