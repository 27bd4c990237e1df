"""The start-up path to the first list (app.store.quick, app.store.creating): plain sqlite3, no
SQLAlchemy or Alembic, yet the same file, schema, checks and answers as the full store."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.store import STORE_FILE_NAME, ProfileNotFound, StoreError, open_store, store_path
from app.store.creating import create_at_head, dump_head_schema
from app.store.head_schema import REVISION, STATEMENTS
from app.store.quick import (
    LIST_SQL,
    NOTE_KEY_PREFIX,
    RECOVERY_NOTICE_KEY,
    open_quickly,
    remove_crash_leftovers,
)
from tests.ui_support import FIXTURES

ROOT = Path(__file__).resolve().parent.parent


def _master(path: Path) -> list[tuple[str, str, str | None]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


# -- one source of schema: Alembic ------------------------------------------------------------


def test_the_new_store_schema_is_what_the_migrations_build() -> None:
    """If this fails after adding a migration: run `python -m app.store.creating`."""
    from app.store.files import HEAD_REVISION

    assert REVISION == HEAD_REVISION
    assert list(STATEMENTS) == dump_head_schema()


def test_a_store_made_without_alembic_is_the_file_alembic_makes(tmp_path: Path) -> None:
    from app.store.files import create_private_file
    from app.store.opening import migrate_to_head

    fast, slow = tmp_path / "fast.sqlite3", tmp_path / "slow.sqlite3"
    create_at_head(fast, 5000)
    create_private_file(slow)
    migrate_to_head(slow, 5000)
    assert _master(fast) == _master(slow)
    for path in (fast, slow):
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(REVISION,)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        conn.close()
    assert fast.stat().st_mode & 0o777 == 0o600


def test_the_columns_the_fast_reader_uses_are_those_of_the_models_and_a_migrated_file(
    tmp_path: Path,
) -> None:
    from app.store import notes, store
    from app.store.models import Base

    used = {
        "profiles": {
            "id", "custom_name", "applicant_name", "updated_at", "overall", "overall_key",
            "deleted_at", "created_at", "last_page", "answers_format",
        },
        "settings": {"key", "value"},
        "answers": {"profile_id", "field_path", "value_json"},
    }  # fmt: skip
    for column in used["profiles"] - {"created_at", "last_page", "answers_format"}:
        assert column in LIST_SQL
    open_store(tmp_path).close()
    conn = sqlite3.connect(store_path(tmp_path))
    for table, columns in used.items():
        assert columns <= set(Base.metadata.tables[table].columns.keys())
        assert columns <= {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    conn.close()
    assert RECOVERY_NOTICE_KEY == store.RECOVERY_NOTICE_KEY
    assert NOTE_KEY_PREFIX == notes.NOTE_KEY_PREFIX


# -- no SQLAlchemy on the way to the first list ----------------------------------------------

_PROBE = """
import sys
from pathlib import Path
from app.store.quick import open_quickly
store = open_quickly(Path(sys.argv[1]))
summaries = store.kept_summaries(); store.notes(); store.last_profile_id(); store.recovery_notice
if not summaries:  # a first start: the wizard's new profile, read back and remembered
    made = store.create_profile()
    store.get_profile(made.id); store.get_answers(made.id); store.set_setting("x", str(made.id))
