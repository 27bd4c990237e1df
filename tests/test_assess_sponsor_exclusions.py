"""The engine and sponsor notes that exclude some graduation years."""

from __future__ import annotations

import pytest
from profile_builder import assess

from app.checklist import Overall, Status

EXCLUSION_AFTER = (
    "Graduation Year: 1980 - Current\n"
    "Note: Graduates of this school from 1992 - 1994 are not eligible."
)
EXCLUSION_BEFORE = (
    "Note: Graduates of this school from 1992 \u2013 1994 are NOT eligible.\n"
    "Graduation Year: 1980 \u2013 Current"
)


@pytest.mark.parametrize("note", [EXCLUSION_AFTER, EXCLUSION_BEFORE])
def test_graduate_of_an_excluded_year_is_told_the_year_is_not_covered_and_it_blocks(note):
    checklist = assess(school__sponsor_note=note, education__graduation_date="1993-06-30")
    item = checklist.item("school.graduation_year")
    assert item.status is Status.NOT_MET and item.blocking
    assert "1993" in item.reason and "except 1992 – 1994" in item.reason
    assert checklist.overall is Overall.NOT_ELIGIBLE


@pytest.mark.parametrize(("graduated", "status"), [("1991-12-31", Status.MET),
                                                    ("1992-01-01", Status.NOT_MET),
                                                    ("1994-12-31", Status.NOT_MET),
                                                    ("1995-01-01", Status.MET)])  # fmt: skip
def test_years_either_side_of_an_exclusion_are_covered(graduated, status):
    checklist = assess(school__sponsor_note=EXCLUSION_AFTER, education__graduation_date=graduated)
    assert checklist.item("school.graduation_year").status is status
    assert checklist.item("school.sponsor_note").status is Status.MET


def test_student_cannot_apply_when_the_note_excludes_current_years():
    checklist = assess(
        "student",
        school__sponsor_note="Graduation Year: 1970 - Current\n"
        "Graduates with a graduation year of 2019 and later are not eligible.",
    )
    item = checklist.item("school.graduation_year")
    assert item.status is Status.NOT_MET and item.blocking


def test_note_that_does_not_say_which_way_its_years_go_asks_the_user_instead_of_passing():
    note = (
        "Students and graduates are eligible.\nGraduation Year: 1980 - Current\n"
        "Students and graduates are NOT eligible."
    )
    checklist = assess(school__sponsor_note=note)
    sponsor = checklist.item("school.sponsor_note")
    assert sponsor.status is Status.NEEDS_INFO and not sponsor.blocking
    assert "does not say clearly whether graduates of 1980 – Current" in sponsor.reason
    assert checklist.item("school.graduation_year").status is Status.NEEDS_INFO
