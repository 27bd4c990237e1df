"""Clinical and communication skills: Step 2 CS, the Pathways, and OET Medicine sittings."""

from __future__ import annotations

import datetime as dt

import pytest
from profile_builder import AS_OF, assess, changed, fixture_dict

from app.checklist import Overall, Status
from app.engine.clinical import (
    best_oet_sitting,
    judge_oet_sitting,
    oet_minimums,
    pathway_descriptions,
)
from app.engine.evaluate import evaluate
from app.profile import OetSitting, read_profile
from app.rules import Standing, load_ruleset

APPLIED = {"clinical_skills.pathway_status": "applied"}


def sitting(day: str, listening=360, reading=360, writing=360, speaking=360) -> OetSitting:
    return OetSitting(dt.date.fromisoformat(day), listening, reading, writing, speaking)


def test_writing_300_is_enough_from_april_2022_and_299_is_not():
    rules = load_ruleset()
    enough = judge_oet_sitting(sitting("2022-04-01", writing=300), rules, 2024, AS_OF)
    assert enough.qualifies is True
    short = judge_oet_sitting(sitting("2022-04-01", writing=299), rules, 2024, AS_OF)
    assert short.qualifies is False
    assert short.shortfalls == ("Writing 299 is below 300 for tests taken on or after 2022-04-01",)


def test_before_april_2022_writing_needed_350():
    rules = load_ruleset()
    enough = judge_oet_sitting(sitting("2022-03-31", writing=350), rules, 2024, AS_OF)
    assert enough.qualifies is True
    short = judge_oet_sitting(sitting("2022-03-31", writing=300), rules, 2024, AS_OF)
    assert short.qualifies is False
    assert "Writing 300 is below 350" in short.reason


@pytest.mark.parametrize("subtest", ["listening", "reading", "speaking"])
def test_each_other_subtest_needs_350(subtest):
    rules = load_ruleset()
    assert judge_oet_sitting(sitting("2025-02-01", **{subtest: 350}), rules, 2027, AS_OF).qualifies
    short = judge_oet_sitting(sitting("2025-02-01", **{subtest: 349}), rules, 2027, AS_OF)
    assert short.qualifies is False
    assert f"{subtest.capitalize()} 349 is below 350" in short.reason


def test_wizard_helper_gives_the_four_minimums_for_a_test_date():
    rules = load_ruleset()
    assert oet_minimums(rules, dt.date(2022, 4, 1)) == {
        "listening": 350,
        "reading": 350,
        "writing": 300,
        "speaking": 350,
    }
    assert oet_minimums(rules, dt.date(2022, 3, 31))["writing"] == 350
    assert oet_minimums(rules, dt.date(2017, 1, 1)) == {}


@pytest.mark.parametrize(
    ("cycle", "last_outside", "first_inside"),
    [
        (2024, "2021-12-31", "2022-01-01"),
        (2025, "2022-12-31", "2023-01-01"),
        (2026, "2023-12-31", "2024-01-01"),
        (2027, "2024-12-31", "2025-01-01"),
    ],
)
def test_oet_must_be_taken_inside_the_window_of_the_pathways_cycle(
    cycle, last_outside, first_inside
):
    rules = load_ruleset()
    outside = judge_oet_sitting(sitting(last_outside), rules, cycle, AS_OF)
    inside = judge_oet_sitting(sitting(first_inside), rules, cycle, AS_OF)
    assert outside.qualifies is False and outside.in_window is False
    assert f"before {first_inside}, the first test date accepted for the {cycle} Match" in (
        outside.reason
    )
    assert inside.qualifies is True and inside.in_window is True
    # Every window from 2024 to 2027 rests on third-party reprints, and says so.
    assert inside.standing is Standing.THIRD_PARTY


def test_an_estimated_window_never_puts_a_sitting_outside_it():
    rules = load_ruleset()
    early = judge_oet_sitting(sitting("2025-12-31"), rules, 2028, AS_OF)
    assert early.qualifies is None and early.in_window is None
    assert "ECFMG has not published the OET window for the 2028 Match" in early.reason
    inside = judge_oet_sitting(sitting("2026-01-02"), rules, 2028, dt.date(2026, 2, 1))
    assert inside.qualifies is True and inside.standing is Standing.ESTIMATE


def test_cycle_with_no_window_on_file_cannot_be_judged():
    verdict = judge_oet_sitting(sitting("2021-05-01"), load_ruleset(), 2023, AS_OF)
    assert verdict.qualifies is None
    assert "No OET test window is on file for the 2023 Match" in verdict.reason


def test_oet_retaker_is_judged_on_the_second_sitting_that_qualifies():
    checklist = assess("oet_retaker")
    item = checklist.item("clinical.oet")
    assert item.status is Status.MET
    assert item.reason.startswith("Sitting 2 (2025-07-19)")
    rules = load_ruleset()
    sittings = [sitting("2025-03-08", writing=290), sitting("2025-07-19", writing=320)]
    assert best_oet_sitting(sittings, rules, 2027, AS_OF) == 1


def test_best_of_two_qualifying_sittings_is_the_higher_one():
    sittings = [sitting("2025-03-08", listening=420), sitting("2025-07-19")]
    assert best_oet_sitting(sittings, load_ruleset(), 2027, AS_OF) == 0


