"""Writes of criteria sets: create, add, change and remove criteria, thresholds and exclusion conditions, copy a set into
a new version. A set a round uses is frozen: every edit is refused and a copy is made instead."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import F, Max
from django.utils.translation import gettext as _

from danvan.core.actions import record_event
from danvan.core.errors import ActionRefused
from danvan.evaluation import importing, permissions
from danvan.evaluation.models import ClassThreshold, CriteriaSet, Criterion, ExclusionCondition
from danvan.organizations.models import Organization

if TYPE_CHECKING:
    from danvan.accounts.models import User


class SetFrozen(ActionRefused):
    """The set is used by a round and can no longer change; copy it into a new version."""


def _require_manage(actor: User | None, province: Organization) -> None:
    if actor is not None and not permissions.can_manage_sets(actor, province):
        raise ActionRefused(
            _("Only the coordinator or administrator of the province keeps its criteria sets.")
        )


def require_editable(actor: User | None, criteria_set: CriteriaSet) -> None:
    """Refuse an edit of a frozen set, or by someone who does not keep the province's sets."""
    _require_manage(actor, criteria_set.province)
    if CriteriaSet.objects.filter(pk=criteria_set.pk, frozen_at__isnull=False).exists():
        raise SetFrozen(
            _(
                "This criteria set is used by an evaluation round and can no longer change; copy it into a new version."
            )
        )


def create_set(
    *,
    actor: User | None,
    province: Organization,
    name: str,
    from_year: int,
    decision: str = "",
    is_illustrative: bool = False,
) -> CriteriaSet:
    """Create an empty criteria set of a province (version 1, or the next version for that year)."""
    _require_manage(actor, province)
    with transaction.atomic():
        latest = CriteriaSet.objects.filter(province=province, from_year=from_year).aggregate(
            v=Max("version")
        )["v"]
        criteria_set = CriteriaSet.objects.create(
            province=province,
            name=name,
            from_year=from_year,
            decision=decision,
            is_illustrative=is_illustrative,
            version=(latest or 0) + 1,
        )
        record_event(actor=actor, action="evaluation.set_created", target=criteria_set)
    return criteria_set


def add_criterion(
    *,
    actor: User | None,
    criteria_set: CriteriaSet,
    number: str,
    title: str,
    max_points: Decimal,
    parent: Criterion | None = None,
    kind: str = Criterion.Kind.NORMAL,
    scoring: str = Criterion.Scoring.RANGE,
    measure_key: str = "",
    multiplier: Decimal | None = None,
    evidence_required: str = "",
) -> Criterion:
    """Add a criterion at the end of its parent's children (or of the set)."""
    require_editable(actor, criteria_set)
    if parent is not None and parent.criteria_set_id != criteria_set.pk:
        raise ActionRefused(_("The parent criterion belongs to another set."))
    if max_points <= 0:
        raise ActionRefused(_("The maximum points must be more than 0."))
    if scoring == Criterion.Scoring.MEASURE and not measure_key:
        raise ActionRefused(_("A criterion scored from a figure names the figure."))
    with transaction.atomic():
        if parent is None:
            position = (criteria_set.criteria.aggregate(p=Max("position"))["p"] or 0) + 100
        else:
            # After the parent's last descendant: shift what follows.
            subtree_end = _subtree_end(criteria_set, parent)
            position = subtree_end + 1
            criteria_set.criteria.filter(position__gt=subtree_end).update(position=F("position") + 100)
        criterion = Criterion.objects.create(
            criteria_set=criteria_set,
            parent=parent,
            position=position,
            number=number.strip(),
            title=title.strip(),
            kind=kind,
            max_points=max_points,
            scoring=scoring,
            measure_key=measure_key.strip() if scoring == Criterion.Scoring.MEASURE else "",
            multiplier=multiplier if scoring == Criterion.Scoring.MEASURE else None,
            evidence_required=evidence_required.strip(),
        )
        record_event(
            actor=actor, action="evaluation.criterion_added", target=criteria_set, details={"number": number}
        )
    return criterion


class _Keep:
    """The parent stays where it is (`update_criterion` called without `parent`)."""


KEEP = _Keep()


def _descendant_ids(criteria_set: CriteriaSet, node: Criterion) -> set[int]:
    found: set[int] = set()
    frontier = [node.pk]
    while frontier:
        frontier = list(criteria_set.criteria.filter(parent_id__in=frontier).values_list("pk", flat=True))
        found.update(frontier)
    return found


