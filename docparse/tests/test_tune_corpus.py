"""The tuning half of the corpus (docparse/tests/data/corpus/tune) holds its scores.

It is the first tuning half (26 documents built by corpus_build.py from corpus_tune.py, all at the thresholds), the
first to ninth held-out halves (30, 32, 35, 34, 25, 31, 31, 30 and 30 documents built from sources/tune/*.src), each
scored before it became tuning material, and the documents written for the third and fourth rounds' rules
(sources/tune/, not blind). The held-out half is never read here.

Every shape meets its thresholds except the pairs listed in KNOWN_BELOW (the misses are named in
docs/docparse.md); a shape that falls below in any other metric, or a total that drops, fails the test.
"""

from pathlib import Path

from docparse.evaluate import check_thresholds, evaluate_corpus, load_thresholds

CORPUS = Path(__file__).parent / "data" / "corpus"

# (shape, metric) pairs still under the bar on the tuning half: the ninth blind half's Kho bạc notice (a
# "Yêu cầu" heading read with its first assignment: tasks and invented) (docs/docparse.md, "Ninth held-out half,
# scored once"); the eighth half's land-office notice (time) is left from the ninth round. Earlier halves' pairs met
# the bar with the rounds after them (the PDF texts' timeframes with r10-times).
KNOWN_BELOW: set[tuple[str, str]] = {
    ("non-task-tables", "invented_tasks"),
    ("non-task-tables", "task_f1"),
    ("non-task-tables", "timeframe"),
    ("overall", "invented_tasks"),
}


def test_the_tuning_corpus_holds_its_scores():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 324
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    below = {(f.split()[0].rstrip(":"), f.split()[1]) for f in failures}
    assert below <= KNOWN_BELOW, (sorted(below - KNOWN_BELOW), problems)
    # the totals on the 324 documents: task F1 0.994, lead 0.972, coord 0.982, timeframe 0.979, header 0.994 at the
    # start of the tenth round (the ninth held-out half, scored once at task F1 0.947, had just joined), raised by
    # r10-fields, r10-times and r10-prose (docs/docparse.md, "Tenth round")
    assert total.task_f1 >= 0.996 and total.lead >= 0.987 and total.coord >= 0.988, (total, problems)
    assert total.timeframe >= 0.993 and total.document_fields >= 0.996 and total.citation_f1 >= 1.0, total
    assert total.invented_tasks <= 2
