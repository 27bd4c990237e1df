"""The store's file on disk: where it lives, owner-only permissions, health checks at open,
moving a damaged file aside, and rotated backups made with SQLite's backup API.

Only the standard ``sqlite3`` module is used here, so checking a file needs no SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from app.paths import user_data_dir

STORE_FILE_NAME = "img-readiness.sqlite3"
BACKUP_FOLDER_NAME = "backups"
BACKUPS_KEPT = 5
SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
# Revisions this app knows, oldest first; the last is the head (checked against Alembic by a test).
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD_REVISION = KNOWN_REVISIONS[-1]


class StoreError(Exception):
    """A store problem told to the user in plain words (``str(error)``)."""


def default_data_dir() -> Path:
    """IMG_READINESS_DATA_DIR if set, else the platform's user data folder."""
    return user_data_dir()


def make_private_folder(folder: Path) -> None:
    """Create the folder (and parents) readable by its owner alone (0700 on POSIX)."""
    if folder.is_dir():
        return
    try:
        folder.mkdir(parents=True, mode=0o700)
        if os.name == "posix":
            folder.chmod(0o700)  # mkdir's mode is filtered by the umask
    except FileExistsError:
        if not folder.is_dir():
            raise StoreError(
                f"{folder} is a file, not a folder: choose another data folder"
            ) from None
    except OSError as exc:
        raise StoreError(f"Cannot create the data folder {folder}: {exc.strerror or exc}") from None


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner alone (0600), before SQLite writes to it.

    SQLite gives its -wal and -shm files the database file's permissions.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    if os.name == "posix":
        path.chmod(0o600)


def utc_stamp(moment: dt.datetime | None = None) -> str:
    return (moment or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%S%fZ")


# ---------------------------------------------------------------------------------------------
# Health at open


class Health(Enum):
    MISSING = "missing"  # no file, or an empty one: start a new store
    HEAD = "head"  # ours, at this app's schema
    OLDER = "older"  # ours, an older schema: back up, then upgrade
    NEWER = "newer"  # from a newer app: refuse, touch nothing
    DAMAGED = "damaged"  # not SQLite, truncated, fails quick_check, or not ours


@dataclass(frozen=True)
class Checkup:
    health: Health
    reason: str = ""  # for DAMAGED: what is wrong, in plain words
    revision: str | None = None


def check_file(path: Path, busy_timeout_ms: int) -> Checkup:
    """Look at the file without changing it (read-only connection)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return Checkup(Health.MISSING)
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}") from None
    if not header and path.stat().st_size == 0:
        return Checkup(Health.MISSING)
    if header != SQLITE_HEADER:
        return Checkup(Health.DAMAGED, "it is not a database file")
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000
        )
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open {path}: {exc}") from None
    try:
        return _check_contents(conn)
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise StoreError(
                "The saved-profiles file is busy in another window of IMG Readiness; "
                "try again in a moment"
            ) from None
        return Checkup(Health.DAMAGED, f"it cannot be read ({exc})")
    except sqlite3.DatabaseError as exc:
        return Checkup(Health.DAMAGED, f"it is damaged ({exc})")
    finally:
        conn.close()


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _check_contents(conn: sqlite3.Connection) -> Checkup:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if [tuple(r) for r in rows] != [("ok",)]:
        first = rows[0][0] if rows else "no answer"
        return Checkup(Health.DAMAGED, f"it failed SQLite's check ({first})")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return Checkup(Health.MISSING)
    if "alembic_version" not in tables:
        return Checkup(Health.DAMAGED, "it is a database, but not one IMG Readiness wrote")
    versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    if len(versions) != 1:
        return Checkup(Health.DAMAGED, "its schema version is unreadable")
    revision = versions[0]
    if revision == HEAD_REVISION:
        return Checkup(Health.HEAD, revision=revision)
    if revision in KNOWN_REVISIONS:
        return Checkup(Health.OLDER, revision=revision)
    return Checkup(Health.NEWER, revision=revision)


def move_aside(path: Path, label: str = "damaged") -> Path:
    """Rename the file (and its -wal/-shm/-journal) with a timestamp; returns the new main path."""
    target = path.with_name(f"{path.stem}.{label}-{utc_stamp()}{path.suffix}")
    try:
        for suffix in SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
        path.rename(target)
    except OSError as exc:
        raise StoreError(
            f"The saved-profiles file {path} is damaged and could not be moved aside: "
            f"{exc.strerror or exc}"
        ) from None
    return target


def integrity_ok(path: Path) -> bool:
    """True when ``PRAGMA integrity_check`` (the full check) says ok."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------
# Backups


def backup_folder(store_path: Path) -> Path:
    return store_path.parent / BACKUP_FOLDER_NAME


def make_backup(store_path: Path, reason: str, keep: int = BACKUPS_KEPT) -> Path:
    """Copy the store with SQLite's backup API (consistent even while in use); keep the newest."""
    folder = backup_folder(store_path)
    make_private_folder(folder)
    target = folder / f"{store_path.stem}-{utc_stamp()}-{reason}{store_path.suffix}"
    # Written under a hidden name, then renamed: a crash never leaves a half backup to restore.
    partial = folder / f".{target.name}.partial"
    for stale in folder.glob(".*.partial"):  # left by a crash; an hour old cannot be in use
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < dt.datetime.now().timestamp() - 3600:
                stale.unlink()
    create_private_file(partial)
    source = sqlite3.connect(store_path)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
    except sqlite3.Error as exc:
        destination.close()
        partial.unlink(missing_ok=True)
        raise StoreError(f"Could not make a backup in {folder}: {exc}") from None
    finally:
        source.close()
        destination.close()
    os.replace(partial, target)
    for old in list_backups(store_path)[keep:]:
        for suffix in ("", *SIDE_FILES):  # reading a backup may have left a -wal/-shm beside it
            with contextlib.suppress(OSError):
                old.with_name(old.name + suffix).unlink()
    return target


def list_backups(store_path: Path) -> list[Path]:
    """Backups, newest first (their names start with a UTC timestamp)."""
    folder = backup_folder(store_path)
    if not folder.is_dir():
        return []
    pattern = f"{store_path.stem}-*{store_path.suffix}"
    return sorted(folder.glob(pattern), key=lambda p: p.name, reverse=True)


def backup_time(backup: Path) -> dt.datetime | None:
    """When a backup was made, from its name (UTC)."""
    stamp = backup.name.removeprefix(f"{Path(STORE_FILE_NAME).stem}-").split("-")[0]
    try:
        return dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
