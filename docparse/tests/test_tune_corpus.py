"""The tuning half of the corpus (docparse/tests/data/corpus/tune) holds its scores.

It is the first tuning half (26 documents built by corpus_build.py from corpus_tune.py, all at the thresholds), the
first to fourteenth held-out halves (30, 32, 35, 34, 25, 31, 31, 30, 30, 30, 30, 30, 30 and 30 documents built from sources/tune/*.src), each
scored before it became tuning material, the documents written for the third and fourth rounds' rules and the twelve
of layouts the corpus lacked written for the twelfth round (sources/tune/r12b-*, not blind). The held-out half is never read here.

Every shape meets its thresholds except the pairs listed in KNOWN_BELOW (the misses are named in
docs/docparse.md); a shape that falls below in any other metric, or a total that drops, fails the test.
"""

from pathlib import Path

from docparse.evaluate import check_thresholds, evaluate_corpus, load_thresholds

CORPUS = Path(__file__).parent / "data" / "corpus"

# (shape, metric) pairs still under the bar on the tuning half (docs/docparse.md, "Fifteenth round"): the
# fourteenth held-out half brought a conference agenda read as tasks (r15-structure and r15-tables: a programme gives
# no task) and one OCR-misread citation.
KNOWN_BELOW: set[tuple[str, str]] = {
    ("scan-pdf", "citation_f1"),
}


def test_the_tuning_corpus_holds_its_scores():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 486
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    below = {(f.split()[0].rstrip(":"), f.split()[1]) for f in failures}
    assert below <= KNOWN_BELOW, (sorted(below - KNOWN_BELOW), problems)
    # the totals at the start of the fourteenth round on the 456 documents: the thirteenth round brought the 426
    # documents to task F1 0.993, lead 0.977, coord 0.986, timeframe 0.982, header 0.997, citations 0.999, nothing
    # invented (docs/docparse.md, "Thirteenth round"); the thirteenth held-out half, scored once at task F1 0.897,
    # joined them: task F1 0.987, lead 0.969, coord 0.980, timeframe 0.971, header 0.993, citations 0.997, one invented
    # r14-tasksprose (tasks in prose, headings and lists) raised task F1 to 0.996, lead 0.972, coord 0.981, time 0.972
    # r14-taskstables (tables, scans, layouts): task F1 0.993, lead 0.970, coord 0.981, time 0.973, nothing invented
    # r14-units raised lead 0.969 → 0.986, coord 0.980 → 0.989 (prose-assign lead over the bar); time 0.972 merged
    # with the five merged: task F1 0.999, lead 0.988, coord 0.991, timeframe 0.988, nothing invented
    # the fifteenth round starts on 486 documents (the fourteenth half, scored once at task F1 0.851, joined them):
    # task F1 0.990, lead 0.983, coord 0.988, timeframe 0.982, header 0.996, citations 0.999, 11 invented
    # r15-unitstimes: lead 0.983 → 0.986, coord 0.988 → 0.990, timeframe 0.982 → 0.989 (units and times of found tasks)
    # r15-prose (content parts and conclusions of unmarked paragraphs): task F1 0.9903 → 0.9916 (recall 0.9854 → 0.9880)
    # r15-structure: task F1 0.990 → 0.997 (P 0.995 → 0.999, R 0.985 → 0.996), lead 0.983 → 0.984, coord 0.988, time
    # 0.982, nothing invented (11 → 0: the agenda), header and citations unchanged; merged with the two above: task F1
    # 0.9988 (P 0.9993, R 0.9983), lead 0.9874, coord 0.9904, timeframe 0.9895, nothing invented
    # r15-tables: task F1 0.990 → 0.992, lead 0.983 → 0.986, coord 0.988 → 0.991, timeframe 0.982, invented 11 → 0;
    # merged with r15-unitstimes and r15-prose: task F1 0.994, lead 0.989, coord 0.994, timeframe 0.989, none invented
    # the four merged: task F1 0.9998 (P 1.000, R 0.9996), lead 0.990, coord 0.994, timeframe 0.9899, nothing invented
    assert total.task_f1 >= 0.999 and total.lead >= 0.990 and total.coord >= 0.994, (total, problems)
    # r14-header raised header fields 0.993 → 0.998 and citations 0.997 → 0.999 (web copies' citations meet the bar)
    # r14-times: timeframe 0.971 → 0.984 alone, 0.985 merged (the PDF text copies' and web copies' times over the bar)
    assert total.timeframe >= 0.989 and total.document_fields >= 0.996 and total.citation_f1 >= 0.998, total
    assert total.invented_tasks == 0
