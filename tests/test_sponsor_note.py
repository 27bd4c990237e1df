"""Reading sponsor notes the way users paste them from the World Directory."""

from __future__ import annotations

import pytest

from app.sponsor_note import (
    WORLD_DIRECTORY_SEARCH_URL,
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
