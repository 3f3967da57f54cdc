"""Reads of evaluation, scoped to the person asking: criteria sets and rounds of the provinces they work in,
sheets of the organisations in their scope (404 outside), the sheet as a tree with its suggestions, the
round's overview and its published ranking."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from danvan.accounts.models import User

from danvan.core import measures
from danvan.core.collation import by_name, vietnamese_key
from danvan.evaluation import scoring
from danvan.evaluation.models import (
    NO_SIZE_CLASS,
    Adjustment,
    Assessment,
    CriteriaSet,
    Criterion,
    Group,
    Round,
    Score,
)
from danvan.organizations.models import Membership, Organization
from danvan.organizations.queries import AnyUser, active_memberships, scope_of


def province_ids(user: AnyUser) -> set[int] | None:
    """The provinces the person works in (None: every province, for superusers)."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return None
    return {m.organization.province_pk for m in active_memberships(user)}


def _in_provinces(user: AnyUser, field_name: str = "province") -> Q:
    ids = province_ids(user)
    return Q() if ids is None else Q(**{f"{field_name}__in": ids})


def sets_visible_to(user: AnyUser) -> QuerySet[CriteriaSet]:
    """Criteria sets of the provinces the person works in."""
    return CriteriaSet.objects.filter(_in_provinces(user)).select_related("province")


def get_set_for_user(user: AnyUser, pk: int) -> CriteriaSet:
    """One criteria set; 404 outside the person's provinces."""
    try:
        return sets_visible_to(user).get(pk=pk)
    except CriteriaSet.DoesNotExist:
        raise Http404 from None


def criteria_of(criteria_set: CriteriaSet) -> list[Criterion]:
    """The set's criteria in printed order, each with `depth` and `is_leaf` set (one query)."""
    rows = list(criteria_set.criteria.order_by("position", "pk"))
    parents = {c.parent_id for c in rows if c.parent_id}
    depth: dict[int, int] = {}
    for row in rows:
        row.depth = depth[row.pk] = depth.get(row.parent_id or 0, -1) + 1 if row.parent_id else 0  # type: ignore[attr-defined]
        row.is_leaf = row.pk not in parents  # type: ignore[attr-defined]
    return rows


def criteria_with_measures(criteria_set: CriteriaSet) -> list[Criterion]:
    """`criteria_of`, each criterion scored from a figure with `measure_label`: the figure's name, or a note that
    the system does not compute it yet (its app has not registered it)."""
    rows = criteria_of(criteria_set)
    for row in rows:
        if row.measure_key:
            try:
                row.measure_label = str(measures.get(row.measure_key).label)  # type: ignore[attr-defined]
            except KeyError:
                row.measure_label = str(_("a figure the system does not compute yet"))  # type: ignore[attr-defined]
    return rows


def leaf_criteria(criteria_set: CriteriaSet) -> list[Criterion]:
    return [c for c in criteria_of(criteria_set) if c.is_leaf]  # type: ignore[attr-defined]


def rounds_visible_to(user: AnyUser) -> QuerySet[Round]:
    """Rounds of the provinces the person works in."""
    return Round.objects.filter(_in_provinces(user)).select_related("criteria_set", "province")


def get_round_for_user(user: AnyUser, pk: int) -> Round:
    """One round; 404 outside the person's provinces."""
    try:
        return rounds_visible_to(user).get(pk=pk)
    except Round.DoesNotExist:
        raise Http404 from None


def assessments_visible_to(user: AnyUser) -> QuerySet[Assessment]:
    """Sheets of the organisations in the person's scope."""
    if not user.is_authenticated:
        return Assessment.objects.none()
    return Assessment.objects.filter(scope_of(user).q("organization")).select_related(
        "organization", "round", "round__criteria_set", "round__province", "exclusion"
    )


def get_assessment_for_user(user: AnyUser, pk: int) -> Assessment:
    """One sheet; 404 outside the person's scope."""
    try:
        return assessments_visible_to(user).get(pk=pk)
    except Assessment.DoesNotExist:
        raise Http404 from None


