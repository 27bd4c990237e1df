"""`make bench`: each bench_*.py records rows; at the end a table is printed and
build/bench.json written as a list of {name, median, p95, unit, target, baseline, ratio, cpu}.

Wall-clock figures are reported, never asserted: a loaded machine must not fail `make bench`.
A row that misses its target is listed under the table ("missed, not a failure"); ``cpu`` is the
median CPU time of the same samples (the process's or thread's own), which other work on the
machine inflates far less than wall time.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest

ROWS: list[BenchRow] = []
MISSED: list[str] = []
BENCH_JSON = Path(__file__).resolve().parents[2] / "build" / "bench.json"


@dataclass
class BenchRow:
    name: str
    median: float | None
    p95: float | None
    unit: str
    target: float | None = None  # the figure to stay under, in the same unit
    baseline: float | None = None  # the comparison measured in the same run (median)
    ratio: float | None = None  # median / baseline
    cpu: float | None = None  # median CPU time of the same samples (ms), where measured


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def time_calls(fn: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    """Wall time of each call in milliseconds."""
    return time_calls_with_cpu(fn, repeat, warmup)[0]


def time_calls_with_cpu(
    fn: Callable[[], object], repeat: int, warmup: int = 3
) -> tuple[list[float], list[float]]:
    """Wall and CPU (this thread's) time of each call in milliseconds."""
    for _ in range(warmup):
        fn()
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.thread_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000.0)
        cpu.append((time.thread_time() - start_cpu) * 1000.0)
    return wall, cpu


@dataclass
class ProcessTimes:
    wall: list[float]
    cpu: list[float]  # user + system time of the child, ms


def run_interleaved(
    commands: dict[str, Sequence[str]],
    runs: int,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    warmup: int = 1,
) -> dict[str, ProcessTimes]:
    """Whole-process wall and CPU time of each command, the commands taking turns (so that each
    sees the same machine load). Output is discarded; a non-zero exit fails the benchmark (it
    is a broken command, not a slow one)."""
    times = {label: ProcessTimes([], []) for label in commands}
    for round_number in range(warmup + runs):
        for label, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(
                list(command), cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, timeout=300,
            )  # fmt: skip
            wall = (time.perf_counter() - start) * 1000.0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            assert done.returncode == 0, (label, done.stderr[-500:])
            if round_number >= warmup:
                times[label].wall.append(wall)
                cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                times[label].cpu.append(cpu * 1000.0)
    return times


def load_note() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


class Bench:
    """The fixture handed to benchmarks: record samples or a single figure."""

    def record(
        self,
        name: str,
        samples: list[float],
        unit: str = "ms",
        target: float | None = None,
        baseline: list[float] | float | None = None,
        cpu: list[float] | None = None,
    ) -> BenchRow:
        median = statistics.median(samples)
        base = statistics.median(baseline) if isinstance(baseline, list) else baseline
        row = BenchRow(
            name=name,
            median=round(median, 4),
            p95=round(percentile(samples, 0.95), 4),
            unit=unit,
            target=target,
            baseline=None if base is None else round(base, 4),
            ratio=None if not base else round(median / base, 3),
            cpu=None if not cpu else round(statistics.median(cpu), 4),
        )
        ROWS.append(row)
        return row

    def check(self, met: bool, what: str) -> bool:
        """A target that is reported, not asserted: listed under the table when missed."""
        if not met:
            MISSED.append(what)
        return met

    def value(
        self,
        name: str,
        value: float,
        unit: str,
        target: float | None = None,
        baseline: float | None = None,
        cpu: float | None = None,
    ) -> BenchRow:
        row = BenchRow(
            name=name,
            median=round(value, 4),
            p95=None,
            unit=unit,
            target=target,
            baseline=None if baseline is None else round(baseline, 4),
            ratio=None if not baseline else round(value / baseline, 3),
            cpu=None if cpu is None else round(cpu, 4),
        )
        ROWS.append(row)
        return row


@pytest.fixture
def bench() -> Bench:
    return Bench()


@pytest.fixture(scope="session")
def imported_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose store holds 60,000 imported schools (realistic names), the index of
    them cached (bench_directory.py and bench_cli.py)."""
    from app.directory import load_directory
    from app.directory.directory import STORE_FILE_NAME
    from app.directory.importer import import_directory_csv
    from app.store import open_store
    from tests.benchmarks.bench_directory import write_import_file

    folder = tmp_path_factory.mktemp("imported-60k")
    source = folder / "directory.csv"
    write_import_file(source, 60_000)
    with open_store(folder) as store:
        import_directory_csv(store, source)
    load_directory(store_file=folder / STORE_FILE_NAME).warm_up()  # writes the cache
    return folder


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:.4g}"


# The issue's contract: evaluate()'s row leads the table, whatever order the files ran in.
FIRST_ROW_PREFIX = "evaluate()"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not ROWS:
        return
    ROWS.sort(key=lambda row: not row.name.startswith(FIRST_ROW_PREFIX))  # stable otherwise
    BENCH_JSON.parent.mkdir(parents=True, exist_ok=True)
    BENCH_JSON.write_text(json.dumps([asdict(r) for r in ROWS], indent=2) + "\n")
    width = max(len(r.name) for r in ROWS)
    lines = [
        f"{'benchmark':<{width}}  {'median':>10}  {'p95':>10}  {'cpu':>8}  {'unit':<6} "
        f"{'target':>8} {'baseline':>9} {'ratio':>7}"
    ]
    for r in ROWS:
        lines.append(
            f"{r.name:<{width}}  {_fmt(r.median):>10}  {_fmt(r.p95):>10}  {_fmt(r.cpu):>8}  "
            f"{r.unit:<6} {_fmt(r.target):>8} {_fmt(r.baseline):>9} {_fmt(r.ratio):>7}"
        )
    if MISSED:
        lines.append(f"missed, not a failure ({load_note()}):")
        lines.extend(f"  - {what}" for what in MISSED)
    print("\n" + "\n".join(lines) + f"\n(written to {BENCH_JSON})")
