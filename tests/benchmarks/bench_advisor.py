"""Advisor speed (`make bench`; figures land in build/bench.json), each beside a baseline taken in
the same run; nothing here asserts a wall time.

- The chooser shows 10,000 profiles: show_profiles() to the table painted (target 500 ms),
  against listing the same profiles from the store alone.
- Sorting and filtering 10,000 rows (target one 16 ms frame), against Python's own sort of the
  names and the filter's mask worked out alone.
- Every row's marks and deadline filled in by the worker (a figure: it never holds the window),
  against judging the same profiles without Qt.
- The CSV report of 1,000 profiles (target 2 s), against assessing them alone.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.engine.evaluate import evaluate
from app.report.group import StatusFilter, build_group_report, write_group_report
from app.rules import load_ruleset
from app.store import open_store
from app.store.batch import read_profiles
from tests.advisor_group import AS_OF, fill_store, group_profiles
from ui.profile_table import DEADLINE, EDITED, NAME, OVERALL, TARGET
from ui.worker import wait_for_background_work

MANY = 10_000


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("office-10000")
    with open_store(folder) as store:
        fill_store(store, group_profiles(MANY))
        store.list_profiles(as_of=AS_OF)  # verdicts kept, as the launcher's worker does at start
    return folder


def _app() -> QApplication:
    return QApplication.instance() or QApplication([])  # type: ignore[return-value]


def test_the_chooser_shows_ten_thousand_profiles(bench, office: Path) -> None:
    from ui.profile_chooser import ProfileChooser

    app = _app()
    with open_store(office) as store:
        shown: list[float] = []
        listed: list[float] = []
        filled: list[float] = []
        for _ in range(5):
            start = time.perf_counter()
            store.list_profiles(refresh=False, as_of=AS_OF)
            listed.append((time.perf_counter() - start) * 1000)
            chooser = ProfileChooser()
            chooser.as_of = AS_OF
            chooser.show()
            app.processEvents()
            start = time.perf_counter()
            chooser.show_profiles(store)
            chooser.repaint()  # painted, not only laid out
            shown.append((time.perf_counter() - start) * 1000)
            assert chooser.table.total_count() == MANY
            while chooser.table.filling:
                app.processEvents()
                time.sleep(0.002)
            filled.append((time.perf_counter() - start) * 1000)
            chooser.close()
            chooser.deleteLater()
            app.processEvents()
        wait_for_background_work()
        ruleset = load_ruleset()
        start = time.perf_counter()
        profiles = read_profiles(store, [s.id for s in store.list_profiles(refresh=False)])
        for profile in profiles.values():
            evaluate(profile, ruleset, AS_OF)
        judged = (time.perf_counter() - start) * 1000
    bench.record("advisor: chooser shows 10,000 profiles", shown, target=500.0, baseline=listed)
    bench.record("advisor: store lists 10,000 profiles (baseline)", listed)
    bench.record(
        "advisor: 10,000 rows' marks and deadlines filled in (worker)", filled, baseline=judged
    )
    bench.value("advisor: 10,000 profiles judged without Qt (baseline)", judged, "ms")


def test_sorting_and_filtering_ten_thousand_rows(bench, office: Path) -> None:
    from ui.profile_chooser import ProfileChooser

    app = _app()
    with open_store(office) as store:
        chooser = ProfileChooser()
        chooser.as_of = AS_OF
        chooser.show_profiles(store)
        chooser.show()
        while chooser.table.filling:
            app.processEvents()
            time.sleep(0.002)
        table, panel = chooser.table, chooser.panel
        sorts: list[float] = []
        for column in (NAME, TARGET, OVERALL, DEADLINE, EDITED) * 4:
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                start = time.perf_counter()
                table.sortByColumn(column, order)
                sorts.append((time.perf_counter() - start) * 1000)
        rows = table.model_.rows
        python_sorts: list[float] = []
        for _ in range(20):
            start = time.perf_counter()
            sorted(rows, key=lambda r: r.name.casefold())
            python_sorts.append((time.perf_counter() - start) * 1000)
        filters: list[float] = []
        for _ in range(10):
            for text, pile in (
                ("ana", None),
                ("ana 2027", None),
                ("", StatusFilter.BLOCKED),
                ("khan", StatusFilter.NEEDS_ANSWERS),
                ("", None),
            ):
                start = time.perf_counter()
                table.set_filter(text, pile)
                filters.append((time.perf_counter() - start) * 1000)
        masks: list[float] = []
        for _ in range(20):
            start = time.perf_counter()
            _mask = [r.pile is StatusFilter.BLOCKED and "ana" in r.folded for r in rows]
            masks.append((time.perf_counter() - start) * 1000)
        panel.filter_edit.clear()
        chooser.close()
        wait_for_background_work()
    bench.record("advisor: sort 10,000 rows", sorts, target=16.0, baseline=python_sorts)
    bench.record("advisor: Python sorts 10,000 names (baseline)", python_sorts)
    bench.record("advisor: filter 10,000 rows", filters, target=16.0, baseline=masks)
    bench.record("advisor: the filter's mask alone (baseline)", masks)


def test_the_csv_report_of_a_thousand_profiles(bench, tmp_path: Path) -> None:
    folder = tmp_path / "office-1000"
    with open_store(folder) as store:
        fill_store(store, group_profiles(1000))
        ruleset = load_ruleset()
        reports: list[float] = []
        assessed: list[float] = []
        for _ in range(3):
            start = time.perf_counter()
            report = build_group_report(store, ruleset, AS_OF)
            write_group_report(report, tmp_path / "group.csv", "csv")
            reports.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            profiles = read_profiles(store, [s.id for s in store.list_profiles(refresh=False)])
            for profile in profiles.values():
                evaluate(profile, ruleset, AS_OF)
            assessed.append((time.perf_counter() - start) * 1000)
    bench.record("advisor: CSV report of 1,000 profiles", reports, target=2000.0, baseline=assessed)
    bench.record("advisor: assess 1,000 profiles alone (baseline)", assessed)
