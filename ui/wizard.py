"""The readiness wizard: assembles the pages and the step list beside them, routes Next by the
core's verdicts, and puts the cursor where typing goes next."""

from __future__ import annotations

import logging
from enum import IntEnum

from app.checklist import Status
from app.engine.items import ItemId
from ui.keys import AltTypingGuard
from ui.navigation import AREA_PAGES, certification_not_for_them, field_to_answer
from ui.pages.applicant_page import ApplicantPage
from ui.pages.base import ReadinessPage
from ui.pages.clinical_page import ClinicalPage
from ui.pages.credentials_page import CredentialsPage
from ui.pages.documents_page import DocumentsPage
from ui.pages.exams_page import ExamsPage
from ui.pages.review_page import ReviewPage
from ui.pages.school_page import SchoolPage
from ui.profile_session import ProfileSession
from ui.qt import (
    QByteArray,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QSize,
    QTimer,
    QWidget,
    QWizard,
    Signal,
)
from ui.step_list import Step, StepList

GEOMETRY_SETTING = "window_geometry"
# The default window: the screen less room for a task bar and the window's frame, up to a size
# past which lines only grow longer. On a 1366 x 768 screen every page fits without scrolling.
MAX_DEFAULT_SIZE = QSize(1400, 1000)
SCREEN_MARGIN = QSize(48, 56)  # the frame and title bar fit in the height left

# Narrower than this many average characters, the window shows the pages without the step list.
STEPS_MIN_WIDTH_CHARS = 110

logger = logging.getLogger(__name__)


class PageId(IntEnum):
    APPLICANT = 0
    SCHOOL = 1
    EXAMS = 2
    CLINICAL = 3
    CREDENTIALS = 4
    DOCUMENTS = 5
    REVIEW = 6