def round_assessments(user: AnyUser, evaluation_round: Round) -> list[Assessment]:
    """The round's sheets the person may see, by group then Vietnamese name (one query)."""
    rows = list(assessments_visible_to(user).filter(round=evaluation_round))
    order = {g: i for i, g in enumerate(Group.values)}
    return sorted(rows, key=lambda a: (order.get(a.group, 9), vietnamese_key(a.organization.name)))


@dataclass
class Suggestion:
    """Points suggested from a figure of the system, with the figure (its inputs and link) and its label."""

    points: Decimal
    figure: measures.Figure
    label: str


def suggestions_for(
    assessments: Iterable[Assessment], criteria: Iterable[Criterion]
) -> dict[tuple[int, int], Suggestion]:
    """Suggested points per (sheet, criterion) for criteria scored from a figure, read through `core.measures`
    by key: a measure not registered gives no suggestion. One batch per measure, whatever the sheets."""
    sheets = list(assessments)
    found: dict[tuple[int, int], Suggestion] = {}
    by_year: dict[int, list[Assessment]] = defaultdict(list)
    for sheet in sheets:
        by_year[sheet.round.year].append(sheet)
    for criterion in criteria:
        if criterion.scoring != Criterion.Scoring.MEASURE or not criterion.measure_key:
            continue
        try:
            measure = measures.get(criterion.measure_key)
        except KeyError:
            continue
        for year, members in by_year.items():
            figures = measure.figures([s.organization_id for s in members], measures.Span.year(year))
            for sheet in members:
                figure = figures.get(sheet.organization_id)
                points = scoring.suggestion(
                    figure, multiplier=criterion.multiplier, max_points=criterion.max_points
                )
                if figure is not None and points is not None:
                    found[(sheet.pk, criterion.pk)] = Suggestion(points, figure, str(measure.label))
    return found


@dataclass
class SheetRow:
    """A criterion of a sheet as shown: the tree node, its score (leaves), suggestion and group sums."""

    criterion: Criterion
    depth: int
    is_leaf: bool
    score: Score | None = None
    suggestion: Suggestion | None = None
    self_sum: Decimal | None = None
    final_sum: Decimal | None = None
    # Some leaf under it has appraised points (the sum of the final column is shown only then).
    has_final: bool = False
    adjustments: list[Adjustment] = field(default_factory=list)

    @property
    def lost(self) -> Decimal:
        """Points lost on a criterion (maximum − points that count), for normal criteria."""
        if not self.is_leaf or self.score is None or self.criterion.kind != Criterion.Kind.NORMAL:
            return Decimal(0)
        return self.criterion.max_points - (self.score.points or Decimal(0))


def sheet(assessment: Assessment) -> list[SheetRow]:
    """The sheet as a tree in printed order, leaves with their scores, evidence, adjustments and suggestions;
    groups with the sums of their leaves (a fixed number of queries)."""
    criteria = criteria_of(assessment.round.criteria_set)
    scores = {
        s.criterion_id: s
        for s in assessment.scores.prefetch_related(
            "evidence", Prefetch("adjustments", queryset=Adjustment.objects.select_related("actor"))
        )
    }
    suggested = suggestions_for([assessment], [c for c in criteria if c.is_leaf])  # type: ignore[attr-defined]
    rows = [
        SheetRow(
            c,
            c.depth,  # type: ignore[attr-defined]
            c.is_leaf,  # type: ignore[attr-defined]
            scores.get(c.pk),
            suggested.get((assessment.pk, c.pk)),
            adjustments=list(scores[c.pk].adjustments.all()) if c.pk in scores else [],
        )
        for c in criteria
    ]
    by_id = {r.criterion.pk: r for r in rows}
    for row in reversed(rows):  # children come after their parent: sum bottom-up
        if row.is_leaf:
            sign = -1 if row.criterion.kind == Criterion.Kind.PENALTY else 1
            self_value = row.score.self_points if row.score else None
            final_value = row.score.points if row.score else None
            row.self_sum = sign * self_value if self_value is not None else None
            row.final_sum = sign * final_value if final_value is not None else None
            row.has_final = row.score is not None and row.score.final_points is not None
        parent = by_id.get(row.criterion.parent_id or 0)
        if parent is not None:
            parent.has_final = parent.has_final or row.has_final
            for name in ("self_sum", "final_sum"):
                value = getattr(row, name)
                if value is not None:
                    setattr(parent, name, (getattr(parent, name) or Decimal(0)) + value)
    return rows


