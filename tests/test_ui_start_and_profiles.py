"""Starting the app, the profile chooser, and picking up where the user left off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from app.store import open_store
from tests.ui_support import (
    FIXTURES,
    QT_WARNINGS_FAIL,
    activate,
    replace_text,
    run_python,
    start_app,
)
from ui.launcher import Launcher
from ui.profile_chooser import ProfileChooser
from ui.school_results import DETAILS_ROLE
from ui.wizard import PageId

pytestmark = QT_WARNINGS_FAIL


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


def _first_start(qtbot, data_dir: Path, chooser_after_ms: int = 5_000) -> Launcher:
    """As `python -m ui` starts (quietly, as the smoke test) with no saved profiles yet."""
    launcher = Launcher(None, data_dir)
    launcher.quiet = True
    with qtbot.waitSignal(launcher.ready, timeout=15_000):
        launcher.open_first_window(chooser_after_ms)
    qtbot.addWidget(launcher.wizard)
    return launcher


def test_a_first_start_shows_the_wizard_first_and_makes_the_chooser_only_when_asked(
    qtbot, data_dir
):
    """Nothing flashes up before the wizard: the empty chooser is not even made; "Profiles…"
    makes it, listing the new profile."""
    launcher = _first_start(qtbot, data_dir)
    wizard = launcher.wizard
    assert wizard.isVisible() and wizard.currentId() == PageId.APPLICANT
    assert launcher._chooser is None
    activate(qtbot, wizard)
    replace_text(qtbot, wizard.pages[PageId.APPLICANT].full_name, "Wei Zhang")
    qtbot.mouseClick(
        wizard.button(wizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton
    )
    chooser = launcher.chooser
    qtbot.addWidget(chooser)
    qtbot.waitUntil(chooser.isVisible)
    assert chooser.list.count() == 1
    assert chooser.list.currentItem().text().startswith("Wei Zhang")
    quit_app(launcher)


def test_a_start_with_saved_profiles_shows_the_list_as_its_first_window(
    qtbot, data_dir, monkeypatch
):
    """The chooser is first shown with the profiles already in it: never empty, never saying
    it is still opening them."""
    with open_store(data_dir) as store:
        store.import_profile(FIXTURES / "fresh_graduate.json")
        store.import_profile(FIXTURES / "student.json")
    first_shown: list[tuple[str, int]] = []
    show = ProfileChooser.show

    def recording_show(chooser: ProfileChooser) -> None:
        if not first_shown:
            first_shown.append((chooser.status.text(), chooser.list.count()))
        show(chooser)

    monkeypatch.setattr(ProfileChooser, "show", recording_show)
    launcher = Launcher(None, data_dir)
    launcher.quiet = True
    with qtbot.waitSignal(launcher.ready, timeout=15_000):
        launcher.open_first_window()
    qtbot.addWidget(launcher.chooser)
    assert launcher.wizard is None and launcher.chooser.isVisible()
    assert first_shown == [("Choose a profile to continue, or start a new one.", 2)]
    quit_app(launcher)


def test_a_slow_first_start_shows_the_chooser_until_the_wizard_is_ready(
    qtbot, data_dir, monkeypatch
):
    """A slow disk: after a moment the chooser says it is opening, then the wizard takes over."""
    import time

    import ui.launcher as launcher_module

    opening = launcher_module._open_everything

    def slowly(*args):
        time.sleep(0.4)
        return opening(*args)

    monkeypatch.setattr(launcher_module, "_open_everything", slowly)
    launcher = Launcher(None, data_dir)
    launcher.quiet = True
    seen: list[str] = []
    with qtbot.waitSignal(launcher.ready, timeout=15_000):
        launcher.open_first_window(chooser_after_ms=50)
        qtbot.waitUntil(lambda: launcher._chooser is not None and launcher.chooser.isVisible())
        seen.append(launcher.chooser.status.text())
    qtbot.addWidget(launcher.chooser)
    qtbot.addWidget(launcher.wizard)
    assert seen == ["Opening your saved profiles…"]
    assert launcher.wizard.isVisible() and not launcher.chooser.isVisible()
    quit_app(launcher)


def test_a_first_start_whose_store_cannot_be_made_shows_why_with_retry(qtbot, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    launcher = Launcher(None, blocked / "data")
    launcher.quiet = True
    with qtbot.waitSignal(launcher.failed, timeout=15_000):
        launcher.open_first_window()
    chooser = launcher.chooser
    qtbot.addWidget(chooser)
    qtbot.waitUntil(chooser.isVisible)
    assert launcher.wizard is None
    assert "is a file, not a folder" in chooser.status.text()
    assert launcher.problem_banner is not None and launcher.problem_banner.isVisible()
    assert launcher.problem_banner.retry_button.isEnabled()
    launcher.shut_down()


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


def test_canadian_graduate_before_the_cutoff_is_listed_as_not_their_route(qtbot, data_dir):
    from app.checklist import NOT_YOUR_ROUTE_LABEL, OVERALL_LABELS, Overall, outcome_label
    from app.engine.items import ItemId

    with open_store(data_dir) as store:
        store.import_profile(FIXTURES / "canadian_2024_graduate.json")
        store.import_profile(FIXTURES / "fresh_graduate.json")
        widget = ProfileChooser()
        qtbot.addWidget(widget)
        widget.store = store
        said = {s.name: widget.verdict_words(s) for s in store.list_profiles()}
    assert said["Émilie Tremblay"] == "ECFMG Certification is not your route"
    assert said["Amira Hassan"].startswith("Ready")
    # The words come from the core: another blocking item still reads "Not eligible".
    assert outcome_label(Overall.NOT_ELIGIBLE, ItemId.IMG_STATUS) == NOT_YOUR_ROUTE_LABEL
    assert outcome_label(Overall.NOT_ELIGIBLE, ItemId.STEP1) == OVERALL_LABELS[Overall.NOT_ELIGIBLE]
    assert outcome_label(Overall.NOT_ELIGIBLE) == OVERALL_LABELS[Overall.NOT_ELIGIBLE]


def rename_to(qtbot, chooser: ProfileChooser, name: str) -> QInputDialog:
    """Click Rename…, type the new name in the dialog and press Rename."""
    qtbot.mouseClick(chooser.buttons["rename"], Qt.MouseButton.LeftButton)
    dialog = chooser.rename_dialog
    qtbot.waitExposed(dialog)
    edit = dialog.findChild(QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return dialog


def test_duplicate_rename_delete_and_undo_in_the_chooser(qtbot, chooser):
    qtbot.mouseClick(chooser.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert sorted(names(chooser)) == ["Amira Hassan", "Amira Hassan (copy)"]
    rename_to(qtbot, chooser, "Amira, second try")
    assert "Amira, second try" in names(chooser)
    assert chooser.undo_message.text() == "Renamed to “Amira, second try”."
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
    assert "Step 2 CK score: " in warnings[0]  # the field in the wizard's words
    assert "exams.step2_ck.score" not in warnings[0]
    assert names(chooser) == ["Amira Hassan"]
    assert chooser.import_from(FIXTURES / "student.json")
    assert len(names(chooser)) == 2


def test_smoke_test_start_shows_a_window_and_exits_cleanly(tmp_path):
    done = run_python("-m", "ui", "--smoke-test", "--data-dir", str(tmp_path / "store"))
    assert done.returncode == 0, done.stderr
    assert "first window shown in" in done.stdout
    assert "profiles ready in" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_start_in_arabic_finds_our_qt_catalog_and_qts_own(tmp_path):
    """What the bundle check asks of a frozen app, asked of this one: --lang ar loads the app's
    catalog and Qt's (the standard buttons), and says so."""
    store = str(tmp_path / "store")
    done = run_python("-m", "ui", "--lang", "ar", "--smoke-test", "--data-dir", store)
    assert done.returncode == 0, done.stderr
    assert "language ar: img_readiness, qtbase" in done.stdout


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
    done = run_python("-c", script, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert "still here" in done.stdout


def test_the_rename_dialog_is_of_normal_size_with_its_whole_title(qtbot, chooser):
    qtbot.mouseClick(chooser.buttons["rename"], Qt.MouseButton.LeftButton)
    dialog = chooser.rename_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Rename profile"
    title_room = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) * 2
    assert dialog.width() >= max(title_room, 40 * dialog.fontMetrics().averageCharWidth())
    assert "Amira Hassan" in dialog.question()
    dialog.reject()
    assert names(chooser) == ["Amira Hassan"]


