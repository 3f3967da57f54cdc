"""The tuning half of the corpus (docparse/tests/data/corpus/tune) meets the thresholds of every shape.

The documents and labels are built by corpus_build.py from corpus_tune.py; the held-out half is scored by the
lead at the end and is never read here.
"""

from pathlib import Path

from docparse.evaluate import check_thresholds, evaluate_corpus, load_thresholds

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_every_shape_of_the_tuning_corpus_meets_its_thresholds():
    scores, total = evaluate_corpus(CORPUS / "tune")
    assert len({s.name.split(".")[0] for s in scores}) >= 20
    problems = [f"{s.name}: {m}" for s in scores for m in s.mismatches]
    failures = check_thresholds(scores, load_thresholds(CORPUS / "thresholds.json"))
    assert not failures, (failures, problems)
    assert total.invented_tasks == 0
