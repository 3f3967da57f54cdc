"""Import of a registration table from DOCX: review, register together, the same table never yields tasks;
missing columns and duplicates refused in Vietnamese with nothing kept."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from danvan.initiatives.models import Initiative
from danvan.plans import actions as plan_actions
from danvan.plans.models import Plan, Task
from danvan.testing import client_for
from docparse.tests.test_registrations import HEADER, ROWS, registration_docx

pytestmark = pytest.mark.django_db


def upload(client: Any, organization: Any, data: bytes) -> Any:
    return client.post(
        reverse("initiatives:import"),
        {"organization": organization.pk, "year": 2025, "file": SimpleUploadedFile("dang-ky.docx", data)},
    )


def confirm(client: Any, organization: Any, response: Any) -> Any:
    rows = response.context["rows"]
    data: dict[str, Any] = {"step": "confirm", "organization": organization.pk, "count": len(rows)}
    for index, row in enumerate(rows):
        data.update(
            {
                f"include-{index}": "1",
                f"name-{index}": row.name,
                f"kind-{index}": row.kind,
                f"holder-{index}": row.holder,
                f"performer-{index}": row.performer,
                f"field-{index}": row.field,
                f"year-{index}": row.year,
                f"timeframe-{index}": row.timeframe,
            }
        )
    return client.post(reverse("initiatives:import"), data, follow=True)


def test_a_registration_table_is_reviewed_then_registered(tree: Any, three_users: Any) -> None:
    client = client_for(three_users.own)
    review = upload(client, tree.department, registration_docx(HEADER, ROWS))
    page = review.content.decode()
    assert "Nâng cao chất lượng công tác tiếp công dân" in page and not Initiative.objects.exists()
    assert [(r.holder, r.field, r.year) for r in review.context["rows"]] == [
        ("collective", "political_system", 2025),
        ("individual", "economy", 2025),
        ("collective", "political_system", 2025),
    ]
    confirm(client, tree.department, review)
    assert Initiative.objects.filter(organization=tree.department).count() == 3
    individual = Initiative.objects.get(holder="individual")
    assert individual.performer.startswith("Phạm Thị Thanh Hà")
    assert Initiative.objects.get(kind="grassroots_democracy").name.startswith("Thực hiện dân chủ")
    # The same table twice: the first duplicate refuses the whole import, nothing more is kept.
    again = confirm(client, tree.department, upload(client, tree.department, registration_docx(HEADER, ROWS)))
    assert "Dòng 1" in again.content.decode() and "đã đăng ký mô hình" in again.content.decode()
    assert Initiative.objects.count() == 3


def test_the_same_table_never_yields_tasks_when_imported_as_a_plan(tree: Any) -> None:
    outcome = plan_actions.import_file(
        actor=None,
        owner=tree.department,
        kind=Plan.Kind.AGENCY_PLAN,
        file_name="dang-ky.docx",
        data=registration_docx(HEADER, ROWS),
    )
    assert not Task.objects.filter(plan=outcome.plan).exists()


def test_a_table_missing_columns_is_refused_in_vietnamese(tree: Any, three_users: Any) -> None:
    client = client_for(three_users.own)
    data = registration_docx(["TT", "Tên mô hình", "Đơn vị thực hiện"], [[r[0], r[1], r[3]] for r in ROWS])
    response = upload(client, tree.department, data)
    text = response.content.decode()
    assert "thiếu cột: Loại, Lĩnh vực, Thời gian" in text
    assert response.context["rows"] is None and not Initiative.objects.exists()
    other = client.post(
        reverse("initiatives:import"),
        {"organization": tree.department.pk, "year": 2025, "file": SimpleUploadedFile("a.pdf", b"%PDF-1.4")},
    )
    assert "DOCX" in other.content.decode() and not Initiative.objects.exists()


def test_an_unrelated_officer_cannot_import_for_the_agency(tree: Any, three_users: Any) -> None:
    client = client_for(three_users.unrelated)
    response = upload(client, tree.department, registration_docx(HEADER, ROWS))
    assert response.status_code == 200 and response.context["rows"] is None
    assert not Initiative.objects.exists()
