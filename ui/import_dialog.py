"""What every "import a file" dialog shares: a Choose a file… row, a status line, Close, and a
busy state in which the dialog cannot be closed while the worker writes."""

from __future__ import annotations

import ui.qt as qt
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ImportDialog(QDialog):
    """Subclasses lay out their own parts between ``add_choose_row`` and ``add_close_button``,
    and implement ``choose_file``."""

    finished_work = Signal()  # the result (or the error) is on screen, nothing is running

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self.column = QVBoxLayout(self)
        self.progress: QWidget | None = None
        self.hide_progress_when_idle_only = False  # True: shown by the work itself, hidden here

    def add_paragraph(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.column.addWidget(label)
        return label

    def add_choose_row(self, accessible_name: str) -> None:
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose a &file…"))
        self.choose_button.setAccessibleName(accessible_name)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        self.column.addLayout(row)

    def add_status(self) -> QLabel:
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(qt.Qt.TextFormat.PlainText)  # file names are shown as typed
        self.status.setTextInteractionFlags(qt.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.status)
        return self.status

    def add_close_button(self) -> None:
        self.column.addStretch(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.column.addWidget(self.buttons)

    def choose_file(self) -> None:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.choose_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if self.progress is not None:
            if busy and not self.hide_progress_when_idle_only:
                self.progress.show()
            elif not busy:
                self.progress.hide()
        if not busy:
            self.choose_button.setFocus()
            self.finished_work.emit()

    def reject(self) -> None:
        if not self.busy:  # the worker is still writing: wait for it
            super().reject()

    def closeEvent(self, event: qt.QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
