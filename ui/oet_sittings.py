"""OET Medicine sittings: add, edit and remove several; each sub-test is checked against the
minimums in force on that sitting's test date, and the best qualifying sitting is marked."""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from app.engine.items import FieldPath
from app.profile import OET_SUBTESTS
from ui.fields import FieldMessage
from ui.profile_session import ProfileSession
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRegularExpression,
    QRegularExpressionValidator,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    translate,
)
from ui.verdicts import standing_marker_html, standing_words, status_colour

logger = logging.getLogger(__name__)

OET_PATH = FieldPath.OET
SUBTEST_LABELS = {
    "listening": QT_TRANSLATE_NOOP("OetSittingsEditor", "Listening"),
    "reading": QT_TRANSLATE_NOOP("OetSittingsEditor", "Reading"),
    "writing": QT_TRANSLATE_NOOP("OetSittingsEditor", "Writing"),
    "speaking": QT_TRANSLATE_NOOP("OetSittingsEditor", "Speaking"),
}


class OetSittingRow(QWidget):
    """One sitting: test date, four sub-test scores, and the verdict under them."""

    def __init__(self, editor: OetSittingsEditor, number: int) -> None:
        super().__init__()
        self.editor = editor
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        self.heading = QLabel()
        grid.addWidget(self.heading, 0, 0, 1, 7)
        self.test_date = QLineEdit()
        self.test_date.setPlaceholderText(translate("Fields", "YYYY-MM-DD"))
        self.test_date.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2})?)?"), self.test_date
            )
        )
        metrics = self.test_date.fontMetrics()
        self.test_date.setMaximumWidth(
            metrics.horizontalAdvance("0000-00-00") + 4 * metrics.height()
        )
        self.scores: dict[str, QLineEdit] = {}
        date_label = QLabel(translate("OetSittingsEditor", "Test date"))
        grid.addWidget(date_label, 1, 0)
        grid.addWidget(self.test_date, 2, 0)
        for column, sub in enumerate(OET_SUBTESTS, start=1):
            edit = QLineEdit()
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,3}"), edit))
            edit.setMaximumWidth(90)
            grid.addWidget(QLabel(translate("OetSittingsEditor", SUBTEST_LABELS[sub])), 1, column)
            grid.addWidget(edit, 2, column)
            self.scores[sub] = edit
        self.remove_button = QToolButton()
        self.remove_button.setText(translate("OetSittingsEditor", "Remove"))
        self.remove_button.clicked.connect(lambda: editor.remove_sitting(self))
        grid.addWidget(self.remove_button, 2, 5)
        grid.setColumnStretch(6, 1)  # the boxes keep their size; the space goes to the right
        self.message = FieldMessage()
        grid.addWidget(self.message, 3, 0, 1, 7)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.verdict, 4, 0, 1, 7)
        for edit in (self.test_date, *self.scores.values()):
            edit.textEdited.connect(lambda _text: editor.write(save_now=False))
            edit.editingFinished.connect(lambda: editor.write(save_now=True))
        self.set_number(number)

    def set_number(self, number: int) -> None:
        heading = translate("OetSittingsEditor", "Sitting {n}").format(n=number)
        self.heading.setText(f"<b>{escape(heading)}</b>")
        self.test_date.setAccessibleName(
            translate("OetSittingsEditor", "Sitting {n} test date").format(n=number)
        )
        for sub, edit in self.scores.items():
            edit.setAccessibleName(
                translate("OetSittingsEditor", "Sitting {n} {subtest} score").format(
                    n=number, subtest=translate("OetSittingsEditor", SUBTEST_LABELS[sub])
                )
            )
        self.remove_button.setAccessibleName(
            translate("OetSittingsEditor", "Remove sitting {n}").format(n=number)
        )

    def load(self, sitting: dict[str, Any]) -> None:
        self.test_date.setText(str(sitting.get("test_date") or ""))
        for sub, edit in self.scores.items():
            value = sitting.get(sub)
            edit.setText("" if value is None else str(value))

    def answers(self) -> dict[str, Any]:
        date_text = self.test_date.text().strip()
        answer: dict[str, Any] = {"test_date": date_text or None}
        for sub, edit in self.scores.items():
            text = edit.text().strip()
            answer[sub] = int(text) if text.isdigit() else None
        return answer


