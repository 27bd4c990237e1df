"""The name check: the name of record against the passport's and each document's, over the
shapes real names take. Written differently (another script, accents, word order, initials,
connecting words) is the same name, and shown; a word missing, added or spelled otherwise is a
real difference, named document by document, unless a proof of name explains it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from profile_builder import fixture_dict

from app.checklist import Status
from app.engine.evaluate import evaluate
from app.engine.items import ItemId
from app.engine.names import Likeness, compare_names
from app.profile import profile_from_dict
from app.rules import load_ruleset

AS_OF = dt.date(2026, 11, 25)
NAME_RULE_SOURCE = "https://ecfmg.org/2024ib/transcript-transfer-credits.html"


def document(kind: str, name: str | None, **more: Any) -> dict[str, Any]:
    return {"kind": kind, "name_as_printed": name, "history": [], **more}


def name_check(full_name: str | None, *documents: dict[str, Any]) -> Any:
    source = fixture_dict("fresh_graduate")
    source["applicant"]["full_name"] = full_name
    source["documents"] = list(documents)
    checklist = evaluate(profile_from_dict(source, AS_OF), load_ruleset(), AS_OF)
    return checklist.item(ItemId.NAME_CONSISTENCY)


@pytest.mark.parametrize(
    ("record", "printed", "likeness", "shown"),
    [
        # Arabic, written without short vowels: compared by its consonants.
        ("Mohamed El Sayed", "محمد السيد", Likeness.VARIANT, "written in Arabic"),
        ("Fatima Al-Zahraa", "فاطمة الزهراء", Likeness.VARIANT, "written in Arabic"),
        ("Mohammed bin Salman", "محمد بن سلمان", Likeness.VARIANT, "written in Arabic"),
        # Chinese: one syllable a character; given names written together in Latin letters.
        ("WANG Wei", "王伟", Likeness.VARIANT, "written in Chinese characters"),
        ("Wang Xiaoming", "王小明", Likeness.VARIANT, "‘小明’ written for ‘Xiaoming’"),
        # Devanagari: the transliteration drops inherent vowels and aspirates.
        ("Rajesh Kumar", "राजेश कुमार", Likeness.VARIANT, "written in Devanagari"),
        ("Ankit Sharma", "अंकित शर्मा", Likeness.VARIANT, "written in Devanagari"),
        # Spanish double surnames: a hyphen is punctuation, accents are letters written otherwise.
        ("María José García López", "María José García-López", Likeness.SAME, ""),
        (
            "María José García López",
            "MARIA JOSE GARCIA LOPEZ",
            Likeness.VARIANT,
            "‘GARCIA’ for ‘García’",
        ),
        ("María José García López", "María José García", Likeness.DIFFERENT, "‘López’ missing"),
        ("María José García López", "María José López García", Likeness.VARIANT, "order"),
        # Initials and word order.
        ("Mohammed Ali Hassan", "M. Ali Hassan", Likeness.VARIANT, "initial ‘M’ for ‘Mohammed’"),
        ("Wei Wang", "WANG Wei", Likeness.VARIANT, "the words are in another order"),
        # Malay patronymics: bin and binti, written out, short or left out.
        ("Ahmad bin Ismail", "Ahmad Ismail", Likeness.VARIANT, "connecting word ‘bin’ left out"),
        (
            "Nur Aisyah binti Abdullah",
            "Nur Aisyah Bt Abdullah",
            Likeness.VARIANT,
            "connecting word ‘Bt’ written for ‘binti’",
        ),
        # Real differences.
        ("Fatima Ahmed", "Fatima Khan", Likeness.DIFFERENT, "‘Khan’ instead of ‘Ahmed’"),
        ("Mohamed Hassan", "Mohammed Hassan", Likeness.DIFFERENT, "‘Mohammed’ instead of"),
        ("Amira Hassan", "Amira M. Hassan", Likeness.DIFFERENT, "‘M’ added"),
        # Another script that transliteration cannot confirm is never called a difference.
        ("Dmitri Volkov", "Дмитрий Волков", Likeness.UNCERTAIN, "written in Cyrillic"),
    ],
)
def test_real_name_shapes(record, printed, likeness, shown):
    comparison = compare_names(record, printed)
    assert comparison.likeness is likeness, comparison.summary
    assert shown in comparison.summary


def test_with_no_documents_the_name_check_asks_and_never_fails():
    item = name_check("Amira Hassan")
    assert item.status is Status.NEEDS_INFO
    assert item.next_step.startswith("Under Documents and IDs, add your passport")
    assert item.source == NAME_RULE_SOURCE and item.rule_id == "credentials.name_match"


def test_names_written_differently_are_met_and_each_variant_is_shown_by_document():
    item = name_check(
        "Mohammed Ali Hassan",
        document("passport", "MOHAMMED ALI HASSAN"),
        document("diploma", "محمد علي حسن"),
        document("diploma_translation", "Mohammed Ali Hassan"),
        document("transcript", "M. Ali Hassan"),
    )
    assert item.status is Status.MET
    assert "on 4 documents" in item.reason
    assert "Final medical diploma ‘محمد علي حسن’: written in Arabic" in item.reason
    assert "Final medical school transcript ‘M. Ali Hassan’: initial ‘M’ for ‘Mohammed’" in (
        item.reason
    )
    assert "keep proof that it is your name ready" in item.next_step  # ECFMG counts initials


def test_a_real_difference_is_named_document_by_document_with_ecfmgs_rule():
    item = name_check(
        "Fatima Ahmed",
        document("passport", "FATIMA AHMED"),
        document("diploma", "Fatima Khan"),
        document("transcript", "Fatima Khan"),
    )
    assert item.status is Status.NOT_MET and not item.blocking
    assert item.reason == (
        "Your name differs from ‘Fatima Ahmed’ (your application): Final medical diploma "
        "‘Fatima Khan’: a different name: ‘Khan’ instead of ‘Ahmed’; Final medical school "
        "transcript ‘Fatima Khan’: a different name: ‘Khan’ instead of ‘Ahmed’."
    )
    assert "name on your final medical diploma and final medical school transcript" in (
        item.next_step
    )
    assert item.source == NAME_RULE_SOURCE


def test_a_name_changed_at_marriage_is_explained_by_its_supporting_document():
    proof = "Marriage certificate, 2021-05-14"
    item = name_check(
        "Fatima Ahmed",
        document("passport", "FATIMA AHMED"),
        document("diploma", "Fatima Khan", name_proof=proof),
        document("transcript", "Fatima Khan", name_proof=proof),
    )
    assert item.status is Status.MET
    assert f"‘Khan’ instead of ‘Ahmed’, proved by {proof}" in item.reason
    assert item.next_step == "Send ECFMG the proof of name with each of those documents."


def test_the_application_must_match_the_passport_and_no_proof_explains_a_difference():
    item = name_check(
        "Fatima Khan",
        document("passport", "FATIMA AHMED", name_proof="Marriage certificate"),
        document("diploma", "Fatima Khan"),
    )
    assert item.status is Status.NOT_MET
    assert "Passport ‘FATIMA AHMED’: a different name" in item.reason
    assert item.next_step.startswith("Your name of record must match your current passport")


def test_another_script_is_settled_by_its_translation_and_asked_about_without_one():
    asked = name_check(
        "Dmitri Volkov",
        document("passport", "DMITRI VOLKOV"),
        document("diploma", "Дмитрий Волков"),
    )
    assert asked.status is Status.NEEDS_INFO
    assert "add its English translation" in asked.next_step
    settled = name_check(
        "Dmitri Volkov",
        document("passport", "DMITRI VOLKOV"),
        document("diploma", "Дмитрий Волков"),
        document("diploma_translation", "Volkov Dmitri"),
    )
    assert settled.status is Status.MET
    assert "Compared through the translation: Final medical diploma ‘Дмитрий Волков’" in (
        settled.reason
    )


def test_a_document_without_its_name_is_asked_for():
    item = name_check(
        "Amira Hassan", document("passport", "AMIRA HASSAN"), document("diploma", None)
    )
    assert item.status is Status.NEEDS_INFO
    assert "the name on your final medical diploma is not given yet" in item.reason


def test_without_a_typed_name_the_passport_is_the_name_of_record():
    item = name_check(None, document("passport", "AMIRA HASSAN"), document("diploma", "أميرة حسن"))
    assert item.status is Status.NEEDS_INFO
    assert "‘AMIRA HASSAN’ (your passport)" in item.reason
    assert "your full name for the application is not typed yet" in item.reason
