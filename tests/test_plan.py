"""The plan to the Match: dated steps for real situations at dated moments, the calendar file,
and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest
import vobject
from profile_builder import changed, fixture_dict, profile

from app.checklist import ItemId
from app.cli import main
from app.plan import StepKind, StepStatus, plan
from app.plan.ics import event_uid, plan_calendar
from app.rules import load_ruleset

RULES = load_ruleset()
TODAY = dt.date(2026, 12, 2)


def step(the_plan, item_id: ItemId):
    return next(s for s in the_plan.steps if s.item_id is item_id)


def milestone(the_plan, key: str):
    return next(s for s in the_plan.steps if s.key == key)


def test_a_student_two_years_out_has_every_step_ahead_and_estimates_said_so():
    the_plan = plan(profile("student"), RULES, TODAY)
    assert the_plan.target_match_year == 2028 and the_plan.problem == ""
    assert not the_plan.late
    oet = step(the_plan, ItemId.OET)
    assert oet.status is StepStatus.OPEN and oet.estimate
    assert oet.date_text == "around December 2027 (estimate)"
    assert milestone(the_plan, "2028.residency_start").date == dt.date(2028, 7, 1)
    assert not milestone(the_plan, "2028.residency_start").estimate
    assert step(the_plan, ItemId.STEP1).status is StepStatus.DONE
    dates = [s.date for s in the_plan.steps if s.date is not None]
    assert dates == sorted(dates)


def test_a_graduate_with_only_the_oet_left_in_december_is_told_the_last_date():
    graduate = profile(
        "oet_retaker",
        paths={"clinical_skills.oet": []},
    )
    the_plan = plan(graduate, RULES, dt.date(2026, 12, 10))
    open_tasks = [
        s for s in the_plan.steps if s.kind is StepKind.TASK and s.status is not StepStatus.DONE
    ]
    assert {s.item_id for s in open_tasks} == {ItemId.OET, ItemId.PATHWAY}
    oet = step(the_plan, ItemId.OET)
    assert oet.date == dt.date(2026, 12, 31) and oet.estimate  # the last December test date
    assert the_plan.upcoming(1)[0].item_id is ItemId.OET


def test_a_graduate_who_missed_the_pathways_deadline_is_late_and_pointed_to_the_next_match():
    graduate = profile(
        "oet_retaker",
        clinical_skills__pathway_status="not_started",
    )
    the_plan = plan(graduate, RULES, dt.date(2027, 2, 5))
    pathway = step(the_plan, ItemId.PATHWAY)
    assert pathway.status is StepStatus.LATE and pathway.date == dt.date(2027, 1, 31)
    assert the_plan.late == (pathway,)
    assert the_plan.next_realistic_match == 2028


@pytest.mark.parametrize(
    ("as_of", "late"),
    [(dt.date(2027, 1, 30), False), (dt.date(2027, 1, 31), False), (dt.date(2027, 2, 1), True)],
)
def test_a_deadline_is_late_only_the_day_after(as_of, late):
    graduate = profile("oet_retaker", clinical_skills__pathway_status="not_started")
    assert bool(plan(graduate, RULES, as_of).late) is late


def test_a_passed_estimated_date_is_never_called_late():
    student = profile("student")
    the_plan = plan(student, RULES, dt.date(2028, 1, 10))  # after the estimated OET date
    oet = step(the_plan, ItemId.OET)
    assert oet.estimate and oet.status is StepStatus.NOT_PUBLISHED
    assert oet not in the_plan.late


def test_a_target_match_already_held_gives_no_dated_plan_and_the_next_match():
    the_plan = plan(
        profile(target_match_year=2026, clinical_skills__pathway_cycle=2026), RULES, TODAY
    )
    assert "The 2026 Match was held on 2026-03-20" in the_plan.problem
    assert the_plan.next_realistic_match == 2027


def test_a_match_the_rules_do_not_cover_has_no_invented_dates():
    the_plan = plan(profile(target_match_year=2030), RULES, TODAY)
    assert the_plan.steps == ()
    assert "These rules do not cover the 2030 Match" in the_plan.problem


def test_what_if_the_next_match_plans_for_it_without_changing_the_profile():
    graduate = profile("oet_retaker", clinical_skills__pathway_status="not_started")
    what_if = plan(graduate, RULES, dt.date(2027, 2, 5), target_match_year=2028)
    assert what_if.target_match_year == 2028 and not what_if.late
    assert step(what_if, ItemId.PATHWAY).date == dt.date(2028, 1, 31)
    assert graduate.target_match_year == 2027 and graduate.clinical_skills.pathway_cycle == 2027


# --- the calendar file ---------------------------------------------------------------------


def test_the_calendar_holds_one_all_day_event_per_open_deadline_with_two_reminders():
    the_plan = plan(profile("student"), RULES, TODAY)
    ics = plan_calendar(the_plan, scope="Priya Raghunathan")
    parsed = icalendar.Calendar.from_ical(ics)
    events = list(parsed.walk("VEVENT"))
    expected = [s for s in the_plan.steps if s.status is StepStatus.OPEN and s.date is not None]
    assert len(events) == len(expected) > 5
    for event, planned in zip(events, expected, strict=True):
        assert event.decoded("dtstart") == planned.date  # a date: an all-day event
        assert event.decoded("dtend") == planned.date + dt.timedelta(days=1)
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
        assert triggers == [dt.timedelta(days=-7), dt.timedelta(days=-1)]
        assert ("(estimated date)" in str(event["summary"])) is planned.estimate
    # A second parser reads the same file without complaint.
    other = vobject.readOne(ics.decode("utf-8"))
    assert len(other.vevent_list) == len(expected)


def test_two_exports_keep_the_same_uids_so_a_calendar_updates_instead_of_duplicating():
    student = profile("student")
    first = icalendar.Calendar.from_ical(plan_calendar(plan(student, RULES, TODAY), "Priya"))
    later = icalendar.Calendar.from_ical(
        plan_calendar(plan(student, RULES, TODAY + dt.timedelta(days=30)), "Priya")
    )
    first_uids = {str(e["uid"]) for e in first.walk("VEVENT")}
    later_uids = {str(e["uid"]) for e in later.walk("VEVENT")}
    assert later_uids <= first_uids and len(later_uids) == len(later.walk("VEVENT"))
    other_person = plan_calendar(plan(student, RULES, TODAY), "Someone else")
    assert not first_uids & {
        str(e["uid"]) for e in icalendar.Calendar.from_ical(other_person).walk("VEVENT")
    }
    step_one = plan(student, RULES, TODAY).steps[0]
    assert event_uid(step_one, "Priya") == event_uid(step_one, "Priya")


# --- the CLI ---------------------------------------------------------------------------------


def write(tmp_path: Path, base: str, **changes) -> str:
    document = changed(fixture_dict(base), {k.replace("__", "."): v for k, v in changes.items()})
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def test_plan_json_has_the_documented_shape(tmp_path, capsys):
    code = main(["plan", write(tmp_path, "student"), "--as-of", "2026-12-02", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    document = json.loads(out)
    assert document["as_of"] == "2026-12-02" and document["target_match_year"] == 2028
    for planned in document["steps"]:
        assert {
            "date",
            "title",
            "kind",
            "status",
            "depends_on",
            "rule_id",
            "source",
            "estimate",
        } <= (set(planned))


def test_plan_prints_a_dated_list_and_writes_the_calendar(tmp_path, capsys):
    ics = tmp_path / "match.ics"
    code = main(["plan", write(tmp_path, "student"), "--as-of", "2026-12-02", "--ics", str(ics)])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "Plan for Priya Raghunathan toward the 2028 Match" in out
    assert "around December 2027 (estimate)" in out
    assert f"deadlines to {ics}" in out
    assert len(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) > 5


def test_plan_what_if_and_bad_options_exit_2_naming_the_option(tmp_path, capsys):
    path = write(tmp_path, "oet_retaker", clinical_skills__pathway_status="not_started")
    assert main(["plan", path, "--as-of", "2027-02-05", "--target", "2028"]) == 0
    out, _ = capsys.readouterr()
    assert "toward the 2028 Match" in out and "Late:" not in out
    assert main(["plan", path, "--target", "twenty"]) == 2
    assert main(["plan", path, "--ics", str(tmp_path / "x.txt")]) == 2
    _, err = capsys.readouterr()
    assert "--target" in err and "--ics" in err


# --- the PDF's plan page ---------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_ends_with_the_plan_page_dated_like_the_cli(tmp_path):
    from app.engine.evaluate import evaluate
    from app.report import write_checklist_pdf

    student = profile("student")
    the_plan = plan(student, RULES, TODAY)
    out = write_checklist_pdf(
        student, evaluate(student, RULES, TODAY), tmp_path / "c.pdf", "a4", plan=the_plan
    )
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "Your plan to the 2028 Match" in text
    assert "around December 2027 (estimate)" in text
    assert "Pass OET Medicine (all four sub-tests in one sitting)" in text
    without = write_checklist_pdf(
        student, evaluate(student, RULES, TODAY), tmp_path / "d.pdf", "a4"
    )
    assert "Your plan to" not in pdf_text(without.read_bytes())


def test_a_late_plan_says_so_on_its_page(tmp_path):
    from app.engine.evaluate import evaluate
    from app.report import write_checklist_pdf

    graduate = profile("oet_retaker", clinical_skills__pathway_status="not_started")
    as_of = dt.date(2027, 2, 5)
    out = write_checklist_pdf(
        graduate,
        evaluate(graduate, RULES, as_of),
        tmp_path / "late.pdf",
        "letter",
        plan=plan(graduate, RULES, as_of),
    )
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "Late: ECFMG Pathway application in, with its documents" in text
    assert "The next Match you can still make: 2028." in text
