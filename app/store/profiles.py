"""Saved profiles: create, list with readiness, rename, duplicate, delete/restore, export,
import, and saving one answer. Mixed into :class:`app.store.store.Store`."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, select, update
from sqlalchemy.dialects.sqlite import insert

from app.checklist import Overall
from app.profile import Problem, Profile, ProfileError, profile_from_dict
from app.store import answers as answer_codec
from app.store import readiness
from app.store.files import StoreError
from app.store.models import Answer, StoredProfileRow, utc_now


class ProfileNotFound(StoreError):
    pass


class NameTaken(StoreError):
    """An import or rename would give a second profile the same name."""


class AmbiguousName(StoreError):
    pass


class ImportProblems(StoreError):
    """The file is not a usable profile; ``problems`` names each field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class SaveFailed(StoreError):
    """An answer could not be written; the message says why in plain words."""


@dataclass(frozen=True)
class ProfileSummary:
    id: int
    name: str
    updated_at: dt.datetime  # aware, UTC
    overall: Overall | None


@dataclass
class StoredProfile:
    id: int
    name: str
    profile: Profile
    updated_at: dt.datetime  # aware, UTC
    last_page: str | None
    # Saved answers that do not fit the profile (kept in the store, shown to the user to fix).
    problems: list[Problem] = field(default_factory=list)


def _aware(moment: dt.datetime | None) -> dt.datetime:
    return (moment or dt.datetime(1970, 1, 1)).replace(tzinfo=dt.UTC)


def display_name(row: Any) -> str:
    for candidate in (row.custom_name, row.applicant_name):
        if candidate and candidate.strip():
            return candidate.strip()
    return f"Unnamed profile {row.id}"


