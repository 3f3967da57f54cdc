"""The tuning half of the corpus (docparse/tests/data/corpus/tune) holds its scores.

It is the first tuning half (26 documents built by corpus_build.py from corpus_tune.py, all at the thresholds), the
first to twelfth held-out halves (30, 32, 35, 34, 25, 31, 31, 30, 30, 30, 30 and 30 documents built from sources/tune/*.src), each
scored before it became tuning material, the documents written for the third and fourth rounds' rules and the twelve
of layouts the corpus lacked written for the twelfth round (sources/tune/r12b-*, not blind). The held-out half is never read here.

Every shape meets its thresholds except the pairs listed in KNOWN_BELOW (the misses are named in
docs/docparse.md); a shape that falls below in any other metric, or a total that drops, fails the test.
"""

from pathlib import Path

from docparse.evaluate import check_thresholds, evaluate_corpus, load_thresholds

CORPUS = Path(__file__).parent / "data" / "corpus"

# (shape, metric) pairs still under the issue's bar on the tuning half: the twelfth blind half's letters' and Tết
# plans' times and the prose assignments' leads (docs/docparse.md, "Thirteenth round"; the web copies' tasks meet the
# bar since r13-tasks).
KNOWN_BELOW: set[tuple[str, str]] = {
    ("congvan", "timeframe"),
    ("non-task-tables", "timeframe"),
    ("prose-assign", "lead"),
}


def test_the_tuning_corpus_holds_its_scores():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 426
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    below = {(f.split()[0].rstrip(":"), f.split()[1]) for f in failures}
    assert below <= KNOWN_BELOW, (sorted(below - KNOWN_BELOW), problems)
    # the totals at the start of the thirteenth round on the 426 documents: the twelfth round brought the 396
    # documents to task F1 0.994, lead 0.986, coord 0.989, timeframe 0.992, header 0.996, citations 1.000, nothing
    # invented (docs/docparse.md, "Twelfth round"); the twelfth held-out half, scored once at task F1 0.902, joined them;
    # the thirteenth round's tasks (agencies' "1.1" duties, "+" items under a topic, a row's number typed in its cell,
    # a doers' bullet as a field) raised task F1 to 0.993 and coord to 0.985;
    # round 13's header rules (letterheads under a parent, wrapped numbers, portal records and banners) raised the
    # header fields to 0.996 and citations to 0.999
    # r13-units raised lead to 0.976 and coord to 0.985 (banks as subjects, "X có trách nhiệm:" headings, the "chủ trì"
    # column beside an overseeing leader's, kinds of place with a qualifier)
    # r13-times raised timeframe to 0.981 (counts after the period, limits in hours, a day of every year, the nights of a
    # range, a whole year after a comma)
    # with the four branches merged: task F1 0.993, lead 0.976, coord 0.985, timeframe 0.982, header 0.996, citations 0.999
    assert total.task_f1 >= 0.993 and total.lead >= 0.976 and total.coord >= 0.985, (total, problems)
    assert total.timeframe >= 0.982 and total.document_fields >= 0.996 and total.citation_f1 >= 0.999, total
    assert total.invented_tasks == 0
