"""Hostile files (issue 16): corrupt PDFs sent at once do not take the server down; scans go to the background
job with OCR budgets per document and per person; a refused upload leaves nothing on disk; orphans are
cleaned up; a job whose worker dies is run again or failed (see also test_worker_death.py)."""

from __future__ import annotations

import datetime
import os
import threading
from pathlib import Path
from typing import Any

import pytest
import requests
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from danvan.accounts import actions as account_actions
from danvan.core.models import AuditEvent
from danvan.documents.tests.test_parsing import BROKEN_SCAN, needs_tesseract, scanned_pdf
from danvan.plans import jobs
from danvan.plans.models import ImportJob, Plan
from danvan.testing import client_for, zip_bytes
from docparse.tests import builders

CATALOG_PDF = Path("docparse/tests/data/extra/docs/catalog.pdf")


def flipped(data: bytes, seed: int) -> bytes:
    """`data` with a few bytes flipped in its second half (content streams and cross-reference table)."""
    buffer = bytearray(data)
    for step in range(12):
        position = len(buffer) // 2 + (seed * 7919 + step * 104729) % (len(buffer) // 2)
        buffer[position] ^= 0xFF
    return bytes(buffer)


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.mark.django_db(transaction=True)
def test_corrupt_pdfs_sent_at_once_get_vietnamese_answers_and_the_server_keeps_answering(
    live_server: Any, three_users: Any
) -> None:
    _row, token = account_actions.create_api_token(actor=three_users.own, name="attack")
    headers = {"Authorization": f"Bearer {token}"}
    bodies = [BROKEN_SCAN.read_bytes()] * 3 + [flipped(CATALOG_PDF.read_bytes(), seed) for seed in range(3)]
    answers: list[Any] = [None] * len(bodies)

    def send(index: int) -> None:
        files = {"file": (f"ke-hoach-{index}.pdf", bodies[index], "application/pdf")}
        try:
            answers[index] = requests.post(
                f"{live_server.url}/api/v1/parse", files=files, headers=headers, timeout=120
            )
        except requests.RequestException as error:  # the server died or hung up
            answers[index] = error

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    for answer in answers:
        assert isinstance(answer, requests.Response), answer
        assert answer.status_code in (200, 400, 422), answer.text
        if answer.status_code != 200:
            body = answer.json()
            assert body["detail"] and body["detail"] != body["detail_en"]  # Vietnamese, and English
    scans = [a for a in answers[:3] if isinstance(a, requests.Response)]
    assert all(a.status_code == 422 and "bản quét" in a.json()["detail"] for a in scans)
    # The same process still serves: a list and a good document.
    assert requests.get(f"{live_server.url}/api/v1/plans", headers=headers, timeout=30).status_code == 200
    good = {"file": ("ke-hoach.docx", builders.plan_docx())}
    parsed = requests.post(f"{live_server.url}/api/v1/parse", files=good, headers=headers, timeout=60)
    assert parsed.status_code == 200 and len(parsed.json()["tasks"]) >= 5


