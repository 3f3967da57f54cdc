"""`manage.py sweep_jobs`: run again or fail import and PDF export jobs whose worker died (for cron; workers also
do it)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from danvan.plans.jobs import sweep_stale_jobs


class Command(BaseCommand):
    help = "Queue again, or fail with a message, import and export jobs whose heartbeat stopped (their worker died)."

    def handle(self, *args: Any, **options: Any) -> None:
        counts = sweep_stale_jobs()
        self.stdout.write(
            f"retried {counts['retried']}, failed {counts['failed']}, task results failed {counts['tasks']}"
        )
