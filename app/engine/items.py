"""One typed home for what every surface names: checklist item ids, their areas and titles, and
the profile field paths. The engine, the wizard, the PDF and the CLI all use these members;
none of them spells an item id as a string of its own."""

from __future__ import annotations

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
    ItemId.APPLICATION: "Application for ECFMG Certification submitted",
}

ITEM_IDS: tuple[ItemId, ...] = tuple(ItemId)


class FieldPath(StrEnum):
    """Paths of the profile's answers, as the JSON format and the validation messages name them.
    OET sittings are a list: ``FieldPath.oet_sitting(0, "writing")``."""

    TARGET_MATCH_YEAR = "target_match_year"
    FULL_NAME = "applicant.full_name"
    USMLE_ID = "applicant.usmle_id"
    EMAIL = "applicant.email"
    CITIZENSHIP = "applicant.citizenship"
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

    @staticmethod
    def oet_sitting(index: int, name: str) -> str:
        return f"{FieldPath.OET.value}[{index}].{name}"
