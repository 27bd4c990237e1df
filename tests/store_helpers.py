"""Shared builders for the store's tests: a profile with every field answered."""

from __future__ import annotations

import datetime as dt

from app.profile import (
    Applicant,
    Application,
    ClinicalSkills,
    Education,
    Exams,
    OetSitting,
    Profile,
    School,
    Step1,
    Step2CK,
    Step2CS,
)


def every_field_profile() -> Profile:
    """A profile with every field answered, names in several scripts."""
    return Profile(
        applicant=Applicant(
            full_name="José Núñez-محمد 王伟",
            usmle_id="5-123-456-7",
            email="jose@example.org",
            citizenship="MX",
        ),
        target_match_year=2027,
        school=School(
            name="Universidad Nacional Autónoma de México",
            country="MX",
            city="Ciudad de México",
            directory_id="F0000578",
            canadian=False,
            sponsor_note="Graduation Year: 1980 - Current",
        ),
        education=Education(
            status="graduate",
            graduation_date=dt.date(2024, 6, 30),
            credit_years=4.5,
            transferred_credit_years=1.0,
            diploma_title="Médico Cirujano",
            diploma_received=True,
            transcript_received=False,
            documents_in_english=False,
            translations_ready=True,
        ),
        exams=Exams(
            step1=Step1(result="pass", date=dt.date(2023, 3, 1), attempts=1),
            step2_ck=Step2CK(result="pass", score=241, date=dt.date(2024, 2, 14), attempts=2),
            step2_cs=Step2CS(result="not_taken", date=None),
        ),
        clinical_skills=ClinicalSkills(
            pathway=6,
            pathway_status="applied",
            pathway_cycle=2027,
            oet=[
                OetSitting(dt.date(2024, 9, 7), 360, 350, 300, 370),
                OetSitting(dt.date(2025, 1, 18), 400, 390, 350, 410),
            ],
        ),
        application=Application(ecfmg_application_submitted=True),
    )
