"""The clinical skills, credentials and name-check verdicts, the documents' status lines and the
plan to the Match in Spanish and Arabic: whole sentences in the language chosen, placeholders
filled, counted words in the right plural form, and a calendar file that still parses."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import icalendar
import pytest
from profile_builder import changed, fixture_dict

from app.checklist import Checklist, ChecklistItem, ItemId
from app.engine.documents import document_states, state_line
from app.engine.evaluate import evaluate
from app.i18n import set_language
from app.plan import StepKind, StepStatus, plan, status_label
from app.plan.ics import event_uid, plan_calendar
from app.profile import read_profile
from app.rules import load_ruleset

RULES = load_ruleset()
FIXTURES = ("fresh_graduate", "oet_retaker", "step2cs_holder", "student", "canadian_2024_graduate")
DATES = (dt.date(2025, 11, 10), dt.date(2026, 3, 1), dt.date(2027, 2, 15))
MINE = {
    ItemId.CLINICAL_REQUIREMENT,
    ItemId.PATHWAY,
    ItemId.OET,
    ItemId.CREDIT_YEARS,
    ItemId.DIPLOMA,
    ItemId.TRANSCRIPT,
    ItemId.TRANSLATIONS,
    ItemId.NAME_CONSISTENCY,
    ItemId.APPLICATION,
}
# Words no Spanish or Arabic sentence of ours holds: one left means an English sentence is left.
ENGLISH_WORDS = re.compile(
    r"\b(the|your|you|is|are|not|yet|with|has|have|been|was|by|before|after|needed|given)\b",
    re.IGNORECASE,
)
# What the applicant typed (quoted names and titles) and official names kept in English.
KEPT = re.compile(r"«[^»]*»|‘[^’]*’|Reference Guide|Pathways Revalidation|https?://\S+")
ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")


def _documents() -> list[dict[str, Any]]:
    return [
        {"kind": "passport", "name_as_printed": "AMIRA HASSAN", "history": []},
        {
            "kind": "diploma",
            "name_as_printed": "Amira H. Hassan",
            "case_number": "C-17",
            "history": [
                {"status": "uploaded", "date": "2025-02-01"},
                {"status": "sent_to_school", "date": "2025-02-15"},
            ],
        },
        {"kind": "diploma_translation", "name_as_printed": "Amira Hassan", "history": []},
        {
            "kind": "transcript",
            "name_as_printed": "أميرة حسن",
            "history": [
                {"status": "uploaded", "date": "2025-03-01"},
                {"status": "verified", "date": "2025-06-03"},
            ],
        },
        {"kind": "licence", "name_as_printed": None, "history": []},
    ]


def _profiles() -> list[tuple[Any, dt.date]]:
    """The fixtures on several dates, and variants reaching the other branches: an applied
    Pathway, a booked and a failed OET, documents on their way, a name that differs."""
    documents: list[tuple[dict[str, Any], dt.date]] = []
    for name in FIXTURES:
        for as_of in DATES:
            documents.append((fixture_dict(name), as_of))
    base = fixture_dict("fresh_graduate")
    variants: list[dict[str, Any]] = [
        {"clinical_skills.pathway_status": "applied", "documents": _documents()},
        {
            "clinical_skills.pathway_status": "not_started",
            "clinical_skills.pathway": 1,
            "clinical_skills.oet": [{"test_date": "2025-12-13"}],
        },
        {
            "clinical_skills.pathway_status": "rejected",
            "clinical_skills.oet": [
                {
                    "test_date": "2021-05-01",
                    "listening": 300,
                    "reading": 280,
                    "writing": None,
                    "speaking": 350,
                }
            ],
        },
        {"clinical_skills.pathway": None, "clinical_skills.pathway_status": "applied"},
        {"clinical_skills.pathway_cycle": None, "education.credit_years": 3.5},
        {"exams.step2_cs.result": "fail", "clinical_skills.pathway_status": "applied"},
        {"education.documents_in_english": None, "application.ecfmg_application_submitted": None},
        {"applicant.full_name": "Amira Hassan Mohamed", "documents": _documents()},
        {"applicant.full_name": "", "documents": _documents()},
    ]
    for change in variants:
        for as_of in DATES:
            documents.append((changed(base, change), as_of))
    return [(read_profile(document, as_of)[0], as_of) for document, as_of in documents]


def _checklists(code: str) -> list[Checklist]:
    set_language(code)
    return [evaluate(profile, RULES, as_of) for profile, as_of in _profiles()]


def _mine(checklist: Checklist) -> list[ChecklistItem]:
    return [item for item in checklist.items if item.id in MINE]


def _english_left(text: str) -> list[str]:
    return ENGLISH_WORDS.findall(KEPT.sub("", text))


@pytest.mark.parametrize("code", ["es", "ar"])
def test_every_reason_and_next_step_is_a_whole_sentence_in_the_language(code: str) -> None:
    english = _checklists("en")
    translated = _checklists(code)
    problems = []
    seen = 0
    for english_list, checklist in zip(english, translated, strict=True):
        for before, item in zip(_mine(english_list), _mine(checklist), strict=True):
            assert (item.id, item.status) == (before.id, before.status)  # ids and verdicts stay
            for field, text, source in (
                ("reason", item.reason, before.reason),
                ("next step", item.next_step, before.next_step),
            ):
                if not source:
                    assert not text
                    continue
                seen += 1
                if text == source:
                    problems.append(f"{item.id} {field} left in English: {text}")
                if "{" in text or "}" in text:
                    problems.append(f"{item.id} {field} with a placeholder left: {text}")
                if _english_left(text):
                    problems.append(
                        f"{item.id} {field} holds English {_english_left(text)}: {text}"
                    )
                if code == "ar" and not ARABIC_LETTERS.search(text):
                    problems.append(f"{item.id} {field} holds no Arabic: {text}")
    assert seen > 300
    assert not problems, "\n".join(sorted(set(problems))[:30])


@pytest.mark.parametrize("code", ["es", "ar"])
def test_every_plan_step_is_in_the_language_and_its_json_keeps_english_ids(code: str) -> None:
    profile, as_of = _profiles()[0]
    english = plan(profile, RULES, as_of)
    english_labels = {status: status_label(status) for status in StepStatus}
    english_dates = [s.date_text for s in english.steps]  # a property: read in English now
    set_language(code)
    translated = plan(profile, RULES, as_of)
    assert [s.key for s in translated.steps] == [s.key for s in english.steps]
    for before, step, date_text in zip(english.steps, translated.steps, english_dates, strict=True):
        assert step.title != before.title and not _english_left(step.title)
        assert step.date_text != date_text
        assert "{" not in step.date_text + step.title + step.note
        assert status_label(step.status) != english_labels[step.status]
        if step.kind is StepKind.TASK and step.status is not StepStatus.DONE:
            assert step.note != before.note and not _english_left(step.note)
    data = translated.to_dict()
    assert data["as_of"] == as_of.isoformat()
    assert {s["status"] for s in data["steps"]} <= {s.value for s in StepStatus}
    assert all(
        s["date"] is None or dt.date.fromisoformat(s["date"]) for s in data["steps"]
    )  # JSON dates stay ISO


def test_spanish_reads_naturally_with_dates_and_names_in_place() -> None:
    set_language("es")
    profile = _profile_with(
        {"clinical_skills.pathway_status": "applied", "documents": _documents()},
        dt.date(2025, 11, 10),
    )
    checklist = evaluate(profile, RULES, dt.date(2025, 11, 10))
    assert checklist.item(ItemId.PATHWAY).reason == (
        "Su solicitud de Pathway 3 para el Match de 2027 está en manos del ECFMG."
    )
    assert checklist.item(ItemId.DIPLOMA).reason == (
        "Su diploma final aún no está verificado: enviado a la facultad para su verificación "
        "el 15 feb 2025 · lleva 282 días en espera desde que lo subió el 1 feb 2025 (caso C-17)."
    )
    assert checklist.item(ItemId.TRANSCRIPT).reason == (
        "El ECFMG verificó su expediente académico final el 3 jun 2025."
    )


def test_arabic_keeps_latin_names_quoted_inside_the_arabic_sentence() -> None:
    set_language("ar")
    as_of = dt.date(2025, 11, 10)
    profile = _profile_with(
        {"applicant.full_name": "Amira Hassan Mohamed", "documents": _documents()}, as_of
    )
    reason = evaluate(profile, RULES, as_of).item(ItemId.NAME_CONSISTENCY).reason
    assert reason.startswith("اسمك يختلف عن «Amira Hassan Mohamed» (طلبك): ")
    assert "«AMIRA HASSAN»" in reason and "«Mohamed»" in reason
    assert "‘" not in reason  # the language's own quotation marks


def _profile_with(change: dict[str, Any], as_of: dt.date) -> Any:
    return read_profile(changed(fixture_dict("fresh_graduate"), change), as_of)[0]


def _waiting_line(days: int) -> str:
    uploaded = dt.date(2025, 3, 1)
    as_of = uploaded + dt.timedelta(days=days)
    profile = _profile_with(
        {
            "documents": [
                {
                    "kind": "diploma",
                    "name_as_printed": "Amira Hassan",
                    "history": [{"status": "uploaded", "date": uploaded.isoformat()}],
                }
            ]
        },
        as_of,
    )
    return state_line(document_states(profile, as_of)[0])


@pytest.mark.parametrize(
    ("code", "days", "words"),
    [
        ("es", 1, "lleva 1 día en espera"),
        ("es", 2, "lleva 2 días en espera"),
        ("es", 11, "lleva 11 días en espera"),
        ("ar", 1, "منذ يوم واحد"),
        ("ar", 2, "منذ يومين"),
        ("ar", 3, "منذ 3 أيام"),
        ("ar", 11, "منذ 11 يومًا"),
        ("ar", 100, "منذ 100 يوم"),
    ],
)
def test_the_days_a_document_waits_take_the_plural_form_of_the_language(
    code: str, days: int, words: str
) -> None:
    set_language(code)
    assert words in _waiting_line(days)


def test_the_calendar_in_spanish_parses_with_spanish_summaries_and_the_same_uids() -> None:
    profile, as_of = _profiles()[0]
    english = plan(profile, RULES, as_of)
    english_ics = icalendar.Calendar.from_ical(plan_calendar(english, "Amira"))
    set_language("es")
    the_plan = plan(profile, RULES, as_of)
    calendar = icalendar.Calendar.from_ical(plan_calendar(the_plan, "Amira"))
    assert str(calendar["X-WR-CALNAME"]) == "Match de 2027: plan de IMG Readiness"
    events = list(calendar.walk("VEVENT"))
    assert events and len(events) == len(list(english_ics.walk("VEVENT")))
    summaries = [str(event["SUMMARY"]) for event in events]
    assert "Se abre la temporada de ERAS" in summaries
    assert any(s.endswith("(fecha estimada)") for s in summaries)
    for event in events:
        description = str(event["DESCRIPTION"])
        assert "Fuente: https://" in description
        assert "solo el ECFMG decide" in description
        assert not _english_left(str(event["SUMMARY"]))
    # The UIDs do not depend on the language: a calendar updates the same events.
    assert [str(e["UID"]) for e in events] == [str(e["UID"]) for e in english_ics.walk("VEVENT")]
    keys = {event_uid(step, "Amira") for step in the_plan.steps}
    assert {str(e["UID"]) for e in events} <= keys


def test_english_is_unchanged_by_a_language_used_before() -> None:
    profile, as_of = _profiles()[0]
    first = [(i.reason, i.next_step) for i in evaluate(profile, RULES, as_of).items]
    set_language("ar")
    evaluate(profile, RULES, as_of)
    set_language("en")
    assert [(i.reason, i.next_step) for i in evaluate(profile, RULES, as_of).items] == first
