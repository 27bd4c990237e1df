"""The plan to the Match on the review page: a timeline picture (today's marker, past steps done
or late, the next three deadlines named, estimates drawn hollow), the same steps as a list the
keyboard and a screen reader can walk, "Add to calendar…", and what if you aim a year later.

The plan itself comes from app.plan; this module only draws it.
"""

from __future__ import annotations

import datetime as dt
import logging
from html import escape
from pathlib import Path
from typing import Any

from app.i18n import _ as translated
from app.plan import STATUS_LABELS, Plan, PlanStep, StepKind, StepStatus
from ui import qt
from ui.qt import (
    QCheckBox,
    QColor,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPainter,
    QPaintEvent,
    QPen,
    QPointF,
    QPolygonF,
    QPushButton,
    QSize,
    QVBoxLayout,
    QWidget,
    translate,
)
from ui.verdicts import is_dark_palette, muted_colour

logger = logging.getLogger(__name__)

# Status is drawn by shape and named in the list beside it; the colour only helps the eye.
_LIGHT = {
    StepStatus.DONE: "#1a6b3d",
    StepStatus.OPEN: "#1f5299",
    StepStatus.LATE: "#a32121",
    StepStatus.NOT_PUBLISHED: "#666b75",
}
_DARK = {
    StepStatus.DONE: "#6fd39a",
    StepStatus.OPEN: "#8db8ff",
    StepStatus.LATE: "#ff8a8a",
    StepStatus.NOT_PUBLISHED: "#a9aeb8",
}
TODAY_COLOUR = "#d9730d"
CALLOUTS = 3
CALLOUT_CHARS = 30


def step_colour(status: StepStatus) -> str:
    return (_DARK if is_dark_palette() else _LIGHT)[status]


def step_line(step: PlanStep) -> str:
    """One step as a line of text: what the list shows and a screen reader says."""
    if step.kind is StepKind.MILESTONE:
        kind = translate("StepList", "Match cycle")
    else:
        kind = translate("StepList", "Your step")
    return f"{step.date_text} · {step.title} · {kind} · {translated(STATUS_LABELS[step.status])}"


