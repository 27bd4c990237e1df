"""Profile format version 2: a version 1 file is read and upgraded, every file is written as
version 2, and the identifiers and documents keep what the applicant typed, checked."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profile_builder import FIXTURES, changed, fixture_dict

from app.engine.evaluate import evaluate
from app.profile import (
    DOCUMENT_KINDS,
    DOCUMENT_STATUSES,
    FORMAT_VERSION,
    Document,
    StatusEntry,
    profile_from_dict,
    profile_to_dict,
    read_profile,
)
from app.rules import load_ruleset

jsonschema = pytest.importorskip("jsonschema")

AS_OF = dt.date(2026, 11, 25)
SCHEMA_V2 = json.loads(
    (Path(__file__).parents[1] / "data" / "profile-v2.schema.json").read_text(encoding="utf-8")
)
V2 = jsonschema.Draft202012Validator(SCHEMA_V2)
V1_FIXTURES = sorted(
    p.stem for p in FIXTURES.glob("*.json") if json.loads(p.read_text("utf-8"))["version"] == 1
)

A_DIPLOMA = {
    "kind": "diploma",
    "name_as_printed": "María José García López",
    "language": "Spanish",
    "case_number": "C-7788-1234",
    "name_proof": None,
    "history": [
        {"status": "uploaded", "date": "2025-02-01", "reason": None},
        {"status": "sent_to_school", "date": "2025-02-15", "reason": None},
        {"status": "rejected", "date": "2025-10-03", "reason": "Sello ilegible\nresend it"},
        {"status": "resubmitted", "date": "2025-10-20", "reason": None},
    ],
}


def test_the_current_format_is_version_2() -> None:
    assert FORMAT_VERSION == 2


@pytest.mark.parametrize("name", V1_FIXTURES)
def test_a_version_1_file_is_read_and_written_back_as_version_2_with_nothing_lost(name: str):
    v1 = fixture_dict(name)
    profile = profile_from_dict(v1, AS_OF)
    v2 = profile_to_dict(profile)
    assert v2["version"] == 2
    assert v2["documents"] == [] and set(v2["identifiers"].values()) == {None}
    V2.validate(v2)
    # Every answer of the v1 file is in the v2 one, at the same path, with the same value.
    for section, answers in v1.items():
        if section in ("format", "version"):
            continue
        assert v2[section] == answers or all(v2[section][k] == v for k, v in answers.items()), (
            section
        )
    assert profile_from_dict(v2, AS_OF) == profile


def test_a_version_2_file_round_trips_unchanged() -> None:
    document = changed(
        fixture_dict("fresh_graduate"),
        {"identifiers.epic_id": "C-0123-4567", "identifiers.aamc_id": "12345678"},
    )
    document["documents"].append(A_DIPLOMA)
    V2.validate(document)
    profile = profile_from_dict(document, AS_OF)
    assert profile.documents[-1] == Document(
        kind="diploma",
        name_as_printed="María José García López",
        language="Spanish",
        case_number="C-7788-1234",
        history=[
            StatusEntry("uploaded", dt.date(2025, 2, 1)),
            StatusEntry("sent_to_school", dt.date(2025, 2, 15)),
            StatusEntry("rejected", dt.date(2025, 10, 3), "Sello ilegible\nresend it"),
            StatusEntry("resubmitted", dt.date(2025, 10, 20)),
        ],
    )
    assert profile_to_dict(profile) == document
    assert profile_from_dict(profile_to_dict(profile), AS_OF) == profile


def test_a_version_1_file_imported_into_the_store_is_exported_as_version_2(store, tmp_path):
    imported = store.import_profile(FIXTURES / "oet_retaker.json")
    exported = json.loads(store.export_profile(imported.id, tmp_path / "out.json").read_text())
    assert exported["version"] == 2 and exported["documents"] == []
    V2.validate(exported)
    assert profile_from_dict(exported, None) == imported.profile


def test_a_version_2_file_goes_through_the_store_and_back_unchanged(store, tmp_path):
    document = fixture_dict("fresh_graduate")
    document["documents"].append(A_DIPLOMA)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    imported = store.import_profile(source)
    exported = json.loads(store.export_profile(imported.id, tmp_path / "out.json").read_text())
    assert exported == document
    # The whole list is one answer, so adding a status is one save.
    assert store.get_answers(imported.id)["documents"] == document["documents"]


def test_a_file_from_a_newer_version_is_refused_naming_the_versions_read() -> None:
    _, problems = read_profile(changed(fixture_dict("student"), {"version": 3}))
    assert [str(p) for p in problems] == [
        "version: version 3 was written by a newer IMG Readiness; this version reads "
        "versions 1 or 2"
    ]


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("identifiers.aamc_id", "1234567", "an AAMC ID has 8 digits, like 12345678"),
        ("identifiers.aamc_id", "1234 5678 9", "an AAMC ID has 8 digits, like 12345678"),
        ("identifiers.epic_id", "C" * 31, "is 31 characters long; at most 30 are allowed"),
        ("identifiers.nrmp_id", "N0\t123", "holds a tab, which cannot be kept in this field"),
    ],
)
def test_identifiers_are_checked_where_a_format_is_known(path, value, message):
    _, problems = read_profile(changed(fixture_dict("fresh_graduate"), {path: value}))
    assert [p.field for p in problems] == [path]
    assert problems[0].message.startswith(message)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("identifiers.aamc_id", "1234 5678"),
        ("identifiers.intealth_id", "MI-0042-XYZ"),  # no published format: any short text
        ("identifiers.epic_id", "C-ABCD-1234"),
        ("identifiers.nrmp_id", "N0123456"),
    ],
)
def test_identifiers_without_a_published_format_take_any_short_text(path, value):
    assert read_profile(changed(fixture_dict("fresh_graduate"), {path: value}))[1] == []


def test_a_status_without_its_date_and_unknown_choices_are_named_by_their_place() -> None:
    document = fixture_dict("fresh_graduate")
    document["documents"] = [
        {"kind": "birth_certificate", "history": []},
        {"kind": "transcript", "history": [{"status": "lost"}, {"status": "uploaded"}]},
    ]
    _, problems = read_profile(document, AS_OF)
    assert [str(p) for p in problems] == [
        "documents[0].kind: 'birth_certificate' is not one of: " + ", ".join(DOCUMENT_KINDS),
        "documents[1].history[0].status: 'lost' is not one of: " + ", ".join(DOCUMENT_STATUSES),
        "documents[1].history[1].date: give the date this status was reached",
    ]


def test_a_document_list_of_the_wrong_shape_is_named_and_read_as_none() -> None:
    document = changed(fixture_dict("fresh_graduate"), {"documents": "passport"})
    profile, problems = read_profile(document)
    assert profile.documents == []
    assert [str(p) for p in problems] == ["documents: must be a list of documents"]


_entry = st.fixed_dictionaries(
    {
        "status": st.one_of(st.none(), st.sampled_from(DOCUMENT_STATUSES)),
        "date": st.one_of(st.none(), st.dates().map(dt.date.isoformat)),
        "reason": st.one_of(st.none(), st.text(max_size=30)),
    }
)
_document = st.fixed_dictionaries(
    {
        "kind": st.one_of(st.none(), st.sampled_from(DOCUMENT_KINDS)),
        "name_as_printed": st.one_of(st.none(), st.text(max_size=30)),
        "language": st.one_of(st.none(), st.text(max_size=10)),
        "case_number": st.one_of(st.none(), st.text(max_size=10)),
        "name_proof": st.one_of(st.none(), st.text(max_size=10)),
        "history": st.lists(_entry, max_size=4),
    }
)


@settings(max_examples=150, deadline=None)
@given(documents=st.lists(_document, max_size=4), as_of=st.dates())
def test_any_document_list_round_trips_and_is_judged_without_an_error(documents, as_of):
    source = fixture_dict("fresh_graduate")
    source["documents"] = documents
    profile, _ = read_profile(source, as_of)
    again, _ = read_profile(profile_to_dict(profile), as_of)
    assert again == profile
    checklist = evaluate(profile, load_ruleset(), as_of)
    assert len(checklist.items) == 15
