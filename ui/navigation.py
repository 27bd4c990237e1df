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
from typing import TYPE_CHECKING, Any

from app.engine.items import Area, FieldPath, ItemId
from ui.qt import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.checklist import Checklist, ChecklistItem

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


def certification_not_for_them(checklist: Checklist) -> ChecklistItem | None:
    """The core's verdict that the applicant is no IMG (a Canadian graduate before the
    cut-off), or None: then ECFMG Certification is not their route at all."""
    from app.checklist import Status

    for item in checklist.items:
        if item.id is ItemId.IMG_STATUS and item.status is Status.NOT_MET and item.blocking:
            return item
    return None


@dataclass(frozen=True)
class AnswerField:
    """A field of the profile whose answer settles an open item."""

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


# Each answer's name as the wizard's labels say it, standing alone (with its exam); translated
# where it is shown, so a language chosen after import is the one read.
_FIELD_LABELS: dict[str, str] = {
    FieldPath.TARGET_MATCH_YEAR: QT_TRANSLATE_NOOP("Fields", "Target Match year"),
    FieldPath.FULL_NAME: QT_TRANSLATE_NOOP("Fields", "Full name"),
    FieldPath.USMLE_ID: QT_TRANSLATE_NOOP("Fields", "USMLE ID"),
    FieldPath.EMAIL: QT_TRANSLATE_NOOP("Fields", "E-mail"),
    FieldPath.CITIZENSHIP: QT_TRANSLATE_NOOP("Fields", "Citizenship"),
    FieldPath.INTEALTH_ID: QT_TRANSLATE_NOOP("Fields", "MyIntealth ID"),
    FieldPath.EPIC_ID: QT_TRANSLATE_NOOP("Fields", "EPIC ID"),
    FieldPath.AAMC_ID: QT_TRANSLATE_NOOP("Fields", "AAMC ID"),
    FieldPath.NRMP_ID: QT_TRANSLATE_NOOP("Fields", "NRMP ID"),
    FieldPath.SCHOOL_NAME: QT_TRANSLATE_NOOP("Fields", "Medical school"),
    FieldPath.SCHOOL_COUNTRY: QT_TRANSLATE_NOOP("Fields", "Country of your school"),
    FieldPath.SCHOOL_CITY: QT_TRANSLATE_NOOP("Fields", "City of your school"),
    FieldPath.DIRECTORY_ID: QT_TRANSLATE_NOOP("Fields", "World Directory ID"),
    FieldPath.CANADIAN: QT_TRANSLATE_NOOP("Fields", "School in Canada"),
    FieldPath.SPONSOR_NOTE: QT_TRANSLATE_NOOP("Fields", "ECFMG note"),
    FieldPath.EDUCATION_STATUS: QT_TRANSLATE_NOOP("Fields", "Student or graduate"),
    FieldPath.GRADUATION_DATE: QT_TRANSLATE_NOOP("Fields", "Graduation date"),
    FieldPath.CREDIT_YEARS: QT_TRANSLATE_NOOP("Fields", "Credit years"),
    FieldPath.TRANSFERRED_CREDIT_YEARS: QT_TRANSLATE_NOOP("Fields", "Transferred credit years"),
    FieldPath.DIPLOMA_TITLE: QT_TRANSLATE_NOOP("Fields", "Diploma title"),
    FieldPath.DIPLOMA_RECEIVED: QT_TRANSLATE_NOOP("Fields", "Diploma in hand"),
    FieldPath.TRANSCRIPT_RECEIVED: QT_TRANSLATE_NOOP("Fields", "Final transcript in hand"),
    FieldPath.DOCUMENTS_IN_ENGLISH: QT_TRANSLATE_NOOP("Fields", "Documents in English"),
    FieldPath.TRANSLATIONS_READY: QT_TRANSLATE_NOOP("Fields", "Certified translations ready"),
    FieldPath.STEP1: QT_TRANSLATE_NOOP("Fields", "Step 1"),
    FieldPath.STEP1_RESULT: QT_TRANSLATE_NOOP("Fields", "Step 1 result"),
    FieldPath.STEP1_DATE: QT_TRANSLATE_NOOP("Fields", "Step 1 test date"),
    FieldPath.STEP1_ATTEMPTS: QT_TRANSLATE_NOOP("Fields", "Step 1 attempts"),
    FieldPath.STEP2_CK: QT_TRANSLATE_NOOP("Fields", "Step 2 CK"),
    FieldPath.STEP2_CK_RESULT: QT_TRANSLATE_NOOP("Fields", "Step 2 CK result"),
    FieldPath.STEP2_CK_SCORE: QT_TRANSLATE_NOOP("Fields", "Step 2 CK score"),
    FieldPath.STEP2_CK_DATE: QT_TRANSLATE_NOOP("Fields", "Step 2 CK test date"),
    FieldPath.STEP2_CK_ATTEMPTS: QT_TRANSLATE_NOOP("Fields", "Step 2 CK attempts"),
    FieldPath.STEP2_CS: QT_TRANSLATE_NOOP("Fields", "Step 2 CS"),
    FieldPath.STEP2_CS_RESULT: QT_TRANSLATE_NOOP("Fields", "Step 2 CS result"),
    FieldPath.STEP2_CS_DATE: QT_TRANSLATE_NOOP("Fields", "Date of Step 2 CS"),
    FieldPath.PATHWAY: QT_TRANSLATE_NOOP("Fields", "Pathway"),
    FieldPath.PATHWAY_STATUS: QT_TRANSLATE_NOOP("Fields", "Pathway application status"),
    FieldPath.PATHWAY_CYCLE: QT_TRANSLATE_NOOP("Fields", "Pathways cycle"),
    FieldPath.OET: QT_TRANSLATE_NOOP("Fields", "OET Medicine sittings"),
    FieldPath.APPLICATION_SUBMITTED: QT_TRANSLATE_NOOP("Fields", "Application submitted"),
    FieldPath.DOCUMENTS: QT_TRANSLATE_NOOP("Fields", "Documents"),
}


