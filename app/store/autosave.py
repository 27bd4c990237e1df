"""Autosave for the wizard: each answer is saved as the user leaves the field.

A failed save (disk full, read-only file, busy database) is reported as a plain message and the
answer stays in ``pending`` until a later save or :meth:`Autosaver.retry` writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.store.records import ProfileNotFound, SaveFailed

if TYPE_CHECKING:
    from app.store.store import Store


@dataclass(frozen=True)
class SaveOutcome:
    """Whether an answer was saved, and if not, why."""

    ok: bool
    message: str | None = None  # why it was not saved, in plain words; None when saved


class Autosaver:
    def __init__(self, store: Store, profile_id: int) -> None:
        self.store = store
        self.profile_id = profile_id
        # field path -> latest unsaved value, oldest first; written before anything newer.
        self.pending: dict[str, Any] = {}

    def save(self, field_path: str, value: Any) -> SaveOutcome:
        """Save one answer (a profile JSON v2 path and its JSON value), after any still pending.

        Raises ValueError only for a field path no profile has (a programming error).
        """
        self.store.check_field_path(field_path)
        self.pending.pop(field_path, None)  # a newer value replaces the unsaved one, in order
        self.pending[field_path] = value
        return self.retry()

    def retry(self) -> SaveOutcome:
        """Write every pending answer, each in its own transaction; stop at the first failure."""
        for field_path, value in list(self.pending.items()):
            try:
                self.store.save_answer(self.profile_id, field_path, value)
            except SaveFailed as exc:
                return SaveOutcome(False, str(exc))
            except ProfileNotFound:
                return SaveOutcome(
                    False,
                    "Not saved: this profile was deleted, perhaps in another window. Restore it "
                    "to keep saving; your answer is kept in this window.",
                )
            if self.pending.get(field_path, value) is value:
                self.pending.pop(field_path, None)
        return SaveOutcome(True)

    def flush(self) -> SaveOutcome:
        """Write what is pending and bring the profile's readiness verdict up to date (call it
        when the user leaves a page or closes the window)."""
        outcome = self.retry()
        if outcome.ok:
            self.store.refresh_overall(self.profile_id)
        return outcome
