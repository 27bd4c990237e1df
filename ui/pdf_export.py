"""Export the checklist PDF (native save dialog, on the worker), preview page 1 with QtPdf,
open it with the system viewer and print it through Qt's print dialog."""

from __future__ import annotations

import re
from pathlib import Path

from ui.qt import (
    QColor,
    QDesktopServices,
    QFileDialog,
    QImage,
    QPainter,
    QSize,
    QUrl,
    QWidget,
    pdf_document_class,
    print_support,
    tr,
)

PREVIEW_WIDTH = 420


def suggested_pdf_path(name: str | None) -> str:
    safe = re.sub(r"[^\w-]+", "-", (name or "").strip(), flags=re.UNICODE).strip("-")
    filename = f"IMG-Readiness-checklist-{safe}.pdf" if safe else "IMG-Readiness-checklist.pdf"
    documents = Path.home() / "Documents"
    return str((documents if documents.is_dir() else Path.home()) / filename)


def ask_pdf_path(parent: QWidget, name: str | None) -> Path | None:
    """The native save dialog; None when the user cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Export", "Save the checklist as PDF"),
        suggested_pdf_path(name),
        tr("Export", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def render_first_page(path: Path, width: int = PREVIEW_WIDTH) -> QImage | None:
    """Page 1 as an image on white (QtPdf renders transparent pages), or None if unreadable."""
    document = pdf_document_class()()
    document.load(str(path))
    if document.pageCount() < 1:
        return None
    size = document.pagePointSize(0)
    height = round(width * size.height() / size.width()) if size.width() else width
    page = document.render(0, QSize(width, height))
    flat = QImage(page.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    return flat


def open_with_system_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_pdf(parent: QWidget, path: Path) -> bool:
    """Qt's print dialog, then every page drawn at the printer's resolution; False when the
    user cancels or the printer cannot start."""
    printing = print_support()
    printer = printing.QPrinter(printing.QPrinter.PrinterMode.HighResolution)
    dialog = printing.QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Export", "Print the checklist"))
    if dialog.exec() != printing.QPrintDialog.DialogCode.Accepted:
        return False
    document = pdf_document_class()()
    document.load(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    target = painter.viewport()
    for index in range(document.pageCount()):
        if index:
            printer.newPage()
        size = document.pagePointSize(index)
        scale = min(target.width() / size.width(), target.height() / size.height())
        image = document.render(
            index, QSize(round(size.width() * scale), round(size.height() * scale))
        )
        painter.drawImage(0, 0, image)
    painter.end()
    document.close()
    return True
