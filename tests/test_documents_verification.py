"""The diploma and the transcript read their documents' status histories: verified by ECFMG is
met, rejected is not met with the reason given and the next step, anything sent and not yet
answered is in progress with the days it has waited, always judged as of the assessment date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from profile_builder import fixture_dict

from app.checklist import Status
from app.engine.documents import document_state, state_line
from app.engine.evaluate import evaluate
from app.engine.items import ItemId
from app.profile import Document, StatusEntry, profile_from_dict
from app.rules import load_ruleset

VERIFICATION_SOURCE = "https://ecfmg.org/2024ib/credentials-verification.html"
HISTORY = [
    {"status": "uploaded", "date": "2025-02-01", "reason": None},
    {"status": "sent_to_school", "date": "2025-02-15", "reason": None},
    {"status": "rejected", "date": "2025-11-03", "reason": "The school's seal is missing."},
    {"status": "resubmitted", "date": "2025-11-20", "reason": None},
    {"status": "sent_to_school", "date": "2025-11-24", "reason": None},
    {"status": "verified", "date": "2026-03-02", "reason": None},
]


def diploma_on(as_of: dt.date, history: list[dict[str, Any]], **more: Any) -> Any:
    source = fixture_dict("fresh_graduate")
    source["documents"][1].update({"case_number": "C-7788-1234", "history": history, **more})
    checklist = evaluate(profile_from_dict(source, None), load_ruleset(), as_of)
    return checklist.item(ItemId.DIPLOMA)


def test_a_rejection_is_not_met_with_the_reason_given_and_what_to_do():
    item = diploma_on(dt.date(2025, 11, 10), HISTORY)
    assert item.status is Status.NOT_MET and not item.blocking
    assert item.reason == (
        "ECFMG rejected your final diploma on 2025-11-03 (case C-7788-1234): "
        "The school's seal is missing."
    )
    assert item.next_step.startswith("Correct what ECFMG names, then resubmit it and record")
    assert item.source == VERIFICATION_SOURCE and item.rule_id == "credentials.verification"


def test_a_rejection_with_no_reason_says_so_and_asks_ecfmg_for_it():
    history = [dict(HISTORY[0]), {"status": "rejected", "date": "2025-06-01", "reason": None}]
    item = diploma_on(dt.date(2025, 7, 1), history)
    assert item.status is Status.NOT_MET
    assert "on 2025-06-01 (case C-7788-1234), with no reason recorded" in item.reason
    assert item.next_step.startswith("Ask ECFMG for the reason")


def test_after_the_resubmission_it_waits_again_counted_from_the_resubmission():
    item = diploma_on(dt.date(2025, 12, 20), HISTORY)
    assert item.status is Status.PENDING
    assert item.reason == (
        "Your final diploma is not verified yet: sent to the school for verification on "
        "2025-11-24 · waiting 30 days since you resubmitted it on 2025-11-20 "
        "(case C-7788-1234)."
    )


def test_days_waiting_are_judged_against_the_assessment_date_never_the_clock():
    first = diploma_on(dt.date(2025, 3, 1), HISTORY)
    later = diploma_on(dt.date(2025, 10, 1), HISTORY)
    assert "waiting 28 days since you uploaded it on 2025-02-01" in first.reason
    assert "waiting 242 days since you uploaded it on 2025-02-01" in later.reason


def test_verified_is_met_and_a_later_entry_does_not_count_before_its_date():
    verified = diploma_on(dt.date(2026, 3, 2), HISTORY)
    assert verified.status is Status.MET
    assert verified.reason == "ECFMG verified your final diploma on 2026-03-02 (case C-7788-1234)."
    before = diploma_on(dt.date(2026, 3, 1), HISTORY)  # the verification is not yet known
    assert before.status is Status.PENDING


def test_a_never_eligible_title_still_fails_whatever_the_history_says():
    source = fixture_dict("fresh_graduate")
    source["education"]["diploma_title"] = "Bachelor of Ayurvedic Medicine and Surgery"
    source["documents"][1]["history"] = HISTORY
    item = evaluate(profile_from_dict(source, None), load_ruleset(), dt.date(2026, 6, 1)).item(
        ItemId.DIPLOMA
    )
    assert item.status is Status.NOT_MET and item.blocking


def test_every_transcript_must_be_verified_and_one_waiting_keeps_it_in_progress():
    source = fixture_dict("fresh_graduate")
    source["documents"][3]["history"] = [{"status": "verified", "date": "2025-05-05"}]
    source["documents"].append(
        {
            "kind": "transcript",
            "name_as_printed": "Amira Hassan",
            "case_number": "C-0001",
            "history": [{"status": "uploaded", "date": "2025-09-01"}],
        }
    )
    checklist = evaluate(profile_from_dict(source, None), load_ruleset(), dt.date(2025, 9, 11))
    item = checklist.item(ItemId.TRANSCRIPT)
    assert item.status is Status.PENDING
    assert "uploaded on 2025-09-01 · waiting 10 days (case C-0001)" in item.reason


def test_without_a_status_the_v1_answers_still_decide():
    source = fixture_dict("fresh_graduate")  # documents with names only, no history
    item = evaluate(profile_from_dict(source, None), load_ruleset(), dt.date(2026, 6, 1)).item(
        ItemId.DIPLOMA
    )
    assert item.status is Status.MET and item.rule_id == "credentials.diploma"


def test_the_state_line_every_surface_prints():
    document = Document(
        kind="transcript",
        history=[
            StatusEntry("uploaded", dt.date(2025, 1, 10)),
            StatusEntry("rejected", dt.date(2025, 4, 2), "Not  signed\nby the dean"),
        ],
    )
    rejected = document_state(document, 0, dt.date(2025, 5, 1))
    assert state_line(rejected) == "Rejected on 2025-04-02: Not signed by the dean"
    assert rejected.days_waiting is None
    waiting = document_state(document, 0, dt.date(2025, 1, 11))
    assert state_line(waiting) == "Uploaded on 2025-01-10 · waiting 1 day"
    assert state_line(document_state(Document(), 0, dt.date(2025, 1, 1))) == "No status yet"


def test_the_plan_tells_how_long_the_diploma_has_waited(tmp_path: Any) -> None:
    from app.plan import plan

    source = fixture_dict("fresh_graduate")
    source["documents"][1].update({"history": HISTORY[:2]})
    profile = profile_from_dict(source, None)
    as_of = dt.date(2025, 12, 20)
    diploma = next(
        s for s in plan(profile, load_ruleset(), as_of, 2027).steps if s.item_id is ItemId.DIPLOMA
    )
    assert "Final medical diploma: Sent to the school for verification on 2025-02-15" in (
        diploma.note
    )
    assert "waiting 322 days since you uploaded it on 2025-02-01" in diploma.note
