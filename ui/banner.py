"""A calm, non-blocking banner shown when an answer could not be saved; it retries by itself
and offers a Retry button. Nothing typed is dropped while it shows: the session keeps it."""

from __future__ import annotations

from ui.profile_session import ProfileSession
from ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SaveBanner(QFrame):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("saveBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#saveBanner { background: #fff4ce; border: 1px solid #c69500; border-radius: 4px; }"
            "#saveBanner QLabel { color: #3d2e00; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.retry_button = QPushButton(self.tr("&Retry now"), self)
        self.retry_button.setAccessibleName(self.tr("Retry saving"))
        self.retry_button.clicked.connect(session.retry)
        row.addWidget(self.retry_button)
        session.save_failed.connect(self.show_failure)
        session.save_recovered.connect(self.show_recovered)
        self.setVisible(session.is_saving_failing)

    def show_failure(self, detail: str) -> None:
        self.message.setText(
            self.tr(
                "Your latest answers are not saved yet ({detail}). They are kept in this window "
                "and saving is retried every few seconds."
            ).format(detail=detail)
        )
        self.show()

    def show_recovered(self) -> None:
        self.hide()
