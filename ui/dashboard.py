"""The review as a dashboard: a headline read in one second, what to do next (open items only,
most urgent first), and one card per area with the items behind it. Words and marks only: the
verdicts, their order of urgency and the progress count all come from the core."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from app.checklist import OVERALL_LABELS, STATUS_LABELS, Checklist, ChecklistItem, Overall, Status
from app.engine.items import ItemId
from app.i18n import _ as translated
from ui.navigation import certification_not_for_them, in_users_words
from ui.qt import (
    QColor,
    QFont,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPalette,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from ui.verdicts import (
    STATUS_MARKS,
    group_status,
    item_html,
    muted_colour,
    open_link,
    spoken_verdict,
    status_colour,
    status_mark_html,
)


def _meanings() -> dict[Overall, str]:
    """The words under the headline: what the overall verdict means for the applicant."""
    return {
        Overall.READY: translate(
            "Dashboard",
            "Every requirement for ECFMG Certification is met, as far as your answers and the "
            "published rules show.",
        ),
        Overall.NOT_ELIGIBLE: translate(
            "Dashboard",
            "A requirement cannot be met, whatever you do next: the item marked below says "
            "which, and why.",
        ),
        Overall.NOT_READY: translate(
            "Dashboard", "A requirement is not met yet. Each one below says what would meet it."
        ),
        Overall.INCOMPLETE: translate(
            "Dashboard", "Some answers are still missing, or steps are still under way."
        ),
        Overall.NOT_YET_KNOWN: translate(
            "Dashboard",
            "Everything ECFMG has published is met, but some rules for your Match are not "
            "published yet.",
        ),
    }


# The mark and colour of each overall verdict (words always go with them).
OVERALL_STATUS: dict[Overall, Status] = {
    Overall.READY: Status.MET,
    Overall.NOT_ELIGIBLE: Status.NOT_MET,
    Overall.NOT_READY: Status.NOT_MET,
    Overall.INCOMPLETE: Status.PENDING,
    Overall.NOT_YET_KNOWN: Status.NEEDS_INFO,  # "?": met as far as ECFMG has published
}
NOT_YOUR_ROUTE_MARK = "ℹ"
OPEN_STATUSES = (Status.NOT_MET, Status.NEEDS_INFO, Status.PENDING)


def headline_word(overall: Overall) -> str:
    """'Ready', 'Not eligible', … : the first words of the label every surface prints."""
    return translated(OVERALL_LABELS[overall]).split(":", 1)[0]


def tint(colour: str, strength: float = 0.12) -> str:
    """A pale wash of ``colour`` over the window colour (dark palettes get a dark wash)."""
    from ui.qt import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        base = app.palette().color(QPalette.ColorRole.Window)
    else:
        base = QColor("white")
    ink = QColor(colour)
    mixed = QColor(
        round(base.red() + (ink.red() - base.red()) * strength),
        round(base.green() + (ink.green() - base.green()) * strength),
        round(base.blue() + (ink.blue() - base.blue()) * strength),
    )
    return mixed.name()


def start_side() -> str:
    """Where a line starts: "left", or "right" in a right-to-left language (style sheets do not
    mirror on their own, layouts and alignments do)."""
    from ui.qt import QGuiApplication

    return "right" if QGuiApplication.isRightToLeft() else "left"


def without_arrow(text: str) -> str:
    """ "Go to Full name →" as a screen reader should say it (either arrow: a translation points
    the way its language reads)."""
    return text.strip().strip("→←").strip()


def link_button(text: str, accessible: str) -> QPushButton:
    """A flat button that reads as a link and is reached with Tab like any button."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAccessibleName(accessible)
    button.setObjectName("answerLink")
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.setStyleSheet(
        f"QPushButton#answerLink {{ color: palette(link); text-align: {start_side()};"
        " padding: 2px 4px; }"
    )
    return button


def rich_label(html: str = "") -> QLabel:
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(False)
    label.linkActivated.connect(open_link)
    return label


FieldNamer = Callable[[ChecklistItem], "str | None"]


