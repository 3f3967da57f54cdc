"""Background work of the plans app (django-tasks, run by `manage.py db_worker`).

This module owns the running of both kinds of plans job: `ImportJob` (a file parsed and imported through
`actions.import_file`) and `ExportJob` (a plan rendered as DOCX and converted to PDF). The actions queue them
(`actions.queue_import`, `actions.queue_pdf_export`); only this module changes a job's status.
"""

from __future__ import annotations

import datetime
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task
from django_tasks.base import Task, TaskResultStatus
from django_tasks_db.models import DBTaskResult

from danvan.core.actions import record_event
from danvan.core.errors import ActionRefused
from danvan.documents.models import ExportJob
from danvan.documents.parsing import ParseFailed
from danvan.documents.pdf import PdfConversionError, docx_to_pdf
from danvan.plans import actions, queries
from danvan.plans.export import export_docx, export_file_name
from danvan.plans.models import ImportJob

logger = logging.getLogger(__name__)


# --- import ----------------------------------------------------------------------------------------------


@task()
def parse_upload(job_id: int) -> None:
    """Parse an uploaded file and create (or update) its draft plan; failures are stored on the job."""
    run_import_job(job_id)


def run_import_job(job_id: int) -> ImportJob:
    """Do the work of one import job; the function the worker (and tests) call.

    The file is parsed in a child process (`import_file` → `danvan.documents.parsing`); meanwhile this process
    stamps the job's heartbeat every second and shows the OCR pages done. A scan may use OCR within the
    per-document limits and what is left of its creator's daily budget. Whatever the outcome the upload is
    removed: a finished plan keeps its own copy of the file, and a refused file leaves nothing behind."""
    job = ImportJob.objects.select_related("owner", "created_by", "parent", "target_plan").get(pk=job_id)
    if job.status not in (ImportJob.Status.QUEUED, ImportJob.Status.RUNNING):
        return job
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.RUNNING,
        progress=10,
        detail="",
        heartbeat_at=timezone.now(),
        attempts=F("attempts") + 1,
    )
    with job.upload.open("rb") as handle:
        data = handle.read()
    budget = queries.ocr_budget_left(job.created_by)
    ocr_pages = min(settings.OCR_MAX_PAGES, budget.pages)

    def beat() -> None:
        ImportJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now())

    def ocr_progress(done: int, total: int) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            detail = gettext("Recognising the text of the scan (OCR): page %(done)s of %(total)s") % {
                "done": done,
                "total": total,
            }
        ImportJob.objects.filter(pk=job.pk).update(
            progress=10 + 50 * done // max(total, 1), detail=detail, heartbeat_at=timezone.now()
        )

    def parsed() -> None:
        ImportJob.objects.filter(pk=job.pk).update(progress=60, detail="", heartbeat_at=timezone.now())

    try:
        outcome = actions.import_file(
            actor=job.created_by,
            owner=job.owner,
            kind=job.kind,
            file_name=job.file_name,
            data=data,
            parent=job.parent,
            target_plan=job.target_plan,
            on_parsed=parsed,
            ocr_pages=ocr_pages,
            seconds=settings.PARSE_TIMEOUT_SECONDS + min(settings.OCR_MAX_SECONDS, budget.seconds),
            on_progress=ocr_progress,
            on_wait=beat,
        )
    except actions.UnreadableFile as error:
        failure = error.failure
        with translation.override(settings.LANGUAGE_CODE):
            message = _budget_message(failure, budget) or failure.message
        spent = failure.seconds if failure.reason == "timeout" and failure.pages else 0
        _finish(job, status=ImportJob.Status.FAILED, error=message, ocr_seconds=spent)
    except ActionRefused as error:
        _finish(job, status=ImportJob.Status.FAILED, error=str(error))
    else:
        ocr_seconds = outcome.parse_seconds if outcome.ocr_pages else 0
        _finish(
            job,
            status=ImportJob.Status.DONE,
            plan=outcome.plan,
            outcome=outcome.summary(),
            ocr_pages=outcome.ocr_pages,
            ocr_seconds=ocr_seconds,
        )
    job.refresh_from_db()
    return job


