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
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from app.profile import is_directory_id

WORLD_DIRECTORY_SEARCH_URL = "https://search.wdoms.org/"
_SCHOOL_PAGE = "https://search.wdoms.org/home/SchoolDetail/{}"

YearRange = tuple[int, int | None]  # (first year, last year included); None = "Current"

_YEAR = r"(?:19|20)\d{2}"
_OPEN_END = r"current|present|now|today|date"
_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")
_RANGE = re.compile(
    rf"\b({_YEAR})\s*(?:-|\bto\b|\bthrough\b|\buntil\b|\btill\b|\bthru\b)\s*"
    rf"({_YEAR}|\d{{2}}|{_OPEN_END})\b"
    r"(?!\s*-\s*\d)",  # "2023-05-04" is a date, not a range
    re.IGNORECASE,
)
_OPEN_RANGE = re.compile(
    rf"\b({_YEAR})\s*(?:(?:and|or)\s+(?:later|after|beyond|onwards?)|onwards?)\b"
    rf"|\bsince\s+({_YEAR})\b",
    re.IGNORECASE,
)
_LABELLED_SINGLE_YEAR = re.compile(
    rf"\b(?:graduation\s+years?|class)\s*(?::|of)?\s*({_YEAR})\b(?!\s*-)", re.IGNORECASE
)
_START_YEAR = re.compile(
    rf"\bstart(?:ing)?\s+(?:graduation\s+)?year\s*:?\s*(?:({_YEAR})\b)?", re.IGNORECASE
)
_END_YEAR = re.compile(
    rf"\bend(?:ing)?\s+(?:graduation\s+)?year\s*:?\s*(?:({_YEAR}|{_OPEN_END})\b)?",
    re.IGNORECASE,
)
# A year not read as part of a range; dates ("2023-05-04", "04/05/2023") are left alone.
_ANY_YEAR = re.compile(rf"(?<![\d/.-])\b({_YEAR})\b(?![\d/]|\s*-\s*\d)")

_NOT_ELIGIBLE = re.compile(
    r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+){0,2}?eligible\b"  # "not (be considered) eligible"
    r"|\bineligible\b"
    r"|\b(?:is|are|was|were)\s+not\b(?=\s*(?:[.;,)]|$))"  # "..., but 1992 - 1994 are not."
    r"|\b(?:cannot|can\s*not|may\s+not|must\s+not)\s+(?:\w+\s+)?(?:apply|be\s+certified)\b"
    r"|\bnot\s+(?:be\s+)?accepted\b"
    r"|\bbut\s+not\b",
    re.IGNORECASE,
)
_EXCEPT = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|other\s+than|with\s+the\s+exception\s+of)\b",
    re.IGNORECASE,
)
_ELIGIBLE = re.compile(r"\beligible\b", re.IGNORECASE)
# Words that may turn a statement around; met outside the phrases above, they make it unclear.
_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|none|cannot|unless|exclude[sd]?|excluding|except)\b", re.IGNORECASE
)
_LABEL = re.compile(
    r"\b(?:(?:ECFMG\s+)?(?:Sponsor\s+)?Notes?|Graduation\s+Years?|Additional\s+information)\s*:",
    re.IGNORECASE,
)
_VALUE_LABEL = re.compile(
    r"\s*(?:graduation\s+years?|(?:start|end)(?:ing)?\s+(?:graduation\s+)?year)\s*:", re.I
)
_CLAUSE_BREAK = re.compile(
    r"[,;]|\b(?:but|however|whereas|while|although|though|except|excluding|other\s+than"
    r"|with\s+the\s+exception\s+of)\b",
    re.IGNORECASE,
)
_CONTINUES = re.compile(r"^\W*(?:and|or|as\s+well\s+as|also)\b", re.IGNORECASE)

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
        if any(_in_range(year, r) for r in self.excluded_ranges):
            return False
        return any(_in_range(year, r) for r in self.ranges)

    @property
    def current(self) -> bool:
        """True when an eligible range is open-ended ("Current") and no exclusion closes it."""
        if self.not_eligible or self.problem:
            return False
        if any(end is None for _, end in self.excluded_ranges):
            return False
        return any(end is None for _, end in self.ranges)

    def years_text(self) -> str:
        """The eligible years in a line: '1950 – 1970, 1980 – Current, except 1992 – 1994'."""
        text = ", ".join(_range_text(r) for r in self.ranges)
        cut = [r for r in self.excluded_ranges if any(_overlap(r, e) for e in self.ranges)]
        if cut:
            text += ", except " + ", ".join(_range_text(r) for r in cut)
        return text


def _in_range(year: int, year_range: YearRange) -> bool:
    start, end = year_range
    return start <= year and (end is None or year <= end)


def _overlap(a: YearRange, b: YearRange) -> bool:
    return _in_range(a[0], b) or _in_range(b[0], a)


