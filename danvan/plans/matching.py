"""Which catalog task an agency task implements: fuzzy matching on folded text, one score per pair."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from docparse import fold

# Below this score (0–100) a link is not proposed at all; the officer links by hand.
MIN_SCORE = 55.0


def best_matches(tasks: list[str], catalog: list[str]) -> list[tuple[int, float] | None]:
    """For each task text, the index of the closest catalog text and its score in 0..1, or None.

    `token_set_ratio` on folded text: an agency rewrites the catalog's sentence for itself ("Tiếp tục quán
    triệt …" → "Quán triệt tới toàn thể CBCCVC …"), so word overlap matters more than order.
    """
    if not catalog:
        return [None for _ in tasks]
    choices = [fold(text) for text in catalog]
    results: list[tuple[int, float] | None] = []
    for text in tasks:
        best = process.extractOne(fold(text), choices, scorer=fuzz.token_set_ratio, score_cutoff=MIN_SCORE)
        results.append(None if best is None else (best[2], round(best[1] / 100, 2)))
    return results
