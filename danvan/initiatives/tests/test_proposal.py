"""The recognition proposal (DOCX per Nghị định 30 with its annex table, XLSX) read back, and the public page
of recognised models."""

from __future__ import annotations

import io
from typing import Any

import docx
import openpyxl
import pytest
from django.test import Client
from django.urls import reverse

from danvan.initiatives import actions
from danvan.testing import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def models(tree: Any, register: Any) -> dict[str, Any]:
    reviewed = register(tree.unit, name="Nâng cao chất lượng công tác tiếp công dân")
    for state in ("in_progress", "reviewed"):
        reviewed = actions.advance_initiative(actor=None, initiative=reviewed, to=state)
    recognised = register(tree.commune, name="Dân vận khéo xây dựng nông thôn mới", field="new_rural")
    for state in ("in_progress", "reviewed"):
        recognised = actions.advance_initiative(actor=None, initiative=recognised, to=state)
    recognised = actions.recognise_initiative(
        actor=None,
        initiative=recognised,
        level="province",
        form="Bằng khen",
        decision_number="99/QĐ-UBND",
        decision_date=None,
    )
    fresh = register(tree.department, name="Mới đăng ký", holder="individual", performer="Nguyễn Văn An")
    return {"reviewed": reviewed, "recognised": recognised, "fresh": fresh}


def test_the_proposal_documents_list_reviewed_and_recognised_models(
    tree: Any, models: Any, make_user: Any
) -> None:
    client = client_for(make_user(tree.other_department, "coordinator"))
    page = client.get(reverse("initiatives:proposal"), {"year": 2025}).content.decode()
    assert "Nâng cao chất lượng" in page and "Mới đăng ký" not in page
    response = client.get(reverse("initiatives:proposal-export", args=["docx"]), {"year": 2025})
    assert response.status_code == 200
    document = docx.Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "TỜ TRÌNH" in text.upper() and "Dân vận khéo" in text
    assert "Tổng số 2 mô hình, gồm 2 mô hình tập thể và 0 mô hình cá nhân" in text
    letterhead = " ".join(cell.text for cell in document.tables[0]._cells)
    assert "Số:" in letterhead and "/TTr-SNV" in letterhead
    # The Tờ trình has no "Kính gửi" line, so "Như trên" would point at nothing: it names the body above.
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "- Ủy ban nhân dân thành phố Hải Phòng;" in cells and "Như trên" not in cells
    table = document.tables[-1]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0][:2] == ["TT", "Tên mô hình"]
    assert {row[1] for row in rows[1:]} == {
        "Nâng cao chất lượng công tác tiếp công dân",
        "Dân vận khéo xây dựng nông thôn mới",
    }
    response = client.get(
        reverse("initiatives:proposal-export", args=["xlsx"]), {"year": "2025", "field": "new_rural"}
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    names = [row[1] for row in values if row and row[1] and row[1] != "Tên mô hình"]
    assert (
        "Dân vận khéo xây dựng nông thôn mới" in names
        and "Nâng cao chất lượng công tác tiếp công dân" not in names
    )


def test_only_a_coordinator_proposes(tree: Any, three_users: Any) -> None:
    for user in (three_users.own, three_users.parent):
        assert client_for(user).get(reverse("initiatives:proposal")).status_code == 403


def test_the_public_page_shows_recognised_models_and_no_personal_data(models: Any) -> None:
    page = Client().get(reverse("initiatives:public")).content.decode()
    assert "Dân vận khéo xây dựng nông thôn mới" in page and "99/QĐ-UBND" in page
    assert "Nâng cao chất lượng" not in page  # reviewed, not yet recognised
    assert "Nguyễn Văn An" not in page and "Chi bộ Văn phòng" not in page  # performers stay private


def test_the_public_page_names_the_agency_of_a_unit_and_joins_the_citizen_pages(
    tree: Any, models: dict[str, Any]
) -> None:
    unit_model = models["reviewed"]
    actions.recognise_initiative(
        actor=None,
        initiative=unit_model,
        level="province",
        form="Giấy khen",
        decision_number="12/QĐ-SCT",
        decision_date=None,
    )
    page = Client().get(reverse("initiatives:public")).content.decode()
    # "Phòng Quản lý Thương mại" alone does not say which agency: the page names it.
    assert "Phòng Quản lý Thương mại, Sở Công Thương" in page
    assert reverse("feedback:public-form") in page  # the citizen pages' menu
    citizen_page = Client().get(reverse("feedback:public-statistics")).content.decode()
    assert reverse("initiatives:public") in citizen_page


def test_the_proposal_names_the_agency_of_each_unit_in_the_page_the_docx_and_the_xlsx(
    tree: Any, models: Any, make_user: Any
) -> None:
    """A city-wide list where "Phòng Quản lý Thương mại" (or "Văn phòng Sở") stands alone does not say which
    agency the model is from."""
    client = client_for(make_user(tree.other_department, "coordinator"))
    expected = "Phòng Quản lý Thương mại, Sở Công Thương"
    assert expected in client.get(reverse("initiatives:proposal"), {"year": 2025}).content.decode()
    response = client.get(reverse("initiatives:proposal-export", args=["docx"]), {"year": 2025})
    table = docx.Document(io.BytesIO(response.content)).tables[-1]
    assert any(expected in row.cells[2].text for row in table.rows[1:])
    response = client.get(reverse("initiatives:proposal-export", args=["xlsx"]), {"year": 2025})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert any(row[2] and expected in str(row[2]) for row in sheet.iter_rows(values_only=True))


def test_a_province_proposal_goes_to_the_tinh_uy_and_a_city_one_to_the_thanh_uy(
    tree: Any, make_organization: Any
) -> None:
    from danvan.initiatives.exports import proposal_outgoing

    tinh = make_organization(name="Sở Nội vụ", parent=tree.other_province)
    assert proposal_outgoing(tinh, [], year=2025).recipients[-1] == "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    assert (
        proposal_outgoing(tree.other_department, [], year=2025).recipients[-1]
        == "Ban Tuyên giáo và Dân vận Thành ủy"
    )
