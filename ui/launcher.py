"""What happens between start and the first profile: the store opens on the worker at once, with
plain sqlite3, and the same job reads the first list; then the chooser is made and shown with
the list in it, or a new profile opens in the wizard (open_first_window: nothing is painted
empty first). The rules are read in that job only when it needs them (to judge a few profiles,
or for the wizard of a first start); otherwise first thing after the list is shown. SQLAlchemy
(the rest of the store) and the school list load on the worker after that, while the user looks
at the list."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ui.qt as qt
from ui.qt import QObject, Signal
from ui.worker import run_in_background, wait_for_background_work

if TYPE_CHECKING:
    from app.store.notes import AdvisorNote
    from app.store.quick import QuickStore
    from app.store.records import ProfileSummary
    from ui.banner import StoreProblemBanner
    from ui.profile_chooser import ProfileChooser
    from ui.store_recovery import RecoveryDialog

LAST_PROFILE_SETTING = "last_profile_id"
# As ui.advisor_actions.JUDGED_BEFORE_PAINT: up to this many never-judged profiles are judged, and
# not-eligible ones given their own words, before the first list; beyond, the table's worker.
JUDGED_BEFORE_PAINT = 200
# The first window is the list (or a first start's wizard); the chooser shows before it ("Opening
# your saved profiles…") only if opening takes longer than this, so the screen never stays empty.
CHOOSER_AFTER_MS = 250
logger = logging.getLogger(__name__)


@dataclass
class FirstList:
    """What the chooser shows first, read on the worker in one go (ProfileChooser.show_profiles
    then reads nothing on the UI thread)."""

    summaries: list[ProfileSummary]
    notes: dict[int, AdvisorNote]
    own_words: dict[int, str] = field(default_factory=dict)  # "…is not your route"
    last_id: int | None = None
    new_profile_id: int | None = None  # an empty store: the profile made for the wizard
    # The table's rows (ui.profile_rows.ProfileRow: plain data), built from the above on the
    # worker too; the chooser takes them once (AdvisorActions.profile_rows).
    rows: list[Any] | None = None


def _open_everything(
    data_dir: Path | None, as_of: dt.date | None
) -> tuple[QuickStore, Any, FirstList]:
    """On the worker: the store (checked, made or recovered as ``open_store`` does, with plain
    sqlite3), the first list from the kept verdicts (a new day's stale verdicts are shown as
    kept and refreshed by the table's worker afterwards), and the rules when that needed them
    (else None: read after the list is shown, see Launcher._warm_up)."""
    import sqlite3

    from app.store.failures import unavailable
    from app.store.quick import open_quickly

    # SQLite's page check of the file runs beside the first read (10 ms per 1,000 profiles);
    # the list is shown, and anything written, only once it has passed (see _first_list).
    store = open_quickly(data_dir, parallel_check=True)
    read: list[Any] = []

    def rules() -> Any:
        if not read:
            from app.rules.imported import active_ruleset

            read.append(active_ruleset(data_dir))  # imported when newer than the bundled ones
        return read[0]

    day = as_of or dt.date.today()
    try:
        try:
            first = _first_list(store, rules, day)
        except Exception:
            if store.confirm_sound():
                raise
            first = None  # a damaged file: read again below, once recovered
        if first is None:
            store.close()
            store = open_quickly(data_dir)  # the usual checks: a damaged file is recovered
            first = _first_list(store, rules, day)
            assert first is not None  # no check left pending
        if first.new_profile_id is not None:
            rules()  # the wizard opens at once and judges by them
    except sqlite3.Error as exc:  # a read failing after open: the disk, told plainly
        store.close()
        raise unavailable(store.path, exc) from None
    except BaseException:
        store.close()
        raise
    return store, (read[0] if read else None), first


def _first_list(store: QuickStore, rules: Callable[[], Any], day: dt.date) -> FirstList | None:
    """The first list, or None when the file's page check (run beside this read) failed."""
    from app.checklist import Overall

    summaries = store.kept_summaries()
    first = FirstList(summaries, store.notes(), last_id=store.last_profile_id())
    never = [s.id for s in summaries if s.overall is None]
    blocked = [s.id for s in summaries if s.overall is Overall.NOT_ELIGIBLE]
    wanted = (never if len(never) <= JUDGED_BEFORE_PAINT else []) + (
        blocked if len(blocked) <= JUDGED_BEFORE_PAINT else []
    )
    if wanted:  # a few just imported, or blocked: judged now (kept by the table's worker)
        judged = _judge(store, rules(), day, wanted)
        first.summaries = [
            replace(s, overall=judged[s.id][0], overall_as_of=day) if s.id in judged else s
            for s in summaries
        ]
        first.own_words = {
            number: words for number, (_overall, words) in judged.items() if words is not None
        }
    if first.summaries:
        from ui.profile_rows import rows_of

        first.rows = rows_of(first.summaries, first.notes, first.own_words)
    if not store.confirm_sound():  # before anything is shown or written
        return None
    if not summaries and not store.recovery_notice:
        # The wizard opens on a new profile: made here, so the UI thread waits for nothing.
        first.new_profile_id = store.create_profile().id  # plain sqlite3: no SQLAlchemy yet
    return first


def _judge(
    store: QuickStore, ruleset: Any, day: dt.date, ids: list[int]
) -> dict[int, tuple[Any, str | None]]:
    """Each profile's overall verdict, and for a not-eligible one the list's words for it."""
    from app.checklist import Overall, blocking_item, outcome_label
    from app.engine.evaluate import evaluate

    found: dict[int, tuple[Any, str | None]] = {}
    if ruleset is None:
        return found
    for number, profile in store.read_profiles(ids).items():
        try:
            checklist = evaluate(profile, ruleset, day)
        except Exception:  # the engine promises not to raise; the list says "Not assessed"
            logger.exception("The engine could not judge saved profile %d", number)
            continue
        words = None
        if checklist.overall is Overall.NOT_ELIGIBLE:
            item = blocking_item(checklist)
            words = outcome_label(checklist.overall, item.id if item is not None else None)
            words = words.split(":")[0]
        found[number] = (checklist.overall, words)
    return found


class Launcher(QObject):
    ready = Signal()  # the chooser lists profiles, or a wizard is shown
    failed = Signal(str)

    def __init__(
        self, chooser: ProfileChooser | None, data_dir: Path | None, as_of: dt.date | None = None
    ) -> None:
        """``chooser`` None: the profile chooser is made when first needed (see
        open_first_window: a first start opens the wizard without it)."""
        super().__init__()
        self._chooser: ProfileChooser | None = None
        self.data_dir = data_dir
        self.as_of = as_of
        self.store: Any = None
        self._ruleset: Any = None  # see the ruleset property
        self.directory: Any = None
        self.directory_error: str | None = None
        self.wizard: Any = None
        self.quiet = False  # the smoke test answers no dialog
        self.recovery_dialog: RecoveryDialog | None = None
        self.quitting = False  # set at exit: warm-ups still queued on the worker are skipped
        self._chooser_timer: Any = None  # the start's: shows the chooser if opening takes long
        if chooser is not None:
            self._take(chooser)

    @property
    def chooser(self) -> ProfileChooser:
        """The profile chooser (the window of the saved profiles), made on first use."""
        if self._chooser is None:
            from ui.profile_chooser import ProfileChooser

            self._take(ProfileChooser())
            assert self._chooser is not None
            if self.store is not None:  # made after the start: it lists this store
                self._chooser.store = self.store
            if self._ruleset is not None:
                self._chooser.show_rules_in_use()
        return self._chooser

    def _take(self, chooser: ProfileChooser) -> None:
        self._chooser = chooser
        chooser.open_requested.connect(self.open_profile)
        chooser.retry_requested.connect(self.retry)
        chooser.school_list_changed.connect(self._school_list_rebuilt)
        chooser.school_list_failed.connect(self._school_list_failed)
        chooser.rules_changed.connect(self._rules_changed)
        chooser.as_of = self.as_of

    @property
    def ruleset(self) -> Any:
        """The rules in use (imported ones when newer than the bundled ones). Read on the worker
        at start, or right after the first list is shown; asked for before that, read here."""
        if self._ruleset is None:
            from app.rules.imported import active_ruleset

            self._ruleset = active_ruleset(self.data_dir)
        return self._ruleset

    @ruleset.setter
    def ruleset(self, ruleset: Any) -> None:
        self._ruleset = ruleset

    def start(self) -> None:
        run_in_background(
            lambda: _open_everything(self.data_dir, self.as_of),
            self._store_opened,
            self._store_failed,
        )

    def open_first_window(self, chooser_after_ms: int = CHOOSER_AFTER_MS) -> None:
        """The start: the store opens at once, and the first window is what it shows: the
        chooser with the list already in it, or on a first start a new profile's wizard.
        Nothing is painted empty only to be filled or covered a moment later; the chooser shows
        early ("Opening your saved profiles…") only when opening takes longer than
        ``chooser_after_ms`` (a slow disk, a very large store) or fails (its banner then says
        why, with Retry), or when there is something to ask (a file recovered)."""
        self.failed.connect(self._show_chooser_now)
        self._chooser_timer = qt.QTimer(self, singleShot=True, interval=chooser_after_ms)
        self._chooser_timer.timeout.connect(self._show_chooser_while_waiting)
        self._chooser_timer.start()
        self.start()

    def _show_chooser_now(self) -> None:
        if self._chooser_timer is not None:
            self._chooser_timer.stop()
        self.chooser.show()

    def _show_chooser_while_waiting(self) -> None:
        if self.wizard is None and self.store is None and not self.quitting:
            self.chooser.show()

    @property
    def problem_banner(self) -> StoreProblemBanner | None:
        """The chooser's banner with Retry, once the store could not be opened."""
        return self._chooser.problem_banner if self._chooser is not None else None

    def _store_failed(self, error: BaseException) -> None:
        """Say why (the file is left as it was) and offer Retry, under the chooser's status."""
        message = self.tr("Your saved profiles could not be opened: {why}").format(why=error)
        logger.warning("The saved profiles could not be opened: %s", type(error).__name__)
        self.chooser.show_store_problem(message)
        self.failed.emit(message)

    def retry(self) -> None:
        """The Retry button: open the store again (the user has freed space, fixed a folder)."""
        self.chooser.show_retrying()
        self.start()

    def _store_opened(self, opened: tuple[QuickStore, Any, FirstList]) -> None:
        if self._chooser_timer is not None:
            self._chooser_timer.stop()
        if self._chooser is not None:
            self._chooser.hide_store_problem()
        self.store, self._ruleset, first = opened
        logger.info("Saved profiles opened: %d", len(first.summaries))
        if self._ruleset is not None:  # read by the worker already (cached): say which now
            self._log_rules()
        if self.store.recovery_notice and not self.quiet:
            self.chooser.show_profiles(self.store, first=first)  # the list behind the question
            self.chooser.show()
            self._offer_recovery(first.summaries, first.last_id)
        else:
            self._show_start(first.summaries, first.last_id, first=first)
        if self._ruleset is not None and self._chooser is not None:  # else when it is made
            self._chooser.show_rules_in_use()
        # Once the list (or the wizard) is up, on the one worker: the school list (the wizard's
        # search), then the rest of the store (SQLAlchemy), so that no later action waits.
        qt.QTimer.singleShot(0, self._warm_up)

    def _warm_up(self) -> None:
        if self._ruleset is None:  # not needed for the first list: read now, first thing
            run_in_background(self._read_rules, self._rules_read, self._store_failed)
        run_in_background(self._build_directory, self._directory_built, self._directory_failed)
        run_in_background(self._load_full_store, None, self._full_store_failed)

    def _read_rules(self) -> Any:
        from app.rules.imported import active_ruleset

        return active_ruleset(self.data_dir)

    def _rules_read(self, ruleset: Any) -> None:
        """The rules, read after the first list: the chooser says which are in use."""
        if self._ruleset is None:  # else read meanwhile (a wizard opened) or imported since
            self._ruleset = ruleset
            self._log_rules()
        if self._chooser is not None:  # else when it is made
            self._chooser.show_rules_in_use()

    def _log_rules(self) -> None:
        logger.info(
            "Rules version %s (%s)",
            getattr(self._ruleset, "version", "?"),
            getattr(self._ruleset, "origin", "?"),
        )

    def _load_full_store(self) -> None:
        if not self.quitting:  # a warm-up: not worth its 0.3 s when the app is closing anyway
            self.store.load()

    def _full_store_failed(self, error: BaseException) -> None:
        """Told when it is used (each action says why); only logged here."""
        logger.warning("The store could not be fully opened: %s: %s", type(error).__name__, error)

    def _show_start(
        self,
        summaries: list[Any],
        last_id: int | None,
        confirmation: str = "",
        first: FirstList | None = None,
    ) -> None:
        """The chooser lists the profiles (the last one used selected), or on a first start a
        new profile opens in the wizard. ``first`` is the list read at start (else the chooser
        reads it again, after a restore)."""
        if summaries:
            known = {s.id for s in summaries}
            self.chooser.show_profiles(self.store, last_id if last_id in known else None, first)
            self.chooser.show()
            if confirmation:
                self.chooser.tell(confirmation)
            self.ready.emit()
            return
        new_id = first.new_profile_id if first is not None else None
        if new_id is not None:
            # A first start: the wizard covers the chooser at once, so its table is built when
            # the user first comes back to the list (back_to_profiles), as is the chooser when
            # it was not needed before.
            if self._chooser is not None:
                self._chooser.store = self.store
            try:
                self.open_profile(new_id)
            except Exception:  # the list at least, behind whatever is told of it
                self.chooser.show_profiles(self.store)
                self.chooser.show()
                raise
            return
        self.chooser.show_profiles(self.store, first=first)
        self.chooser.show()
        if new_id is None:
            from app.store import StoreError

            try:
                new_id = self.store.create_profile().id
            except StoreError as exc:  # a read-only file or a full disk: say so, stay usable
                self.chooser.status.setText(str(exc))
                self.ready.emit()
                return
        self.open_profile(new_id)

    def _offer_recovery(self, summaries: list[Any], last_id: int | None) -> None:
        """The store set a damaged file aside (or found it empty): say what happened and where
        the file went, and offer the backups, each with its age and how many profiles it holds.
        The chooser waits behind the question (window-modal); the answer continues the start."""
        from app.store.files import backup_time  # loaded with the store already
        from app.store_words import describe_backup
        from ui.store_recovery import RecoveryDialog

        backups = [describe_backup(path, backup_time(path)) for path in self.store.backups()]
        dialog = RecoveryDialog(
            self.store.path, self.store.recovery_notice or "", backups, self.chooser
        )
        dialog.setAttribute(qt.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog = dialog
        answered = False

        def on_answer(result: int) -> None:
            nonlocal answered
            if answered:
                return
            answered = True
            chosen = dialog.chosen_backup() if result == qt.QDialog.DialogCode.Accepted else None
            self.recovery_dialog = None
            self._recovery_answered(chosen, summaries, last_id)

        dialog.finished.connect(on_answer)
        dialog.open()

    def _recovery_answered(self, chosen: Any, summaries: list[Any], last_id: int | None) -> None:
        """Restore the chosen copy (if any), confirm it, and stop repeating the notice."""
        from app.store import StoreError  # loaded with the store already

        confirmation = ""
        if chosen is not None:
            try:
                self.store.restore_backup(chosen.path)
            except Exception as exc:  # told, and the fresh store stays usable
                logger.warning("A backup was not restored: %s: %s", type(exc).__name__, exc)
                qt.QMessageBox.warning(
                    self.chooser,
                    self.tr("Not restored"),
                    self.tr("The copy was not restored: {why}").format(why=exc),
                )
            else:
                summaries = self.store.list_profiles()
                confirmation = self.tr("Restored the copy from {when}: {count}.").format(
                    when=self._when(chosen), count=self._profiles(len(summaries))
                )
                logger.info("A backup was restored (%d profiles)", len(summaries))
        try:
            self.store.dismiss_recovery_notice()  # told once, not at every start
        except StoreError as exc:  # a read-only folder: told again next time, nothing lost
            logger.warning("The store's notice could not be dismissed: %s", exc)
        self._show_start(summaries, last_id, confirmation)

    def _when(self, chosen: Any) -> str:
        from app.store_words import when_words

        return when_words(chosen.made_at) if chosen.made_at else self.tr("an unknown time")

    def _profiles(self, count: int) -> str:
        if count == 1:
            return self.tr("1 profile")
        return self.tr("{count} profiles").format(count=count)

    def _build_directory(self) -> Any:
        if self.quitting:  # queued before the app was closed: nobody will search it
            return None
        from app.directory import load_directory

        directory = load_directory(self.store)
        warm_up = getattr(directory, "warm_up", None)
        if warm_up is not None:
            warm_up()
        return directory

    def _directory_built(self, directory: Any) -> None:
        if directory is None:  # skipped: the app was closing
            return
        self.directory = directory
        if self.wizard is not None:
            self.wizard.session.set_directory(directory)

    def _school_list_rebuilt(self, directory: Any) -> None:
        """An import rebuilt the list: the next wizard (or the open one) searches the new one."""
        self.directory_error = None
        self._directory_built(directory)

    def _rules_changed(self, ruleset: Any) -> None:
        """Rules were imported or reverted: the next wizard judges by the rules now in use."""
        self.ruleset = ruleset

    def _school_list_failed(self, why: str) -> None:
        """The list from before no longer matches the store: the school page says so."""
        self.directory = None
        self._directory_failed(RuntimeError(why))

    def _directory_failed(self, error: BaseException) -> None:
        self.directory_error = str(error) or type(error).__name__
        if self.wizard is not None:
            self.wizard.session.set_directory_error(self.directory_error)

    def open_profile(self, profile_id: int) -> None:
        from ui.profile_session import ProfileSession
        from ui.wizard import ReadinessWizard

        if self.wizard is not None:  # another profile opened from the chooser
            self.wizard.close()
            self.wizard.deleteLater()
            self.wizard = None
        stored = self.store.get_profile(profile_id)
        session = ProfileSession(self.store, stored, self.ruleset, self.as_of, self.directory)
        if self.directory_error is not None:
            session.set_directory_error(self.directory_error)
        self.wizard = ReadinessWizard(session)
        self.wizard.profiles_requested.connect(self.back_to_profiles)
        logger.info("Profile %d opened on page %s", profile_id, stored.last_page or "(first)")
        self.wizard.show()
        if self._chooser_timer is not None:
            self._chooser_timer.stop()
        if self._chooser is not None:
            self._chooser.hide()
        # Where to start next time: written once the wizard is up (a write the user need not
        # wait for), queued before anything ``ready``'s listeners queue, so it is never skipped.
        qt.QTimer.singleShot(0, lambda: self._remember_last(profile_id))
        self.ready.emit()

    def _remember_last(self, profile_id: int) -> None:
        from app.store import StoreError  # loaded with the store already

        if self.store is None:
            return
        try:
            self.store.set_setting(LAST_PROFILE_SETTING, str(profile_id))
        except StoreError as exc:  # only where to start next time; the banner tells of saving
            logger.warning("Could not remember the last profile: %s", exc)

    def back_to_profiles(self) -> None:
        """Everything is saved; the wizard closes and the chooser lists the profiles again
        (their readiness brought up to date)."""
        wizard, self.wizard = self.wizard, None
        wizard.session.flush()
        self.chooser.show_profiles(self.store, wizard.session.profile_id)
        self.chooser.show()  # first, so closing the wizard does not end the app
        wizard.close()
        wizard.deleteLater()

    def shut_down(self) -> None:
        """Save what is left and close the store (at application exit, however it comes: the
        last window closed, SIGTERM at logout, SIGHUP). Work still running on the worker (the
        school list) finishes first, so no connection is left open: the close folds the
        write-ahead log in and no -wal/-shm stays beside the file."""
        self.quitting = True
        if self._chooser_timer is not None:
            self._chooser_timer.stop()
        if self.wizard is not None:
            self.wizard.session.flush()
        if self.store is not None:
            if not wait_for_background_work():
                logger.warning("Background work still running at exit; closing the store anyway")
            self.store.close()


def active_window_count() -> int:
    return sum(1 for w in qt.QApplication.topLevelWidgets() if w.isVisible())
