"""`manage.py backup` and `manage.py restore`: the demo, with evidence, an import upload and a PDF export, goes
through a backup into an empty database and an empty storage with every table's row count and every file's
checksum unchanged (SQLite in the SQLite run, PostgreSQL in the PostgreSQL run)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection

from danvan.accounts.models import User
from danvan.core.models import AuditEvent
from danvan.plans.actions import queue_import, queue_pdf_export
from danvan.plans.models import Plan, Task
from danvan.reporting.actions.progress import ProgressElsewhere, update_progress
from danvan.reporting.models import Evidence
from danvan.reporting.queries.progress import updatable_organizations
from danvan.testing import png_bytes

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
MANAGE = Path(settings.BASE_DIR) / "manage.py"


def sha256_tree(root: Path) -> dict[str, str]:
    """Every file under `root` (read from the disk, not through the code under test) and its sha256."""
    found = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            found[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def source_counts() -> dict[str, int]:
    """Rows of every table of the test database, read through Django's own introspection."""
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
        return counts


class Target:
    """An empty database of the test's kind, outside Django's connections: a new SQLite file, or a new
    PostgreSQL database on the test database's server."""

    def __init__(self, tmp_path: Path) -> None:
        self.vendor = connection.vendor
        if self.vendor == "sqlite":
            self.path = tmp_path / "restored.sqlite3"
            self.env = {"DB": "sqlite", "SQLITE_PATH": str(self.path)}
        else:
            params = connection.settings_dict
            self.name = f"danvan_restore_{uuid.uuid4().hex[:12]}"
            password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
            self.server = (
                f"postgres://{params['USER'] or 'postgres'}{password}@"
                f"{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}"
            )
            self._admin("CREATE DATABASE {}")
            self.env = {"DB": "postgres", "DATABASE_URL": f"{self.server}/{self.name}"}

    def _admin(self, statement: str) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(f"{self.server}/postgres", autocommit=True) as admin:
            admin.execute(sql.SQL(statement).format(sql.Identifier(self.name)))

    def drop(self) -> None:
        if self.vendor == "postgresql":
            self._admin("DROP DATABASE IF EXISTS {} WITH (FORCE)")

    def query(self, statement: str) -> list[tuple[Any, ...]]:
        if self.vendor == "sqlite":
            with closing(sqlite3.connect(self.path)) as db:
                return db.execute(statement).fetchall()
        import psycopg

        with psycopg.connect(f"{self.server}/{self.name}") as db:
            return db.execute(statement.encode()).fetchall()

    def counts(self, tables: list[str]) -> dict[str, int]:
        return {table: self.query(f'SELECT COUNT(*) FROM "{table}"')[0][0] for table in tables}


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Target]:
    made = Target(tmp_path)
    yield made
    made.drop()


