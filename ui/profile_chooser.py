"""The first window: while the store opens it says so; then it shows the saved profiles as a
table (ui/profile_table_view.py: sort by any column, filter by words or verdict, choose several)
to open, create, duplicate, rename, delete (undoable), import and export, note, and report on as
a group. Each action is confirmed in one line under the table; a delete's Undo lasts until the
next action, or a short while."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ui.qt as qt
from ui.advisor_actions import AdvisorActions
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from ui.banner import StoreProblemBanner
    from ui.profile_table_view import ProfilePanel, ProfileTable, RowsAsList

logger = logging.getLogger(__name__)

# How long a delete's Undo is offered when nothing else happens (the profile can be brought back
# for 30 days from the command line after that).
UNDO_OFFER_MS = 30_000

# Only what the first window shows is touched at start-up (PySide6 builds each class on first
# use); dialogs and the list's drawing are reached through ``qt.`` when first needed.


class ProfileChooser(AdvisorActions, QWidget):
    open_requested = Signal(int)  # a profile id
    school_list_changed = Signal(object)  # a SchoolDirectory rebuilt after an import
    school_list_failed = Signal(str)  # an import was kept but the search could not be rebuilt
    rules_changed = Signal(object)  # the Ruleset in use after rules were imported or reverted
    retry_requested = Signal()  # the store could not be opened; the user asks to try again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Any = None
        self._last_deleted: list[tuple[int, str]] | None = None
        self.directory_import_dialog: Any = None
        self.rules_import_dialog: Any = None
        self.as_of: dt.date | None = None  # the assessment date (None: today), for rule imports
        self.setWindowTitle(self.tr("IMG Readiness"))
        self.resize(640, 460)
        column = QVBoxLayout(self)
        heading = QLabel(self.tr("<h2>IMG Readiness</h2>"))
        if heading.isRightToLeft():  # a Latin name alone would read as a left-to-right line
            flags = qt.Qt.AlignmentFlag
            heading.setAlignment(flags.AlignRight | flags.AlignAbsolute | flags.AlignVCenter)
        heading_row = QHBoxLayout()  # the school list button sits apart from the profile buttons
        heading_row.addWidget(heading, 1)
        # The buttons beside the heading keep to its top when it wraps: a stretch under them,
        # not an alignment flag (Qt's enums wait until the list is shown, see ui/roles.py).
        heading_buttons = QHBoxLayout()
        beside_heading = QVBoxLayout()
        beside_heading.addLayout(heading_buttons)
        beside_heading.addStretch(1)
        heading_row.addLayout(beside_heading)
        column.addLayout(heading_row)
        self.status = QLabel(self.tr("Opening your saved profiles…"))
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        # Under the status line that says why the store could not be opened: the banner with
        # Retry (built only then: most starts never need it).
        self.problem_slot = QVBoxLayout()
        self.problem_slot.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.problem_slot)
        self.problem_banner: StoreProblemBanner | None = None
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening"))
        column.addWidget(self.busy)
        # The table of profiles, built when the store is open (see show_profiles).
        self.panel: ProfilePanel | None = None
        self.table: ProfileTable | None = None
        self.list: RowsAsList | None = None  # the table read as the list it replaced
        self.panel_slot = QVBoxLayout()
        self.panel_slot.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.panel_slot, 1)
        self.note_dialog: Any = None
        self.report_dialog: Any = None
        # One line that confirms the last action; after a delete it offers Undo.
        self.undo_row = QWidget()
        undo_layout = QHBoxLayout(self.undo_row)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_message = QLabel()
        self.undo_message.setWordWrap(True)  # selectable once it says something (tell)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout.addWidget(self.undo_message, 1)
        undo_layout.addWidget(self.undo_button)
        column.addWidget(self.undo_row)
        self.undo_row.hide()
        self._undo_timer = qt.QTimer(self, singleShot=True, interval=UNDO_OFFER_MS)
        self._undo_timer.timeout.connect(self.end_undo)
        self.rename_dialog: Any = None
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("open", self.tr("&Open"), self.open_selected),
            ("new", self.tr("&New"), self.new_profile),
            ("duplicate", self.tr("Du&plicate"), self.duplicate_selected),
            ("rename", self.tr("&Rename…"), self.rename_selected),
            ("delete", self.tr("&Delete"), self.delete_selected),
            ("import", self.tr("&Import…"), self.import_profile),
            ("export", self.tr("E&xport…"), self.export_selected),
            ("note", self.tr("Not&e…"), self.edit_note),
            ("report", self.tr("&Group report…"), self.open_report),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        school_list = QPushButton(self.tr("Import a school &list…"))
        school_list.setToolTip(self.tr("Import a school list file, e.g. from an advising office"))
        school_list.clicked.connect(self.import_school_list)
        heading_buttons.addWidget(school_list)
        self.buttons["school_list"] = school_list
        rules_import = QPushButton(self.tr("Import rule&s…"))
        rules_import.setToolTip(self.tr("Import a newer rules file, without a new app version"))
        rules_import.clicked.connect(self.import_rules)
        heading_buttons.addWidget(rules_import)
        self.buttons["rules_import"] = rules_import
        # Shown only while imported rules are in use (see show_rules_in_use).
        self.rules_revert_button = QPushButton(self.tr("Go back to the &bundled rules"))
        self.rules_revert_button.clicked.connect(self.revert_rules)
        heading_buttons.addWidget(self.rules_revert_button)
        self.rules_revert_button.hide()
        from ui.language_menu import LanguageButton

        self.language_button = LanguageButton(self)
        heading_buttons.addWidget(self.language_button)
        about = QPushButton(self.tr("About"))
        about.setToolTip(self.tr("Version, rules and licences"))
        about.clicked.connect(self.show_about)
        heading_buttons.addWidget(about)
        self.buttons["about"] = about
        self.buttons["open"].setDefault(True)
        self.buttons["note"].setToolTip(self.tr("Your note on this applicant, dated"))
        self.buttons["report"].setToolTip(
            self.tr("One row per applicant as a spreadsheet, PDF or JSON file")
        )
        column.addLayout(buttons)
        self._set_loading(True)

    # -- states --------------------------------------------------------------------------------

    def _set_loading(self, loading: bool) -> None:
        self.busy.setVisible(loading)
        if self.panel is not None:
            self.panel.setVisible(not loading)
        for button in self.buttons.values():
            button.setVisible(not loading)

    def show_error(self, message: str) -> None:
        self.busy.hide()
        self.status.setText(message)

    def show_store_problem(self, message: str) -> None:
        """The saved profiles could not be opened: why, in the status line, and under it the
        banner that says nothing was changed, with Retry."""
        self.show_error(message)
        if self.problem_banner is None:
            from ui.banner import StoreProblemBanner  # only ever needed when opening failed

            self.problem_banner = StoreProblemBanner(self)
            self.problem_banner.retry_requested.connect(self.retry_requested)
            self.problem_slot.addWidget(self.problem_banner)
            # With no list shown yet, the space left is below the banner, not inside it.
            self.problem_slot.addStretch(1)
        self.problem_banner.show_problem()

    def show_retrying(self) -> None:
        """Retry was pressed: opening again, Retry held until the answer comes."""
        if self.problem_banner is not None:
            self.problem_banner.retry_button.setEnabled(False)
        self.status.setText(self.tr("Opening your saved profiles…"))
        self.busy.show()

    def hide_store_problem(self) -> None:
        if self.problem_banner is not None:
            self.problem_banner.hide()

    def show_profiles(self, store: Any, select_id: int | None = None, first: Any = None) -> None:
        """List the profiles; ``first`` is the list the launcher read on the worker at start
        (a FirstList: then nothing is read again here, on the UI thread)."""
        if self.panel is None:
            from ui.profile_table_view import ProfilePanel, RowsAsList

            self.panel = ProfilePanel(self)
            self.table = self.panel.table
            self.list = RowsAsList(self.table)
            self.table.profile_activated.connect(lambda _id: self.open_selected())
            self.table.selection_changed.connect(self._update_buttons)
            self.panel_slot.addWidget(self.panel)
            self.resize(max(self.width(), 1100), max(self.height(), 600))
            menu = qt.QMenu(self.buttons["import"])
            # Filled as it first opens: Qt's action types are set up then, not for the first list.
            menu.aboutToShow.connect(lambda: self._fill_import_menu(menu))
            self.buttons["import"].setMenu(menu)
        self.store = store
        self._set_loading(False)
        if first is None:  # at start, the launcher tells once the rules are read
            self.show_rules_in_use()
        self.reload(select_id, first)

    def _fill_import_menu(self, menu: Any) -> None:
        if not menu.actions():
            menu.addAction(self.tr("Profile files or a &roster (CSV)…"), self.import_profile)
            menu.addAction(self.tr("Every profile in a &folder…"), self.import_folder)

    def reload(self, select_id: int | None = None, first: Any = None) -> None:
        """Show every profile at once from the store's kept verdicts; the marks and deadlines
        follow from the worker."""
        assert self.table is not None
        current = select_id if select_id is not None else self.selected_id()
        rows = self.profile_rows(first)
        # At start the rules are read after the list is shown: what the rows are judged by is
        # asked for when the worker starts on them.
        judged_by = self.judged_by if first is not None else self.judged_by()
        self.table.show_rows(rows, self._assess_rows, judged_by)
        if self.panel is not None:
            self.panel.show_count()
        if current is not None:
            self.table.select_ids([current])
        if self.table.current_id() is None:
            self.table.select_first()
        self.status.setText(
            self.tr("Choose a profile to continue, or start a new one.")
            if rows
            else self.tr("No saved profile yet: start a new one.")
        )
        self._update_buttons()
        self.table.setFocus()

    def verdict_words(self, summary: Any) -> str:
        """The profile's overall verdict as the list says it: "ECFMG Certification is not your
        route" rather than "Not eligible" when what blocks is the applicant's IMG status."""
        from app.checklist import Overall, outcome_label

        if summary.overall is None:
            return self.tr("Not assessed")
        blocking = getattr(summary, "blocking_item_id", None)  # once the store keeps it
        if summary.overall is Overall.NOT_ELIGIBLE and blocking is None:
            blocking = self._blocking_item_of(summary)
        return outcome_label(summary.overall, blocking)

    def _blocking_item_of(self, summary: Any) -> Any:
        """The item that makes a profile not eligible, judged again for this one profile (a
        few ms, and only for a not-eligible one): the store's summary carries only the
        overall verdict."""
        from app.checklist import blocking_item
        from app.engine.evaluate import evaluate
        from app.rules.imported import active_ruleset

        day = summary.overall_as_of or self.as_of or dt.date.today()
        try:
            stored = self.store.get_profile(summary.id)
            checklist = evaluate(stored.profile, active_ruleset(self.data_dir()), day)
        except Exception:  # the list still says "Not eligible"
            logger.warning(
                "Profile %d could not be judged again for the list", summary.id, exc_info=True
            )
            return None
        item = blocking_item(checklist)
        return item.id if item is not None else None

    def selected_id(self) -> int | None:
        """The current profile (of those chosen), or None."""
        return self.table.current_id() if self.table is not None else None

    def _update_buttons(self) -> None:
        chosen = len(self.selected_ids())
        for key in ("open", "duplicate", "rename", "note"):
            self.buttons[key].setEnabled(chosen == 1)
        for key in ("delete", "export"):
            self.buttons[key].setEnabled(chosen >= 1)
        self.buttons["report"].setEnabled(self.store is not None)

    # -- actions -------------------------------------------------------------------------------

    def tell(self, message: str, *, undo: bool = False) -> None:
        """Confirm the last action in the line under the list; it replaces the one before, so
        a delete's Undo ends as soon as anything else is done."""
        if not undo:
            self.end_undo()
        selectable = qt.Qt.TextInteractionFlag.TextSelectableByMouse  # a path can be copied
        if self.undo_message.textInteractionFlags() != selectable:
            self.undo_message.setTextInteractionFlags(selectable)
        self.undo_message.setText(message)
        self.undo_button.setVisible(undo)
        self.undo_row.setVisible(bool(message))

    def end_undo(self) -> None:
        """The moment for Undo has passed: the bar goes (the delete itself stays)."""
        self._undo_timer.stop()
        if self._last_deleted is not None:
            self._last_deleted = None
            self.undo_row.hide()

    def open_selected(self) -> None:
        profile_id = self.selected_id()
        if profile_id is not None:
            self.end_undo()
            self.open_requested.emit(profile_id)

    def new_profile(self) -> None:
        self.end_undo()
        stored = self.store.create_profile()
        self.reload(stored.id)
        self.open_requested.emit(stored.id)

    def duplicate_selected(self) -> None:
        profile_id = self.selected_id()
        if profile_id is None:
            return
        copied: list[Any] = []
        if self._guard(lambda: copied.append(self.store.duplicate_profile(profile_id))):
            self.reload(copied[0].id)
            self.tell(self.tr("“{name}” was made as a copy.").format(name=copied[0].name))

    def rename_selected(self) -> None:
        """Ask for the new name in a dialog of normal size (window-modal: the list waits)."""
        profile_id = self.selected_id()
        if profile_id is None:
            return
        current = self.name_of(profile_id)
        dialog = RenameDialog(current, self)
        dialog.setAttribute(qt.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.renamed.connect(lambda name: self._rename(profile_id, name))
        self.rename_dialog = dialog
        dialog.open()

    def _rename(self, profile_id: int, name: str) -> None:
        if self._guard(lambda: self.store.rename_profile(profile_id, name)):
            self.reload(profile_id)
            self.tell(self.tr("Renamed to “{name}”.").format(name=self.name_of(profile_id)))

    def delete_selected(self) -> None:
        """Delete every profile chosen; one Undo brings them all back."""
        chosen = [(pid, self.name_of(pid)) for pid in self.selected_ids()]
        if not chosen:
            return
        deleted: list[tuple[int, str]] = []

        def delete_each() -> None:
            for profile_id, name in chosen:
                self.store.delete_profile(profile_id)
                deleted.append((profile_id, name))

        done = self._guard(delete_each)
        if not deleted:
            return
        self.end_undo()
        self._last_deleted = deleted
        if len(deleted) == 1:
            told = self.tr("“{name}” was deleted.").format(name=deleted[0][1])
        else:
            told = self.tr("{count} profiles were deleted.", "", len(deleted)).format(
                count=len(deleted)
            )
        self.tell(told, undo=True)
        self._undo_timer.start()
        self.reload()
        if not done:
            logger.info("%d of %d profiles were deleted", len(deleted), len(chosen))

    def undo_delete(self) -> None:
        if self._last_deleted is not None:
            deleted = self._last_deleted
            self.end_undo()

            def restore_each() -> None:
                for profile_id, _name in deleted:
                    self.store.restore_deleted_profile(profile_id)

            if self._guard(restore_each):
                self.reload(deleted[0][0])
                if self.table is not None:
                    self.table.select_ids([pid for pid, _name in deleted])
                if len(deleted) == 1:
                    self.tell(self.tr("“{name}” is back.").format(name=deleted[0][1]))
                else:
                    self.tell(
                        self.tr("{count} profiles are back.", "", len(deleted)).format(
                            count=len(deleted)
                        )
                    )

    def import_profile(self) -> None:
        """One or several profile files, or a roster (CSV); one profile file asks about a name
        already saved, several come in beside (“Name (2)”)."""
        chosen, _filter = qt.QFileDialog.getOpenFileNames(
            self,
            self.tr("Import profiles"),
            str(Path.home()),
            self.tr("Profiles and rosters (*.json *.csv);;Profiles (*.json);;Rosters (*.csv)"),
        )
        if len(chosen) == 1 and not chosen[0].lower().endswith(".csv"):
            self.import_from(Path(chosen[0]))
        elif chosen:
            self.import_many([Path(name) for name in chosen])

    def import_from(self, path: Path) -> bool:
        """Import ``path``; a profile of the same name makes the user choose: keep both, or
        cancel. Told in a line when done, in a message box when refused."""
        from app.store import NameTaken
        from app.store.batch import import_profile_file  # the file's advisor note comes too

        self.end_undo()  # an Undo after an import would bring back a second copy
        try:
            stored = import_profile_file(self.store, path, on_conflict="fail")
        except NameTaken:
            if not self._keep_both(path):
                self.tell(self.tr("Nothing was imported."))
                return False
            try:
                stored = import_profile_file(self.store, path, on_conflict="keep_both")
            except Exception as exc:
                return self._not_imported(path, exc)
        except Exception as exc:
            return self._not_imported(path, exc)
        self.reload(stored.profile_id)
        self.tell(
            self.tr("Imported “{name}” from {file}.").format(name=stored.name, file=path.name)
        )
        return True

    def _keep_both(self, path: Path) -> bool:
        """Ask what to do with an import whose name is taken; True: keep both."""
        box = qt.QMessageBox(self)
        box.setIcon(qt.QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("A profile of this name exists"))
        box.setText(
            self.tr(
                "A profile with the name in {file} is already saved. Keep both (the imported "
                "one gets a number after its name), or cancel the import?"
            ).format(file=path.name)
        )
        keep = box.addButton(self.tr("&Keep both"), qt.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(qt.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is keep

    def _not_imported(self, path: Path, exc: Exception) -> bool:
        from ui.navigation import field_label

        # The kind of refusal only: its message may quote a value from the file.
        logger.info("A profile file was not imported: %s", type(exc).__name__)

        problems = getattr(exc, "problems", None)
        if problems:
            lines = [f"{field_label(p.field)}: {p.message}" for p in problems]
        else:
            lines = [str(exc)]
        qt.QMessageBox.warning(
            self,
            self.tr("Profile not imported"),
            self.tr("{file} was not imported:").format(file=path.name) + "\n" + "\n".join(lines),
        )
        return False

    def export_selected(self) -> None:
        """One profile: where to save it; several: into which folder (each as <name>.json)."""
        chosen_ids = self.selected_ids()
        if len(chosen_ids) > 1:
            self.export_many(chosen_ids)
            return
        profile_id = self.selected_id()
        if profile_id is None:
            return
        from ui.pdf_export import documents_folder, file_stem

        name = self.name_of(profile_id)
        suggested = documents_folder() / f"{file_stem(name) or 'profile'}.json"
        chosen, _filter = qt.QFileDialog.getSaveFileName(
            self, self.tr("Export the profile"), str(suggested), self.tr("Profiles (*.json)")
        )
        if chosen:
            self.export_to(profile_id, Path(chosen))

    def export_to(self, profile_id: int, path: Path) -> bool:
        self.end_undo()
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        from app.store.notes import export_profile_with_note  # the advisor note goes too

        written: list[Path] = []
        if not self._guard(
            lambda: written.append(export_profile_with_note(self.store, profile_id, path))
        ):
            return False
        self.tell(self.tr("Exported to {path}.").format(path=str(written[0])))
        return True

    def show_about(self) -> None:
        from app.rules.imported import active_ruleset
        from ui.about import show_about

        try:
            ruleset = active_ruleset(self.data_dir()) if self.store is not None else None
        except Exception:  # the About box still shows the version and the licences
            logger.warning("The rules in use cannot be read for About", exc_info=True)
            ruleset = None
        show_about(self, ruleset)

    def import_school_list(self) -> None:
        """Open the dialog that imports an office's school list file (window-modal: the
        chooser waits for it, yet keeps painting while the worker imports)."""
        from ui.directory_import import DirectoryImportDialog

        dialog = DirectoryImportDialog(self.store, self)
        dialog.setAttribute(qt.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.school_list_rebuilt.connect(self.school_list_changed)
        dialog.school_list_failed.connect(self.school_list_failed)
        self.directory_import_dialog = dialog
        dialog.open()

    def data_dir(self) -> Path:
        """The folder of the open store, where imported rules are kept too."""
        return Path(self.store.path).parent

    def show_rules_in_use(self) -> None:
        """Offer going back to the bundled rules while imported ones are in use."""
        from app.rules.imported import active_ruleset

        try:
            ruleset = active_ruleset(self.data_dir())
        except Exception as exc:  # broken bundled rules: verdicts say "Not assessed"
            logger.warning("The rules in use cannot be read: %s", exc)
            self.rules_revert_button.hide()
            return
        imported = ruleset.origin == "imported"
        self.rules_revert_button.setVisible(imported)
        self.buttons["rules_import"].setToolTip(
            self.tr("Rules in use: version {version}, {origin}. Import a newer rules file.").format(
                version=ruleset.version,
                origin=self.tr("imported") if imported else self.tr("bundled with the app"),
            )
        )

    def import_rules(self) -> None:
        """Open the dialog that checks and imports a newer rules file (window-modal)."""
        self._open_rules_dialog().open()

    def revert_rules(self) -> None:
        """Go back to the bundled rules, showing what changes in the same dialog."""
        dialog = self._open_rules_dialog()
        dialog.open()
        dialog.revert()

    def _open_rules_dialog(self) -> Any:
        from ui.rules_import import RulesImportDialog

        dialog = RulesImportDialog(self.data_dir(), self.as_of, self)
        dialog.setAttribute(qt.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rules_changed.connect(self._rules_changed)
        self.rules_import_dialog = dialog
        return dialog

    def _rules_changed(self, ruleset: Any) -> None:
        self.show_rules_in_use()
        self.reload()  # each verdict is worked out again under the rules now in use
        self.rules_changed.emit(ruleset)

    def _guard(self, action: Any) -> bool:
        """Run a store action; a refusal is told in a message box, never raised."""
        try:
            action()
        except Exception as exc:
            # The kind of refusal only: its message may name the profile.
            logger.info("A profile action was refused: %s", type(exc).__name__)
            qt.QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return False
        return True


class RenameDialog(qt.QDialog):
    """The new name for a profile, in a dialog wide enough for a long name and its whole title."""

    renamed = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename profile"))
        column = QVBoxLayout(self)
        label = QLabel(self.tr("&New name for “{name}”:").format(name=current))
        label.setWordWrap(True)
        self.question_label = label
        self.name_edit = qt.QLineEdit(current)
        self.name_edit.selectAll()
        label.setBuddy(self.name_edit)
        column.addWidget(label)
        column.addWidget(self.name_edit)
        hint = QLabel(self.tr("Leave it empty to name the profile after the applicant again."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        buttons = qt.QDialogButtonBox(
            qt.QDialogButtonBox.StandardButton.Ok | qt.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(qt.QDialogButtonBox.StandardButton.Ok).setText(self.tr("Rename"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())

    def question(self) -> str:
        return self.question_label.text()

    def accept(self) -> None:
        self.renamed.emit(self.name_edit.text())
        super().accept()
