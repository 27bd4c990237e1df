"""The advisor's note on one profile: free text, dated when it is saved, kept with the profile
and in its export (never one of the applicant's answers)."""

from __future__ import annotations

import ui.qt as qt
from ui.qt import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget, Signal


class NoteDialog(QDialog):
    """The advisor's note on one profile: free text, dated when it is saved."""

    saved = Signal(str)

    def __init__(self, name: str, text: str, dated: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Advisor's note"))
        column = QVBoxLayout(self)
        label = QLabel(self.tr("&Note on “{name}”:").format(name=name))
        label.setWordWrap(True)
        label.setTextFormat(qt.Qt.TextFormat.PlainText)
        self.edit = qt.QPlainTextEdit(text)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Advisor's note"))
        label.setBuddy(self.edit)
        column.addWidget(label)
        column.addWidget(self.edit, 1)
        hint = QLabel(
            self.tr("Last written {dated}. ").format(dated=dated)
            if dated
            else self.tr("Kept with the profile and in its export; not part of its answers. ")
        )
        hint.setText(hint.text() + self.tr("An empty note removes it."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 64, self.fontMetrics().height() * 14)

    def accept(self) -> None:
        self.saved.emit(self.edit.toPlainText())
        super().accept()
