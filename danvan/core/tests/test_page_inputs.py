"""Pages read query and form values with a NUL byte as the API does (`ReadableInputMiddleware`, docs/api.md §Inputs)."""

from __future__ import annotations

import json
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory
from django.views.decorators.csrf import csrf_exempt

from danvan.core.middleware import ReadableInputMiddleware


def _page(request: HttpRequest) -> HttpResponse:
    return HttpResponse()


def _read(request: HttpRequest, view: Any = _page) -> HttpRequest:
    ReadableInputMiddleware(_page).process_view(request, view, (), {})
    return request


def test_query_and_form_values_and_keys_read_a_nul_byte_as_the_replacement_character() -> None:
    factory = RequestFactory()
    request = _read(factory.get("/p", {"q": "a\x00b", "kind\x00": ["x", "y\x00"]}))
    assert request.GET["q"] == "a\ufffdb"
    assert request.GET.getlist("kind\ufffd") == ["x", "y\ufffd"]
    request = _read(factory.post("/p", {"note": "ghi\x00 chú", "n": "1"}))
    assert request.POST["note"] == "ghi\ufffd chú" and request.POST["n"] == "1"
    assert not request.POST._mutable


def test_a_multipart_form_keeps_its_files_and_a_json_body_is_left_to_the_api() -> None:
    factory = RequestFactory()
    upload = SimpleUploadedFile("minh-chung.pdf", b"%PDF-1.4 \x00 bytes", content_type="application/pdf")
    request = _read(factory.post("/p", {"comment": "x\x00", "evidence": upload}))
    assert request.POST["comment"] == "x\ufffd"
    assert request.FILES.getlist("evidence")[0].read() == b"%PDF-1.4 \x00 bytes"
    request = _read(factory.post("/api/v1/x", json.dumps({"a": "b\x00"}), content_type="application/json"))
    assert json.loads(request.body) == {"a": "b\x00"}  # api_inputs.InputParser reads it


def test_a_csrf_exempt_view_reads_its_form_body_itself() -> None:
    """An API operation (CSRF-exempt) answers 400 for a body that does not parse; reading it here first would hide
    the error behind an empty form."""
    request = _read(
        RequestFactory().post("/api/v1/x", b"--x\r\n", content_type="multipart/form-data"), csrf_exempt(_page)
    )
    assert not hasattr(request, "_post")
    request = _read(RequestFactory().post("/api/v1/x", {"a": "b\x00"}), csrf_exempt(_page))
    assert request.POST["a"] == "b\x00"


def test_values_without_a_nul_byte_are_the_same_objects() -> None:
    request = RequestFactory().get("/p", {"q": "dân vận"})
    before = request.GET
    assert _read(request).GET is before
