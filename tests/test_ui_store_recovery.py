"""A damaged saved-profiles file, told in words: how old the backup is and how many profiles it
holds, where the damaged file went (its folder and name, wrapped at the separators), and a word
after the restore. The Retry banner of a store that cannot be opened has its own place."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.store import open_store, store_path
from app.store_words import (
    WORD_JOINER,
    ZERO_WIDTH_SPACE,
    BackupCopy,
    breakable_path,
    count_words,
    describe_backup,
    profiles_in,
    when_words,
)
from tests.ui_support import QT_WARNINGS_FAIL, import_fixture, new_launcher

pytestmark = QT_WARNINGS_FAIL

THREE = ("fresh_graduate.json", "student.json", "oet_retaker.json")


def shown(text: str) -> str:
    """What a label says without its invisible break hints."""
    return text.replace(ZERO_WIDTH_SPACE, "").replace(WORD_JOINER, "")


def yesterday_at(hour: int, minute: int) -> dt.datetime:
    local_today = dt.datetime.now().astimezone()
    moment = (local_today - dt.timedelta(days=1)).replace(
        hour=hour, minute=minute, second=0, microsecond=0
    )
    return moment.astimezone(dt.UTC)


def store_with_a_backup_from_yesterday(data_dir: Path, fixtures: tuple[str, ...]) -> Path:
    """Saved profiles, then the day's automatic backup, renamed as if made yesterday 21:40."""
    with open_store(data_dir) as store:
        for name in fixtures:
            import_fixture(store, name)
    with open_store(data_dir) as store:  # opening a store with profiles makes the day's backup
        made = store.latest_backup()
    assert made is not None
    stamp = yesterday_at(21, 40).strftime("%Y%m%dT%H%M%S%fZ")
    renamed = made.with_name(f"img-readiness-{stamp}-auto.sqlite3")
    made.rename(renamed)
    return renamed


def start_on_a_damaged_store(qtbot, data_dir: Path):
    store_path(data_dir).write_bytes(b"\x00garbage" * 500)
    launcher = new_launcher(qtbot, data_dir)
    launcher.start()
    qtbot.waitUntil(
        lambda: launcher.recovery_dialog is not None and launcher.recovery_dialog.isVisible(),
        timeout=15_000,
    )
    return launcher, launcher.recovery_dialog


