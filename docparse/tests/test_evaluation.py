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


EXTRA = DATA / "extra"


def _corpus(tmp_path: Path, shape: str = "party") -> Path:
    """A small corpus: the extra Party plan as `.txt` and `.web.txt` in a nested folder, labelled with a shape."""
    import json
    import shutil

    folder = tmp_path / "corpus" / "half"
    folder.mkdir(parents=True)
    label = json.loads((EXTRA / "labels" / "party_plan.json").read_text(encoding="utf-8"))
    label["shape"] = shape
    (folder / "party-tw-kyniem.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    shutil.copy(EXTRA / "docs" / "party_plan.txt", folder / "party-tw-kyniem.txt")
    shutil.copy(EXTRA / "docs" / "party_plan.txt", folder / "party-tw-kyniem.web.txt")
    # Neither a source spec nor the thresholds file is a label, and a file of another name is not a variant.
    (tmp_path / "corpus" / "sources").mkdir()
    (tmp_path / "corpus" / "sources" / "party-tw-kyniem.json").write_text('{"tasks": []}', encoding="utf-8")
    (tmp_path / "corpus" / "sources" / "party-tw-kyniem.txt").write_text("x", encoding="utf-8")
    (tmp_path / "corpus" / "thresholds.json").write_text('{"default": {}}', encoding="utf-8")
    shutil.copy(EXTRA / "docs" / "party_plan.txt", folder / "party-tw-kyniem-2.txt")
    return tmp_path / "corpus"


def test_corpus_scores_every_variant_against_the_label_beside_it(tmp_path):
    from docparse.evaluate import by_key, evaluate_corpus

    scores, total = evaluate_corpus(_corpus(tmp_path))
    assert [(s.name, s.shape, s.variant) for s in scores] == [
        ("half/party-tw-kyniem.txt", "party", "txt"),
        ("half/party-tw-kyniem.web.txt", "party", "web.txt"),
    ]
    assert total.documents == 2
    assert (total.task_f1, total.document_fields) == (1.0, 1.0), [m for s in scores for m in s.mismatches]
    assert list(by_key(scores, "shape")) == ["party"]
    assert list(by_key(scores, "variant")) == ["txt", "web.txt"]


def test_tasks_found_in_a_non_task_document_are_counted_as_invented():
    from docparse.evaluate import score_document, totals

    found = {
        "tasks": [
            {"no": "1", "text": "Mô hình dân vận khéo trong xây dựng nông thôn mới", "lead": [], "coord": []},
            {"no": "2", "text": "Mô hình chợ an toàn thực phẩm", "lead": [], "coord": []},
        ],
        "citations": [],
        "document": {},
    }
    non_task = score_document("models.pdf", {"shape": "non-task-tables", "tasks": []}, found)
    assert non_task.invented_tasks == 2
    one_real = {"shape": "report", "tasks": [{"no": "1", "text_start": "Mô hình dân vận khéo trong"}]}
    elsewhere = score_document("report.pdf", one_real, found)
    assert (elsewhere.matched_tasks, elsewhere.invented_tasks) == (1, 0)
    assert totals([non_task, elsewhere]).invented_tasks == 2


def test_min_thresholds_fail_the_run_when_a_shape_is_under_its_bar(tmp_path, capsys):
    import json

    from docparse.evaluate import main

    corpus = _corpus(tmp_path)
    bars = tmp_path / "bars.json"
    bars.write_text(json.dumps({"default": {"task_f1": 0.95, "invented_tasks": 0}}), encoding="utf-8")
    assert main([str(corpus), "--min-thresholds", str(bars)]) == 0
    # A task the document does not hold drops recall, so the shape falls under its bar.
    label_path = corpus / "half" / "party-tw-kyniem.json"
    label = json.loads(label_path.read_text(encoding="utf-8"))
    label["tasks"] += [
        {"no": "4", "text_start": "Tổ chức hội thi dân vận khéo toàn tỉnh", "lead": [], "coord": []},
        {"no": "5", "text_start": "Sơ kết 05 năm thực hiện Quy chế dân chủ", "lead": [], "coord": []},
    ]
    label_path.write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main([str(corpus), "--min-thresholds", str(bars)]) == 1
    assert "BELOW THRESHOLD party: task_f1 0.750 < 0.95" in capsys.readouterr().err
    bars.write_text(json.dumps({"default": {}, "shapes": {"party": {"task_f1": 0.7}}}), encoding="utf-8")
    assert main([str(corpus), "--min-thresholds", str(bars), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["shapes"]["party"]["task_recall"] == 0.6
    assert printed["threshold_failures"] == []
    assert {d["variant"] for d in printed["documents"]} == {"txt", "web.txt"}


def test_a_threshold_file_with_an_unknown_metric_is_refused(tmp_path):
    import pytest

    from docparse.evaluate import load_thresholds

    bars = tmp_path / "bars.json"
    bars.write_text('{"default": {"task_f2": 0.9}}', encoding="utf-8")
    with pytest.raises(ValueError, match="task_f2"):
        load_thresholds(bars)


def test_a_timeframe_matches_without_its_lead_in_words_but_not_with_another_date():
    from docparse.evaluate import timeframe_key

    assert timeframe_key("hoàn thành trước ngày 31/8/2026") == timeframe_key("Trước ngày 31/8/2026")
    assert timeframe_key("thời gian: tháng 8, 9/2026") == timeframe_key("Tháng 8, 9/2026")
    assert timeframe_key("(Thời hạn hoàn thành: Quý III/2026)") == timeframe_key("quý III/2026")
    assert timeframe_key("hoàn thành trước ngày 31/8/2026") != timeframe_key("trước ngày 30/8/2026")
    assert timeframe_key("Thường xuyên") != timeframe_key("Hằng tháng")
    # "định kỳ vào" before a day of every period is a lead-in; "định kỳ" naming the period is not
    assert timeframe_key("định kỳ vào ngày 15 hằng tháng") == timeframe_key("ngày 15 hằng tháng")
    assert timeframe_key("Định kỳ 6 tháng") != timeframe_key("6 tháng")


def test_a_title_matches_whatever_the_shape_of_its_quotes():
    from docparse.evaluate import same_name

    assert same_name(
        'Hưởng ứng phong trào "Dân vận khéo" năm 2027', "Hưởng ứng phong trào “Dân vận khéo” năm 2027"
    )
    assert same_name("Mô hình ‘Chợ văn minh’", "Mô hình 'Chợ văn minh'")
    assert not same_name('Phong trào "Dân vận khéo"', "Phong trào Dân vận khéo")
