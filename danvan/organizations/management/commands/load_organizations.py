"""python manage.py load_organizations [--province haiphong|quangngai]: load a bundled reference list
(idempotent), or any list with --list/--extra."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from danvan.organizations.loading import PROVINCES, load_province


class Command(BaseCommand):
    help = "Load a province's organisations from its reference list (default: the bundled Hải Phòng list)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--province", choices=sorted(PROVINCES), default="haiphong", help="a bundled reference list"
        )
        parser.add_argument("--list", type=Path, help="reference list (JSON) instead of a bundled one")
        parser.add_argument("--extra", type=Path, help="province node, kinds, abbreviations (with --list)")

    def handle(self, *args: Any, **options: Any) -> None:
        bundled_list, bundled_extra = PROVINCES[options["province"]]
        province, result = load_province(
            list_path=options["list"] or bundled_list, extra_path=options["extra"] or bundled_extra
        )
        self.stdout.write(
            f"{province.name}: {result.created} created, {result.updated} updated, {result.unchanged} unchanged"
        )
