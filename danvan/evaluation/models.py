"""Annual scoring and ranking of dân vận work (chấm điểm, xếp loại công tác dân vận).

- `CriteriaSet`: a province's versioned criteria (bộ tiêu chí) applying from a year: a tree of `Criterion` rows
  (group → criterion → sub-criterion) with their points and how each is scored, `ExclusionCondition`s that keep an
  agency out of classification and `ClassThreshold`s that turn a final score into a class. Frozen once a round uses
  it; a change is made on a copy (a new version).
- `Round`: one year's evaluation (đợt chấm điểm) for chosen kinds of organisation, with the self-scoring deadline.
- `Assessment`: an organisation's sheet in a round (bảng tự chấm điểm), its `Score` per scored criterion, evidence
  files, the appraisers' `Adjustment`s, its class and rank. `version` guards concurrent edits.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from danvan.core.collation import by_name
from danvan.core.models import TimestampedModel
from danvan.core.text import short_text
from danvan.organizations.models import Organization

ZERO = Decimal(0)
# Every points column holds four digits before the decimal point (max_digits=6, decimal_places=2): a score,
# a maximum or a threshold is below this.
POINTS_BELOW = 10_000
NO_SIZE_CLASS = _("Size class not set")


class CriteriaSet(TimestampedModel):
    """A province's criteria for scoring dân vận work (bộ tiêu chí), one version of it."""

    province = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="criteria_sets")
    name = models.CharField(_("name"), max_length=255)
    # The decision that issues it ("Quyết định số 25/QĐ-UBND ngày 05/01/2023"), blank while drafted.
    decision = models.CharField(_("issuing decision"), max_length=255, blank=True)
    from_year = models.PositiveSmallIntegerField(_("applies from year"))
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    previous = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("copied from"),
    )
    # Made up for the demo and for training: every page showing it says so.
    is_illustrative = models.BooleanField(_("illustrative"), default=False)
    # Set when a round first uses it: from then on it is never edited.
    frozen_at = models.DateTimeField(_("frozen at"), null=True, blank=True)
    # Not classified (không đủ điều kiện xếp loại), shown instead of a class.
    excluded_label = models.CharField(
        _("label when excluded"), max_length=120, default="Không đủ điều kiện xếp loại"
    )

    class Meta:
        ordering = ["province", "-from_year", "-version"]
        verbose_name = _("criteria set")
        verbose_name_plural = _("criteria sets")

    def __str__(self) -> str:
        return f"{self.name} ({self.from_year}, v{self.version})"

    def get_absolute_url(self) -> str:
        return reverse("evaluation:set-detail", args=[self.pk])

    @property
    def is_frozen(self) -> bool:
        return self.frozen_at is not None


class Criterion(models.Model):
    """A node of the criteria tree: a group (nhóm tiêu chí), a criterion or a sub-criterion (tiêu chí thành phần).

    Only leaves are scored; a node with children shows the sum of its children. Bonus items add points, penalty
    items take points away (the points entered are what is taken away, up to `max_points`)."""

    class Scoring(models.TextChoices):
        RANGE = "range", _("Points in a range")
        YES_NO = "yes_no", _("Yes or no (all or nothing)")
        # A figure the system computes (core.measures), times `multiplier`, capped at `max_points`.
        MEASURE = "measure", _("From a figure of the system")

    class Kind(models.TextChoices):
        NORMAL = "normal", _("Criterion")
        BONUS = "bonus", _("Bonus points")
        PENALTY = "penalty", _("Penalty points")

    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.CASCADE, related_name="criteria")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    position = models.PositiveIntegerField(default=0)
    number = models.CharField(_("number"), max_length=20)
    title = models.TextField(_("content"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NORMAL)
    max_points = models.DecimalField(_("maximum points"), max_digits=6, decimal_places=2)
    scoring = models.CharField(_("scored as"), max_length=10, choices=Scoring.choices, default=Scoring.RANGE)
    measure_key = models.CharField(_("figure (measure key)"), max_length=60, blank=True)
    # "tasks done on time ÷ tasks due × 10": the ratio (0–1) times the multiplier gives the points.
    multiplier = models.DecimalField(_("multiplier"), max_digits=6, decimal_places=2, null=True, blank=True)
    evidence_required = models.TextField(_("evidence required"), blank=True)

    class Meta:
        ordering = ["criteria_set", "position"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self) -> str:
        return f"{self.number}. {short_text(self.title)}"


class ExclusionCondition(models.Model):
    """A condition that leaves an agency unclassified ("có cán bộ bị kỷ luật …", "không nộp bảng tự chấm")."""

    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.CASCADE, related_name="exclusions")
    position = models.PositiveIntegerField(default=0)
    text = models.TextField(_("condition"))

    class Meta:
        ordering = ["criteria_set", "position"]
        verbose_name = _("exclusion condition")
        verbose_name_plural = _("exclusion conditions")

    def __str__(self) -> str:
        return short_text(self.text)


