"""One bad answer row (a bit flip, an edit in another tool) never takes down the other profiles:
the list works, and that profile opens with the field not answered and marked "could not be
read", on the command line and in the wizard."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.profile import Applicant, Profile
from app.store import open_store, store_path
from tests.store_helpers import every_field_profile

# What another tool or a bit flip can leave in an answer row: (field path, SQL value).
BAD_ROWS = {
    "bad JSON": ("exams.step2_ck.score", "'{\"score\": 24'"),
    "a 5,000-digit number": ("exams.step2_ck.score", "'" + "9" * 5000 + "'"),
    "a blob, not text": ("exams.step2_ck.score", "X'00ff00ff'"),
    "a lone surrogate": ("exams.step2_ck.score", "'\"\\ud800\"'"),
    "a field no profile has": ("exams.step9.score", "'241'"),
}


def damage_one_row(data_dir: Path, profile_id: int, path: str, sql_value: str) -> None:
    with sqlite3.connect(store_path(data_dir)) as conn:
        conn.execute(
            f"INSERT OR REPLACE INTO answers (profile_id, field_path, value_json) "
            f"VALUES (?, ?, {sql_value})",
            (profile_id, path),
        )
    conn.close()


@pytest.fixture
def two_profiles(data_dir: Path) -> tuple[int, int]:
    with open_store(data_dir) as store:
        damaged = store.create_profile(every_field_profile()).id
        healthy = store.create_profile(Profile(applicant=Applicant(full_name="Ana Lima"))).id
    return damaged, healthy


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("kind", sorted(BAD_ROWS))
def test_one_bad_answer_row_is_not_answered_and_marked_while_the_rest_works(
    kind: str, two_profiles: tuple[int, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged, healthy = two_profiles
    path, sql_value = BAD_ROWS[kind]
    damage_one_row(data_dir, damaged, path, sql_value)

    code, out, err = run(capsys, "profiles", "list")
    assert code == 0 and "Ana Lima" in out and "José Núñez" in out, err

    with open_store(data_dir) as store:
        assert store.recovery_notice is None  # a bad row is not a damaged file
        stored = store.get_profile(damaged)
        assert stored.unreadable_fields == [path]
        assert stored.profile.applicant == every_field_profile().applicant  # the rest is there
        if path == "exams.step2_ck.score":
            assert stored.profile.exams.step2_ck.score is None
        assert path not in store.get_answers(damaged)
        assert store.get_profile(healthy).unreadable_fields == []

    code, out, err = run(capsys, "profiles", "show", str(damaged))
    assert code == 0
    assert f"{path}: (could not be read" in out
    assert "1 saved answer(s) of profile 1 could not be read" in err


def test_answering_a_field_that_could_not_be_read_replaces_the_bad_row(
    two_profiles: tuple[int, int], data_dir: Path
) -> None:
    damaged, _ = two_profiles
    damage_one_row(data_dir, damaged, "exams.step2_ck.score", "'{oops'")
    with open_store(data_dir) as store:
        store.save_answer(damaged, "exams.step2_ck.score", 250)
        stored = store.get_profile(damaged)
    assert stored.unreadable_fields == []
    assert stored.profile.exams.step2_ck.score == 250


def test_the_wizard_says_in_one_line_which_answers_could_not_be_read_until_answered(
    qtbot, two_profiles: tuple[int, int], data_dir: Path
) -> None:
    from tests.ui_support import open_wizard
    from ui.wizard import PageId

    damaged, _ = two_profiles
    damage_one_row(data_dir, damaged, "applicant.email", "'\"half an addr'")
    with open_store(data_dir) as store:
        wizard = open_wizard(qtbot, store, damaged, with_directory=False)
        session = wizard.session
        assert session.could_not_be_read("applicant.email")
        assert session.value("applicant.email") is None
        banner = wizard.pages[PageId.APPLICANT].banner
        assert banner.isVisible() and banner.unreadable_note.isVisible()
        note = banner.unreadable_note.text()
        assert "1 saved answer(s) could not be read (applicant.email)" in note
        assert not banner.retry_button.isVisible()  # nothing failed to save
        session.set_answer("applicant.email", "jose@example.org", save_now=True)
        assert not session.could_not_be_read("applicant.email")
        assert not banner.isVisible()
        assert store.get_answers(damaged)["applicant.email"] == "jose@example.org"
        wizard.close()
