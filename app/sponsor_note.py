"""Reading an ECFMG sponsor note as users paste it from the World Directory of Medical Schools.

Notes come in many shapes: "Graduation Year: 1980 - Current", several ranges, start and end on
separate lines, en dashes, surrounding copy-paste text, or a note saying students and graduates
are NOT eligible. An empty note means the listing has no ECFMG note: the school is not eligible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.profile import is_directory_id

WORLD_DIRECTORY_SEARCH_URL = "https://search.wdoms.org/"
_SCHOOL_PAGE = "https://search.wdoms.org/home/SchoolDetail/{}"

YearRange = tuple[int, int | None]  # (first year, last year included); None = "Current"

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")
_RANGE = re.compile(
    r"\b((?:19|20)\d{2})\s*(?:-|to|through|until|thru)\s*((?:19|20)\d{2}|current|present)\b"
    r"(?!\s*-\s*\d)",  # "2023-05-04" is a date, not a range
    re.IGNORECASE,
)
_LABELLED_SINGLE_YEAR = re.compile(
    r"graduation\s+years?\s*:?\s*((?:19|20)\d{2})\b(?!\s*(?:-|(?:to|through|until|thru)\b))",
    re.IGNORECASE,
)
_NOT_ELIGIBLE = re.compile(r"\b(?:not|never)\s+eligible\b|\bineligible\b", re.IGNORECASE)
_ELIGIBLE = re.compile(r"\beligible\b", re.IGNORECASE)


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
        """True when an eligible range is open-ended ("Current"): students may apply."""
        return not self.not_eligible and any(end is None for _, end in self.ranges)

    def years_text(self) -> str:
        """The eligible years in a line: '1950 – 1970, 1980 – Current'."""
        return ", ".join(_range_text(r) for r in self.ranges)


def _in_range(year: int, year_range: YearRange) -> bool:
    start, end = year_range
    return start <= year and (end is None or year <= end)


def _range_text(year_range: YearRange) -> str:
    start, end = year_range
    return f"{start} – {'Current' if end is None else end}"


def read_sponsor_note(text: str | None) -> SponsorNoteReading:
    """Read a pasted sponsor note. ``""`` = the listing has no ECFMG note (not eligible).

    Each year range belongs to the eligibility statement before it ("... are eligible ..." or
    "... are NOT eligible ..."); ranges before any statement count as eligible.
    """
    if text is None or not text.strip():
        return SponsorNoteReading(not_eligible=True, no_note=True)
    flat = " ".join(_DASHES.sub("-", text).split())
    # Statements and ranges in reading order, so each range goes with the statement before it.
    events: list[tuple[int, str, YearRange | None]] = []
    for match in _NOT_ELIGIBLE.finditer(flat):
        events.append((match.start(), "no", None))
    not_spans = [(m.start(), m.end()) for m in _NOT_ELIGIBLE.finditer(flat)]
    for match in _ELIGIBLE.finditer(flat):
        if not any(a <= match.start() < b for a, b in not_spans):
            events.append((match.start(), "yes", None))
    bad_ranges: list[str] = []
    for match in _RANGE.finditer(flat):
        start = int(match.group(1))
        end_text = match.group(2).lower()
        end = None if end_text in ("current", "present") else int(end_text)
        if end is not None and end < start:
            bad_ranges.append(f"{start} - {end}")
            continue
        events.append((match.start(), "range", (start, end)))
    for match in _LABELLED_SINGLE_YEAR.finditer(flat):
        year = int(match.group(1))
        events.append((match.start(1), "range", (year, year)))
    events.sort(key=lambda e: e[0])

    eligible: list[YearRange] = []
    excluded: list[YearRange] = []
    statement = "yes"
    said_not_eligible = False
    for _, kind, year_range in events:
        if kind == "range" and year_range is not None:
            target = excluded if statement == "no" else eligible
            if year_range not in target:
                target.append(year_range)
        else:
            statement = kind
            said_not_eligible = said_not_eligible or kind == "no"

    if bad_ranges:
        return SponsorNoteReading(
            problem=f"the years {', '.join(bad_ranges)} run backwards; check the note",
        )
    if not eligible:
        if said_not_eligible:
            return SponsorNoteReading(not_eligible=True, excluded_ranges=tuple(excluded))
        return SponsorNoteReading(
            problem="no graduation years could be read in the note; copy the 'Graduation "
            "Year' line from the school's Sponsor Notes tab",
        )
    return SponsorNoteReading(ranges=tuple(eligible), excluded_ranges=tuple(excluded))


def school_page_url(directory_id: str | None) -> str:
    """The school's public World Directory page, e.g.
    https://search.wdoms.org/home/SchoolDetail/F0000578; the search page for an unreadable id."""
    if directory_id is None or not is_directory_id(directory_id):
        return WORLD_DIRECTORY_SEARCH_URL
    return _SCHOOL_PAGE.format(directory_id.strip().upper())
