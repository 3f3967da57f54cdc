"""E-mails to the citizen: the acknowledgement with the tracking code, and the notice that the answer is ready.

Sent once the item is committed (`transaction.on_commit` in the actions). A mail server that refuses is logged,
never raised: the item is stored and the citizen can still follow it by code.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from danvan.core.deadlines import absolute_url
from danvan.feedback.models import Feedback

logger = logging.getLogger(__name__)


def _send(item: Feedback, subject: str, template: str) -> int:
    if not item.citizen_email:
        return 0
    body = render_to_string(
        template,
        {
            "item": item,
            # A merged duplicate is answered by the item it was merged into.
            "answered": item.merged_into or item,
            "url": absolute_url(reverse("feedback:public-status", kwargs={"code": item.code})),
            "site_name": settings.SITE_NAME,
        },
    )
    message = EmailMessage(subject=subject, body=body, to=[item.citizen_email])
    try:
        return get_connection(fail_silently=False).send_messages([message]) or 0
    except OSError as error:  # smtplib.SMTPException is an OSError
        logger.warning("feedback e-mail for %s not sent: %s", item.code, error)
        return 0


def send_acknowledgement(pk: int) -> int:
    """Tell the citizen the item was received, with its tracking code."""
    item = Feedback.objects.filter(pk=pk).first()
    if item is None:
        return 0
    return _send(
        item,
        _("Your feedback was received: tracking code %(code)s") % {"code": item.code},
        "feedback/email/acknowledgement.txt",
    )


def send_answer(pk: int) -> int:
    """Tell the citizen the answer is ready (the answer itself is read on the page, by code), and the senders of
    the duplicates merged into the item, each under their own code."""
    item = Feedback.objects.filter(pk=pk).first()
    if item is None:
        return 0
    senders = [item, *Feedback.objects.filter(merged_into=item).select_related("merged_into", "organization")]
    return sum(
        _send(
            sender,
            _("Your feedback %(code)s has been answered") % {"code": sender.code},
            "feedback/email/answer.txt",
        )
        for sender in senders
    )
