"""Store speed and crash safety: `make bench` (figures land in build/bench.json).

- Save of one answer through the Autosaver vs a bare sqlite3 INSERT + COMMIT on the same kind of
  file (WAL, synchronous=FULL) in the same run; target p95 < 5 ms.
- 1,000 profiles listed with their overall readiness; target < 100 ms (verdicts are kept; on a
  new day the kept ones are shown at once and re-evaluated on a worker: its own rows).
- Opening the store at start: in-process to the first usable query, and a fresh process's whole
  import + open + list next to a bare `python -c pass`.
- The fault suite: 200 SIGKILLs of a saving child process; every one must leave an intact file
  with every answer whose save had returned.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.store import Autosaver, open_store
from tests.benchmarks.conftest import time_calls
from tests.store_crash import kill_while_saving
from tests.store_helpers import every_field_profile

ROOT = Path(__file__).resolve().parents[2]
KILLS = 200


def test_saving_one_answer(bench, tmp_path: Path) -> None:
    bare = sqlite3.connect(tmp_path / "bare.sqlite3", isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE answers (path TEXT, value TEXT)")
    samples: list[float] = []
    baseline: list[float] = []
    with open_store(tmp_path / "store") as store:
        saver = Autosaver(store, store.create_profile().id)
        # Interleaved, so both see the same disk weather.
        for n in range(520):
            start = time.perf_counter()
            outcome = saver.save("exams.step2_ck.score", n)
            mid = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute("INSERT INTO answers VALUES ('exams.step2_ck.score', ?)", (str(n),))
            bare.execute("COMMIT")
            end = time.perf_counter()
            assert outcome.ok
            if n >= 20:  # warm-up
                samples.append((mid - start) * 1000)
                baseline.append((end - mid) * 1000)
    bare.close()
    row = bench.record("store: save one answer", samples, target=5.0, baseline=baseline)
    bare_row = bench.record("store: bare sqlite3 insert+commit (WAL, FULL)", baseline)
    # The fsync is the disk's; on a busy machine even the bare commit misses 5 ms, so what this
    # checks is the target or, failing that, staying within 2x of the bare commit's p95.
    # Reported, not asserted: a loaded machine must not fail `make bench`.
    assert row.p95 is not None and bare_row.p95 is not None
    bench.check(
        row.p95 < max(5.0, 2 * bare_row.p95),
        f"store: save one answer p95 {row.p95:.1f} ms < max(5 ms, 2x bare {bare_row.p95:.1f} ms)",
    )


def _thousand_profiles(folder: Path) -> None:
    rng = random.Random(1000)
    base = every_field_profile()
    with open_store(folder) as store:
        for i in range(1000):
            profile = dataclasses.replace(base)
            profile.applicant = dataclasses.replace(base.applicant, full_name=f"Applicant {i}")
            profile.exams = dataclasses.replace(base.exams)
            profile.exams.step2_ck = dataclasses.replace(
                base.exams.step2_ck, score=rng.randint(190, 270)
            )
            store.create_profile(profile)


def test_listing_a_thousand_profiles_with_readiness(bench, tmp_path: Path) -> None:
    folder = tmp_path / "store"
    _thousand_profiles(folder)
    with open_store(folder) as store:
        start = time.perf_counter()
        first = store.list_profiles()  # evaluates every profile and keeps the verdicts
        first_ms = (time.perf_counter() - start) * 1000
        samples = time_calls(store.list_profiles, 30)
        # A new day: kept verdicts are a day old. Shown at once, then refreshed on a worker.
        yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
        with store.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE profiles SET overall_key = substr(overall_key, 1, "
                f"instr(overall_key, '|')) || '{yesterday}'"
            )
        start = time.perf_counter()
        shown = store.list_profiles(refresh=False)
        new_day_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        refreshed = store.refresh_readiness()
        refresh_ms = (time.perf_counter() - start) * 1000
    assert len(first) == 1000 and all(p.overall is not None for p in first)
    assert all(p.overall_as_of == dt.date.today() - dt.timedelta(days=1) for p in shown)
    assert refreshed == 1000
    row = bench.record("store: list 1,000 profiles with readiness", samples, target=100.0)
    bench.value("store: list 1,000, first of a new day, kept verdicts", new_day_ms, "ms", 100.0)
    bench.value("store: re-evaluate 1,000 verdicts (worker, new day)", refresh_ms, "ms")
    bench.value("store: list 1,000 never evaluated (after upgrade)", first_ms, "ms")
    assert row.median is not None
    bench.check(row.median < 100.0, f"store: list 1,000 median {row.median:.0f} ms < 100 ms")
    bench.check(new_day_ms < 100.0, f"store: list 1,000, new day {new_day_ms:.0f} ms < 100 ms")


def test_opening_the_store_at_start(bench, tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with open_store(folder) as store:
        for _ in range(20):
            store.create_profile(every_field_profile())
        store.list_profiles()

    def open_and_list() -> None:
        with open_store(folder) as store:
            store.list_profiles()

    bench.record("store: open + first list (in process)", time_calls(open_and_list, 20))

    script = (
        "import sys; from app.store import open_store; "
        f"s = open_store(__import__('pathlib').Path({str(folder)!r})); s.list_profiles()"
    )
    cold = [_wall_ms([sys.executable, "-c", script]) for _ in range(5)]
    bare = [_wall_ms([sys.executable, "-c", "pass"]) for _ in range(5)]
    bench.record("store: new process, import + open + list", cold, baseline=bare)


def _wall_ms(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, cwd=ROOT)
    return (time.perf_counter() - start) * 1000


def test_two_hundred_kills_while_saving_lose_nothing_that_was_saved(bench, tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with open_store(folder) as store:
        profile_id = store.create_profile().id
    rng = random.Random(dt.date.today().toordinal())
    failures: list[str] = []
    mid_save = 0
    start = time.perf_counter()
    for n in range(KILLS):
        result = kill_while_saving(folder, profile_id, rng)
        mid_save += bool(result.promised)
        if not (result.integrity and result.kept_every_promise):
            failures.append(f"kill {n}: {result}")
    elapsed = time.perf_counter() - start
    bench.value("store: SIGKILLs survived (of 200)", KILLS - len(failures), "kills")
    bench.value("store: SIGKILLs that hit a saving loop", mid_save, "kills")
    bench.value("store: 200-kill fault suite wall time", elapsed, "s")
    assert failures == []
