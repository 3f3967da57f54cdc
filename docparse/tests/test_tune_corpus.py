"""The tuning half of the corpus (docparse/tests/data/corpus/tune) holds its scores.

It is the first tuning half (26 documents built by corpus_build.py from corpus_tune.py, all at the thresholds), the
first to fifth held-out halves (30, 32, 35, 34 and 25 documents built from sources/tune/*.src), each
scored before it became tuning material, and the documents written for the third and fourth rounds' rules
(sources/tune/, not blind). The held-out half is never read here.

Every shape meets its thresholds except the pairs listed in KNOWN_BELOW (the misses are named in
docs/docparse.md); a shape that falls below in any other metric, or a total that drops, fails the test.
"""

from pathlib import Path

from docparse.evaluate import check_thresholds, evaluate_corpus, load_thresholds

CORPUS = Path(__file__).parent / "data" / "corpus"

# (shape, metric) pairs still under the issue's bar on the tuning half (docs/docparse.md, "Fifth round" and "Sixth
# round"): none. Every shape's timeframe, lead and coordinating units are at the bar, and the scans' signers under the
# stamp are read, since the sixth round.
KNOWN_BELOW: set[tuple[str, str]] = set()


def test_the_tuning_corpus_holds_its_scores():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 202
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    below = {(f.split()[0].rstrip(":"), f.split()[1]) for f in failures}
    assert below <= KNOWN_BELOW, (sorted(below - KNOWN_BELOW), problems)
    # the totals of the sixth round on the 202 documents (the fifth half joined; docs/docparse.md): its timeframe
    # rules (timeframe 0.967 -> 0.992), its tables and missed tasks (task F1 0.992 -> 1.000), its occasions in a
    # time column (timeframe -> 0.997), its scans (header fields 0.990 -> 0.995) and its unit rules (lead 0.959 ->
    # 0.997, coord 0.958 -> 0.995; coord was 0.960 before the evaluator stopped reading "quản lý" as "quận")
    assert total.task_f1 >= 1.0 and total.lead >= 0.997 and total.coord >= 0.995, (total, problems)
    assert total.timeframe >= 0.997 and total.document_fields >= 0.995 and total.citation_f1 >= 0.999, total
    assert total.invented_tasks == 0
