"""An error nothing else caught (in a Qt slot, an event handler, a thread): it is written to the
log file with its traceback, and a calm dialog says what to do and where the log file is. In a
bundle without a terminal nothing vanishes silently any more.

Qt calls Python slots and event handlers from C++; PySide6 reports an exception raised there
through ``sys.excepthook``, so one hook covers them all.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

import ui.qt as qt
from ui.qt import QApplication, QObject, Signal, qt_version

if TYPE_CHECKING:
    from ui.crash_dialog import CrashDialog

logger = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def details_text(exc_info: ExcInfo) -> str:
    """What "Copy details" puts on the clipboard: versions, system, and the traceback."""
    import platform  # here: a start that never crashes need not import it

    from app import APP_NAME, __version__

    kind, value, tb = exc_info
    versions = (
        f"{APP_NAME} {__version__} · Python {platform.python_version()} · Qt {qt_version()} · "
        f"{platform.platform(terse=True)}"
    )
    return versions + "\n\n" + "".join(traceback.format_exception(kind, value, tb))


def _signature(exc_info: ExcInfo) -> tuple[str, str, int]:
    """The same error at the same place is told once: a failing paint would repeat forever."""
    kind, _value, tb = exc_info
    frames = traceback.extract_tb(tb)
    last = frames[-1] if frames else None
    return kind.__name__, last.filename if last else "", (last.lineno or 0) if last else 0


class CrashReporter(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook``: every uncaught error
    is logged; the first of each kind also shows a ``CrashDialog`` (on the main thread,
    after the failing call has returned, one dialog at a time)."""

    _crashed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self._told: set[tuple[str, str, int]] = set()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._crashed.connect(self._show_soon)  # queued when it comes from another thread

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self._previous_hook(kind, value, tb)
            return
        details = self.record((kind, value, tb))
        if details is None:
            return
        if QApplication.instance() is None:  # no window to tell it in: the terminal, if any
            if sys.stderr is not None:
                traceback.print_exception(kind, value, tb)
            return
        self._crashed.emit(details)

    def record(self, exc_info: ExcInfo) -> str | None:
        """Log the error with its traceback; its details to show, or None when the same error
        at the same place was told already."""
        logger.critical("An unexpected error was not handled", exc_info=exc_info)
        signature = _signature(exc_info)
        if signature in self._told:
            return None
        self._told.add(signature)
        return details_text(exc_info)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show_soon(self, details: str) -> None:
        # Never inside the call that failed (a paint event, a slot half-way): once it returned.
        qt.QTimer.singleShot(0, lambda: self.show_dialog(details))

    def show_dialog(self, details: str) -> CrashDialog | None:
        """Show the dialog, unless one is already open (the error is in the log either way)."""
        from app.logs import current_log_file
        from ui.crash_dialog import CrashDialog  # built only when needed: start-up stays light

        if self.dialog is not None and self.dialog.isVisible():
            return None
        parent = QApplication.activeWindow()
        dialog = CrashDialog(details, current_log_file(), parent)
        dialog.setAttribute(qt.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
