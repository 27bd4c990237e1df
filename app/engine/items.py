"""One typed home for what every surface names: checklist item ids, their areas and titles, and
the profile field paths. The engine, the wizard, the PDF and the CLI all use these members;
none of them spells an item id as a string of its own."""

from __future__ import annotations

import re
from enum import StrEnum


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


AREA_TITLES: dict[Area, str] = {
    Area.MATCH: "Your Match",
    Area.ELIGIBILITY: "Eligibility",
    Area.SCHOOL: "Medical school",
    Area.EXAMS: "USMLE examinations",
    Area.CLINICAL: "Clinical and communication skills",
    Area.CREDENTIALS: "Medical education credentials",
    Area.APPLICATION: "ECFMG application",
}


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


ITEM_TITLES: dict[ItemId, str] = {
    ItemId.MATCH_CYCLE: "Your target Match and its calendar",
    ItemId.IMG_STATUS: "You are an IMG who needs ECFMG Certification",
    ItemId.SPONSOR_NOTE: "Your school has an ECFMG note in the World Directory",
    ItemId.GRADUATION_YEAR: "Your graduation year is covered by the ECFMG note",
    ItemId.STEP1: "USMLE Step 1 passed",
    ItemId.STEP2_CK: "USMLE Step 2 CK passed",
    ItemId.CLINICAL_REQUIREMENT: "Clinical and communication skills requirement",
    ItemId.PATHWAY: "ECFMG Pathway",
    ItemId.OET: "OET Medicine",
    ItemId.CREDIT_YEARS: "At least four credit years of medical school",
    ItemId.DIPLOMA: "Final medical diploma with the exact title",
    ItemId.TRANSCRIPT: "Final medical school transcript",
    ItemId.TRANSLATIONS: "English translations of your documents",
    ItemId.NAME_CONSISTENCY: "Your name is the same on your passport, documents and application",
    ItemId.APPLICATION: "Application for ECFMG Certification submitted",
}

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
FIELD_LABELS: dict[FieldPath, str] = {
    FieldPath.TARGET_MATCH_YEAR: "Target Match year",
    FieldPath.FULL_NAME: "Full name",
    FieldPath.USMLE_ID: "USMLE ID",
    FieldPath.EMAIL: "E-mail",
    FieldPath.CITIZENSHIP: "Citizenship",
    FieldPath.INTEALTH_ID: "MyIntealth ID",
    FieldPath.EPIC_ID: "EPIC ID",
    FieldPath.AAMC_ID: "AAMC ID",
    FieldPath.NRMP_ID: "NRMP ID",
    FieldPath.SCHOOL_NAME: "Medical school",
    FieldPath.SCHOOL_COUNTRY: "Country of your school",
    FieldPath.SCHOOL_CITY: "City of your school",
    FieldPath.DIRECTORY_ID: "World Directory ID",
    FieldPath.CANADIAN: "School in Canada",
    FieldPath.SPONSOR_NOTE: "ECFMG note",
    FieldPath.EDUCATION_STATUS: "Student or graduate",
    FieldPath.GRADUATION_DATE: "Graduation date",
    FieldPath.CREDIT_YEARS: "Credit years",
    FieldPath.TRANSFERRED_CREDIT_YEARS: "Transferred credit years",
    FieldPath.DIPLOMA_TITLE: "Diploma title",
    FieldPath.DIPLOMA_RECEIVED: "Diploma in hand",
    FieldPath.TRANSCRIPT_RECEIVED: "Final transcript in hand",
    FieldPath.DOCUMENTS_IN_ENGLISH: "Documents in English",
    FieldPath.TRANSLATIONS_READY: "Certified translations ready",
    FieldPath.STEP1: "Step 1",
    FieldPath.STEP1_RESULT: "Step 1 result",
    FieldPath.STEP1_DATE: "Step 1 test date",
    FieldPath.STEP1_ATTEMPTS: "Step 1 attempts",
    FieldPath.STEP2_CK: "Step 2 CK",
    FieldPath.STEP2_CK_RESULT: "Step 2 CK result",
    FieldPath.STEP2_CK_SCORE: "Step 2 CK score",
    FieldPath.STEP2_CK_DATE: "Step 2 CK test date",
    FieldPath.STEP2_CK_ATTEMPTS: "Step 2 CK attempts",
    FieldPath.STEP2_CS: "Step 2 CS",
    FieldPath.STEP2_CS_RESULT: "Step 2 CS result",
    FieldPath.STEP2_CS_DATE: "Date of Step 2 CS",
    FieldPath.PATHWAY: "Pathway",
    FieldPath.PATHWAY_STATUS: "Pathway application status",
    FieldPath.PATHWAY_CYCLE: "Pathways cycle",
    FieldPath.OET: "OET Medicine sittings",
    FieldPath.APPLICATION_SUBMITTED: "Application submitted",
    FieldPath.DOCUMENTS: "Documents",
}
# A document's answers and its status entries' answers, in the user's words.
DOCUMENT_FIELD_LABELS: dict[str, str] = {
    "kind": "kind",
    "name_as_printed": "name as printed",
    "language": "language",
    "case_number": "case number",
    "name_proof": "proof of name",
    "history": "status history",
    "status": "status",
    "date": "date",
    "reason": "reason",
}
_OET_PART = re.compile(re.escape(FieldPath.OET.value) + r"\[(\d+)\](?:\.(\w+))?", flags=re.ASCII)
_DOCUMENT_PART = re.compile(
    re.escape(FieldPath.DOCUMENTS.value) + r"\[(\d+)\](?:\.history\[(\d+)\])?(?:\.(\w+))?",
    flags=re.ASCII,
)


def field_label(path: str) -> str:
    """A field path in the user's words ("OET sitting 2, writing"); unknown paths as they are."""
    sitting = _OET_PART.fullmatch(path)
    if sitting:
        number, part = int(sitting.group(1)) + 1, sitting.group(2)
        if part is None:
            return f"OET sitting {number}"
        return f"OET sitting {number}, {'test date' if part == 'test_date' else part}"
    document = _DOCUMENT_PART.fullmatch(path)
    if document:
        return document_field_label(document)
    try:
        return FIELD_LABELS[FieldPath(path)]
    except ValueError:
        return path


def document_field_label(match: re.Match[str]) -> str:
    """'Document 2, status 3, date' for ``documents[1].history[2].date``."""
    words = [f"Document {int(match.group(1)) + 1}"]
    if match.group(2) is not None:
        words.append(f"status {int(match.group(2)) + 1}")
    if match.group(3) is not None:
        words.append(DOCUMENT_FIELD_LABELS.get(match.group(3), match.group(3)))
    return ", ".join(words)
