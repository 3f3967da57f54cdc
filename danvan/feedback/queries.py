"""Reads of the feedback app, scoped to the person asking; the public reads never return personal data."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Collection
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from danvan.core.collation import by_name
from danvan.core.measures import Span
from danvan.core.text import search_text
from danvan.feedback.models import (
    ANSWERED,
    ANSWERED_ON_TIME,
    COUNTED,
    OPEN_STATES,
    Dialogue,
    Feedback,
    Kind,
    ReceptionSchedule,
    ReceptionSession,
    State,
    due_in,
    overdue,
    received_in,
)
from danvan.organizations.models import PATH_SEGMENT, Organization
from danvan.organizations.queries import AnyUser, scope_of
from danvan.organizations.resolution import resolve_unit
from docparse import fold

PAGE_SIZE = 50
# The kinds of organisation a citizen may name or an item may be routed to (not internal units).
ROUTABLE_KINDS = frozenset(set(Organization.Kind) - set(Organization.INTERNAL_KINDS))


# --- staff --------------------------------------------------------------------------------------------------


def items_visible_to(user: AnyUser) -> QuerySet[Feedback]:
    """Items held by an organisation in the person's scope."""
    return Feedback.objects.filter(scope_of(user).q("organization"))


def get_item_for_user(user: AnyUser, pk: int) -> Feedback:
    """One item, or 404 outside the person's scope."""
    try:
        return (
            items_visible_to(user)
            .select_related("organization", "subject_organization", "handler")
            .get(pk=pk)
        )
    except Feedback.DoesNotExist:
        raise Http404 from None


@dataclass(frozen=True)
class ItemFilters:
    state: str = ""  # a State value, "overdue", or "" for every open item and the rest
    kind: str = ""
    organization: int | None = None
    q: str = ""


def item_list(user: AnyUser, filters: ItemFilters, *, today: datetime.date) -> QuerySet[Feedback]:
    """The items of the person's scope, filtered, newest first (two queries with the page's count)."""
    items = items_visible_to(user).select_related("organization")
    # a state or kind that is none of the choices (a hand-edited address, a NUL byte PostgreSQL would refuse)
    # matches nothing, without a query of it
    if filters.state == "overdue":
        items = items.filter(overdue(today))
    elif filters.state:
        items = items.filter(state=filters.state) if filters.state in State.values else items.none()
    if filters.kind:
        items = items.filter(kind=filters.kind) if filters.kind in Kind.values else items.none()
    if filters.organization:
        items = items.filter(organization_id=filters.organization)
    text = search_text(filters.q)
    if text:
        items = items.filter(Q(code__iexact=text) | Q(title__icontains=text))
    return items.order_by("-received_on", "-pk")


def transfers_of(item: Feedback) -> list[object]:
    return list(item.transfers.select_related("from_organization", "to_organization", "actor"))


def merge_candidates(user: AnyUser, item: Feedback) -> list[Feedback]:
    """Open items of the same holder the item could be a duplicate of (same kind first)."""
    return list(
        items_visible_to(user)
        .filter(organization_id=item.organization_id, merged_into__isnull=True)
        .exclude(pk=item.pk)
        .filter(state__in=OPEN_STATES)
        .order_by("-received_on", "-pk")[:50]
    )


def routing_targets(item: Feedback) -> QuerySet[Organization]:
    """Where an item may be routed: the active agencies and communes of its province."""
    province_path = item.organization.path[: PATH_SEGMENT + 1]
    return (
        Organization.objects.filter(
            path__startswith=province_path, kind__in=list(ROUTABLE_KINDS), valid_until__isnull=True
        )
        .exclude(pk=item.organization_id)
        .order_by(by_name("name"))
    )


def suggest_organization(item: Feedback) -> Organization | None:
    """The organisation the citizen named, else one the text names, confirmed by the name resolution
    (`organizations.resolution`): the longest organisation name of the province found in the subject or text.
    Diacritics count when the text has them ("Cẩm Giang" is not "Cẩm Giàng")."""
    if item.subject_organization_id is not None and item.subject_organization_id != item.organization_id:
        return item.subject_organization
    text = f"{item.title}\n{item.text}"
    lowered = " ".join(text.lower().split())
    folded = fold(text)
    best: tuple[int, str] | None = None
    for name, short in routing_targets(item).values_list("name", "short_name"):
        for candidate in (name, short):
            if len(candidate) < 6:
                continue
            key = " ".join(candidate.lower().split())
            plain = fold(candidate)
            found = key in lowered or (
                lowered == folded.lower() and re.search(rf"\b{re.escape(plain)}\b", folded)
            )
            if found and (best is None or len(candidate) > best[0]):
                best = (len(candidate), candidate)
    if best is None:
        return None
    resolution = resolve_unit(best[1], item.organization)
    if resolution.organization is not None and resolution.organization.pk != item.organization_id:
        return resolution.organization
    return None


