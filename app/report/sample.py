"""A complete example profile, for screenshots, benchmarks and a preview of the checklist."""

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

# Names and schools in the scripts the checklist must draw, each with the country it goes with.
SAMPLE_NAMES: dict[str, tuple[str, str, str, str]] = {
    "latin": (
        "José Núñez Ødegård",
        "Universidad Nacional Autónoma de México",
        "Ciudad de México",
        "MX",
    ),
    "cyrillic": ("Дмитрий Иванов", "Первый МГМУ имени И. М. Сеченова", "Москва", "RU"),
    "greek": (
        "Αλέξανδρος Παπαδόπουλος",
        "Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών",
        "Αθήνα",
        "GR",
    ),
    "arabic": ("محمد عبد الله", "جامعة القاهرة كلية الطب", "القاهرة", "EG"),
    "hebrew": ("דוד כהן", "האוניברסיטה העברית בירושלים", "ירושלים", "IL"),
    "devanagari": ("राहुल कुमार शर्मा", "अखिल भारतीय आयुर्विज्ञान संस्थान", "नई दिल्ली", "IN"),
    "bengali": ("অমিত কুমার দাস", "ঢাকা মেডিকেল কলেজ", "ঢাকা", "BD"),
    "chinese": ("王伟", "北京大学医学部", "北京", "CN"),
    "korean": ("김민준", "서울대학교 의과대학", "서울", "KR"),
    "japanese": ("田中 太郎", "東京大学医学部", "東京", "JP"),
}


def sample_profile(script: str = "latin") -> Profile:
    """A graduate part-way through: Step 1 passed, Step 2 CK booked, OET taken, Pathway applied."""
    name, school, city, country = SAMPLE_NAMES[script]
    return Profile(
        applicant=Applicant(
            full_name=name,
            usmle_id="5-123-456-7",
            email="applicant@example.org",
            citizenship=country,
        ),
        target_match_year=2027,
        school=School(
            name=school,
            country=country,
            city=city,
            directory_id="F0000578",
            canadian=False,
            sponsor_note=(
                "Students and graduates of this medical school are eligible to apply to ECFMG "
                "for ECFMG Certification. Graduation Year: 1980 - Current"
            ),
        ),
        education=Education(
            status="graduate",
            graduation_date=dt.date(2024, 6, 30),
            credit_years=5.0,
            transferred_credit_years=0.0,
            diploma_title="Médico Cirujano",
            diploma_received=True,
            transcript_received=True,
            documents_in_english=False,
            translations_ready=None,
        ),
        exams=Exams(
            step1=Step1(result="pass", date=dt.date(2025, 3, 14), attempts=1),
            step2_ck=Step2CK(result="scheduled", date=dt.date(2026, 12, 10), attempts=0),
            step2_cs=Step2CS(result="not_taken"),
        ),
        clinical_skills=ClinicalSkills(
            pathway=3,
            pathway_status="applied",
            oet=[
                OetSitting(
                    test_date=dt.date(2026, 5, 16),
                    listening=360,
                    reading=380,
                    writing=340,
                    speaking=370,
                )
            ],
        ),
        application=Application(ecfmg_application_submitted=True),
    )
