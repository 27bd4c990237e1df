"""Writing the checklist PDF: page frame, "page N of M", metadata, and an atomic file write."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from app import __version__
from app.atomic import write_atomically
from app.checklist import Checklist
from app.plan import Plan
from app.profile import Profile
from app.report.document import GUIDANCE_NOTICE, StoryBuilder, long_date
from app.report.flowables import MUTED, RULE, draw_line
from app.report.fonts import Script, font_name
from app.report.pages import page_counting_canvas
from app.report.paper import PAPERS, Paper, default_paper
from app.report.text import Shaper, Span, break_lines, printable, visual_order

Progress = Callable[[int, str], None]

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_X = 50.0
TEXT_X = MARGIN_X + 6.0  # where the frame's text starts
MARGIN_TOP = 46.0
MARGIN_BOTTOM = 58.0

# The document's title (its metadata) names the applicant, cut to this many characters.
TITLE_NAME_CHARS = 120

# reportlab's font objects are shared by the whole process: one document is laid out at a time.
_build_lock = threading.Lock()


class ReportError(Exception):
    """The checklist could not be written; the message says why in plain words."""


def write_checklist_pdf(
    profile: Profile,
    checklist: Checklist,
    path: Path,
    paper: Paper | None = None,
    progress: Progress | None = None,
    plan: Plan | None = None,
) -> Path:
    """Write the printable checklist to ``path`` and return it.

    The file appears whole or not at all: it is written to a temporary file in the same folder,
    then renamed over the target, so a failed export leaves an older file untouched. ``paper``
    None takes Letter or A4 from the user's locale. Safe to call from a worker thread; raises
    :class:`ReportError` with a plain message when the file cannot be written.
    """
    report = progress or (lambda _percent, _message: None)
    path = Path(path)
    chosen = paper or default_paper()
    if chosen not in PAPERS:
        raise ReportError(f"paper must be one of {', '.join(PAPERS)}, not {chosen!r}")
    _check_target(path)
    report(5, "Preparing fonts")
    data = render_checklist_pdf(profile, checklist, chosen, report, plan)
    _write_atomically(path, data, report)
    report(100, "Done")
    return path


def render_checklist_pdf(
    profile: Profile,
    checklist: Checklist,
    paper: Paper = "a4",
    progress: Progress | None = None,
    plan: Plan | None = None,
) -> bytes:
    """The checklist PDF as bytes (nothing touches the disk); with ``plan``, a timeline page
    after the checklist."""
    report = progress or (lambda _percent, _message: None)
    page_size = PAGE_SIZES[paper]
    with _build_lock:
        shaper = Shaper()
        buffer = io.BytesIO()
        name = printable(profile.applicant.full_name or "").strip()
        document = SimpleDocTemplate(
            buffer,
            pagesize=page_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"ECFMG readiness checklist – {_cut(name, TITLE_NAME_CHARS)}"
            if name
            else "ECFMG readiness checklist",
            author="IMG Readiness",
            subject=(
                f"Guidance on ECFMG Certification as of {checklist.as_of.isoformat()}, "
                f"rules dated {checklist.rules_updated.isoformat()}"
            ),
            creator=f"IMG Readiness {__version__}",
            producer="IMG Readiness (ReportLab)",
            lang="en",
        )
        report(15, "Laying out the checklist")
        # The frame keeps 6 pt of padding on each side inside the margins.
        story = StoryBuilder(shaper, document.width - 12).story(profile, checklist, plan)
        footer = _PageFrame(shaper, checklist, name)
        document.build(story, canvasmaker=footer.canvas_class())
        report(80, "Finishing the PDF")
        return buffer.getvalue()


def draw_footer(canvas: Canvas, dated_line: str, page: int, pages: int) -> None:
    """Every page's foot: a rule, the guidance notice, the dates line and "Page N of M"."""
    width = canvas._pagesize[0]
    regular = font_name(Script.LATIN, "regular")
    bold = font_name(Script.LATIN, "bold")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    y_rule = MARGIN_BOTTOM - 20
    canvas.line(TEXT_X, y_rule, width - TEXT_X, y_rule)
    canvas.setFillColor(MUTED)
    canvas.setFont(bold, 7.5)
    canvas.drawString(TEXT_X, y_rule - 11, GUIDANCE_NOTICE)
    canvas.setFont(regular, 7.5)
    canvas.drawString(TEXT_X, y_rule - 21, dated_line)
    canvas.setFont(bold, 8)
    canvas.drawRightString(width - TEXT_X, y_rule - 11, f"Page {page} of {pages}")


class _PageFrame:
    """Draws the running header and the footer ("page N of M", the notice, the rules' date)."""

    def __init__(self, shaper: Shaper, checklist: Checklist, name: str) -> None:
        self.shaper = shaper
        self.rules_line = (
            f"Rules dated {long_date(checklist.rules_updated)} · "
            f"assessed {long_date(checklist.as_of)}"
        )
        # The running header has one line: a very long name is cut short with an ellipsis.
        lines = break_lines(shaper.words([Span(name or "Readiness checklist")], 8), 300.0)
        first = lines[0] if lines else []
        self.name_words = first + (shaper.words([Span(" …")], 8) if len(lines) > 1 else [])

    def decorate(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        regular = font_name(Script.LATIN, "regular")
        canvas.saveState()
        draw_footer(canvas, self.rules_line, page, pages)
        if page > 1:  # a running header, so a loose page still says whose it is
            y_head = height - MARGIN_TOP + 16
            canvas.setFont(regular, 8)
            label = "ECFMG readiness checklist · "
            canvas.drawString(TEXT_X, y_head, label)
            offset = TEXT_X + canvas.stringWidth(label, regular, 8)
            draw_line(canvas, visual_order(self.name_words, self.shaper), offset, y_head, 8)
            canvas.line(TEXT_X, y_head - 6, width - TEXT_X, y_head - 6)
        canvas.restoreState()

    def canvas_class(self) -> type[Canvas]:
        return page_counting_canvas(self.decorate)


def _check_target(path: Path) -> None:
    """Before any work: the folder exists, the name fits the file system, the target is not a
    folder or a device, and the folder can be written in."""
    from app.input_files import brief_path, output_problem

    problem = output_problem(path)
    if problem is not None:
        if problem.endswith("is a folder; give a file name inside it"):
            problem = f"{brief_path(path)} is a folder; give a file name such as checklist.pdf"
        raise ReportError(problem)
    folder = path.parent
    if not os.access(folder, os.W_OK):
        raise ReportError(f"cannot write in the folder {brief_path(folder)}: permission denied")


def _write_atomically(path: Path, data: bytes, report: Progress) -> None:
    try:
        write_atomically(path, data, before_replace=lambda: report(95, "Saving the file"))
    except OSError as exc:
        hint = (
            " (is it open in another program? close it and try again)"
            if isinstance(exc, PermissionError) and path.exists()
            else ""
        )
        raise ReportError(f"cannot write {path}: {_reason(exc)}{hint}") from None


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
