"""Autosave: each answer is one short transaction; a failure is told plainly and nothing is lost.

Failures are real SQLite ones: a page limit gives "database or disk is full", query_only gives a
read-only database, and a second connection holding the write lock gives "database is locked".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from app.store import Autosaver, Store, StoreError, open_store


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with open_store(data_dir, busy_timeout_ms=100) as opened:
        yield opened


def on_every_connection(store: Store, pragma: str) -> None:
    """Apply a PRAGMA to every connection the store opens from now on."""
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda conn, _rec: conn.execute(pragma))


def saved_answers(path: Path, profile_id: int) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT field_path, value_json FROM answers WHERE profile_id = ?", (profile_id,)
        ).fetchall()
    return dict(rows)


def test_each_answer_is_in_the_file_as_soon_as_save_returns(store: Store) -> None:
    profile_id = store.create_profile().id
    saver = Autosaver(store, profile_id)
    assert saver.save("exams.step2_ck.score", 238).ok
    assert saver.save("education.graduation_date", "2024-06-30").ok
    # Read by a separate connection: committed, not only cached.
    assert saved_answers(store.path, profile_id) == {
        "exams.step2_ck.score": "238",
        "education.graduation_date": '"2024-06-30"',
    }


def test_a_value_that_fails_its_check_is_still_kept_as_typed(store: Store) -> None:
    profile_id = store.create_profile().id
    saver = Autosaver(store, profile_id)
    assert saver.save("exams.step2_ck.score", "2o5").ok
    assert saver.save("education.graduation_date", "2024-13-01").ok
    stored = store.get_profile(profile_id)
    assert stored.profile.exams.step2_ck.score is None
    assert {p.field for p in stored.problems} >= {
        "exams.step2_ck.score",
        "education.graduation_date",
    }
    assert store.get_answers(profile_id)["exams.step2_ck.score"] == "2o5"


def test_oet_sittings_are_saved_as_one_answer(store: Store) -> None:
    profile_id = store.create_profile().id
    sittings = [
        {
            "test_date": "2025-01-18",
            "listening": 400,
            "reading": 390,
            "writing": 350,
            "speaking": 410,
        },
    ]
    assert Autosaver(store, profile_id).save("clinical_skills.oet", sittings).ok
    assert store.get_profile(profile_id).profile.clinical_skills.oet[0].writing == 350


def test_a_full_disk_is_told_plainly_and_the_answer_waits_for_retry(store: Store) -> None:
    profile_id = store.create_profile().id
    saver = Autosaver(store, profile_id)
    assert saver.save("exams.step2_ck.score", 241).ok
    with sqlite3.connect(store.path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    on_every_connection(store, f"PRAGMA max_page_count={pages}")
    long_text = "Universidad " * 2000  # needs new pages, which the full "disk" refuses
    outcome = saver.save("school.name", long_text)
    assert not outcome.ok
    assert outcome.message is not None and "disk is full" in outcome.message
    assert saver.pending == {"school.name": long_text}
    assert store.get_answers(profile_id)["exams.step2_ck.score"] == 241

    on_every_connection(store, "PRAGMA max_page_count=1073741823")
    assert saver.retry().ok
    assert saver.pending == {}
    assert store.get_profile(profile_id).profile.school.name == long_text


def test_a_read_only_file_is_told_plainly_and_later_answers_queue_in_order(store: Store) -> None:
    profile_id = store.create_profile().id
    saver = Autosaver(store, profile_id)
    on_every_connection(store, "PRAGMA query_only=ON")
    first = saver.save("exams.step1.result", "pass")
    second = saver.save("exams.step1.attempts", 1)
    assert not first.ok and not second.ok
    assert second.message is not None and "read-only" in second.message
    assert list(saver.pending) == ["exams.step1.result", "exams.step1.attempts"]
    assert store.list_profiles()[0].id == profile_id  # reading still works

    on_every_connection(store, "PRAGMA query_only=OFF")
    assert saver.flush().ok
    assert store.get_profile(profile_id).profile.exams.step1.attempts == 1


def test_a_database_busy_in_another_window_is_told_and_the_retry_saves(store: Store) -> None:
    profile_id = store.create_profile().id
    saver = Autosaver(store, profile_id)
    other_window = sqlite3.connect(store.path, isolation_level=None)
    other_window.execute("BEGIN IMMEDIATE")
    try:
        outcome = saver.save("target_match_year", 2027)
    finally:
        other_window.execute("ROLLBACK")
        other_window.close()
    assert not outcome.ok
    assert outcome.message is not None and "busy in another window" in outcome.message
    assert saver.retry().ok
    assert store.get_profile(profile_id).profile.target_match_year == 2027


def test_a_newer_value_typed_while_an_older_one_waits_wins(store: Store) -> None:
    profile_id = store.create_profile().id
    saver = Autosaver(store, profile_id)
    on_every_connection(store, "PRAGMA query_only=ON")
    saver.save("exams.step2_ck.score", 210)
    saver.save("exams.step2_ck.score", 221)
    on_every_connection(store, "PRAGMA query_only=OFF")
    assert saver.retry().ok
    assert store.get_answers(profile_id)["exams.step2_ck.score"] == 221


def test_a_field_no_profile_has_is_a_programming_error(store: Store) -> None:
    saver = Autosaver(store, store.create_profile().id)
    with pytest.raises(ValueError, match="not a profile field"):
        saver.save("exams.step3.score", 200)
    assert saver.pending == {}


def test_saving_into_a_profile_removed_elsewhere_is_told_and_the_answer_kept(
    store: Store,
) -> None:
    profile_id = store.create_profile().id
    saver = Autosaver(store, profile_id)
    with store.engine.begin() as conn:  # another window deletes it for good
        conn.exec_driver_sql("DELETE FROM profiles WHERE id = ?", (profile_id,))
    outcome = saver.save("exams.step2_ck.score", 230)
    assert not outcome.ok and outcome.message is not None and "deleted" in outcome.message
    assert saver.pending == {"exams.step2_ck.score": 230}


def test_renaming_a_read_only_store_is_refused_plainly_and_changes_nothing(store: Store) -> None:
    profile_id = store.create_profile().id
    on_every_connection(store, "PRAGMA query_only=ON")
    with pytest.raises(StoreError, match=r"read-only\. Check its permissions") as caught:
        store.rename_profile(profile_id, "Ana – plan B")
    assert "Nothing was changed" in str(caught.value)
    with pytest.raises(StoreError, match="read-only"):
        store.set_setting("window_geometry", "AAAA")
    on_every_connection(store, "PRAGMA query_only=OFF")
    assert store.get_profile(profile_id).name == f"Unnamed profile {profile_id}"
