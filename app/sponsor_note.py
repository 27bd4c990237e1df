"""Reading an ECFMG sponsor note as users paste it from the World Directory of Medical Schools.

Notes come in many shapes: "Graduation Year: 1980 - Current", several ranges, start and end on
separate lines, en dashes, surrounding copy-paste text, or a note saying students and graduates
(of some years) are NOT eligible. An empty note means the listing has no ECFMG note: the school
is not eligible.

Safety first: a range is only ever read as eligible when nothing near it says otherwise. Years
inside (or governed by) a "not eligible" sentence are excluded, wherever that sentence stands;
when the text does not say which way a range goes, the reading carries a ``problem`` (the app
then asks the user) rather than a guess.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, pairwise

from app.i18n import _, language
from app.world_directory import WORLD_DIRECTORY_SEARCH_URL as WORLD_DIRECTORY_SEARCH_URL
from app.world_directory import school_page_url as school_page_url  # their home before


class _Lazy:
    """A pattern compiled on first use: the sixteen below cost about 3 ms at import, on the path
    to the first window (the engine is imported for a new profile's wizard, whose school, and so
    its note, is not chosen yet). The first call compiles it and keeps the compiled pattern's
    methods on the instance, so later calls cost what a compiled pattern's do."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")

    def __init__(self, source: str) -> None:
        self.source = source

    def __getattr__(self, name: str) -> object:  # only for a name not set yet: the first use
        compiled = re.compile(self.source)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def _lazy(source: str) -> re.Pattern[str]:
    """``re.compile(source)``, compiled when first matched (see _Lazy)."""
    return _Lazy(source)  # type: ignore[return-value]  # used only through re.Pattern's methods


YearRange = tuple[int, int | None]  # (first year, last year included); None = "Current"

