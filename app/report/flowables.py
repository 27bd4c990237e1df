"""The platypus pieces of the checklist: script-aware paragraphs, checkboxes and status marks."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.checklist import Status
from app.report.fonts import Weight
from app.report.text import (
    Placed,
    Shaper,
    Span,
    Word,
    break_lines,
    line_width,
    paragraph_level,
    visual_order,
)

# The tallest paragraph drawn, in points (about a fifth of a page): text past it is cut with an
# ellipsis. reportlab cannot split a table row across pages, and a checklist row holds at most
# four paragraphs, so even a 3,000-character name or diploma title leaves every row shorter
# than a page (a LayoutError otherwise). Real answers take a few lines.
MAX_PARAGRAPH_HEIGHT = 150.0
ELLIPSIS = "…"

INK = Color(0.13, 0.15, 0.19)
MUTED = Color(0.36, 0.39, 0.45)
RULE = Color(0.78, 0.80, 0.84)
ACCENT = Color(0.12, 0.27, 0.45)

# Status shown by a drawn mark and a word; the tint only helps the eye, never carries the meaning.
STATUS_TINTS: dict[Status, Color] = {
    Status.MET: Color(0.10, 0.42, 0.24),
    Status.NOT_MET: Color(0.64, 0.13, 0.13),
    Status.PENDING: Color(0.12, 0.32, 0.60),
    Status.NEEDS_INFO: Color(0.55, 0.36, 0.02),
    Status.NOT_APPLICABLE: Color(0.40, 0.42, 0.46),
}


def draw_line(
    canvas: Canvas,
    placed: Sequence[Placed],
    x: float,
    baseline: float,
    size: float,
    color: Color | None = None,
) -> None:
    """Draw one laid-out line with its left edge at x, in the canvas's fill colour (or color)."""
    fake_bold = any(p.run.synthetic_bold for p in placed)
    if fake_bold:  # no bold face (CJK): fill and stroke the outlines instead
        canvas.saveState()
        canvas.setStrokeColor(color or canvas._fillColorObj)
        canvas.setLineWidth(size * 0.035)
    text = canvas.beginText(x, baseline)
    if color is not None:
        text.setFillColor(color)
    for piece in sorted(placed, key=lambda p: p.logical):
        text.setTextOrigin(x + piece.x, baseline)
        text.setFont(piece.run.font, size)
        if fake_bold:
            text.setTextRenderMode(2 if piece.run.synthetic_bold else 0)
        text.textOut(piece.run.glyphs)
    canvas.drawText(text)
    if fake_bold:
        canvas.restoreState()


def draw_words(
    canvas: Canvas,
    shaper: Shaper,
    words: Sequence[Word],
    x: float,
    baseline: float,
    size: float,
    right: bool = False,
) -> float:
    """Draw words as one line starting at x (ending at x when ``right``); returns its width."""
    width = line_width(words)
    left = x - width if right else x
    draw_line(canvas, visual_order(words, shaper), left, baseline, size)
    return width


def draw_text(
    canvas: Canvas,
    shaper: Shaper,
    text: str,
    x: float,
    baseline: float,
    size: float,
    weight: Weight = "regular",
    right: bool = False,
) -> float:
    """Draw a short text on one line in any script (see :func:`draw_words`)."""
    words = shaper.words([Span(text, weight)], size)
    return draw_words(canvas, shaper, words, x, baseline, size, right)


