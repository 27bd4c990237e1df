"""Review: readiness at a glance, the checklist by area with reasons, sources and next steps,
links back to the page that answers each open item, and the PDF export with a preview."""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from pathlib import Path

from app.checklist import OVERALL_LABELS, STATUS_LABELS, ChecklistItem, Overall, Status
from app.engine.items import Area
from ui.pages.base import ReadinessPage
from ui.pdf_export import ask_pdf_path, open_with_system_viewer, print_pdf, render_first_page
from ui.profile_session import ProfileSession
from ui.qt import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPixmap,
    QProgressBar,
    QPushButton,
    QSizeF,
    QSizePolicy,
    Qt,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.verdicts import STATUS_MARKS, item_html, open_link, status_colour
from ui.worker import BackgroundTask, run_in_background

logger = logging.getLogger(__name__)

# Which page answers the questions behind each area of the checklist.
AREA_PAGES: dict[Area, str] = {
    Area.MATCH: "applicant",
    Area.ELIGIBILITY: "school",
    Area.SCHOOL: "school",
    Area.EXAMS: "exams",
    Area.CLINICAL: "clinical",
    Area.CREDENTIALS: "credentials",
    Area.APPLICATION: "credentials",
}
OPEN_STATUSES = (Status.NOT_MET, Status.NEEDS_INFO)
PREVIEW_WIDTH = 260  # logical pixels
PAPER_SETTING = "checklist_paper"
# The mark and colour of each overall verdict (words always go with them).
OVERALL_STATUS: dict[Overall, Status] = {
    Overall.READY: Status.MET,
    Overall.NOT_ELIGIBLE: Status.NOT_MET,
    Overall.NOT_READY: Status.NOT_MET,
    Overall.INCOMPLETE: Status.PENDING,
    Overall.NOT_YET_KNOWN: Status.NEEDS_INFO,  # "?": met as far as ECFMG has published
}


