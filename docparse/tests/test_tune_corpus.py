"""The tuning half of the corpus (docparse/tests/data/corpus/tune) holds its scores.

It is the first tuning half (26 documents built by corpus_build.py from corpus_tune.py, all at the thresholds), the
first to tenth held-out halves (30, 32, 35, 34, 25, 31, 31, 30, 30 and 30 documents built from sources/tune/*.src), each
scored before it became tuning material, and the documents written for the third and fourth rounds' rules
(sources/tune/, not blind). The held-out half is never read here.

Every shape meets its thresholds except the pairs listed in KNOWN_BELOW (the misses are named in
docs/docparse.md); a shape that falls below in any other metric, or a total that drops, fails the test.
"""

from pathlib import Path

from docparse.evaluate import check_thresholds, evaluate_corpus, load_thresholds

CORPUS = Path(__file__).parent / "data" / "corpus"

# (shape, metric) pairs still under the bar on the tuning half: the tenth blind half's trade-union decision
# and Lào Cai museum plan, whose times are missed (docs/docparse.md, "Eleventh round"). The tasks of the trade-union
# decision are found and none invented since the eleventh round's rules.
KNOWN_BELOW: set[tuple[str, str]] = {
    ("non-task-tables", "timeframe"),
}


def test_the_tuning_corpus_holds_its_scores():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 354
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    below = {(f.split()[0].rstrip(":"), f.split()[1]) for f in failures}
    assert below <= KNOWN_BELOW, (sorted(below - KNOWN_BELOW), problems)
    # the totals at the start of the eleventh round on the 354 documents: the tenth round brought the 324 documents
    # to task F1 0.999, lead 0.992, coord 0.992, timeframe 0.998, header 0.997, nothing invented (docs/docparse.md,
    # "Tenth round"); the tenth held-out half, scored once at task F1 0.908, joined them after its scoring; r11-units
    # raised lead 0.981 → 0.986 and coord 0.987 → 0.992; r11-tasks found 27 of its tasks (task F1 0.991 → 0.996,
    # nothing invented), whose own leads and times take lead to 0.985 and timeframe to 0.991; with r11-times
    # merged, timeframe 0.996; r11-header raised header fields 0.990 → 0.994 and citations to 1.000
    assert total.task_f1 >= 0.996 and total.lead >= 0.985 and total.coord >= 0.992, (total, problems)
    assert total.timeframe >= 0.996 and total.document_fields >= 0.994 and total.citation_f1 >= 1.0, total
    assert total.invented_tasks == 0
