"""One typed home for what every surface names: checklist item ids, their areas and titles, and
the profile field paths. The engine, the wizard, the PDF and the CLI all use these members;
none of them spells an item id as a string of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import Generic, TypeVar

from app.i18n import N_, _

K = TypeVar("K")


class TranslatedLabels(Mapping[K, str], Generic[K]):
    """A read-only table of English labels marked with ``N_`` whose look-ups come back in the
    language in use (``_()`` at the point of use, never at import): ``STATUS_LABELS[status]``
    reads "Met" in English and "Cumplido" in Spanish, whoever indexes it."""

    def __init__(self, labels: Mapping[K, str]) -> None:
        self._labels = dict(labels)

    def __getitem__(self, key: K) -> str:
        label = self._labels[key]
        return _(label) if label else ""  # gettext's "" is the catalog's header

    def __iter__(self) -> Iterator[K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def english(self, key: K) -> str:
        """The English label (the msgid), for code that must not depend on the language."""
        return self._labels[key]

    def __repr__(self) -> str:
        return f"TranslatedLabels({self._labels!r})"


class Area(StrEnum):
    MATCH = "match"
    ELIGIBILITY = "eligibility"
    SCHOOL = "school"
    EXAMS = "exams"
    CLINICAL = "clinical"
    CREDENTIALS = "credentials"
    APPLICATION = "application"

    @property
    def label(self) -> str:
        """The area's heading, as every surface prints it."""
        return AREA_TITLES[self]


AREA_TITLES: TranslatedLabels[Area] = TranslatedLabels(
    {
        Area.MATCH: N_("Your Match"),
        Area.ELIGIBILITY: N_("Eligibility"),
        Area.SCHOOL: N_("Medical school"),
        Area.EXAMS: N_("USMLE examinations"),
        Area.CLINICAL: N_("Clinical and communication skills"),
        Area.CREDENTIALS: N_("Medical education credentials"),
        Area.APPLICATION: N_("ECFMG application"),
    }
)


class ItemId(StrEnum):
    """Checklist items, in the order every surface shows them. Values are the stable ids of the
    JSON output; an item's area is its id's first part."""

    MATCH_CYCLE = "match.cycle"
    IMG_STATUS = "eligibility.img_status"
    SPONSOR_NOTE = "school.sponsor_note"
    GRADUATION_YEAR = "school.graduation_year"
    STEP1 = "exams.step1"
    STEP2_CK = "exams.step2_ck"
    CLINICAL_REQUIREMENT = "clinical.requirement"
    PATHWAY = "clinical.pathway"
    OET = "clinical.oet"
    CREDIT_YEARS = "credentials.credit_years"
    DIPLOMA = "credentials.diploma"
    TRANSCRIPT = "credentials.transcript"
    TRANSLATIONS = "credentials.translations"
    NAME_CONSISTENCY = "credentials.name_consistency"
    APPLICATION = "application.submitted"

    @property
    def area(self) -> Area:
        return Area(self.value.split(".", 1)[0])

    @property
    def label(self) -> str:
        """The item's title, as every surface prints it."""
        return ITEM_TITLES[self]


ITEM_TITLES: TranslatedLabels[ItemId] = TranslatedLabels(
    {
        ItemId.MATCH_CYCLE: N_("Your target Match and its calendar"),
        ItemId.IMG_STATUS: N_("You are an IMG who needs ECFMG Certification"),
        ItemId.SPONSOR_NOTE: N_("Your school has an ECFMG note in the World Directory"),
        ItemId.GRADUATION_YEAR: N_("Your graduation year is covered by the ECFMG note"),
        ItemId.STEP1: N_("USMLE Step 1 passed"),
        ItemId.STEP2_CK: N_("USMLE Step 2 CK passed"),
        ItemId.CLINICAL_REQUIREMENT: N_("Clinical and communication skills requirement"),
        ItemId.PATHWAY: N_("ECFMG Pathway"),
        ItemId.OET: N_("OET Medicine"),
        ItemId.CREDIT_YEARS: N_("At least four credit years of medical school"),
        ItemId.DIPLOMA: N_("Final medical diploma with the exact title"),
        ItemId.TRANSCRIPT: N_("Final medical school transcript"),
        ItemId.TRANSLATIONS: N_("English translations of your documents"),
        ItemId.NAME_CONSISTENCY: N_(
            "Your name is the same on your passport, documents and application"
        ),
        ItemId.APPLICATION: N_("Application for ECFMG Certification submitted"),
    }
)

ITEM_IDS: tuple[ItemId, ...] = tuple(ItemId)


