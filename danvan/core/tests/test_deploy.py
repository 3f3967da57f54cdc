"""deploy/ agrees with the code: commands the units run exist, sizes match the settings, and
`manage.py check --deploy` is clean with the documented production environment (deploy/danvan.env.example)."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
NGINX = [DEPLOY / "nginx" / "danvan.conf", DEPLOY / "nginx" / "compose.conf"]


def env_example() -> dict[str, str]:
    pairs = {}
    for line in (DEPLOY / "danvan.env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            pairs[name] = value.strip('"')
    return pairs


def manage_commands(text: str) -> set[str]:
    return set(re.findall(r"manage\.py[\"',\s]+([a-z_]+)", text))


def test_every_management_command_the_units_and_compose_run_exists() -> None:
    named: set[str] = set()
    for unit in UNITS:
        named |= manage_commands(unit.read_text())
    compose = yaml.safe_load((DEPLOY / "compose.yml").read_text())
    for service in compose["services"].values():
        command = service.get("command", [])
        named |= manage_commands(" ".join(command) if isinstance(command, list) else command)
    assert {"db_worker", "run_reminders", "sweep_jobs", "cleanup_files", "migrate"} <= named
    assert named <= set(get_commands()), named - set(get_commands())


def test_each_timer_starts_a_service_that_exists_and_each_unit_reads_the_env_file() -> None:
    for timer in (DEPLOY / "systemd").glob("*.timer"):
        assert timer.with_suffix(".service").exists(), timer.name
    for unit in UNITS:
        text = unit.read_text()
        assert "EnvironmentFile=/etc/danvan/danvan.env" in text, unit.name
        assert "WorkingDirectory=/srv/danvan" in text, unit.name


def test_the_web_unit_runs_the_wsgi_application_with_the_gunicorn_settings() -> None:
    text = (DEPLOY / "systemd" / "danvan-web.service").read_text()
    assert "gunicorn danvan.wsgi --config /srv/danvan/deploy/gunicorn.conf.py" in text
    assert settings.WSGI_APPLICATION == "danvan.wsgi.application"
    config: dict[str, object] = {}
    os.environ["WEB_CONCURRENCY"] = "3"
    try:
        exec((DEPLOY / "gunicorn.conf.py").read_text(), config)
    finally:
        del os.environ["WEB_CONCURRENCY"]
    assert config["workers"] == 3
    assert config["bind"] == "127.0.0.1:8001"
    assert "{x-request-id}o" in str(config["access_log_format"])


def test_nginx_accepts_a_little_more_than_the_upload_limit_so_the_application_answers() -> None:
    limit_mb = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
    assert env_example()["MAX_UPLOAD_MB"] == str(limit_mb)
    for conf in NGINX:
        text = conf.read_text()
        assert re.findall(r"client_max_body_size (\d+)m;", text) == [str(limit_mb + 1)], conf.name
        # Uploaded files are only ever served through the application's permission checks.
        assert "/media" not in text
        assert "X-Forwarded-Proto $scheme" in text
        assert "X-Request-ID $danvan_request_id" in text


def test_nginx_serves_the_static_root_of_the_env_file() -> None:
    static_root = env_example()["STATIC_ROOT"]
    assert f"alias {static_root}/;" in NGINX[0].read_text()


def test_every_variable_of_the_env_file_is_read_by_the_settings_and_documented() -> None:
    read = (ROOT / "danvan" / "settings.py").read_text() + (DEPLOY / "gunicorn.conf.py").read_text()
    documented = (ROOT / "docs" / "configuration.md").read_text()
    for name in env_example():
        assert re.search(rf"[\"']{name}[\"']", read), f"{name} is not read by settings.py"
        assert f"`{name}`" in documented, f"{name} is not in docs/configuration.md"


def test_a_shell_can_load_the_env_file_as_the_runbook_does() -> None:
    script = f"set -a; . {DEPLOY / 'danvan.env.example'}; set +a; env"
    done = subprocess.run(
        ["bash", "-c", script], env={"PATH": os.environ["PATH"]}, capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    loaded = dict(line.partition("=")[::2] for line in done.stdout.splitlines())
    for name, value in env_example().items():
        assert loaded[name] == value, name


def check_deploy(tmp_path: Path, *options: str, **settings: str) -> subprocess.CompletedProcess[str]:
    """`manage.py check --deploy` under the env file of deploy/ with a fresh secret key, the given variables and a
    scratch VAR_DIR."""
    env = {
        **env_example(),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "VAR_DIR": str(tmp_path),
        "PATH": os.environ["PATH"],
        **settings,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", *options],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_the_documented_production_environment(tmp_path: Path) -> None:
    done = check_deploy(
        tmp_path,
        "--fail-level",
        "WARNING",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/danvan_prodstack",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "System check identified no issues (1 silenced)." in done.stdout


def test_check_deploy_refuses_local_files_with_two_app_servers(tmp_path: Path) -> None:
    done = check_deploy(tmp_path, APP_SERVERS="2")
    assert done.returncode == 1
    assert "danvan.E008" in done.stderr


SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed")
def test_systemd_reads_every_unit_and_timer_without_a_complaint(tmp_path: Path) -> None:
    # The programs and paths of a server are replaced by ones that exist here; the rest is verified as written.
    for unit in (DEPLOY / "systemd").iterdir():
        text = re.sub(r"/srv/danvan/\.venv/bin/\w+", "/bin/true", unit.read_text())
        # Programs of the server this machine lacks (rclone for the off-site copy).
        text = re.sub(
            r"^(Exec\w+=)(/\S+)",
            lambda m: m.group(1) + (m.group(2) if Path(m.group(2)).exists() else "/bin/true"),
            text,
            flags=re.M,
        )
        text = text.replace("EnvironmentFile=/etc/", "EnvironmentFile=-/etc/").replace(
            "=/srv/danvan", "=/tmp"
        )
        text = (
            re.sub(r"(User|Group)=danvan", r"\1=root", text)
            .replace("/var/lib/danvan", "/tmp")
            .replace("/var/backups/danvan", "/tmp")
        )
        name = unit.name.replace("@.service", "@1.service")
        (tmp_path / name).write_text(text)
    units = sorted(str(path) for path in tmp_path.iterdir())
    done = subprocess.run(
        [str(SYSTEMD_ANALYZE), "verify", "--man=no", *units], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stderr.strip() == "", done.stderr
    for timer in (DEPLOY / "systemd").glob("*.timer"):
        (calendar,) = re.findall(r"^OnCalendar=(.+)$", timer.read_text(), flags=re.M)
        parsed = subprocess.run(
            [str(SYSTEMD_ANALYZE), "calendar", calendar], capture_output=True, text=True, timeout=30
        )
        assert parsed.returncode == 0, (timer.name, parsed.stderr)


def test_check_deploy_is_clean_with_two_app_servers_on_object_storage(tmp_path: Path) -> None:
    done = check_deploy(
        tmp_path,
        "--fail-level",
        "WARNING",
        APP_SERVERS="2",
        STORAGE="s3",
        S3_BUCKET="danvan",
        S3_ENDPOINT_URL="https://s3.example.gov.vn",
    )
    assert done.returncode == 0, done.stdout + done.stderr
