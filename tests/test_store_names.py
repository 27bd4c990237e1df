"""Atomic names: the name check and the insert share one write transaction, so twelve importers
started at once never give two profiles the same name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.store import open_store
from tests.conftest import FIXTURES

WORKER = Path(__file__).with_name("store_import_worker.py")
IMPORTERS = 12


def ask_all(importers: list[subprocess.Popen[str]], mode: str) -> list[int]:
    """Send every importer the same line at once; their exit codes."""
    for importer in importers:
        assert importer.stdin is not None
        importer.stdin.write(mode + "\n")
        importer.stdin.flush()
    codes = []
    for importer in importers:
        assert importer.stdout is not None
        line = importer.stdout.readline()
        while line and not line.startswith("exit "):  # "Imported ... as profile N: name"
            line = importer.stdout.readline()
        assert line, "an importer ended without an answer"
        codes.append(int(line.split()[1]))
    return codes


def test_twelve_parallel_importers_take_a_name_once_and_never_share_one(data_dir: Path) -> None:
    profile_file = FIXTURES / "fresh_graduate.json"
    with open_store(data_dir):
        pass  # created once, before the race
    importers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(data_dir), str(profile_file)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        for _ in range(IMPORTERS)
    ]
    try:
        for importer in importers:
            assert importer.stdout is not None
            assert importer.stdout.readline().strip() == "ready"
        codes = ask_all(importers, "fail")
        assert sorted(codes) == [0] + [2] * (IMPORTERS - 1)
        with open_store(data_dir) as store:  # the day's backup, made once, not by all twelve
            assert [p.name for p in store.list_profiles(refresh=False)] == ["Amira Hassan"]
        assert ask_all(importers, "keep-both") == [0] * IMPORTERS
    finally:
        for importer in importers:
            assert importer.stdin is not None
            importer.stdin.close()
        errors = []
        for importer in importers:
            assert importer.stderr is not None
            importer.wait(timeout=60)
            errors.append(importer.stderr.read())
    assert sum("already exists" in err for err in errors) == IMPORTERS - 1
    with open_store(data_dir) as store:
        names = [p.name for p in store.list_profiles(refresh=False)]
    assert len(names) == IMPORTERS + 1
    assert len({n.casefold() for n in names}) == len(names), names
    assert "Amira Hassan" in names and f"Amira Hassan ({IMPORTERS + 1})" in names