class ReadinessWizard(QWizard):
    profiles_requested = Signal()  # the "Profiles…" button: back to the chooser

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._show_name()
        session.changed.connect(self._show_name)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        # Every answer is saved as it is typed: there is nothing to cancel.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Profiles…"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("About"))
        self.button(QWizard.WizardButton.HelpButton).setToolTip(self.tr("About IMG Readiness (F1)"))
        self.helpRequested.connect(self.show_about)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.show_about)
        self.customButtonClicked.connect(self._custom_button)
        self.pages: dict[PageId, ReadinessPage] = {
            PageId.APPLICANT: ApplicantPage(session),
            PageId.SCHOOL: SchoolPage(session),
            PageId.EXAMS: ExamsPage(session),
            PageId.CLINICAL: ClinicalPage(session),
            PageId.CREDENTIALS: CredentialsPage(session),
            PageId.DOCUMENTS: DocumentsPage(session),
            PageId.REVIEW: ReviewPage(session),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.review_page.go_to_page.connect(self.go_to_page)
        self.review_page.answer_requested.connect(self.answer_item)
        self.steps = StepList()
        self.steps.step_chosen.connect(self.go_to_page)
        self.setSideWidget(self.steps)
        self.alt_guard = AltTypingGuard(self)
        self._field_to_focus: str | None = None
        self._focus_timer = QTimer(self, singleShot=True, interval=0)
        self._focus_timer.timeout.connect(self._focus_on_page)
        self.walk_to(self._resume_page())
        self.currentIdChanged.connect(self._page_changed)
        session.changed.connect(self._show_steps)
        self._show_steps()
        self.resize(self.default_size())
        self._restore_geometry()

    def _show_name(self) -> None:
        # The system adds the application's name after it ("Amira Hassan — IMG Readiness").
        name = (self.session.profile.applicant.full_name or "").strip() or self.session.name
        self.setWindowTitle(name)

    @property
    def review_page(self) -> ReviewPage:
        return self.pages[PageId.REVIEW]  # type: ignore[return-value]

    def page_id_of(self, page_key: str) -> PageId | None:
        for page_id, page in self.pages.items():
            if page.page_key == page_key:
                return page_id
        return None

    def default_size(self) -> QSize:
        """Fits each page on a 1366 x 768 screen and uses a larger one, up to a limit."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1100, 700)
        available = screen.availableGeometry().size()
        width = min(available.width() - SCREEN_MARGIN.width(), MAX_DEFAULT_SIZE.width())
        height = min(available.height() - SCREEN_MARGIN.height(), MAX_DEFAULT_SIZE.height())
        return QSize(max(width, available.width() // 2), max(height, available.height() // 2))

    # -- routing -------------------------------------------------------------------------------

    def nextId(self) -> int:
        return self._next_of(self.currentId())

    def _next_of(self, current: int) -> int:
        if current == PageId.SCHOOL and self.certification_not_for_them():
            return PageId.REVIEW
        if current == PageId.EXAMS and self.clinical_page_not_needed():
            return PageId.CREDENTIALS
        if current == PageId.REVIEW or current < 0:
            return -1
        return current + 1

    def route(self) -> list[PageId]:
        """The pages the answers lead through, from the first to the review."""
        pages = [PageId.APPLICANT]
        while (following := self._next_of(pages[-1])) != -1:
            pages.append(PageId(following))
        return pages

    def certification_not_for_them(self) -> bool:
        """The core says the applicant is not an IMG (a Canadian graduate before the cut-off)."""
        return certification_not_for_them(self.session.checklist) is not None

    def clinical_page_not_needed(self) -> bool:
        """The core says a valid Step 2 CS pass meets the clinical skills requirement."""
        requirement = self.session.item(ItemId.CLINICAL_REQUIREMENT)
        pathway = self.session.item(ItemId.PATHWAY)
        return (
            requirement is not None
            and requirement.status is Status.MET
            and pathway is not None
            and pathway.status is Status.NOT_APPLICABLE
        )

    def _resume_page(self) -> PageId:
        page_id = self.page_id_of(self.session.last_page or "")
        return page_id if page_id is not None else PageId.APPLICANT

    def walk_to(self, target: PageId) -> None:
        """Open ``target`` as if the user had pressed Next from the start, so Back leads
        through the pages before it (resuming, and Review links to pages not yet visited)."""
        self.setStartId(PageId.APPLICANT)
        self.restart()
        while self.currentId() != target and self.nextId() != -1:
            self.next()

    def go_to_page(self, page_key: str) -> None:
        """Show the page named (from a Review link or the step list), back through the
        visited pages if it is one of them."""
        target = self.page_id_of(page_key)
        if target is None:
            return
        if target == self.currentId():
            self._focus_soon()
        elif target in self.visitedIds():
            while self.currentId() != target:
                self.back()
        else:
            self.walk_to(target)

    def answer_item(self, item_id: ItemId) -> None:
        """Go to the page and the field that answer ``item_id`` (an "Answer this" link)."""
        item = self.session.item(item_id)
        waiting = item is not None and item.status is Status.NEEDS_INFO
        path = field_to_answer(item_id, self.session.value, self.session.problems_at, waiting)
        page_key = self._page_asking(path)
        if page_key is None:
            page_key = AREA_PAGES[item_id.area]
        self._field_to_focus = path
        self.go_to_page(page_key)
        self._focus_soon()

    def _page_asking(self, path: str | None) -> str | None:
        """The key of the first page with a field for ``path`` (pages not built yet are built
        to know: their fields are made with them)."""
        if path is None:
            return None
        for page in self.pages.values():
            page.ensure_built()
            if path in page.field_widgets:
                return page.page_key
        return None

    # -- focus and steps -----------------------------------------------------------------------

    def _focus_soon(self) -> None:
        """After QWizard has given the new page its own focus, put the cursor where it belongs."""
        self._focus_timer.start()

    def _focus_on_page(self) -> None:
        page = self.currentPage()
        if not isinstance(page, ReadinessPage):
            return
        path, self._field_to_focus = self._field_to_focus, None
        if path is None or not page.focus_field(path):
            page.focus_first_empty()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # In a small window (200 % on a small screen) the pages need the room more than the steps.
        self.steps.setVisible(
            self.width() >= STEPS_MIN_WIDTH_CHARS * self.fontMetrics().averageCharWidth()
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_soon()

    def _show_steps(self) -> None:
        route = self.route()
        steps = []
        open_so_far = True  # a step is reachable while nothing before it holds Next back
        for page_id, page in self.pages.items():
            on_route = page_id in route
            steps.append(
                Step(
                    page_key=page.page_key,
                    title=page.step_title(),
                    status=page.step_status() if on_route else None,
                    reachable=on_route and open_so_far,
                    skipped=not on_route,
                )
            )
            if on_route and not page.isComplete():
                open_so_far = False
        current = self.currentPage()
        self.steps.show_steps(steps, current.page_key if isinstance(current, ReadinessPage) else "")

    # -- saving --------------------------------------------------------------------------------

    def _page_changed(self, page_id: int) -> None:
        self.session.flush()
        if page_id in self.pages:
            self.session.set_last_page(self.pages[PageId(page_id)].page_key)
        self._show_steps()
        self._focus_soon()

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.session.flush()
            self.profiles_requested.emit()

    def show_about(self) -> None:
        from ui.about import show_about

        show_about(self, self.session.ruleset)

    def _restore_geometry(self) -> None:
        try:
            saved = self.session.store.get_setting(GEOMETRY_SETTING)
        except Exception:  # the window opens at its default size instead
            logger.warning("Could not read the saved window size", exc_info=True)
            saved = None
        if saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))

    def save_geometry(self) -> None:
        try:
            encoded = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self.session.store.set_setting(GEOMETRY_SETTING, encoded)
        except Exception:  # a forgotten window size is no reason to fail a close
            logger.warning("Could not save the window size", exc_info=True)

    def done(self, result: int) -> None:
        self.session.flush()
        self.save_geometry()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.flush()
        self.save_geometry()
        super().closeEvent(event)