_YEAR = r"(?:19|20)\d{2}"
_OPEN_END = r"current|present|now|today|date"
_DASHES = _lazy(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")

# Speed: notes may run to 100,000 characters and are read on every keystroke. The patterns
# below are matched against the note folded to lower case (``_FOLD``), so they need no
# IGNORECASE, and each starts with a literal character: the engine then skims the text for
# that character instead of trying the whole pattern at every position, which a leading
# ``\b`` or IGNORECASE would make it do. ``\b`` before a word is written as a look back after
# the word's first letters (``_words``); ``\b`` before a year as one after its "19" / "20".
_FOLD = str.maketrans(
    # What IGNORECASE takes for a letter a-z: A-Z, dotted and dotless I, long s, Kelvin sign.
    string.ascii_uppercase + "\u0130\u0131\u017f\u212a",
    string.ascii_lowercase + "iisk",
)
_WORD_YEAR = r"(?:19|20)(?<!\w..)\d{2}"  # \b(?:19|20)\d{2}


def _words(*phrases: str, then: str = "") -> str:
    r"""``\b(?:phrase|phrase...)then`` written as alternatives that each start with a letter:
    ``start(?<!\wstart)(?:ing)?`` for ``\bstart(?:ing)?``. Each phrase starts with a word
    in lower case; the look back goes after its letters (before a ``?`` that ends it)."""
    alternatives = []
    for phrase in phrases:
        match = re.match(r"[a-z]+", phrase)
        if match is None:
            raise ValueError(f"a phrase must start with a word in lower case: {phrase!r}")
        word = match.group()
        if phrase[len(word) : len(word) + 1] in ("?", "*", "+", "{"):
            word = word[:-1]  # "notes?": the look back after "note"
        alternatives.append(rf"{word}(?<!\w{word}){phrase[len(word) :]}{then}")
    return "|".join(alternatives)


_RANGE = _lazy(
    rf"({_WORD_YEAR})\s*(?:-|\bto\b|\bthrough\b|\buntil\b|\btill\b|\bthru\b)\s*"
    rf"({_YEAR}|\d{{2}}|{_OPEN_END})\b"
    r"(?!\s*-\s*\d)",  # "2023-05-04" is a date, not a range
)
_OPEN_RANGE = _lazy(
    rf"({_WORD_YEAR})\s*(?:(?:and|or)\s+(?:later|after|beyond|onwards?)|onwards?)\b"
    r"|" + _words(rf"since\s+({_YEAR})\b"),
)
_OPEN_RANGE_WORDS = ("later", "after", "beyond", "onward", "since")  # one is in each match
_LABELLED_SINGLE_YEAR = _lazy(
    "(?:" + _words(r"graduation\s+years?", "class") + rf")\s*(?::|of)?\s*({_YEAR})\b(?!\s*-)"
)
_START_YEAR = _lazy(_words(rf"start(?:ing)?\s+(?:graduation\s+)?year\s*:?\s*(?:({_YEAR})\b)?"))
_END_YEAR = _lazy(
    _words(rf"end(?:ing)?\s+(?:graduation\s+)?year\s*:?\s*(?:({_YEAR}|{_OPEN_END})\b)?")
)
# A year not read as part of a range; dates ("2023-05-04", "04/05/2023") are left alone.
_ANY_YEAR = _lazy(r"((?:19|20)(?<![\w/.-]..)\d{2})\b(?![\d/]|\s*-\s*\d)")

_NOT_ELIGIBLE = _lazy(
    "|".join(
        [
            # "not (be considered) eligible"
            _words("not", "never", r"no\s+longer", then=r"\s+(?:\w+\s+){0,2}?eligible\b"),
            _words(r"ineligible\b"),
            # "..., but 1992 - 1994 are not."
            _words("is", "are", "was", "were", then=r"\s+not\b(?=\s*(?:[.;,)]|$))"),
            _words(
                "cannot",
                r"can\s*not",
                r"may\s+not",
                r"must\s+not",
                then=r"\s+(?:\w+\s+)?(?:apply|be\s+certified)\b",
            ),
            _words(r"not\s+(?:be\s+)?accepted\b"),
            _words(r"but\s+not\b"),
        ]
    )
)
_EXCEPT = _lazy(
    _words(
        r"except(?:\s+for)?",
        "excluding",
        r"other\s+than",
        r"with\s+the\s+exception\s+of",
        then=r"\b",
    )
)
_ELIGIBLE = _lazy(_words(r"eligible\b"))
# Words that may turn a statement around; met outside the phrases above, they make it unclear.
_NEGATION = _lazy(
    _words(
        *("not", "never", "no", "nor", "none", "cannot", "unless"),
        *("exclude[sd]?", "excluding", "except"),
        then=r"\b",
    )
)
# Each match of the patterns above holds one of these (in the folded text): text without them
# is not searched. "no" is in "not", "none", "nor", "cannot"; "exc" in "except", "excluding".
_NOT_ELIGIBLE_WORDS = ("no", "never", "ineligible")
_EXCEPT_WORDS = ("exc", "other", "with")
_NEGATION_WORDS = ("no", "never", "unless", "exc")
_SIGNAL_WORDS = _lazy("no|eligible|exc|never|other|with|unless")  # all the above
_LABEL = _lazy(
    "(?:"
    + _words(
        r"ecfmg\s+(?:sponsor\s+)?notes?",
        r"sponsor\s+notes?",
        "notes?",
        r"graduation\s+years?",
        r"additional\s+information",
    )
    + r")\s*:"
)
_VALUE_LABEL = _lazy(
    r"\s*(?:graduation\s+years?|(?:start|end)(?:ing)?\s+(?:graduation\s+)?year)\s*:"
)
_CLAUSE_BREAK = _lazy(
    ",|;|"
    + _words(
        *("but", "however", "whereas", "while", "although", "though", "except", "excluding"),
        r"other\s+than",
        r"with\s+the\s+exception\s+of",
        then=r"\b",
    )
)
_CONTINUES = _lazy(r"^\W*(?:and|or|as\s+well\s+as|also)\b")

_YES, _NO, _MIXED, _EXCEPTION = "yes", "no", "mixed", "except"


@dataclass(frozen=True)
class SponsorNoteReading:
    """What a sponsor note says: the graduation years it makes eligible, or why it says no."""

    ranges: tuple[YearRange, ...] = ()
    not_eligible: bool = False  # the note (or its absence) says graduates are not eligible
    problem: str | None = None  # why the note could not be read; then ask the user
    excluded_ranges: tuple[YearRange, ...] = ()  # years a "not eligible" statement names
    no_note: bool = False  # "" pasted: the listing has no ECFMG note

    def covers(self, year: int) -> bool:
        """True when graduates of ``year`` are eligible by this note (end years included)."""
        if self.not_eligible or self.problem:
            return False
        if self._excluded_years.holds(year):
            return False
        return self._eligible_years.holds(year)

    @property
    def current(self) -> bool:
        """True when an eligible range is open-ended ("Current") and no exclusion closes it."""
        if self.not_eligible or self.problem:
            return False
        if self._excluded_years.open_ended:
            return False
        return self._eligible_years.open_ended

    def years_text(self) -> str:
        """The eligible years in a line: '1950 – 1970, 1980 – Current, except 1992 – 1994'."""
        text = ", ".join(_range_text(r) for r in self.ranges)
        cut = [r for r in self.excluded_ranges if self._eligible_years.overlaps(r)]
        if cut:
            # Translators: graduation years: "1980 – Current, except 1992 – 1994".
            text = _("{years}, except {excluded}").format(
                years=text, excluded=", ".join(_range_text(r) for r in cut)
            )
        return text

    # Built once per reading (readings are shared through the cache): a note may hold
    # thousands of ranges, and the engine asks about years several times per evaluation.
    @cached_property
    def _eligible_years(self) -> _YearRanges:
        return _YearRanges(self.ranges)

    @cached_property
    def _excluded_years(self) -> _YearRanges:
        return _YearRanges(self.excluded_ranges)


_NO_END = float("inf")  # a "Current" range's last year, for comparisons


class _YearRanges:
    """Year ranges sorted by first year, with the latest last year reached so far, so that
    "which ranges hold this year" is a binary search rather than a scan of every range."""

    def __init__(self, ranges: Iterable[YearRange]) -> None:
        ordered = sorted((start, _NO_END if end is None else end) for start, end in ranges)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))
        self.open_ended = bool(self._reach) and self._reach[-1] == _NO_END

    def _reached(self, count: int, year: float) -> bool:
        """Does one of the first ``count`` ranges (by first year) end at ``year`` or later?"""
        return count > 0 and self._reach[count - 1] >= year

    def holds(self, year: float) -> bool:
        """A range runs from ``year`` or before to ``year`` or after."""
        return self._reached(bisect_right(self._starts, year), year)

    def overlaps(self, other: YearRange) -> bool:
        """A range holds ``other``'s first year, or starts inside ``other``."""
        start, end = other
        if self.holds(start):
            return True
        first = bisect_left(self._starts, start)
        return first < len(self._starts) and (end is None or self._starts[first] <= end)


