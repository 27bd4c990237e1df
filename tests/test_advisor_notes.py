"""An advisor keeps a dated note on each applicant: kept with the profile and in its export,
shown in the table, never mixed into the applicant's own answers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.store.batch import import_sources
from app.store.notes import (
    NoteProblem,
    export_profile_with_note,
    note_of,
    notes_by_profile,
    set_note,
)

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_note_is_kept_dated_changed_and_removed(store) -> None:
    profile_id = store.import_profile(FIXTURES / "student.json").id
    assert note_of(store, profile_id) is None
    before = dt.datetime.now(dt.UTC)
    kept = set_note(store, profile_id, "  Called on Monday.\nDiploma on its way.  ")
    assert kept is not None and kept.text == "Called on Monday.\nDiploma on its way."
    assert kept.dated >= before - dt.timedelta(seconds=1)
    assert note_of(store, profile_id) == kept
    set_note(store, profile_id, "Diploma arrived.")
    assert note_of(store, profile_id).text == "Diploma arrived."
    assert set_note(store, profile_id, "   ") is None
    assert note_of(store, profile_id) is None


def test_a_note_too_long_or_holding_a_control_character_is_refused(store) -> None:
    profile_id = store.import_profile(FIXTURES / "student.json").id
    with pytest.raises(NoteProblem, match="at most 5,000"):
        set_note(store, profile_id, "x" * 5001)
    with pytest.raises(NoteProblem, match="remove it"):
        set_note(store, profile_id, "clear screen \x1b[2J")
    assert note_of(store, profile_id) is None


def test_the_note_is_not_one_of_the_applicants_answers(store) -> None:
    profile_id = store.import_profile(FIXTURES / "student.json").id
    answers_before = store.get_answers(profile_id)
    edited_before = store.get_profile(profile_id).updated_at
    set_note(store, profile_id, "Met at the fair")
    stored = store.get_profile(profile_id)
    assert store.get_answers(profile_id) == answers_before
    assert stored.unreadable_fields == [] and stored.updated_at == edited_before


def test_the_note_travels_in_the_export_and_comes_back_with_its_date(store, tmp_path) -> None:
    profile_id = store.import_profile(FIXTURES / "student.json").id
    kept = set_note(store, profile_id, "Needs a translator for the transcript")
    folder = tmp_path / "exports"
    folder.mkdir()
    path = export_profile_with_note(store, profile_id, folder / "priya.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["advisor_note"] == kept.to_dict()
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == ["priya.json"]  # no draft left beside it
    outcome = import_sources(store, [path])
    again = outcome.imported[0].profile_id
    assert note_of(store, again) == kept  # the same text and the same date


def test_a_note_left_by_a_purged_profile_never_shows_on_the_profile_given_its_number(
    store,
) -> None:
    from sqlalchemy import delete

    from app.store.models import StoredProfileRow

    first = store.import_profile(FIXTURES / "student.json").id
    set_note(store, first, "About Priya")
    with store._writing() as conn:  # purged 30 days after a delete
        conn.execute(delete(StoredProfileRow).where(StoredProfileRow.id == first))
    second = store.import_profile(FIXTURES / "fresh_graduate.json").id
    assert second == first  # SQLite gives the number again
    assert note_of(store, second) is None and notes_by_profile(store) == {}


def test_the_command_line_shows_sets_and_removes_a_note(
    store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.import_profile(FIXTURES / "student.json")
    assert main(["profiles", "note", "Priya Raghunathan"]) == 0
    assert capsys.readouterr().out == "No advisor note on Priya Raghunathan.\n"
    assert main(["profiles", "note", "Priya Raghunathan", "Call back\nin January"]) == 0
    out = capsys.readouterr().out
    assert (
        out.startswith("Advisor's note on Priya Raghunathan (") and "Call back\nin January" in out
    )
    assert main(["profiles", "note", "1", ""]) == 0
    assert capsys.readouterr().out == "Note removed from Priya Raghunathan.\n"
    assert main(["profiles", "note", "1", "x" * 5001]) == 2
    assert "at most 5,000" in capsys.readouterr().err


def test_the_note_is_shown_in_the_table_and_written_from_the_chooser(qtbot, store) -> None:
    from tests.ui_support import assert_keys_unique_and_controls_named
    from ui.profile_chooser import ProfileChooser
    from ui.profile_table import NOTE

    profile_id = store.import_profile(FIXTURES / "student.json").id
    chooser = ProfileChooser()
    qtbot.addWidget(chooser)
    chooser.show_profiles(store)
    chooser.show()
    qtbot.mouseClick(chooser.buttons["note"], qtbot_left())
    dialog = chooser.note_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Advisor's note"
    assert_keys_unique_and_controls_named(dialog, dialog.edit)
    dialog.edit.setPlainText("Waiting for the Pathway letter")
    dialog.accept()
    assert note_of(store, profile_id).text == "Waiting for the Pathway letter"
    index = chooser.table.model().index(0, NOTE)
    shown = index.data()
    assert shown.startswith("Waiting for the Pathway letter (") and shown.endswith(")")
    assert chooser.undo_message.text() == "Note kept on “Priya Raghunathan”."
    chooser.table.stop_filling()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_command_line_export_carries_the_note(tmp_path, capsys, data_dir):
    import json as json_module

    from app.cli import main
    from app.profile import Applicant, Profile
    from app.store import open_store
    from app.store.notes import set_note

    with open_store(data_dir) as store:
        stored = store.create_profile(Profile(applicant=Applicant(full_name="Ana Lima")))
        set_note(
            store, stored.id, "Waiting for the transcript", dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
        )
    target = tmp_path / "ana.json"
    assert main(["profiles", "export", "Ana Lima", str(target)]) == 0
    assert json_module.loads(target.read_text(encoding="utf-8"))["advisor_note"]["text"] == (
        "Waiting for the transcript"
    )
