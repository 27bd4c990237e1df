"""The store's file: owner-only, migrated by Alembic, and what happens to a damaged one."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.profile import Applicant, Profile
from app.store import STORE_FILE_NAME, StoreError, open_store, store_path
from app.store.files import HEAD_REVISION, KNOWN_REVISIONS, integrity_ok, list_backups
from app.store.opening import MIGRATIONS_DIR
from tests.store_helpers import every_field_profile

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode_of(path: Path) -> int:
    return path.stat().st_mode & 0o777


def alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def make_first_revision_file(folder: Path) -> Path:
    """A store as the first released schema (revision 0001) wrote it, with one profile."""
    from alembic import command
    from sqlalchemy import create_engine

    folder.mkdir(parents=True)
    path = folder / STORE_FILE_NAME
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO profiles (id, applicant_name, created_at, updated_at)"
            " VALUES (1, 'Ana Lima', '2026-01-02 03:04:05', '2026-01-02 03:04:05')"
        )
        conn.executemany(
            "INSERT INTO answers (profile_id, field_path, value_json) VALUES (1, ?, ?)",
            [("applicant.full_name", '"Ana Lima"'), ("exams.step2_ck.score", "231")],
        )
    return path


@posix_only
def test_the_new_store_and_its_folder_are_readable_by_the_owner_alone(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.create_profile(every_field_profile())
        path = store.path
        for suffix in ("-wal", "-shm"):
            assert mode_of(path.with_name(path.name + suffix)) == 0o600
    assert mode_of(data_dir) == 0o700
    assert mode_of(path) == 0o600


@posix_only
def test_backups_are_readable_by_the_owner_alone(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.create_profile(every_field_profile())
    with open_store(data_dir) as store:  # a store with profiles gets its daily backup at open
        backup = store.latest_backup()
    assert backup is not None
    assert mode_of(backup) == 0o600 and mode_of(backup.parent) == 0o700


def test_the_app_knows_the_newest_migration_as_its_schema_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_current_head() == HEAD_REVISION
    history = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(history) == KNOWN_REVISIONS


def test_the_migrations_build_exactly_the_tables_the_models_describe(data_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.store.models import Base

    with open_store(data_dir) as store, store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []


def test_a_file_from_the_first_schema_is_backed_up_then_upgraded_with_its_profiles(
    data_dir: Path,
) -> None:
    old = make_first_revision_file(data_dir)
    original_bytes = old.read_bytes()
    with open_store(data_dir) as store:
        listed = store.list_profiles()
        profile = store.get_profile(1).profile
        backups = list_backups(store.path)
    assert [p.name for p in listed] == ["Ana Lima"]
    assert profile.exams.step2_ck.score == 231
    assert any("before-upgrade" in b.name for b in backups)
    before = next(b for b in backups if "before-upgrade" in b.name)
    with sqlite3.connect(before) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
    assert integrity_ok(old)
    assert original_bytes != old.read_bytes()


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.create_profile(Profile(applicant=Applicant(full_name="Ana Lima")))
        path = store.path
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of IMG Readiness"):
        open_store(data_dir)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir() if "damaged" in p.name) == []


def _full_store_bytes(folder: Path) -> bytes:
    with open_store(folder) as store:
        for i in range(60):
            store.create_profile(Profile(applicant=Applicant(full_name=f"Applicant {i} " * 30)))
    return (folder / STORE_FILE_NAME).read_bytes()  # the WAL is folded in at close


def _damage(kind: str, tmp_path: Path) -> bytes:
    if kind == "random bytes":
        return random.Random(7).randbytes(16384)
    if kind == "text file":
        return b"Name,Score\nAna Lima,231\n"
    whole = _full_store_bytes(tmp_path / "source")
    if kind == "truncated":
        return whole[: len(whole) // 2]
    corrupted = bytearray(whole)
    corrupted[3 * 4096 : 3 * 4096 + 600] = random.Random(3).randbytes(600)
    return bytes(corrupted)  # "a page overwritten"


@pytest.mark.parametrize("kind", ["random bytes", "text file", "truncated", "a page overwritten"])
def test_a_damaged_file_is_moved_aside_intact_and_a_fresh_store_starts(
    kind: str, data_dir: Path, tmp_path: Path
) -> None:
    damaged = _damage(kind, tmp_path)
    data_dir.mkdir()
    (data_dir / STORE_FILE_NAME).write_bytes(damaged)
    with open_store(data_dir) as store:
        notice = store.recovery_notice
        assert store.list_profiles() == []
        fresh = store.create_profile(Profile(applicant=Applicant(full_name="New Start")))
    moved = [p for p in data_dir.iterdir() if p.name.endswith(".sqlite3") and "damaged" in p.name]
    assert len(moved) == 1
    assert moved[0].read_bytes() == damaged
    assert notice is not None and str(moved[0]) in notice
    with open_store(data_dir) as store:  # the notice stays until the user has seen it
        assert store.recovery_notice == notice
        assert store.get_profile(fresh.id).name == "New Start"
        store.dismiss_recovery_notice()
    with open_store(data_dir) as store:
        assert store.recovery_notice is None


def test_an_empty_file_starts_a_fresh_store_without_alarm(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / STORE_FILE_NAME).write_bytes(b"")
    with open_store(data_dir) as store:
        assert store.recovery_notice is None
        assert store.create_profile().id == 1


def test_a_database_another_program_wrote_is_moved_aside_not_used(data_dir: Path) -> None:
    data_dir.mkdir()
    with sqlite3.connect(data_dir / STORE_FILE_NAME) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    with open_store(data_dir) as store:
        assert store.recovery_notice is not None
        assert "not one IMG Readiness wrote" in store.recovery_notice


def test_after_damage_the_latest_backup_is_offered_and_restores_every_profile(
    data_dir: Path,
) -> None:
    full = every_field_profile()
    with open_store(data_dir) as store:
        saved = store.create_profile(full)
    with open_store(data_dir) as store:  # daily backup made here
        assert store.latest_backup() is not None
    path = store_path(data_dir)
    path.write_bytes(b"overwritten by accident")
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    with open_store(data_dir) as store:
        latest = store.latest_backup()
        assert latest is not None
        assert latest.name in (store.recovery_notice or "")
        store.restore_backup(latest)
        assert store.get_profile(saved.id).profile == full
        assert store.recovery_notice is None
    assert integrity_ok(path)


def test_backups_are_rotated_keeping_the_newest_five(data_dir: Path) -> None:
    from app.store.files import make_backup

    with open_store(data_dir) as store:
        store.create_profile()
        made = [make_backup(store.path, "test") for _ in range(8)]
        kept = store.backups()
    assert len(kept) == 5
    assert kept[0] == made[-1]


def test_a_data_folder_that_is_a_file_is_told_plainly(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        open_store(blocker)


def test_restoring_the_pre_upgrade_backup_brings_back_that_day_at_todays_schema(
    data_dir: Path,
) -> None:
    make_first_revision_file(data_dir)
    with open_store(data_dir) as store:
        store.create_profile(Profile(applicant=Applicant(full_name="Added After Upgrade")))
        before_upgrade = next(b for b in store.backups() if "before-upgrade" in b.name)
        store.restore_backup(before_upgrade)
        assert [p.name for p in store.list_profiles()] == ["Ana Lima"]
        assert any("before-restore" in b.name for b in store.backups())
    with sqlite3.connect(store_path(data_dir)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )


def test_a_file_that_is_not_a_backup_is_not_restored(data_dir: Path, tmp_path: Path) -> None:
    stranger = tmp_path / "stranger.sqlite3"
    stranger.write_text("hello")
    with open_store(data_dir) as store:
        kept = store.create_profile(Profile(applicant=Applicant(full_name="Ana Lima")))
        with pytest.raises(StoreError, match="not a usable backup"):
            store.restore_backup(stranger)
        assert store.get_profile(kept.id).name == "Ana Lima"


def test_the_store_opens_and_reads_while_another_window_is_writing(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.create_profile(Profile(applicant=Applicant(full_name="Ana Lima")))
    other_window = sqlite3.connect(store_path(data_dir), isolation_level=None)
    other_window.execute("BEGIN IMMEDIATE")
    try:
        with open_store(data_dir, busy_timeout_ms=100) as store:
            assert [p.name for p in store.list_profiles(refresh=False)] == ["Ana Lima"]
    finally:
        other_window.execute("ROLLBACK")
        other_window.close()


def test_without_an_override_the_store_lives_in_the_users_data_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import platformdirs

    from app.store.files import default_data_dir

    monkeypatch.delenv("IMG_READINESS_DATA_DIR")
    assert default_data_dir() == Path(platformdirs.user_data_dir("IMG Readiness", appauthor=False))
    assert default_data_dir().name == "IMG Readiness"


def test_the_store_writes_ahead_waits_its_turn_and_keeps_links_whole(data_dir: Path) -> None:
    with open_store(data_dir, busy_timeout_ms=1234) as store, store.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    assert pragmas == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 1234,
        "synchronous": 2,
    }


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_the_check_at_open_expects_exactly_what_each_revision_builds(
    revision: str, tmp_path: Path
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from app.store.schema import EXPECTED_TABLES, shape_of

    path = tmp_path / f"{revision}.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        built = {table: shape_of(conn, table) for table in tables - {"alembic_version"}}
    conn.close()
    assert built == EXPECTED_TABLES[revision]


def test_the_check_at_open_expects_the_models_tables_at_the_head() -> None:
    from app.store.models import Base
    from app.store.schema import EXPECTED_TABLES, TableShape

    from_models = {
        table.name: TableShape(
            frozenset(c.name for c in table.columns),
            tuple(c.name for c in table.primary_key.columns),
        )
        for table in Base.metadata.sorted_tables
    }
    assert from_models == EXPECTED_TABLES[HEAD_REVISION]
