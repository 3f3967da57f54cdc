"""Citizen feedback (góp ý, phản ánh, kiến nghị, khiếu nại, tố cáo), reception days and dialogues.

A `Feedback` item is held by one organisation at a time (`organization`): the province's intake desk until staff
route it, then the responsible agency; every transfer is a `Transfer` row. Its deadlines come from the versioned
legal time limits (`core.TimeLimit`, counted by `core.workdays`) and are stored on the row (`accept_due`,
`resolve_due`) so that lists, reminders and figures filter by date; `deadlines.py` is the one rule that computes
them. "Overdue" is derived from the state and the deadline, never stored. See docs/feedback.md.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from danvan.core.dateformat import short_date
from danvan.core.measures import Span
from danvan.core.models import TimestampedModel
from danvan.core.text import short_text


class Kind(models.TextChoices):
    SUGGESTION = "suggestion", _("Suggestion (góp ý)")
    REPORT = "report", _("Report (phản ánh)")
    PETITION = "petition", _("Petition (kiến nghị)")
    COMPLAINT = "complaint", _("Complaint (khiếu nại)")
    DENUNCIATION = "denunciation", _("Denunciation (tố cáo)")


# A complaint or a denunciation must name the person (Luật Khiếu nại Đ.8, Luật Tố cáo Đ.23): anonymous letters
# of these kinds are not handled as such. The other kinds may be sent anonymously.
NAMED_KINDS = frozenset({Kind.COMPLAINT, Kind.DENUNCIATION})


class Channel(models.TextChoices):
    WEB = "web", _("Public web form")
    HOTLINE = "hotline", _("Hotline")
    PHONE = "phone", _("Phone")
    SMS = "sms", _("SMS")
    EMAIL = "email", _("E-mail")
    LETTER = "letter", _("Letter")
    IN_PERSON = "in_person", _("In person")
    RECEPTION = "reception", _("Citizen reception session")
    API = "api", _("Other system (API)")


class State(models.TextChoices):
    NEW = "new", _("New")
    ACCEPTED = "accepted", pgettext_lazy("feedback state", "Accepted")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    # Closed without (further) answer: merged into another item, or withdrawn.
    CLOSED = "closed", _("Closed")


OPEN_STATES = (State.NEW, State.ACCEPTED, State.IN_PROGRESS)
# The answer is recorded: answered, or closed after it (a merged duplicate is closed without one).
ANSWERED_STATES = (State.ANSWERED, State.CLOSED)


class Feedback(TimestampedModel):
    """Citizen feedback (góp ý, phản ánh, kiến nghị, khiếu nại, tố cáo)."""

    code = models.CharField(_("tracking code"), max_length=20, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    received_on = models.DateField(_("received on"))
    # Personal data: never on a public page; for a denunciation only the handler and the head see it.
    anonymous = models.BooleanField(_("anonymous"), default=False)
    citizen_name = models.CharField(_("full name"), max_length=200, blank=True)
    citizen_phone = models.CharField(_("phone"), max_length=40, blank=True)
    citizen_email = models.EmailField(_("e-mail"), blank=True)
    citizen_address = models.CharField(_("address"), max_length=300, blank=True)
    # The organisation the citizen named (None: "không rõ"); the holder is `organization`.
    subject_organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation concerned"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(_("subject"), max_length=250)
    text = models.TextField(_("content"))
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("responsible organisation"),
        on_delete=models.PROTECT,
        related_name="feedback_items",
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handler"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.NEW)
    accepted_on = models.DateField(_("accepted on"), null=True, blank=True)
    # A complex case (vụ việc phức tạp) takes the longer legal limit where the law has one.
    complex_case = models.BooleanField(_("complex case"), default=False)
    accept_due = models.DateField(_("deadline to accept"), null=True, blank=True)
    resolve_due = models.DateField(_("deadline to answer"), null=True, blank=True, db_index=True)
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    answer_text = models.TextField(_("answer"), blank=True)
    answer_file = models.FileField(_("signed answer"), upload_to="feedback/answers/%Y/%m/", blank=True)
    # Outside the agency's competence: answered with guidance to the competent body (Luật Tiếp công dân Đ.28).
    out_of_competence = models.BooleanField(_("outside competence"), default=False)
    # The agency chose to publish the answer (without personal data) on the public pages.
    published = models.BooleanField(_("published"), default=False)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reception_session = models.ForeignKey(
        "feedback.ReceptionSession",
        verbose_name=_("reception session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="items",
    )
    history = HistoricalRecords(
        excluded_fields=["citizen_name", "citizen_phone", "citizen_email", "citizen_address"]
    )

    class Meta:
        ordering = ["-received_on", "-pk"]
        indexes = [models.Index(fields=["organization", "state"], name="feedback_org_state")]
        verbose_name = _("feedback item")
        verbose_name_plural = _("feedback items")

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("feedback:detail", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    def current_due(self) -> datetime.date | None:
        """The deadline the item is waiting on: to accept while new, to answer afterwards."""
        if not self.is_open:
            return None
        if self.state == State.NEW:
            return self.accept_due
        return self.resolve_due

    def is_overdue(self, today: datetime.date) -> bool:
        """Open and past the deadline it waits on (derived, never stored)."""
        due = self.current_due()
        return due is not None and today > due

    @property
    def is_answered(self) -> bool:
        """The answer is recorded (`ANSWERED` for one item)."""
        return self.state in ANSWERED_STATES and self.answered_on is not None

    def answered_on_time(self) -> bool | None:
        """Answered within the limit (`ANSWERED_ON_TIME` for one item); None while not answered."""
        if not self.is_answered or self.answered_on is None or self.resolve_due is None:
            return None
        return self.answered_on <= self.resolve_due


# --- what every figure of citizen feedback counts by -----------------------------------------------------------
# One rule, in SQL: the public statistics and the `feedback_on_time` measure (the coordinator's dashboard, the
# consolidated report, the evaluation's suggestions) count through `queries.organization_figures`, and the staff
# list's "overdue" filter through `overdue`. The methods of `Feedback` above say the same of one loaded item.

# Merged duplicates are not counted: the item they were merged into is counted (and answered) for them.
COUNTED = Q(merged_into__isnull=True)
ANSWERED = Q(state__in=ANSWERED_STATES, answered_on__isnull=False)
# No later than the answer deadline, extensions included (`resolve_due` carries them).
ANSWERED_ON_TIME = ANSWERED & Q(answered_on__lte=F("resolve_due"))


def received_in(span: Span) -> Q:
    """Received within the span (the public statistics of a year count these)."""
    return Q(received_on__gte=span.start, received_on__lte=span.end)


def due_in(span: Span) -> Q:
    """The answer deadline falls within the span: "answered on time" is a share of these, since only then is
    it known whether the limit was kept."""
    return Q(resolve_due__gte=span.start, resolve_due__lte=span.end)


def overdue(today: datetime.date) -> Q:
    """Open and past the deadline it waits on (`Feedback.is_overdue`): to accept while new, to answer after."""
    return Q(state=State.NEW, accept_due__lt=today) | Q(
        state__in=[s for s in OPEN_STATES if s != State.NEW], resolve_due__lt=today
    )


class Attachment(models.Model):
    """A file the citizen or the officer attached to an item (checked by `core.files.check_file`)."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="feedback/attachments/%Y/%m/")
    name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name


