"""Fixtures shared by every app's tests: small factories and the three-user pattern."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
_counter = itertools.count(1)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(autouse=True)
def _test_settings(settings: Any) -> None:
    # live_server resolves static files through finders; hashed manifest names would 404 there.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Background jobs run inside the request unless a test asks for the database backend and a worker.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def _fresh_working_calendar() -> Iterator[None]:
    """Each test loads the holiday table of its own database (a rolled-back test must not leave its days)."""
    from danvan.core import workdays

    workdays.clear_cache()
    yield
    workdays.clear_cache()


@pytest.fixture
def make_organization(db: None) -> Any:
    """make_organization(name=..., kind=..., parent=...) through the real action."""
    from danvan.organizations import actions
    from danvan.organizations.models import Organization

    def make(**overrides: Any) -> Organization:
        fields: dict[str, Any] = {"name": f"Đơn vị {next(_counter)}", "kind": Organization.Kind.DEPARTMENT}
        fields.update(overrides)
        return actions.create_organization(actor=None, **fields)

    return make


@pytest.fixture
def make_user(db: None) -> Any:
    """make_user(organization=..., role=..., **fields): a user, with a membership when given an organisation."""
    from danvan.accounts import actions as account_actions
    from danvan.organizations import actions as org_actions

    def make(organization: Any = None, role: str = "agency_officer", **overrides: Any) -> Any:
        n = next(_counter)
        fields: dict[str, Any] = {
            "username": f"user{n}",
            "password": "Mat-khau-123",
            "full_name": f"Cán bộ {n}",
        }
        fields.update(overrides)
        user = account_actions.create_user(actor=None, **fields)
        if organization is not None:
            org_actions.grant_role(actor=None, user=user, organization=organization, role=role)
        return user

    return make


@dataclass
class Tree:
    """A small province: the province, two departments with internal units, and a commune."""

    province: Any
    department: Any  # Sở Công Thương
    unit: Any  # Phòng Quản lý Thương mại of the department
    other_department: Any  # Sở Nội vụ
    commune: Any  # Xã Cẩm Giang
    other_province: Any


@pytest.fixture
def tree(make_organization: Any) -> Tree:
    from danvan.organizations.models import Organization

    kind = Organization.Kind
    province = make_organization(
        name="Ủy ban nhân dân thành phố Hải Phòng", kind=kind.PROVINCE, locality="Hải Phòng"
    )
    department = make_organization(name="Sở Công Thương", parent=province)
    unit = make_organization(name="Phòng Quản lý Thương mại", kind=kind.DIVISION, parent=department)
    other_department = make_organization(name="Sở Nội vụ", parent=province)
    commune = make_organization(name="Xã Cẩm Giang", kind=kind.COMMUNE, code="10888", parent=province)
    other_province = make_organization(name="Ủy ban nhân dân tỉnh Quảng Ngãi", kind=kind.PROVINCE)
    return Tree(province, department, unit, other_department, commune, other_province)


@dataclass
class ThreeUsers:
    """healthchecks' alice/bob/charlie: own organisation, its parent, an unrelated organisation."""

    own: Any
    parent: Any
    unrelated: Any


@pytest.fixture
def three_users(tree: Tree, make_user: Any) -> ThreeUsers:
    """Users around `tree.department`: its officer, an officer of the province, an officer of a commune."""
    return ThreeUsers(
        own=make_user(tree.department, "agency_officer", username="alice"),
        parent=make_user(tree.province, "agency_officer", username="bob"),
        unrelated=make_user(tree.commune, "agency_officer", username="charlie"),
    )


@pytest.fixture
def smtp(settings: Any) -> Iterator[Any]:
    """An aiosmtpd server on 127.0.0.1 and Django's SMTP backend pointed at it (reminders are read back)."""
    from aiosmtpd.controller import Controller

    from danvan.testing import Mailbox, free_port

    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    settings.SITE_URL = "https://danvan.example.gov.vn"
    settings.REMINDER_DAYS_BEFORE = "7,3"
    try:
        yield mailbox
    finally:
        controller.stop()


# --- the shared demo ----------------------------------------------------------------------------------------
#
# Loading the demo takes 10–30 s. Tests that only read it (page walks in every role, layout at two widths, the
# status agreement) share one copy per test process instead of loading their own: they request `demo_site`
# (and `demo_server` for a browser), are not marked `django_db`, and must not change the demo beyond logging in.
# They run after every other test of the process (pytest-django already runs the database tests first), so no
# rolled-back or flushed test sees the demo and the demo never sees their leftovers; should another test follow
# them anyway, the demo is flushed first. Tests that change the demo load their own, as before.

