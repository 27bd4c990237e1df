"""Writing the checklist PDF: page frame, "page N of M", metadata, and an atomic file write."""

from __future__ import annotations

import dataclasses
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
from app.i18n import _, format_date, language, pgettext
from app.plan import Plan
from app.profile import Profile
from app.report.document import GUIDANCE_NOTICE, StoryBuilder, long_date
from app.report.flowables import MUTED, RULE, draw_line, draw_text, draw_words
from app.report.fonts import Script, font_name
from app.report.pages import page_counting_canvas
from app.report.paper import PAPERS, Paper, default_paper
from app.report.text import Shaper, Span, Word, break_lines, printable, visual_order

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
        raise ReportError(
            _("paper must be one of {papers}, not {paper}").format(
                papers=", ".join(PAPERS), paper=repr(chosen)
            )
        )
    _check_target(path)
    report(5, _("Preparing fonts"))
    data = render_checklist_pdf(profile, checklist, chosen, report, plan)
    _write_atomically(path, data, report)
    report(100, pgettext("progress", "Done"))
    return path


def render_checklist_pdf(
    profile: Profile,
    checklist: Checklist,
    paper: Paper = "a4",
    progress: Progress | None = None,
    plan: Plan | None = None,
) -> bytes:
    """The checklist PDF as bytes (nothing touches the disk); with ``plan``, a timeline page
    after the checklist. In the language in use (right to left for Arabic)."""
    report = progress or (lambda _percent, _message: None)
    page_size = PAGE_SIZES[paper]
    with _build_lock:
        shaper = Shaper()
        buffer = io.BytesIO()
        name = printable(profile.applicant.full_name or "").strip()
        heading = _("ECFMG readiness checklist")
        document = SimpleDocTemplate(
            buffer,
            pagesize=page_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{heading} – {_cut(name, TITLE_NAME_CHARS)}" if name else heading,
            author="IMG Readiness",
            subject=_(
                "Guidance on ECFMG Certification as of {date}, rules dated {rules_date}"
            ).format(
                date=format_date(checklist.as_of), rules_date=format_date(checklist.rules_updated)
            ),
            creator=f"IMG Readiness {__version__}",
            producer="IMG Readiness (ReportLab)",
            lang=language(),
        )
        report(15, _("Laying out the checklist"))
        # The frame keeps 6 pt of padding on each side inside the margins.
        story = StoryBuilder(shaper, document.width - 12).story(profile, checklist, plan)
        footer = _PageFrame(shaper, checklist, name)
        document.build(story, canvasmaker=footer.canvas_class())
        report(80, _("Finishing the PDF"))
        return buffer.getvalue()


def draw_footer(
    canvas: Canvas, dated_line: str, page: int, pages: int, shaper: Shaper | None = None
) -> None:
    """Every page's foot: a rule, the guidance notice, the dates line and "Page N of M" (mirrored
    in a right-to-left document: the notice on the right, the page number on the left)."""
    width = canvas._pagesize[0]
    regular = font_name(Script.LATIN, "regular")
    bold = font_name(Script.LATIN, "bold")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    y_rule = MARGIN_BOTTOM - 20
    canvas.line(TEXT_X, y_rule, width - TEXT_X, y_rule)
    canvas.setFillColor(MUTED)
    page_line = _("Page {page} of {pages}").format(page=page, pages=pages)
    if shaper is not None and shaper.rtl:
        right = width - TEXT_X
        draw_text(canvas, shaper, _(GUIDANCE_NOTICE), right, y_rule - 11, 7.5, "bold", True)
        draw_text(canvas, shaper, dated_line, right, y_rule - 21, 7.5, right=True)
        draw_text(canvas, shaper, page_line, TEXT_X, y_rule - 11, 8, "bold")
        return
    canvas.setFont(bold, 7.5)
    canvas.drawString(TEXT_X, y_rule - 11, _(GUIDANCE_NOTICE))
    canvas.setFont(regular, 7.5)
    canvas.drawString(TEXT_X, y_rule - 21, dated_line)
    canvas.setFont(bold, 8)
    canvas.drawRightString(width - TEXT_X, y_rule - 11, page_line)


