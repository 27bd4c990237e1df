"""The search index: folded words -> schools, built once, narrowed before any fuzzy scoring.

A query is cut into words. Each word is matched against the index's vocabulary (exact, a few
synonyms, prefixes, and typos within one or two edits (OSA, app.directory.fuzzy) in small buckets
of words sharing the first or last two letters and of similar length). The rarest word picks a few
hundred candidate schools; every word then scores those candidates through set intersections. Only
the best few dozen get a rapidfuzz token-sort score (app.directory.fuzzy) on their whole names, to
order near ties.

Schools are numbered (``eid``) in the order they were added; they *rank* on ties in the order user,
imported, bundled (``rank_of``). An index read from a file (``from_parts``) keeps its sorted words
as one text (``WordList``: bisection cuts out the few it looks at) and every word's schools in one
array (``PackedPostings``: a word's unpacked when a search needs it), and its schools as columns
until one is shown, so loading it makes no object per word or school and costs a few milliseconds
(``warm_up`` unpacks it all on a worker); the user's own schools are then added in front
(``add_all(front=True)``) without renumbering anything. Every structure is kept in an order that
does not depend on the order of adding, so an index read from a file and extended gives the same
results as one built from scratch over the same schools.
"""

from __future__ import annotations

import heapq
import sys
from array import array
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter

from app.directory.entries import (
    KIND_RANK,
    SchoolEntry,
    all_country_codes,
    country_name,
    country_words,
)
from app.directory.fuzzy import near_words, token_sort_scores
from app.directory.text import STOPWORDS, SYNONYMS, fold, initials, joined_letters, words

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (2 ms at each start)
if TYPE_CHECKING:
    from typing import Any


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

# A word's weight for a school is the best of these (see _post): packed postings keep one run of
# school numbers per weight, in this order.
POSTING_WEIGHTS = (NAME_WEIGHT, INITIALS_WEIGHT, CITY_WEIGHT, COUNTRY_WEIGHT)
SEP = "\x00"  # between schools in a stored column (never in a name: control characters are refused)
NAMES_SEP = "\x1f"  # between one school's names in ``fine_choices`` and ``spelled``
KINDS = ("user", "imported", "medical_school", "university")
EID_TYPE = "I"  # unsigned 32-bit school numbers in packed postings and country lists

Pause = Callable[[], None]


