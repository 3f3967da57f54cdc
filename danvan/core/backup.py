"""Backup and restore: a dump of the database, a copy of every stored file, and a manifest of checksums.

`manage.py backup` and `manage.py restore` call `make_backup` and `restore_backup`; docs/operations.md
§"Back up and restore" says how to run them, prune old backups, copy them off-site and restore by hand.

One backup is one directory:

    manifest.json     what the backup holds: format, time, danvan/Django/Python versions, database vendor, the
                      applied migrations, the row count of every table (counted in the dump's own snapshot), the
                      storage backend, and the size and sha256 of each part
    database.pgdump   PostgreSQL: `pg_dump --format=custom` (restore with `pg_restore`)
    database.sqlite3  SQLite: a copy made with the sqlite3 online backup API (a plain SQLite file)
    files.json        every stored file: name, size, sha256
    files/<name>      the copy of each stored file, read through Django's storage API (local folder or S3)
    SHA256SUMS        every part and every file copy, in `sha256sum -c` format (to check a backup by hand)

A backup is written into `<dir>.partial` and renamed to `<dir>` when complete, so a directory with a manifest is
a finished backup. Files are copied after the database is dumped: a file uploaded meanwhile is copied without a
row pointing to it (an orphan `cleanup_files` removes later), never the other way round, unless a file is deleted
during the backup (it is then reported as vanished).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import tomllib
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import django
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.core.files.storage import Storage, default_storage
from django.db import DatabaseError, connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from danvan.core.actions import record_event
from danvan.core.files import stored_files

FORMAT = "danvan-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FILES_MANIFEST = "files.json"
FILES_DIR = "files"
SUMS = "SHA256SUMS"
PG_DUMP = "database.pgdump"
SQLITE_DUMP = "database.sqlite3"
_CHUNK = 1024 * 1024

Say = Callable[[str], None]


class BackupError(Exception):
    """A backup or restore refused or failed; the message says why and what to do (English: admin command)."""


@dataclass
class BackupResult:
    path: Path
    manifest: dict[str, Any]
    vanished: list[str] = field(default_factory=list)
    pruned: list[Path] = field(default_factory=list)


@dataclass
class RestoreResult:
    manifest: dict[str, Any]
    pending_migrations: list[str]
    left_tables: list[str] = field(default_factory=list)
    left_files: list[str] = field(default_factory=list)


def _quiet(message: str) -> None:
    pass


# --- checksums ----------------------------------------------------------------------------------------------


def checksum(path: Path) -> tuple[int, str]:
    """Size and sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def stored_checksum(storage: Storage, name: str) -> tuple[int, str]:
    """Size and sha256 of a stored file, read through the storage API."""
    digest = hashlib.sha256()
    size = 0
    with storage.open(name, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _part(path: Path) -> dict[str, Any]:
    size, sha256 = checksum(path)
    return {"size": size, "sha256": sha256}


def _copy_path(root: Path, name: str) -> Path:
    """Where the copy of stored file `name` lives under `root`; refuses a name that would leave it."""
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise BackupError(f"Unsafe stored file name {name!r}: refusing to copy it.")
    return root.joinpath(*pure.parts)


# --- tools and database facts ------------------------------------------------------------------------------


def _require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            f"{name} was not found on PATH. Install the PostgreSQL client tools (Debian: apt install "
            f"postgresql-client-<server major version>) of the server's major version or newer."
        )
    return found


def _vendor() -> str:
    if connection.vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


def _pg_env() -> dict[str, str]:
    """The environment that points libpq tools (pg_dump, pg_restore) at the settings' database; the password
    goes in PGPASSWORD, never on a command line."""
    params = connection.settings_dict
    env = dict(os.environ)
    for variable, value in (
        ("PGHOST", params.get("HOST")),
        ("PGPORT", params.get("PORT")),
        ("PGUSER", params.get("USER")),
        ("PGPASSWORD", params.get("PASSWORD")),
        ("PGDATABASE", params.get("NAME")),
    ):
        if value:
            env[variable] = str(value)
    options = params.get("OPTIONS") or {}
    for option, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
    ):
        if options.get(option):
            env[variable] = str(options[option])
    return env