def organizations_for_entry(user: AnyUser) -> QuerySet[Organization]:
    """Organisations the person may enter feedback for (writing scope, not internal units)."""
    return Organization.objects.filter(scope_of(user).q(write=True), kind__in=list(ROUTABLE_KINDS)).order_by(
        "depth", by_name("name")
    )


# --- reception and dialogues ----------------------------------------------------------------------------------


def schedules_visible_to(user: AnyUser) -> QuerySet[ReceptionSchedule]:
    return ReceptionSchedule.objects.filter(scope_of(user).q("organization")).select_related("organization")


def get_schedule_for_user(user: AnyUser, pk: int) -> ReceptionSchedule:
    try:
        return schedules_visible_to(user).get(pk=pk)
    except ReceptionSchedule.DoesNotExist:
        raise Http404 from None


def sessions_of(schedules: list[ReceptionSchedule]) -> dict[int, list[ReceptionSession]]:
    result: dict[int, list[ReceptionSession]] = {s.pk: [] for s in schedules}
    rows = ReceptionSession.objects.filter(schedule__in=schedules).annotate(items_opened=Count("items"))
    for session in rows.order_by("-held_on"):
        result[session.schedule_id].append(session)
    return result


@dataclass(frozen=True)
class DutyCheck:
    schedule: ReceptionSchedule
    required: int
    held: int
    # False while the month runs: a head short of sessions may still hold them before it ends.
    month_over: bool = True

    @property
    def missed(self) -> bool:
        return self.month_over and self.held < self.required

    @property
    def short_so_far(self) -> bool:
        """Fewer sessions than owed in a month not yet over (not a missed duty yet)."""
        return not self.month_over and self.held < self.required


def required_sessions(frequency: str, year: int, month: int) -> int:
    """Sessions a head owes in a month: one per week that starts in it (weekly), or one (monthly)."""
    if frequency == ReceptionSchedule.Frequency.MONTHLY:
        return 1
    days = calendar.monthrange(year, month)[1]
    return sum(1 for day in range(1, days + 1) if datetime.date(year, month, day).weekday() == 0)


def duty_check(
    user: AnyUser, year: int, month: int, *, today: datetime.date | None = None
) -> list[DutyCheck]:
    """Every active schedule of the person's scope with the sessions owed and held in the month (two queries);
    those with `missed` are the heads who missed their duty (Luật Tiếp công dân Đ.12, 15, 18). Nobody has
    missed the duty of a month that is not over on `today` (default: the local date)."""
    start = datetime.date(year, month, 1)
    end = datetime.date(year, month, calendar.monthrange(year, month)[1])
    month_over = (today or timezone.localdate()) > end
    schedules = list(
        schedules_visible_to(user)
        .filter(active=True)
        .annotate(held=Count("sessions", filter=Q(sessions__held_on__gte=start, sessions__held_on__lte=end)))
        .order_by("organization__path", "head_name")
    )
    return [
        DutyCheck(
            schedule=s,
            required=required_sessions(s.frequency, year, month),
            held=s.held,
            month_over=month_over,
        )
        for s in schedules
    ]


def dialogues_visible_to(user: AnyUser) -> QuerySet[Dialogue]:
    return Dialogue.objects.filter(scope_of(user).q("organization")).select_related("organization")


def get_dialogue_for_user(user: AnyUser, pk: int) -> Dialogue:
    try:
        return dialogues_visible_to(user).get(pk=pk)
    except Dialogue.DoesNotExist:
        raise Http404 from None


# --- public (no login): nothing personal ---------------------------------------------------------------------


@dataclass(frozen=True)
class PublicStatus:
    """What anyone with the code may read: no name, contact, address, text of a denunciation or attachment."""

    code: str
    kind: str
    kind_label: str
    title: str
    state: str
    state_label: str
    received_on: datetime.date
    organization: str
    due: datetime.date | None
    overdue: bool
    answered_on: datetime.date | None
    answer_text: str
    has_letter: bool
    merged_into: str
    guidance: bool = False  # answered with guidance: outside the agency's competence