class OetSittingsEditor(QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[OetSittingRow] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        column.addLayout(self.rows_layout)
        self.empty_note = QLabel(self.tr("No OET sitting recorded yet."))
        column.addWidget(self.empty_note)
        self.add_button = QPushButton(self.tr("&Add an OET sitting"))
        self.add_button.clicked.connect(self.add_sitting)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        saved = session.value(OET_PATH)
        # A value of another kind (edited elsewhere) is not a list of sittings: show none.
        for sitting in saved if isinstance(saved, list) else []:
            self._append_row().load(sitting if isinstance(sitting, dict) else {})
        session.changed.connect(self.refresh)
        self.refresh()

    def _append_row(self) -> OetSittingRow:
        row = OetSittingRow(self, len(self.rows) + 1)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def add_sitting(self) -> OetSittingRow:
        row = self._append_row()
        self.write(save_now=True)
        row.test_date.setFocus()
        return row

    def remove_sitting(self, row: OetSittingRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        for number, other in enumerate(self.rows, start=1):
            other.set_number(number)
        self.write(save_now=True)

    def write(self, save_now: bool) -> None:
        self.session.set_answer(OET_PATH, [r.answers() for r in self.rows], save_now=save_now)
        self.refresh()

    def refresh(self) -> None:
        self.empty_note.setVisible(not self.rows)
        sittings = self.session.profile.clinical_skills.oet
        cycle = self._cycle()
        best = self._best(sittings, cycle)
        for index, row in enumerate(self.rows):
            messages = self.session.problems_at(f"{OET_PATH}[{index}]")
            if row.test_date.hasFocus() and len(row.test_date.text().strip()) < 10:
                messages = [m for m in messages if "date" not in m]
            row.message.show_messages(messages)
            row.verdict.setText(
                self._verdict_html(sittings[index], cycle, index == best)
                if index < len(sittings)
                else ""
            )

    def _cycle(self) -> int | None:
        from app.engine.clinical import pathway_cycle

        return pathway_cycle(self.session.profile)

    def _best(self, sittings: list[Any], cycle: int | None) -> int | None:
        from app.engine.clinical import best_oet_sitting

        try:
            return best_oet_sitting(sittings, self.session.ruleset, cycle, self.session.as_of)
        except Exception:  # an unjudgeable sitting simply has no "best" mark
            logger.exception("Could not pick the best OET sitting")
            return None

    def _verdict_html(self, sitting: Any, cycle: int | None, is_best: bool) -> str:
        from app.checklist import Status
        from app.engine.clinical import judge_oet_sitting, oet_minimums

        if sitting.test_date is None:
            return self.tr("Enter the test date to check this sitting against its minimums.")
        try:
            verdict = judge_oet_sitting(sitting, self.session.ruleset, cycle, self.session.as_of)
            minimums = oet_minimums(self.session.ruleset, sitting.test_date)
        except Exception:  # the verdict line stays empty; the item's verdict below still speaks
            logger.exception("Could not judge an OET sitting (clinical_skills.oet)")  # no values
            return ""
        from app.engine.names import join_commas  # the language's own comma (، in Arabic)

        shown = join_commas(
            f"{translate('OetSittingsEditor', SUBTEST_LABELS[sub])} {minimums[sub]}"
            for sub in OET_SUBTESTS
            if sub in minimums
        )
        html = self.tr("Minimums for this date: {minimums}.").format(minimums=shown) + "<br>"
        if is_best:
            colour = status_colour(Status.MET)
            html += f'<b style="color:{colour}">★ ' + self.tr("Best qualifying sitting") + "</b> · "
        elif verdict.qualifies:
            html += f'<b style="color:{status_colour(Status.MET)}">✔</b> '
        elif verdict.qualifies is None:  # cannot tell yet: a score, the date or the cycle
            html += f'<b style="color:{status_colour(Status.NEEDS_INFO)}">?</b> '
        else:
            html += f'<b style="color:{status_colour(Status.NOT_MET)}">✘</b> '
        html += escape(verdict.reason)
        if verdict.qualifies is not None and (marker := standing_words(verdict.standing)):
            html += " · " + standing_marker_html(marker)
        for shortfall in verdict.shortfalls:
            if shortfall not in verdict.reason:  # the reason often is the one shortfall
                html += f"<br>• {escape(shortfall)}"
        return html
