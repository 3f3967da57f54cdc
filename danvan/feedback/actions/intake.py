"""Receiving feedback: the public form, the open API and officers' entry of items received by phone, letter …"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import workdays
from danvan.core.actions import client_ip, notify, record_event
from danvan.core.dateformat import short_date
from danvan.core.errors import ActionRefused
from danvan.core.permissions import require
from danvan.feedback import deadlines, mail
from danvan.feedback.actions.attachments import check_uploads, clean_name, stored_name
from danvan.feedback.models import NAMED_KINDS, Attachment, Channel, Feedback, IntakeAttempt, ReceptionSession
from danvan.feedback.permissions import can_enter_feedback
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import province_of

# Letters and digits that cannot be mistaken for each other when read over the phone (no 0/O, 1/I/L).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
# The public form and the open API accept this many submissions per address in the window.
RATE_LIMIT = 5
RATE_WINDOW = datetime.timedelta(hours=1)


class RateLimited(ActionRefused):
    """Too many submissions from one address; nothing was stored."""


def new_code(received_on: datetime.date) -> str:
    """ "PA26-7K3M9QXT": the year and eight random characters (unguessable: the code opens the public page)."""
    body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"PA{received_on:%y}-{body}"


def address_hash(request: HttpRequest | None) -> str:
    """A keyed hash of the client address: enough to count submissions, useless to find the person."""
    address = client_ip(request) or "unknown"
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()


def check_rate(request: HttpRequest | None, *, now: datetime.datetime | None = None) -> None:
    """Count one submission from the request's address; refuse past `RATE_LIMIT` in `RATE_WINDOW`.

    The count lives in the database (not a per-process cache), so it holds across workers and servers; the
    attempt row is kept even when the submission is then refused by the captcha, so guessing costs attempts.
    """
    now = now or timezone.now()
    key = address_hash(request)
    with transaction.atomic():
        IntakeAttempt.objects.filter(created_at__lt=now - 2 * RATE_WINDOW).delete()
        recent = IntakeAttempt.objects.filter(address_hash=key, created_at__gte=now - RATE_WINDOW).count()
        if recent >= RATE_LIMIT:
            raise RateLimited(
                _(
                    "Too many submissions from your connection; please try again in an hour or call the hotline."
                )
            )
        IntakeAttempt.objects.create(address_hash=key)


def _holder(subject: Organization | None, province: Organization | None) -> Organization:
    """Who holds a new item: the province's intake desk (staff route it to the responsible agency)."""
    if province is not None:
        return province
    if subject is not None:
        return province_of(subject)
    raise ActionRefused(_("Choose the province or the organisation concerned."))


def _officers(organization: Organization) -> list[User]:
    return list(
        User.objects.filter(
            memberships__organization=organization,
            memberships__role__in=[Membership.Role.AGENCY_OFFICER, Membership.Role.COORDINATOR],
            memberships__is_active=True,
            is_active=True,
        ).distinct()
    )


@transaction.atomic
def receive_feedback(
    *,
    actor: User | None,
    kind: str,
    channel: str,
    title: str,
    text: str,
    received_on: datetime.date | None = None,
    anonymous: bool = False,
    citizen_name: str = "",
    citizen_phone: str = "",
    citizen_email: str = "",
    citizen_address: str = "",
    subject_organization: Organization | None = None,
    province: Organization | None = None,
    organization: Organization | None = None,
    files: list[UploadedFile] | None = None,
    reception_session: ReceptionSession | None = None,
    request: HttpRequest | None = None,
) -> Feedback:
    """Store a new item with its tracking code and deadlines; acknowledge it by e-mail when an address is given.

    `actor` None is a citizen (public form, API) or the system; an officer entering an item received by another
    channel names the `organization` that received it (they must write for it). Attachments are checked before
    anything is stored: one bad file refuses the whole item with the reason.
    """
    uploads = files or []
    if actor is not None and organization is not None:
        require(actor, can_enter_feedback, organization)
    if not text.strip() or not title.strip():
        raise ActionRefused(_("Give a subject and the content of your feedback."))
    if kind in NAMED_KINDS and (anonymous or not citizen_name.strip()):
        raise ActionRefused(
            _(
                "A complaint or a denunciation must give the sender's full name and address; it cannot be anonymous."
            )
        )
    if not anonymous and not citizen_name.strip():
        raise ActionRefused(_("Give your full name, or choose to send anonymously."))
    if anonymous:
        citizen_name = citizen_phone = citizen_email = citizen_address = ""
    try:
        check_uploads(uploads)
    except ValidationError as error:
        raise ActionRefused(" ".join(error.messages)) from error
    today = timezone.localdate()
    received = received_on or today
    if received > today:
        raise ActionRefused(_("The date received cannot be in the future."))
    holder = organization or _holder(subject_organization, province)
    try:
        computed = deadlines.compute(kind=kind, received_on=received)
    except workdays.NoTimeLimit:
        # a date before the law in force (a typo such as 0001-01-01): no deadline can be set
        raise ActionRefused(
            _("No legal time limit applies on %(date)s, the date received; check the date.")
            % {"date": short_date(received)}
        ) from None
    item = Feedback(
        code=new_code(received),
        kind=kind,
        channel=channel,
        received_on=received,
        anonymous=anonymous,
        citizen_name=citizen_name.strip(),
        citizen_phone=citizen_phone.strip(),
        citizen_email=citizen_email.strip(),
        citizen_address=citizen_address.strip(),
        subject_organization=subject_organization,
        title=title.strip()[:250],
        text=text.strip(),
        organization=holder,
        accept_due=computed.accept.due,
        resolve_due=computed.resolve.due,
        reception_session=reception_session,
    )
    while Feedback.objects.filter(code=item.code).exists():  # practically never
        item.code = new_code(received)
    item.save()
    for upload in uploads:
        attachment = Attachment(feedback=item, name=clean_name(upload.name or ""), size=upload.size or 0)
        attachment.file.save(stored_name(upload), upload, save=False)
        attachment.save()
    record_event(
        actor=actor,
        actor_label=""
        if actor is not None
        else _("citizen (%(channel)s)") % {"channel": Channel(channel).label},
        action="feedback.received",
        target=item,
        request=request,
        details={"kind": kind, "channel": channel, "organization": holder.pk},
    )
    notify(
        recipients=_officers(holder),
        text=_("New feedback %(code)s received: %(title)s") % {"code": item.code, "title": item.title},
        url=item.get_absolute_url(),
    )
    if item.citizen_email:
        transaction.on_commit(lambda: mail.send_acknowledgement(item.pk))
    return item
