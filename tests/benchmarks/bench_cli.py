"""The command line as a user runs it: whole processes, each beside `python -c pass` and
`python -m app --version` (the CLI's own floor: Python, argparse, the language; no sub-command
is built) in the same run, the commands taking turns. Wall and CPU time (the child's user +
system) are reported; nothing is asserted on them.

The children run without PYTHONDONTWRITEBYTECODE, and a first round is thrown away, so that
they read compiled bytecode as an installed app does (a checkout edited a minute ago otherwise
compiles every changed module at each start).

Targets (issue 13): `schools search` ≤ 3× `python -c pass` with the bundled list, under 0.5 s
with 60,000 imported schools.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from app.directory.directory import CACHE_FILE_NAME
from tests.benchmarks.conftest import load_note, run_interleaved

ROOT = Path(__file__).resolve().parents[2]
RUNS = 9
FIXTURE = ROOT / "tests" / "fixtures" / "fresh_graduate.json"


def child_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "LANG": "C.UTF-8", "IMG_READINESS_DATA_DIR": str(data_dir)}


def test_cli_whole_process_times(bench, tmp_path: Path, imported_folder: Path) -> None:
    python = sys.executable
    empty = tmp_path / "empty-data"  # never created: nothing to log in
    logged = tmp_path / "data-folder"  # a data folder without a store: the CLI logs in it
    logged.mkdir()
    app = [python, "-m", "app"]
    commands = {
        "pass": [python, "-c", "pass"],
        "version": [*app, "--version"],
        "assess": [*app, "assess", str(FIXTURE)],
        "search bundled": [*app, "--data-dir", str(empty), "schools", "search", "cairo"],
        "search logged": [*app, "--data-dir", str(logged), "schools", "search", "cairo"],
        "search 60k": [*app, "--data-dir", str(imported_folder), "schools", "search", "cairo"],
    }
    times = run_interleaved(commands, RUNS, env=child_env(empty), cwd=ROOT)
    bare = times["pass"]
    floor = times["version"]
    bench.record("cli: python -c pass (baseline)", bare.wall, cpu=bare.cpu)
    bench.record(
        "cli: python -m app --version (the CLI's floor)",
        floor.wall,
        baseline=bare.wall,
        cpu=floor.cpu,
    )
    rows = {
        "assess": ("cli: assess a profile file", None),
        "search bundled": ("cli: schools search, bundled list", None),
        "search logged": ("cli: schools search, bundled list, a data folder to log in", None),
        "search 60k": ("cli: schools search, 60,000 imported (index cached)", 500.0),
    }
    for label, (name, target) in rows.items():
        row = bench.record(
            name, times[label].wall, baseline=bare.wall, cpu=times[label].cpu, target=target
        )
        floor_ratio = statistics.median(times[label].wall) / statistics.median(floor.wall)
        print(
            f"\n{name}: {row.median:.0f} ms wall, {row.cpu:.0f} ms CPU; {row.ratio}x "
            f"python -c pass, {floor_ratio:.2f}x python -m app --version; {load_note()}"
        )
        if target:
            bench.check(
                row.median is not None and row.median < target,
                f"{name} under {target:.0f} ms (was {row.median:.0f} ms)",
            )
    search = times["search bundled"]
    ratio = statistics.median(search.wall) / statistics.median(bare.wall)
    cpu_ratio = statistics.median(search.cpu) / statistics.median(bare.cpu)
    bench.value(
        "cli: schools search ratio (bundled / python -c pass)",
        ratio,
        "x",
        target=3.0,
        cpu=cpu_ratio,
    )
    bench.check(ratio <= 3.0, f"cli: schools search <= 3x python -c pass (was {ratio:.2f}x)")


def test_cli_first_search_after_an_import(bench, tmp_path: Path, imported_folder: Path) -> None:
    """The first search after an import indexes the imported schools (the CLI's import does it
    already; this is the search after an import made by an older version, or a lost cache)."""
    python = sys.executable
    cache = imported_folder / CACHE_FILE_NAME
    command = [
        python,
        "-m",
        "app",
        "--data-dir",
        str(imported_folder),
        "schools",
        "search",
        "cairo",
    ]
    walls, cpus = [], []
    for _ in range(3):
        cache.unlink(missing_ok=True)
        times = run_interleaved({"search": command}, 1, env=child_env(tmp_path), cwd=ROOT, warmup=0)
        walls += times["search"].wall
        cpus += times["search"].cpu
    bench.record("cli: schools search, 60,000 imported, cache rebuilt", walls, cpu=cpus)
    assert cache.is_file()
