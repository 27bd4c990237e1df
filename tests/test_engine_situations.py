"""Advice an advisor can trust for the 2027 and 2028 Matches: each situation a careful advisor
disputed, through evaluate(), on both sides of every date it depends on."""

from __future__ import annotations

import datetime as dt

import pytest
from profile_builder import assess

from app.checklist import ItemId, Overall, Status
from app.rules import Standing

DAY = dt.timedelta(days=1)
TODAY = dt.date(2026, 12, 2)


def oet(day: str, listening=380, reading=380, writing=330, speaking=380) -> dict:
    return {
        "test_date": day,
        "listening": listening,
        "reading": reading,
        "writing": writing,
        "speaking": speaking,
    }


# --- Honest unknowns -------------------------------------------------------------------------


def test_an_estimated_pathway_cut_off_asks_instead_of_telling_the_applicant_to_switch():
    checklist = assess(
        "oet_retaker",
        as_of=TODAY,
        target_match_year=2028,
        clinical_skills__pathway_cycle=2028,
        education__graduation_date="2025-06-30",
    )
    item = checklist.item(ItemId.PATHWAY)
    assert item.status is Status.NEEDS_INFO and not item.blocking
    assert "ECFMG has not published the Pathway 3 graduation cut-off for the 2028 Match" in (
        item.reason
    )
    assert "2024: 2022-01-01" in item.reason  # what earlier cycles published
    assert item.standing is Standing.ESTIMATE
    assert checklist.overall is not Overall.NOT_READY


def test_a_published_cut_off_still_decides():
    checklist = assess(
        "oet_retaker",
        as_of=dt.date(2025, 12, 1),
        target_match_year=2026,
        clinical_skills__pathway_cycle=2026,
        education__graduation_date="2022-12-31",
    )
    item = checklist.item(ItemId.PATHWAY)
    assert item.status is Status.NOT_MET
    assert "before 2023-01-01" in item.reason
    assert item.standing is Standing.THIRD_PARTY
    assert "third-party sources" in item.next_step


def test_everything_met_on_an_estimate_is_not_yet_known_never_ready():
    # An approved 2026 Pathway used for the 2027 Match: ECFMG has not said how long it counts.
    checklist = assess(as_of=TODAY, clinical_skills__pathway_cycle=2026, target_match_year=2027)
    pathway = checklist.item(ItemId.PATHWAY)
    assert pathway.status is Status.MET and pathway.on_estimate
    assert "has not published how long a 2026 Pathway stays valid" in pathway.reason
    assert "Pathways Revalidation" in pathway.next_step
    assert checklist.overall is Overall.NOT_YET_KNOWN


def test_pathway_2_is_asked_about_from_2026_because_ecfmg_no_longer_names_it():
    checklist = assess(
        as_of=TODAY, clinical_skills__pathway=2, clinical_skills__pathway_status="applied"
    )
    item = checklist.item(ItemId.PATHWAY)
    assert item.status is Status.NEEDS_INFO
    assert "does not name Pathway 2" in item.reason


# --- The cycle calendar ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "held"),
    [(dt.date(2026, 3, 19), False), (dt.date(2026, 3, 20), False), (dt.date(2026, 3, 21), True)],
)
def test_a_target_match_whose_match_day_has_passed_says_so_and_points_to_the_next(as_of, held):
    checklist = assess(as_of=as_of, target_match_year=2026, clinical_skills__pathway_cycle=2026)
    item = checklist.item(ItemId.MATCH_CYCLE)
    if held:
        assert item.status is Status.NEEDS_INFO
        assert "The 2026 Match was held on 2026-03-20" in item.reason
        assert "Aim for the 2027 Match" in item.next_step
        assert checklist.overall is not Overall.READY
    else:
        assert item.status is Status.MET


def test_a_match_held_long_ago_is_not_treated_as_open():
    checklist = assess(as_of=TODAY, target_match_year=2024, clinical_skills__pathway_cycle=2024)
    item = checklist.item(ItemId.MATCH_CYCLE)
    assert item.status is Status.NEEDS_INFO
    assert "The 2024 Match was held on 2024-03-15" in item.reason


