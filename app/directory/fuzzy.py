"""The two fuzzy measures the search uses, from rapidfuzz, imported on first use.

- ``near_words``: the words of a bucket within an OSA distance (edits, an adjacent swap counting
  as one) of a typed word, closest first, then in bucket order;
- ``token_sort_scores``: ``fuzz.token_sort_ratio`` of a query against each choice (0-100).

rapidfuzz's package imports every metric it has (about 10 ms): a search that never reaches a
fuzzy step (a whole word found as typed) does not pay it, and the desktop app imports it once
in ``warm_up`` rather than on a keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence


def load() -> None:
    """Import rapidfuzz now (the desktop app, before the user types)."""
    from rapidfuzz import fuzz, process  # noqa: F401
    from rapidfuzz.distance import OSA  # noqa: F401


def near_words(word: str, bucket: Sequence[str], budget: int) -> list[tuple[str, int]]:
    """(token, distance) for the bucket's words within ``budget`` OSA edits of ``word``, the
    closest first, then in bucket order."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found = process.extract(word, bucket, scorer=OSA.distance, score_cutoff=budget, limit=None)
    return [(token, int(distance)) for token, distance, _ in found]


def token_sort_scores(query: str, choices: Sequence[str]) -> list[float]:
    """fuzz.token_sort_ratio(query, choice) for each choice, in the choices' order."""
    from rapidfuzz import fuzz, process

    scores = [0.0] * len(choices)
    for _, score, position in process.extract(
        query, choices, scorer=fuzz.token_sort_ratio, limit=None
    ):
        scores[position] = score
    return scores
