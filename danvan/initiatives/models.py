"""Dân vận khéo and grassroots-democracy models (Initiative), their registration calls (Campaign), progress
updates and evidence files, and integrity commitments per organisation and year (Commitment)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from danvan.core.models import TimestampedModel
from danvan.core.text import short_text
from danvan.organizations.models import Organization
from docparse import fold


def name_key(name: str) -> str:
    """Matching key of a model's name: case, diacritics and spacing ignored (duplicate registrations)."""
    return " ".join(fold(name).split())


class Campaign(TimestampedModel):
    """A registration call (đăng ký mô hình): an organisation asks its direct units to register their models
    before a deadline ("trước 21/02/2025")."""

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    organization = models.ForeignKey(
        Organization, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="campaigns"
    )
    title = models.CharField(_("title"), max_length=255)
    year = models.PositiveSmallIntegerField(_("year"))
    deadline = models.DateField(_("deadline"))
    note = models.TextField(_("note"), blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.OPEN)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "-deadline", "pk"]
        verbose_name = _("registration call")
        verbose_name_plural = _("registration calls")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("initiatives:campaign-detail", args=[self.pk])


class Initiative(TimestampedModel):
    """A Dân vận khéo (or grassroots-democracy) model registered by an agency or unit (mô hình)."""

    class Kind(models.TextChoices):
        SKILFUL_MOBILISATION = "dan_van_kheo", _("Skilful mass mobilisation (Dân vận khéo)")
        GRASSROOTS_DEMOCRACY = "grassroots_democracy", _("Grassroots democracy")

    class Holder(models.TextChoices):
        COLLECTIVE = "collective", _("Collective")
        INDIVIDUAL = "individual", _("Individual")

    class Field(models.TextChoices):
        ECONOMY = "economy", _("Economy")
        CULTURE_SOCIETY = "culture_society", _("Culture and society")
        DEFENCE = "defence", _("National defence")
        SECURITY = "security", _("Security")
        POLITICAL_SYSTEM = "political_system", _("Building the political system")
        NEW_RURAL = "new_rural", _("New rural development")
        ADMINISTRATION = "administration", _("Public administration")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        IN_PROGRESS = "in_progress", _("Being carried out")
        REVIEWED = "reviewed", _("Reviewed")
        RECOGNISED = "recognised", _("Recognised")
        REPLICATED = "replicated", _("Replicated")

    class Level(models.TextChoices):
        GRASSROOTS = "grassroots", _("Grassroots")
        DISTRICT = "district", _("Agency or commune")
        PROVINCE = "province", _("Province or city")
        CENTRAL = "central", _("Central")

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("registering organisation"),
        on_delete=models.PROTECT,
        related_name="initiatives",
    )
    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("registration call"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
    )
    name = models.CharField(_("name of the model"), max_length=300)
    name_key = models.CharField(max_length=300, editable=False, db_index=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.SKILFUL_MOBILISATION)
    holder = models.CharField(_("collective or individual"), max_length=20, choices=Holder.choices)
    performer = models.CharField(_("carried out by"), max_length=255)
    field = models.CharField(_("field"), max_length=30, choices=Field.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    registered_on = models.DateField(_("registered on"))
    situation = models.TextField(_("current situation and reasons"), blank=True)
    goals = models.TextField(_("goals and how success is judged"), blank=True)
    content = models.TextField(_("content and ways of doing it"), blank=True)
    place = models.TextField(_("place and people concerned"), blank=True)
    forces = models.TextField(_("forces (lead, coordinating, participants)"), blank=True)
    resources = models.TextField(_("resources"), blank=True)
    start = models.DateField(_("start"), null=True, blank=True)
    milestones = models.TextField(_("milestones"), blank=True)
    evaluation_date = models.DateField(_("evaluation date"), null=True, blank=True)
    outputs = models.TextField(_("verifiable outputs"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.REGISTERED)
    results = models.TextField(_("results"), blank=True)
    recognition_level = models.CharField(
        _("recognition level"), max_length=20, choices=Level.choices, blank=True
    )
    recognition_form = models.CharField(_("form of commendation"), max_length=255, blank=True)
    decision_number = models.CharField(_("decision number"), max_length=80, blank=True)
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    # The model this one copies (nhân rộng): the source shows its copies.
    copy_of = models.ForeignKey(
        "self",
        verbose_name=_("copies the model"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
    )
    version = models.PositiveIntegerField(default=1)

    history = HistoricalRecords(excluded_fields=["name_key"])

    class Meta:
        ordering = ["-year", "organization__path", "name"]
        verbose_name = _("model")
        verbose_name_plural = _("models")
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "year", "kind", "name_key"], name="initiative_unique_registration"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("initiatives:detail", args=[self.pk])

    def save(self, *args: object, **kwargs: object) -> None:
        self.name_key = name_key(self.name)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class InitiativeUpdate(TimestampedModel):
    """A progress update of a model (what was done, on which day), with its evidence files."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="updates")
    day = models.DateField(_("date"))
    text = models.TextField(_("what was done"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-day", "-pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")

    def __str__(self) -> str:
        return short_text(self.text)


class InitiativeFile(TimestampedModel):
    """An evidence file of a model (plan, minutes, photos, the commendation decision)."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="files")
    update = models.ForeignKey(
        InitiativeUpdate, null=True, blank=True, on_delete=models.SET_NULL, related_name="files"
    )
    file = models.FileField(_("file"), upload_to="initiatives/%Y/%m/")
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["initiative", "created_at"]
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")

    def __str__(self) -> str:
        return self.name


class Commitment(TimestampedModel):
    """Integrity commitments of one organisation in one year (cam kết "không gây phiền hà, sách nhiễu, tiêu cực"):
    how many staff must sign and how many signed, typed as counts or counted from the list of signers."""

    organization = models.ForeignKey(
        Organization, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="commitments"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    required = models.PositiveIntegerField(_("staff who must sign"), default=0)
    signed = models.PositiveIntegerField(_("staff who signed"), default=0)
    # True when the counts come from the list of signers (Signer rows); False when typed.
    from_list = models.BooleanField(_("counted from the list"), default=False)
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "organization__path"]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        constraints = [
            models.UniqueConstraint(fields=["organization", "year"], name="commitment_unique_year"),
            models.CheckConstraint(
                condition=models.Q(signed__lte=models.F("required")), name="commitment_signed_lte_required"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization} — {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("initiatives:commitment-edit", args=[self.organization_id, self.year])


class Signer(models.Model):
    """One person on an organisation's commitment list, signed or not yet."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="signers")
    full_name = models.CharField(_("full name"), max_length=150)
    position = models.CharField(_("position"), max_length=150, blank=True)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)

    class Meta:
        ordering = ["commitment", "pk"]
        verbose_name = _("signer")
        verbose_name_plural = _("signers")

    def __str__(self) -> str:
        return self.full_name


class CommitmentFile(TimestampedModel):
    """A scanned signed commitment form."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("file"), upload_to="commitments/%Y/%m/")
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["commitment", "created_at"]
        verbose_name = _("signed form")
        verbose_name_plural = _("signed forms")

    def __str__(self) -> str:
        return self.name
