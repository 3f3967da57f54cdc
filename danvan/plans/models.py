"""Documents, plans (catalogs and agency plans), their tasks, assignments and targets."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from danvan.core.models import TimestampedModel
from danvan.core.text import short_text
from danvan.organizations.models import Organization
from docparse import fold


def number_key(number: str) -> str:
    """Matching key of a number/symbol: case, spaces, hyphens and dashes ignored ("33/CT-TTg" = "33/CTTTg")."""
    return re.sub(r"[\s\-–—]", "", fold(number))


class Document(TimestampedModel):
    """An administrative document (văn bản): decision, plan, report, letter … and its source file."""

    owner = models.ForeignKey(
        Organization, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="documents"
    )
    doc_type = models.CharField(_("document type"), max_length=60, blank=True)
    # Số, ký hiệu as printed ("3177/QĐ-UBND"); blank while the draft has no number.
    number = models.CharField(_("number and symbol"), max_length=80, blank=True)
    number_key = models.CharField(max_length=80, blank=True, db_index=True, editable=False)
    date = models.DateField(_("date"), null=True, blank=True)
    issuer_name = models.CharField(_("issuer"), max_length=255, blank=True)
    place = models.CharField(_("place"), max_length=120, blank=True)
    title = models.TextField(_("title"), blank=True)
    signer = models.CharField(_("signer"), max_length=120, blank=True)
    # Quyền hạn ký, e.g. "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
    signing_authority = models.CharField(_("signing authority"), max_length=255, blank=True)
    source_file = models.FileField(_("source file"), upload_to="documents/%Y/%m/", blank=True)
    source_name = models.CharField(_("file name"), max_length=255, blank=True)
    source_text = models.TextField(_("source text"), blank=True)
    # The legal basis as printed, one statement a line ("Căn cứ Luật …;", "Theo đề nghị của …"): read from the
    # source at import (plans/preamble.py) and written back unchanged by the export.
    preamble = models.TextField(_("preamble (legal basis)"), blank=True)
    # The docparse output (DESIGN.md §6) of the last import, kept for review and re-import.
    parsed: models.JSONField[Any, Any] = models.JSONField(default=dict, blank=True)

    history = HistoricalRecords(excluded_fields=["source_text", "parsed", "number_key"])

    class Meta:
        ordering = ["-date", "-created_at"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        label = self.number or str(_("(no number)"))
        return f"{self.doc_type} {label}".strip()

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.number_key = number_key(self.number) if self.number else ""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "number" in update_fields:
            kwargs["update_fields"] = [*update_fields, "number_key"]
        super().save(*args, **kwargs)


class Citation(models.Model):
    """A document cited by another (căn cứ), linked to the cited Document once it is in the system."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="citations")
    position = models.PositiveIntegerField(default=0)
    doc_type = models.CharField(_("document type"), max_length=60, blank=True)
    number = models.CharField(_("number and symbol"), max_length=80)
    number_key = models.CharField(max_length=80, db_index=True, editable=False)
    date = models.DateField(_("date"), null=True, blank=True)
    issuer_name = models.CharField(_("issuer"), max_length=255, blank=True)
    raw = models.TextField(blank=True)
    cited = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="cited_by"
    )

    class Meta:
        ordering = ["document", "position"]
        verbose_name = _("citation")
        verbose_name_plural = _("citations")

    def __str__(self) -> str:
        return f"{self.doc_type} {self.number}".strip()

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.number_key = number_key(self.number)
        super().save(*args, **kwargs)