def _overfull(rows: Sequence[Criterion]) -> set[int]:
    """Criteria whose sub-criteria add up to more than their own maximum points."""
    sums: dict[int, Decimal] = {}
    for row in rows:
        if row.parent_id:
            sums[row.parent_id] = sums.get(row.parent_id, Decimal(0)) + row.max_points
    return {row.pk for row in rows if sums.get(row.pk, Decimal(0)) > row.max_points}


def _renumber_positions(criteria_set: CriteriaSet, moved: Criterion) -> None:
    """Positions in printed order after `moved` took its new parent: the tree walked depth first, children in
    their order, the moved criterion (with its subtree) last among its new siblings."""
    rows = list(criteria_set.criteria.order_by("position", "pk"))
    children: dict[int | None, list[Criterion]] = {}
    for row in rows:
        if row.pk == moved.pk:
            continue
        children.setdefault(row.parent_id, []).append(row)
    children.setdefault(moved.parent_id, []).append(next(r for r in rows if r.pk == moved.pk))
    ordered: list[Criterion] = []

    def walk(parent_id: int | None) -> None:
        for child in children.get(parent_id, []):
            ordered.append(child)
            walk(child.pk)

    walk(None)
    for index, row in enumerate(ordered, start=1):
        row.position = index * 100
    Criterion.objects.bulk_update(ordered, ["position"])
    moved.position = next(r.position for r in ordered if r.pk == moved.pk)


def update_criterion(
    *,
    actor: User | None,
    criterion: Criterion,
    title: str,
    max_points: Decimal,
    scoring: str,
    measure_key: str = "",
    multiplier: Decimal | None = None,
    evidence_required: str = "",
    number: str | None = None,
    kind: str | None = None,
    parent: Criterion | _Keep | None = KEEP,
) -> Criterion:
    """Change a criterion in place on a set not yet used: content, maximum points, how it is scored, its figure,
    evidence required — and its number, kind and place in the tree (`parent`; None: a top-level group).

    Refused with a message: a number another criterion of the set has; a parent of another set, the criterion
    itself or one of its own sub-criteria (a cycle); a kind other than its new parent's (a bonus item is never
    counted inside a criterion); and any change after which some criterion's sub-criteria add up to more than
    its maximum points. A criterion with sub-criteria takes its new kind down to all of them. A move puts the
    criterion (with its sub-criteria) last under its new parent."""
    criteria_set = criterion.criteria_set
    require_editable(actor, criteria_set)
    number = criterion.number if number is None else number.strip()
    kind = criterion.kind if kind is None else kind
    new_parent = criterion.parent if isinstance(parent, _Keep) else parent
    if not number:
        raise ActionRefused(_("The number of the criterion is required."))
    if not title.strip():
        raise ActionRefused(_("The content of the criterion is required."))
    if max_points <= 0:
        raise ActionRefused(_("The maximum points must be more than 0."))
    if scoring == Criterion.Scoring.MEASURE and not measure_key.strip():
        raise ActionRefused(_("A criterion scored from a figure names the figure."))
    if kind not in Criterion.Kind.values:
        raise ActionRefused(_("Choose the kind of the criterion."))
    if criteria_set.criteria.filter(number=number).exclude(pk=criterion.pk).exists():
        raise ActionRefused(
            _("Another criterion of the set already has the number %(number)s.") % {"number": number}
        )
    descendants = _descendant_ids(criteria_set, criterion)
    if new_parent is not None:
        if new_parent.criteria_set_id != criteria_set.pk:
            raise ActionRefused(_("The parent criterion belongs to another set."))
        if new_parent.pk == criterion.pk or new_parent.pk in descendants:
            raise ActionRefused(
                _(
                    "Criterion %(number)s cannot be placed under itself or under one of its own sub-criteria (%(parent)s)."
                )
                % {"number": number, "parent": new_parent.number}
            )
        if new_parent.kind != kind:
            raise ActionRefused(
                _(
                    "Criterion %(number)s is of the kind “%(kind)s” and cannot be placed under %(parent)s, of the kind “%(parent_kind)s”."
                )
                % {
                    "number": number,
                    "kind": Criterion.Kind(kind).label,
                    "parent": new_parent.number,
                    "parent_kind": Criterion.Kind(new_parent.kind).label,
                }
            )
    rows = list(criteria_set.criteria.all())
    before_overfull = _overfull(rows)
    for row in rows:
        if row.pk == criterion.pk:
            row.max_points = max_points
            row.parent_id = new_parent.pk if new_parent is not None else None
    broken = sorted((r for r in rows if r.pk in _overfull(rows) - before_overfull), key=lambda r: r.position)
    if broken:
        raise ActionRefused(
            _(
                "This change would make the sub-criteria of %(numbers)s add up to more than its maximum points; change the points first."
            )
            % {"numbers": ", ".join(r.number for r in broken)}
        )
    fields = ("number", "kind", "parent", "title", "max_points", "scoring", "measure_key", "multiplier")

    def snapshot() -> dict[str, str]:
        values = {name: getattr(criterion, name) for name in fields if name != "parent"}
        values["parent"] = criterion.parent.number if criterion.parent is not None else ""
        values["evidence_required"] = criterion.evidence_required
        return {k: "" if v is None else str(v) for k, v in values.items()}

    before = snapshot()
    moved = (criterion.parent_id or None) != (new_parent.pk if new_parent is not None else None)
    criterion.number = number
    criterion.kind = kind
    criterion.parent = new_parent
    criterion.title = title.strip()
    criterion.max_points = max_points
    criterion.scoring = scoring
    criterion.measure_key = measure_key.strip() if scoring == Criterion.Scoring.MEASURE else ""
    criterion.multiplier = multiplier if scoring == Criterion.Scoring.MEASURE else None
    criterion.evidence_required = evidence_required.strip()
    after = snapshot()
    changed = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
    with transaction.atomic():
        criterion.save(
            update_fields=[
                "number",
                "kind",
                "parent",
                "title",
                "max_points",
                "scoring",
                "measure_key",
                "multiplier",
                "evidence_required",
            ]
        )
        if descendants and "kind" in changed:
            Criterion.objects.filter(pk__in=descendants).update(kind=kind)
        if moved:
            _renumber_positions(criteria_set, criterion)
        record_event(
            actor=actor,
            action="evaluation.criterion_updated",
            target=criteria_set,
            details={"number": criterion.number, "changed": changed},
        )
    return criterion


