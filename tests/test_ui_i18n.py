"""The app in the applicant's language: Spanish and Arabic (right to left) from --lang, from the
choice remembered in the app, or from the system; Qt's own buttons translated too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n
from app.store import open_store
from tests.ui_support import FIXTURES, QT_WARNINGS_FAIL, open_wizard
from ui import language
from ui.main import parse_args
from ui.profile_chooser import ProfileChooser
from ui.verdicts import VerdictLine
from ui.wizard import PageId

ROOT = Path(__file__).resolve().parent.parent
pytestmark = QT_WARNINGS_FAIL


@pytest.fixture
def app_language(qapp: QApplication, data_dir: Path) -> Iterator[Any]:
    """Switch the app's language in a test; always back to English, left to right, after."""
    language.use_data_dir(data_dir)

    def use(code: str) -> str:
        return language.apply_language(qapp, code)

    yield use
    language.reset_to_english(qapp)
    language.use_data_dir(None)


@pytest.fixture
def stored(data_dir: Path) -> Iterator[Any]:
    with open_store(data_dir) as store:
        profile = store.import_profile(FIXTURES / "oet_retaker.json")
        yield store, profile.id


def test_in_spanish_the_page_qts_buttons_and_the_verdicts_speak_spanish(
    qtbot, app_language, stored
):
    assert app_language("es") == "es"
    store, profile_id = stored
    wizard = open_wizard(qtbot, store, profile_id)
    page = wizard.pages[PageId.APPLICANT]
    next_words = wizard.button(wizard.WizardButton.NextButton).text().replace("&", "")
    assert next_words.startswith("Siguiente")  # Qt's own translation
    assert page.title() == QCoreApplication.translate("ApplicantPage", "Welcome") != "Welcome"
    verdicts = [line for line in page.findChildren(VerdictLine) if line.isVisible()]
    assert verdicts, "a verdict is shown beside the fields"
    assert "Fuente:" in verdicts[0].label.text()  # our words around the core's verdict
    assert not wizard.isRightToLeft()
    wizard.close()


def test_in_arabic_the_wizard_runs_right_to_left_in_arabic_words(qtbot, app_language, stored):
    assert app_language("ar") == "ar"
    store, profile_id = stored
    wizard = open_wizard(qtbot, store, profile_id)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.isRightToLeft() and wizard.steps.isRightToLeft()
    title = wizard.pages[PageId.APPLICANT].title()
    assert title == QCoreApplication.translate("ApplicantPage", "Welcome")
    assert any("\u0600" <= ch <= "\u06ff" for ch in title), title
    wizard.close()


def test_the_tests_start_and_end_in_english():
    assert i18n.language() == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("ApplicantPage", "Welcome") == "Welcome"


def test_a_language_chosen_in_the_chooser_is_remembered_for_the_next_start(
    qtbot, app_language, data_dir, monkeypatch
):
    app_language(language.choose_language(None))
    assert i18n.language() == "en"  # nothing chosen yet, and the tests' system says English
    chooser = ProfileChooser()
    qtbot.addWidget(chooser)
    button = chooser.language_button
    assert button.text() == "English"
    button.menu_of_languages.aboutToShow.emit()  # as the menu opens
    assert [a.text() for a in button.menu_of_languages.actions()] == list(
        i18n.LANGUAGES.values()
    )  # each language in its own name
    restarts: list[Any] = []
    monkeypatch.setattr(language, "request_restart", restarts.append)
    button.actions_by_code["es"].trigger()
    box = button.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Español" in box.text() and "next start" in box.text()
    assert "próxima vez" in box.text()  # said in the language chosen too
    later = next(b for b in box.buttons() if "Later" in b.text())
    later.click()
    assert restarts == [] and i18n.language() == "en"  # applies from the next start
    chooser.close()

    # The next start: the remembered choice, before the first window.
    assert language.remembered_language() == "es"
    assert app_language(language.choose_language(None)) == "es"
    again = ProfileChooser()
    qtbot.addWidget(again)
    assert again.language_button.text() == "Español"
    assert again.buttons["new"].text() == QCoreApplication.translate("ProfileChooser", "&New")
    assert again.buttons["new"].text() != "&New"
    again.close()


