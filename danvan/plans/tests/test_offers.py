"""Only what a role can do is offered: an observer is not shown "Nhập văn bản" and cannot open it."""

from __future__ import annotations

from typing import Any

import pytest

from danvan.testing import client_for

pytestmark = pytest.mark.django_db


def test_the_observer_is_not_offered_the_import(tree: Any, make_user: Any) -> None:
    observer = client_for(make_user(tree.province, "observer"))
    page = observer.get("/plans/").content.decode()
    assert "Nhập văn bản" not in page and "/plans/import/" not in page
    refused = observer.get("/plans/import/")
    assert refused.status_code == 403
    assert "Không có quyền truy cập" in refused.content.decode()


def test_the_agency_officer_is_offered_the_import(tree: Any, make_user: Any) -> None:
    officer = client_for(make_user(tree.department, "agency_officer"))
    assert "/plans/import/" in officer.get("/plans/").content.decode()
    assert officer.get("/plans/import/").status_code == 200
