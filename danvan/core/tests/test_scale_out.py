"""The scaled-out deployment, proved on loopback (issue 15): one PostgreSQL database (this test's own, fresh for
the run), an S3-compatible server (moto's server mode), two gunicorn app servers and two `db_worker` processes,
all configured as docs/operations.md §Scale out says. Through both servers at once, over real HTTP with a signed-in
session: imports (a DOCX parsed by a worker), PDF exports, evidence uploads; every file is then read through the
*other* server and found in the bucket, never on a local disk. The reminder pass runs three times at once (queued
twice, for the two workers, and inline from a third process as cron runs it): nobody gets a reminder twice. Two officers saving
the same progress at once: one is saved, the other refused as stale, none overwritten. A worker killed with
SIGKILL in the middle of a PDF conversion: the other worker's sweep runs the job again and it ends done."""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from danvan.accounts.models import User
from danvan.core.models import Notification, Reminder
from danvan.core.workdays import add_working_days
from danvan.documents.models import ExportJob
from danvan.documents.pdf import BINARIES, libreoffice_binary
from danvan.documents.tests.test_pdf import needs_libreoffice
from danvan.loopback import Cluster, S3Server, cluster_env, login, post, s3_server
from danvan.plans.models import Assignment, ImportJob, Plan, Task
from danvan.reporting import jobs as reporting_jobs
from danvan.reporting.models import Evidence, TaskProgress
from danvan.testing import Mailbox
from docparse.tests import builders

PASSWORD = "Mat-khau-123"  # make_user's
DUE = datetime.date(2025, 11, 15)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

pytestmark = [
    pytest.mark.multiserver,
    pytest.mark.skipif(
        os.environ.get("DB", "sqlite") != "postgres",
        reason="several app servers and workers share one PostgreSQL database (run with DB=postgres)",
    ),
]


@dataclass
class World:
    officer: Any  # Sở Công Thương
    colleague: Any  # Sở Công Thương, edits the same progress at the same time
    other: Any  # Sở Nội vụ
    department: Any
    other_department: Any
    catalog: Plan
    due_task: Task  # due DUE: reminded, edited by both officers at once
    evidence_tasks: list[Task]
    plan: Plan  # the department's plan, exported to PDF


def build_world(tree: Any, make_user: Any) -> World:
    officer = make_user(tree.department, "agency_officer", email="canbo.sct@haiphong.gov.vn")
    colleague = make_user(tree.department, "agency_officer", email="phophong.sct@haiphong.gov.vn")
    other = make_user(tree.other_department, "agency_officer", email="canbo.snv@haiphong.gov.vn")
    catalog = Plan.objects.create(
        kind=Plan.Kind.CATALOG,
        owner=tree.province,
        title="Danh mục nhiệm vụ công tác dân vận chính quyền năm 2025",
        status=Plan.Status.ISSUED,
    )
    tasks = []
    for n, content in enumerate(
        ("Tổng hợp báo cáo kết quả công tác dân vận", "Tiếp công dân định kỳ", "Đối thoại với nhân dân"), 1
    ):
        task = Task.objects.create(
            plan=catalog,
            number=f"1.{n}",
            position=n,
            content=content,
            timeframe_kind=Task.TimeframeKind.BY_DATE,
            due=DUE if n == 1 else datetime.date(2030, 12, 31),
        )
        Assignment.objects.create(task=task, role=Assignment.Role.LEAD, organization=tree.department)
        tasks.append(task)
    plan = Plan.objects.create(
        kind=Plan.Kind.AGENCY_PLAN,
        owner=tree.department,
        title="Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 của Sở Công Thương",
        status=Plan.Status.ISSUED,
    )
    own = Task.objects.create(plan=plan, number="1", content="Rà soát thủ tục hành chính lĩnh vực thương mại")
    Assignment.objects.create(task=own, role=Assignment.Role.LEAD, organization=tree.department)
    # The servers run with the production password hashers, not the tests' fast one.
    hashed = PBKDF2PasswordHasher().encode(PASSWORD, "loopbacksalt")
    User.objects.filter(pk__in=[officer.pk, colleague.pk, other.pk]).update(password=hashed)
    return World(
        officer,
        colleague,
        other,
        tree.department,
        tree.other_department,
        catalog,
        tasks[0],
        tasks[1:],
        plan,
    )


