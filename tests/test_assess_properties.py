"""Property tests: evaluate never raises on a schema-valid profile, on any date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from profile_strategies import profile_documents

from app.checklist import ITEM_IDS, Overall, Status
from app.engine.evaluate import evaluate
from app.engine.verdicts import STANDING_NOTES
from app.profile import read_profile
from app.rules import load_ruleset

RULES = load_ruleset()


@settings(max_examples=300, deadline=None)
@given(document=profile_documents, as_of=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)))
def test_evaluate_never_raises_and_always_gives_every_item(document, as_of):
    profile, _ = read_profile(document, as_of)
    checklist = evaluate(profile, RULES, as_of)
    assert tuple(item.id for item in checklist.items) == ITEM_IDS
    for item in checklist.items:
        assert item.reason.strip()
        assert item.source.startswith("https://")
        assert not (item.blocking and item.status is not Status.NOT_MET)
        # A verdict resting on less than an official page says so beside it.
        assert (
            item.confirmed
            or item.status in (Status.NOT_APPLICABLE, Status.NEEDS_INFO)
            or STANDING_NOTES[item.standing] in item.next_step
        )
    if checklist.overall is Overall.READY:
        assert all(i.status in (Status.MET, Status.NOT_APPLICABLE) for i in checklist.items)


@settings(max_examples=100, deadline=None)
@given(document=profile_documents)
def test_evaluate_is_pure_same_input_same_output(document):
    as_of = dt.date(2026, 11, 25)
    profile, _ = read_profile(document, as_of)
    assert evaluate(profile, RULES, as_of) == evaluate(profile, RULES, as_of)