def public_status(code: str, *, today: datetime.date) -> PublicStatus:
    """The public view of one item by its tracking code (404 for an unknown code)."""
    item = (
        Feedback.objects.select_related("organization", "merged_into")
        .filter(code__iexact=code.strip())
        .first()
    )
    if item is None:
        raise Http404
    # A merged duplicate is answered by the item it was merged into: its sender reads that answer here.
    source = item.merged_into if item.merged_into is not None else item
    answered = source.is_answered and source.merged_into_id is None
    return PublicStatus(
        code=item.code,
        kind=item.kind,
        kind_label=item.get_kind_display(),
        # A denunciation's subject may name the person denounced: the public page shows the kind only.
        title="" if item.kind == Kind.DENUNCIATION else item.title,
        state=item.state,
        state_label=item.get_state_display(),
        received_on=item.received_on,
        organization=item.organization.name,
        due=item.current_due(),  # none once closed (a merged duplicate waits on nothing)
        overdue=item.is_overdue(today),
        answered_on=source.answered_on if answered else None,
        answer_text=source.answer_text if answered and source.kind != Kind.DENUNCIATION else "",
        has_letter=answered,
        guidance=answered and source.out_of_competence,
        merged_into=item.merged_into.code if item.merged_into is not None else "",
    )


def duplicates_of(item: Feedback) -> list[Feedback]:
    """The items merged into this one (their senders get its answer too)."""
    return list(Feedback.objects.filter(merged_into=item).only("pk", "code", "received_on").order_by("pk"))


def get_item_by_code(code: str) -> Feedback:
    item = Feedback.objects.select_related("organization").filter(code__iexact=code.strip()).first()
    if item is None:
        raise Http404
    return item


@dataclass(frozen=True)
class OrganizationStats:
    """The figures of one organisation over a span (`organization_figures`)."""

    organization_id: int
    name: str
    received: int  # received in the span
    answered: int  # of those received, answered
    due: int  # answer deadline in the span
    answered_on_time: int  # of those due, answered within the limit (the `feedback_on_time` measure)
    overdue: int  # of those received, open and past their deadline today


def organization_figures(
    span: Span, *, today: datetime.date, organization_ids: Collection[int] | None = None
) -> list[OrganizationStats]:
    """Per organisation holding items received or due in the span, by name: the one count of citizen feedback
    (the rules are `feedback.models` `COUNTED`, `ANSWERED`, `ANSWERED_ON_TIME`, `received_in`, `due_in`,
    `overdue`). The public statistics and the `feedback_on_time` measure (dashboard, consolidated report,
    evaluation) both read it, so the same span gives the same figures everywhere. One query."""
    received, due = received_in(span), due_in(span)
    items = Feedback.objects.filter(COUNTED & (received | due))
    if organization_ids is not None:
        items = items.filter(organization_id__in=list(organization_ids))
    rows = (
        items.values("organization_id", "organization__name")
        .annotate(
            received=Count("pk", filter=received),
            answered=Count("pk", filter=received & ANSWERED),
            due=Count("pk", filter=due),
            on_time=Count("pk", filter=due & ANSWERED_ON_TIME),
            late=Count("pk", filter=received & overdue(today)),
        )
        .order_by(by_name("organization__name"), "organization_id")
    )
    return [
        OrganizationStats(
            organization_id=row["organization_id"],
            name=row["organization__name"],
            received=row["received"],
            answered=row["answered"],
            due=row["due"],
            answered_on_time=row["on_time"],
            overdue=row["late"],
        )
        for row in rows
    ]


def public_statistics(*, year: int, today: datetime.date) -> list[OrganizationStats]:
    """The public statistics of a calendar year (`organization_figures`; merged duplicates are not counted)."""
    return organization_figures(Span.year(year), today=today)


def published_items(limit: int = 100) -> list[Feedback]:
    """Answered items their agency chose to publish (denunciations never); the page shows no personal field."""
    return list(
        Feedback.objects.filter(published=True, state__in=[State.ANSWERED, State.CLOSED])
        .exclude(kind=Kind.DENUNCIATION)
        .select_related("organization")
        .only("code", "kind", "title", "answer_text", "answered_on", "received_on", "organization__name")
        .order_by("-answered_on", "-pk")[:limit]
    )


def public_dialogues(*, since: datetime.date) -> list[Dialogue]:
    """The dialogue calendar: dialogues from `since` on, oldest first."""
    return list(
        Dialogue.objects.filter(held_on__gte=since)
        .select_related("organization")
        .only("title", "held_on", "place", "chair", "topics", "organization__name")
        .order_by("held_on", "pk")[:200]
    )


def public_provinces() -> QuerySet[Organization]:
    return Organization.objects.filter(parent__isnull=True, kind=Organization.Kind.PROVINCE).order_by(
        by_name("name")
    )


def public_organizations() -> QuerySet[Organization]:
    """What a citizen may name as the organisation concerned: active agencies and communes (not internal units)."""
    return Organization.objects.filter(kind__in=list(ROUTABLE_KINDS), valid_until__isnull=True).order_by(
        "path"
    )


__all__ = ["OPEN_STATES", "PAGE_SIZE"]
