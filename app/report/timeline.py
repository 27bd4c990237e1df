"""The plan's page in the PDF: a compact bar picture of the dated steps, then the same steps as
a dated table (date, step, status, source)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table

from app.i18n import _, pgettext
from app.plan import STATUS_LABELS, Plan, PlanStep, StepKind, StepStatus
from app.report.flowables import ACCENT, INK, MUTED, RULE, draw_text, draw_words
from app.report.fonts import Script, font_name
from app.report.text import Shaper, Span, line_width

if TYPE_CHECKING:
    from app.report.document import StoryBuilder

STEP_TINTS: dict[StepStatus, Color] = {
    StepStatus.DONE: Color(0.10, 0.42, 0.24),
    StepStatus.OPEN: Color(0.12, 0.32, 0.60),
    StepStatus.LATE: Color(0.64, 0.13, 0.13),
    StepStatus.NOT_PUBLISHED: Color(0.40, 0.42, 0.46),
}
TODAY_TINT = Color(0.85, 0.45, 0.05)
WHITE = Color(1, 1, 1)


class TimelineBar(Flowable):
    """A line from the first to the last dated step: a tick per step (a filled dot for a task,
    a diamond for a date of the cycle; hollow when the date is an estimate), today's marker,
    and the year boundaries. Status is also in the table below: the picture only helps.

    With a right-to-left shaper the picture is mirrored: time runs from right to left."""

    HEIGHT = 84.0
    CALLOUT_CHARS = 34

    def __init__(self, plan: Plan, width: float, shaper: Shaper | None = None) -> None:
        super().__init__()
        self.plan = plan
        self.width = width
        self.shaper = shaper
        self.rtl = shaper is not None and shaper.rtl
        self.dated = [s for s in plan.steps if s.date is not None]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.HEIGHT

    def _span(self) -> tuple[dt.date, dt.date]:
        days = [s.date for s in self.dated if s.date is not None] + [self.plan.as_of]
        first, last = min(days), max(days)
        if first == last:
            last = first + dt.timedelta(days=1)
        return first, last

    def x_of(self, day: dt.date) -> float:
        first, last = self._span()
        inset = 8.0
        share = (day - first).days / max((last - first).days, 1)
        x = inset + share * (self.width - 2 * inset)
        return self.width - x if self.rtl else x

    def draw(self) -> None:
        c = self.canv
        y = 26.0
        regular = font_name(Script.LATIN, "regular")
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(1.2)
        c.line(self.x_of(self._span()[0]), y, self.x_of(self._span()[1]), y)
        first, last = self._span()
        c.setFont(regular, 7)
        c.setFillColor(MUTED)
        for year in range(first.year + 1, last.year + 1):  # year boundaries, labelled
            x = self.x_of(dt.date(year, 1, 1))
            c.setStrokeColor(RULE)
            c.line(x, y - 6, x, y + 6)
            c.drawCentredString(x, y - 16, str(year))
        for step in self.dated:
            assert step.date is not None
            self._mark(step, self.x_of(step.date), y)
        today = self.x_of(self.plan.as_of)
        c.setStrokeColor(TODAY_TINT)
        c.setLineWidth(1.4)
        c.line(today, y - 12, today, y + 12)
        c.setFillColor(TODAY_TINT)
        c.setFont(font_name(Script.LATIN, "bold"), 7)
        # Translators: the marker of today's date on the plan's time line.
        today_word = pgettext("timeline", "Today")
        if self.rtl and self.shaper is not None:
            draw_text(c, self.shaper, today_word, today - 3, y - 14, 7, "bold", right=True)
        else:
            c.drawString(today + 3, y - 14, today_word)
        self._callouts(y)
        c.restoreState()

    def _callouts(self, y: float) -> None:
        """The next three deadlines named above the line, staggered so they never overlap."""
        c = self.canv
        font = font_name(Script.LATIN, "regular")
        c.setFont(font, 7)
        placed = []
        for level, step in enumerate(self.plan.upcoming(3)):
            assert step.date is not None
            x = self.x_of(step.date)
            top = y + 14 + level * 15
            title = step.title
            if len(title) > self.CALLOUT_CHARS:
                title = title[: self.CALLOUT_CHARS - 1].rstrip() + "…"
            label = f"{title} · {step.date_text}"
            if self.rtl and self.shaper is not None:
                width = line_width(self.shaper.words([Span(label)], 7))
                left = max(min(x + 2, self.width), width) - width
            else:
                width = c.stringWidth(label, font, 7)
                left = min(max(x - 2, 0.0), self.width - width)
            placed.append((x, top, label, left, width))
            c.setStrokeColor(MUTED)
            c.setLineWidth(0.4)
            c.line(x, y + 4, x, top - 2)
        for _x, top, label, left, width in placed:  # on a white ground over the leaders
            c.setFillColor(WHITE)
            c.rect(left - 1, top - 2, width + 2, 9, stroke=0, fill=1)
            c.setFillColor(INK)
            if self.rtl and self.shaper is not None:
                words = self.shaper.words([Span(label)], 7)
                draw_words(c, self.shaper, words, left, top, 7)
            else:
                c.drawString(left, top, label)

    def _mark(self, step: PlanStep, x: float, y: float) -> None:
        c = self.canv
        tint = STEP_TINTS[step.status]
        c.setStrokeColor(tint)
        c.setFillColor(tint)
        c.setLineWidth(1.0)
        fill = 0 if step.estimate else 1
        if step.kind is StepKind.MILESTONE:
            size = 3.6
            path = c.beginPath()
            path.moveTo(x, y + size)
            path.lineTo(x + size, y)
            path.lineTo(x, y - size)
            path.lineTo(x - size, y)
            path.close()
            c.drawPath(path, stroke=1, fill=fill)
        else:
            c.circle(x, y, 2.8, stroke=1, fill=fill)


def timeline_flowables(builder: StoryBuilder, plan: Plan) -> list[Flowable]:
    """The plan's page: heading, a line of explanation, the bar picture, the dated table."""
    if not plan.steps:
        return []
    title = _("Your plan to the {year} Match").format(year=plan.target_match_year)
    heading = builder.para([Span(title, "bold")], 14, ACCENT, 3, 18)
    intro = builder.para(
        _(
            "Each open requirement with the latest safe date to finish it, beside the dates of "
            "the Match cycle. Dates marked “estimate” are not yet published."
        ),
        9,
        MUTED,
        8,
    )
    flowables: list[Flowable] = [heading, intro]
    if plan.late:
        late = "; ".join(s.title for s in plan.late)
        flowables.append(builder.para([Span(_("Late: "), "bold"), Span(late)], 9.5, INK, 2))
        if plan.next_realistic_match:
            flowables.append(
                builder.para(
                    _("The next Match you can still make: {year}.").format(
                        year=plan.next_realistic_match
                    ),
                    9.5,
                    INK,
                    6,
                )
            )
    opening = [
        *flowables,
        TimelineBar(plan, builder.width, builder.shaper),
        builder.para(
            _(
                "◆ a date of the cycle  ·  ● something to have done by then  ·  hollow: an "
                "estimate  ·  orange line: today  ·  named: the next three deadlines"
            ),
            7.5,
            MUTED,
            8,
        ),
    ]
    # The page starts afresh; heading, picture and legend stay together, the table may split.
    return [PageBreak(), KeepTogether(opening), _steps_table(builder, plan)]


