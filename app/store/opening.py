"""Opening the store: check the file, move a damaged one aside, back up and migrate an older one,
refuse a newer one, then hand back a SQLAlchemy engine set up for safe, short transactions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from app.store.files import (
    HEAD_REVISION,
    Health,
    StoreError,
    check_file,
    create_private_file,
    list_backups,
    make_backup,
    move_aside,
)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_BUSY_TIMEOUT_MS = 5000


def make_engine(
    path: Path, busy_timeout_ms: int, *, foreign_keys: bool = True, **kw: Any
) -> Engine:
    """An engine whose transactions are explicit: ``BEGIN IMMEDIATE`` for writers (execution
    option ``write=True``), so a second process waits its turn instead of failing mid-way."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        **kw,
    )

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed answer survives a power cut, not only a crash (≈0.5 ms per commit).
        dbapi_connection.execute("PRAGMA synchronous=FULL")
        dbapi_connection.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        dbapi_connection.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def migrate_to_head(path: Path, busy_timeout_ms: int) -> None:
    """Apply every Alembic revision the file lacks, in one write transaction (all or nothing).

    Foreign keys are off meanwhile: batch migrations copy tables, and dropping the old copy of a
    parent table must not cascade into its children.
    """
    from alembic import command  # lazy: alembic costs ~0.3 s to import, and is rarely needed
    from alembic.config import Config

    engine = make_engine(path, busy_timeout_ms, foreign_keys=False, poolclass=NullPool)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.execution_options(write=True).begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreError(f"The upgrade left {len(problems)} broken links; nothing changed")
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(
            f"The saved-profiles file {path} could not be upgraded ({exc}); it was left unchanged"
        ) from None
    finally:
        engine.dispose()


def prepare_file(path: Path, busy_timeout_ms: int) -> str | None:
    """Make ``path`` a store at this app's schema; returns a notice for the user, or None.

    Raises StoreError for a file from a newer app (left untouched) or one that cannot be read.
    """
    checkup = check_file(path, busy_timeout_ms)
    notice: str | None = None
    if checkup.health is Health.HEAD:
        return None
    if checkup.health is Health.NEWER:
        raise StoreError(
            f"Your saved profiles ({path}) were written by a newer version of IMG Readiness "
            f"(schema {checkup.revision}; this version knows up to {HEAD_REVISION}). "
            "Please use the newer version; the file has not been changed."
        )
    if checkup.health is Health.OLDER:
        make_backup(path, "before-upgrade")
        migrate_to_head(path, busy_timeout_ms)
        return None
    backups = list_backups(path)
    if checkup.health is Health.DAMAGED:
        moved = move_aside(path)
        notice = (
            f"Your saved-profiles file could not be used because {checkup.reason}. "
            f"It was moved to {moved} and a new, empty store was started."
        )
    elif path.exists() and backups and not _has_content(path.with_name(path.name + "-wal")):
        notice = "Your saved-profiles file was empty, so a new store was started."
    if notice and backups:
        notice += f" The latest automatic backup ({backups[0].name}) can be restored."
    create_private_file(path)
    migrate_to_head(path, busy_timeout_ms)
    return notice


def _has_content(path: Path) -> bool:
    """True for a non-empty file: an empty store file with a -wal still holds its answers."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False
