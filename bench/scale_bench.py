"""Throughput of the scaled-out deployment: one app server against two, one worker against two.

Starts what docs/operations.md §Scale out describes, on loopback: a fresh PostgreSQL database
(`danvan_prodscale_bench`, dropped and created), moto's S3 server with a bucket, gunicorn app servers
(`--processes` each, DEBUG off, static files collected) and `db_worker` processes, all with STORAGE=s3. A small
province (one agency, `--tasks` catalog tasks, an evidence file in the bucket) is created through the actions.

Pages: `--users` client threads (each signed in through the login form) spread their requests over the running
servers for `--seconds`, in random order: the home page (the trivial page every figure is compared with), "my
tasks", a task's progress page, an evidence download (read from the bucket) and a progress save (the form read,
then posted with its version: a write). Run once with one server, once with two. Jobs: `--exports` PDF exports
queued at once, converted by one worker, then by two (LibreOffice; skipped when missing).

The figures are for sizing (docs/operations.md §Scale out): requests per second per server process, and the
cost of each page as a multiple of the trivial page measured in the same run, which stays meaningful on a
faster or slower machine. On one machine both servers share its CPUs: two servers show what sharing the
database, the sessions and the bucket costs, not the gain of a second machine.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from danvan.loopback import Cluster, cluster_env, cpu_seconds, login, post, s3_server  # noqa: E402

DB_NAME = "danvan_prodscale_bench"
PASSWORD = "Bench-mat-khau-2025"

SETUP = """
import datetime, json
from django.core.files.uploadedfile import SimpleUploadedFile
from danvan.accounts import actions as accounts
from danvan.organizations import actions as organizations
from danvan.organizations.models import Organization
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting.actions import progress
province = organizations.create_organization(actor=None, name="Ủy ban nhân dân thành phố Hải Phòng",
    kind=Organization.Kind.PROVINCE, locality="Hải Phòng")
department = organizations.create_organization(actor=None, name="Sở Công Thương",
    kind=Organization.Kind.DEPARTMENT, parent=province)
users = []
for n in range({users}):
    user = accounts.create_user(actor=None, username=f"canbo{{n:02d}}", password={password!r},
        full_name=f"Cán bộ {{n:02d}}")
    organizations.grant_role(actor=None, user=user, organization=department, role="agency_officer")
    users.append(user)
catalog = Plan.objects.create(kind=Plan.Kind.CATALOG, owner=province, status=Plan.Status.ISSUED,
    title="Danh mục nhiệm vụ công tác dân vận chính quyền năm 2026")
tasks = []
for n in range(1, {tasks} + 1):
    task = Task.objects.create(plan=catalog, number=f"1.{{n}}", position=n, content=f"Nhiệm vụ dân vận số {{n}}",
        timeframe_kind=Task.TimeframeKind.BY_DATE, due=datetime.date(2026, 12, 31))
    Assignment.objects.create(task=task, role=Assignment.Role.LEAD, organization=department,
        text=department.name)
    tasks.append(task)
pdf = b"%PDF-1.4\\n%" + b"x" * 200_000 + b"\\n1 0 obj<<>>endobj\\ntrailer<<>>\\n%%EOF\\n"
row = progress.update_progress(actor=users[0], task=tasks[0], organization=department, state="in_progress",
    percent=10, completed_on=None, result="", evidence=[SimpleUploadedFile("bien-ban.pdf", pdf)])
plan = Plan.objects.create(kind=Plan.Kind.AGENCY_PLAN, owner=department, status=Plan.Status.ISSUED,
    title="Kế hoạch thực hiện công tác dân vận chính quyền năm 2026 của Sở Công Thương")
for n in range(1, 31):
    own = Task.objects.create(plan=plan, number=str(n), position=n, content=f"Nhiệm vụ của Sở số {{n}}")
    Assignment.objects.create(task=own, role=Assignment.Role.LEAD, organization=department, text=department.name)
print(json.dumps({{"tasks": [t.pk for t in tasks], "evidence": row.evidence.get().pk, "plan": plan.pk,
    "department": department.pk}}))