class TimelineView(QWidget):
    """The plan drawn on one line from today to residency start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.setMinimumHeight(124)
        self.setAccessibleName(self.tr("Timeline of your plan"))

    def sizeHint(self) -> Any:
        return QSize(640, 120)

    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        upcoming = plan.upcoming(CALLOUTS) if plan else ()
        self.setAccessibleDescription(
            "; ".join(step_line(s) for s in upcoming) or self.tr("No dated steps")
        )
        self.update()

    def _dated(self) -> list[PlanStep]:
        return [s for s in self.plan.steps if s.date is not None] if self.plan else []

    def _span(self) -> tuple[dt.date, dt.date]:
        assert self.plan is not None
        days = [s.date for s in self._dated() if s.date is not None] + [self.plan.as_of]
        first, last = min(days), max(days)
        return first, max(last, first + dt.timedelta(days=1))

    def x_of(self, day: dt.date) -> float:
        first, last = self._span()
        inset = 14.0
        share = (day - first).days / max((last - first).days, 1)
        x = inset + share * (self.width() - 2 * inset)
        # Right to left (Arabic), time runs from the right edge, as the text reads.
        return self.width() - x if self.isRightToLeft() else x

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.plan or not self._dated():
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # The painter guesses each label's direction from its first letter: an Arabic label
            # that starts with "USMLE" would be laid out left to right and read scrambled.
            painter.setLayoutDirection(self.layoutDirection())
            self._draw(painter)
        finally:
            painter.end()

    def _draw(self, painter: Any) -> None:
        assert self.plan is not None
        line_y = self.height() - 44.0
        muted = QColor(muted_colour())
        painter.setPen(QPen(muted, 1.5))
        first, last = self._span()
        painter.drawLine(QPointF(self.x_of(first), line_y), QPointF(self.x_of(last), line_y))
        metrics = painter.fontMetrics()
        for year in range(first.year + 1, last.year + 1):
            x = self.x_of(dt.date(year, 1, 1))
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QPointF(x, line_y - 6), QPointF(x, line_y + 6))
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(str(year)) / 2, line_y + 20), str(year)
            )
        for step in self._dated():
            assert step.date is not None
            self._mark(painter, step, self.x_of(step.date), line_y)
        today = self.x_of(self.plan.as_of)
        painter.setPen(QPen(QColor(TODAY_COLOUR), 2))
        painter.drawLine(QPointF(today, line_y - 14), QPointF(today, line_y + 12))
        today_words = self.tr("Today")
        if self.isRightToLeft():
            today -= 8 + metrics.horizontalAdvance(today_words)
        painter.drawText(QPointF(today + 4, line_y + 36), today_words)
        self._callouts(painter, line_y)

    def _mark(self, painter: Any, step: PlanStep, x: float, y: float) -> None:
        colour = QColor(step_colour(step.status))
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(qt.Qt.BrushStyle.NoBrush if step.estimate else colour)
        if step.kind is StepKind.MILESTONE:
            size = 5.5
            diamond = QPolygonF(
                [
                    QPointF(x, y - size),
                    QPointF(x + size, y),
                    QPointF(x, y + size),
                    QPointF(x - size, y),
                ]
            )
            painter.drawPolygon(diamond)
        else:
            painter.drawEllipse(QPointF(x, y), 4.2, 4.2)
        if step.status is StepStatus.LATE:  # late is also a shape: a cross over the mark
            painter.drawLine(QPointF(x - 6, y - 6), QPointF(x + 6, y + 6))
            painter.drawLine(QPointF(x - 6, y + 6), QPointF(x + 6, y - 6))

    def _callouts(self, painter: Any, y: float) -> None:
        """The next deadlines named above the line, staggered so they never overlap."""
        assert self.plan is not None
        metrics = painter.fontMetrics()
        text_colour = self.palette().color(self.foregroundRole())
        for level, step in enumerate(reversed(self.plan.upcoming(CALLOUTS))):
            assert step.date is not None
            x = self.x_of(step.date)
            top = y - 18 - level * (metrics.height() + 2)
            title = step.title
            if len(title) > CALLOUT_CHARS:
                title = title[: CALLOUT_CHARS - 1].rstrip() + "…"
            label = f"{title} · {step.date_text}"
            width = metrics.horizontalAdvance(label)
            if self.isRightToLeft():  # the label reads from its mark to the left
                left = max(min(x + 2 - width, self.width() - width - 2), 2.0)
            else:
                left = min(max(x - 2, 2.0), self.width() - width - 2)
            painter.setPen(QPen(QColor(muted_colour()), 1))
            painter.drawLine(QPointF(x, y - 7), QPointF(x, top + 3))
            painter.setPen(QPen(text_colour, 1))
            painter.drawText(QPointF(left, top), label)


class PlanPanel(QWidget):
    """The plan's heading, timeline, list of steps, calendar export and what-if comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.what_if: Plan | None = None
        self.scope = ""  # whose plan: the stable part of the calendar's event ids
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("planHeading")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = TimelineView()
        self.steps = StepList(self.tr("Steps of your plan, by date"))
        buttons = QHBoxLayout()
        self.calendar_button = QPushButton(self.tr("Add to &calendar…"))
        self.calendar_button.setToolTip(
            self.tr("Save the open deadlines as a calendar file (.ics) for your calendar program")
        )
        self.calendar_button.clicked.connect(self.add_to_calendar)
        self.what_if_box = QCheckBox(self.tr("What if I aim for the next Match?"))
        self.what_if_box.toggled.connect(self._show_what_if)
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        self.what_if_heading = QLabel()
        self.what_if_heading.setWordWrap(True)
        self.what_if_view = TimelineView()
        self.what_if_steps = StepList(self.tr("Steps toward the next Match"))
        for widget in (
            self.heading,
            self.summary,
            self.view,
            self.steps,
        ):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addWidget(self.what_if_box)  # its own line: the label stays whole when narrow
        for widget in (self.what_if_heading, self.what_if_view, self.what_if_steps):
            column.addWidget(widget)
            widget.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        column.addWidget(self.message)

    def show_plan(self, plan: Plan, what_if: Plan | None, scope: str) -> None:
        """Show ``plan`` (and keep ``what_if``, the plan for the next Match, for the toggle)."""
        self.plan, self.what_if, self.scope = plan, what_if, scope
        target = plan.target_match_year
        heading = (
            self.tr("Your plan to the {year} Match").format(year=target)
            if target
            else self.tr("Your plan to the Match")
        )
        self.heading.setText(f"<b>{escape(heading)}</b>")
        self.summary.setText(_summary(plan))
        self.view.set_plan(plan)
        self.view.setVisible(bool(plan.steps))
        self.steps.show_steps(plan)
        self.steps.setVisible(bool(plan.steps))
        self.calendar_button.setEnabled(any(s.status is StepStatus.OPEN for s in plan.steps))
        self.what_if_box.setEnabled(what_if is not None and bool(what_if.steps))
        if what_if is None and target:
            self.what_if_box.setText(
                self.tr("What if I aim for the {year} Match? (these rules do not cover it)").format(
                    year=target + 1
                )
            )
        elif what_if is not None and what_if.target_match_year:
            self.what_if_box.setText(
                self.tr("What if I aim for the {year} Match?").format(
                    year=what_if.target_match_year
                )
            )
        self._show_what_if(self.what_if_box.isChecked())

    def _show_what_if(self, shown: bool) -> None:
        plan = self.what_if
        visible = bool(shown and plan is not None and plan.steps)
        for widget in (self.what_if_heading, self.what_if_view, self.what_if_steps):
            widget.setVisible(visible)
        if not visible or plan is None:
            return
        self.what_if_heading.setText(
            "<b>"
            + self.tr("If you aim for the {year} Match").format(year=plan.target_match_year)
            + "</b> "
            + self.tr("(your saved profile is not changed)")
            + "<br>"
            + _summary(plan)
        )
        self.what_if_view.set_plan(plan)
        self.what_if_steps.show_steps(plan)

    def add_to_calendar(self) -> None:
        """Ask where, then write the open deadlines as an .ics file."""
        if self.plan is None:
            return
        from app.plan.ics import write_plan_calendar

        suggested = f"match-{self.plan.target_match_year}-plan.ics"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Add to calendar"), suggested, self.tr("Calendar files (*.ics)")
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".ics") else chosen + ".ics")
        try:
            count = write_plan_calendar(self.plan, path, scope=self.scope)
        except OSError as exc:
            logger.warning("The calendar file could not be written: %s", exc.strerror or exc)
            self.message.setText(
                self.tr("The calendar file could not be written: {why}").format(
                    why=exc.strerror or str(exc)
                )
            )
            return
        self.message.setText(
            self.tr(
                "Saved {count} deadlines to {name}. Open it with your calendar program; saving "
                "it again later updates the same events.",
                "",
                count,
            ).format(count=count, name=path.name)
        )


