"""The round end to end through the actions: versioning of sets, suggestions, approval, appraisal with history,
concurrency, classes, exclusions and ranking."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from danvan.core.errors import ActionRefused
from danvan.evaluation import queries
from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.actions import sets as set_actions
from danvan.evaluation.models import Adjustment, Assessment, Round
from danvan.evaluation.tests.conftest import FixedShare, RoundWorld, build_set, score_all

pytestmark = pytest.mark.django_db

FULL = {"1.1": 40, "1.2": 20, "II": 30, "III": 5, "IV": 0}


def _send(sheet: Assessment) -> Assessment:
    sheet.refresh_from_db()
    actions.approve_assessment(actor=None, assessment=sheet)
    sheet.refresh_from_db()
    return actions.submit_assessment(actor=None, assessment=sheet)


def test_a_set_used_by_a_round_cannot_change(round_world: RoundWorld) -> None:
    s = round_world.criteria_set
    s.refresh_from_db()
    assert s.is_frozen
    with pytest.raises(set_actions.SetFrozen):
        set_actions.add_criterion(actor=None, criteria_set=s, number="V", title="Mới", max_points=D(5))
    with pytest.raises(set_actions.SetFrozen):
        set_actions.remove_criterion(actor=None, criterion=round_world.criterion("1.1"))
    with pytest.raises(set_actions.SetFrozen):
        set_actions.add_threshold(actor=None, criteria_set=s, label="Khá", min_points=D(60))


def test_a_copy_is_a_new_editable_version_with_the_whole_tree(round_world: RoundWorld) -> None:
    source = round_world.criteria_set
    copy = set_actions.copy_set(actor=None, source=source, from_year=2025)
    assert copy.version == 2 and copy.previous == source and not copy.is_frozen
    assert [c.number for c in queries.criteria_of(copy)] == [c.number for c in queries.criteria_of(source)]
    assert copy.criteria.get(number="1.1").parent == copy.criteria.get(number="I")
    assert copy.thresholds.count() == 4 and copy.exclusions.count() == 1
    set_actions.add_criterion(actor=None, criteria_set=copy, number="V", title="Mới", max_points=D(5))
    assert source.criteria.count() == 6


def test_the_sheet_suggests_points_from_the_figure_and_a_departure_needs_a_reason(
    round_world: RoundWorld, share: FixedShare
) -> None:
    sheet = round_world.department
    share.values[sheet.organization_id] = (3, 4)  # 3 of 4 tasks on time × 20 = 15 points
    rows = {r.criterion.number: r for r in queries.sheet(sheet)}
    assert rows["1.2"].suggestion is not None and rows["1.2"].suggestion.points == D(15)
    assert rows["1.2"].suggestion.figure.numerator == 3 and rows["1.2"].suggestion.figure.denominator == 4
    with pytest.raises(ActionRefused, match="15"):
        score_all(sheet, {**FULL})
    score_all(sheet, {**FULL}, **{"1_2": "Hai nhiệm vụ hoàn thành trước hạn nhưng chưa cập nhật"})
    score = sheet.scores.get(criterion__number="1.2")
    assert score.suggested_points == D(15) and score.departure_reason
    sheet.refresh_from_db()
    assert sheet.self_total == D(95)


def test_without_a_registered_measure_there_is_no_suggestion(tree: Any) -> None:
    s = build_set(tree.province, measure_key="nobody_registered_this")
    sheet_rows = queries.criteria_of(s)
    assert queries.suggestions_for([], sheet_rows) == {}


def test_points_must_fit_the_criterion(round_world: RoundWorld) -> None:
    with pytest.raises(ActionRefused):
        score_all(round_world.department, {"1.1": 41})
    with pytest.raises(ActionRefused):
        score_all(round_world.department, {"II": 15})  # yes/no: 0 or 30


def test_the_leader_approves_only_a_complete_sheet(round_world: RoundWorld) -> None:
    score_all(round_world.department, {"1.1": 30})
    with pytest.raises(ActionRefused):
        actions.approve_assessment(actor=None, assessment=round_world.department)


def test_two_appraisers_editing_the_same_sheet_fail_loudly(round_world: RoundWorld) -> None:
    score_all(round_world.department, FULL)
    sheet = _send(round_world.department)
    loaded = sheet.version
    first = Assessment.objects.get(pk=sheet.pk)
    second = Assessment.objects.get(pk=sheet.pk)
    c = round_world.criterion("1.1").pk
    actions.adjust_scores(
        actor=None, assessment=first, version=loaded, changes={c: ("35", "Thiếu minh chứng")}
    )
    with pytest.raises(actions.StaleSheet):
        actions.adjust_scores(actor=None, assessment=second, version=loaded, changes={c: ("30", "Khác")})
    assert sheet.scores.get(criterion_id=c).final_points == D(35)
    assert Adjustment.objects.count() == 1


def test_appraisal_keeps_who_when_why_and_the_final_score_uses_it(
    round_world: RoundWorld, make_user: Any
) -> None:
    appraiser = make_user(round_world.round.province, "coordinator")
    score_all(round_world.department, FULL)
    sheet = _send(round_world.department)
    c = round_world.criterion("1.1").pk
    with pytest.raises(ActionRefused, match="lý do"):
        actions.adjust_scores(
            actor=appraiser, assessment=sheet, version=sheet.version, changes={c: ("30", "")}
        )
    actions.adjust_scores(
        actor=appraiser, assessment=sheet, version=sheet.version, changes={c: ("30", "Thiếu")}
    )
    adjustment = Adjustment.objects.get()
    assert (adjustment.actor, adjustment.old_points, adjustment.new_points) == (appraiser, D(40), D(30))
    actions.finalise_assessment(actor=appraiser, assessment=sheet, version=sheet.version)
    assert sheet.final_total == D(85)


def test_return_for_correction_then_resubmit(round_world: RoundWorld) -> None:
    score_all(round_world.department, FULL)
    sheet = _send(round_world.department)
    actions.return_assessment(
        actor=None, assessment=sheet, version=sheet.version, comment="Bổ sung minh chứng"
    )
    sheet.refresh_from_db()
    assert sheet.state == Assessment.State.RETURNED
    score_all(sheet, {"1.1": 38})
    sheet = _send(sheet)
    assert sheet.state == Assessment.State.SUBMITTED


def test_publication_classes_by_thresholds_exclusions_and_ranks_within_groups(
    round_world: RoundWorld, make_organization: Any, tree: Any
) -> None:
    score_all(round_world.department, FULL)  # 95
    score_all(round_world.commune, {**FULL, "II": 0})  # 65
    for sheet in (round_world.department, round_world.commune):
        sheet = _send(sheet)
        actions.finalise_assessment(actor=None, assessment=sheet, version=sheet.version)
    other = round_world.round.assessments.get(organization=tree.other_department)  # never sent
    actions.publish_round(actor=None, evaluation_round=round_world.round)
    dept, commune, other = (
        Assessment.objects.get(pk=a.pk) for a in (round_world.department, round_world.commune, other)
    )
    assert (dept.rank_class, dept.rank) == ("Hoàn thành xuất sắc", 1)
    assert (commune.rank_class, commune.rank) == ("Hoàn thành", 1)  # first of the communes
    assert (other.rank_class, other.rank) == ("Không đủ điều kiện xếp loại", None)
    assert round_world.round.state == Round.State.PUBLISHED
    ranking = queries.ranking(round_world.round)
    assert [a.organization.name for a in ranking[("departments", "")]] == ["Sở Công Thương", "Sở Nội vụ"]


def test_an_exclusion_condition_leaves_the_agency_unclassified(round_world: RoundWorld) -> None:
    score_all(round_world.department, FULL)
    sheet = _send(round_world.department)
    condition = round_world.criteria_set.exclusions.get()
    actions.set_exclusion(
        actor=None,
        assessment=sheet,
        version=sheet.version,
        exclusion=condition,
        note="Kỷ luật khiển trách 1 công chức",
    )
    actions.finalise_assessment(actor=None, assessment=sheet, version=sheet.version)
    actions.publish_round(actor=None, evaluation_round=round_world.round)
    sheet.refresh_from_db()
    assert (sheet.rank_class, sheet.rank) == ("Không đủ điều kiện xếp loại", None)


def test_three_users_see_only_the_sheets_in_their_scope(round_world: RoundWorld, three_users: Any) -> None:
    from django.http import Http404

    pk = round_world.department.pk
    assert queries.get_assessment_for_user(three_users.own, pk)
    assert queries.get_assessment_for_user(three_users.parent, pk)
    with pytest.raises(Http404):
        queries.get_assessment_for_user(three_users.unrelated, pk)