class ClassThreshold(models.Model):
    """A class and the lowest final score that earns it (≥ 90: Hoàn thành xuất sắc)."""

    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.CASCADE, related_name="thresholds")
    label = models.CharField(_("class"), max_length=120)
    min_points = models.DecimalField(_("from points"), max_digits=6, decimal_places=2)

    class Meta:
        ordering = ["criteria_set", "-min_points"]
        verbose_name = _("class threshold")
        verbose_name_plural = _("class thresholds")

    def __str__(self) -> str:
        return f"{self.label} ≥ {self.min_points}"


class Group(models.TextChoices):
    """Comparable groups: a ranking never puts a commune beside a department."""

    DEPARTMENTS = "departments", _("Departments, boards and agencies")
    COMMUNES = "communes", _("Communes, wards and special zones")
    OTHERS = "others", _("Other organisations")


def group_of(kind: str) -> str:
    """The comparable group of an organisation kind."""
    if kind in Organization.COMMUNE_KINDS:
        return Group.COMMUNES
    if kind in (Organization.Kind.DEPARTMENT, Organization.Kind.AGENCY):
        return Group.DEPARTMENTS
    return Group.OTHERS


class Round(TimestampedModel):
    """One year's evaluation (đợt chấm điểm) of a province with one criteria set."""

    class State(models.TextChoices):
        # Agencies self-score and appraisers appraise the sheets sent in.
        OPEN = "open", _("Open for scoring")
        PUBLISHED = "published", _("Results published")

    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.PROTECT, related_name="rounds")
    province = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="evaluation_rounds")
    year = models.PositiveSmallIntegerField(_("year"))
    name = models.CharField(_("name"), max_length=255)
    groups: models.JSONField[list[str], list[str]] = models.JSONField(
        _("organisations evaluated"), default=list
    )
    opened_on = models.DateField(_("opened on"))
    working_days = models.PositiveSmallIntegerField(_("working days to self-score"))
    self_due = models.DateField(_("self-scoring due"))
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.OPEN)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Rank within the administrative unit class (loại I, II, III) inside each comparable group.
    by_size = models.BooleanField(_("rank within size classes"), default=False)
    # Observers of the province the coordinator names to appraise this round (Ban Dân vận); other observers
    # only read. Coordinators of the province always appraise.
    appraisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="appraised_rounds", verbose_name=_("appraisers")
    )

    class Meta:
        ordering = ["-year", "-pk"]
        verbose_name = _("evaluation round")
        verbose_name_plural = _("evaluation rounds")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("evaluation:round-detail", args=[self.pk])

    def ranks_by_size(self, group: str) -> bool:
        """Whether a group of this round is ranked within size classes: administrative unit classes (loại I,
        II, III) exist for communes, wards and special zones only."""
        return self.by_size and group == Group.COMMUNES


