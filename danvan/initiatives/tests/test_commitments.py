"""Integrity commitments: counts typed, a list typed or imported from XLSX, signed forms, the share rolled up
the tree, the `commitments_signed` measure, bad input refused in Vietnamese with nothing lost."""

from __future__ import annotations

import datetime
import io
from typing import Any

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from danvan.core import measures
from danvan.core.measures import Span
from danvan.initiatives import actions, queries
from danvan.initiatives.models import Commitment
from danvan.testing import assert_flat_queries, client_for

pytestmark = pytest.mark.django_db


def xlsx(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_the_share_signed_rolls_up_the_tree_and_feeds_the_measure(tree: Any) -> None:
    actions.save_commitment_counts(
        actor=None, organization=tree.department, year=2025, required=40, signed=38
    )
    actions.save_commitment_counts(actor=None, organization=tree.unit, year=2025, required=10, signed=10)
    actions.save_commitment_counts(actor=None, organization=tree.commune, year=2025, required=50, signed=25)
    actions.save_commitment_counts(actor=None, organization=tree.commune, year=2024, required=5, signed=0)
    totals = queries.commitment_totals([tree.province.pk, tree.department.pk, tree.unit.pk], [2025])
    assert (totals[tree.department.pk].signed, totals[tree.department.pk].required) == (48, 50)
    assert (totals[tree.province.pk].signed, totals[tree.province.pk].required) == (73, 100)
    figure = measures.figure("commitments_signed", tree.department.pk, Span.year(2025))
    assert figure is not None and figure.percent() == 96
    assert measures.figure("commitments_signed", tree.other_department.pk, Span.year(2025)) is None


def test_an_officer_imports_the_list_from_xlsx_and_the_counts_follow(tree: Any, three_users: Any) -> None:
    data = xlsx(
        [
            ["DANH SÁCH CÁN BỘ KÝ CAM KẾT"],
            ["STT", "Họ và tên", "Chức vụ", "Ngày ký"],
            [1, "Nguyễn Văn An", "Giám đốc", datetime.datetime(2025, 1, 15)],
            [2, "Trần Thị Bình", "Chuyên viên", "16/01/2025"],
            [3, "Lê Văn Cường", "Chuyên viên", None],
        ]
    )
    client = client_for(three_users.own)
    url = reverse("initiatives:commitment-edit", args=[tree.department.pk, 2025])
    response = client.post(url, {"form": "signers", "xlsx": SimpleUploadedFile("danh-sach.xlsx", data)})
    assert response.status_code == 302
    commitment = Commitment.objects.get(organization=tree.department, year=2025)
    assert (commitment.signed, commitment.required, commitment.from_list) == (2, 3, True)
    assert [s.full_name for s in commitment.signers.all()] == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Cường",
    ]
    page = client.get(reverse("initiatives:commitment-list"), {"year": 2025}).content.decode()
    assert "2 / 3" in page and "66,7%" in page


def test_a_typed_list_with_a_bad_date_is_refused_whole_in_vietnamese(tree: Any, three_users: Any) -> None:
    client = client_for(three_users.own)
    url = reverse("initiatives:commitment-edit", args=[tree.department.pk, 2025])
    client.post(url, {"form": "counts", "required": 12, "signed": 3})
    lines = "Nguyễn Văn An | Giám đốc | 15/01/2025\nTrần Thị Bình | Chuyên viên | hôm qua"
    response = client.post(url, {"form": "signers", "lines": lines}, follow=True)
    text = response.content.decode()
    assert "Dòng 2" in text and "không phải là ngày" in text
    commitment = Commitment.objects.get()
    assert (commitment.signed, commitment.required, commitment.signers.count()) == (3, 12, 0)


def test_more_signed_than_required_and_a_sheet_without_names_are_refused(tree: Any, three_users: Any) -> None:
    client = client_for(three_users.own)
    url = reverse("initiatives:commitment-edit", args=[tree.department.pk, 2025])
    response = client.post(url, {"form": "counts", "required": 5, "signed": 9}, follow=True)
    assert "chỉ 5 người phải ký" in response.content.decode()
    sheet = SimpleUploadedFile("x.xlsx", xlsx([["Tên đơn vị", "Số lượng"], ["A", 3]]))
    response = client.post(url, {"form": "signers", "xlsx": sheet}, follow=True)
    assert "không có cột “Họ và tên”" in response.content.decode()
    fake = SimpleUploadedFile("x.xlsx", b"PK not really")
    response = client.post(url, {"form": "signers", "xlsx": fake}, follow=True)
    assert response.status_code == 200 and "XLSX" in response.content.decode()
    assert not Commitment.objects.exists()


def test_signed_forms_are_attached_and_downloaded_in_scope_only(tree: Any, three_users: Any) -> None:
    commitment = actions.save_commitment_counts(
        actor=None, organization=tree.department, year=2025, required=2, signed=2
    )
    client = client_for(three_users.own)
    url = reverse("initiatives:commitment-edit", args=[tree.department.pk, 2025])
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    client.post(url, {"form": "files", "file": SimpleUploadedFile("cam-ket.pdf", pdf)})
    item = commitment.files.get()
    download = reverse("initiatives:commitment-file-download", args=[item.pk])
    assert client.get(download).status_code == 200
    assert client_for(three_users.parent).get(download).status_code == 200
    assert client_for(three_users.unrelated).get(download).status_code == 404
    assert client_for(three_users.unrelated).get(url).status_code == 404


def test_the_commitment_list_stays_flat(tree: Any, make_user: Any, make_organization: Any) -> None:
    client = client_for(make_user(tree.province, "coordinator"))
    counter = iter(range(1000))

    def grow(k: int) -> None:
        for _ in range(k):
            commune = make_organization(name=f"Xã Số {next(counter)}", kind="commune", parent=tree.province)
            actions.save_commitment_counts(actor=None, organization=commune, year=2025, required=10, signed=9)

    assert_flat_queries(client, [reverse("initiatives:commitment-list") + "?year=2025"], grow)