def test_importing_a_profile_of_a_name_already_saved_asks_and_cancel_imports_nothing(
    chooser, monkeypatch
):
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert not chooser.import_from(FIXTURES / "fresh_graduate.json")
    assert asked and "already saved" in asked[0]
    assert names(chooser) == ["Amira Hassan"]
    assert chooser.undo_message.text() == "Nothing was imported."


def test_keep_both_imports_a_second_profile_beside_the_first_and_says_so(chooser, monkeypatch):
    def keep_both(box: QMessageBox) -> int:
        keep = next(b for b in box.buttons() if b.text().replace("&", "") == "Keep both")
        keep.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_both)
    assert chooser.import_from(FIXTURES / "fresh_graduate.json")
    assert sorted(names(chooser)) == ["Amira Hassan", "Amira Hassan (2)"]
    assert chooser.undo_message.text() == ("Imported “Amira Hassan (2)” from fresh_graduate.json.")
    assert not chooser.undo_button.isVisible()


def test_the_undo_bar_of_a_delete_goes_away_after_an_import(qtbot, chooser, tmp_path):
    exported = tmp_path / "amira.json"
    assert chooser.export_to(chooser.selected_id(), exported)
    qtbot.mouseClick(chooser.buttons["delete"], Qt.MouseButton.LeftButton)
    assert chooser.undo_button.isVisible()
    assert chooser.import_from(exported)  # the same profile, back from its file
    assert not chooser.undo_button.isVisible()
    assert "was deleted" not in chooser.undo_message.text()
    assert names(chooser) == ["Amira Hassan"]  # and no Undo can make it two


