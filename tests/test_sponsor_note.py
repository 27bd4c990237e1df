"""Reading sponsor notes the way users paste them from the World Directory."""

from __future__ import annotations

import dataclasses
import random
import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sponsor_note import (
    _FOLD,
    WORLD_DIRECTORY_SEARCH_URL,
    SponsorNoteReading,
    YearRange,
    read_sponsor_note,
    school_page_url,
)

FULL_NOTE = (
    "Sponsor Notes\n"
    "ECFMG Sponsor Note: Students and graduates of this medical school are eligible to apply "
    "to ECFMG for ECFMG Certification and examination.\n"
    "Graduation Year: 1950 - Current\n"
    "Additional information: see the ECFMG website."
)


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("Graduation Year: 1980 - Current", ((1980, None),)),
        ("Graduation Year: 1980 – Current", ((1980, None),)),  # en dash
        ("Graduation Year: 1980 — current", ((1980, None),)),  # em dash, lower case
        ("Graduation Year:\n1975\n-\nCurrent", ((1975, None),)),  # separate lines
        ("Graduation Year: 1980-2010", ((1980, 2010),)),
        ("1950 - 1970\n1980 - Current", ((1950, 1970), (1980, None))),  # two ranges, a gap
        ("Graduation Years: 1990 to 2005", ((1990, 2005),)),
        ("Graduation Year: 2001", ((2001, 2001),)),  # a single year
        (FULL_NOTE, ((1950, None),)),  # surrounding copy-paste text
    ],
)
def test_notes_in_every_pasted_shape_give_their_year_ranges(text, ranges):
    reading = read_sponsor_note(text)
    assert reading.problem is None
    assert reading.not_eligible is False
    assert reading.ranges == ranges


def test_range_end_year_is_included_and_current_is_open_ended():
    closed = read_sponsor_note("Graduation Year: 1980 - 2010")
    assert closed.covers(1980) and closed.covers(2010)
    assert not closed.covers(1979) and not closed.covers(2011)
    assert not closed.current
    open_ended = read_sponsor_note("Graduation Year: 1980 - Current")
    assert open_ended.covers(2035) and open_ended.current


def test_gap_between_two_ranges_is_not_covered():
    reading = read_sponsor_note("Graduation Year: 1950 - 1970, 1980 - Current")
    assert reading.covers(1965) and reading.covers(1990)
    assert not reading.covers(1975)
    assert reading.years_text() == "1950 – 1970, 1980 – Current"


def test_empty_note_means_the_listing_has_no_ecfmg_note():
    for text in ("", "   \n"):
        reading = read_sponsor_note(text)
        assert reading.no_note and reading.not_eligible
        assert not reading.covers(2020)


def test_note_saying_students_and_graduates_are_not_eligible():
    reading = read_sponsor_note(
        "ECFMG Sponsor Note: Students and graduates of this medical school are NOT eligible "
        "to apply to ECFMG for ECFMG Certification."
    )
    assert reading.not_eligible and not reading.no_note
    assert reading.problem is None
    assert not reading.covers(2020) and not reading.current


def test_years_named_by_a_not_eligible_statement_are_excluded():
    reading = read_sponsor_note(
        "Students and graduates are eligible. Graduation Year: 1970 - 2010. "
        "Students and graduates are not eligible. Graduation Year: 2011 - Current"
    )
    assert reading.covers(2005)
    assert not reading.covers(2015)
    assert not reading.current
    assert reading.excluded_ranges == ((2011, None),)


@pytest.mark.parametrize("text", ["see website", "ECFMG note: eligible", "Founded 1965"])
def test_text_without_a_readable_graduation_year_is_a_problem_to_ask_about(text):
    reading = read_sponsor_note(text)
    assert reading.problem is not None
    assert reading.ranges == ()
    assert not reading.covers(2020)


def test_backwards_range_is_a_problem():
    reading = read_sponsor_note("Graduation Year: 2010 - 1990")
    assert reading.problem and "backwards" in reading.problem


