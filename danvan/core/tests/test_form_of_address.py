"""The interface addresses its users one way: "đồng chí", as state bodies write to their officers, never "bạn"."""

from __future__ import annotations

import re

from django.utils import translation

from danvan.core.tests.test_translations import PO


def test_no_translation_calls_the_user_ban() -> None:
    translations: list[str] = []
    inside = False
    for line in PO.read_text(encoding="utf-8").splitlines():
        if line.startswith("msgstr"):
            inside = True
            translations.append(line.partition(" ")[2].strip('"'))
        elif inside and line.startswith('"'):
            translations[-1] += line.strip('"')
        else:
            inside = False
    assert len(translations) > 100
    assert [t for t in translations if re.search(r"\bbạn\b", t)] == []


def test_the_home_page_wording_uses_dong_chi() -> None:
    with translation.override("vi"):
        assert (
            translation.gettext("Your organisations and roles") == "Cơ quan, đơn vị và vai trò của đồng chí"
        )