def database_url() -> str:
    settings = connection.settings_dict
    user = settings.get("USER") or "postgres"
    return f"postgres://{user}@{settings.get('HOST') or '127.0.0.1'}:{settings.get('PORT') or 5432}/{settings['NAME']}"


def wait_for(what: str, done: Callable[[], bool], cluster: Cluster, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} within {seconds:g} s\n{cluster.logs()}")
        time.sleep(0.3)


def job_pk(response: requests.Response, pattern: str) -> int:
    assert response.status_code == 302, response.text[-2000:]
    found = re.search(pattern, response.headers["Location"])
    assert found, response.headers["Location"]
    return int(found.group(1))


def seen_token(client: requests.Session, url: str) -> str:
    page = client.get(url, timeout=30)
    assert page.status_code == 200
    found = re.search(r'name="seen" value="([^"]*)"', page.text)
    assert found, "the progress form has no version token"
    return found.group(1)


def children_of(pid: int) -> list[int]:
    """Process ids whose parent is `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.fixture
def cluster(
    transactional_db: None, tmp_path: Path, smtp: Mailbox, settings: Any
) -> Iterator[tuple[Cluster, S3Server]]:
    """Two app servers and two workers against this test's PostgreSQL database and a fresh bucket.

    LibreOffice runs behind a wrapper that waits while the file `slow` exists: the test makes one conversion
    slow enough to kill its worker in the middle."""
    wrapper = tmp_path / "bin"
    wrapper.mkdir()
    for name in BINARIES:
        script = wrapper / name
        script.write_text(
            f'#!/bin/sh\nif [ -e {tmp_path}/slow ]; then sleep 6; fi\nexec {libreoffice_binary()} "$@"\n'
        )
        script.chmod(0o755)
    with s3_server() as s3:
        env = cluster_env(
            database_url=database_url(),
            s3=s3,
            folder=tmp_path,
            DEBUG="true",
            PATH=f"{wrapper}:{os.environ['PATH']}",
            EMAIL_URL=f"smtp://127.0.0.1:{settings.EMAIL_PORT}",
            REMINDER_DAYS_BEFORE="7,3",
            # short, so the sweep reruns the killed worker's job quickly, yet long enough that a busy machine's
            # late heartbeat (stamped each second) never passes a live job for a dead one: 3 s did, twice in a run,
            # and 10 s once, on a 2-CPU machine busy with the suite and other sessions' work
            JOB_STALE_SECONDS="20",
            JOB_SWEEP_SECONDS="1",
            JOB_MAX_ATTEMPTS="2",
        )
        deployment = Cluster(env=env, folder=tmp_path)
        try:
            deployment.start_workers(2)
            deployment.start_servers(2, processes=1)
            yield deployment, s3
        finally:
            deployment.stop()


@needs_libreoffice
def test_two_app_servers_and_two_workers_share_files_send_each_reminder_once_and_lose_no_update(
    tree: Any,
    make_user: Any,
    cluster: tuple[Cluster, S3Server],
    smtp: Mailbox,
    tmp_path: Path,
    settings: Any,
) -> None:
    deployment, s3 = cluster
    world = build_world(tree, make_user)
    a, b = deployment.servers
    # Sessions live in the database: a person signed in through one server is signed in on the other.
    officer = login(a, world.officer.username, PASSWORD)
    colleague = login(b, world.colleague.username, PASSWORD)
    other = login(b, world.other.username, PASSWORD)
    assert officer.get(f"{b}/reporting/my-tasks/", timeout=30, allow_redirects=False).status_code == 200

    plan_docx = builders.plan_docx()
    evidence = {task.pk: PDF + f"% minutes of task {task.number}\n".encode() for task in world.evidence_tasks}
    progress = f"/reporting/tasks/{world.due_task.pk}/progress/"

    def import_through(base: str, client: requests.Session, owner: Any) -> int:
        response = post(
            client,
            f"{base}/plans/import/",
            {"kind": Plan.Kind.AGENCY_PLAN, "owner": owner.pk, "parent": ""},
            files={"file": ("ke-hoach.docx", plan_docx)},
        )
        return job_pk(response, r"/plans/import/(\d+)/")

    def export_through(base: str) -> int:
        return job_pk(
            post(officer, f"{base}/plans/{world.plan.pk}/export/pdf/", {}), r"/plans/exports/(\d+)/"
        )

    def evidence_through(base: str, task: Task) -> int:
        data = {"organization": world.department.pk, "state": "in_progress", "percent": "40", "seen": ""}
        response = post(
            officer,
            f"{base}/reporting/tasks/{task.pk}/progress/",
            data,
            files={"evidence": (f"bien-ban-{task.number}.pdf", evidence[task.pk])},
        )
        assert response.status_code == 302, response.text[-2000:]
        return task.pk

    def edit(base: str, client: requests.Session, percent: int, seen: str) -> int:
        data = {
            "organization": world.department.pk,
            "state": "in_progress",
            "percent": str(percent),
            "seen": seen,
        }
        return post(client, f"{base}{progress}", data).status_code

    # 1. Everything at once, through both servers.
    with ThreadPoolExecutor(max_workers=8) as pool:
        imports = [
            pool.submit(import_through, a, officer, world.department),
            pool.submit(import_through, b, other, world.other_department),
        ]
        exports = [pool.submit(export_through, a), pool.submit(export_through, b)]
        uploads = [
            pool.submit(evidence_through, server, task)
            for server, task in zip((a, b), world.evidence_tasks, strict=True)
        ]
        # Two first reports at once: neither saw a row.
        first_edits = [pool.submit(edit, a, officer, 10, ""), pool.submit(edit, b, colleague, 20, "")]
        import_jobs = [f.result() for f in imports]
        export_jobs = [f.result() for f in exports]
        for f in uploads:
            f.result()
        first = sorted(f.result() for f in first_edits)
    assert first == [302, 400]  # one saved, the other refused as stale: no 500, no silent overwrite
    row = TaskProgress.objects.get(task=world.due_task, organization=world.department)
    assert row.percent in (10, 20)

    # Both officers load the saved version, then save at the same time: again one wins, one is told.
    seen = [seen_token(officer, f"{a}{progress}"), seen_token(colleague, f"{b}{progress}")]
    assert seen[0] == seen[1] != ""
    with ThreadPoolExecutor(max_workers=2) as pool:
        second = [pool.submit(edit, a, officer, 60, seen[0]), pool.submit(edit, b, colleague, 70, seen[1])]
        codes = [f.result() for f in second]
    assert sorted(codes) == [302, 400]
    row.refresh_from_db()
    assert row.percent == (60 if codes[0] == 302 else 70)  # the saved one is the one that was answered 302
    stale = officer.get(f"{b}{progress}", timeout=30)  # the officer reloads on the other server: the winner's
    assert f'value="{row.percent}"' in stale.text

    # 2. The workers parse the imports and convert the PDFs; each file is then read through the other server.
    def settled() -> bool:
        pending = ("queued", "running")
        return not ImportJob.objects.filter(status__in=pending).exists() and not (
            ExportJob.objects.filter(status__in=pending).exists()
        )

    wait_for("the imports and exports did not end", settled, deployment)
    for pk, (made_on, read_on), client in zip(import_jobs, ((a, b), (b, a)), (officer, other), strict=True):
        imported = ImportJob.objects.get(pk=pk)
        assert (imported.status, imported.error) == (ImportJob.Status.DONE, ""), made_on
        review = client.get(f"{read_on}/plans/import/{pk}/", timeout=30)  # the plan's review page
        assert review.status_code == 200 and f"/plans/{imported.plan_id}/review/" in review.url
        assert imported.plan is not None and imported.plan.document is not None
        source = imported.plan.document.source_file
        assert source.name in s3.names() and s3.read(source.name) == plan_docx
    for pk, read_on in zip(export_jobs, (b, a), strict=True):
        job = ExportJob.objects.get(pk=pk)
        assert (job.status, job.error) == (ExportJob.Status.DONE, "")
        download = officer.get(f"{read_on}/plans/exports/{pk}/download/", timeout=30)
        assert download.status_code == 200 and download.content.startswith(b"%PDF")
        assert download.content == s3.read(job.file.name)
    for task, read_on in zip(world.evidence_tasks, (b, a), strict=True):
        item = Evidence.objects.get(progress__task=task)
        download = officer.get(f"{read_on}/reporting/evidence/{item.pk}/", timeout=30)
        assert download.status_code == 200 and download.content == evidence[task.pk]
        assert s3.read(item.file.name) == evidence[task.pk]

    # 3. The reminder pass three times at once: queued for both workers, and inline here (cron elsewhere).
    from django_tasks_db.models import DBTaskResult

    unfinished = DBTaskResult.objects.exclude(status__in=("SUCCESSFUL", "FAILED"))
    wait_for(
        "the e-mail copies of the import notices were not sent", lambda: not unfinished.exists(), deployment
    )
    notices_before = Counter(Notification.objects.values_list("recipient", flat=True))
    mail_before = len(smtp.messages)
    on = add_working_days(DUE, -3)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # this process queues too
    for _ in range(2):
        reporting_jobs.run_reminders.enqueue(on.isoformat())
    reporting_jobs.nightly_pass(on)  # meanwhile, a third machine's cron runs it inline
    passes = DBTaskResult.objects.filter(task_path="danvan.reporting.jobs.run_reminders")
    wait_for(
        "the queued reminder passes did not end",
        lambda: passes.count() == 2 and not passes.exclude(status__in=("SUCCESSFUL", "FAILED")).exists(),
        deployment,
    )
    assert list(passes.values_list("status", flat=True)) == ["SUCCESSFUL", "SUCCESSFUL"]
    reminders = Reminder.objects.filter(for_date=on)
    recipients = {world.officer.pk, world.colleague.pk}
    assert set(reminders.values_list("recipient", flat=True)) == recipients
    assert reminders.count() == len(recipients) and not reminders.filter(sent_at=None).exists()
    wait_for("the e-mail copies were not sent", lambda: not unfinished.exists(), deployment)
    notices = Counter(Notification.objects.values_list("recipient", flat=True)) - notices_before
    assert notices == Counter(recipients)  # one notice each
    mail = smtp.messages[mail_before:]
    assert sorted(m.recipients[0] for m in mail) == sorted([world.officer.email, world.colleague.email])
    assert len({(tuple(m.recipients), m.subject) for m in mail}) == len(mail)

    # 4. A worker killed with SIGKILL while LibreOffice converts: the other worker's sweep runs the job again.
    (tmp_path / "slow").touch()
    killed = ExportJob.objects.get(pk=export_through(a))
    wait_for(
        "the export did not start",
        lambda: ExportJob.objects.get(pk=killed.pk).status == "running",
        deployment,
    )
    wait_for(
        "LibreOffice did not start",
        lambda: any(children_of(w.pid) for w in deployment.workers),
        deployment,
    )
    busy = [w for w in deployment.workers if children_of(w.pid)]
    assert len(busy) == 1, "one worker converts"
    converting = children_of(busy[0].pid)
    busy[0].send_signal(signal.SIGKILL)
    busy[0].wait(timeout=30)
    for pid in converting:  # the dead worker's LibreOffice (its own process group) would finish for nobody
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
    (tmp_path / "slow").unlink()
    wait_for(
        "the killed worker's export was not run again",
        lambda: ExportJob.objects.get(pk=killed.pk).status not in ("queued", "running"),
        deployment,
    )
    killed.refresh_from_db()
    assert (killed.status, killed.attempts, killed.error) == (ExportJob.Status.DONE, 2, "")
    download = officer.get(f"{b}/plans/exports/{killed.pk}/download/", timeout=30)
    assert download.status_code == 200 and download.content == s3.read(killed.file.name)
    results = DBTaskResult.objects.filter(task_path="danvan.plans.jobs.convert_to_pdf").order_by(
        "enqueued_at"
    )
    assert list(results.values_list("status", "exception_class_path"))[-2:] == [
        ("FAILED", "danvan.plans.jobs.WorkerDied"),
        ("SUCCESSFUL", ""),
    ]

    # Nothing was written to a local disk: every file is in the bucket.
    media = tmp_path / "media"
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))