def _summary(plan: Plan) -> str:
    """The plan in a sentence or two: what went wrong, what is late, or the next dated step."""
    year = plan.next_realistic_match
    if plan.problem:
        if year:
            return translate(
                "PlanPanel", "{problem} The next Match you can still make: {year}."
            ).format(problem=plan.problem, year=year)
        return plan.problem
    if plan.late:
        late = "; ".join(s.title for s in plan.late)
        if year:
            return translate(
                "PlanPanel", "Late: {steps}. The next Match you can still make: {year}."
            ).format(steps=late, year=year)
        return translate("PlanPanel", "Late: {steps}.").format(steps=late)
    upcoming = plan.upcoming(1)
    if upcoming:
        return translate("PlanPanel", "Next: {step}, {date}.").format(
            step=upcoming[0].title, date=upcoming[0].date_text
        )
    return translate("PlanPanel", "Nothing dated is left before residency starts.")


class StepList(QLabel):
    """The steps one per line: part of the page's one scroll (no box scrolling inside it),
    reachable by Tab and selectable by keyboard, read whole by a screen reader."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[str] = []
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.setFocusPolicy(qt.Qt.FocusPolicy.StrongFocus)
        self.setTextInteractionFlags(
            qt.Qt.TextInteractionFlag.TextSelectableByKeyboard
            | qt.Qt.TextInteractionFlag.TextSelectableByMouse
        )

    def show_steps(self, plan: Plan) -> None:
        self.lines = [step_line(step) for step in plan.steps]
        muted = muted_colour()
        right_to_left = self.isRightToLeft()
        gap = "left" if right_to_left else "right"
        rows = []
        for step in plan.steps:
            colour = step_colour(step.status)
            milestone = step.kind is StepKind.MILESTONE
            kind = self.tr("Match cycle") if milestone else self.tr("Your step")
            weight = "600" if step.kind is StepKind.TASK else "400"
            cells = [
                f'<td style="color:{muted}; padding-{gap}:10px">{escape(step.date_text)}</td>',
                f'<td style="font-weight:{weight}; padding-{gap}:10px">{escape(step.title)}'
                f' <span style="color:{muted}">· {kind}</span></td>',
                f'<td style="color:{colour}; font-weight:600">'
                f"{escape(translated(STATUS_LABELS[step.status]))}</td>",
            ]
            if right_to_left:  # the date column on the right, where an Arabic line starts
                cells.reverse()
            rows.append(f"<tr>{''.join(cells)}</tr>")
        align = ' align="right"' if right_to_left else ""
        self.setText(f'<table cellspacing="0" cellpadding="1"{align}>{"".join(rows)}</table>')
        self.setAccessibleDescription("\n".join(self.lines))
