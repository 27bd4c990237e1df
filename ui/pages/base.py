"""What every wizard page shares: a scrolling body (so 200 % scaling never clips), the save
banner, verdict lines kept in step with the answers, and Next held back while a field on the page
has a problem."""

from __future__ import annotations

from app.engine.items import ItemId
from ui.banner import SaveBanner
from ui.profile_session import ProfileSession
from ui.qt import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage
from ui.verdicts import VerdictLine


class ReadinessPage(QWizardPage):
    #: Stable name stored as the page to resume on.
    page_key = ""
    #: JSON paths this page answers: a problem under one of them holds back Next.
    answer_paths: tuple[str, ...] = ()

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.verdicts: dict[ItemId, VerdictLine] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = SaveBanner(session, self)
        outer.addWidget(self.banner)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(2, 2, 12, 2)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        self._was_complete: bool | None = None
        session.changed.connect(self._answers_changed)

    def add_intro(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.body_layout.addWidget(label)
        return label

    def add_verdict(self, item_id: ItemId, layout: QVBoxLayout | None = None) -> VerdictLine:
        line = VerdictLine(item_id)
        (layout or self.body_layout).addWidget(line)
        self.verdicts[item_id] = line
        line.show_item(self.session.item(item_id))
        return line

    def refresh_verdicts(self) -> None:
        for item_id, line in self.verdicts.items():
            line.show_item(self.session.item(item_id))

    def page_problems(self) -> list[str]:
        return [m for path in self.answer_paths for m in self.session.problems_at(path)]

    def isComplete(self) -> bool:
        return not self.page_problems()

    def _answers_changed(self) -> None:
        self.refresh_verdicts()
        complete = self.isComplete()
        if complete != self._was_complete:  # QWizard redraws its whole window on this signal
            self._was_complete = complete
            self.completeChanged.emit()
