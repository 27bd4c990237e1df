"""Saved profiles: create, list with readiness, rename, duplicate, delete/restore, export,
import, and saving one answer. Mixed into :class:`app.store.store.Store`."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, DateTime, Engine, bindparam, select, text, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import DBAPIError

from app.checklist import Overall
from app.i18n import _, ngettext
from app.profile import Profile
from app.store import answers as answer_codec
from app.store import readiness
from app.store.failures import (
    StoreError,
    StoreUnavailable,
    could_not_write,
    no_such_profile,
)
from app.store.models import Answer, StoredProfileRow, utc_now
from app.store.records import (
    AmbiguousName,
    NameTaken,
    ProfileNotFound,
    ProfileSummary,
    SaveFailed,
    StoredProfile,
    aware,
    clean_name,
    display_name,
    free_name,
    key_date,
    names_in_use,
    needs_evaluation,
    overall_or_none,
    plain_message,
    read_profile_json,
)

logger = logging.getLogger(__name__)

# The autosave path as plain prepared SQL: building ORM statements per keystroke cost ~1 ms.
_TOUCH_SQL = (
    "UPDATE profiles SET updated_at = :now, overall = NULL, overall_key = NULL{} WHERE id = :id"
)
_TOUCH_PROFILE = text(_TOUCH_SQL.format("")).bindparams(bindparam("now", type_=DateTime))
_TOUCH_PROFILE_AND_NAME = text(_TOUCH_SQL.format(", applicant_name = :name")).bindparams(
    bindparam("now", type_=DateTime)
)
_UPSERT_ANSWER = text(
    "INSERT INTO answers (profile_id, field_path, value_json, saved_at)"
    " VALUES (:id, :path, :value, :now)"
    " ON CONFLICT (profile_id, field_path)"
    " DO UPDATE SET value_json = excluded.value_json, saved_at = excluded.saved_at"
).bindparams(bindparam("now", type_=DateTime))


class ProfileOperations:
    engine: Engine
    _writer: Engine
    _best_effort: Engine  # cache writes: a tiny busy timeout, skipped behind another writer
    path: Path  # the store file; imported rules live in its folder

    # -- reading -----------------------------------------------------------------------------

    def list_profiles(
        self, refresh: bool = True, as_of: dt.date | None = None
    ) -> list[ProfileSummary]:
        """Profiles not deleted, most recently edited first, each with its overall readiness
        as of ``as_of`` (the assessment date; None: today, the day the list is shown).

        Verdicts are kept from the last evaluation. With ``refresh`` (the default) any verdict
        from another day or ruleset is worked out again (about 0.5 ms a profile); without it
        only never-evaluated profiles are, and older verdicts are shown with ``overall_as_of``
        (for an instant first paint; then call :meth:`refresh_readiness` on a worker).
        """
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(StoredProfileRow)
                .where(StoredProfileRow.deleted_at.is_(None))
                .order_by(StoredProfileRow.updated_at.desc(), StoredProfileRow.id.desc())
            ).all()
        day = as_of or dt.date.today()
        key = readiness.readiness_key(self.path.parent, day)
        stale = [r.id for r in rows if needs_evaluation(r.overall_key, key, refresh)]
        fresh = self._refresh_overall(stale, key, day) if stale else {}
        return [
            ProfileSummary(
                id=r.id,
                name=display_name(r),
                updated_at=aware(r.updated_at),
                overall=fresh[r.id] if r.id in fresh else overall_or_none(r.overall),
                overall_as_of=day if r.id in fresh else key_date(r.overall_key),
            )
            for r in rows
        ]

    def refresh_readiness(self) -> int:
        """Re-evaluate every verdict not current for today's date and rules; returns how many
        (safe to call from a worker thread)."""
        key = readiness.readiness_key(self.path.parent)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(StoredProfileRow.id, StoredProfileRow.overall_key).where(
                    StoredProfileRow.deleted_at.is_(None)
                )
            ).all()
        stale = [r.id for r in rows if needs_evaluation(r.overall_key, key, refresh=True)]
        self._refresh_overall(stale, key)
        return len(stale) if key is not None else 0

    def list_deleted_profiles(self) -> list[ProfileSummary]:
        """Deleted profiles that can still be restored, most recently deleted first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(StoredProfileRow)
                .where(StoredProfileRow.deleted_at.is_not(None))
                .order_by(StoredProfileRow.deleted_at.desc())
            ).all()
        return [
            ProfileSummary(r.id, display_name(r), aware(r.updated_at), overall_or_none(r.overall))
            for r in rows
        ]

    def get_profile(self, profile_id: int) -> StoredProfile:
        """The profile as saved; raises ProfileNotFound for an unknown or deleted id."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(StoredProfileRow).where(
                    StoredProfileRow.id == profile_id, StoredProfileRow.deleted_at.is_(None)
                )
            ).first()
            if row is None:
                raise ProfileNotFound(no_such_profile(profile_id))
            answers, unreadable = self._answers(conn, profile_id)
        if unreadable:  # the paths only: never an answer in the log
            logger.warning(
                "Profile %d: %d saved answer(s) could not be read: %s",
                profile_id,
                len(unreadable),
                ", ".join(unreadable),
            )
        profile, problems = answer_codec.profile_of(answers)
        return StoredProfile(
            row.id,
            display_name(row),
            profile,
            aware(row.updated_at),
            row.last_page,
            problems,
            unreadable,
        )

    def get_answers(self, profile_id: int) -> dict[str, Any]:
        """Every saved answer as typed (field path -> JSON value), even values that fail checks;
        rows that cannot be read are left out (see ``StoredProfile.unreadable_fields``)."""
        with self.engine.connect() as conn:
            return self._answers(conn, profile_id)[0]

    def find_profile(self, name_or_id: str) -> StoredProfile | None:
        """A profile by its shown name (any case), else by its number; None when neither fits.
        Raises AmbiguousName when several profiles carry that name."""
        wanted = name_or_id.strip().casefold()
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(StoredProfileRow).where(StoredProfileRow.deleted_at.is_(None))
            ).all()
        named = [r for r in rows if display_name(r).casefold() == wanted]
        if len(named) > 1:
            numbers = ", ".join(str(r.id) for r in named)
            raise AmbiguousName(
                # Translators: {numbers} lists the profiles' numbers ("3, 7").
                ngettext(
                    "{count} profiles are named {name}: use a number instead ({numbers})",
                    "{count} profiles are named {name}: use a number instead ({numbers})",
                    len(named),
                ).format(count=len(named), name=repr(name_or_id.strip()), numbers=numbers)
            )
        if named:
            return self.get_profile(named[0].id)
        digits = wanted.removeprefix("#")
        if digits.isdigit() and any(r.id == int(digits) for r in rows):
            return self.get_profile(int(digits))
        return None

    # -- changing ----------------------------------------------------------------------------

    def create_profile(
        self, profile: Profile | None = None, name: str | None = None
    ) -> StoredProfile:
        """A new saved profile (empty unless ``profile`` is given), named ``name`` or after the
        applicant."""
        leaves = answer_codec.answered_leaves(profile or Profile())
        return self.get_profile(self._insert_profile(leaves, clean_name(name)))

    def rename_profile(self, profile_id: int, name: str) -> None:
        """Give the profile its own name; an empty name goes back to the applicant's name.
        Raises NameTaken when another profile shows that name (checked in the same write
        transaction as the rename, so two windows cannot both take it)."""
        custom = clean_name(name)
        with self._writing() as conn:
            if custom is not None:
                existing = names_in_use(conn, except_id=profile_id).get(custom.casefold())
                if existing is not None:
                    raise NameTaken(
                        _("A profile named {name} already exists; choose another name").format(
                            name=repr(existing)
                        )
                    )
            found = conn.execute(
                update(StoredProfileRow)
                .where(StoredProfileRow.id == profile_id)
                .values(custom_name=custom, updated_at=utc_now())
            ).rowcount
        if not found:
            raise ProfileNotFound(no_such_profile(profile_id))

    def duplicate_profile(self, profile_id: int, name: str | None = None) -> StoredProfile:
        """A copy with every answer; named ``name`` (NameTaken if in use) or "<name> (copy)"."""
        original = self.get_profile(profile_id)
        answers = self.get_answers(profile_id)
        custom = clean_name(name)
        if custom is not None:
            return self.get_profile(self._insert_profile(answers, custom, if_taken="fail"))
        # Translators: the name of a copy of a profile ("Ana Lima (copy)").
        wanted = _("{name} (copy)").format(name=original.name)
        return self.get_profile(self._insert_profile(answers, wanted, if_taken="number"))

    def delete_profile(self, profile_id: int) -> None:
        """Hide the profile; :meth:`restore_deleted_profile` brings it back (kept 30 days)."""
        self.get_profile(profile_id)
        self._update_row(profile_id, deleted_at=utc_now())

    def restore_deleted_profile(self, profile_id: int) -> StoredProfile:
        self._update_row(profile_id, deleted_at=None)
        return self.get_profile(profile_id)

    def set_last_page(self, profile_id: int, page: str) -> None:
        self._update_row(profile_id, last_page=page)

    def save_answer(self, profile_id: int, field_path: str, value: Any) -> None:
        """Save one answer in one short transaction. Raises SaveFailed with a plain message;
        ValueError for a field path that no profile has (a programming error)."""
        self.check_field_path(field_path)
        params = {
            "id": profile_id,
            "path": field_path,
            "value": answer_codec.encode(value),
            "now": utc_now(),
        }
        touch = _TOUCH_PROFILE
        if field_path == "applicant.full_name":
            touch = _TOUCH_PROFILE_AND_NAME
            params["name"] = value if isinstance(value, str) else None
        try:
            with self._writer.begin() as conn:
                if not conn.execute(touch, params).rowcount:
                    raise ProfileNotFound(no_such_profile(profile_id))
                conn.execute(_UPSERT_ANSWER, params)
        except ProfileNotFound:
            raise
        except Exception as exc:  # disk full, read-only, locked, I/O: told, never raised past
            raise SaveFailed(plain_message(exc)) from exc

    @staticmethod
    def check_field_path(field_path: str) -> None:
        """Raises ValueError for a path no profile has ("exams.step2_ck.score" is one)."""
        if field_path not in answer_codec.known_paths():
            raise ValueError(f"{field_path!r} is not a profile field")

    def refresh_overall(self, profile_id: int) -> Overall | None:
        """Work out and keep the profile's overall readiness now (after editing)."""
        key = readiness.readiness_key(self.path.parent)
        return self._refresh_overall([profile_id], key).get(profile_id)

    # -- exchange ----------------------------------------------------------------------------

    def export_profile(self, profile_id: int, path: Path) -> Path:
        """Write the profile as JSON v2, atomically (a crash leaves the old file or the new one),
        readable by the owner alone. Answers are written as saved, so nothing typed is lost."""
        self.get_profile(profile_id)
        document = answer_codec.document_of(self.get_answers(profile_id))
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        path = Path(path)
        temp_path: Path | None = None
        try:
            # mkstemp creates the file 0600: the export holds personal data.
            fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            temp_path = Path(temp_name)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_path, path)
        except OSError as exc:
            if temp_path is not None:
                temp_path.unlink(missing_ok=True)
            raise StoreError(could_not_write(path, exc)) from None
        return path

    def import_profile(
        self,
        path: Path,
        on_conflict: Literal["keep_both", "fail"] = "keep_both",
        *,
        as_of: dt.date | None = None,
    ) -> StoredProfile:
        """Read, check, then save a profile JSON file (version 1 or 2, upgraded to 2) in one
        transaction.

        Raises ImportProblems listing every problem (nothing saved), or NameTaken when
        ``on_conflict="fail"`` and a profile of that name exists; "keep_both" names it "X (2)".
        """
        # Dates are bounded by the assessment date the caller names; none: only absolute checks.
        profile = read_profile_json(Path(path), as_of)
        leaves = answer_codec.answered_leaves(profile)
        if_taken: Literal["fail", "number"] = "fail" if on_conflict == "fail" else "number"
        return self.get_profile(self._insert_profile(leaves, None, if_taken=if_taken))

    # -- internals ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE: one writer at a time) whose database failures
        (full, read-only, busy) become a StoreUnavailable in plain words; all or nothing."""
        try:
            with self._writer.begin() as conn:
                yield conn
        except DBAPIError as exc:
            raise StoreUnavailable(plain_message(exc, answer_kept=False)) from exc

    def _answers(self, conn: Any, profile_id: int) -> tuple[dict[str, Any], list[str]]:
        rows = conn.execute(
            select(Answer.field_path, Answer.value_json).where(Answer.profile_id == profile_id)
        ).all()
        return answer_codec.read_saved((r[0], r[1]) for r in rows)

    def _insert_profile(
        self,
        answers: dict[str, Any],
        name: str | None,
        *,
        if_taken: Literal["fail", "number", "ignore"] = "ignore",
    ) -> int:
        """Insert a profile shown as ``name`` (else the applicant's name). The name check and the
        insert share one write transaction, so parallel importers cannot both take a name:
        "fail" raises NameTaken, "number" takes "Name (2)", "(3)"..., "ignore" checks nothing."""
        now = utc_now()
        full_name = answers.get("applicant.full_name")
        shown = name or clean_name(full_name if isinstance(full_name, str) else None)
        custom_name = name
        with self._writing() as conn:
            if shown is not None and if_taken != "ignore":
                used = names_in_use(conn)
                if shown.casefold() in used:
                    if if_taken == "fail":
                        raise NameTaken(
                            _("A profile named {name} already exists").format(
                                name=repr(used[shown.casefold()])
                            )
                        )
                    custom_name = free_name(shown, used)
            profile_id = insert_profile_rows(conn, custom_name, full_name, answers, now)
        return profile_id

    def _update_row(self, profile_id: int, **values: Any) -> None:
        with self._writing() as conn:
            found = conn.execute(
                update(StoredProfileRow).where(StoredProfileRow.id == profile_id).values(**values)
            ).rowcount
        if not found:
            raise ProfileNotFound(no_such_profile(profile_id))

    def _refresh_overall(
        self, ids: list[int], key: str | None, as_of: dt.date | None = None
    ) -> dict[int, Overall | None]:
        """Evaluate the given profiles and keep the verdicts (best effort: a read-only file, or
        another window writing, still shows them)."""
        if key is None or not ids:
            return {}
        return readiness.keep_verdicts(
            self.engine, self._best_effort, ids, key, self.path.parent, as_of
        )


def insert_profile_rows(
    conn: Any, custom_name: str | None, full_name: Any, answers: dict[str, Any], now: Any
) -> int:
    """Insert one profile and its answers inside the caller's write transaction; its id."""
    profile_id = conn.execute(
        insert(StoredProfileRow)
        .values(
            custom_name=custom_name,
            applicant_name=full_name if isinstance(full_name, str) else None,
            created_at=now,
            updated_at=now,
        )
        .returning(StoredProfileRow.id)
    ).scalar_one()
    if answers:
        conn.execute(
            insert(Answer),
            [
                {
                    "profile_id": profile_id,
                    "field_path": path,
                    "value_json": answer_codec.encode(value),
                    "saved_at": now,
                }
                for path, value in answers.items()
            ],
        )
    return int(profile_id)