class WordMatch:
    """What one query word matches: vocabulary words with a weight, best first."""

    __slots__ = ("estimate", "prefix_filter", "tokens", "word")

    def __init__(
        self,
        word: str,
        tokens: list[tuple[str, float]],
        estimate: int,  # schools reached, roughly: picks the rarest word
        prefix_filter: str | None = None,  # set when the prefix has too many completions to list
    ) -> None:
        self.word = word
        self.tokens = tokens
        self.estimate = estimate
        self.prefix_filter = prefix_filter

    def __repr__(self) -> str:
        return (
            f"WordMatch(word={self.word!r}, tokens={self.tokens!r}, estimate={self.estimate!r}, "
            f"prefix_filter={self.prefix_filter!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not WordMatch:
            return NotImplemented
        assert isinstance(other, WordMatch)
        return (self.word, self.tokens, self.estimate, self.prefix_filter) == (
            other.word,
            other.tokens,
            other.estimate,
            other.prefix_filter,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was


def _typo_budget(word: str) -> int:
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


def paced_sorted(items: Iterable[str], pause: Pause | None) -> list[str]:
    """sorted(items); with ``pause``, in pieces merged by a loop that pauses (one sort of 100,000
    words holds the interpreter for tens of milliseconds)."""
    values = list(items)
    if pause is None or len(values) <= 8192:
        return sorted(values)
    pieces = []
    for start in range(0, len(values), 8192):
        pieces.append(sorted(values[start : start + 8192]))
        pause()
    merged: list[str] = []
    for done, value in enumerate(heapq.merge(*pieces), 1):
        merged.append(value)
        if done % 1024 == 0:
            pause()
    return merged


def _shared_start(typed: str, token: str) -> int:
    """How many letters two words share at their beginning."""
    size = 0
    for a, b in zip(typed, token, strict=False):
        if a != b:
            break
        size += 1
    return size


def pack_posting(posting: dict[int, float]) -> bytes:
    """A word's schools as bytes: four counts, then the school numbers per weight, ascending."""
    runs: list[list[int]] = [[], [], [], []]
    for eid, weight in posting.items():
        runs[POSTING_WEIGHTS.index(weight)].append(eid)
    packed = array(EID_TYPE, [len(run) for run in runs])
    for run in runs:
        run.sort()
        packed.extend(run)
    return packed.tobytes()


def unpack_posting(raw: bytes) -> dict[int, float]:
    numbers = array(EID_TYPE)
    numbers.frombytes(raw)
    return _unpacked(numbers)


def _unpacked(numbers: Sequence[int]) -> dict[int, float]:
    """A posting packed as pack_posting packs it, from its numbers (an array or a view)."""
    posting: dict[int, float] = {}
    start = len(POSTING_WEIGHTS)
    for weight, size in zip(POSTING_WEIGHTS, numbers[:start], strict=True):
        if size:
            posting.update(dict.fromkeys(numbers[start : start + size], weight))
            start += size
    return posting


def _numbers(raw: bytes) -> memoryview:
    """Unsigned 32-bit numbers stored as bytes, read in place (no copy)."""
    if len(raw) % 4:
        raise ValueError("a list of numbers of the index has a broken size")
    return memoryview(raw).cast("I")  # EID_TYPE


class StoredColumn:
    """One text per school, read from a file: each cut out of one string when asked for (a
    search asks for a few hundred), never all at once. Schools added later go to ``tail``.
    Stored as UTF-8 (``encoded``), a text is decoded when cut out: reading the file then costs
    a copy, not a decoding, of the whole column (the schools' own names and notes)."""

    __slots__ = ("_ends", "_size", "_text", "tail")

    def __init__(self, text: str | bytes, ends: bytes) -> None:
        self._text = text
        self._ends = array(EID_TYPE)
        self._ends.frombytes(ends)
        self._size = len(self._ends)
        self.tail: list[str] = []
        if self._size and self._ends[-1] != len(text):
            raise ValueError("a column of the index does not match its text")

    @staticmethod
    def parts_of(
        values: Sequence[str], what: str, *, encoded: bool = False, pause: Pause | None = None
    ) -> dict[str, Any]:
        """The stored form: the texts joined, and where each one ends."""
        ends = array(EID_TYPE)
        position = -1
        for done, value in enumerate(values, 1):
            if SEP in value:
                raise ValueError(f"a {what} holds a NUL character and cannot be stored")
            position += (len(value.encode()) if encoded else len(value)) + 1
            ends.append(position)
            if pause is not None and done % 4096 == 0:
                pause()
        text = SEP.join(values)
        return {"text": text.encode() if encoded else text, "ends": ends.tobytes()}

    @classmethod
    def from_parts(cls, parts: dict[str, Any]) -> StoredColumn:
        return cls(parts["text"], parts["ends"])

    def __len__(self) -> int:
        return self._size + len(self.tail)

    def __getitem__(self, position: int) -> str:
        if position >= self._size:
            return self.tail[position - self._size]
        if position < 0:
            raise IndexError(position)
        start = self._ends[position - 1] + 1 if position else 0
        text = self._text[start : self._ends[position]]
        return text.decode() if isinstance(text, bytes) else text

    def __iter__(self) -> Iterator[str]:
        if self._size:
            text = self._text
            yield from (text.decode() if isinstance(text, bytes) else text).split(SEP)
        yield from self.tail

    def append(self, value: str) -> None:
        self.tail.append(value)

    def extend(self, values: Iterable[str]) -> None:
        self.tail.extend(values)


class TableColumn:
    """One of few texts per school (the places): the texts once, and a number per school."""

    __slots__ = ("_ids", "_table", "tail")

    def __init__(self, table: list[str], ids: bytes) -> None:
        self._table = table
        self._ids = array(EID_TYPE)
        self._ids.frombytes(ids)
        self.tail: list[str] = []
        if self._ids and max(self._ids) >= len(table):
            raise ValueError("a column of the index points outside its table")

    @staticmethod
    def parts_of(values: Sequence[str], what: str) -> dict[str, Any]:
        table = sorted(set(values))
        number = {value: n for n, value in enumerate(table)}
        return {
            "table": _joined(table, what),
            "ids": array(EID_TYPE, [number[v] for v in values]).tobytes(),
        }

    @classmethod
    def from_parts(cls, parts: dict[str, Any]) -> TableColumn:
        return cls(parts["table"].split(SEP), parts["ids"])

    def __len__(self) -> int:
        return len(self._ids) + len(self.tail)

    def __getitem__(self, position: int) -> str:
        if position >= len(self._ids):
            return self.tail[position - len(self._ids)]
        if position < 0:
            raise IndexError(position)
        return self._table[self._ids[position]]

    def __iter__(self) -> Iterator[str]:
        yield from map(self._table.__getitem__, self._ids)
        yield from self.tail

    def append(self, value: str) -> None:
        self.tail.append(value)

    def extend(self, values: Iterable[str]) -> None:
        self.tail.extend(values)


Column = list[str] | StoredColumn | TableColumn


class WordList:
    """Sorted words read from a file, as one text and where each word ends: bisection and
    slices cut out only the words they look at (a search looks at a few dozen), so reading the
    file never makes an object per word. Read-only: whoever changes it makes a list first."""

    __slots__ = ("_ends", "_size", "_text")

    def __init__(self, text: str, ends: bytes) -> None:
        self._text = text
        self._ends = _numbers(ends)
        self._size = len(self._ends)
        if (self._size and self._ends[-1] != len(text)) or (not self._size and text):
            raise ValueError("a word list of the index does not match its text")

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, position: int) -> str:
        ends = self._ends
        if position < 0:
            position += self._size
        if not 0 <= position < self._size:
            raise IndexError(position)
        begin = ends[position - 1] + 1 if position else 0
        return self._text[begin : ends[position]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._text.split(SEP) if self._size else ())

    def between(self, start: int, stop: int) -> list[str]:
        """The words from ``start`` to ``stop`` (excluded), as ``words[start:stop]``."""
        start, stop = max(start, 0), min(stop, self._size)
        if stop <= start:
            return []
        begin = self._ends[start - 1] + 1 if start else 0
        return self._text[begin : self._ends[stop - 1]].split(SEP)

    def position(self, word: str) -> int:
        """Where the word is, or -1."""
        found = bisect_left(self, word)
        return found if found < self._size and self[found] == word else -1


class PackedPostings:
    """word -> {school: weight}, read from a file: every word's schools packed in one array (as
    pack_posting packs one word's), in the order of the sorted words, each unpacked into a dict
    when first used. Words added later, and unpacked ones, are kept in ``changed``: the packed
    arrays are never written, so indexes read from the same parts share them."""

    __slots__ = ("_ends", "_numbers", "_positions", "added", "changed", "words")

    def __init__(self, words: WordList, packed: bytes, ends: bytes) -> None:
        self.words = words
        self._numbers = _numbers(packed)
        self._ends = _numbers(ends)
        self._positions: dict[str, int] = {}  # words looked up (a search asks several times)
        self.changed: dict[str, dict[int, float]] = {}
        self.added: list[str] = []  # words that are not in ``words``, in the order added
        if len(self._ends) != len(words) or (
            len(self._ends) and self._ends[-1] != len(self._numbers)
        ):
            raise ValueError("the index's words do not match their schools")

    def _span(self, position: int) -> tuple[int, int]:
        return (self._ends[position - 1] if position else 0), self._ends[position]

    def _position(self, word: str) -> int:
        position = self._positions.get(word)
        if position is None:
            position = self._positions[word] = self.words.position(word)
        return position

    def __contains__(self, word: object) -> bool:
        return word in self.changed or (isinstance(word, str) and self._position(word) >= 0)

    def __getitem__(self, word: str) -> dict[int, float]:
        posting = self.changed.get(word)
        if posting is None:
            position = self._position(word)
            if position < 0:
                raise KeyError(word)
            start, end = self._span(position)
            posting = self.changed[word] = _unpacked(self._numbers[start:end])
        return posting

    def __setitem__(self, word: str, posting: dict[int, float]) -> None:
        if word not in self:
            self.added.append(word)
        self.changed[word] = posting

    def __len__(self) -> int:
        return len(self.words) + len(self.added)

    def __iter__(self) -> Iterator[str]:
        yield from self.words
        yield from self.added

    def items(self, pause: Pause | None = None) -> Iterator[tuple[str, dict[int, float]]]:
        """(word, schools) for every word, in word order (then the words added), each packed
        one unpacked on the way (not kept: ``changed`` keeps only those a search used)."""
        changed, numbers = self.changed, self._numbers
        for position, word in enumerate(self.words):
            posting = changed.get(word)
            if posting is None:
                start, end = self._span(position)
                posting = _unpacked(numbers[start:end])
            yield word, posting
            if pause is not None and position % 8 == 7:
                pause()
        for word in self.added:
            yield word, changed[word]

    def count(self, word: str) -> int:
        """How many schools hold a word (without unpacking it)."""
        posting = self.changed.get(word)
        if posting is not None:
            return len(posting)
        position = self._position(word)
        if position < 0:
            raise KeyError(word)
        return self.count_at(position, word)

    def count_at(self, position: int, word: str) -> int:
        """count(word), for the word at that position of ``words``."""
        posting = self.changed.get(word)
        if posting is not None:
            return len(posting)
        start, end = self._span(position)
        return end - start - len(POSTING_WEIGHTS)


Postings = dict[str, dict[int, float]] | PackedPostings
Words = list[str] | WordList


def _between(words: Words, start: int, stop: int) -> list[str]:
    """words[start:stop], from a list or a WordList."""
    return words.between(start, stop) if isinstance(words, WordList) else words[start:stop]


def _joined(values: Sequence[str], what: str) -> str:
    for value in values:
        if SEP in value:
            raise ValueError(f"a {what} holds a NUL character and cannot be stored")
    return SEP.join(values)


class Entries:
    """The schools, by number: made into SchoolEntry objects only when one is asked for.

    Stored, each school is one record (its text fields joined by FIELDS_SEP) in one column, split
    into records on the first school asked for: a search shows twenty, never all."""

    __slots__ = ("_made", "_stored")

    def __init__(self) -> None:
        self._made: list[SchoolEntry | None] = []
        self._stored: _StoredEntries | None = None

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, eid: int) -> SchoolEntry:
        entry = self._made[eid]
        if entry is None:
            assert self._stored is not None
            entry = self._made[eid] = self._stored.make(eid)
        return entry

    def __iter__(self) -> Iterator[SchoolEntry]:
        for eid in range(len(self._made)):
            yield self[eid]

    def append(self, entry: SchoolEntry) -> None:
        self._made.append(entry)

    def to_parts(self, pause: Pause | None = None) -> dict[str, Any]:
        entries = list(self)
        sources = sorted({e.source for e in entries})
        source_id = {source: number for number, source in enumerate(sources)}
        records = []
        for done, e in enumerate(entries, 1):
            if pause is not None and done % 256 == 0:
                pause()
            fields = (
                e.name,
                e.country,
                e.city,
                NAMES_SEP.join(e.other_names),
                e.ror_id or "",
                e.directory_id or "",
                e.sponsor_note or "",
            )
            if any(SEP in f or FIELDS_SEP in f for f in fields) or any(
                NAMES_SEP in name for name in e.other_names
            ):
                raise ValueError(f"the school {e.name!r} holds a control character")
            records.append(FIELDS_SEP.join(fields))
        store_ids = [-1 if e.store_id is None else e.store_id for e in entries]
        return {
            "records": StoredColumn.parts_of(records, "school", encoded=True, pause=pause),
            "kinds": bytes(KINDS.index(e.kind) for e in entries),
            "sources": sources,
            "source_ids": bytes(source_id[e.source] for e in entries)
            if len(sources) < 256
            else array("I", [source_id[e.source] for e in entries]).tobytes(),
            # the bundled schools have none: not stored then
            "store_ids": array("q", store_ids).tobytes() if any(i >= 0 for i in store_ids) else b"",
        }

    @classmethod
    def from_parts(cls, parts: dict[str, Any], count: int) -> Entries:
        entries = cls()
        entries._stored = _StoredEntries(parts, count)
        entries._made = [None] * count
        return entries


