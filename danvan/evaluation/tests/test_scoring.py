"""The pure rules: totals, classes by thresholds and exclusions, ranks within groups with ties, suggestions."""

from __future__ import annotations

from decimal import Decimal as D

from danvan.core.measures import Figure
from danvan.evaluation import scoring
from danvan.evaluation.scoring import Entry

THRESHOLDS = [("Hoàn thành tốt", D(70)), ("Hoàn thành xuất sắc", D(90)), ("Hoàn thành", D(50))]


def cls(points: str, *, excluded: bool = False) -> str:
    return scoring.class_for(D(points), THRESHOLDS, excluded=excluded, excluded_label="Không xếp loại")


def test_class_boundaries_are_inclusive_from_the_threshold() -> None:
    assert cls("90") == "Hoàn thành xuất sắc"
    assert cls("89.99") == "Hoàn thành tốt"
    assert cls("70") == "Hoàn thành tốt"
    assert cls("69.99") == "Hoàn thành"
    assert cls("50") == "Hoàn thành"
    assert cls("49.99") == ""


def test_an_excluded_agency_is_not_classified_whatever_its_score() -> None:
    assert cls("99", excluded=True) == "Không xếp loại"


def test_penalty_items_subtract_and_blank_counts_zero() -> None:
    assert scoring.total([("normal", D(40)), ("bonus", D(3)), ("penalty", D(5)), ("normal", None)]) == D(38)


def test_ties_share_a_rank_and_the_next_rank_skips() -> None:
    ranks = scoring.rank(
        [Entry(1, "d", D(90)), Entry(2, "d", D(95)), Entry(3, "d", D(90)), Entry(4, "d", D(80))]
    )
    assert ranks == {2: 1, 1: 2, 3: 2, 4: 4}


def test_ranking_is_only_within_a_comparable_group() -> None:
    ranks = scoring.rank(
        [Entry(1, "departments", D(80)), Entry(2, "communes", D(70)), Entry(3, "departments", D(60))]
    )
    assert ranks == {1: 1, 3: 2, 2: 1}  # the commune is first of the communes, not second overall


def test_excluded_agencies_take_no_rank_and_do_not_push_others_down() -> None:
    ranks = scoring.rank([Entry(1, "d", D(99), excluded=True), Entry(2, "d", D(80))])
    assert ranks == {1: None, 2: 1}


def test_suggestion_is_ratio_times_multiplier_capped() -> None:
    assert scoring.suggestion(Figure(3, 4), multiplier=D(10), max_points=D(10)) == D("7.50")
    assert scoring.suggestion(Figure(2, 3), multiplier=D(20), max_points=D(20)) == D("13.33")
    assert scoring.suggestion(Figure(4, 4), multiplier=D(30), max_points=D(20)) == D(20)
    assert scoring.suggestion(Figure(0, 0), multiplier=D(10), max_points=D(10)) is None
    assert scoring.suggestion(None, multiplier=D(10), max_points=D(10)) is None
