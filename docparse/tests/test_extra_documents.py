"""Golden documents of other shapes (DOCX table, prose assignments, PDF catalog) meet the same bars as the seeds."""

import json
from pathlib import Path

from docparse import parse
from docparse.evaluate import evaluate

EXTRA = Path(__file__).parent / "data" / "extra"


def test_extra_documents_meet_the_quality_bars():
    scores, total = evaluate(EXTRA / "labels", EXTRA / "docs")
    assert {s.name for s in scores} == {
        "catalog.pdf",
        "commune_prose.txt",
        "department_table.docx",
        "official_letter.txt",
        "party_plan.txt",
        "ward_responsibilities.txt",
    }
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    assert (total.task_precision, total.task_recall) == (1.0, 1.0), problems
    assert min(total.lead, total.coord, total.timeframe) >= 0.95, problems
    assert total.citation_f1 >= 0.97, problems
    assert total.document_fields >= 0.95, problems


def test_prose_assignment_reads_lead_coordination_and_deadline():
    result = parse((EXTRA / "docs" / "commune_prose.txt").read_bytes(), "commune_prose.txt")
    first = result.tasks[0]
    assert first.lead == ["Văn phòng HĐND và UBND xã"]
    assert first.coord == ["Ủy ban Mặt trận Tổ quốc xã"]
    assert first.timeframe is not None and (first.timeframe.kind, first.timeframe.due) == (
        "by_date",
        "2026-06-30",
    )
    assert [(r.due, r.raw) for r in result.reporting] == [
        ("2026-06-05", "lần 1 trước ngày 05/6/2026"),
        ("2026-12-05", "lần 2 trước ngày 05/12/2026"),
    ]


def test_catalog_group_rows_are_parents_not_tasks():
    result = parse((EXTRA / "docs" / "catalog.pdf").read_bytes(), "catalog.pdf")
    assert [(t.no, t.parent_no) for t in result.tasks] == [
        ("1.1", "1"),
        ("1.2", "1"),
        ("2.1", "2"),
        ("2.2", "2"),
    ]
    event = result.tasks[2].timeframe
    assert event is not None and event.kind == "event"
    assert any("ước tính" in w for w in result.warnings)


def test_output_is_the_design_contract():
    result = parse((EXTRA / "docs" / "department_table.docx").read_bytes(), "department_table.docx").to_dict()
    # The DESIGN.md §6 keys, plus "headings" (group rows named as parents) and "ocr" (null unless the text came
    # from a scan), additions.
    assert set(result) == {
        "document",
        "citations",
        "tasks",
        "reporting",
        "warnings",
        "headings",
        "ocr",
        "registrations",
    }
    assert result["ocr"] is None
    assert set(result["tasks"][0]) == {"no", "parent_no", "text", "lead", "coord", "timeframe"}
    assert set(result["tasks"][0]["timeframe"]) == {"raw", "kind", "start", "end", "due"}
    assert {"type", "number", "date", "issuer", "place", "title", "signer"} <= set(result["document"])
    json.dumps(result, ensure_ascii=False)


def test_lead_in_sentence_assigns_the_list_unless_an_item_names_its_actor():
    result = parse((EXTRA / "docs" / "party_plan.txt").read_bytes(), "party_plan.txt")
    assert [t.lead for t in result.tasks] == [
        ["Ban Dân vận các tỉnh ủy, thành ủy"],
        ["Ban Dân vận các tỉnh ủy, thành ủy"],
        ["Báo Nhân dân"],
    ]


def test_letter_gives_one_unnumbered_task():
    result = parse((EXTRA / "docs" / "official_letter.txt").read_bytes(), "official_letter.txt")
    assert result.document.type == "Công văn"
    assert [(t.no, t.lead) for t in result.tasks] == [(None, ["các sở, ban, ngành"])]


def test_group_rows_of_a_catalog_table_are_headings_not_tasks():
    text = (Path(__file__).parent / "data" / "seeds" / "004_aa386a0087546330.txt").read_text(encoding="utf-8")
    result = parse(text.encode(), "catalog.txt")
    headings = {h.no: h for h in result.headings}
    assert list(headings) == ["1", "2", "3", "3.4", "4", "5"]
    assert headings["3.4"].parent_no == "3" and headings["1"].parent_no is None
    assert headings["1"].text.startswith("CÁC NHIỆM VỤ VỀ XÂY DỰNG KẾ HOẠCH")
    assert not {t.no for t in result.tasks} & set(headings)


def test_a_date_line_beside_the_symbol_does_not_cut_the_symbol():
    # "Số /QĐ-UBND Hải Phòng, ngày …": the right column's place starts at a capitalised word, not at "UBND".
    seed = Path(__file__).parent / "data" / "seeds" / "004_aa386a0087546330.txt"
    result = parse(seed.read_bytes(), seed.name)
    assert result.warnings[0].startswith("Số văn bản để trống, ký hiệu /QĐ-UBND ")
    assert result.document.place == "Hải Phòng"
