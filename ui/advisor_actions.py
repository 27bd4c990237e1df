"""The chooser's actions on many profiles at once, for advisors: importing several files, a folder
or a roster (on the worker, then one summary of what came in and what was refused), exporting
the profiles chosen into a folder, and the advisor's note on a profile."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import ui.qt as qt
from ui.qt import QObject, translate

if TYPE_CHECKING:
    from ui.profile_table_view import ProfilePanel, ProfileTable
    from ui.qt import QPushButton, QWidget

logger = logging.getLogger(__name__)

# Up to this many profiles, the verdicts never worked out yet (just imported) and a not-eligible
# one's words ("ECFMG Certification is not your route") are worked out before the first paint;
# beyond, the worker's filling in brings them.
JUDGED_BEFORE_PAINT = 200

# How many refused files the summary lists one by one (the rest are counted).
REFUSED_SHOWN = 200


def run_batch_import(
    owner: QWidget,
    store: Any,
    paths: Sequence[Path],
    as_of: Any,
    on_progress: Callable[[int, str], None],
    on_done: Callable[[Any], None],
) -> None:
    """Import ``paths`` (files, folders, rosters) on the worker; names taken are kept beside
    (“Name (2)”). ``on_done`` gets the BatchImport, or the error that stopped it."""
    from ui.worker import run_in_background

    def work(progress: Callable[[int, str], None]) -> Any:
        from app.store.batch import import_sources

        return import_sources(store, list(paths), as_of=as_of, progress=progress)

    run_in_background(work, on_done, on_done, on_progress, owner=owner)


def show_batch_outcome(parent: QWidget, outcome: Any) -> None:
    """What a batch import did: how many came in, and each refused file with its problems."""
    box = qt.QMessageBox(parent)
    box.setWindowTitle(translate("AdvisorActions", "Import done"))
    if isinstance(outcome, BaseException):
        box.setIcon(qt.QMessageBox.Icon.Warning)
        box.setText(
            translate("AdvisorActions", "The import stopped: {why}").format(why=str(outcome))
        )
        box.exec()
        return
    imported, refused = len(outcome.imported), len(outcome.refused)
    text = translate("AdvisorActions", "{imported} imported, {refused} refused.").format(
        imported=imported, refused=refused
    )
    if outcome.stopped:
        text += " " + translate("AdvisorActions", "Stopped: {why}.").format(why=outcome.stopped)
    box.setIcon(qt.QMessageBox.Icon.Warning if refused else qt.QMessageBox.Icon.Information)
    box.setText(text)
    if refused:
        lines = [str(item) for item in outcome.refused[:REFUSED_SHOWN]]
        if refused > REFUSED_SHOWN:
            more = refused - REFUSED_SHOWN
            lines.append(ImportSummary().more(more))
        box.setInformativeText(
            translate("AdvisorActions", "Not imported (nothing of these was saved):")
        )
        box.setDetailedText("\n".join(lines))
    box.exec()


class ImportSummary(QObject):
    """The import summary's counted words: a QObject's ``self.tr(text, "", n)``, which
    pyside6-lupdate files as a counted message (with Arabic's six forms); ``translate`` with a
    count is not."""

    def more(self, count: int) -> str:
        """'…and 3 more.' (the refused files not listed one by one)."""
        return self.tr("…and %n more.", "", count)


def export_many(store: Any, ids: Sequence[int], names: dict[int, str], folder: Path) -> list[Path]:
    """Each profile (with its advisor note) as <name>.json in ``folder``, never over another
    file of the same name ("Ana-Lima-2.json"). Raises StoreError when one cannot be written."""
    from app.store.notes import export_profile_with_note
    from ui.pdf_export import file_stem

    written: list[Path] = []
    for profile_id in ids:
        stem = file_stem(names.get(profile_id, "")) or f"profile-{profile_id}"
        target = folder / f"{stem}.json"
        number = 2
        while target.exists():
            target = folder / f"{stem}-{number}.json"
            number += 1
        written.append(export_profile_with_note(store, profile_id, target))
    return written


class AdvisorActions:
    """The chooser's part for advisors (mixed into ProfileChooser): what the table holds and
    which rows are chosen, importing many, exporting many, notes and the group report."""

    store: Any
    as_of: dt.date | None
    table: ProfileTable | None
    panel: ProfilePanel | None
    buttons: dict[str, QPushButton]
    note_dialog: Any
    report_dialog: Any
    tell: Callable[..., None]
    end_undo: Callable[[], None]
    reload: Callable[..., None]
    data_dir: Callable[[], Path]
    verdict_words: Callable[[Any], str]
    _guard: Callable[[Any], bool]
    selected_id: Callable[[], int | None]

    if TYPE_CHECKING:  # QObject's, once mixed into the chooser

        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...

    @property
    def window_(self) -> QWidget:
        """The chooser itself, as the widget dialogs and the worker's jobs belong to."""
        return cast("QWidget", self)

    def profile_rows(self, first: Any = None) -> list[Any]:
        """Every profile as a table row, from the store's kept verdicts (no judging, but of a
        few not-eligible ones' words); the worker fills in the rest, the target year too. ``first``
        (a ui.launcher.FirstList) is all of that read on the worker at start: nothing is read."""
        from dataclasses import replace

        from app.checklist import Overall
        from ui.profile_rows import rows_of

        if first is not None:
            rows = getattr(first, "rows", None)
            if rows is not None:  # built on the worker with the list
                first.rows = None  # shown once: the table keeps (and changes) them
                return list(rows)
            return rows_of(first.summaries, first.notes, first.own_words)
        # these import SQLAlchemy: never on the way to the first list
        from app.store.batch import judged_now, kept_summaries
        from app.store.notes import notes_by_profile

        summaries = kept_summaries(self.store)
        never = [s.id for s in summaries if s.overall is None]
        # A few just imported: their verdict now (the launcher's worker did it for ``first``).
        if 0 < len(never) <= JUDGED_BEFORE_PAINT:
            judged = judged_now(self.store, never, self.as_of)
            day = self.as_of or dt.date.today()
            summaries = [
                replace(s, overall=judged[s.id], overall_as_of=day) if s.id in judged else s
                for s in summaries
            ]
        notes = notes_by_profile(self.store)
        blocked = [s for s in summaries if s.overall is Overall.NOT_ELIGIBLE]
        own: dict[int, str] = {}
        if len(blocked) <= JUDGED_BEFORE_PAINT:  # "ECFMG Certification is not your route"?
            own = {s.id: self.verdict_words(s).split(":")[0] for s in blocked}
        return rows_of(summaries, notes, own)

    def judged_by(self) -> tuple[Any, ...]:
        """What a row's marks depend on besides its answers: the day and the rules in use."""
        from app.rules.imported import active_ruleset

        day = self.as_of or dt.date.today()
        try:
            rules = active_ruleset(self.data_dir())
        except Exception as exc:  # no rules: the worker says so for each chunk
            logger.info("The rules in use cannot be read: %s", type(exc).__name__)
            return (day, None)
        return (day, rules.version, rules.updated, rules.origin)

    def _assess_rows(self, ids: Any) -> Any:
        """On the worker: each profile's marks, next deadline and verdict."""
        from app.rules.imported import active_ruleset
        from ui.profile_table import assess_rows

        day = self.as_of or dt.date.today()
        return assess_rows(self.store, active_ruleset(self.data_dir()), day, ids)

    def selected_ids(self) -> list[int]:
        """Every profile chosen, in the order shown."""
        return self.table.selected_ids() if self.table is not None else []

    def name_of(self, profile_id: int) -> str:
        row = self.table.row_for(profile_id) if self.table is not None else None
        return row.name if row is not None else str(profile_id)

    def shown_names(self) -> list[str]:
        """The names in the table, in the order shown."""
        return [row.name for row in self.table.shown_rows()] if self.table is not None else []

    def select_name(self, name: str) -> None:
        assert self.table is not None
        self.table.select_ids([r.id for r in self.table.shown_rows() if r.name == name][:1])

    def import_folder(self) -> None:
        folder = qt.QFileDialog.getExistingDirectory(
            self.window_, self.tr("Import every profile in a folder"), str(Path.home())
        )
        if folder:
            self.import_many([Path(folder)])

    def import_many(self, paths: list[Path]) -> None:
        """Import on the worker, then show what came in and name each file refused."""
        from ui.advisor_actions import run_batch_import

        self.end_undo()
        self.buttons["import"].setEnabled(False)
        self.tell(self.tr("Importing…"))
        run_batch_import(
            self.window_,
            self.store,
            paths,
            self.as_of,
            lambda _percent, words: self.tell(words + "…"),
            self._many_imported,
        )

    def _many_imported(self, outcome: Any) -> None:
        from ui.advisor_actions import show_batch_outcome

        self.buttons["import"].setEnabled(True)
        if isinstance(outcome, BaseException):
            logger.warning("A batch import stopped: %s", type(outcome).__name__)
            self.tell(self.tr("The import stopped."))
            show_batch_outcome(self.window_, outcome)
            return
        self.reload()
        if self.table is not None and outcome.imported:
            self.table.select_ids([item.profile_id for item in outcome.imported])
        self.tell(
            self.tr("{imported} imported, {refused} refused.").format(
                imported=len(outcome.imported), refused=len(outcome.refused)
            )
        )
        if outcome.refused or outcome.stopped:
            show_batch_outcome(self.window_, outcome)

    def export_many(self, ids: list[int], folder: Path | None = None) -> bool:
        """Each chosen profile as <name>.json in a folder (asked for when not given)."""
        from ui.advisor_actions import export_many
        from ui.pdf_export import documents_folder

        if folder is None:
            chosen = qt.QFileDialog.getExistingDirectory(
                self.window_, self.tr("Export the profiles into a folder"), str(documents_folder())
            )
            if not chosen:
                return False
            folder = Path(chosen)
        self.end_undo()
        names = {pid: self.name_of(pid) for pid in ids}
        written: list[Path] = []
        if not self._guard(lambda: written.extend(export_many(self.store, ids, names, folder))):
            return False
        self.tell(
            self.tr("Exported {count} profiles to {folder}.", "", len(written)).format(
                count=len(written), folder=str(folder)
            )
        )
        return True

    def edit_note(self) -> None:
        """The advisor's note on the profile chosen, in a dialog (window-modal)."""
        from app.store.notes import note_of
        from ui.note_dialog import NoteDialog

        profile_id = self.selected_id()
        if profile_id is None:
            return
        note = note_of(self.store, profile_id)
        dated = note.day.isoformat() if note else ""
        dialog = NoteDialog(
            self.name_of(profile_id), note.text if note else "", dated, self.window_
        )
        dialog.setAttribute(qt.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda text: self.save_note(profile_id, text))
        self.note_dialog = dialog
        dialog.open()

    def save_note(self, profile_id: int, text: str) -> bool:
        from app.store.notes import set_note

        self.end_undo()
        if not self._guard(lambda: set_note(self.store, profile_id, text)):
            return False
        self.reload(profile_id)
        name = self.name_of(profile_id)
        told = (
            self.tr("Note kept on “{name}”.")
            if text.strip()
            else self.tr("Note removed from “{name}”.")
        )
        self.tell(told.format(name=name))
        return True

    def open_report(self) -> None:
        """The group report dialog: every profile, or the ones chosen, in the pile shown."""
        from ui.group_report import GroupReportDialog

        pile = self.panel.pile() if self.panel is not None else None
        dialog = GroupReportDialog(
            self.store, self.data_dir(), self.as_of, self.selected_ids(), pile, self.window_
        )
        dialog.setAttribute(qt.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dialog
        dialog.open()
