"""Who may fetch a generated document: an export job's file goes to the person who asked for it.

Whether the exported object itself is still visible is the owning app's query (`plans.queries`: 404 outside
the scope); this is the rule on top of it.
"""

from __future__ import annotations

from danvan.documents.models import ExportJob
from danvan.organizations.queries import AnyUser


def can_download_export(user: AnyUser, job: ExportJob) -> bool:
    """The requester follows and downloads their export job; nobody else sees it (another person's job: 404)."""
    return user.is_authenticated and job.requested_by_id == user.pk