def field_labels() -> dict[str, str]:
    """Each answer's name as the wizard's labels say it, standing alone (with its exam)."""
    return {path: translate("Fields", text) for path, text in _FIELD_LABELS.items()}


# A document's answers, and its status entries' ("documents[1].history[0].date").
_DOCUMENT = re.compile(
    re.escape(FieldPath.DOCUMENTS.value) + r"\[(\d+)\](?:\.history\[(\d+)\])?(?:\.(\w+))?",
    flags=re.ASCII,
)


_DOCUMENT_PART_LABELS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("Fields", "kind"),
    "name_as_printed": QT_TRANSLATE_NOOP("Fields", "name as printed"),
    "language": QT_TRANSLATE_NOOP("Fields", "language"),
    "case_number": QT_TRANSLATE_NOOP("Fields", "case number"),
    "name_proof": QT_TRANSLATE_NOOP("Fields", "proof of name"),
    "history": QT_TRANSLATE_NOOP("Fields", "status history"),
    "status": QT_TRANSLATE_NOOP("Fields", "status"),
    "date": QT_TRANSLATE_NOOP("Fields", "date"),
    "reason": QT_TRANSLATE_NOOP("Fields", "reason"),
}
# The OET sub-tests, as a field path names them (oet_sittings[0].listening).
_OET_PART_LABELS: dict[str, str] = {
    "test_date": QT_TRANSLATE_NOOP("Fields", "test date"),
    "listening": QT_TRANSLATE_NOOP("Fields", "Listening"),
    "reading": QT_TRANSLATE_NOOP("Fields", "Reading"),
    "writing": QT_TRANSLATE_NOOP("Fields", "Writing"),
    "speaking": QT_TRANSLATE_NOOP("Fields", "Speaking"),
}


def _document_words(match: re.Match[str]) -> str:
    from app.engine.names import join_commas  # the language's comma ("،" in Arabic)

    words = [translate("Fields", "Document {n}").format(n=int(match.group(1)) + 1)]
    if match.group(2) is not None:
        words.append(translate("Fields", "status {n}").format(n=int(match.group(2)) + 1))
    if match.group(3) is not None:
        part = match.group(3)
        label = _DOCUMENT_PART_LABELS.get(part)
        words.append(translate("Fields", label) if label else part)
    return join_commas(words)


_OET_SITTING = re.compile(re.escape(FieldPath.OET.value) + r"\[(\d+)\](?:\.(\w+))?", flags=re.ASCII)


def field_label(path: str) -> str:
    """A field path in the user's words; an unknown path is returned as it is."""
    sitting = _OET_SITTING.fullmatch(path)
    if sitting:
        return _sitting_words(sitting)
    document = _DOCUMENT.fullmatch(path)
    if document:
        return _document_words(document)
    label = _FIELD_LABELS.get(path)
    return translate("Fields", label) if label else path


def _sitting_words(match: re.Match[str]) -> str:
    number = int(match.group(1)) + 1
    part = match.group(2)
    if part is None:
        return translate("Fields", "OET sitting {n}").format(n=number)
    label = _OET_PART_LABELS.get(part)
    part_words = translate("Fields", label) if label else part.title()
    return translate("Fields", "OET sitting {n}, {part}").format(n=number, part=part_words)


# A cheap first look: a field path has a "." between two letters or digits, or a "_".
_DOTTED = re.compile(r"\w\.\w")


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
    if "_" not in text and _DOTTED.search(text) is None:
        return text  # no field path in it (each has a "." inside it or a "_"): no need to look
    return _path_pattern().sub(lambda m: field_label(m.group(0)), text)