def _subtree_end(criteria_set: CriteriaSet, node: Criterion) -> int:
    end = node.position
    frontier = [node.pk]
    while frontier:
        children = list(criteria_set.criteria.filter(parent_id__in=frontier).values_list("pk", "position"))
        frontier = [pk for pk, _position in children]
        end = max([end, *(p for _pk, p in children)])
    return end


def remove_criterion(*, actor: User | None, criterion: Criterion) -> None:
    """Remove a criterion and its children from a set not yet used."""
    require_editable(actor, criterion.criteria_set)
    with transaction.atomic():
        record_event(
            actor=actor,
            action="evaluation.criterion_removed",
            target=criterion.criteria_set,
            details={"number": criterion.number},
        )
        criterion.delete()


def add_threshold(
    *, actor: User | None, criteria_set: CriteriaSet, label: str, min_points: Decimal
) -> ClassThreshold:
    """Add a class and the lowest score that earns it."""
    require_editable(actor, criteria_set)
    if criteria_set.thresholds.filter(min_points=min_points).exists():
        raise ActionRefused(_("Another class already starts at this score."))
    with transaction.atomic():
        threshold = ClassThreshold.objects.create(
            criteria_set=criteria_set, label=label.strip(), min_points=min_points
        )
        record_event(
            actor=actor, action="evaluation.threshold_added", target=criteria_set, details={"label": label}
        )
    return threshold


def update_threshold(
    *, actor: User | None, threshold: ClassThreshold, label: str, min_points: Decimal
) -> ClassThreshold:
    """Change a class's label or the lowest score that earns it, on a set not yet used."""
    require_editable(actor, threshold.criteria_set)
    if not label.strip():
        raise ActionRefused(_("The name of the class is required."))
    if min_points < 0:
        raise ActionRefused(_("The lowest score of a class cannot be negative."))
    if threshold.criteria_set.thresholds.filter(min_points=min_points).exclude(pk=threshold.pk).exists():
        raise ActionRefused(_("Another class already starts at this score."))
    changed = {
        name: [str(old), str(new)]
        for name, old, new in (
            ("label", threshold.label, label.strip()),
            ("min_points", threshold.min_points, min_points),
        )
        if str(old) != str(new) and not (name == "min_points" and old == new)
    }
    threshold.label = label.strip()
    threshold.min_points = min_points
    with transaction.atomic():
        threshold.save(update_fields=["label", "min_points"])
        record_event(
            actor=actor,
            action="evaluation.threshold_updated",
            target=threshold.criteria_set,
            details={"label": threshold.label, "changed": changed},
        )
    return threshold


