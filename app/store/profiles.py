"""Saved profiles: create, list with readiness, rename, duplicate, delete/restore, export,
import, and saving one answer. Mixed into :class:`app.store.store.Store`."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, DateTime, Engine, bindparam, select, text, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import DBAPIError

from app.checklist import Overall
from app.profile import Profile
from app.store import answers as answer_codec
from app.store import readiness
from app.store.files import StoreError
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
    key_date,
    needs_evaluation,
    overall_or_none,
    plain_message,
    read_profile_json,
)

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
                raise ProfileNotFound(f"There is no saved profile number {profile_id}")
            answers = self._answers(conn, profile_id)
        profile, problems = answer_codec.profile_of(answers)
        return StoredProfile(
            row.id, display_name(row), profile, aware(row.updated_at), row.last_page, problems
        )

    def get_answers(self, profile_id: int) -> dict[str, Any]:
        """Every saved answer as typed (field path -> JSON value), even values that fail checks."""
        with self.engine.connect() as conn:
            return self._answers(conn, profile_id)

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
                f"{len(named)} profiles are named {name_or_id.strip()!r}: "
                f"use a number instead ({numbers})"
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
        """Give the profile its own name; an empty name goes back to the applicant's name."""
        custom = clean_name(name)
        if custom is not None:
            self._check_name_free(custom, except_id=profile_id)
        self._update_row(profile_id, custom_name=custom, updated_at=utc_now())

    def duplicate_profile(self, profile_id: int, name: str | None = None) -> StoredProfile:
        """A copy with every answer; named ``name`` or "<name> (copy)"."""
        original = self.get_profile(profile_id)
        answers = self.get_answers(profile_id)
        custom = clean_name(name) or self._free_name(f"{original.name} (copy)")
        if clean_name(name):
            self._check_name_free(custom)
        return self.get_profile(self._insert_profile(answers, custom))

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
                    raise ProfileNotFound(f"There is no saved profile number {profile_id}")
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
        """Write the profile as JSON v1, atomically (a crash leaves the old file or the new one),
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
            raise StoreError(f"Could not write {path}: {exc.strerror or exc}") from None
        return path

    def import_profile(
        self,
        path: Path,
        on_conflict: Literal["keep_both", "fail"] = "keep_both",
        *,
        as_of: dt.date | None = None,
    ) -> StoredProfile:
        """Read, check, then save a profile JSON v1 file in one transaction.

        Raises ImportProblems listing every problem (nothing saved), or NameTaken when
        ``on_conflict="fail"`` and a profile of that name exists; "keep_both" names it "X (2)".
        """
        # Dates are bounded by the assessment date the caller names; none: only absolute checks.
        profile = read_profile_json(Path(path), as_of)
        name = clean_name(profile.applicant.full_name)
        custom: str | None = None
        if name is not None and self._name_in_use(name):
            if on_conflict == "fail":
                raise NameTaken(f"A profile named {name!r} already exists")
            custom = self._free_name(name)
        return self.get_profile(self._insert_profile(answer_codec.answered_leaves(profile), custom))

    # -- internals ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction whose database failures (full, read-only, busy) become a
        StoreError in plain words; all or nothing."""
        try:
            with self._writer.begin() as conn:
                yield conn
        except DBAPIError as exc:
            raise StoreError(plain_message(exc, answer_kept=False)) from exc

    def _answers(self, conn: Any, profile_id: int) -> dict[str, Any]:
        rows = conn.execute(
            select(Answer.field_path, Answer.value_json).where(Answer.profile_id == profile_id)
        ).all()
        return {path: answer_codec.decode(text) for path, text in rows}

    def _insert_profile(self, answers: dict[str, Any], custom_name: str | None) -> int:
        now = utc_now()
        full_name = answers.get("applicant.full_name")
        with self._writing() as conn:
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

    def _update_row(self, profile_id: int, **values: Any) -> None:
        with self._writing() as conn:
            found = conn.execute(
                update(StoredProfileRow).where(StoredProfileRow.id == profile_id).values(**values)
            ).rowcount
        if not found:
            raise ProfileNotFound(f"There is no saved profile number {profile_id}")

    def _names_in_use(self, except_id: int | None = None) -> dict[str, str]:
        """Shown names of the profiles not deleted, by their case-folded form."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(StoredProfileRow).where(StoredProfileRow.deleted_at.is_(None))
            ).all()
        return {display_name(r).casefold(): display_name(r) for r in rows if r.id != except_id}

    def _name_in_use(self, name: str) -> bool:
        return name.casefold() in self._names_in_use()

    def _check_name_free(self, name: str, except_id: int | None = None) -> None:
        existing = self._names_in_use(except_id).get(name.casefold())
        if existing is not None:
            raise NameTaken(f"A profile named {existing!r} already exists; choose another name")

    def _free_name(self, name: str) -> str:
        used = self._names_in_use()
        if name.casefold() not in used:
            return name
        number = 2
        while f"{name} ({number})".casefold() in used:
            number += 1
        return f"{name} ({number})"

    def _refresh_overall(
        self, ids: list[int], key: str | None, as_of: dt.date | None = None
    ) -> dict[int, Overall | None]:
        """Evaluate the given profiles and keep the verdicts (best effort: a read-only file
        still shows them)."""
        if key is None or not ids:
            return {}
        answers: dict[int, dict[str, Any]] = {profile_id: {} for profile_id in ids}
        with self.engine.connect() as conn:
            for chunk in range(0, len(ids), 500):
                rows = conn.execute(
                    select(Answer.profile_id, Answer.field_path, Answer.value_json).where(
                        Answer.profile_id.in_(ids[chunk : chunk + 500])
                    )
                )
                for profile_id, path, text in rows:
                    answers[profile_id][path] = answer_codec.decode(text)
        verdicts = {
            profile_id: readiness.overall_for(
                answer_codec.profile_of(given)[0], self.path.parent, as_of
            )
            for profile_id, given in answers.items()
        }
        try:
            with self._writer.begin() as conn:
                for profile_id, overall in verdicts.items():
                    conn.execute(
                        update(StoredProfileRow)
                        .where(StoredProfileRow.id == profile_id)
                        .values(overall=overall.value if overall else None, overall_key=key)
                    )
        except Exception:  # the verdict is shown anyway; it is simply worked out again next time
            pass
        return verdicts
