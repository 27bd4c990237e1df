"""The applicant's documents: a list (each with its current status and the name check's mark),
and the chosen document's answers with its status history. Adding a status is one action: the
status the document usually reaches next and the assessment date are proposed.

The whole list is one answer (``documents``), written through the session as typed; the core
reads it, judges each name and status, and this widget only shows what comes back.
"""

from __future__ import annotations

import copy
from html import escape
from typing import Any

from app.checklist import Status
from app.engine.documents import (
    LIKELY_NEXT,
    DocumentState,
    document_states,
    kind_label,
    state_line,
    status_label,
)
from app.engine.items import FieldPath
from app.engine.names import NameCheck, NameFinding, check_names
from app.i18n import _ as translated
from app.profile import DOCUMENT_KINDS, DOCUMENT_STATUSES
from ui.fields import FieldMessage
from ui.navigation import field_label
from ui.profile_session import ProfileSession
from ui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRegularExpression,
    QRegularExpressionValidator,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.verdicts import STATUS_MARKS, status_colour

DOCUMENTS = FieldPath.DOCUMENTS
# The document's own text answers, in the order they are asked.
_TEXT_FIELDS = ("name_as_printed", "language", "case_number", "name_proof")


class DocumentsEditor(QWidget):
    """The list and the chosen document's editor; ``add_document`` and ``add_status`` are the
    two actions a user takes most."""

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False  # while the editor is filled from the answers: no writing back
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self._build_list(column)
        self.details = QGroupBox(self.tr("The chosen document"))
        self._build_details(self.details)
        column.addWidget(self.details)
        # The chosen document's history: the page places it (beside the list when wide). Held
        # by the editor until then, so showing it never opens it as a window of its own.
        self.history_box = QGroupBox(self.tr("Its status history"), self)
        self._build_history(self.history_box)
        saved = session.value(DOCUMENTS)
        if isinstance(saved, list) and saved:
            self.document_list.setCurrentRow(0)
        session.changed.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build_list(self, column: QVBoxLayout) -> None:
        self.document_list = QListWidget()
        self.document_list.setAccessibleName(self.tr("Your documents"))
        self.document_list.setWordWrap(True)
        self.document_list.setMinimumHeight(self.fontMetrics().height() * 7)
        self.document_list.currentRowChanged.connect(self._chosen)
        column.addWidget(self.document_list)
        self.empty_note = QLabel(
            self.tr(
                "No document entered yet. Add your passport first, then your diploma, "
                "transcript and their translations."
            )
        )
        self.empty_note.setWordWrap(True)
        column.addWidget(self.empty_note)
        row = QHBoxLayout()
        self.new_kind = QComboBox()
        for kind in DOCUMENT_KINDS:
            self.new_kind.addItem(translated(kind_label(kind, 0)), kind)
        kind_label_widget = QLabel(self.tr("Kind of &document to add"))
        kind_label_widget.setBuddy(self.new_kind)
        self.new_kind.setAccessibleName(self.tr("Kind of document to add"))
        shrinkable(self.new_kind)
        self.add_button = QPushButton(self.tr("&Add document"))
        self.add_button.clicked.connect(self.add_document)
        self.remove_button = QPushButton(self.tr("Remo&ve document"))
        self.remove_button.clicked.connect(self.remove_document)
        row.addWidget(kind_label_widget)
        row.addWidget(self.new_kind, 1)
        row.addWidget(self.add_button)
        column.addLayout(row)
        # Removing acts on the document chosen in the list: its own line, under the adding one,
        # so the page fits the window in every language.
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        column.addLayout(remove_row)

    def _build_details(self, box: QGroupBox) -> None:
        column = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Not answered yet"), None)
        for kind in DOCUMENT_KINDS:
            self.kind_combo.addItem(translated(kind_label(kind, 0)), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        shrinkable(self.kind_combo)
        self._add_row(form, self.tr("&Kind"), self.kind_combo)
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name_as_printed": self.tr("Name a&s printed"),
            "language": self.tr("&Language"),
            "case_number": self.tr("&Case number"),
            "name_proof": self.tr("Proof o&f name"),
        }
        hints = {
            "name_as_printed": self.tr(
                "Your name exactly as printed on it, in its own script and word order."
            ),
            "language": self.tr("The language it is written in, e.g. Arabic."),
            "case_number": self.tr("Its EPIC or ECFMG case number, as ECFMG gives it."),
            "name_proof": self.tr(
                "Only if the name differs from yours: the document that proves it is (or was) "
                "your name, e.g. marriage certificate."
            ),
        }
        for name in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.textEdited.connect(lambda text, name=name: self._typed(name, text, False))
            edit.editingFinished.connect(lambda name=name: self._left(name))
            self.edits[name] = edit
            holder = self._add_row(form, labels[name], edit, hints[name])
            if name == "name_as_printed":
                # The name check, beside the name it judges.
                self.name_check = QLabel()
                self.name_check.setWordWrap(True)
                self.name_check.setTextFormat(Qt.TextFormat.RichText)
                self.name_check.setObjectName("nameCheck")
                holder.addWidget(self.name_check)
        column.addLayout(form)
        self.message = FieldMessage()
        column.addWidget(self.message)

    def _build_history(self, box: QGroupBox) -> None:
        column = QVBoxLayout(box)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Status history"))
        self.history.setWordWrap(True)
        lines = self.fontMetrics().height()
        self.history.setMinimumHeight(lines * 4)
        self.history.setMaximumHeight(lines * 7)  # the verdicts below stay in sight
        column.addWidget(self.history)
        self.remove_status_button = QPushButton(self.tr("Remove this stat&us"))
        self.remove_status_button.clicked.connect(self.remove_status)
        column.addWidget(self.remove_status_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._build_add_status(column)

    def _build_add_status(self, column: QVBoxLayout) -> None:
        form = QFormLayout()
        self.status_combo = QComboBox()
        for status in DOCUMENT_STATUSES:
            self.status_combo.addItem(translated(status_label(status)), status)
        self._add_row(form, self.tr("New s&tatus"), self.status_combo)
        self.status_date = QLineEdit()
        self.status_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.status_date.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2})?)?"), self.status_date
            )
        )
        self._add_row(form, self.tr("Reached &on"), self.status_date)
        self.status_date.setAccessibleDescription(
            self.tr("The assessment date is proposed; change it to the day it happened.")
        )
        self.status_reason = QLineEdit()
        self.status_reason.setPlaceholderText(self.tr("For a rejection: the reason ECFMG gave"))
        self._add_row(form, self.tr("Reason &given"), self.status_reason)
        self.status_reason.setAccessibleDescription(
            self.tr("For a rejection: the reason ECFMG gave, as written.")
        )
        column.addLayout(form)
        self.add_status_button = QPushButton(self.tr("Add t&his status"))
        self.add_status_button.clicked.connect(self.add_status)
        column.addWidget(self.add_status_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_row(
        self, form: QFormLayout, label: str, widget: QWidget, hint: str = ""
    ) -> QVBoxLayout:
        """A labelled row (mnemonic and buddy); the column under the widget is returned, for
        a hint or a verdict under it."""
        label_widget = QLabel(label)
        label_widget.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 0, 0)
        holder_column.setSpacing(2)
        holder_column.addWidget(widget)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setObjectName("fieldHint")
            holder_column.addWidget(note)
            widget.setAccessibleDescription(hint)
        form.addRow(label_widget, holder)
        return holder_column

    # -- the answers ---------------------------------------------------------------------------

    def documents(self) -> list[dict[str, Any]]:
        """The list as typed (a copy); an entry of another kind (edited elsewhere) is empty."""
        saved = self.session.value(DOCUMENTS)
        if not isinstance(saved, list):
            return []
        return [copy.deepcopy(d) if isinstance(d, dict) else {} for d in saved]

    def _write(self, documents: list[dict[str, Any]], save_now: bool) -> None:
        self.session.set_answer(DOCUMENTS, documents, save_now=save_now)

    @property
    def row(self) -> int:
        return self.document_list.currentRow()

    def add_document(self) -> None:
        """Add a document of the kind chosen, and put the cursor on its name."""
        documents = self.documents()
        documents.append({"kind": self.new_kind.currentData(), "history": []})
        self._write(documents, save_now=True)
        self.document_list.setCurrentRow(len(documents) - 1)
        self.edits["name_as_printed"].setFocus()

    def remove_document(self) -> None:
        documents, row = self.documents(), self.row
        if not 0 <= row < len(documents):
            return
        del documents[row]
        self._write(documents, save_now=True)
        self.document_list.setCurrentRow(min(row, len(documents) - 1))

    def add_status(self) -> None:
        """Add the status chosen, dated as typed (the assessment date is proposed), to the
        chosen document's history."""
        documents, row = self.documents(), self.row
        if not 0 <= row < len(documents):
            return
        history = documents[row].get("history")
        history = history if isinstance(history, list) else []
        history.append(
            {
                "status": self.status_combo.currentData(),
                "date": self.status_date.text().strip() or None,
                "reason": self.status_reason.text().strip() or None,
            }
        )
        documents[row]["history"] = history
        self._write(documents, save_now=True)
        self.status_reason.clear()
        self._propose_status()

    def remove_status(self) -> None:
        documents, row, entry = self.documents(), self.row, self.history.currentRow()
        history = documents[row].get("history") if 0 <= row < len(documents) else None
        if not isinstance(history, list) or not 0 <= entry < len(history):
            return
        del history[entry]
        self._write(documents, save_now=True)

    def _typed(self, name: str, text: str, save_now: bool) -> None:
        if self._loading:
            return
        documents, row = self.documents(), self.row
        if not 0 <= row < len(documents):
            return
        documents[row][name] = text if text.strip() else None
        self._write(documents, save_now)

    def _left(self, name: str) -> None:
        self._typed(name, self.edits[name].text(), True)

    def _kind_chosen(self, index: int) -> None:
        if self._loading:
            return
        documents, row = self.documents(), self.row
        if 0 <= row < len(documents):
            documents[row]["kind"] = self.kind_combo.itemData(index)
            self._write(documents, save_now=True)

    def _chosen(self, row: int) -> None:
        """Fill the editor with the chosen document's answers, as typed."""
        documents = self.documents()
        document = documents[row] if 0 <= row < len(documents) else {}
        self._loading = True
        try:
            kind = document.get("kind")
            found = self.kind_combo.findData(kind) if kind in DOCUMENT_KINDS else 0
            self.kind_combo.setCurrentIndex(max(found, 0))
            for name, edit in self.edits.items():
                value = document.get(name)
                edit.setText(value if isinstance(value, str) else "")
        finally:
            self._loading = False
        self._propose_status()
        self.refresh()

    def _propose_status(self) -> None:
        """The status the chosen document usually reaches next, on the assessment date."""
        state = self._state(self.row)
        proposed = LIKELY_NEXT.get(state.status if state else None, "uploaded")
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(proposed), 0))
        self.status_date.setText(self.session.as_of.isoformat())

    # -- showing the core's reading ------------------------------------------------------------

    def _state(self, row: int) -> DocumentState | None:
        states = document_states(self.session.profile, self.session.as_of)
        return states[row] if 0 <= row < len(states) else None

    def refresh(self) -> None:
        states = document_states(self.session.profile, self.session.as_of)
        check = check_names(self.session.profile)
        self._show_list(states, check)
        row = self.row
        has_row = 0 <= row < len(states)
        self.empty_note.setVisible(not states)
        self.remove_button.setEnabled(has_row)
        for box in (self.details, self.history_box):
            box.setEnabled(has_row)
            box.setVisible(bool(states))
        if not has_row:
            return
        self._show_name_check(check.finding_for(row), check)
        self._show_history(states[row])
        prefix = f"{DOCUMENTS.value}[{row}]"
        self.message.show_messages(
            [
                f"{field_label(p.field)}: {p.message}"
                for p in self.session.problems
                if p.field == prefix or p.field.startswith(prefix + ".")
            ]
        )

    def _show_list(self, states: list[DocumentState], check: NameCheck) -> None:
        texts = [self._list_text(state, check.finding_for(state.index)) for state in states]
        if self.document_list.count() != len(texts):
            current = self.row
            self.document_list.blockSignals(True)
            self.document_list.clear()
            for text in texts:
                self.document_list.addItem(QListWidgetItem(text))
            self.document_list.blockSignals(False)
            if texts:
                self.document_list.setCurrentRow(min(max(current, 0), len(texts) - 1))
            return
        for index, text in enumerate(texts):
            item = self.document_list.item(index)
            if item.text() != text:
                item.setText(text)

    def _list_text(self, state: DocumentState, finding: NameFinding | None) -> str:
        name = (state.document.name_as_printed or "").strip()
        first = translated(kind_label(state.document.kind, state.index))
        if name:
            first += f" — {name}"
        lines = [first, state_line(state)]
        if finding is not None and name:
            label = self.tr("Name:")
            lines.append(f"{STATUS_MARKS[finding.status]} {label} {finding.words}")
        problems = self.session.problems_at(f"{DOCUMENTS.value}[{state.index}]")
        if problems:
            label = self.tr("Check:")
            lines.append(f"{STATUS_MARKS[Status.NEEDS_INFO]} {label} {problems[0]}")
        return "\n".join(lines)

    def _show_name_check(self, finding: NameFinding | None, check: NameCheck) -> None:
        if finding is None:
            text = self.tr("The name of record: every other name is compared with this one.")
            html = escape(text)
        elif finding.name is None:
            html = escape(self.tr("Type the name to compare it with yours."))
        elif finding.comparison is None:
            html = escape(self.tr("Type your own name on the first page to compare it."))
        else:
            colour = status_colour(finding.status)
            mark = STATUS_MARKS[finding.status]
            against = escape(check.record_name or "")
            html = (
                f'<span style="color:{colour}; font-weight:600">{mark}</span> '
                + escape(self.tr("Compared with {name}:").format(name=f"‘{against}’"))
                + f" {escape(finding.words)}"
            )
        if self.name_check.text() != html:
            self.name_check.setText(html)
            self.name_check.setAccessibleName(self.name_check.text())

    def _show_history(self, state: DocumentState) -> None:
        history = state.document.history
        texts = []
        for entry in history:
            date = entry.date.isoformat() if entry.date else self.tr("no date")
            text = f"{date} · {translated(status_label(entry.status))}"
            if (entry.reason or "").strip():
                text += f": {' '.join((entry.reason or '').split())}"
            if entry.date and entry.date > self.session.as_of:
                text += " " + self.tr("(after the assessment date)")
            texts.append(text)
        current = [self.history.item(i).text() for i in range(self.history.count())]
        if current != texts:
            self.history.clear()
            self.history.addItems(texts)
        self.remove_status_button.setEnabled(bool(texts))


def shrinkable(combo: QComboBox) -> None:
    """A combo of long names that may be narrower than its longest one (its list still shows
    them whole): otherwise the page grows wider than the window, and a scroll bar appears (Spanish
    and Arabic names are longer still)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
