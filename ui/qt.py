"""The one module that imports PySide6 names: every other ui/ module imports Qt from here."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import PySide6.QtCore  # noqa: F401  (loads Qt's core library; the names come lazily)

if TYPE_CHECKING:  # for type checkers and editors: the names as they really are
    from PySide6.QtCore import (
        QByteArray,
        QCoreApplication,
        QElapsedTimer,
        QEvent,
        QModelIndex,
        QObject,
        QPoint,
        QPointF,
        QRectF,
        QRegularExpression,
        QRunnable,
        QSize,
        QSizeF,
        Qt,
        QThreadPool,
        QTimer,
        QUrl,
        Signal,
        Slot,
    )
    from PySide6.QtGui import (
        QAction,
        QCloseEvent,
        QColor,
        QDesktopServices,
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
        QInputDialog,
        QLabel,
        QLineEdit,
        QListView,
        QListWidget,
        QListWidgetItem,
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
        "QByteArray",
        "QCoreApplication",
        "QElapsedTimer",
        "QEvent",
        "QModelIndex",
        "QObject",
        "QPoint",
        "QPointF",
        "QRectF",
        "QRegularExpression",
        "QRunnable",
        "QSize",
        "QSizeF",
        "Qt",
        "QThreadPool",
        "QTimer",
        "QUrl",
        "Signal",
        "Slot",
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
        "QInputDialog",
        "QLabel",
        "QLineEdit",
        "QListWidget",
        "QListWidgetItem",
        "QListView",
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


def tr(context: str, text: str) -> str:
    """Translate a visible string outside a QObject method (inside one, use self.tr)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


__all__ = [
    "QAbstractButton",
    "QAbstractItemView",
    "QAction",
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
    "QFont",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QIcon",
    "QImage",
    "QInputDialog",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLineEdit",
    "QListView",
    "QListWidget",
    "QListWidgetItem",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPaintEvent",
    "QPainter",
    "QPalette",
    "QPen",
    "QPixmap",
    "QPlainTextEdit",
    "QPoint",
    "QPointF",
    "QPolygonF",
    "QProgressBar",
    "QPushButton",
    "QRadioButton",
    "QRectF",
    "QRegularExpression",
    "QRegularExpressionValidator",
    "QResizeEvent",
    "QRunnable",
    "QScrollArea",
    "QShortcut",
    "QShowEvent",
    "QSize",
    "QSizeF",
    "QSizePolicy",
    "QStackedWidget",
    "QStyle",
    "QStyleOptionViewItem",
    "QStyledItemDelegate",
    "QTextBrowser",
    "QTextEdit",
    "QThreadPool",
    "QTimer",
    "QToolButton",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "QWizard",
    "QWizardPage",
    "Qt",
    "Signal",
    "Slot",
    "tr",
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