class FieldPath(StrEnum):
    """Paths of the profile's answers, as the JSON format and the validation messages name them.
    OET sittings are a list: ``FieldPath.oet_sitting(0, "writing")``; so are the documents
    (``FieldPath.document(0, "name_as_printed")``) and each one's status history
    (``FieldPath.document_status(0, 1, "date")``)."""

    TARGET_MATCH_YEAR = "target_match_year"
    FULL_NAME = "applicant.full_name"
    USMLE_ID = "applicant.usmle_id"
    EMAIL = "applicant.email"
    CITIZENSHIP = "applicant.citizenship"
    INTEALTH_ID = "identifiers.intealth_id"
    EPIC_ID = "identifiers.epic_id"
    AAMC_ID = "identifiers.aamc_id"
    NRMP_ID = "identifiers.nrmp_id"
    SCHOOL_NAME = "school.name"
    SCHOOL_COUNTRY = "school.country"
    SCHOOL_CITY = "school.city"
    DIRECTORY_ID = "school.directory_id"
    CANADIAN = "school.canadian"
    SPONSOR_NOTE = "school.sponsor_note"
    EDUCATION_STATUS = "education.status"
    GRADUATION_DATE = "education.graduation_date"
    CREDIT_YEARS = "education.credit_years"
    TRANSFERRED_CREDIT_YEARS = "education.transferred_credit_years"
    DIPLOMA_TITLE = "education.diploma_title"
    DIPLOMA_RECEIVED = "education.diploma_received"
    TRANSCRIPT_RECEIVED = "education.transcript_received"
    DOCUMENTS_IN_ENGLISH = "education.documents_in_english"
    TRANSLATIONS_READY = "education.translations_ready"
    STEP1 = "exams.step1"
    STEP1_RESULT = "exams.step1.result"
    STEP1_DATE = "exams.step1.date"
    STEP1_ATTEMPTS = "exams.step1.attempts"
    STEP2_CK = "exams.step2_ck"
    STEP2_CK_RESULT = "exams.step2_ck.result"
    STEP2_CK_SCORE = "exams.step2_ck.score"
    STEP2_CK_DATE = "exams.step2_ck.date"
    STEP2_CK_ATTEMPTS = "exams.step2_ck.attempts"
    STEP2_CS = "exams.step2_cs"
    STEP2_CS_RESULT = "exams.step2_cs.result"
    STEP2_CS_DATE = "exams.step2_cs.date"
    PATHWAY = "clinical_skills.pathway"
    PATHWAY_STATUS = "clinical_skills.pathway_status"
    PATHWAY_CYCLE = "clinical_skills.pathway_cycle"
    OET = "clinical_skills.oet"
    APPLICATION_SUBMITTED = "application.ecfmg_application_submitted"
    DOCUMENTS = "documents"

    @staticmethod
    def oet_sitting(index: int, name: str) -> str:
        return f"{FieldPath.OET.value}[{index}].{name}"

    @staticmethod
    def document(index: int, name: str) -> str:
        return f"{FieldPath.DOCUMENTS.value}[{index}].{name}"

    @staticmethod
    def document_status(index: int, entry: int, name: str) -> str:
        return f"{FieldPath.DOCUMENTS.value}[{index}].history[{entry}].{name}"


