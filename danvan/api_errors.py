"""Errors of the JSON API (and who is calling), answered as `{"detail": <Vietnamese>, "detail_en": <English>}`.

Apart from `danvan.api` so that the apps' routers can raise them without importing the API instance.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import translation
from django.utils.functional import Promise
from ninja import Schema
from pydantic import ConfigDict, model_validator

from danvan.accounts.models import User


class FieldError(Schema):
    """One refused field: `type` is the validation error's kind (422 of malformed input), `message` the
    Vietnamese reason an action gave (422 of a refused value); the other is empty."""

    field: str
    type: str = ""
    message: str = ""


class ErrorOut(Schema):
    """Every error body of the API."""

    detail: str
    detail_en: str
    errors: list[FieldError] = []


# Answers every operation may give besides its own: 401 (no valid session or token) and 422 (malformed
# parameters or body); operations with a body also 400 (a body that is not JSON or multipart at all) and 403
# (a session call without the CSRF token).
COMMON_ERRORS = (401, 422)
BODY_ERRORS = (400, 403)


def responses(ok: dict[int, Any], *errors: int, body: bool = False) -> dict[int, Any]:
    """The declared answers of an operation: its successes, the common errors, and `errors` (all ErrorOut)."""
    codes = {*COMMON_ERRORS, *(BODY_ERRORS if body else ()), *errors}
    return {**ok, **dict.fromkeys(sorted(codes), ErrorOut)}


class StrictBody(Schema):
    """Base of every JSON request body: an object with known fields only. ninja's Schema also reads attributes
    of arbitrary objects (to serialise ORM rows), which would take `[]` or `"x"` as an empty object with every
    field at its default; a body must be a JSON object."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="wrap")
    @classmethod
    def _an_object(cls, value: Any, handler: Any) -> Any:
        if not isinstance(value, dict | cls):
            raise ValueError("the body must be a JSON object")
        return handler(value)


class ApiError(Exception):
    """An error answered with `status`; `message` is a lazy translation formatted with `params`."""

    def __init__(
        self, status: int, message: Promise | str, params: dict[str, Any] | None = None, **extra: Any
    ) -> None:
        super().__init__(str(message))
        self.status = status
        self.message = message
        self.params = params
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return error_body(self.message, self.params, **self.extra)


def error_body(message: Promise | str, params: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """The error payload in the interface language, with the English text for scripts and logs."""

    def render() -> str:
        text = str(message)
        return text % params if params else text

    detail = render()
    with translation.override("en"):
        english = render()
    return {"detail": detail, "detail_en": english, **extra}


def api_user(request: HttpRequest) -> User:
    """The person the API call is authenticated as (session or bearer token; set by ninja)."""
    user = request.auth  # type: ignore[attr-defined]  # set by ninja from the authenticator's result
    assert isinstance(user, User)
    return user
