"""Pages read query and form values with a NUL byte as the API does (`ReadableInputMiddleware`, docs/api.md §Inputs)."""

from __future__ import annotations

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from danvan.core.middleware import ReadableInputMiddleware


def _read(request: HttpRequest) -> HttpRequest:
    ReadableInputMiddleware(lambda r: HttpResponse()).process_view(request, None, (), {})
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


def test_values_without_a_nul_byte_are_the_same_objects() -> None:
    request = RequestFactory().get("/p", {"q": "dân vận"})
    before = request.GET
    assert _read(request).GET is before
