"""Dashboard speed at nationwide scale: `.venv/bin/python bench/dashboard_bench.py` prints latencies and query counts.

On PostgreSQL (a separate database `danvan_bench`, dropped and re-created unless `--reuse`): migrate, run
`seed_scale` (34 provinces × 100 agencies × 40 tasks × 3 periods by default: ~3,400 organisations, ~200,000 task
assignments), start gunicorn on 127.0.0.1 (a free port, `--workers` 2–4), log a few coordinators and agency
officers in through the login form, and let `--users` concurrent clients (threads, loopback only) request the
coordinator dashboard, an agency's task list ("my tasks") and a trivial page (the home page) in the same run,
bounded by `--requests` per page and `--seconds`. Prints median and p95 latency per page, the ratio
dashboard/trivial (target ≤ 5×) and the number of SQL queries per page.

Needs a PostgreSQL server on 127.0.0.1:5432 (`make postgres`); `PGUSER` (default postgres) must create databases.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DB_NAME = "danvan_bench"
PASSWORD = "Bench-mat-khau-2025"
PAGES = {
    "dashboard": "/reporting/dashboard/",
    "my tasks": "/reporting/dashboard/mine/",
    "trivial": "/",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bench_env(static_root: str) -> dict[str, str]:
    pg_user = os.environ.get("PGUSER", "postgres")
    return {
        **os.environ,
        "DB": "postgres",
        "DATABASE_URL": f"postgres://{pg_user}@127.0.0.1:5432/{DB_NAME}",
        "DB_CONN_MAX_AGE": "60",
        "DEBUG": "false",
        "SECRET_KEY": "bench-" + "x" * 50,
        "SECURE_COOKIES": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "STATIC_ROOT": static_root,
        "AXES_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
    }


def run(cmd: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def prepare_database(args: argparse.Namespace, env: dict[str, str]) -> None:
    pg = ["-h", "127.0.0.1", "-U", os.environ.get("PGUSER", "postgres")]
    exists = subprocess.run(
        ["psql", *pg, "-tAc", f"SELECT 1 FROM pg_database WHERE datname='{DB_NAME}'"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    if args.reuse and exists == "1":
        print(f"Reusing database {DB_NAME}")
        return
    run(["dropdb", *pg, "--if-exists", DB_NAME], env)
    run(["createdb", *pg, DB_NAME], env)
    run([PY, "manage.py", "migrate", "--noinput"], env)
    sizes = [
        "--provinces", str(args.provinces),
        "--orgs-per-province", str(args.orgs),
        "--tasks", str(args.tasks),
        "--periods", str(args.periods),
    ]  # fmt: skip
    print("seed_scale:", run([PY, "manage.py", "seed_scale", *sizes, "--force"], env).strip())


def query_counts(env: dict[str, str], officer: str) -> dict[str, int]:
    """SQL queries per page, measured in a child process with Django's test client on the bench database."""
    code = f"""
import django, os, json
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from danvan.accounts.models import User
pages = {PAGES!r}
users = {{"dashboard": "p01-coordinator", "my tasks": {officer!r}, "trivial": {officer!r}}}
out = {{}}
for name, url in pages.items():
    client = Client()
    client.force_login(User.objects.get(username=users[name]))
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    out[name] = len(ctx.captured_queries)
print(json.dumps(out))
"""
    env = {**env, "DJANGO_SETTINGS_MODULE": "danvan.settings"}
    import json

    return dict(json.loads(run([PY, "-c", code], env).strip().splitlines()[-1]))


