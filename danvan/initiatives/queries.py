"""Reads of models, registration calls and commitments, scoped to the person asking; the figures
`models_registered` and `commitments_signed` count from here (`measures.py`)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import Http404

from danvan.core.collation import by_name
from danvan.core.text import search_text
from danvan.initiatives.models import Campaign, Commitment, CommitmentFile, Initiative, InitiativeFile
from danvan.organizations.models import Organization
from danvan.organizations.queries import AnyUser, active_memberships, scope_of
from docparse import fold

# --- models ----------------------------------------------------------------------------------------------


def initiatives_visible_to(user: AnyUser) -> QuerySet[Initiative]:
    """Every model whose organisation is in the person's scope."""
    return Initiative.objects.filter(scope_of(user).q("organization")).select_related("organization")


def get_initiative_for_user(user: AnyUser, pk: int) -> Initiative:
    """One model, or 404 outside the person's scope."""
    try:
        return initiatives_visible_to(user).select_related("copy_of", "campaign").get(pk=pk)
    except Initiative.DoesNotExist:
        raise Http404 from None


def get_initiative_file_for_user(user: AnyUser, pk: int) -> InitiativeFile:
    try:
        return InitiativeFile.objects.select_related("initiative__organization").get(
            Q(pk=pk) & scope_of(user).q("initiative__organization")
        )
    except InitiativeFile.DoesNotExist:
        raise Http404 from None


@dataclass(frozen=True)
class InitiativeFilter:
    """The list's filters; empty values filter nothing."""

    q: str = ""
    kind: str = ""
    field: str = ""
    status: str = ""
    holder: str = ""
    year: int | None = None
    organization: Organization | None = None


def filter_initiatives(rows: QuerySet[Initiative], chosen: InitiativeFilter) -> QuerySet[Initiative]:
    """Apply the list's filters (the organisation filter takes its whole subtree). A value that is none of its
    choices (a hand-edited address, a NUL byte PostgreSQL would refuse) matches nothing, without a query of it."""
    choices = (
        ("kind", chosen.kind, Initiative.Kind.values),
        ("field", chosen.field, Initiative.Field.values),
        ("status", chosen.status, Initiative.Status.values),
        ("holder", chosen.holder, Initiative.Holder.values),
    )
    for name, value, known in choices:
        if value:
            rows = rows.filter(**{name: value}) if value in known else rows.none()
    if chosen.year:
        rows = rows.filter(year=chosen.year)
    if chosen.organization is not None:
        rows = rows.filter(organization__path__startswith=chosen.organization.path)
    words = " ".join(fold(search_text(chosen.q)).split())
    if words:
        rows = rows.filter(name_key__contains=words)
    return rows


def initiative_list(user: AnyUser, chosen: InitiativeFilter) -> list[Initiative]:
    """The filtered models in scope: newest year first, then by organisation and name (Vietnamese order)."""
    rows = filter_initiatives(initiatives_visible_to(user), chosen)
    return list(rows.order_by("-year", "organization__path", by_name("name")))


def writable_organizations(user: AnyUser) -> QuerySet[Organization]:
    """Open organisations the person may register models and commitments for."""
    return Organization.objects.filter(scope_of(user).q(write=True), valid_until__isnull=True).order_by(
        "path"
    )


def copy_candidates(user: AnyUser) -> QuerySet[Initiative]:
    """Models a model may copy (nhân rộng): recognised or replicated ones the person can see."""
    return initiatives_visible_to(user).filter(
        status__in=[Initiative.Status.RECOGNISED, Initiative.Status.REPLICATED]
    )


def recognised_initiatives(*, year: int | None = None) -> QuerySet[Initiative]:
    """Recognised (and replicated) models for the public page: no scope, only what the commendation made
    public."""
    rows = Initiative.objects.filter(
        status__in=[Initiative.Status.RECOGNISED, Initiative.Status.REPLICATED]
    ).select_related("organization__parent")
    if year:
        rows = rows.filter(year=year)
    return rows.order_by("-year", "organization__path", by_name("name"))


# --- figures ---------------------------------------------------------------------------------------------


def _ancestor_ids(path: str) -> list[int]:
    return [int(segment) for segment in path.split("/") if segment]


def models_by_organization(organization_ids: Collection[int], years: Iterable[int]) -> dict[int, int]:
    """How many models each organisation registered in `years`, its units' included (one query)."""
    wanted = set(organization_ids)
    counts: dict[int, int] = defaultdict(int)
    rows = Initiative.objects.filter(year__in=list(years)).values_list("organization__path", flat=True)
    for path in rows:
        for org_id in _ancestor_ids(path):
            if org_id in wanted:
                counts[org_id] += 1
    return counts


@dataclass(frozen=True)
class CommitmentTotal:
    """Staff who signed and staff who must sign, over an organisation and its units."""

    signed: int
    required: int

    @property
    def percent(self) -> float | None:
        return None if not self.required else round(100 * self.signed / self.required, 1)


def commitment_totals(organization_ids: Collection[int], years: Iterable[int]) -> dict[int, CommitmentTotal]:
    """Commitments rolled up the tree: each organisation's own plus its units' (one query)."""
    wanted = set(organization_ids)
    signed: dict[int, int] = defaultdict(int)
    required: dict[int, int] = defaultdict(int)
    rows = Commitment.objects.filter(year__in=list(years)).values_list(
        "organization__path", "signed", "required"
    )
    for path, done, due in rows:
        for org_id in _ancestor_ids(path):
            if org_id in wanted:
                signed[org_id] += done
                required[org_id] += due
    return {org_id: CommitmentTotal(signed[org_id], required[org_id]) for org_id in required}


