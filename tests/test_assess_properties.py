"""Property tests: evaluate never raises on a schema-valid profile, on any date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from profile_strategies import profile_documents

from app.checklist import ITEM_IDS, ItemId, Overall, Status
from app.engine.clinical import judge_oet_sitting, pathway_cycle
from app.engine.evaluate import evaluate
from app.engine.verdicts import STANDING_NOTES
from app.profile import read_profile
from app.rules import load_ruleset

RULES = load_ruleset()


@settings(max_examples=300, deadline=None)
@given(document=profile_documents, as_of=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)))
def test_evaluate_never_raises_and_always_gives_every_item(document, as_of):
    profile, _ = read_profile(document, as_of)
    checklist = evaluate(profile, RULES, as_of)
    assert tuple(item.id for item in checklist.items) == ITEM_IDS
    for item in checklist.items:
        assert item.reason.strip()
        assert item.source.startswith("https://")
        assert not (item.blocking and item.status is not Status.NOT_MET)
        # A verdict resting on less than an official page says so beside it.
        assert (
            item.confirmed
            or item.status in (Status.NOT_APPLICABLE, Status.NEEDS_INFO)
            or STANDING_NOTES[item.standing] in item.next_step
        )
    if checklist.overall is Overall.READY:
        assert all(i.status in (Status.MET, Status.NOT_APPLICABLE) for i in checklist.items)


@settings(max_examples=100, deadline=None)
@given(document=profile_documents)
def test_evaluate_is_pure_same_input_same_output(document):
    as_of = dt.date(2026, 11, 25)
    profile, _ = read_profile(document, as_of)
    assert evaluate(profile, RULES, as_of) == evaluate(profile, RULES, as_of)


@settings(max_examples=300, deadline=None)
@given(document=profile_documents, as_of=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)))
def test_nothing_dated_after_the_assessment_date_counts_as_a_pass(document, as_of):
    profile, _ = read_profile(document, as_of)
    checklist = evaluate(profile, RULES, as_of)
    exams = profile.exams
    for item_id, exam in ((ItemId.STEP1, exams.step1), (ItemId.STEP2_CK, exams.step2_ck)):
        if exam.date is not None and exam.date > as_of:
            assert checklist.item(item_id).status is not Status.MET
    skills = profile.clinical_skills
    cycle = pathway_cycle(profile)
    for sitting in skills.oet:
        if sitting.test_date is not None and sitting.test_date > as_of:
            assert judge_oet_sitting(sitting, RULES, cycle, as_of).qualifies is not True
    approved = skills.pathway is not None and skills.pathway_status == "approved"
    if checklist.item(ItemId.OET).status is Status.MET and not approved:
        assert any(s.test_date is not None and s.test_date <= as_of for s in skills.oet)


@settings(max_examples=300, deadline=None)
@given(document=profile_documents, as_of=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)))
def test_no_verdict_built_on_an_estimate_is_ever_not_met_or_blocking(document, as_of):
    profile, _ = read_profile(document, as_of)
    checklist = evaluate(profile, RULES, as_of)
    for item in checklist.items:
        if item.on_estimate:
            assert item.status is not Status.NOT_MET and not item.blocking
    if any(item.on_estimate and item.status is Status.MET for item in checklist.items):
        assert checklist.overall is not Overall.READY


@settings(max_examples=150, deadline=None)
@given(
    document=profile_documents,
    as_of=st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
    later=st.integers(1, 3000),
)
def test_moving_the_assessment_date_forward_never_passes_a_result_not_yet_sat(
    document, as_of, later
):
    # A result dated between two assessment dates is booked on the first, whatever the second.
    profile, _ = read_profile(document, as_of)
    step1 = profile.exams.step1
    if step1.date is None or step1.date <= as_of:
        return
    before = evaluate(profile, RULES, as_of).item(ItemId.STEP1)
    after = evaluate(profile, RULES, as_of + dt.timedelta(days=later)).item(ItemId.STEP1)
    assert before.status is not Status.MET
    if step1.result == "pass" and step1.date <= as_of + dt.timedelta(days=later):
        assert after.status is Status.MET