class Transfer(models.Model):
    """One routing step (chuyển đơn): from one organisation to another, by whom, why."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="transfers")
    from_organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.PROTECT, related_name="+"
    )
    to_organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.feedback_id}: {self.from_organization_id} → {self.to_organization_id}"


class Extension(models.Model):
    """An extension of the time to answer (gia hạn) for a complex case, with its reason."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="extensions")
    days = models.PositiveIntegerField(_("days"))
    reason = models.TextField(_("reason"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.feedback_id} +{self.days}"


class IntakeAttempt(models.Model):
    """One submission of the public form or the open API from an address (a keyed hash, never the address
    itself): the rate limit counts these rows, so it holds across processes and servers."""

    address_hash = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.address_hash[:8]} {self.created_at}"


class ReceptionSchedule(TimestampedModel):
    """A head's regular citizen reception (lịch tiếp công dân định kỳ, Luật Tiếp công dân Đ.12, 15, 18)."""

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", _("At least one day a week")
        MONTHLY = "monthly", _("At least one day a month")

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="reception_schedules",
    )
    head_name = models.CharField(_("head"), max_length=200)
    position = models.CharField(_("position"), max_length=200)
    frequency = models.CharField(_("frequency"), max_length=20, choices=Frequency.choices)
    when = models.CharField(_("regular day"), max_length=200, help_text=_("For example: Thursday morning"))
    place = models.CharField(_("place"), max_length=300)
    active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["organization__path", "head_name"]
        verbose_name = _("reception schedule")
        verbose_name_plural = _("reception schedules")

    def __str__(self) -> str:
        return f"{self.head_name} ({self.position})"


class ReceptionSession(TimestampedModel):
    """A reception session held (buổi tiếp công dân): who received, when, how many people."""

    schedule = models.ForeignKey(
        ReceptionSchedule, verbose_name=_("schedule"), on_delete=models.PROTECT, related_name="sessions"
    )
    held_on = models.DateField(_("held on"))
    people_received = models.PositiveIntegerField(_("people received"), default=0)
    notes = models.TextField(_("notes"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("reception session")
        verbose_name_plural = _("reception sessions")

    def __str__(self) -> str:
        return f"{self.schedule} {short_date(self.held_on)}"


class Dialogue(TimestampedModel):
    """A dialogue between a leader and citizens or businesses (đối thoại với Nhân dân, doanh nghiệp)."""

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="dialogues",
    )
    title = models.CharField(_("title"), max_length=250)
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=300)
    chair = models.CharField(_("chair"), max_length=200)
    participants = models.TextField(_("participants"), blank=True)
    topics = models.TextField(_("topics"))
    minutes_text = models.TextField(_("minutes"), blank=True)
    minutes_file = models.FileField(_("minutes file"), upload_to="feedback/minutes/%Y/%m/", blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("dialogue")
        verbose_name_plural = _("dialogues")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("feedback:dialogue-detail", kwargs={"pk": self.pk})


class Commitment(models.Model):
    """A follow-up commitment of a dialogue; it becomes a task of the agency's plan (`task`)."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="commitments")
    text = models.TextField(_("commitment"))
    lead_organization = models.ForeignKey(
        "organizations.Organization", verbose_name=_("lead unit"), on_delete=models.PROTECT, related_name="+"
    )
    due = models.DateField(_("deadline"))
    task = models.ForeignKey("plans.Task", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due", "pk"]

    def __str__(self) -> str:
        return short_text(self.text)
