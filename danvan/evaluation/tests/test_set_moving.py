"""Editing a draft criteria set in place: a criterion's number, kind and place in the tree (moves that would make
a cycle, mix kinds or overfill a parent are refused with a message), a class's label and points; a used set stays
frozen; only the province's coordinator (not the agency's officer, its parent, an unrelated officer or an
observer) reaches the pages."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from django.contrib.messages import get_messages

from danvan.core.errors import ActionRefused
from danvan.core.models import AuditEvent
from danvan.evaluation.actions import sets as set_actions
from danvan.evaluation.models import CriteriaSet, Criterion
from danvan.evaluation.queries import criteria_of
from danvan.evaluation.tests.conftest import RoundWorld, build_set
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(tree: Any, make_user: Any) -> Any:
    return make_user(tree.other_department, "coordinator")


def _messages(response: Any) -> str:
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def _fields(c: Criterion, **changes: Any) -> dict[str, Any]:
    """Every field of the edit form as the page posts it, with `changes`."""
    data = {
        "parent": str(c.parent_id or ""),
        "number": c.number,
        "kind": c.kind,
        "title": c.title,
        "max_points": str(c.max_points),
        "scoring": c.scoring,
        "measure_key": c.measure_key,
        "multiplier": "" if c.multiplier is None else str(c.multiplier),
        "evidence_required": c.evidence_required,
    }
    data.update(changes)
    return data


def _move(c: Criterion, parent: Criterion | None, **changes: Any) -> Criterion:
    return set_actions.update_criterion(
        actor=None,
        criterion=c,
        title=changes.pop("title", c.title),
        max_points=changes.pop("max_points", c.max_points),
        scoring=c.scoring,
        measure_key=c.measure_key,
        multiplier=c.multiplier,
        parent=parent,
        **changes,
    )


def _tree(s: CriteriaSet) -> list[tuple[str, int]]:
    return [(c.number, c.depth) for c in criteria_of(s)]  # type: ignore[attr-defined]


def test_a_criterion_moves_under_another_group_with_its_number_and_an_audit_event(
    tree: Any, coordinator: Any
) -> None:
    s = build_set(tree.province)
    # Group II becomes a real group (30 points) so that 1.1 (40) fits after raising it to 70.
    group_ii = s.criteria.get(number="II")
    _move(group_ii, None, max_points=D(70))
    leaf = s.criteria.get(number="1.1")
    client = client_for(coordinator)
    url = f"/evaluation/sets/{s.pk}/criteria/{leaf.pk}/edit/"
    assert client.get(url).status_code == 200
    response = client.post(url, _fields(leaf, parent=str(group_ii.pk), number="2.1"))
    assert response.status_code == 302, _messages(response)
    leaf.refresh_from_db()
    assert (leaf.number, leaf.parent_id) == ("2.1", group_ii.pk)
    # Printed order follows the tree: 2.1 is shown under II, after 1.2 left alone under I.
    assert _tree(s) == [("I", 0), ("1.2", 1), ("II", 0), ("2.1", 1), ("III", 0), ("IV", 0)]
    event = AuditEvent.objects.filter(action="evaluation.criterion_updated").latest("pk")
    assert event.actor == coordinator
    assert event.details["changed"]["number"] == ["1.1", "2.1"]
    assert event.details["changed"]["parent"] == ["I", "II"]


def test_a_group_moves_with_its_sub_criteria_and_can_become_top_level(tree: Any) -> None:
    s = build_set(tree.province)
    group_i = s.criteria.get(number="I")
    group_ii = _move(s.criteria.get(number="II"), None, max_points=D(100))
    _move(group_i, group_ii, number="II.1")
    assert _tree(s) == [("II", 0), ("II.1", 1), ("1.1", 2), ("1.2", 2), ("III", 0), ("IV", 0)]
    _move(s.criteria.get(number="II.1"), None, number="I")
    assert [n for n, depth in _tree(s) if depth == 0] == ["II", "III", "IV", "I"]


def test_a_cycle_is_refused_with_a_clear_message_and_nothing_changes(tree: Any, coordinator: Any) -> None:
    s = build_set(tree.province)
    group_i = s.criteria.get(number="I")
    leaf = s.criteria.get(number="1.2")
    with pytest.raises(ActionRefused, match="không thể đặt dưới chính nó hoặc dưới một tiêu chí con của nó"):
        _move(group_i, leaf)
    with pytest.raises(ActionRefused, match="không thể đặt dưới chính nó"):
        _move(group_i, group_i)
    client = client_for(coordinator)
    response = client.post(
        f"/evaluation/sets/{s.pk}/criteria/{group_i.pk}/edit/", _fields(group_i, parent=str(leaf.pk))
    )
    assert response.status_code == 200  # the form stays, with what was typed
    assert "Tiêu chí I không thể đặt dưới chính nó hoặc dưới một tiêu chí con của nó (1.2)" in _messages(
        response
    )
    group_i.refresh_from_db()
    assert group_i.parent_id is None
    assert not AuditEvent.objects.filter(action="evaluation.criterion_updated").exists()


def test_a_move_that_overfills_a_parent_is_refused(tree: Any) -> None:
    s = build_set(tree.province)
    group_ii = s.criteria.get(number="II")  # 30 points, no sub-criterion yet
    leaf = s.criteria.get(number="1.1")  # 40 points
    with pytest.raises(ActionRefused, match="tiêu chí con của II sẽ cộng lại vượt quá điểm tối đa"):
        _move(leaf, group_ii)
    # Raising a sub-criterion's points above what its group allows is refused the same way.
    with pytest.raises(ActionRefused, match="tiêu chí con của I sẽ cộng lại"):
        _move(leaf, s.criteria.get(number="I"), max_points=D(45))
    # Lowering a group under the sum of its sub-criteria too.
    with pytest.raises(ActionRefused, match="tiêu chí con của I"):
        _move(s.criteria.get(number="I"), None, max_points=D(50))
    leaf.refresh_from_db()
    assert leaf.parent == s.criteria.get(number="I") and leaf.max_points == D(40)


def test_kinds_do_not_mix_and_a_new_kind_goes_down_to_the_sub_criteria(tree: Any) -> None:
    s = build_set(tree.province)
    bonus = s.criteria.get(number="III")
    leaf = s.criteria.get(number="1.1")
    with pytest.raises(ActionRefused, match="thuộc loại “Tiêu chí” nên không thể đặt dưới III"):
        _move(leaf, _move(bonus, None, max_points=D(50)))
    group_i = s.criteria.get(number="I")
    _move(group_i, None, kind=Criterion.Kind.BONUS)
    assert set(s.criteria.filter(number__in=["I", "1.1", "1.2"]).values_list("kind", flat=True)) == {"bonus"}


def test_a_number_is_unique_in_the_set(tree: Any) -> None:
    s = build_set(tree.province)
    with pytest.raises(ActionRefused, match=r"Một tiêu chí khác của bộ đã có số 1\.2"):
        _move(s.criteria.get(number="1.1"), s.criteria.get(number="I"), number="1.2")


def test_a_class_is_changed_in_place_and_duplicates_are_refused(tree: Any, coordinator: Any) -> None:
    s = build_set(tree.province)
    threshold = s.thresholds.get(label="Hoàn thành tốt")
    client = client_for(coordinator)
    url = f"/evaluation/sets/{s.pk}/thresholds/{threshold.pk}/edit/"
    assert (
        f"/evaluation/sets/{s.pk}/thresholds/{threshold.pk}/edit/"
        in client.get(s.get_absolute_url()).content.decode()
    )
    assert client.get(url).status_code == 200
    response = client.post(url, {"label": "Tốt", "min_points": "75"})
    assert response.status_code == 302
    threshold.refresh_from_db()
    assert (threshold.label, threshold.min_points) == ("Tốt", D(75))
    event = AuditEvent.objects.get(action="evaluation.threshold_updated")
    assert event.actor == coordinator
    assert event.details["changed"] == {"label": ["Hoàn thành tốt", "Tốt"], "min_points": ["70.00", "75"]}
    response = client.post(url, {"label": "Tốt", "min_points": "90"})
    assert response.status_code == 200
    assert "Đã có mức xếp loại khác bắt đầu từ số điểm này" in _messages(response)
    threshold.refresh_from_db()
    assert threshold.min_points == D(75)


def test_a_used_set_refuses_moves_and_class_changes(round_world: RoundWorld, coordinator: Any) -> None:
    s = CriteriaSet.objects.get(pk=round_world.criteria_set.pk)
    leaf = s.criteria.get(number="1.1")
    threshold = s.thresholds.get(label="Hoàn thành")
    with pytest.raises(set_actions.SetFrozen):
        _move(leaf, None, number="V")
    with pytest.raises(set_actions.SetFrozen):
        set_actions.update_threshold(actor=None, threshold=threshold, label="Đạt", min_points=D(50))
    client = client_for(coordinator)
    response = client.post(
        f"/evaluation/sets/{s.pk}/thresholds/{threshold.pk}/edit/", {"label": "Đạt", "min_points": "50"}
    )
    assert response.status_code == 302 and response["Location"] == s.get_absolute_url()
    assert "không thể sửa" in _messages(response)
    threshold.refresh_from_db()
    leaf.refresh_from_db()
    assert leaf.parent is not None
    assert threshold.label == "Hoàn thành" and (leaf.number, leaf.parent.number) == ("1.1", "I")


def test_only_the_coordinator_reaches_the_edit_pages(
    tree: Any, three_users: Any, make_user: Any, coordinator: Any
) -> None:
    s = build_set(tree.province)
    leaf = s.criteria.get(number="1.1")
    threshold = s.thresholds.get(label="Hoàn thành")
    observer = make_user(tree.other_department, "observer")
    urls = (
        f"/evaluation/sets/{s.pk}/criteria/{leaf.pk}/edit/",
        f"/evaluation/sets/{s.pk}/thresholds/{threshold.pk}/edit/",
    )
    for user in (three_users.own, three_users.parent, three_users.unrelated, observer):
        client = client_for(user)
        for url in urls:
            assert client.get(url).status_code == 403
        assert client.post(urls[0], _fields(leaf, number="9")).status_code == 403
        assert client.post(urls[1], {"label": "Đạt", "min_points": "50"}).status_code == 403
    leaf.refresh_from_db()
    threshold.refresh_from_db()
    assert leaf.number == "1.1" and threshold.label == "Hoàn thành"
    with pytest.raises(ActionRefused):
        set_actions.update_threshold(actor=observer, threshold=threshold, label="Đạt", min_points=D(50))
    coordinator_client = client_for(coordinator)
    assert all(coordinator_client.get(url).status_code == 200 for url in urls)
