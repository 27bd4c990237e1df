"""Review: the readiness dashboard (headline, what to do next, one card per area) and the
printable checklist: export on the worker with a preview, open, and print from the PDF."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.checklist import ChecklistItem, Status, urgent_items
from app.engine.items import ItemId
from app.engine.names import join_commas
from ui.navigation import field_label, field_to_answer
from ui.pages.base import ReadinessPage
from ui.profile_session import ProfileSession
from ui.qt import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPixmap,
    QProgressBar,
    QPushButton,
    QShowEvent,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.verdicts import muted_colour
from ui.worker import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from ui.dashboard import AreaCard

logger = logging.getLogger(__name__)

PREVIEW_WIDTH = 220  # logical pixels
PAPER_SETTING = "checklist_paper"


class ReviewPage(ReadinessPage):
    page_key = "review"
    go_to_page = Signal(str)  # a page_key
    answer_requested = Signal(object)  # an ItemId: go to the field that answers it

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Your readiness"))
        self.set_step_title(self.tr("Your readiness"))
        self.setSubTitle(self.tr("Where you stand today, and what is left to do."))
        self.setFinalPage(True)
        self._drawn = False

    def build(self) -> None:
        from ui.dashboard import Headline, NextSteps
        from ui.timeline import PlanPanel

        self.headline = Headline()
        self.headline.answer_requested.connect(self.answer_requested)
        self.overall = self.headline.title  # the verdict in words and colour
        self.progress = self.headline.progress
        self.body_layout.addWidget(self.headline)
        self._build_rules_notice()
        # The lead places the timeline here (see place_timeline).
        self.timeline_slot = QVBoxLayout()
        self.timeline_slot.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addLayout(self.timeline_slot)
        self.plan_panel = PlanPanel()
        self.place_timeline(self.plan_panel)
        steps_column, export_column = self.add_columns()
        self.next_steps = NextSteps()
        self.next_steps.answer_requested.connect(self.answer_requested)
        steps_column.addWidget(self.next_steps)
        self._build_export(export_column)
        # One card per area, two to a row in a wide window (rows keep reading order).
        self.cards_grid = QGridLayout()
        self.cards_grid.setColumnStretch(0, 1)
        self.cards_grid.setColumnStretch(1, 1)
        self.body_layout.addLayout(self.cards_grid)
        self.cards: list[AreaCard] = []
        self._card_columns = 2
        self.not_needed = QLabel()
        self.not_needed.setWordWrap(True)
        self.body_layout.addWidget(self.not_needed)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {muted_colour()};")
        self.body_layout.addWidget(self.notice)
        self.body_layout.addStretch(1)

    def place_timeline(self, widget: QWidget) -> None:
        """Show ``widget`` (the plan's timeline) under the headline, above what to do next."""
        self.timeline_slot.addWidget(widget)

    # -- dashboard -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        super().initializePage()
        self.refresh_verdicts(force=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._drawn:  # opened straight on the review (resumed there)
            self.refresh_verdicts(force=True)

    def refresh_verdicts(self, force: bool = False) -> None:
        if not force and not self.isVisible():
            return  # drawn when the page is entered, not on each keystroke elsewhere
        self._drawn = True
        checklist = self.session.checklist
        urgent = urgent_items(checklist)
        self.headline.show_verdict(checklist, urgent, self.field_name)
        self.next_steps.show_items(urgent, self.field_name)
        self._show_cards()
        self.notice.setText(
            self.tr(
                "Guidance, not an official decision: only ECFMG decides. {rules}; assessed on "
                "{as_of}."
            ).format(rules=checklist.rules_line, as_of=checklist.as_of.isoformat())
        )
        self._show_plan()
        self.rules_notice.setText(checklist.rules_notice)
        self.rules_notice.setAccessibleName(checklist.rules_notice)
        self.rules_notice_frame.setVisible(bool(checklist.rules_notice))

    def plan_now(self) -> Any:
        """The plan to the target Match as the answers stand (app.plan decides every date)."""
        from app.plan import plan

        return plan(self.session.profile, self.session.ruleset, self.session.as_of)

    def _show_plan(self) -> None:
        from app.plan import plan

        session = self.session
        current = self.plan_now()
        target = current.target_match_year
        what_if = (
            plan(session.profile, session.ruleset, session.as_of, target + 1)
            if target is not None and session.ruleset.covers(target + 1)
            else None
        )
        # Calendar events keep their identity per saved profile, whatever its name becomes.
        self.plan_panel.show_plan(current, what_if, scope=f"profile-{session.profile_id}")

    def _show_cards(self) -> None:
        from ui.dashboard import AreaCard

        for card in self.cards:
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        areas = self.session.checklist.by_area()
        shown = [
            (title, items)
            for title, items in areas
            if any(i.status is not Status.NOT_APPLICABLE for i in items)
        ]
        not_needed = [title for title, items in areas if (title, items) not in shown]
        for title, items in shown:
            card = AreaCard(title, items, self.field_name)
            card.answer_requested.connect(self.answer_requested)
            self.cards.append(card)
        self._place_cards()
        self.not_needed.setText(
            self.tr("Not needed with your answers: {areas}.").format(areas=join_commas(not_needed))
            if not_needed
            else ""
        )
        self.not_needed.setVisible(bool(not_needed))

    def _place_cards(self) -> None:
        for index, card in enumerate(self.cards):
            self.cards_grid.removeWidget(card)
            row, column = divmod(index, self._card_columns)
            self.cards_grid.addWidget(card, row, column)

    def _lay_out_columns(self, width: int) -> None:
        super()._lay_out_columns(width)
        columns = 2 if self.is_wide(width) else 1
        if columns != self._card_columns:
            self._card_columns = columns
            self._place_cards()

    def field_name(self, item: ChecklistItem) -> str | None:
        """The name of the field that answers an open item now (None: no field does)."""
        from ui.dashboard import OPEN_STATUSES

        if item.status not in OPEN_STATUSES:
            return None
        path = field_to_answer(
            item.id,
            self.session.value,
            self.session.problems_at,
            item.status is Status.NEEDS_INFO,
        )
        return field_label(path) if path else None

    def first_empty_field(self) -> QWidget | None:
        """On the review, the cursor waits on the one next step's link (else Export)."""
        if self.headline.next_button.isVisible():
            return self.headline.next_button
        return self.export_button

    def dashboard_text(self) -> str:
        """Everything the cards say, as plain text (for tests and screen readers)."""
        return "\n".join(card.text() for card in self.cards)

    def answer_button(self, item_id: ItemId) -> QPushButton | None:
        """The "Go to …" link of an item in its card."""
        for card in self.cards:
            if item_id in card.buttons:
                return card.buttons[item_id]
        return None

    def _build_rules_notice(self) -> None:
        """A calm note (not a warning colour) when the rules are getting old."""
        self.rules_notice_frame = QFrame()
        self.rules_notice_frame.setObjectName("rulesNotice")
        self.rules_notice_frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self.rules_notice_frame)
        column.setContentsMargins(8, 6, 8, 6)
        self.rules_notice = QLabel()
        self.rules_notice.setWordWrap(True)
        column.addWidget(self.rules_notice)
        self.rules_notice_frame.hide()
        self.body_layout.addWidget(self.rules_notice_frame)

    # -- export --------------------------------------------------------------------------------

    def _build_export(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Printable checklist"))
        column = QVBoxLayout(box)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size of the printable checklist"))
        self.paper.setCurrentIndex(max(0, self.paper.findData(self._saved_paper())))
        self.paper.currentIndexChanged.connect(self._paper_chosen)
        paper_label = QLabel(self.tr("Paper si&ze:"))
        paper_label.setBuddy(self.paper)
        paper_row = QHBoxLayout()
        paper_row.addWidget(paper_label)
        paper_row.addWidget(self.paper)
        paper_row.addStretch(1)
        column.addLayout(paper_row)
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.clicked.connect(self.export_pdf)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.clicked.connect(self.print_pdf)
        for button in (self.open_button, self.print_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.open_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.export_progress = QProgressBar()
        self.export_progress.setRange(0, 100)
        self.export_progress.setAccessibleName(self.tr("Progress of the printable checklist"))
        self.export_progress.hide()
        column.addWidget(self.export_progress)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.export_status)
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Preview of page 1"))
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.hide()
        column.addWidget(self.preview)
        column.addStretch(1)
        layout.addWidget(box)
        self.exported_path = Path()

    def _saved_paper(self) -> str:
        """The paper chosen last time, else the one the user's locale prints on."""
        from app.report import default_paper  # the paper module only; reportlab waits

        try:
            saved = self.session.store.get_setting(PAPER_SETTING)
        except Exception:  # a store that cannot answer must not stop the page
            logger.warning("Could not read the saved paper size", exc_info=True)
            saved = None
        return saved if saved in ("a4", "letter") else default_paper()

    def _paper_chosen(self) -> None:
        # Remembered when the store allows; the export uses the choice either way.
        try:
            self.session.store.set_setting(PAPER_SETTING, self.paper.currentData())
        except Exception:
            logger.warning("Could not remember the paper size", exc_info=True)

    def export_pdf(self) -> None:
        from ui.pdf_export import ask_pdf_path

        path = ask_pdf_path(self, self.session.profile.applicant.full_name)
        if path is not None:
            self.export_to(path)

    def _start_work(self, message: str) -> None:
        for button in (self.export_button, self.open_button, self.print_button):
            button.setEnabled(False)
        self.export_progress.setValue(0)
        self.export_progress.show()
        self.export_status.setText(message)

    def _end_work(self, message: str) -> None:
        self.export_button.setEnabled(True)
        has_file = self.exported_path != Path() and self.exported_path.is_file()
        for button in (self.open_button, self.print_button):
            button.setEnabled(has_file)
        self.export_progress.hide()
        self.export_status.setText(message)

    def _progressed(self, percent: int, _message: str) -> None:
        self.export_progress.setValue(percent)

    def export_to(self, path: Path) -> BackgroundTask:
        profile, checklist = self.session.profile, self.session.checklist
        the_plan = self.plan_now()  # its page follows the checklist
        paper = self.paper.currentData()
        self._start_work(self.tr("Writing the checklist…"))

        def write(progress: Callable[[int, str], None]) -> Path:  # on the worker thread
            from app.report import write_checklist_pdf

            return Path(
                write_checklist_pdf(
                    profile, checklist, path, paper=paper, progress=progress, plan=the_plan
                )
            )

        return run_in_background(
            write, self._exported, self._export_failed, self._progressed, owner=self
        )

    def _exported(self, written: Path) -> None:
        self.exported_path = Path(written)
        self._end_work(self.tr("Saved to {path}").format(path=str(written)))
        # Rendered at the screen's own pixel density, so the preview is sharp at 200 % too.
        from ui.pdf_export import render_first_page

        ratio = self.devicePixelRatioF()
        image = render_first_page(self.exported_path, round(PREVIEW_WIDTH * ratio))
        if image is not None:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.preview.setPixmap(pixmap)
            self.preview.show()

    def _export_failed(self, error: BaseException) -> None:
        message = getattr(error, "message", None) or str(error) or type(error).__name__
        self._end_work(
            self.tr("The checklist could not be written: {message}").format(message=message)
        )

    def open_pdf(self) -> bool:
        """Open the written PDF in the system's viewer; says so plainly when there is none."""
        from ui.pdf_export import open_with_system_viewer

        if open_with_system_viewer(self.exported_path):
            return True
        self.export_status.setText(
            self.tr(
                "No program to show PDF files was found on this computer. The checklist is "
                "saved at {path}: open it with a PDF viewer, or print it with Print…."
            ).format(path=str(self.exported_path))
        )
        return False

    def print_pdf(self) -> BackgroundTask | None:
        """The print dialog, then the PDF itself sent to the printer on the worker."""
        from ui.printing import choose_printer, send_to_printer

        choice = choose_printer(self)
        if choice is None:
            return None
        pdf = self.exported_path
        self._start_work(self.tr("Sending the checklist to the printer…"))
        return run_in_background(
            lambda progress: send_to_printer(choice, pdf, progress),
            self._end_work,
            self._print_failed,
            self._progressed,
            owner=self,
        )

    def _print_failed(self, error: BaseException) -> None:
        logger.warning("Printing failed: %s", error)
        self._end_work(self.tr("Not printed: {why}").format(why=str(error) or type(error).__name__))
