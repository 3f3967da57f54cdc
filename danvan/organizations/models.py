"""The organisation tree and the roles people hold in it."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from danvan.core.collation import by_name
from danvan.core.models import TimestampedModel
from docparse import fold

# Width of one pk segment in Organization.path; 10 digits cover any realistic id.
PATH_SEGMENT = 10


class Organization(TimestampedModel):
    """An agency or unit (cơ quan, đơn vị): province, department, commune, internal unit …

    The tree is stored twice: `parent` for plain reads and `path` (the ancestors' ids, zero-padded)
    so that a whole subtree is one indexed prefix query. Units are never deleted: a merged or
    renamed unit gets `valid_until` and a `successor`.
    """

    class Kind(models.TextChoices):
        PROVINCE = "province", _("Province or centrally-run city")
        # A central body (Bộ Nội vụ): its observers compare the provinces side by side.
        MINISTRY = "ministry", _("Ministry or central body")
        DEPARTMENT = "department", _("Department (sở, ban, ngành)")
        AGENCY = "agency", _("Other state agency")
        COMMUNE = "commune", _("Commune (xã)")
        WARD = "ward", _("Ward (phường)")
        SPECIAL_ZONE = "special_zone", _("Special zone (đặc khu)")
        PUBLIC_SERVICE_UNIT = "public_service_unit", _("Public service unit")
        STATE_ENTERPRISE = "state_enterprise", _("State enterprise")
        PARTY = "party", _("Party body")
        MASS_ORGANIZATION = "mass_organization", _("Front or mass organisation")
        OFFICE = "office", _("Office (văn phòng)")
        DIVISION = "division", _("Division (phòng)")
        SUB_DEPARTMENT = "sub_department", _("Sub-department (chi cục)")
        PARTY_CELL = "party_cell", _("Party cell (chi bộ)")
        CENTER = "center", _("Centre (trung tâm)")

    COMMUNE_KINDS = frozenset({Kind.COMMUNE, Kind.WARD, Kind.SPECIAL_ZONE})
    INTERNAL_KINDS = frozenset(
        {Kind.OFFICE, Kind.DIVISION, Kind.SUB_DEPARTMENT, Kind.PARTY_CELL, Kind.CENTER}
    )

    class SizeClass(models.TextChoices):
        """The class of an administrative unit by size (phân loại đơn vị hành chính, loại I–III: population,
        area and other criteria of the Standing Committee's resolution). Evaluation rounds may rank communes
        within their class; blank when not known."""

        CLASS_I = "1", _("Class I")
        CLASS_II = "2", _("Class II")
        CLASS_III = "3", _("Class III")

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=120, blank=True)
    # Official abbreviation used in document symbols ("SNV" in 6217/SNV-XDCQ&CTTN).
    abbreviation = models.CharField(_("abbreviation"), max_length=40, blank=True)
    # Other names documents use for this unit, one per line ("UBMTTQ thành phố").
    aliases = models.TextField(_("other names"), blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    # Statistics-office (GSO) code for administrative units; blank for others.
    code = models.CharField(_("official code"), max_length=20, blank=True, db_index=True)
    # The place name used in document date lines and in "… thành phố Hải Phòng" (provinces only).
    locality = models.CharField(_("locality"), max_length=120, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("successor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
    )
    note = models.TextField(_("note"), blank=True)
    # Set by administrators from the classification decision; blank when not known (never guessed).
    size_class = models.CharField(
        _("administrative unit class"), max_length=1, choices=SizeClass.choices, blank=True
    )
    # fold() of every name of the unit: diacritic-insensitive search on SQLite and PostgreSQL alike.
    search_key = models.TextField(editable=False, default="")

    history = HistoricalRecords(excluded_fields=["search_key", "path", "depth"])

    class Meta:
        ordering = ["path"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_until__gte=models.F("valid_from")),
                name="organization_validity_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organizations:detail", args=[self.pk])

    @property
    def is_internal(self) -> bool:
        return self.kind in self.INTERNAL_KINDS

    @property
    def is_commune(self) -> bool:
        return self.kind in self.COMMUNE_KINDS

    @property
    def name_with_agency(self) -> str:
        """The name, followed for an internal unit by its agency's ("Văn phòng Sở, Sở Nội vụ"): alone in a
        province-wide list, "Văn phòng Sở" does not say which agency. Select `parent` with the rows."""
        if self.is_internal and self.parent is not None:
            return f"{self.name}, {self.parent.name}"
        return self.name

    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def all_names(self) -> list[str]:
        names = [self.name, self.short_name, self.abbreviation, *self.alias_list()]
        return [n for n in names if n]

    def refresh_search_key(self) -> None:
        self.search_key = " | ".join(fold(n) for n in self.all_names())

    def is_active_on(self, day: datetime.date) -> bool:
        started = self.valid_from is None or self.valid_from <= day
        return started and (self.valid_until is None or day < self.valid_until)

    def ancestor_ids(self) -> list[int]:
        """Ids from the root down to this organisation, read from `path` without a query."""
        return [int(seg) for seg in self.path.split("/") if seg]

    @property
    def province_pk(self) -> int:
        """The id of the organisation's province (the root of its tree; itself for a province), without a
        query. `organizations.queries.province_of` gives the organisation."""
        ids = self.ancestor_ids()
        return ids[0] if ids else self.pk

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.refresh_search_key()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and not {"search_key"} & set(update_fields):
            kwargs["update_fields"] = [*update_fields, "search_key"]
        super().save(*args, **kwargs)


class Membership(TimestampedModel):
    """A person's role in an organisation. Scope follows the organisation's place in the tree."""

    class Role(models.TextChoices):
        # Sở Nội vụ officer: sees and coordinates the whole province.
        COORDINATOR = "coordinator", _("Coordinator")
        # Officer of a department or commune who builds its plan and compiles its reports.
        AGENCY_OFFICER = "agency_officer", _("Agency officer")
        # Officer of an internal unit who updates progress on its tasks.
        UNIT_OFFICER = "unit_officer", _("Unit officer")
        # Director or chair who approves plans and reports (ký duyệt).
        LEADER = "leader", _("Leader")
        # Read-only supervision of the whole province (Ban Dân vận, Mặt trận Tổ quốc).
        OBSERVER = "observer", _("Observer")
        # Manages organisations, users and settings of the province.
        ADMINISTRATOR = "administrator", _("Administrator")

    # Roles whose scope is the whole province the organisation belongs to, not only its subtree.
    PROVINCE_WIDE_ROLES = frozenset({Role.COORDINATOR, Role.OBSERVER, Role.ADMINISTRATOR})
    READ_ONLY_ROLES = frozenset({Role.OBSERVER})

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    organization = models.ForeignKey(
        Organization, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    is_active = models.BooleanField(_("active"), default=True)

    history = HistoricalRecords()

    class Meta:
        # People of the same role in Vietnamese order (`core.collation`), as `User`'s own order.
        ordering = ["organization__path", "role", by_name("user__full_name").asc()]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organization", "role"], name="membership_unique_role"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} — {self.organization}"
