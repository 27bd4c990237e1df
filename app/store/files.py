"""The store's file on disk: where it lives, owner-only permissions, health checks at open,
moving a damaged file aside, and rotated backups made with SQLite's backup API.

Only the standard ``sqlite3`` module is used here, so checking a file needs no SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from app.i18n import N_, _
from app.paths import user_data_dir
from app.store.failures import StoreError as StoreError  # re-exported: its home before
from app.store.failures import StoreUnavailable, is_damage, owner_of, unavailable

logger = logging.getLogger(__name__)

STORE_FILE_NAME = "img-readiness.sqlite3"
BACKUP_FOLDER_NAME = "backups"
BACKUPS_KEPT = 5
SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
# Revisions this app knows, oldest first; the last is the head (checked against Alembic by a test).
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def default_data_dir() -> Path:
    """IMG_READINESS_DATA_DIR if set, else the platform's user data folder."""
    return user_data_dir()


def make_private_folder(folder: Path) -> None:
    """Create the folder, and any missing parent, readable by its owner alone (0700 on POSIX,
    whatever the umask). An existing folder of ours is made 0700; one owned by another account is
    refused (raises StoreError), since the profiles would be readable, or replaceable, by it."""
    folder = Path(folder)
    if folder.is_dir():
        _make_existing_folder_private(folder)
        return
    if folder.exists():
        raise StoreError(_not_a_folder(folder))
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    try:
        for step in reversed(missing):
            try:
                step.mkdir(mode=0o700)
            except FileExistsError:
                if step.is_dir():  # made meanwhile by another process: check it as ours
                    _make_existing_folder_private(step)
                    continue
                raise
            if os.name == "posix":
                step.chmod(0o700)  # mkdir's mode is filtered by the umask
    except FileExistsError:
        raise StoreError(_not_a_folder(folder)) from None
    except NotADirectoryError:
        raise StoreError(
            _("Part of {folder} is a file, not a folder: choose another data folder").format(
                folder=folder
            )
        ) from None
    except OSError as exc:
        raise StoreUnavailable(
            # Translators: {reason} is the system's own message ("Permission denied").
            _(
                "Cannot create the data folder {folder}: {reason}. Choose another folder with "
                "--data-dir or IMG_READINESS_DATA_DIR."
            ).format(folder=folder, reason=exc.strerror or exc)
        ) from None


def _not_a_folder(folder: Path) -> str:
    return _("{folder} is a file, not a folder: choose another data folder").format(folder=folder)


