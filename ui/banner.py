"""Calm, non-blocking banners.

``SaveBanner`` (on every wizard page): an answer could not be saved, so it says why, retries by
itself and offers a Retry button (nothing typed is dropped while it shows: the session keeps it);
it also carries the one-line notice of saved answers the store could not read.

``StoreProblemBanner`` (in the profile chooser's own place for it, under its status line): the
saved profiles could not be opened (a full disk, a read-only folder, a lock...); nothing was
changed, and Retry tries again once it is fixed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Signal

if TYPE_CHECKING:
    from ui.profile_session import ProfileSession

_STYLE = (
    "#{name} {{ background: #fff4ce; border: 1px solid #c69500; border-radius: 4px; }}"
    "#{name} QLabel {{ color: #3d2e00; }}"
)


class SaveBanner(QFrame):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("saveBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(_STYLE.format(name="saveBanner"))
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        row = QHBoxLayout()  # the failed save and Retry (children of the banner itself)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.retry_button = QPushButton(self.tr("&Retry now"), self)
        self.retry_button.setAccessibleName(self.tr("Retry saving"))
        self.retry_button.clicked.connect(session.retry)
        row.addWidget(self.retry_button)
        column.addLayout(row)
        self.unreadable_note = QLabel(self)
        self.unreadable_note.setWordWrap(True)
        self.unreadable_note.setAccessibleName(self.tr("Saved answers that could not be read"))
        column.addWidget(self.unreadable_note)
        session.save_failed.connect(self.show_failure)
        session.save_recovered.connect(self.show_recovered)
        session.unreadable_changed.connect(self._update)
        self._failing = session.is_saving_failing
        self._update()

    def show_failure(self, detail: str) -> None:
        self.message.setText(
            self.tr(
                "Your latest answers are not saved yet ({detail}). They are kept in this window "
                "and saving is retried every few seconds."
            ).format(detail=detail)
        )
        self._failing = True
        self._update()

    def show_recovered(self) -> None:
        self._failing = False
        self._update()

    def _update(self) -> None:
        notice = self.session.unreadable_notice
        self.unreadable_note.setText(notice or "")
        self.unreadable_note.setVisible(notice is not None)
        self.message.setVisible(self._failing)
        self.retry_button.setVisible(self._failing)
        self.setVisible(self._failing or notice is not None)


class StoreProblemBanner(QFrame):
    """Shown under the chooser's status line (which says why the saved profiles could not be
    opened): nothing was changed, and a Retry button."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeProblemBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(_STYLE.format(name="storeProblemBanner"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.setAccessibleName(self.tr("Try opening the saved profiles again"))
        self.retry_button.clicked.connect(self.retry_requested)
        row.addWidget(self.retry_button)
        self.hide()

    def show_problem(self) -> None:
        self.message.setText(
            self.tr("Nothing was changed. Once the problem above is fixed, try again.")
        )
        self.retry_button.setEnabled(True)
        self.show()
