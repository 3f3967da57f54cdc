"""A worker killed with SIGKILL in the middle of an import: its job does not stay "running". A real
`manage.py db_worker` process (with its own SQLite database, like a deployment) takes a scanned PDF into OCR; the
test kills it, starts another worker, and the job is swept (queued again) and ends done or failed with a message
within the stale time. The parse child of the killed worker dies with it. The same for a PDF export killed while
LibreOffice converts. In both, the django-tasks result the killed worker left RUNNING ends FAILED."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from danvan.documents.pdf import libreoffice_binary
from danvan.documents.tests.test_parsing import needs_tesseract, scanned_pdf
from danvan.documents.tests.test_pdf import needs_libreoffice

ROOT = Path(settings.BASE_DIR)

SETUP = """
from django.core.files.uploadedfile import SimpleUploadedFile
from danvan.organizations.models import Organization
from danvan.plans import actions
from danvan.accounts.models import User
org = Organization.objects.create(name="Sở Công Thương", kind="department")
user = User.objects.create(username="canbo")
from danvan.plans.models import ImportJob
job = ImportJob(owner=org, created_by=user, kind="plan", file_name="ban-quet.pdf")
job.upload.save("ban-quet.pdf", SimpleUploadedFile("ban-quet.pdf", open({scan!r}, "rb").read()))
from danvan.plans import jobs
jobs.parse_upload.enqueue(job.pk)
print(job.pk)
"""


def manage(env: dict[str, str], *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, **kwargs
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def environment(tmp_path: Path, database: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DB": "sqlite",
        "SQLITE_PATH": str(database),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "TASKS_BACKEND": "database",
        "JOB_STALE_SECONDS": "3",
        "JOB_SWEEP_SECONDS": "1",
        "JOB_MAX_ATTEMPTS": "2",
        "DEBUG": "true",
        **extra,
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DATABASE_URL", None)
    return env


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated once for the module; each test deploys on a copy of it."""
    folder = tmp_path_factory.mktemp("migrated")
    database = folder / "danvan.sqlite3"
    manage(environment(folder, database), "migrate", "--noinput", "-v", "0", timeout=300)
    return database


def deployment(tmp_path: Path, database: Path, migrated: Path, **extra: str) -> dict[str, str]:
    """The environment of a small deployment with its own SQLite database (migrated) and quick sweeps."""
    shutil.copyfile(migrated, database)
    return environment(tmp_path, database, **extra)


def worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--no-reload",
            "--interval",
            "0.2",
            "--no-startup-delay",
            "-v",
            "0",
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )


def kill_worker_once(env: dict[str, str], log: Path, started: Callable[[], bool]) -> None:
    """Start a worker, kill it with SIGKILL as soon as `started()` (its job is under way), wait a second."""
    first = worker(env, log)
    try:
        deadline = time.monotonic() + 120
        while not started():
            assert first.poll() is None, log.read_text()
            assert time.monotonic() < deadline, f"the job never started: {log.read_text()}"
            time.sleep(0.2)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    time.sleep(1)


def run_worker_until(env: dict[str, str], log: Path, ended: Callable[[], bool]) -> None:
    """Run a worker until `ended()` (within four minutes), then stop it."""
    second = worker(env, log)
    try:
        deadline = time.monotonic() + 240
        while not ended():
            assert second.poll() is None, log.read_text()
            assert time.monotonic() < deadline, f"the job did not end: {log.read_text()}"
            time.sleep(0.5)
    finally:
        second.terminate()
        second.wait(timeout=30)


def job_row(database: Path, pk: int) -> tuple[str, int, str, int]:
    with sqlite3.connect(database, timeout=20) as connection:
        row = connection.execute(
            "select status, attempts, error, progress from plans_importjob where id = ?", (pk,)
        ).fetchone()
    return row[0], row[1], row[2], row[3]


def parse_children() -> list[int]:
    listed = subprocess.run(["pgrep", "-f", "danvan.documents.parse_child"], capture_output=True, text=True)
    return [int(pid) for pid in listed.stdout.split()]


