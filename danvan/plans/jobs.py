"""Background work of the plans app (django-tasks, run by `manage.py db_worker`)."""

from __future__ import annotations

import logging

from django.db import transaction
from django_tasks import task

import docparse
from danvan.plans import actions
from danvan.plans.models import ImportJob

logger = logging.getLogger(__name__)


@task()
def parse_upload(job_id: int) -> None:
    """Parse an uploaded file and create (or update) its draft plan; failures are stored on the job."""
    run_import_job(job_id)


def run_import_job(job_id: int) -> ImportJob:
    """Do the work of one import job; the same function the worker and the command line use."""
    job = ImportJob.objects.select_related("owner", "created_by", "parent", "target_plan").get(pk=job_id)
    if job.status not in (ImportJob.Status.QUEUED, ImportJob.Status.RUNNING):
        return job
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING, progress=10)
    with job.upload.open("rb") as handle:
        data = handle.read()
    try:
        parsed = docparse.parse(data, job.file_name)
    except docparse.ParseError as error:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.FAILED, progress=100, error=error.message_vi
        )
        job.refresh_from_db()
        return job
    ImportJob.objects.filter(pk=job.pk).update(progress=60)
    result = parsed.to_dict()
    try:
        with transaction.atomic():
            outcome: dict[str, object] = {}
            if job.target_plan is not None:
                report = actions.reimport_parsed(
                    actor=job.created_by,
                    plan=job.target_plan,
                    parsed=result,
                    file_name=job.file_name,
                    data=data,
                    source_text=parsed.text,
                )
                plan = job.target_plan
                outcome = {
                    "created": report.created_tasks,
                    "updated": report.updated_tasks,
                    "removed": report.removed_tasks,
                    "kept": report.kept_edits,
                }
            else:
                plan = actions.import_parsed(
                    actor=job.created_by,
                    owner=job.owner,
                    kind=job.kind,
                    parsed=result,
                    file_name=job.file_name,
                    data=data,
                    parent=job.parent,
                    source_text=parsed.text,
                )
    except actions.TransitionError as error:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.FAILED, progress=100, error=str(error)
        )
    else:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.DONE, progress=100, plan=plan, outcome=outcome
        )
    job.refresh_from_db()
    return job
