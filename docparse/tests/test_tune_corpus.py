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

# (shape, metric) pairs still under the bar on the tuning half: none since the tenth round's tables (the
# Kho bạc notice, the column-after-column PDF text and the Hải Phòng report met it); a pair goes here only with its
# misses named in docs/docparse.md.
KNOWN_BELOW: set[tuple[str, str]] = set()


def test_the_tuning_corpus_holds_its_scores():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 324
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    below = {(f.split()[0].rstrip(":"), f.split()[1]) for f in failures}
    assert below <= KNOWN_BELOW, (sorted(below - KNOWN_BELOW), problems)
    # the totals on the 324 documents in the tenth round, from task F1 0.994, lead 0.972, coord 0.982, timeframe
    # 0.979, header 0.994 and two invented tasks at its start (docs/docparse.md, "Tenth round"): r10-fields raised
    # lead, coord and header fields, r10-times timeframe, r10-prose and r10-tables task F1 (the tables also the
    # invented tasks)
    assert total.task_f1 >= 0.999 and total.lead >= 0.992 and total.coord >= 0.991, (total, problems)
    assert total.timeframe >= 0.997 and total.document_fields >= 0.997 and total.citation_f1 >= 1.0, total
    assert total.invented_tasks == 0
