"""Background work of the plans app (django-tasks, run by `manage.py db_worker`).

This module owns the running of both kinds of plans job: `ImportJob` (a file parsed and imported through
`actions.import_file`) and `ExportJob` (a plan rendered as DOCX and converted to PDF). The actions queue them
(`actions.queue_import`, `actions.queue_pdf_export`); only this module changes a job's status.
"""

from __future__ import annotations

import datetime
import functools
import logging
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task

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


def sweep_stale_imports(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Running imports whose heartbeat is older than JOB_STALE_SECONDS lost their worker (killed, crashed,
    the machine restarted). Each is queued again while it has attempts left (JOB_MAX_ATTEMPTS), else failed
    with a message the officer can act on. Safe to run from several processes at once: a job is taken by
    the one conditional UPDATE that matches it. Records one audit event per job. Returns the counts."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(seconds=settings.JOB_STALE_SECONDS)
    stale = ImportJob.objects.filter(status=ImportJob.Status.RUNNING).filter(
        Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, updated_at__lt=cutoff)
    )
    counts = {"retried": 0, "failed": 0}
    for job in stale.select_related("created_by"):
        running = ImportJob.objects.filter(
            pk=job.pk, status=ImportJob.Status.RUNNING, heartbeat_at=job.heartbeat_at
        )
        if job.attempts < settings.JOB_MAX_ATTEMPTS:
            with transaction.atomic():
                if not running.update(
                    status=ImportJob.Status.QUEUED, progress=0, detail="", heartbeat_at=None
                ):
                    continue
                record_event(
                    actor=None,
                    actor_label="system",
                    action="import.retried",
                    target=job,
                    details={"attempts": job.attempts, "file": job.file_name},
                )
                transaction.on_commit(functools.partial(parse_upload.enqueue, job.pk))
            counts["retried"] += 1
            continue
        with translation.override(settings.LANGUAGE_CODE):
            message = gettext(
                "Reading “%(file)s” stopped unexpectedly %(attempts)s times (the background worker ended while "
                "reading it). Upload the file again; if it stops again, save it as DOCX or as a PDF from Word "
                "and upload that, or tell the administrator."
            ) % {"file": job.file_name, "attempts": job.attempts}
        with transaction.atomic():
            if not running.update(status=ImportJob.Status.FAILED, progress=100, detail="", error=message):
                continue
            record_event(
                actor=None,
                actor_label="system",
                action="import.failed_stale",
                target=job,
                details={"attempts": job.attempts, "file": job.file_name},
            )
            name = job.upload.name
            if name:
                ImportJob.objects.filter(pk=job.pk).update(upload="")
                transaction.on_commit(functools.partial(job.upload.storage.delete, name))
        counts["failed"] += 1
    return counts


# --- export ----------------------------------------------------------------------------------------------


@task()
def convert_to_pdf(job_id: int) -> None:
    """Render the plan as DOCX, convert it to PDF and store it on the job; failures are stored too."""
    run_export_job(job_id)


def run_export_job(job_id: int) -> ExportJob:
    """Do the work of one PDF export job; the function the worker (and tests) call."""
    job = ExportJob.objects.select_related("plan", "plan__owner", "plan__document").get(pk=job_id)
    if not job.is_pending:
        return job
    ExportJob.objects.filter(pk=job.pk).update(status=ExportJob.Status.RUNNING)
    try:
        pdf = docx_to_pdf(export_docx(job.plan))
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