class Plan(TimestampedModel):
    """A catalog of tasks (danh mục nhiệm vụ, owned by the province) or an agency's implementation plan."""

    class Kind(models.TextChoices):
        CATALOG = "catalog", _("Task catalog")
        AGENCY_PLAN = "plan", _("Implementation plan")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for approval")
        RETURNED = "returned", _("Returned for changes")
        APPROVED = "approved", pgettext_lazy("plan status", "Approved")
        # Issued (ban hành): for a catalog this is its publication to the assigned organisations.
        ISSUED = "issued", _("Issued")

    class Rollup(models.TextChoices):
        PLAIN = "plain", _("Plain average")
        WEIGHTED = "weighted", _("Weighted average")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    owner = models.ForeignKey(
        Organization, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="plans"
    )
    document = models.OneToOneField(
        Document,
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plan",
    )
    title = models.TextField(_("title"))
    period_start = models.DateField(_("period start"), null=True, blank=True)
    period_end = models.DateField(_("period end"), null=True, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent plan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    # When the parent is not in the system, the citation that names it (e.g. QĐ 129/QĐ-UBND).
    parent_citation = models.ForeignKey(
        Citation,
        verbose_name=_("parent document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    purpose = models.TextField(_("purpose and requirements"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    rollup = models.CharField(
        _("progress roll-up"), max_length=20, choices=Rollup.choices, default=Rollup.PLAIN
    )
    # Incremented by every write; an edit made on an older version fails instead of overwriting.
    version = models.PositiveIntegerField(default=1)
    return_comment = models.TextField(_("comments when returned"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-period_start", "-created_at"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("plans:plan-detail", args=[self.pk])

    @property
    def is_catalog(self) -> bool:
        return self.kind == self.Kind.CATALOG

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.RETURNED)


class Task(TimestampedModel):
    """A task (nhiệm vụ) of a plan, numbered as printed; headings are tasks with `is_heading`."""

    class TimeframeKind(models.TextChoices):
        CONTINUOUS = "continuous", _("Continuous")
        BY_DATE = "by_date", _("By a date")
        MONTH = "month", _("Month")
        QUARTER = "quarter", _("Quarter")
        HALF_YEAR = "half_year", _("Half year")
        YEAR = "year", _("Year")
        RANGE = "range", _("Date range")
        OPEN_ENDED = "open_ended", _("Open-ended")
        EVENT = "event", _("At an event")
        UNKNOWN = "unknown", _("Not stated")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent task"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    number = models.CharField(_("number"), max_length=20, blank=True)
    position = models.PositiveIntegerField(default=0)
    is_heading = models.BooleanField(_("heading only"), default=False)
    content = models.TextField(_("content"))
    timeframe_raw = models.CharField(_("timeframe as written"), max_length=255, blank=True)
    timeframe_kind = models.CharField(
        _("timeframe kind"), max_length=20, choices=TimeframeKind.choices, default=TimeframeKind.UNKNOWN
    )
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    due = models.DateField(_("due date"), null=True, blank=True)
    # The catalog task this agency task implements, and how sure the automatic link was.
    source_task = models.ForeignKey(
        "self",
        verbose_name=_("implements catalog task"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="implementations",
    )
    source_score = models.FloatField(null=True, blank=True)
    source_confirmed = models.BooleanField(default=False)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)

    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        indexes = [models.Index(fields=["plan", "position"])]

    def __str__(self) -> str:
        return f"{self.number} {short_text(self.content)}".strip()

    def get_absolute_url(self) -> str:
        return reverse("plans:task-detail", args=[self.pk])

    @property
    def is_recurring(self) -> bool:
        return self.timeframe_kind == self.TimeframeKind.CONTINUOUS

    def is_overdue(self, today: datetime.date) -> bool:
        """Past its due date; recurring and continuous tasks are never overdue."""
        return not self.is_recurring and self.due is not None and self.due < today


class Assignment(TimestampedModel):
    """Who leads (chủ trì) or coordinates (phối hợp) a task: an organisation, a group, or a named person.

    Names are kept as written (`text`); a group ("Các sở, ban, ngành") is expanded into one assignment per
    member organisation when the plan is issued (`expanded_from` points back to the group row).
    """

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead")
        COORDINATE = "coordinate", _("Coordinating")

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assignments")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    text = models.CharField(_("as written"), max_length=255, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    group_key = models.CharField(_("group"), max_length=40, blank=True)
    group_anchor = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # "… có liên quan": the coordinator picks the members of the group.
    needs_selection = models.BooleanField(default=False)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    # A body outside the system (foreign bodies, central agencies): kept as written, never expanded.
    external = models.BooleanField(_("outside the system"), default=False)
    confidence = models.FloatField(default=0.0)
    matched = models.CharField(max_length=255, blank=True)
    expanded_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="expansions"
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["task", "role", "position", "pk"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        indexes = [models.Index(fields=["organization", "role"])]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(organization__isnull=False, group_key__gt=""),
                name="assignment_org_or_group",
            ),
        ]

    def __str__(self) -> str:
        target = self.organization or self.person or self.group_key or self.text
        return f"{self.get_role_display()}: {target}"

    @property
    def is_resolved(self) -> bool:
        return (
            self.organization_id is not None
            or self.person_id is not None
            or bool(self.group_key)
            or self.external
        )

    @property
    def is_group(self) -> bool:
        return bool(self.group_key)


class Target(TimestampedModel):
    """A measurable target (chỉ tiêu) of a plan, e.g. "100% CBCCVC ký cam kết".

    A target linked to a figure (`measure`: a key of `danvan.core.measures`) shows its current value without
    anyone typing it, computed over the plan owner itself (its units included) or over each of its direct units
    ("100% cơ quan có mô hình": the share of the units that have one)."""

    class Over(models.TextChoices):
        UNITS = "units", _("Its direct units")
        OWN = "own", _("The organisation itself, units included")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="targets")
    text = models.TextField(_("target"))
    value = models.DecimalField(_("target value"), max_digits=12, decimal_places=2, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    position = models.PositiveIntegerField(default=0)
    measure = models.CharField(_("measured by"), max_length=60, blank=True)
    measure_over = models.CharField(
        _("measured over"), max_length=10, choices=Over.choices, default=Over.UNITS
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self) -> str:
        return short_text(self.text)


class ReportingObligation(models.Model):
    """A report the plan asks for, with its due date (from docparse `reporting` or made by hand)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="reporting_obligations")
    what = models.CharField(_("report"), max_length=255)
    due = models.DateField(_("due date"), null=True, blank=True)
    raw = models.CharField(_("as written"), max_length=255, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["plan", "due", "position"]
        verbose_name = _("reporting obligation")
        verbose_name_plural = _("reporting obligations")

    def __str__(self) -> str:
        return self.what


class ImportJob(TimestampedModel):
    """Parsing an uploaded file in the background; the review page follows its progress."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Reading the document")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    owner = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="import_jobs")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Plan.Kind.choices)
    parent = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Re-import into an existing draft instead of creating a new plan.
    target_plan = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    upload = models.FileField(upload_to="imports/%Y/%m/")
    file_name = models.CharField(max_length=255)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    plan = models.ForeignKey(
        Plan, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_jobs"
    )
    # What a re-import did: {"created": n, "updated": n, "removed": n, "kept": ["nhiệm vụ 1.2", …]}.
    outcome: models.JSONField[Any, Any] = models.JSONField(default=dict, blank=True)
    # What the job is doing now, for the progress page ("OCR: page 3 of 14"); empty when nothing to add.
    detail = models.CharField(max_length=200, blank=True)
    # Stamped by the process running the job about once a second; a running job whose heartbeat stops is
    # stale (its worker died) and the sweep (jobs.sweep_stale_jobs) runs it again or fails it.
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # OCR spent on this job, counted against its creator's daily budget (OCR_USER_*_PER_DAY).
    ocr_pages = models.PositiveIntegerField(default=0)
    ocr_seconds = models.FloatField(default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")

    def __str__(self) -> str:
        return self.file_name
