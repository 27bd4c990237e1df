"""evaluate() time per profile over 10,000 generated profiles (the first row of `make bench`).

Baseline: reading the same profiles from JSON dicts (read_profile), measured in the same run.
Target: 2 ms per profile, well under one 16 ms frame, since the wizard re-evaluates as you type.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from typing import Any

from app.engine.evaluate import evaluate
from app.profile import read_profile
from app.rules import load_ruleset

COUNT = 10_000
AS_OF = dt.date(2026, 11, 25)
NOTES = [
    None,
    "",
    "Graduation Year: 1980 - Current",
    "ECFMG Sponsor Note: Students and graduates of this medical school are eligible.\n"
    "Graduation Year: 1950 - 1970, 1990 - Current",
    "Students and graduates of this medical school are NOT eligible",
]


def _date(rng: random.Random, start: int, end: int) -> str | None:
    if rng.random() < 0.1:
        return None
    day = dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange((end - start) * 365))
    return day.isoformat()


def generated_profile(rng: random.Random) -> dict[str, Any]:
    """A plausible profile: every answer drawn independently, some left unanswered."""

    def pick(*options: Any) -> Any:
        return rng.choice(options)

    return {
        "format": "img-readiness-profile",
        "version": 1,
        "applicant": {"full_name": "Test Applicant", "citizenship": pick("EG", "IN", None)},
        "target_match_year": pick(2025, 2026, 2027, 2028, None),
        "school": {
            "country": pick("EG", "IN", "CA", "BR", None),
            "canadian": pick(False, True, None),
            "directory_id": "F0000578",
            "sponsor_note": pick(*NOTES),
        },
        "education": {
            "status": pick("student", "graduate", None),
            "graduation_date": _date(rng, 2010, 2026),
            "credit_years": pick(3, 4, 5.5, 6, None),
            "diploma_title": pick("MBBS", "Doctor of Medicine", None),
            "diploma_received": pick(True, False, None),
            "transcript_received": pick(True, False, None),
            "documents_in_english": pick(True, False, None),
            "translations_ready": pick(True, False, None),
        },
        "exams": {
            "step1": {
                "result": pick("pass", "fail", "not_taken", None),
                "date": _date(rng, 2015, 2026),
                "attempts": pick(1, 2, 4, None),
            },
            "step2_ck": {
                "result": pick("pass", "fail", None),
                "score": rng.randint(190, 270),
                "date": _date(rng, 2015, 2026),
                "attempts": pick(1, 2, 3, None),
            },
            "step2_cs": {"result": pick("pass", "fail", "not_taken", None)},
        },
        "clinical_skills": {
            "pathway": pick(1, 3, 6, None),
            "pathway_status": pick("applied", "approved", "not_started", None),
            "oet": [
                {
                    "test_date": _date(rng, 2021, 2026),
                    "listening": rng.randint(280, 450),
                    "reading": rng.randint(280, 450),
                    "writing": rng.randint(260, 420),
                    "speaking": rng.randint(280, 450),
                }
                for _ in range(rng.randint(0, 3))
            ],
        },
        "application": {"ecfmg_application_submitted": pick(True, False, None)},
    }


def _per_call_ms(fn: Any, items: list[Any]) -> list[float]:
    samples = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        samples.append((time.perf_counter() - start) * 1000.0)
    return samples


def test_evaluate_per_profile(bench):
    rng = random.Random(20261125)
    documents = [generated_profile(rng) for _ in range(COUNT)]
    ruleset = load_ruleset()
    read_ms = _per_call_ms(lambda d: read_profile(d, AS_OF), documents)
    profiles = [read_profile(d, AS_OF)[0] for d in documents]
    for profile in profiles[:50]:  # warm up caches
        evaluate(profile, ruleset, AS_OF)
    evaluate_ms = _per_call_ms(lambda p: evaluate(p, ruleset, AS_OF), profiles)
    row = bench.record(
        "evaluate() per profile (10,000 generated)",
        evaluate_ms,
        unit="ms",
        target=2.0,
        baseline=read_ms,
    )
    assert row.median is not None


def test_plan_per_profile(bench):
    """plan() per profile: evaluate() plus the dated steps; baseline evaluate() alone."""
    from app.plan import plan

    rng = random.Random(20261202)
    profiles = [read_profile(generated_profile(rng), AS_OF)[0] for _ in range(2_000)]
    ruleset = load_ruleset()
    for profile in profiles[:50]:
        plan(profile, ruleset, AS_OF)
    evaluate_ms = _per_call_ms(lambda p: evaluate(p, ruleset, AS_OF), profiles)
    plan_ms = _per_call_ms(lambda p: plan(p, ruleset, AS_OF), profiles)
    row = bench.record(
        "plan() per profile (2,000 generated)",
        plan_ms,
        unit="ms",
        target=1.0,
        baseline=evaluate_ms,
    )
    assert row.median is not None
