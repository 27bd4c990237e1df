"""The steps beside the pages: each page with its status mark (shape and colour, with words for
screen readers); click one (or choose it with the arrows and Enter) to go there. A page the
answers skip is shown greyed, as not needed."""

from __future__ import annotations

from dataclasses import dataclass

from app.checklist import STATUS_LABELS, Status
from app.i18n import _ as translated
from ui.qt import (
    QAbstractItemView,
    QColor,
    QFont,
    QIcon,
    QListWidget,
    QListWidgetItem,
    QPainter,
    QPalette,
    QPixmap,
    QSize,
    Qt,
    QWidget,
    Signal,
)
from ui.verdicts import STATUS_MARKS, status_colour

PAGE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Step:
    """A page as the step list shows it: its title, mark and whether it can be reached."""

    page_key: str
    title: str
    status: Status | None  # None: a page without a verdict of its own (the review)
    reachable: bool  # on the way the answers lead, and nothing before it holds Next back
    skipped: bool  # the answers make the page unnecessary


class StepList(QListWidget):
    step_chosen = Signal(str)  # a page_key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setSpacing(2)
        metrics = self.fontMetrics()
        self.setIconSize(QSize(metrics.height(), metrics.height()))
        self._narrowest = metrics.horizontalAdvance("M") * 13 + metrics.height() * 2
        self.setFixedWidth(self._narrowest)
        # The current step in a pale wash of the highlight, so its coloured mark stays legible.
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        wash = QColor(
            (base.red() * 3 + highlight.red()) // 4,
            (base.green() * 3 + highlight.green()) // 4,
            (base.blue() * 3 + highlight.blue()) // 4,
        )
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, wash)
            palette.setColor(
                group, QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text)
            )
        self.setPalette(palette)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        self._shown: list[Step] = []
        self._current = ""

    def show_steps(self, steps: list[Step], current: str) -> None:
        """Draw the steps (only what changed: called on every answer)."""
        if steps == self._shown and current == self._current:
            return
        self.blockSignals(True)
        if len(steps) != self.count():
            self.clear()
            for _ in steps:
                self.addItem(QListWidgetItem())
        for row, step in enumerate(steps):
            self._draw(self.item(row), row + 1, step)
            if step.page_key == current:
                self.setCurrentRow(row)
        self.blockSignals(False)
        self._fit_titles(steps)
        self._shown, self._current = list(steps), current

    def _fit_titles(self, steps: list[Step]) -> None:
        """Wide enough for the longest title (a translation may be longer than the English),
        up to half as wide again as the English needs; a longer one is elided."""
        metrics = self.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(f"{n}. {s.title}") for n, s in enumerate(steps, 1)),
            default=0,
        )
        needed = longest + self.iconSize().width() + metrics.height() * 2
        width = min(max(self._narrowest, needed), self._narrowest * 3 // 2)
        if width != self.width():
            self.setFixedWidth(width)

    def _draw(self, item: QListWidgetItem, number: int, step: Step) -> None:
        item.setText(f"{number}. {step.title}")
        item.setData(PAGE_ROLE, step.page_key)
        if step.skipped:
            words = self.tr("not needed with your answers")
        elif step.status is not None:
            words = translated(STATUS_LABELS[step.status])
        else:
            words = ""
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            f"{number}. {step.title}" + (f": {words}" if words else ""),
        )
        item.setToolTip(words)
        shown = Status.NOT_APPLICABLE if step.skipped else step.status
        item.setIcon(self._mark_icon(shown))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags if step.reachable else Qt.ItemFlag.NoItemFlags)

    def _mark_icon(self, status: Status | None) -> QIcon:
        side = self.iconSize().height()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(0, 0, 0, 0))
        if status is not None:
            painter = QPainter(pixmap)
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(status_colour(status)))
            painter.drawText(
                0, 0, side, side, int(Qt.AlignmentFlag.AlignCenter), STATUS_MARKS[status]
            )
            painter.end()
        return QIcon(pixmap)

    def _chosen(self, item: QListWidgetItem) -> None:
        page_key = item.data(PAGE_ROLE)
        if page_key and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.step_chosen.emit(page_key)
