"""Ranking by size within a group: a round may rank communes within their administrative unit class (loại I, II,
III, set by the administrators on the organisation's page); the published ranking, the decision draft (DOCX and
XLSX) and the API show the class; ties are shared as everywhere."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal as D
from typing import Any

import docx
import openpyxl
import pytest

from danvan.evaluation import queries, scoring
from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.models import Assessment, Group, Round
from danvan.evaluation.tests.conftest import build_set, score_all
from danvan.organizations import actions as org_actions
from danvan.organizations.models import Organization
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

FULL = {"1.1": 40, "1.2": 20, "II": 30, "III": 5, "IV": 0}  # 95


def test_ranks_are_made_within_each_band_of_a_group_with_ties() -> None:
    entries = [
        scoring.Entry(1, "communes", D(95), band="1"),
        scoring.Entry(2, "communes", D(95), band="1"),
        scoring.Entry(3, "communes", D(80), band="1"),
        scoring.Entry(4, "communes", D(60), band="2"),
        scoring.Entry(5, "communes", D(99), band=""),
        scoring.Entry(6, "departments", D(70)),
        scoring.Entry(7, "communes", D(100), excluded=True, band="2"),
    ]
    assert scoring.rank(entries) == {1: 1, 2: 1, 3: 3, 4: 1, 5: 1, 6: 1, 7: None}


def _finalise(sheet: Assessment, points: dict[str, Any]) -> None:
    score_all(sheet, points)
    for step in (actions.approve_assessment, actions.submit_assessment):
        sheet.refresh_from_db()
        step(actor=None, assessment=sheet)
    sheet.refresh_from_db()
    actions.finalise_assessment(actor=None, assessment=sheet, version=sheet.version)


@pytest.fixture
def sized_round(tree: Any, make_organization: Any) -> Round:
    kind = Organization.Kind
    org_actions.update_organization(actor=None, organization=tree.commune, size_class="1")
    an_lao = make_organization(name="Xã An Lão", kind=kind.COMMUNE, parent=tree.province, size_class="1")
    bach_dang = make_organization(
        name="Phường Bạch Đằng", kind=kind.WARD, parent=tree.province, size_class="2"
    )
    cat_hai = make_organization(name="Đặc khu Cát Hải", kind=kind.SPECIAL_ZONE, parent=tree.province)
    evaluation_round = actions.open_round(
        actor=None,
        criteria_set=build_set(tree.province),
        year=2025,
        name="Chấm điểm năm 2025",
        groups=[Group.DEPARTMENTS, Group.COMMUNES],
        working_days=10,
        opened_on=datetime.date(2025, 11, 3),
        by_size=True,
    )
    sheets = {a.organization_id: a for a in evaluation_round.assessments.all()}
    _finalise(sheets[tree.commune.pk], FULL)  # 95, class I
    _finalise(sheets[an_lao.pk], FULL)  # 95, class I: tied
    _finalise(sheets[bach_dang.pk], {**FULL, "II": 0})  # 65, class II
    _finalise(sheets[cat_hai.pk], {**FULL, "II": 0, "1.1": 25})  # 50, no class set
    _finalise(sheets[tree.department.pk], {**FULL, "1.1": 30})  # 85
    actions.publish_round(actor=None, evaluation_round=evaluation_round)
    # A later reclassification does not change what was published.
    org_actions.update_organization(actor=None, organization=an_lao, size_class="2")
    evaluation_round.refresh_from_db()
    return evaluation_round


def test_a_round_ranked_by_size_ranks_communes_within_their_class(sized_round: Round) -> None:
    ranking = queries.ranking(sized_round)
    assert list(ranking) == [
        ("departments", ""),
        ("communes", "1"),
        ("communes", "2"),
        ("communes", ""),
    ]
    assert [(a.organization.name, a.rank) for a in ranking[("communes", "1")]] == [
        ("Xã An Lão", 1),
        ("Xã Cẩm Giang", 1),
    ]
    assert [(a.organization.name, a.rank) for a in ranking[("communes", "2")]] == [("Phường Bạch Đằng", 1)]
    assert [(a.organization.name, a.rank) for a in ranking[("communes", "")]] == [("Đặc khu Cát Hải", 1)]
    assert queries.ranking_title(sized_round, ("communes", "1")) == "Xã, phường, đặc khu — Loại I"
    assert queries.ranking_title(sized_round, ("communes", "")).endswith("Chưa phân loại đơn vị hành chính")
    # Departments have no administrative unit class: one ranking, its heading without a class.
    assert queries.ranking_title(sized_round, ("departments", "")) == "Sở, ban, ngành"


def test_the_published_page_the_decision_and_the_api_show_the_class(
    sized_round: Round, tree: Any, make_user: Any
) -> None:
    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    page = coordinator.get(sized_round.get_absolute_url()).content.decode()
    assert "— Loại I</h3>" in page and "— Loại II</h3>" in page
    document = docx.Document(
        io.BytesIO(coordinator.get(f"/evaluation/rounds/{sized_round.pk}/decision/docx/").content)
    )
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Các xã, phường, đặc khu — loại I" in text and "cấp xã theo loại đơn vị hành chính" in text
    cells = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert ["1", "Xã An Lão", "loại I", "95", "95", "Hoàn thành xuất sắc"] in cells
    assert ["1", "Phường Bạch Đằng", "loại II", "65", "65", "Hoàn thành"] in cells
    assert ["1", "Đặc khu Cát Hải", "chưa phân loại", "50", "50", "Hoàn thành"] in cells
    book = openpyxl.load_workbook(
        io.BytesIO(coordinator.get(f"/evaluation/rounds/{sized_round.pk}/decision/xlsx/").content)
    )
    assert len(book.sheetnames) == 4 and all(len(n) <= 31 for n in book.sheetnames)
    assert book.sheetnames[1].endswith("loại I") and book.sheetnames[2].endswith("loại II")
    rows = [[c.value for c in r] for r in book[book.sheetnames[1]].iter_rows()]
    assert rows[0][2] == "Loại đơn vị hành chính"
    assert {r[1] for r in rows[1:]} == {"Xã An Lão", "Xã Cẩm Giang"}
    officer = client_for(make_user(tree.commune, "agency_officer"))
    items = officer.get(f"/api/v1/evaluations?round={sized_round.pk}").json()["items"]
    mine = next(i for i in items if i["organization"] == "Xã Cẩm Giang")
    assert (mine["rank"], mine["size_band"], mine["size_band_label"]) == (1, "1", "Loại I")


def test_a_round_not_ranked_by_size_keeps_one_ranking_per_group(tree: Any, make_user: Any) -> None:
    org_actions.update_organization(actor=None, organization=tree.commune, size_class="3")
    evaluation_round = actions.open_round(
        actor=None,
        criteria_set=build_set(tree.province),
        year=2025,
        name="Chấm điểm",
        groups=[Group.COMMUNES],
        working_days=10,
        opened_on=datetime.date(2025, 11, 3),
    )
    _finalise(evaluation_round.assessments.get(), FULL)
    actions.publish_round(actor=None, evaluation_round=evaluation_round)
    assert list(queries.ranking(evaluation_round)) == [("communes", "")]
    sheet = evaluation_round.assessments.get()
    assert (sheet.size_band, sheet.band_label) == ("", "")
    client = client_for(make_user(tree.commune, "agency_officer"))
    assert client.get("/api/v1/evaluations").json()["items"][0]["size_band"] == ""


def test_administrators_set_the_class_on_the_organisation_page(tree: Any, make_user: Any) -> None:
    admin = client_for(make_user(tree.province, "administrator"))
    page = admin.get(f"/organizations/{tree.commune.pk}/edit/").content.decode()
    assert 'name="size_class"' in page
    form = {
        "name": tree.commune.name,
        "short_name": "",
        "abbreviation": "",
        "aliases": "",
        "kind": tree.commune.kind,
        "code": tree.commune.code,
        "locality": "",
        "valid_from": "",
        "size_class": "2",
        "note": "",
    }
    assert admin.post(f"/organizations/{tree.commune.pk}/edit/", form).status_code == 302
    tree.commune.refresh_from_db()
    assert tree.commune.size_class == "2"
    assert "Loại II" in admin.get(f"/organizations/{tree.commune.pk}/").content.decode()
    officer = client_for(make_user(tree.commune, "agency_officer"))
    assert officer.post(
        f"/organizations/{tree.commune.pk}/edit/", {**form, "size_class": "1"}
    ).status_code in (
        403,
        404,
    )
    tree.commune.refresh_from_db()
    assert tree.commune.size_class == "2"


def test_the_round_form_offers_ranking_by_size(tree: Any, make_user: Any) -> None:
    coordinator = client_for(make_user(tree.other_department, "coordinator"))
    criteria_set = build_set(tree.province)
    response = coordinator.post(
        "/evaluation/rounds/new/",
        {
            "criteria_set": criteria_set.pk,
            "year": 2025,
            "name": "Chấm điểm 2025",
            "groups": ["communes"],
            "working_days": 10,
            "by_size": "on",
        },
    )
    assert response.status_code == 302
    assert Round.objects.get().by_size is True
