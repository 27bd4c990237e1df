"""``evaluate(profile, ruleset, as_of) -> Checklist``. Pure: no I/O, no clock.

Unknown is never failure: a missing answer gives needs_info, an impossible one (a Step 2 CK
score of 400) gives needs_info naming the value, and a fact ECFMG has not published yet (an
estimate in the rules) never makes anything not met. Every date is judged against ``as_of``.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from app.checklist import ITEM_IDS, Checklist, ChecklistItem, Status, overall_of
from app.engine.calendar import match_cycle_item
from app.engine.clinical import requirement_items
from app.engine.credentials import (
    application_item,
    credit_years_item,
    diploma_item,
    name_consistency_item,
    transcript_item,
    translations_item,
)
from app.engine.eligibility import graduation_year_item, img_status_item, sponsor_note_item
from app.engine.exams import step1_item, step2_ck_item
from app.engine.items import FieldPath, ItemId, field_label
from app.engine.verdicts import check_answer, verdict
from app.i18n import _
from app.profile import Problem, Profile, validate
from app.rules import Ruleset, Standing

# Which items an implausible answer makes unanswerable (field path prefix -> item ids).
_FIELD_ITEMS: tuple[tuple[FieldPath, tuple[ItemId, ...]], ...] = (
    (FieldPath.GRADUATION_DATE, (ItemId.IMG_STATUS, ItemId.GRADUATION_YEAR, ItemId.PATHWAY)),
    (FieldPath.CREDIT_YEARS, (ItemId.CREDIT_YEARS,)),
    (FieldPath.TRANSFERRED_CREDIT_YEARS, (ItemId.CREDIT_YEARS,)),
    (FieldPath.STEP1, (ItemId.STEP1,)),
    (FieldPath.STEP2_CK, (ItemId.STEP2_CK,)),
    (FieldPath.STEP2_CS, (ItemId.CLINICAL_REQUIREMENT,)),
    (FieldPath.PATHWAY, (ItemId.PATHWAY,)),  # pathway_status and pathway_cycle too
    (FieldPath.OET, (ItemId.OET,)),
    (FieldPath.TARGET_MATCH_YEAR, (ItemId.MATCH_CYCLE, ItemId.PATHWAY, ItemId.OET)),
)
# The rule an item rests on when it only asks the user to correct an answer.
_ITEM_RULES: dict[ItemId, str] = {
    ItemId.MATCH_CYCLE: "match.cycle",
    ItemId.IMG_STATUS: "eligibility.img_status",
    ItemId.GRADUATION_YEAR: "school.graduation_year",
    ItemId.STEP1: "exams.step1.pass",
    ItemId.STEP2_CK: "exams.step2_ck.pass",
    ItemId.CLINICAL_REQUIREMENT: "clinical.requirement",
    ItemId.PATHWAY: "clinical.pathways",
    ItemId.OET: "clinical.requirement",
    ItemId.CREDIT_YEARS: "credentials.credit_years",
}
_INDEX = re.compile(r"^(\w+)\[(\d+)\]$")


def evaluate(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> Checklist:
    """The checklist for ``profile`` under ``ruleset`` on ``as_of``; never raises for any
    profile that app.profile.read_profile can produce."""
    problems: dict[ItemId, list[str]] = {}
    bad_paths: list[str] = []
    for problem in validate(profile, as_of):
        for prefix, item_ids in _FIELD_ITEMS:
            if problem.field.startswith(prefix):
                bad_paths.append(problem.field)
                for item_id in item_ids:
                    problems.setdefault(item_id, []).append(_in_words(problem))
    if bad_paths:
        profile = _without(profile, bad_paths)
    items = {item.id: item for item in _items(profile, ruleset, as_of)}
    img = items[ItemId.IMG_STATUS]
    if img.status is Status.NOT_MET and img.blocking:
        why = _("Does not apply: ECFMG Certification is not open to you (see the first item).")
        items = {
            item_id: item
            if item_id == img.id
            else verdict(
                item_id,
                Status.NOT_APPLICABLE,
                why,
                ruleset.get(img.rule_id),
                standing=Standing.CONFIRMED,  # nothing is judged: no standing to show
            )
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
        rules_match_years=(ruleset.first_match_year, ruleset.last_match_year),
        rules_origin=ruleset.origin,
    )


def _in_words(problem: Problem) -> str:
    """'Step 2 CK score: 400 is outside the possible range 1–300' (no JSON path)."""
    label = field_label(problem.field)
    message = problem.message
    if message.lower().startswith(label.lower() + " "):  # "Step 2 CK score 400 is…"
        message = message[len(label) + 1 :]
    # Translators: {field} names an answer ("Step 2 CK score"), {problem} says what is wrong.
    return _("{field}: {problem}").format(field=label, problem=message)


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
    reading = None
    if note is not None:  # the reader (and its sixteen patterns) loads with the first note
        from app.sponsor_note import read_sponsor_note

        reading = read_sponsor_note(note)
    return [
        match_cycle_item(profile, ruleset, as_of),
        img_status_item(profile, ruleset, as_of),
        sponsor_note_item(profile, ruleset, reading),
        graduation_year_item(profile, ruleset, reading, as_of),
        step1_item(profile, ruleset, as_of),
        step2_ck_item(profile, ruleset, as_of),
        *requirement_items(profile, ruleset, as_of),
        credit_years_item(profile, ruleset, as_of),
        diploma_item(profile, ruleset, as_of),
        transcript_item(profile, ruleset, as_of),
        translations_item(profile, ruleset),
        name_consistency_item(profile, ruleset),
        application_item(profile, ruleset),
    ]