"""


def run(cmd: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr[-3000:]}")
    return done.stdout


def pages(world: dict[str, object]) -> dict[str, str]:
    tasks = world["tasks"]
    assert isinstance(tasks, list)
    return {
        "trivial": "/",
        "my tasks": "/reporting/my-tasks/",
        "task progress": f"/reporting/tasks/{tasks[1]}/progress/",
        "evidence (S3)": f"/reporting/evidence/{world['evidence']}/",
        "progress save": "/reporting/tasks/{task}/progress/",
    }


def load(
    servers: list[str], server_pids: list[int], world: dict[str, object], args: argparse.Namespace
) -> dict[str, list[float]]:
    """`--users` threads request the pages in random order over the servers for `--seconds`; also the CPU
    seconds the server processes used meanwhile."""
    urls = pages(world)
    tasks = world["tasks"]
    assert isinstance(tasks, list)
    samples: dict[str, list[float]] = defaultdict(list)
    lock = threading.Lock()
    errors: list[str] = []
    sessions = [login(servers[n % len(servers)], f"canbo{n:02d}", PASSWORD) for n in range(args.users)]
    deadline = time.monotonic() + args.seconds

    def client(n: int) -> None:
        rng = random.Random(n)
        session = sessions[n]
        own_task = tasks[2 + n % (len(tasks) - 2)]  # each client saves its own task: no stale refusals
        count = 0
        while time.monotonic() < deadline and not errors:
            order = list(urls)
            rng.shuffle(order)
            for name in order:
                base = servers[(n + count) % len(servers)]
                count += 1
                started = time.perf_counter()
                if name == "progress save":
                    url = base + urls[name].format(task=own_task)
                    form = session.get(url, timeout=60)
                    seen = re.search(r'name="seen" value="([^"]*)"', form.text)
                    data = {
                        "organization": world["department"],
                        "state": "in_progress",
                        "seen": seen[1] if seen else "",
                    }
                    response = post(session, url, {**data, "percent": str(count % 100)})
                    ok = response.status_code == 302
                else:
                    response = session.get(base + urls[name], timeout=60, allow_redirects=False)
                    ok = response.status_code == 200
                elapsed = (time.perf_counter() - started) * 1000
                if not ok:
                    errors.append(f"{name}: {response.status_code}")
                    return
                with lock:
                    samples[name].append(elapsed)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.users)]
    cpu_before = sum(cpu_seconds(pid) for pid in server_pids)
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    samples["_seconds"] = [time.monotonic() - started]
    samples["_cpu"] = [sum(cpu_seconds(pid) for pid in server_pids) - cpu_before]
    if errors:
        sys.exit("errors: " + ", ".join(errors[:5]))
    return samples


def exports(cluster: Cluster, world: dict[str, object], count: int) -> float:
    """Queue `count` PDF exports at once through the servers; seconds until the workers finished them all."""
    session = login(cluster.servers[0], "canbo00", PASSWORD)
    started = time.monotonic()
    jobs = []
    for n in range(count):
        response = post(
            session, f"{cluster.servers[n % len(cluster.servers)]}/plans/{world['plan']}/export/pdf/", {}
        )
        found = re.search(r"/plans/exports/(\d+)/", response.headers.get("Location", ""))
        if not found:
            sys.exit(f"the PDF export was not queued ({response.status_code})")
        jobs.append(found.group(1))
    pending = set(jobs)
    while pending:
        if time.monotonic() - started > 600:
            sys.exit("the PDF exports did not end within 10 minutes")
        for pk in list(pending):
            page = session.get(
                f"{cluster.servers[0]}/plans/exports/{pk}/download/", timeout=60, allow_redirects=False
            )
            if page.status_code == 200:
                pending.discard(pk)
        time.sleep(0.2)
    return time.monotonic() - started


def report(name: str, samples: dict[str, list[float]], processes: int) -> dict[str, float]:
    seconds = samples.pop("_seconds")[0]
    cpu = samples.pop("_cpu")[0]
    total = sum(len(v) for v in samples.values())
    trivial = statistics.median(samples["trivial"])
    print(
        f"\n{name}: {total / seconds:.1f} requests/s in all ({total / seconds / processes:.1f} per server process)"
    )
    print(
        f"CPU of the app servers: {cpu:.1f} s for {total} requests, {cpu / total * 1000:.0f} ms per request"
    )
    print(f"{'page':<16}{'requests':>10}{'median ms':>11}{'× trivial':>11}")
    for page, values in samples.items():
        median = statistics.median(values)
        print(f"{page:<16}{len(values):>10}{median:>11.1f}{median / trivial:>11.2f}")
    return {"rps": total / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--processes", type=int, default=2, help="gunicorn processes per app server")
    parser.add_argument("--users", type=int, default=8, help="concurrent clients (threads)")
    parser.add_argument("--seconds", type=float, default=20, help="load phase per configuration")
    parser.add_argument("--tasks", type=int, default=40, help="catalog tasks of the agency")
    parser.add_argument("--exports", type=int, default=4, help="PDF exports queued at once (0: none)")
    args = parser.parse_args()
    if (
        shutil.which("psql") is None
        or subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"]).returncode != 0
    ):
        sys.exit("PostgreSQL is not answering on 127.0.0.1:5432 (run `make postgres`).")
    pg = ["-h", "127.0.0.1", "-U", "postgres"]
    with tempfile.TemporaryDirectory(prefix="danvan-scale-bench-") as folder, s3_server() as s3:
        env = cluster_env(
            database_url=f"postgres://postgres@127.0.0.1:5432/{DB_NAME}",
            s3=s3,
            folder=Path(folder),
            DEBUG="false",
            SECRET_KEY="bench-" + "x" * 50,
            SECURE_COOKIES="false",
            STATIC_ROOT=str(Path(folder) / "static"),
        )
        started = time.monotonic()
        run(["dropdb", *pg, "--if-exists", DB_NAME], env)
        run(["createdb", *pg, DB_NAME], env)
        py = sys.executable
        run([py, "manage.py", "migrate", "--noinput", "-v", "0"], env)
        run([py, "manage.py", "collectstatic", "--noinput", "-v", "0"], env)
        code = SETUP.format(users=args.users, password=PASSWORD, tasks=args.tasks)
        world = json.loads(run([py, "manage.py", "shell", "-c", code], env).strip().splitlines()[-1])
        print(f"database, bucket and static files ready in {time.monotonic() - started:.1f} s")

        figures = {}
        for servers in (1, 2):
            cluster = Cluster(env=env, folder=Path(folder))
            try:
                cluster.start_servers(servers, processes=args.processes)
                pids = [proc.pid for proc in cluster.processes]
                samples = load(cluster.servers, pids, world, args)
            finally:
                cluster.stop()
            name = f"{servers} app server{'s' if servers > 1 else ''} × {args.processes} processes"
            figures[servers] = report(name, samples, servers * args.processes)
        print(
            f"\ntwo servers / one server: {figures[2]['rps'] / figures[1]['rps']:.2f}× the requests per second"
        )

        if args.exports and (shutil.which("libreoffice") or shutil.which("soffice")):
            timing = {}
            for workers in (1, 2):
                cluster = Cluster(env=env, folder=Path(folder))
                try:
                    cluster.start_servers(1, processes=1)
                    cluster.start_workers(workers)
                    cpu = sum(cpu_seconds(w.pid) for w in cluster.workers)
                    timing[workers] = exports(cluster, world, args.exports)
                    cpu = sum(cpu_seconds(w.pid) for w in cluster.workers) - cpu
                finally:
                    cluster.stop()
                print(
                    f"{args.exports} PDF exports, {workers} worker{'s' if workers > 1 else ''}: "
                    f"{timing[workers]:.1f} s ({args.exports / timing[workers] * 60:.1f} per minute), "
                    f"worker CPU {cpu / args.exports:.1f} s per export (LibreOffice included)"
                )
        print(f"objects in the bucket: {len(s3.names())}")


if __name__ == "__main__":
    main()
