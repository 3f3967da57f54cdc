"""The import job through the real database queue and the `db_worker` command."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from danvan.plans.models import ImportJob

SEED_001 = "danvan/plans/demo/001_597b321aebf17267.txt"


@pytest.mark.django_db(transaction=True)
def test_the_worker_parses_a_queued_upload(tree: Any, three_users: Any, settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client = Client()
    client.force_login(three_users.unrelated)
    with open(SEED_001, "rb") as handle:
        client.post(
            reverse("plans:import"),
            {"file": SimpleUploadedFile("xa.txt", handle.read()), "kind": "plan", "owner": tree.commune.pk},
        )
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.QUEUED
    progress = client.get(reverse("plans:import-job", args=[job.pk]), headers={"HX-Request": "true"})
    assert 'hx-trigger="every 1s"' in progress.content.decode()
    call_command("db_worker", batch=True, verbosity=0)
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE
    assert job.plan is not None and job.plan.owner == tree.commune and job.plan.tasks.count() == 11
    done = client.get(reverse("plans:import-job", args=[job.pk]), headers={"HX-Request": "true"})
    assert (
        done.headers["HX-Redirect"] == reverse("plans:plan-review", args=[job.plan.pk]) + f"?import={job.pk}"
    )
