"""Writes of a round: open it (freezing its criteria set, one sheet per agency), self-score, approve, submit,
appraise (adjust with reasons, exclude, return, finalise) and publish classes and ranks.

Every write to a sheet names the `version` the editor loaded; a stale one is refused (`StaleSheet`) so two
appraisers editing the same sheet never overwrite each other silently.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from danvan.core import workdays
from danvan.core.actions import notify, record_event
from danvan.core.errors import ActionRefused
from danvan.evaluation import permissions, queries, scoring
from danvan.evaluation.models import (
    POINTS_BELOW,
    Adjustment,
    Assessment,
    CriteriaSet,
    Criterion,
    ExclusionCondition,
    Group,
    Round,
    Score,
    ScoreEvidence,
    group_of,
)
from danvan.organizations.models import Membership, Organization
from danvan.reporting.actions.progress import check_evidence

if TYPE_CHECKING:
    from danvan.accounts.models import User

# Organisations never evaluated: the province itself, central bodies and internal units.
NOT_EVALUATED = (
    frozenset({Organization.Kind.PROVINCE, Organization.Kind.MINISTRY}) | Organization.INTERNAL_KINDS
)


class StaleSheet(ActionRefused):
    """Someone else saved the sheet after the editor loaded it."""


def _refuse(message: str) -> ActionRefused:
    return ActionRefused(message)


def _bump(assessment: Assessment, version: int | None) -> None:
    """Take the sheet's next version, refusing a stale one (the row is updated only if unchanged)."""
    if version is not None and version != assessment.version:
        raise StaleSheet(_("Someone else changed this sheet meanwhile. Reload the page and redo your edit."))
    updated = Assessment.objects.filter(pk=assessment.pk, version=assessment.version).update(
        version=F("version") + 1
    )
    if not updated:
        raise StaleSheet(_("Someone else changed this sheet meanwhile. Reload the page and redo your edit."))
    assessment.version += 1


def _people(organization_ids: Sequence[int], roles: set[str]) -> list[User]:
    from danvan.accounts.models import User

    return list(
        User.objects.filter(
            memberships__organization_id__in=organization_ids,
            memberships__role__in=roles,
            memberships__is_active=True,
            is_active=True,
        ).distinct()
    )


def evaluated_organizations(
    province: Organization, groups: Sequence[str], *, on: datetime.date
) -> list[Organization]:
    """The agencies of the province a round evaluates: those of the chosen groups, existing on `on`."""
    rows = Organization.objects.filter(path__startswith=province.path).exclude(kind__in=NOT_EVALUATED)
    return [o for o in rows if group_of(o.kind) in groups and o.is_active_on(on)]


