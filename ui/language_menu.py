"""The language button of the profile chooser: each language in its own name; a new choice is
remembered and applies from the next start, which "Restart now" brings at once."""

from __future__ import annotations

import logging
from typing import Any

from app import i18n
from ui import language
from ui.qt import QActionGroup, QApplication, QMenu, QMessageBox, QPushButton, QWidget

logger = logging.getLogger(__name__)


class LanguageButton(QPushButton):
    """Shows the language in use ("Español"); its menu lists every language by its own name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageButton")
        current = i18n.language()
        self.setText(i18n.LANGUAGES[current])
        self.setToolTip(self.tr("Language of the app"))
        self.setAccessibleName(self.tr("Language: {name}").format(name=i18n.LANGUAGES[current]))
        self.menu_of_languages = QMenu(self)
        # Filled as it first opens: Qt's action types are set up then, not with the first window.
        self.menu_of_languages.aboutToShow.connect(self.fill_menu)
        self.actions_by_code: dict[str, Any] = {}
        self.setMenu(self.menu_of_languages)
        self.message_box: QMessageBox | None = None

    def fill_menu(self) -> None:
        """Each language by its own name, the one in use checked (once)."""
        if self.actions_by_code:
            return
        current = i18n.language()
        choices = QActionGroup(self)
        choices.setExclusive(True)
        for code, name in i18n.LANGUAGES.items():
            action = self.menu_of_languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            choices.addAction(action)
            self.actions_by_code[code] = action
        choices.triggered.connect(lambda action: self.choose(str(action.data())))

    def choose(self, code: str) -> None:
        """Remember ``code`` for the next start and say so (offering to restart now)."""
        if code == i18n.language() and language.remembered_language() in (None, code):
            return
        try:
            language.remember_language(code)
        except Exception:  # a read-only data folder: the choice holds for --lang only
            logger.warning("The language choice cannot be saved", exc_info=True)
        if code == i18n.language():
            return  # back to the language in use: nothing changes at the next start
        self.ask_to_restart(code)

    def notice(self, code: str) -> str:
        """What the user is told, in the language in use and, below, in the one chosen."""
        name = i18n.LANGUAGES[code]
        here = self.tr(
            "IMG Readiness will speak {language} from its next start. Your answers are saved."
        ).format(language=name)
        there = _in_language(
            code,
            "LanguageButton",
            "IMG Readiness will speak {language} from its next start. Your answers are saved.",
        ).format(language=name)
        return here if there == here else f"{here}\n\n{there}"

    def ask_to_restart(self, code: str) -> None:
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.notice(code))
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        self.message_box = box

        def answered(_result: int) -> None:
            if box.clickedButton() is restart:
                app = QApplication.instance()
                if app is not None:
                    language.request_restart(app)

        box.finished.connect(answered)
        box.open()


def _in_language(code: str, context: str, text: str) -> str:
    """``text`` as our catalog for ``code`` says it (itself in English or when not found)."""
    if code == i18n.ENGLISH:
        return text
    from app.paths import resources_dir
    from ui.qt import QTranslator

    translator = QTranslator()
    if not translator.load(f"{language.CATALOG}_{code}", str(resources_dir() / "translations")):
        return text
    return translator.translate(context, text) or text