def test_the_undo_bar_ends_when_its_moment_has_passed(qtbot, chooser):
    chooser._undo_timer.setInterval(50)  # 30 seconds in use
    qtbot.mouseClick(chooser.buttons["delete"], Qt.MouseButton.LeftButton)
    assert chooser.undo_row.isVisible()
    qtbot.waitUntil(lambda: not chooser.undo_row.isVisible(), timeout=2000)
    assert names(chooser) == []  # the delete stands


def test_export_suggests_a_file_named_after_the_profile_and_confirms_where_it_went(
    chooser, tmp_path, monkeypatch
):
    suggested: list[str] = []
    target = tmp_path / "for my advisor"

    def save_as(_parent, _title, proposed, _filter):
        suggested.append(proposed)
        return str(target), "Profiles (*.json)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot_click(chooser.buttons["export"])
    assert Path(suggested[0]).name == "Amira-Hassan.json"
    written = target.with_name("for my advisor.json")
    assert written.is_file()
    assert chooser.undo_message.text() == f"Exported to {written}."


def qtbot_click(button) -> None:
    button.click()


def test_about_names_the_version_the_rules_and_the_licences(qtbot, chooser):
    from app import __version__

    qtbot.mouseClick(chooser.buttons["about"], Qt.MouseButton.LeftButton)
    about = next(w for w in chooser.findChildren(QDialog) if w.isVisible())
    text = about.text.text()
    assert __version__ in text
    assert "Rules version" in text
    for licence in ("MIT", "SIL Open Font License", "CC0", "LGPL"):
        assert licence in text
    about.close()


def test_the_garbage_collector_is_back_on_once_the_app_is_usable(tmp_path):
    """Paused for the start (pause_collection), it runs again once the list is shown, with the
    start's long-lived objects set aside (gc.freeze) rather than left for it to scan."""
    script = (
        "import atexit, gc, sys\n"
        "import ui.main\n"
        "def report():\n"
        "    print('collector', gc.isenabled(), gc.get_freeze_count() > 10000)\n"
        "atexit.register(report)\n"
        "sys.argv = ['img-readiness', '--smoke-test', '--data-dir', sys.argv[1]]\n"
        "sys.exit(ui.main.main())\n"
    )
    for start in ("first start", "saved profiles"):
        done = run_python("-c", script, str(tmp_path / "store"))
        assert done.returncode == 0, (start, done.stderr)
        assert "collector True True" in done.stdout, (start, done.stdout)


def test_the_import_button_offers_files_or_a_roster_and_a_whole_folder(chooser):
    menu = chooser.buttons["import"].menu()
    menu.aboutToShow.emit()  # as it opens
    menu.aboutToShow.emit()  # and again: listed once
    assert [action.text() for action in menu.actions()] == [
        "Profile files or a &roster (CSV)…",
        "Every profile in a &folder…",
    ]