FIELDS_SEP = "\x1e"  # between the text fields of one stored school


class _StoredEntries:
    """The stored columns of an index's schools."""

    __slots__ = ("count", "kinds", "records", "source_ids", "sources", "store_ids")

    def __init__(self, parts: dict[str, Any], count: int) -> None:
        self.count = count
        self.kinds: bytes = parts["kinds"]
        self.sources: list[str] = list(parts["sources"])
        raw_sources: bytes = parts["source_ids"]
        if len(raw_sources) == count:
            self.source_ids: Sequence[int] = raw_sources
        else:
            self.source_ids = array("I")
            self.source_ids.frombytes(raw_sources)
        self.store_ids = array("q")
        self.store_ids.frombytes(parts["store_ids"])
        self.records = StoredColumn.from_parts(parts["records"])
        if len(self.records) != count:
            raise ValueError("the index's schools do not match their number")
        if len(self.kinds) != count or len(self.source_ids) != count:
            raise ValueError("the index's schools do not match their number")
        if self.store_ids and len(self.store_ids) != count:
            raise ValueError("the index's schools do not match their number")

    def make(self, eid: int) -> SchoolEntry:
        name, country, city, other, ror_id, directory_id, note = self.records[eid].split(FIELDS_SEP)
        store_id = self.store_ids[eid] if self.store_ids else -1
        return SchoolEntry(
            name=name,
            kind=KINDS[self.kinds[eid]],  # type: ignore[arg-type]
            country=country,
            city=city,
            other_names=tuple(other.split(NAMES_SEP)) if other else (),
            source=self.sources[self.source_ids[eid]],
            ror_id=ror_id or None,
            directory_id=directory_id or None,
            sponsor_note=note or None,
            store_id=None if store_id < 0 else store_id,
        )