def open_round(
    *,
    actor: User | None,
    criteria_set: CriteriaSet,
    year: int,
    name: str,
    groups: Sequence[str],
    working_days: int,
    opened_on: datetime.date | None = None,
    only: Sequence[Organization] | None = None,
    by_size: bool = False,
) -> Round:
    """Open a round: freeze the set, make a sheet (one row per scored criterion) for every agency of the chosen
    groups (or for those of `only` among them: a pilot of a few agencies), and tell their officers. The
    self-scoring deadline is `working_days` working days after opening. `by_size`: the ranking is made within
    each size class of a group (the organisations' administrative unit class)."""
    province = criteria_set.province
    if actor is not None and not permissions.can_open_round(actor, province):
        raise _refuse(_("Only the coordinator of the province opens an evaluation round."))
    groups = [g for g in groups if g in Group.values]
    if not groups:
        raise _refuse(_("Choose which organisations the round evaluates."))
    if working_days < 1:
        raise _refuse(_("The self-scoring time is at least one working day."))
    leaves = queries.leaf_criteria(criteria_set)
    if not leaves:
        raise _refuse(_("The criteria set has no criterion yet."))
    if not criteria_set.thresholds.exists():
        raise _refuse(_("The criteria set has no class threshold yet."))
    opened_on = opened_on or timezone.localdate()
    with transaction.atomic():
        if not criteria_set.is_frozen:
            criteria_set.frozen_at = timezone.now()
            criteria_set.save(update_fields=["frozen_at", "updated_at"])
        evaluation_round = Round.objects.create(
            criteria_set=criteria_set,
            province=province,
            year=year,
            name=name,
            groups=list(groups),
            opened_on=opened_on,
            working_days=working_days,
            by_size=by_size,
            self_due=workdays.add_working_days(opened_on, working_days),
            opened_by=actor if actor is not None and actor.pk else None,
        )
        organizations = evaluated_organizations(province, groups, on=opened_on)
        if only is not None:
            chosen = {o.pk for o in only}
            organizations = [o for o in organizations if o.pk in chosen]
        sheets = Assessment.objects.bulk_create(
            Assessment(round=evaluation_round, organization=o, group=group_of(o.kind)) for o in organizations
        )
        Score.objects.bulk_create(Score(assessment=s, criterion=c) for s in sheets for c in leaves)
        record_event(
            actor=actor,
            action="evaluation.round_opened",
            target=evaluation_round,
            details={"sheets": len(sheets)},
        )
        notify(
            recipients=_people([o.pk for o in organizations], {Membership.Role.AGENCY_OFFICER}),
            text=_("Evaluation round “%(name)s” is open: self-score by %(due)s.")
            % {"name": name, "due": evaluation_round.self_due.strftime("%d/%m/%Y")},
            url=evaluation_round.get_absolute_url(),
        )
    return evaluation_round


def _decimal(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).replace(",", "."))
        if not number.is_finite() or abs(number) >= POINTS_BELOW:
            raise InvalidOperation
        return number.quantize(scoring.CENT)
    except (InvalidOperation, ValueError):
        raise _refuse(_("“%(value)s” is not a number of points.") % {"value": value}) from None


def _check_points(criterion: Criterion, points: Decimal) -> None:
    if points < 0 or points > criterion.max_points:
        raise _refuse(
            _("Criterion %(number)s: the points must be between 0 and %(max)s.")
            % {"number": criterion.number, "max": criterion.max_points}
        )
    if criterion.scoring == Criterion.Scoring.YES_NO and points not in (0, criterion.max_points):
        raise _refuse(
            _("Criterion %(number)s is scored yes or no: 0 or %(max)s points.")
            % {"number": criterion.number, "max": criterion.max_points}
        )


@dataclass(frozen=True)
class SelfScore:
    """What an officer enters for one criterion."""

    points: object
    explanation: str = ""
    departure_reason: str = ""


