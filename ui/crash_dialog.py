"""The dialog for an error nothing else caught: what happened in one sentence, what to do, where
the log file is, and the technical details to copy into a report (see ui/crash.py)."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from app.store_words import breakable_path
from ui.qt import (
    QApplication,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QShowEvent,
    QStyle,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
)

logger = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """What happened in one sentence, what to do, where the log file is; Copy details."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.log_path = log_path
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self._html())
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.message, 1)
        column.addLayout(top)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Technical details"))
        self.details_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.details_view.hide()
        column.addWidget(self.details_view, 1)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the technical details, to paste into a report"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_details_button = QPushButton(self.tr("Show &details"))
        self.show_details_button.setCheckable(True)
        self.show_details_button.toggled.connect(self._show_details)
        buttons.addButton(self.show_details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Show the &log file"))
        self.folder_button.clicked.connect(self.show_log_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setVisible(log_path is not None)  # after addButton, which shows it
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.close_button.setFocus()  # Enter or Esc closes: going on is the calm default

    def _html(self) -> str:
        said = [
            "<p><b>"
            + escape(self.tr("IMG Readiness ran into a problem it did not expect."))
            + "</b></p>",
            "<p>"
            + escape(
                self.tr(
                    "Your answers are saved up to the last one you typed. You can go on; if "
                    "the window does not behave, close IMG Readiness and open it again: it "
                    "opens where you left off."
                )
            )
            + "</p>",
        ]
        if self.log_path is not None:
            said.append(
                "<p>"
                + escape(
                    self.tr(
                        "To report it, send the log file. It records what the app was doing, "
                        "never your answers:"
                    )
                )
                + f"<br><code>{escape(breakable_path(self.log_path))}</code></p>"
            )
        else:
            said.append(
                "<p>"
                + escape(
                    self.tr(
                        "No log file could be written. To report it, use Copy details and "
                        "paste them into your message."
                    )
                )
                + "</p>"
            )
        return "".join(said)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("&Copied"))

    def _show_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.adjustSize()

    def show_log_folder(self) -> bool:
        """Open the folder holding the log file in the system's file manager."""
        if self.log_path is None:
            return False
        opened = bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent))))
        if not opened:
            logger.info("No file manager to show the log folder")
        return opened
