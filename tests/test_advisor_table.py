"""An advisor with a whole office of applicants sees them in one table: sorted by any column,
filtered by words and by verdict, several chosen at once; each row's marks and next deadline
are the core's own, filled in by the worker without holding the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from app.engine.evaluate import evaluate
from app.plan import plan
from app.report.group import StatusFilter, area_status, areas_of, pile_of
from app.rules import load_ruleset
from app.store import open_store
from tests.advisor_group import AS_OF, fill_store, group_profiles
from tests.ui_support import QT_WARNINGS_FAIL, run_python
from ui.profile_chooser import ProfileChooser
from ui.profile_table import (
    AREAS,
    COLUMN_COUNT,
    DEADLINE,
    EDITED,
    FIRST_AREA,
    NAME,
    NOTE,
    OVERALL,
    TARGET,
)
from ui.worker import wait_for_background_work

pytestmark = QT_WARNINGS_FAIL


@pytest.fixture(scope="module", params=[50, pytest.param(1000, marks=pytest.mark.slow)])
def group(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(f"table-{request.param}")
    with open_store(folder) as store:
        fill_store(store, group_profiles(request.param))
    return folder


@pytest.fixture
def chooser(qtbot, group: Path):
    with open_store(group) as store:
        widget = ProfileChooser()
        qtbot.addWidget(widget)
        widget.as_of = AS_OF
        widget.show_profiles(store)
        widget.show()
        qtbot.waitUntil(lambda: not widget.table.filling, timeout=60_000)
        yield widget
        widget.table.stop_filling()
        wait_for_background_work()


def core_lines(store) -> dict[int, tuple]:
    """What the core says of each saved profile: its overall, area marks and next deadline."""
    ruleset = load_ruleset()
    lines = {}
    for summary in store.list_profiles(refresh=False):
        profile = store.get_profile(summary.id).profile
        checklist = evaluate(profile, ruleset, AS_OF)
        areas = areas_of(checklist)
        upcoming = plan(profile, ruleset, AS_OF).upcoming(1)
        lines[summary.id] = (
            checklist.overall,
            tuple(area_status(areas[area]) for area in AREAS),
            upcoming[0].date if upcoming else None,
        )
    return lines


def test_every_row_shows_the_cores_marks_and_next_deadline(chooser) -> None:
    expected = core_lines(chooser.store)
    rows = chooser.table.shown_rows()
    assert len(rows) == len(expected) == chooser.table.total_count()
    for row in rows:
        overall, areas, deadline = expected[row.id]
        assert (row.overall, row.areas, row.deadline) == (overall, areas, deadline), row.name
    model = chooser.table.model()
    marks = [model.index(0, FIRST_AREA + n).data() for n in range(len(AREAS))]
    assert all(mark in "✔✘◔?–" for mark in marks)
    words = model.index(0, FIRST_AREA).data(Qt.ItemDataRole.AccessibleTextRole)
    assert words.startswith("Your Match: ")  # never a mark alone for a screen reader


def sort_value(row, column: int):
    from ui.profile_table import _sort_key

    return _sort_key(column)(row)


@pytest.mark.parametrize("column", range(COLUMN_COUNT))
def test_sorting_by_any_column_orders_the_rows_and_keeps_the_unknown_last(
    chooser, column: int
) -> None:
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        chooser.table.sortByColumn(column, order)
        values = [sort_value(row, column) for row in chooser.table.shown_rows()]
        known = [v for v in values if v is not None]
        assert values == known + [None] * (len(values) - len(known))
        reverse = order == Qt.SortOrder.DescendingOrder
        assert known == sorted(known, reverse=reverse), (column, order)
    if column == NAME:
        names = [row.name for row in chooser.table.shown_rows()]
        assert names == sorted(names, key=str.casefold, reverse=True)


def test_filtering_by_words_and_by_verdict_shows_exactly_those_rows(chooser) -> None:
    panel = chooser.panel
    every = chooser.table.shown_rows()
    panel.filter_edit.setText("ana 2027")
    shown = chooser.table.shown_rows()
    assert shown == [r for r in every if "ana" in r.folded and "2027" in r.folded]
    assert panel.count.text() == f"{len(shown):,} of {len(every):,}"
    panel.filter_edit.clear()
    expected = core_lines(chooser.store)
    for choice in StatusFilter:
        panel.pile_box.setCurrentIndex(panel.pile_box.findData(choice.value))
        ids = {row.id for row in chooser.table.shown_rows()}
        assert ids == {pid for pid, line in expected.items() if pile_of(line[0]) is choice}
    panel.pile_box.setCurrentIndex(panel.pile_box.findData(StatusFilter.BLOCKED.value))
    panel.filter_edit.setText("khan")
    chooser.table.sortByColumn(TARGET, Qt.SortOrder.AscendingOrder)  # the filter holds
    for row in chooser.table.shown_rows():
        assert "khan" in row.folded and row.pile is StatusFilter.BLOCKED
    panel.pile_box.setCurrentIndex(0)
    panel.filter_edit.clear()
    assert chooser.table.shown_count() == len(every)


def test_a_profile_chosen_stays_chosen_when_the_table_is_sorted_again(chooser) -> None:
    rows = chooser.table.shown_rows()
    chosen = [rows[3].id, rows[7].id, rows[11].id]
    chooser.table.select_ids(chosen)
    for column in (NAME, OVERALL, DEADLINE, EDITED, NOTE):
        chooser.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert sorted(chooser.selected_ids()) == sorted(chosen)


def test_enter_on_a_row_opens_that_profile(qtbot, chooser) -> None:
    second = chooser.table.shown_rows()[1]
    chooser.table.select_ids([second.id])
    chooser.table.setFocus()
    with qtbot.waitSignal(chooser.open_requested) as opened:
        qtbot.keyClick(chooser.table, Qt.Key.Key_Return)
    assert opened.args == [second.id]


@pytest.fixture
def small_office(qtbot, store):
    fill_store(store, group_profiles(12))
    widget = ProfileChooser()
    qtbot.addWidget(widget)
    widget.as_of = AS_OF
    widget.show_profiles(store)
    widget.show()
    qtbot.waitUntil(lambda: not widget.table.filling, timeout=30_000)
    yield widget
    wait_for_background_work()


def test_several_profiles_chosen_are_deleted_together_and_one_undo_brings_them_back(
    qtbot, small_office
) -> None:
    chooser = small_office
    rows = chooser.table.shown_rows()
    chosen = [rows[0].id, rows[4].id, rows[5].id]
    chooser.table.select_ids(chosen)
    assert chooser.buttons["delete"].isEnabled() and not chooser.buttons["rename"].isEnabled()
    qtbot.mouseClick(chooser.buttons["delete"], Qt.MouseButton.LeftButton)
    assert chooser.undo_message.text() == "3 profiles were deleted."
    assert len(chooser.shown_names()) == 9
    qtbot.mouseClick(chooser.undo_button, Qt.MouseButton.LeftButton)
    assert len(chooser.shown_names()) == 12
    assert sorted(chooser.selected_ids()) == sorted(chosen)
    assert chooser.undo_message.text() == "3 profiles are back."


def test_several_profiles_chosen_are_exported_one_file_each_with_their_notes(
    small_office, tmp_path: Path
) -> None:
    from app.store.notes import set_note

    chooser = small_office
    rows = chooser.table.shown_rows()
    set_note(chooser.store, rows[1].id, "Sponsor note checked")
    chooser.table.select_ids([rows[1].id, rows[2].id])
    assert chooser.export_many(chooser.selected_ids(), tmp_path)
    files = sorted(tmp_path.glob("*.json"))
    assert len(files) == 2
    documents = {json.loads(f.read_text("utf-8"))["applicant"]["full_name"]: f for f in files}
    noted = json.loads(documents[rows[1].name].read_text("utf-8"))
    assert noted["advisor_note"]["text"] == "Sponsor note checked"
    assert chooser.undo_message.text() == f"Exported 2 profiles to {tmp_path}."


def test_the_first_paint_uses_the_kept_verdicts_and_never_waits_for_the_marks(qtbot, store) -> None:
    fill_store(store, group_profiles(30))
    store.list_profiles(as_of=AS_OF)  # verdicts kept, as at every start
    widget = ProfileChooser()
    qtbot.addWidget(widget)
    widget.as_of = AS_OF
    widget.show_profiles(store)
    rows = widget.table.shown_rows()
    assert len(rows) == 30 and all(row.overall is not None for row in rows)
    assert widget.table.filling  # the marks come later, from the worker
    assert widget.table.model().index(0, DEADLINE).data() in ("…", "–") or rows[0].areas
    qtbot.waitUntil(lambda: not widget.table.filling, timeout=30_000)
    assert all(row.areas is not None for row in widget.table.shown_rows())
    wait_for_background_work()


def test_the_chooser_buttons_keep_keys_of_their_own(small_office) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    widgets = [*small_office.findChildren(QAbstractButton), *small_office.findChildren(QLabel)]
    keys = [m.group(1).lower() for w in widgets if (m := re.search(r"&(\w)", w.text()))]
    assert sorted(keys) == sorted(set(keys)), keys


def test_coming_back_to_the_table_judges_again_only_the_profile_edited(small_office) -> None:
    chooser = small_office
    edited = chooser.table.shown_rows()[0]
    chooser.store.save_answer(edited.id, "target_match_year", 2028)
    chooser.reload()
    waiting = [row.id for row in chooser.table.shown_rows() if row.areas is None]
    assert waiting == [edited.id]


def test_the_header_names_each_column_and_a_click_sorts_by_it(qtbot, chooser) -> None:
    """Short titles with the area spelled out as a tooltip; the arrow on "Last edited", newest
    first, as the rows are; a click on "Name" sorts by name."""
    header = chooser.table.horizontalHeader()
    titles = header.model()
    horizontal = Qt.Orientation.Horizontal
    assert titles.headerData(NAME, horizontal) == "Name"
    assert titles.headerData(EDITED, horizontal) == "Last edited"
    area = AREAS[0]
    assert titles.headerData(FIRST_AREA, horizontal, Qt.ItemDataRole.ToolTipRole) == area.label
    qtbot.waitUntil(chooser.table.isSortingEnabled)
    assert header.sortIndicatorSection() == EDITED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    x = header.sectionViewportPosition(NAME) + header.sectionSize(NAME) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [chooser.table.model().index(r, NAME).data() for r in range(5)]
    assert header.sortIndicatorSection() == NAME
    assert names == sorted(names, key=str.casefold) or names == sorted(names, reverse=True)


def test_the_first_list_is_shown_without_building_qts_enum_namespace(tmp_path) -> None:
    """A start with saved profiles shows the list before PySide6 builds the Qt namespace's 101
    enums (12 ms; ui/roles.py): the table and the chooser name no Qt enum on the way."""
    with open_store(tmp_path) as store:
        fill_store(store, group_profiles(20))
    script = (
        "import sys, PySide6.QtCore as core\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.launcher import Launcher\n"
        "app = QApplication([])\n"
        "launcher = Launcher(None, __import__('pathlib').Path(sys.argv[1]))\n"
        "launcher.quiet = True\n"
        "def ready():\n"
        "    rows = launcher.chooser.table.model().rowCount()\n"
        "    print('rows', rows, 'Qt built', 'Qt' in vars(core))\n"
        "    app.quit()\n"
        "launcher.ready.connect(ready)\n"
        "launcher.open_first_window()\n"
        "app.exec()\n"
        "launcher.shut_down()\n"
    )
    done = run_python("-c", script, str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "rows 20 Qt built False" in done.stdout, done.stdout + done.stderr
