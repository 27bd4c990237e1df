"""The search index: folded words -> schools, built once, narrowed before any fuzzy scoring.

A query is cut into words. Each word is matched against the index's vocabulary (exact, a few
synonyms, prefixes, and typos within one or two edits found by rapidfuzz in small buckets of
words sharing the first or last two letters and of similar length). The rarest word picks a few
hundred candidate schools; every word then scores those candidates through set intersections.
Only the best few dozen get a rapidfuzz score on their whole names, to order near ties.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from app.directory.entries import KIND_RANK, SchoolEntry, country_words
from app.directory.text import STOPWORDS, SYNONYMS, fold, initials, joined_letters, words

NAME_WEIGHT = 1.0
INITIALS_WEIGHT = 0.95
CITY_WEIGHT = 0.9
COUNTRY_WEIGHT = 0.8
SYNONYM_WEIGHT = 0.95
PREFIX_FILTER_WEIGHT = 0.6

CANDIDATE_CAP = 400  # schools scored per query, at most
PREFIX_EXPANSION_CAP = 48  # completions of a short prefix taken as words (the most common ones)
FINE_SCORED = 30  # candidates (at least) given a whole-name rapidfuzz score
PHRASE_BONUS = 10.0  # whole-name points for holding the query's words in the order typed
COMMON_WORD = 50  # schools holding a word before its typos are no longer looked for
MATCH_CACHE_SIZE = 2048  # word matches remembered: typing repeats the earlier words


@dataclass(slots=True)
class WordMatch:
    """What one query word matches: vocabulary words with a weight, best first."""

    word: str
    tokens: list[tuple[str, float]]
    estimate: int  # schools reached, roughly: picks the rarest word
    prefix_filter: str | None = None  # set when the prefix has too many completions to list


def _typo_budget(word: str) -> int:
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


class SearchIndex:
    """Folded words of every school's names, city and country, with the schools holding them."""

    def __init__(self) -> None:
        self.entries: list[SchoolEntry] = []
        self.kind_rank: list[int] = []
        self.postings: dict[str, dict[int, float]] = {}
        self.vocabulary: list[str] = []
        self.name_texts: list[str] = []
        self.place_texts: list[str] = []
        self.fine_choices: list[tuple[str, ...]] = []
        self.name_phrases: list[str] = []  # " name one | name two ", for phrase tests
        self.tie_breaks: list[float] = []
        self.prominence: list[int] = []
        self.spelled: list[tuple[str, ...]] = []
        self.by_country: dict[str, set[int]] = {}
        self._by_first: dict[tuple[str, int], list[str]] = {}
        self._by_last: dict[tuple[str, int], list[str]] = {}
        self._sorted_postings: dict[str, list[int]] = {}
        self._completions: dict[str, list[str]] = {}
        self._country_words: dict[str, list[str]] = {}
        self._match_cache: dict[tuple[str, bool], WordMatch] = {}

    # ---- building -----------------------------------------------------------------------------

    def add_all(self, entries: Iterable[SchoolEntry]) -> None:
        new_words: set[str] = set()
        for entry in entries:
            new_words.update(self._add_entry(entry))
        self._add_vocabulary(new_words, bulk=True)

    def add(self, entry: SchoolEntry) -> None:
        self._add_vocabulary(self._add_entry(entry), bulk=False)

    def _add_entry(self, entry: SchoolEntry) -> set[str]:
        eid = len(self.entries)
        self.entries.append(entry)
        self.kind_rank.append(KIND_RANK[entry.kind])
        self.by_country.setdefault(entry.country, set()).add(eid)
        fresh: set[str] = set()
        name_words: list[str] = []
        fine: list[str] = []
        spelled: set[str] = set()  # acronyms the names' own initials spell
        for name in (entry.name, *entry.other_names):
            folded = words(name)
            if not folded:
                continue
            fine.append(" ".join(folded))
            name_words.extend(folded)
            for word in folded:
                self._post(word, eid, NAME_WEIGHT, fresh)
            for acronym in (initials(folded), *joined_letters(folded)):
                if acronym:
                    spelled.add(acronym)
                    name_words.append(acronym)
                    self._post(acronym, eid, INITIALS_WEIGHT, fresh)
        city_words = words(entry.city)
        for word in city_words:
            self._post(word, eid, CITY_WEIGHT, fresh)
        place_words = city_words + self._words_of_country(entry.country)
        for word in place_words[len(city_words) :]:
            self._post(word, eid, COUNTRY_WEIGHT, fresh)
        if city_words and fine:
            fine.append(f"{fine[0]} {' '.join(city_words)}")
        self.name_texts.append(f" {' '.join(name_words)} ")
        self.place_texts.append(f" {' '.join(place_words)} ")
        self.fine_choices.append(tuple(fine))
        self.name_phrases.append(f" {' | '.join(fine)} ")
        # On equal scores: medical schools first, then schools known by more names (labels in
        # many languages mark the better-known institution), then list order.
        prominence = min(len(fine), 30)
        self.prominence.append(prominence)
        self.spelled.append(tuple(spelled))
        self.tie_breaks.append(-KIND_RANK[entry.kind] * 1e-5 + prominence * 1e-7 - eid * 1e-13)
        return fresh

    def _words_of_country(self, code: str) -> list[str]:
        if code not in self._country_words:
            self._country_words[code] = [
                w for name in country_words(code) for w in words(name) if w not in STOPWORDS
            ]
        return self._country_words[code]

    def _post(self, word: str, eid: int, weight: float, fresh: set[str]) -> None:
        if word in STOPWORDS:
            return
        posting = self.postings.get(word)
        if posting is None:
            posting = self.postings[word] = {}
            fresh.add(word)
        if posting.get(eid, 0.0) < weight:
            posting[eid] = weight
        self._sorted_postings.pop(word, None)

    def _add_vocabulary(self, fresh: set[str], bulk: bool) -> None:
        if not fresh:
            return
        if bulk:
            self.vocabulary = sorted(self.postings)
        else:
            for word in fresh:
                insort(self.vocabulary, word)
        for word in fresh:
            self._by_first.setdefault((word[:2], len(word)), []).append(word)
            self._by_last.setdefault((word[-2:], len(word)), []).append(word)
        self._completions.clear()
        self._match_cache.clear()
        if bulk:
            for size in (1, 2):  # short prefixes come with every first keystroke: list them now
                for prefix in {word[:size] for word in self.vocabulary if len(word) >= size}:
                    self._completions_of(prefix)

    # ---- matching one word --------------------------------------------------------------------

    def match_word(self, word: str, is_last: bool) -> WordMatch:
        key = (word, is_last)
        match = self._match_cache.get(key)
        if match is None:
            if len(self._match_cache) >= MATCH_CACHE_SIZE:
                self._match_cache.clear()
            match = self._match_cache[key] = self._match_word(word, is_last)
        return match

    def forget_matches(self) -> None:
        """Drop remembered word matches (benchmarks measure searches from cold)."""
        self._match_cache.clear()

    def _match_word(self, word: str, is_last: bool) -> WordMatch:
        weights: dict[str, float] = {}
        if word in self.postings:
            weights[word] = 1.0
        for synonym in SYNONYMS.get(word, ()):
            if synonym in self.postings:
                weights[synonym] = max(weights.get(synonym, 0.0), SYNONYM_WEIGHT)
        prefix_filter = None
        if is_last or len(word) >= 3:
            completions, complete = self._completions_of(word)
            if not complete:
                prefix_filter = word
            for token in completions:
                if token != word:
                    weight = 0.6 + 0.3 * len(word) / len(token)
                    if weights.get(token, 0.0) < weight:
                        weights[token] = weight
        # A word that many schools hold is taken as typed (typos of "medical" only add noise);
        # a prefix with many completions is a word still being typed.
        common = len(self.postings.get(word, ())) >= COMMON_WORD
        budget = 0 if common or prefix_filter else _typo_budget(word)
        if budget:
            for token, distance in self._near_words(word, budget):
                weight = 0.9 - 0.1 * distance
                if weights.get(token, 0.0) < weight:
                    weights[token] = weight
        tokens = sorted(weights.items(), key=lambda item: -item[1])
        estimate = sum(len(self.postings[t]) for t, _ in tokens)
        return WordMatch(word, tokens, estimate, prefix_filter)

    def _completions_of(self, prefix: str) -> tuple[list[str], bool]:
        """Words starting with prefix; when there are too many, the most common ones only."""
        start = bisect_left(self.vocabulary, prefix)
        end = bisect_left(self.vocabulary, prefix + "{", start)  # "{" sorts after "z"
        if end - start <= PREFIX_EXPANSION_CAP:
            return self.vocabulary[start:end], True
        cached = self._completions.get(prefix)
        if cached is None:
            cached = heapq.nlargest(
                PREFIX_EXPANSION_CAP,
                self.vocabulary[start:end],
                key=lambda token: len(self.postings[token]),
            )
            self._completions[prefix] = cached
        return cached, False

    def _near_words(self, word: str, budget: int) -> list[tuple[str, int]]:
        found: dict[str, int] = {}
        size = len(word)
        for length in range(size - budget, size + budget + 1):
            for bucket in (
                self._by_first.get((word[:2], length)),
                self._by_last.get((word[-2:], length)),
            ):
                if not bucket:
                    continue
                for token, distance, _ in process.extract(
                    word, bucket, scorer=OSA.distance, score_cutoff=budget, limit=None
                ):
                    if token != word and distance <= budget:
                        found[token] = int(distance)
        return list(found.items())

    # ---- searching ----------------------------------------------------------------------------

    def search(
        self, query: str, country: str | None, limit: int
    ) -> list[tuple[SchoolEntry, float]]:
        query_words = words(query)
        content = [w for w in query_words if w not in STOPWORDS] or query_words
        if not content or limit <= 0:
            return []
        within = self.by_country.get(country, set()) if country else None
        if within is not None and not within:
            return []
        ends_with_word = content[-1] == query_words[-1]
        matches = [
            self.match_word(w, is_last=ends_with_word and i == len(content) - 1)
            for i, w in enumerate(content)
        ]
        candidates = self._candidates(matches, within)
        if not candidates:
            return []
        # Each school starts at a tiny negative tie-break (kind, then list order), so one C-level
        # nlargest ranks by coverage first, then medical schools before universities.
        tie_breaks = self.tie_breaks
        coverage = {eid: tie_breaks[eid] for eid in candidates}
        for match in matches:
            for eid, weight in self._weights_on(match, candidates).items():
                coverage[eid] += weight
        best = [
            (eid, covered)
            for eid, covered in heapq.nlargest(
                max(FINE_SCORED, limit + 10), coverage.items(), key=itemgetter(1)
            )
            if covered > 0.0
        ]
        fine = self._whole_name_scores(" ".join(query_words), [eid for eid, _ in best])
        count = len(matches)
        kind_rank, prominence, spelled = self.kind_rank, self.prominence, self.spelled
        acronym = content[0] if len(content) == 1 else ""
        scored = sorted(
            (
                -round(80.0 * covered / count + 0.2 * fine[eid], 1),
                kind_rank[eid],
                acronym not in spelled[eid],  # "UNAM": the school whose name spells it
                -prominence[eid],
                eid,
            )
            for eid, covered in best
        )
        return [(self.entries[key[-1]], -key[0]) for key in scored[:limit]]

    def _whole_name_scores(self, folded_query: str, eids: list[int]) -> dict[int, float]:
        """0-100 per school: how well one of its names reads as the query, words in any order
        (one rapidfuzz call for all). A name holding the query as a phrase gets a bonus, the
        most when the school's main name starts with it."""
        owners: list[int] = []
        choices: list[str] = []
        for eid in eids:
            names = self.fine_choices[eid]
            choices.extend(names)
            owners.extend([eid] * len(names))
        best = dict.fromkeys(eids, 0.0)
        for _, score, position in process.extract(
            folded_query, choices, scorer=fuzz.token_sort_ratio, limit=None
        ):
            eid = owners[position]
            if score > best[eid]:
                best[eid] = score
        phrase = f" {folded_query} "
        for eid in eids:
            if phrase in self.name_phrases[eid]:
                starts = self.fine_choices[eid][0].startswith(folded_query)
                bonus = PHRASE_BONUS * (1.5 if starts else 1.0)
                best[eid] = min(100.0, best[eid] + bonus)
        return best

    def _candidates(self, matches: list[WordMatch], within: set[int] | None) -> set[int]:
        """Schools reached by the rarest word (and the next one when it is rare too)."""
        ordered = sorted((m for m in matches if m.tokens), key=lambda m: m.estimate)
        candidates: set[int] = set()
        for position, match in enumerate(ordered[:2]):
            if position and match.estimate > CANDIDATE_CAP:
                break
            candidates |= self._reach(match, within, CANDIDATE_CAP)
        return candidates

    def _reach(self, match: WordMatch, within: set[int] | None, cap: int) -> set[int]:
        reached: set[int] = set()
        for token, _ in match.tokens:
            room = cap - len(reached)
            if room <= 0:
                break
            posting = self.postings[token]
            if within is not None:
                hits = posting.keys() & within
                reached.update(hits if len(hits) <= room else sorted(hits)[:room])
            elif len(posting) <= room:
                reached.update(posting)
            else:  # schools are numbered in rank order: the first ones are the best on ties
                reached.update(self._ranked_posting(token)[:room])
        return reached

    def _ranked_posting(self, token: str) -> list[int]:
        ranked = self._sorted_postings.get(token)
        if ranked is None:
            ranked = sorted(self.postings[token])
            self._sorted_postings[token] = ranked
        return ranked

    def _weights_on(self, match: WordMatch, candidates: set[int]) -> dict[int, float]:
        found: dict[int, float] = {}
        for token, weight in match.tokens:
            if match.prefix_filter and weight < SYNONYM_WEIGHT:
                break  # a short prefix's many completions: one substring test per school instead
            posting = self.postings[token]
            for eid in posting.keys() & candidates:
                value = posting[eid] * weight
                if found.get(eid, 0.0) < value:
                    found[eid] = value
        if match.prefix_filter:
            needle = f" {match.prefix_filter}"
            name_texts, place_texts = self.name_texts, self.place_texts
            for eid in candidates:
                if eid in found:
                    continue
                if needle in name_texts[eid]:
                    found[eid] = PREFIX_FILTER_WEIGHT
                elif needle in place_texts[eid]:
                    found[eid] = PREFIX_FILTER_WEIGHT * CITY_WEIGHT
        return found


__all__ = ["SearchIndex", "WordMatch", "fold"]
