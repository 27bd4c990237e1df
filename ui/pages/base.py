"""What every wizard page shares: a scrolling body (so 200 % scaling never clips) that lays its
groups out in two columns when the window is wide enough, the save banner, verdict lines kept in
step with the answers, the page's fields by answer path (to focus the first empty one, or the
one an "Answer this" link names), and Next held back while a field on the page has a problem.

A page is built when it is first shown (``initializePage``), or when something reaches for one of
its widgets: until then it is only its key, titles, routing and step-list mark, all read from the
session, so the wizard opens as fast as its first page builds."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.checklist import Status
from app.engine.items import ItemId
from ui.banner import SaveBanner
from ui.fields import FormBuilder
from ui.navigation import is_unanswered
from ui.profile_session import ProfileSession
from ui.qt import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QLabel,
    QResizeEvent,
    QScrollArea,
    QShowEvent,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from ui.verdicts import VerdictLine, group_status

# A column is at least this many average characters wide; narrower, the columns stack.
COLUMN_MIN_CHARS = 52


class _ScrollArea(QScrollArea):
    """The page's scrolling body, telling its width as it changes (for the columns).

    Its own resize, not its viewport's: the first ``viewport()`` call makes PySide6 set up the
    Python types of every scroll-area widget Qt has (79 enums, 5 to 9 ms on the way to a
    usable wizard), and a filter on the viewport saw every event it had. The width told is
    the room beside a vertical scroll bar, shown or not, so the columns never flip as the bar
    comes and goes."""

    def __init__(self, width_changed: Callable[[int], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._width_changed = width_changed

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        bar = self.verticalScrollBar().sizeHint().width()
        self._width_changed(self.maximumViewportSize().width() - bar)


class ReadinessPage(QWizardPage):
    #: Stable name stored as the page to resume on.
    page_key = ""
    #: JSON paths this page answers: a problem under one of them holds back Next.
    answer_paths: tuple[str, ...] = ()

    #: The items whose verdicts the page shows: its mark in the step list, built or not.
    verdict_items: tuple[ItemId, ...] = ()

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.verdicts: dict[ItemId, VerdictLine] = {}
        #: The page's answers by field path, in the order they are asked (once it is built).
        self.field_widgets: dict[str, QWidget] = {}
        self._columns: list[QBoxLayout] = []
        self._step_title = ""
        self._built = False
        self._building = False
        self._was_complete: bool | None = None
        session.changed.connect(self._answers_changed)

    @property
    def built(self) -> bool:
        return self._built

    def ensure_built(self) -> None:
        """Build the page's widgets now, if they are not yet: before it is first shown."""
        if self._built or self._building:
            return
        self._building = True
        try:
            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            self.banner = SaveBanner(self.session, self)
            outer.addWidget(self.banner)
            # Named for what it is: a plain "scroll" attribute would hide QWidget.scroll().
            self.scroll_area = _ScrollArea(self._lay_out_columns, self)
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.body = QWidget()
            self.body_layout = QVBoxLayout(self.body)
            self.body_layout.setContentsMargins(2, 2, 12, 2)
            self.scroll_area.setWidget(self.body)
            outer.addWidget(self.scroll_area, 1)
            self.build()
        finally:
            self._building = False
        self._built = True

    def build(self) -> None:
        """The page's own widgets, under ``self.body_layout`` (each page adds its own)."""

    if not TYPE_CHECKING:  # type checkers see only the attributes the pages really set

        def __getattr__(self, name: str) -> Any:
            # A widget asked for before the page was shown (a link to a field, a test): the
            # page is built then. Only names no page object has otherwise get here.
            state = self.__dict__
            if name.startswith("__") or state.get("_built", True) or state.get("_building"):
                raise AttributeError(name)
            self.ensure_built()
            return getattr(self, name)

    def findChildren(self, *args: Any, **kwargs: Any) -> Any:
        """The page's widgets, built first if they are not yet."""
        self.ensure_built()
        return super().findChildren(*args, **kwargs)

    def initializePage(self) -> None:
        self.ensure_built()  # QWizard asks this of each page just before showing it
        super().initializePage()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()  # shown some other way than through QWizard's next/restart
        super().showEvent(event)

    def step_title(self) -> str:
        """The page's name in the step list: its title, unless the page named it shorter."""
        return self._step_title or self.title()

    def set_step_title(self, title: str) -> None:
        self._step_title = title

    # -- building ------------------------------------------------------------------------------

    def add_intro(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.body_layout.addWidget(label)
        return label

    def add_columns(self) -> tuple[QVBoxLayout, QVBoxLayout]:
        """Two columns side by side in a wide window, one above the other in a narrow one."""
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        left, right = QVBoxLayout(), QVBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self.body_layout.addLayout(row)
        self._columns.append(row)
        return left, right

    def form_builder(self, form: QFormLayout) -> FormBuilder:
        """A builder whose fields are registered as this page's answers."""
        return FormBuilder(self.session, form, self.field_widgets)

    def register_field(self, path: str, widget: QWidget) -> None:
        """An answer asked by a widget of the page's own (not through a FormBuilder)."""
        self.field_widgets[path] = widget

    def add_verdict(self, item_id: ItemId, layout: QVBoxLayout | None = None) -> VerdictLine:
        line = VerdictLine(item_id)
        (layout or self.body_layout).addWidget(line)
        self.verdicts[item_id] = line
        line.show_item(self.session.item(item_id))
        return line

    def is_wide(self, width: int) -> bool:
        """Room for two columns in ``width`` pixels."""
        return width >= 2 * COLUMN_MIN_CHARS * self.fontMetrics().averageCharWidth()

    def _lay_out_columns(self, width: int) -> None:
        wide = self.is_wide(width)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        for row in self._columns:
            if row.direction() != direction:
                row.setDirection(direction)

    # -- state ---------------------------------------------------------------------------------

    def refresh_verdicts(self) -> None:
        """Show the session's verdicts and hints on the page (only called once it is built)."""
        for item_id, line in self.verdicts.items():
            line.show_item(self.session.item(item_id))

    def page_problems(self) -> list[str]:
        return [m for path in self.answer_paths for m in self.session.problems_at(path)]

    def step_status(self) -> Status | None:
        """The mark of this page in the step list: its verdicts' group mark (None: no verdict).
        Read from the session alone, so a page not built yet has its mark too."""
        items = [self.session.item(item_id) for item_id in self.verdict_items]
        statuses = [item.status for item in items if item is not None]
        if self.page_problems():  # an answer to correct on this page
            statuses.append(Status.NEEDS_INFO)
        return group_status(statuses) if statuses else None

    def isComplete(self) -> bool:
        return not self.page_problems()

    def _answers_changed(self) -> None:
        if self._built:  # a page not built yet shows the session's verdicts when it is
            self.refresh_verdicts()
        complete = self.isComplete()
        if complete != self._was_complete:  # QWizard redraws its whole window on this signal
            self._was_complete = complete
            self.completeChanged.emit()

    # -- focus ---------------------------------------------------------------------------------

    def _can_focus(self, widget: QWidget) -> bool:
        return widget.isEnabled() and widget.isVisibleTo(self)

    def first_empty_field(self) -> QWidget | None:
        """The first answer on the page not given yet (or with a problem), else None."""
        for path, widget in self.field_widgets.items():
            if not self._can_focus(widget):
                continue
            if is_unanswered(self.session.value(path)) or self.session.problems_at(path):
                return widget
        return None

    def focus_first_empty(self) -> QWidget | None:
        """Put the cursor where typing goes next: the first empty field, else the first field;
        returns the widget focused (None on a page without fields)."""
        widget = self.first_empty_field()
        if widget is None:
            widget = next((w for w in self.field_widgets.values() if self._can_focus(w)), None)
        if widget is not None:
            self.focus_widget(widget)
        return widget

    def focus_field(self, path: str) -> bool:
        """Focus the field that answers ``path``; False when the page has none to focus."""
        widget = self.field_widgets.get(path)
        if widget is None or not self._can_focus(widget):
            return False
        self.focus_widget(widget)
        return True

    def focus_widget(self, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(widget)
        target = widget.focusProxy() or widget
        target.setFocus()
