"""Progress of tasks, reporting periods, agency reports and their items, and calendar feeds (reminders are the
deadline engine's: `core.Reminder`)."""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from danvan.core.collation import by_name
from danvan.core.models import TimestampedModel
from danvan.organizations.models import Organization
from danvan.plans.models import Plan, Task


class Status(models.TextChoices):
    """Progress status in the Government Office's vocabulary (Văn phòng Chính phủ)."""

    DONE_ON_TIME = "done_on_time", _("Done on time")
    DONE_LATE = "done_late", _("Done late")
    IN_PROGRESS = "in_progress", _("In progress, within the deadline")
    OVERDUE = "overdue", _("Overdue, not done")
    NOT_STARTED = "not_started", _("Not started")
    # Recurring ("Thường xuyên", "Hằng tháng") work reported for the period; never overdue.
    RECURRING = "recurring", _("Recurring, reported for the period")


DONE_STATUSES = frozenset({Status.DONE_ON_TIME, Status.DONE_LATE})
# Each status's colour in charts (pages and documents): green, olive, blue, red, grey, purple.
STATUS_COLOURS: dict[str, str] = {
    Status.DONE_ON_TIME: "#2e7d32",
    Status.DONE_LATE: "#9e9d24",
    Status.IN_PROGRESS: "#1565c0",
    Status.OVERDUE: "#c62828",
    Status.NOT_STARTED: "#757575",
    Status.RECURRING: "#6a1b9a",
}