def test_restart_now_quits_to_start_again_without_the_old_lang_option(
    qtbot, app_language, monkeypatch
):
    app_language("en")
    chooser = ProfileChooser()
    qtbot.addWidget(chooser)
    restarts: list[Any] = []
    monkeypatch.setattr(language, "request_restart", restarts.append)
    chooser.language_button.choose("ar")
    box = chooser.language_button.message_box
    assert box is not None
    box.defaultButton().click()  # "Restart now"
    assert restarts == [QApplication.instance()]
    assert language.remembered_language() == "ar"
    command = language.restart_command(["python", "-m", "ui", "--lang", "es", "--data-dir", "d"])
    assert command[1:] == ["-m", "ui", "--data-dir", "d"]
    assert language.restart_command(["app", "--lang=es"])[1:] == []
    chooser.close()


def test_the_command_line_language_wins_over_the_remembered_and_the_system(app_language, data_dir):
    language.remember_language("es")
    assert language.choose_language("ar") == "ar"
    assert language.choose_language(None) == "es"
    assert parse_args(["--lang", "ar"]).lang == "ar"
    with pytest.raises(SystemExit):
        parse_args(["--lang", "xx"])


def test_the_system_language_is_used_when_nothing_was_chosen(app_language):
    assert language.system_language(["es-MX", "en-US"]) == "es"
    assert language.system_language(["de-DE", "ar-EG"]) == "ar"
    assert language.system_language(["de-DE"]) is None
    assert language.remembered_language() is None


def test_the_timeline_runs_right_to_left_in_arabic(qtbot, app_language):
    import datetime as dt

    from ui.timeline import TimelineView

    app_language("ar")
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(400, 124)
    view.plan = type("P", (), {"steps": [], "as_of": dt.date(2027, 1, 1)})()  # type: ignore[assignment]
    view._span = lambda: (dt.date(2027, 1, 1), dt.date(2028, 1, 1))  # type: ignore[method-assign]
    assert view.x_of(dt.date(2027, 1, 1)) > view.x_of(dt.date(2028, 1, 1))  # earliest on the right


def test_every_string_in_the_qt_catalogs_has_its_class_context():
    """pyside6-lupdate files a string under a wrong context when a call hides it (a wrapper, a
    variable context, an f-string): every context must be a class-like name, no comment may
    hold the real text, and each translation keeps the source's placeholders."""
    import re

    for path in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            assert re.fullmatch(r"[A-Z][A-Za-z]+", name), (path.name, name)
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                assert not message.findtext("comment"), (name, source)
                placeholders = set(re.findall(r"\{\w+\}", source))
                translation = message.find("translation")
                assert translation is not None
                forms = [f.text or "" for f in translation.iter("numerusform")] or [
                    translation.text or ""
                ]
                for form in forms:
                    if form and translation.get("type") != "unfinished":
                        missing = placeholders - set(re.findall(r"\{\w+\}", form))
                        # a plural form for one may say the count in words ("un perfil")
                        if message.get("numerus") == "yes":
                            missing -= {"{count}", "{n}", "{total}", "{more}"}
                        assert not missing, (path.name, name, source, form)


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_no_page_is_wider_than_the_window_in_any_language(qtbot, app_language, stored, code):
    """Longer Spanish words, Arabic and long document names wrap or shrink: no page scrolls
    sideways (a sideways scroll hides the end of every sentence, and in Arabic their start)."""
    app_language(code)
    store, profile_id = stored
    wizard = open_wizard(qtbot, store, profile_id)
    wide = []
    for page_id in PageId:
        wizard.walk_to(page_id)
        QApplication.processEvents()
        if wizard.pages[page_id].scroll_area.horizontalScrollBar().maximum() > 0:
            wide.append(page_id.name)
    assert not wide, f"pages wider than the window in {code}: {wide}"
    wizard.close()


def test_a_start_with_no_arguments_means_every_options_default():
    """`img-readiness` from the desktop skips building the parser: the same defaults."""
    from ui.main import argument_parser

    assert parse_args([]) == argument_parser().parse_args([])
