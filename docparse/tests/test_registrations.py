"""Registration tables of "Dân vận khéo" models come back as registrations, never as tasks."""

from __future__ import annotations

import io

import docx

from docparse import parse

HEADER = ["TT", "Tên mô hình", "Loại", "Đơn vị/cá nhân thực hiện", "Lĩnh vực", "Thời gian"]
ROWS = [
    [
        "1",
        "Nâng cao chất lượng công tác tiếp công dân",
        "Tập thể",
        "Chi bộ Văn phòng",
        "Xây dựng hệ thống chính trị",
        "6 tháng cuối năm 2025",
    ],
    [
        "2",
        "Đẩy mạnh công tác bảo vệ quyền lợi người tiêu dùng",
        "Cá nhân",
        "Phạm Thị Thanh Hà - Chuyên viên phòng Quản lý Thương mại",
        "Kinh tế",
        "Năm 2025",
    ],
    [
        "3",
        "Thực hiện dân chủ ở cơ sở tại nơi làm việc",
        "Mô hình dân chủ cơ sở, tập thể",
        "Văn phòng Sở",
        "Xây dựng hệ thống chính trị",
        "Năm 2025",
    ],
]


def registration_docx(header: list[str], rows: list[list[str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("SỞ CÔNG THƯƠNG")
    document.add_paragraph("DANH SÁCH ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO NĂM 2025")
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for row_index, values in enumerate([header, *rows]):
        for column, value in enumerate(values):
            table.cell(row_index, column).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_registration_table_gives_registrations_and_no_tasks() -> None:
    result = parse(registration_docx(HEADER, ROWS), "dang-ky.docx")
    assert result.tasks == []
    assert [(r.no, r.holder, r.kind) for r in result.registrations] == [
        ("1", "collective", "dan_van_kheo"),
        ("2", "individual", "dan_van_kheo"),
        ("3", "collective", "grassroots_democracy"),
    ]
    first = result.to_dict()["registrations"][0]
    assert first == {
        "no": "1",
        "name": "Nâng cao chất lượng công tác tiếp công dân",
        "holder": "collective",
        "kind": "dan_van_kheo",
        "performer": "Chi bộ Văn phòng",
        "field": "Xây dựng hệ thống chính trị",
        "timeframe": "6 tháng cuối năm 2025",
    }
    assert not any("Không tìm thấy nhiệm vụ" in w for w in result.warnings)


def test_a_registration_table_missing_columns_gives_nothing_and_says_which() -> None:
    header = ["TT", "Tên mô hình", "Đơn vị thực hiện"]
    result = parse(registration_docx(header, [[*row[:2], row[3]] for row in ROWS]), "dang-ky.docx")
    assert result.registrations == [] and result.tasks == []
    assert any("thiếu cột: Loại, Lĩnh vực, Thời gian" in w for w in result.warnings)


def test_a_task_table_gives_no_registrations() -> None:
    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    rows = [["1", "Tổ chức quán triệt các văn bản", "Sở Nội vụ", "Các sở, ngành", "Quý I/2025"]]
    result = parse(registration_docx(header, rows), "ke-hoach.docx")
    assert result.registrations == [] and len(result.tasks) == 1