def lost_points(rows: Iterable[SheetRow]) -> list[SheetRow]:
    """The criteria where the agency lost points, most lost first."""
    return sorted((r for r in rows if r.lost > 0), key=lambda r: r.lost, reverse=True)


RankingKey = tuple[str, str]  # (comparable group, size band: "" when the round does not rank by size)


def ranking(evaluation_round: Round) -> dict[RankingKey, list[Assessment]]:
    """The published ranking by comparable group and, in a round ranked by size, by size class within it (class I,
    II, III, then the agencies whose class is not set): ranked sheets first by rank, then the unclassified (one
    query). Published results are public to everyone who sees the round."""
    rows = list(
        evaluation_round.assessments.select_related("organization", "round").order_by(
            "group", "rank", by_name("organization__name"), "pk"
        )
    )
    grouped: dict[RankingKey, list[Assessment]] = {}
    for group in Group.values:
        bands = [*Organization.SizeClass.values, ""] if evaluation_round.ranks_by_size(group) else [""]
        for band in bands:
            members = [a for a in rows if a.group == group and a.size_band == band]
            if members:
                ranked = sorted((a for a in members if a.rank is not None), key=lambda a: a.rank or 0)
                others = sorted(
                    (a for a in members if a.rank is None), key=lambda a: vietnamese_key(a.organization.name)
                )
                grouped[(group, band)] = ranked + others
    return grouped


def observers_of(province: Organization) -> QuerySet[User]:
    """People holding an active observer role in the province (Ban Dân vận …): those a coordinator may name
    to appraise a round."""
    from danvan.accounts.models import User

    return (
        User.objects.filter(
            is_active=True,
            memberships__is_active=True,
            memberships__role=Membership.Role.OBSERVER,
            memberships__organization__path__startswith=province.path,
        )
        .distinct()
        .order_by(by_name("full_name"), "username")
    )


def ranking_title(evaluation_round: Round, key: RankingKey) -> str:
    """The heading of a ranking table: the group's label, and its size class where the round ranks by size."""
    group, band = key
    label = str(Group(group).label)
    if not evaluation_round.ranks_by_size(group):
        return label
    size = str(Organization.SizeClass(band).label) if band else str(NO_SIZE_CLASS)
    return f"{label} — {size}"


@dataclass
class YearOnYear:
    """An agency evaluated in both rounds: last year's published final score, this year's score that counts
    (`counted_score`) and the change (None while either is missing)."""

    assessment: Assessment
    last_year: Decimal | None
    this_year: Decimal | None
    appraised: bool  # this year's score is the appraised one (else self-assessed, not yet appraised)

    @property
    def change(self) -> Decimal | None:
        if self.last_year is None or self.this_year is None:
            return None
        return self.this_year - self.last_year


@dataclass
class Dashboard:
    """A round at a glance for the person's scope: who has sent, late, scores and classes, last year, weaknesses."""

    total: int
    by_state: dict[str, int]
    late: int
    not_sent: list[Assessment]
    score_bands: list[tuple[str, int]]
    classes: list[tuple[str, int, int | None]]  # class, this year, last year
    weaknesses: list[tuple[str, float]]  # "1.2. …", average share of points lost (%)
    # Agencies in both this round and last year's published one, in the order of the sheets.
    year_on_year: list[YearOnYear] = field(default_factory=list)


SCORE_BANDS = ((90, "≥ 90"), (80, "80 – < 90"), (70, "70 – < 80"), (50, "50 – < 70"), (0, "< 50"))


