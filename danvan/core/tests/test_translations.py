"""The Vietnamese catalogue is complete, NFC, compiled, and covers every string in the code."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.management import call_command

LOCALE = Path(settings.BASE_DIR) / "danvan" / "locale" / "vi" / "LC_MESSAGES"
PO = LOCALE / "django.po"

needs_gettext = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext is installed by make test")


def msgids(po_text: str) -> set[str]:
    """msgid values of a .po file (multi-line ids joined), without the header."""
    ids: set[str] = set()
    current: list[str] | None = None
    for line in po_text.splitlines():
        if line.startswith("msgid "):
            current = [line[7:-1]]
        elif current is not None and line.startswith('"'):
            current.append(line[1:-1])
        else:
            if current is not None and "".join(current):
                ids.add("".join(current))
            current = None
    return ids


def test_catalogue_is_nfc() -> None:
    text = PO.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)


@needs_gettext
def test_every_message_is_translated_and_none_is_fuzzy() -> None:
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(PO)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


@needs_gettext
def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", str(fresh), str(PO)], check=True)
    assert fresh.read_bytes() == (LOCALE / "django.mo").read_bytes(), "run `make messages`"


@needs_gettext
def test_catalogue_has_every_string_of_the_code(tmp_path: Path, settings: Any, monkeypatch: Any) -> None:
    copy = tmp_path / "danvan"
    shutil.copytree(Path(settings.BASE_DIR) / "danvan", copy, ignore=shutil.ignore_patterns("__pycache__"))
    settings.LOCALE_PATHS = [copy / "locale"]
    monkeypatch.chdir(copy)
    call_command("makemessages", locale=["vi"], no_location=True, no_obsolete=True, verbosity=0)
    extracted = msgids((copy / "locale" / "vi" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8"))
    assert "Log in" in extracted and "Organisations" in extracted
    committed = msgids(PO.read_text(encoding="utf-8"))
    assert extracted - committed == set(), "run `make messages` and translate the new strings"


# makemessages only extracts the names it knows (`_`, gettext, gettext_lazy, ngettext, pgettext, …); a string
# wrapped in an alias of its own (`gettext_lazy as _lazy`) silently leaves the catalogue and shows in English.
_KNOWN_ALIASES = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy"}


def test_translation_functions_are_imported_under_names_makemessages_knows() -> None:
    import re

    pattern = re.compile(r"from django\.utils\.translation import [^\n]*?\b(\w*gettext\w*) as (\w+)")
    strays = []
    for path in (Path(settings.BASE_DIR) / "danvan").rglob("*.py"):
        for function, alias in pattern.findall(path.read_text(encoding="utf-8")):
            if alias not in _KNOWN_ALIASES:
                strays.append(f"{path.name}: {function} as {alias}")
    assert strays == []