# Each answer's name in the user's words, for messages printed by the CLI and the PDF (the wizard
# shows the same words, translated, next to its fields).
FIELD_LABELS: TranslatedLabels[FieldPath] = TranslatedLabels(
    {
        FieldPath.TARGET_MATCH_YEAR: N_("Target Match year"),
        FieldPath.FULL_NAME: N_("Full name"),
        FieldPath.USMLE_ID: N_("USMLE ID"),
        FieldPath.EMAIL: N_("E-mail"),
        FieldPath.CITIZENSHIP: N_("Citizenship"),
        FieldPath.INTEALTH_ID: N_("MyIntealth ID"),
        FieldPath.EPIC_ID: N_("EPIC ID"),
        FieldPath.AAMC_ID: N_("AAMC ID"),
        FieldPath.NRMP_ID: N_("NRMP ID"),
        FieldPath.SCHOOL_NAME: N_("Medical school"),
        FieldPath.SCHOOL_COUNTRY: N_("Country of your school"),
        FieldPath.SCHOOL_CITY: N_("City of your school"),
        FieldPath.DIRECTORY_ID: N_("World Directory ID"),
        FieldPath.CANADIAN: N_("School in Canada"),
        FieldPath.SPONSOR_NOTE: N_("ECFMG note"),
        FieldPath.EDUCATION_STATUS: N_("Student or graduate"),
        FieldPath.GRADUATION_DATE: N_("Graduation date"),
        FieldPath.CREDIT_YEARS: N_("Credit years"),
        FieldPath.TRANSFERRED_CREDIT_YEARS: N_("Transferred credit years"),
        FieldPath.DIPLOMA_TITLE: N_("Diploma title"),
        FieldPath.DIPLOMA_RECEIVED: N_("Diploma in hand"),
        FieldPath.TRANSCRIPT_RECEIVED: N_("Final transcript in hand"),
        FieldPath.DOCUMENTS_IN_ENGLISH: N_("Documents in English"),
        FieldPath.TRANSLATIONS_READY: N_("Certified translations ready"),
        FieldPath.STEP1: N_("Step 1"),
        FieldPath.STEP1_RESULT: N_("Step 1 result"),
        FieldPath.STEP1_DATE: N_("Step 1 test date"),
        FieldPath.STEP1_ATTEMPTS: N_("Step 1 attempts"),
        FieldPath.STEP2_CK: N_("Step 2 CK"),
        FieldPath.STEP2_CK_RESULT: N_("Step 2 CK result"),
        FieldPath.STEP2_CK_SCORE: N_("Step 2 CK score"),
        FieldPath.STEP2_CK_DATE: N_("Step 2 CK test date"),
        FieldPath.STEP2_CK_ATTEMPTS: N_("Step 2 CK attempts"),
        FieldPath.STEP2_CS: N_("Step 2 CS"),
        FieldPath.STEP2_CS_RESULT: N_("Step 2 CS result"),
        FieldPath.STEP2_CS_DATE: N_("Date of Step 2 CS"),
        FieldPath.PATHWAY: N_("Pathway"),
        FieldPath.PATHWAY_STATUS: N_("Pathway application status"),
        FieldPath.PATHWAY_CYCLE: N_("Pathways cycle"),
        FieldPath.OET: N_("OET Medicine sittings"),
        FieldPath.APPLICATION_SUBMITTED: N_("Application submitted"),
        FieldPath.DOCUMENTS: N_("Documents"),
    }
)
# A document's answers and its status entries' answers, in the user's words.
DOCUMENT_FIELD_LABELS: TranslatedLabels[str] = TranslatedLabels(
    {
        "kind": N_("kind"),
        "name_as_printed": N_("name as printed"),
        "language": N_("language"),
        "case_number": N_("case number"),
        "name_proof": N_("proof of name"),
        "history": N_("status history"),
        "status": N_("status"),
        "date": N_("date"),
        "reason": N_("reason"),
    }
)
_OET_PART = re.compile(re.escape(FieldPath.OET.value) + r"\[(\d+)\](?:\.(\w+))?", flags=re.ASCII)
_DOCUMENT_PART = re.compile(
    re.escape(FieldPath.DOCUMENTS.value) + r"\[(\d+)\](?:\.history\[(\d+)\])?(?:\.(\w+))?",
    flags=re.ASCII,
)


# The answers of an OET sitting, in the user's words.
OET_PART_LABELS: TranslatedLabels[str] = TranslatedLabels(
    {
        "test_date": N_("test date"),
        "listening": N_("listening"),
        "reading": N_("reading"),
        "writing": N_("writing"),
        "speaking": N_("speaking"),
    }
)


def field_label(path: str) -> str:
    """A field path in the user's words ("OET sitting 2, writing"); unknown paths as they are."""
    sitting = _OET_PART.fullmatch(path)
    if sitting:
        number, part = int(sitting.group(1)) + 1, sitting.group(2)
        if part is None:
            # Translators: {number} counts the OET sittings the applicant entered: 1, 2, 3…
            return _("OET sitting {number}").format(number=number)
        # Translators: {part} is one answer of the sitting: test date, listening, writing…
        return _("OET sitting {number}, {part}").format(
            number=number, part=OET_PART_LABELS.get(part, part)
        )
    document = _DOCUMENT_PART.fullmatch(path)
    if document:
        return document_field_label(document)
    try:
        return FIELD_LABELS[FieldPath(path)]
    except ValueError:
        return path


def document_field_label(match: re.Match[str]) -> str:
    """'Document 2, status 3, date' for ``documents[1].history[2].date``."""
    number = int(match.group(1)) + 1
    entry = None if match.group(2) is None else int(match.group(2)) + 1
    name = match.group(3)
    field = None if name is None else DOCUMENT_FIELD_LABELS.get(name, name)
    if entry is None and field is None:
        return _("Document {number}").format(number=number)
    if entry is None:
        return _("Document {number}, {field}").format(number=number, field=field)
    if field is None:
        return _("Document {number}, status {entry}").format(number=number, entry=entry)
    # Translators: {number} is the document's place in the applicant's list (Document 2), {entry}
    # the place of one status change in its history, {field} one answer (date, status, reason…).
    return _("Document {number}, status {entry}, {field}").format(
        number=number, entry=entry, field=field
    )
