"""Binding input widgets to profile answers: each widget writes its JSON path through the
session as the user types (saved when the user leaves the field or pauses) and shows the core's
message for that field right under it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from ui.profile_session import ProfileSession
from ui.qt import (
    QComboBox,
    QFocusEvent,
    QFormLayout,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QObject,
    QRegularExpression,
    QRegularExpressionValidator,
    QSizePolicy,
    QVBoxLayout,
    QWheelEvent,
    QWidget,
    translate,
)
from ui.verdicts import problem_colour

TextKind = Literal["text", "int", "number", "date"]
Choices = Sequence[tuple[Any, str]]

_PATTERNS: dict[str, str] = {
    "int": r"[0-9]{0,4}",
    "number": r"[0-9]{0,2}([.,][0-9]{0,2})?",
    "date": r"[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2})?)?",
}


class FieldMessage(QLabel):
    """The core's message for one field, in the user's words; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldMessage")
        self.setStyleSheet(f"color: {problem_colour()};")
        self.hide()

    def show_messages(self, messages: Sequence[str]) -> None:
        text = "\n".join(as_sentence(m) for m in messages)
        if text == self.text():  # called on every keystroke anywhere: touch nothing unchanged
            return
        self.setText(text)
        self.setVisible(bool(text))


def as_sentence(message: str) -> str:
    """A message under a field, shown as a sentence: a capital first letter and a full stop
    (the core writes them to follow a field's name: "score: must be a number")."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message[-1] in ".!?…" else message + "."


def _to_json(kind: TextKind, text: str, empty_means_none: bool) -> Any:
    stripped = text.strip()
    if not stripped:
        return None if empty_means_none else ""
    if kind == "int":
        return int(stripped) if stripped.isdigit() else stripped
    if kind == "number":
        try:
            return float(stripped.replace(",", "."))
        except ValueError:
            return stripped
    return text if kind == "text" else stripped


def _to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class LineEditBinding(QObject):
    """A line edit bound to one answer."""

    def __init__(
        self,
        session: ProfileSession,
        edit: QLineEdit,
        path: str,
        message: FieldMessage,
        kind: TextKind = "text",
        empty_means_none: bool = True,
    ) -> None:
        super().__init__(edit)
        self.session, self.edit, self.path, self.message = session, edit, path, message
        self.kind, self.empty_means_none = kind, empty_means_none
        if kind in _PATTERNS:
            edit.setValidator(
                QRegularExpressionValidator(QRegularExpression(_PATTERNS[kind]), edit)
            )
        if kind == "date":
            edit.setPlaceholderText(translate("Fields", "YYYY-MM-DD"))
        if kind != "text":  # a short answer gets a short box, sized in characters, not pixels
            metrics = edit.fontMetrics()
            edit.setMaximumWidth(metrics.horizontalAdvance("0000-00-00") + 4 * metrics.height())
        edit.setText(_to_text(session.value(path)))
        edit.textEdited.connect(self._typed)
        edit.editingFinished.connect(self._left)
        session.changed.connect(self.refresh)
        self.refresh()

    def _typed(self, text: str) -> None:
        self.session.set_answer(self.path, _to_json(self.kind, text, self.empty_means_none))

    def _left(self) -> None:
        self.session.set_answer(
            self.path, _to_json(self.kind, self.edit.text(), self.empty_means_none), save_now=True
        )
        self.refresh()

    def refresh(self) -> None:
        messages = self.session.problems_at(self.path)
        # A date being typed is incomplete, not wrong: judge it once it is whole or left.
        if self.kind == "date" and self.edit.hasFocus() and len(self.edit.text().strip()) < 10:
            messages = []
        self.message.show_messages(messages)


class LazyCombo(QComboBox):
    """A combo box whose long list of choices (the countries) is added when it is first needed:
    when it takes the focus, opens, is typed into or turned with the wheel, or when code asks
    for its entries, or earlier by ``fill_now`` (in idle time). Until then it holds what it
    shows (the current answer), so a page with it is ready sooner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill: Callable[[], None] | None = None

    def fill_later(self, fill: Callable[[], None]) -> None:
        """``fill`` adds the rest of the choices; called once, before the list is used."""
        self._fill = fill

    @property
    def filled(self) -> bool:
        return self._fill is None

    def fill_now(self) -> None:
        fill, self._fill = self._fill, None
        if fill is None:
            return
        fill()
        # As wide as its longest choice, as when the list is there from the start.
        policy = self.sizeAdjustPolicy()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizeAdjustPolicy(policy)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill_now()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.fill_now()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.fill_now()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.fill_now()
        super().wheelEvent(event)

    # Asked from Python (an "Answer this" link, a test): the whole list.
    def count(self) -> int:
        self.fill_now()
        return super().count()

    def findData(self, *args: Any, **kwargs: Any) -> int:
        self.fill_now()
        return super().findData(*args, **kwargs)

    def findText(self, *args: Any, **kwargs: Any) -> int:
        self.fill_now()
        return super().findText(*args, **kwargs)

    def itemText(self, index: int) -> str:
        self.fill_now()
        return super().itemText(index)

    def itemData(self, *args: Any, **kwargs: Any) -> Any:
        self.fill_now()
        return super().itemData(*args, **kwargs)