def _budget_message(failure: ParseFailed, budget: queries.OcrBudget) -> str:
    """The message when a scan needs more OCR than its creator has left today ("" when that is not why)."""
    if failure.reason not in ("needs_ocr", "ocr_pages") or failure.pages <= budget.pages:
        return ""
    if failure.pages > settings.OCR_MAX_PAGES and budget.pages >= settings.OCR_MAX_PAGES:
        return ""  # the per-document limit, which failure.message already states
    if budget.seconds <= 0:
        return gettext(
            "Your OCR time for today is used up (%(minutes)s minutes in 24 hours). Try again tomorrow, or upload "
            "the document with a text layer (DOCX, or a PDF saved from Word)."
        ) % {"minutes": settings.OCR_USER_SECONDS_PER_DAY // 60}
    return gettext(
        "This scan needs OCR for %(pages)s pages, but only %(left)s of your %(limit)s pages for 24 hours are "
        "left. Try again tomorrow, or upload the document with a text layer (DOCX, or a PDF saved from Word)."
    ) % {"pages": failure.pages, "left": budget.pages, "limit": settings.OCR_USER_PAGES_PER_DAY}


def _finish(job: ImportJob, *, status: str, **fields: Any) -> None:
    """End the job (progress 100) and remove its upload: nothing of a refused file stays on disk."""
    name = job.upload.name
    ImportJob.objects.filter(pk=job.pk).update(status=status, progress=100, detail="", upload="", **fields)
    if name:
        job.upload.storage.delete(name)


# --- export ----------------------------------------------------------------------------------------------


@task()
def convert_to_pdf(job_id: int) -> None:
    """Render the plan as DOCX, convert it to PDF and store it on the job; failures are stored too."""
    run_export_job(job_id)


def run_export_job(job_id: int) -> ExportJob:
    """Do the work of one PDF export job; the function the worker (and tests) call.

    Each run counts an attempt; while LibreOffice converts, this process stamps the job's heartbeat every
    second, so the sweep (`sweep_stale_jobs`) can tell a dead worker's export from a slow one."""
    job = ExportJob.objects.select_related("plan", "plan__owner", "plan__document").get(pk=job_id)
    if not job.is_pending:
        return job
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportJob.Status.RUNNING, heartbeat_at=timezone.now(), attempts=F("attempts") + 1
    )

    def beat() -> None:
        ExportJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now())

    try:
        pdf = docx_to_pdf(export_docx(job.plan), on_tick=beat)
    except PdfConversionError as error:
        logger.warning("PDF export %s failed: %s", job.pk, error)
        # The worker has no request language: store the message in the interface language.
        with translation.override(settings.LANGUAGE_CODE):
            message = error.message
        ExportJob.objects.filter(pk=job.pk).update(
            status=ExportJob.Status.FAILED, error=message, finished_at=timezone.now()
        )
    else:
        name = export_file_name(job.plan, "pdf")
        job.file.save(f"plan-{job.plan_id}-{job.pk}.pdf", ContentFile(pdf), save=False)
        ExportJob.objects.filter(pk=job.pk).update(
            status=ExportJob.Status.DONE, file=job.file.name, file_name=name, finished_at=timezone.now()
        )
    job.refresh_from_db()
    return job


# --- the sweep of jobs whose worker died -----------------------------------------------------------------


class WorkerDied(Exception):
    """Stored as the exception of a django-tasks result whose worker died while running it (never raised)."""


@dataclass(frozen=True)
class _JobKind:
    """What the sweep needs to know of one kind of job: its model, its task, and how it is retried or failed."""

    name: str  # the prefix of its audit events: "import" → import.retried, import.failed_stale
    model: type[ImportJob] | type[ExportJob]
    task: Task[[int], None]
    # Fields reset when a stale job is queued again, and set (besides status and error) when it is failed.
    retry_fields: Callable[[datetime.datetime], dict[str, Any]]
    fail_fields: Callable[[datetime.datetime], dict[str, Any]]
    message: Callable[[Any], str]  # the officer's message (called in the interface language)
    details: Callable[[Any], dict[str, Any]]
    upload_field: str = ""  # a file the failed job no longer needs


def _import_stopped(job: ImportJob) -> str:
    return gettext(
        "Reading “%(file)s” stopped unexpectedly %(attempts)s times (the background worker ended while "
        "reading it). Upload the file again; if it stops again, save it as DOCX or as a PDF from Word "
        "and upload that, or tell the administrator."
    ) % {"file": job.file_name, "attempts": job.attempts}


def _export_stopped(job: ExportJob) -> str:
    return gettext(
        "Converting “%(plan)s” to PDF stopped unexpectedly %(attempts)s times (the background worker ended "
        "while converting it). Export the PDF again, or download the Word (DOCX) file instead; if it stops "
        "again, tell the administrator."
    ) % {"plan": job.plan.title, "attempts": job.attempts}


