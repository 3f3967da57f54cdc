"""`/healthz`: is this app server able to serve, and is the background work moving?

For the reverse proxy and the monitoring a team already runs (docs/operations.md, "What to watch"). Four checks,
each cheap, none reading personal data:

- database: one `SELECT 1`;
- storage: a tiny object written, read back and deleted through `default_storage` (local disk or S3);
- workers: at least one `db_worker` stamped its heartbeat within HEALTH_WORKER_SECONDS (skipped when background
  work runs inside the request, TASKS_BACKEND=immediate);
- queue: the oldest task waiting for a worker (READY, due) is younger than HEALTH_QUEUE_SECONDS.

The answer is JSON, 200 when every check passes and 503 otherwise, without a login. It never tells more than
counts and ages.
"""

from __future__ import annotations

import datetime
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from danvan.core.models import WorkerHeartbeat

logger = logging.getLogger(__name__)

Check = dict[str, Any]


def check_database() -> Check:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True}


def check_storage() -> Check:
    name = f"healthz/{uuid.uuid4().hex}.txt"
    payload = b"danvan healthz"
    stored = default_storage.save(name, ContentFile(payload))
    try:
        with default_storage.open(stored, "rb") as handle:
            read = handle.read()
    finally:
        default_storage.delete(stored)
    if read != payload:
        return {"ok": False, "error": "the object read back differs from the one written"}
    return {"ok": True}


def uses_database_workers() -> bool:
    """Background tasks wait in the database for a `db_worker` (not run inside the request)."""
    backend = str(settings.TASKS.get("default", {}).get("BACKEND", ""))
    return backend.startswith("django_tasks_db.")


def check_workers(now: datetime.datetime) -> Check:
    if not uses_database_workers():
        return {"ok": True, "skipped": "tasks run inside the request"}
    limit = settings.HEALTH_WORKER_SECONDS
    alive = WorkerHeartbeat.objects.filter(beat_at__gte=now - datetime.timedelta(seconds=limit)).count()
    result: Check = {"ok": alive > 0, "alive": alive, "limit_seconds": limit}
    if not alive:
        result["error"] = f"no worker beat in the last {limit} s"
    return result


def check_queue(now: datetime.datetime) -> Check:
    if not uses_database_workers():
        return {"ok": True, "skipped": "tasks run inside the request"}
    from django_tasks_db.models import DBTaskResult, get_date_max

    limit = settings.HEALTH_QUEUE_SECONDS
    due = DBTaskResult.objects.ready()  # READY, and due now (django-tasks-db's own rule)
    waiting = due.count()
    oldest = due.order_by("enqueued_at").values_list("enqueued_at", "run_after").first()
    age = 0
    if oldest is not None:
        enqueued_at, run_after = oldest
        # A task scheduled for later waits from its due time, not from when it was queued.
        since = enqueued_at if run_after == get_date_max() else max(enqueued_at, run_after)
        age = max(0, int((now - since).total_seconds()))
    result: Check = {"ok": age <= limit, "waiting": waiting, "oldest_seconds": age, "limit_seconds": limit}
    if age > limit:
        result["error"] = f"the oldest waiting task is {age} s old"
    return result


def run_checks() -> tuple[bool, dict[str, Check]]:
    """Every check, each isolated: one that raises is reported failed with the exception's class only."""
    now = timezone.now()
    checks: dict[str, Callable[[], Check]] = {
        "database": check_database,
        "storage": check_storage,
        "workers": lambda: check_workers(now),
        "queue": lambda: check_queue(now),
    }
    results: dict[str, Check] = {}
    for name, check in checks.items():
        started = time.monotonic()
        try:
            result = check()
        except Exception as error:  # a failing dependency is the answer, not a crash of the probe
            logger.exception("Health check %s failed", name)
            result = {"ok": False, "error": type(error).__name__}
        result["ms"] = round((time.monotonic() - started) * 1000, 1)
        results[name] = result
    return all(result["ok"] for result in results.values()), results


@login_not_required
@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    ok, checks = run_checks()
    if not ok:
        failed = ", ".join(name for name, result in checks.items() if not result["ok"])
        logger.error("Health check failed: %s", failed)
    return JsonResponse({"status": "ok" if ok else "fail", "checks": checks}, status=200 if ok else 503)


urlpatterns = [path("healthz", healthz, name="healthz")]
