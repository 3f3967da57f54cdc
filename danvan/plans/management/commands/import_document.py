"""python manage.py import_document FILE --org ORG [--kind catalog|plan] [--parent PLAN_ID] [--publish]."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from danvan.organizations.models import Organization
from danvan.plans import actions, coverage
from danvan.plans.models import Plan


class Command(BaseCommand):
    help = "Import a document (DOCX, PDF, XLSX, TXT) as a draft catalog or agency plan, optionally publishing it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--org", required=True, help="owner organisation: id or exact name")
        parser.add_argument("--kind", choices=["catalog", "plan"], default="plan")
        parser.add_argument("--parent", type=int, help="id of the catalog the plan implements")
        parser.add_argument("--number", help="number and symbol, when the file has a blank one")
        parser.add_argument("--date", type=datetime.date.fromisoformat, help="document date (YYYY-MM-DD)")
        parser.add_argument("--publish", action="store_true", help="publish a catalog right away")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        owner = self._organization(options["org"])
        parent = Plan.objects.filter(pk=options["parent"]).first() if options["parent"] else None
        if options["parent"] and parent is None:
            raise CommandError(f"No plan with id {options['parent']}")
        kind = Plan.Kind.CATALOG if options["kind"] == "catalog" else Plan.Kind.AGENCY_PLAN
        with transaction.atomic():
            try:
                plan = actions.import_file(
                    actor=None,
                    owner=owner,
                    kind=kind,
                    file_name=path.name,
                    data=path.read_bytes(),
                    parent=parent,
                ).plan
            except actions.UnreadableFile as error:
                raise CommandError(str(error)) from error
            changes = {k: options[k] for k in ("number", "date") if options[k]}
            if changes:
                actions.update_document(actor=None, plan=plan, changes=changes)
            if options["publish"]:
                if kind != Plan.Kind.CATALOG:
                    raise CommandError("--publish applies to catalogs; plans go through approval.")
                try:
                    actions.publish_catalog(actor=None, plan=plan)
                except actions.TransitionError as error:
                    raise CommandError(str(error)) from error
        findings = coverage.lint(plan)
        self.stdout.write(
            f"Plan {plan.pk}: {plan.tasks.count()} tasks, status {plan.status}, {len(findings)} findings"
            + (f", parent {plan.parent_id}" if plan.parent_id else "")
        )

    @staticmethod
    def _organization(value: str) -> Organization:
        found = (
            Organization.objects.filter(pk=int(value))
            if value.isdigit()
            else Organization.objects.filter(name=value)
        )
        if found.count() != 1:
            raise CommandError(f"Organisation {value!r} matches {found.count()} organisations; give its id.")
        return found.get()
