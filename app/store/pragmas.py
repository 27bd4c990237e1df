"""The connection settings every store connection gets, SQLAlchemy's (app.store.opening) and
plain sqlite3's (app.store.quick, app.store.creating) alike: one place, so the fast start-up
path and the full store can never disagree on them."""

from __future__ import annotations

import sqlite3
from typing import Any


def apply_pragmas(
    conn: sqlite3.Connection | Any, busy_timeout_ms: int, foreign_keys: bool = True
) -> None:
    """Autocommit (the caller issues BEGIN), WAL, FULL sync, foreign keys, busy timeout."""
    conn.isolation_level = None  # we issue BEGIN ourselves
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed answer survives a power cut, not only a crash (≈0.5 ms per commit).
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