def _range_text(year_range: YearRange) -> str:
    start, end = year_range
    if end is None:
        # Translators: graduation years from {start} up to now, as the World Directory says
        # ("1980 – Current").
        return _("{start} – Current").format(start=start)
    return f"{start} – {end}"


@dataclass(slots=True)
class _Found:
    """A year range found in the note, with where it stands in the flattened text."""

    start: int
    end: int
    years: YearRange | None  # None: unreadable; ``problem`` says why
    problem: str | None = None
    polarity: str | None = None  # yes / no once known
    flip: bool = False  # inside an "except ..." clause of a statement-less sentence


@dataclass(slots=True)
class _Sentence:
    """A sentence of a sponsor note, with the graduation years it names."""

    start: int
    end: int
    statement: str | None = None  # yes / no / mixed, for a statement naming no years itself
    ranges: list[_Found] = field(default_factory=list)


class _Spans:
    """Half-open spans of the text ``[start, end)``, sorted by start with the furthest end
    reached so far: whether any span holds a position is a binary search, not a scan."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def _reached(self, count: int, position: int) -> bool:
        """Does one of the first ``count`` spans (by start) end after ``position``?"""
        return count > 0 and self._reach[count - 1] > position

    def holds(self, position: int) -> bool:
        """start <= position < end for some span."""
        count = bisect_right(self._starts, position)  # _reached, inlined: called per year
        return count > 0 and self._reach[count - 1] > position

    def crosses(self, position: int) -> bool:
        """start < position < end for some span: a cut there would split it."""
        return self._reached(bisect_left(self._starts, position), position)

    def meets(self, start: int, end: int) -> bool:
        """Some span shares a character with ``[start, end)``."""
        return self._reached(bisect_left(self._starts, end), start)


def _flatten(text: str) -> str:
    """Dashes made plain, each whitespace run one space, or one line break if it held one."""
    text = _DASHES.sub("-", text.replace("\r", "\n"))
    # str.split() and the regular expression \s know the same whitespace: each line's words
    # joined by one space, lines holding words joined by one line break.
    lines = (" ".join(words) for line in text.split("\n") if (words := line.split()))
    return "\n".join(lines)


def _find_ranges(flat: str) -> list[_Found]:
    """Each kind of range where no earlier kind was found. The matches of one kind never
    overlap one another, so each is checked against the earlier kinds only."""
    found = _start_and_end_years(flat)
    for kind in (_closed_ranges(flat), _open_ranges(flat), _single_years(flat)):
        if found and kind:
            taken = _Spans((f.start, f.end) for f in found)
            kind = [f for f in kind if not taken.meets(f.start, f.end)]
        found += kind
    for found_range in found:
        if found_range.years and found_range.years[1] is not None:
            first, last = found_range.years
            if last < first:
                found_range.years = None
                found_range.problem = _(
                    "the years {first} - {last} run backwards; check the note"
                ).format(first=first, last=last)
    return sorted(found, key=lambda f: f.start)


def _closed_ranges(flat: str) -> list[_Found]:
    """ "1980 - 2010", "1980 to Current", "1992-94"."""
    found = []
    for match in _RANGE.finditer(flat):
        first_text, last = match.groups()
        first = int(first_text)
        if len(last) == 2:  # "1992-94"
            end = first // 100 * 100 + int(last)
            if end <= first:
                continue  # "2023-05": a month, not a range
            last = str(end)
        found.append(_Found(*match.span(), _years(first, last)))
    return found


def _open_ranges(flat: str) -> list[_Found]:
    """ "1980 and later", "since 1980"."""
    if not _holds_any(flat, _OPEN_RANGE_WORDS):
        return []
    return [
        _Found(*match.span(), (int(match.group(1) or match.group(2)), None))
        for match in _OPEN_RANGE.finditer(flat)
    ]


def _single_years(flat: str) -> list[_Found]:
    """ "Graduation Year: 2001", "Class of 2001"."""
    found = []
    for match in _LABELLED_SINGLE_YEAR.finditer(flat):
        year = int(match.group(1))
        found.append(_Found(*match.span(1), (year, year)))
    return found


def _start_and_end_years(flat: str) -> list[_Found]:
    """ "Start Year: 1980" with the "End Year: Current" that follows it (before the next start)."""
    found: list[_Found] = []
    starts, ends = list(_START_YEAR.finditer(flat)), list(_END_YEAR.finditer(flat))
    unpaired: list[re.Match[str]] = []  # End Years no Start Year took, in the note's order
    next_end = 0  # ends before it are taken or left behind: later starts stand further on
    for index, start in enumerate(starts):
        limit = starts[index + 1].start() if index + 1 < len(starts) else len(flat)
        while next_end < len(ends) and ends[next_end].start() <= start.start():
            unpaired.append(ends[next_end])
            next_end += 1
        if next_end == len(ends) or ends[next_end].start() >= limit:
            problem = _("it gives a Start Year but no End Year")
            found.append(_Found(*start.span(), None, problem))
            continue
        end = ends[next_end]
        next_end += 1
        first, last = start.group(1), end.group(1)
        if first is None or last is None:
            problem = _("its Start Year or End Year is empty")
            found.append(_Found(start.start(), end.end(), None, problem))
        else:
            found.append(_Found(start.start(), end.end(), _years(int(first), last)))
    problem = _("it gives an End Year but no Start Year")
    return found + [_Found(*end.span(), None, problem) for end in unpaired + ends[next_end:]]


def _years(first: int, last: str) -> YearRange:
    return (first, None) if not last[0].isdigit() else (first, int(last))


def _sentences(flat: str, ranges: list[_Found], cased: str) -> list[_Sentence]:
    """Sentences of the note: split at full stops, labels ("Graduation Year:") and line breaks
    that start a new line of thought, never inside a year range. ``cased`` is the note before
    folding to lower case, which tells where a line starts with a capital."""
    cuts = {m.end() for m in re.finditer(r"[.!?](?=\s|$)", flat)}
    cuts |= {m.start() for m in _LABEL.finditer(flat)}
    line_start = 0
    for m in re.finditer(r"\n", flat):  # whitespace is flattened: text stands either side
        at = m.start()
        if (
            flat[at - 1] in ".:;!?"
            or cased[at + 1].isupper()
            or _VALUE_LABEL.match(flat, line_start)  # "Graduation Year: ..."
        ):
            cuts.add(at)
        line_start = at + 1
    taken = _Spans((r.start, r.end) for r in ranges)
    cuts = {c for c in cuts if not taken.crosses(c)}
    bounds = sorted(cuts | {0, len(flat)})
    sentences = [_Sentence(a, b) for a, b in pairwise(bounds) if b > a]
    starts = [s.start for s in sentences]  # the sentences follow one another from 0 to the end
    for found_range in ranges:
        sentences[bisect_right(starts, found_range.start) - 1].ranges.append(found_range)
    return sentences


def _signals(text: str) -> tuple[frozenset[str], bool]:
    """What a piece of text says (yes / no / except) and whether it holds a negation that none
    of those phrases explains ("unless", "not" elsewhere), which makes it unclear."""
    if not _SIGNAL_WORDS.search(text):
        return _SAYS_NOTHING  # most pieces of a long note: no regular expression to run
    said_no = (
        [m.span() for m in _NOT_ELIGIBLE.finditer(text)]
        if _holds_any(text, _NOT_ELIGIBLE_WORDS)
        else []
    )
    said_except = (
        [m.span() for m in _EXCEPT.finditer(text)] if _holds_any(text, _EXCEPT_WORDS) else []
    )
    if "eligible" not in text:
        yes = False
    elif said_no:
        explained = _Spans(said_no)
        yes = any(not explained.holds(m.start()) for m in _ELIGIBLE.finditer(text))
    else:
        yes = _ELIGIBLE.search(text) is not None
    if not _holds_any(text, _NEGATION_WORDS):
        unclear = False
    elif said_no or said_except:
        explained = _Spans(said_no + said_except)
        unclear = any(not explained.holds(m.start()) for m in _NEGATION.finditer(text))
    else:
        unclear = _NEGATION.search(text) is not None
    kinds = {_YES} if yes else set()
    kinds |= {_NO} if said_no else set()
    kinds |= {_EXCEPTION} if said_except else set()
    return frozenset(kinds), unclear


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 - faster than any(): runs for every clause of a note
        if word in text:
            return True
    return False


_SAYS_NOTHING: tuple[frozenset[str], bool] = (frozenset(), False)


def _polarity(text: str) -> str | None:
    """yes / no / except for a clause or statement; mixed when it says several or is unclear."""
    kinds, unclear = _signals(text)
    if unclear or len(kinds) > 1:
        return _MIXED
    return next(iter(kinds), None)


def _unclear(years: YearRange) -> str:
    return _(
        "it does not say clearly whether graduates of {years} are eligible or not; paste only "
        "the ECFMG note, and ask ECFMG if it stays unclear"
    ).format(years=_range_text(years))


def _read_sentence(flat: str, sentence: _Sentence, problems: list[str]) -> None:
    """Give each range the sentence's own yes / no, or leave it for the statements around it."""
    text = flat[sentence.start : sentence.end]
    kinds, unclear = _signals(text)
    if kinds or unclear:
        spans = _Spans((r.start, r.end) for r in sentence.ranges)
        for match in _ANY_YEAR.finditer(text):
            if not spans.holds(sentence.start + match.start()):
                problems.append(
                    _(
                        "it names the year {year} in a way the app cannot read (only ranges "
                        "such as '1980 - 2010' or '1980 - Current' are read)"
                    ).format(year=match.group(1))
                )
    readable = [r for r in sentence.ranges if r.years is not None]
    if not readable:
        sentence.statement = _polarity(text) if kinds else None
        return
    if not kinds and not unclear:
        return  # "Graduation Year: 1980 - Current": the statements around it say which way
    if not unclear and len(kinds) == 1 and _EXCEPTION not in kinds:
        for found in readable:
            found.polarity = next(iter(kinds))
        return
    _read_clauses(flat, sentence, readable, problems)


