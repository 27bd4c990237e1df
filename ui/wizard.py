"""The readiness wizard: assembles the pages and routes Next by the core's verdicts."""

from __future__ import annotations

import logging
from enum import IntEnum

from app.checklist import Status
from app.engine.items import ItemId
from ui.pages.applicant_page import ApplicantPage
from ui.pages.base import ReadinessPage
from ui.pages.clinical_page import ClinicalPage
from ui.pages.credentials_page import CredentialsPage
from ui.pages.exams_page import ExamsPage
from ui.pages.review_page import ReviewPage
from ui.pages.school_page import SchoolPage
from ui.profile_session import ProfileSession
from ui.qt import QByteArray, QCloseEvent, QSize, QWidget, QWizard, Signal

GEOMETRY_SETTING = "window_geometry"

logger = logging.getLogger(__name__)


class PageId(IntEnum):
    APPLICANT = 0
    SCHOOL = 1
    EXAMS = 2
    CLINICAL = 3
    CREDENTIALS = 4
    REVIEW = 5


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
        # Every answer is saved as it is typed: there is nothing to cancel.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Profiles…"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.customButtonClicked.connect(self._custom_button)
        self.pages: dict[PageId, ReadinessPage] = {
            PageId.APPLICANT: ApplicantPage(session),
            PageId.SCHOOL: SchoolPage(session),
            PageId.EXAMS: ExamsPage(session),
            PageId.CLINICAL: ClinicalPage(session),
            PageId.CREDENTIALS: CredentialsPage(session),
            PageId.REVIEW: ReviewPage(session),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.review_page.go_to_page.connect(self.go_to_page)
        self.walk_to(self._resume_page())
        self.currentIdChanged.connect(self._page_changed)
        self.resize(QSize(860, 720))
        self._restore_geometry()

    def _show_name(self) -> None:
        name = (self.session.profile.applicant.full_name or "").strip() or self.session.name
        self.setWindowTitle(self.tr("IMG Readiness — {name}").format(name=name))

    @property
    def review_page(self) -> ReviewPage:
        return self.pages[PageId.REVIEW]  # type: ignore[return-value]

    def page_id_of(self, page_key: str) -> PageId | None:
        for page_id, page in self.pages.items():
            if page.page_key == page_key:
                return page_id
        return None

    # -- routing -------------------------------------------------------------------------------

    def nextId(self) -> int:
        current = self.currentId()
        if current == PageId.SCHOOL and self.certification_not_for_them():
            return PageId.REVIEW
        if current == PageId.EXAMS and self.clinical_page_not_needed():
            return PageId.CREDENTIALS
        if current == PageId.REVIEW or current < 0:
            return -1
        return current + 1

    def certification_not_for_them(self) -> bool:
        """The core says the applicant is not an IMG (a Canadian graduate before the cut-off)."""
        item = self.session.item(ItemId.IMG_STATUS)
        return item is not None and item.status is Status.NOT_MET and item.blocking

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
        """Show the page named (from a Review link), back through the visited pages if it is
        one of them."""
        target = self.page_id_of(page_key)
        if target is None:
            return
        if target in self.visitedIds():
            while self.currentId() != target:
                self.back()
        else:
            self.walk_to(target)

    # -- saving --------------------------------------------------------------------------------

    def _page_changed(self, page_id: int) -> None:
        self.session.flush()
        if page_id in self.pages:
            self.session.set_last_page(self.pages[PageId(page_id)].page_key)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.session.flush()
            self.profiles_requested.emit()

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
