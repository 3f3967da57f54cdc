"""Writes (and the one scoped read) of plan exports: the audit event of every download, PDF jobs.

Kept apart from `actions.py` while that module is being edited; `get_export_job_for_user` belongs with the
other reads in `queries.py` and can move there.
"""

from __future__ import annotations

from django.db import transaction
from django.http import Http404, HttpRequest

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.models import AuditEvent
from danvan.documents.models import ExportJob
from danvan.organizations.queries import AnyUser
from danvan.plans import export_jobs, queries
from danvan.plans.models import Plan


def record_export(*, actor: User | None, plan: Plan, fmt: str, request: HttpRequest | None = None) -> None:
    """Audit that the plan was downloaded in `fmt` (docx, xlsx or pdf)."""
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.EXPORTED,
        target=plan,
        request=request,
        details={"format": fmt},
    )


@transaction.atomic
def queue_pdf_export(*, actor: User, plan: Plan, request: HttpRequest | None = None) -> ExportJob:
    """Create a PDF export job and queue its conversion once the transaction commits.

    Records the EXPORTED audit event (format pdf) at request time: the person asked for the document.
    """
    job = ExportJob.objects.create(plan=plan, requested_by=actor, format=ExportJob.Format.PDF)
    record_export(actor=actor, plan=plan, fmt=ExportJob.Format.PDF, request=request)
    transaction.on_commit(lambda: export_jobs.convert_to_pdf.enqueue(job.pk))
    return job


def get_export_job_for_user(user: AnyUser, pk: int) -> ExportJob:
    """An export job the person requested, of a plan still in their scope; 404 otherwise."""
    if not user.is_authenticated:
        raise Http404
    try:
        return ExportJob.objects.select_related("plan").get(
            pk=pk, requested_by=user, plan__in=queries.plans_visible_to(user)
        )
    except ExportJob.DoesNotExist:
        raise Http404 from None
