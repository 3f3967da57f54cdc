"""Login, logout and failed logins become audit events; an edited holiday table clears the working-day cache."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest

from danvan.core import actions, workdays
from danvan.core.models import AuditEvent, CalendarDay


@receiver(user_logged_in)
def _on_login(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    actions.record_event(actor=user, action=AuditEvent.Action.LOGIN, target=user, request=request)


@receiver(user_logged_out)
def _on_logout(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if user is not None:
        actions.record_event(actor=user, action=AuditEvent.Action.LOGOUT, target=user, request=request)


@receiver(user_login_failed)
def _on_login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    actions.record_event(
        actor=None,
        actor_label=str(credentials.get("username", ""))[:150],
        action=AuditEvent.Action.LOGIN_FAILED,
        request=request,
    )


@receiver(post_save, sender=CalendarDay)
@receiver(post_delete, sender=CalendarDay)
def _on_calendar_day_change(sender: Any, **kwargs: Any) -> None:
    # The working-day cache of this process is stale; other processes reload within CACHE_SECONDS.
    workdays.clear_cache()