def _range_text(year_range: YearRange) -> str:
    start, end = year_range
    return f"{start} – {'Current' if end is None else end}"


@dataclass
class _Found:
    """A year range found in the note, with where it stands in the flattened text."""

    start: int
    end: int
    years: YearRange | None  # None: unreadable; ``problem`` says why
    problem: str | None = None
    polarity: str | None = None  # yes / no once known
    flip: bool = False  # inside an "except ..." clause of a statement-less sentence


@dataclass
class _Sentence:
    start: int
    end: int
    statement: str | None = None  # yes / no / mixed, for a statement naming no years itself
    ranges: list[_Found] = field(default_factory=list)


def _flatten(text: str) -> str:
    """Dashes made plain, each whitespace run one space, or one line break if it held one."""
    text = _DASHES.sub("-", text.replace("\r", "\n"))
    return re.sub(r"\s+", lambda m: "\n" if "\n" in m.group() else " ", text).strip()


def _find_ranges(flat: str) -> list[_Found]:
    found: list[_Found] = []

    def free(start: int, end: int) -> bool:
        return all(end <= f.start or start >= f.end for f in found)

    found.extend(_start_and_end_years(flat))
    for match in _RANGE.finditer(flat):
        first, last = int(match.group(1)), match.group(2)
        if len(last) == 2:  # "1992-94"
            end = first // 100 * 100 + int(last)
            if end <= first:
                continue  # "2023-05": a month, not a range
            last = str(end)
        if free(*match.span()):
            found.append(_Found(*match.span(), _years(first, last)))
    for match in _OPEN_RANGE.finditer(flat):
        if free(*match.span()):
            found.append(_Found(*match.span(), (int(match.group(1) or match.group(2)), None)))
    for match in _LABELLED_SINGLE_YEAR.finditer(flat):
        if free(*match.span(1)):
            year = int(match.group(1))
            found.append(_Found(*match.span(1), (year, year)))
    for found_range in found:
        if found_range.years and found_range.years[1] is not None:
            first, last = found_range.years
            if last < first:
                found_range.years = None
                found_range.problem = f"the years {first} - {last} run backwards; check the note"
    return sorted(found, key=lambda f: f.start)


def _start_and_end_years(flat: str) -> list[_Found]:
    """ "Start Year: 1980" with the "End Year: Current" that follows it (before the next start)."""
    found: list[_Found] = []
    starts, ends = list(_START_YEAR.finditer(flat)), list(_END_YEAR.finditer(flat))
    for index, start in enumerate(starts):
        limit = starts[index + 1].start() if index + 1 < len(starts) else len(flat)
        end = next((e for e in ends if start.start() < e.start() < limit), None)
        if end is None:
            found.append(_Found(*start.span(), None, "it gives a Start Year but no End Year"))
            continue
        ends.remove(end)
        first, last = start.group(1), end.group(1)
        if first is None or last is None:
            problem = "its Start Year or End Year is empty"
            found.append(_Found(start.start(), end.end(), None, problem))
        else:
            found.append(_Found(start.start(), end.end(), _years(int(first), last)))
    problem = "it gives an End Year but no Start Year"
    return found + [_Found(*end.span(), None, problem) for end in ends]


def _years(first: int, last: str) -> YearRange:
    return (first, None) if not last[0].isdigit() else (first, int(last))


def _sentences(flat: str, ranges: list[_Found]) -> list[_Sentence]:
    """Sentences of the note: split at full stops, labels ("Graduation Year:") and line breaks
    that start a new line of thought, never inside a year range."""
    cuts = {m.end() for m in re.finditer(r"[.!?](?=\s|$)", flat)}
    cuts |= {m.start() for m in _LABEL.finditer(flat)}
    for m in re.finditer(r"\n", flat):  # whitespace is flattened: text stands either side
        at = m.start()
        line_start = flat.rfind("\n", 0, at) + 1
        value_line = _VALUE_LABEL.match(flat, line_start) is not None  # "Graduation Year: ..."
        if value_line or flat[at - 1] in ".:;!?" or flat[at + 1].isupper():
            cuts.add(at)
    cuts = {c for c in cuts if not any(r.start < c < r.end for r in ranges)}
    bounds = sorted(cuts | {0, len(flat)})
    sentences = [_Sentence(a, b) for a, b in pairwise(bounds) if b > a]
    for found_range in ranges:
        next(s for s in sentences if s.start <= found_range.start < s.end).ranges.append(
            found_range
        )
    return sentences