def _read_clauses(
    flat: str, sentence: _Sentence, readable: list[_Found], problems: list[str]
) -> None:
    """A sentence saying several things: each range goes with its own clause, an "except"
    clause turns its sentence round, a clause saying nothing goes with its neighbours."""
    text = flat[sentence.start : sentence.end]
    spans = _Spans((r.start, r.end) for r in readable)
    cuts = [
        sentence.start + m.start()
        for m in _CLAUSE_BREAK.finditer(text)
        if m.start() > 0 and not spans.holds(sentence.start + m.start())
    ]
    bounds = [sentence.start, *cuts, sentence.end]
    clauses = [
        # A clause without a word that could say anything says nothing: "1950 - 1960, ".
        (a, b, _polarity(flat[a:b]) if _SIGNAL_WORDS.search(flat, a, b) else None)
        for a, b in pairwise(bounds)
    ]
    main = {p for _, _, p in clauses if p not in (None, _EXCEPTION)}
    main_polarity = None if not main else main.pop() if len(main) == 1 else _MIXED
    # For each clause, what the nearest clause before it (and after it) says, if one says so.
    said_before: list[str | None] = []
    said = None
    for _start, _end, polarity in clauses:
        said_before.append(said)
        said = polarity if polarity not in (None, _EXCEPTION) else said
    said_after: list[str | None] = []
    said = None
    for _start, _end, polarity in reversed(clauses):
        said_after.append(said)
        said = polarity if polarity not in (None, _EXCEPTION) else said
    said_after.reverse()
    # The ranges of each clause: both lists run in the note's order (readable by start).
    in_clause: list[list[_Found]] = [[] for _ in clauses]
    clause_starts = [a for a, _, _ in clauses]
    for found in readable:
        index = bisect_right(clause_starts, found.start) - 1
        if index >= 0 and found.start < clauses[index][1]:
            in_clause[index].append(found)
    for index, (a, b, polarity) in enumerate(clauses):
        for found in in_clause[index]:
            if polarity == _EXCEPTION:
                if main_polarity is None:
                    found.flip = True  # "1980 - Current, except 1992 - 1994"
                    continue
                polarity = {_YES: _NO, _NO: _YES}.get(main_polarity, _MIXED)
            elif polarity is None:
                before, after = said_before[index], said_after[index]
                if before and _CONTINUES.match(flat[a:b]):
                    polarity = before
                elif before and after and before != after:
                    polarity = _MIXED
                else:
                    polarity = before or after
                if polarity is None:
                    continue  # left for the statements around the sentence
            found.polarity = polarity
            if polarity == _MIXED:
                problems.append(_unclear(found.years or (0, None)))


