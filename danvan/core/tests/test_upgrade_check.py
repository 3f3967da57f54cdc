"""`make upgrade-check` rolls back to the migrations of a git revision: each app's newest one there.

The full run (demo load, back, forward) takes minutes and is `make upgrade-check`, not part of the suite."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

from django.apps import apps

ROOT = Path(__file__).resolve().parents[3]


def upgrade_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("upgrade_check", ROOT / "scripts" / "upgrade_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_rolls_back_every_app_of_the_project_that_has_migrations() -> None:
    with_migrations = {
        config.label
        for config in apps.get_app_configs()
        if config.name.startswith("danvan.") and list((Path(config.path) / "migrations").glob("0001_*.py"))
    }
    assert set(upgrade_check().APPS) == with_migrations


def test_the_targets_of_a_revision_are_each_apps_newest_migration_there() -> None:
    module = upgrade_check()
    at_head = module.migrations_at("HEAD")
    for app, target in at_head.items():
        committed = subprocess.run(
            ["git", "ls-tree", "--name-only", "HEAD", f"danvan/{app}/migrations/"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        newest = max(Path(name).stem for name in committed if Path(name).name[:4].isdigit())
        assert target == newest, app
    # Before the project had any migration, every app goes back to zero.
    first = subprocess.run(
        ["git", "rev-list", "--max-parents=0", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()[0]
    assert set(module.migrations_at(first).values()) == {"zero"}
