"""data/profile.schema.json describes format v1: the examples and generated profiles match it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from profile_builder import FIXTURES, changed, fixture_dict
from profile_strategies import profile_documents

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "data" / "profile.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_the_schema_itself_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.name)
def test_every_example_profile_matches_the_schema(path):
    VALIDATOR.validate(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("exams.step2_ck.score", 400),
        ("clinical_skills.oet[0].writing", 505),
        ("version", 2),
        ("education.graduation_date", "28/06/2025"),
        ("exams.step1.result", "passed"),
    ],
)
def test_schema_refuses_what_the_reader_refuses(path, value):
    assert not VALIDATOR.is_valid(changed(fixture_dict("fresh_graduate"), {path: value}))


@settings(max_examples=100, deadline=None)
@given(document=profile_documents)
def test_generated_profiles_used_by_the_property_tests_are_schema_valid(document):
    VALIDATOR.validate(document)
