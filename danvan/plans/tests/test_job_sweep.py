"""PDF export jobs whose worker dies (issue 16): the export stamps a heartbeat while LibreOffice converts, and the
one sweep of stale jobs (`jobs.sweep_stale_jobs`, shared with imports) runs a stale export again or fails it
with a Vietnamese message on its page; the django-tasks results a dead worker left RUNNING are marked failed.
See test_hostile_uploads.py for imports and test_worker_death.py for a real worker killed mid-job."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from danvan.core.models import AuditEvent
from danvan.documents import pdf
from danvan.documents.models import ExportJob
from danvan.documents.pdf import libreoffice_available
from danvan.plans import jobs
from danvan.plans.models import ImportJob, Plan
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

needs_libreoffice = pytest.mark.skipif(not libreoffice_available(), reason="LibreOffice is not installed")


def stale_export(plan: Plan, user: Any, *, heartbeat: datetime.datetime, attempts: int = 1) -> ExportJob:
    return ExportJob.objects.create(
        plan=plan,
        requested_by=user,
        status=ExportJob.Status.RUNNING,
        heartbeat_at=heartbeat,
        attempts=attempts,
    )


def task_row(
    task: Any, job_pk: int, *, started: datetime.datetime, status: str = "RUNNING"
) -> DBTaskResult[..., Any]:
    return DBTaskResult.objects.create(
        id=uuid.uuid4(),
        status=status,
        started_at=started,
        args_kwargs={"args": [job_pk], "kwargs": {}},
        task_path=task.module_path,
        backend_name="default",
        run_after=started,
        worker_ids=["dead-worker"],
    )


def test_a_stale_export_is_queued_again_then_failed_with_a_message_on_its_page(
    agency_plan: Plan, three_users: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.JOB_MAX_ATTEMPTS = 2
    started = timezone.now()
    later = started + datetime.timedelta(seconds=settings.JOB_STALE_SECONDS + 5)
    job = stale_export(agency_plan, three_users.own, heartbeat=started)
    fresh = stale_export(agency_plan, three_users.own, heartbeat=later - datetime.timedelta(seconds=1))
    with django_capture_on_commit_callbacks() as callbacks:
        assert jobs.sweep_stale_jobs(now=later) == {"retried": 1, "failed": 0, "tasks": 0}
    assert len(callbacks) == 1  # the conversion is queued again once the sweep commits
    job.refresh_from_db()
    assert job.status == ExportJob.Status.QUEUED and job.heartbeat_at is None and job.attempts == 1
    fresh.refresh_from_db()
    assert fresh.status == ExportJob.Status.RUNNING  # its heartbeat is recent: left alone
    retried = AuditEvent.objects.get(action="export.retried")
    assert retried.target_id == str(job.pk) and retried.details["attempts"] == 1
    # A second sweeper coming after the first finds nothing left to do.
    assert jobs.sweep_stale_jobs(now=later) == {"retried": 0, "failed": 0, "tasks": 0}

    ExportJob.objects.filter(pk=job.pk).update(status="running", heartbeat_at=started, attempts=2)
    assert jobs.sweep_stale_jobs(now=later) == {"retried": 0, "failed": 1, "tasks": 0}
    job.refresh_from_db()
    assert job.status == ExportJob.Status.FAILED and job.finished_at == later
    assert "bị dừng bất thường 2 lần" in job.error and agency_plan.title in job.error
    assert "tải tệp Word (DOCX)" in job.error
    assert AuditEvent.objects.filter(action="export.failed_stale", target_id=str(job.pk)).count() == 1
    page = client_for(three_users.own).get(reverse("plans:export-job", args=[job.pk])).content.decode()
    assert job.error in page and "hx-get" not in page  # shown, and the page stops polling


def test_the_sweep_takes_a_job_only_while_its_heartbeat_is_the_one_it_read(
    agency_plan: Plan, three_users: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two sweepers, or a worker that is only slow: the conditional UPDATE on the heartbeat the sweep read
    leaves a job alone when its heartbeat moved in the meantime."""
    started = timezone.now()
    later = started + datetime.timedelta(seconds=settings.JOB_STALE_SECONDS + 5)
    job = stale_export(agency_plan, three_users.own, heartbeat=started)
    real_stale = jobs._stale

    def read_then_beat(kind: Any, cutoff: datetime.datetime) -> list[Any]:
        stale = real_stale(kind, cutoff)  # what the sweep reads …
        ExportJob.objects.filter(pk=job.pk).update(heartbeat_at=later)  # … then the worker beats
        return stale

    monkeypatch.setattr(jobs, "_stale", read_then_beat)
    assert jobs.sweep_stale_jobs(now=later) == {"retried": 0, "failed": 0, "tasks": 0}
    job.refresh_from_db()
    assert job.status == ExportJob.Status.RUNNING and job.heartbeat_at == later
    assert not AuditEvent.objects.filter(action__startswith="export.").exists()


