"""No request answers 5xx, whatever the values in it: every operation of /api/v1/openapi.json, each parameter and
each body field (nested objects, list items, the keys and values of a mapping) in turn given a NUL byte, an
integer outside the database's range, an over-long string, an extreme date or number. PostgreSQL refuses what
SQLite takes (a NUL in a string, an integer past bigint, a string past its column), so the test means most on
PostgreSQL (`make test-postgres`); it runs on both.

A value the schema allows (a NUL byte in a plain string, any integer where no bounds are declared) must also be
accepted: a 400 or 422 for it is the "schema-valid request rejected" failure of Schemathesis, except where
`schemathesis.toml` documents refusals the schema cannot express. The rule the guard keeps is in docs/api.md
§Inputs and `danvan/api_inputs.py`.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import transaction
from django.test import Client

from danvan.accounts.models import User
from danvan.feedback.models import Feedback
from danvan.testing import client_for

BIGINT = 2**63
# Integers past int32, int64 and any column, on both sides.
INTEGERS = (2**31, -(2**31) - 1, BIGINT, -BIGINT - 1, 10**30, -(10**30))
# A NUL byte alone and inside a word, and a string longer than any column of ours.
STRINGS = ("\x00", "a\x00b", "x" * 5000)
DATES = ("0001-01-01", "9999-12-31")
# NaN and Infinity: Python writes them into JSON, which has neither.
NUMBERS = (1e308, -1e308, 10**30, math.nan, math.inf)
# What a Decimal read from a JSON string can be asked to hold.
NUMBER_STRINGS = ("NaN", "Infinity", "-Infinity", "1e999999", "1e-999999")
# Statuses Schemathesis accepts for a schema-valid request (its positive_data_acceptance default).
VALID_ANSWERS = {200, 201, 204, 401, 403, 404, 409, 429}
# The valid request of each operation succeeds, so that the changed values get as far as the database; but the
# demo's report of Sở Công Thương is accepted, so assembling it again answers 409 (its body holds ids only).
REFUSED_AS_IS = {("POST", "/api/v1/reports"): 409}


@dataclass
class Case:
    """One operation called with one value changed at `where`."""

    method: str
    path: str  # the template, e.g. /api/v1/plans/{plan_id}
    path_params: dict[str, Any]
    query: dict[str, Any]
    body: Any  # JSON body, or None
    files: dict[str, tuple[str, bytes]] | None
    where: str
    value: Any
    schema_valid: bool

    def url(self) -> str:
        return self.path.format(**{k: _path_text(v) for k, v in self.path_params.items()})

    def label(self) -> str:
        shown = repr(self.value)
        return f"{self.method} {self.path} {self.where}={shown[:40]}{'…' if len(shown) > 40 else ''}"


def _path_text(value: Any) -> str:
    return quote(str(value), safe="")


# --- the schema ---------------------------------------------------------------------------------------------


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = {**root["components"]["schemas"][name], **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _branches(schema: dict[str, Any], root: dict[str, Any]) -> list[dict[str, Any]]:
    """The alternatives of a schema (anyOf/oneOf flattened, allOf of one taken as it)."""
    schema = _resolve(schema, root)
    if "anyOf" in schema or "oneOf" in schema:
        parts: list[dict[str, Any]] = schema.get("anyOf") or schema["oneOf"]
        return [b for part in parts for b in _branches(part, root)]
    if "allOf" in schema and len(schema["allOf"]) == 1:
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        return [{**b, **rest} for b in _branches(schema["allOf"][0], root)]
    return [schema]


def _fits(value: Any, schema: dict[str, Any], root: dict[str, Any]) -> bool:
    """Whether `value` is valid by the schema, for the scalar values this test sends."""
    for branch in _branches(schema, root):
        kind = branch.get("type")
        if "enum" in branch and value not in branch["enum"]:
            continue
        if kind == "string" and isinstance(value, str):
            if len(value) < branch.get("minLength", 0) or len(value) > branch.get("maxLength", len(value)):
                continue
            if "pattern" in branch and not re.search(branch["pattern"], value):
                continue
            if branch.get("format") == "date":
                try:
                    datetime.date.fromisoformat(value)
                except ValueError:
                    continue
            return True
        if kind in ("integer", "number") and isinstance(value, int | float) and not isinstance(value, bool):
            if (kind == "integer" and not isinstance(value, int)) or not math.isfinite(value):
                continue
            if value < branch.get("minimum", value) or value > branch.get("maximum", value):
                continue
            return True
        if kind == "null" and value is None:
            return True
    return False


def _values_for(schema: dict[str, Any], root: dict[str, Any]) -> list[Any]:
    """The awkward values to try for a field of this schema."""
    values: list[Any] = []
    kinds = {b.get("type") for b in _branches(schema, root)}
    formats = {b.get("format") for b in _branches(schema, root)}
    if "string" in kinds:
        values += STRINGS
        if "date" in formats:
            values += DATES
        if "number" in kinds:
            values += NUMBER_STRINGS
    if "integer" in kinds:
        values += INTEGERS
    if "number" in kinds:
        values += NUMBERS
    return values


def _leaves(
    schema: dict[str, Any], value: Any, root: dict[str, Any], where: tuple[Any, ...]
) -> Iterator[Any]:
    """(where, schema of the field, value there) for every scalar field of a body, and ("key", …) for the keys of
    a mapping: the declared properties of objects (present or not), the first item of lists."""
    for branch in _branches(schema, root):
        if branch.get("type") == "object" and "properties" in branch:
            current = value if isinstance(value, dict) else {}
            for name, field in branch["properties"].items():
                yield from _leaves(field, current.get(name), root, (*where, name))
        elif branch.get("type") == "object" and isinstance(branch.get("additionalProperties"), dict):
            current = value if isinstance(value, dict) and value else {"k": 1}
            key = next(iter(current))
            yield (*where, ("key", key)), {"type": "string"}, key
            yield from _leaves(branch["additionalProperties"], current[key], root, (*where, key))
        elif branch.get("type") == "array":
            if isinstance(value, list) and value:
                yield from _leaves(branch["items"], value[0], root, (*where, 0))
        elif branch.get("type") in ("string", "integer", "number"):
            yield where, schema, value
            return


def _set(body: Any, where: tuple[Any, ...], value: Any) -> Any:
    body = copy.deepcopy(body)
    target = body
    for step in where[:-1]:
        if isinstance(target, dict) and step not in target:
            target[step] = {}
        target = target[step]
    last = where[-1]
    if isinstance(last, tuple):  # a mapping's key (the mapping made up when the valid request has none)
        target[value] = target.pop(last[1], 1)
    else:
        target[last] = value
    return body


# --- the requests -------------------------------------------------------------------------------------------


def _cases(root: dict[str, Any], valid: dict[tuple[str, str], dict[str, Any]]) -> Iterator[Case]:
    for path, methods in root["paths"].items():
        for method, operation in methods.items():
            key = (method.upper(), path)
            assert key in valid, f"{key}: add a valid request of it to _valid_requests"
            base = valid[key]
            params = {p["name"]: p for p in operation.get("parameters", [])}
            as_is = Case(
                method=method.upper(),
                path=path,
                path_params={n: base["path"][n] for n, p in params.items() if p["in"] == "path"},
                query=dict(base.get("query", {})),
                body=base.get("body"),
                files=base.get("files"),
                where="(as is)",
                value=None,
                schema_valid=True,
            )

            def case(where: str, value: Any, valid: bool, as_is: Case = as_is, **changed: Any) -> Case:
                return replace(as_is, where=where, value=value, schema_valid=valid, **changed)

            yield as_is
            for name, param in params.items():
                for value in _values_for(param["schema"], root):
                    fits = _fits(value, param["schema"], root)
                    if param["in"] == "path":
                        yield case(name, value, fits, path_params={**as_is.path_params, name: value})
                    else:
                        yield case(name, value, fits, query={**as_is.query, name: value})
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                schema = content["application/json"]["schema"]
                for where, field, _current in _leaves(schema, as_is.body, root, ()):
                    field_schema = field if not isinstance(where[-1], tuple) else {"type": "string"}
                    for value in _values_for(field_schema, root):
                        if isinstance(where[-1], tuple) and not isinstance(value, str):
                            continue
                        shown = ".".join(str(s[1] if isinstance(s, tuple) else s) for s in where)
                        # A mapping's key is any string by the schema; a field's value as its schema says.
                        fits = isinstance(where[-1], tuple) or _fits(value, field_schema, root)
                        yield case(shown, value, fits, body=_set(as_is.body, where, value))
            if "multipart/form-data" in content:
                assert as_is.files is not None
                name, (file_name, data) = next(iter(as_is.files.items()))
                for odd_name in ("a\x00.txt", "x" * 5000 + ".txt"):
                    yield case("file name", odd_name, True, files={name: (odd_name, data)})
                yield case("file", b"a\x00b", True, files={name: (file_name, b"a\x00b")})


def _send(client: Client, case: Case) -> Any:
    url = case.url()
    if case.files is not None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        data = {
            name: SimpleUploadedFile(file_name, content) for name, (file_name, content) in case.files.items()
        }
        return client.post(url, data)
    if case.method == "GET":
        return client.get(url, case.query)
    if case.method == "POST":
        query = "&".join(f"{k}={_path_text(v)}" for k, v in case.query.items())
        return client.post(
            f"{url}?{query}" if query else url, json.dumps(case.body), content_type="application/json"
        )
    raise AssertionError(f"no sender for {case.method}")


def _documented_refusals() -> list[tuple[Callable[[str, str], bool], set[int]]]:
    """The operations `schemathesis.toml` lets refuse a schema-valid request, with the statuses they may answer."""
    config = tomllib.loads((Path(settings.BASE_DIR) / "schemathesis.toml").read_text())
    rules: list[tuple[Callable[[str, str], bool], set[int]]] = []
    for entry in config.get("operations", []):
        statuses = entry.get("checks", {}).get("positive_data_acceptance", {}).get("expected-statuses")
        if not statuses:
            continue

        def matches(method: str, path: str, entry: dict[str, Any] = entry) -> bool:
            if "include-method" in entry and entry["include-method"] != method:
                return False
            if "include-path" in entry:
                return bool(entry["include-path"] == path)
            return bool(re.search(entry["include-path-regex"], path))

        rules.append((matches, set(statuses)))
    return rules


def _valid_requests(client: Client) -> dict[tuple[str, str], dict[str, Any]]:
    """A request of each operation that the demo's agency officer of Sở Công Thương may make and that gets as far
    as the database: its own objects, a draft evaluation sheet, an open feedback item."""

    def first(url: str, **match: Any) -> dict[str, Any]:
        items = client.get(url).json()["items"]
        return next(i for i in items if all(i.get(k) == v for k, v in match.items()))

    plan = first("/api/v1/plans", kind="plan")
    task = first("/api/v1/tasks")
    period = first("/api/v1/periods", state="open")
    evaluation = first("/api/v1/evaluations", state="draft")
    sheet = client.get(f"/api/v1/evaluations/{evaluation['id']}/scores").json()
    item = next(i for i in client.get("/api/v1/feedback/items").json()["items"] if i["state"] != "answered")
    organization = item["organization_id"]
    initiative = first("/api/v1/initiatives")
    return {
        ("GET", "/api/v1/plans"): {"query": {"kind": "plan"}},
        ("GET", "/api/v1/plans/{plan_id}"): {"path": {"plan_id": plan["id"]}},
        ("GET", "/api/v1/plans/{plan_id}/coverage"): {"path": {"plan_id": plan["id"]}},
        ("GET", "/api/v1/plans/{plan_id}/export"): {
            "path": {"plan_id": plan["id"]},
            "query": {"format": "xlsx"},
        },
        ("GET", "/api/v1/tasks"): {"query": {"assigned_to": organization, "role": "lead"}},
        ("POST", "/api/v1/parse"): {"files": {"file": ("ke-hoach.txt", "KẾ HOẠCH\n1. Việc một.\n".encode())}},
        ("POST", "/api/v1/tasks/{task_id}/progress"): {
            "path": {"task_id": task["id"]},
            "body": {
                "organization": organization,
                "state": "in_progress",
                "percent": 50,
                "result": "Đã làm",
            },
        },
        ("GET", "/api/v1/dashboard"): {"query": {"period": period["id"], "kind": "department"}},
        ("GET", "/api/v1/periods"): {"query": {"catalog": period["catalog_id"]}},
        ("GET", "/api/v1/reports"): {"query": {"period": period["id"]}},
        ("POST", "/api/v1/reports"): {"body": {"period": period["id"], "organization": organization}},
        ("GET", "/api/v1/search"): {"query": {"q": "dan van"}},
        ("GET", "/api/v1/initiatives"): {
            "query": {"year": 2026, "status": "registered", "kind": "dan_van_kheo"}
        },
        ("POST", "/api/v1/initiatives"): {
            "body": {
                "organization": organization,
                "name": "Mô hình thử",
                "kind": "dan_van_kheo",
                "holder": "collective",
                "performer": "Văn phòng Sở",
                "field": "economy",
                "year": 2026,
                "situation": "",
                "goals": "",
                "content": "",
                "place": "",
                "forces": "",
                "resources": "",
                "start": "2026-01-05",
                "milestones": "",
                "evaluation_date": "2026-11-30",
                "outputs": "",
            }
        },
        ("GET", "/api/v1/initiatives/{initiative_id}"): {"path": {"initiative_id": initiative["id"]}},
        ("GET", "/api/v1/commitments"): {"query": {"year": 2026}},
        ("GET", "/api/v1/evaluations"): {"query": {"round": evaluation["round_id"]}},
        ("GET", "/api/v1/evaluations/{evaluation_id}/scores"): {"path": {"evaluation_id": evaluation["id"]}},
        ("POST", "/api/v1/evaluations/{evaluation_id}/scores"): {
            "path": {"evaluation_id": evaluation["id"]},
            "body": {
                "version": sheet["version"],
                "scores": [
                    {
                        "criterion": sheet["scores"][0]["criterion_id"],
                        "points": "0",
                        "explanation": "Có",
                        "departure_reason": "Vì",
                    }
                ],
            },
        },
        ("POST", "/api/v1/feedback"): {
            "body": {
                "organization": organization,
                "kind": "petition",
                "channel": "api",
                "title": "Kiến nghị",
                "text": "Nội dung",
                "received_on": "2026-12-01",
                "anonymous": False,
                "citizen_name": "Nguyễn Văn A",
                "citizen_phone": "0900000000",
                "citizen_email": "a@example.org",
                "citizen_address": "Hải Phòng",
            }
        },
        ("GET", "/api/v1/feedback/items"): {"query": {"state": "overdue", "kind": "petition"}},
        ("GET", "/api/v1/feedback/items/{item_id}"): {"path": {"item_id": item["id"]}},
        ("POST", "/api/v1/feedback/items/{item_id}/answer"): {
            "path": {"item_id": item["id"]},
            "body": {"text": "Trả lời", "out_of_competence": False, "publish": False},
        },
        ("GET", "/api/v1/feedback/{code}"): {"path": {"code": item["code"]}},
    }


def test_no_value_in_any_parameter_or_body_field_answers_a_server_error(demo_site: None) -> None:
    # The shared demo (conftest.py): every request below runs in a transaction rolled back after it, so the walk
    # leaves the demo as loaded for the other tests that read it.
    officer = User.objects.get(username="canbo.sct")
    client = Client(raise_request_exception=False)
    client.force_login(officer)
    root = client.get("/api/v1/openapi.json").json()
    crashes: list[str] = []

    def record(sender: Any, request: Any = None, **kwargs: Any) -> None:
        import sys

        error = sys.exc_info()[1]
        crashes.append(f"{type(error).__name__}: {str(error)[:160]}")

    got_request_exception.connect(record, dispatch_uid="api-inputs")
    refusals = _documented_refusals()
    failures: list[str] = []
    sent = 0
    try:
        for case in _cases(root, _valid_requests(client)):
            crashes.clear()
            with transaction.atomic():  # each request against the same demo, whatever the one before did
                response = _send(client, case)
                transaction.set_rollback(True)
            sent += 1
            if case.where == "(as is)":
                expected = REFUSED_AS_IS.get((case.method, case.path))
                ok = response.status_code == expected if expected else response.status_code < 300
                assert ok, f"{case.label()} → {response.status_code}: {response.content[:300]!r}"
            if response.status_code >= 500:
                failures.append(f"{case.label()} → {response.status_code} {' | '.join(crashes)}")
                continue
            if case.schema_valid:
                allowed = next((s for match, s in refusals if match(case.method, case.path)), VALID_ANSWERS)
                if response.status_code not in allowed:
                    failures.append(f"{case.label()} → {response.status_code} for a schema-valid value")
    finally:
        got_request_exception.disconnect(dispatch_uid="api-inputs")
    assert not failures, f"{len(failures)} of {sent} requests:\n" + "\n".join(failures)
    assert sent > 300, sent  # every operation, every field


def test_a_nul_byte_is_read_as_the_replacement_character_in_bodies_queries_and_paths(
    tree: Any, make_user: Any
) -> None:
    """What the guard does with a NUL byte, where the walk above only asks for no 5xx: stored as U+FFFD in a
    body, matching nothing in a filter or a path."""
    officer = make_user(tree.department, "agency_officer")
    client = client_for(officer)
    body = {
        "organization": tree.department.pk,
        "kind": "report",
        "title": "Ngập\x00 nước",
        "text": "Ngập sau mưa lớn.\x00",
        "citizen_name": "Vũ Văn An",
    }
    created = client.post("/api/v1/feedback", json.dumps(body), content_type="application/json")
    assert created.status_code == 201, created.content
    item = Feedback.objects.get(pk=created.json()["id"])
    assert (item.title, item.text) == ("Ngập\ufffd nước", "Ngập sau mưa lớn.\ufffd")
    assert client.get(f"/api/v1/feedback/{item.code}%00").status_code == 404
    assert client.get("/api/v1/feedback/items", {"kind": "report\x00"}).json()["count"] == 0
    assert client.get("/api/v1/feedback/items", {"kind": "report"}).json()["count"] == 1


def test_an_integer_past_the_database_range_names_nothing(tree: Any, make_user: Any) -> None:
    """A detail answers 404 as for a missing object, a filter lists nothing (the period list by catalog crashed
    on SQLite, the evaluation list by round on PostgreSQL)."""
    client = client_for(make_user(tree.department, "agency_officer"))
    for huge in (2**63, -(2**63) - 1, 10**30):
        assert client.get(f"/api/v1/feedback/items/{huge}").status_code == 404, huge
        for url, name in (("/api/v1/periods", "catalog"), ("/api/v1/evaluations", "round")):
            response = client.get(url, {name: huge})
            assert response.status_code == 200 and response.json()["count"] == 0, (url, huge)


def test_a_body_with_nan_or_infinity_is_not_json(tree: Any, make_user: Any) -> None:
    client = client_for(make_user(tree.department, "agency_officer"))
    for constant in ("NaN", "Infinity", "-Infinity"):
        body = f'{{"organization": {constant}, "kind": "report", "title": "x", "text": "y"}}'
        response = client.post("/api/v1/feedback", body, content_type="application/json")
        assert response.status_code == 400, (constant, response.content)