def header_words(shaper: Shaper, text: str) -> list[Word]:
    """The words of a running header's name, cut to one line with an ellipsis (laid out as
    part of a right-to-left line in a right-to-left document)."""
    base = 1 if shaper.rtl else None
    lines = break_lines(shaper.words([Span(text)], 8, base), 300.0)
    first = lines[0] if lines else []
    return first + (shaper.words([Span(" …")], 8, base) if len(lines) > 1 else [])


def draw_running_header(
    canvas: Canvas, shaper: Shaper, label: str, name_words: list[Word], y: float
) -> None:
    """The running header's "<label> · <name>" line and the rule under it (from the right in a
    right-to-left document)."""
    width = canvas._pagesize[0]
    if shaper.rtl:
        words = shaper.words([Span(label)], 8, base_level=1)
        if name_words:  # a space between the label's last word and the name
            space = canvas.stringWidth(" ", font_name(Script.LATIN, "regular"), 8)
            first = dataclasses.replace(name_words[0], space_before=space, space_level=1)
            words += [first, *name_words[1:]]
        draw_words(canvas, shaper, words, width - TEXT_X, y, 8, right=True)
    else:
        regular = font_name(Script.LATIN, "regular")
        canvas.setFont(regular, 8)
        canvas.drawString(TEXT_X, y, label)
        offset = TEXT_X + canvas.stringWidth(label, regular, 8)
        draw_line(canvas, visual_order(name_words, shaper), offset, y, 8)
    canvas.line(TEXT_X, y - 6, width - TEXT_X, y - 6)


class _PageFrame:
    """Draws the running header and the footer ("page N of M", the notice, the rules' date)."""

    def __init__(self, shaper: Shaper, checklist: Checklist, name: str) -> None:
        self.shaper = shaper
        self.rules_line = _("Rules dated {rules_date} · assessed {date}").format(
            rules_date=long_date(checklist.rules_updated), date=long_date(checklist.as_of)
        )
        # The running header has one line: a very long name is cut short with an ellipsis.
        self.name_words = header_words(shaper, name or _("Readiness checklist"))

    def decorate(self, canvas: Canvas, page: int, pages: int) -> None:
        height = canvas._pagesize[1]
        canvas.saveState()
        draw_footer(canvas, self.rules_line, page, pages, self.shaper)
        if page > 1:  # a running header, so a loose page still says whose it is
            y_head = height - MARGIN_TOP + 16
            label = _("ECFMG readiness checklist") + " · "
            draw_running_header(canvas, self.shaper, label, self.name_words, y_head)
        canvas.restoreState()

    def canvas_class(self) -> type[Canvas]:
        return page_counting_canvas(self.decorate)


def _check_target(path: Path) -> None:
    """Before any work: the folder exists, the name fits the file system, the target is not a
    folder or a device, and the folder can be written in."""
    from app.input_files import brief_path, output_problem

    problem = output_problem(path)
    if problem is not None:
        # output_problem() calls such a path "a folder" when nothing before that check stops it
        if path.name not in ("", ".", "..") and _is_folder(path):
            problem = _("{path} is a folder; give a file name such as checklist.pdf").format(
                path=brief_path(path)
            )
        raise ReportError(problem)
    folder = path.parent
    if not os.access(folder, os.W_OK):
        raise ReportError(
            _("cannot write in the folder {folder}: permission denied").format(
                folder=brief_path(folder)
            )
        )


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long for the file system, a loop of links
        return False


def _write_atomically(path: Path, data: bytes, report: Progress) -> None:
    try:
        write_atomically(path, data, before_replace=lambda: report(95, _("Saving the file")))
    except OSError as exc:
        if isinstance(exc, PermissionError) and path.exists():
            message = _(
                "cannot write {path}: {reason} (is it open in another program? close it and "
                "try again)"
            )
        else:
            message = _("cannot write {path}: {reason}")
        raise ReportError(message.format(path=path, reason=_reason(exc))) from None


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