def start_gunicorn(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    log = open(ROOT / "var" / "bench-gunicorn.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [
            GUNICORN,
            "danvan.wsgi:application",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(workers),
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            # The first request loads Django in the worker: give it time.
            if _session().get(f"{base}/accounts/login/", timeout=20).status_code == 200:
                return proc, base
        except requests.RequestException:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    proc.terminate()
    sys.exit("gunicorn did not start; see var/bench-gunicorn.log")


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # loopback only: never through a proxy from the environment
    return session


def login(base: str, username: str) -> requests.Session:
    session = _session()
    page = session.get(f"{base}/accounts/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the login page"
    response = session.post(
        f"{base}/accounts/login/",
        data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token.group(1)},
        headers={"Referer": f"{base}/accounts/login/"},
        timeout=10,
        allow_redirects=False,
    )
    assert response.status_code == 302, f"login of {username} failed ({response.status_code})"
    return session


def load(base: str, args: argparse.Namespace) -> dict[str, list[float]]:
    """`--users` threads, each with a coordinator's and an agency officer's session, request the three pages in
    random order until every page has `--requests` samples or `--seconds` have passed."""
    provinces = list(range(1, min(args.provinces, 6) + 1))
    samples: dict[str, list[float]] = {name: [] for name in PAGES}
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds
    errors: list[str] = []

    def worker(n: int) -> None:
        p = provinces[n % len(provinces)]
        coordinator = login(base, f"p{p:02d}-coordinator")
        officer = login(base, f"p{p:02d}-a{(n * 7) % args.orgs + 1:03d}")
        sessions = {"dashboard": coordinator, "my tasks": officer, "trivial": officer}
        rng = random.Random(n)
        warm = 2
        while time.monotonic() < deadline:
            with lock:
                if all(len(s) >= args.requests for s in samples.values()):
                    return
            order = list(PAGES)
            rng.shuffle(order)
            for name in order:
                started = time.perf_counter()
                response = sessions[name].get(base + PAGES[name], timeout=30, allow_redirects=False)
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:
                    errors.append(f"{name}: {response.status_code}")
                    return
                if warm:
                    continue
                with lock:
                    samples[name].append(elapsed)
            warm = max(0, warm - 1)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        sys.exit("errors: " + ", ".join(errors[:5]))
    return samples


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--orgs", type=int, default=100, help="agencies per province")
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--periods", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, choices=[2, 3, 4])
    parser.add_argument("--users", type=int, default=6, help="concurrent clients (threads)")
    parser.add_argument("--requests", type=int, default=300, help="samples per page")
    parser.add_argument("--seconds", type=float, default=120, help="upper bound on the load phase")
    parser.add_argument("--reuse", action="store_true", help="keep an already seeded danvan_bench database")
    args = parser.parse_args()
    if (
        shutil.which("psql") is None
        or subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"]).returncode != 0
    ):
        sys.exit("PostgreSQL is not answering on 127.0.0.1:5432 (run `make postgres`).")

    (ROOT / "var").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="danvan-bench-static-") as static_root:
        env = bench_env(static_root)
        started = time.monotonic()
        prepare_database(args, env)
        print(f"database ready in {time.monotonic() - started:.1f} s")
        run([PY, "manage.py", "collectstatic", "--noinput"], env)
        counts = query_counts(env, f"p01-a{min(50, args.orgs):03d}")
        proc, base = start_gunicorn(env, args.workers)
        try:
            samples = load(base, args)
        finally:
            proc.terminate()
            proc.wait(timeout=30)

    print(
        f"\nPostgreSQL, gunicorn {args.workers} workers, {args.users} concurrent users, loopback; "
        f"data: {args.provinces} provinces × {args.orgs} agencies × {args.tasks} tasks × {args.periods} periods"
    )
    print(f"{'page':<12}{'requests':>10}{'median ms':>12}{'p95 ms':>10}{'queries':>10}")
    for name, values in samples.items():
        print(
            f"{name:<12}{len(values):>10}{statistics.median(values):>12.1f}{p95(values):>10.1f}{counts[name]:>10}"
        )
    trivial = statistics.median(samples["trivial"])
    for name in ("dashboard", "my tasks"):
        ratio = statistics.median(samples[name]) / trivial
        verdict = "ok" if ratio <= 5 else "ABOVE TARGET"
        print(f"{name} / trivial (median): {ratio:.2f}× (target ≤ 5×: {verdict})")


if __name__ == "__main__":
    main()
