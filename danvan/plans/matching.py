"""Which catalog task an agency task implements: weighted word overlap, then a one-to-one assignment.

An agency rewrites the catalog's sentence for itself ("Phổ biến, quán triệt … các văn bản" → "Tiếp tục quán
triệt, triển khai Quyết định số …"), so word order matters little and some words matter much more than others:
every catalog task says "thực hiện công tác dân vận", only one says "ký cam kết". Scoring is therefore a cosine
between TF-IDF vectors of folded words and word pairs, with the IDF taken over the catalog itself. Three
refinements, each a general habit of these documents:

- The title of a cited document ("Chỉ thị số 33/CT-TTg ngày … về tiếp tục tăng cường …") describes that
  document, not the task, so words from "số <number>" to the end of the clause count for a quarter.
- A catalog sub-task is read with its parent's text (at a lower weight), as a reader of the table would.
- Each agency task implements one catalog task; when two agency tasks want the same one and the runner-up is
  nearly as good, the runner-up goes to the second task rather than leaving a catalog task unclaimed.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from docparse import fold

# Cosine (0..1) below which no link is proposed; the officer links by hand.
MIN_SCORE = 0.35
# Weight of words inside a citation ("số 23-QĐ/TW ngày … của … về …") relative to the task's own words.
CITATION_WEIGHT = 0.25
# Weight of the parent catalog task's words relative to the catalog task's own words.
CONTEXT_WEIGHT = 0.3
# A free catalog task is preferred to one already claimed when it scores at least this share of it.
CLOSE_SHARE = 0.85

_WORD = re.compile(r"[^\W\d_]+|\d+")
# On folded text: "so" followed by a number opens a citation, which runs to the end of its clause.
_CITATION = re.compile(r"\bso\s+\d[^;:.]*")

Vector = dict[str, float]


def _term_counts(text: str) -> dict[str, float]:
    """Folded words and adjacent word pairs, each occurrence weighted (citation words count less)."""
    folded = fold(text)
    citations = [m.span() for m in _CITATION.finditer(folded)]
    words = [(m.group(), m.start()) for m in _WORD.finditer(folded)]
    counts: defaultdict[str, float] = defaultdict(float)
    for i, (word, start) in enumerate(words):
        weight = CITATION_WEIGHT if any(a <= start < b for a, b in citations) else 1.0
        counts[word] += weight
        if i + 1 < len(words):
            counts[f"{word} {words[i + 1][0]}"] += weight
    return counts


def _tf(count: float) -> float:
    # Sublinear: a word said five times is not five times the evidence.
    return 1 + math.log(count) if count >= 1 else count


def _cosine(a: Vector, b: Vector) -> float:
    if len(b) < len(a):
        a, b = b, a
    dot = sum(value * b.get(term, 0.0) for term, value in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


class _Index:
    """TF-IDF vectors of the catalog; the IDF is over catalog tasks, so genre words weigh almost nothing."""

    def __init__(self, catalog: Sequence[str], context: Sequence[str]) -> None:
        own_counts = [_term_counts(text) for text in catalog]
        parent_counts = [_term_counts(text) for text in context]
        size = len(catalog)
        document_frequency = Counter(
            term
            for own, parent in zip(own_counts, parent_counts, strict=True)
            for term in own.keys() | parent.keys()
        )
        self.idf = {term: math.log((size + 1) / (df + 0.5)) for term, df in document_frequency.items()}
        self.vectors: list[Vector] = []
        for own, parent in zip(own_counts, parent_counts, strict=True):
            vector = {term: _tf(count) * self.idf[term] for term, count in own.items()}
            for term, count in parent.items():
                vector[term] = vector.get(term, 0.0) + CONTEXT_WEIGHT * _tf(count) * self.idf[term]
            self.vectors.append(vector)

    def vector(self, text: str) -> Vector:
        # Words the catalog never uses cannot point at any catalog task; they are left out.
        return {
            term: _tf(count) * self.idf[term]
            for term, count in _term_counts(text).items()
            if term in self.idf
        }


def score_matrix(
    tasks: Sequence[str], catalog: Sequence[str], *, context: Sequence[str] | None = None
) -> list[list[float]]:
    """Similarity (0..1) of every agency task to every catalog task."""
    index = _Index(catalog, context if context is not None else [""] * len(catalog))
    return [[_cosine(index.vector(text), c) for c in index.vectors] for text in tasks]


def best_matches(
    tasks: Sequence[str],
    catalog: Sequence[str],
    *,
    context: Sequence[str] | None = None,
    eligible: Collection[int] | None = None,
) -> list[tuple[int, float] | None]:
    """For each task text, the index of the catalog task it implements and the score in 0..1, or None.

    `context[j]` is read with catalog task j (its parent's text); `eligible` limits the candidates to some
    catalog indexes (the tasks assigned to the plan's owner). Nothing below `MIN_SCORE` is proposed.
    """
    if not catalog:
        return [None for _ in tasks]
    matrix = score_matrix(tasks, catalog, context=context)
    allowed = range(len(catalog)) if eligible is None else sorted(set(eligible))
    candidates = [
        sorted(((row[j], j) for j in allowed if row[j] >= MIN_SCORE), key=lambda pair: (-pair[0], pair[1]))
        for row in matrix
    ]
    results: list[tuple[int, float] | None] = [None for _ in tasks]
    claimed: set[int] = set()
    # Strongest evidence first, so a verbatim copy keeps its catalog task and a loose rewrite moves over.
    for i in sorted(range(len(tasks)), key=lambda i: (-candidates[i][0][0] if candidates[i] else 0.0, i)):
        if not candidates[i]:
            continue
        best_score, best = candidates[i][0]
        choice = (best_score, best)
        if best in claimed:
            free = next(((s, j) for s, j in candidates[i] if j not in claimed), None)
            if free is not None and free[0] >= CLOSE_SHARE * best_score:
                choice = free
        claimed.add(choice[1])
        results[i] = (choice[1], round(choice[0], 2))
    return results