def test_a_date_in_the_pasted_text_is_not_read_as_a_range():
    reading = read_sponsor_note("Last updated 2023-05-04. Graduation Year: 1980 - Current")
    assert reading.ranges == ((1980, None),)


def test_school_page_address_and_search_address():
    assert school_page_url("F0000578") == "https://search.wdoms.org/home/SchoolDetail/F0000578"
    assert school_page_url(" f0000578 ") == "https://search.wdoms.org/home/SchoolDetail/F0000578"
    assert school_page_url("12345") == WORLD_DIRECTORY_SEARCH_URL
    assert school_page_url(None) == WORLD_DIRECTORY_SEARCH_URL
    assert WORLD_DIRECTORY_SEARCH_URL == "https://search.wdoms.org/"


# --- Realistic pastes: exclusions, mixed notes, labelled lines --------------------------------

PASTED_FROM_THE_PAGE = (
    "Overview\tContact Information\tProgram\tSponsor Notes\r\n"
    "\r\n"
    "ECFMG Note\r\n"
    "Students and graduates of this medical school are eligible to apply to ECFMG\r\n"
    "for ECFMG Certification and examination.\r\n"
    "\u00a0\r\n"
    "Graduation Year:\u00a0 1950\u00a0-\u00a0Current\r\n"
    "\r\n"
    "Please refer to the ECFMG website for information. Last updated 2024-03-18.\r\n"
)


def test_graduation_year_line_inside_a_whole_copied_tab_is_read():
    reading = read_sponsor_note(PASTED_FROM_THE_PAGE)
    assert reading.problem is None
    assert reading.ranges == ((1950, None),)
    assert reading.excluded_ranges == ()
    assert reading.current and reading.covers(1950) and reading.covers(2026)
    assert not reading.covers(1949)


@pytest.mark.parametrize(
    "text",
    [
        "Graduation Year: 1980 \u2013 Present",  # en dash
        "Graduation Year: 1980\u2014present",  # em dash, no spaces
        "Graduation Year: 1980 \u2212 CURRENT",  # minus sign, capitals
        "Graduation Year: 1980 - current.",
        "graduation year: 1980 to Present",
        "Graduation Year\n1980\n\u2013\nCurrent\n",  # each part on its own line
    ],
)
def test_dashes_and_current_or_present_in_any_case_read_as_open_ended(text):
    reading = read_sponsor_note(text)
    assert reading.problem is None, reading.problem
    assert reading.ranges == ((1980, None),)
    assert reading.current


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("Start Year: 1980\nEnd Year: Current", ((1980, None),)),
        ("Start Year: 1980\r\nEnd Year: 2010\r\n", ((1980, 2010),)),
        ("Start Year:\u00a01975   End Year: present", ((1975, None),)),
        ("Graduation Year: 1992-94", ((1992, 1994),)),
    ],
)
def test_start_and_end_year_lines_and_short_end_years_are_read(text, ranges):
    reading = read_sponsor_note(text)
    assert reading.problem is None
    assert reading.ranges == ranges


@pytest.mark.parametrize(
    "text",
    [
        # The exclusion after the years, on its own line.
        "Graduation Year: 1980 - Current\n"
        "Note: Graduates of this medical school from 1992 - 1994 are not eligible to apply "
        "to ECFMG for ECFMG Certification.",
        # The exclusion before the years.
        "Note: Graduates of this medical school from 1992 \u2013 1994 are NOT eligible.\n"
        "Graduation Year: 1980 \u2013 Current",
        # In one paragraph with the eligible statement, wrapped mid-sentence by the paste.
        "Students and graduates of this medical school are eligible to apply to ECFMG. "
        "Graduation Year: 1980 - Current. Graduates who completed their studies in\n"
        "1992 - 1994 are\nnot eligible.",
        # Lower-case continuation straight after the Graduation Year line.
        "Graduation Year: 1980 - Current\ngraduates from 1992 through 1994 are ineligible",
        # An "except" on the Graduation Year line itself.
        "Graduation Year: 1980 - Current, except 1992 - 1994",
    ],
)
def test_years_in_a_not_eligible_sentence_are_excluded_wherever_the_sentence_stands(text):
    reading = read_sponsor_note(text)
    assert reading.problem is None, reading.problem
    assert reading.ranges == ((1980, None),)
    assert reading.excluded_ranges == ((1992, 1994),)
    assert not reading.covers(1992) and not reading.covers(1993) and not reading.covers(1994)
    assert reading.covers(1991) and reading.covers(1995)


