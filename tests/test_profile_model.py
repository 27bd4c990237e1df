"""Profile JSON v1: every class of input app.profile rejects, each problem naming its field."""

from __future__ import annotations

import datetime as dt

import pytest
from profile_builder import changed, fixture_dict

from app.profile import (
    Profile,
    ProfileError,
    profile_from_dict,
    profile_to_dict,
    read_profile,
)

TODAY = dt.date(2026, 11, 25)


def problems_of(data) -> dict[str, str]:
    _, problems = read_profile(data, TODAY)
    messages: dict[str, str] = {}
    for problem in problems:
        messages[problem.field] = "; ".join(
            filter(None, [messages.get(problem.field), problem.message])
        )
    return messages


def test_example_profiles_read_without_problems():
    for name in (
        "fresh_graduate",
        "student",
        "canadian_2024_graduate",
        "step2cs_holder",
        "oet_retaker",
    ):
        assert problems_of(fixture_dict(name)) == {}, name


def test_a_profile_round_trips_through_json_v1():
    profile = profile_from_dict(fixture_dict("oet_retaker"), TODAY)
    assert profile_from_dict(profile_to_dict(profile), TODAY) == profile


def test_every_field_may_be_missing_or_null():
    assert problems_of({"format": "img-readiness-profile", "version": 1}) == {}
    empty = profile_to_dict(Profile())
    assert problems_of(empty) == {}


def test_unknown_fields_are_tolerated_for_later_minor_versions():
    data = changed(fixture_dict("student"), {"school.campus": "North"})
    assert problems_of(data) == {}


@pytest.mark.parametrize("document", [[], "profile", 3, None])
def test_a_document_that_is_not_an_object_is_refused(document):
    assert "profile" in problems_of(document)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("format", "something-else", "img-readiness-profile"),
        ("format", None, "img-readiness-profile"),
        ("version", 3, "newer"),
        ("version", "1", "must be 1 or 2"),
        ("version", True, "must be 1 or 2"),
        ("version", None, "must be 1 or 2"),
    ],
)
def test_wrong_format_or_version_is_refused(field, value, words):
    messages = problems_of(changed(fixture_dict("student"), {field: value}))
    assert words in messages[field]


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("target_match_year", "2027", "whole number"),
        ("target_match_year", 2027.5, "whole number"),
        ("education.credit_years", "six", "number"),
        ("education.credit_years", True, "number"),
        ("school.canadian", "yes", "true or false"),
        ("education.diploma_received", 1, "true or false"),
        ("exams.step2_ck.score", 245.5, "whole number"),
        ("exams.step2_ck.score", "245", "whole number"),
        ("applicant.full_name", 42, "text"),
        ("education.status", "alumnus", "not one of"),
        ("exams.step1.result", "passed", "not one of"),
        ("exams.step2_cs.result", "scheduled", "not one of"),
        ("clinical_skills.pathway_status", "pending", "not one of"),
        ("clinical_skills.oet", "350", "list"),
        ("clinical_skills.oet[0]", [350], "object"),
        ("school", "Cairo", "object"),
        ("exams", [], "object"),
    ],
)
def test_wrong_json_types_are_refused_at_the_field(path, value, words):
    messages = problems_of(changed(fixture_dict("fresh_graduate"), {path: value}))
    assert words in messages[path]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("exams.step2_ck.score", 400),
        ("exams.step2_ck.score", 0),
        ("clinical_skills.oet[0].writing", 505),
        ("clinical_skills.oet[0].listening", -1),
        ("exams.step1.attempts", 21),
        ("education.credit_years", 16),
        ("target_match_year", 1999),
        ("clinical_skills.pathway", 7),
        ("clinical_skills.pathway_cycle", 3000),
    ],
)
def test_impossible_values_are_refused_naming_the_value(path, value):
    messages = problems_of(changed(fixture_dict("fresh_graduate"), {path: value}))
    assert str(value) in messages[path]


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("education.graduation_date", "2025/06/28", "YYYY-MM-DD"),
        ("education.graduation_date", "28-06-2025", "YYYY-MM-DD"),
        ("education.graduation_date", 20250628, "YYYY-MM-DD"),
        ("exams.step1.date", "2025-02-30", "not a real calendar date"),
        ("clinical_skills.oet[0].test_date", "2025-13-01", "not a real calendar date"),
        ("education.graduation_date", "1900-01-01", "too far in the past"),
        ("education.graduation_date", "2099-01-01", "too far in the future"),
        ("education.graduation_date", "2027-06-30", "cannot be after the assessment date"),
    ],
)
def test_dates_that_are_not_yyyy_mm_dd_or_not_possible_are_refused(path, value, words):
    messages = problems_of(changed(fixture_dict("fresh_graduate"), {path: value}))
    assert words in messages[path]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("applicant.usmle_id", "12-34"),
        ("applicant.email", "amira.example.com"),
        ("applicant.citizenship", "XX"),
        ("school.country", "Egypt"),
        ("school.directory_id", "578"),
    ],
)
def test_identifiers_in_the_wrong_shape_are_refused(path, value):
    assert path in problems_of(changed(fixture_dict("fresh_graduate"), {path: value}))


def test_every_problem_is_reported_at_once():
    data = changed(
        fixture_dict("fresh_graduate"),
        {"exams.step2_ck.score": 400, "clinical_skills.oet[0].writing": 505, "version": 9},
    )
    with pytest.raises(ProfileError) as caught:
        profile_from_dict(data, TODAY)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"exams.step2_ck.score", "clinical_skills.oet[0].writing", "version"}


def test_lenient_reading_keeps_every_readable_answer():
    data = changed(fixture_dict("fresh_graduate"), {"exams.step2_ck.score": "high"})
    profile, problems = read_profile(data, TODAY)
    assert profile.exams.step2_ck.score is None
    assert profile.applicant.full_name == "Amira Hassan"
    assert [p.field for p in problems] == ["exams.step2_ck.score"]