def previous_round(evaluation_round: Round) -> Round | None:
    """Last year's published round of the same province, to compare with."""
    return (
        Round.objects.filter(
            province_id=evaluation_round.province_id,
            year=evaluation_round.year - 1,
            state=Round.State.PUBLISHED,
        )
        .order_by("-pk")
        .first()
    )


def weaknesses(sheets: Iterable[Assessment], *, limit: int = 8) -> list[tuple[str, float]]:
    """The criteria where the sheets lost the largest share of their points on average (sent sheets only;
    normal criteria; the points that count: appraised, else self-assessed). One query."""
    sent = [s.pk for s in sheets if s.state in (Assessment.State.SUBMITTED, Assessment.State.FINALISED)]
    lost: dict[int, list[float]] = defaultdict(list)
    labels: dict[int, str] = {}
    for score in Score.objects.filter(
        assessment_id__in=sent, criterion__kind=Criterion.Kind.NORMAL
    ).select_related("criterion"):
        value = score.points
        if value is None or not score.criterion.max_points:
            continue
        labels[score.criterion_id] = f"{score.criterion.number}. {score.criterion.title[:40]}"
        lost[score.criterion_id].append(
            float((score.criterion.max_points - value) / score.criterion.max_points * 100)
        )
    averages = [(labels[c], sum(v) / len(v)) for c, v in lost.items()]
    return sorted((a for a in averages if a[1] > 0), key=lambda a: a[1], reverse=True)[:limit]


def counted_score(sheet: Assessment) -> Decimal | None:
    """The score a sheet counts with on the dashboard: the appraised total, else the self-assessed one once the
    agency has approved it (None while it is still being scored)."""
    if sheet.final_total is not None:
        return sheet.final_total
    return sheet.self_total if sheet.state != Assessment.State.DRAFT else None


def dashboard(user: AnyUser, evaluation_round: Round) -> Dashboard:
    """The round's progress and results over the sheets the person may see (four queries)."""
    sheets = round_assessments(user, evaluation_round)
    by_state = dict.fromkeys(Assessment.State.values, 0)
    for s in sheets:
        by_state[s.state] += 1
    bands = {label: 0 for _, label in SCORE_BANDS}
    for s in sheets:
        score = counted_score(s)
        if score is None:
            continue
        bands[next(label for floor, label in SCORE_BANDS if score >= floor)] += 1
    this_year: dict[str, int] = defaultdict(int)
    for s in sheets:
        if s.rank_class:
            this_year[s.rank_class] += 1
    last_year: dict[str, int] = defaultdict(int)
    last_totals: dict[int, Decimal | None] = {}
    previous = previous_round(evaluation_round)
    if previous is not None:
        for organization_id, label, total in (
            assessments_visible_to(user)
            .filter(round=previous)
            .values_list("organization_id", "rank_class", "final_total")
        ):
            last_totals[organization_id] = total
            if label:
                last_year[label] += 1
    year_on_year = [
        YearOnYear(s, last_totals[s.organization_id], counted_score(s), s.final_total is not None)
        for s in sheets
        if s.organization_id in last_totals
    ]
    order = [t.label for t in evaluation_round.criteria_set.thresholds.all()]
    labels = [*order, evaluation_round.criteria_set.excluded_label]
    labels += [label for label in {**this_year, **last_year} if label not in labels]
    classes = [
        (label, this_year.get(label, 0), last_year.get(label, 0) if previous is not None else None)
        for label in labels
        if label in this_year or label in last_year or label in order
    ]
    return Dashboard(
        total=len(sheets),
        by_state=by_state,
        late=sum(1 for s in sheets if s.is_late),
        not_sent=[s for s in sheets if s.state in (*Assessment.EDITABLE_STATES, Assessment.State.APPROVED)],
        score_bands=list(bands.items()),
        classes=classes,
        weaknesses=weaknesses(sheets),
        year_on_year=year_on_year,
    )