class Headline(QFrame):
    """The verdict in large words, what it means, the one next step, and the progress count."""

    answer_requested = Signal(object)  # an ItemId

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headline")
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(4)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.title.setFont(font)
        column.addWidget(self.title)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        column.addWidget(self.meaning)
        row = QHBoxLayout()
        self.next_step = rich_label()
        row.addWidget(self.next_step, 1)
        self.next_button = link_button(
            "", translate("Dashboard", "Go to the field for the next step")
        )
        self.next_button.clicked.connect(self._answer)
        row.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.progress.setObjectName("progress")
        column.addWidget(self.progress)
        self._next_item: ItemId | None = None

    def show_verdict(
        self, checklist: Checklist, next_items: list[ChecklistItem], field_name: FieldNamer
    ) -> None:
        not_for_them = certification_not_for_them(checklist)
        if not_for_them is not None:
            # Not a failure but a different road: said calmly, in the colour of a notice.
            colour = status_colour(Status.NEEDS_INFO)
            mark, words = (
                NOT_YOUR_ROUTE_MARK,
                translate("Dashboard", "ECFMG Certification is not your route"),
            )
            meaning = in_users_words(not_for_them.reason)
            step_item: ChecklistItem | None = not_for_them
        else:
            status = OVERALL_STATUS[checklist.overall]
            colour = status_colour(status)
            mark, words = STATUS_MARKS[status], headline_word(checklist.overall)
            meaning = _meanings()[checklist.overall]
            step_item = next_items[0] if next_items else None
        self.setStyleSheet(
            f"QFrame#headline {{ background: {tint(colour)}; border: 1px solid {colour};"
            " border-radius: 6px; }"
        )
        self.title.setText(f'<span style="color:{colour}">{mark} {escape(words)}</span>')
        self.meaning.setText(meaning)
        self.setAccessibleName(f"{words}. {meaning}")
        self.title.setAccessibleName(f"{words}. {meaning}")
        self._show_next_step(checklist, step_item, field_name, not_for_them is not None)
        self.progress.setText(checklist.progress_text)
        self.progress.setAccessibleName(checklist.progress_text)

    def _show_next_step(
        self,
        checklist: Checklist,
        item: ChecklistItem | None,
        field_name: FieldNamer,
        not_your_route: bool,
    ) -> None:
        self._next_item = None
        self.next_button.hide()
        if item is None:
            if checklist.overall is Overall.NOT_YET_KNOWN:
                text = translate(
                    "Dashboard",
                    "Look again when ECFMG publishes the rules for your Match: the items marked "
                    "“Estimate” below say which.",
                )
            else:
                text = translate(
                    "Dashboard",
                    "Nothing is left to do on this checklist. Export it and keep it with your "
                    "documents.",
                )
            label = escape(translate("Dashboard", "Next:"))
            self.next_step.setText(f"<b>{label}</b> {escape(text)}")
            return
        step = in_users_words(item.next_step or item.reason)
        label = escape(translate("Dashboard", "Next:"))
        self.next_step.setText(f"<b>{label}</b> {escape(item.title)}: {escape(step)}")
        field = None if not_your_route else field_name(item)
        if field:
            self._next_item = item.id
            text = translate("Dashboard", "Go to {field} →").format(field=field)
            self.next_button.setText(text)
            self.next_button.setAccessibleName(without_arrow(text))
            self.next_button.show()

    def _answer(self) -> None:
        if self._next_item is not None:
            self.answer_requested.emit(self._next_item)


class NextSteps(QFrame):
    """What to do next: every open item, most urgent first, each with a way to its field."""

    answer_requested = Signal(object)  # an ItemId

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextSteps")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(translate("Dashboard", "What to do next"))
        heading.setObjectName("sectionHeading")
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.column.addWidget(heading)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(1, 1)
        self.rows.setHorizontalSpacing(8)
        self.column.addLayout(self.rows)
        self.column.addStretch(1)
        self.buttons: dict[ItemId, QPushButton] = {}

    def show_items(self, items: list[ChecklistItem], field_name: FieldNamer) -> None:
        _clear(self.rows)
        self.buttons = {}
        if not items:
            self.rows.addWidget(
                QLabel(translate("Dashboard", "Nothing is left to do.")), 0, 0, 1, 2
            )
            return
        for row, item in enumerate(items):
            number = QLabel(f"{row + 1}.")
            number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            self.rows.addWidget(number, row * 2, 0)
            step = in_users_words(item.next_step or item.reason)
            text = rich_label(
                f"{status_mark_html(item.status)} · <b>{escape(item.title)}</b><br>{escape(step)}"
            )
            status_words = translated(STATUS_LABELS[item.status])
            text.setAccessibleName(f"{item.title}: {status_words}. {step}")
            self.rows.addWidget(text, row * 2, 1)
            field = field_name(item)
            if field:
                label = translate("Dashboard", "Go to {field} →").format(field=field)
                button = link_button(label, without_arrow(label))
                button.clicked.connect(lambda _=False, i=item.id: self.answer_requested.emit(i))
                self.rows.addWidget(button, row * 2 + 1, 1, Qt.AlignmentFlag.AlignLeft)
                self.buttons[item.id] = button


class AreaCard(QFrame):
    """One area of the checklist: its mark and count, then each item with its reason."""

    answer_requested = Signal(object)  # an ItemId

    def __init__(
        self,
        title: str,
        items: list[ChecklistItem],
        field_name: FieldNamer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("areaCard")
        self.items = items
        status = group_status([i.status for i in items])
        colour = status_colour(status)
        self.setStyleSheet(
            f"QFrame#areaCard {{ border: 1px solid {muted_colour()}; "
            f"border-{start_side()}: 5px solid {colour}; border-radius: 4px; }}"
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 10, 8)
        column.setSpacing(6)
        applicable = [i for i in items if i.status is not Status.NOT_APPLICABLE]
        met = sum(1 for i in applicable if i.status is Status.MET)
        count = translate("Dashboard", "{met} of {total} met").format(
            met=met, total=len(applicable)
        )
        self.heading = QLabel(
            f"<b>{escape(title)}</b> &nbsp; {status_mark_html(status)}"
            f' &nbsp; <span style="color:{muted_colour()}">{escape(count)}</span>'
        )
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        status_words = translated(STATUS_LABELS[status])
        self.heading.setAccessibleName(f"{title}: {status_words}, {count}")
        column.addWidget(self.heading)
        self.buttons: dict[ItemId, QPushButton] = {}
        for item in items:
            text = rich_label(item_html(item))
            text.setAccessibleName(spoken_verdict(item))
            column.addWidget(text)
            field = field_name(item) if item.status in OPEN_STATUSES else None
            if field:
                label = translate("Dashboard", "Go to {field} →").format(field=field)
                button = link_button(label, without_arrow(label))
                button.clicked.connect(lambda _=False, i=item.id: self.answer_requested.emit(i))
                column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.buttons[item.id] = button
        column.addStretch(1)  # a card stretched to its row's height keeps its text at the top

    def text(self) -> str:
        """What the card says, as plain text (for tests and screen readers)."""
        return " ".join([self.heading.accessibleName(), *(spoken_verdict(i) for i in self.items)])


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget() if child is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
