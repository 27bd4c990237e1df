"""Faults for the store's tests: SQLite errors injected at the sqlite3 layer, and (where the
machine allows it) a real, small, full disk."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

# SQLite's extended result codes, as a real disk or folder returns them.
SQLITE_FULL = 13
SQLITE_IOERR_SHMSIZE = 4874  # creating the -shm failed: what a full disk gives at open
SQLITE_READONLY_DIRECTORY = 1544
SQLITE_CANTOPEN = 14
SQLITE_BUSY = 5

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and owners")
not_as_root = pytest.mark.skipif(
    os.name == "posix" and os.geteuid() == 0, reason="root writes anywhere, read-only or not"
)


def sqlite_failure(message: str, code: int) -> sqlite3.OperationalError:
    """The error sqlite3 raises for ``code`` (its message as SQLite words it)."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


class FailingConnection:
    """Stands in for a sqlite3 connection on a failing disk: every statement raises."""

    def __init__(self, error: sqlite3.Error) -> None:
        self.error = error

    def execute(self, *_args: Any, **_kwargs: Any) -> Any:
        raise self.error

    def close(self) -> None:
        pass


def fail_every_sqlite_open(monkeypatch: pytest.MonkeyPatch, error: sqlite3.Error) -> None:
    """From now on, any connection SQLite opens (ours or SQLAlchemy's) fails with ``error``."""
    monkeypatch.setattr(sqlite3, "connect", lambda *_a, **_k: FailingConnection(error))


def report_free_space(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    """The store's disk reports ``free`` bytes free."""
    usage = SimpleNamespace(total=10**9, used=10**9 - free, free=free)
    monkeypatch.setattr("app.store.failures.shutil.disk_usage", lambda _folder: usage)


@contextlib.contextmanager
def small_disk(parent: Path, size: str = "2m") -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted in ``parent`` (skips the test unless the machine lets
    us mount one: root on Linux, in a container that allows it)."""
    if os.name != "posix" or os.geteuid() != 0 or not Path("/proc/mounts").exists():
        pytest.skip("a real full disk needs root to mount a small tmpfs")
    mount_point = parent / f"small-disk-{uuid.uuid4().hex[:8]}"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        timeout=10,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode()[:200]}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, timeout=10)


def fill(disk: Path) -> Path:
    """Fill the disk to the last byte with one file; delete it to free the space again."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as handle:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while handle.write(b"\0" * size):
                    pass
    return filler
