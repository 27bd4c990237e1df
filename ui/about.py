"""About IMG Readiness: the app's version, the rules in use (version and date), and the licences
of what it ships with (the fonts, the school list, Qt and PySide6), with the folder holding their
full texts."""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from ui.qt import (
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    qt_version,
)

logger = logging.getLogger(__name__)


class AboutDialog(QDialog):
    def __init__(self, ruleset: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app import APP_NAME, __version__

        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        column = QVBoxLayout(self)
        self.text = QLabel(self._html(APP_NAME, __version__, ruleset))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = QPushButton(self.tr("Show the &licence texts"))
        self.licences_button.clicked.connect(self.open_licences)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _html(self, app_name: str, version: str, ruleset: Any) -> str:
        if ruleset is not None:
            from app.checklist import origin_label
            from app.i18n import format_date

            rules = self.tr("Rules version {version} of {updated} ({origin}).").format(
                version=ruleset.version,
                updated=format_date(ruleset.updated),
                origin=origin_label(ruleset.origin),
            )
        else:
            rules = self.tr("The rules in use could not be read.")
        lines = [
            f"<h3>{escape(app_name)} {escape(version)}</h3>",
            "<p>"
            + escape(
                self.tr(
                    "An offline advisor for international medical graduates on their way to "
                    "ECFMG Certification. Guidance, not an official decision: only ECFMG decides."
                )
            )
            + "</p>",
            f"<p>{escape(rules)}</p>",
            "<p><b>" + escape(self.tr("Licences")) + "</b></p><ul>",
            *(
                f"<li>{escape(line)}</li>"
                for line in (
                    self.tr("IMG Readiness: MIT licence."),
                    self.tr(
                        "Fonts in the printable checklist: Noto Sans (SIL Open Font License "
                        "1.1) and WenQuanYi Micro Hei (Apache License 2.0)."
                    ),
                    self.tr(
                        "School list: from the Research Organization Registry (ROR), CC0 1.0. "
                        "It is not the World Directory of Medical Schools."
                    ),
                    self.tr(
                        "Qt {qt} and PySide6: GNU Lesser General Public License v3 (LGPL-3.0); "
                        "you may replace them with your own build."
                    ).format(qt=qt_version()),
                )
            ),
            "</ul>",
            f"<p>{escape(self.log_line())}</p>",
        ]
        return "".join(lines)

    def log_line(self) -> str:
        """Where the log file is, to attach to a bug report (it never holds your answers)."""
        from app.logs import current_log_file
        from app.store_words import breakable_path

        path = current_log_file()
        if path is None:
            return self.tr("No log file is written this time: the data folder cannot take one.")
        return self.tr(
            "The log file, to attach to a bug report (it never holds your answers): {path}"
        ).format(path=breakable_path(path))

    def licences_folder(self) -> str:
        from app.paths import resources_dir

        return str(resources_dir() / "licenses")

    def open_licences(self) -> bool:
        opened = bool(QDesktopServices.openUrl(QUrl.fromLocalFile(self.licences_folder())))
        if not opened:
            logger.info("No file manager to show %s", self.licences_folder())
            self.text.setText(
                self.text.text()
                + "<p>"
                + escape(
                    self.tr("The licence texts are in {folder}.").format(
                        folder=self.licences_folder()
                    )
                )
                + "</p>"
            )
        return opened


def show_about(parent: QWidget, ruleset: Any = None) -> AboutDialog:
    """Open the About box (window-modal: the window waits, and keeps painting)."""
    dialog = AboutDialog(ruleset, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
