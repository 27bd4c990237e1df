"""Keyboard use, accessible names, remembered window size, and a store or school list that will
not open: told plainly, never a crash. (A damaged store: tests/test_ui_store_recovery.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)

from tests.ui_support import QT_WARNINGS_FAIL, import_fixture, new_launcher, open_wizard
from ui.wizard import PageId

pytestmark = QT_WARNINGS_FAIL


def test_every_input_on_every_page_has_a_name_a_screen_reader_can_say(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"))
    unnamed = []
    for page_id, page in wizard.pages.items():
        for kind in (QLineEdit, QComboBox, QPlainTextEdit, QListWidget, QAbstractButton):
            for widget in page.findChildren(kind):
                if isinstance(widget.parent(), QLineEdit):
                    continue  # the line edit's own clear button, named by Qt
                spoken = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else ""
                )
                if not spoken.replace("&", "").strip():
                    unnamed.append(f"{page_id.name}: {type(widget).__name__}")
    assert unnamed == []


def test_tab_moves_through_the_welcome_page_in_reading_order(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id, with_directory=False)
    page = wizard.pages[PageId.APPLICANT]
    order = [page.full_name, page.usmle_id, page.email, page.citizenship, page.match_year]
    page.full_name.setFocus()
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected


def test_alt_mnemonic_jumps_to_its_field(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id, with_directory=False)
    page = wizard.pages[PageId.APPLICANT]
    page.full_name.setFocus()
    qtbot.keyClick(wizard, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.email


def test_the_window_size_is_remembered_for_next_time(qtbot, store):
    profile_id = import_fixture(store, "student.json")
    wizard = open_wizard(qtbot, store, profile_id, with_directory=False)
    wizard.resize(700, 560)  # the offscreen screen is 800 x 800: stay inside it
    wizard.close()
    again = open_wizard(qtbot, store, profile_id, with_directory=False)
    assert (again.width(), again.height()) == (700, 560)


def test_a_store_that_cannot_be_opened_is_explained_in_the_first_window(qtbot, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    launcher = new_launcher(qtbot, blocked)
    with qtbot.waitSignal(launcher.failed, timeout=15_000) as failed:
        launcher.start()
    assert "could not be opened" in failed.args[0]
    assert launcher.chooser.status.text() == failed.args[0]
    assert not launcher.chooser.busy.isVisible()


def test_without_a_school_list_the_school_page_says_so_and_still_lets_you_add_one(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id, with_directory=False)
    wizard.session.set_directory_error("the bundled list is missing")
    wizard.setStartId(PageId.SCHOOL)
    wizard.restart()
    school = wizard.pages[PageId.SCHOOL]
    assert "could not be loaded" in school.search_status.text()
    assert not school.search.isEnabled() and school.not_listed_button.isEnabled()


def test_no_two_controls_on_a_page_share_a_mnemonic_with_each_other_or_the_wizard(qtbot, store):
    import re

    from PySide6.QtWidgets import QLabel, QWizard

    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"))
    wizard_keys = {
        m.group(1).lower()
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton)
        if (m := re.search(r"&(\w)", wizard.buttonText(which)))
    } | {"p"}  # the Profiles… button
    for page_id, page in wizard.pages.items():
        seen: dict[str, str] = {}
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            match = re.search(r"&(\w)", widget.text())
            if match is None or widget.parent().objectName() == "saveBanner":
                continue  # the banner's Retry appears alone, over a failed save
            key = match.group(1).lower()
            assert key not in wizard_keys, (
                f"{page_id.name}: {widget.text()!r} clashes with a button"
            )
            assert key not in seen, f"{page_id.name}: {widget.text()!r} and {seen[key]!r}"
            seen[key] = widget.text()