def remove_threshold(*, actor: User | None, threshold: ClassThreshold) -> None:
    require_editable(actor, threshold.criteria_set)
    with transaction.atomic():
        record_event(
            actor=actor,
            action="evaluation.threshold_removed",
            target=threshold.criteria_set,
            details={"label": threshold.label, "min_points": str(threshold.min_points)},
        )
        threshold.delete()


def add_exclusion(*, actor: User | None, criteria_set: CriteriaSet, text: str) -> ExclusionCondition:
    """Add a condition that leaves an agency unclassified."""
    require_editable(actor, criteria_set)
    with transaction.atomic():
        position = (criteria_set.exclusions.aggregate(p=Max("position"))["p"] or 0) + 1
        condition = ExclusionCondition.objects.create(
            criteria_set=criteria_set, text=text.strip(), position=position
        )
        record_event(actor=actor, action="evaluation.exclusion_added", target=criteria_set)
    return condition


def remove_exclusion(*, actor: User | None, condition: ExclusionCondition) -> None:
    require_editable(actor, condition.criteria_set)
    with transaction.atomic():
        record_event(
            actor=actor,
            action="evaluation.exclusion_removed",
            target=condition.criteria_set,
            details={"text": condition.text},
        )
        condition.delete()


def copy_set(*, actor: User | None, source: CriteriaSet, from_year: int, name: str = "") -> CriteriaSet:
    """Copy a set (last year's, or a frozen one to change) into a new editable version: criteria tree,
    thresholds and exclusion conditions."""
    _require_manage(actor, source.province)
    with transaction.atomic():
        latest = CriteriaSet.objects.filter(province=source.province, from_year=from_year).aggregate(
            v=Max("version")
        )["v"]
        copy = CriteriaSet.objects.create(
            province=source.province,
            name=name or source.name,
            decision="" if from_year != source.from_year else source.decision,
            from_year=from_year,
            version=(latest or 0) + 1,
            previous=source,
            is_illustrative=source.is_illustrative,
            excluded_label=source.excluded_label,
        )
        new_ids: dict[int, Criterion] = {}
        for row in source.criteria.order_by("position", "pk"):
            old_pk, old_parent = row.pk, row.parent_id
            row.pk = None
            row.criteria_set = copy
            row.parent = new_ids[old_parent] if old_parent else None
            row.save()
            new_ids[old_pk] = row
        ClassThreshold.objects.bulk_create(
            ClassThreshold(criteria_set=copy, label=t.label, min_points=t.min_points)
            for t in source.thresholds.all()
        )
        ExclusionCondition.objects.bulk_create(
            ExclusionCondition(criteria_set=copy, text=e.text, position=e.position)
            for e in source.exclusions.all()
        )
        record_event(actor=actor, action="evaluation.set_copied", target=copy, details={"from": source.pk})
    return copy


def import_set(
    *,
    actor: User | None,
    province: Organization,
    name: str,
    from_year: int,
    decision: str,
    rows: list[dict[str, str]],
    corrected: int = 0,
) -> CriteriaSet:
    """Create a set from the rows read from its decision and confirmed on the review screen
    (`evaluation.importing`; `corrected`: how many rows the coordinator corrected there): the tree in the order
    of the table. Refused while a row has a problem (checked again here, whatever the screen showed)."""
    checked = importing.check_rows(importing.rows_from_session(rows))
    problems = [r.number or "?" for r in checked if r.problem]
    if problems:
        raise ActionRefused(
            _("Correct these rows first, on the review screen or in the file: %(numbers)s.")
            % {"numbers": ", ".join(problems)}
        )
    rows = [r.as_dict() for r in checked]
    with transaction.atomic():
        criteria_set = create_set(
            actor=actor, province=province, name=name, from_year=from_year, decision=decision
        )
        made: dict[str, Criterion] = {}
        for row in rows:
            made[row["number"]] = add_criterion(
                actor=actor,
                criteria_set=criteria_set,
                parent=made.get(row["parent_number"]) if row["parent_number"] else None,
                number=row["number"],
                title=row["title"],
                max_points=Decimal(row["max_points"].replace(",", ".")),
                kind=row["kind"],
                scoring=row["scoring"],
                measure_key=row["measure_key"],
                multiplier=Decimal(row["multiplier"]) if row["multiplier"] else None,
                evidence_required=row["evidence_required"],
            )
        record_event(
            actor=actor,
            action="evaluation.set_imported",
            target=criteria_set,
            details={"rows": len(rows), "corrected": corrected},
        )
    return criteria_set