def save_self_scores(
    *,
    actor: User | None,
    assessment: Assessment,
    version: int | None,
    entries: Mapping[int, SelfScore],
    evidence: Mapping[int, Sequence[UploadedFile]] | None = None,
) -> Assessment:
    """Save the agency's points, explanations and evidence files (criterion id → entry). Where the system
    suggests points, departing from them needs a reason; the suggestion is kept beside the score."""
    if actor is not None and not permissions.can_self_score(actor, assessment):
        raise _refuse(_("This sheet cannot be scored now: it has been sent, or the round is closed."))
    evidence = evidence or {}
    with transaction.atomic():
        assessment = (
            Assessment.objects.select_for_update().select_related("round__criteria_set").get(pk=assessment.pk)
        )
        if version is not None and version != assessment.version:
            _bump(assessment, version)  # refuses before anything is checked or written
        scores = {s.criterion_id: s for s in assessment.scores.select_related("criterion")}
        suggestions = queries.suggestions_for([assessment], [s.criterion for s in scores.values()])
        for criterion_id, entry in entries.items():
            score = scores.get(criterion_id)
            if score is None:
                raise _refuse(_("This criterion is not on the sheet."))
            points = _decimal(entry.points)
            if points is not None:
                _check_points(score.criterion, points)
            suggestion = suggestions.get((assessment.pk, criterion_id))
            reason = entry.departure_reason.strip()
            if suggestion is not None and points is not None and points != suggestion.points and not reason:
                raise _refuse(
                    _(
                        "Criterion %(number)s: the system suggests %(points)s points; give a reason for departing from it."
                    )
                    % {"number": score.criterion.number, "points": suggestion.points}
                )
            score.self_points = points
            score.explanation = entry.explanation.strip()
            score.suggested_points = suggestion.points if suggestion else None
            score.departure_reason = reason if suggestion is not None and points != suggestion.points else ""
            score.save(update_fields=["self_points", "explanation", "suggested_points", "departure_reason"])
        for criterion_id, uploads in evidence.items():
            score = scores.get(criterion_id)
            if score is None:
                raise _refuse(_("This criterion is not on the sheet."))
            for upload in uploads:
                content_type = check_evidence(upload)
                ScoreEvidence.objects.create(
                    score=score,
                    file=upload,
                    name=upload.name or "evidence",
                    content_type=content_type,
                    size=upload.size or 0,
                    uploaded_by=actor if actor is not None and actor.pk else None,
                )
        assessment.self_total = scoring.total(
            (s.criterion.kind, s.self_points) for s in assessment.scores.select_related("criterion")
        )
        _bump(assessment, version)  # last, so a refusal above leaves the sheet's version as it was
        assessment.save(update_fields=["self_total", "updated_at"])
        record_event(
            actor=actor,
            action="evaluation.self_scored",
            target=assessment,
            details={"criteria": len(entries)},
        )
    return assessment


def approve_assessment(
    *, actor: User | None, assessment: Assessment, version: int | None = None
) -> Assessment:
    """The leader approves the self-assessment (ký duyệt); every criterion must be scored."""
    if actor is not None and not permissions.can_approve_assessment(actor, assessment):
        raise _refuse(_("Only the agency's leader approves its self-assessment."))
    if not assessment.is_editable:
        raise _refuse(_("Only a sheet being scored can be approved."))
    missing = assessment.scores.filter(self_points__isnull=True).select_related("criterion")
    if missing:
        raise _refuse(
            _("Score every criterion first: %(numbers)s.")
            % {"numbers": ", ".join(s.criterion.number for s in missing)}
        )
    return _move(actor, assessment, version, Assessment.State.APPROVED, "evaluation.approved")


def submit_assessment(
    *,
    actor: User | None,
    assessment: Assessment,
    version: int | None = None,
    today: datetime.date | None = None,
) -> Assessment:
    """Send the approved sheet to the appraisers; after the self-scoring due date it is marked late."""
    if actor is not None and not permissions.can_submit_assessment(actor, assessment):
        raise _refuse(_("Only the agency's officers send its sheet."))
    if assessment.state != Assessment.State.APPROVED:
        raise _refuse(_("The leader approves the sheet before it is sent."))
    today = today or timezone.localdate()
    assessment.submitted_at = timezone.now()
    assessment.is_late = today > assessment.round.self_due
    assessment = _move(
        actor,
        assessment,
        version,
        Assessment.State.SUBMITTED,
        "evaluation.submitted",
        ["submitted_at", "is_late"],
    )
    notify(
        recipients=_people([assessment.round.province_id], {Membership.Role.COORDINATOR}),
        text=_("%(organization)s sent its self-assessment for “%(round)s”.")
        % {"organization": assessment.organization.name, "round": assessment.round.name},
        url=assessment.get_absolute_url(),
    )
    return assessment


def _move(
    actor: User | None,
    assessment: Assessment,
    version: int | None,
    state: str,
    event: str,
    fields: Sequence[str] = (),
    details: dict[str, object] | None = None,
) -> Assessment:
    with transaction.atomic():
        _bump(assessment, version)
        assessment.state = state
        assessment.save(update_fields=["state", "updated_at", *fields])
        record_event(actor=actor, action=event, target=assessment, details=details)
    return assessment


