"""Logs an operator can follow: a request id on every line, slow queries, JSON on demand (docs/operations.md).

- `RequestIdMiddleware` (first in MIDDLEWARE) takes the proxy's `X-Request-ID` when it is a plain token, else
  makes one, keeps it for the request's log lines and sends it back in the `X-Request-ID` response header.
  Django's `django.request` logger already logs every 5xx (with the traceback of a crash); those lines carry the
  id like every other line of the request.
- `RequestIdFilter` (on the console handler) adds `request_id` to every record: "-" outside a request (the
  worker, commands).
- `log_slow_queries` wraps every database query and, when SLOW_QUERY_MS > 0, logs on the `danvan.slow_query`
  logger, those that took longer: milliseconds and SQL, never the parameters (they can hold personal data).
- LOG_FORMAT=json renders each line as one JSON object (python-json-logger) for a log shipper.
"""

from __future__ import annotations

import contextvars
import logging
import re
import time
import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.signals import request_finished
from django.db.backends.signals import connection_created
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponseBase

REQUEST_ID_HEADER = "X-Request-ID"
# What we accept from the proxy: nginx's $request_id (32 hex digits), a UUID, or another plain token.
_ACCEPTED_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")
# The SQL of a slow query is cut to this many characters in the log.
SLOW_SQL_CHARS = 2000

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
slow_query_logger = logging.getLogger("danvan.slow_query")


def new_request_id() -> str:
    return uuid.uuid4().hex


def current_request_id() -> str:
    """The id of the request being served, "-" outside a request."""
    return request_id_var.get()


class RequestIdMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        given = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = given if _ACCEPTED_ID.match(given) else new_request_id()
        # Kept until the response is closed (request_finished below), not only until this middleware returns:
        # Django logs a 4xx/5xx (`django.request`) after the middleware chain.
        request_id_var.set(request_id)
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request_id
        return response


@receiver(request_finished)
def forget_request_id(sender: Any, **kwargs: Any) -> None:
    request_id_var.set("-")


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record that goes through the handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


def log_slow_queries(execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
    """A database execute wrapper (installed on every connection when SLOW_QUERY_MS > 0)."""
    started = time.monotonic()
    try:
        return execute(sql, params, many, context)
    finally:
        elapsed_ms = (time.monotonic() - started) * 1000
        threshold = settings.SLOW_QUERY_MS
        if threshold and elapsed_ms >= threshold:
            slow_query_logger.warning(
                "Slow query: %.0f ms: %s",
                elapsed_ms,
                sql[:SLOW_SQL_CHARS],
                extra={"duration_ms": round(elapsed_ms, 1)},
            )


@receiver(connection_created)
def watch_slow_queries(sender: Any, connection: Any, **kwargs: Any) -> None:
    """Every new connection gets the wrapper; it reads SLOW_QUERY_MS on each query (0: nothing logged)."""
    if log_slow_queries not in connection.execute_wrappers:
        connection.execute_wrappers.append(log_slow_queries)
