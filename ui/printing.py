"""Printing the checklist from the PDF that was written, never from a picture of the screen.

The print dialog chooses the printer; then, on the worker, the PDF itself is handed over: copied
as it is for "Print to file", given to the system's print service (CUPS ``lp`` on Linux and
macOS, the PDF program's "print to" on Windows), so the paper gets the same vector text as the
file. Only where no print service is found are the pages drawn, at MAX_DRAWN_DPI at most."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ui.qt import (
    QColor,
    QImage,
    QPainter,
    QSize,
    QWidget,
    pdf_document_class,
    print_support,
    translate,
)

logger = logging.getLogger(__name__)

# Drawn pages (the last resort) are rendered at most this fine: sharp on paper, a few MB a page.
MAX_DRAWN_DPI = 4 * 72  # four dots to each PDF point
PRINT_SERVICE_TIMEOUT_S = 60


class PrintError(Exception):
    """Printing failed; the message says why in plain words."""


@dataclass(frozen=True)
class PrintChoice:
    """What the user chose in the print dialog."""

    printer_name: str
    copies: int
    to_file: Path | None  # "Print to file"
    printer: Any  # the QPrinter, for drawing the pages where no print service is found


def choose_printer(parent: QWidget) -> PrintChoice | None:
    """Qt's print dialog; None when the user cancels."""
    printing: Any = print_support()
    printer = printing.QPrinter(printing.QPrinter.PrinterMode.HighResolution)
    dialog = printing.QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Export", "Print the checklist"))
    if dialog.exec() != printing.QPrintDialog.DialogCode.Accepted:
        return None
    to_file = None
    if printer.outputFormat() == printing.QPrinter.OutputFormat.PdfFormat:
        to_file = Path(printer.outputFileName()) if printer.outputFileName() else None
    return PrintChoice(printer.printerName(), max(1, printer.copyCount()), to_file, printer)


def send_to_printer(choice: PrintChoice, pdf: Path, progress: Callable[[int, str], None]) -> str:
    """On the worker: print ``pdf`` as chosen; returns what to tell the user."""
    progress(10, translate("Export", "Sending the checklist to the printer…"))
    if choice.to_file is not None:
        try:
            shutil.copyfile(pdf, choice.to_file)
        except OSError as exc:
            raise PrintError(
                translate("Export", "The file could not be written: {why}").format(
                    why=exc.strerror or exc
                )
            ) from None
        return translate("Export", "Printed to {path}.").format(path=choice.to_file)
    lp = shutil.which("lp")
    if lp and choice.printer_name:
        _print_with_lp(lp, choice, pdf)
        return translate("Export", "Sent to {printer}.").format(printer=choice.printer_name)
    if sys.platform == "win32" and choice.printer_name:
        try:
            # The PDF program's own "print to" verb: the file's vector pages reach the printer.
            os.startfile(str(pdf), "printto", f'"{choice.printer_name}"')  # type: ignore[attr-defined,call-arg,unused-ignore]
            return translate("Export", "Sent to {printer}.").format(printer=choice.printer_name)
        except OSError:
            logger.info("No program prints PDF files here; drawing the pages instead")
    draw_pages(choice.printer, pdf, progress)
    return translate("Export", "Sent to {printer}.").format(
        printer=choice.printer_name or translate("Export", "the printer")
    )


def _print_with_lp(lp: str, choice: PrintChoice, pdf: Path) -> None:
    command = [lp, "-d", choice.printer_name, "-n", str(choice.copies), "-t", pdf.stem, "--"]
    try:
        done = subprocess.run(
            [*command, str(pdf)],
            capture_output=True,
            text=True,
            timeout=PRINT_SERVICE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(
            translate("Export", "The print service did not answer: {why}").format(why=exc)
        ) from None
    if done.returncode != 0:
        why = (done.stderr or done.stdout).strip() or f"lp exit code {done.returncode}"
        raise PrintError(
            translate("Export", "The printer refused the checklist: {why}").format(why=why)
        )


def draw_pages(printer: Any, pdf: Path, progress: Callable[[int, str], None]) -> None:
    """The last resort (no print service): each page drawn at up to MAX_DRAWN_DPI. QPainter
    may paint on a QPrinter from a worker thread."""
    document = pdf_document_class()()
    document.load(str(pdf))
    pages = document.pageCount()
    if pages < 1:
        raise PrintError(translate("Export", "The checklist file could not be read."))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise PrintError(translate("Export", "The printer could not be started."))
    try:
        target = painter.viewport()
        dpi = min(printer.resolution(), MAX_DRAWN_DPI)
        for index in range(pages):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            image = document.render(index, pixels)
            flat = QImage(image.size(), QImage.Format.Format_RGB32)
            flat.fill(QColor("white"))
            flat_painter = QPainter(flat)
            flat_painter.drawImage(0, 0, image)
            flat_painter.end()
            scale = min(target.width() / flat.width(), target.height() / flat.height())
            painter.save()
            painter.scale(scale, scale)
            painter.drawImage(0, 0, flat)
            painter.restore()
            progress(
                10 + 90 * (index + 1) // pages,
                translate("Export", "Printing page {n}…").format(n=index + 1),
            )
    finally:
        painter.end()
        document.close()
