"""What the JSON API reads from a request, made safe for the database in one place (docs/api.md §Inputs).

A request that is valid by the schema must neither reach PostgreSQL with a value it refuses (a 500 there,
while SQLite takes the same value) nor be refused (the schema promises any string and any integer where it
declares no limit). Three rules, each kept here once:

- **Strings**: a NUL byte, which PostgreSQL stores in no string, is read as U+FFFD (the replacement character,
  as Django reads a byte that is not text) in every string the API reads: query and form values and JSON bodies
  — keys, nested fields and list items — through `InputParser`, path values through `readable_path`. A filter
  or a code with one then matches nothing; a text keeps a visible mark where the byte was.
- **Integers in query and path parameters** (`ParamInt`): any integer is accepted; one outside PostgreSQL's
  bigint (every id is one) is read as the nearest end of that range, which no row holds, so a detail answers
  404 as for a missing object and a filter lists nothing.
- **Bodies** declare their limits in the schema instead — a string's length from its column (`column_length`),
  a number's bounds — so that Schemathesis generates within them and the 422 outside them is the schema's own
  answer. A body with NaN or Infinity (Python's JSON reader takes them; JSON has none) answers 400.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Annotated, Any

from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.utils.datastructures import MultiValueDict
from ninja.parser import Parser
from pydantic import AfterValidator

NUL = "\x00"
REPLACEMENT = "\ufffd"
# PostgreSQL's bigint, the widest integer column (every id is a BigAutoField).
BIGINT_MIN = -(2**63)
BIGINT_MAX = 2**63 - 1


def readable(value: Any) -> Any:
    """`value` with every NUL byte of its strings (dictionary keys included, at any depth) read as U+FFFD."""
    if isinstance(value, str):
        return value.replace(NUL, REPLACEMENT) if NUL in value else value
    if isinstance(value, dict):
        return {readable(key): readable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [readable(item) for item in value]
    return value


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


class InputParser(Parser):
    """ninja's parser of bodies, query strings and forms, with `readable` strings and strict JSON."""

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        data: dict[str, Any] = readable(json.loads(request.body, parse_constant=_not_json))
        return data

    def parse_querydict(
        self, data: MultiValueDict[str, Any], list_fields: list[str], request: HttpRequest
    ) -> dict[str, Any]:
        parsed: dict[str, Any] = readable(super().parse_querydict(data, list_fields, request))
        return parsed


def readable_path(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The operation view with `readable` path values (they reach it as keyword arguments, not through ninja's
    parser)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return view(request, *args, **readable(kwargs))

    return wrapped


def _within_bigint(value: int) -> int:
    return min(max(value, BIGINT_MIN), BIGINT_MAX)


# An integer query or path parameter: an id, a year. The schema stays "integer" (any integer is a fair thing
# to ask for); one the database cannot hold names no row, read as the nearest end of the bigint range.
ParamInt = Annotated[int, AfterValidator(_within_bigint)]


def column_length(model: type[Model], field: str) -> int:
    """The max_length of a model's text column, for the body field written to it (PostgreSQL refuses a longer
    string where SQLite takes it)."""
    length = getattr(model._meta.get_field(field), "max_length", None)
    assert isinstance(length, int), f"{model.__name__}.{field} has no max_length"
    return length