DEMO_FIXTURE = "demo_site"
_shared_demo: dict[str, Any] = {"loaded": False, "migrated": ""}


def _reads_the_shared_demo(item: pytest.Item | None) -> bool:
    return item is not None and DEMO_FIXTURE in getattr(item, "fixturenames", ())


def pytest_configure(config: pytest.Config) -> None:
    # pytest-django creates only the test databases the collected tests ask for (a `django_db` mark, `db`,
    # `transactional_db`, `live_server`); the shared demo asks for the default one. Its lookup is private, so
    # this wraps it by name; should pytest-django rename it, the shared-demo tests fail on a missing table.
    from pytest_django import fixtures

    asked = fixtures._get_databases_for_test

    def databases_for_test(test: pytest.Item) -> tuple[Any, bool]:
        if _reads_the_shared_demo(test):
            return ("default",), False
        return asked(test)

    fixtures._get_databases_for_test = databases_for_test


# Tests marked `layout_only` judge how Chromium lays the demo's pages out (measured CSS): the rows come from the
# database, but which vendor served them does not change the verdict, and test_vietnamese_pages fetches every page
# of the same walk on both databases. The PostgreSQL run leaves them out like the tests without a database.
LAYOUT_ONLY = "layout_only"


def _order_key(item: pytest.Item) -> tuple[bool, bool]:
    """Readers of the shared demo last; among them the browser walks (the longest tests of the suite) first, so
    that the last tests a worker runs are short ones and neither worker waits for the other at the end."""
    reads = _reads_the_shared_demo(item)
    return reads, reads and item.get_closest_marker("browser") is None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Move the readers of the shared demo to the end (a stable sort: pytest-django's order stays).

    With DATABASE_TESTS_ONLY=1 (the second, PostgreSQL run of `make test`), keep only the tests that use a
    database: the others cannot open one (pytest-django refuses them the connection), so their outcome does
    not depend on the database and the SQLite run has already given it. The `layout_only` tests are left out
    too (above)."""
    items.sort(key=_order_key)
    if os.environ.get("DATABASE_TESTS_ONLY") == "1":
        from pytest_django import fixtures

        free = {
            item
            for item in items
            if not tuple(fixtures._get_databases_for_test(item)[0]) or item.get_closest_marker(LAYOUT_ONLY)
        }
        if free:
            config.hook.pytest_deselected(items=list(free))
            items[:] = [item for item in items if item not in free]


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    if _shared_demo["loaded"] and nextitem is not None and not _reads_the_shared_demo(nextitem):
        from django.core.management import call_command
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            call_command("flush", interactive=False, verbosity=0)
        _shared_demo["loaded"] = False


@pytest.fixture(scope="session")
def django_db_setup(request: pytest.FixtureRequest, django_db_setup: None, django_db_blocker: Any) -> None:
    """pytest-django's, plus the database as migrated, kept when the shared demo will need it (below)."""
    if any(_reads_the_shared_demo(item) for item in request.session.items):
        from django.db import connection

        with django_db_blocker.unblock():
            _shared_demo["migrated"] = connection.creation.serialize_db_to_string()


@pytest.fixture(scope="session")
def _demo_media(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture
def demo_site(django_db_setup: None, django_db_blocker: Any, _demo_media: Any) -> Iterator[None]:
    """The demo (`seed_demo`), loaded once per test process and left in place; database access is open."""
    import io

    from django.core.management import call_command
    from django.test import override_settings

    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=_demo_media):
        if not _shared_demo["loaded"]:
            # Earlier transactional tests flushed the rows the data migrations wrote (holidays moved by the
            # Government, legal time limits): start from the database as migrated, like `make run`.
            from django.contrib.contenttypes.models import ContentType
            from django.db import connection

            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(_shared_demo["migrated"])
            # The content types are back with their migrated ids; the ids cached since the last flush's
            # post_migrate are gone (an audit event pointing at one fails its foreign key).
            ContentType.objects.clear_cache()
            call_command("seed_demo", quiet_logins=True, stdout=io.StringIO())
            _shared_demo["loaded"] = True
        yield


@pytest.fixture(scope="session")
def _demo_live_server(django_db_setup: None, django_db_blocker: Any) -> Iterator[Any]:
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture
def demo_server(demo_site: None, _demo_live_server: Any) -> Iterator[Any]:
    """A live server over the shared demo (like pytest-django's `live_server`, kept for the whole process)."""
    _demo_live_server._live_server_modified_settings.enable()
    yield _demo_live_server
    _demo_live_server._live_server_modified_settings.disable()
