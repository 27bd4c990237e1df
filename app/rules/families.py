"""The rule families the engine reads, and the date that picks each one's row.

The data declares the same in its ``[families]`` table; the loader refuses a file whose
declaration differs, so a family picked by Match year is never read by a test date.
"""

from __future__ import annotations

from enum import StrEnum


class PickedBy(StrEnum):
    TEST_DATE = "test_date"  # an exam or OET date
    GRADUATION_DATE = "graduation_date"
    APPLICATION_DATE = "application_date"  # applying for the next attempt: the assessment date
    MATCH_YEAR = "match_year"  # the Match (and its Pathways cycle)
    ALWAYS = "always"


class Family(StrEnum):
    STEP2_CK_MINIMUM = "exams.step2_ck.minimum"
    ATTEMPT_LIMIT = "exams.attempt_limit"
    OET_MINIMUM = "clinical.oet.minimum"
    OET_WINDOW = "clinical.oet.window"
    PATHWAY_GRADUATION = "clinical.pathway_graduation"
    PATHWAY_VALIDITY = "clinical.pathway_validity"
    PATHWAYS_OFFERED = "clinical.pathways_offered"
    PATHWAYS_OPENS = "calendar.pathways_opens"
    PATHWAYS_DEADLINE = "calendar.pathways_deadline"
    PATHWAYS_CLOSE = "calendar.pathways_close"
    OET_LAST_TEST_DATE = "calendar.oet_last_test_date"
    ERAS_OPENS = "calendar.eras_opens"
    ERAS_SUBMIT = "calendar.eras_submit"
    ROL_DEADLINE = "calendar.rol_deadline"
    MATCH_DAY = "calendar.match_day"
    RESIDENCY_START = "calendar.residency_start"


ENGINE_FAMILIES: dict[str, PickedBy] = {
    Family.STEP2_CK_MINIMUM: PickedBy.TEST_DATE,
    Family.ATTEMPT_LIMIT: PickedBy.APPLICATION_DATE,
    Family.OET_MINIMUM: PickedBy.TEST_DATE,
    Family.OET_WINDOW: PickedBy.MATCH_YEAR,
    Family.PATHWAY_GRADUATION: PickedBy.MATCH_YEAR,
    Family.PATHWAY_VALIDITY: PickedBy.MATCH_YEAR,
    Family.PATHWAYS_OFFERED: PickedBy.MATCH_YEAR,
    **{
        family: PickedBy.MATCH_YEAR
        for family in Family
        if family.value.startswith("calendar.")
    },
}

# Single rules the engine reads by id: a rules file without any of them cannot be used.
REQUIRED_RULE_IDS: tuple[str, ...] = (
    "match.cycle",
    "eligibility.img_status",
    "school.sponsor_note",
    "school.graduation_year",
    "exams.step1.pass",
    "exams.step2_ck.pass",
    "exams.seven_year_limit",
    "clinical.requirement",
    "clinical.step2_cs",
    "clinical.pathways",
    "clinical.pathway_certificate_expiry",
    "credentials.credit_years",
    "credentials.diploma",
    "credentials.transcript",
    "credentials.translations",
    "credentials.verification",
    "credentials.name_match",
    "application.submitted",
)
