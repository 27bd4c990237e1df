"""The profile being edited: the answers as typed, the core's reading of them, and autosave.

The answers are kept as the profile's JSON v1 document, exactly as the user typed them (so a
half-typed date is never thrown away); the core reads them leniently into a Profile, lists the
problems per field and evaluates the checklist. Pages only set answers and show what comes back.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
from typing import Any

from app.checklist import Checklist, ChecklistItem
from app.profile import Problem, Profile, profile_to_dict, read_profile
from ui.qt import QObject, QTimer, Signal

# Typing pauses this long before the answer is written, so a killed process loses at most this.
SAVE_AFTER_TYPING_MS = 400
RETRY_FAILED_SAVE_MS = 5000


class ProfileSession(QObject):
    """One stored profile open in the wizard."""

    changed = Signal()  # an answer changed, so problems and verdicts may have changed
    save_failed = Signal(str)  # plain words for the banner
    save_recovered = Signal()
    directory_ready = Signal()
    unreadable_changed = Signal()  # an answer that could not be read was answered again

    def __init__(
        self,
        store: Any,
        stored: Any,
        ruleset: Any,
        as_of: dt.date | None = None,
        directory: Any = None,
    ) -> None:
        super().__init__()
        from app.store import Autosaver  # the store is open already, so this import is paid

        self.store = store
        self.profile_id: int = stored.id
        self.name: str = stored.name
        self.last_page: str | None = getattr(stored, "last_page", None)
        self.ruleset = ruleset
        self.as_of = as_of or dt.date.today()
        self.directory = directory
        self.directory_error: str | None = None
        # Saved answers the store could not read (a damaged row): shown as not answered, with a
        # one-line notice, until the user answers them again.
        self.unreadable_fields: list[str] = list(getattr(stored, "unreadable_fields", []) or [])
        self._autosaver = Autosaver(store, stored.id)
        self._answers: dict[str, Any] = profile_to_dict(stored.profile)
        # The store keeps answers exactly as typed, even those the profile cannot hold yet.
        for path, value in _saved_answers(store, stored.id).items():
            self._put(path, value)
        self._unsaved: set[str] = set()
        self._failing = False
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_TYPING_MS)
        self._save_timer.timeout.connect(self.save_unsaved)
        self._retry_timer = QTimer(self, interval=RETRY_FAILED_SAVE_MS)
        self._retry_timer.timeout.connect(self.retry)
        self._read()

    # -- reading -------------------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        return self._profile

    @property
    def checklist(self) -> Checklist:
        return self._checklist

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    def value(self, path: str) -> Any:
        """The answer at a JSON path, as typed (None when not answered)."""
        node: Any = self._answers
        for key in path.split("."):
            if not isinstance(node, dict):
                return None
            node = node.get(key)
        return copy.deepcopy(node)

    def problems_at(self, path: str) -> list[str]:
        """The core's messages for one field path, or for every field under it ("...oet[0]")."""
        return [
            p.message
            for p in self._problems
            if p.field == path or p.field.startswith(path + ".") or p.field.startswith(path + "[")
        ]

    def item(self, item_id: str) -> ChecklistItem | None:
        try:
            return self._checklist.item(item_id)
        except KeyError:
            return None

    @property
    def is_saving_failing(self) -> bool:
        return self._failing

    def could_not_be_read(self, path: str) -> bool:
        """True while the saved answer at ``path`` is one the store could not read."""
        return path in self.unreadable_fields

    @property
    def unreadable_notice(self) -> str | None:
        """One line for the wizard when saved answers could not be read; None otherwise."""
        if not self.unreadable_fields:
            return None
        named = [_printable(path) for path in self.unreadable_fields[:3]]
        if len(self.unreadable_fields) > 3:
            more = len(self.unreadable_fields) - 3
            named.append(self.tr("{n} more", "", more).format(n=more))
        return self.tr(
            "{count} saved answer(s) could not be read ({fields}) and are shown as not "
            "answered; answer them again to replace them.",
            "",
            len(self.unreadable_fields),
        ).format(count=len(self.unreadable_fields), fields=", ".join(named))

    # -- writing -------------------------------------------------------------------------------

    def set_answer(self, path: str, value: Any, *, save_now: bool = False) -> None:
        """Record an answer; it is saved after a short pause in typing, or now."""
        if self.value(path) != value:
            self._put(path, value)
            self._unsaved.add(path)
            self._read()
            self.changed.emit()
        if save_now:
            self.save_unsaved()
        elif self._unsaved:
            self._save_timer.start()

    def save_unsaved(self) -> bool:
        """Write every answer not yet saved; False (and a banner) when the store refused."""
        with contextlib.suppress(RuntimeError):  # the timer is gone once the window is
            self._save_timer.stop()
        ok = True
        for path in sorted(self._unsaved):
            outcome = self._save_one(path)
            if outcome is None:
                self._unsaved.discard(path)
                if path in self.unreadable_fields:  # the damaged row is replaced now
                    self.unreadable_fields.remove(path)
                    self.unreadable_changed.emit()
            else:
                ok = False
                self._report_failure(outcome)
        return ok

    def retry(self) -> bool:
        """Try the failed saves again (the banner's Retry button, and a timer)."""
        try:
            outcome = self._autosaver.retry()
            ok, message = bool(outcome.ok), outcome.message
        except Exception as exc:  # the store failing must never close the wizard
            ok, message = False, str(exc)
        if ok and self.save_unsaved():
            if self._failing:
                self._failing = False
                self._retry_timer.stop()
                self.save_recovered.emit()
            return True
        self._report_failure(message or self.tr("The answers could not be saved yet."))
        return False

    def flush(self) -> None:
        """Save everything now (on page change and on close)."""
        self.save_unsaved()
        try:
            self._autosaver.flush()
        except Exception as exc:
            self._report_failure(str(exc))

    def set_last_page(self, page: str) -> None:
        self.last_page = page
        # The page to resume on is a nicety; the answers are what must be saved.
        with contextlib.suppress(Exception):
            self.store.set_last_page(self.profile_id, page)

    def set_directory(self, directory: Any) -> None:
        self.directory = directory
        self.directory_ready.emit()

    def set_directory_error(self, message: str) -> None:
        """The school list could not be built: the school page says so and offers adding one."""
        self.directory_error = message
        self.directory_ready.emit()

    # -- internals -----------------------------------------------------------------------------

    def _put(self, path: str, value: Any) -> None:
        node = self._answers
        *parents, leaf = path.split(".")
        for key in parents:
            child = node.get(key)
            if not isinstance(child, dict):
                child = {}
                node[key] = child
            node = child
        node[leaf] = copy.deepcopy(value)

    def _read(self) -> None:
        self._profile, self._problems = read_profile(self._answers, self.as_of)
        # Format/version problems cannot come from typing; keep only the field messages.
        self._problems = [p for p in self._problems if p.field not in ("format", "version")]
        from app.engine.evaluate import evaluate

        self._checklist = evaluate(self._profile, self.ruleset, self.as_of)

    def _save_one(self, path: str) -> str | None:
        """None when saved, else the message to show."""
        try:
            outcome = self._autosaver.save(path, self.value(path))
        except Exception as exc:
            return str(exc) or type(exc).__name__
        if outcome.ok:
            return None
        return outcome.message or self.tr("The answer could not be saved.")

    def _report_failure(self, message: str) -> None:
        self._failing = True
        if not self._retry_timer.isActive():
            self._retry_timer.start()
        self.save_failed.emit(message)


def _saved_answers(store: Any, profile_id: int) -> dict[str, Any]:
    try:
        return dict(store.get_answers(profile_id))
    except Exception:  # an older store without raw answers: the profile itself is enough
        return {}


def _printable(text: str) -> str:
    """A field path from a damaged row, with any control character shown as an escape."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text[:80])
