"""Damage means damage: a full disk, a read-only folder, another account's -shm or a lock leave the
file where it is and say what is wrong; only a file proven damaged is moved aside, once a new
store exists, and the notice of it is kept beside the store until the user has seen it."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.profile import Applicant, Profile
from app.store import STORE_FILE_NAME, StoreUnavailable, open_store, store_path
from app.store.notices import NOTICE_FILE_NAME
from tests.store_faults import (
    SQLITE_CANTOPEN,
    SQLITE_IOERR_SHMSIZE,
    SQLITE_READONLY_DIRECTORY,
    fail_every_sqlite_open,
    fill,
    not_as_root,
    posix_only,
    report_free_space,
    small_disk,
    sqlite_failure,
)


def saved_store(data_dir: Path, name: str = "Ana Lima") -> bytes:
    """A closed store holding one profile; returns the file's bytes."""
    with open_store(data_dir) as store:
        store.create_profile(Profile(applicant=Applicant(full_name=name)))
    return store_path(data_dir).read_bytes()


def set_aside(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if "damaged" in p.name or ".new-" in p.name)


def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_full_disk_at_open_is_told_plainly_and_the_profiles_are_there_once_space_is_freed(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = saved_store(data_dir)
    with pytest.MonkeyPatch.context() as full_disk:
        fail_every_sqlite_open(full_disk, sqlite_failure("disk I/O error", SQLITE_IOERR_SHMSIZE))
        report_free_space(full_disk, 0)
        with pytest.raises(StoreUnavailable, match=r"is full\. Free some space"):
            open_store(data_dir)
        code, out, err = cli(capsys, data_dir, "profiles", "list")
    assert code == 1 and out == ""
    assert err.startswith("error: The disk holding") and len(err.splitlines()) == 1
    assert "Your saved profiles were not changed" in err
    assert store_path(data_dir).read_bytes() == before
    assert set_aside(data_dir) == [] and not (data_dir / NOTICE_FILE_NAME).exists()
    code, out, err = cli(capsys, data_dir, "profiles", "list")  # space freed
    assert code == 0 and "Ana Lima" in out and err == ""


def test_a_really_full_disk_leaves_the_store_alone_until_space_is_freed(tmp_path: Path) -> None:
    with small_disk(tmp_path) as disk:
        data_dir = disk / "data"
        before = saved_store(data_dir)
        filler = fill(disk)
        with pytest.raises(StoreUnavailable, match="is full"):
            open_store(data_dir)
        assert store_path(data_dir).read_bytes() == before
        assert set_aside(data_dir) == []
        filler.unlink()
        with open_store(data_dir) as store:
            assert [p.name for p in store.list_profiles()] == ["Ana Lima"]
            assert store.recovery_notice is None


@posix_only
@not_as_root
def test_a_read_only_folder_is_told_plainly_and_nothing_is_moved(data_dir: Path) -> None:
    before = saved_store(data_dir)
    data_dir.chmod(0o500)
    try:
        with pytest.raises(StoreUnavailable, match="is read-only"):
            open_store(data_dir)
    finally:
        data_dir.chmod(0o700)
    assert store_path(data_dir).read_bytes() == before and set_aside(data_dir) == []


def test_a_read_only_folder_as_sqlite_reports_it_is_told_plainly(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved_store(data_dir)
    real_access = os.access
    monkeypatch.setattr(
        "app.store.failures.os.access",
        lambda path, mode: Path(path) != data_dir and real_access(path, mode),
    )
    error = sqlite_failure("attempt to write a readonly database", SQLITE_READONLY_DIRECTORY)
    fail_every_sqlite_open(monkeypatch, error)
    with pytest.raises(StoreUnavailable, match=re.escape(f"The folder {data_dir} is read-only")):
        open_store(data_dir)
    assert store_path(data_dir).read_bytes() == before and set_aside(data_dir) == []


@posix_only
def test_a_shm_owned_by_another_account_is_named_and_nothing_is_moved(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved_store(data_dir)
    shm = store_path(data_dir).with_name(STORE_FILE_NAME + "-shm")
    shm.write_bytes(b"")  # left by another account's run of the app
    real_owner = os.geteuid()
    monkeypatch.setattr(
        "app.store.failures.owner_of", lambda p: real_owner + 1 if p == shm else real_owner
    )
    cannot_open = sqlite_failure("unable to open database file", SQLITE_CANTOPEN)
    fail_every_sqlite_open(monkeypatch, cannot_open)
    with pytest.raises(StoreUnavailable, match=r"-shm in .* belongs to another user account"):
        open_store(data_dir)
    assert store_path(data_dir).read_bytes() == before and set_aside(data_dir) == []


def test_a_store_locked_by_another_program_is_busy_not_damaged(data_dir: Path) -> None:
    saved_store(data_dir)
    other = sqlite3.connect(store_path(data_dir), isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreUnavailable, match="busy in another window"):
            open_store(data_dir, busy_timeout_ms=50)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert set_aside(data_dir) == []
    with open_store(data_dir) as store:
        assert [p.name for p in store.list_profiles()] == ["Ana Lima"]


def test_a_damaged_file_stays_in_place_when_no_new_store_can_be_made(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    damaged = b"not a database, but someone's only copy" * 50
    store_path(data_dir).write_bytes(damaged)

    def disk_full(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.MonkeyPatch.context() as full_disk:
        full_disk.setattr("app.store.opening.create_private_file", disk_full)
        with pytest.raises(StoreUnavailable, match="left where it is") as refused:
            open_store(data_dir)
        assert "full" in str(refused.value)
        code, _, err = cli(capsys, data_dir, "profiles", "list")
        assert code == 1 and "could not be made" in err
    assert store_path(data_dir).read_bytes() == damaged
    assert set_aside(data_dir) == [] and not (data_dir / NOTICE_FILE_NAME).exists()
    with open_store(data_dir) as store:  # space freed: now it is set aside, and the user told
        assert store.recovery_notice and "not a database file" in store.recovery_notice
    assert len(set_aside(data_dir)) == 1


def test_the_notice_of_a_moved_file_is_kept_beside_the_store_until_seen(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    store_path(data_dir).write_text("not a database")
    with open_store(data_dir) as store:
        notice = store.recovery_notice
    assert notice is not None
    notice_file = data_dir / NOTICE_FILE_NAME
    assert notice_file.exists()
    if os.name == "posix":
        assert notice_file.stat().st_mode & 0o777 == 0o600
    # Even if the new store is lost too, where the old file went is still said.
    store_path(data_dir).unlink()
    code, _, err = cli(capsys, data_dir, "profiles", "list")
    assert code == 0 and err.startswith("note: Your saved-profiles file could not be used")
    assert set_aside(data_dir)[0] in err
    with open_store(data_dir) as store:
        assert store.recovery_notice == notice
        store.dismiss_recovery_notice()
    assert not notice_file.exists()
    with open_store(data_dir) as store:
        assert store.recovery_notice is None


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        ("DROP TABLE answers", "the answers table"),
        ("ALTER TABLE profiles DROP COLUMN overall_key", "column overall_key of profiles"),
        ("DELETE FROM alembic_version", "schema version is unreadable"),
    ],
)
def test_a_store_missing_part_of_its_schema_is_damaged_and_its_backup_offered(
    damage: str, named: str, data_dir: Path
) -> None:
    saved_store(data_dir)
    with open_store(data_dir) as store:  # the day's automatic backup
        backup = store.latest_backup()
    assert backup is not None
    with sqlite3.connect(store_path(data_dir)) as conn:
        conn.execute(damage)
    conn.close()
    with open_store(data_dir) as store:
        notice = store.recovery_notice or ""
        assert named in notice and backup.name in notice
        assert store.list_profiles() == []
        store.restore_backup(backup)
        assert [p.name for p in store.list_profiles()] == ["Ana Lima"]
    assert len([n for n in set_aside(data_dir) if n.endswith(".sqlite3")]) == 1


def test_the_app_says_why_the_profiles_cannot_be_opened_and_retry_opens_them(
    qtbot, data_dir: Path
) -> None:
    from PySide6.QtCore import Qt

    from tests.ui_support import new_launcher

    saved_store(data_dir)
    launcher = new_launcher(qtbot, data_dir)
    launcher.quiet = True
    with pytest.MonkeyPatch.context() as full_disk:
        fail_every_sqlite_open(full_disk, sqlite_failure("disk I/O error", SQLITE_IOERR_SHMSIZE))
        report_free_space(full_disk, 0)
        with qtbot.waitSignal(launcher.failed, timeout=15_000):
            launcher.start()
    chooser, banner = launcher.chooser, launcher.problem_banner
    assert "is full. Free some space" in chooser.status.text()
    assert banner is not None and banner.isVisible() and banner.retry_button.isEnabled()
    assert set_aside(data_dir) == []
    with qtbot.waitSignal(launcher.ready, timeout=15_000):  # space freed, then Retry
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert [chooser.list.item(i).text() for i in range(chooser.list.count())] == ["Ana Lima"]
    launcher.shut_down()


def test_assess_by_a_saved_name_on_a_full_disk_exits_1_not_as_bad_input(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved_store(data_dir)
    with pytest.MonkeyPatch.context() as full_disk:
        fail_every_sqlite_open(full_disk, sqlite_failure("disk I/O error", SQLITE_IOERR_SHMSIZE))
        report_free_space(full_disk, 0)
        code, out, err = cli(capsys, data_dir, "assess", "Ana Lima", "--as-of", "2026-12-02")
    assert code == 1 and out == ""
    assert err.startswith("error: The disk holding") and "PROFILE" not in err