def name_appraisers(*, actor: User | None, evaluation_round: Round, observers: Sequence[User]) -> Round:
    """The coordinator names which observers of the province appraise the round (Ban Dân vận's members of the
    appraisal team); the list replaces the previous one. Observers not named only read."""
    if actor is not None and not permissions.can_name_appraisers(actor, evaluation_round):
        raise _refuse(_("Only the coordinator of the province names the appraisers of an open round."))
    if evaluation_round.state != Round.State.OPEN:
        raise _refuse(_("The round is published; its appraisers no longer change."))
    allowed = set(queries.observers_of(evaluation_round.province).values_list("pk", flat=True))
    strangers = [str(u) for u in observers if u.pk not in allowed]
    if strangers:
        raise _refuse(
            _("Only observers of the province can be named appraisers: %(names)s.")
            % {"names": ", ".join(strangers)}
        )
    with transaction.atomic():
        before = set(evaluation_round.appraisers.values_list("pk", flat=True))
        evaluation_round.appraisers.set(observers)
        after = {u.pk for u in observers}
        record_event(
            actor=actor,
            action="evaluation.appraisers_named",
            target=evaluation_round,
            details={"added": sorted(after - before), "removed": sorted(before - after)},
        )
        notify(
            recipients=[u for u in observers if u.pk not in before],
            text=_("You are named an appraiser of “%(round)s”.") % {"round": evaluation_round.name},
            url=evaluation_round.get_absolute_url(),
        )
    return evaluation_round


def _require_appraiser(actor: User | None, assessment: Assessment) -> None:
    if actor is not None and not permissions.can_appraise(actor, assessment):
        raise _refuse(
            _(
                "Only the appraisers (the coordinators of the province and the observers named for this round) appraise a sheet."
            )
        )
    if assessment.state != Assessment.State.SUBMITTED:
        raise _refuse(_("Only a submitted sheet is appraised."))
    if assessment.round.state != Round.State.OPEN:
        raise _refuse(_("The round is published; its sheets no longer change."))


def adjust_scores(
    *,
    actor: User | None,
    assessment: Assessment,
    version: int | None,
    changes: Mapping[int, tuple[object, str]],
) -> Assessment:
    """Appraisers set the points of criteria (criterion id → (points, reason)); every change is kept with who,
    when and why. A reason is required."""
    _require_appraiser(actor, assessment)
    with transaction.atomic():
        if version is not None and version != assessment.version:
            _bump(assessment, version)  # refuses a stale edit before anything is checked
        scores = {s.criterion_id: s for s in assessment.scores.select_related("criterion")}
        for criterion_id, (value, reason) in changes.items():
            score = scores.get(criterion_id)
            if score is None:
                raise _refuse(_("This criterion is not on the sheet."))
            points = _decimal(value)
            if points is None or points == score.points:
                continue
            if not reason.strip():
                raise _refuse(
                    _("Criterion %(number)s: give the reason for the change.")
                    % {"number": score.criterion.number}
                )
            _check_points(score.criterion, points)
            Adjustment.objects.create(
                score=score,
                actor=actor if actor is not None and actor.pk else None,
                old_points=score.points,
                new_points=points,
                reason=reason.strip(),
            )
            score.final_points = points
            score.save(update_fields=["final_points"])
        _bump(assessment, version)  # last, so a refusal above leaves the sheet's version as it was
        record_event(
            actor=actor, action="evaluation.adjusted", target=assessment, details={"criteria": len(changes)}
        )
    return assessment


def set_exclusion(
    *,
    actor: User | None,
    assessment: Assessment,
    version: int | None,
    exclusion: ExclusionCondition | None,
    note: str = "",
) -> Assessment:
    """Appraisers record that an exclusion condition applies (or no longer applies) to the agency."""
    _require_appraiser(actor, assessment)
    if exclusion is not None and exclusion.criteria_set_id != assessment.round.criteria_set_id:
        raise _refuse(_("This condition belongs to another criteria set."))
    if exclusion is not None and not note.strip():
        raise _refuse(_("Say why the condition applies."))
    assessment.exclusion = exclusion
    assessment.exclusion_note = note.strip() if exclusion else ""
    return _move(
        actor,
        assessment,
        version,
        assessment.state,
        "evaluation.exclusion_set",
        ["exclusion", "exclusion_note"],
        {"exclusion": exclusion.pk if exclusion else None},
    )


