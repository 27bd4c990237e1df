"""USMLE Step 1 and Step 2 CK: minimum scores by exam date, results, and the attempt limit."""

from __future__ import annotations

import datetime as dt

import pytest
from profile_builder import assess, fixture_dict

from app.checklist import Overall, Status
from app.engine.evaluate import evaluate
from app.engine.exams import step2_ck_minimum
from app.profile import read_profile
from app.rules import Standing, load_ruleset


@pytest.mark.parametrize(
    ("exam_date", "minimum"),
    [
        ("2013-07-01", 203),
        ("2014-06-30", 203),
        ("2014-07-01", 209),
        ("2022-06-30", 209),
        ("2022-07-01", 214),
        ("2025-06-30", 214),
        ("2025-07-01", 218),
        ("2026-06-01", 218),
    ],
)
def test_step2_ck_score_at_the_minimum_passes_and_one_below_fails(exam_date, minimum):
    # With no reported result the typed score decides (a reported result would win).
    common = {"exams__step2_ck__result": None, "exams__step2_ck__date": exam_date}
    at = assess(exams__step2_ck__score=minimum, **common)
    below = assess(exams__step2_ck__score=minimum - 1, **common)
    assert at.item("exams.step2_ck").status is Status.MET
    short = below.item("exams.step2_ck")
    assert short.status is Status.NOT_MET
    assert f"Your score {minimum - 1} is below the {minimum} minimum" in short.reason
    assert below.overall is Overall.NOT_READY


def test_wizard_helper_gives_the_minimum_in_force_on_the_exam_date():
    rules = load_ruleset()
    assert step2_ck_minimum(rules, dt.date(2022, 6, 30)) == 209
    assert step2_ck_minimum(rules, dt.date(2022, 7, 1)) == 214
    assert step2_ck_minimum(rules, dt.date(2025, 7, 1)) == 218
    assert step2_ck_minimum(rules, dt.date(2010, 1, 1)) is None


def test_218_minimum_is_marked_unconfirmed_and_says_so():
    item = assess(exams__step2_ck__score=230, exams__step2_ck__date="2025-08-01").item(
        "exams.step2_ck"
    )
    assert item.status is Status.MET
    assert item.standing is Standing.THIRD_PARTY
    assert "third-party sources" in item.next_step


def test_passed_step2_ck_without_a_score_counts_by_its_result():
    item = assess(exams__step2_ck__score=None).item("exams.step2_ck")
    assert item.status is Status.MET


def test_score_without_a_date_is_judged_when_every_minimum_agrees():
    def judged(score: int):
        return assess(
            exams__step2_ck__result=None, exams__step2_ck__date=None, exams__step2_ck__score=score
        ).item("exams.step2_ck")

    assert judged(250).status is Status.MET
    assert judged(190).status is Status.NOT_MET
    unsure = judged(215)
    assert unsure.status is Status.NEEDS_INFO
    assert "date" in unsure.next_step


def test_old_exam_with_no_minimum_on_file_counts_by_its_reported_result():
    item = assess(exams__step2_ck__date="2011-05-01", exams__step2_ck__score=190).item(
        "exams.step2_ck"
    )
    assert item.status is Status.MET


@pytest.mark.parametrize(
    ("result", "status"),
    [("scheduled", Status.PENDING), ("not_taken", Status.NOT_MET), (None, Status.NEEDS_INFO)],
)
def test_step2_ck_scheduled_is_pending_not_taken_is_short_and_unanswered_needs_info(result, status):
    checklist = assess(
        exams__step2_ck__result=result,
        exams__step2_ck__score=None,
        exams__step2_ck__date="2027-01-10" if result == "scheduled" else None,
    )
    assert checklist.item("exams.step2_ck").status is status


@pytest.mark.parametrize(
    ("result", "status"),
    [
        ("pass", Status.MET),
        ("fail", Status.NOT_MET),
        ("scheduled", Status.PENDING),
        ("not_taken", Status.NOT_MET),
        (None, Status.NEEDS_INFO),
    ],
)
def test_step1_is_judged_by_its_pass_fail_result(result, status):
    checklist = assess(exams__step1__result=result, exams__step1__date=None)
    assert checklist.item("exams.step1").status is status


def test_failed_step1_with_attempts_left_is_short_but_fixable():
    item = assess(
        exams__step1__result="fail", exams__step1__date="2026-01-05", exams__step1__attempts=3
    ).item("exams.step1")
    assert item.status is Status.NOT_MET
    assert not item.blocking
    assert "3 of 4 attempts" in item.reason


def test_four_unpassed_step1_attempts_reach_the_limit_and_make_the_applicant_ineligible():
    checklist = assess(
        exams__step1__result="fail", exams__step1__date="2026-01-05", exams__step1__attempts=4
    )
    item = checklist.item("exams.step1")
    assert item.status is Status.NOT_MET
    assert item.blocking
    assert "sat Step 1 4 times" in item.reason
    assert item.rule_id == "exams.attempt_limit.four"
    assert checklist.overall is Overall.NOT_ELIGIBLE


def test_four_unpassed_step2_ck_attempts_close_step1_too_when_step1_is_not_passed():
    checklist = assess(
        exams__step1__result="scheduled",
        exams__step1__date="2027-02-01",
        exams__step2_ck__result="fail",
        exams__step2_ck__score=200,
        exams__step2_ck__attempts=4,
    )
    assert checklist.item("exams.step2_ck").blocking
    step1 = checklist.item("exams.step1")
    assert step1.blocking and "closes Step 1 too" in step1.reason


def test_a_passed_step_stays_met_when_another_step_reaches_the_limit():
    checklist = assess(
        exams__step2_ck__result="fail", exams__step2_ck__score=200, exams__step2_ck__attempts=5
    )
    assert checklist.item("exams.step1").status is Status.MET
    assert checklist.item("exams.step2_ck").blocking


def test_attempt_limit_was_six_for_applications_before_july_2021():
    changes = {
        "exams__step1__result": "fail",
        "exams__step1__date": None,
        "exams__step1__attempts": 4,
    }
    before = assess(as_of=dt.date(2021, 6, 30), **changes).item("exams.step1")
    after = assess(as_of=dt.date(2021, 7, 1), **changes).item("exams.step1")
    assert before.status is Status.NOT_MET and not before.blocking
    assert "4 of 6 attempts" in before.reason
    assert after.blocking


def test_impossible_step2_ck_score_asks_the_user_to_check_it():
    data = fixture_dict("fresh_graduate")
    data["exams"]["step2_ck"]["score"] = 400
    profile, problems = read_profile(data)
    assert problems  # the lenient reader keeps the value and reports it
    item = evaluate(profile, load_ruleset(), dt.date(2026, 11, 25)).item("exams.step2_ck")
    assert item.status is Status.NEEDS_INFO
    assert "400" in item.reason