def printed_label(choice: models.Choices) -> str:
    """The one label of a status or state as documents print it: the model's own label in the site's language
    (Vietnamese), whatever the language of the request that makes the document."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(choice.label)


def choices_legend(choices: type[models.Choices]) -> str:
    """ "value: label; …" for API documentation, from the one definition of the labels."""
    return "; ".join(f"{choice.value}: {printed_label(choice)}" for choice in choices)


def status_label(status: str) -> str:
    """The label of a status value (`Status`), as pages and documents show it; unknown values as they are."""
    try:
        return printed_label(Status(status))
    except ValueError:
        return status


class TaskProgress(TimestampedModel):
    """Where one organisation stands on one task: the lead's progress, or a coordinating unit's contribution."""

    class State(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="progress")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="task_progress")
    # Lead progress drives the task's status; coordinating units add their contribution beside it.
    is_lead = models.BooleanField(default=True)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.NOT_STARTED)
    percent = models.PositiveSmallIntegerField(_("percent done"), default=0)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    result = models.TextField(_("result"), blank=True)
    # Figures against the plan's targets, {"target id": value}, e.g. signed commitments.
    figures: models.JSONField[Any, Any] = models.JSONField(_("figures"), default=dict, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Status as of today, kept up to date by the actions and the nightly run (so lists need no computation).
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NOT_STARTED)

    history = HistoricalRecords()

    class Meta:
        ordering = ["task", "-is_lead", "organization"]
        verbose_name = _("task progress")
        verbose_name_plural = _("task progress")
        constraints = [
            models.UniqueConstraint(fields=["task", "organization"], name="progress_unique_task_org")
        ]
        indexes = [models.Index(fields=["organization", "status"]), models.Index(fields=["task", "is_lead"])]

    def __str__(self) -> str:
        return f"{self.task} — {self.organization}: {self.percent}%"


class Evidence(TimestampedModel):
    """A file proving progress (minutes, photos, signed lists), stored through Django storage."""

    progress = models.ForeignKey(TaskProgress, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(_("file"), upload_to="evidence/%Y/%m/")
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["progress", "created_at"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self) -> str:
        return self.name


class ReportingPeriod(TimestampedModel):
    """A reporting checkpoint (kỳ báo cáo) of a catalog: due date, data cut-off, open or closed."""

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    catalog = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="reporting_periods")
    name = models.CharField(_("name"), max_length=200)
    start = models.DateField(_("from"))
    cutoff = models.DateField(_("data cut-off"))
    due = models.DateField(_("due date"))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.OPEN)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["catalog", "due"]
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("reporting:period-detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.state == self.State.OPEN


class Report(TimestampedModel):
    """An agency's report for a period (báo cáo định kỳ): a snapshot of its task progress plus narrative."""

    class State(models.TextChoices):
        # Each state has its own label wherever it is shown (the context keeps a sent report from
        # borrowing a plan's "submitted for approval").
        DRAFT = "draft", pgettext_lazy("report state", "Draft")
        APPROVED = "approved", _("Approved by the leader")
        SUBMITTED = "submitted", pgettext_lazy("report state", "Submitted")
        RETURNED = "returned", pgettext_lazy("report state", "Returned")
        ACCEPTED = "accepted", pgettext_lazy("report state", "Accepted")

    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="reports")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="reports")
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.DRAFT)
    version = models.PositiveIntegerField(default=1)
    snapshot_at = models.DateTimeField(_("data as of"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    is_late = models.BooleanField(_("late"), default=False)
    results = models.TextField(_("results"), blank=True)
    limitations = models.TextField(_("limitations and causes"), blank=True)
    lessons = models.TextField(_("lessons learned"), blank=True)
    directions = models.TextField(_("directions for the next period"), blank=True)
    proposals = models.TextField(_("proposals"), blank=True)
    return_comment = models.TextField(_("comments when returned"), blank=True)

    history = HistoricalRecords()

    class Meta:
        # Agencies in Vietnamese alphabetical order (`core.collation`), as the dashboards list them.
        ordering = ["period", by_name("organization__name").asc()]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(fields=["period", "organization"], name="report_unique_period_org")
        ]
        indexes = [models.Index(fields=["period", "state"])]

    def __str__(self) -> str:
        return f"{self.organization} — {self.period}"

    def get_absolute_url(self) -> str:
        return reverse("reporting:report-detail", args=[self.pk])

    @property
    def is_frozen(self) -> bool:
        """Submitted or accepted reports keep their snapshot; only a returned or draft report changes."""
        return self.state in (self.State.SUBMITTED, self.State.ACCEPTED, self.State.APPROVED)


class ReportStanding(models.TextChoices):
    """Where an agency stands on a period's report: none yet, its report's state, or sent after the due date.

    The labels of the report's states are the report's own (Report.State), never a plan's.
    """

    NOT_STARTED = "not_started", pgettext_lazy("report standing", "Not started")
    DRAFT = Report.State.DRAFT.value, Report.State.DRAFT.label
    APPROVED = Report.State.APPROVED.value, Report.State.APPROVED.label
    RETURNED = Report.State.RETURNED.value, Report.State.RETURNED.label
    LATE = "late", _("Submitted late")
    SUBMITTED = Report.State.SUBMITTED.value, Report.State.SUBMITTED.label
    ACCEPTED = Report.State.ACCEPTED.value, Report.State.ACCEPTED.label

    @classmethod
    def of_state(cls, state: str | None, *, is_late: bool) -> ReportStanding:
        """The one rule: no report yet; a report sent after the due date and not yet accepted is "late";
        otherwise the report's own state. Pages, dashboards, the API and the exported annexes all ask here."""
        if state is None:
            return cls.NOT_STARTED
        if state == Report.State.SUBMITTED and is_late:
            return cls.LATE
        return cls(state)

    @classmethod
    def of(cls, report: Report | None) -> ReportStanding:
        """The standing of an agency whose report for the period is `report` (None: none yet)."""
        if report is None:
            return cls.NOT_STARTED
        return cls.of_state(report.state, is_late=report.is_late)

    @property
    def received(self) -> bool:
        """The report has reached the coordinator (sent, sent late or accepted)."""
        return self in (ReportStanding.SUBMITTED, ReportStanding.LATE, ReportStanding.ACCEPTED)


class ReportItem(models.Model):
    """One task in a report, copied from its progress when the report was assembled."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="items")
    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="report_items")
    # The catalog task it answers for, so the consolidated report groups by catalog row.
    catalog_task = models.ForeignKey(Task, null=True, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveIntegerField(default=0)
    number = models.CharField(max_length=20, blank=True)
    content = models.TextField()
    status = models.CharField(max_length=20, choices=Status.choices)
    percent = models.PositiveSmallIntegerField(default=0)
    result = models.TextField(blank=True)
    figures: models.JSONField[Any, Any] = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["report", "position"]
        verbose_name = _("report item")
        verbose_name_plural = _("report items")

    def __str__(self) -> str:
        return f"{self.number} {self.content[:60]}"


class PeriodSummary(models.Model):
    """Pre-computed figures of a period per organisation, refreshed by the actions (dashboards read these)."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="summaries")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    done_on_time = models.PositiveIntegerField(default=0)
    done_late = models.PositiveIntegerField(default=0)
    in_progress = models.PositiveIntegerField(default=0)
    overdue = models.PositiveIntegerField(default=0)
    not_started = models.PositiveIntegerField(default=0)
    recurring = models.PositiveIntegerField(default=0)
    percent = models.DecimalField(max_digits=5, decimal_places=1, default=Decimal(0))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["period", "organization"]
        constraints = [
            models.UniqueConstraint(fields=["period", "organization"], name="summary_unique_period_org")
        ]

    def __str__(self) -> str:
        return f"{self.period} — {self.organization}"


class PeriodTaskStatus(models.Model):
    """Where one agency stood on one catalog task in a period: a pre-computed cell of the dashboard's matrix."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="task_statuses")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="+")  # the catalog task
    # Copied from the organisation so that the dashboard's filter by kind needs no join.
    organization_kind = models.CharField(max_length=30)
    status = models.CharField(max_length=20, choices=Status.choices)
    percent = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["period", "task", "organization"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "organization", "task"], name="period_task_status_unique"
            )
        ]
        indexes = [
            models.Index(fields=["period", "task", "status"]),
            models.Index(fields=["period", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.period} — {self.organization_id} — {self.task_id}: {self.status}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """A secret ICS address of deadlines for a person or an organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user} — {self.organization or _('personal')}"


