"""`make upgrade-check`: every migration applied to a copy of the demo database, rolled back, and applied again.

    python scripts/upgrade_check.py [--back-to zero | --back-to GIT_REF] [--keep]

1. A fresh database is migrated and loaded with the demo (`seed_demo`): the data a real site has.
2. It is copied (SQLite: the file; PostgreSQL: CREATE DATABASE … TEMPLATE), and on the copy:
3. the project's apps are migrated back: to `zero` by default (every migration's reverse runs, against the demo's
   rows), or with `--back-to GIT_REF` (a release tag) to the migrations that existed at that release, the state a
   failed upgrade rolls back to;
4. migrated forward again, then `seed_demo` runs on it (idempotent: it must find the schema the app expects) and
   `makemigrations --check` proves the models and the migrations agree.

The database comes from DB / DATABASE_URL like the application (DB=postgres: two databases named after
DATABASE_URL's with `_upgrade_demo` and `_upgrade_copy`, dropped at the end unless --keep). It never touches the
configured database itself. Takes a few minutes (the demo load dominates), so it is not part of `make test`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
# The project's apps with migrations, most dependent first (reversing an app also reverses what depends on it).
APPS = ["feedback", "evaluation", "initiatives", "search", "reporting", "documents", "plans", "organizations",
        "accounts", "core"]  # fmt: skip
MIGRATION = re.compile(r"^(\d{4}_\w+)\.py$")


def migrations_at(ref: str) -> dict[str, str]:
    """Each app's newest migration in the git revision `ref` ("zero" when the app had none there)."""
    targets = {}
    for app in APPS:
        listing = subprocess.run(
            ["git", "ls-tree", "--name-only", f"{ref}:danvan/{app}/migrations"],
            cwd=ROOT, capture_output=True, text=True,
        )  # fmt: skip
        names = sorted(m.group(1) for m in map(MIGRATION.match, listing.stdout.split()) if m)
        targets[app] = names[-1] if names else "zero"
    return targets


ROLL_BACK_AND_FORWARD = """
import django, json, sys, time
django.setup()
from django.core.management import call_command
targets = json.loads(sys.argv[1])
for app, target in targets.items():
    started = time.monotonic()
    call_command("migrate", app, target, verbosity=0)
    print(f"  back  {app:<14} to {target:<40} {time.monotonic() - started:6.1f} s", flush=True)
started = time.monotonic()
call_command("migrate", verbosity=0)
print(f"  forward, every migration {time.monotonic() - started:6.1f} s", flush=True)
call_command("makemigrations", check=True, dry_run=True, verbosity=0)
print("  models and migrations agree", flush=True)
"""


def run(args: list[str], env: dict[str, str]) -> None:
    subprocess.run(args, cwd=ROOT, env=env, check=True)


def with_database_name(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def admin_sql(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(with_database_name(url, "postgres"), autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--back-to", default="zero", help="zero (default) or a git revision (a release tag)")
    parser.add_argument("--keep", action="store_true", help="keep the databases and files for inspection")
    options = parser.parse_args()
    targets = dict.fromkeys(APPS, "zero") if options.back_to == "zero" else migrations_at(options.back_to)

    work = Path(tempfile.mkdtemp(prefix="danvan-upgrade-"))
    base = {**os.environ, "MEDIA_ROOT": str(work / "media"), "TASKS_BACKEND": "immediate", "DEBUG": "true"}
    python = sys.executable
    db = os.environ.get("DB", "sqlite")
    if db == "postgres":
        url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/danvan")
        name = urlsplit(url).path.lstrip("/")
        demo_name, copy_name = f"{name}_upgrade_demo", f"{name}_upgrade_copy"
        admin_sql(url, f'DROP DATABASE IF EXISTS "{copy_name}"', f'DROP DATABASE IF EXISTS "{demo_name}"',
                  f'CREATE DATABASE "{demo_name}"')  # fmt: skip
        demo = {
            **base,
            "DB": "postgres",
            "DATABASE_URL": with_database_name(url, demo_name),
            "DB_CONN_MAX_AGE": "0",
        }
        copy = {**demo, "DATABASE_URL": with_database_name(url, copy_name)}
    else:
        demo = {**base, "DB": "sqlite", "SQLITE_PATH": str(work / "demo.sqlite3")}
        copy = {**demo, "SQLITE_PATH": str(work / "copy.sqlite3")}

    started = time.monotonic()
    print(f"1. demo database ({db}) in {work}", flush=True)
    run([python, "manage.py", "migrate", "--noinput", "--verbosity", "0"], demo)
    run([python, "manage.py", "seed_demo"], {**demo, "PYTHONWARNINGS": "ignore"})
    print("2. copy", flush=True)
    if db == "postgres":
        admin_sql(url, f'CREATE DATABASE "{copy_name}" TEMPLATE "{demo_name}"')
    else:
        with sqlite3.connect(demo["SQLITE_PATH"]) as source, sqlite3.connect(copy["SQLITE_PATH"]) as target:
            source.backup(target)
    back = "zero" if options.back_to == "zero" else f"the migrations of {options.back_to}"
    print(f"3. back to {back}, then forward on the copy", flush=True)
    run([python, "-c", ROLL_BACK_AND_FORWARD, __import__("json").dumps(targets)],
        {**copy, "DJANGO_SETTINGS_MODULE": "danvan.settings"})  # fmt: skip
    print("4. the demo loads on the upgraded copy", flush=True)
    run([python, "manage.py", "seed_demo"], {**copy, "PYTHONWARNINGS": "ignore"})
    if not options.keep:
        if db == "postgres":
            admin_sql(url, f'DROP DATABASE "{copy_name}"', f'DROP DATABASE "{demo_name}"')
        shutil.rmtree(work)
    print(f"upgrade check passed in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