class Assessment(TimestampedModel):
    """An organisation's sheet in a round: self-scores, then the appraisal, its class and rank."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Self-scoring")
        APPROVED = "approved", _("Approved by the leader")
        SUBMITTED = "submitted", _("Submitted for appraisal")
        RETURNED = "returned", _("Returned for correction")
        FINALISED = "finalised", _("Appraised")

    EDITABLE_STATES = frozenset({State.DRAFT, State.RETURNED})

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="assessments")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="assessments")
    group = models.CharField(_("group"), max_length=12, choices=Group.choices)
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.DRAFT)
    # Optimistic concurrency: every save of the sheet takes the next version; a stale one is refused.
    version = models.PositiveIntegerField(default=1)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    is_late = models.BooleanField(_("late"), default=False)
    return_comment = models.TextField(_("comments when returned"), blank=True)
    self_total = models.DecimalField(_("self-assessed score"), max_digits=7, decimal_places=2, default=ZERO)
    final_total = models.DecimalField(_("final score"), max_digits=7, decimal_places=2, null=True, blank=True)
    exclusion = models.ForeignKey(
        ExclusionCondition, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    exclusion_note = models.TextField(_("why excluded"), blank=True)
    rank_class = models.CharField(_("class"), max_length=120, blank=True)
    rank = models.PositiveIntegerField(_("rank"), null=True, blank=True)
    # The organisation's size class when the round was published (rounds ranked by size): its ranking band.
    size_band = models.CharField(
        _("size class"), max_length=1, choices=Organization.SizeClass.choices, blank=True
    )

    class Meta:
        ordering = ["round", "group", by_name("organization__name").asc(), "pk"]
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        constraints = [
            models.UniqueConstraint(fields=["round", "organization"], name="assessment_unique_round_org")
        ]

    def __str__(self) -> str:
        return f"{self.organization} — {self.round}"

    def get_absolute_url(self) -> str:
        return reverse("evaluation:assessment-detail", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.state in self.EDITABLE_STATES

    @property
    def band_label(self) -> str:
        """The size class the sheet was ranked in ("Loại I"; "Chưa phân loại" when unknown), or "" when the
        round does not rank by size."""
        if not self.round.ranks_by_size(self.group):
            return ""
        return str(Organization.SizeClass(self.size_band).label) if self.size_band else str(NO_SIZE_CLASS)


class Score(models.Model):
    """One scored criterion of a sheet: the agency's points and explanation, the suggestion, the final points."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="+")
    self_points = models.DecimalField(_("self-assessed points"), max_digits=6, decimal_places=2, null=True)
    explanation = models.TextField(_("explanation"), blank=True)
    # The suggestion shown when the officer scored, kept so the appraisal sees what was departed from.
    suggested_points = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    departure_reason = models.TextField(_("reason for departing from the suggestion"), blank=True)
    final_points = models.DecimalField(_("appraised points"), max_digits=6, decimal_places=2, null=True)

    class Meta:
        ordering = ["assessment", "criterion__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "criterion"], name="score_unique_assessment_criterion"
            )
        ]

    def __str__(self) -> str:
        return f"{self.assessment_id} — {self.criterion_id}: {self.self_points}"

    @property
    def points(self) -> Decimal | None:
        """The points that count: the appraisers' when set, else the agency's."""
        return self.final_points if self.final_points is not None else self.self_points


class ScoreEvidence(TimestampedModel):
    """A file proving a self-score (minutes, decisions, photos)."""

    score = models.ForeignKey(Score, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(_("file"), upload_to="evaluation/%Y/%m/")
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["score", "created_at"]

    def __str__(self) -> str:
        return self.name


class Adjustment(models.Model):
    """An appraiser's change of one score: who, when, from what to what, and why (the appraisal's history)."""

    score = models.ForeignKey(Score, on_delete=models.CASCADE, related_name="adjustments")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    old_points = models.DecimalField(max_digits=6, decimal_places=2, null=True)
    new_points = models.DecimalField(max_digits=6, decimal_places=2)
    reason = models.TextField(_("reason"))

    class Meta:
        ordering = ["score", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.score_id}: {self.old_points} → {self.new_points}"
