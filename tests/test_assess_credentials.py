"""Credit years, diploma, transcript, translations and the ECFMG application."""

from __future__ import annotations

import pytest
from profile_builder import AS_OF, assess, fixture_dict

from app.checklist import Overall, Status
from app.engine.evaluate import evaluate
from app.profile import read_profile
from app.rules import load_ruleset


@pytest.mark.parametrize(
    ("credit", "status"), [(4, Status.MET), (3.5, Status.NOT_MET), (None, Status.NEEDS_INFO)]
)
def test_graduate_needs_four_credit_years(credit, status):
    item = assess(education__credit_years=credit).item("credentials.credit_years")
    assert item.status is status
    if credit is not None:
        assert f"You have {credit:g} credit years" in item.reason


def test_student_short_of_four_credit_years_is_still_under_way():
    item = assess("student", education__credit_years=3).item("credentials.credit_years")
    assert item.status is Status.PENDING


def test_implausible_credit_years_are_questioned():
    data = fixture_dict("fresh_graduate")
    data["education"]["credit_years"] = 40
    profile, _ = read_profile(data)
    item = evaluate(profile, load_ruleset(), AS_OF).item("credentials.credit_years")
    assert item.status is Status.NEEDS_INFO and "40" in item.reason


def test_a_never_eligible_diploma_title_blocks():
    checklist = assess(education__diploma_title="Bachelor of Ayurvedic Medicine and Surgery")
    item = checklist.item("credentials.diploma")
    assert item.status is Status.NOT_MET and item.blocking
    assert checklist.overall is Overall.NOT_ELIGIBLE


@pytest.mark.parametrize(
    ("received", "title", "status"),
    [
        (True, "Médico Cirujano", Status.MET),
        (True, None, Status.NEEDS_INFO),
        (False, None, Status.PENDING),
        (None, None, Status.NEEDS_INFO),
    ],
)
def test_diploma_received_with_its_exact_title(received, title, status):
    item = assess(education__diploma_received=received, education__diploma_title=title).item(
        "credentials.diploma"
    )
    assert item.status is status


def test_student_diploma_comes_at_graduation():
    assert assess("student").item("credentials.diploma").status is Status.PENDING


@pytest.mark.parametrize(
    ("received", "status"),
    [(True, Status.MET), (False, Status.PENDING), (None, Status.NEEDS_INFO)],
)
def test_transcript(received, status):
    item = assess(education__transcript_received=received).item("credentials.transcript")
    assert item.status is status


@pytest.mark.parametrize(
    ("in_english", "ready", "status"),
    [
        (True, None, Status.NOT_APPLICABLE),
        (False, True, Status.MET),
        (False, False, Status.NOT_MET),
        (False, None, Status.NEEDS_INFO),
        (None, None, Status.NEEDS_INFO),
    ],
)
def test_translations_only_for_documents_not_in_english(in_english, ready, status):
    item = assess(
        education__documents_in_english=in_english, education__translations_ready=ready
    ).item("credentials.translations")
    assert item.status is status


@pytest.mark.parametrize(
    ("submitted", "status", "overall"),
    [
        (True, Status.MET, Overall.READY),
        (False, Status.NOT_MET, Overall.NOT_READY),
        (None, Status.NEEDS_INFO, Overall.INCOMPLETE),
    ],
)
def test_application_submitted(submitted, status, overall):
    checklist = assess(application__ecfmg_application_submitted=submitted)
    assert checklist.item("application.submitted").status is status
    assert checklist.overall is overall