@needs_tesseract
def test_a_killed_workers_import_is_run_again_by_the_next_worker(tmp_path: Path, migrated: Path) -> None:
    scan = tmp_path / "ban-quet.pdf"
    scan.write_bytes(scanned_pdf(6))  # OCR of six pages takes several seconds: time to kill the worker
    database = tmp_path / "danvan.sqlite3"
    env = deployment(tmp_path, database, migrated)
    pk = int(
        manage(env, "shell", "-c", SETUP.format(scan=str(scan)), timeout=120).stdout.strip().splitlines()[-1]
    )
    log = tmp_path / "worker.log"

    children: list[int] = []

    def parsing() -> bool:
        children[:] = parse_children()
        return job_row(database, pk)[0] == "running" and bool(children)

    kill_worker_once(env, log, parsing)
    assert job_row(database, pk)[0] == "running"  # what the issue saw: the dead worker's job still "running"
    assert not set(children) & set(parse_children())  # the parse child died with its worker

    run_worker_until(env, log, lambda: job_row(database, pk)[0] not in ("queued", "running"))
    status, attempts, error, progress = job_row(database, pk)
    assert status in ("done", "failed") and progress == 100
    assert attempts == 2  # swept and run again by the second worker
    if status == "failed":
        assert error  # a message the officer can act on
    with sqlite3.connect(database) as connection:
        events = connection.execute(
            "select action from core_auditevent where action = 'import.retried'"
        ).fetchall()
    assert len(events) == 1
    # The django-tasks result the killed worker left RUNNING is failed by the sweep; the retry's succeeded.
    assert task_results(database, "danvan.plans.jobs.parse_upload") == [
        ("FAILED", "danvan.plans.jobs.WorkerDied"),
        ("SUCCESSFUL", ""),
    ]


def task_results(database: Path, task_path: str) -> list[tuple[str, str]]:
    with sqlite3.connect(database, timeout=20) as connection:
        rows = connection.execute(
            "select status, exception_class_path from django_tasks_database_dbtaskresult where task_path = ? "
            "order by enqueued_at",
            (task_path,),
        ).fetchall()
    return [(status, path) for status, path in rows]


EXPORT_SETUP = """
from danvan.organizations.models import Organization
from danvan.accounts.models import User
from danvan.plans.models import Plan
from danvan.plans import actions
org = Organization.objects.create(name="Sở Công Thương", kind="department")
user = User.objects.create(username="canbo")
plan = Plan.objects.create(owner=org, kind="plan", title="Kế hoạch thực hiện năm 2026")
job = actions.queue_pdf_export(actor=user, plan=plan)
print(job.pk)
"""


def export_row(database: Path, pk: int) -> tuple[str, int, str]:
    with sqlite3.connect(database, timeout=20) as connection:
        row = connection.execute(
            "select status, attempts, error from documents_exportjob where id = ?", (pk,)
        ).fetchone()
    return row[0], row[1], row[2]


@needs_libreoffice
def test_a_killed_workers_pdf_export_is_run_again_by_the_next_worker(tmp_path: Path, migrated: Path) -> None:
    # LibreOffice behind a wrapper that waits 4 s the first time: the worker is killed while the conversion runs;
    # the next worker's conversion starts at once.
    wrapper = tmp_path / "bin" / "libreoffice"
    wrapper.parent.mkdir()
    slept = tmp_path / "bin" / "slept"
    wrapper.write_text(
        f'#!/bin/sh\n[ -e {slept} ] || {{ touch {slept}; sleep 4; }}\nexec {libreoffice_binary()} "$@"\n'
    )
    wrapper.chmod(0o755)
    database = tmp_path / "danvan.sqlite3"
    env = deployment(tmp_path, database, migrated, PATH=f"{wrapper.parent}:{os.environ['PATH']}")
    pk = int(manage(env, "shell", "-c", EXPORT_SETUP, timeout=120).stdout.strip().splitlines()[-1])
    log = tmp_path / "worker.log"

    kill_worker_once(env, log, lambda: export_row(database, pk)[0] == "running")
    assert export_row(database, pk)[0] == "running"  # the dead worker's export, still "running"
    assert task_results(database, "danvan.plans.jobs.convert_to_pdf") == [("RUNNING", "")]

    run_worker_until(env, log, lambda: export_row(database, pk)[0] not in ("queued", "running"))
    status, attempts, error = export_row(database, pk)
    assert (status, attempts, error) == ("done", 2, "")  # swept, converted by the second worker
    assert task_results(database, "danvan.plans.jobs.convert_to_pdf") == [
        ("FAILED", "danvan.plans.jobs.WorkerDied"),
        ("SUCCESSFUL", ""),
    ]
    with sqlite3.connect(database) as connection:
        events = connection.execute(
            "select action from core_auditevent where action like 'export.%'"
        ).fetchall()
    assert events == [("export.retried",)]