def test_the_target_match_ahead_lists_its_dates_with_their_standing():
    item = assess(as_of=TODAY).item(ItemId.MATCH_CYCLE)
    assert item.status is Status.MET
    assert "The 2027 Match is ahead" in item.reason
    assert "Match Day 2027-03-19 (third-party sources)" in item.reason
    assert "residency starts 2027-07-01" in item.reason


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (dt.date(2025, 8, 18), Status.PENDING),  # the 2026 Pathways opened on 2025-08-19
        (dt.date(2025, 8, 19), Status.NOT_MET),
        (dt.date(2025, 8, 20), Status.NOT_MET),
    ],
)
def test_a_cycle_not_yet_open_is_pending_not_a_shortfall(as_of, status):
    checklist = assess(
        "oet_retaker",
        as_of=as_of,
        target_match_year=2026,
        clinical_skills__pathway_cycle=2026,
        clinical_skills__pathway_status="not_started",
        paths={"clinical_skills.oet": [oet("2025-07-19")]},
    )
    item = checklist.item(ItemId.PATHWAY)
    assert item.status is status
    if status is Status.PENDING:
        assert "opens 2025-08-19" in item.reason


def test_not_applying_before_an_estimated_opening_is_pending():
    item = assess("student", as_of=TODAY, clinical_skills__pathway_status="not_started").item(
        ItemId.PATHWAY
    )
    assert item.status is Status.PENDING
    assert "opens around August 2027" in item.reason and item.on_estimate


@pytest.mark.parametrize(
    ("as_of", "passed"),
    [(dt.date(2027, 1, 30), False), (dt.date(2027, 1, 31), False), (dt.date(2027, 2, 1), True)],
)
def test_a_passed_pathways_deadline_is_named(as_of, passed):
    item = assess(
        as_of=as_of,
        clinical_skills__pathway_status="not_started",
        clinical_skills__pathway_cycle=2027,
    ).item(ItemId.PATHWAY)
    assert item.status is Status.NOT_MET
    assert ("the deadline to apply for the 2027 Match was 2027-01-31" in item.reason) is passed


# --- Results in time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "counts"), [(-1, True), (0, True), (1, False)], ids=["before", "on", "after"]
)
def test_an_oet_dated_after_the_assessment_date_is_booked_not_passed(offset, counts):
    sitting_day = TODAY + dt.timedelta(days=offset)
    checklist = assess(
        "oet_retaker",
        as_of=TODAY,
        target_match_year=2028,
        clinical_skills__pathway_cycle=2028,
        paths={"clinical_skills.oet": [oet(sitting_day.isoformat())]},
    )
    item = checklist.item(ItemId.OET)
    if counts:
        assert item.status is Status.MET
    else:
        assert item.status is Status.PENDING
        assert f"Booked for {sitting_day}, after {TODAY}: not a result yet" in item.reason
        assert "cannot have results yet" in item.reason  # scores typed for it are named


@pytest.mark.parametrize(
    ("sitting_day", "counts"),
    [("2027-01-31", True), ("2027-02-01", False)],
)
def test_an_oet_after_the_cycles_last_date_does_not_count_for_that_cycle(sitting_day, counts):
    item = assess(
        "oet_retaker",
        as_of=dt.date(2027, 2, 20),
        paths={"clinical_skills.oet": [oet(sitting_day)]},
    ).item(ItemId.OET)
    if counts:
        assert item.status is Status.MET
    else:
        assert item.status is Status.NOT_MET
        assert "after 2027-01-31, the last date an OET can count for the 2027 Match" in item.reason
        assert "it can count for a later cycle" in item.reason


def test_a_2026_oet_does_not_count_for_the_2024_match():
    item = assess(
        "oet_retaker",
        as_of=TODAY,
        target_match_year=2024,
        clinical_skills__pathway_cycle=2024,
        education__graduation_date="2022-06-30",
        paths={"clinical_skills.oet": [oet("2026-05-02")]},
    ).item(ItemId.OET)
    assert item.status is Status.NOT_MET
    assert "after 2024-02-15, the last date an OET can count for the 2024 Match" in item.reason


