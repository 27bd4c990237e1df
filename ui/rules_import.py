"""Newer rules without a new build: pick a rules file, check and import it on the worker, and
read what changed (rules added, ended and changed; saved profiles whose verdict changes). The
same dialog shows going back to the bundled rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import ui.qt as qt
from ui.import_dialog import ImportDialog
from ui.qt import (
    QLabel,
    QProgressBar,
    QScrollArea,
    QWidget,
    Signal,
)
from ui.worker import run_in_background


def _import_and_look_up(file: Path, data_dir: Path, as_of: dt.date) -> tuple[Any, Any]:
    """On the worker: import, then the rules now in use (for whoever judges profiles next)."""
    from app.rules.imported import active_ruleset, import_rules

    report = import_rules(file, data_dir, as_of=as_of)
    return report, active_ruleset(data_dir)


def _revert_and_look_up(data_dir: Path, as_of: dt.date) -> tuple[Any, Any]:
    from app.rules.imported import active_ruleset, revert_rules

    report = revert_rules(data_dir, as_of=as_of)
    return report, active_ruleset(data_dir)


class RulesImportDialog(ImportDialog):
    """One import (or revert) at a time; it cannot be closed while the worker writes."""

    rules_changed = Signal(object)  # the Ruleset now in use, after an import or a revert

    def __init__(
        self, data_dir: Path, as_of: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.as_of = as_of or dt.date.today()
        self.setWindowTitle(self.tr("Import rules"))
        self.resize(640, 520)
        column = self.column
        self.add_paragraph(
            self.tr(
                "When ECFMG, USMLE or OET change a rule, a newer rules file (one .toml file "
                "holding every rule, with a higher version) can be imported here, without a new "
                "version of the app. The file is checked in full first: a file that cannot be "
                "used changes nothing."
            )
        )
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.in_use.setTextFormat(qt.Qt.TextFormat.PlainText)
        column.addWidget(self.in_use)
        self.add_choose_row(self.tr("Choose a rules file to import"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # checking a file has no countable steps
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        column.addWidget(self.progress)
        self.add_status()
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(qt.Qt.TextFormat.PlainText)
        self.changes.setTextInteractionFlags(qt.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes.setAlignment(qt.Qt.AlignmentFlag.AlignTop | qt.Qt.AlignmentFlag.AlignLeft)
        self.changes_area = QScrollArea()
        self.changes_area.setWidgetResizable(True)
        self.changes_area.setWidget(self.changes)
        self.changes_area.setAccessibleName(self.tr("What changed"))
        self.changes_area.hide()
        column.addWidget(self.changes_area, 1)
        self.add_close_button()
        self._show_rules_in_use()

    # -- states --------------------------------------------------------------------------------

    def _show_rules_in_use(self) -> None:
        from app.rules.imported import active_ruleset

        try:
            ruleset = active_ruleset(self.data_dir)
        except Exception as exc:  # the bundled rules are broken: say so, import may still help
            self.in_use.setText(self.tr("The rules in use cannot be read: {why}").format(why=exc))
            return
        origin = (
            self.tr("imported") if ruleset.origin == "imported" else self.tr("bundled with the app")
        )
        self.in_use.setText(
            self.tr(
                "Rules in use: version {version} (updated {updated}), {origin}, for the "
                "{years} Matches."
            ).format(
                version=ruleset.version,
                updated=ruleset.updated.isoformat(),
                origin=origin,
                years=ruleset.coverage_text,
            )
        )

    # -- actions -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _filter = qt.QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a rules file"),
            str(Path.home()),
            self.tr("Rules files (*.toml);;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        """Check and import ``path`` on the worker."""
        self._start(self.tr("Checking {file}…").format(file=path.name))
        data_dir, as_of = self.data_dir, self.as_of
        run_in_background(
            lambda: _import_and_look_up(path, data_dir, as_of), self._done, self._import_failed
        )

    def revert(self) -> None:
        """Go back to the bundled rules on the worker."""
        self.setWindowTitle(self.tr("Go back to the bundled rules"))
        self._start(self.tr("Going back to the bundled rules…"))
        data_dir, as_of = self.data_dir, self.as_of
        run_in_background(
            lambda: _revert_and_look_up(data_dir, as_of), self._done, self._revert_failed
        )

    def _start(self, message: str) -> None:
        self.changes_area.hide()
        self.changes.clear()
        self.status.setText(message)
        self._set_busy(True)

    def _done(self, result: tuple[Any, Any]) -> None:
        report, ruleset = result
        self._show_rules_in_use()
        self.status.setText("\n".join(self._summary(report)))
        if report.did_anything:
            self.changes.setText("\n".join(self._details(report)))
            self.changes_area.show()
            self.rules_changed.emit(ruleset)
        self._set_busy(False)

    def _summary(self, report: Any) -> list[str]:
        if not report.did_anything:
            return [self.tr("No imported rules to go back from: nothing was changed.")]
        if report.action == "import":
            heading = self.tr("Imported: rules version {old} → {new}.")
        else:
            heading = self.tr("Back to the bundled rules: version {old} → {new}.")
        lines = [
            heading.format(old=report.previous.version, new=report.active.version),
            self.tr("Before: {rules}").format(rules=report.previous.describe()),
            self.tr("Now: {rules}").format(rules=report.active.describe()),
            self.tr("{added} rules added, {ended} ended, {changed} changed.").format(
                added=len(report.added), ended=len(report.ended), changed=len(report.changed)
            ),
        ]
        if report.profiles_note:
            lines.append(report.profiles_note)
        elif report.verdict_changes:
            lines.append(
                self.tr(
                    "{count} saved profiles change their overall verdict (listed below).",
                    "",
                    len(report.verdict_changes),
                )
                .format(count=len(report.verdict_changes))
            )  # fmt: skip
        else:
            lines.append(self.tr("No saved profile changes its overall verdict."))
        return lines

    def _details(self, report: Any) -> list[str]:
        lines: list[str] = []
        for title, changes in (
            (self.tr("Added"), report.added),
            (self.tr("Ended"), report.ended),
            (self.tr("Changed"), report.changed),
        ):
            lines.append(f"{title} ({len(changes)})")
            lines += [f"  {change.describe()}" for change in changes] or [self.tr("  none")]
            lines.append("")
        lines.append(
            self.tr("Saved profiles whose overall verdict changes (as of {date})").format(
                date=report.as_of.isoformat()
            )
        )
        if report.profiles_note:
            lines.append(f"  {report.profiles_note}")
        else:
            lines += [f"  {change.describe()}" for change in report.verdict_changes] or [
                self.tr("  none")
            ]
        return lines

    def _import_failed(self, error: BaseException) -> None:
        self._failed(self.tr("Nothing was imported: the file could not be used."), error)

    def _revert_failed(self, error: BaseException) -> None:
        self._failed(self.tr("The imported rules could not be removed."), error)

    def _failed(self, heading: str, error: BaseException) -> None:
        self._show_rules_in_use()
        self.status.setText(
            "\n".join(
                [
                    heading,
                    str(error) or type(error).__name__,
                    self.tr("The rules in use are unchanged."),
                ]
            )
        )
        self._set_busy(False)