def restore(backup: Path, target: Target, media: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """`manage.py restore` as an administrator runs it, with the target's settings in its environment."""
    env = {**os.environ, **target.env, "MEDIA_ROOT": str(media), "VAR_DIR": str(media.parent)}
    env.pop("DATABASE_TESTS_ONLY", None)
    return subprocess.run(
        [sys.executable, str(MANAGE), "restore", str(backup), *extra],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def add_evidence() -> Evidence:
    """An agency officer of the demo reports progress on one of their tasks with a photo as evidence."""
    officer = User.objects.get(username="canbo.sct")
    for task in Task.objects.filter(plan__status=Plan.Status.ISSUED).order_by("pk"):
        for updatable in updatable_organizations(officer, task):
            if not updatable.is_lead:
                continue
            try:
                row = update_progress(
                    actor=officer,
                    task=task,
                    organization=updatable.organization,
                    state="in_progress",
                    percent=40,
                    evidence=[SimpleUploadedFile("anh-hien-truong.png", png_bytes())],
                )
            except ProgressElsewhere:
                continue
            return row.evidence.get()
    raise AssertionError("no task of the demo on which canbo.sct reports as lead")


@pytest.mark.django_db(transaction=True)
def test_the_demo_restored_into_an_empty_database_and_storage_has_the_same_rows_and_files(
    settings: Any, tmp_path: Path, target: Target
) -> None:
    source_media = tmp_path / "media"
    settings.MEDIA_ROOT = source_media
    call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
    evidence = add_evidence()
    # An import waiting for the worker keeps its upload (the worker would remove it when done).
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    plan = Plan.objects.filter(status=Plan.Status.ISSUED).order_by("pk").first()
    assert plan is not None
    job = queue_import(
        actor=None, owner=plan.owner, kind=Plan.Kind.AGENCY_PLAN, file_name="ke-hoach.pdf", data=PDF
    )
    # A generated PDF export, converted by LibreOffice and stored.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    export = queue_pdf_export(actor=User.objects.get(username="canbo.sct"), plan=plan)
    export.refresh_from_db()
    assert export.file.name, export.error
    files = sha256_tree(source_media)
    for stored in (evidence.file.name, job.upload.name, export.file.name):
        assert stored in files
    counts = source_counts()
    assert counts["plans_task"] > 0 and counts["organizations_organization"] > 0

    output = tmp_path / "backups" / "nightly"
    call_command("backup", output=output, stdout=io.StringIO())
    assert AuditEvent.objects.filter(action="backup.created", details__path=str(output)).exists()
    manifest = json.loads((output / "manifest.json").read_text())
    assert manifest["tables"] == counts
    assert {
        entry["name"]: entry["sha256"] for entry in json.loads((output / "files.json").read_text())
    } == files

    restored_media = tmp_path / "restored-media"
    result = restore(output, target, restored_media)
    assert result.returncode == 0, result.stderr
    assert "all checked" in result.stdout

    restored = target.counts(sorted(counts))
    # The restored database holds the backup's rows, plus the audit event of the restore itself.
    assert target.query("SELECT action FROM core_auditevent ORDER BY id DESC LIMIT 1") == [
        ("backup.restored",)
    ]
    expected = {**counts, "core_auditevent": counts["core_auditevent"] + 1}
    assert restored == expected
    assert sha256_tree(restored_media) == files

    again = restore(output, target, restored_media)
    assert again.returncode != 0 and "not empty" in again.stderr
    assert target.counts(["core_auditevent"]) == {"core_auditevent": expected["core_auditevent"]}


@pytest.mark.django_db(transaction=True)
def test_a_damaged_backup_is_refused_before_anything_is_touched(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "evidence").mkdir(parents=True)
    (tmp_path / "media" / "evidence" / "bien-ban.pdf").write_bytes(PDF)
    call_command("backup", output=tmp_path / "b", stdout=io.StringIO())
    copy = tmp_path / "b" / "files" / "evidence" / "bien-ban.pdf"
    copy.write_bytes(PDF.replace(b"1.4", b"1.5"))
    before = AuditEvent.objects.count()
    with pytest.raises(CommandError, match=r"damaged; nothing was changed:\n  files/evidence/bien-ban.pdf"):
        call_command("restore", str(tmp_path / "b"), force=True, stdout=io.StringIO())
    assert AuditEvent.objects.count() == before
    assert (tmp_path / "media" / "evidence" / "bien-ban.pdf").read_bytes() == PDF


@pytest.mark.django_db(transaction=True)
def test_a_backup_never_overwrites_an_existing_directory(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "keep.txt").write_text("mine")
    with pytest.raises(CommandError, match="already exists"):
        call_command("backup", output=tmp_path / "taken", stdout=io.StringIO())
    assert [p.name for p in (tmp_path / "taken").iterdir()] == ["keep.txt"]
    assert not (tmp_path / "taken.partial").exists()


@pytest.mark.django_db(transaction=True)
def test_a_postgresql_backup_without_pg_dump_says_what_to_install(
    settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump is needed on PostgreSQL only (the PostgreSQL run checks this)")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(CommandError, match=r"pg_dump was not found on PATH\. Install the PostgreSQL client"):
        call_command("backup", output=tmp_path / "b", stdout=io.StringIO())
    assert not (tmp_path / "b").exists() and not (tmp_path / "b.partial").exists()


@pytest.mark.django_db(transaction=True)
def test_keep_removes_the_oldest_backups_and_nothing_else(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    folder = tmp_path / "backups"
    (folder / "notes").mkdir(parents=True)
    for name in ("danvan-1", "danvan-2"):
        call_command("backup", output=folder / name, stdout=io.StringIO())
    call_command("backup", output=folder / "danvan-3", keep=2, stdout=io.StringIO())
    assert sorted(p.name for p in folder.iterdir()) == ["danvan-2", "danvan-3", "notes"]


@pytest.mark.django_db(transaction=True)
def test_force_puts_back_the_backed_up_rows_and_files_and_leaves_the_others(
    settings: Any, tmp_path: Path
) -> None:
    media = tmp_path / "media"
    settings.MEDIA_ROOT = media
    (media / "evidence").mkdir(parents=True)
    (media / "evidence" / "bien-ban.pdf").write_bytes(PDF)
    call_command("backup", output=tmp_path / "b", stdout=io.StringIO())
    rows = json.loads((tmp_path / "b" / "manifest.json").read_text())["tables"]["core_auditevent"]
    (media / "evidence" / "bien-ban.pdf").write_bytes(PDF.replace(b"1.4", b"1.7"))
    (media / "evidence" / "moi.txt").write_text("tệp mới")
    out, err = io.StringIO(), io.StringIO()
    call_command("restore", str(tmp_path / "b"), force=True, stdout=out, stderr=err)
    assert "all checked" in out.getvalue()
    assert "left in place, not in the backup: 0 tables, 1 files" in err.getvalue()
    assert (media / "evidence" / "bien-ban.pdf").read_bytes() == PDF
    assert (media / "evidence" / "moi.txt").read_text() == "tệp mới"
    # The backup's events (not the `backup.created` recorded after the dump), then the restore's own.
    assert AuditEvent.objects.count() == rows + 1
    assert AuditEvent.objects.latest("pk").action == "backup.restored"
    assert not AuditEvent.objects.filter(action="backup.created").exists()


@pytest.mark.django_db(transaction=True)
def test_files_in_an_s3_bucket_are_backed_up_and_restored_into_an_empty_bucket(tmp_path: Path) -> None:
    """The same walk and copy through Django's storage API, against moto's S3 server on loopback (skipped
    until django-storages and moto are installed, as the S3 deployment needs)."""
    moto_server = pytest.importorskip("moto.server")
    s3 = pytest.importorskip("storages.backends.s3")
    boto3 = pytest.importorskip("boto3")

    from danvan.core.backup import make_backup, restore_backup
    from danvan.testing import free_port

    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        endpoint = f"http://127.0.0.1:{port}"
        keys = {
            "aws_access_key_id": "danvan",
            "aws_secret_access_key": "danvan-secret",
            "region_name": "us-east-1",
        }
        client = boto3.client("s3", endpoint_url=endpoint, **keys)
        for name in ("danvan-files", "danvan-restored"):
            client.create_bucket(Bucket=name)

        def bucket(name: str) -> Any:
            return s3.S3Storage(
                bucket_name=name,
                endpoint_url=endpoint,
                access_key=keys["aws_access_key_id"],
                secret_key=keys["aws_secret_access_key"],
                region_name=keys["region_name"],
            )

        def objects(name: str) -> dict[str, str]:
            listed = client.list_objects_v2(Bucket=name).get("Contents", [])
            return {
                item["Key"]: hashlib.sha256(
                    client.get_object(Bucket=name, Key=item["Key"])["Body"].read()
                ).hexdigest()
                for item in listed
            }

        source = bucket("danvan-files")
        source.save("evidence/2026/12/anh-hien-truong.png", ContentFile(png_bytes()))
        source.save("exports/2026/12/plan-1-1.pdf", ContentFile(PDF))
        source.save("imports/2026/12/ke-hoach.txt", ContentFile("Kế hoạch số 12/KH-UBND".encode()))
        result = make_backup(tmp_path / "b", storage=source)
        assert result.manifest["storage"]["backend"] == "storages.backends.s3.S3Storage"
        assert result.manifest["storage"]["files"] == 3

        # The database part goes back over the test database (--force); the files into the empty bucket.
        restore_backup(tmp_path / "b", force=True, storage=bucket("danvan-restored"))
        assert objects("danvan-restored") == objects("danvan-files")
        assert len(objects("danvan-restored")) == 3
    finally:
        server.stop()
