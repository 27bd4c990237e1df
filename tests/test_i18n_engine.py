"""The checklist in Spanish and Arabic: titles, reasons, next steps, labels and the rules line of
the engine's items come out translated, with their values filled in; ids, statuses and JSON
keys stay English; English is untouched."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profile_builder import assess, changed, fixture_dict
from profile_strategies import profile_documents

from app.checklist import (
    OVERALL_LABELS,
    STATUS_LABELS,
    ItemId,
    Overall,
    Status,
    outcome_label,
    overall_short,
)
from app.engine.evaluate import evaluate
from app.engine.items import AREA_TITLES, ITEM_TITLES, Area, field_label
from app.engine.verdicts import STANDING_NOTES
from app.i18n import format_date, set_language
from app.profile import read_profile
from app.rules import Standing, load_ruleset
from app.rules.changes import RulesetInfo, compare_rules

RULES = load_ruleset()
TODAY = dt.date(2026, 12, 2)
# The items this part of the engine writes (the others are checked with their own modules).
ENGINE_ITEMS = (
    ItemId.MATCH_CYCLE,
    ItemId.IMG_STATUS,
    ItemId.SPONSOR_NOTE,
    ItemId.GRADUATION_YEAR,
    ItemId.STEP1,
    ItemId.STEP2_CK,
)
ENGLISH_WORDS = re.compile(
    r"\b(the|your|you|is|are|was|has|have|not|yet|and|with|for|on|after|before|until)\b",
    re.IGNORECASE,
)
ARABIC = re.compile(r"[\u0600-\u06FF]")
SITUATIONS = [
    ("fresh_graduate", TODAY, {}),
    ("student", TODAY, {}),
    ("oet_retaker", dt.date(2027, 9, 1), {}),  # the 2027 Match is over; old rules notice
    ("canadian_2024_graduate", TODAY, {}),
    ("step2cs_holder", TODAY, {}),
    ("fresh_graduate", TODAY, {"target_match_year": None}),
    ("fresh_graduate", TODAY, {"target_match_year": 2031}),
    ("fresh_graduate", TODAY, {"school__country": "US", "school__canadian": False}),
    ("fresh_graduate", TODAY, {"school__sponsor_note": None}),
    ("fresh_graduate", TODAY, {"exams__step1__result": "fail", "exams__step1__attempts": 4}),
    ("fresh_graduate", TODAY, {"exams__step2_ck__result": "fail", "exams__step2_ck__score": 230}),
    ("fresh_graduate", TODAY, {"exams__step2_ck__result": None, "exams__step2_ck__score": 230}),
    ("fresh_graduate", TODAY, {"exams__step2_ck__score": 400}),
    ("student", TODAY, {"exams__step1__result": "scheduled", "exams__step1__date": "2027-03-01"}),
]


def checked(base: str, as_of: dt.date, changes: dict):
    """The checklist of a fixture with changes, implausible answers included (as the wizard
    keeps them: they make their items ask for a correction)."""
    dotted = {key.replace("__", "."): value for key, value in changes.items()}
    profile, _problems = read_profile(changed(fixture_dict(base), dotted), as_of)
    return evaluate(profile, RULES, as_of)


def english_left(text: str) -> list[str]:
    return ENGLISH_WORDS.findall(text)


def texts(checklist, item_ids=ENGINE_ITEMS) -> list[str]:
    found = []
    for item_id in item_ids:
        item = checklist.item(item_id)
        found += [item.title, item.reason, item.next_step]
    return [t for t in found if t]


@pytest.mark.parametrize("code", ["es", "ar"])
@pytest.mark.parametrize(("base", "as_of", "changes"), SITUATIONS)
def test_the_engine_items_read_in_the_language_with_no_english_sentence_left(
    code: str, base: str, as_of: dt.date, changes: dict
) -> None:
    english = checked(base, as_of, changes)
    set_language(code)
    checklist = checked(base, as_of, changes)
    assert [i.status for i in checklist.items] == [i.status for i in english.items]
    assert checklist.overall is english.overall
    for text in [*texts(checklist), checklist.outcome, checklist.rules_line]:
        assert "{" not in text and "}" not in text, text
        assert not english_left(text), f"English left in {code}: {text!r}"
        if code == "ar":
            assert ARABIC.search(text), text
    for before, after in zip(texts(english), texts(checklist), strict=True):
        assert before != after or before.startswith(("Step ", "OET", "USMLE")), before


def test_spanish_reads_as_a_physician_expects() -> None:
    set_language("es")
    checklist = assess("fresh_graduate", as_of=TODAY)
    assert checklist.item(ItemId.MATCH_CYCLE).title == "Su Match objetivo y su calendario"
    step2 = checklist.item(ItemId.STEP2_CK)
    assert step2.reason == (
        "Su puntuación de 244 alcanza el mínimo de 218 para exámenes realizados a partir del "
        f"{format_date(dt.date(2025, 7, 1))}."
    )
    assert step2.next_step == STANDING_NOTES[Standing.THIRD_PARTY]
    assert step2.next_step.startswith("Esto se basa en fuentes de terceros")
    assert checklist.item(ItemId.STEP1).reason == (
        f"Aprobó Step 1 el {format_date(dt.date(2024, 2, 10))}."
    )
    assert STATUS_LABELS[Status.MET] == "Cumplido"
    assert checklist.rules_line == (
        f"Reglas versión 2026.12.02 del {format_date(RULES.updated)} (incluidas), para los "
        "Matches de 2024–2028"
    )
    assert "de 15 cumplidos" in checklist.progress_text


def test_arabic_reads_right_with_latin_names_and_western_digits() -> None:
    set_language("ar")
    checklist = assess("fresh_graduate", as_of=TODAY)
    step1 = checklist.item(ItemId.STEP1)
    assert step1.title == "اجتياز USMLE Step 1"
    assert step1.reason == f"اجتزت Step 1 بتاريخ {format_date(dt.date(2024, 2, 10))}."
    assert STATUS_LABELS[Status.NEEDS_INFO] == "يحتاج إلى إجابتك"
    assert not re.search(r"[\u0660-\u0669]", checklist.progress_text + checklist.rules_line)


@pytest.mark.parametrize("code", ["es", "ar"])
def test_json_keeps_ids_and_statuses_and_translates_the_text(code: str) -> None:
    english = assess("student", as_of=TODAY).to_dict()
    set_language(code)
    translated = assess("student", as_of=TODAY).to_dict()
    assert translated.keys() == english.keys()
    assert translated["overall"] == english["overall"]
    for before, after in zip(english["items"], translated["items"], strict=True):
        assert after.keys() == before.keys()
        for key in ("id", "status", "source", "rule_id", "blocking", "standing", "confirmed"):
            assert after[key] == before[key]
    assert translated["items"][0]["title"] != english["items"][0]["title"]


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_the_short_overall_is_the_label_before_its_colon(code: str) -> None:
    set_language(code)
    for overall in Overall:
        assert overall_short(overall) == OVERALL_LABELS[overall].split(":")[0]
    assert (
        outcome_label(Overall.NOT_ELIGIBLE, ItemId.IMG_STATUS)
        != OVERALL_LABELS[Overall.NOT_ELIGIBLE]
    )


def test_english_labels_are_unchanged() -> None:
    assert STATUS_LABELS[Status.PENDING] == "In progress"
    assert dict(STATUS_LABELS)[Status.NEEDS_INFO] == "Needs your answer"
    assert AREA_TITLES[Area.EXAMS] == Area.EXAMS.label == "USMLE examinations"
    assert ItemId.STEP1.label == ITEM_TITLES[ItemId.STEP1] == "USMLE Step 1 passed"
    assert overall_short(None) == "Unknown"
    assert field_label("documents[1].history[2].date") == "Document 2, status 3, date"
    assert field_label("clinical_skills.oet[1].test_date") == "OET sitting 2, test date"


@pytest.mark.parametrize("code", ["es", "ar"])
def test_labels_and_field_names_are_translated(code: str) -> None:
    english = {
        "area": Area.CLINICAL.label,
        "field": field_label("exams.step2_ck.score"),
        "oet": field_label("clinical_skills.oet[1].writing"),
        "document": field_label("documents[0].history[1].reason"),
        "status": STATUS_LABELS[Status.NOT_APPLICABLE],
    }
    set_language(code)
    translated = {
        "area": Area.CLINICAL.label,
        "field": field_label("exams.step2_ck.score"),
        "oet": field_label("clinical_skills.oet[1].writing"),
        "document": field_label("documents[0].history[1].reason"),
        "status": STATUS_LABELS[Status.NOT_APPLICABLE],
    }
    for key, text in translated.items():
        assert text != english[key], key
    assert "2" in translated["oet"] and "1" in translated["document"]


@pytest.mark.parametrize("code", ["es", "ar"])
def test_rule_dates_and_changes_are_translated(code: str) -> None:
    rule = RULES.get("exams.step2_ck.minimum.2014")
    english = (rule.dates_text(), RulesetInfo.of(RULES).describe())
    set_language(code)
    assert rule.dates_text() != english[0]
    assert "2014" in rule.dates_text() and "2022" in rule.dates_text()
    assert RulesetInfo.of(RULES).describe() != english[1]
    newer = RULES.__class__(
        version="2099.1.1",
        updated=RULES.updated,
        rules=RULES.rules[1:],
        first_match_year=RULES.first_match_year,
        last_match_year=RULES.last_match_year,
    )
    _added, ended, _changed = compare_rules(RULES, newer)
    assert ended and not english_left(ended[0].detail)


@pytest.mark.parametrize("code", ["es", "ar"])
@settings(max_examples=60, deadline=None)
@given(document=profile_documents, as_of=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)))
def test_any_profile_evaluates_in_the_language_with_every_value_filled_in(
    code: str, document: dict, as_of: dt.date
) -> None:
    def shown(language_code: str) -> list[str]:
        set_language(language_code)
        profile, _ = read_profile(document, as_of)
        checklist = evaluate(profile, RULES, as_of)
        return [
            *texts(checklist, tuple(ItemId)),
            checklist.progress_text,
            checklist.rules_notice,
            checklist.outcome,
        ]

    try:
        english, translated = shown("en"), shown(code)
    finally:
        set_language("en")
    # A brace the applicant typed (a diploma titled "{") is in both; a placeholder left
    # unfilled would add one to the translation.
    for source, text in zip(english, translated, strict=True):
        assert text.count("{") <= source.count("{"), text
