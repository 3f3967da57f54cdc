"""Every page of the demo, for every role, reads in Vietnamese: no English word, no ISO date."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string

from danvan.accounts.models import User
from danvan.core.management.commands.seed_demo import DEMO_USERS
from danvan.core.tests.walk import foreign_words, iso_dates, visible_text, walk_demo
from danvan.testing import client_for


def test_the_word_check_catches_english_and_lets_vietnamese_through() -> None:
    assert foreign_words("Changed approved → issued, version: 3 → 4, format: docx, from_catalog: 1") == [
        "Changed",
        "approved",
        "issued",
        "version",
        "format",
        "from_catalog",
    ]
    assert foreign_words("Kế hoạch số 12/KH-SCT của Sở Công Thương, tệp DOCX, nhóm 2 trong 5") == []
    assert iso_dates("hạn 2025-12-31 là ước tính") == ["2025-12-31"]


@pytest.mark.parametrize("username", list(dict.fromkeys(spec.username for spec in DEMO_USERS)))
def test_every_demo_page_reads_in_vietnamese(demo_site: None, username: str) -> None:
    client = client_for(User.objects.get(username=username))
    pages = walk_demo(client)
    assert len(pages) > 5
    problems = []
    for page in pages:
        text = visible_text(page.html)
        words = foreign_words(text)
        dates = iso_dates(text)
        if words or dates:
            problems.append(f"{page.url} ({page.name}): {sorted(set(words))} {sorted(set(dates))}")
    assert not problems, "\n".join(problems)


def test_a_missing_page_answers_a_vietnamese_404_without_the_url_list(make_user: Any, tree: Any) -> None:
    client = client_for(make_user(tree.department))
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    text = visible_text(response.content.decode())
    assert "Không tìm thấy trang" in text
    assert "Trang chủ" in text  # the menu is there: the person is not lost
    assert "urlpatterns" not in text and foreign_words(text) == []


def test_an_error_answers_a_vietnamese_500_page() -> None:
    html = render_to_string("500.html")
    text = visible_text(html)
    assert "Đã xảy ra lỗi" in text and foreign_words(text) == []


def test_a_refusal_answers_a_vietnamese_403_page(rf: Any) -> None:
    from django.contrib.auth.models import AnonymousUser
    from django.views.defaults import permission_denied

    request = rf.get("/")
    request.user = AnonymousUser()
    response = permission_denied(request, PermissionDenied())
    text = visible_text(response.content.decode())
    assert response.status_code == 403
    assert "Không có quyền truy cập" in text and foreign_words(text) == []
