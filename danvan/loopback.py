"""A scaled-out deployment on this machine's loopback: an S3-compatible server (moto's server mode), app servers
(gunicorn) and background workers (`manage.py db_worker`), all against one PostgreSQL database and one bucket.

The multi-server test (`danvan/core/tests/test_scale_out.py`) and `bench/scale_bench.py` start it; nothing here
is used by the running application. Every process is a real one, started the way docs/operations.md §Scale out
tells a team to start it, with the configuration it documents (STORAGE=s3 and the S3_* variables)."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from danvan.testing import free_port

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = str(Path(sys.executable).parent / "gunicorn")
S3_KEY, S3_SECRET, S3_REGION = "loopback-key", "loopback-secret", "us-east-1"


@dataclass
class S3Server:
    """moto's S3 server in a thread of this process, with one bucket."""

    endpoint: str
    bucket: str
    server: Any

    def client(self) -> Any:
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=S3_KEY,
            aws_secret_access_key=S3_SECRET,
            region_name=S3_REGION,
        )

    def names(self) -> list[str]:
        """Every object name in the bucket."""
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=self.bucket)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def read(self, name: str) -> bytes:
        body: bytes = self.client().get_object(Bucket=self.bucket, Key=name)["Body"].read()
        return body

    def env(self) -> dict[str, str]:
        """The settings every app server and worker gets (docs/configuration.md §Files)."""
        return {
            "STORAGE": "s3",
            "S3_ENDPOINT_URL": self.endpoint,
            "S3_BUCKET": self.bucket,
            "S3_ACCESS_KEY_ID": S3_KEY,
            "S3_SECRET_ACCESS_KEY": S3_SECRET,
            "S3_REGION": S3_REGION,
            "S3_ADDRESSING_STYLE": "path",
        }


@contextmanager
def s3_server(bucket: str = "danvan") -> Iterator[S3Server]:
    """Start moto's S3 server on a free loopback port, create `bucket`, stop the server at the end."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        s3 = S3Server(endpoint=f"http://127.0.0.1:{port}", bucket=bucket, server=server)
        s3.client().create_bucket(Bucket=bucket)
        yield s3
    finally:
        server.stop()


@dataclass
class Cluster:
    """The processes of one loopback deployment; `stop()` ends every one still running."""

    env: dict[str, str]
    folder: Path
    servers: list[str] = field(default_factory=list)  # base URLs
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start_servers(self, count: int, *, processes: int = 2) -> None:
        """Start `count` gunicorn app servers (each with `processes` workers) and wait until all answer."""
        started = []
        for n in range(len(self.servers), len(self.servers) + count):
            port = free_port()
            log = (self.folder / f"gunicorn-{n}.log").open("ab")
            command = [GUNICORN, "danvan.wsgi:application", "-b", f"127.0.0.1:{port}"]
            command += ["-w", str(processes), "--timeout", "60", "--graceful-timeout", "5"]
            proc = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
            self.processes.append(proc)
            started.append((proc, f"http://127.0.0.1:{port}", n))
        for proc, base, n in started:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if session().get(f"{base}/accounts/login/", timeout=20).status_code == 200:
                        break
                except requests.RequestException:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not start: {self.log(f'gunicorn-{n}.log')}")
                time.sleep(0.2)
            self.servers.append(base)

    def start_workers(self, count: int) -> None:
        for _ in range(count):
            n = len(self.workers)
            log = (self.folder / f"worker-{n}.log").open("ab")
            command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"]
            command += ["--no-startup-delay", "-v", "0"]
            proc = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
            self.workers.append(proc)
            self.processes.append(proc)

    def manage(self, *args: str, timeout: float = 120) -> str:
        """Run a management command with the deployment's settings; its output (it must succeed)."""
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed: {done.stderr[-3000:]}")
        return done.stdout

    def log(self, name: str) -> str:
        path = self.folder / name
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def logs(self) -> str:
        return "\n".join(f"== {p.name}\n{self.log(p.name)}" for p in sorted(self.folder.glob("*.log")))

    def stop(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                # SIGINT: gunicorn's quick shutdown (SIGTERM waits for its workers); a worker stops between tasks.
                proc.send_signal(signal.SIGINT)
        deadline = time.monotonic() + 8
        for proc in self.processes:
            try:
                proc.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by process `pid`, its running children and the children it has
    waited for (gunicorn's workers, LibreOffice under a worker), from /proc; 0 when it is gone."""
    tick = os.sysconf("SC_CLK_TCK")

    def fields(p: int) -> list[str]:
        try:
            return Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return []

    own = fields(pid)
    if not own:
        return 0.0
    total = sum(int(value) for value in own[11:15])  # utime, stime, cutime, cstime
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(pid):
            child = fields(int(entry.name))
            if child and int(child[1]) == pid:
                total += sum(int(value) for value in child[11:15])
    return total / tick


def cluster_env(*, database_url: str, s3: S3Server, folder: Path, **extra: str) -> dict[str, str]:
    """The environment of every process of the deployment: PostgreSQL, the bucket, the database task queue.
    MEDIA_ROOT points at an empty folder, so a file written locally by mistake shows up there."""
    env = {
        **os.environ,
        "DB": "postgres",
        "DATABASE_URL": database_url,
        "DB_CONN_MAX_AGE": "60",
        "TASKS_BACKEND": "database",
        "MEDIA_ROOT": str(folder / "media"),
        "VAR_DIR": str(folder),
        "AXES_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
        **s3.env(),
        **extra,
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def session() -> requests.Session:
    new = requests.Session()
    new.trust_env = False  # loopback only: never through a proxy from the environment
    return new


def login(base: str, username: str, password: str) -> requests.Session:
    """A signed-in session through the login form (the CSRF token read from the page)."""
    client = session()
    page = client.get(f"{base}/accounts/login/", timeout=20)
    token = form_token(page.text)
    response = client.post(
        f"{base}/accounts/login/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": token},
        headers={"Referer": f"{base}/accounts/login/"},
        timeout=20,
        allow_redirects=False,
    )
    if response.status_code != 302:
        raise RuntimeError(f"login of {username} at {base} failed ({response.status_code})")
    return client


def form_token(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not found:
        raise RuntimeError("no CSRF token on the page")
    return found.group(1)


def post(client: requests.Session, url: str, data: dict[str, Any], **kwargs: Any) -> requests.Response:
    """POST a form as a browser does: the CSRF token of the session's cookie, the page as Referer."""
    token = client.cookies.get("csrftoken") or ""
    return client.post(
        url,
        data={**data, "csrfmiddlewaretoken": token},
        headers={"Referer": url},
        timeout=60,
        allow_redirects=False,
        **kwargs,
    )
