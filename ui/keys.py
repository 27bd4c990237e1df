"""Keys that behave: Alt+letter is a mnemonic and never types its letter into a field.

A mnemonic whose button is disabled (Alt+N while Next waits for a name) is not taken by any
control, and a line edit would then insert the letter: a profile once got the name "n". On macOS
Option+letter types real characters (å, ø), so there nothing is held back."""

from __future__ import annotations

import sys

from ui.qt import (
    QApplication,
    QEvent,
    QKeyEvent,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    Qt,
    QTextEdit,
    QWidget,
    Slot,
)

_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit)


class AltTypingGuard(QObject):
    """Swallows Alt+printable key presses in the text fields of one window.

    The filter goes on each text field as it gains focus (fields are created as the user adds
    OET sittings), so no application-wide filter runs on every event."""

    def __init__(self, window: QWidget) -> None:
        # No Python reference back to the window (its Qt parent): a cycle through a Qt parent
        # made the garbage collector crash the process (seen in the test suite).
        super().__init__(window)
        self.active = sys.platform != "darwin"
        app = QApplication.instance()
        if self.active and isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    @Slot(QWidget, QWidget)  # a real slot: Qt drops the connection when the guard is deleted
    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, _TEXT_INPUTS) and new.window() is self.parent():
            self.guard(new)

    def guard(self, widget: QWidget) -> None:
        widget.removeEventFilter(self)  # installed once, however often it gains focus
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return is_alt_typing(event)
        return False


def is_alt_typing(event: QKeyEvent) -> bool:
    """Alt (without Ctrl or Meta, so AltGr's Ctrl+Alt still types) with a printable text."""
    modifiers = event.modifiers()
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    other = modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
    text = event.text()
    return alt and not other and bool(text) and text.isprintable()
