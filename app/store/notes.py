"""An advisor's note on a profile: free text, dated, kept in the store and in the profile's
export, never part of the applicant's own answers.

Notes live in the ``settings`` table (key ``advisor.note.<profile id>``), so they need no schema
change. Profile numbers can be given again after a deleted profile is purged, so each note also
records its profile's creation time: a note whose profile is not the one it was written for is
never shown.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.atomic import write_atomically
from app.i18n import _
from app.store.failures import StoreError, could_not_write, no_such_profile
from app.store.records import ProfileNotFound, aware

if TYPE_CHECKING:
    from app.store.store import Store

logger = logging.getLogger(__name__)

NOTE_KEY_PREFIX = "advisor.note."
# The key an exported profile file carries its note under (a v1 reader skips unknown fields).
EXPORT_KEY = "advisor_note"
MAX_NOTE_CHARS = 5_000


class NoteProblem(StoreError):
    """A note that cannot be kept (too long, a control character); the message says why."""


@dataclass(frozen=True)
class AdvisorNote:
    """An advisor's note on a profile, and when it was written."""

    text: str
    dated: dt.datetime  # aware, UTC: when the note was last written

    @property
    def day(self) -> dt.date:
        """The note's date as the advisor's computer shows it."""
        return self.dated.astimezone().date()

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "dated": self.dated.isoformat()}

    @classmethod
    def from_dict(cls, data: Any) -> AdvisorNote | None:
        """The note of an exported file or a stored row; None when it holds no usable note."""
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return None
        try:
            dated = dt.datetime.fromisoformat(str(data.get("dated")))
        except ValueError:
            return None
        dated = dated.replace(tzinfo=dt.UTC) if dated.tzinfo is None else dated.astimezone(dt.UTC)
        return cls(data["text"], dated)


def checked_text(text: str) -> str:
    """The note's text as kept (surrounding blanks removed); raises NoteProblem saying why it
    cannot be kept. Line breaks and tabs are allowed."""
    from app.profile import text_problem  # not on the way to the first list

    problem = text_problem(text, MAX_NOTE_CHARS, multiline=True)
    if problem:
        # Translators: {problem} says what is wrong with it ("is too long (2,100 characters)").
        raise NoteProblem(_("The note {problem}").format(problem=problem))
    return text.strip()


def note_key(profile_id: int) -> str:
    return f"{NOTE_KEY_PREFIX}{profile_id}"


def _stamp(created: dt.datetime | None) -> str:
    return aware(created).isoformat()


def set_note(
    store: Store, profile_id: int, text: str, dated: dt.datetime | None = None
) -> AdvisorNote | None:
    """Keep ``text`` as the profile's note, dated now (or ``dated``: an imported note keeps its
    date); an empty text removes the note and returns None. Raises NoteProblem, ProfileNotFound,
    or StoreUnavailable in plain words when the file cannot be written."""
    from sqlalchemy import delete, select  # lazy: app.store.quick reads notes without it
    from sqlalchemy.dialects.sqlite import insert

    from app.store.models import Setting, StoredProfileRow

    kept = checked_text(text)
    note = AdvisorNote(kept, (dated or dt.datetime.now(dt.UTC)).astimezone(dt.UTC))
    with store._writing() as conn:
        created = conn.execute(
            select(StoredProfileRow.created_at).where(
                StoredProfileRow.id == profile_id, StoredProfileRow.deleted_at.is_(None)
            )
        ).first()
        if created is None:
            raise ProfileNotFound(no_such_profile(profile_id))
        if not kept:
            conn.execute(delete(Setting).where(Setting.key == note_key(profile_id)))
            return None
        value = json.dumps({**note.to_dict(), "profile_created": _stamp(created[0])})
        statement = insert(Setting).values(key=note_key(profile_id), value=value)
        conn.execute(
            statement.on_conflict_do_update(index_elements=[Setting.key], set_={"value": value})
        )
    return note


def notes_by_profile(store: Store, ids: set[int] | None = None) -> dict[int, AdvisorNote]:
    """Every profile's note (only those of ``ids`` when given), by profile number."""
    from sqlalchemy import select

    from app.store.models import Setting, StoredProfileRow

    with store.engine.connect() as conn:
        rows = conn.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(NOTE_KEY_PREFIX))
        ).all()
        if not rows:
            return {}
        created = dict(conn.execute(select(StoredProfileRow.id, StoredProfileRow.created_at)).all())
    return notes_of_rows(rows, created, ids)


def notes_of_rows(
    rows: Iterable[tuple[Any, Any]],
    created: Mapping[int, dt.datetime | None],
    ids: set[int] | None = None,
) -> dict[int, AdvisorNote]:
    """The notes among settings rows (key, value), given each profile's creation time: a note
    written for a profile since purged (its number given again) is left out."""
    notes: dict[int, AdvisorNote] = {}
    for key, value in rows:
        number = key.removeprefix(NOTE_KEY_PREFIX)
        if not number.isdigit() or (ids is not None and int(number) not in ids):
            continue
        profile_id = int(number)
        try:
            data = json.loads(value)
        except ValueError:
            logger.warning("The advisor note of profile %d could not be read", profile_id)
            continue
        if profile_id not in created or data.get("profile_created") != _stamp(created[profile_id]):
            continue  # written for a profile that was purged; its number was given again
        note = AdvisorNote.from_dict(data)
        if note is not None:
            notes[profile_id] = note
    return notes


def note_of(store: Store, profile_id: int) -> AdvisorNote | None:
    return notes_by_profile(store, {profile_id}).get(profile_id)


def note_in_document(document: Any) -> AdvisorNote | None:
    """The note an exported profile file carries, or None. Raises NoteProblem when it is there
    but cannot be kept (so an import names it rather than dropping it silently)."""
    if not isinstance(document, dict) or document.get(EXPORT_KEY) is None:
        return None
    note = AdvisorNote.from_dict(document[EXPORT_KEY])
    if note is None:
        raise NoteProblem(
            # Translators: {key} is the file's field name (advisor_note), kept as it is.
            _("{key} must be an object with a text and a date (dated, YYYY-MM-DD...)").format(
                key=EXPORT_KEY
            )
        )
    return AdvisorNote(checked_text(note.text), note.dated)


def export_profile_with_note(store: Store, profile_id: int, path: Path) -> Path:
    """Export the profile as the store does (its own format), with its advisor note added when
    it has one; the file appears whole or not at all, readable by the owner alone."""
    note = note_of(store, profile_id)
    if note is None:
        return store.export_profile(profile_id, path)
    path = Path(path)
    try:
        fd, draft_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.")
    except OSError as exc:
        raise StoreError(could_not_write(path, exc)) from None
    os.close(fd)
    draft = Path(draft_name)
    try:
        store.export_profile(profile_id, draft)
        document = json.loads(draft.read_text(encoding="utf-8"))
        document[EXPORT_KEY] = note.to_dict()
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        write_atomically(path, text.encode("utf-8"), private=True)
    except OSError as exc:
        raise StoreError(could_not_write(path, exc)) from None
    finally:
        draft.unlink(missing_ok=True)
    return path