def _run(command: list[str], *, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(
            f"{Path(command[0]).name} failed (exit {result.returncode}): {result.stderr.strip()[-2000:]}"
        )


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _count_rows(cursor: Any, tables: Iterable[str]) -> dict[str, int]:
    counts = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")
        counts[table] = int(cursor.fetchone()[0])
    return counts


_PG_TABLES = (
    "SELECT table_name FROM information_schema.tables "
    "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
)
_SQLITE_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def database_tables() -> list[str]:
    """The tables of the settings' database (those a backup counts and restores)."""
    with connection.cursor() as cursor:
        cursor.execute(_PG_TABLES if connection.vendor == "postgresql" else _SQLITE_TABLES)
        return sorted(row[0] for row in cursor.fetchall())


def table_counts() -> dict[str, int]:
    """Rows of every table of the settings' database."""
    tables = database_tables()
    with connection.cursor() as cursor:
        return _count_rows(cursor, tables)


def _applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def _server_version() -> str:
    """The database server's version (a PostgreSQL dump restores into that major version or newer)."""
    if connection.vendor == "sqlite":
        return sqlite3.sqlite_version
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return str(cursor.fetchone()[0])


def _version() -> dict[str, str]:
    base = Path(settings.BASE_DIR)
    facts = {"django": django.get_version(), "python": platform.python_version()}
    try:
        with open(base / "pyproject.toml", "rb") as handle:
            facts["danvan"] = str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        facts["danvan"] = "unknown"
    if (base / ".git").exists() and shutil.which("git"):
        result = subprocess.run(
            ["git", "-C", str(base), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            facts["commit"] = result.stdout.strip()
    return facts


# --- backup -------------------------------------------------------------------------------------------------


def default_backup_path(now: datetime.datetime | None = None) -> Path:
    """`BACKUP_DIR/danvan-YYYYMMDDTHHMMSSZ` (UTC): names that sort by time."""
    moment = (now or timezone.now()).astimezone(datetime.UTC)
    return Path(settings.BACKUP_DIR) / f"danvan-{moment:%Y%m%dT%H%M%SZ}"


def _dump_postgres(target: Path) -> dict[str, int]:
    """pg_dump in the custom format, reading the same snapshot in which every table's rows are counted."""
    pg_dump = _require_tool("pg_dump")
    raw = connection.get_new_connection(connection.get_connection_params())
    with closing(raw):
        with raw.cursor() as cursor:
            # The first statement of the transaction: the snapshot pg_dump imports is the one counted here.
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            cursor.execute(_PG_TABLES)
            counts = _count_rows(cursor, [row[0] for row in cursor.fetchall()])
        _run(
            [pg_dump, "--format=custom", "--no-password", f"--snapshot={snapshot}", f"--file={target}"],
            env=_pg_env(),
        )
        raw.rollback()
    return counts


def _dump_sqlite(target: Path) -> dict[str, int]:
    """A copy through the online backup API (consistent while others write), as a self-contained file."""
    connection.ensure_connection()
    source = connection.connection
    with closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
        # The copy is one file: no write-ahead log beside it.
        copy.execute("PRAGMA journal_mode=DELETE")
        tables = [row[0] for row in copy.execute(_SQLITE_TABLES)]
        return _count_rows(copy.cursor(), tables)


def _copy_files(storage: Storage, root: Path, say: Say) -> tuple[list[dict[str, Any]], list[str]]:
    entries: list[dict[str, Any]] = []
    vanished: list[str] = []
    for name in stored_files(storage):
        target = _copy_path(root, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        try:
            with storage.open(name, "rb") as source, open(target, "wb") as out:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
        except Exception:
            # Local storage raises FileNotFoundError, S3 a client error: either way, gone means vanished.
            target.unlink(missing_ok=True)
            if storage.exists(name):
                raise
            vanished.append(name)
            say(f"warning: {name} was deleted during the backup; not copied")
            continue
        entries.append({"name": name, "size": size, "sha256": digest.hexdigest()})
    return entries, vanished


def _storage_backend(storage: Storage) -> str:
    kind = storage.__class__  # through default_storage's lazy wrapper: the configured class
    return f"{kind.__module__}.{kind.__qualname__}"


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def make_backup(
    output: Path | None = None, *, keep: int | None = None, storage: Storage | None = None, say: Say = _quiet
) -> BackupResult:
    """Dump the database, copy every stored file, write the manifests; record `backup.created`.

    Refuses (BackupError) when `output` or its `.partial` exists or a tool is missing. With `keep`, removes the
    oldest finished backups beside it so that `keep` remain (this one included)."""
    storage = storage or default_storage
    vendor = _vendor()
    if connection.in_atomic_block:
        # SQLite's backup would wait forever on this connection's own write lock; pg_dump would miss its rows.
        raise BackupError("A backup cannot run inside a database transaction.")
    if vendor == "postgresql":
        _require_tool("pg_dump")
    path = Path(output) if output is not None else default_backup_path()
    partial = path.with_name(path.name + ".partial")
    for existing in (path, partial):
        if existing.exists():
            raise BackupError(
                f"{existing} already exists; choose another --output (a backup never overwrites one)"
                + (" or remove the leftover of an interrupted backup." if existing == partial else ".")
            )
    if keep is not None and keep < 1:
        raise BackupError("--keep must be at least 1.")
    started = timezone.now()
    # A backup holds personal data (citizens' letters, officials' accounts): only its owner may read it.
    partial.mkdir(parents=True, mode=0o700)
    try:
        say(f"dumping the {vendor} database")
        dump_name = PG_DUMP if vendor == "postgresql" else SQLITE_DUMP
        counts = (
            _dump_postgres(partial / dump_name)
            if vendor == "postgresql"
            else _dump_sqlite(partial / dump_name)
        )
        migrations = _applied_migrations()
        say(f"copying stored files ({_storage_backend(storage)})")
        entries, vanished = _copy_files(storage, partial / FILES_DIR, say)
        _write_json(partial / FILES_MANIFEST, entries)
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": started.astimezone(datetime.UTC).isoformat(),
            "finished_at": timezone.now().astimezone(datetime.UTC).isoformat(),
            "versions": _version(),
            "database": {"vendor": vendor, "server_version": _server_version(), "part": dump_name},
            "migrations": migrations,
            "tables": counts,
            "storage": {
                "backend": _storage_backend(storage),
                "files": len(entries),
                "bytes": sum(entry["size"] for entry in entries),
                "vanished": vanished,
            },
            "parts": {dump_name: _part(partial / dump_name), FILES_MANIFEST: _part(partial / FILES_MANIFEST)},
        }
        _write_json(partial / MANIFEST, manifest)
        sums = [(part["sha256"], name) for name, part in manifest["parts"].items()]
        sums.append((checksum(partial / MANIFEST)[1], MANIFEST))
        sums += [(entry["sha256"], f"{FILES_DIR}/{entry['name']}") for entry in entries]
        (partial / SUMS).write_text("".join(f"{digest}  {name}\n" for digest, name in sums), encoding="utf-8")
        partial.rename(path)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    with transaction.atomic():
        record_event(
            actor=None,
            actor_label="system",
            action="backup.created",
            details={
                "path": str(path),
                "manifest_sha256": checksum(path / MANIFEST)[1],
                "database": vendor,
                "tables": len(counts),
                "rows": sum(counts.values()),
                "files": len(entries),
                "bytes": manifest["storage"]["bytes"],
            },
        )
    pruned = prune_backups(path.parent, keep=keep, say=say) if keep is not None else []
    return BackupResult(path=path, manifest=manifest, vanished=vanished, pruned=pruned)


def finished_backups(folder: Path) -> list[tuple[str, Path]]:
    """The finished backups directly in `folder` (a directory with a danvan manifest), oldest first."""
    found = []
    for child in folder.iterdir() if folder.is_dir() else []:
        manifest = child / MANIFEST
        if not child.is_dir() or not manifest.is_file():
            continue
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("format") == FORMAT:
            found.append((str(data.get("created_at", "")), child))
    return sorted(found)


def prune_backups(folder: Path, *, keep: int, say: Say = _quiet) -> list[Path]:
    """Remove the oldest finished backups in `folder` so that `keep` remain; other entries are left alone."""
    backups = finished_backups(folder)
    removed = [path for _, path in backups[: max(len(backups) - keep, 0)]]
    for path in removed:
        say(f"removing old backup {path}")
        shutil.rmtree(path)
    return removed


# --- verify and restore -------------------------------------------------------------------------------------


def _problems_text(problems: list[str]) -> str:
    shown = "\n  ".join(problems[:20])
    more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
    return f"\n  {shown}{more}"


def verify_backup(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Read a backup and check the size and sha256 of every part and every file copy (reads only).

    Returns the manifest and the file list; BackupError listing every problem otherwise."""
    path = Path(path)
    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{path} is not a backup: {MANIFEST} is missing.") from None
    except ValueError as error:
        raise BackupError(f"{path / MANIFEST} is not valid JSON ({error}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path / MANIFEST} is not a danvan backup manifest.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"Backup format version {manifest.get('format_version')} is not supported here.")
    problems = []
    sums = path / SUMS
    if sums.is_file():
        listed = {}
        for line in sums.read_text(encoding="utf-8").splitlines():
            digest, _, name = line.partition("  ")
            listed[name] = digest
        if listed.get(MANIFEST) != checksum(path / MANIFEST)[1]:
            problems.append(f"{MANIFEST}: its sha256 differs from the one in {SUMS}")
    else:
        problems.append(f"{SUMS} is missing")
    for name, expected in manifest["parts"].items():
        part = _copy_path(path, name)
        if not part.is_file():
            problems.append(f"{name}: missing")
        elif _part(part) != {"size": expected["size"], "sha256": expected["sha256"]}:
            problems.append(f"{name}: size or sha256 differs from the manifest")
    if problems:
        raise BackupError(f"The backup {path} is damaged; nothing was changed:{_problems_text(problems)}")
    entries: list[dict[str, Any]] = json.loads((path / FILES_MANIFEST).read_text(encoding="utf-8"))
    for entry in entries:
        copy = _copy_path(path / FILES_DIR, entry["name"])
        if not copy.is_file():
            problems.append(f"{FILES_DIR}/{entry['name']}: missing")
        elif checksum(copy) != (entry["size"], entry["sha256"]):
            problems.append(f"{FILES_DIR}/{entry['name']}: size or sha256 differs from {FILES_MANIFEST}")
    if problems:
        raise BackupError(f"The backup {path} is damaged; nothing was changed:{_problems_text(problems)}")
    return manifest, entries


def _unknown_migrations(manifest: dict[str, Any]) -> list[str]:
    """Migrations the backup's database had that this code does not know (a backup of a newer version)."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    return [
        f"{app}.{name}"
        for app, names in manifest["migrations"].items()
        for name in names
        if (app, name) not in known
    ]


def _pending_migrations() -> list[str]:
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    plan = loader.graph.leaf_nodes()
    pending = []
    for node in plan:
        for app, name in loader.graph.forwards_plan(node):
            if (app, name) not in loader.applied_migrations and f"{app}.{name}" not in pending:
                pending.append(f"{app}.{name}")
    return pending


def _restore_postgres(dump: Path, *, clean: bool) -> None:
    pg_restore = _require_tool("pg_restore")
    command = [pg_restore, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
    if clean:
        command += ["--clean", "--if-exists"]
    command += ["--no-password", f"--dbname={connection.settings_dict['NAME']}", str(dump)]
    connection.close()
    _run(command, env=_pg_env())


def _restore_sqlite(dump: Path) -> None:
    connection.ensure_connection()
    with closing(sqlite3.connect(dump)) as source:
        source.backup(connection.connection)
    connection.close()


def restore_backup(
    path: Path, *, force: bool = False, storage: Storage | None = None, say: Say = _quiet
) -> RestoreResult:
    """Restore a backup into the settings' database and the default storage, then check it landed.

    Every checksum is verified before anything is touched. The database and the storage must be empty unless
    `force` (then the backup's tables and files replace those of the same name; others are left and listed).
    After the restore, every table's row count and every file's sha256 are compared with the manifests.
    Records `backup.restored` in the restored database when its migrations are up to date."""
    storage = storage or default_storage
    say(f"verifying {path}")
    manifest, entries = verify_backup(path)
    vendor = _vendor()
    if manifest["database"]["vendor"] != vendor:
        raise BackupError(
            f"This is a {manifest['database']['vendor']} backup; the settings' database is {vendor}. "
            "Restore it into a database of the same kind."
        )
    unknown = _unknown_migrations(manifest)
    if unknown:
        raise BackupError(
            "The backup was made by a newer danvan (migrations this code does not have: "
            f"{', '.join(unknown[:10])}); restore it with that version or newer."
        )
    if vendor == "postgresql":
        _require_tool("pg_restore")
    tables = database_tables()
    existing_files = stored_files(storage)
    if (tables or existing_files) and not force:
        raise BackupError(
            f"The target is not empty ({len(tables)} tables in database {connection.settings_dict['NAME']}, "
            f"{len(existing_files)} stored files); restore into an empty database and storage, or pass --force "
            "to replace what the backup holds."
        )
    dump = Path(path) / manifest["database"]["part"]
    say(f"restoring the {vendor} database")
    if vendor == "postgresql":
        _restore_postgres(dump, clean=bool(tables))
    else:
        _restore_sqlite(dump)
    ContentType.objects.clear_cache()
    say(f"restoring {len(entries)} stored files")
    for entry in entries:
        name = entry["name"]
        if storage.exists(name):
            storage.delete(name)
        with open(_copy_path(Path(path) / FILES_DIR, name), "rb") as handle:
            saved = storage.save(name, File(handle, name=name))
        if saved != name:
            raise BackupError(f"The storage saved {name} as {saved}; the restore is incomplete.")
    say("checking the restored rows and files")
    problems = []
    restored = table_counts()
    for table, rows in manifest["tables"].items():
        if restored.get(table) != rows:
            problems.append(f"table {table}: {restored.get(table)} rows, the backup has {rows}")
    for entry in entries:
        try:
            found = stored_checksum(storage, entry["name"])
        except FileNotFoundError:
            problems.append(f"file {entry['name']}: missing after the restore")
            continue
        if found != (entry["size"], entry["sha256"]):
            problems.append(f"file {entry['name']}: size or sha256 differs after the restore")
    if problems:
        raise BackupError(f"The restore does not match the backup:{_problems_text(problems)}")
    backed_up = {entry["name"] for entry in entries}
    result = RestoreResult(
        manifest=manifest,
        pending_migrations=_pending_migrations(),
        left_tables=sorted(set(restored) - set(manifest["tables"])),
        left_files=[name for name in existing_files if name not in backed_up],
    )
    if not result.pending_migrations:
        try:
            with transaction.atomic():
                record_event(
                    actor=None,
                    actor_label="system",
                    action="backup.restored",
                    details={
                        "path": str(path),
                        "created_at": manifest["created_at"],
                        "tables": len(manifest["tables"]),
                        "rows": sum(manifest["tables"].values()),
                        "files": len(entries),
                    },
                )
        except DatabaseError as error:
            say(f"warning: the restore event could not be recorded ({error})")
    return result
