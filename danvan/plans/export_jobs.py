"""Background export work (django-tasks, run by `manage.py db_worker`): DOCX to PDF through LibreOffice."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django_tasks import task

from danvan.documents.models import ExportJob
from danvan.documents.pdf import PdfConversionError, docx_to_pdf
from danvan.plans.export import export_docx, export_file_name

logger = logging.getLogger(__name__)


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