def test_an_oet_after_an_estimated_last_date_is_left_open():
    item = assess(
        "oet_retaker",
        as_of=dt.date(2028, 1, 20),
        target_match_year=2028,
        clinical_skills__pathway_cycle=2028,
        paths={"clinical_skills.oet": [oet("2028-01-10")]},
    ).item(ItemId.OET)
    assert item.status is Status.NEEDS_INFO
    assert "has not published the last OET date for the 2028 Match" in item.reason


@pytest.mark.parametrize(
    ("offset", "status"),
    [(-1, Status.MET), (0, Status.MET), (1, Status.PENDING)],
    ids=["before", "on", "after"],
)
def test_a_step_result_dated_after_the_assessment_date_is_a_booked_exam(offset, status):
    exam_day = TODAY + dt.timedelta(days=offset)
    checklist = assess(as_of=TODAY, exams__step1__date=exam_day.isoformat())
    item = checklist.item(ItemId.STEP1)
    assert item.status is status
    if status is Status.PENDING:
        assert f"dated {exam_day}, after {TODAY}" in item.reason


def test_a_reported_fail_wins_over_a_typed_score_above_the_minimum():
    item = assess(
        exams__step2_ck__result="fail",
        exams__step2_ck__score=230,
        exams__step2_ck__date="2025-08-20",
    ).item(ItemId.STEP2_CK)
    assert item.status is Status.NOT_MET
    assert "You report a fail, but the score 230 you typed meets the 218 minimum" in item.reason


def test_a_reported_pass_wins_over_a_typed_score_below_the_minimum_and_names_it():
    item = assess(exams__step2_ck__score=200).item(ItemId.STEP2_CK)
    assert item.status is Status.MET
    assert "You report a pass, but the score 200 you typed is below the 218 minimum" in (
        item.reason
    )


@pytest.mark.parametrize(
    ("attempts", "status", "blocking"),
    [(3, Status.PENDING, False), (4, Status.PENDING, False), (5, Status.NOT_MET, True)],
)
def test_a_booked_attempt_within_the_limit_is_allowed(attempts, status, blocking):
    # Three fails and a booked fourth sitting: attempts counts the booked one.
    checklist = assess(
        as_of=TODAY,
        exams__step2_ck__result="scheduled",
        exams__step2_ck__score=None,
        exams__step2_ck__date="2027-01-20",
        exams__step2_ck__attempts=attempts,
    )
    item = checklist.item(ItemId.STEP2_CK)
    assert item.status is status and item.blocking is blocking
    if attempts == 4:
        assert "The booked sitting is attempt 4 of the 4 allowed" in item.reason
        assert checklist.overall is not Overall.NOT_ELIGIBLE


def test_four_fails_and_nothing_booked_still_close_the_step():
    item = assess(
        as_of=TODAY,
        exams__step2_ck__result="fail",
        exams__step2_ck__score=200,
        exams__step2_ck__attempts=4,
    ).item(ItemId.STEP2_CK)
    assert item.status is Status.NOT_MET and item.blocking


# --- Pathway validity ------------------------------------------------------------------------


def test_an_approved_pathway_without_its_cycle_is_asked_about_not_assumed():
    checklist = assess(as_of=TODAY, clinical_skills__pathway_cycle=None)
    item = checklist.item(ItemId.PATHWAY)
    assert item.status is Status.NEEDS_INFO
    assert "Tell us the Match year of the Pathways cycle ECFMG approved" in item.next_step


def test_an_approved_pathway_means_the_oet_was_accepted_even_with_no_sitting_typed():
    checklist = assess(as_of=TODAY, paths={"clinical_skills.oet": []})
    assert checklist.item(ItemId.OET).status is Status.MET
    assert checklist.item(ItemId.CLINICAL_REQUIREMENT).status is Status.MET
    assert checklist.overall is Overall.READY


