"""Documents read back (sheet DOCX/XLSX, decision draft DOCX/XLSX) and the round's dashboard."""

from __future__ import annotations

import io
from typing import Any

import docx
import openpyxl
import pytest

from danvan.documents.issuers import party_committee
from danvan.evaluation import queries
from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.models import Assessment
from danvan.evaluation.tests.conftest import RoundWorld, score_all
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

FULL = {"1.1": 40, "1.2": 20, "II": 30, "III": 5, "IV": 0}


def _publish(world: RoundWorld) -> None:
    score_all(world.department, FULL)  # 95
    score_all(world.commune, {**FULL, "II": 0, "1.1": 25})  # 50
    for sheet in (world.department, world.commune):
        sheet.refresh_from_db()
        actions.approve_assessment(actor=None, assessment=sheet)
        sheet.refresh_from_db()
        actions.submit_assessment(actor=None, assessment=sheet)
    commune = Assessment.objects.get(pk=world.commune.pk)
    actions.adjust_scores(
        actor=None,
        assessment=commune,
        version=commune.version,
        changes={world.criterion("1.1").pk: ("20", "Thiếu biên bản hội nghị")},
    )
    for pk in (world.department.pk, world.commune.pk):
        sheet = Assessment.objects.get(pk=pk)
        actions.finalise_assessment(actor=None, assessment=sheet, version=sheet.version)
    actions.publish_round(actor=None, evaluation_round=world.round)


def _docx_text(data: bytes) -> tuple[str, list[list[str]]]:
    document = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    return text, cells


def test_the_sheet_reads_back_as_docx_and_xlsx(round_world: RoundWorld, make_user: Any, tree: Any) -> None:
    _publish(round_world)
    officer = make_user(tree.commune, "agency_officer")
    client = client_for(officer)
    url = f"/evaluation/sheets/{round_world.commune.pk}/export/"
    text, cells = _docx_text(client.get(url + "docx/").content)
    assert "Kết quả tự chấm điểm, xếp loại công tác dân vận năm 2025" in text
    assert "Tổng điểm sau thẩm định: 45 điểm." in text
    row = next(r for r in cells if r[0] == "1.1")
    assert row[2:5] == ["40", "25", "20"]
    book = openpyxl.load_workbook(io.BytesIO(client.get(url + "xlsx/").content))
    values = [[c.value for c in r] for r in book["Bảng điểm"].iter_rows()]
    assert values[0][0] == "Số TT" and [str(v) for v in next(r for r in values if r[0] == "1.1")[:5]] == [
        "1.1",
        "Ban hành kế hoạch",
        "40",
        "25",
        "20",
    ]


def test_the_decision_draft_has_the_ranking_annex_by_group(
    round_world: RoundWorld, make_user: Any, tree: Any
) -> None:
    _publish(round_world)
    coordinator = make_user(tree.other_department, "coordinator")
    client = client_for(coordinator)
    text, cells = _docx_text(client.get(f"/evaluation/rounds/{round_world.round.pk}/decision/docx/").content)
    assert "QUYẾT ĐỊNH" in text and "Về việc công nhận kết quả chấm điểm" in text
    assert "Điều 1." in text
    # Sent to the Party committee's merged board (2025), named by the province's kind: Thành ủy / Tỉnh ủy.
    everything = text + "\n".join("\n".join(row) for row in cells)
    assert f"Ban Tuyên giáo và Dân vận {party_committee(round_world.round.province)}" in everything
    assert "Ban Dân vận Thành ủy" not in everything
    assert ["1", "Sở Công Thương", "95", "95", "Hoàn thành xuất sắc"] in cells
    assert ["—", "Sở Nội vụ", "0", "", "Không đủ điều kiện xếp loại"] in cells
    assert ["1", "Xã Cẩm Giang", "50", "45", "Không hoàn thành"] in cells  # first of the communes
    book = openpyxl.load_workbook(
        io.BytesIO(client.get(f"/evaluation/rounds/{round_world.round.pk}/decision/xlsx/").content)
    )
    assert book.sheetnames == ["Các sở, ban, ngành", "Các xã, phường, đặc khu"]
    officer = make_user(tree.department, "agency_officer")
    assert (
        client_for(officer).get(f"/evaluation/rounds/{round_world.round.pk}/decision/docx/").status_code
        == 403
    )


def test_the_dashboard_counts_states_classes_and_weaknesses(
    round_world: RoundWorld, make_user: Any, tree: Any
) -> None:
    _publish(round_world)
    coordinator = make_user(tree.other_department, "coordinator")
    board = queries.dashboard(coordinator, round_world.round)
    assert board.total == 3 and board.by_state["finalised"] == 2 and board.by_state["draft"] == 1
    assert {label: now for label, now, _before in board.classes}["Hoàn thành xuất sắc"] == 1
    assert board.weaknesses[0][0].startswith("II.")  # the commune lost all 30 points: 50% on average
    assert round(board.weaknesses[0][1]) == 50
    page = client_for(coordinator).get(f"/evaluation/rounds/{round_world.round.pk}/dashboard/")
    assert page.status_code == 200
    chart = client_for(coordinator).get(f"/evaluation/rounds/{round_world.round.pk}/chart.png")
    assert chart.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_agency_sees_its_rank_and_the_criteria_where_it_lost_points(
    round_world: RoundWorld, make_user: Any, tree: Any
) -> None:
    _publish(round_world)
    officer = make_user(tree.commune, "agency_officer")
    page = client_for(officer).get(f"/evaluation/sheets/{round_world.commune.pk}/").content.decode()
    assert "Các tiêu chí bị trừ điểm" in page
    assert "Thiếu biên bản hội nghị" in page  # the appraisal's reason, with who and when
    round_page = client_for(officer).get(f"/evaluation/rounds/{round_world.round.pk}/").content.decode()
    assert "Kết quả xếp hạng đã công bố" in round_page
