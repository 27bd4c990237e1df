"""The rules engine: ``evaluate(profile, ruleset, as_of) -> Checklist``. Pure: no I/O, no clock.

Unknown is never failure: a missing answer gives needs_info, an impossible one (a Step 2 CK
score of 400) gives needs_info naming the value. Every item names its rule and official source.
The helpers below are what the wizard calls while the user types, so no rule lives in ui/.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from app.assess_clinical import (
    OetSittingVerdict,
    best_oet_sitting,
    judge_oet_sitting,
    oet_minimums,
    pathway_descriptions,
    requirement_items,
)
from app.assess_credentials import (
    application_item,
    credit_years_item,
    diploma_item,
    is_student,
    transcript_item,
    translations_item,
)
from app.assess_exams import step1_item, step2_ck_item, step2_ck_minimum
from app.checklist import ITEM_IDS, Checklist, ChecklistItem, Status, overall_of
from app.profile import Profile, validate
from app.rules import Ruleset
from app.sponsor_note import SponsorNoteReading, read_sponsor_note, school_page_url
from app.verdicts import check_answer, verdict

__all__ = [
    "OetSittingVerdict",
    "best_oet_sitting",
    "canadian_cutoff",
    "evaluate",
    "is_student",
    "judge_oet_sitting",
    "oet_minimums",
    "pathway_descriptions",
    "step2_ck_minimum",
]

# Which items an implausible answer makes unanswerable (field path prefix -> item ids).
_FIELD_ITEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "education.graduation_date",
        ("eligibility.img_status", "school.graduation_year", "clinical.pathway"),
    ),
    ("education.credit_years", ("credentials.credit_years",)),
    ("education.transferred_credit_years", ("credentials.credit_years",)),
    ("exams.step1", ("exams.step1",)),
    ("exams.step2_ck", ("exams.step2_ck",)),
    ("exams.step2_cs", ("clinical.requirement",)),
    ("clinical_skills.pathway", ("clinical.pathway",)),
    ("clinical_skills.oet", ("clinical.oet",)),
    ("target_match_year", ("clinical.pathway", "clinical.oet")),
)
# The rule an item rests on when it only asks the user to correct an answer.
_ITEM_RULES: dict[str, str] = {
    "eligibility.img_status": "eligibility.img_status",
    "school.graduation_year": "school.graduation_year",
    "exams.step1": "exams.step1.pass",
    "exams.step2_ck": "exams.step2_ck.pass",
    "clinical.requirement": "clinical.requirement",
    "clinical.pathway": "clinical.pathways",
    "clinical.oet": "clinical.requirement",
    "credentials.credit_years": "credentials.credit_years",
}
_INDEX = re.compile(r"^(\w+)\[(\d+)\]$")


def canadian_cutoff(ruleset: Ruleset) -> dt.date:
    """Graduates of Canadian schools on or after this date are IMGs; before it, not eligible."""
    return ruleset.get("eligibility.img_status").params["canadian_cutoff"]


def evaluate(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> Checklist:
    """The checklist for ``profile`` under ``ruleset`` on ``as_of``; never raises for any
    profile that app.profile.read_profile can produce."""
    problems: dict[str, list[str]] = {}
    bad_paths: list[str] = []
    for problem in validate(profile, as_of):
        for prefix, item_ids in _FIELD_ITEMS:
            if problem.field.startswith(prefix):
                bad_paths.append(problem.field)
                for item_id in item_ids:
                    problems.setdefault(item_id, []).append(str(problem))
    if bad_paths:
        profile = _without(profile, bad_paths)
    items = {item.id: item for item in _items(profile, ruleset, as_of)}
    img = items["eligibility.img_status"]
    if img.status is Status.NOT_MET and img.blocking:
        why = "Does not apply: ECFMG Certification is not open to you (see the first item)."
        items = {
            item_id: item
            if item_id == img.id
            else verdict(item_id, Status.NOT_APPLICABLE, why, ruleset.get(img.rule_id))
            for item_id, item in items.items()
        }
    for item_id, messages in problems.items():
        items[item_id] = check_answer(item_id, messages, ruleset.get(_ITEM_RULES[item_id]))
    ordered = tuple(items[item_id] for item_id in ITEM_IDS)
    return Checklist(
        as_of=as_of,
        rules_version=ruleset.version,
        rules_updated=ruleset.updated,
        overall=overall_of(ordered),
        items=ordered,
    )


def _without(profile: Profile, paths: list[str]) -> Profile:
    """A copy of the profile with the implausible answers cleared (judged as not answered)."""
    cleared = copy.deepcopy(profile)
    for path in paths:
        target: object = cleared
        parts = path.split(".")
        try:
            for part in parts[:-1]:
                match = _INDEX.match(part)
                if match:
                    target = getattr(target, match.group(1))[int(match.group(2))]
                else:
                    target = getattr(target, part)
            setattr(target, parts[-1], None)
        except (AttributeError, IndexError):
            continue  # a path this profile does not have: nothing to clear
    return cleared


def _items(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> list[ChecklistItem]:
    note = profile.school.sponsor_note
    reading = None if note is None else read_sponsor_note(note)
    return [
        _img_status(profile, ruleset, as_of),
        _sponsor_note(profile, ruleset, reading),
        _graduation_year(profile, ruleset, reading, as_of),
        step1_item(profile, ruleset, as_of),
        step2_ck_item(profile, ruleset, as_of),
        *requirement_items(profile, ruleset, as_of),
        credit_years_item(profile, ruleset, as_of),
        diploma_item(profile, ruleset, as_of),
        transcript_item(profile, ruleset, as_of),
        translations_item(profile, ruleset),
        application_item(profile, ruleset),
    ]


def _img_status(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("eligibility.img_status")
    item = "eligibility.img_status"
    school = profile.school
    country = (school.country or "").upper()
    canadian = school.canadian if school.canadian is not None else (country == "CA" or None)
    if canadian is None and country:
        canadian = False
    if canadian is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            "Where your medical school is has not been given yet.",
            rule,
            "Tell us your school's country (and whether it is in Canada).",
        )
    if not canadian and country == "US":
        return verdict(
            item,
            Status.NOT_MET,
            "Your school is in the United States; ECFMG Certification is for graduates of "
            "schools outside the United States and Canada.",
            rule,
            "Check your school's country.",
            blocking=True,
        )
    if not canadian:
        return verdict(
            item,
            Status.MET,
            "Your school is outside the United States and Canada, so you are an IMG.",
            rule,
        )
    cutoff = canadian_cutoff(ruleset)
    graduated = profile.education.graduation_date
    if graduated is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            f"Your school is in Canada, and Canadian graduates before {cutoff} are not eligible.",
            rule,
            "Tell us your graduation date (expected date if you are a student).",
        )
    if graduated < cutoff:
        return verdict(
            item,
            Status.NOT_MET,
            f"You graduated from a Canadian school on {graduated}, before {cutoff}, so you are "
            "not an IMG and are not eligible for ECFMG Certification.",
            rule,
            "Confirm your route into US training with ECFMG and the programs you apply to.",
            blocking=True,
        )
    if is_student(profile, as_of):
        return verdict(
            item,
            Status.MET,
            f"You expect to graduate from a Canadian school on {graduated}, on or after "
            f"{cutoff}, so you will be an IMG.",
            rule,
            "How ECFMG treats Canadian students before graduation is not confirmed; ask ECFMG.",
            confirmed=False,
        )
    return verdict(
        item,
        Status.MET,
        f"You graduated from a Canadian school on {graduated}, on or after {cutoff}, so you "
        "are an IMG and need ECFMG Certification.",
        rule,
    )


def _sponsor_note(
    profile: Profile, ruleset: Ruleset, reading: SponsorNoteReading | None
) -> ChecklistItem:
    rule = ruleset.get("school.sponsor_note")
    item = "school.sponsor_note"
    page = school_page_url(profile.school.directory_id)
    if reading is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            "Your school's World Directory listing has not been checked yet.",
            rule,
            f"Open {page}, find the Sponsor Notes tab and copy the ECFMG note "
            "(leave it empty if there is none).",
        )
    if reading.no_note:
        return verdict(
            item,
            Status.NOT_MET,
            "Your school's World Directory listing has no ECFMG note, so its students and "
            "graduates are not eligible.",
            rule,
            f"Check the listing again at {page}; only your school can ask for a note.",
            blocking=True,
        )
    if reading.not_eligible:
        return verdict(
            item,
            Status.NOT_MET,
            "Your school's ECFMG note says its students and graduates are not eligible.",
            rule,
            f"Check the note again at {page}.",
            blocking=True,
        )
    if reading.problem:
        return verdict(
            item,
            Status.NEEDS_INFO,
            f"Your school's note could not be read: {reading.problem}.",
            rule,
            f"Copy the note from {page} again.",
        )
    return verdict(
        item,
        Status.MET,
        f"Your school's ECFMG note lists graduation years {reading.years_text()}.",
        rule,
    )


def _graduation_year(
    profile: Profile, ruleset: Ruleset, reading: SponsorNoteReading | None, as_of: dt.date
) -> ChecklistItem:
    rule = ruleset.get("school.graduation_year")
    item = "school.graduation_year"
    if reading is None or reading.problem:
        return verdict(
            item,
            Status.NEEDS_INFO,
            "Your graduation year can be checked once your school's ECFMG note is read.",
            rule,
            "Add your school's sponsor note first.",
        )
    if reading.not_eligible:
        return verdict(
            item,
            Status.NOT_APPLICABLE,
            "Your school's note makes no graduation year eligible.",
            rule,
        )
    years = reading.years_text()
    graduated = profile.education.graduation_date
    student = is_student(profile, as_of)
    if student and not reading.current:
        return verdict(
            item,
            Status.NOT_MET,
            f"Students can apply only while the note's graduation years read 'Current'; "
            f"your school's note reads {years}.",
            rule,
            "Only your school can have the note changed; check with ECFMG.",
            blocking=True,
        )
    if graduated is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            f"Your school's note covers {years}; your graduation date is not given yet.",
            rule,
            "Tell us your graduation date (expected date if you are a student).",
        )
    year = graduated.year
    verb = "expect to graduate" if student else "graduated"
    if reading.covers(year):
        return verdict(
            item, Status.MET, f"You {verb} in {year}; your school's note covers {years}.", rule
        )
    return verdict(
        item,
        Status.NOT_MET,
        f"You {verb} in {year}, outside the years your school's note covers ({years}).",
        rule,
        "Check your graduation date and the note; only ECFMG can confirm an exception.",
        blocking=True,
    )