class ReviewPage(ReadinessPage):
    page_key = "review"
    go_to_page = Signal(str)  # a page_key

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Your readiness"))
        self.setSubTitle(self.tr("Where you stand today, and what is left to do."))
        self.setFinalPage(True)
        self.overall = QLabel()
        self.overall.setWordWrap(True)
        self.overall.setTextFormat(Qt.TextFormat.RichText)
        self.body_layout.addWidget(self.overall)
        self.glance = QLabel()
        self.glance.setTextFormat(Qt.TextFormat.RichText)
        self.glance.setWordWrap(True)
        self.body_layout.addWidget(self.glance)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.body_layout.addWidget(self.notice)
        self._build_rules_notice()
        self._build_export()  # above the long checklist, where it is seen without scrolling
        self.checklist_view = QTextBrowser()
        self.checklist_view.setOpenLinks(False)
        self.checklist_view.setAccessibleName(self.tr("Checklist by area"))
        # As tall as its text: the page scrolls as one, not a box inside a box.
        self.checklist_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist_view.document().documentLayout().documentSizeChanged.connect(
            self._fit_checklist_height
        )
        self.checklist_view.anchorClicked.connect(self._link_clicked)
        self.body_layout.addWidget(self.checklist_view)
        self.body_layout.addStretch(1)
        self.refresh_verdicts(force=True)

    # -- checklist -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.refresh_verdicts(force=True)

    def refresh_verdicts(self, force: bool = False) -> None:
        if not force and not self.isVisible():
            return  # drawn when the page is entered, not on each keystroke elsewhere
        checklist = self.session.checklist
        mark_status = OVERALL_STATUS[checklist.overall]
        self.overall.setText(
            f'<span style="font-size:large; font-weight:600; color:{status_colour(mark_status)}">'
            f"{STATUS_MARKS[mark_status]} {escape(OVERALL_LABELS[checklist.overall])}</span>"
        )
        self.overall.setAccessibleName(OVERALL_LABELS[checklist.overall])
        self.glance.setText(self._glance_html())
        self.checklist_view.setHtml(self._checklist_html())
        self.notice.setText(
            self.tr(
                "Guidance, not an official decision: only ECFMG decides. {rules}; assessed on "
                "{as_of}."
            ).format(rules=checklist.rules_line, as_of=checklist.as_of.isoformat())
        )
        self.rules_notice.setText(checklist.rules_notice)
        self.rules_notice.setAccessibleName(checklist.rules_notice)
        self.rules_notice_frame.setVisible(bool(checklist.rules_notice))

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

    def _fit_checklist_height(self, size: QSizeF) -> None:
        frame = 2 * self.checklist_view.frameWidth()
        self.checklist_view.setFixedHeight(int(size.height()) + frame + 2)

    def counts(self) -> dict[str, int]:
        by_status = self.session.checklist.counts()
        return {
            "done": by_status[Status.MET],
            "pending": by_status[Status.PENDING],
            "missing": by_status[Status.NEEDS_INFO] + by_status[Status.NOT_MET],
        }

    def _glance_html(self) -> str:
        counts = self.counts()
        rows = []
        for area in Area:
            items = [i for i in self.session.checklist.items if i.area is area]
            if not items:
                continue
            title = area.label
            marks = " ".join(
                f'<span style="color:{status_colour(i.status)}" title="{escape(i.title)}">'
                f"{STATUS_MARKS[i.status]}</span>"
                for i in items
            )
            words = ", ".join(
                f"{escape(i.title)}: {escape(STATUS_LABELS[i.status]).lower()}"
                + (escape(self.tr(" (on an estimate)")) if self._on_estimate(i) else "")
                for i in items
            )
            rows.append(
                f"<tr><td style='padding-right:12px'><b>{escape(title)}</b></td>"
                f"<td style='font-size:large; padding-right:12px'>{marks}</td>"
                f"<td><small>{words}</small></td></tr>"
            )
        summary = self.tr("{done} done · {pending} in progress · {missing} missing").format(
            **counts
        )
        return f"<p><b>{escape(summary)}</b></p><table>{''.join(rows)}</table>"

    @staticmethod
    def _on_estimate(item: ChecklistItem) -> bool:
        """Said in the glance too: these are what hold an all-met checklist at "not yet known"."""
        return item.on_estimate and item.status is not Status.NOT_APPLICABLE

    def _checklist_html(self) -> str:
        parts = []
        for title, items in self.session.checklist.by_area():
            parts.append(f"<h3>{escape(title)}</h3>")
            for item in items:
                html = item_html(item)
                if item.status in OPEN_STATUSES:
                    link = escape(
                        self.tr("Answer this on the {page} page").format(
                            page=self._page_title(AREA_PAGES.get(item.area, ""))
                        )
                    )
                    html += f'<br><a href="page:{AREA_PAGES.get(item.area, "")}">{link} →</a>'
                parts.append(f"<p>{html}</p>")
        return "".join(parts)

    def _page_title(self, page_key: str) -> str:
        titles = {
            "applicant": self.tr("Welcome"),
            "school": self.tr("school"),
            "exams": self.tr("USMLE"),
            "clinical": self.tr("clinical skills"),
            "credentials": self.tr("credentials"),
        }
        return titles.get(page_key, page_key)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "page":
            self.go_to_page.emit(url.path())
        else:
            open_link(url.toString())

    # -- export --------------------------------------------------------------------------------

    def _build_export(self) -> None:
        box = QGroupBox(self.tr("Printable checklist"))
        row = QHBoxLayout(box)
        column = QVBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.clicked.connect(self.export_pdf)
        self.export_progress = QProgressBar()
        self.export_progress.setRange(0, 100)
        self.export_progress.hide()
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(lambda: open_with_system_viewer(self.exported_path))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.clicked.connect(lambda: print_pdf(self, self.exported_path))
        for button in (self.open_button, self.print_button):
            button.setEnabled(False)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size of the printable checklist"))
        self.paper.setCurrentIndex(max(0, self.paper.findData(self._saved_paper())))
        self.paper.currentIndexChanged.connect(self._paper_chosen)
        paper_label = QLabel(self.tr("Paper si&ze:"))
        paper_label.setBuddy(self.paper)
        buttons = QHBoxLayout()
        for widget in (paper_label, self.paper):
            buttons.addWidget(widget)
        for button in (self.export_button, self.open_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.export_progress)
        column.addWidget(self.export_status)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Preview of page 1"))
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.hide()
        row.addWidget(self.preview)
        self.body_layout.addWidget(box)
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
        path = ask_pdf_path(self, self.session.profile.applicant.full_name)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        profile, checklist = self.session.profile, self.session.checklist
        paper = self.paper.currentData()
        self.export_button.setEnabled(False)
        self.export_progress.setValue(0)
        self.export_progress.show()
        self.export_status.setText(self.tr("Writing the checklist…"))

        def write(progress: Callable[[int, str], None]) -> Path:  # on the worker thread
            from app.report import write_checklist_pdf

            return write_checklist_pdf(profile, checklist, path, paper=paper, progress=progress)

        return run_in_background(
            write,
            self._exported,
            self._export_failed,
            lambda percent, _message: self.export_progress.setValue(percent),
        )

    def _exported(self, written: Path) -> None:
        self.exported_path = Path(written)
        self.export_button.setEnabled(True)
        self.export_progress.hide()
        self.export_status.setText(self.tr("Saved to {path}").format(path=str(written)))
        for button in (self.open_button, self.print_button):
            button.setEnabled(True)
        # Rendered at the screen's own pixel density, so the preview is sharp at 200 % too.
        ratio = self.devicePixelRatioF()
        image = render_first_page(self.exported_path, round(PREVIEW_WIDTH * ratio))
        if image is not None:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.preview.setPixmap(pixmap)
            self.preview.show()

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.export_progress.hide()
        message = getattr(error, "message", None) or str(error) or type(error).__name__
        self.export_status.setText(
            self.tr("The checklist could not be written: {message}").format(message=message)
        )
