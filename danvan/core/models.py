"""Base models and the audit trail of actions that are not row edits."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from danvan.core.dateformat import short_date


class TimestampedModel(models.Model):
    """Adds `created_at` and `updated_at` to a business model."""

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class AuditEvent(models.Model):
    """Something a person did that is not a row edit: logging in, exporting, importing, publishing.

    Row edits are kept by django-simple-history on each business model; the two together are an
    object's history.
    """

    class Action(models.TextChoices):
        LOGIN = "login", _("Logged in")
        LOGOUT = "logout", _("Logged out")
        LOGIN_FAILED = "login_failed", _("Failed login")
        PASSWORD_CHANGED = "password_changed", _("Changed password")
        PASSWORD_RESET_REQUESTED = "password_reset_requested", _("Requested a password reset")
        CREATED = "created", _("Created")
        UPDATED = "updated", _("Updated")
        RENAMED = "renamed", _("Renamed")
        MERGED = "merged", _("Merged")
        DISSOLVED = "dissolved", _("Dissolved")
        ROLE_GRANTED = "role_granted", _("Granted a role")
        ROLE_REVOKED = "role_revoked", _("Revoked a role")
        IMPORTED = "imported", _("Imported")
        EXPORTED = "exported", _("Exported")
        PUBLISHED = "published", _("Published")
        # Labels of actions, told apart from the states of plans and reports that share their English words.
        SUBMITTED = "submitted", pgettext_lazy("audit action", "Submitted")
        RETURNED = "returned", pgettext_lazy("audit action", "Returned")
        APPROVED = "approved", pgettext_lazy("audit action", "Approved")

    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The username as typed, for failed logins and for actors since removed.
    actor_label = models.CharField(_("actor name"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=40, choices=Action.choices)
    target_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_id = models.CharField(max_length=64, blank=True)
    target_label = models.CharField(_("object"), max_length=300, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    details: models.JSONField[Any, Any] = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id", "created_at"])]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.target_label}"


class Notification(models.Model):
    """An in-app notice for one person (tasks assigned, plan returned …); e-mail follows in reporting."""

    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    text = models.CharField(_("message"), max_length=500)
    url = models.CharField(max_length=300, blank=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"])]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return self.text


class CalendarDay(TimestampedModel):
    """A day the Government moves for state bodies (ngày nghỉ bù, ngày làm bù, hoán đổi ngày làm việc).

    The statutory holidays (fixed and lunar) come from the `holidays` package; this yearly table, edited by
    administrators, says what each year's announcement adds: a rest day on a weekday (REST) or a Saturday worked
    in exchange (WORK). A row wins over the package for its date. See docs/working-days.md.
    """

    class Kind(models.TextChoices):
        REST = "rest", _("Rest day (day off)")
        WORK = "work", _("Working day (worked in exchange)")

    date = models.DateField(_("day"), unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    # The announcement it comes from: "Thông báo số 6150/TB-BLĐTBXH ngày 19/11/2024".
    source = models.CharField(_("legal basis"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["date"]
        verbose_name = _("moved working day")
        verbose_name_plural = _("moved working days")

    def __str__(self) -> str:
        return f"{short_date(self.date)} {self.get_kind_display()}: {self.name}"


class TimeLimit(TimestampedModel):
    """A legal time limit (thời hạn) in force from a date; a law that changes it adds a row, never edits one.

    Other apps look limits up by `code` ("complaint.first.resolve") for the day of the event that starts the
    period (`danvan.core.workdays.time_limit`), so an item received before a law takes effect keeps the old limit.
    """

    class Unit(models.TextChoices):
        DAYS = "days", _("days")
        WORKING_DAYS = "working_days", _("working days")

    code = models.CharField(_("code"), max_length=80)
    name = models.CharField(_("name"), max_length=300)
    amount = models.PositiveIntegerField(_("amount"))
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices)
    effective_from = models.DateField(_("effective from"))
    legal_basis = models.CharField(_("legal basis"), max_length=300)
    note = models.TextField(_("note"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["code", "-effective_from"]
        constraints = [
            models.UniqueConstraint(fields=["code", "effective_from"], name="time_limit_one_per_day"),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="time_limit_positive"),
        ]
        verbose_name = _("legal time limit")
        verbose_name_plural = _("legal time limits")

    def __str__(self) -> str:
        return f"{self.code} = {self.amount} {self.get_unit_display()} ({short_date(self.effective_from)})"


class Reminder(models.Model):
    """A reminder of the deadline engine, sent once: the unique key makes a second runner's attempt a no-op.

    `kind` is "<source>_<stage>" (`danvan.core.deadlines`); `subject_key` names the deadline within its source.
    """

    kind = models.CharField(max_length=60)
    # "task:123", "period:4:org:56", …
    subject_key = models.CharField(max_length=80)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    for_date = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject_key", "recipient", "for_date"], name="core_reminder_sent_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.subject_key} → {self.recipient_id} ({self.for_date})"


class WorkerHeartbeat(models.Model):
    """A running `db_worker` process: it stamps `beat_at` at start and every JOB_SWEEP_SECONDS (with its
    sweep of stale jobs), and removes its row when it stops. `/healthz` counts the workers that beat recently.
    Operational state, not business data: no history."""

    name = models.CharField(_("worker"), max_length=200, unique=True)  # host:pid
    started_at = models.DateTimeField(_("started at"))
    beat_at = models.DateTimeField(_("last heartbeat"), db_index=True)

    class Meta:
        verbose_name = _("worker heartbeat")
        verbose_name_plural = _("worker heartbeats")

    def __str__(self) -> str:
        return self.name
