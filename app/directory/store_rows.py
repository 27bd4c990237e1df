"""The schools kept in the local store, read with the standard library's sqlite3.

Searching must not pay for SQLAlchemy (about 0.4 s to import) nor for opening the store the full
way (checks, backups): these two tables are only read. The connection is opened read-write
(``mode=rw``, never creating the file) and queries only (``query_only``), so that closing it, as
the last connection, folds the write-ahead log and leaves no ``-wal``/``-shm`` beside the store,
as the store's own close does. Anything unexpected (a damaged file, a schema without these
tables) raises StoreRowsError; the caller then opens the store the full way, which explains it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from app.directory.entries import SchoolEntry, imported_entry

USER_SOURCE = "Added by you"  # the same as app.directory.user_schools.USER_SOURCE
BUSY_TIMEOUT_S = 5.0


class StoreRowsError(Exception):
    """The store's school tables could not be read."""


@dataclass(frozen=True, slots=True)
class StoredSchools:
    """The user's schools (always read: a handful), and what identifies the imported set."""

    user: list[SchoolEntry]
    imported_count: int
    imported_key: tuple[object, ...]  # changes with every import (see imported_key)


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    try:
        connection = sqlite3.connect(
            f"file:{quote(str(path))}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S
        )
    except sqlite3.Error as exc:
        raise StoreRowsError(f"{path.name} cannot be opened: {exc}") from None
    try:
        connection.execute("PRAGMA query_only=1")
        yield connection
    except sqlite3.Error as exc:
        raise StoreRowsError(f"{path.name} cannot be read: {exc}") from None
    finally:
        connection.close()


IMPORTED_KEY_QUERY = (
    "SELECT count(*), min(id), max(id), min(imported_at), max(imported_at) FROM imported_schools"
)


def read_stored_schools(path: Path) -> StoredSchools:
    """The user's recorded schools, and the count and key of the imported ones (about 10 ms
    with 60,000 imported). An import replaces every imported row in one transaction, stamping
    them with one new time, so the key (count, first and last row, first and last time) changes
    with every import."""
    with _reading(path) as connection:
        user = [
            _user_entry(row)
            for row in connection.execute(
                "SELECT id, name, city, country, directory_id, sponsor_note FROM user_schools "
                "ORDER BY id"
            )
        ]
        key = tuple(connection.execute(IMPORTED_KEY_QUERY).fetchone())
    return StoredSchools(user=user, imported_count=int(key[0] or 0), imported_key=key)


def read_imported(
    path: Path, pause: Callable[[], None] | None = None
) -> tuple[tuple[object, ...], list[SchoolEntry]]:
    """The imported schools in store order, and their key, read in one transaction
    (``pause`` is called every few rows: see app/directory/directory.py)."""
    with _reading(path) as connection:
        connection.execute("BEGIN")
        key = tuple(connection.execute(IMPORTED_KEY_QUERY).fetchone())
        rows = connection.execute(
            "SELECT id, name, other_names, city, country, directory_id, sponsor_note, "
            "source_file FROM imported_schools ORDER BY id"
        )
        entries = []
        for store_id, name, other, city, country, directory_id, note, source_file in rows:
            entries.append(
                imported_entry(
                    store_id, name, other, city, country, directory_id, note, source_file
                )
            )
            if pause is not None and len(entries) % 256 == 0:
                pause()
        connection.execute("COMMIT")
    return key, entries


def _user_entry(row: tuple[object, ...]) -> SchoolEntry:
    store_id, name, city, country, directory_id, sponsor_note = row
    return SchoolEntry(
        name=str(name),
        kind="user",
        country=str(country or ""),
        city=str(city or ""),
        source=USER_SOURCE,
        directory_id=directory_id,  # type: ignore[arg-type]
        sponsor_note=sponsor_note,  # type: ignore[arg-type]
        store_id=store_id,  # type: ignore[arg-type]
    )
