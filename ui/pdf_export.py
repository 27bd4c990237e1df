"""Export the checklist PDF (native save dialog, on the worker), preview page 1 with QtPdf and
open it with the system viewer (printing: ui/printing.py)."""

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
    translate,
)

PREVIEW_WIDTH = 420


def file_stem(name: str | None) -> str:
    """A name fit for a file on every system: letters of any script, digits, "-" and "_"."""
    return re.sub(r"[^\w-]+", "-", (name or "").strip(), flags=re.UNICODE).strip("-")[:80]


def documents_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def suggested_pdf_path(name: str | None) -> str:
    safe = file_stem(name)
    filename = f"IMG-Readiness-checklist-{safe}.pdf" if safe else "IMG-Readiness-checklist.pdf"
    return str(documents_folder() / filename)


def ask_pdf_path(parent: QWidget, name: str | None) -> Path | None:
    """The native save dialog; None when the user cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("Export", "Save the checklist as PDF"),
        suggested_pdf_path(name),
        translate("Export", "PDF documents (*.pdf)"),
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


def open_with_system_viewer(path: Path) -> bool:
    """Hand the file to the system's PDF viewer; False when the system has none to offer."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
