"""The store opened for the first list with the standard library's sqlite3 alone.

Importing SQLAlchemy and the ORM costs ~0.3 s, about twice a bare window's whole start, so the
path to the first usable window never pays for it: :func:`open_quickly` checks the file exactly
as :func:`app.store.open_store` does (same checks, same recovery of a damaged file, same
``StoreUnavailable`` cases and notices; a file that needs an upgrade still goes through Alembic),
then reads what the chooser shows first (the profiles with their kept verdicts, the advisors'
notes, the last profile used) on one plain connection with the store's own PRAGMAs.

A first start needs a little more before the wizard opens: a new profile made, read back with
its answers, and remembered as the last one used. Those are plain sqlite3 too while the full
store is not loaded (the same rows and values as the full store's, checked by
tests/test_store_fast_path.py), and the full store's own once it is.

Everything else is the full :class:`app.store.store.Store`, made on first use (call
:meth:`QuickStore.load` on the worker once the list is shown, so that the user never waits for
it): a :class:`QuickStore` hands any other attribute to it.

The names of the tables and columns read here are checked against the models and a freshly
migrated file by tests/test_store_fast_path.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.store.failures import (
    StoreError,
    cannot_be_read,
    closed,
    is_damage,
    no_such_profile,
    unavailable,
)
from app.store.files import STORE_FILE_NAME, default_data_dir, make_private_folder
from app.store.notices import shown_notices
from app.store.opening import DEFAULT_BUSY_TIMEOUT_MS, prepare_file
from app.store.pragmas import apply_pragmas

if TYPE_CHECKING:
    from app.profile import Profile
    from app.store.files import ParallelCheck
    from app.store.notes import AdvisorNote
    from app.store.records import ProfileSummary, StoredProfile
    from app.store.store import Store

logger = logging.getLogger(__name__)

# The same key as app.store.store.RECOVERY_NOTICE_KEY (a test checks), not imported: that
# module imports SQLAlchemy.
RECOVERY_NOTICE_KEY = "store.recovery_notice"
LAST_PROFILE_SETTING = "last_profile_id"
NOTE_KEY_PREFIX = "advisor.note."  # app.store.notes.NOTE_KEY_PREFIX (a test checks)
LIST_SQL = (
    "SELECT id, custom_name, applicant_name, updated_at, overall, overall_key FROM profiles"
    " WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"
)
# Left by a crash in the middle of replacing a damaged file (app.store.opening.replace_damaged
# builds the new store under this hidden name first); never the user's data.
LEFT_BY_A_CRASH = ".{stem}.new-*{suffix}"
CRASH_LEFTOVER_AGE_S = 3600


class QuickStore:
    """The store's file checked and ready, read with plain sqlite3 for the first list; the full
    :class:`Store` (SQLAlchemy) is made on first use of anything else, once, thread-safely."""

    def __init__(self, path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._full: Store | None = None
        self._loading = threading.Lock()
        self._closed = False
        # One plain connection for everything read and written before the full store is made
        # (see _reading): a connection per query re-applied the PRAGMAs and, SQLite removing
        # the WAL files when the last connection closes, made them again (3.5 ms of a first
        # start). Closed once the full store is made, so nothing reads through it after a
        # backup is restored over the file.
        self._kept: sqlite3.Connection | None = None
        self._kept_lock = threading.Lock()
        # SQLite's page check, still running beside the first read (see open_quickly).
        self.pending_check: ParallelCheck | None = None
        # The first read, as Store's: a disk or permission problem shows here.
        try:
            with self._reading() as conn:
                row = conn.execute(
                    "SELECT value FROM settings WHERE key = ?", (RECOVERY_NOTICE_KEY,)
                ).fetchone()
        except sqlite3.Error as exc:
            self._close_kept()
            if is_damage(exc):
                raise StoreError(cannot_be_read(path, exc)) from None
            raise unavailable(path, exc) from None
        self._legacy_notice: str | None = row[0] if row else None

    def confirm_sound(self) -> bool:
        """Wait for the page check started by ``open_quickly(parallel_check=True)``: False when
        it failed (close this store and open the file the usual way, which recovers it)."""
        check, self.pending_check = self.pending_check, None
        return check is None or check.sound()

    # -- the full store ----------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._full is not None

    def load(self) -> Store:
        """The full store (imports SQLAlchemy: call it on the worker); made once, with the
        daily backup and the purge of old deletions that ``open_store`` does at open."""
        if self._closed:  # late work after exit must not reopen it (and leave a -wal behind)
            raise StoreError(closed())
        if self._full is None:
            with self._loading:
                if self._closed:
                    raise StoreError(closed())
                if self._full is None:
                    from app.store.store import Store

                    full = Store(self.path, self.busy_timeout_ms)
                    full.housekeeping()
                    self._full = full
                    self._close_kept()
        return self._full

    def __getattr__(self, name: str) -> Any:
        # Only names this class lacks come here: everything past the first list.
        if name.startswith("__") or name in ("_full", "_loading", "_closed", "_kept"):
            raise AttributeError(name)
        return getattr(self.load(), name)

    def close(self) -> None:
        with self._loading:
            self._closed = True
            self._close_kept()
            if self._full is not None:
                self._full.close()

    def __enter__(self) -> QuickStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what the first list shows -----------------------------------------------------------

    @property
    def recovery_notice(self) -> str | None:
        """As :attr:`Store.recovery_notice` (the full store's, once it is made)."""
        if self._full is not None:
            return self._full.recovery_notice
        return shown_notices(self.path.parent, self._legacy_notice)

    def kept_summaries(self) -> list[ProfileSummary]:
        """As :func:`app.store.batch.kept_summaries`: every profile not deleted, most recently
        edited first, with the verdict kept for it (no judging)."""
        with self._reading() as conn:
            return summaries_of(conn.execute(LIST_SQL).fetchall())

    def get_setting(self, key: str) -> str | None:
        if self._full is not None:
            return self._full.get_setting(key)
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def last_profile_id(self) -> int | None:
        last = self.get_setting(LAST_PROFILE_SETTING)
        return int(last) if isinstance(last, str) and last.isdigit() else None

    def notes(self) -> dict[int, AdvisorNote]:
        """As :func:`app.store.notes.notes_by_profile` for every profile."""
        from app.store.notes import notes_of_rows

        with self._reading() as conn:
            rows = conn.execute(
                "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?",
                (len(NOTE_KEY_PREFIX), NOTE_KEY_PREFIX),
            ).fetchall()
            if not rows:
                return {}
            created = {
                number: stored_datetime(text)
                for number, text in conn.execute("SELECT id, created_at FROM profiles")
            }
        return notes_of_rows(rows, created)

    # -- what a first start needs before the wizard ------------------------------------------

    def create_profile(self, profile: Profile | None = None, name: str | None = None) -> Any:
        """As :meth:`Store.create_profile`; a new empty profile (a first start's) is made with
        plain sqlite3 while the full store is not loaded."""
        if self._full is not None or profile is not None or name is not None:
            return self.load().create_profile(profile, name)
        from app.profile import FORMAT_VERSION

        now = _stored_now()
        with self._writing() as conn:
            number = conn.execute(
                "INSERT INTO profiles (custom_name, applicant_name, created_at, updated_at,"
                " answers_format) VALUES (NULL, NULL, ?, ?, ?) RETURNING id",
                (now, now, FORMAT_VERSION),
            ).fetchone()[0]
        return self.get_profile(int(number))

    def get_profile(self, profile_id: int) -> StoredProfile:
        """As :meth:`Store.get_profile` (raises ProfileNotFound for an unknown or deleted id)."""
        if self._full is not None:
            return self.load().get_profile(profile_id)  # refused once closed
        from app.store import answers as answer_codec
        from app.store.records import ProfileNotFound, StoredProfile, aware, display_name

        with self._open() as conn:
            row = conn.execute(
                "SELECT id, custom_name, applicant_name, updated_at, last_page FROM profiles"
                " WHERE id = ? AND deleted_at IS NULL",
                (profile_id,),
            ).fetchone()
            if row is None:
                raise ProfileNotFound(no_such_profile(profile_id))
            answers, unreadable = answer_codec.read_saved(_answer_rows(conn, profile_id))
        if unreadable:  # the paths only: never an answer in the log
            logger.warning(
                "Profile %d: %d saved answer(s) could not be read: %s",
                profile_id,
                len(unreadable),
                ", ".join(unreadable),
            )
        number, custom, applicant, updated, last_page = row
        profile, problems = answer_codec.profile_of(answers)
        return StoredProfile(
            number,
            display_name(_Row(number, custom, applicant)),
            profile,
            aware(stored_datetime(updated)),
            last_page,
            problems,
            unreadable,
        )

    def get_answers(self, profile_id: int) -> dict[str, Any]:
        """As :meth:`Store.get_answers`: every readable saved answer as typed."""
        if self._full is not None:
            return self.load().get_answers(profile_id)
        from app.store import answers as answer_codec

        with self._open() as conn:
            return answer_codec.read_saved(_answer_rows(conn, profile_id))[0]

    def set_setting(self, key: str, value: str) -> None:
        """As :meth:`Store.set_setting` (a failure is a StoreUnavailable in plain words)."""
        if self._full is not None:
            self.load().set_setting(key, value)
            return
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def read_profiles(self, ids: Sequence[int]) -> dict[int, Profile]:
        """As :func:`app.store.batch.read_profiles`: the profiles as the wizard reads them."""
        from app.store import answers as answer_codec

        given: dict[int, list[tuple[Any, Any]]] = {number: [] for number in ids}
        wanted = list(given)
        with self._reading() as conn:
            for chunk in range(0, len(wanted), 500):
                part = wanted[chunk : chunk + 500]
                marks = ",".join("?" * len(part))
                for number, path, text in conn.execute(
                    "SELECT profile_id, field_path, value_json FROM answers"
                    f" WHERE profile_id IN ({marks})",
                    part,
                ):
                    given[number].append((path, text))
        return {
            number: answer_codec.profile_of(answer_codec.read_saved(rows)[0])[0]
            for number, rows in given.items()
        }

    # -- internals ---------------------------------------------------------------------------

    def _reading(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A connection with the store's PRAGMAs: the kept one until the full store is made
        (one user at a time), then one of its own for each use, closed after it."""
        if self._full is not None or self._closed:
            return _Reading(self.path, self.busy_timeout_ms)
        return self._using_kept()

    @contextlib.contextmanager
    def _using_kept(self) -> Iterator[sqlite3.Connection]:
        with self._kept_lock:
            if self._kept is None:
                self._kept = _connect(self.path, self.busy_timeout_ms)
            try:
                yield self._kept
            except sqlite3.Error:  # the next use starts on a fresh connection
                self._close_kept(locked=True)
                raise

    def _close_kept(self, locked: bool = False) -> None:
        if not locked:
            with self._kept_lock:
                self._close_kept(locked=True)
            return
        kept, self._kept = self._kept, None
        if kept is not None:
            with contextlib.suppress(sqlite3.Error):
                kept.close()

    def _open(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """As :meth:`_reading`, refused once closed (as the full store's own operations are)."""
        if self._closed:
            raise StoreError(closed())
        return self._reading()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE), all or nothing; a database failure (full,
        read-only, busy) is a StoreUnavailable in plain words, as the full store's writes."""
        from app.store.failures import StoreUnavailable
        from app.store.records import plain_message

        try:
            with self._open() as conn:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreUnavailable(plain_message(exc, answer_kept=False)) from exc


def _connect(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """A plain connection with the store's PRAGMAs (usable from any thread, one at a time)."""
    conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, check_same_thread=False)
    try:
        apply_pragmas(conn, busy_timeout_ms)
    except BaseException:
        conn.close()
        raise
    return conn


class _Reading:
    """One plain connection with the store's PRAGMAs, closed after use (``with``)."""

    def __init__(self, path: Path, busy_timeout_ms: int) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        self.conn = _connect(self.path, self.busy_timeout_ms)
        return self.conn

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            self.conn.close()


def open_quickly(
    data_dir: Path | None = None,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    parallel_check: bool = False,
) -> QuickStore:
    """As :func:`app.store.open_store` (same errors, same checks, same recovery), without
    importing SQLAlchemy when the file is up to date: a new store is made from Alembic's head
    schema (app.store.creating); an older file is still upgraded by Alembic.

    ``parallel_check``: an up-to-date file's page check (``PRAGMA quick_check``, 10 ms per
    1,000 profiles) runs on its own thread while the caller reads; the caller must ask
    :meth:`QuickStore.confirm_sound` before it shows or writes anything, and on False close
    the store and open it again without (the usual checks then find and recover the damage)."""
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    path = folder / STORE_FILE_NAME
    make_private_folder(folder)
    check = prepare_file(path, busy_timeout_ms, parallel_check=parallel_check)
    remove_crash_leftovers(path)
    try:
        store = QuickStore(path, busy_timeout_ms)
    except StoreError:
        if check is None or check.sound():
            raise
        return open_quickly(data_dir, busy_timeout_ms=busy_timeout_ms)  # damaged: recovered
    store.pending_check = check
    return store


def remove_crash_leftovers(path: Path, now: float | None = None) -> None:
    """Remove the half-built new stores a crash during a recovery left beside the store (an
    hour old: a window recovering right now is never disturbed). Best effort: they hold no
    answers, only the empty schema."""
    import time

    moment = time.time() if now is None else now
    pattern = LEFT_BY_A_CRASH.format(stem=path.stem, suffix=path.suffix)
    try:
        leftovers = [p for p in path.parent.glob(pattern + "*")]
    except OSError as exc:
        logger.info("Could not look for leftovers beside the store: %s", exc)
        return
    for leftover in leftovers:
        try:
            if moment - leftover.stat().st_mtime > CRASH_LEFTOVER_AGE_S:
                leftover.unlink()
                logger.info("Removed %s, left by a crash during a recovery", leftover.name)
        except OSError as exc:
            logger.info("Could not remove %s: %s", leftover.name, exc)


# -- rows to records, as SQLAlchemy hands them to app.store.records --------------------------


def _answer_rows(conn: sqlite3.Connection, profile_id: int) -> list[tuple[Any, Any]]:
    return conn.execute(
        "SELECT field_path, value_json FROM answers WHERE profile_id = ?", (profile_id,)
    ).fetchall()


def _stored_now() -> str:
    """Now, as app.store.models.utc_now is written by SQLAlchemy's SQLite DATETIME (naive
    UTC, ``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def stored_datetime(value: Any) -> dt.datetime | None:
    """A DATETIME cell as SQLAlchemy's SQLite type reads it (naive; it writes
    ``YYYY-MM-DD HH:MM:SS.ffffff``); None for NULL or a cell no datetime can be read from."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    logger.info("A stored date could not be read: %r", type(value).__name__)
    return None


class _Row:
    """The attributes app.store.records.display_name reads."""

    __slots__ = ("applicant_name", "custom_name", "id")

    def __init__(self, number: int, custom_name: Any, applicant_name: Any) -> None:
        self.id = number
        self.custom_name = custom_name
        self.applicant_name = applicant_name


def summaries_of(rows: Iterable[tuple[Any, ...]]) -> list[ProfileSummary]:
    """(id, custom_name, applicant_name, updated_at, overall, overall_key) rows -> summaries.

    The usual cells (a name as text, a date as written) take a fast path (10,000 rows are read
    on the way to the first list); anything else goes through the general helpers."""
    from app.store.records import ProfileSummary, aware, display_name, key_date, overall_or_none

    days: dict[Any, dt.date | None] = {}
    overalls: dict[Any, Any] = {}
    found: list[ProfileSummary] = []
    append = found.append
    from_text = dt.datetime.fromisoformat
    utc = dt.UTC
    for number, custom, applicant, updated, overall, key in rows:
        if key not in days:  # a few distinct keys and verdicts: each read once
            days[key] = key_date(key)
        if overall not in overalls:
            overalls[overall] = overall_or_none(overall)
        name = custom.strip() if type(custom) is str else ""
        if not name and custom is None and type(applicant) is str:
            name = applicant.strip()
        if not name:
            name = display_name(_Row(number, custom, applicant))
        try:
            moment = from_text(updated).replace(tzinfo=utc)
        except (TypeError, ValueError):
            moment = aware(stored_datetime(updated))
        append(ProfileSummary(number, name, moment, overalls[overall], days[key]))
    return found