def _signals(text: str) -> tuple[frozenset[str], bool]:
    """What a piece of text says (yes / no / except) and whether it holds a negation that none
    of those phrases explains ("unless", "not" elsewhere), which makes it unclear."""
    said_no = [m.span() for m in _NOT_ELIGIBLE.finditer(text)]
    said_except = [m.span() for m in _EXCEPT.finditer(text)]
    yes = any(not _inside(m.start(), said_no) for m in _ELIGIBLE.finditer(text))
    unclear = any(not _inside(m.start(), said_no + said_except) for m in _NEGATION.finditer(text))
    kinds = {_YES} if yes else set()
    kinds |= {_NO} if said_no else set()
    kinds |= {_EXCEPTION} if said_except else set()
    return frozenset(kinds), unclear


def _polarity(text: str) -> str | None:
    """yes / no / except for a clause or statement; mixed when it says several or is unclear."""
    kinds, unclear = _signals(text)
    if unclear or len(kinds) > 1:
        return _MIXED
    return next(iter(kinds), None)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def _unclear(years: YearRange) -> str:
    return (
        f"it does not say clearly whether graduates of {_range_text(years)} are "
        "eligible or not; paste only the ECFMG note, and ask ECFMG if it stays unclear"
    )


def _read_sentence(flat: str, sentence: _Sentence, problems: list[str]) -> None:
    """Give each range the sentence's own yes / no, or leave it for the statements around it."""
    text = flat[sentence.start : sentence.end]
    kinds, unclear = _signals(text)
    if kinds or unclear:
        spans = [(r.start, r.end) for r in sentence.ranges]
        for match in _ANY_YEAR.finditer(text):
            if not _inside(sentence.start + match.start(), spans):
                problems.append(
                    f"it names the year {match.group(1)} in a way the app cannot read "
                    "(only ranges such as '1980 - 2010' or '1980 - Current' are read)"
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
    spans = [(r.start, r.end) for r in readable]
    cuts = [
        sentence.start + m.start()
        for m in _CLAUSE_BREAK.finditer(text)
        if not _inside(sentence.start + m.start(), spans) and m.start() > 0
    ]
    bounds = [sentence.start, *cuts, sentence.end]
    clauses = [(a, b, _polarity(flat[a:b])) for a, b in pairwise(bounds)]
    main = {p for _, _, p in clauses if p not in (None, _EXCEPTION)}
    main_polarity = None if not main else main.pop() if len(main) == 1 else _MIXED
    said = [(i, p) for i, (_, _, p) in enumerate(clauses) if p not in (None, _EXCEPTION)]
    for index, (a, b, polarity) in enumerate(clauses):
        for found in (r for r in readable if a <= r.start < b):
            if polarity == _EXCEPTION:
                if main_polarity is None:
                    found.flip = True  # "1980 - Current, except 1992 - 1994"
                    continue
                polarity = {_YES: _NO, _NO: _YES}.get(main_polarity, _MIXED)
            elif polarity is None:
                before = next((p for i, p in reversed(said) if i < index), None)
                after = next((p for i, p in said if i > index), None)
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
    for found in waiting:
        before = next((p for at, p in reversed(statements) if at < found.start), None)
        after = next((p for at, p in statements if at > found.start), None)
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
    """
    if text is None or not text.strip():
        return SponsorNoteReading(not_eligible=True, no_note=True)
    return _read(text)


@lru_cache(maxsize=256)  # the engine re-reads the same note on every answer the user changes
def _read(text: str) -> SponsorNoteReading:
    flat = _flatten(text)
    found = _find_ranges(flat)
    sentences = _sentences(flat, found)
    problems = [r.problem for r in found if r.problem]
    for sentence in sentences:
        _read_sentence(flat, sentence, problems)
    _govern(sentences, problems)
    if problems:
        return SponsorNoteReading(problem=problems[0])

    eligible: list[YearRange] = []
    excluded: list[YearRange] = []
    for found_range in found:
        target = excluded if found_range.polarity == _NO else eligible
        if found_range.years and found_range.years not in target:
            target.append(found_range.years)
    if eligible:
        return SponsorNoteReading(ranges=tuple(eligible), excluded_ranges=tuple(excluded))
    if any(s.statement == _NO for s in sentences):
        return SponsorNoteReading(not_eligible=True, excluded_ranges=tuple(excluded))
    if excluded:
        named = ", ".join(_range_text(r) for r in excluded)
        return SponsorNoteReading(
            problem=f"it names only years that are not eligible ({named}); copy the "
            "'Graduation Year' line from the school's Sponsor Notes tab as well",
            excluded_ranges=tuple(excluded),
        )
    return SponsorNoteReading(
        problem="no graduation years could be read in the note; copy the 'Graduation "
        "Year' line from the school's Sponsor Notes tab",
    )


def school_page_url(directory_id: str | None) -> str:
    """The school's public World Directory page, e.g.
    https://search.wdoms.org/home/SchoolDetail/F0000578; the search page for an unreadable id."""
    if directory_id is None or not is_directory_id(directory_id):
        return WORLD_DIRECTORY_SEARCH_URL
    return _SCHOOL_PAGE.format(directory_id.strip().upper())
