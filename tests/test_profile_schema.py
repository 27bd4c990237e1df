"""data/profile.schema.json describes format v1, data/profile-v2.schema.json format v2: the
examples and generated profiles match the schema of their version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from profile_builder import FIXTURES, changed, fixture_dict
from profile_strategies import profile_documents

jsonschema = pytest.importorskip("jsonschema")

DATA = Path(__file__).parents[1] / "data"
SCHEMA = json.loads((DATA / "profile.schema.json").read_text(encoding="utf-8"))
SCHEMA_V2 = json.loads((DATA / "profile-v2.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
VALIDATORS = {1: VALIDATOR, 2: jsonschema.Draft202012Validator(SCHEMA_V2)}


def test_the_schemas_themselves_are_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator.check_schema(SCHEMA_V2)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.name)
def test_every_example_profile_matches_the_schema_of_its_version(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    VALIDATORS[document["version"]].validate(document)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("exams.step2_ck.score", 400),
        ("clinical_skills.oet[0].writing", 505),
        ("version", 3),
        ("education.graduation_date", "28/06/2025"),
        ("exams.step1.result", "passed"),
    ],
)
def test_schema_refuses_what_the_reader_refuses(path, value):
    assert not VALIDATORS[2].is_valid(changed(fixture_dict("fresh_graduate"), {path: value}))


@settings(max_examples=100, deadline=None)
@given(document=profile_documents)
def test_generated_profiles_used_by_the_property_tests_are_schema_valid(document):
    VALIDATOR.validate(document)
