"""What a desktop app is expected to have: `img-readiness --version`, a log file to attach to a
bug report (that never holds an answer), a calm dialog for an error nothing else caught, window
titles that name the app once, and a review page that does not load the PDF library."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import __version__
from app.logs import LOG_FILE_NAME, LOG_FOLDER_NAME, configure_logging, current_log_file
from app.rules import load_ruleset
from app.store import open_store
from app.store_words import WORD_JOINER, ZERO_WIDTH_SPACE
from tests.ui_support import (
    FIXTURES,
    QT_WARNINGS_FAIL,
    activate,
    import_fixture,
    replace_text,
    start_app,
)
from ui.wizard import PageId

pytestmark = QT_WARNINGS_FAIL

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "IMG Readiness"


def run_ui(*argv: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IMG_READINESS_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "ui", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def logged(data_dir: Path) -> Iterator[Path]:
    """This test's process logs to the log file in its data folder, as the app does."""
    path = configure_logging(data_dir, "img-readiness")
    assert path == data_dir / LOG_FOLDER_NAME / LOG_FILE_NAME
    yield path
    stop_logging()


def stop_logging() -> None:
    """Take back the handler configure_logging added (the next test logs elsewhere)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_img_readiness_handler", False):
            root.removeHandler(handler)
            handler.close()


def log_text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted(path.parent.glob("*.log*")))


def test_version_prints_the_app_and_the_rules_and_exits_0(tmp_path):
    rules = load_ruleset()
    done = run_ui("--version", data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        f"{APP_NAME} {__version__}\n"
        f"Rules version {rules.version} of {rules.updated.isoformat()} (bundled)\n"
    )
    assert not (tmp_path / "data").exists()  # asking the version creates nothing


def test_a_start_writes_a_private_log_file_in_the_data_folder(tmp_path):
    data = tmp_path / "data"
    done = run_ui("--smoke-test", "--data-dir", str(data), data_dir=tmp_path / "elsewhere")
    assert done.returncode == 0, done.stderr
    log = data / "logs" / "img-readiness.log"
    assert log.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    text = log.read_text(encoding="utf-8")
    assert f"img-readiness {__version__} started" in text
    assert " Qt 6." in text


def test_the_log_file_is_rotated_and_stays_a_few_hundred_kb(data_dir, monkeypatch):
    import app.logs

    monkeypatch.setattr(app.logs, "MAX_LOG_BYTES", 4_000)
    path = configure_logging(data_dir, "img-readiness")
    assert path is not None
    try:
        for number in range(300):  # about 25 KB of lines
            logging.getLogger("tests").info("event number %d happened", number)
    finally:
        stop_logging()
    older = path.with_name(path.name + ".1")
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, older.name]
    assert path.stat().st_size < 4_500 and older.stat().st_size < 4_500
    assert "event number 299 happened" in path.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(older.stat().st_mode) == stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_log_holds_events_and_never_an_answer_typed(qtbot, data_dir, logged, monkeypatch):
    typed = {
        "name": "Xochitl Quetzalli",
        "usmle": "5-987-654-3",
        "email": "xq.private@example.org",
    }
    launcher = start_app(qtbot, data_dir)  # first start: a new profile in the wizard
    wizard = launcher.wizard
    qtbot.addWidget(wizard)
    activate(qtbot, wizard)
    applicant = wizard.pages[PageId.APPLICANT]
    replace_text(qtbot, applicant.full_name, typed["name"])
    replace_text(qtbot, applicant.usmle_id, typed["usmle"])
    replace_text(qtbot, applicant.email, typed["email"])
    replace_text(qtbot, applicant.match_year, "1999")  # refused as impossible: a logged path?
    wizard.session.flush()
    # Back to the list; a second profile may not take the same name (the refusal is logged).
    qtbot.mouseClick(wizard.button(wizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)
    chooser = launcher.chooser
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: None)
    other = launcher.store.create_profile().id
    chooser._rename(other, typed["name"])
    # A profile file with a bad value is refused (its value is not logged either).
    bad = data_dir.parent / "bad.json"
    bad.write_text(
        '{"format": "img-readiness-profile", "version": 1, '
        '"applicant": {"full_name": "Zebulon Quayle", "email": "not an address zq"}}',
        encoding="utf-8",
    )
    chooser.import_from(bad)
    # The CLI logs to the same file: the command's name, never its arguments.
    from app.cli import main as cli

    assert cli(["assess", typed["name"], "--as-of", "2026-11-25"]) in (0, 1)
    launcher.shut_down()

    text = log_text(logged)
    assert "img-readiness 0.1.0 started" in text and "Command: assess" in text
    assert "A profile action was refused: NameTaken" in text
    for value in (*typed.values(), "Xochitl", "Quetzalli", "Zebulon", "not an address zq"):
        assert value not in text, f"{value!r} is in the log"


def test_about_shows_where_the_log_file_is(qtbot, data_dir, logged):
    from ui.about import AboutDialog

    about = AboutDialog(load_ruleset())
    qtbot.addWidget(about)
    text = about.text.text().replace(ZERO_WIDTH_SPACE, "").replace(WORD_JOINER, "")
    assert str(logged) in text
    assert current_log_file() == logged


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_calm_dialog_and_its_traceback_is_logged(
    qtbot, data_dir, logged, monkeypatch
):
    from ui.crash import CrashReporter
    from ui.profile_chooser import ProfileChooser

    def about_that_fails(self) -> None:
        why = " ".join(["the", "About", "box", "fell", "over"])  # not in the source line
        raise RuntimeError(why)

    monkeypatch.setattr(ProfileChooser, "show_about", about_that_fails)
    with open_store(data_dir) as store:
        import_fixture(store, "fresh_graduate.json")
    launcher = start_app(qtbot, data_dir)
    chooser = launcher.chooser
    reporter = CrashReporter()
    reporter.install()
    try:
        qtbot.mouseClick(chooser.buttons["about"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        dialog = reporter.dialog
        said = dialog.message.text()
        assert "ran into a problem it did not expect" in said
        assert "close IMG Readiness and open it again" in said
        assert str(logged) in said.replace(ZERO_WIDTH_SPACE, "").replace(WORD_JOINER, "")
        assert not dialog.details_view.isVisible()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        copied = QApplication.clipboard().text()
        assert copied.startswith(f"{APP_NAME} {__version__} · Python ")
        assert "RuntimeError: the About box fell over" in copied
        text = log_text(logged)
        assert "CRITICAL" in text and "Traceback (most recent call last)" in text
        assert "in about_that_fails" in text and "RuntimeError (its message is not logged" in text
        assert "the About box fell over" not in text  # a message may quote an answer
        # The same error again (a failing paint repeats): logged, but no second dialog.
        qtbot.mouseClick(chooser.buttons["about"], Qt.MouseButton.LeftButton)
        qtbot.wait(50)
        assert [w for w in QApplication.topLevelWidgets() if isinstance(w, type(dialog))] == [
            dialog
        ]
        assert log_text(logged).count("RuntimeError (its message is not logged") == 2
        dialog.close()
    finally:
        reporter.uninstall()
    launcher.shut_down()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_thread_is_told_on_the_main_thread_and_logged(qtbot, logged):
    import threading

    from ui.crash import CrashReporter

    def work() -> None:
        typed = "".join(["2", "o", "5"])  # a score typed with a letter o
        int(typed)

    reporter = CrashReporter()
    reporter.install()
    try:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        assert "ValueError: invalid literal" in reporter.dialog.details  # for Copy details
        text = log_text(logged)
        assert "ValueError (its message is not logged" in text and "2o5" not in text
        reporter.dialog.close()
    finally:
        reporter.uninstall()


def test_window_titles_name_the_app_once(qtbot, data_dir):
    """Qt adds the application's display name after a title, unless the title ends with it."""

    def as_shown(title: str) -> str:
        return title if title.endswith(APP_NAME) else f"{title} — {APP_NAME}"

    with open_store(data_dir) as store:
        import_fixture(store, "fresh_graduate.json")
    launcher = start_app(qtbot, data_dir)
    chooser = launcher.chooser
    launcher.open_profile(launcher.store.list_profiles()[0].id)
    wizard = launcher.wizard
    qtbot.addWidget(wizard)
    from ui.about import AboutDialog
    from ui.crash_dialog import CrashDialog

    titles = [chooser.windowTitle(), wizard.windowTitle(), AboutDialog().windowTitle()]
    titles.append(CrashDialog("details", None).windowTitle())
    assert wizard.windowTitle() == "Amira Hassan"
    for title in titles:
        assert as_shown(title).count(APP_NAME) == 1, title
    wizard.close()
    launcher.shut_down()


def test_the_review_page_draws_without_loading_the_pdf_library(tmp_path):
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.rules import load_ruleset
from app.store import open_store
from ui.profile_session import ProfileSession
from ui.wizard import PageId, ReadinessWizard
store = open_store()
stored = store.get_profile(store.import_profile({str(FIXTURES / "oet_retaker.json")!r}).id)
wizard = ReadinessWizard(ProfileSession(store, stored, load_ruleset()))
wizard.show()
wizard.walk_to(PageId.REVIEW)
app.processEvents()
assert wizard.currentId() == PageId.REVIEW and wizard.review_page._drawn
print(sorted(m for m in sys.modules if m.split(".")[0] == "reportlab")[:3])
store.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IMG_READINESS_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_crash_dialog_without_a_log_file_says_to_copy_the_details(qtbot):
    from ui.crash_dialog import CrashDialog

    dialog = CrashDialog("Traceback: …", None)
    qtbot.addWidget(dialog)
    assert "No log file could be written" in dialog.message.text()
    assert not dialog.folder_button.isVisibleTo(dialog)
    assert isinstance(dialog, QDialog)
