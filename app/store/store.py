"""The Store: saved profiles, their answers, settings, and a Session for the directory's tables."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.i18n import _
from app.store.failures import (
    StoreError,
    StoreUnavailable,
    cannot_be_read,
    explain,
    is_damage,
    unavailable,
)
from app.store.files import Health, check_file, list_backups, make_backup
from app.store.models import Setting, StoredProfileRow
from app.store.notices import clear_notices, shown_notices
from app.store.opening import make_engine, migrate_to_head
from app.store.profiles import ProfileOperations

# Where the previous version kept its notice of a moved file; still read, and cleared on dismiss.
RECOVERY_NOTICE_KEY = "store.recovery_notice"
DELETED_KEPT_DAYS = 30
AUTO_BACKUP_EVERY = dt.timedelta(days=1)
# Work that is only a cache (readiness verdicts) or tidying (purging old deletions) waits this
# long at most behind another window's write, then is skipped: reading never waits on it.
BEST_EFFORT_BUSY_MS = 20

logger = logging.getLogger(__name__)


class Store(ProfileOperations):
    """Open with :func:`app.store.open_store`; close (or use ``with``) when done."""

    def __init__(self, path: Path, busy_timeout_ms: int) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self.engine: Engine = make_engine(path, busy_timeout_ms)
        self._writer = self.engine.execution_options(write=True)
        self._best_effort_engine = make_engine(path, min(busy_timeout_ms, BEST_EFFORT_BUSY_MS))
        self._best_effort = self._best_effort_engine.execution_options(write=True)
        try:
            self._legacy_notice = self.get_setting(RECOVERY_NOTICE_KEY)
        except DBAPIError as exc:  # the first read: a disk or permission problem shows here
            self.close()
            if is_damage(exc):
                raise StoreError(cannot_be_read(path, exc.orig)) from None
            raise unavailable(path, exc) from None

    @property
    def recovery_notice(self) -> str | None:
        """What the user must be told about the store's file (a damaged file moved aside, and
        the backup that can be restored), until :meth:`dismiss_recovery_notice`."""
        return shown_notices(self.path.parent, self._legacy_notice)

    # -- life cycle --------------------------------------------------------------------------

    def close(self) -> None:
        """Fold the write-ahead log into the file, then close: after a clean exit no -wal or
        -shm is left beside the store (unless another window still has it open)."""
        try:
            raw = self.engine.raw_connection()
            try:
                driver: Any = raw.driver_connection
                # Never wait at close: another window writing will fold the log when it closes.
                driver.execute("PRAGMA busy_timeout=0")
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.invalidate()  # closed, not returned to the pool with a zero busy timeout
        except (DBAPIError, sqlite3.Error) as exc:
            logger.info("No checkpoint at close: %s", exc)
        self.engine.dispose()
        self._best_effort_engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A write session (commit on success, roll back on error) for the directory's tables."""
        with Session(self._writer) as session, session.begin():
            yield session

    def housekeeping(self, now: dt.datetime | None = None) -> None:
        """At open: a daily automatic backup, and purge of profiles deleted long ago.
        Best effort: a read-only or full disk, or another window writing, must not stop anyone
        reading their profiles."""
        now = now or dt.datetime.now(dt.UTC)
        cutoff = (now - dt.timedelta(days=DELETED_KEPT_DAYS)).replace(tzinfo=None)
        try:
            with self.engine.connect() as conn:
                expired = conn.scalar(
                    select(func.count())
                    .select_from(StoredProfileRow)
                    .where(StoredProfileRow.deleted_at < cutoff)
                )
            if expired:
                with self._best_effort.begin() as conn:
                    conn.execute(
                        delete(StoredProfileRow).where(StoredProfileRow.deleted_at < cutoff)
                    )
            backups = list_backups(self.path)
            newest = backups[0].stat().st_mtime if backups else 0.0
            if (
                now.timestamp() - newest > AUTO_BACKUP_EVERY.total_seconds()
                and self._has_profiles()
            ):
                make_backup(self.path, "auto")
        except (DBAPIError, StoreError, OSError, sqlite3.Error) as exc:
            logger.warning("Housekeeping at open skipped: %s", exc)

    def _has_profiles(self) -> bool:
        with self.engine.connect() as conn:
            return bool(conn.scalar(select(func.count()).select_from(StoredProfileRow)))

    # -- recovery ----------------------------------------------------------------------------

    def latest_backup(self) -> Path | None:
        backups = list_backups(self.path)
        return backups[0] if backups else None

    def backups(self) -> list[Path]:
        return list_backups(self.path)

    def dismiss_recovery_notice(self) -> None:
        """The user has seen the notice (and been offered the backup): stop repeating it."""
        try:
            clear_notices(self.path.parent)
        except OSError as exc:
            raise StoreUnavailable(explain(self.path, exc)) from None
        if self._legacy_notice:
            with self._writing() as conn:
                conn.execute(delete(Setting).where(Setting.key == RECOVERY_NOTICE_KEY))
            self._legacy_notice = None

    def restore_backup(self, backup: Path) -> None:
        """Replace the store's contents with a backup's; the current contents are backed up
        first ("before-restore"), so a restore can itself be undone."""
        checkup = check_file(backup, self.busy_timeout_ms)
        if checkup.health not in (Health.HEAD, Health.OLDER):
            raise StoreError(
                _("{backup} cannot be restored: it is not a usable backup of this app").format(
                    backup=backup
                )
            )
        if self._has_profiles():
            make_backup(self.path, "before-restore")
        self.engine.dispose()  # no pooled connection may hold the old pages
        self._best_effort_engine.dispose()
        try:
            source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
            target = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000)
            try:
                source.backup(target)
            finally:
                source.close()
                target.close()
        except sqlite3.Error as exc:
            if is_damage(exc):
                raise StoreError(
                    # Translators: {detail} is SQLite's own message (in English).
                    _("The backup could not be restored: {detail}").format(detail=exc)
                ) from None
            raise StoreUnavailable(
                # Translators: {problem} is the disk problem, in whole sentences.
                _("The backup could not be restored. {problem}").format(
                    problem=explain(self.path, exc)
                )
            ) from None
        if checkup.health is Health.OLDER:
            migrate_to_head(self.path, self.busy_timeout_ms)
        self.dismiss_recovery_notice()

    # -- settings ----------------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(Setting.value).where(Setting.key == key))

    def set_setting(self, key: str, value: str) -> None:
        statement = insert(Setting).values(key=key, value=value)
        statement = statement.on_conflict_do_update(
            index_elements=[Setting.key], set_={"value": value}
        )
        with self._writing() as conn:
            conn.execute(statement)
