"""Background work of the core app: e-mail copies of in-app notifications."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils.translation import gettext as _
from django_tasks import task

from danvan.core.models import Notification

logger = logging.getLogger(__name__)


@task()
def send_notification_emails(notification_ids: list[int]) -> None:
    """Queued by core.actions.notify(email=True) once the notifications are committed."""
    deliver_notification_emails(notification_ids)


def deliver_notification_emails(notification_ids: list[int]) -> int:
    """E-mail each notification to its recipient when they have an address; returns how many were sent.

    The in-app notice is already there: a mail server that refuses is logged, not raised, so the action
    that notified is never undone by it.
    """
    base = str(settings.SITE_URL).rstrip("/")
    messages = []
    for notification in Notification.objects.filter(pk__in=notification_ids).select_related("recipient"):
        recipient = notification.recipient
        if not recipient.email or not recipient.is_active:
            continue
        lines = [
            _("Dear comrade %(name)s,") % {"name": recipient.full_name or recipient.username},
            "",
            notification.text,
        ]
        if notification.url:
            lines += ["", _("Open: %(url)s") % {"url": f"{base}{notification.url}"}]
        lines += ["", _("This message was sent by danvan; you also find it under Notifications.")]
        messages.append(
            EmailMessage(
                subject=f"[danvan] {notification.text[:150]}", body="\n".join(lines), to=[recipient.email]
            )
        )
    if not messages:
        return 0
    try:
        return get_connection(fail_silently=False).send_messages(messages) or 0
    except OSError as error:  # smtplib.SMTPException is an OSError
        logger.warning("notification e-mails not sent: %s", error)
        return 0
