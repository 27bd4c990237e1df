"""The language the app speaks: chosen once at start, remembered, changed from the profile
chooser (it applies from the next start; "Restart now" starts the app again at once).

The choice, in order: ``--lang es|ar|en`` on the command line, the language the user chose in
the app (a small settings file beside the store, read before the first window in well under a
millisecond), the system's UI languages, English. :func:`apply_language` gives it to the core
(``app.i18n.set_language``: verdicts, reasons and next steps arrive translated), installs our Qt
catalog and Qt's own (standard buttons and dialogs: Next, Cancel, Yes, the file dialog) and turns
the layout right to left for Arabic.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import i18n

logger = logging.getLogger(__name__)

SETTINGS_FILE = "app-settings.ini"
LANGUAGE_KEY = "ui/language"
CATALOG = "img_readiness"
# Qt's own catalogs for the standard buttons and dialogs (qtbase) and the help texts.
QT_CATALOGS = ("qtbase",)

_data_dir: Path | None = None  # the store's folder, where the choice is kept
_installed: list[Any] = []  # our QTranslators, so a test (or a new choice) can take them out
_restart_args: list[str] | None = None  # set by request_restart(); main() starts them at exit


def use_data_dir(data_dir: Path | None) -> None:
    """Keep the choice in ``data_dir`` (None: the user's data folder), as the store is."""
    global _data_dir
    _data_dir = data_dir


def settings_path() -> Path:
    from app.paths import user_data_dir

    return (_data_dir or user_data_dir()) / SETTINGS_FILE


def _settings() -> Any:
    from ui.qt import QSettings

    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def remembered_language() -> str | None:
    """The language the user chose in the app, or None (never chosen, or not ours)."""
    if not settings_path().exists():  # the usual first start: no Qt settings object at all
        return None
    value = _settings().value(LANGUAGE_KEY)
    return i18n.supported(value) if isinstance(value, str) else None


def remember_language(code: str) -> None:
    """Keep ``code`` as the language of the next start."""
    settings = _settings()
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def system_language(ui_languages: Sequence[str] | None = None) -> str | None:
    """The first of the system's UI languages that the app speaks (``es-MX`` → ``es``)."""
    if ui_languages is None:
        from ui.qt import QLocale

        ui_languages = QLocale.system().uiLanguages()
    for name in ui_languages:
        code = i18n.supported(name)
        if code:
            return code
    return None


def choose_language(command_line: str | None) -> str:
    """``--lang`` > the remembered choice > the system's languages > English."""
    return (
        i18n.supported(command_line) or remembered_language() or system_language() or i18n.ENGLISH
    )


def qt_translations_dir() -> str:
    """Where Qt's own catalogs are: Qt's configured folder, else PySide6's own Qt/translations
    (a frozen bundle keeps them there, and Qt's configured path may point outside it)."""
    from pathlib import Path

    from ui.qt import QLibraryInfo, pyside_translations_dir

    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if any(configured.glob("qtbase_*.qm")):
        return str(configured)
    return pyside_translations_dir()


def installed_catalogs() -> list[str]:
    """The Qt catalogs in use (``img_readiness``, ``qtbase``): what --smoke-test reports."""
    return [translator.objectName() for translator in _installed]


def apply_language(app: Any, code: str) -> str:
    """Speak ``code`` from now on: the core's catalog, our Qt catalog, Qt's own, and the layout
    direction. A catalog that is missing is logged and skipped (the text stays English).
    Returns the language in use."""
    from app.paths import resources_dir
    from ui.qt import QTranslator

    remove_translators(app)
    code = i18n.set_language(code)
    if code != i18n.ENGLISH:
        catalogs = [(CATALOG, str(resources_dir() / "translations"))]
        catalogs += [(name, qt_translations_dir()) for name in QT_CATALOGS]
        for name, folder in catalogs:
            translator = QTranslator(app)
            if translator.load(f"{name}_{code}", folder):
                app.installTranslator(translator)
                _installed.append(translator)
                translator.setObjectName(name)
            else:
                logger.warning("No %s catalog for %s in %s", name, code, folder)
    # Left to right is Qt's default: set only when it changes, so that an English start does not
    # touch Qt's namespace for it (12 ms the first time; isRightToLeft() is a plain bool).
    if i18n.is_right_to_left(code) or app.isRightToLeft():
        from ui.qt import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if i18n.is_right_to_left(code)
            else Qt.LayoutDirection.LeftToRight
        )
    return code


def remove_translators(app: Any) -> None:
    """Take our translators out (back to the English source text)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def reset_to_english(app: Any) -> None:
    """English, left to right, no catalog installed (tests end with it)."""
    from ui.qt import Qt

    remove_translators(app)
    i18n.set_language(i18n.ENGLISH)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def restart_command(argv: Sequence[str] | None = None) -> list[str]:
    """The command that started this process, without ``--lang`` (so the language just chosen
    is the one the next start reads)."""
    original = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    if argv is not None:
        original = list(argv)
    command = [sys.executable, *original[1:]]
    kept: list[str] = []
    skip = False
    for arg in command:
        if skip:
            skip = False
            continue
        if arg == "--lang":
            skip = True
            continue
        if arg.startswith("--lang="):
            continue
        kept.append(arg)
    return kept


def request_restart(app: Any) -> None:
    """Quit the normal way (the last answer is saved, the store closed), then start again."""
    global _restart_args
    _restart_args = restart_command()
    app.quit()


def restart_if_requested() -> bool:
    """Called by main() after the app has quit: start the app again if the user asked."""
    global _restart_args
    command, _restart_args = _restart_args, None
    if not command:
        return False
    import subprocess  # here: 5 ms before the first window otherwise, for a rare restart

    logger.info("Starting again in the language just chosen")
    kwargs: dict[str, Any] = {"close_fds": True}
    if os.name == "nt":
        kwargs["creationflags"] = getattr(subprocess, "DETACHED_PROCESS", 0)
    else:
        kwargs["start_new_session"] = True
    subprocess.Popen(command, **kwargs)
    return True
