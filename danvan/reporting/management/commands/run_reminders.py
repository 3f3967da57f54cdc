"""`manage.py run_reminders [--date YYYY-MM-DD] [--inline]`: the nightly reminder pass, for cron."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from danvan.reporting import jobs


class Command(BaseCommand):
    help = (
        "Queue the day's pass (task statuses, then deadline and report reminders) for the background worker; "
        "with --inline run it here. Safe to run twice: nothing is sent twice."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="the day to remind for (YYYY-MM-DD); today by default")
        parser.add_argument(
            "--inline", action="store_true", help="run the pass in this process instead of queueing it"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            on = datetime.date.fromisoformat(options["date"]) if options["date"] else timezone.localdate()
        except ValueError:
            raise CommandError(f"--date must be YYYY-MM-DD, got {options['date']!r}") from None
        if options["inline"]:
            run = jobs.nightly_pass(on)
            self.stdout.write(f"{on}: {run.due} due, {run.claimed} new, {run.sent} sent, {run.failed} failed")
            for error in run.errors:
                self.stderr.write(error)
            return
        result = jobs.run_reminders.enqueue(on.isoformat())
        self.stdout.write(f"{on}: reminder pass queued (job {result.id})")
