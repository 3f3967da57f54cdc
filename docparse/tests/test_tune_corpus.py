"""The tuning half of the corpus (docparse/tests/data/corpus/tune) holds its scores.

It is the first tuning half (26 documents built by corpus_build.py from corpus_tune.py, all at the thresholds), the
first to seventh held-out halves (30, 32, 35, 34, 25, 31 and 31 documents built from sources/tune/*.src), each
scored before it became tuning material, and the documents written for the third and fourth rounds' rules
(sources/tune/, not blind). The held-out half is never read here.

Every shape meets its thresholds except the pairs listed in KNOWN_BELOW (the misses are named in
docs/docparse.md); a shape that falls below in any other metric, or a total that drops, fails the test.
"""

from pathlib import Path

from docparse.evaluate import check_thresholds, evaluate_corpus, load_thresholds

CORPUS = Path(__file__).parent / "data" / "corpus"

# (shape, metric) pairs still under the bar on the tuning half: none. The seventh blind half's timeframes of
# PDF-text copies, prose and communes meet the bar since the eighth round's time rules (docs/docparse.md, "Eighth
# round", "Timeframes (r8-times)") and list rules ("Lists"), the web-copy headers since its header rules read a portal
# post's lead sentence and source line ("Header (r8-header)").
KNOWN_BELOW: set[tuple[str, str]] = set()


def test_the_tuning_corpus_holds_its_scores():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 264
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    below = {(f.split()[0].rstrip(":"), f.split()[1]) for f in failures}
    assert below <= KNOWN_BELOW, (sorted(below - KNOWN_BELOW), problems)
    # the totals of the eighth round on the 264 documents: the seventh held-out half, scored once at task F1 0.91,
    # joined the 233 documents of the seventh round (1.00 task F1) after its scoring; the eighth round's list rules
    # (r8-lists) find the tasks of its Party "1-" lists, slash numbers, starred topics and agency lines, its header
    # rules (r8-header) its signers, issuers, places and a portal post's header; its tables and scans (r8-tables)
    # read the unruled table with the time first, the scans' specks and narrow number columns; its unit rules
    # (r8-units) the names and roles of its leads and coordinators (lead 0.978 → 0.994, coord 0.982 → 0.991); its
    # time rules (r8-times) the times of the genre (timeframe 0.980 → 0.997)
    assert total.task_f1 >= 1.0 and total.lead >= 0.994 and total.coord >= 0.991, (total, problems)
    assert total.timeframe >= 0.997 and total.document_fields >= 0.999 and total.citation_f1 >= 1.0, total
    assert total.invented_tasks == 0
