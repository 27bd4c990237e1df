"""The store's errors, and telling a disk or permission problem apart from a damaged file.

A problem of the first kind (a full disk, a read-only folder or file, a -wal/-shm owned by another
account, the file locked by another window) never moves or changes the file: the user is told what
is wrong in plain words, fixes it, and tries again. Only SQLite's own "corrupt" and "not a
database" answers (and the store's checks at open) count as damage.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from app.i18n import _, pgettext

logger = logging.getLogger(__name__)

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
# Less free space than this on the store's disk is "full" for our purposes: SQLite needs room for
# its -shm (32 KB) and -wal before it can even read a file in WAL mode.
LOW_SPACE_BYTES = 1 << 20
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class StoreError(Exception):
    """A store problem told to the user in plain words (``str(error)``)."""


class StoreUnavailable(StoreError):
    """The disk, a folder or a file cannot be used right now (full, read-only, another account's,
    locked by another window). Nothing was changed; the user can fix it and try again.
    The command line exits 1 for it; the app shows it with a Retry button."""


def primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a sqlite3 (or SQLAlchemy-wrapped) error, if known."""
    error = getattr(exc, "orig", None) or exc
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(exc: BaseException) -> bool:
    """True when SQLite says the file itself is damaged (not the disk, a lock or permissions)."""
    code = primary_code(exc)
    if code is not None:
        return code in DAMAGE_CODES
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "malformed" in text or "not a database" in text


def is_busy(exc: BaseException) -> bool:
    code = primary_code(exc)
    if code is not None:
        return code in (SQLITE_BUSY, SQLITE_LOCKED)
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "locked" in text or "busy" in text


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def explain(path: Path, exc: BaseException | None = None) -> str:
    """Why the store file at ``path`` cannot be used, in the user's words, ending with what to
    do. Looks at the error and at the files themselves (space, owners, permissions)."""
    folder = path.parent
    code = primary_code(exc) if exc is not None else None
    text = str(getattr(exc, "orig", None) or exc or "").lower()
    errno_ = getattr(exc, "errno", None)
    if exc is not None and is_busy(exc):
        return _unchanged(
            _(
                "The saved-profiles file is busy in another window of IMG Readiness (or another "
                "program); close it or try again in a moment."
            )
        )
    space = free_bytes(folder)
    if (
        code == SQLITE_FULL
        or errno_ == 28
        or "full" in text
        or (space is not None and space < LOW_SPACE_BYTES)
    ):
        return _unchanged(
            # Translators: {folder} is the data folder's path.
            _("The disk holding {folder} is full. Free some space, then try again.").format(
                folder=folder
            )
        )
    foreign = _foreign_files(path)
    if foreign:
        return _unchanged(
            # Translators: {names} lists file names (profiles.sqlite3-shm); {folder} is a path.
            _(
                "{names} in {folder} belongs to another user account, so IMG Readiness cannot "
                "use it. Sign in as that account, or ask whoever owns it to remove it, then try "
                "again."
            ).format(names=_commas(p.name for p in foreign), folder=folder)
        )
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return _unchanged(
            _(
                "The folder {folder} is read-only. Make it writable (or choose another data "
                "folder with --data-dir or IMG_READINESS_DATA_DIR), then try again."
            ).format(folder=folder)
        )
    locked_out = [p for p in _store_files(path) if not os.access(p, os.R_OK | os.W_OK)]
    if locked_out:
        return _unchanged(
            _(
                "{names} in {folder} cannot be written (read-only or no permission). Check its "
                "permissions, then try again."
            ).format(names=_commas(p.name for p in locked_out), folder=folder)
        )
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN) or errno_ in (1, 13, 30):
        return _unchanged(
            _(
                "The saved-profiles file in {folder} cannot be opened for writing (read-only or "
                "no permission). Check the folder and the file, then try again."
            ).format(folder=folder)
        )
    detail = str(getattr(exc, "orig", None) or exc or _("unknown error"))
    return _unchanged(
        # Translators: {detail} is the system's own error message (often in English).
        _(
            "The disk holding {folder} reported an error ({detail}). Check the disk, then try "
            "again."
        ).format(folder=folder, detail=detail)
    )


def _unchanged(problem: str) -> str:
    """The problem, then that nothing was changed."""
    return problem + " " + _("Your saved profiles were not changed.")


def _commas(names: Iterable[str]) -> str:
    # Translators: the separator between items listed with commas (", ").
    return pgettext("separator between items", ", ").join(names)


def cannot_be_read(path: Path, detail: object) -> str:
    """The store's file is damaged past its check at open (SQLite says so at the first read)."""
    # Translators: {path} is the saved-profiles file; {detail} is SQLite's own message.
    return _("Your saved-profiles file {path} cannot be read ({detail})").format(
        path=path, detail=detail
    )


def no_such_profile(number: int) -> str:
    return _("There is no saved profile number {number}").format(number=number)


def could_not_write(path: Path, exc: OSError) -> str:
    # Translators: {reason} is the system's own message ("Permission denied").
    return _("Could not write {path}: {reason}").format(path=path, reason=exc.strerror or exc)


def closed() -> str:
    """Work asked of the store after it was closed (the app is quitting)."""
    return _("The saved-profiles file has been closed.")


def unavailable(path: Path, exc: BaseException) -> StoreUnavailable:
    """A StoreUnavailable explaining ``exc``; the technical detail goes to the log only."""
    logger.warning("The store at %s cannot be used: %s: %s", path, type(exc).__name__, exc)
    return StoreUnavailable(explain(path, exc))


def _store_files(path: Path) -> list[Path]:
    candidates = (path, *(path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES))
    return [p for p in candidates if p.exists()]


def _foreign_files(path: Path) -> list[Path]:
    """The store's files owned by another account (POSIX); SQLite cannot share a -shm that way."""
    if os.name != "posix":
        return []
    me = os.geteuid()
    found = []
    for candidate in _store_files(path):
        try:
            if owner_of(candidate) != me:
                found.append(candidate)
        except OSError:
            continue
    return found


def owner_of(path: Path) -> int:
    """The numeric owner of a file or folder (POSIX); a seam for the tests."""
    return path.stat().st_uid


def sqlite_error(exc: BaseException) -> bool:
    """True for an error raised by SQLite (directly or wrapped by SQLAlchemy)."""
    return isinstance(getattr(exc, "orig", None) or exc, sqlite3.Error)