def test_a_damaged_store_names_the_backups_age_its_profiles_and_where_the_file_went(
    qtbot, data_dir, tmp_path
):
    backup = store_with_a_backup_from_yesterday(data_dir, THREE)
    launcher, dialog = start_on_a_damaged_store(qtbot, data_dir)

    assert "could not be opened" in dialog.heading.text()
    assert "it is not a database file" in dialog.explanation.text()
    assert dialog.backup_text.text() == (
        "A backup can bring your profiles back: a copy from yesterday 21:40 with 3 profiles."
    )
    assert not dialog.choice.isVisible()  # one copy: nothing to choose
    # Where the damaged file went: its folder and its name, each on its own line.
    [moved] = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert shown(dialog.folder_label.text()) == str(data_dir)
    assert shown(dialog.name_label.text()) == moved.name
    # A line may break after a separator, never inside a name (not even at its hyphens).
    folder = dialog.folder_label.text()
    for index, ch in enumerate(folder):
        if ch == ZERO_WIDTH_SPACE:
            assert folder[index - 1] == os.sep
        if ch == "-":
            assert folder[index + 1] == WORD_JOINER
    # No raw backup file name anywhere the user reads.
    for label in (dialog.heading, dialog.explanation, dialog.backup_text):
        assert backup.name not in label.text()
    dialog.grab().save(str(tmp_path / "damaged-store.png"))

    qtbot.mouseClick(dialog.copy_path_button, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == str(moved)  # the real path, no hidden characters

    with qtbot.waitSignal(launcher.ready, timeout=15_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    chooser = launcher.chooser
    assert len(launcher.store.list_profiles()) == 3 and launcher.wizard is None
    assert chooser.isVisible()
    assert chooser.undo_message.text() == "Restored the copy from yesterday 21:40: 3 profiles."
    assert chooser.undo_row.isVisible() and not chooser.undo_button.isVisible()
    assert launcher.store.recovery_notice is None  # told once, not at every start
    assert moved.exists()  # the damaged file is kept
    launcher.shut_down()


def test_a_damaged_store_without_a_backup_says_so_and_a_new_profile_opens(qtbot, data_dir):
    data_dir.mkdir(parents=True)
    launcher, dialog = start_on_a_damaged_store(qtbot, data_dir)
    assert dialog.restore_button is None and not dialog.choice.isVisible()
    assert dialog.backup_text.text().startswith("There is no backup to bring them back.")
    [moved] = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert shown(dialog.name_label.text()) == moved.name
    with qtbot.waitSignal(launcher.ready, timeout=15_000):
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(launcher.wizard)
    assert launcher.wizard.isVisible()  # told, then a fresh profile to work in
    assert launcher.store.recovery_notice is None
    launcher.wizard.close()
    launcher.shut_down()


def test_several_backups_are_offered_newest_with_profiles_first_and_keep_restores_nothing(
    qtbot, data_dir
):
    store_with_a_backup_from_yesterday(data_dir, ("fresh_graduate.json",))
    with open_store(data_dir) as store:  # a newer copy that holds nothing
        store.delete_profile(store.list_profiles()[0].id)
        from app.store.files import make_backup

        make_backup(store.path, "before-restore")
    launcher, dialog = start_on_a_damaged_store(qtbot, data_dir)
    assert dialog.choice.isVisible() and dialog.choice.count() == 2
    assert dialog.choice.itemText(0).startswith("A copy from today ")
    assert dialog.choice.itemText(0).endswith("with no profiles (made before a restore)")
    assert dialog.choice.currentIndex() == 1  # the one that brings a profile back
    assert dialog.choice.currentText() == (
        "A copy from yesterday 21:40 with 1 profile (the daily copy)"
    )
    with qtbot.waitSignal(launcher.ready, timeout=15_000):
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(launcher.wizard)  # nothing restored: a fresh profile opens
    assert len(launcher.store.list_profiles()) == 1
    launcher.wizard.close()
    launcher.shut_down()


def test_the_retry_banner_has_its_place_under_the_chooser_status_line(qtbot, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    launcher = new_launcher(qtbot, blocked)
    with qtbot.waitSignal(launcher.failed, timeout=15_000):
        launcher.start()
    chooser = launcher.chooser
    banner = chooser.problem_banner
    assert banner is not None and banner is launcher.problem_banner and banner.isVisible()
    column = chooser.layout()
    assert column.indexOf(chooser.status) + 1 == next(
        i for i in range(column.count()) if column.itemAt(i).layout() is chooser.problem_slot
    )
    assert chooser.problem_slot.indexOf(banner) == 0
    assert banner.mapTo(chooser, banner.rect().topLeft()).y() > chooser.status.geometry().bottom()
    blocked.unlink()  # fixed: Retry now opens the store
    with qtbot.waitSignal(launcher.ready, timeout=15_000):
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    qtbot.addWidget(launcher.wizard)
    launcher.wizard.close()
    launcher.shut_down()


# -- the words, without a window ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "words"),
    [
        (dt.datetime(2026, 11, 25, 9, 5), "today 09:05"),
        (dt.datetime(2026, 11, 24, 21, 40), "yesterday 21:40"),
        (dt.datetime(2026, 11, 20, 21, 40), "20 November 2026, 21:40"),
        (dt.datetime(2026, 11, 26, 8, 0), "26 November 2026, 08:00"),  # a clock set wrong
    ],
)
def test_a_backups_time_is_said_as_today_yesterday_or_its_date(moment, words):
    now = dt.datetime(2026, 11, 25, 12, 0).astimezone()
    assert when_words(moment.astimezone(), now) == words


def test_a_backup_is_counted_read_only_and_leaves_nothing_beside_it(data_dir):
    backup = store_with_a_backup_from_yesterday(data_dir, THREE[:2])
    before = sorted(p.name for p in backup.parent.iterdir())
    assert profiles_in(backup) == 2
    copy = describe_backup(backup)
    assert isinstance(copy, BackupCopy) and copy.kind == "auto" and copy.profile_count == 2
    assert sorted(p.name for p in backup.parent.iterdir()) == before  # no -wal, no -shm
    garbage = backup.with_name("img-readiness-20260101T000000000000Z-auto.sqlite3")
    garbage.write_bytes(b"not sqlite")
    assert profiles_in(garbage) is None
    assert count_words(None) == "(how many profiles it holds cannot be read)"
    assert [count_words(n) for n in (0, 1, 3)] == [
        "with no profiles",
        "with 1 profile",
        "with 3 profiles",
    ]


def test_a_path_breaks_only_after_its_separators():
    path = Path("/home/ana-lima/IMG Readiness/img-readiness.damaged-2026.sqlite3")
    text = breakable_path(path)
    assert shown(text) == str(path)
    assert text.count(ZERO_WIDTH_SPACE) == str(path).count(os.sep)
    assert text.count(WORD_JOINER) == str(path).count("-")
