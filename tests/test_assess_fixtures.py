"""The example profiles other parts of the app rely on give the verdicts their names promise."""

from __future__ import annotations

import pytest
from profile_builder import assess

from app.checklist import Overall, Status


@pytest.mark.parametrize(
    ("name", "overall"),
    [
        ("fresh_graduate", Overall.READY),
        ("step2cs_holder", Overall.READY),
        ("canadian_2024_graduate", Overall.NOT_ELIGIBLE),
        # The 2028 Pathways open around August 2027: not applying yet is not a shortfall.
        ("student", Overall.INCOMPLETE),
        ("oet_retaker", Overall.INCOMPLETE),
    ],
)
def test_example_profile_overall_verdict(name, overall):
    assert assess(name).overall is overall


def test_student_has_exams_and_documents_under_way():
    checklist = assess("student")
    assert checklist.item("exams.step2_ck").status is Status.PENDING
    assert checklist.item("credentials.diploma").status is Status.PENDING
    pathway = checklist.item("clinical.pathway")
    assert pathway.status is Status.PENDING
    assert "opens around August 2027" in pathway.reason


def test_oet_retakers_first_sitting_alone_would_not_do():
    checklist = assess("oet_retaker", paths={"clinical_skills.oet": [
        {"test_date": "2025-03-08", "listening": 360, "reading": 370, "writing": 290,
         "speaking": 380}
    ]})  # fmt: skip
    item = checklist.item("clinical.oet")
    assert item.status is Status.NOT_MET
    assert "Writing 290 is below 300 for tests taken on or after 2022-04-01" in item.reason
