"""Formatting rules of the outgoing-document description (domain-rules §1.3–1.4)."""

import datetime
from typing import Any

import pytest

from danvan.core.dateformat import vietnamese_date
from danvan.documents.outgoing import (
    Issuer,
    OutgoingDocument,
    Signature,
    Task,
    flatten_tasks,
    format_number,
    place_date_line,
)


def make_document(**overrides):
    fields: dict[str, Any] = {
        "kind": "Kế hoạch",
        "type_abbreviation": "KH",
        "issuer_abbreviation": "SCT",
        "issuer": Issuer(name=("SỞ CÔNG THƯƠNG",)),
        "place": "Hải Phòng",
        "title": "Thực hiện công tác dân vận năm 2025",
        "signature": Signature(position="GIÁM ĐỐC"),
        "year": 2025,
    }
    fields.update(overrides)
    return OutgoingDocument(**fields)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (datetime.date(2025, 8, 6), "ngày 06 tháng 8 năm 2025"),
        (datetime.date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
        (datetime.date(2026, 2, 15), "ngày 15 tháng 02 năm 2026"),
        (datetime.date(2025, 3, 15), "ngày 15 tháng 3 năm 2025"),
        (datetime.date(2025, 12, 31), "ngày 31 tháng 12 năm 2025"),
    ],
)
def test_dates_pad_days_below_ten_and_january_february(date, expected):
    assert vietnamese_date(date) == expected


def test_place_date_line_reads_like_the_decision():
    assert place_date_line("Hải Phòng", datetime.date(2025, 8, 6)) == "Hải Phòng, ngày 06 tháng 8 năm 2025"


def test_a_draft_date_leaves_blanks_and_prints_the_year():
    line = place_date_line("Hải Phòng", None, year=2025)
    assert line.startswith("Hải Phòng, ngày ")
    assert line.endswith(" năm 2025")
    assert "tháng" in line
    assert " " * 5 in line.split("ngày", 1)[1]


def test_a_date_or_a_year_is_required():
    with pytest.raises(ValueError):
        vietnamese_date(None)
    with pytest.raises(ValueError):
        make_document(year=None)


@pytest.mark.parametrize(
    ("number", "expected"), [(5, "05"), (12, "12"), (3177, "3177"), ("7", "07"), ("45a", "45a")]
)
def test_numbers_below_ten_get_a_leading_zero(number, expected):
    assert format_number(number) == expected


def test_number_line_with_and_without_a_number():
    assert make_document(number=5).number_line == "Số: 05/KH-SCT"
    draft = make_document(number=None).number_line
    assert draft.startswith("Số: ") and draft.endswith("/KH-SCT")
    assert draft[len("Số: ") : -len("/KH-SCT")].isspace()


def test_appendix_note_names_the_decision_and_its_issuer():
    document = make_document(
        kind="Quyết định",
        type_abbreviation="QĐ",
        issuer_abbreviation="UBND",
        issuer=Issuer(name=("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"), full_name="Ủy ban nhân dân thành phố"),
        number=3177,
        date=datetime.date(2025, 8, 6),
    )
    assert document.effective_appendix_note == (
        "(Kèm theo Quyết định số 3177/QĐ-UBND ngày 06 tháng 8 năm 2025 của Ủy ban nhân dân thành phố)"
    )


def test_issuer_needs_a_name():
    with pytest.raises(ValueError):
        Issuer(name=())


def test_flatten_accepts_nested_children_and_parent_numbers():
    nested = Task(
        "1", "Nhóm", children=(Task("1.1", "Con"), Task("1.2", "Con 2", children=(Task("a", "Cháu"),)))
    )
    flat_list = (Task("2", "Nhóm 2"), Task("2.1", "Con", parent_no="2"), Task("x", "Mồ côi", parent_no="9"))
    result = [(item.task.no, item.depth, item.is_group) for item in flatten_tasks((nested, *flat_list))]
    assert result == [
        ("1", 0, True),
        ("1.1", 1, False),
        ("1.2", 1, True),
        ("a", 2, False),
        ("2", 0, True),
        ("2.1", 1, False),
        ("x", 0, False),
    ]


def test_flatten_prints_every_task_once_even_with_a_cycle():
    tasks = (Task("1", "A", parent_no="2"), Task("2", "B", parent_no="1"), Task("3", "C", parent_no="3"))
    numbers = [item.task.no for item in flatten_tasks(tasks)]
    assert sorted(numbers) == ["1", "2", "3"]
