"""The question after the store set its file aside (damaged) or found it empty: what happened,
where the damaged file is now (its folder and its name, wrapped at the separators), and the
backups that can bring the profiles back, each as "a copy from yesterday 21:40 with 3
profiles". The launcher restores the chosen copy and confirms it under the list."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from app.store_words import (
    BackupCopy,
    breakable_path,
    damage_reason,
    other_notices,
    set_aside_files,
    was_empty,
)
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QApplication,
    QComboBox,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QShowEvent,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
)

logger = logging.getLogger(__name__)

# Why a backup was made, beside it in the list of copies.
KIND_WORDS = {
    "auto": QT_TRANSLATE_NOOP("RecoveryDialog", "the daily copy"),
    "before-restore": QT_TRANSLATE_NOOP("RecoveryDialog", "made before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("RecoveryDialog", "made before an upgrade"),
}


def sentence(words: str) -> str:
    """'a copy from …' → 'A copy from …'."""
    return words[:1].upper() + words[1:]


def _label(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RecoveryDialog(QDialog):
    """Accepted: restore :meth:`chosen_backup`; rejected: keep the new, empty store."""

    def __init__(
        self,
        store_path: Path,
        notice: str,
        backups: list[BackupCopy],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backups = backups
        self.set_aside = set_aside_files(store_path, notice)
        empty = was_empty(notice)
        self.setWindowTitle(
            self.tr("Your saved profiles were empty")
            if empty
            else self.tr("Your saved profiles were set aside")
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 92)
        column = QVBoxLayout(self)
        self.heading = _label(rich=True)
        column.addWidget(self.heading)
        self.explanation = _label()
        column.addWidget(self.explanation)
        if empty:
            self._say(
                self.tr("Your saved-profiles file was empty, so the app started a new one."),
                self.tr("Nothing was set aside: there was nothing in the file to keep."),
            )
        else:
            reason = damage_reason(notice)
            self._say(
                self.tr("Your saved profiles could not be opened, so the app started afresh."),
                (
                    self.tr("The file was damaged ({reason}).").format(reason=reason)
                    if reason
                    else self.tr("The file was damaged.")
                )
                + " "
                + self.tr(
                    "It was not deleted: it was moved aside, where you can keep it or send "
                    "it to someone who can help."
                ),
            )
        self.where: QFrame | None = None
        if self.set_aside:
            self.where = self._where_it_went(self.set_aside[0])
            column.addWidget(self.where)
        for line in other_notices(notice):
            column.addWidget(_label(line))
        self.backup_text = _label()
        column.addWidget(self.backup_text)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Backup to restore"))
        for copy in backups:
            self.choice.addItem(self._choice_words(copy))
        self.choice.setCurrentIndex(self._best_index())
        self.choice.currentIndexChanged.connect(self._show_choice)
        self.choice.setVisible(len(backups) > 1)
        column.addWidget(self.choice)
        buttons = QDialogButtonBox()
        if backups:
            self.restore_button: QPushButton | None = QPushButton(self.tr("&Restore this copy"))
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.keep_button = QPushButton(self.tr("&Keep the empty list"))
            buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.restore_button.setDefault(True)
        else:
            self.restore_button = None
            self.keep_button = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
            self.keep_button.setDefault(True)  # nothing to restore: OK keeps the new store
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self._show_choice()
        # Heights that follow the wrapped text at this width (no gap under a two-line heading).
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Enter restores (or closes): the folder's buttons come first in the page, not in focus.
        (self.restore_button or self.keep_button).setFocus()

    def _say(self, heading: str, explanation: str) -> None:
        self.heading.setText(f"<b>{escape(heading)}</b>")
        self.heading.setAccessibleName(heading)
        self.explanation.setText(explanation)

    def _where_it_went(self, moved: Path) -> QFrame:
        """The damaged file's folder and name, each on its own line, with Show and Copy."""
        frame = QFrame()
        grid = QGridLayout(frame)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(_label(self.tr("Where it is now:")), 0, 0, 1, 2)
        self.folder_label = _label(breakable_path(moved.parent))
        self.folder_label.setAccessibleName(self.tr("Folder: {folder}").format(folder=moved.parent))
        self.name_label = _label(breakable_path(moved.name))
        # The name never wraps: the dialog is as wide as it needs (about 55 characters).
        self.name_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(moved.name) + 4)
        self.name_label.setAccessibleName(self.tr("File: {name}").format(name=moved.name))
        grid.addWidget(_label(self.tr("Folder:")), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.folder_label, 1, 1)
        grid.addWidget(_label(self.tr("File:")), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.name_label, 2, 1)
        grid.setColumnStretch(1, 1)
        row = QHBoxLayout()
        self.show_folder_button = QPushButton(self.tr("&Show the folder"))
        self.show_folder_button.clicked.connect(self.show_folder)
        self.copy_path_button = QPushButton(self.tr("&Copy the path"))
        self.copy_path_button.clicked.connect(self.copy_path)
        row.addWidget(self.show_folder_button)
        row.addWidget(self.copy_path_button)
        row.addStretch(1)
        grid.addLayout(row, 3, 1)
        return frame

    def _choice_words(self, copy: BackupCopy) -> str:
        kind = KIND_WORDS.get(copy.kind)
        words = sentence(copy.words())
        return f"{words} ({self.tr(kind)})" if kind else words

    def _best_index(self) -> int:
        """The newest copy that holds a profile (a copy with none brings nothing back)."""
        for index, copy in enumerate(self.backups):
            if copy.profile_count:
                return index
        return 0

    def _show_choice(self) -> None:
        copy = self.chosen_backup()
        if copy is None:
            self.backup_text.setText(
                self.tr(
                    "There is no backup to bring them back. Start a new profile, or import one "
                    "you exported."
                )
            )
        elif len(self.backups) == 1:
            self.backup_text.setText(
                self.tr("A backup can bring your profiles back: {copy}.").format(copy=copy.words())
            )
        else:
            self.backup_text.setText(
                self.tr("A backup can bring your profiles back. Choose the copy to restore:")
            )

    def chosen_backup(self) -> BackupCopy | None:
        if not self.backups:
            return None
        return self.backups[max(self.choice.currentIndex(), 0)]

    def moved_path(self) -> Path | None:
        return self.set_aside[0] if self.set_aside else None

    def show_folder(self) -> bool:
        moved = self.moved_path()
        if moved is None:
            return False
        opened = bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(moved.parent))))
        if not opened:
            logger.info("No file manager to show the folder of the set-aside file")
        return opened

    def copy_path(self) -> None:
        moved = self.moved_path()
        if moved is not None:
            QApplication.clipboard().setText(str(moved))
            self.copy_path_button.setText(self.tr("&Copied"))