def test_task_results_left_running_by_a_dead_worker_are_marked_failed(
    agency_plan: Plan, tree: Any, three_users: Any, settings: Any
) -> None:
    settings.JOB_MAX_ATTEMPTS = 1
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    started = timezone.now()
    later = started + datetime.timedelta(seconds=settings.JOB_STALE_SECONDS + 5)
    dead_export = stale_export(agency_plan, three_users.own, heartbeat=started)
    live_export = stale_export(agency_plan, three_users.own, heartbeat=later)
    finished_import = ImportJob.objects.create(
        owner=tree.department, kind="plan", file_name="xong.docx", status=ImportJob.Status.DONE
    )
    dead = task_row(jobs.convert_to_pdf, dead_export.pk, started=started)
    live = task_row(jobs.convert_to_pdf, live_export.pk, started=started)
    # The import ended but its worker died before recording the task's result.
    orphan = task_row(jobs.parse_upload, finished_import.pk, started=started)
    # Just claimed by a worker that has not started the job yet: too recent to judge.
    claimed = task_row(jobs.convert_to_pdf, dead_export.pk, started=later)
    done = task_row(jobs.convert_to_pdf, dead_export.pk, started=started, status="SUCCESSFUL")

    assert jobs.sweep_stale_jobs(now=later) == {"retried": 0, "failed": 1, "tasks": 2}
    rows = {row.pk: row for row in DBTaskResult.objects.all()}
    for row in (dead, orphan):
        assert rows[row.pk].status == TaskResultStatus.FAILED and rows[row.pk].finished_at == later
        assert rows[row.pk].exception_class_path == "danvan.plans.jobs.WorkerDied"
        assert "no heartbeat" in rows[row.pk].traceback
        # django-tasks reads the row back as a failed result with its error.
        assert rows[row.pk].task_result.errors[0].exception_class_path.endswith("WorkerDied")
    assert rows[live.pk].status == TaskResultStatus.RUNNING
    assert rows[claimed.pk].status == TaskResultStatus.RUNNING
    assert rows[done.pk].status == TaskResultStatus.SUCCESSFUL
    assert jobs.sweep_stale_jobs(now=later)["tasks"] == 0


def test_the_sweep_jobs_command_sweeps_exports(
    agency_plan: Plan, three_users: Any, settings: Any, capsys: Any
) -> None:
    settings.JOB_MAX_ATTEMPTS = 1
    long_ago = timezone.now() - datetime.timedelta(seconds=settings.JOB_STALE_SECONDS + 5)
    job = stale_export(agency_plan, three_users.own, heartbeat=long_ago)
    call_command("sweep_jobs")
    assert "retried 0, failed 1" in capsys.readouterr().out
    job.refresh_from_db()
    assert job.status == ExportJob.Status.FAILED


@needs_libreoffice
def test_a_real_conversion_moves_the_export_jobs_heartbeat(
    agency_plan: Plan, three_users: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "TICK_SECONDS", 0.1)
    job = ExportJob.objects.create(plan=agency_plan, requested_by=three_users.own)
    seen: list[datetime.datetime] = []
    convert = pdf.docx_to_pdf

    def watched(data: bytes, *, on_tick: Any) -> bytes:
        def tick() -> None:
            on_tick()
            beat = ExportJob.objects.get(pk=job.pk).heartbeat_at
            assert beat is not None
            seen.append(beat)

        return convert(data, on_tick=tick)

    monkeypatch.setattr(jobs, "docx_to_pdf", watched)
    before = timezone.now()
    job = jobs.run_export_job(job.pk)
    assert job.status == ExportJob.Status.DONE, job.error
    assert job.attempts == 1
    assert len(seen) >= 2 and seen == sorted(seen) and seen[0] < seen[-1]  # it moved while LibreOffice ran
    assert before <= seen[0] and job.heartbeat_at == seen[-1]
    with job.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
