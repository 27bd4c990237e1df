"""Where each checklist item is answered, and what each answer is called on screen.

Navigation only, no rule: an item's "Answer this" leads to the fields a person fills in to
change that verdict, and a field path the core names in a message is shown in the words of the
wizard's own labels ("Step 2 CK score", never "exams.step2_ck.score").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.engine.items import Area, FieldPath, ItemId
from ui.qt import tr

# The page that asks about each area (where "Answer this" leads when no one field answers).
AREA_PAGES: dict[Area, str] = {
    Area.MATCH: "applicant",
    Area.ELIGIBILITY: "school",
    Area.SCHOOL: "school",
    Area.EXAMS: "exams",
    Area.CLINICAL: "clinical",
    Area.CREDENTIALS: "credentials",
    Area.APPLICATION: "credentials",
}


@dataclass(frozen=True)
class AnswerField:
    path: FieldPath
    #: Optional fields are offered only when they have a problem, or the item waits for an
    #: answer (an approved Pathway's cycle), never merely for being empty.
    optional: bool = False


_F = AnswerField

# The fields that answer each item, in the order they are asked on their page.
ITEM_FIELDS: dict[ItemId, tuple[AnswerField, ...]] = {
    ItemId.MATCH_CYCLE: (_F(FieldPath.TARGET_MATCH_YEAR),),
    ItemId.IMG_STATUS: (
        _F(FieldPath.SCHOOL_NAME),
        _F(FieldPath.EDUCATION_STATUS),
        _F(FieldPath.GRADUATION_DATE),
    ),
    ItemId.SPONSOR_NOTE: (_F(FieldPath.SCHOOL_NAME), _F(FieldPath.SPONSOR_NOTE)),
    ItemId.GRADUATION_YEAR: (
        _F(FieldPath.EDUCATION_STATUS),
        _F(FieldPath.GRADUATION_DATE),
        _F(FieldPath.SPONSOR_NOTE),
    ),
    ItemId.STEP1: (
        _F(FieldPath.STEP1_RESULT),
        _F(FieldPath.STEP1_DATE),
        _F(FieldPath.STEP1_ATTEMPTS),
    ),
    ItemId.STEP2_CK: (
        _F(FieldPath.STEP2_CK_RESULT),
        _F(FieldPath.STEP2_CK_SCORE),
        _F(FieldPath.STEP2_CK_DATE),
        _F(FieldPath.STEP2_CK_ATTEMPTS),
    ),
    ItemId.CLINICAL_REQUIREMENT: (
        _F(FieldPath.PATHWAY),
        _F(FieldPath.PATHWAY_STATUS),
        _F(FieldPath.OET),
    ),
    ItemId.PATHWAY: (
        _F(FieldPath.PATHWAY),
        _F(FieldPath.PATHWAY_STATUS),
        _F(FieldPath.PATHWAY_CYCLE, optional=True),
    ),
    ItemId.OET: (_F(FieldPath.OET),),
    ItemId.CREDIT_YEARS: (
        _F(FieldPath.CREDIT_YEARS),
        _F(FieldPath.TRANSFERRED_CREDIT_YEARS, optional=True),
    ),
    ItemId.DIPLOMA: (_F(FieldPath.DIPLOMA_RECEIVED), _F(FieldPath.DIPLOMA_TITLE)),
    ItemId.TRANSCRIPT: (_F(FieldPath.TRANSCRIPT_RECEIVED),),
    ItemId.TRANSLATIONS: (
        _F(FieldPath.DOCUMENTS_IN_ENGLISH),
        _F(FieldPath.TRANSLATIONS_READY),
    ),
    ItemId.NAME_CONSISTENCY: (_F(FieldPath.DOCUMENTS), _F(FieldPath.FULL_NAME)),
    ItemId.APPLICATION: (_F(FieldPath.APPLICATION_SUBMITTED),),
}


def is_unanswered(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def field_to_answer(
    item_id: ItemId,
    value_of: Callable[[str], Any],
    problems_at: Callable[[str], list[str]],
    waiting_for_answer: bool,
) -> FieldPath | None:
    """The field that answers ``item_id`` now: the first with a problem, else the first left
    empty, else (for an item waiting for an answer) the first optional one left empty, else the
    first. None for an item no field answers."""
    fields = ITEM_FIELDS.get(item_id, ())
    for candidate in fields:
        if problems_at(candidate.path):
            return candidate.path
    for candidate in fields:
        if not candidate.optional and is_unanswered(value_of(candidate.path)):
            return candidate.path
    if waiting_for_answer:
        for candidate in fields:
            if candidate.optional and is_unanswered(value_of(candidate.path)):
                return candidate.path
    return fields[0].path if fields else None


@cache
def field_labels() -> dict[str, str]:
    """Each answer's name as the wizard's labels say it, standing alone (with its exam)."""
    t = "Fields"
    return {
        FieldPath.TARGET_MATCH_YEAR: tr(t, "Target Match year"),
        FieldPath.FULL_NAME: tr(t, "Full name"),
        FieldPath.USMLE_ID: tr(t, "USMLE ID"),
        FieldPath.EMAIL: tr(t, "E-mail"),
        FieldPath.CITIZENSHIP: tr(t, "Citizenship"),
        FieldPath.INTEALTH_ID: tr(t, "MyIntealth ID"),
        FieldPath.EPIC_ID: tr(t, "EPIC ID"),
        FieldPath.AAMC_ID: tr(t, "AAMC ID"),
        FieldPath.NRMP_ID: tr(t, "NRMP ID"),
        FieldPath.SCHOOL_NAME: tr(t, "Medical school"),
        FieldPath.SCHOOL_COUNTRY: tr(t, "Country of your school"),
        FieldPath.SCHOOL_CITY: tr(t, "City of your school"),
        FieldPath.DIRECTORY_ID: tr(t, "World Directory ID"),
        FieldPath.CANADIAN: tr(t, "School in Canada"),
        FieldPath.SPONSOR_NOTE: tr(t, "ECFMG note"),
        FieldPath.EDUCATION_STATUS: tr(t, "Student or graduate"),
        FieldPath.GRADUATION_DATE: tr(t, "Graduation date"),
        FieldPath.CREDIT_YEARS: tr(t, "Credit years"),
        FieldPath.TRANSFERRED_CREDIT_YEARS: tr(t, "Transferred credit years"),
        FieldPath.DIPLOMA_TITLE: tr(t, "Diploma title"),
        FieldPath.DIPLOMA_RECEIVED: tr(t, "Diploma in hand"),
        FieldPath.TRANSCRIPT_RECEIVED: tr(t, "Final transcript in hand"),
        FieldPath.DOCUMENTS_IN_ENGLISH: tr(t, "Documents in English"),
        FieldPath.TRANSLATIONS_READY: tr(t, "Certified translations ready"),
        FieldPath.STEP1: tr(t, "Step 1"),
        FieldPath.STEP1_RESULT: tr(t, "Step 1 result"),
        FieldPath.STEP1_DATE: tr(t, "Step 1 test date"),
        FieldPath.STEP1_ATTEMPTS: tr(t, "Step 1 attempts"),
        FieldPath.STEP2_CK: tr(t, "Step 2 CK"),
        FieldPath.STEP2_CK_RESULT: tr(t, "Step 2 CK result"),
        FieldPath.STEP2_CK_SCORE: tr(t, "Step 2 CK score"),
        FieldPath.STEP2_CK_DATE: tr(t, "Step 2 CK test date"),
        FieldPath.STEP2_CK_ATTEMPTS: tr(t, "Step 2 CK attempts"),
        FieldPath.STEP2_CS: tr(t, "Step 2 CS"),
        FieldPath.STEP2_CS_RESULT: tr(t, "Step 2 CS result"),
        FieldPath.STEP2_CS_DATE: tr(t, "Date of Step 2 CS"),
        FieldPath.PATHWAY: tr(t, "Pathway"),
        FieldPath.PATHWAY_STATUS: tr(t, "Pathway application status"),
        FieldPath.PATHWAY_CYCLE: tr(t, "Pathways cycle"),
        FieldPath.OET: tr(t, "OET Medicine sittings"),
        FieldPath.APPLICATION_SUBMITTED: tr(t, "Application submitted"),
        FieldPath.DOCUMENTS: tr(t, "Documents"),
    }


# A document's answers, and its status entries' ("documents[1].history[0].date").
_DOCUMENT = re.compile(
    re.escape(FieldPath.DOCUMENTS.value) + r"\[(\d+)\](?:\.history\[(\d+)\])?(?:\.(\w+))?",
    flags=re.ASCII,
)


@cache
def _document_part_labels() -> dict[str, str]:
    t = "Fields"
    return {
        "kind": tr(t, "kind"),
        "name_as_printed": tr(t, "name as printed"),
        "language": tr(t, "language"),
        "case_number": tr(t, "case number"),
        "name_proof": tr(t, "proof of name"),
        "history": tr(t, "status history"),
        "status": tr(t, "status"),
        "date": tr(t, "date"),
        "reason": tr(t, "reason"),
    }


def _document_words(match: re.Match[str]) -> str:
    words = [tr("Fields", "Document {n}").format(n=int(match.group(1)) + 1)]
    if match.group(2) is not None:
        words.append(tr("Fields", "status {n}").format(n=int(match.group(2)) + 1))
    if match.group(3) is not None:
        words.append(_document_part_labels().get(match.group(3), match.group(3)))
    return ", ".join(words)


_OET_SITTING = re.compile(re.escape(FieldPath.OET.value) + r"\[(\d+)\](?:\.(\w+))?", flags=re.ASCII)


def field_label(path: str) -> str:
    """A field path in the user's words; an unknown path is returned as it is."""
    sitting = _OET_SITTING.fullmatch(path)
    if sitting:
        return _sitting_words(sitting)
    document = _DOCUMENT.fullmatch(path)
    if document:
        return _document_words(document)
    return field_labels().get(path, path)


def _sitting_words(match: re.Match[str]) -> str:
    number = int(match.group(1)) + 1
    part = match.group(2)
    if part is None:
        return tr("Fields", "OET sitting {n}").format(n=number)
    part_words = tr("Fields", "test date") if part == "test_date" else tr("Fields", part.title())
    return tr("Fields", "OET sitting {n}, {part}").format(n=number, part=part_words)


@cache
def _path_pattern() -> re.Pattern[str]:
    # Longest first, so "exams.step2_ck.score" wins over "exams.step2_ck"; a path is a whole word.
    # The bare documents list is left out: "documents" is also a plain word in every verdict.
    paths = sorted(
        (p.value for p in FieldPath if p is not FieldPath.DOCUMENTS), key=len, reverse=True
    )
    alternatives = "|".join(re.escape(p) for p in paths)
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w\[])", flags=re.ASCII)


def in_users_words(text: str) -> str:
    """``text`` with every field path the core wrote in it replaced by the field's label."""
    text = _OET_SITTING.sub(_sitting_words, text)
    text = _DOCUMENT.sub(_document_words, text)
    return _path_pattern().sub(lambda m: field_label(m.group(0)), text)
