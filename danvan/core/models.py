"""Base models and the audit trail of actions that are not row edits."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


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
