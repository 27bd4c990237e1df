"""The Store: saved profiles, their answers, settings, and a Session for the directory's tables."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.store.files import Health, StoreError, check_file, list_backups, make_backup
from app.store.models import Setting, StoredProfileRow
from app.store.opening import make_engine, migrate_to_head
from app.store.profiles import ProfileOperations

RECOVERY_NOTICE_KEY = "store.recovery_notice"
DELETED_KEPT_DAYS = 30
AUTO_BACKUP_EVERY = dt.timedelta(days=1)


class Store(ProfileOperations):
    """Open with :func:`app.store.open_store`; close (or use ``with``) when done."""

    def __init__(self, path: Path, busy_timeout_ms: int, recovery_notice: str | None) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self.engine: Engine = make_engine(path, busy_timeout_ms)
        self._writer = self.engine.execution_options(write=True)
        kept_notice = self.get_setting(RECOVERY_NOTICE_KEY)
        if recovery_notice:
            # Kept in the file so the app is told even when the command line found the damage.
            with contextlib.suppress(StoreError):
                self.set_setting(RECOVERY_NOTICE_KEY, recovery_notice)
        self.recovery_notice: str | None = recovery_notice or kept_notice

    # -- life cycle --------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

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
        Best effort: a read-only or full disk must not stop anyone reading their profiles."""
        now = now or dt.datetime.now(dt.UTC)
        with contextlib.suppress(DBAPIError, StoreError, OSError, sqlite3.Error):
            cutoff = (now - dt.timedelta(days=DELETED_KEPT_DAYS)).replace(tzinfo=None)
            with self._writer.begin() as conn:
                conn.execute(delete(StoredProfileRow).where(StoredProfileRow.deleted_at < cutoff))
            backups = list_backups(self.path)
            newest = backups[0].stat().st_mtime if backups else 0.0
            if (
                now.timestamp() - newest > AUTO_BACKUP_EVERY.total_seconds()
                and self._has_profiles()
            ):
                make_backup(self.path, "auto")

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
        with self._writing() as conn:
            conn.execute(delete(Setting).where(Setting.key == RECOVERY_NOTICE_KEY))
        self.recovery_notice = None

    def restore_backup(self, backup: Path) -> None:
        """Replace the store's contents with a backup's; the current contents are backed up
        first ("before-restore"), so a restore can itself be undone."""
        checkup = check_file(backup, self.busy_timeout_ms)
        if checkup.health not in (Health.HEAD, Health.OLDER):
            raise StoreError(f"{backup} cannot be restored: it is not a usable backup of this app")
        if self._has_profiles():
            make_backup(self.path, "before-restore")
        self.engine.dispose()  # no pooled connection may hold the old pages
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000)
        try:
            source.backup(target)
        except sqlite3.Error as exc:
            raise StoreError(f"The backup could not be restored: {exc}") from None
        finally:
            source.close()
            target.close()
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
