"""Sponsor-note shapes the directory helper found the reader (app/sponsor_note.py) misreading.

Found by the directory helper as strict expected failures; the reader now reads them, so they
stay as plain regression tests.
"""

from __future__ import annotations

import pytest

from app.sponsor_note import read_sponsor_note


def test_start_and_end_year_on_separate_labelled_lines_are_read_as_one_range() -> None:
    reading = read_sponsor_note("Start Year: 1980\nEnd Year: Current")
    assert reading.problem is None
    assert reading.ranges == ((1980, None),)


def test_years_named_before_not_eligible_in_the_same_sentence_are_excluded() -> None:
    reading = read_sponsor_note(
        "Graduation Year: 1980 - Current\n"
        "Note: Graduates of this school from 1992 - 1994 are not eligible."
    )
    assert not reading.covers(1993), "the note says 1992-1994 graduates are NOT eligible"
    assert reading.covers(2000)


@pytest.mark.parametrize(
    "note",
    [
        # Imported directory rows hold the note on one line.
        "Start Year: 1980 End Year: Current Note: Graduates from 1992-1994 are not eligible.",
        "Graduates from 1992 \u2013 1994 are ineligible. Start Year: 1980 End Year: Present",
    ],
)
def test_one_line_notes_from_an_imported_directory_keep_their_exclusion(note: str) -> None:
    reading = read_sponsor_note(note)
    assert reading.problem is None
    assert reading.ranges == ((1980, None),)
    assert not reading.covers(1993) and reading.covers(2000)
