"""STORAGE=s3: the settings built from the environment, and the application's files on a real S3 server (moto's
server mode on loopback): an import keeps its document in the bucket and removes its upload, an evidence file is
served back from the bucket, and `cleanup_files` lists the bucket and deletes only the orphans."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from danvan.core.models import AuditEvent
from danvan.loopback import S3Server, s3_server
from danvan.plans.models import ImportJob
from danvan.reporting.models import Evidence
from danvan.testing import client_for
from docparse.tests import builders

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def storage_settings(**env: str) -> subprocess.CompletedProcess[str]:
    """Import the settings module in a fresh interpreter with `env`; prints the default storage as JSON."""
    code = "import json, danvan.settings as s; print(json.dumps(s.STORAGES['default']))"
    clean = {k: v for k, v in os.environ.items() if k != "STORAGE" and not k.startswith("S3_")}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def test_storage_is_local_by_default_and_an_s3_bucket_when_configured() -> None:
    assert json.loads(storage_settings().stdout) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    done = storage_settings(
        STORAGE="s3",
        S3_BUCKET="danvan",
        S3_ENDPOINT_URL="https://s3.so-noivu.gov.vn",
        S3_REGION="us-east-1",
        S3_ACCESS_KEY_ID="danvan",
        S3_SECRET_ACCESS_KEY="bi-mat",
    )
    default = json.loads(done.stdout)
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    options = default["OPTIONS"]
    assert (options["bucket_name"], options["endpoint_url"], options["addressing_style"]) == (
        "danvan",
        "https://s3.so-noivu.gov.vn",
        "path",
    )
    assert (options["access_key"], options["secret_key"]) == ("danvan", "bi-mat")
    assert options["file_overwrite"] is False and options["default_acl"] is None
    assert options["verify"] is None


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({"STORAGE": "s3"}, "S3_BUCKET"),
        ({"STORAGE": "nfs"}, "STORAGE must be 'local' or 's3'"),
        ({"STORAGE": "s3", "S3_BUCKET": "danvan", "S3_ADDRESSING_STYLE": "dns"}, "S3_ADDRESSING_STYLE"),
    ],
)
def test_an_incomplete_or_unknown_storage_setting_stops_the_start(env: dict[str, str], problem: str) -> None:
    done = storage_settings(**env)
    assert done.returncode != 0 and problem in done.stderr


@pytest.fixture
def bucket(settings: Any, tmp_path: Any) -> Iterator[S3Server]:
    """The default storage pointed at a fresh bucket of a local S3 server; MEDIA_ROOT an empty folder."""
    with s3_server() as s3:
        env = s3.env()
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": env["S3_BUCKET"],
                    "endpoint_url": env["S3_ENDPOINT_URL"],
                    "region_name": env["S3_REGION"],
                    "access_key": env["S3_ACCESS_KEY_ID"],
                    "secret_key": env["S3_SECRET_ACCESS_KEY"],
                    "addressing_style": "path",
                    "file_overwrite": False,
                    "default_acl": None,
                },
            },
        }
        settings.MEDIA_ROOT = tmp_path / "media"
        yield s3


@pytest.mark.django_db
def test_an_import_and_an_evidence_file_live_in_the_bucket_and_cleanup_deletes_only_orphans(
    tree: Any,
    three_users: Any,
    bucket: S3Server,
    tmp_path: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    client = client_for(three_users.own)
    docx = builders.plan_docx()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("plans:import"),
            {"file": SimpleUploadedFile("ke-hoach.docx", docx), "kind": "plan", "owner": tree.department.pk},
        )
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.DONE and job.plan is not None and job.plan.document is not None
    source = job.plan.document.source_file.name
    assert bucket.names() == [source]  # the upload is gone, the plan's document kept
    assert bucket.read(source) == docx

    from danvan.plans.models import Assignment, Plan, Task

    catalog = Plan.objects.create(
        kind=Plan.Kind.CATALOG, owner=tree.province, title="Danh mục", status=Plan.Status.ISSUED
    )
    task = Task.objects.create(plan=catalog, number="1", content="Tiếp công dân")
    Assignment.objects.create(task=task, role=Assignment.Role.LEAD, organization=tree.department)
    url = reverse("reporting:task-progress", args=[task.pk])
    data = {"organization": tree.department.pk, "state": "in_progress", "percent": "30", "seen": ""}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**data, "evidence": SimpleUploadedFile("bien-ban.pdf", PDF)})
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    download = client.get(reverse("reporting:evidence-download", args=[evidence.pk]))
    assert download.status_code == 200 and download.getvalue() == PDF
    assert bucket.read(evidence.file.name) == PDF

    client_s3 = bucket.client()
    client_s3.put_object(Bucket=bucket.bucket, Key="imports/2026/01/bo-lai.pdf", Body=b"%PDF-1.4 left behind")
    call_command("cleanup_files", "--hours", "1", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert "imports/2026/01/bo-lai.pdf" in bucket.names()  # too recent: perhaps a row is about to point to it
    call_command("cleanup_files", "--hours", "0", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert bucket.names() == sorted([source, evidence.file.name])
    assert AuditEvent.objects.filter(action="files.orphans_deleted", details__count=1).exists()
    assert not (tmp_path / "media").exists()  # nothing written to the local disk