class ScriptParagraph(Flowable):
    """A paragraph that draws any script: wraps, splits across pages. Left-aligned; right-aligned
    in a right-to-left document (its shaper's ``rtl``)."""

    def __init__(
        self,
        spans: Sequence[Span] | str,
        shaper: Shaper,
        size: float = 9.5,
        leading: float | None = None,
        color: Color = INK,
        space_after: float = 0.0,
        words: list[Word] | None = None,
        link: str | None = None,
        max_height: float = MAX_PARAGRAPH_HEIGHT,
    ) -> None:
        super().__init__()
        self.max_height = max_height
        self.link = link  # an address the whole paragraph opens when clicked on screen
        if isinstance(spans, str):
            spans = [Span(spans)]
        self.shaper = shaper
        self.size = size
        self.leading = leading or size * 1.38
        self.color = color
        self.spaceAfter = space_after
        self._words = words if words is not None else shaper.words(spans, size)
        self._lines: list[list[Word]] = []
        self._avail = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        self._lines = self._layout(availWidth)
        self.width = max((line_width(line) for line in self._lines), default=0.0)
        self.height = len(self._lines) * self.leading
        return availWidth, self.height

    @property
    def max_lines(self) -> int:
        return max(1, int(self.max_height // self.leading))

    def _layout(self, width: float) -> list[list[Word]]:
        """The lines at this width: at most ``max_lines``, the last one ending in an ellipsis
        when the text was cut."""
        lines = break_lines(self._words, width)
        if len(lines) <= self.max_lines:
            return lines
        lines = lines[: self.max_lines]
        lines[-1] = self._ending_in_ellipsis(lines[-1], width)
        return lines

    def _ending_in_ellipsis(self, line: list[Word], width: float) -> list[Word]:
        last_run = line[-1].runs[-1] if line and line[-1].runs else None
        weight = last_run.weight if last_run is not None else "regular"
        base = paragraph_level(self._words) if self.shaper.rtl else None
        ellipsis = self.shaper.words([Span(ELLIPSIS, weight)], self.size, base)[0]
        kept = list(line)
        while kept and line_width([*kept, ellipsis]) > width:
            kept.pop()
        return [*kept, ellipsis]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int(availHeight // self.leading)
        if fit < 1 or fit >= len(lines):
            return []
        head_words = [w for line in lines[:fit] for w in line]
        tail_words = [w for line in lines[fit:] for w in line]
        return [self._with(head_words, 0.0), self._with(tail_words, self.spaceAfter)]

    def _with(self, words: list[Word], space_after: float) -> ScriptParagraph:
        return ScriptParagraph(
            [],
            self.shaper,
            self.size,
            self.leading,
            self.color,
            space_after,
            words=words,
            link=self.link,
            max_height=self.max_height,
        )

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.color)
        # Baseline sits a little above the bottom of each line box, leaving room for descenders.
        rtl = self.shaper.rtl
        for i, line in enumerate(self._lines):
            baseline = self.height - (i + 1) * self.leading + self.leading * 0.3
            x = self._avail - line_width(line) if rtl else 0.0
            draw_line(canvas, visual_order(line, self.shaper), x, baseline, self.size)
        if self.link and self._lines:
            left = self._avail - self.width if rtl else 0.0
            where = (left, 0, left + self.width, self.height)
            canvas.linkURL(self.link, where, relative=1, thickness=0)


class CheckBox(Flowable):
    """A printed box to tick by hand; met items come ticked, not-applicable ones struck through."""

    def __init__(self, status: Status, size: float = 11.0) -> None:
        super().__init__()
        self.status = status
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        c.rect(0, 0, s, s, stroke=1, fill=0)
        if self.status is Status.MET:
            _tick(c, 0, 0, s, INK)
        elif self.status is Status.NOT_APPLICABLE:
            c.line(s * 0.25, s * 0.5, s * 0.75, s * 0.5)


class StatusBadge(Flowable):
    """The status as a drawn mark followed by its word, e.g. ✓ Met, ✗ Not met (the mark on the
    right of the word in a right-to-left document)."""

    def __init__(self, status: Status, label: str, shaper: Shaper, size: float = 8.5) -> None:
        super().__init__()
        self.rtl = shaper.rtl
        self.status = status
        self.size = size
        self.mark = size * 1.15
        words = shaper.words([Span(label, "bold")], size)
        self._placed = visual_order(words, shaper)
        self.label_width = line_width(words)
        self.width = self.mark + size * 0.45 + self.label_width
        self.height = size * 1.45

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        tint = STATUS_TINTS[self.status]
        m = self.mark
        y = (self.height - m) / 2
        c.setStrokeColor(tint)
        c.setFillColor(tint)
        c.setLineWidth(1.0)
        mark_x = self.width - m if self.rtl else 0.0
        c.circle(mark_x + m / 2, y + m / 2, m / 2, stroke=1, fill=0)
        _status_mark(c, self.status, mark_x, y, m, tint)
        c.setFillColor(tint)
        baseline = (self.height - self.size) / 2 + self.size * 0.18
        label_x = 0.0 if self.rtl else m + self.size * 0.45
        draw_line(c, self._placed, label_x, baseline, self.size)


def _tick(c: Canvas, x: float, y: float, s: float, color: Color) -> None:
    c.setStrokeColor(color)
    c.setLineWidth(s * 0.12)
    c.setLineCap(1)
    c.setLineJoin(1)
    path = c.beginPath()
    path.moveTo(x + s * 0.24, y + s * 0.52)
    path.lineTo(x + s * 0.43, y + s * 0.30)
    path.lineTo(x + s * 0.77, y + s * 0.72)
    c.drawPath(path, stroke=1, fill=0)


def _status_mark(c: Canvas, status: Status, x: float, y: float, s: float, tint: Color) -> None:
    """A shape inside the circle that differs by status, so a grey print still tells them apart."""
    c.setLineCap(1)
    if status is Status.MET:
        _tick(c, x, y, s, tint)
    elif status is Status.NOT_MET:
        c.setLineWidth(s * 0.12)
        c.line(x + s * 0.32, y + s * 0.32, x + s * 0.68, y + s * 0.68)
        c.line(x + s * 0.32, y + s * 0.68, x + s * 0.68, y + s * 0.32)
    elif status is Status.PENDING:  # a clock's hands: under way
        c.setLineWidth(s * 0.1)
        c.line(x + s * 0.5, y + s * 0.5, x + s * 0.5, y + s * 0.78)
        c.line(x + s * 0.5, y + s * 0.5, x + s * 0.72, y + s * 0.5)
    elif status is Status.NEEDS_INFO:  # a question mark's dot and stroke
        c.setLineWidth(s * 0.1)
        path = c.beginPath()
        path.moveTo(x + s * 0.36, y + s * 0.62)
        path.curveTo(
            x + s * 0.36, y + s * 0.82, x + s * 0.66, y + s * 0.82, x + s * 0.64, y + s * 0.62
        )
        path.curveTo(x + s * 0.62, y + s * 0.5, x + s * 0.5, y + s * 0.5, x + s * 0.5, y + s * 0.4)
        c.drawPath(path, stroke=1, fill=0)
        c.circle(x + s * 0.5, y + s * 0.24, s * 0.05, stroke=0, fill=1)
    else:  # not applicable: a dash
        c.setLineWidth(s * 0.12)
        c.line(x + s * 0.3, y + s * 0.5, x + s * 0.7, y + s * 0.5)