class ComboBinding(QObject):
    """A combo box of (json value, label) choices bound to one answer; None = not answered.
    ``choices`` as a function, in a LazyCombo: listed when the combo is first used (at once
    when the answer is given already)."""

    def __init__(
        self,
        session: ProfileSession,
        combo: QComboBox,
        path: str,
        message: FieldMessage,
        choices: Choices | Callable[[], Choices],
    ) -> None:
        super().__init__(combo)
        self.session, self.combo, self.path, self.message = session, combo, path, message
        combo.addItem(translate("Fields", "Not answered yet"), None)
        current = session.value(path)
        if callable(choices) and isinstance(combo, LazyCombo) and current is None:
            combo.fill_later(lambda: self._add(choices()))
        else:
            self._add(choices() if callable(choices) else choices)
        combo.currentIndexChanged.connect(self._chosen)
        session.changed.connect(self.refresh)
        self.refresh()

    def _add(self, choices: Choices) -> None:
        combo = self.combo
        for value, label in choices:
            combo.addItem(label, value)
        current = self.session.value(self.path)
        for i in range(QComboBox.count(combo)):  # not LazyCombo.count: called as it fills
            if QComboBox.itemData(combo, i) == current:
                combo.setCurrentIndex(i)

    def _chosen(self, index: int) -> None:
        self.session.set_answer(self.path, self.combo.itemData(index), save_now=True)

    def refresh(self) -> None:
        self.message.show_messages(self.session.problems_at(self.path))


def yes_no_choices() -> list[tuple[Any, str]]:
    return [(True, translate("Fields", "Yes")), (False, translate("Fields", "No"))]


class FormBuilder:
    """Adds labelled, bound fields to a form: label with mnemonic and buddy, the widget, and the
    field's message under it. Keeps the bindings alive."""

    def __init__(
        self,
        session: ProfileSession,
        form: QFormLayout,
        registry: dict[str, QWidget] | None = None,
    ) -> None:
        """``registry``: the page's own path → widget map, which each field is added to (the
        page focuses the first empty one, and "Answer this" finds its field there)."""
        self.session = session
        self.form = form
        self.bindings: dict[str, QObject] = {}
        self.widgets: dict[str, QWidget] = registry if registry is not None else {}
        self.hints: dict[str, QLabel] = {}  # a field's help text, for pages that reword it
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def _row(self, label: str, widget: QWidget, path: str, help_text: str = "") -> FieldMessage:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QLineEdit):
            column.addWidget(widget)
        else:  # a combo keeps its size, while its hint and message use the row's full width
            line = QHBoxLayout()
            line.addWidget(widget)
            line.addStretch(1)
            column.addLayout(line)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if help_text:
            hint = QLabel(help_text)
            hint.setWordWrap(True)
            hint.setObjectName("fieldHint")
            column.addWidget(hint)
            self.hints[path] = hint
        message = FieldMessage()
        column.addWidget(message)
        label_widget = QLabel(label)
        label_widget.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        if help_text:
            widget.setAccessibleDescription(help_text)
        self.form.addRow(label_widget, holder)
        self.widgets[path] = widget
        return message

    def line_edit(
        self,
        label: str,
        path: str,
        kind: TextKind = "text",
        *,
        placeholder: str = "",
        help_text: str = "",
        empty_means_none: bool = True,
    ) -> QLineEdit:
        edit = QLineEdit()
        if placeholder:
            edit.setPlaceholderText(placeholder)
        message = self._row(label, edit, path, help_text)
        self.bindings[path] = LineEditBinding(
            self.session, edit, path, message, kind, empty_means_none
        )
        return edit

    def combo(
        self,
        label: str,
        path: str,
        choices: Choices | Callable[[], Choices],
        *,
        help_text: str = "",
    ) -> QComboBox:
        """``choices`` as a function: a long list, listed when the combo is first used."""
        combo = LazyCombo() if callable(choices) else QComboBox()
        message = self._row(label, combo, path, help_text)
        self.bindings[path] = ComboBinding(self.session, combo, path, message, choices)
        return combo