def _make_existing_folder_private(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        owner, mode = owner_of(folder), folder.stat().st_mode & 0o777
    except OSError as exc:
        raise StoreUnavailable(
            # Translators: {reason} is the system's own message ("Permission denied").
            _("Cannot look at the data folder {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from None
    if owner != os.geteuid():
        raise StoreError(
            _(
                "The data folder {folder} belongs to another user account, so your saved "
                "profiles would not be private there. Choose a folder of your own with "
                "--data-dir or IMG_READINESS_DATA_DIR."
            ).format(folder=folder)
        )
    if mode & 0o077:
        try:
            folder.chmod(0o700)
            logger.info("Made the data folder %s private (it was %o)", folder, mode)
        except OSError as exc:  # still usable: the file itself is 0600
            logger.warning("Could not make the data folder %s private: %s", folder, exc)


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


# Why a file is DAMAGED, in plain words (kept in English in the notice, told translated).
NOT_A_DATABASE = N_("it is not a database file")
# Translators: {detail} is SQLite's own message (in English).
SQLITE_DAMAGE = N_("it is damaged ({detail})")
# Translators: {detail} is SQLite's own first complaint (in English).
FAILED_CHECK = N_("it failed SQLite's check ({detail})")
NOT_OURS = N_("it is a database, but not one IMG Readiness wrote")
UNREADABLE_VERSION = N_("its schema version is unreadable")
# Translators: {detail} names the missing tables or columns.
MISSING_PARTS = N_("parts of it are missing ({detail})")


@dataclass(frozen=True)
class Checkup:
    """What checking the store's file found: its health, and why."""

    health: Health
    why: str = ""  # for DAMAGED: what is wrong, one of the reasons above (English)
    revision: str | None = None
    detail: str = ""  # what fills the reason's {detail}

    @property
    def reason(self) -> str:
        """What is wrong, in plain English (the log's words)."""
        return self.why.format(detail=self.detail)

    def reason_words(self) -> str:
        """What is wrong, in the language in use."""
        return _(self.why).format(detail=self.detail) if self.why else ""


def check_file(path: Path, busy_timeout_ms: int, *, quick_check: bool = True) -> Checkup:
    """Look at the file without changing it (read-only connection). ``quick_check=False``
    leaves SQLite's page check to the caller (a :class:`ParallelCheck` beside the first read).

    DAMAGED only when the file itself is proven wrong: not a database, SQLite's own "corrupt"
    answer or a failed quick_check, not ours, or part of its schema missing. A disk, permission
    or lock problem raises StoreUnavailable instead (the file is then left alone)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return Checkup(Health.MISSING)
    except OSError as exc:
        raise unavailable(path, exc) from None
    if not header:
        return Checkup(Health.MISSING)
    if header != SQLITE_HEADER:
        return Checkup(Health.DAMAGED, NOT_A_DATABASE)
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000
        )
    except sqlite3.Error as exc:
        raise unavailable(path, exc) from None
    try:
        return _check_contents(conn, quick_check)
    except sqlite3.Error as exc:
        if is_damage(exc):
            return Checkup(Health.DAMAGED, SQLITE_DAMAGE, detail=str(exc))
        raise unavailable(path, exc) from None
    finally:
        conn.close()


def _check_contents(conn: sqlite3.Connection, quick_check: bool = True) -> Checkup:
    if quick_check:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            first = rows[0][0] if rows else "no answer"
            return Checkup(Health.DAMAGED, FAILED_CHECK, detail=str(first))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return Checkup(Health.MISSING)
    if "alembic_version" not in tables:
        return Checkup(Health.DAMAGED, NOT_OURS)
    versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    if len(versions) != 1 or not isinstance(versions[0], str):
        return Checkup(Health.DAMAGED, UNREADABLE_VERSION)
    revision = versions[0]
    if revision not in KNOWN_REVISIONS:
        return Checkup(Health.NEWER, revision=revision)
    from app.store.schema import missing_parts  # an existing file's: a new one has no tables

    missing = missing_parts(conn, revision)
    if missing:
        return Checkup(Health.DAMAGED, MISSING_PARTS, revision, detail=", ".join(missing))
    if revision == HEAD_REVISION:
        return Checkup(Health.HEAD, revision=revision)
    return Checkup(Health.OLDER, revision=revision)


class ParallelCheck:
    """SQLite's ``PRAGMA quick_check`` of a file, on its own read-only connection and thread:
    it reads every page (10 ms per 1,000 profiles) without holding Python's interpreter, so the
    first list is read meanwhile. ``sound()`` waits for the answer: False when the check failed
    or could not run (the caller then opens the file the usual way, which checks it again and
    recovers a damaged one)."""

    def __init__(self, path: Path, busy_timeout_ms: int) -> None:
        import threading

        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._answer: bool | None = None
        self._thread = threading.Thread(target=self._run, name="store-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=self.busy_timeout_ms / 1000,
            )
            try:
                rows = conn.execute("PRAGMA quick_check").fetchall()
            finally:
                conn.close()
            self._answer = [tuple(r) for r in rows] == [("ok",)]
        except Exception as exc:  # told by sound(): the usual open says what it is
            logger.info("The parallel check of %s did not answer: %s", self.path.name, exc)
            self._answer = False

    def sound(self) -> bool:
        self._thread.join()
        return bool(self._answer)


def aside_name(path: Path, label: str = "damaged") -> Path:
    """Where :func:`move_aside` puts the file: its name with the label and a UTC time."""
    return path.with_name(f"{path.stem}.{label}-{utc_stamp()}{path.suffix}")


def move_aside(path: Path, target: Path) -> None:
    """Rename the file (and its -wal/-shm/-journal) to ``target``; all or nothing as far as
    renames allow. Raises StoreUnavailable (nothing moved) when a rename is refused."""
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
                moved.append((side, target.with_name(target.name + suffix)))
        path.rename(target)
    except OSError as exc:
        for original, renamed in reversed(moved):
            with contextlib.suppress(OSError):
                renamed.rename(original)
        raise StoreUnavailable(
            # Translators: {reason} is the system's own message ("Permission denied").
            _(
                "Your saved-profiles file {path} is damaged but could not be moved aside "
                "({reason}); it was left where it is. Check the folder's permissions, then try "
                "again."
            ).format(path=path, reason=exc.strerror or exc)
        ) from None


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
    try:
        create_private_file(partial)
        source = sqlite3.connect(store_path)
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            source.close()
            destination.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        problem = unavailable(partial, exc)
        raise StoreUnavailable(
            # Translators: {problem} is one of the disk problems ("The disk holding … is full.").
            _("Could not make a backup in {folder}. {problem}").format(
                folder=folder, problem=problem
            )
        ) from None
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
