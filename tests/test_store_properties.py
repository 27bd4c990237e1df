"""Whatever the wizard hands to autosave comes back exactly as typed (property-based)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import Autosaver, open_store
from app.store.answers import known_paths

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answers=st.dictionaries(st.sampled_from(sorted(known_paths())), json_values, max_size=6))
def test_any_answer_typed_is_read_back_exactly_and_reading_never_fails(
    answers: dict[str, object], tmp_path: Path
) -> None:
    with open_store(tmp_path / "store") as store:
        profile_id = store.create_profile().id
        saver = Autosaver(store, profile_id)
        for path, value in answers.items():
            assert saver.save(path, value).ok
        assert store.get_answers(profile_id) == answers
        store.get_profile(profile_id)  # lenient reading copes with anything saved
        store.list_profiles()
