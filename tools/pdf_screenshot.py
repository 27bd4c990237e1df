"""`python -m tools.pdf_screenshot OUT_DIR`: write example checklists and render pages to PNG.

Writes ``checklist.pdf`` for a full example profile with ``checklist-page1.png`` and
``checklist-page2.png``, page 1 of the checklist for a name in each script
(``checklist-<script>-page1.png``) and ``names.png``, one sheet with every sample name and school.
Rendering uses QtPdf, so no system tool is needed; pages are flattened on white. The checklists
are judged on the bundled rules' own date, or on ``--as-of YYYY-MM-DD``.

``--lang es|ar|en`` writes them in that language (Arabic right to left) under names starting
``checklist-<lang>``; every page of the full example (Latin and Arabic names) is then rendered
with its plan's page (``checklist-<lang>-page<N>.png``, ``checklist-<lang>-arabic-page<N>.png``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def render_page(pdf: Path, page: int = 0, dpi: float = 110.0) -> QImage:
    """One page of a PDF as an RGB image on white (page counts from 0)."""
    _ = QGuiApplication.instance() or QGuiApplication([])
    document = QPdfDocument(None)
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_:
        raise RuntimeError(f"QtPdf cannot open {pdf}: {error}")
    if not 0 <= page < document.pageCount():
        raise IndexError(f"{pdf} has {document.pageCount()} pages, not {page + 1}")
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    rendered = document.render(page, size)
    flat = QImage(size, QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, rendered)
    painter.end()
    document.close()
    return flat


def write_names_sheet(path: Path) -> Path:
    """A one-page PDF listing every sample name and school, drawn by the checklist's text code."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from app.report.flowables import ScriptParagraph
    from app.report.fonts import Script, font_name
    from app.report.sample import SAMPLE_NAMES
    from app.report.text import Shaper, Span

    shaper = Shaper(rtl=False)  # a list of names, each in its own script: left to right
    rows = [
        [
            ScriptParagraph(script, shaper, 9),
            ScriptParagraph([Span(name, "bold")], shaper, 13, leading=21),
            ScriptParagraph(f"{school}, {city}", shaper, 10, leading=16),
        ]
        for script, (name, school, city, _country) in SAMPLE_NAMES.items()
    ]
    table = Table(rows, colWidths=[70, 170, 250])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), font_name(Script.LATIN)),
        ]
    )
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def write_language_pages(out: Path, lang: str, ruleset: Any, as_of: dt.date) -> list[Path]:
    """The full example's checklist and plan in the language in use, every page as a PNG;
    the Latin-script and the Arabic-script applicant (a name in the other direction)."""
    from app.engine.evaluate import evaluate
    from app.plan import plan
    from app.report import write_checklist_pdf
    from app.report.sample import sample_profile

    written: list[Path] = []
    for script in ("latin", "arabic"):
        profile = sample_profile(script)
        checklist = evaluate(profile, ruleset, as_of)
        steps = plan(profile, ruleset, as_of)
        stem = f"checklist-{lang}" if script == "latin" else f"checklist-{lang}-{script}"
        pdf = write_checklist_pdf(profile, checklist, out / f"{stem}.pdf", "a4", plan=steps)
        document = QPdfDocument()
        document.load(str(pdf))
        pages = document.pageCount()
        document.close()
        for page in range(pages):
            png = out / f"{stem}-page{page + 1}.png"
            render_page(pdf, page).save(str(png))
            written.append(png)
    return written


def main(argv: list[str] | None = None) -> int:
    from app.engine.evaluate import evaluate
    from app.i18n import LANGUAGES, set_language
    from app.report import write_checklist_pdf
    from app.report.sample import SAMPLE_NAMES, sample_profile
    from app.rules import load_ruleset

    parser = argparse.ArgumentParser(prog="python -m tools.pdf_screenshot")
    parser.add_argument("out_dir", type=Path, nargs="?", default=Path("build/screenshots"))
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=None)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    ruleset = load_ruleset()
    as_of = args.as_of or ruleset.updated
    written: list[Path] = []
    if args.lang is not None:
        set_language(args.lang)
        written += write_language_pages(out, args.lang, ruleset, as_of)
    for script in SAMPLE_NAMES:
        if args.lang is not None and script in ("latin", "arabic"):
            continue  # every page of these is written above
        profile = sample_profile(script)
        checklist = evaluate(profile, ruleset, as_of)
        stem = "checklist" if script == "latin" else f"checklist-{script}"
        if args.lang is not None:
            stem = f"checklist-{args.lang}-{script}"
        pdf = write_checklist_pdf(profile, checklist, out / f"{stem}.pdf", "a4")
        pages = (0, 1) if script == "latin" else (0,)
        for page in pages:
            png = out / f"{stem}-page{page + 1}.png"
            render_page(pdf, page).save(str(png))
            written.append(png)
    names = write_names_sheet(out / "names.pdf")
    render_page(names, 0, dpi=130).save(str(out / "names.png"))
    written.append(out / "names.png")
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