@pytest.mark.django_db
def test_a_refused_import_leaves_no_file_behind(
    tree: Any, three_users: Any, settings: Any, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    settings.MEDIA_ROOT = tmp_path
    # A real ZIP holding word/document.xml passes the upload check; docparse then finds the XML broken.
    broken = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document><unclosed"})
    with django_capture_on_commit_callbacks(execute=True):
        client_for(three_users.own).post(
            reverse("plans:import"),
            {"file": SimpleUploadedFile("hong.docx", broken), "kind": "plan", "owner": tree.department.pk},
        )
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED and job.error
    assert not job.upload and files_under(tmp_path) == []


@pytest.mark.django_db
def test_a_finished_import_keeps_the_file_once_on_its_document(
    tree: Any, three_users: Any, settings: Any, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    settings.MEDIA_ROOT = tmp_path
    with django_capture_on_commit_callbacks(execute=True):
        client_for(three_users.own).post(
            reverse("plans:import"),
            {
                "file": SimpleUploadedFile("ke-hoach.docx", builders.plan_docx()),
                "kind": "plan",
                "owner": tree.department.pk,
            },
        )
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.DONE and not job.upload
    assert job.plan is not None and job.plan.document is not None
    assert [p.name for p in files_under(tmp_path)] == [Path(job.plan.document.source_file.name).name]


@pytest.mark.django_db
def test_cleanup_removes_orphans_older_than_a_day_and_keeps_the_rest(
    tree: Any, three_users: Any, settings: Any, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    settings.MEDIA_ROOT = tmp_path
    with django_capture_on_commit_callbacks(execute=True):
        client_for(three_users.own).post(
            reverse("plans:import"),
            {
                "file": SimpleUploadedFile("ke-hoach.docx", builders.plan_docx()),
                "kind": "plan",
                "owner": tree.department.pk,
            },
        )
    kept = files_under(tmp_path)
    old_orphan, new_orphan = tmp_path / "imports/2026/01/bo-lai.pdf", tmp_path / "imports/2026/12/moi.pdf"
    for path in (old_orphan, new_orphan):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF-1.4 left behind")
    two_days_ago = (timezone.now() - datetime.timedelta(days=2)).timestamp()
    os.utime(old_orphan, (two_days_ago, two_days_ago))
    os.utime(kept[0], (two_days_ago, two_days_ago))  # old, but its row still points to it
    call_command("cleanup_files", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert not old_orphan.exists() and new_orphan.exists() and kept[0].exists()
    assert AuditEvent.objects.filter(action="files.orphans_deleted", details__count=1).exists()


@pytest.mark.django_db
def test_a_scan_is_refused_by_the_parse_api_with_the_way_to_import_it(three_users: Any) -> None:
    response = client_for(three_users.own).post(
        "/api/v1/parse", {"file": SimpleUploadedFile("scan.pdf", BROKEN_SCAN.read_bytes())}
    )
    assert response.status_code == 422
    body = response.json()
    assert "bản quét" in body["detail"] and "Nhập văn bản" in body["detail"]
    assert body["detail_en"].startswith("The PDF is a scan (2 pages")


def import_scan(client: Any, owner: Any, pages: int, capture: Any) -> ImportJob:
    with capture(execute=True):
        client.post(
            reverse("plans:import"),
            {
                "file": SimpleUploadedFile("ban-quet.pdf", scanned_pdf(pages)),
                "kind": "plan",
                "owner": owner.pk,
            },
        )
    return ImportJob.objects.order_by("-pk")[0]


@needs_tesseract
@pytest.mark.django_db
def test_a_scan_is_read_by_ocr_in_the_job_and_counted_against_the_persons_daily_budget(
    tree: Any, three_users: Any, settings: Any, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    settings.MEDIA_ROOT = tmp_path
    settings.OCR_USER_PAGES_PER_DAY = 3
    client = client_for(three_users.own)
    first = import_scan(client, tree.department, 2, django_capture_on_commit_callbacks)
    assert first.status == ImportJob.Status.DONE, first.error
    assert first.ocr_pages == 2 and first.ocr_seconds > 0 and first.attempts == 1
    second = import_scan(client, tree.department, 2, django_capture_on_commit_callbacks)
    assert second.status == ImportJob.Status.FAILED and second.ocr_pages == 0
    with translation.override("vi"):
        assert "chỉ còn 1 trong 3 trang" in second.error
    assert not second.upload
    # Another person's budget is their own.
    other = import_scan(
        client_for(three_users.parent), tree.department, 2, django_capture_on_commit_callbacks
    )
    assert other.status == ImportJob.Status.DONE


@pytest.mark.django_db
def test_a_scan_longer_than_the_page_limit_of_one_document_fails_with_the_limit(
    tree: Any, three_users: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.OCR_MAX_PAGES = 1
    job = import_scan(client_for(three_users.own), tree.department, 2, django_capture_on_commit_callbacks)
    assert job.status == ImportJob.Status.FAILED
    assert "Bản quét có 2 trang" in job.error and "tối đa 1 trang" in job.error
    assert not Plan.objects.exists()


@pytest.mark.django_db
def test_the_progress_page_shows_what_the_job_is_doing(tree: Any, three_users: Any) -> None:
    job = ImportJob.objects.create(
        owner=tree.department,
        created_by=three_users.own,
        kind="plan",
        file_name="ban-quet.pdf",
        status=ImportJob.Status.RUNNING,
        progress=35,
        detail="Đang nhận dạng chữ (OCR) của bản quét: trang 5/10",
    )
    page = client_for(three_users.own).get(reverse("plans:import-job", args=[job.pk])).content.decode()
    assert "trang 5/10" in page and 'value="35"' in page


@pytest.mark.django_db
def test_the_sweep_runs_a_stale_job_again_then_fails_it_with_a_message(
    tree: Any, three_users: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.JOB_MAX_ATTEMPTS = 2
    long_ago = timezone.now()
    later = long_ago + datetime.timedelta(seconds=settings.JOB_STALE_SECONDS + 5)
    job = ImportJob.objects.create(
        owner=tree.department,
        created_by=three_users.own,
        kind="plan",
        file_name="ke-hoach.docx",
        status=ImportJob.Status.RUNNING,
        progress=10,
        heartbeat_at=long_ago,
        attempts=1,
    )
    job.upload.save("ke-hoach.docx", SimpleUploadedFile("ke-hoach.docx", builders.plan_docx()))
    fresh = ImportJob.objects.create(
        owner=tree.department,
        kind="plan",
        file_name="dang-chay.docx",
        status="running",
        heartbeat_at=later - datetime.timedelta(seconds=1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.sweep_stale_jobs(now=later) == {"retried": 1, "failed": 0, "tasks": 0}
    job.refresh_from_db()
    # Queued again and run at once by the test's immediate backend: the second attempt finished the import.
    assert job.status == ImportJob.Status.DONE and job.attempts == 2 and job.plan is not None
    assert AuditEvent.objects.filter(action="import.retried").count() == 1
    fresh.refresh_from_db()
    assert fresh.status == ImportJob.Status.RUNNING  # its heartbeat is recent: left alone

    ImportJob.objects.filter(pk=job.pk).update(status="running", heartbeat_at=long_ago, attempts=2, plan=None)
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.sweep_stale_jobs(now=later) == {"retried": 0, "failed": 1, "tasks": 0}
    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED and job.progress == 100
    with translation.override("vi"):
        assert "bị dừng bất thường 2 lần" in job.error and "tải tệp lên lại" in job.error
    assert AuditEvent.objects.filter(action="import.failed_stale").count() == 1
