"""The first list at start: SQLite's page check of the store runs beside the first read
(app.store.files.ParallelCheck), and the list is shown only once it has passed; a file that
fails it is recovered the usual way before anything is shown. The rows are built on the worker."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.store import open_store
from app.store.files import ParallelCheck
from app.store.quick import open_quickly
from ui.launcher import _open_everything
from ui.profile_rows import ProfileRow

STORE_FILE = "img-readiness.sqlite3"


def _office(folder: Path, count: int) -> Path:
    from tests.advisor_group import fill_store, group_profiles

    with open_store(folder) as store:
        fill_store(store, group_profiles(count))
    return folder / STORE_FILE


def test_the_first_list_waits_for_the_page_check_and_brings_its_rows(tmp_path: Path) -> None:
    _office(tmp_path, 30)
    store, _rules, first = _open_everything(tmp_path, None)
    try:
        assert store.pending_check is None  # asked before the list was handed over
        assert first.rows is not None and len(first.rows) == len(first.summaries) == 30
        assert all(isinstance(row, ProfileRow) for row in first.rows)
        assert [r.id for r in first.rows] == [s.id for s in first.summaries]
        row = first.rows[0]
        assert row.folded_ is None  # the filter's text: only once a filter asks
        assert row.name.casefold() in row.folded
    finally:
        store.close()


def test_a_failed_page_check_opens_the_file_the_usual_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _office(tmp_path, 5)
    opened: list[bool] = []
    real_open = open_quickly

    def counting_open(data_dir: Path | None = None, **kwargs: object) -> object:
        opened.append(bool(kwargs.get("parallel_check")))
        return real_open(data_dir, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("app.store.quick.open_quickly", counting_open)
    monkeypatch.setattr(ParallelCheck, "sound", lambda self: False)
    store, _rules, first = _open_everything(tmp_path, None)
    try:
        assert opened == [True, False]  # the second time with the full check first
        assert len(first.summaries) == 5
    finally:
        store.close()


def test_a_damaged_page_found_by_the_parallel_check_is_recovered(tmp_path: Path) -> None:
    path = _office(tmp_path, 300)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    middle = (pages // 2) * page_size
    data[middle : middle + page_size] = b"\x0d" + b"\xff" * (page_size - 1)  # a broken b-tree page
    path.write_bytes(bytes(data))
    check = ParallelCheck(path, 1000)
    if check.sound():
        pytest.skip("this damage is not one quick_check finds on this SQLite")
    store, _rules, first = _open_everything(tmp_path, None)
    try:
        assert store.recovery_notice  # set aside and told, as the usual open does
        assert first.summaries == [] or len(first.summaries) < 300
    finally:
        store.close()
