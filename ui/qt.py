"""The one module that imports PySide6 names: every other ui/ module imports Qt from here."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import PySide6.QtCore  # loads Qt's core library; the names come lazily


def _find_pyside_users_quickly() -> None:
    """PySide6 (6.1 on) asks, of every module imported after it, whether its source holds the
    word "PySide6" (for ``from __feature__ import ...``), through ``inspect.getsource``, and
    linecache then keeps every source. At start that was 339 modules, 47 ms of CPU and 20 MB
    of memory (SQLAlchemy, the store and the core are imported after Qt: they cannot come
    before it without delaying the first window). The same question answered from the file's
    bytes costs 14 ms and keeps nothing (tests/test_ui_import_hook.py checks the answers)."""
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    asks_source = getattr(feature, "_mod_uses_pyside", None)
    if asks_source is None or getattr(asks_source, "reads_bytes", False):
        return  # another PySide6, or done already

    import os

    # The standard library and the Qt-free core (app/, which never names PySide6: the import
    # hook test checks it module by module) are answered without opening their files.
    stdlib = os.path.dirname(os.__file__) + os.sep
    core = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "app")

    def uses_pyside(module: object) -> bool:
        spec = getattr(module, "__spec__", None)
        origin = getattr(spec, "origin", None)
        if isinstance(origin, str) and (
            origin.startswith(core + os.sep)
            or (origin.startswith(stdlib) and "-packages" not in origin[len(stdlib) :])
        ):
            return False
        if isinstance(origin, str) and origin.endswith(".py"):
            try:
                with open(origin, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(asks_source(module))  # no source file of its own: PySide6's own way

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    uses_pyside.asks_source = asks_source  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_find_pyside_users_quickly()

if TYPE_CHECKING:  # for type checkers and editors: the names as they really are
    from PySide6.QtCore import (
        QAbstractTableModel,
        QByteArray,
        QCoreApplication,
        QElapsedTimer,
        QEvent,
        QItemSelection,
        QItemSelectionModel,
        QLibraryInfo,
        QLocale,
        QModelIndex,
        QObject,
        QPersistentModelIndex,
        QPoint,
        QPointF,
        QProcess,
        QRectF,
        QRegularExpression,
        QRunnable,
        QSettings,
        QSize,
        QSizeF,
        QSortFilterProxyModel,
        Qt,
        QThreadPool,
        QTimer,
        QTranslator,
        QUrl,
        Signal,
        Slot,
    )
    from PySide6.QtGui import (
        QAction,
        QActionGroup,
        QCloseEvent,
        QColor,
        QDesktopServices,
        QFocusEvent,
        QFont,
        QGuiApplication,
        QIcon,
        QImage,
        QKeyEvent,
        QKeySequence,
        QPainter,
        QPaintEvent,
        QPalette,
        QPen,
        QPixmap,
        QPolygonF,
        QRegularExpressionValidator,
        QResizeEvent,
        QShortcut,
        QShowEvent,
        QStandardItem,
        QStandardItemModel,
        QWheelEvent,
    )
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QBoxLayout,
        QButtonGroup,
        QCheckBox,
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QFileDialog,
        QFormLayout,
        QFrame,
        QGridLayout,
        QGroupBox,
        QHBoxLayout,
        QHeaderView,
        QInputDialog,
        QLabel,
        QLineEdit,
        QListView,
        QListWidget,
        QListWidgetItem,
        QMenu,
        QMessageBox,
        QPlainTextEdit,
        QProgressBar,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QSizePolicy,
        QStackedWidget,
        QStyle,
        QStyledItemDelegate,
        QStyleOptionViewItem,
        QTableView,
        QTextBrowser,
        QTextEdit,
        QToolButton,
        QVBoxLayout,
        QWidget,
        QWizard,
        QWizardPage,
    )

# Which Qt module holds each name used in ui/. Classes are looked up on first use: PySide6
# builds a class's Python type when it is first touched, and touching every one of them at
# start-up costs more than the whole bare window (measured: 80 ms of 180 ms).
_NAMES: dict[str, tuple[str, ...]] = {
    "QtCore": (
        "QAbstractTableModel",
        "QByteArray",
        "QCoreApplication",
        "QElapsedTimer",
        "QEvent",
        "QItemSelection",
        "QItemSelectionModel",
        "QModelIndex",
        "QObject",
        "QPersistentModelIndex",
        "QPoint",
        "QPointF",
        "QRectF",
        "QRegularExpression",
        "QRunnable",
        "QSize",
        "QSizeF",
        "QSortFilterProxyModel",
        "Qt",
        "QThreadPool",
        "QTimer",
        "QUrl",
        "Signal",
        "Slot",
        "QLibraryInfo",
        "QLocale",
        "QProcess",
        "QSettings",
        "QTranslator",
    ),
    "QtGui": (
        "QAction",
        "QCloseEvent",
        "QColor",
        "QDesktopServices",
        "QFont",
        "QGuiApplication",
        "QIcon",
        "QImage",
        "QKeyEvent",
        "QKeySequence",
        "QPainter",
        "QPaintEvent",
        "QPalette",
        "QPen",
        "QPolygonF",
        "QPixmap",
        "QRegularExpressionValidator",
        "QResizeEvent",
        "QShortcut",
        "QShowEvent",
    "QStandardItem",
    "QStandardItemModel",
        "QActionGroup",
        "QFocusEvent",
        "QStandardItem",
        "QStandardItemModel",
        "QWheelEvent",
    ),
    "QtWidgets": (
        "QAbstractButton",
        "QAbstractItemView",
        "QBoxLayout",
        "QApplication",
        "QButtonGroup",
        "QCheckBox",
        "QComboBox",
        "QDialog",
        "QDialogButtonBox",
        "QFileDialog",
        "QFormLayout",
        "QFrame",
        "QGridLayout",
        "QGroupBox",
        "QHBoxLayout",
        "QHeaderView",
        "QInputDialog",
        "QLabel",
        "QLineEdit",
        "QListWidget",
        "QListWidgetItem",
        "QListView",
        "QMenu",
        "QMessageBox",
        "QPlainTextEdit",
        "QProgressBar",
        "QPushButton",
        "QRadioButton",
        "QScrollArea",
        "QSizePolicy",
        "QStackedWidget",
        "QStyle",
        "QStyledItemDelegate",
        "QStyleOptionViewItem",
        "QTableView",
        "QTextBrowser",
        "QTextEdit",
        "QToolButton",
        "QVBoxLayout",
        "QWidget",
        "QWizard",
        "QWizardPage",
    ),
}
_MODULE_OF = {name: module for module, names in _NAMES.items() for name in names}


def __getattr__(name: str) -> object:
    module_name = _MODULE_OF.get(name)
    if module_name is None:
        raise AttributeError(f"module 'ui.qt' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"PySide6.{module_name}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a visible string outside a QObject method (inside one, use ``self.tr``).

    Write the context and the text as literals, ``translate("Dashboard", "What to do next")``
    (``translate("Dashboard", "%n items", "", count)`` for a counted one): pyside6-lupdate reads
    the call by its name, so a variable or another wrapper would leave the text out of the
    catalog. Never call it as ``qt.translate`` or ``QCoreApplication.translate`` in a method that
    also calls ``self.tr``: lupdate then files the ``self.tr`` strings under a wrong context."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalog under ``context`` without translating it (a module-level
    table); translate it where it is shown: ``translate(context, TABLE[key])``."""
    return text


