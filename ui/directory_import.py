"""Importing a school list file (e.g. an advising office's licensed World Directory export):
pick a CSV, watch it import on the worker, read what was kept and skipped; the school search is
then rebuilt so the imported schools are found."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ui.qt as qt
from ui.import_dialog import ImportDialog
from ui.qt import (
    QLabel,
    QListWidget,
    QProgressBar,
    QWidget,
    Signal,
)
from ui.worker import run_in_background

SHOWN_BAD_ROWS = 200  # enough to fix a file by; the rest are counted
SHOWN_COLUMNS = 12


def _count_imported(store: Any) -> int:
    """On the worker: how many schools an earlier import left in the store."""
    from app.directory.user_schools import stored_entries

    return sum(1 for entry in stored_entries(store) if entry.kind == "imported")


def _rebuilt_directory(store: Any) -> Any:
    """On the worker: the school list with the imported schools, indexed for search."""
    from app.directory import load_directory

    return load_directory(store).warm_up()


class DirectoryImportDialog(ImportDialog):
    """Runs one import at a time; it cannot be closed while the worker writes to the store."""

    school_list_rebuilt = Signal(object)  # the new SchoolDirectory, for whoever searches it
    school_list_failed = Signal(str)  # imported, yet the search could not be rebuilt: why

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.directory.importer import OPTIONAL_COLUMNS, REQUIRED_COLUMNS

        self.store = store
        self.hide_progress_when_idle_only = True  # the import shows it with its first count
        self.setWindowTitle(self.tr("Import a school list"))
        self.resize(600, 480)
        column = self.column
        self.add_paragraph(
            self.tr(
                "If your advising office holds a licensed export of the World Directory of "
                "Medical Schools (or keeps its own list), import its CSV file here, and the "
                "school search will find those schools. The app itself does not contain the "
                "World Directory."
            )
        )
        columns = QLabel(
            self.tr(
                "Its first line names the columns, in any order: {required} are required; "
                "{optional} are optional (other names separated by |). The file is UTF-8 text, "
                "with commas, semicolons or tabs between values."
            ).format(
                required=self.tr(" and ").join(f"“{name}”" for name in REQUIRED_COLUMNS),
                optional=", ".join(f"“{name}”" for name in OPTIONAL_COLUMNS),
            )
        )
        columns.setWordWrap(True)
        column.addWidget(columns)
        self.replace_notice = QLabel()
        self.replace_notice.setWordWrap(True)
        self.replace_notice.hide()
        column.addWidget(self.replace_notice)
        self.add_choose_row(self.tr("Choose a school list file to import"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        column.addWidget(self.progress)
        self.add_status()
        self.skipped_label = QLabel(self.tr("&Skipped rows:"))
        self.skipped = QListWidget()
        self.skipped.setAccessibleName(self.tr("Skipped rows"))
        self.skipped.setWordWrap(True)
        self.skipped_label.setBuddy(self.skipped)
        column.addWidget(self.skipped_label)
        column.addWidget(self.skipped, 1)
        self.skipped_label.hide()
        self.skipped.hide()
        self.add_close_button()
        self._set_busy(True)
        self.status.setText(self.tr("Checking what is already imported…"))
        run_in_background(
            lambda: _count_imported(store),
            self._show_imported_count,
            self._count_failed,
            owner=self,  # the dialog may be closed before the count comes back
        )

    # -- states --------------------------------------------------------------------------------

    def _show_imported_count(self, count: int) -> None:
        self._show_replace_notice(count)
        self.status.clear()
        self._set_busy(False)

    def _count_failed(self, _error: BaseException) -> None:
        self.status.clear()  # the import itself will say what is wrong with the store
        self._set_busy(False)

    def _show_replace_notice(self, count: int) -> None:
        if count:
            self.replace_notice.setText(
                self.tr(
                    "{count} imported schools are stored now. A new import replaces all of "
                    "them (the schools you recorded yourself stay).",
                    "",
                    count,
                ).format(count=f"{count:,}")
            )
        self.replace_notice.setVisible(bool(count))

    # -- actions -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _filter = qt.QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a school list file"),
            str(Path.home()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        """Import on the worker; the progress bar follows the rows checked and saved."""
        from app.directory import import_directory_csv

        rows_done = self.tr("{done} of {total} rows checked")
        store = self.store

        def work(progress: Any) -> Any:
            def report_rows(done: int, total: int) -> None:
                text = rows_done.format(done=f"{done:,}", total=f"{total:,}")
                progress(done * 100 // max(total, 1), text)

            return import_directory_csv(store, path, report_rows)

        self._set_busy(True)
        self.skipped.clear()
        self.skipped.hide()
        self.skipped_label.hide()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.progress.show()
        self.status.setText(self.tr("Importing {file}…").format(file=path.name))
        run_in_background(work, self._imported, self._import_failed, self._progressed)

    def _progressed(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(message)

    def _imported(self, report: Any) -> None:
        lines = [
            self.tr("{imported} of {read} rows imported from {file}.").format(
                imported=f"{report.imported:,}",
                read=f"{report.rows_read:,}",
                file=report.source_file,
            )
        ]
        if report.replaced:
            lines.append(
                self.tr(
                    "They replace the {count} schools imported before.", "", report.replaced
                ).format(count=f"{report.replaced:,}")
            )
        if report.bad_row_count:
            lines.append(
                self.tr(
                    "Rows skipped: {count} (listed below); fix them in the file and import it "
                    "again.",
                    "",
                    report.bad_row_count,
                ).format(count=f"{report.bad_row_count:,}")
            )
        if report.ignored_columns:
            lines.append(
                self.tr("Columns not used: {names}.").format(
                    names=", ".join(report.ignored_columns[:SHOWN_COLUMNS])
                    + ("…" if len(report.ignored_columns) > SHOWN_COLUMNS else "")
                )
            )
        self._show_skipped(report)
        self._show_replace_notice(report.imported)
        self.status.setText("\n".join(lines) + "\n" + self.tr("Updating the school search…"))
        self.progress.setRange(0, 0)  # rebuilding the index has no countable steps
        self.progress.setFormat("")
        store = self.store
        run_in_background(
            lambda: _rebuilt_directory(store),
            lambda directory: self._search_updated(directory, lines),
            lambda error: self._search_not_updated(error, lines),
        )

    def _show_skipped(self, report: Any) -> None:
        for bad in report.bad_rows[:SHOWN_BAD_ROWS]:
            self.skipped.addItem(
                self.tr("Line {line}: {problem}").format(line=bad.line, problem=bad.problem)
            )
        hidden = report.bad_row_count - min(len(report.bad_rows), SHOWN_BAD_ROWS)
        if hidden > 0:
            self.skipped.addItem(
                self.tr("… and {count} more skipped rows (not listed).", "", hidden).format(
                    count=f"{hidden:,}"
                )
            )
        shown = self.skipped.count() > 0
        self.skipped_label.setVisible(shown)
        self.skipped.setVisible(shown)

    def _search_updated(self, directory: Any, lines: list[str]) -> None:
        self.school_list_rebuilt.emit(directory)
        lines = [*lines, self.tr("The school search now finds the imported schools.")]
        self.status.setText("\n".join(lines))
        self._set_busy(False)

    def _search_not_updated(self, error: BaseException, lines: list[str]) -> None:
        why = str(error) or type(error).__name__
        self.school_list_failed.emit(why)  # so no one keeps searching the list from before
        lines = [
            *lines,
            self.tr(
                "The school search could not be updated ({why}); the imported schools are "
                "kept and will be found after the app is restarted."
            ).format(why=why),
        ]
        self.status.setText("\n".join(lines))
        self._set_busy(False)

    def _import_failed(self, error: BaseException) -> None:
        problems = getattr(error, "problems", None)
        if problems:  # the importer's refusal: the file itself is the problem
            heading = self.tr("Nothing was imported: the file could not be used.")
            reasons = [str(p) for p in problems]
        else:  # e.g. the disk is full; the import's one transaction was rolled back
            heading = self.tr("Nothing was imported: the import did not finish.")
            reasons = [str(error) or type(error).__name__]
        self.status.setText(
            "\n".join(
                [
                    heading,
                    *reasons,
                    self.tr(
                        "The school list is unchanged: what was imported before is still there."
                    ),
                ]
            )
        )
        self._set_busy(False)
