"""Report… in the chooser: the group report of every profile (or the ones chosen), in a pile or
all, as CSV, Excel, PDF or JSON. Written on the worker with a progress bar; Cancel stops it and
leaves no file."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ui.qt as qt
from app.i18n import _ as translated
from app.report.group import FILTER_LABELS, StatusFilter
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

logger = logging.getLogger(__name__)

# (format, what the advisor reads, the file dialog's filter)
FORMAT_CHOICES: tuple[tuple[str, str, str], ...] = (
    (
        "xlsx",
        QT_TRANSLATE_NOOP("GroupReportDialog", "Excel workbook (.xlsx)"),
        QT_TRANSLATE_NOOP("GroupReportDialog", "Excel workbooks (*.xlsx)"),
    ),
    (
        "csv",
        QT_TRANSLATE_NOOP("GroupReportDialog", "CSV, for any spreadsheet (.csv)"),
        QT_TRANSLATE_NOOP("GroupReportDialog", "CSV files (*.csv)"),
    ),
    (
        "pdf",
        QT_TRANSLATE_NOOP("GroupReportDialog", "PDF: summary, then each checklist (.pdf)"),
        QT_TRANSLATE_NOOP("GroupReportDialog", "PDF files (*.pdf)"),
    ),
    (
        "json",
        QT_TRANSLATE_NOOP("GroupReportDialog", "JSON, for scripts (.json)"),
        QT_TRANSLATE_NOOP("GroupReportDialog", "JSON files (*.json)"),
    ),
)


class GroupReportDialog(QDialog):
    """Choose what goes in and the format, then where to write it."""

    finished_work = Signal()  # the outcome (written, cancelled or refused) is on screen

    def __init__(
        self,
        store: Any,
        data_dir: Path,
        as_of: dt.date | None,
        selected: Sequence[int],
        pile: StatusFilter | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self.as_of = as_of
        self.selected = list(selected)
        self.busy = False
        self._cancel = threading.Event()
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Group report"))
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "One row per applicant: the overall verdict, each item's status, what holds "
                "them back with its next step, the next deadline and your note."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Which profiles"))
        self.scope.addItem(self.tr("Every saved profile"), "all")
        if len(self.selected) > 1:
            self.scope.addItem(
                self.tr("The {count} profiles chosen", "", len(self.selected)).format(
                    count=len(self.selected)
                ),
                "chosen",
            )
        form.addRow(self._label(self.tr("&Profiles:"), self.scope), self.scope)
        self.pile = QComboBox()
        self.pile.setAccessibleName(self.tr("Only the profiles whose verdict is"))
        self.pile.addItem(self.tr("All, whatever their verdict"), None)
        for choice in StatusFilter:
            self.pile.addItem(translated(FILTER_LABELS[choice]), choice.value)
        if pile is not None:
            self.pile.setCurrentIndex(self.pile.findData(pile.value))
        form.addRow(self._label(self.tr("&Only:"), self.pile), self.pile)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format of the report"))
        for key, words, _filter in FORMAT_CHOICES:
            self.format.addItem(self.tr(words), key)
        form.addRow(self._label(self.tr("&Format:"), self.format), self.format)
        column.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Writing the report"))
        self.progress.hide()
        column.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(qt.Qt.TextFormat.PlainText)  # a path is shown as it is
        self.status.setTextInteractionFlags(qt.Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.write_button = QPushButton(self.tr("&Write the report…"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.choose_file)
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = QPushButton(self.tr("Open &it"))
        self.open_button.clicked.connect(self.open_written)
        self.open_button.hide()
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        column.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def chosen_pile(self) -> StatusFilter | None:
        value = self.pile.currentData()
        return StatusFilter(value) if value else None

    def chosen_ids(self) -> list[int] | None:
        return self.selected if self.scope.currentData() == "chosen" else None

    def choose_file(self) -> None:
        from ui.pdf_export import documents_folder

        fmt = self.chosen_format()
        day = (self.as_of or dt.date.today()).isoformat()
        suggested = documents_folder() / f"group-report-{day}.{fmt}"
        file_filter = next(f for key, _w, f in FORMAT_CHOICES if key == fmt)
        chosen, _filter = qt.QFileDialog.getSaveFileName(
            self, self.tr("Write the group report"), str(suggested), self.tr(file_filter)
        )
        if chosen:
            self.write_to(Path(chosen))

    def write_to(self, path: Path) -> None:
        """Write the report to ``path`` on the worker (the suffix is added when missing)."""
        from ui.worker import run_in_background

        fmt = self.chosen_format()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self._cancel = threading.Event()
        cancel = self._cancel
        store, data_dir, as_of = self.store, self.data_dir, self.as_of or dt.date.today()
        pile, ids = self.chosen_pile(), self.chosen_ids()

        def work(progress: Any) -> Path:
            from app.report.group import build_group_report, write_group_report
            from app.report.paper import default_paper
            from app.rules.imported import active_ruleset

            report = build_group_report(
                store,
                active_ruleset(data_dir),
                as_of,
                pile,
                ids=ids,
                progress=lambda percent, words: progress(percent * 4 // 10, words),
                cancelled=cancel.is_set,
            )
            return write_group_report(
                report,
                path,
                fmt,
                paper=default_paper(),
                progress=lambda percent, words: progress(40 + percent * 6 // 10, words),
                cancelled=cancel.is_set,
            )

        self._set_busy(True)
        self.status.setText(self.tr("Writing the report…"))
        run_in_background(work, self._written, self._failed, self._progressed, owner=self)

    def _progressed(self, percent: int, words: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(words)

    def _written(self, path: Path) -> None:
        self.written = path
        self._set_busy(False)
        self.status.setText(self.tr("Written to {path}.").format(path=str(path)))
        self.open_button.show()
        self.finished_work.emit()

    def _failed(self, error: BaseException) -> None:
        from app.report.group import GroupReportError, ReportCancelled

        self._set_busy(False)
        if isinstance(error, ReportCancelled):
            self.status.setText(self.tr("Cancelled: no report was written."))
        elif isinstance(error, GroupReportError):
            self.status.setText(self.tr("Not written: {why}.").format(why=str(error)))
        else:
            logger.error("The group report failed: %s", type(error).__name__, exc_info=error)
            self.status.setText(
                self.tr("Not written: {why}.").format(why=str(error) or type(error).__name__)
            )
        self.finished_work.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.write_button, self.scope, self.pile, self.format):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.open_button.hide()
        self.cancel_button.setText(self.tr("&Cancel") if busy else self.tr("Close"))

    def cancel_or_close(self) -> None:
        """While writing: stop (nothing is written); otherwise close."""
        if self.busy:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def reject(self) -> None:
        self._cancel.set()  # Escape or closing the window while writing: stop the work too
        super().reject()

    def open_written(self) -> None:
        if self.written is not None:
            qt.QDesktopServices.openUrl(qt.QUrl.fromLocalFile(str(self.written)))