__all__ = [
    "QT_TRANSLATE_NOOP",
    "QAbstractButton",
    "QAbstractItemView",
    "QAbstractTableModel",
    "QAction",
    "QActionGroup",
    "QApplication",
    "QBoxLayout",
    "QButtonGroup",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QElapsedTimer",
    "QEvent",
    "QFileDialog",
    "QFocusEvent",
    "QFont",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QImage",
    "QInputDialog",
    "QItemSelection",
    "QItemSelectionModel",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QListView",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMenu",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPaintEvent",
    "QPainter",
    "QPalette",
    "QPen",
    "QPersistentModelIndex",
    "QPixmap",
    "QPlainTextEdit",
    "QPoint",
    "QPointF",
    "QPolygonF",
    "QProcess",
    "QProgressBar",
    "QPushButton",
    "QRadioButton",
    "QRectF",
    "QRegularExpression",
    "QRegularExpressionValidator",
    "QResizeEvent",
    "QRunnable",
    "QScrollArea",
    "QSettings",
    "QShortcut",
    "QShowEvent",
    "QSize",
    "QSizeF",
    "QSizePolicy",
    "QSortFilterProxyModel",
    "QStackedWidget",
    "QStandardItem",
    "QStandardItemModel",
    "QStyle",
    "QStyleOptionViewItem",
    "QStyledItemDelegate",
    "QTableView",
    "QTextBrowser",
    "QTextEdit",
    "QThreadPool",
    "QTimer",
    "QToolButton",
    "QTranslator",
    "QUrl",
    "QVBoxLayout",
    "QWheelEvent",
    "QWidget",
    "QWizard",
    "QWizardPage",
    "Qt",
    "Signal",
    "Slot",
    "translate",
]


def pdf_document_class() -> type:
    """QtPdf's QPdfDocument, imported on first use so start-up does not pay for it."""
    from PySide6.QtPdf import QPdfDocument

    return QPdfDocument


def print_support() -> object:
    """The QtPrintSupport module (QPrinter, QPrintDialog), imported on first use."""
    from PySide6 import QtPrintSupport

    return QtPrintSupport


def is_alive(obj: object) -> bool:
    """False once the Qt object behind a Python wrapper has been deleted (a closed window's
    widgets after deleteLater): a late callback must then leave it alone."""
    import shiboken6

    return bool(shiboken6.isValid(obj))


def qt_version() -> str:
    """The version of the Qt libraries in use (for the About box and bug reports)."""
    from PySide6.QtCore import qVersion

    return str(qVersion())


def pyside_translations_dir() -> str:
    """PySide6's own folder of Qt's catalogs (``qtbase_es.qm``...): where a frozen bundle keeps
    them, whatever Qt's configured translations path says."""
    from pathlib import Path

    return str(Path(PySide6.QtCore.__file__).resolve().parent / "Qt" / "translations")
