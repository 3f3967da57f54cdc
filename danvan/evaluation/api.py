"""API of evaluation: the sheets in scope (`GET /evaluations`), a sheet's scores with their suggestions
(`GET /evaluations/{id}/scores`) and the agency's self-scores (`POST /evaluations/{id}/scores`, with the
sheet's `version`: a stale one answers 409)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema
from pydantic import Field, WithJsonSchema

from danvan.api_errors import ApiError, StrictBody, api_user, responses
from danvan.api_inputs import ParamInt
from danvan.api_paging import Page
from danvan.core.collation import by_name
from danvan.core.errors import ActionRefused
from danvan.evaluation import permissions, queries
from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.actions.rounds import StaleSheet
from danvan.evaluation.models import POINTS_BELOW, Assessment

router = Router(tags=["evaluation"])


class EvaluationOut(Schema):
    id: int
    round_id: int
    round: str
    year: int
    organization_id: int
    organization: str
    group: str
    state: str
    version: int
    is_late: bool
    self_total: Decimal
    final_total: Decimal | None
    rank_class: str
    rank: int | None
    # The size class ranked in ("1", "2", "3"; "" when not set or the round does not rank by size) and its label.
    size_band: str
    size_band_label: str
    url: str


class EvaluationPage(Schema):
    count: int
    items: list[EvaluationOut]


class ScoreOut(Schema):
    criterion_id: int
    number: str
    title: str
    kind: str
    max_points: Decimal
    self_points: Decimal | None
    explanation: str
    suggested_points: Decimal | None
    suggestion_inputs: list[int | None] | None
    departure_reason: str
    final_points: Decimal | None


class ScoresOut(Schema):
    id: int
    version: int
    state: str
    scores: list[ScoreOut]


# Points as a JSON number or a decimal string ("7.5"), below the columns' bound (POINTS_BELOW); the schema says
# both, so that a string that is no number is refused as the schema's answer, not against it.
Points = Annotated[
    Decimal,
    Field(ge=0, lt=POINTS_BELOW),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "minimum": 0, "exclusiveMaximum": POINTS_BELOW},
                {"type": "string", "pattern": r"^[0-9]{1,4}(\.[0-9]+)?$"},
            ]
        }
    ),
]


class ScoreIn(StrictBody):
    criterion: int
    points: Points | None = None
    explanation: str = ""
    departure_reason: str = ""


class ScoresIn(StrictBody):
    version: int
    scores: list[ScoreIn]


def _evaluation(a: Assessment) -> dict[str, Any]:
    return {
        "id": a.pk,
        "round_id": a.round_id,
        "round": a.round.name,
        "year": a.round.year,
        "organization_id": a.organization_id,
        "organization": a.organization.name,
        "group": a.group,
        "state": a.state,
        "version": a.version,
        "is_late": a.is_late,
        "self_total": a.self_total,
        "final_total": a.final_total,
        "rank_class": a.rank_class,
        "rank": a.rank,
        "size_band": a.size_band,
        "size_band_label": a.band_label,
        "url": a.get_absolute_url(),
    }


def _scores(sheet: Assessment) -> dict[str, Any]:
    rows = [r for r in queries.sheet(sheet) if r.is_leaf and r.score is not None]
    return {
        "id": sheet.pk,
        "version": sheet.version,
        "state": sheet.state,
        "scores": [
            {
                "criterion_id": r.criterion.pk,
                "number": r.criterion.number,
                "title": r.criterion.title,
                "kind": r.criterion.kind,
                "max_points": r.criterion.max_points,
                "self_points": r.score.self_points if r.score else None,
                "explanation": r.score.explanation if r.score else "",
                "suggested_points": r.suggestion.points if r.suggestion else None,
                "suggestion_inputs": [r.suggestion.figure.numerator, r.suggestion.figure.denominator]
                if r.suggestion
                else None,
                "departure_reason": r.score.departure_reason if r.score else "",
                "final_points": r.score.final_points if r.score else None,
            }
            for r in rows
        ],
    }


@router.get(
    "/evaluations",
    response=responses({200: EvaluationPage}),
    url_name="evaluation-list",
    summary="Evaluation sheets in scope",
)
def list_evaluations(
    request: HttpRequest, page: Query[Page], round: ParamInt | None = None
) -> dict[str, Any]:
    """Sheets of the organisations in the caller's scope, newest round first; `round` filters by round id."""
    sheets = queries.assessments_visible_to(api_user(request))
    if round is not None:
        sheets = sheets.filter(round_id=round)
    sheets = sheets.order_by("-round__year", "round_id", by_name("organization__name"), "pk")
    return {"count": sheets.count(), "items": [_evaluation(a) for a in page.of(sheets)]}


@router.get(
    "/evaluations/{evaluation_id}/scores",
    response=responses({200: ScoresOut}, 404),
    url_name="evaluation-scores",
    summary="A sheet's scores and suggestions",
)
def get_scores(request: HttpRequest, evaluation_id: ParamInt) -> dict[str, Any]:
    return _scores(queries.get_assessment_for_user(api_user(request), evaluation_id))


@router.post(
    "/evaluations/{evaluation_id}/scores",
    response=responses({200: ScoresOut}, 403, 404, 409, body=True),
    url_name="evaluation-self-score",
    summary="Save the agency's self-scores",
)
def post_scores(request: HttpRequest, evaluation_id: ParamInt, payload: ScoresIn) -> dict[str, Any]:
    """Save points, explanations and reasons for departing from a suggestion; `version` is the sheet's as
    read (409 when someone saved meanwhile, or the sheet can no longer be scored)."""
    user = api_user(request)
    sheet = queries.get_assessment_for_user(user, evaluation_id)
    if not permissions.can_self_score(user, sheet):
        if not sheet.is_editable:
            raise ApiError(
                409, _("This sheet cannot be scored now: it has been sent, or the round is closed.")
            )
        raise ApiError(403, _("You may not do this."))
    entries = {
        s.criterion: actions.SelfScore(s.points, s.explanation, s.departure_reason) for s in payload.scores
    }
    try:
        sheet = actions.save_self_scores(
            actor=user, assessment=sheet, version=payload.version, entries=entries
        )
    except StaleSheet as error:
        raise ApiError(409, str(error)) from error
    except ActionRefused as error:
        raise ApiError(422, str(error)) from error
    return _scores(queries.get_assessment_for_user(user, sheet.pk))