class SearchIndex:
    """Folded words of every school's names, city and country, with the schools holding them."""

    def __init__(self) -> None:
        self.entries = Entries()
        self.kind_rank: list[int] = []
        # word -> {school: weight}; read from a file, every word stays packed until used
        self.postings: Postings = {}
        self.vocabulary: Words = []
        self.name_texts: Column = []
        self.place_texts: Column = []
        self.fine_choices: Column = []  # the school's folded names, joined by NAMES_SEP
        self.prominence: list[int] = []
        self.spelled: Column = []  # acronyms its names spell, joined by NAMES_SEP
        self._by_country: dict[str, set[int] | bytes] = {}
        self._reversed: Words = []  # each word spelled backwards, sorted
        self._buckets: dict[tuple[bool, str, int], list[str]] = {}
        self._rank: list[int] | None = None  # None: schools rank in the order they were added
        self._front = 0  # schools added in front (they rank first)
        self._front_start = 0  # where they are numbered
        self._sorted_postings: dict[str, list[int]] = {}
        self._completions: dict[str, list[str]] = {}
        self._country_words: dict[str, list[str]] = {}
        self._match_cache: dict[tuple[str, bool], WordMatch] = {}

    def __len__(self) -> int:
        return len(self.kind_rank)

    # ---- building -----------------------------------------------------------------------------

    def add_all(
        self,
        entries: Iterable[SchoolEntry],
        *,
        front: bool = False,
        pause: Pause | None = None,
        prepare: bool = True,
    ) -> None:
        """Index the schools. ``front``: they rank before every school already here (the user's
        own, added to an index read from a file). ``pause`` is called after every few schools
        (it rests now and then, so that a build on a worker lets the interface run).
        ``prepare``: list the completions of short prefixes now (``prepare_completions``)."""
        entries = list(entries)
        if front:
            self._put_in_front(len(entries))
        new_words: set[str] = set()
        for done, entry in enumerate(entries, 1):
            new_words.update(self._add_entry(entry))
            if pause is not None and done % 8 == 0:
                pause()
        self._add_vocabulary(new_words, bulk=True, pause=pause)
        if prepare:
            self.prepare_completions(pause)

    def add(self, entry: SchoolEntry) -> None:
        """One more school, ranked after every other (one the user has just recorded)."""
        self._add_vocabulary(self._add_entry(entry), bulk=False)

    def _put_in_front(self, count: int) -> None:
        if not count:
            return
        if not self._front:
            self._front_start = len(self)
        elif self._front_start + self._front != len(self):
            raise ValueError("schools were added after the ones in front")
        self._front += count
        # The schools before them move back by the number in front, which come first, in order
        # (_add_entry ranks the new ones).
        start, front = self._front_start, self._front
        self._rank = [*range(front, start + front), *range(front - count)]
        self._sorted_postings.clear()

    def rank_of(self, eid: int) -> int:
        """Where a school comes on equal scores (0 first)."""
        return eid if self._rank is None else self._rank[eid]

    def _add_entry(self, entry: SchoolEntry) -> set[str]:
        eid = len(self.entries)
        self.entries.append(entry)
        if self._rank is not None:
            front_end = self._front_start + self._front
            self._rank.append(eid - self._front_start if eid < front_end else eid)
        self.kind_rank.append(KIND_RANK[entry.kind])
        self._within(entry.country).add(eid)
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
        self.fine_choices.append(NAMES_SEP.join(fine))
        # On equal scores: medical schools first, then schools known by more names (labels in
        # many languages mark the better-known institution), then list order.
        self.prominence.append(min(len(fine), 30))
        self.spelled.append(NAMES_SEP.join(sorted(spelled)))
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
        if word in self.postings:
            posting = self.posting(word)
        else:
            posting = self.postings[word] = {}
            fresh.add(word)
        if posting.get(eid, 0.0) < weight:
            posting[eid] = weight
        self._sorted_postings.pop(word, None)

    def _add_vocabulary(self, fresh: set[str], bulk: bool, pause: Pause | None = None) -> None:
        if not fresh:
            return
        if bulk and len(fresh) * 4 > len(self.vocabulary):
            self.vocabulary = paced_sorted(self.postings, pause)
            self._reversed = paced_sorted((word[::-1] for word in self.vocabulary), pause)
        else:
            vocabulary = self.vocabulary = list(self.vocabulary)  # a WordList is read-only
            reversed_words = self._reversed = list(self.reversed_vocabulary())
            for word in fresh:
                insort(vocabulary, word)
                insort(reversed_words, word[::-1])
        self._buckets.clear()
        self._completions.clear()
        self._match_cache.clear()

    def extend(self, other: SearchIndex, *, pause: Pause | None = None) -> None:
        """Add every school of ``other`` after these (numbered and ranked after them), without
        folding a name again: the imported schools' index, then the prebuilt bundled one."""
        if self._front or other._front:
            raise ValueError("an index with schools added in front cannot be joined")
        offset = len(self)
        for done, entry in enumerate(other.entries, 1):
            self.entries.append(entry)
            if pause is not None and done % 256 == 0:
                pause()
        self.kind_rank.extend(other.kind_rank)
        self.prominence.extend(other.prominence)
        self.name_texts.extend(other.name_texts)
        self.place_texts.extend(other.place_texts)
        self.fine_choices.extend(other.fine_choices)
        self.spelled.extend(other.spelled)
        fresh: set[str] = set()
        for done, (word, posting) in enumerate(other._postings_in_word_order(), 1):
            moved = {eid + offset: weight for eid, weight in posting.items()}
            if word in self.postings:
                self.posting(word).update(moved)  # other schools: no number is in both
            else:
                self.postings[word] = moved
                fresh.add(word)
            if pause is not None and done % 64 == 0:
                pause()
        for code in list(other._by_country):
            self._within(code).update(eid + offset for eid in other._within(code))
        for code, country in other._country_words.items():
            self._country_words.setdefault(code, country)
        self._sorted_postings.clear()
        self._completions.clear()
        self._add_vocabulary(fresh, bulk=True, pause=pause)

    def _postings_in_word_order(self) -> Iterator[tuple[str, dict[int, float]]]:
        """(word, schools) in vocabulary order."""
        postings = self.postings
        if (
            isinstance(postings, PackedPostings)
            and self.vocabulary is postings.words
            and not postings.added
        ):
            return postings.items()  # by position: no word looked up
        return ((word, self.posting(word)) for word in self.vocabulary)

    def unpack_all(self, pause: Pause | None = None) -> None:
        """Unpack every word's schools now (on a worker), not at a first keystroke."""
        postings = self.postings
        if not isinstance(postings, PackedPostings):
            return
        self.postings = dict(postings.items(pause))  # every word a dict: found at dict speed

    def prepare_completions(self, pause: Pause | None = None) -> None:
        """List the completions of every one- and two-letter prefix now: they come with every
        first keystroke."""
        for size in (1, 2):
            prefixes: set[str] = set()
            for done, word in enumerate(self.vocabulary, 1):
                if len(word) >= size:
                    prefixes.add(word[:size])
                if pause is not None and done % 4096 == 0:
                    pause()
            for prefix in sorted(prefixes):
                self._completions_of(prefix)
                if pause is not None:
                    pause()

    # ---- reading what is stored ---------------------------------------------------------------

    def posting(self, word: str) -> dict[int, float]:
        """The schools holding a word, with its weight for each (unpacked on first use)."""
        return self.postings[word]

    def count(self, word: str) -> int:
        """How many schools hold a word."""
        postings = self.postings
        if isinstance(postings, PackedPostings):
            return postings.count(word)
        return len(postings[word])

    def reversed_vocabulary(self) -> Words:
        """Every word spelled backwards, sorted: words by their last letters."""
        return self._reversed

    def bucket(self, first: bool, letters: str, length: int) -> list[str]:
        """The words of a length that start (``first``) or end with two letters, in word order:
        where typos of a word are looked for. Found by bisection in the (reversed) vocabulary
        when first asked for, then remembered until the vocabulary changes."""
        key = (first, letters, length)
        found = self._buckets.get(key)
        if found is None:
            if first:
                words_in = self.vocabulary
            else:
                words_in = self.reversed_vocabulary()
                letters = letters[::-1]
            start = bisect_left(words_in, letters)
            end = bisect_left(words_in, letters + "{", start)  # "{" sorts after "z" and "9"
            found = [w for w in _between(words_in, start, end) if len(w) == length]
            if not first:
                found = sorted(w[::-1] for w in found)
            self._buckets[key] = found
        return found

    def _within(self, code: str) -> set[int]:
        found = self._by_country.get(code)
        if found is None:
            found = self._by_country[code] = set()
        elif isinstance(found, bytes):
            numbers = array(EID_TYPE)
            numbers.frombytes(found)
            found = self._by_country[code] = set(numbers)
        return found

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
        common = word in self.postings and self.count(word) >= COMMON_WORD
        budget = 0 if common or prefix_filter else _typo_budget(word)
        if budget:
            for token, distance in self._near_words(word, budget):
                weight = 0.9 - 0.1 * distance
                if weights.get(token, 0.0) < weight:
                    weights[token] = weight
        # Best first; on equal weights, the word sharing the longest beginning with the one typed
        # (a typo is likelier late in a word), then as found (buckets are in word order).
        tokens = sorted(weights.items(), key=lambda item: (-item[1], -_shared_start(word, item[0])))
        estimate = sum(self.count(t) for t, _ in tokens)
        return WordMatch(word, tokens, estimate, prefix_filter)

    def _completions_of(self, prefix: str) -> tuple[list[str], bool]:
        """Words starting with prefix; when there are too many, the most common ones only."""
        start = bisect_left(self.vocabulary, prefix)
        end = bisect_left(self.vocabulary, prefix + "{", start)  # "{" sorts after "z"
        if end - start <= PREFIX_EXPANSION_CAP:
            return _between(self.vocabulary, start, end), True
        cached = self._completions.get(prefix)
        if cached is None:
            found = _between(self.vocabulary, start, end)
            postings = self.postings
            if isinstance(postings, PackedPostings) and self.vocabulary is postings.words:
                # counted by position: no word looked up (a one-letter prefix has thousands)
                positions = range(start, end)
                counts = dict(zip(found, map(postings.count_at, positions, found), strict=True))
                count: Callable[[str], int] = counts.__getitem__
            else:
                count = self.count
            cached = heapq.nlargest(PREFIX_EXPANSION_CAP, found, key=count)
            self._completions[prefix] = cached
        return cached, False

    def _near_words(self, word: str, budget: int) -> list[tuple[str, int]]:
        found: dict[str, int] = {}
        size = len(word)
        for length in range(size - budget, size + budget + 1):
            for bucket in (
                self.bucket(True, word[:2], length),
                self.bucket(False, word[-2:], length),
            ):
                if not bucket:
                    continue
                for token, distance in near_words(word, bucket, budget):
                    if token != word:
                        found[token] = distance
        return list(found.items())

    # ---- searching ----------------------------------------------------------------------------

    def search(
        self, query: str, country: str | None, limit: int
    ) -> list[tuple[SchoolEntry, float]]:
        query_words = words(query)
        content = [w for w in query_words if w not in STOPWORDS] or query_words
        if not content or limit <= 0:
            return []
        within = None
        if country:
            if country not in self._by_country:
                return []
            within = self._within(country)
            if not within:
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
        kind_rank, prominence, spelled, rank_of = (
            self.kind_rank,
            self.prominence,
            self.spelled,
            self.rank_of,
        )
        coverage = {
            eid: -kind_rank[eid] * 1e-5 + prominence[eid] * 1e-7 - rank_of(eid) * 1e-13
            for eid in candidates
        }
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
        acronym = content[0] if len(content) == 1 else ""
        scored = sorted(
            (
                -round(80.0 * covered / count + 0.2 * fine[eid], 1),
                kind_rank[eid],
                # "UNAM": the school whose name spells it
                not acronym or acronym not in spelled[eid].split(NAMES_SEP),
                -prominence[eid],
                rank_of(eid),
                eid,
            )
            for eid, covered in best
        )
        return [(self.entries[key[-1]], -key[0]) for key in scored[:limit]]

    def _whole_name_scores(self, folded_query: str, eids: list[int]) -> dict[int, float]:
        """0-100 per school: how well one of its names reads as the query, words in any order
        (one token_sort_scores call for all). A name holding the query as a phrase gets a bonus, the
        most when the school's main name starts with it."""
        owners: list[int] = []
        choices: list[str] = []
        names_of: dict[int, list[str]] = {}
        for eid in eids:
            joined = self.fine_choices[eid]
            names = names_of[eid] = joined.split(NAMES_SEP) if joined else []
            choices.extend(names)
            owners.extend([eid] * len(names))
        best = dict.fromkeys(eids, 0.0)
        for eid, score in zip(owners, token_sort_scores(folded_query, choices), strict=True):
            if score > best[eid]:
                best[eid] = score
        phrase = f" {folded_query} "
        for eid in eids:
            names = names_of[eid]
            if phrase in f" {' | '.join(names)} ":
                starts = names[0].startswith(folded_query)
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
            posting = self.posting(token)
            if within is not None:
                hits = posting.keys() & within
                reached.update(hits if len(hits) <= room else self._in_rank_order(hits)[:room])
            elif len(posting) <= room:
                reached.update(posting)
            else:  # schools are ranked in list order: the first ones are the best on ties
                reached.update(self._ranked_posting(token)[:room])
        return reached

    def _in_rank_order(self, eids: Iterable[int]) -> list[int]:
        return sorted(eids) if self._rank is None else sorted(eids, key=self._rank.__getitem__)

    def _ranked_posting(self, token: str) -> list[int]:
        ranked = self._sorted_postings.get(token)
        if ranked is None:
            ranked = self._in_rank_order(self.posting(token))
            self._sorted_postings[token] = ranked
        return ranked

    def _weights_on(self, match: WordMatch, candidates: set[int]) -> dict[int, float]:
        found: dict[int, float] = {}
        for token, weight in match.tokens:
            if match.prefix_filter and weight < SYNONYM_WEIGHT:
                break  # a short prefix's many completions: one substring test per school instead
            posting = self.posting(token)
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

    # ---- stored form --------------------------------------------------------------------------

    def to_parts(self, pause: Pause | None = None) -> dict[str, Any]:
        """Everything a search needs, as plain values for ``marshal`` (app/directory/stored.py).
        Schools added in front cannot be stored: they are the user's, read at every start."""
        if self._front:
            raise ValueError("an index with schools added in front is not stored")
        return {
            "count": len(self),
            "byteorder": sys.byteorder,
            "entries": self.entries.to_parts(pause),
            "kind_rank": bytes(self.kind_rank),
            "prominence": bytes(self.prominence),
            "name_texts": StoredColumn.parts_of(list(self.name_texts), "name", pause=pause),
            "place_texts": TableColumn.parts_of(list(self.place_texts), "place"),
            "fine_choices": StoredColumn.parts_of(list(self.fine_choices), "name", pause=pause),
            "spelled": StoredColumn.parts_of(list(self.spelled), "name", pause=pause),
            "vocabulary": StoredColumn.parts_of(list(self.vocabulary), "word", pause=pause),
            "postings": self._packed_postings(pause),
            "reversed_vocabulary": StoredColumn.parts_of(
                list(self.reversed_vocabulary()), "word", pause=pause
            ),
            "by_country": {
                code: array(EID_TYPE, sorted(self._within(code))).tobytes()
                for code in sorted(self._by_country)
            },
            # Every country, so that a school the user records anywhere is indexed (and shown)
            # without pycountry (40 ms to import): built from the same pycountry data.
            # (joined: the same file from the same list, whatever strings the lists share)
            "country_words": {
                code: " ".join(self._words_of_country(code)) for code in all_country_codes()
            },
            "country_names": {
                code: name for code in all_country_codes() if (name := country_name(code)) != code
            },
        }

    def _packed_postings(self, pause: Pause | None) -> dict[str, bytes]:
        """Every word's schools (pack_posting) one after another, in word order, and where each
        word's end (counted in numbers)."""
        packed: list[bytes] = []
        ends = array(EID_TYPE)
        end = 0
        for done, word in enumerate(self.vocabulary, 1):
            raw = pack_posting(self.posting(word))
            packed.append(raw)
            end += len(raw) // 4
            ends.append(end)
            if pause is not None and done % 64 == 0:
                pause()
        return {"packed": b"".join(packed), "ends": ends.tobytes()}

    @classmethod
    def from_parts(cls, parts: dict[str, Any], *, shared: bool = False) -> SearchIndex:
        """The index ``to_parts`` gave (``shared``: the parts serve other indexes too, so what
        this one changes is copied). Raises ValueError (or KeyError, TypeError) when the parts
        do not fit together."""
        if parts["byteorder"] != sys.byteorder or array(EID_TYPE).itemsize != 4:
            raise ValueError("the index was written on a machine with another byte order")
        count = int(parts["count"])
        index = cls()
        index.entries = Entries.from_parts(parts["entries"], count)
        index.kind_rank = list(parts["kind_rank"])
        index.prominence = list(parts["prominence"])
        index.name_texts = StoredColumn.from_parts(parts["name_texts"])
        index.fine_choices = StoredColumn.from_parts(parts["fine_choices"])
        index.spelled = StoredColumn.from_parts(parts["spelled"])
        index.place_texts = TableColumn.from_parts(parts["place_texts"])
        for name in ("kind_rank", "prominence", "name_texts", "place_texts", "fine_choices"):
            if len(getattr(index, name)) != count:
                raise ValueError(f"the index's column {name} does not match its schools")
        # Read-only views of the parts (shared or not: nothing writes them).
        vocabulary = WordList(**parts["vocabulary"])
        postings = parts["postings"]
        index.postings = PackedPostings(vocabulary, postings["packed"], postings["ends"])
        index.vocabulary = vocabulary
        index._reversed = WordList(**parts["reversed_vocabulary"])
        if len(index._reversed) != len(vocabulary):
            raise ValueError("the index's reversed words do not match its words")
        by_country = parts["by_country"]
        index._by_country = dict(by_country) if shared else by_country
        index._country_words = {code: w.split() for code, w in parts["country_words"].items()}
        return index

    def materialize(self, pause: Pause | None = None) -> None:
        """Turn the stored columns into lists (on a worker, before the user types): each
        keystroke then reads them at list speed."""
        for name in ("name_texts", "place_texts", "fine_choices", "spelled"):
            column = getattr(self, name)
            if not isinstance(column, list):
                values: list[str] = []
                for start in range(0, len(column), 4096):
                    values.extend(column[n] for n in range(start, min(start + 4096, len(column))))
                    if pause is not None:
                        pause()
                setattr(self, name, values)
        if not isinstance(self.vocabulary, list):
            self.vocabulary = list(self.vocabulary)  # bisection at list speed
            if pause is not None:
                pause()
            self._reversed = list(self._reversed)


__all__ = ["SearchIndex", "WordMatch", "fold", "pack_posting", "unpack_posting"]