def plain_message(exc: BaseException) -> str:
    """Why a write failed, in the user's words."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text:
        why = "the disk is full. Free some space, then try again"
    elif "readonly" in text or "read-only" in text:
        why = "the saved-profiles file is read-only. Check its permissions, then try again"
    elif "locked" in text or "busy" in text:
        why = "the saved-profiles file is busy in another window. Try again in a moment"
    elif "i/o" in text:
        why = "the disk reported an error. Check the disk, then try again"
    else:
        why = f"the saved-profiles file refused it ({text})"
    return f"Not saved yet: {why}. Your answer is kept in this window until it is saved."


class ProfileOperations:
    engine: Engine
    _writer: Engine

    # -- reading -----------------------------------------------------------------------------

    def list_profiles(self) -> list[ProfileSummary]:
        """Profiles not deleted, most recently edited first, each with its overall readiness."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(StoredProfileRow)
                .where(StoredProfileRow.deleted_at.is_(None))
                .order_by(StoredProfileRow.updated_at.desc(), StoredProfileRow.id.desc())
            ).all()
        key = readiness.readiness_key()
        stale = [
            r.id for r in rows if key is not None and (r.overall is None or r.overall_key != key)
        ]
        fresh = self._refresh_overall(stale, key) if stale else {}
        return [
            ProfileSummary(
                id=r.id,
                name=display_name(r),
                updated_at=_aware(r.updated_at),
                overall=fresh[r.id] if r.id in fresh else _overall_or_none(r.overall),
            )
            for r in rows
        ]

    def list_deleted_profiles(self) -> list[ProfileSummary]:
        """Deleted profiles that can still be restored, most recently deleted first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(StoredProfileRow)
                .where(StoredProfileRow.deleted_at.is_not(None))
                .order_by(StoredProfileRow.deleted_at.desc())
            ).all()
        return [
            ProfileSummary(r.id, display_name(r), _aware(r.updated_at), _overall_or_none(r.overall))
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
            row.id, display_name(row), profile, _aware(row.updated_at), row.last_page, problems
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
        return self.get_profile(self._insert_profile(leaves, _clean(name)))

    def rename_profile(self, profile_id: int, name: str) -> None:
        """Give the profile its own name; an empty name goes back to the applicant's name."""
        custom = _clean(name)
        if custom is not None:
            self._check_name_free(custom, except_id=profile_id)
        self._update_row(profile_id, custom_name=custom, updated_at=utc_now())

    def duplicate_profile(self, profile_id: int, name: str | None = None) -> StoredProfile:
        """A copy with every answer; named ``name`` or "<name> (copy)"."""
        original = self.get_profile(profile_id)
        answers = self.get_answers(profile_id)
        custom = _clean(name) or self._free_name(f"{original.name} (copy)")
        if _clean(name):
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
        encoded = answer_codec.encode(value)
        now = utc_now()
        changes: dict[str, Any] = {"updated_at": now, "overall": None, "overall_key": None}
        if field_path == "applicant.full_name":
            changes["applicant_name"] = value if isinstance(value, str) else None
        upsert = insert(Answer).values(
            profile_id=profile_id, field_path=field_path, value_json=encoded, saved_at=now
        )
        upsert = upsert.on_conflict_do_update(
            index_elements=[Answer.profile_id, Answer.field_path],
            set_={"value_json": encoded, "saved_at": now},
        )
        try:
            with self._writer.begin() as conn:
                found = conn.execute(
                    update(StoredProfileRow)
                    .where(StoredProfileRow.id == profile_id)
                    .values(**changes)
                ).rowcount
                if not found:
                    raise ProfileNotFound(f"There is no saved profile number {profile_id}")
                conn.execute(upsert)
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
        return self._refresh_overall([profile_id], readiness.readiness_key()).get(profile_id)

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
        self, path: Path, on_conflict: Literal["keep_both", "fail"] = "keep_both"
    ) -> StoredProfile:
        """Read, check, then save a profile JSON v1 file in one transaction.

        Raises ImportProblems listing every problem (nothing saved), or NameTaken when
        ``on_conflict="fail"`` and a profile of that name exists; "keep_both" names it "X (2)".
        """
        profile = read_profile_json(Path(path))
        name = _clean(profile.applicant.full_name)
        custom: str | None = None
        if name is not None and self._name_in_use(name):
            if on_conflict == "fail":
                raise NameTaken(f"A profile named {name!r} already exists")
            custom = self._free_name(name)
        return self.get_profile(self._insert_profile(answer_codec.answered_leaves(profile), custom))

    # -- internals ---------------------------------------------------------------------------

    def _answers(self, conn: Any, profile_id: int) -> dict[str, Any]:
        rows = conn.execute(
            select(Answer.field_path, Answer.value_json).where(Answer.profile_id == profile_id)
        ).all()
        return {path: answer_codec.decode(text) for path, text in rows}

    def _insert_profile(self, answers: dict[str, Any], custom_name: str | None) -> int:
        now = utc_now()
        full_name = answers.get("applicant.full_name")
        with self._writer.begin() as conn:
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
        with self._writer.begin() as conn:
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

    def _refresh_overall(self, ids: Iterable[int], key: str | None) -> dict[int, Overall | None]:
        """Evaluate the given profiles and keep the verdicts (best effort: a read-only file
        still shows them)."""
        if key is None:
            return {}
        verdicts: dict[int, Overall | None] = {}
        with self.engine.connect() as conn:
            for profile_id in ids:
                profile, _ = answer_codec.profile_of(self._answers(conn, profile_id))
                verdicts[profile_id] = readiness.overall_for(profile)
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


def read_profile_json(path: Path) -> Profile:
    """A profile JSON v1 file checked in full; raises ImportProblems naming every problem."""
    where = path.name
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise ImportProblems([Problem(where, f"cannot be read: {exc.strerror or exc}")]) from None
    except UnicodeDecodeError:
        raise ImportProblems([Problem(where, "is not UTF-8 text")]) from None
    except json.JSONDecodeError as exc:
        raise ImportProblems(
            [Problem(where, f"is not valid JSON (line {exc.lineno}, column {exc.colno})")]
        ) from None
    except RecursionError:
        raise ImportProblems([Problem(where, "is nested too deeply to be a profile")]) from None
    try:
        return profile_from_dict(data)
    except ProfileError as exc:
        raise ImportProblems(exc.problems) from None


def _clean(name: str | None) -> str | None:
    return name.strip() if name and name.strip() else None


def _overall_or_none(value: str | None) -> Overall | None:
    try:
        return Overall(value) if value else None
    except ValueError:
        return None
