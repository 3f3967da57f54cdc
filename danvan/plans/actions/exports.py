"""Downloads of a plan: the audit of each download, and PDF conversions queued for the background worker."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.models import AuditEvent
from danvan.documents.models import ExportJob
from danvan.plans.models import Plan


def record_export(*, actor: User | None, plan: Plan, fmt: str, request: HttpRequest | None = None) -> None:
    """Audit that the plan was downloaded in `fmt` (docx, xlsx or pdf)."""
    core_actions.record_event(
        actor=actor, action=AuditEvent.Action.EXPORTED, target=plan, request=request, details={"format": fmt}
    )


@transaction.atomic
def queue_pdf_export(*, actor: User, plan: Plan, request: HttpRequest | None = None) -> ExportJob:
    """Create a PDF export job and queue its conversion once the transaction commits (audited now)."""
    from danvan.plans import jobs  # jobs.py calls plans actions: imported here to avoid the cycle

    job = ExportJob.objects.create(plan=plan, requested_by=actor, format=ExportJob.Format.PDF)
    record_export(actor=actor, plan=plan, fmt=ExportJob.Format.PDF, request=request)
    transaction.on_commit(lambda: jobs.convert_to_pdf.enqueue(job.pk))
    return job