def classify(
    *,
    due: datetime.date | None,
    recurring: bool,
    state: str,
    completed_on: datetime.date | None,
    on: datetime.date,
) -> str:
    """The status of a task on a given day, from its deadline and the reported state.

    Done on or before the due date is on time; done after it is late; not done and past the due date is
    overdue; recurring work is never overdue. A task done after `on` is judged as of `on` (not yet done).
    """
    if recurring:
        return Status.RECURRING
    done = state == TaskProgress.State.DONE and completed_on is not None and completed_on <= on
    if done:
        assert completed_on is not None
        return Status.DONE_LATE if due is not None and completed_on > due else Status.DONE_ON_TIME
    if due is not None and due < on:
        return Status.OVERDUE
    if state == TaskProgress.State.NOT_STARTED:
        return Status.NOT_STARTED
    return Status.IN_PROGRESS


def combine_statuses(statuses: Iterable[str]) -> str:
    """One status for several pieces of work: the sub-tasks of a task, an agency's tasks implementing one
    catalog task, the lead agencies of a catalog task. The one rule every page, export and API uses.

    - all done: done (late if any was late);
    - any overdue: overdue (one late piece makes the whole late, as the Sở Nội vụ reads it);
    - all recurring: recurring;
    - none started (all not started): not started;
    - otherwise in progress — recurring work is work being carried out, so {recurring, not started} and
      {recurring, done} are in progress: part of the work goes on, none of it is late.
    Nothing at all is not started.
    """
    seen = list(statuses)
    if not seen:
        return Status.NOT_STARTED
    if all(s in DONE_STATUSES for s in seen):
        return Status.DONE_LATE if Status.DONE_LATE in seen else Status.DONE_ON_TIME
    if Status.OVERDUE in seen:
        return Status.OVERDUE
    if all(s == Status.RECURRING for s in seen):
        return Status.RECURRING
    if all(s == Status.NOT_STARTED for s in seen):
        return Status.NOT_STARTED
    return Status.IN_PROGRESS


def judged_on(period: ReportingPeriod, today: datetime.date | None = None) -> datetime.date:
    """The day a period's statuses are judged on: today while the period is open (reports are written between
    the data cut-off and the due date, and an officer reports the work finished meanwhile), its data cut-off
    once it is closed (a closed period is history). The report's snapshot, the dashboard's cells and the
    roll-up shown for a period all use it."""
    today = today or timezone.localdate()
    return today if period.is_open else min(today, period.cutoff)
