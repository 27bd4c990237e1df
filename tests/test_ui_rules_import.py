"""An adviser imports a newer rules file from the profile chooser, reads what changed, and the
wizard then judges by it; going back to the bundled rules; a damaged file never stops the app."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog

from app.rules import load_ruleset
from app.rules.imported import export_rules, imported_file
from app.store import open_store
from tests.test_rules_import import NEWER, newer_rules
from tests.ui_support import (
    AS_OF,
    FIXTURES,
    QT_WARNINGS_FAIL,
    assert_keys_unique_and_controls_named,
    start_app,
)
from ui.launcher import Launcher
from ui.profile_chooser import ProfileChooser

pytestmark = QT_WARNINGS_FAIL


def started_app(qtbot, data_dir: Path) -> Launcher:
    """`python -m ui` with a fixed assessment date, quietly; the chooser lists the profiles."""
    chooser = ProfileChooser()
    qtbot.addWidget(chooser)
    chooser.show()
    launcher = Launcher(chooser, data_dir, as_of=AS_OF)
    launcher.quiet = True
    with qtbot.waitSignal(launcher.ready, timeout=15_000):
        launcher.start()
    return launcher


def run_dialog(qtbot, button: QAbstractButton, chooser: ProfileChooser):
    """Click a chooser button that opens the rules dialog; wait until its work is shown."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = chooser.rules_import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_importing_newer_rules_shows_what_changed_and_the_wizard_then_uses_them(
    qtbot, data_dir, tmp_path, monkeypatch
):
    with open_store(data_dir) as store:
        amira = store.import_profile(FIXTURES / "fresh_graduate.json").id
    newer = tmp_path / "newer rules.toml"
    newer.write_text(
        newer_rules(export_rules(tmp_path / "current.toml").read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    bundled = load_ruleset().version
    launcher = started_app(qtbot, data_dir)
    chooser = launcher.chooser
    assert launcher.ruleset.version == bundled
    assert not chooser.rules_revert_button.isVisible()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(newer), ""))
    dialog = run_dialog(qtbot, chooser.buttons["rules_import"], chooser)
    assert f"Rules in use: version {bundled}" in dialog.in_use.text()
    with qtbot.waitSignal(dialog.finished_work, timeout=15_000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    status = dialog.status.text()
    assert f"Imported: rules version {bundled} → {NEWER}." in status
    assert "1 rules added, 1 ended, 1 changed." in status
    assert "1 saved profiles change their overall verdict (listed below)." in status
    changes = dialog.changes.text()
    assert "  exams.step2_ck.minimum.2027: new, in force on or after 2027-07-01" in changes
    assert "  exams.step2_ck.minimum.2025: ends 2027-06-30" in changes
    assert "  credentials.credit_years: changed: params" in changes
    assert f"(as of {AS_OF.isoformat()})\n  Amira Hassan: Ready → Not ready yet" in changes
    assert dialog.changes_area.isVisible()
    assert f"Rules in use: version {NEWER}" in dialog.in_use.text()
    assert "imported" in dialog.in_use.text()
    assert chooser.rules_revert_button.isVisible()
    dialog.reject()

    launcher.open_profile(amira)
    assert launcher.wizard.session.ruleset.version == NEWER
    launcher.back_to_profiles()

    dialog = run_dialog(qtbot, chooser.rules_revert_button, chooser)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert f"Back to the bundled rules: version {NEWER} → {bundled}." in dialog.status.text()
    assert "Amira Hassan: Not ready yet → Ready" in dialog.changes.text()
    assert not imported_file(data_dir).exists()
    assert not chooser.rules_revert_button.isVisible()
    dialog.reject()
    launcher.open_profile(amira)
    assert launcher.wizard.session.ruleset.version == bundled


def test_a_file_that_cannot_be_used_is_explained_and_nothing_changes(
    qtbot, data_dir, tmp_path, monkeypatch
):
    with open_store(data_dir) as store:
        store.create_profile()
    broken = tmp_path / "broken.toml"
    broken.write_text("[ruleset\n", encoding="utf-8")
    launcher = started_app(qtbot, data_dir)
    chooser = launcher.chooser
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    dialog = run_dialog(qtbot, chooser.buttons["rules_import"], chooser)
    with qtbot.waitSignal(dialog.finished_work, timeout=15_000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    lines = dialog.status.text().splitlines()
    assert lines[0] == "Nothing was imported: the file could not be used."
    assert lines[1].startswith(f"{broken}: not valid TOML")
    assert lines[2] == "The rules in use are unchanged."
    assert not dialog.changes_area.isVisible()
    assert not imported_file(data_dir).exists()
    assert launcher.ruleset.origin == "bundled"
    dialog.reject()


def test_a_damaged_imported_file_does_not_stop_the_app(qtbot, data_dir):
    with open_store(data_dir) as store:
        store.create_profile()
    damaged = imported_file(data_dir)
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"\xff\xfe not rules at all")
    launcher = start_app(qtbot, data_dir)
    assert launcher.chooser.isVisible() and launcher.chooser.list.count() == 1
    assert launcher.ruleset is load_ruleset()
    assert not launcher.chooser.rules_revert_button.isVisible()


def test_the_rules_buttons_and_dialog_have_keys_of_their_own(qtbot, data_dir):
    with open_store(data_dir) as store:
        chooser = ProfileChooser()
        qtbot.addWidget(chooser)
        chooser.show_profiles(store)
        keys = [
            m.group(1).lower()
            for b in chooser.findChildren(QAbstractButton)
            if (m := re.search(r"&(\w)", b.text()))
        ]
        assert {"s", "b"} <= set(keys)
        assert sorted(keys) == sorted(set(keys)), "two chooser buttons share a key"
        dialog = run_dialog(qtbot, chooser.buttons["rules_import"], chooser)
        assert_keys_unique_and_controls_named(dialog, dialog.progress, dialog.changes_area)
        dialog.reject()
