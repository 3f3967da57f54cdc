"""Walk the demo as a person would: follow every link from the home page, one user at a time.

Shared by the "no English on any page" test (test client) and the layout test (Chromium at two widths).
Pages of the same kind (same URL name) are visited a few times, not once per row of data.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urldefrag, urlsplit

from django.test import Client
from django.urls import Resolver404, resolve

# Django's admin is Django's own (translated by Django); the API answers JSON; logout is a POST.
SKIPPED_PREFIXES = ("/admin/", "/api/", "/static/", "/media/", "/accounts/logout/")
# Links that change something when followed by GET would be a bug of their own; these only download files.
DOWNLOAD_TYPES = ("text/html",)


@dataclass(frozen=True)
class Page:
    url: str
    name: str  # the URL name, e.g. "plans:detail"
    html: str


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def _url_name(path: str) -> str | None:
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.view_name


def walk_demo(client: Client, *, per_name: int = 2, limit: int = 400) -> list[Page]:
    """Every HTML page reachable by links from "/" for the client's user, at most `per_name` per URL name."""

    def fetch(url: str) -> str | None:
        response = client.get(url)
        if response.status_code != 200 or not response["Content-Type"].startswith(DOWNLOAD_TYPES):
            return None
        return response.content.decode()

    return walk(fetch, per_name=per_name, limit=limit)


def walk(fetch: Callable[[str], str | None], *, per_name: int = 2, limit: int = 400) -> list[Page]:
    """Breadth first from "/": `fetch(url)` answers a page's HTML, or None for anything but an HTML page (a
    download, a refusal). A test client walks with it, and so does a browser that looks at each page it loads."""
    seen: set[str] = set()
    per: Counter[str] = Counter()
    queue: deque[str] = deque(["/"])
    pages: list[Page] = []
    while queue and len(pages) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        path = urlsplit(url).path
        name = _url_name(path)
        if name is None or per[name] >= per_name:
            continue
        html = fetch(url)
        if html is None:
            continue
        per[name] += 1
        pages.append(Page(url, name, html))
        parser = _Links()
        parser.feed(html)
        for href in parser.links:
            href = urldefrag(href).url
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue
            if parts.path.startswith(SKIPPED_PREFIXES):
                continue
            if href not in seen:
                queue.append(href)
    return pages


class _VisibleText(HTMLParser):
    """The text a person reads: element text and the attributes shown as tooltips or placeholders."""

    # <code> holds identifiers (user names, tokens, URLs) that are not meant to be translated.
    HIDDEN = {"script", "style", "template", "code"}
    SHOWN_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self._hidden += 1
        for key, value in attrs:
            if key in self.SHOWN_ATTRIBUTES and value:
                self.parts.append(value)
        if tag == "input" and dict(attrs).get("type") in {"submit", "button"}:
            self.parts.append(dict(attrs).get("value") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


# A Vietnamese syllable written without its diacritics: optional initial consonant(s), one to three
# vowels, optional final consonant. English words ("Changed", "group", "version", "format") do not fit.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?",
)
_WORD = re.compile(r"[A-Za-z][A-Za-z_]*[A-Za-z]|[A-Za-z]")
# Names, codes and loanwords that are not Vietnamese syllables but belong on the pages.
ALLOWED_WORDS = {
    "danvan",
    "docx",
    "xlsx",
    "pdf",
    "txt",
    "ics",
    "api",
    "token",
    "email",
    "mail",
    "online",
    "website",
    "covid",
    "swagger",
    "bearer",
    "htmx",
    "ical",
    "google",
    "outlook",
    "calendar",
    "thunderbird",
    "apple",
    "word",
    "json",  # a file name's extension (the demo's Quảng Ngãi catalog is loaded from a .json file)
    "bla",  # Central Highlands place names: Phường Đăk Bla (Quảng Ngãi, formerly Kon Tum)
}
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def foreign_words(text: str) -> list[str]:
    """Words of `text` that are neither Vietnamese syllables nor allowed names, codes or abbreviations."""
    found: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group()
        # Words glued to Vietnamese letters are Vietnamese ("Đ" + "ông" reads as "ông" otherwise).
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isalnum() or after.isalnum() or after == "…":
            continue  # part of a Vietnamese word, of a code ("b1"), or of a shortened text
        if len(word) == 1 or word.isupper() or not word[1:].islower() or word.lower() in ALLOWED_WORDS:
            continue  # list letters, abbreviations and codes: "b)", UBND, DOCX, "33/CT-TTg"
        if _SYLLABLE.fullmatch(word.lower()):
            continue
        found.append(word)
    return found


def iso_dates(text: str) -> list[str]:
    return ISO_DATE.findall(text)


def open_in_browser(page: Any, url: str) -> bool:
    """Load `url` in a Playwright page for a browser walk; False for what is no HTML page of ours (a download such
    as a DOCX, XLSX or PDF, an error status)."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        response = page.goto(url)
    except PlaywrightError:  # a download is not a page
        return False
    if response is None or response.status != 200:
        return False
    return bool(response.headers.get("content-type", "").startswith("text/html"))
