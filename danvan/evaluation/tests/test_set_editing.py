"""Editing a criteria set in place before a round uses it: a criterion changed, a class or an exclusion condition
removed from the set's page, each with an audit event; a used set refuses all three in Vietnamese."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from django.contrib.messages import get_messages

from danvan.core.errors import ActionRefused
from danvan.core.models import AuditEvent
from danvan.evaluation.actions import sets as set_actions
from danvan.evaluation.models import CriteriaSet, Criterion
from danvan.evaluation.tests.conftest import RoundWorld, build_set
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

FROZEN = "Bộ tiêu chí đã được dùng cho một đợt chấm điểm nên không thể sửa"


@pytest.fixture
def coordinator(tree: Any, make_user: Any) -> Any:
    return make_user(tree.other_department, "coordinator")


def _messages(response: Any) -> str:
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def test_a_criterion_is_changed_in_place_with_an_audit_event(tree: Any, coordinator: Any) -> None:
    s = build_set(tree.province)
    criterion = s.criteria.get(number="1.1")
    client = client_for(coordinator)
    url = f"/evaluation/sets/{s.pk}/criteria/{criterion.pk}/edit/"
    page = client.get(url)
    assert page.status_code == 200 and "Ban hành kế hoạch" in page.content.decode()
    response = client.post(
        url,
        {
            "parent": str(s.criteria.get(number="I").pk),
            "number": "1.1",
            "kind": "normal",
            "title": "Ban hành kế hoạch công tác dân vận năm",
            "max_points": "35",
            "scoring": "measure",
            "measure_key": "tasks_on_time",
            "multiplier": "35",
            "evidence_required": "Kế hoạch đã ký",
        },
    )
    assert response.status_code == 302 and response["Location"] == s.get_absolute_url()
    criterion.refresh_from_db()
    assert (criterion.number, criterion.parent_id, criterion.position) == (
        "1.1",
        s.criteria.get(number="I").pk,
        101,
    )
    assert criterion.title == "Ban hành kế hoạch công tác dân vận năm"
    assert (criterion.max_points, criterion.scoring, criterion.measure_key, criterion.multiplier) == (
        D(35),
        Criterion.Scoring.MEASURE,
        "tasks_on_time",
        D(35),
    )
    assert criterion.evidence_required == "Kế hoạch đã ký"
    event = AuditEvent.objects.get(action="evaluation.criterion_updated")
    assert event.actor == coordinator
    assert event.details["number"] == "1.1"
    assert event.details["changed"]["max_points"] == ["40.00", "35"]
    assert set(event.details["changed"]) == {
        "title",
        "max_points",
        "scoring",
        "measure_key",
        "multiplier",
        "evidence_required",
    }


def test_changing_back_to_a_range_drops_the_figure_and_bad_values_are_refused(tree: Any) -> None:
    s = build_set(tree.province)
    criterion = s.criteria.get(number="1.2")
    set_actions.update_criterion(
        actor=None, criterion=criterion, title="Hoàn thành đúng hạn", max_points=D(20), scoring="range"
    )
    criterion.refresh_from_db()
    assert (criterion.scoring, criterion.measure_key, criterion.multiplier) == ("range", "", None)
    with pytest.raises(ActionRefused, match="Điểm tối đa phải lớn hơn 0"):
        set_actions.update_criterion(
            actor=None, criterion=criterion, title="X", max_points=D(0), scoring="range"
        )
    with pytest.raises(ActionRefused):
        set_actions.update_criterion(
            actor=None, criterion=criterion, title="X", max_points=D(5), scoring="measure"
        )
    criterion.refresh_from_db()
    assert criterion.title == "Hoàn thành đúng hạn" and criterion.max_points == D(20)


def test_a_class_and_an_exclusion_condition_are_removed_from_the_page(tree: Any, coordinator: Any) -> None:
    s = build_set(tree.province)
    client = client_for(coordinator)
    page = client.get(s.get_absolute_url()).content.decode()
    threshold = s.thresholds.get(label="Hoàn thành")
    condition = s.exclusions.get()
    assert f"/evaluation/sets/{s.pk}/thresholds/{threshold.pk}/remove/" in page
    assert f"/evaluation/sets/{s.pk}/exclusions/{condition.pk}/remove/" in page
    client.post(f"/evaluation/sets/{s.pk}/thresholds/{threshold.pk}/remove/")
    client.post(f"/evaluation/sets/{s.pk}/exclusions/{condition.pk}/remove/")
    assert list(s.thresholds.values_list("label", flat=True)) == [
        "Hoàn thành xuất sắc",
        "Hoàn thành tốt",
        "Không hoàn thành",
    ]
    assert not s.exclusions.exists()
    removed = AuditEvent.objects.get(action="evaluation.threshold_removed")
    assert removed.actor == coordinator and removed.details["label"] == "Hoàn thành"
    assert (
        AuditEvent.objects.get(action="evaluation.exclusion_removed").details["text"].startswith("Có cán bộ")
    )


def test_a_used_set_refuses_all_three_in_vietnamese(round_world: RoundWorld, coordinator: Any) -> None:
    s = CriteriaSet.objects.get(pk=round_world.criteria_set.pk)
    assert s.is_frozen
    criterion = s.criteria.get(number="1.1")
    threshold = s.thresholds.get(label="Hoàn thành")
    condition = s.exclusions.get()
    with pytest.raises(set_actions.SetFrozen):
        set_actions.update_criterion(
            actor=None, criterion=criterion, title="Mới", max_points=D(5), scoring="range"
        )
    with pytest.raises(set_actions.SetFrozen):
        set_actions.remove_threshold(actor=None, threshold=threshold)
    with pytest.raises(set_actions.SetFrozen):
        set_actions.remove_exclusion(actor=None, condition=condition)
    client = client_for(coordinator)
    page = client.get(s.get_absolute_url()).content.decode()
    assert "/edit/" not in page and "/remove/" not in page  # no edit controls on a used set
    base = f"/evaluation/sets/{s.pk}"
    for response in (
        client.get(f"{base}/criteria/{criterion.pk}/edit/"),
        client.post(
            f"{base}/criteria/{criterion.pk}/edit/", {"title": "Mới", "max_points": "5", "scoring": "range"}
        ),
        client.post(f"{base}/thresholds/{threshold.pk}/remove/"),
        client.post(f"{base}/exclusions/{condition.pk}/remove/"),
    ):
        assert response.status_code == 302 and response["Location"] == s.get_absolute_url()
        assert FROZEN in _messages(response)
    criterion.refresh_from_db()
    assert criterion.title == "Ban hành kế hoạch" and criterion.max_points == D(40)
    assert s.thresholds.count() == 4 and s.exclusions.count() == 1
    assert not AuditEvent.objects.filter(
        action__in=[
            "evaluation.criterion_updated",
            "evaluation.threshold_removed",
            "evaluation.exclusion_removed",
        ]
    ).exists()


def test_only_the_coordinator_edits(tree: Any, make_user: Any) -> None:
    s = build_set(tree.province)
    criterion = s.criteria.get(number="1.1")
    officer = client_for(make_user(tree.department, "agency_officer"))
    assert officer.get(f"/evaluation/sets/{s.pk}/criteria/{criterion.pk}/edit/").status_code == 403
    threshold = s.thresholds.first()
    assert threshold is not None
    assert officer.post(f"/evaluation/sets/{s.pk}/thresholds/{threshold.pk}/remove/").status_code == 403
    assert s.thresholds.count() == 4