def _govern(sentences: list[_Sentence], problems: list[str]) -> None:
    """Ranges whose own sentence says nothing take the nearest statement naming no years.
    When the statements before and after disagree, the note's layout decides: statements
    followed by their years, or years followed by their statement; otherwise it is unclear."""
    statements = [(s.start, s.statement) for s in sentences if s.statement]
    waiting = [r for s in sentences for r in s.ranges if r.years and r.polarity is None]
    if not waiting:
        return
    if statements:
        first, last = statements[0][0], statements[-1][0]
        statement_first = not any(r.start < first for r in waiting)
        years_first = not any(r.start > last for r in waiting)
    places = [at for at, _ in statements]  # in the note's order, as the sentences stand
    for found in waiting:
        index = bisect_left(places, found.start)  # statements[index:] stand at or after it
        before = statements[index - 1][1] if index > 0 else None
        index = bisect_right(places, found.start)  # statements[index:] stand after it
        after = statements[index][1] if index < len(statements) else None
        if before is None or after is None or before == after:
            polarity = before or after or _YES  # a bare "Graduation Year" line is eligible
        elif statement_first and not years_first:
            polarity = before
        elif years_first and not statement_first:
            polarity = after
        else:
            polarity = _MIXED
        if found.flip and polarity != _MIXED:
            polarity = _NO if polarity == _YES else _YES
        found.polarity = polarity
        if polarity == _MIXED:
            problems.append(_unclear(found.years or (0, None)))


