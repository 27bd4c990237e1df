"""The first list the user sees: read once, on the worker, from the kept verdicts; a new day's
stale verdicts are judged again on the worker and the rows change in place."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from app.store import open_store, store_path
from tests.ui_support import FIXTURES, QT_WARNINGS_FAIL, start_app

pytestmark = QT_WARNINGS_FAIL


def _three_profiles(data_dir: Path, day: dt.date | None = None) -> None:
    with open_store(data_dir) as store:
        for name in ("fresh_graduate", "canadian_2024_graduate", "oet_retaker"):
            store.import_profile(FIXTURES / f"{name}.json")
        store.list_profiles(as_of=day)  # verdicts kept for that day


def test_the_first_list_is_read_once_off_the_ui_thread(qtbot, data_dir, monkeypatch) -> None:
    from app.store import batch, notes
    from app.store.quick import QuickStore

    _three_profiles(data_dir)
    listed: list[str] = []
    real = QuickStore.kept_summaries

    def counted(self: QuickStore) -> list:
        listed.append(threading.current_thread().name)
        return real(self)

    def never(*_args: object, **_kw: object) -> None:
        raise AssertionError("the chooser listed a second time")

    monkeypatch.setattr(QuickStore, "kept_summaries", counted)
    monkeypatch.setattr(batch, "kept_summaries", never)
    monkeypatch.setattr(notes, "notes_by_profile", never)
    launcher = start_app(qtbot, data_dir)
    assert len(listed) == 1 and listed[0] != threading.main_thread().name
    assert launcher.chooser.list.count() == 3
    # "…is not your route" is in the first list, worked out on the worker too
    words = {row.name: row.overall_words for row in launcher.chooser.table.shown_rows()}
    assert words["Émilie Tremblay"] == "ECFMG Certification is not your route"
    launcher.shut_down()


def test_a_new_days_stale_verdicts_are_shown_then_refreshed_in_place(qtbot, data_dir) -> None:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    _three_profiles(data_dir, yesterday)
    launcher = start_app(qtbot, data_dir)
    table = launcher.chooser.table
    assert table.total_count() == 3  # at once, from yesterday's kept verdicts
    assert all(row.overall_words for row in table.shown_rows())
    resets: list[int] = []
    table.model_.modelReset.connect(lambda: resets.append(1))
    if table.filling:
        with qtbot.waitSignal(table.filled, timeout=20_000):
            pass
    assert resets == []  # the rows were filled in, not the list shown again
    assert all(row.areas is not None for row in table.shown_rows())
    launcher.shut_down()
    conn = sqlite3.connect(store_path(data_dir))
    keys = {key for (key,) in conn.execute("SELECT overall_key FROM profiles")}
    conn.close()
    assert keys and all(key.endswith(dt.date.today().isoformat()) for key in keys)


@pytest.mark.parametrize("start", ["first start", "empty store"])
def test_a_first_start_opens_the_wizard_on_one_new_profile(qtbot, data_dir, start) -> None:
    if start == "empty store":
        open_store(data_dir).close()
    launcher = start_app(qtbot, data_dir)
    qtbot.addWidget(launcher.wizard)
    assert launcher.wizard.isVisible()
    assert len(launcher.store.list_profiles()) == 1
    launcher.wizard.close()
    launcher.shut_down()


def test_the_tables_piles_are_the_group_reports() -> None:
    """The filter box offers app.report.group's piles in its words, without importing it."""
    from app.report.group import FILTER_LABELS, StatusFilter
    from ui.profile_table import PILES

    assert tuple((pile.value, FILTER_LABELS[pile]) for pile in StatusFilter) == PILES


_LIGHT_PROBE = """
import sys
import ui.profile_table_view, ui.launcher, app.store.records, app.store.notes
heavy = {"app.report.group", "app.engine.evaluate", "app.plan", "ui.verdicts", "app.profile",
         "app.rules.imported", "sqlalchemy"}
print(sorted(heavy & set(sys.modules)))
"""


def test_the_first_lists_modules_leave_the_engine_and_the_report_for_later() -> None:
    """The table, the launcher and the store's records import neither the engine, the group
    report, the rules' import nor SQLAlchemy: those load on the worker once the list is up."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", _LIGHT_PROBE],
        cwd=root, capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.stdout.strip() == "[]"
