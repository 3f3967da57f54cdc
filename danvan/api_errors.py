"""Errors of the JSON API (and who is calling), answered as `{"detail": <Vietnamese>, "detail_en": <English>}`.

Apart from `danvan.api` so that the apps' routers can raise them without importing the API instance.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import translation
from django.utils.functional import Promise

from danvan.accounts.models import User


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
