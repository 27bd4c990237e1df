"""Who may be certified: Canadian graduates, the school's sponsor note and graduation years."""

from __future__ import annotations

import pytest
from profile_builder import AS_OF, assess, fixture_dict

from app.checklist import ITEM_IDS, Overall, Status
from app.engine.eligibility import canadian_cutoff
from app.engine.evaluate import evaluate
from app.profile import read_profile
from app.rules import load_ruleset


def test_canadian_graduate_before_cutoff_is_told_certification_is_not_for_them():
    checklist = assess("canadian_2024_graduate")
    img = checklist.item("eligibility.img_status")
    assert img.status is Status.NOT_MET and img.blocking
    assert "2024-05-31, before 2025-07-01" in img.reason
    assert checklist.overall is Overall.NOT_ELIGIBLE
    others = [checklist.item(i) for i in ITEM_IDS if i != "eligibility.img_status"]
    assert {item.status for item in others} == {Status.NOT_APPLICABLE}


def test_canadian_graduate_on_the_cutoff_day_is_an_img():
    checklist = assess("canadian_2024_graduate", education__graduation_date="2025-07-01")
    assert checklist.item("eligibility.img_status").status is Status.MET
    assert checklist.overall is not Overall.NOT_ELIGIBLE


def test_canadian_graduate_the_day_before_the_cutoff_is_not_eligible():
    checklist = assess("canadian_2024_graduate", education__graduation_date="2025-06-30")
    assert checklist.overall is Overall.NOT_ELIGIBLE


def test_canadian_student_is_an_img_but_told_the_rule_for_students_is_unconfirmed():
    checklist = assess(
        "canadian_2024_graduate",
        education__status="student",
        education__graduation_date="2027-05-31",
    )
    item = checklist.item("eligibility.img_status")
    assert item.status is Status.MET
    assert item.confirmed is False
    assert "not published" in item.next_step


def test_school_in_canada_by_country_code_counts_as_canadian():
    checklist = assess("canadian_2024_graduate", school__canadian=None)
    assert checklist.overall is Overall.NOT_ELIGIBLE


def test_canadian_with_no_graduation_date_needs_info():
    checklist = assess("canadian_2024_graduate", education__graduation_date=None)
    assert checklist.item("eligibility.img_status").status is Status.NEEDS_INFO


def test_school_in_the_united_states_is_not_for_ecfmg():
    checklist = assess(school__country="US")
    assert checklist.overall is Overall.NOT_ELIGIBLE


def test_school_location_unknown_needs_info():
    item = assess(school__country=None, school__canadian=None).item("eligibility.img_status")
    assert item.status is Status.NEEDS_INFO


def test_cutoff_helper_reads_the_rules_data():
    assert canadian_cutoff(load_ruleset()).isoformat() == "2025-07-01"


def test_unchecked_sponsor_note_sends_the_user_to_their_school_page():
    item = assess(school__sponsor_note=None).item("school.sponsor_note")
    assert item.status is Status.NEEDS_INFO
    assert "https://search.wdoms.org/home/SchoolDetail/F0000578" in item.next_step


def test_school_without_an_ecfmg_note_makes_the_applicant_ineligible():
    checklist = assess(school__sponsor_note="")
    item = checklist.item("school.sponsor_note")
    assert item.status is Status.NOT_MET and item.blocking
    assert checklist.item("school.graduation_year").status is Status.NOT_APPLICABLE
    assert checklist.overall is Overall.NOT_ELIGIBLE


def test_note_saying_graduates_are_not_eligible_blocks():
    note = "Students and graduates of this medical school are NOT eligible to apply to ECFMG."
    checklist = assess(school__sponsor_note=note)
    assert checklist.item("school.sponsor_note").blocking
    assert checklist.overall is Overall.NOT_ELIGIBLE


def test_unreadable_note_needs_info_with_the_reason():
    item = assess(school__sponsor_note="see website").item("school.sponsor_note")
    assert item.status is Status.NEEDS_INFO
    assert "no graduation years could be read" in item.reason


@pytest.mark.parametrize(
    ("graduated", "status"),
    [
        ("1979-12-31", Status.NOT_MET),
        ("1980-01-01", Status.MET),
        ("2010-06-30", Status.MET),
        ("2011-01-15", Status.NOT_MET),
    ],
)
def test_graduation_year_must_fall_in_the_notes_years_end_year_included(graduated, status):
    checklist = assess(
        school__sponsor_note="Graduation Year: 1980 - 2010",
        education__graduation_date=graduated,
        clinical_skills__pathway=1,
    )
    item = checklist.item("school.graduation_year")
    assert item.status is status
    if status is Status.NOT_MET:
        assert item.blocking and checklist.overall is Overall.NOT_ELIGIBLE
        assert graduated[:4] in item.reason


def test_student_needs_a_note_reading_current():
    checklist = assess("student", school__sponsor_note="Graduation Year: 1980 - 2030")
    item = checklist.item("school.graduation_year")
    assert item.status is Status.NOT_MET and item.blocking
    assert "'Current'" in item.reason


def test_student_is_judged_on_the_expected_graduation_year():
    item = assess("student").item("school.graduation_year")
    assert item.status is Status.MET
    assert "expect to graduate in 2027" in item.reason


def test_missing_graduation_date_needs_info():
    checklist = assess(education__graduation_date=None)
    assert checklist.item("school.graduation_year").status is Status.NEEDS_INFO


def test_graduate_with_a_future_graduation_date_is_asked_to_check_it():
    data = fixture_dict("fresh_graduate")
    data["education"]["graduation_date"] = "2030-06-30"
    profile, _ = read_profile(data)
    item = evaluate(profile, load_ruleset(), AS_OF).item("school.graduation_year")
    assert item.status is Status.NEEDS_INFO
    assert "cannot be after the assessment date" in item.reason
