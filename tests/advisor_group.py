"""Groups of realistic applicants for the advisor tests and benchmarks: the example fixtures,
varied the way an office's applicants vary (names in many scripts, schools, target Matches,
scores, OET sittings, answers not given yet), reproducible from a seed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

from app.profile import OetSitting, Profile, read_profile

FIXTURES = Path(__file__).parent / "fixtures"
BASES = ("fresh_graduate", "oet_retaker", "step2cs_holder", "student", "canadian_2024_graduate")
AS_OF = dt.date(2026, 11, 25)

GIVEN = (
    "Amira", "Wei", "João", "Priya", "Émilie", "Dmitri", "Fatima", "Kwame", "Nguyễn", "Olga",
    "Ahmed", "Mei", "Carlos", "Aisha", "Ravi", "Sofía", "Yusuf", "Hana", "Mateus", "Chidi",
    "Мария", "محمد", "प्रिया", "김", "Zeynep", "Ana", "Li", "Kofi", "Leila", "Tomás",
)  # fmt: skip
FAMILY = (
    "Hassan", "Zhang", "Silva", "Raghunathan", "Tremblay", "Volkov", "Okafor", "Mensah",
    "Văn An", "Petrova", "Khan", "Chen", "García", "Bello", "Sharma", "López", "Demir", "Sato",
    "Lima", "Eze", "Иванова", "الأحمد", "शर्मा", "민준", "Kaya", "Costa", "Wang", "Boateng",
)  # fmt: skip


def base_profiles() -> dict[str, Profile]:
    found = {}
    for name in BASES:
        data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
        found[name] = read_profile(data, AS_OF)[0]
    return found


def group_profiles(count: int, seed: int = 15) -> list[Profile]:
    """``count`` applicants, each one of the fixtures with changes; about one in eight leaves
    a few answers open, one in ten has no target Match yet."""
    rng = random.Random(seed)
    bases = base_profiles()
    profiles = []
    for number in range(count):
        base = bases[rng.choice(BASES)]
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {number:05d}"
        applicant = dataclasses.replace(base.applicant, full_name=name)
        exams = dataclasses.replace(
            base.exams,
            step2_ck=dataclasses.replace(base.exams.step2_ck, score=rng.randint(185, 270)),
        )
        education = dataclasses.replace(base.education)
        if base.education.status == "graduate":
            year = rng.randint(2015, 2025)
            education.graduation_date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        skills = dataclasses.replace(base.clinical_skills, oet=_sittings(rng, base))
        target = rng.choice((2026, 2027, 2027, 2028, 2029, None if rng.random() < 0.5 else 2027))
        profile = dataclasses.replace(
            base,
            applicant=applicant,
            exams=exams,
            education=education,
            clinical_skills=skills,
            target_match_year=target,
        )
        if rng.random() < 0.125:
            profile = _with_answers_open(profile, rng)
        profiles.append(profile)
    return profiles


def _sittings(rng: random.Random, base: Profile) -> list[OetSitting]:
    if not base.clinical_skills.oet:
        return []
    return [
        dataclasses.replace(sitting, writing=rng.choice((290, 300, 310, 350, 400)))
        for sitting in base.clinical_skills.oet
    ]


def _with_answers_open(profile: Profile, rng: random.Random) -> Profile:
    education = dataclasses.replace(profile.education, diploma_title=None)
    exams = profile.exams
    if rng.random() < 0.5:
        exams = dataclasses.replace(exams, step1=dataclasses.replace(exams.step1, result=None))
    return dataclasses.replace(profile, education=education, exams=exams)


def fill_store(store: Any, profiles: list[Profile]) -> list[int]:
    """Save the profiles in one transaction (as a roster import does); their numbers."""
    from app.store import answers as answer_codec
    from app.store.batch import insert_profiles

    entries = [(str(n), answer_codec.answered_leaves(p)) for n, p in enumerate(profiles)]
    inserted, _taken = insert_profiles(store, entries)
    return [number for _source, number, _name in inserted]


def write_profile_files(folder: Path, profiles: list[Profile]) -> list[Path]:
    """Each profile as an exported file (the current format) in ``folder``."""
    from app.profile import profile_to_dict

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, profile in enumerate(profiles):
        path = folder / f"applicant-{number:05d}.json"
        path.write_text(json.dumps(profile_to_dict(profile), ensure_ascii=False), "utf-8")
        paths.append(path)
    return paths
