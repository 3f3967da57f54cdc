"""Background work of the plans app (django-tasks, run by `manage.py db_worker`).

This module owns the running of both kinds of plans job: `ImportJob` (a file parsed and imported through
`actions.import_file`) and `ExportJob` (a plan rendered as DOCX and converted to PDF). The actions queue them
(`actions.queue_import`, `actions.queue_pdf_export`); only this module changes a job's status.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django_tasks import task

from danvan.core.errors import ActionRefused
from danvan.documents.models import ExportJob
from danvan.documents.pdf import PdfConversionError, docx_to_pdf
from danvan.plans import actions
from danvan.plans.export import export_docx, export_file_name
from danvan.plans.models import ImportJob

logger = logging.getLogger(__name__)


# --- import ----------------------------------------------------------------------------------------------


@task()
def parse_upload(job_id: int) -> None:
    """Parse an uploaded file and create (or update) its draft plan; failures are stored on the job."""
    run_import_job(job_id)


def run_import_job(job_id: int) -> ImportJob:
    """Do the work of one import job; the function the worker (and tests) call."""
    job = ImportJob.objects.select_related("owner", "created_by", "parent", "target_plan").get(pk=job_id)
    if job.status not in (ImportJob.Status.QUEUED, ImportJob.Status.RUNNING):
        return job
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING, progress=10)
    with job.upload.open("rb") as handle:
        data = handle.read()

    def parsed() -> None:
        ImportJob.objects.filter(pk=job.pk).update(progress=60)

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
        )
    except ActionRefused as error:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.FAILED, progress=100, error=str(error)
        )
    else:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.DONE, progress=100, plan=outcome.plan, outcome=outcome.summary()
        )
    job.refresh_from_db()
    return job


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