def test_passes_split_across_two_sittings_do_not_combine():
    paths = {
        "clinical_skills.oet": [
            {"test_date": "2025-03-08", "listening": 400, "reading": 400, "writing": 290,
             "speaking": 400},
            {"test_date": "2025-07-19", "listening": 340, "reading": 400, "writing": 380,
             "speaking": 400},
        ]
    }  # fmt: skip
    item = assess(paths=paths | APPLIED).item("clinical.oet")
    assert item.status is Status.NOT_MET
    assert "Listening 340 is below 350" in item.reason
    assert "all four sub-tests in one sitting" in item.next_step


def test_missing_subtest_score_asks_for_it():
    item = assess(paths={"clinical_skills.oet[0].speaking": None} | APPLIED).item("clinical.oet")
    assert item.status is Status.NEEDS_INFO
    assert "Speaking not given" in item.reason


def test_booked_oet_sitting_is_pending():
    paths = {"clinical_skills.oet": [{"test_date": "2027-01-09"}]} | APPLIED
    assert assess(paths=paths).item("clinical.oet").status is Status.PENDING


def test_no_oet_sitting_needs_info():
    assert assess(paths={"clinical_skills.oet": []} | APPLIED).item("clinical.oet").status is (
        Status.NEEDS_INFO
    )


def test_impossible_oet_score_is_named_and_needs_info():
    data = changed(fixture_dict("fresh_graduate"), {"clinical_skills.oet[0].writing": 505})
    profile, _ = read_profile(data)
    item = evaluate(profile, load_ruleset(), dt.date(2026, 11, 25)).item("clinical.oet")
    assert item.status is Status.NEEDS_INFO
    assert "505" in item.reason


def test_window_follows_the_target_match_year_when_no_cycle_is_given():
    checklist = assess(
        clinical_skills__pathway_cycle=None,
        clinical_skills__pathway_status="applied",
        target_match_year=2028,
    )
    item = checklist.item("clinical.oet")  # 2025-09-13 is before the estimated 2026-01-01
    assert item.status is Status.NEEDS_INFO  # an estimate never fails anyone
    assert "has not published the OET window for the 2028 Match" in item.reason
    assert item.standing is Standing.ESTIMATE


def test_step2_cs_holder_needs_no_pathway_and_no_oet():
    checklist = assess("step2cs_holder")
    assert checklist.item("clinical.requirement").status is Status.MET
    assert checklist.item("clinical.pathway").status is Status.NOT_APPLICABLE
    assert checklist.item("clinical.oet").status is Status.NOT_APPLICABLE
    # What keeps a CS pass valid today is not published: ECFMG decides, and the item says so.
    assert "ECFMG decides" in checklist.item("clinical.requirement").next_step
    assert checklist.overall is Overall.READY


def test_failed_step2_cs_leaves_only_pathway_6():
    checklist = assess(
        exams__step2_cs__result="fail",
        exams__step2_cs__date="2020-02-01",
        clinical_skills__pathway_status="applied",
    )
    item = checklist.item("clinical.pathway")
    assert item.status is Status.NOT_MET
    assert "only Pathway 6" in item.reason
    six = assess(
        exams__step2_cs__result="fail",
        exams__step2_cs__date="2020-02-01",
        clinical_skills__pathway=6,
        clinical_skills__pathway_status="applied",
    )
    assert six.item("clinical.pathway").status is Status.PENDING


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("approved", Status.MET),
        ("applied", Status.PENDING),
        ("rejected", Status.NOT_MET),
        ("not_started", Status.NOT_MET),
        (None, Status.NEEDS_INFO),
    ],
)
def test_pathway_item_follows_the_application_status(status, expected):
    checklist = assess(clinical_skills__pathway_status=status)
    assert checklist.item("clinical.pathway").status is expected


def test_no_pathway_chosen_needs_info():
    checklist = assess(clinical_skills__pathway=None, clinical_skills__pathway_status=None)
    assert checklist.item("clinical.pathway").status is Status.NEEDS_INFO
    assert checklist.item("clinical.requirement").status is Status.NEEDS_INFO


@pytest.mark.parametrize(
    ("cycle", "too_early", "on_time", "standing"),
    [
        (2024, "2021-12-31", "2022-01-01", Standing.CONFIRMED),
        (2025, "2022-12-31", "2023-01-01", Standing.CONFIRMED),
        (2026, "2022-12-31", "2023-01-01", Standing.THIRD_PARTY),
    ],
)
def test_pathways_3_to_5_need_graduation_after_the_cycles_cut_off(
    cycle, too_early, on_time, standing
):
    common = {
        "clinical_skills__pathway_status": "applied",
        "clinical_skills__pathway_cycle": cycle,
        "clinical_skills__oet": [],
    }
    early = assess(education__graduation_date=too_early, **common).item("clinical.pathway")
    assert early.status is Status.NOT_MET
    assert f"before {on_time}" in early.reason and early.standing is standing
    fine = assess(education__graduation_date=on_time, **common).item("clinical.pathway")
    assert fine.status is Status.PENDING


def test_pathway_1_has_no_graduation_cut_off():
    checklist = assess(
        clinical_skills__pathway=1,
        clinical_skills__pathway_status="applied",
        education__graduation_date="2010-06-30",
    )
    assert checklist.item("clinical.pathway").status is Status.PENDING


def test_pathway_descriptions_come_from_the_rules_data():
    descriptions = pathway_descriptions(load_ruleset())
    assert sorted(descriptions) == [1, 2, 3, 4, 5, 6]
    assert "Mini-CEX" in descriptions[6]
