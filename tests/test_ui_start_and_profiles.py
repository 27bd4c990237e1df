"""Starting the app, the profile chooser, and picking up where the user left off."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.store import open_store
from tests.ui_support import FIXTURES, activate, replace_text, start_app
from ui.launcher import Launcher
from ui.profile_chooser import ProfileChooser
from ui.school_results import DETAILS_ROLE
from ui.wizard import PageId

ROOT = Path(__file__).resolve().parent.parent

# Qt warnings fail the test (bar the offscreen plugin's harmless notes).
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "OpenType support missing"),
]


def quit_app(launcher: Launcher) -> None:
    if launcher.wizard is not None:
        launcher.wizard.close()
    launcher.shut_down()


def test_first_start_opens_a_new_profile_straight_in_the_wizard(qtbot, data_dir):
    launcher = start_app(qtbot, data_dir)
    qtbot.addWidget(launcher.wizard)
    assert launcher.wizard.isVisible() and not launcher.chooser.isVisible()
    assert launcher.wizard.currentId() == PageId.APPLICANT
    assert len(launcher.store.list_profiles()) == 1
    quit_app(launcher)


def test_reopening_lists_the_profile_and_resumes_on_the_page_left(qtbot, data_dir):
    launcher = start_app(qtbot, data_dir)
    wizard = launcher.wizard
    qtbot.addWidget(wizard)
    activate(qtbot, wizard)
    replace_text(qtbot, wizard.pages[PageId.APPLICANT].full_name, "Wei Zhang")
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.SCHOOL
    quit_app(launcher)

    again = start_app(qtbot, data_dir)
    chooser = again.chooser
    assert chooser.isVisible() and again.wizard is None
    assert chooser.list.count() == 1
    assert chooser.list.currentItem().text().startswith("Wei Zhang")
    qtbot.mouseClick(chooser.buttons["open"], Qt.MouseButton.LeftButton)
    qtbot.addWidget(again.wizard)
    assert again.wizard.currentId() == PageId.SCHOOL
    assert again.wizard.pages[PageId.APPLICANT].full_name.text() == "Wei Zhang"
    back = again.wizard.button(again.wizard.WizardButton.BackButton)
    assert back.isVisible()  # resumed, yet the pages before are one Back away
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert again.wizard.currentId() == PageId.APPLICANT
    assert not chooser.isVisible()
    quit_app(again)


def test_profiles_button_leads_back_to_the_chooser(qtbot, data_dir):
    launcher = start_app(qtbot, data_dir)
    qtbot.addWidget(launcher.wizard)
    profiles = launcher.wizard.button(launcher.wizard.WizardButton.CustomButton1)
    wizard = launcher.wizard
    qtbot.mouseClick(profiles, Qt.MouseButton.LeftButton)
    assert launcher.chooser.isVisible() and not wizard.isVisible()
    assert launcher.wizard is None
    qtbot.mouseClick(launcher.chooser.buttons["new"], Qt.MouseButton.LeftButton)
    qtbot.addWidget(launcher.wizard)
    assert launcher.wizard.isVisible() and launcher.chooser.list.count() == 2
    quit_app(launcher)


@pytest.fixture
def chooser(qtbot, data_dir):
    with open_store(data_dir) as store:
        store.import_profile(FIXTURES / "fresh_graduate.json")
        widget = ProfileChooser()
        qtbot.addWidget(widget)
        widget.show_profiles(store)
        widget.show()
        yield widget


def names(chooser: ProfileChooser) -> list[str]:
    return [chooser.list.item(i).text() for i in range(chooser.list.count())]


def test_chooser_shows_each_profile_with_its_readiness(chooser):
    entry = chooser.list.item(0)
    assert entry.text() == "Amira Hassan"
    assert entry.data(DETAILS_ROLE).startswith("Ready")


def test_duplicate_rename_delete_and_undo_in_the_chooser(qtbot, chooser, monkeypatch):
    qtbot.mouseClick(chooser.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert sorted(names(chooser)) == ["Amira Hassan", "Amira Hassan (copy)"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Amira, second try", True))
    qtbot.mouseClick(chooser.buttons["rename"], Qt.MouseButton.LeftButton)
    assert "Amira, second try" in names(chooser)
    chooser.list.setCurrentRow(names(chooser).index("Amira, second try"))
    qtbot.mouseClick(chooser.buttons["delete"], Qt.MouseButton.LeftButton)
    assert names(chooser) == ["Amira Hassan"]
    assert chooser.undo_row.isVisible()
    qtbot.mouseClick(chooser.undo_button, Qt.MouseButton.LeftButton)
    assert sorted(names(chooser)) == ["Amira Hassan", "Amira, second try"]


def test_importing_a_broken_file_says_why_and_changes_nothing(chooser, tmp_path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "img-readiness-profile", "version": 1, "exams": {"step2_ck": {"score": 999}}}',
        encoding="utf-8",
    )
    assert not chooser.import_from(broken)
    assert "exams.step2_ck.score" in warnings[0]
    assert names(chooser) == ["Amira Hassan"]
    assert chooser.import_from(FIXTURES / "student.json")
    assert len(names(chooser)) == 2


def test_smoke_test_start_shows_a_window_and_exits_cleanly(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--smoke-test", "--data-dir", str(tmp_path / "store")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    assert done.returncode == 0, done.stderr
    assert "first window shown in" in done.stdout
    assert "profiles ready in" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on each void call and aborts
    the interpreter (pyproject.toml keeps below it). Thirty thousand repaints is a long
    afternoon of typing."""
    script = (
        "import ui.qt\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel('x'); label.show()\n"
        "for _ in range(30000): label.repaint()\n"
        "print('still here')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert "still here" in done.stdout
