"""The tuning half of the corpus (docparse/tests/data/corpus/tune) holds its scores.

It is the first tuning half (26 documents built by corpus_build.py from corpus_tune.py, all at the thresholds), the
first to eighth held-out halves (30, 32, 35, 34, 25, 31, 31 and 30 documents built from sources/tune/*.src), each
scored before it became tuning material, and the documents written for the third and fourth rounds' rules
(sources/tune/, not blind). The held-out half is never read here.

Every shape meets its thresholds except the pairs listed in KNOWN_BELOW (the misses are named in
docs/docparse.md); a shape that falls below in any other metric, or a total that drops, fails the test.
"""

from pathlib import Path

from docparse.evaluate import check_thresholds, evaluate_corpus, load_thresholds

CORPUS = Path(__file__).parent / "data" / "corpus"

# (shape, metric) pairs still under the bar on the tuning half: the eighth blind half's letters and reports
# (tasks) and its land-office notice (time) (docs/docparse.md, "Eighth held-out half, scored once"), left for the
# ninth round; the letters and reports met the bar with the ninth round's prose rules, the hospital decision's PDF
# text with its table rules, the customs report's leads with its field rules; the land-office notice's time is left.
# The seventh half's pairs met the bar with the eighth round's rules.
KNOWN_BELOW: set[tuple[str, str]] = {
    ("non-task-tables", "timeframe"),
}


def test_the_tuning_corpus_holds_its_scores():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 294
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    below = {(f.split()[0].rstrip(":"), f.split()[1]) for f in failures}
    assert below <= KNOWN_BELOW, (sorted(below - KNOWN_BELOW), problems)
    # the totals at the start of the ninth round on the 294 documents: the eighth round brought the 264 documents to
    # task F1 1.00, lead 0.995, coord 0.991, timeframe 0.998, header 1.00 (docs/docparse.md, "Eighth round": lists,
    # header, tables and scans, units, timeframes); the eighth held-out half, scored once at task F1 0.73, joined
    # them after its scoring
    # r9-headings (run-in headings, field-line items, assignment notes): task F1 0.983, lead 0.979, coord 0.988;
    # r9-tables (outcome columns, bracketed row numbers, layout text) and r9-fields (issuers of mass organisations
    # and regional bodies, role heads, agency headings, timeframes) with them: task F1 0.989, lead 0.987, coord 0.990,
    # timeframe 0.994, header 0.999; r9-prose (focal tasks as "Một là, …", "(1) …" paragraphs, a bare "Phần thứ
    # hai", a doer field after the item, bulleted addressees) on top: task F1 0.998, lead 0.987, and coord 0.988 and
    # timeframe 0.992, lower only because the tasks it found for the first time count in them (docs/docparse.md,
    # "Ninth round")
    assert total.task_f1 >= 0.998 and total.lead >= 0.987 and total.coord >= 0.987, (total, problems)
    assert total.timeframe >= 0.992 and total.document_fields >= 0.999 and total.citation_f1 >= 1.0, total
    assert total.invented_tasks == 0
