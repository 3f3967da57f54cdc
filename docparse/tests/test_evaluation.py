"""The seed documents meet the quality bars of issue 3, measured by the evaluator itself."""

from pathlib import Path

from docparse.evaluate import evaluate

DATA = Path(__file__).parent / "data"


def test_seeds_meet_the_quality_bars():
    scores, total = evaluate(DATA / "labels", DATA / "seeds")
    assert len(scores) == 5
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    assert total.task_recall == 1.0, problems
    assert total.task_precision == 1.0, problems
    assert total.lead >= 0.95, problems
    assert total.coord >= 0.95, problems
    assert total.timeframe >= 0.95, problems
    assert total.citation_f1 >= 0.97, problems
    assert total.document_fields >= 0.95, problems


def test_evaluator_counts_a_missing_task_against_recall():
    label: dict[str, list[dict[str, object]]] = {
        "tasks": [{"no": "1", "text_start": "Tổ chức hội nghị", "lead": [], "coord": [], "timeframe": None}]
    }
    from docparse.evaluate import score_document

    score = score_document("x", label, {"tasks": [], "citations": [], "document": {}})
    assert score.matched_tasks == 0
    assert score.gold_tasks == 1