@pytest.mark.parametrize(
    "text",
    [
        "Graduates from 1980 - 1991 and from 1995 - Current are eligible, but graduates "
        "from 1992 - 1994 are not.",
        "Graduates from 1992 - 1994 are not eligible; graduates from 1980 - 1991 and "
        "1995 - Current are eligible.",
        "Students and graduates are eligible from 1980 - 1991, and from 1995 - Current, "
        "but not from 1992 - 1994.",
    ],
)
def test_one_sentence_naming_eligible_and_excluded_years_gives_both(text):
    reading = read_sponsor_note(text)
    assert reading.problem is None, reading.problem
    assert reading.ranges == ((1980, 1991), (1995, None))
    assert reading.excluded_ranges == ((1992, 1994),)
    assert [y for y in range(1990, 1997) if reading.covers(y)] == [1990, 1991, 1995, 1996]


def test_a_mixed_note_lists_the_exception_with_the_eligible_years():
    reading = read_sponsor_note(
        "Graduation Year: 1980 - Current\nGraduates from 1992 - 1994 are not eligible."
    )
    assert reading.years_text() == "1980 – Current, except 1992 – 1994"


def test_an_open_ended_exclusion_means_students_cannot_apply():
    reading = read_sponsor_note(
        "Graduation Year: 1970 - Current\n"
        "Graduates with a graduation year of 2019 and later are not eligible."
    )
    assert reading.covers(2018) and not reading.covers(2019) and not reading.covers(2030)
    assert not reading.current


def test_years_followed_by_a_not_eligible_statement_belong_to_it():
    reading = read_sponsor_note(
        "Graduation Year: 2011 - Current\n"
        "Students and graduates of this medical school are NOT eligible to apply to ECFMG."
    )
    assert reading.not_eligible and reading.problem is None
    assert reading.excluded_ranges == ((2011, None),)
    assert not reading.covers(2015)


def test_an_exception_to_a_not_eligible_statement_is_eligible():
    reading = read_sponsor_note(
        "Students and graduates are not eligible, except graduates of 1980 - 1990."
    )
    assert reading.ranges == ((1980, 1990),)
    assert reading.covers(1985) and not reading.covers(1995)


@pytest.mark.parametrize(
    ("text", "in_reason"),
    [
        # Eligible before, not eligible after: the years could belong to either statement.
        (
            "Students and graduates are eligible.\nGraduation Year: 1980 - Current\n"
            "Students and graduates are NOT eligible.",
            "1980 – Current",
        ),
        # A negation the reader does not understand, in the sentence around the years.
        ("Graduates from 1980 - Current who are not citizens are eligible.", "1980 – Current"),
        ("Graduates from 1980 - Current are eligible unless they transferred.", "eligible"),
        # A single year with "before", "after" or "in" that is not a range.
        ("Graduation Year: 1980 - Current\nGraduates before 1990 are not eligible.", "1990"),
        ("Graduation Year: 1980 - Current\nGraduates in 2001 are not eligible.", "2001"),
        # Only excluded years, no eligible ones: the Graduation Year line is missing.
        ("Graduates of this school from 1992 - 1994 are not eligible.", "only years"),
        ("Start Year: 1980", "End Year"),
        ("Start Year: 1980\nEnd Year:\n", "empty"),
    ],
)
def test_a_note_that_does_not_say_which_way_its_years_go_is_a_problem_not_a_yes(text, in_reason):
    reading = read_sponsor_note(text)
    assert reading.problem is not None and in_reason in reading.problem
    assert not any(reading.covers(y) for y in range(1975, 2030))
    assert not reading.current