def return_assessment(
    *, actor: User | None, assessment: Assessment, version: int | None, comment: str
) -> Assessment:
    """Appraisers return a sheet for correction with a comment; the agency scores it again."""
    _require_appraiser(actor, assessment)
    if not comment.strip():
        raise _refuse(_("Say what must be corrected."))
    assessment.return_comment = comment.strip()
    assessment = _move(
        actor, assessment, version, Assessment.State.RETURNED, "evaluation.returned", ["return_comment"]
    )
    notify(
        recipients=_people(
            [assessment.organization_id], {Membership.Role.AGENCY_OFFICER, Membership.Role.LEADER}
        ),
        text=_("Your self-assessment for “%(round)s” was returned for correction: %(comment)s")
        % {"round": assessment.round.name, "comment": comment.strip()},
        url=assessment.get_absolute_url(),
    )
    return assessment


def final_total(assessment: Assessment) -> Decimal:
    """The final score: the appraised points where set, else the self-assessed ones."""
    return scoring.total((s.criterion.kind, s.points) for s in assessment.scores.select_related("criterion"))


def finalise_assessment(*, actor: User | None, assessment: Assessment, version: int | None) -> Assessment:
    """Appraisers finalise a sheet: its final score is fixed (class and rank come with the publication)."""
    _require_appraiser(actor, assessment)
    assessment.final_total = final_total(assessment)
    return _move(
        actor, assessment, version, Assessment.State.FINALISED, "evaluation.finalised", ["final_total"]
    )


def publish_round(*, actor: User | None, evaluation_round: Round) -> Round:
    """Publish the round: each appraised sheet gets its class (thresholds, exclusions) and its rank within its
    comparable group (ties share a rank) — and within its organisation's size class when the round ranks by
    size; a sheet not appraised by then is not classified."""
    if actor is not None and not permissions.can_publish_round(actor, evaluation_round):
        raise _refuse(_("Only the coordinator of the province publishes an open round."))
    criteria_set = evaluation_round.criteria_set
    thresholds = [(t.label, t.min_points) for t in criteria_set.thresholds.all()]
    with transaction.atomic():
        sheets = list(
            evaluation_round.assessments.select_for_update(of=("self",))
            .select_related("organization")
            .order_by("pk")
        )
        entries = []
        for sheet in sheets:
            final = sheet.final_total if sheet.state == Assessment.State.FINALISED else None
            excluded = final is None or sheet.exclusion_id is not None
            sheet.rank_class = scoring.class_for(
                final or Decimal(0), thresholds, excluded=excluded, excluded_label=criteria_set.excluded_label
            )
            # The band is the organisation's size class as published: a later reclassification leaves it.
            sheet.size_band = (
                sheet.organization.size_class if evaluation_round.ranks_by_size(sheet.group) else ""
            )
            entries.append(
                scoring.Entry(sheet.pk, sheet.group, final or Decimal(0), excluded, band=sheet.size_band)
            )
        ranks = scoring.rank(entries)
        for sheet in sheets:
            sheet.rank = ranks[sheet.pk]
        Assessment.objects.bulk_update(sheets, ["rank_class", "rank", "size_band"])
        evaluation_round.state = Round.State.PUBLISHED
        evaluation_round.published_at = timezone.now()
        evaluation_round.save(update_fields=["state", "published_at", "updated_at"])
        record_event(actor=actor, action="evaluation.published", target=evaluation_round)
        notify(
            recipients=_people(
                [s.organization_id for s in sheets], {Membership.Role.AGENCY_OFFICER, Membership.Role.LEADER}
            ),
            text=_("The results of “%(round)s” are published.") % {"round": evaluation_round.name},
            url=evaluation_round.get_absolute_url(),
        )
    return evaluation_round