def test_an_approved_pathways_oet_is_not_judged_again_against_a_later_window():
    # Approved for 2027 with a 2023 OET, which a later cycle's window would refuse.
    checklist = assess(as_of=TODAY, paths={"clinical_skills.oet": [oet("2023-02-01", writing=310)]})
    assert checklist.item(ItemId.OET).status is Status.MET


def test_a_pathway_from_an_old_cycle_that_ecfmg_says_has_ended_is_not_met():
    checklist = assess(
        as_of=dt.date(2025, 6, 1),
        target_match_year=2025,
        clinical_skills__pathway_cycle=2022,
        education__graduation_date="2021-06-28",
    )
    item = checklist.item(ItemId.PATHWAY)
    assert item.status is Status.NOT_MET
    assert "valid through the 2024 Match, not the 2025 Match" in item.reason
    assert "Pathways Revalidation" in item.next_step


def test_an_approved_pathway_tells_how_the_certificate_stays_valid():
    item = assess(as_of=TODAY).item(ItemId.PATHWAY)
    assert item.status is Status.MET
    assert "12 months of ACGME-accredited training" in item.next_step


# --- Eligibility edges ---------------------------------------------------------------------


def test_a_school_in_canada_marked_not_canadian_is_asked_about():
    item = assess(as_of=TODAY, school__country="CA", school__canadian=False).item(ItemId.IMG_STATUS)
    assert item.status is Status.NEEDS_INFO
    assert "Your answers disagree" in item.reason


def test_a_school_marked_canadian_in_another_country_is_asked_about():
    item = assess(as_of=TODAY, school__country="EG", school__canadian=True).item(ItemId.IMG_STATUS)
    assert item.status is Status.NEEDS_INFO


@pytest.mark.parametrize("country", ["PR", "GU", "VI", "US"])
def test_a_school_in_a_us_jurisdiction_is_not_an_img_school(country):
    checklist = assess(as_of=TODAY, school__country=country, school__canadian=False)
    item = checklist.item(ItemId.IMG_STATUS)
    assert item.status is Status.NOT_MET and item.blocking
    assert checklist.overall is Overall.NOT_ELIGIBLE


def test_passes_more_than_seven_years_apart_earn_a_warning_that_never_blocks():
    checklist = assess(
        "step2cs_holder",
        as_of=TODAY,
        exams__step1__date="2011-05-02",
        exams__step2_ck__date="2019-03-01",
    )
    item = checklist.item(ItemId.STEP2_CK)
    assert item.status is Status.MET and not item.blocking
    assert "more than 7 years apart" in item.next_step
    assert "not confirmed on a current ECFMG page" in item.next_step


def test_passes_exactly_seven_years_apart_earn_no_warning():
    item = assess(
        "step2cs_holder",
        as_of=TODAY,
        exams__step1__date="2012-03-01",
        exams__step2_ck__date="2019-03-01",
    ).item(ItemId.STEP2_CK)
    assert "years apart" not in item.next_step


# --- Rules that know their age ---------------------------------------------------------------


def test_a_match_outside_what_the_rules_cover_is_never_ready():
    checklist = assess("step2cs_holder", as_of=dt.date(2031, 6, 1), target_match_year=2032)
    item = checklist.item(ItemId.MATCH_CYCLE)
    assert item.status is Status.NEEDS_INFO
    assert "These rules do not cover the 2032 Match" in item.reason
    assert checklist.overall is not Overall.READY
    assert "These rules were last updated on 2026-12-02" in checklist.rules_notice


@pytest.mark.parametrize(
    ("as_of", "notice"),
    [(dt.date(2027, 5, 31), False), (dt.date(2027, 6, 1), True)],
)
def test_rules_older_than_180_days_earn_a_calm_notice(as_of, notice):
    checklist = assess(as_of=as_of)
    assert (checklist.rules_age_days > 180) is notice
    assert bool(checklist.rules_notice) is notice
