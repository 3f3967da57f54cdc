"""The tuning half of the corpus (docparse/tests/data/corpus/tune) holds its scores.

It is the first tuning half (26 documents built by corpus_build.py from corpus_tune.py, all at the thresholds), the
first to eleventh held-out halves (30, 32, 35, 34, 25, 31, 31, 30, 30, 30 and 30 documents built from sources/tune/*.src), each
scored before it became tuning material, the documents written for the third and fourth rounds' rules and the twelve
of layouts the corpus lacked written for the twelfth round (sources/tune/r12b-*, not blind). The held-out half is never read here.

Every shape meets its thresholds except the pairs listed in KNOWN_BELOW (the misses are named in
docs/docparse.md); a shape that falls below in any other metric, or a total that drops, fails the test.
"""

from pathlib import Path

from docparse.evaluate import check_thresholds, evaluate_corpus, load_thresholds

CORPUS = Path(__file__).parent / "data" / "corpus"

# (shape, metric) pairs still under the issue's bar on the tuning half: none since r12-tasks found the letters' requests
# and the forest board's Quy chế duties (docs/docparse.md, "Twelfth round").
KNOWN_BELOW: set[tuple[str, str]] = set()


def test_the_tuning_corpus_holds_its_scores():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 396
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    below = {(f.split()[0].rstrip(":"), f.split()[1]) for f in failures}
    assert below <= KNOWN_BELOW, (sorted(below - KNOWN_BELOW), problems)
    # the totals at the start of the twelfth round on the 384 documents: the eleventh round brought the 354 documents
    # to task F1 0.996, lead 0.985, coord 0.992, timeframe 0.996, header 0.994, citations 1.000, nothing invented
    # (docs/docparse.md, "Eleventh round"); the eleventh held-out half, scored once at task F1 0.883, joined them;
    # r12-times raised timeframe to 0.995 (forms of time of the eleventh half) and lead to 0.979 (a cell table's row);
    # r12-layout raised task F1 to 0.990 and header fields to 0.997 (letter-spaced headings, web copies, period-first
    # cell tables, letterheads); the 15 tasks it found first bring 6 times and 2 leads that are not read yet (times
    # and units areas), so with both rounds timeframe holds at 0.993 and lead at 0.978; r12-tasks raised task F1
    # (letters' requests, run-in bodies, a notice's "Giao nhiệm vụ", a Quy chế's duties): with all three
    # merged task F1 0.996, lead 0.979
    # r12-units raised lead 0.979 → 0.986 and coord 0.986 → 0.989 (shared names before several places, the armed
    # forces' units, doers listed in a bracket, "Tham gia" columns)
    # the twelve r12b documents of layouts the corpus lacked joined them (r12-breadth), with its rules
    # raised the 396 documents to task F1 0.994, lead 0.986, coord 0.989, timeframe 0.992, header 0.996 (the r12b
    # documents' own misses keep them under the 384's 0.996 and 0.997; no older file changed)
    assert total.task_f1 >= 0.994 and total.lead >= 0.986 and total.coord >= 0.989, (total, problems)
    assert total.timeframe >= 0.992 and total.document_fields >= 0.996 and total.citation_f1 >= 1.0, total
    assert total.invented_tasks == 0
