"""`manage.py db_worker`: django-tasks-db's worker, plus the sweep of stale jobs every JOB_SWEEP_SECONDS.

A worker killed mid-job (kill -9, out of memory, a restart) leaves its job "running" with a heartbeat that no
longer moves; every worker sweeps such jobs, imports and PDF exports alike (`danvan.plans.jobs.sweep_stale_jobs`:
queued again while they have attempts left, else failed with a message; the django-tasks result the dead worker
left RUNNING is marked failed), so a dead worker's job is picked up by the next one within
JOB_STALE_SECONDS + JOB_SWEEP_SECONDS. `manage.py sweep_jobs` does the same from cron. This command overrides
django-tasks-db's own (danvan.core comes before django_tasks_db in INSTALLED_APPS) and takes its options.

Each worker also keeps a heartbeat row (`WorkerHeartbeat`, named host:pid): stamped at start and with every
sweep, removed on a clean stop. `/healthz` fails when no worker has beaten within HEALTH_WORKER_SECONDS.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from typing import Any

from django.conf import settings
from django.db import close_old_connections
from django_tasks_db.management.commands import db_worker

from danvan.core.actions import beat_worker, start_worker, stop_worker
from danvan.plans.jobs import sweep_stale_jobs

logger = logging.getLogger(__name__)


def worker_name() -> str:
    """The name of this worker's heartbeat row: host and process id."""
    return f"{socket.gethostname()}:{os.getpid()}"


def sweep_forever(stop: threading.Event, interval: float, name: str | None = None) -> None:
    """Sweep stale jobs every `interval` seconds until `stop` is set (a daemon thread of the worker); each
    round first stamps the heartbeat of the worker `name`."""
    while not stop.wait(interval):
        try:
            if name:
                beat_worker(name=name)
            counts = sweep_stale_jobs()
            if any(counts.values()):
                logger.warning("Stale jobs: %s", counts)
        except Exception:  # a failed sweep must not end the worker; the next one retries
            logger.exception("The sweep of stale jobs failed")
        finally:
            close_old_connections()


class Command(db_worker.Command):
    help = "Run background jobs (django-tasks-db) and sweep jobs whose worker died."

    def handle(self, *args: Any, **options: Any) -> None:
        stop = threading.Event()
        name = worker_name()
        sweeper = threading.Thread(
            target=sweep_forever,
            args=(stop, float(settings.JOB_SWEEP_SECONDS), name),
            name="sweep",
            daemon=True,
        )
        try:
            start_worker(name=name)
            sweep_stale_jobs()  # at start: jobs of a worker that died before this one started
        except Exception:
            logger.exception("The sweep of stale jobs failed")
        sweeper.start()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
            try:
                stop_worker(name=name)
            except Exception:  # the database may be gone with the stop; the row then just ages
                logger.exception("Could not remove the heartbeat of worker %s", name)
