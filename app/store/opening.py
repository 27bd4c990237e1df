"""Opening the store: check the file, move a damaged one aside, back up and migrate an older one,
refuse a newer one, then hand back a SQLAlchemy engine set up for safe, short transactions."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import _, ngettext
from app.store.creating import create_at_head
from app.store.failures import (
    StoreError,
    StoreUnavailable,
    explain,
    is_damage,
    sqlite_error,
    unavailable,
)
from app.store.files import (
    HEAD_REVISION,
    SIDE_FILES,
    Checkup,
    Health,
    ParallelCheck,
    aside_name,
    check_file,
    create_private_file,
    list_backups,
    make_backup,
    move_aside,
    utc_stamp,
)
from app.store.notices import add_notice, damaged_notice, empty_notice, remove_notice
from app.store.pragmas import apply_pragmas

if TYPE_CHECKING:
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_BUSY_TIMEOUT_MS = 5000


def make_engine(
    path: Path, busy_timeout_ms: int, *, foreign_keys: bool = True, **kw: Any
) -> Engine:
    """An engine whose transactions are explicit: ``BEGIN IMMEDIATE`` for writers (execution
    option ``write=True``), so a second process waits its turn instead of failing mid-way.

    SQLAlchemy is imported here, not at the top: opening an up-to-date store for the first list
    (prepare_file, app.store.quick) must not pay its ~0.3 s."""
    from sqlalchemy import create_engine, event

    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        **kw,
    )

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        apply_pragmas(dbapi_connection, busy_timeout_ms, foreign_keys)  # BEGIN is ours, below

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def migrate_to_head(path: Path, busy_timeout_ms: int) -> None:
    """Apply every Alembic revision the file lacks, in one write transaction (all or nothing).

    Foreign keys are off meanwhile: batch migrations copy tables, and dropping the old copy of a
    parent table must not cascade into its children. A disk or permission failure raises
    StoreUnavailable; anything else StoreError; the file is left as it was either way.
    """
    from alembic import command  # lazy: alembic costs ~0.3 s to import, and is rarely needed
    from alembic.config import Config
    from sqlalchemy.pool import NullPool

    engine = make_engine(path, busy_timeout_ms, foreign_keys=False, poolclass=NullPool)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.execution_options(write=True).begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreError(
                    ngettext(
                        "The upgrade left {count} broken links; nothing changed",
                        "The upgrade left {count} broken links; nothing changed",
                        len(problems),
                    ).format(count=len(problems))
                )
    except StoreError:
        raise
    except Exception as exc:
        if sqlite_error(exc) and not is_damage(exc):
            raise unavailable(path, exc) from None
        logger.exception("The store %s could not be upgraded", path)
        raise StoreError(
            # Translators: {detail} is the technical reason (in English).
            _(
                "The saved-profiles file {path} could not be upgraded ({detail}); it was left "
                "unchanged"
            ).format(path=path, detail=exc)
        ) from None
    finally:
        engine.dispose()


def prepare_file(
    path: Path, busy_timeout_ms: int, *, parallel_check: bool = False
) -> ParallelCheck | None:
    """Make ``path`` a store at this app's schema. A notice for the user (a damaged file moved
    aside, an empty file replaced) is kept in the notice file beside the store.

    Raises StoreError for a file from a newer app (left untouched), StoreUnavailable when the
    disk, the folder or a file cannot be used (nothing is changed).
    """
    found = _identity(path)
    if parallel_check:
        # An up-to-date file is used at once, SQLite's page check running beside the first
        # read (the caller asks ParallelCheck.sound() before it shows or writes anything);
        # any other file is checked in full first, as always.
        checkup = check_file(path, busy_timeout_ms, quick_check=False)
        if checkup.health is Health.HEAD:
            return ParallelCheck(path, busy_timeout_ms)
    checkup = check_file(path, busy_timeout_ms)
    if checkup.health is Health.HEAD:
        return None
    if checkup.health is Health.NEWER:
        raise StoreError(
            # Translators: {schema} and {known} are schema revision codes (a1b2c3d4e5f6).
            _(
                "Your saved profiles ({path}) were written by a newer version of IMG Readiness "
                "(schema {schema}; this version knows up to {known}). Please use the newer "
                "version; the file has not been changed."
            ).format(path=path, schema=checkup.revision, known=HEAD_REVISION)
        )
    if checkup.health is Health.OLDER:
        make_backup(path, "before-upgrade")
        migrate_to_head(path, busy_timeout_ms)
        return None
    if checkup.health is Health.DAMAGED:
        replace_damaged(path, checkup, busy_timeout_ms, found)
        return None
    start_new_store(path, busy_timeout_ms)
    return None


def start_new_store(path: Path, busy_timeout_ms: int) -> None:
    """No file yet (or an empty one): create it at the head schema. An empty file where backups
    exist is worth a word to the user."""
    backups = list_backups(path)
    was_empty = path.exists() and bool(backups)
    if was_empty and _has_content(path.with_name(path.name + "-wal")):
        was_empty = False  # an empty store file with a -wal still holds its answers
    try:
        create_private_file(path)
    except OSError as exc:
        raise unavailable(path, exc) from None
    create_at_head(path, busy_timeout_ms)  # Alembic's head schema, without importing Alembic
    if was_empty:
        notice = empty_notice(backups[0].name)
        try:
            add_notice(path.parent, notice)
        except OSError as exc:  # the store works; only the word about it is lost
            logger.warning("Could not keep the notice about an empty store: %s", exc)


def replace_damaged(
    path: Path, checkup: Checkup, busy_timeout_ms: int, found: tuple[int, ...] | None = None
) -> None:
    """Set a damaged file aside under a new name, never deleting it, and put a new store in its
    place, in an order that never leaves the user without either:

    1. a new store is built beside it under a hidden name (a full disk stops here, nothing moved);
    2. the notice saying where the old file goes is written beside the store (survives all else);
    3. the damaged file (and its -wal/-shm) is renamed; 4. the new store takes its name.

    ``found`` identifies the file that was checked: if another window has replaced it meanwhile
    (it found the same damage first), the new file is left alone and ours is not needed.
    """
    reason = checkup.reason
    fresh = path.with_name(f".{path.stem}.new-{utc_stamp()}{path.suffix}")
    try:
        create_private_file(fresh)
        create_at_head(fresh, busy_timeout_ms)
        _fold_journal(fresh)
    except (OSError, sqlite3.Error, StoreError) as exc:
        _remove_with_sides(fresh)
        why = str(exc) if isinstance(exc, StoreError) else explain(fresh, exc)
        logger.warning("A damaged store (%s) was left in place: no new store: %s", reason, exc)
        raise StoreUnavailable(
            # Translators: {reason} is why the file looks damaged ("it is not a database
            # file"); {why} is the disk problem, in whole sentences.
            _(
                "Your saved-profiles file looks damaged ({reason}), but a new store could not be "
                "made beside it, so it was left where it is. {why}"
            ).format(reason=checkup.reason_words(), why=why)
        ) from None
    moved = aside_name(path)
    backups = list_backups(path)
    notice = damaged_notice(
        checkup.why, checkup.detail, moved, backups[0].name if backups else None
    )
    try:
        add_notice(path.parent, notice)
    except OSError as exc:
        _remove_with_sides(fresh)
        raise unavailable(path, exc) from None
    if found is not None and _identity(path) != found:
        logger.info("The damaged store was replaced meanwhile (another window); using that one")
        remove_notice(path.parent, notice)
        _remove_with_sides(fresh)
        return
    try:
        move_aside(path, moved)
    except StoreError:
        remove_notice(path.parent, notice)
        _remove_with_sides(fresh)
        raise
    try:
        os.replace(fresh, path)
    except OSError as exc:  # the notice says where the old file is; the next open starts anew
        _remove_with_sides(fresh)
        raise unavailable(path, exc) from None
    logger.warning("A damaged store was moved to %s (%s)", moved, reason)


def _fold_journal(path: Path) -> None:
    """Leave the new store as one file (no -wal) so that renaming it moves all of it."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _remove_with_sides(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        try:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        except OSError as exc:
            logger.warning("Could not remove %s: %s", path.name + suffix, exc)


def _identity(path: Path) -> tuple[int, ...] | None:
    """Which file is at ``path`` (device, inode, size, change time); None when there is none."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)


def _has_content(path: Path) -> bool:
    """True for a non-empty file: an empty store file with a -wal still holds its answers."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False
