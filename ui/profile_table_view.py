"""The chooser's table view: the profiles' model and filter (ui/profile_table.py) on screen,
multi-select, and the worker filling in each row's marks and deadline, a chunk at a time, the
rows on top first; the window never waits for it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import ui.qt as qt
from ui import roles
from ui.profile_table import (
    COLUMN_COUNT,
    DEADLINE,
    EDITED,
    FILL_CHUNK,
    NAME,
    NOTE,
    OVERALL,
    PILES,
    TARGET,
    ProfileFilter,
    ProfileRow,
    ProfileTableModel,
    RowAssessment,
)
from ui.qt import QModelIndex, QTableView, QWidget, Signal, translate

if TYPE_CHECKING:
    from app.report.group import StatusFilter

logger = logging.getLogger(__name__)

FIRST_FILL_DELAY_MS = 30


class ProfileTable(QTableView):
    """The view, its model and filter, and the worker's filling in of marks and deadlines."""

    selection_changed = Signal()
    profile_activated = Signal(int)
    filled = Signal()  # every row's marks and deadline are in
    chunk_filled = Signal()  # some more rows' marks are in (the pile filter may have changed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = ProfileTableModel(self)
        self.proxy = ProfileFilter(self)
        self.proxy.setSourceModel(self.model_)
        self.setModel(self.proxy)
        self.setAccessibleName(self.tr("Saved profiles"))
        self.setSelectionBehavior(qt.QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(qt.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(qt.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in every other list
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(qt.QHeaderView.ResizeMode.Fixed)  # no measuring 10,000 rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setModel(self._titles_model())  # see _titles_model
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        # The sort arrow and sorting by a click: once the rows are painted (their Qt enums
        # would build the Qt namespace on the way to the first list, see ui/roles.py).
        qt.QTimer.singleShot(FIRST_FILL_DELAY_MS, self._sort_by_clicks)
        self._set_widths()
        self.activated.connect(self._activated)  # double click, or Enter
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self._generation = 0
        self._fill_timer = qt.QTimer(self, singleShot=True, interval=FIRST_FILL_DELAY_MS)
        self._fill_timer.timeout.connect(lambda: self._next_chunk(self._generation))
        self._pending: list[int] = []
        # What the worker said of each profile, with its last edit: (edited, assessment).
        self._known: dict[int, tuple[Any, RowAssessment]] = {}
        self._judged_by: object = None
        self._edited: dict[int, Any] = {}
        self.filling = False

    def _titles_model(self) -> Any:
        """The header's titles and tooltips, kept by Qt: the table model's own headerData
        would be asked some 200 times before the first paint, each time handed a Qt enum."""
        titles = qt.QStandardItemModel(0, COLUMN_COUNT, self)
        for column in range(COLUMN_COUNT):
            item = qt.QStandardItem(self.model_.column_title(column))
            item.setToolTip(self.model_.column_tip(column))
            titles.setHorizontalHeaderItem(column, item)
        return titles

    def _sort_by_clicks(self) -> None:
        self.horizontalHeader().setSortIndicator(self.model_.sort_column, self.model_.sort_order)
        self.setSortingEnabled(True)

    def _set_widths(self) -> None:
        """Widths from the font (never from measuring 10,000 rows): a mark column as wide as
        its title and the sort arrow."""
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        widths = {NAME: 24 * char, TARGET: 8 * char, OVERALL: 22 * char}
        # Digits are wider than the average letter: measure a date and time as shown.
        widths |= {
            DEADLINE: 30 * char,
            EDITED: metrics.horizontalAdvance("2026-12-31 23:59") + 3 * char,
        }
        for column in range(COLUMN_COUNT):
            title = self.model_.column_title(column)
            fits_title = metrics.horizontalAdvance(title) + 4 * char
            self.setColumnWidth(column, max(widths.get(column, 0), fits_title))

    # -- rows -------------------------------------------------------------------------------

    def show_rows(
        self,
        rows: list[ProfileRow],
        assess: Callable[[Sequence[int]], list[RowAssessment]],
        judged_by: object = None,
    ) -> None:
        """Show ``rows`` at once, then fill in their marks and deadlines from ``assess`` (run
        on the worker, a chunk of ids at a time; the rows on top first). A row judged before
        by the same ``judged_by`` (the day and the rules) and not edited since is filled in at
        once: coming back from the wizard re-judges only the profile that was edited.
        ``judged_by`` may be a function giving it, asked when the first chunk is sent to the
        worker (at start, when the rules are read after the list is shown)."""
        if callable(judged_by) or judged_by != self._judged_by:
            self._known.clear()
            self._judged_by = judged_by
        for row in rows if self._known else ():  # nothing known at start
            known = self._known.get(row.id)
            if known is not None and known[0] == row.edited:
                row.take(known[1])
        self.model_.set_rows(rows, before_done=self.proxy.remask)
        self._generation += 1
        self._edited = {row.id: row.edited for row in rows}
        self._pending = [row.id for row in self.model_.rows if row.areas is None]
        self._assess = assess
        self.filling = bool(self._pending)
        # Started once the rows are painted: the worker's Python would share the interpreter
        # with the first paint.
        self._fill_timer.start()

    def _next_chunk(self, generation: int) -> None:
        from ui.worker import run_in_background

        if generation != self._generation:
            return
        if callable(self._judged_by):
            self._judged_by = self._judged_by()
        if not self._pending:
            self.filling = False
            self.filled.emit()
            return
        chunk, self._pending = self._pending[:FILL_CHUNK], self._pending[FILL_CHUNK:]
        assess = self._assess
        run_in_background(
            lambda: assess(chunk),
            lambda found: self._chunk_done(generation, found),
            lambda error: self._fill_failed(generation, error),
            owner=self,
        )

    def _chunk_done(self, generation: int, found: list[RowAssessment]) -> None:
        if generation != self._generation:
            return  # the rows were shown again since
        for result in found:
            if result.id in self._edited:
                self._known[result.id] = (self._edited[result.id], result)
        self.model_.apply(found)
        if self.proxy.pile is not None or self.proxy.text.strip():
            self.proxy.refilter()  # a verdict or a target year may move a row in or out
        if self.model_.sort_column not in (NAME, EDITED, NOTE) and not self._pending:
            self.proxy.sort(self.model_.sort_column, self.model_.sort_order)
        self.chunk_filled.emit()
        self._next_chunk(generation)

    def _fill_failed(self, generation: int, error: BaseException) -> None:
        logger.warning("The profiles' marks could not be worked out: %s", error, exc_info=error)
        if generation == self._generation:
            self.filling = False
            self.filled.emit()

    def stop_filling(self) -> None:
        self._fill_timer.stop()
        self._generation += 1
        self._pending = []
        self.filling = False

    # -- what is shown and chosen -----------------------------------------------------------

    def set_filter(self, text: str, pile: StatusFilter | None) -> None:
        """Show only the rows that fit; those chosen stay chosen while they are shown."""
        current, chosen = self.current_id(), self.selected_ids()
        self.proxy.set_filter(text, pile)
        if chosen:
            self.select_ids(chosen, current)

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def total_count(self) -> int:
        return self.model_.rowCount()

    def shown_rows(self) -> list[ProfileRow]:
        """The rows in the order shown (filtered and sorted)."""
        rows = self.model_.rows
        return [
            rows[self.proxy.mapToSource(self.proxy.index(n, 0)).row()]
            for n in range(self.proxy.rowCount())
        ]

    def _row_at(self, proxy_index: Any) -> ProfileRow:
        return self.model_.rows[self.proxy.mapToSource(proxy_index).row()]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            selected = self.selectionModel().selectedRows()
            return self._row_at(selected[0]).id if selected else None
        return self._row_at(index).id

    def selected_ids(self) -> list[int]:
        """The chosen profiles, in the order shown."""
        indexes = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self._row_at(index).id for index in indexes]

    def row_for(self, profile_id: int) -> ProfileRow | None:
        number = self.model_.row_of(profile_id)
        return None if number is None else self.model_.rows[number]

    def select_ids(self, ids: Sequence[int], current: int | None = None) -> None:
        """Choose these profiles (those shown) in one step, the first shown (or ``current``)
        made current."""
        rows = []
        for profile_id in ids:
            number = self.model_.row_of(profile_id)
            if number is not None:
                index = self.proxy.mapFromSource(self.model_.index(number, 0))
                if index.isValid():
                    rows.append((index.row(), profile_id))
        rows.sort()
        selection = qt.QItemSelection()
        last = COLUMN_COUNT - 1
        start = 0
        for at in range(1, len(rows) + 1):  # one range per run of neighbouring rows
            if at == len(rows) or rows[at][0] != rows[at - 1][0] + 1:
                top, bottom = rows[start][0], rows[at - 1][0]
                selection.select(self.proxy.index(top, 0), self.proxy.index(bottom, last))
                start = at
        flags = qt.QItemSelectionModel.SelectionFlag
        model = self.selectionModel()
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if rows:
            chosen = next((row for row, pid in rows if pid == current), rows[0][0])
            first = self.proxy.index(chosen, 0)
            model.setCurrentIndex(first, flags.Current | flags.Rows)
            self.scrollTo(first)

    def select_first(self) -> None:
        if self.proxy.rowCount():
            index = self.proxy.index(0, 0)
            flags = qt.QItemSelectionModel.SelectionFlag
            self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def _activated(self, index: Any) -> None:
        if index.isValid():
            self.profile_activated.emit(self._row_at(index).id)


class ProfilePanel(QWidget):
    """The filter row (words, and a pile: blocked, needs answers, ready), the count shown, and
    the table under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.i18n import _ as translated

        column = qt.QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = qt.QHBoxLayout()
        self.filter_edit = qt.QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Name, Match year or words of a note"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the profiles"))
        words = qt.QLabel(self.tr("&Filter:"))
        words.setBuddy(self.filter_edit)
        self.pile_box = qt.QComboBox()
        self.pile_box.setAccessibleName(self.tr("Show profiles whose verdict is"))
        self.pile_box.addItem(self.tr("All profiles"), None)
        for value, label in PILES:  # app.report.group's, without importing the engine
            self.pile_box.addItem(translated(label), value)
        pile = qt.QLabel(self.tr("S&how:"))
        pile.setBuddy(self.pile_box)
        self.count = qt.QLabel()
        row.addWidget(words)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(pile)
        row.addWidget(self.pile_box)
        row.addWidget(self.count)
        column.addLayout(row)
        self.table = ProfileTable(self)
        column.addWidget(self.table, 1)
        self.filter_edit.textChanged.connect(lambda _text: self.apply_filter())
        self.pile_box.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.table.chunk_filled.connect(self.show_count)

    def pile(self) -> StatusFilter | None:
        value = self.pile_box.currentData()
        if not value:
            return None
        from app.report.group import StatusFilter

        return StatusFilter(value)

    def apply_filter(self) -> None:
        self.table.set_filter(self.filter_edit.text(), self.pile())
        self.show_count()

    def show_count(self) -> None:
        shown, total = self.table.shown_count(), self.table.total_count()
        if shown == total:
            text = self.tr("{total} profiles", "", total).format(total=f"{total:,}")
        else:
            text = self.tr("{shown} of {total}").format(shown=f"{shown:,}", total=f"{total:,}")
        self.count.setText(text)


class _ListEntry:
    def __init__(self, row: ProfileRow) -> None:
        self.row = row

    def text(self) -> str:
        return self.row.name

    def data(self, role: int) -> Any:
        from ui.school_results import DETAILS_ROLE

        if role == roles.USER:
            return self.row.id
        if role in (DETAILS_ROLE, roles.ACCESSIBLE_TEXT):
            edited = self.row.edited.astimezone().strftime("%Y-%m-%d %H:%M")
            words = self.row.overall_words or translate("ProfileChooser", "Not assessed")
            details = translate("ProfileChooser", "{verdict} · last changed {updated}").format(
                verdict=words, updated=edited
            )
            return details if role == DETAILS_ROLE else f"{self.row.name}. {details}"
        return None


class RowsAsList:
    """The table read as the one-column list it replaced (``chooser.list``): ``item(i)`` in the
    order shown, its ``text()`` the name and its details "{verdict} · last changed {when}", for
    code and tests written against that list."""

    def __init__(self, table: ProfileTable) -> None:
        self.table = table

    def count(self) -> int:
        return self.table.shown_count()

    def item(self, number: int) -> _ListEntry | None:
        rows = self.table.shown_rows()
        return _ListEntry(rows[number]) if 0 <= number < len(rows) else None

    def currentRow(self) -> int:
        current = self.table.current_id()
        ids = [row.id for row in self.table.shown_rows()]
        return ids.index(current) if current in ids else -1

    def currentItem(self) -> _ListEntry | None:
        return self.item(self.currentRow())

    def setCurrentRow(self, number: int) -> None:
        entry = self.item(number)
        if entry is not None:
            self.table.select_ids([entry.row.id])
