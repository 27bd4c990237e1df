"""Kill a saving child process with SIGKILL and check that the store kept its promises.

Shared by tests/test_store_processes.py (a few kills) and the fault benchmark (hundreds).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from app.store import open_store
from app.store.files import integrity_ok

WORKER = Path(__file__).with_name("store_kill_worker.py")


@dataclass
class KillResult:
    promised: dict[str, int]  # field path -> last value whose save had returned
    found: dict[str, object]  # what the reopened store holds
    integrity: bool
    killed_before_ready: bool

    @property
    def kept_every_promise(self) -> bool:
        return all(
            isinstance(self.found.get(path), int | float) and self.found[path] >= value  # type: ignore[operator]
            for path, value in self.promised.items()
        )


def start_worker(data_dir: Path, profile_id: int, count: int | None = None) -> subprocess.Popen:
    args = [sys.executable, str(WORKER), str(data_dir), str(profile_id)]
    if count is not None:
        args.append(str(count))
    return subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ)
    )


def kill_while_saving(data_dir: Path, profile_id: int, rng: random.Random) -> KillResult:
    """Start a worker, wait for it to be ready (or not, one time in ten), let it save for a
    random moment, SIGKILL it, then reopen the store and compare."""
    worker = start_worker(data_dir, profile_id)
    assert worker.stdout is not None
    early = rng.random() < 0.1
    if early:
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere in start-up or opening the store
    else:
        assert worker.stdout.readline().strip() == "ready", (
            worker.stderr.read() if worker.stderr else ""
        )
        time.sleep(rng.uniform(0.0, 0.05))
    os.kill(worker.pid, signal.SIGKILL)
    out, _err = worker.communicate()
    promised: dict[str, int] = {}
    for line in out.splitlines():
        parts = line.split(" ")
        if len(parts) == 2 and parts[1].isdigit():
            promised[parts[0]] = int(parts[1])
    store_file = data_dir / "img-readiness.sqlite3"
    with open_store(data_dir) as store:
        found = store.get_answers(profile_id)
        assert store.recovery_notice is None, store.recovery_notice
    return KillResult(promised, found, integrity_ok(store_file), early)
