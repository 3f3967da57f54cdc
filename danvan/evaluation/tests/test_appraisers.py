"""Who appraises: the province's coordinators always; an observer (Ban Dân vận) only once the coordinator names
them an appraiser of the round — observers otherwise only read. Naming is the coordinator's alone."""

from __future__ import annotations

from typing import Any

import pytest

from danvan.core.errors import ActionRefused
from danvan.core.models import AuditEvent
from danvan.evaluation import permissions
from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.models import Assessment
from danvan.evaluation.tests.conftest import RoundWorld, score_all
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

FULL = {"1.1": 40, "1.2": 20, "II": 30, "III": 5, "IV": 0}


@pytest.fixture
def submitted(round_world: RoundWorld) -> Assessment:
    sheet = score_all(round_world.department, FULL)
    actions.approve_assessment(actor=None, assessment=sheet)
    sheet.refresh_from_db()
    return actions.submit_assessment(actor=None, assessment=sheet)


@pytest.fixture
def observer(tree: Any, make_user: Any) -> Any:
    return make_user(tree.other_department, "observer", full_name="Ban Dân vận — Nguyễn Văn Giám")


def _adjust(client: Any, sheet: Assessment, criterion_pk: int) -> Any:
    sheet.refresh_from_db()
    return client.post(
        f"/evaluation/sheets/{sheet.pk}/adjust/",
        {"version": sheet.version, f"final-{criterion_pk}": "30", f"why-{criterion_pk}": "Thiếu biên bản"},
    )


def test_an_observer_not_named_only_reads(
    round_world: RoundWorld, submitted: Assessment, observer: Any
) -> None:
    client = client_for(observer)
    page = client.get(submitted.get_absolute_url())
    assert page.status_code == 200 and 'name="final-' not in page.content.decode()  # no appraisal inputs
    assert not permissions.can_appraise(observer, submitted)
    assert _adjust(client, submitted, round_world.criterion("1.1").pk).status_code == 403
    with pytest.raises(ActionRefused, match="các đồng chí giám sát được chỉ định cho đợt này"):
        actions.finalise_assessment(actor=observer, assessment=submitted, version=None)
    submitted.refresh_from_db()
    assert submitted.state == Assessment.State.SUBMITTED


def test_the_coordinator_names_an_observer_who_then_appraises(
    round_world: RoundWorld, submitted: Assessment, observer: Any, tree: Any, make_user: Any
) -> None:
    coordinator = make_user(tree.other_department, "coordinator")
    client = client_for(coordinator)
    page = client.get(round_world.round.get_absolute_url()).content.decode()
    assert "Nguyễn Văn Giám" in page and f"/rounds/{round_world.round.pk}/appraisers/" in page
    response = client.post(
        f"/evaluation/rounds/{round_world.round.pk}/appraisers/", {"appraisers": [observer.pk]}
    )
    assert response.status_code == 302
    assert list(round_world.round.appraisers.all()) == [observer]
    event = AuditEvent.objects.get(action="evaluation.appraisers_named")
    assert event.actor == coordinator and event.details == {"added": [observer.pk], "removed": []}
    assert observer.notifications.filter(text__contains="tổ thẩm định").exists()
    observer_client = client_for(observer)
    assert _adjust(observer_client, submitted, round_world.criterion("1.1").pk).status_code == 302
    submitted.refresh_from_db()
    assert submitted.scores.get(criterion=round_world.criterion("1.1")).final_points == 30
    # Naming nobody takes the right back.
    client.post(f"/evaluation/rounds/{round_world.round.pk}/appraisers/", {})
    assert not permissions.can_appraise(observer, submitted)
    assert AuditEvent.objects.filter(action="evaluation.appraisers_named").latest("pk").details[
        "removed"
    ] == [observer.pk]


def test_only_observers_of_the_province_can_be_named(
    round_world: RoundWorld, tree: Any, make_user: Any, observer: Any
) -> None:
    stranger = make_user(tree.other_province, "observer")
    officer = make_user(tree.department, "agency_officer")
    for person in (stranger, officer):
        with pytest.raises(ActionRefused, match="Chỉ cán bộ giám sát của tỉnh, thành phố"):
            actions.name_appraisers(actor=None, evaluation_round=round_world.round, observers=[person])
    assert not round_world.round.appraisers.exists()
    # The stranger is not even offered on the page.
    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    page = coordinator.get(round_world.round.get_absolute_url()).content.decode()
    assert f'value="{stranger.pk}"' not in page and f'value="{observer.pk}"' in page


def test_only_the_coordinator_names_appraisers(
    round_world: RoundWorld, three_users: Any, observer: Any
) -> None:
    url = f"/evaluation/rounds/{round_world.round.pk}/appraisers/"
    for user in (three_users.own, three_users.parent, three_users.unrelated, observer):
        client = client_for(user)
        assert client.post(url, {"appraisers": [observer.pk]}).status_code == 403
        assert (
            f"/rounds/{round_world.round.pk}/appraisers/"
            not in client.get(round_world.round.get_absolute_url()).content.decode()
        )
    assert not round_world.round.appraisers.exists()
    with pytest.raises(ActionRefused):
        actions.name_appraisers(actor=observer, evaluation_round=round_world.round, observers=[observer])