def read_sponsor_note(text: str | None) -> SponsorNoteReading:
    """Read a pasted sponsor note. ``""`` = the listing has no ECFMG note (not eligible).

    A range goes with its own sentence when that says "eligible" or "not eligible"; otherwise
    with the statement around it ("Students ... are eligible." / "... are NOT eligible.").
    A "Graduation Year" line with no statement at all counts as eligible.
    Reading takes time in proportion to the note's length (no step compares every range with
    every other), so a note of many thousand ranges reads in milliseconds.
    """
    return _reading(text, language())


# The engine re-reads the note on every answer the user changes (and the note field on every
# keystroke): a note read before is not read again. Readings are frozen, so safely shared; a
# reading's problem is in words, so the language is part of the key.
@lru_cache(maxsize=128)
def _reading(text: str | None, _language: str) -> SponsorNoteReading:
    if text is None or not text.strip():
        return SponsorNoteReading(not_eligible=True, no_note=True)
    return _read(text)


read_sponsor_note.cache_clear = _reading.cache_clear  # type: ignore[attr-defined]


def _read(text: str) -> SponsorNoteReading:
    cased = _flatten(text)
    flat = cased.translate(_FOLD)  # the same length: positions in one are positions in the other
    found = _find_ranges(flat)
    sentences = _sentences(flat, found, cased)
    problems = [r.problem for r in found if r.problem]
    for sentence in sentences:
        _read_sentence(flat, sentence, problems)
    _govern(sentences, problems)
    if problems:
        return SponsorNoteReading(problem=problems[0])

    eligible: dict[YearRange, None] = {}  # dicts as ordered sets: the note's order, no repeats
    excluded: dict[YearRange, None] = {}
    for found_range in found:
        target = excluded if found_range.polarity == _NO else eligible
        if found_range.years:
            target.setdefault(found_range.years)
    if eligible:
        return SponsorNoteReading(ranges=tuple(eligible), excluded_ranges=tuple(excluded))
    if any(s.statement == _NO for s in sentences):
        return SponsorNoteReading(not_eligible=True, excluded_ranges=tuple(excluded))
    if excluded:
        named = ", ".join(_range_text(r) for r in excluded)
        return SponsorNoteReading(
            problem=_(
                "it names only years that are not eligible ({years}); copy the 'Graduation "
                "Year' line from the school's Sponsor Notes tab as well"
            ).format(years=named),
            excluded_ranges=tuple(excluded),
        )
    return SponsorNoteReading(
        problem=_(
            "no graduation years could be read in the note; copy the 'Graduation "
            "Year' line from the school's Sponsor Notes tab"
        ),
    )
