"""Handling an item: accept, start, route (transfer), extend, merge duplicates, answer, close, publish.

Every change re-computes the stored deadlines through `feedback.deadlines` (the one rule) and records an audit
event; the holder's officers get an in-app notice when an item reaches them.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core.actions import notify, record_event
from danvan.core.errors import ActionRefused
from danvan.core.permissions import require
from danvan.feedback import deadlines, mail
from danvan.feedback.actions.attachments import DOCUMENT_EXTENSIONS, check_upload, stored_name
from danvan.feedback.actions.intake import _officers
from danvan.feedback.models import OPEN_STATES, Extension, Feedback, Kind, State, Transfer
from danvan.feedback.permissions import can_handle_feedback
from danvan.organizations.models import Organization


def _locked(item: Feedback) -> Feedback:
    return Feedback.objects.select_for_update().select_related("organization").get(pk=item.pk)


def _refresh_deadlines(item: Feedback) -> None:
    extra = sum(item.extensions.values_list("days", flat=True)) if item.kind != Kind.COMPLAINT else 0
    computed = deadlines.compute(
        kind=item.kind,
        received_on=item.received_on,
        accepted_on=item.accepted_on,
        complex_case=item.complex_case,
        extension_days=extra,
    )
    item.accept_due = computed.accept.due
    item.resolve_due = computed.resolve.due


def _require_open(item: Feedback) -> None:
    if item.state not in OPEN_STATES:
        raise ActionRefused(_("This item is already answered or closed."))


@transaction.atomic
def accept_feedback(*, actor: User | None, item: Feedback, on: datetime.date | None = None) -> Feedback:
    """Accept the item for handling (thụ lý): the answer deadline now runs from this day."""
    require(actor, can_handle_feedback, item)
    item = _locked(item)
    if item.state != State.NEW:
        raise ActionRefused(_("Only a new item can be accepted."))
    day = on or timezone.localdate()
    if day < item.received_on:
        raise ActionRefused(_("An item cannot be accepted before it was received."))
    item.state = State.ACCEPTED
    item.accepted_on = day
    if item.handler_id is None and actor is not None:
        item.handler = actor
    _refresh_deadlines(item)
    item.save(update_fields=["state", "accepted_on", "handler", "accept_due", "resolve_due", "updated_at"])
    record_event(actor=actor, action="feedback.accepted", target=item, details={"on": day.isoformat()})
    return item


@transaction.atomic
def start_feedback(*, actor: User | None, item: Feedback) -> Feedback:
    """The handler starts working on an accepted item (and becomes its handler)."""
    require(actor, can_handle_feedback, item)
    item = _locked(item)
    if item.state != State.ACCEPTED:
        raise ActionRefused(_("Accept the item before starting it."))
    item.state = State.IN_PROGRESS
    if actor is not None:
        item.handler = actor
    item.save(update_fields=["state", "handler", "updated_at"])
    record_event(actor=actor, action="feedback.started", target=item)
    return item


@transaction.atomic
def transfer_feedback(*, actor: User | None, item: Feedback, to: Organization, reason: str = "") -> Feedback:
    """Route the item to another organisation; the history keeps every step. The new holder's officers are told.

    The person routing must write for the current holder; the item leaves their scope if the new holder is
    outside it (routing to another province's agency is refused).
    """
    require(actor, can_handle_feedback, item)
    item = _locked(item)
    _require_open(item)
    if to.pk == item.organization_id:
        raise ActionRefused(_("The item is already with this organisation."))
    if to.province_pk != item.organization.province_pk:
        raise ActionRefused(_("An item can only be routed within its province."))
    if not to.is_active_on(timezone.localdate()):
        raise ActionRefused(_("This organisation is closed; route to its successor."))
    Transfer.objects.create(
        feedback=item,
        from_organization_id=item.organization_id,
        to_organization=to,
        reason=reason.strip(),
        actor=actor,
    )
    previous = item.organization_id
    item.organization = to
    item.handler = None
    item.save(update_fields=["organization", "handler", "updated_at"])
    record_event(
        actor=actor,
        action="feedback.transferred",
        target=item,
        details={"from": previous, "to": to.pk, "reason": reason},
    )
    notify(
        recipients=_officers(to),
        text=_("Feedback %(code)s was routed to %(organization)s: %(title)s")
        % {"code": item.code, "organization": to.name, "title": item.title},
        url=item.get_absolute_url(),
    )
    return item


@transaction.atomic
def extend_feedback(*, actor: User | None, item: Feedback, days: int, reason: str) -> Feedback:
    """Extend the time to answer a complex case, with the reason (gia hạn). A complaint takes the law's longer
    limit for complex cases; a denunciation may be extended twice by at most 30 days; other kinds once."""
    require(actor, can_handle_feedback, item)
    item = _locked(item)
    _require_open(item)
    if not reason.strip():
        raise ActionRefused(_("Give the reason for the extension."))
    earlier = item.extensions.count()
    if item.kind == Kind.COMPLAINT:
        if item.complex_case:
            raise ActionRefused(_("The law allows at most %(n)s extension(s) for this kind.") % {"n": 1})
        before = item.resolve_due
        item.complex_case = True
        _refresh_deadlines(item)
        assert before is not None and item.resolve_due is not None
        days = (item.resolve_due - before).days
    else:
        deadlines.check_extension(kind=item.kind, received_on=item.received_on, days=days, earlier=earlier)
    Extension.objects.create(feedback=item, days=max(days, 0), reason=reason.strip(), actor=actor)
    _refresh_deadlines(item)
    item.save(update_fields=["complex_case", "accept_due", "resolve_due", "updated_at"])
    record_event(
        actor=actor, action="feedback.extended", target=item, details={"days": days, "reason": reason}
    )
    return item


@transaction.atomic
def merge_feedback(*, actor: User | None, duplicate: Feedback, into: Feedback, reason: str = "") -> Feedback:
    """Merge a duplicate into another item: the duplicate is closed and points to it; its attachments and
    history stay. Both must be open and handled by the same person's scope."""
    require(actor, can_handle_feedback, duplicate)
    require(actor, can_handle_feedback, into)
    if duplicate.pk == into.pk:
        raise ActionRefused(_("An item cannot be merged into itself."))
    first, second = sorted([duplicate, into], key=lambda i: i.pk)
    _locked(first), _locked(second)
    duplicate.refresh_from_db()
    into.refresh_from_db()
    _require_open(duplicate)
    if into.merged_into_id is not None:
        raise ActionRefused(_("This item was itself merged into another; merge into that one."))
    duplicate.state = State.CLOSED
    duplicate.merged_into = into
    duplicate.save(update_fields=["state", "merged_into", "updated_at"])
    record_event(
        actor=actor, action="feedback.merged", target=duplicate, details={"into": into.pk, "reason": reason}
    )
    return duplicate


@transaction.atomic
def answer_feedback(
    *,
    actor: User | None,
    item: Feedback,
    text: str,
    signed_file: UploadedFile | None = None,
    out_of_competence: bool = False,
    publish: bool = False,
    on: datetime.date | None = None,
) -> Feedback:
    """Answer the item (text, or the signed reply as PDF/DOCX, or both); the citizen is told by e-mail.

    An item outside the agency's competence is answered with guidance to the competent body, as the law
    requires (Luật Tiếp công dân Đ.28): the answer text must say where to go.
    """
    require(actor, can_handle_feedback, item)
    if signed_file is not None:
        try:
            check_upload(signed_file, allowed=DOCUMENT_EXTENSIONS)
        except ValidationError as error:
            raise ActionRefused(" ".join(error.messages)) from error
    item = _locked(item)
    _require_open(item)
    if not text.strip() and signed_file is None:
        raise ActionRefused(_("Write the answer or attach the signed reply."))
    if out_of_competence and not text.strip():
        raise ActionRefused(_("An item outside competence is answered with guidance: write where to turn."))
    day = on or timezone.localdate()
    if day < item.received_on:
        raise ActionRefused(_("An item cannot be answered before it was received."))
    if item.accepted_on is None:
        item.accepted_on = day
        _refresh_deadlines(item)
    item.state = State.ANSWERED
    item.answered_on = day
    item.answer_text = text.strip()
    item.out_of_competence = out_of_competence
    item.published = publish
    if item.handler_id is None and actor is not None:
        item.handler = actor
    if signed_file is not None:
        item.answer_file.save(stored_name(signed_file), signed_file, save=False)
    item.save()
    record_event(
        actor=actor,
        action="feedback.answered",
        target=item,
        details={
            "on": day.isoformat(),
            "out_of_competence": out_of_competence,
            "on_time": item.answered_on_time(),
        },
    )
    # The sender and those of the duplicates merged into the item (each only with an address).
    pk = item.pk
    transaction.on_commit(lambda: mail.send_answer(pk))
    return item


@transaction.atomic
def close_feedback(*, actor: User | None, item: Feedback) -> Feedback:
    """Close an answered item (the case is over)."""
    require(actor, can_handle_feedback, item)
    item = _locked(item)
    if item.state != State.ANSWERED:
        raise ActionRefused(_("Only an answered item can be closed."))
    item.state = State.CLOSED
    item.save(update_fields=["state", "updated_at"])
    record_event(actor=actor, action="feedback.closed", target=item)
    return item


@transaction.atomic
def set_published(*, actor: User | None, item: Feedback, published: bool) -> Feedback:
    """Choose whether an answered item appears on the public pages (without any personal data)."""
    require(actor, can_handle_feedback, item)
    item = _locked(item)
    if published and item.state not in (State.ANSWERED, State.CLOSED):
        raise ActionRefused(_("Only an answered item can be published."))
    if published and item.kind == Kind.DENUNCIATION:
        raise ActionRefused(_("A denunciation is never published."))
    item.published = published
    item.save(update_fields=["published", "updated_at"])
    record_event(
        actor=actor, action="feedback.published" if published else "feedback.unpublished", target=item
    )
    return item


__all__ = [
    "accept_feedback",
    "answer_feedback",
    "close_feedback",
    "extend_feedback",
    "merge_feedback",
    "set_published",
    "start_feedback",
    "transfer_feedback",
]
