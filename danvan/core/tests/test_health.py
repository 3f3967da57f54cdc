"""`/healthz` answers 200 when the database, the storage, the workers and the queue are fine, 503 otherwise."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from danvan.core import actions
from danvan.core.jobs import send_notification_emails
from danvan.core.management.commands.db_worker import sweep_forever, worker_name
from danvan.core.models import AuditEvent, WorkerHeartbeat

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def _media(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"


def health() -> tuple[int, dict[str, Any]]:
    response = Client().get("/healthz")
    assert response["Content-Type"] == "application/json"
    return response.status_code, json.loads(response.content)


def test_an_anonymous_probe_gets_200_and_every_check_ok(settings: Any) -> None:
    status, body = health()
    assert status == 200
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "storage", "workers", "queue"}
    assert all(check["ok"] for check in body["checks"].values())
    # Without a database queue there is no worker to wait for.
    assert "skipped" in body["checks"]["workers"]


def test_the_storage_check_leaves_no_file_behind(settings: Any) -> None:
    assert health()[0] == 200
    media = Path(settings.MEDIA_ROOT)
    assert media.is_dir()  # it did write there
    assert [p for p in media.rglob("*") if p.is_file()] == []


def test_health_is_read_only_and_never_cached() -> None:
    client = Client()
    assert client.post("/healthz").status_code == 405
    response = client.get("/healthz")
    assert "no-cache" in response["Cache-Control"]


def test_unwritable_storage_answers_503_naming_the_storage(settings: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the media directory should be")
    settings.MEDIA_ROOT = blocker
    status, body = health()
    assert status == 503
    assert body["status"] == "fail"
    assert body["checks"]["storage"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True


def test_a_database_queue_without_any_worker_answers_503(settings: Any) -> None:
    settings.TASKS = DATABASE_QUEUE
    status, body = health()
    assert status == 503
    assert body["checks"]["workers"] == {
        "ok": False,
        "alive": 0,
        "limit_seconds": settings.HEALTH_WORKER_SECONDS,
        "error": f"no worker beat in the last {settings.HEALTH_WORKER_SECONDS} s",
        "ms": body["checks"]["workers"]["ms"],
    }


def test_a_worker_that_beat_recently_is_healthy_and_one_that_stopped_beating_is_not(settings: Any) -> None:
    settings.TASKS = DATABASE_QUEUE
    actions.start_worker(name="app1:100")
    status, body = health()
    assert status == 200
    assert body["checks"]["workers"]["alive"] == 1
    WorkerHeartbeat.objects.update(
        beat_at=timezone.now() - datetime.timedelta(seconds=settings.HEALTH_WORKER_SECONDS + 5)
    )
    status, body = health()
    assert status == 503
    assert body["checks"]["workers"]["alive"] == 0


def queue_a_task(capture: Any) -> Any:
    """A real task in the database queue (django-tasks-db enqueues when the transaction commits)."""
    with capture(execute=True):
        return send_notification_emails.enqueue([])


def test_a_task_waiting_too_long_for_a_worker_answers_503(
    settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.TASKS = DATABASE_QUEUE
    actions.start_worker(name="app1:100")
    result = queue_a_task(django_capture_on_commit_callbacks)
    status, body = health()
    assert status == 200
    assert body["checks"]["queue"]["waiting"] == 1
    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - datetime.timedelta(seconds=settings.HEALTH_QUEUE_SECONDS + 60)
    )
    status, body = health()
    assert status == 503
    assert body["checks"]["queue"]["ok"] is False
    assert body["checks"]["queue"]["oldest_seconds"] > settings.HEALTH_QUEUE_SECONDS


def test_a_task_scheduled_for_later_is_not_late(
    settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.TASKS = DATABASE_QUEUE
    actions.start_worker(name="app1:100")
    result = queue_a_task(django_capture_on_commit_callbacks)
    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - datetime.timedelta(days=1),
        run_after=timezone.now() + datetime.timedelta(hours=1),
    )
    status, body = health()
    assert status == 200
    assert body["checks"]["queue"]["waiting"] == 0


# The worker and its sweep loop close old connections between rounds, as a worker must: no test transaction.
@pytest.mark.django_db(transaction=True)
def test_the_worker_records_its_start_and_stop_and_leaves_no_heartbeat_after_a_clean_stop(
    settings: Any,
) -> None:
    settings.TASKS = DATABASE_QUEUE
    call_command("db_worker", batch=True, verbosity=0)
    assert list(
        AuditEvent.objects.filter(action__startswith="worker.")
        .order_by("pk")
        .values_list("action", flat=True)
    ) == [
        "worker.started",
        "worker.stopped",
    ]
    assert not WorkerHeartbeat.objects.exists()


class OneRound(threading.Event):
    """The worker's stop event, set after one round of the sweep loop."""

    def wait(self, timeout: float | None = None) -> bool:
        was_set = self.is_set()
        self.set()
        return was_set  # the first wait "times out": one round runs; the second sees the event set


@pytest.mark.django_db(transaction=True)
def test_each_round_of_the_sweep_loop_stamps_the_worker_heartbeat() -> None:
    name = worker_name()
    actions.start_worker(name=name)
    old = timezone.now() - datetime.timedelta(hours=1)
    WorkerHeartbeat.objects.update(beat_at=old)
    sweep_forever(OneRound(), 0.0, name)
    assert WorkerHeartbeat.objects.get(name=name).beat_at > old


PROBE = (
    "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'danvan.settings'; django.setup(); "
    "from django.test import Client; r = Client().get('/healthz'); print(r.status_code); print(r.content.decode())"
)


@pytest.mark.filterwarnings("ignore")
def test_an_unreachable_database_answers_503(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ["PATH"],
        "DB": "postgres",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/nothing_listens_here",
        "MEDIA_ROOT": str(tmp_path),
        "TASKS_BACKEND": "immediate",
        "LOG_LEVEL": "CRITICAL",
    }
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60)
    status, body = done.stdout.split("\n", 1)
    assert status == "503", done.stderr
    checks = json.loads(body)["checks"]
    assert checks["database"] == {"ok": False, "error": "OperationalError", "ms": checks["database"]["ms"]}
    assert checks["storage"]["ok"] is True


def test_a_monitor_may_probe_over_plain_http_when_everything_else_is_redirected(settings: Any) -> None:
    settings.SECURE_SSL_REDIRECT = True
    client = Client()
    assert client.get("/accounts/login/").status_code == 301
    assert client.get("/healthz").status_code == 200