@given(
    note=st.sampled_from(
        [
            "Graduation Year: 1950 - Current",
            FULL_NOTE,
            PASTED_FROM_THE_PAGE,
            "Start Year: 1950\nEnd Year: Current",
            "Graduation Year: 1950 - 1970, 1980 - Current",
        ]
    ),
    first=st.integers(1950, 2030),
    length=st.integers(0, 10),
    before=st.booleans(),
    dash=st.sampled_from(["-", "\u2013", "\u2014", " to ", " through "]),
)
@settings(max_examples=150, deadline=None)
def test_adding_a_not_eligible_sentence_never_leaves_its_years_covered(
    note, first, length, before, dash
):
    last = first + length
    exclusion = f"Graduates of this school from {first}{dash}{last} are not eligible."
    text = f"{exclusion}\n{note}" if before else f"{note}\n{exclusion}"
    reading = read_sponsor_note(text)
    assert not any(reading.covers(year) for year in range(first, last + 1))


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_any_pasted_text_reads_without_error_and_never_covers_an_excluded_year(text):
    reading = read_sponsor_note(text)
    for start, end in reading.excluded_ranges:
        assert not reading.covers(start)
        if end is not None:
            assert not reading.covers(end)
    assert reading.problem is None or not reading.covers(2000)


NOTE_WORDS = [
    "Graduation Year:", "Start Year:", "End Year:", "1980", "1992", "2010", "94", "-", "\u2013",
    "to", "Current", "present", "not", "eligible", "ineligible", "are", "except", "but",
    "unless", ",", ".", ";", "\n", "and later", "since", "Graduates", "Note:", "2023-05-04",
    "1992 - 1994", "1980 - Current", "cannot apply", "and",
]  # fmt: skip


@given(st.lists(st.sampled_from(NOTE_WORDS), max_size=25).map(" ".join))
@settings(max_examples=200, deadline=None)
def test_notes_made_of_sponsor_note_words_never_cover_what_they_exclude_or_cannot_read(text):
    reading = read_sponsor_note(text)
    assert not any(reading.covers(start) for start, _ in reading.excluded_ranges)
    if reading.problem:
        assert not reading.covers(1993) and not reading.current


# --- Long notes: read in time proportional to their length, once per text -------------------
# (time is measured in tests/benchmarks/bench_sponsor_note.py; these tests check the reading)

JUNK_LINES = [
    "Overview\tContact Information\tProgram\tSponsor Notes",
    "Please refer to the ECFMG website for information.",
    "Last updated 2024-03-18.",
    "Students and graduates of this medical school are eligible to apply to ECFMG.",
    "",
]


def generated_note(ranges: int, seed: int) -> tuple[str, list[YearRange], list[YearRange]]:
    """A note of ``ranges`` year ranges, a quarter in "not eligible" lines, junk between the
    lines; with the eligible and the excluded ranges it names, each once, in the note's order."""
    rng = random.Random(seed)
    lines: list[str] = []
    eligible: dict[YearRange, None] = {}
    excluded: dict[YearRange, None] = {}
    made = 0
    while made < ranges:
        listed: list[YearRange] = []
        for _ in range(min(rng.randint(1, 12), ranges - made)):
            first = rng.randint(1900, 2098)
            listed.append((first, None if rng.random() < 0.02 else rng.randint(first, 2099)))
        text = ", ".join(f"{a} - {'Current' if b is None else b}" for a, b in listed)
        if rng.random() < 0.25:
            lines.append(f"Graduates of this school from {text} are not eligible.")
            excluded.update(dict.fromkeys(listed))
        else:
            lines.append(f"Graduation Year: {text}")
            eligible.update(dict.fromkeys(listed))
        lines.append(rng.choice(JUNK_LINES))
        made += len(listed)
    return "\n".join(lines), list(eligible), list(excluded)


def _years_of(ranges: list[YearRange]) -> set[int]:
    """Every year the ranges hold, "Current" taken up to 2105."""
    return {year for a, b in ranges for year in range(a, (2105 if b is None else b) + 1)}