def span_years(start: datetime.date, end: datetime.date) -> range:
    return range(start.year, end.year + 1)


# --- registration calls ----------------------------------------------------------------------------------


def campaigns_visible_to(user: AnyUser) -> QuerySet[Campaign]:
    """Calls of organisations in the person's scope, and calls addressed to the person's organisations (those
    of an organisation above them)."""
    above: set[int] = set()
    for membership in active_memberships(user):
        above.update(_ancestor_ids(membership.organization.path))
    return Campaign.objects.filter(
        scope_of(user).q("organization") | Q(organization_id__in=above)
    ).select_related("organization")


def get_campaign_for_user(user: AnyUser, pk: int) -> Campaign:
    try:
        return campaigns_visible_to(user).get(pk=pk)
    except Campaign.DoesNotExist:
        raise Http404 from None


def expected_organizations(campaign: Campaign) -> list[Organization]:
    """Who must register: the open direct units of the organisation that opened the call (one query)."""
    return list(
        Organization.objects.filter(parent_id=campaign.organization_id, valid_until__isnull=True).order_by(
            "kind", by_name("name")
        )
    )


@dataclass(frozen=True)
class CoverageRow:
    organization: Organization
    models: list[Initiative]
    on_time: bool

    @property
    def registered(self) -> bool:
        return bool(self.models)


@dataclass(frozen=True)
class Coverage:
    """Who has registered for a call (on time or late) and who has not."""

    rows: list[CoverageRow]

    @property
    def registered(self) -> int:
        return sum(1 for row in self.rows if row.registered)

    @property
    def on_time(self) -> int:
        return sum(1 for row in self.rows if row.registered and row.on_time)

    @property
    def missing(self) -> list[CoverageRow]:
        return [row for row in self.rows if not row.registered]

    @property
    def percent(self) -> float | None:
        return round(100 * self.registered / len(self.rows), 1) if self.rows else None


def campaign_coverage(campaign: Campaign) -> Coverage:
    """Each expected organisation with the models it (or one of its units) registered for the call's year;
    on time when the first was registered by the deadline (two queries)."""
    expected = expected_organizations(campaign)
    by_child: dict[int, list[Initiative]] = defaultdict(list)
    width = len(campaign.organization.path) + 11  # the child's path: the parent's, one segment more
    child_by_path = {org.path: org.pk for org in expected}
    rows = (
        Initiative.objects.filter(
            year=campaign.year, organization__path__startswith=campaign.organization.path
        )
        .select_related("organization")
        .order_by("registered_on", "pk")
    )
    for initiative in rows:
        child = child_by_path.get(initiative.organization.path[:width])
        if child is not None:
            by_child[child].append(initiative)
    return Coverage(
        [
            CoverageRow(
                organization=org,
                models=by_child[org.pk],
                on_time=bool(by_child[org.pk]) and by_child[org.pk][0].registered_on <= campaign.deadline,
            )
            for org in expected
        ]
    )


def missing_organization_ids(campaigns: Iterable[Campaign]) -> dict[int, set[int]]:
    """For each call, the expected organisations that have registered nothing yet (two queries per call)."""
    return {c.pk: {row.organization.pk for row in campaign_coverage(c).missing} for c in campaigns}


# --- commitments -----------------------------------------------------------------------------------------


def commitments_visible_to(user: AnyUser) -> QuerySet[Commitment]:
    return Commitment.objects.filter(scope_of(user).q("organization")).select_related("organization")


def get_commitment_for_user(user: AnyUser, pk: int) -> Commitment:
    try:
        return commitments_visible_to(user).get(pk=pk)
    except Commitment.DoesNotExist:
        raise Http404 from None


def get_commitment_file_for_user(user: AnyUser, pk: int) -> CommitmentFile:
    try:
        return CommitmentFile.objects.select_related("commitment__organization").get(
            Q(pk=pk) & scope_of(user).q("commitment__organization")
        )
    except CommitmentFile.DoesNotExist:
        raise Http404 from None


@dataclass(frozen=True)
class CommitmentRow:
    organization: Organization
    own: Commitment | None
    total: CommitmentTotal


def commitment_overview(user: AnyUser, year: int) -> list[CommitmentRow]:
    """The organisations in scope down to agencies' first units, each with its own entry and the share
    signed rolled up over its units (three queries)."""
    scope = scope_of(user)
    organizations = list(
        Organization.objects.filter(scope.q(), valid_until__isnull=True, depth__lte=2).order_by("path")
    )
    own = {c.organization_id: c for c in Commitment.objects.filter(year=year, organization__in=organizations)}
    totals = commitment_totals([o.pk for o in organizations], [year])
    return [
        CommitmentRow(org, own.get(org.pk), totals.get(org.pk, CommitmentTotal(0, 0)))
        for org in organizations
    ]


def proposal_candidates(user: AnyUser, chosen: InitiativeFilter) -> list[Initiative]:
    """Models the coordinator may propose for commendation: reviewed or already recognised ones in scope."""
    rows = filter_initiatives(initiatives_visible_to(user), chosen).filter(
        status__in=[Initiative.Status.REVIEWED, Initiative.Status.RECOGNISED, Initiative.Status.REPLICATED]
    )
    return list(rows.select_related("organization__parent").order_by("organization__path", by_name("name")))


def latest_year(user: AnyUser) -> int | None:
    """The newest year with a model in the person's scope."""
    return initiatives_visible_to(user).order_by("-year").values_list("year", flat=True).first()
