"""What the store hands out (summaries, stored profiles), its errors, and small helpers."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.checklist import Overall
from app.profile import Problem, Profile, ProfileError, profile_from_dict
from app.store.files import StoreError


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
    overall_as_of: dt.date | None = None  # the day the verdict was worked out for


@dataclass
class StoredProfile:
    id: int
    name: str
    profile: Profile
    updated_at: dt.datetime  # aware, UTC
    last_page: str | None
    # Saved answers that do not fit the profile (kept in the store, shown to the user to fix).
    problems: list[Problem] = field(default_factory=list)


def aware(moment: dt.datetime | None) -> dt.datetime:
    return (moment or dt.datetime(1970, 1, 1)).replace(tzinfo=dt.UTC)


def display_name(row: Any) -> str:
    for candidate in (row.custom_name, row.applicant_name):
        if candidate and candidate.strip():
            return candidate.strip()
    return f"Unnamed profile {row.id}"


def plain_message(exc: BaseException, answer_kept: bool = True) -> str:
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
    if answer_kept:
        return f"Not saved yet: {why}. Your answer is kept in this window until it is saved."
    return f"Not done: {why}. Nothing was changed."


def read_profile_json(path: Path, as_of: dt.date | None) -> Profile:
    """A profile JSON v1 file checked in full; raises ImportProblems naming every problem."""
    where = str(path)
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
        return profile_from_dict(data, as_of)
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
