"""Small promises of the store: private folders at any umask, a data folder of one's own, reading
that never waits on a cache write, no -wal/-shm left after a clean exit, and the last answer
saved when the session ends with SIGTERM or SIGHUP."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from app.profile import Applicant, Profile
from app.store import StoreError, open_store, store_path
from tests.store_faults import posix_only

ROOT = Path(__file__).resolve().parent.parent


def mode_of(path: Path) -> int:
    return path.stat().st_mode & 0o777


def side_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm")))


@posix_only
def test_every_folder_the_store_creates_is_private_even_at_umask_zero(tmp_path: Path) -> None:
    data_dir = tmp_path / "home" / ".local" / "share" / "IMG Readiness"
    previous = os.umask(0)
    try:
        with open_store(data_dir) as store:
            store.create_profile()
            store.housekeeping()  # makes the first backup (folder and file)
            backup = store.latest_backup()
    finally:
        os.umask(previous)
    for folder in (tmp_path / "home", tmp_path / "home" / ".local", data_dir.parent, data_dir):
        assert mode_of(folder) == 0o700, folder
    assert mode_of(store_path(data_dir)) == 0o600
    assert backup is not None and mode_of(backup) == 0o600 and mode_of(backup.parent) == 0o700


@posix_only
def test_an_existing_data_folder_of_ours_is_made_private(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    with open_store(data_dir):
        pass
    assert mode_of(data_dir) == 0o700


@posix_only
def test_a_data_folder_owned_by_another_account_is_refused_plainly(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    someone_else = os.geteuid() + 1
    monkeypatch.setattr("app.store.files.owner_of", lambda _path: someone_else)
    with pytest.raises(StoreError, match="belongs to another user account"):
        open_store(data_dir)
    assert list(data_dir.iterdir()) == [] and mode_of(data_dir) == 0o755
    code = main(["profiles", "list"])
    err = capsys.readouterr().err
    assert code == 1 and "Choose a folder of your own" in err and len(err.splitlines()) == 1


def test_listing_does_not_wait_behind_another_windows_write(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(data_dir) as store:
        store.create_profile(Profile(applicant=Applicant(full_name="Ana Lima")))
        gone = store.create_profile(Profile(applicant=Applicant(full_name="Old One"))).id
        store.delete_profile(gone)
    with sqlite3.connect(store_path(data_dir)) as conn:  # deleted long ago: to be purged
        conn.execute("UPDATE profiles SET deleted_at = '2020-01-01 00:00:00' WHERE id = ?", (gone,))
    conn.close()
    writer = sqlite3.connect(store_path(data_dir), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another window is saving, and keeps the lock
    try:
        started = time.monotonic()
        code = main(["profiles", "list", "--json"])  # the verdict is not cached yet
        took = time.monotonic() - started
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    out = capsys.readouterr().out
    assert code == 0 and "Ana Lima" in out and '"overall": null' not in out
    assert took < 2.0, f"waited {took:.1f} s behind a writer (the busy timeout is 5 s)"


def test_no_wal_or_shm_is_left_after_a_clean_close(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(data_dir) as store:
        for n in range(20):
            store.create_profile(Profile(applicant=Applicant(full_name=f"Applicant {n}")))
    assert side_files(data_dir) == []
    assert main(["profiles", "list"]) == 0
    capsys.readouterr()
    assert side_files(data_dir) == []


ENDED_WHILE_TYPING = """
import sys
from pathlib import Path

import ui.profile_session
ui.profile_session.SAVE_AFTER_TYPING_MS = 600_000  # only the final save can write the answer

from PySide6.QtTest import QTest
from ui.launcher import Launcher
from ui.main import save_and_close_on_quit
from ui.profile_chooser import ProfileChooser
from ui.qt import QApplication
from ui.wizard import PageId

app = QApplication([])
chooser = ProfileChooser()
chooser.show()
launcher = Launcher(chooser, Path(sys.argv[1]))
launcher.quiet = True
save_and_close_on_quit(app, launcher)


def type_without_leaving() -> None:
    email = launcher.wizard.pages[PageId.APPLICANT].email
    email.setFocus()
    QTest.keyClicks(email, "last.answer@example.org")
    print(launcher.wizard.session.profile_id, flush=True)


launcher.ready.connect(type_without_leaving)
launcher.start()
sys.exit(app.exec())
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM and SIGHUP are POSIX")
@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_the_answer_being_typed_is_saved_when_the_session_ends(
    ending: signal.Signals, data_dir: Path
) -> None:
    app = subprocess.Popen(
        [sys.executable, "-c", ENDED_WHILE_TYPING, str(data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
    )
    try:
        assert app.stdout is not None
        line = app.stdout.readline()
        assert line.strip().isdigit(), app.stderr.read() if app.stderr else ""
        app.send_signal(ending)  # a logout, or the terminal closed
        _, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err[-800:]
    leftovers = side_files(data_dir)
    with open_store(data_dir) as store:
        answers = store.get_answers(int(line))
    assert answers.get("applicant.email") == "last.answer@example.org"
    assert leftovers == []  # closed cleanly: the log folded in, nothing left beside the file
