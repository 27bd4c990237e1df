"""Hypothesis strategies for schema-valid profile documents (data/profile.schema.json)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

_dates = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10),
    st.from_regex(r"\A\d{4}-\d{2}-\d{2}\Z"),  # shaped right, maybe impossible (2025-02-30)
)
_text = st.one_of(st.none(), st.text(max_size=40))
_bool = st.one_of(st.none(), st.booleans())


def _ints(low: int, high: int) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), st.integers(low, high))


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Present, null or absent: a field that is not answered may be missing altogether."""
    return st.one_of(st.just(...), st.none(), strategy)


def _object(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    def build(values: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in values.items() if v is not ...}

    return _maybe(st.fixed_dictionaries({k: _maybe(v) for k, v in fields.items()}).map(build))


_sponsor_notes = st.one_of(
    _text,
    st.sampled_from(
        [
            "",
            "Graduation Year: 1980 - Current",
            "Graduation Year: 1950 - 1970, 1990 - 2010",
            "Students and graduates of this medical school are NOT eligible",
            "Graduation Year:\n1975\n–\nCurrent",
        ]
    ),
)
_oet_sitting = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {
            "test_date": _dates,
            "listening": _ints(0, 500),
            "reading": _ints(0, 500),
            "writing": _ints(0, 500),
            "speaking": _ints(0, 500),
        }
    ),
)
_results = st.sampled_from(["pass", "fail", "scheduled", "not_taken", None])

profile_documents = st.fixed_dictionaries(
    {
        "format": st.just("img-readiness-profile"),
        "version": st.just(1),
        "applicant": _object(
            {
                "full_name": st.one_of(st.none(), st.text(min_size=1, max_size=20)),
                "citizenship": st.one_of(st.none(), st.sampled_from(["EG", "IN", "CA", "BR"])),
            }
        ),
        "target_match_year": _ints(2000, 2100),
        "school": _object(
            {
                "country": st.one_of(st.none(), st.sampled_from(["EG", "CA", "US", "in"])),
                "directory_id": st.one_of(st.none(), st.sampled_from(["F0000578", ""])),
                "canadian": _bool,
                "sponsor_note": _sponsor_notes,
            }
        ),
        "education": _object(
            {
                "status": st.sampled_from(["student", "graduate", None]),
                "graduation_date": _dates,
                "credit_years": st.one_of(st.none(), st.floats(0, 15), st.integers(0, 15)),
                "transferred_credit_years": st.one_of(st.none(), st.integers(0, 15)),
                "diploma_title": _text,
                "diploma_received": _bool,
                "transcript_received": _bool,
                "documents_in_english": _bool,
                "translations_ready": _bool,
            }
        ),
        "exams": _object(
            {
                "step1": _object({"result": _results, "date": _dates, "attempts": _ints(0, 20)}),
                "step2_ck": _object(
                    {
                        "result": _results,
                        "score": _ints(1, 300),
                        "date": _dates,
                        "attempts": _ints(0, 20),
                    }
                ),
                "step2_cs": _object(
                    {"result": st.sampled_from(["pass", "fail", "not_taken", None]), "date": _dates}
                ),
            }
        ),
        "clinical_skills": _object(
            {
                "pathway": _ints(1, 6),
                "pathway_status": st.sampled_from(
                    ["not_started", "applied", "approved", "rejected", None]
                ),
                "pathway_cycle": _ints(2000, 2100),
                "oet": st.one_of(st.none(), st.lists(_oet_sitting, max_size=3)),
            }
        ),
        "application": _object({"ecfmg_application_submitted": _bool}),
    }
).map(lambda d: {k: v for k, v in d.items() if v is not ...})
