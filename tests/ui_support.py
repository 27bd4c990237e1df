"""Shared set-up for the wizard tests (tests/test_ui_*.py): a real store in the test's data dir,
the bundled school list built once, and typing helpers that behave like a user's keyboard."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

FIXTURES = Path(__file__).parent / "fixtures"
# Qt warnings fail a wizard test (bar the offscreen plugin's harmless notes): `pytestmark = …`.
QT_WARNINGS_FAIL = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "OpenType support missing"),
]
# A fixed "today", so verdicts in these tests never drift with the calendar.
AS_OF = dt.date(2026, 11, 25)


@cache
def bundled_directory() -> Any:
    """The shipped school list, indexed once for the whole test run."""
    from app.directory import load_directory

    return load_directory().warm_up()


def open_wizard(
    qtbot: Any,
    store: Any,
    profile_id: int,
    with_directory: bool = True,
    as_of: dt.date = AS_OF,
    closed_by_test: bool = True,
) -> Any:
    """The wizard on a stored profile, judged as on ``as_of`` (the session's "today").
    ``closed_by_test=False``: the test deletes it itself (as "Profiles…" does)."""
    from app.rules import load_ruleset
    from ui.profile_session import ProfileSession
    from ui.wizard import ReadinessWizard

    stored = store.get_profile(profile_id)
    directory = bundled_directory() if with_directory else None
    session = ProfileSession(store, stored, load_ruleset(), as_of, directory)
    wizard = ReadinessWizard(session)
    if closed_by_test:
        qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    activate(qtbot, wizard)
    return wizard


def assert_keys_unique_and_controls_named(dialog: QWidget, *extra: QWidget) -> None:
    """No two mnemonics (Alt+letter) in ``dialog`` share a letter, and every button and every
    widget in ``extra`` has a name a screen reader can say."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = [
        found.group(1).lower()
        for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
        if (found := re.search(r"&(\w)", widget.text()))
    ]
    assert len(keys) == len(set(keys)), keys
    unnamed = [
        type(widget).__name__
        for widget in [*dialog.findChildren(QAbstractButton), *extra]
        if not (widget.accessibleName() or getattr(widget, "text", str)()).replace("&", "").strip()
    ]
    assert unnamed == []


def activate(qtbot: Any, window: QWidget) -> None:
    """Make the window the active one, so keyboard focus behaves as on a desktop."""
    window.activateWindow()
    with qtbot.waitActive(window, timeout=2000):
        pass


def import_fixture(store: Any, name: str) -> int:
    return store.import_profile(FIXTURES / name).id


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type as a user would: keyClicks for ASCII, one key event per other character (keyClicks
    aborts the process on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def replace_text(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Select what is in the field, type over it, and leave the field."""
    edit.setFocus()
    edit.selectAll()
    if not text:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_into(qtbot, edit, text)
    leave(edit)


def leave(widget: QWidget) -> None:
    """Move the focus on, as Tab does: the field is saved as the user leaves it."""
    widget.setFocus()
    widget.clearFocus()
    QApplication.processEvents()


def choose(combo: QComboBox, value: Any) -> None:
    """Pick the entry whose stored value is ``value`` (as a mouse click on it would)."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def add_oet_sitting(qtbot: Any, clinical: Any, test_date: str, scores: dict[str, int]) -> Any:
    """Click "Add an OET sitting", type its date and four sub-test scores; returns the row."""
    qtbot.mouseClick(clinical.oet.add_button, Qt.MouseButton.LeftButton)
    sitting = clinical.oet.rows[-1]
    replace_text(qtbot, sitting.test_date, test_date)
    for subtest, score in scores.items():
        replace_text(qtbot, sitting.scores[subtest], str(score))
    return sitting


def new_launcher(qtbot: Any, data_dir: Path) -> Any:
    """The profile chooser shown, with a Launcher for it (not started)."""
    from ui.launcher import Launcher
    from ui.profile_chooser import ProfileChooser

    chooser = ProfileChooser()
    qtbot.addWidget(chooser)
    chooser.show()
    return Launcher(chooser, data_dir)


def start_app(qtbot: Any, data_dir: Path) -> Any:
    """Start as `python -m ui` does (store opened on the worker), quietly; returns the Launcher."""
    launcher = new_launcher(qtbot, data_dir)
    launcher.quiet = True
    with qtbot.waitSignal(launcher.ready, timeout=15_000):
        launcher.start()
    return launcher


def run_python(*args: str, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    """A child Python in the checkout, offscreen, with a bare environment (as a user's)."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
