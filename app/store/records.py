"""What the store hands out (summaries, stored profiles), its errors, and small helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.checklist import Overall
from app.i18n import _
from app.store.failures import StoreError, StoreUnavailable

if TYPE_CHECKING:  # app.profile is imported where a profile is read: not for the first list
    from app.profile import Problem, Profile


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


class SaveFailed(StoreUnavailable):
    """An answer could not be written; the message says why in plain words."""


@dataclass(frozen=True)
class ProfileSummary:
    """A saved profile as the list shows it, with the verdict kept for it."""

    id: int
    name: str
    updated_at: dt.datetime  # aware, UTC
    overall: Overall | None
    overall_as_of: dt.date | None = None  # the day the verdict was worked out for


@dataclass
class StoredProfile:
    """A saved profile with its answers, as the wizard opens it."""

    id: int
    name: str
    profile: Profile
    updated_at: dt.datetime  # aware, UTC
    last_page: str | None
    # Saved answers that do not fit the profile (kept in the store, shown to the user to fix).
    problems: list[Problem] = field(default_factory=list)
    # Field paths whose saved row could not be read (damaged by a bit flip or another tool):
    # treated as not answered and shown as "could not be read"; answering again replaces them.
    unreadable_fields: list[str] = field(default_factory=list)


def aware(moment: dt.datetime | None) -> dt.datetime:
    return (moment or dt.datetime(1970, 1, 1)).replace(tzinfo=dt.UTC)


def display_name(row: Any) -> str:
    """The name a profile is shown by: its own, else the applicant's, else its number (a name
    cell that is not text, left by another tool, counts as no name)."""
    for candidate in (row.custom_name, row.applicant_name):
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip()
    return unnamed(row.id)


def unnamed(number: int) -> str:
    """'Unnamed profile 42': how a profile without a name is shown."""
    return _("Unnamed profile {number}").format(number=number)


def plain_message(exc: BaseException, answer_kept: bool = True) -> str:
    """Why a write failed, in the user's words."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text:
        why = _("the disk is full. Free some space, then try again")
    elif "readonly" in text or "read-only" in text:
        why = _("the saved-profiles file is read-only. Check its permissions, then try again")
    elif "locked" in text or "busy" in text:
        why = _("the saved-profiles file is busy in another window. Try again in a moment")
    elif "i/o" in text:
        why = _("the disk reported an error. Check the disk, then try again")
    else:
        # Translators: {detail} is SQLite's own message (in English).
        why = _("the saved-profiles file refused it ({detail})").format(detail=text)
    if answer_kept:
        # Translators: {why} is one of the reasons above ("the disk is full. Free some space,
        # then try again").
        return _(
            "Not saved yet: {why}. Your answer is kept in this window until it is saved."
        ).format(why=why)
    # Translators: {why} is one of the reasons above ("the disk is full. Free some space, then
    # try again").
    return _("Not done: {why}. Nothing was changed.").format(why=why)


def read_profile_json(path: Path, as_of: dt.date | None) -> Profile:
    """A profile JSON file (v1 or v2) checked in full, read only if it is a regular file within the
    documented size (see app.input_files); raises ImportProblems naming every problem."""
    from app.input_files import read_profile_json as read_checked_file
    from app.profile import ProfileError

    try:
        return read_checked_file(Path(path), as_of)
    except ProfileError as exc:
        raise ImportProblems(exc.problems) from None


def clean_name(name: str | None) -> str | None:
    return name.strip() if name and name.strip() else None


def needs_evaluation(kept_key: str | None, current_key: str | None, refresh: bool) -> bool:
    if current_key is None:  # no rules engine available: nothing to evaluate with
        return False
    if kept_key is None:
        return True
    return refresh and kept_key != current_key


def key_date(key: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(key.rsplit("|", 1)[1]) if key else None
    except (IndexError, ValueError):
        return None


def overall_or_none(value: str | None) -> Overall | None:
    try:
        return Overall(value) if value else None
    except ValueError:
        return None


def names_in_use(conn: Any, except_id: int | None = None) -> dict[str, str]:
    """Shown names of the profiles not deleted, by their case-folded form (read on ``conn``, so
    a write transaction can check a name and take it in one step)."""
    from sqlalchemy import select

    from app.store.models import StoredProfileRow

    rows = conn.execute(
        select(
            StoredProfileRow.id, StoredProfileRow.custom_name, StoredProfileRow.applicant_name
        ).where(StoredProfileRow.deleted_at.is_(None))
    ).all()
    return {display_name(r).casefold(): display_name(r) for r in rows if r.id != except_id}


def free_name(name: str, used: dict[str, str]) -> str:
    """``name``, else "name (2)", "name (3)"... whichever is not in ``used``."""
    if name.casefold() not in used:
        return name
    number = 2
    while f"{name} ({number})".casefold() in used:
        number += 1
    return f"{name} ({number})"