def _steps_table(builder: StoryBuilder, plan: Plan) -> Table:
    header = [
        builder.para([Span(_("Date"), "bold")], 8.5, MUTED),
        builder.para([Span(_("Step"), "bold")], 8.5, MUTED),
        builder.para([Span(_("Status"), "bold")], 8.5, MUTED),
    ]
    rows: list[list[Any]] = [header]
    for step in plan.steps:
        kind = _("Source: ") if step.kind is StepKind.TASK else _("Match cycle · Source: ")
        body: list[Flowable] = [builder.para([Span(step.title, "bold")], 9, space_after=1)]
        detail = step.note if step.kind is StepKind.TASK else ""
        if detail:
            body.append(builder.para(detail, 8, MUTED, 1))
        source = builder.para([Span(kind), Span(builder.ltr(step.source))], 7, MUTED)
        source.link = step.source
        body.append(source)
        rows.append(
            [
                builder.para(step.date_text, 8.5),
                body,
                builder.para(
                    [Span(STATUS_LABELS[step.status], "bold")], 8.5, STEP_TINTS[step.status]
                ),
            ]
        )
    date_width, status_width = 118.0, 86.0
    return builder.table(
        rows,
        [date_width, builder.width - date_width - status_width, status_width],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ],
        repeatRows=1,
        hAlign="LEFT",
    )
