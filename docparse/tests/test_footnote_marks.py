"""A footnote reference glued to a word is set apart, and only when the document has that footnote."""

from __future__ import annotations

from pathlib import Path

from docparse import parse

SEED_004 = Path(__file__).resolve().parents[2] / "danvan" / "plans" / "demo" / "004_aa386a0087546330.txt"


def test_the_catalog_footnote_mark_reads_as_a_superscript() -> None:
    result = parse(SEED_004.read_bytes(), SEED_004.name)
    task = next(t for t in result.tasks if t.no == "1.1")
    assert task.text.endswith("dân chủ ở cơ sở¹;")
    assert "cơ sở1" not in task.text


def test_digits_after_a_word_stay_when_no_footnote_has_that_number() -> None:
    text = (
        "KẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n"
        "II. NHIỆM VỤ\n1. Tổ chức hội nghị tại xã3, báo cáo quý4.\n"
    )
    result = parse(text.encode(), "ke-hoach.txt")
    assert result.tasks
    assert all("xã3" in t.text or "xã" not in t.text for t in result.tasks)
