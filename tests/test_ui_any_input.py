"""Whatever lands in a field — pasted text in any script, digits out of range, half a date — the
wizard explains or ignores it, never crashes, and keeps it saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import open_store
from tests.ui_support import QT_WARNINGS_FAIL, open_wizard

pytestmark = QT_WARNINGS_FAIL

pasted = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40) | st.from_regex(
    r"-?[0-9]{1,6}([.,-][0-9]{0,4})*", fullmatch=True
)


@pytest.fixture
def wizard(qtbot, data_dir: Path):
    with open_store(data_dir) as store:
        yield open_wizard(qtbot, store, store.create_profile().id, with_directory=False)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=pasted, which=st.integers(min_value=0, max_value=10_000))
def test_pasting_anything_into_any_field_never_crashes_and_is_kept(wizard, text, which):
    bindings = [
        binding
        for page in wizard.pages.values()
        for builder in _builders(page)
        for binding in builder.bindings.values()
        if hasattr(binding, "edit")
    ]
    binding = bindings[which % len(bindings)]
    binding.edit.setText(text)  # a paste, past the keyboard's validator
    binding.edit.editingFinished.emit()  # and the user moves on
    shown = binding.message.text()
    saved = wizard.session.store.get_answers(wizard.session.profile_id).get(binding.path)
    assert saved == wizard.session.value(binding.path)  # what the window holds is what is saved
    if wizard.session.problems_at(binding.path):
        assert shown  # a problem is always explained at the field


def _builders(page):
    for name in ("fields", "studies_fields", "sponsor_fields", "app_fields"):
        builder = getattr(page, name, None)
        if isinstance(builder, dict):
            yield from builder.values()
        elif builder is not None:
            yield builder