@pytest.mark.parametrize("seed", [1, 2])
def test_a_note_of_8000_ranges_gives_every_eligible_and_excluded_range(seed):
    note, eligible, excluded = generated_note(8_000, seed)
    reading = read_sponsor_note(note)
    assert reading.problem is None and not reading.not_eligible
    assert reading.ranges == tuple(eligible)
    assert reading.excluded_ranges == tuple(excluded)
    covered = _years_of(eligible) - _years_of(excluded)
    assert [y for y in range(1895, 2106) if reading.covers(y)] == sorted(covered)
    open_ended = any(b is None for _, b in eligible) and all(b is not None for _, b in excluded)
    assert reading.current is open_ended
    eligible_years = _years_of(eligible)
    cut = [r for r in excluded if _years_of([r]) & eligible_years]
    assert reading.years_text() == ", ".join(
        f"{a} – {'Current' if b is None else b}" for a, b in eligible
    ) + ("" if not cut else ", except " + ", ".join(f"{a} – {b or 'Current'}" for a, b in cut))


def test_a_long_note_with_an_unreadable_year_is_still_a_problem():
    note, _, _ = generated_note(4_000, 3)
    reading = read_sponsor_note(note + "\nGraduates before 1990 are not eligible.")
    assert reading.problem is not None and "1990" in reading.problem
    assert not any(reading.covers(y) for y in range(1900, 2030))


EXTRA_LINES = st.sampled_from(["\n", "\n\n", "\n \t\n", "\r\n\u00a0\n", "\n\u2009\n  "])


@given(
    note=st.one_of(
        st.lists(st.sampled_from(NOTE_WORDS), max_size=25).map(" ".join),
        st.text(max_size=150),
    ),
    line_break=EXTRA_LINES,
    before=EXTRA_LINES,
    after=EXTRA_LINES,
)
@settings(max_examples=200, deadline=None)
def test_blank_and_whitespace_lines_added_between_the_lines_change_nothing(
    note, line_break, before, after
):
    spaced = before + line_break.join(note.split("\n")) + after
    assert read_sponsor_note(spaced) == read_sponsor_note(note)


@pytest.mark.parametrize("note", [FULL_NOTE, PASTED_FROM_THE_PAGE, "", "   ", None])
def test_an_unchanged_note_is_read_once_and_its_reading_shared(note):
    reading = read_sponsor_note(note)
    assert read_sponsor_note(note) is reading
    assert read_sponsor_note(None if note is None else "".join(note)) is reading  # equal text
    with pytest.raises(dataclasses.FrozenInstanceError):
        reading.ranges = ((1900, None),)  # type: ignore[misc]
    assert all(isinstance(v, tuple) for v in (reading.ranges, reading.excluded_ranges))


def test_a_shared_reading_answers_the_same_after_many_questions():
    note, eligible, excluded = generated_note(500, 4)
    reading = read_sponsor_note(note)
    years = range(1895, 2106)
    first = [reading.covers(y) for y in years], reading.current, reading.years_text()
    again = read_sponsor_note(note)
    assert ([again.covers(y) for y in years], again.current, again.years_text()) == first
    assert again == SponsorNoteReading(ranges=tuple(eligible), excluded_ranges=tuple(excluded))


def test_the_note_is_folded_to_lower_case_exactly_as_ignorecase_matches_letters():
    """The reader matches its patterns against the note folded to lower case instead of using
    IGNORECASE (much faster on long notes): the fold must turn every character that IGNORECASE
    takes for a letter a-z into that letter, and leave every other character alone."""
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    letters = set(re.findall("[a-z]", every_character, re.IGNORECASE))
    folded = every_character.translate(_FOLD)
    changed = {c for c, f in zip(every_character, folded, strict=True) if c != f}
    assert changed == letters - set(string.ascii_lowercase)
    for character in letters:
        lower = character.translate(_FOLD)
        assert lower in string.ascii_lowercase
        assert re.fullmatch(lower, character, re.IGNORECASE)