print(len(summaries), sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic"}))
"""


@pytest.mark.parametrize("profiles", [0, 2, None], ids=["empty", "two profiles", "first start"])
def test_opening_and_listing_imports_neither_sqlalchemy_nor_alembic(
    tmp_path: Path, profiles: int | None
) -> None:
    folder = tmp_path / "data"
    if profiles is not None:
        with open_store(folder) as store:
            for _ in range(profiles):
                store.import_profile(FIXTURES / "fresh_graduate.json")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(folder)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert done.stdout.split(None, 1) == [str(profiles or 0), "[]\n"]


# -- the same answers as the full store ------------------------------------------------------


def _awkward_rows(folder: Path) -> None:
    """Profiles as other tools or old versions may leave them."""
    with open_store(folder) as store:
        amira = store.import_profile(FIXTURES / "fresh_graduate.json").id
        store.import_profile(FIXTURES / "canadian_2024_graduate.json")
        store.list_profiles()  # verdicts kept
        gone = store.import_profile(FIXTURES / "oet_retaker.json").id
        store.delete_profile(gone)
        from app.store.notes import set_note

        set_note(store, amira, "Called on Monday.\nSend the transcript.")
    conn = sqlite3.connect(store_path(folder))
    with conn:
        same = "2026-01-02 03:04:05.000006"
        rows = [
            (42, None, None, same, "ready", "v1|2026-01-01"),  # no name: "Unnamed profile 42"
            (43, b"\xff", "  ", same, "no such verdict", "no key"),  # not text, blank
            (44, None, "Wei Zhang", None, None, None),  # never edited, never judged
            (45, "Ana", None, "2026-01-02", "not_ready", "a|b|2026-13-01"),  # date only
        ]
        conn.executemany(
            "INSERT INTO profiles (id, custom_name, applicant_name, updated_at, overall,"
            " overall_key) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?), (?, ?), (?, ?)",
            (f"{NOTE_KEY_PREFIX}42", "not json", f"{NOTE_KEY_PREFIX}x", "{}",
             f"{NOTE_KEY_PREFIX}44", json.dumps({"text": "purged", "dated": "2026-01-01"})),
        )  # fmt: skip
    conn.close()


def test_the_fast_list_notes_and_profiles_are_the_full_stores(tmp_path: Path) -> None:
    from app.store.batch import kept_summaries, read_profiles
    from app.store.notes import notes_by_profile

    _awkward_rows(tmp_path)
    quick = open_quickly(tmp_path)
    fast_list, fast_notes = quick.kept_summaries(), quick.notes()
    fast_profiles = quick.read_profiles([s.id for s in fast_list])
    assert not quick.loaded  # all of that without the full store
    with open_store(tmp_path) as store:
        assert fast_list == kept_summaries(store)
        assert fast_notes == notes_by_profile(store)
        assert fast_profiles == read_profiles(store, [s.id for s in fast_list])
    names = [s.name for s in fast_list]
    assert "Unnamed profile 42" in names and "Unnamed profile 43" in names
    assert len(fast_list) == 6 and len(fast_notes) == 1
    quick.close()


def _row_and_answers(path: Path, profile_id: int) -> tuple[tuple, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT custom_name, applicant_name, last_page, deleted_at, overall, overall_key,"
            " answers_format, typeof(created_at), typeof(updated_at),"
            " length(created_at), length(updated_at), created_at = updated_at"
            " FROM profiles WHERE id = ?",
            (profile_id,),
        ).fetchone()
        answers = conn.execute(
            "SELECT field_path, value_json FROM answers WHERE profile_id = ? ORDER BY field_path",
            (profile_id,),
        ).fetchall()
    finally:
        conn.close()
    return row, answers


def test_a_first_starts_profile_is_made_read_and_remembered_as_the_full_store_does(
    tmp_path: Path,
) -> None:
    """What a first start does before the wizard (make a profile, read it and its answers,
    remember it as the last one), with plain sqlite3: the same rows and values as the full
    store's own, and each reads back what the other wrote."""
    from app.store.quick import LAST_PROFILE_SETTING

    quick = open_quickly(tmp_path)
    made = quick.create_profile()
    quick.set_setting(LAST_PROFILE_SETTING, str(made.id))
    quick.set_setting(LAST_PROFILE_SETTING, str(made.id))  # again: replaced, not added
    fast_read, fast_answers = quick.get_profile(made.id), quick.get_answers(made.id)
    assert not quick.loaded
    path = store_path(tmp_path)
    with open_store(tmp_path) as store:
        other = store.create_profile()
        assert other.id == made.id + 1
        assert _row_and_answers(path, made.id) == _row_and_answers(path, other.id)
        assert made == store.get_profile(made.id) == fast_read
        assert made.name == f"Unnamed profile {made.id}"
        assert fast_answers == store.get_answers(made.id) == {}
        assert store.get_setting(LAST_PROFILE_SETTING) == str(made.id)
        store.save_answer(made.id, "applicant.full_name", "Amira Hassan")
        store.save_answer(made.id, "exams.step2_ck.score", 236)
        store.set_last_page(made.id, "exams")
        store.set_setting("window_geometry", "abc")
        assert quick.get_profile(made.id) == store.get_profile(made.id)  # read back alike
        assert quick.get_answers(made.id) == store.get_answers(made.id)
        assert quick.get_profile(made.id).name == "Amira Hassan"
        assert quick.get_setting("window_geometry") == "abc"
        store.delete_profile(other.id)
        with pytest.raises(ProfileNotFound):
            quick.get_profile(other.id)
        with pytest.raises(ProfileNotFound):
            store.get_profile(other.id)
    quick.close()
    with pytest.raises(StoreError):  # as the full store's: nothing after close
        quick.get_profile(made.id)
    with pytest.raises(StoreError):
        quick.set_setting(LAST_PROFILE_SETTING, "1")


def test_the_full_store_is_made_once_on_first_use_and_never_after_close(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    quick = open_quickly(tmp_path)
    made = []
    threads = [threading.Thread(target=lambda: made.append(quick.load())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(store) for store in made}) == 1
    assert quick.create_profile().name.startswith("Unnamed profile")  # handed to the full store
    assert len(quick.list_profiles()) == 1
    quick.close()
    with pytest.raises(StoreError):
        quick.get_profile(1)
    assert not (tmp_path / (STORE_FILE_NAME + "-wal")).exists()


# -- the same checks and recovery as open_store ----------------------------------------------


def test_a_damaged_file_is_set_aside_and_told_as_open_store_does(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    store_path(tmp_path).write_bytes(b"not a database, but someone's only copy" * 50)
    quick = open_quickly(tmp_path)
    assert quick.recovery_notice and "not a database file" in quick.recovery_notice
    assert quick.kept_summaries() == []
    assert len(list(tmp_path.glob("*.damaged-*"))) == 1
    quick.close()


def test_a_file_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    conn = sqlite3.connect(store_path(tmp_path))
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = store_path(tmp_path).read_bytes()
    with pytest.raises(StoreError) as quick_error:
        open_quickly(tmp_path)
    with pytest.raises(StoreError) as full_error:
        open_store(tmp_path)
    assert str(quick_error.value) == str(full_error.value)
    assert "newer version" in str(quick_error.value)
    assert store_path(tmp_path).read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_unavailable_in_the_same_words(tmp_path: Path) -> None:
    from app.store import StoreUnavailable

    with open_store(tmp_path) as store:
        store.import_profile(FIXTURES / "fresh_graduate.json")
    tmp_path.chmod(0o500)
    store_path(tmp_path).chmod(0o400)
    try:
        with pytest.raises(StoreUnavailable) as quick_error:
            open_quickly(tmp_path)
        with pytest.raises(StoreUnavailable) as full_error:
            open_store(tmp_path)
    finally:
        tmp_path.chmod(0o700)
        store_path(tmp_path).chmod(0o600)
    assert str(quick_error.value) == str(full_error.value)


def test_half_built_stores_left_by_a_crash_are_removed_once_an_hour_old(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    path = store_path(tmp_path)
    old = tmp_path / f".{path.stem}.new-20260101T000000000000Z{path.suffix}"
    fresh = tmp_path / f".{path.stem}.new-20260102T000000000000Z{path.suffix}"
    for leftover in (old, fresh, old.with_name(old.name + "-wal")):
        leftover.write_bytes(b"")
    hour_ago = time.time() - 3700
    os.utime(old, (hour_ago, hour_ago))
    os.utime(old.with_name(old.name + "-wal"), (hour_ago, hour_ago))
    remove_crash_leftovers(path)
    assert not old.exists() and not old.with_name(old.name + "-wal").exists()
    assert fresh.exists()  # a window may be recovering right now
    assert path.exists()
    open_quickly(tmp_path).close()  # opening tidies too


def test_the_verdict_dates_kept_are_read_as_the_full_store_reads_them(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.import_profile(FIXTURES / "fresh_graduate.json")
        store.list_profiles(as_of=dt.date(2026, 11, 25))
    (summary,) = open_quickly(tmp_path).kept_summaries()
    assert summary.overall_as_of == dt.date(2026, 11, 25)
    assert summary.updated_at.tzinfo is dt.UTC


def test_reads_and_writes_before_and_after_the_full_store_agree(tmp_path: Path) -> None:
    """Before the full store is made the fast path keeps one connection; once it is made, the
    fast path's reads see what the full store wrote, and closing leaves no WAL file behind."""
    quick = open_quickly(tmp_path)
    first = quick.create_profile()  # written on the fast path's own connection
    quick.set_setting("last_profile_id", str(first.id))
    assert [s.id for s in quick.kept_summaries()] == [first.id]
    full = quick.load()
    second = full.create_profile(name="Ana Lima")
    assert [s.id for s in quick.kept_summaries()] == [second.id, first.id]
    assert quick.last_profile_id() == first.id
    quick.close()
    assert not (tmp_path / (STORE_FILE_NAME + "-wal")).exists()
    with open_store(tmp_path) as again:
        assert [s.id for s in again.list_profiles()] == [second.id, first.id]

