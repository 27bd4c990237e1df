"""The chooser's table of profiles, for advisors with thousands: name, target Match, overall
verdict, one mark per area, the next deadline, last edited, the advisor's note.

Model/view, no widget per row. The first paint uses the store's kept verdicts; the per-area marks
and the next deadline are worked out on the worker, a few hundred profiles at a time, and filled
in as they come. Sorting is done by the model on keys kept with each row (the proxy's own sort
would ask Python for two values per comparison: 0.7 s at 10,000 rows); the proxy filters, on a
mask worked out in one pass.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import ui.qt as qt
from app.checklist import OVERALL_LABELS, STATUS_LABELS, Overall, Status
from app.engine.items import Area
from app.i18n import _ as translated
from ui import roles
from ui.profile_rows import ProfileRow, RowAssessment
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QSortFilterProxyModel,
    translate,
)

if TYPE_CHECKING:
    from app.report.group import StatusFilter
    from ui.qt import Qt

# Qt's enums are not touched on the way to the first list (see ui/roles.py): the roles are
# numbers, the sort order a flag, and the header's titles come from column_title (the table
# view gives them to its header: a Python headerData would be handed a Qt enum each time).

# Not imported here: app.report.group (about 6 ms of its own, for the pile names alone: PILES
# below) and ui.verdicts are needed only once a row's marks are in or a pile is chosen, never for
# the first list.

logger = logging.getLogger(__name__)

AREAS: tuple[Area, ...] = tuple(Area)
NAME, TARGET, OVERALL = 0, 1, 2
FIRST_AREA = 3
DEADLINE = FIRST_AREA + len(AREAS)
EDITED = DEADLINE + 1
NOTE = EDITED + 1
COLUMN_COUNT = NOTE + 1

PROFILE_ID_ROLE = roles.USER + 1
# Profiles worked out per worker job: about 0.1 s of work, so other jobs (a PDF, an import) get
# their turn between two.
FILL_CHUNK = 250
NOT_YET = "…"  # a mark or a deadline still being worked out
NOTE_SHOWN_CHARS = 80
# The advisor's piles (app.report.group.StatusFilter's values) and their names, as the filter box
# offers them (shown through _(), as app.report.group.FILTER_LABELS: a test checks they agree).
PILES: tuple[tuple[str, str], ...] = (
    ("blocked", "Blocked"),
    ("needs-answers", "Needs answers"),
    ("ready", "Ready"),
)

_AREA_SHORT: dict[Area, str] = {
    Area.MATCH: QT_TRANSLATE_NOOP("ProfileTableModel", "Cycle"),
    Area.ELIGIBILITY: QT_TRANSLATE_NOOP("ProfileTableModel", "Elig."),
    Area.SCHOOL: QT_TRANSLATE_NOOP("ProfileTableModel", "School"),
    Area.EXAMS: QT_TRANSLATE_NOOP("ProfileTableModel", "USMLE"),
    Area.CLINICAL: QT_TRANSLATE_NOOP("ProfileTableModel", "Clinical"),
    Area.CREDENTIALS: QT_TRANSLATE_NOOP("ProfileTableModel", "Creds"),
    Area.APPLICATION: QT_TRANSLATE_NOOP("ProfileTableModel", "Appl."),
}
# Most pressing first, whichever way a column is sorted the unknown go last.
_OVERALL_ORDER = {
    Overall.NOT_ELIGIBLE: 0,
    Overall.NOT_READY: 1,
    Overall.INCOMPLETE: 2,
    Overall.NOT_YET_KNOWN: 3,
    Overall.READY: 4,
}
_STATUS_ORDER = {
    Status.NOT_MET: 0,
    Status.NEEDS_INFO: 1,
    Status.PENDING: 2,
    Status.MET: 3,
    Status.NOT_APPLICABLE: 4,
}


def assess_rows(
    store: Any, ruleset: Any, as_of: dt.date, ids: Sequence[int]
) -> list[RowAssessment]:
    """Judge the profiles ``ids`` (on the worker) and keep their verdicts as the store's cache."""
    from app.report.group import applicant_line
    from app.store.batch import keep_overalls, read_profiles
    from app.store.models import utc_now

    read_at = utc_now()
    profiles = read_profiles(store, ids)
    found = [
        RowAssessment.of(applicant_line(pid, "", profiles[pid], ruleset, as_of)) for pid in ids
    ]
    keep_overalls(store, {r.id: r.overall for r in found}, as_of, read_at)
    return found


class ProfileTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ProfileRow] = []
        self._by_name: list[ProfileRow] = []  # every sort starts from this order: stable ties
        self._row_of: dict[int, int] = {}
        self._sorted_as: tuple[int, bool] | None = None  # (column, descending)
        self.sort_column = EDITED
        self.descending = True  # most recently edited first
        self._colours: dict[Status, Any] = {}
        self._titles: list[str] | None = None  # the columns' titles (see column_title)

    # -- the model's face ------------------------------------------------------------------

    def rowCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else COLUMN_COUNT

    @property
    def sort_order(self) -> Qt.SortOrder:
        """The order as Qt names it (once the list is up: see the note at the imports)."""
        order = qt.Qt.SortOrder
        return order.DescendingOrder if self.descending else order.AscendingOrder

    def column_tip(self, section: int) -> str:
        """What a column's title stands for, where it is shortened (the header's tooltip)."""
        if FIRST_AREA <= section < DEADLINE:
            return translated(AREAS[section - FIRST_AREA].label)
        if section == TARGET:
            return self.tr("Target Match year")
        return ""

    def column_title(self, section: int) -> str:
        if self._titles is None:  # asked for each column at every header repaint: made once
            titles = {
                NAME: self.tr("Name"),
                TARGET: self.tr("Target"),
                OVERALL: self.tr("Overall"),
                DEADLINE: self.tr("Next deadline"),
                EDITED: self.tr("Last edited"),
                NOTE: self.tr("Advisor's note"),
            }
            for area_column, area in enumerate(AREAS, FIRST_AREA):
                titles[area_column] = translate("ProfileTableModel", _AREA_SHORT[area])
            self._titles = [titles.get(column, "") for column in range(COLUMN_COUNT)]
        return self._titles[section] if 0 <= section < COLUMN_COUNT else ""

    def data(self, index: Any, role: int = 0) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == roles.DISPLAY:
            return self._text(row, column)
        if role == PROFILE_ID_ROLE:
            return row.id
        if role in (roles.TOOL_TIP, roles.ACCESSIBLE_TEXT):
            return self._words(row, column)
        is_mark = FIRST_AREA <= column < DEADLINE
        if role == roles.FOREGROUND and is_mark and row.areas is not None:
            return self._colour(row.areas[column - FIRST_AREA])
        if role == roles.TEXT_ALIGNMENT and (is_mark or column == TARGET):
            return roles.ALIGN_CENTER
        return None

    def _text(self, row: ProfileRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == TARGET:
            return str(row.target) if row.target else (NOT_YET if row.areas is None else "–")
        if column == OVERALL:
            return row.overall_words or self.tr("Not assessed")
        if FIRST_AREA <= column < DEADLINE:
            if row.areas is None:
                return NOT_YET
            from ui.verdicts import STATUS_MARKS

            return STATUS_MARKS[row.areas[column - FIRST_AREA]]
        if column == DEADLINE:
            if row.areas is None:
                return NOT_YET
            return row.deadline_text or "–"
        if column == EDITED:
            return row.edited.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == NOTE:
            first = row.note.split("\n", 1)[0]
            cut = first if len(first) <= NOTE_SHOWN_CHARS else first[: NOTE_SHOWN_CHARS - 1] + "…"
            return f"{cut} ({row.note_day.isoformat()})" if row.note and row.note_day else cut
        return ""

    def _words(self, row: ProfileRow, column: int) -> str:
        """The cell in words, for a tooltip and a screen reader (never a mark alone)."""
        if FIRST_AREA <= column < DEADLINE:
            area = AREAS[column - FIRST_AREA]
            if row.areas is None:
                return self.tr("{area}: being worked out").format(area=translated(area.label))
            status = row.areas[column - FIRST_AREA]
            return f"{translated(area.label)}: {translated(STATUS_LABELS[status])}"
        if column == OVERALL and row.overall is not None:
            return translated(OVERALL_LABELS[row.overall])
        if column == NOTE and row.note:
            day = row.note_day.isoformat() if row.note_day else ""
            return self.tr("Advisor's note of {day}: {note}").format(day=day, note=row.note)
        if column == DEADLINE and row.areas is not None and not row.deadline_text:
            return self.tr("No dated step ahead")
        return self._text(row, column)

    def _colour(self, status: Status) -> Any:
        if status not in self._colours:
            from ui.verdicts import status_colour

            self._colours[status] = qt.QColor(status_colour(status))
        return self._colours[status]

    # -- changing the rows ------------------------------------------------------------------

    def set_rows(
        self, rows: list[ProfileRow], before_done: Callable[[], None] | None = None
    ) -> None:
        """Show ``rows``; ``before_done`` runs once they are in order, before the views are
        told (the filter's mask follows the rows: each row is filtered once, not twice)."""
        self.beginResetModel()
        self._by_name = sorted(rows, key=_by_name)
        self._order_rows()
        if before_done is not None:
            before_done()
        self.endResetModel()

    def row_of(self, profile_id: int) -> int | None:
        return self._row_of.get(profile_id)

    def apply(self, found: Sequence[RowAssessment]) -> None:
        """Fill in what the worker worked out; repaints those rows only."""
        touched: list[int] = []
        for result in found:
            number = self._row_of.get(result.id)
            if number is None:
                continue  # deleted since
            self.rows[number].take(result)
            touched.append(number)
        if touched and self.sort_column in range(TARGET, EDITED):
            self._sorted_as = None  # the order by these columns is to be worked out again
        if touched:
            self.dataChanged.emit(
                self.index(min(touched), TARGET), self.index(max(touched), DEADLINE)
            )

    def sort(
        self,
        column: int,
        order: Qt.SortOrder | None = None,
        before_done: Callable[[], None] | None = None,
    ) -> None:
        """Order the rows by ``column``; rows with nothing to sort by (no target, not worked out
        yet) stay last either way. ``before_done`` runs once the rows are in their new places,
        before the views are told (the filter's mask follows the rows)."""
        descending = order is not None and order == qt.Qt.SortOrder.DescendingOrder
        if (column, descending) == self._sorted_as:
            return  # already so (a header click and sortByColumn both ask)
        self.layoutAboutToBeChanged.emit()
        old_ids = [self.rows[i.row()].id for i in self.persistentIndexList()]
        self.sort_column, self.descending = column, descending
        self._order_rows()
        if before_done is not None:
            before_done()
        old = self.persistentIndexList()
        new = [
            self.index(self._row_of[pid], i.column()) for pid, i in zip(old_ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        # Keys are plain values and the order a list of ints: a sort allocates no objects the
        # garbage collector tracks, so sorting never sets off a full collection.
        descending = self.descending
        base = self._by_name
        if self.sort_column == NAME:
            rows = base[::-1] if descending else base[:]
        else:
            key = _sort_key(self.sort_column)
            keys = [key(row) for row in base]
            present = [n for n, value in enumerate(keys) if value is not None]
            present.sort(key=keys.__getitem__, reverse=descending)
            rows = [base[n] for n in present]
            rows.extend(base[n] for n, value in enumerate(keys) if value is None)
        self.rows = rows
        self._row_of = {row.id: number for number, row in enumerate(rows)}
        self._sorted_as = (self.sort_column, self.descending)


def _by_name(row: ProfileRow) -> tuple[str, int]:
    return (row.name_key, row.id)


def _sort_key(column: int) -> Callable[[ProfileRow], Any]:
    if column == NAME:
        return lambda r: r.name_key
    if column == TARGET:
        return lambda r: r.target
    if column == OVERALL:
        return lambda r: _OVERALL_ORDER.get(r.overall) if r.overall is not None else None
    if FIRST_AREA <= column < DEADLINE:
        at = column - FIRST_AREA
        return lambda r: _STATUS_ORDER[r.areas[at]] if r.areas is not None else None
    if column == DEADLINE:
        return lambda r: r.deadline
    if column == NOTE:
        return lambda r: r.note.casefold() or None
    return lambda r: r.edited


class ProfileFilter(QSortFilterProxyModel):
    """Shows the rows whose name, target year or note hold every word typed, in the pile
    chosen; sorting is handed to the table's model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.text = ""
        self.pile: StatusFilter | None = None
        self._accepted: list[bool] | None = None

    def table(self) -> ProfileTableModel:
        model = self.sourceModel()
        assert isinstance(model, ProfileTableModel)
        return model

    def set_filter(self, text: str, pile: StatusFilter | None) -> None:
        self.text, self.pile = text, pile
        self.refilter()

    def refilter(self) -> None:
        """Work the mask out again (the rows changed, or the verdicts came in)."""
        self._remask()
        self.invalidate()

    def remask(self) -> None:
        """Work the mask out again without telling the views (the model is being reset)."""
        self._remask()

    def _remask(self) -> None:
        words = self.text.casefold().split()
        pile = self.pile
        if not words and pile is None:
            self._accepted = None
            return
        self._accepted = [
            (pile is None or row.pile is pile) and all(w in row.folded for w in words)
            for row in self.table().rows
        ]

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        accepted = self._accepted
        return accepted is None or accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        self.table().sort(column, order, before_done=self._remask)