JOB_KINDS = (
    _JobKind(
        name="import",
        model=ImportJob,
        task=parse_upload,
        retry_fields=lambda now: {"progress": 0, "detail": ""},
        fail_fields=lambda now: {"progress": 100, "detail": ""},
        message=_import_stopped,
        details=lambda job: {"attempts": job.attempts, "file": job.file_name},
        upload_field="upload",
    ),
    _JobKind(
        name="export",
        model=ExportJob,
        task=convert_to_pdf,
        retry_fields=lambda now: {},
        fail_fields=lambda now: {"finished_at": now},
        message=_export_stopped,
        details=lambda job: {"attempts": job.attempts, "plan": job.plan_id, "format": job.format},
    ),
)


def sweep_stale_jobs(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Running jobs (imports and PDF exports) whose heartbeat is older than JOB_STALE_SECONDS lost their
    worker (killed, crashed, the machine restarted). Each is queued again while it has attempts left
    (JOB_MAX_ATTEMPTS), else failed with a message the officer sees on the job's page. Safe to run from
    several processes at once: a job is taken by the one conditional UPDATE (on its heartbeat) that matches
    it. Records one audit event per job (`import.retried`, `export.failed_stale`, …). Then the django-tasks
    results the dead workers left RUNNING are marked failed. Returns the counts of all kinds."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(seconds=settings.JOB_STALE_SECONDS)
    counts = {"retried": 0, "failed": 0, "tasks": 0}
    for kind in JOB_KINDS:
        for outcome in _sweep_kind(kind, now=now, cutoff=cutoff):
            counts[outcome] += 1
    counts["tasks"] = _fail_dead_task_results(now=now, cutoff=cutoff)
    return counts


def _sweep_kind(kind: _JobKind, *, now: datetime.datetime, cutoff: datetime.datetime) -> list[str]:
    model: Any = kind.model
    outcomes = []
    for job in _stale(kind, cutoff):
        retry = job.attempts < settings.JOB_MAX_ATTEMPTS
        if retry:
            fields = {"status": model.Status.QUEUED, "heartbeat_at": None, **kind.retry_fields(now)}
        else:
            with translation.override(settings.LANGUAGE_CODE):
                fields = {"status": model.Status.FAILED, "error": kind.message(job), **kind.fail_fields(now)}
        running = model.objects.filter(pk=job.pk, status=model.Status.RUNNING, heartbeat_at=job.heartbeat_at)
        with transaction.atomic():
            if not running.update(**fields):
                continue  # another sweeper took it, or its worker beat meanwhile
            record_event(
                actor=None,
                actor_label="system",
                action=f"{kind.name}.retried" if retry else f"{kind.name}.failed_stale",
                target=job,
                details=kind.details(job),
            )
            if retry:
                transaction.on_commit(functools.partial(kind.task.enqueue, job.pk))
            elif kind.upload_field and getattr(job, kind.upload_field):
                upload = getattr(job, kind.upload_field)
                model.objects.filter(pk=job.pk).update(**{kind.upload_field: ""})
                transaction.on_commit(functools.partial(upload.storage.delete, upload.name))
        outcomes.append("retried" if retry else "failed")
    return outcomes


def _stale(kind: _JobKind, cutoff: datetime.datetime) -> list[Any]:
    """The running jobs of a kind whose heartbeat (or, before the first beat, last change) is older than cutoff."""
    model: Any = kind.model
    return list(
        model.objects.filter(status=model.Status.RUNNING).filter(
            Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, updated_at__lt=cutoff)
        )
    )


def _fail_dead_task_results(*, now: datetime.datetime, cutoff: datetime.datetime) -> int:
    """Mark failed the django-tasks results of job tasks left RUNNING by a dead worker.

    django-tasks-db claims a task by setting its `DBTaskResult` RUNNING and ends it SUCCESSFUL or FAILED when
    the function returns; a worker killed in between leaves the row RUNNING forever. A row of a job task is
    dead when it started before the cutoff and its job is not running with a fresh heartbeat: the job was
    swept (queued again or failed), or it ended and the worker died before recording the result."""
    kinds = {kind.task.module_path: kind for kind in JOB_KINDS}
    dead = 0
    rows = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, task_path__in=list(kinds), started_at__lt=cutoff
    )
    for row in rows:
        kind = kinds[row.task_path]
        args = row.args_kwargs.get("args") or [None]
        model: Any = kind.model
        alive = model.objects.filter(
            pk=args[0], status=model.Status.RUNNING, heartbeat_at__gte=cutoff
        ).exists()
        if alive:
            continue
        dead += DBTaskResult.objects.filter(pk=row.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            exception_class_path=f"{WorkerDied.__module__}.{WorkerDied.__qualname__}",
            traceback=(
                f"The worker running this task stopped (its {kind.name} job #{args[0]} had no heartbeat "
                f"since {cutoff.isoformat()}); marked failed by plans.jobs.sweep_stale_jobs.\n"
            ),
        )
    return dead
