"""The checklist as a platypus story: header, overall verdict, next steps, one section per area."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.checklist import (
    STATUS_LABELS,
    Checklist,
    ChecklistItem,
    Overall,
    Status,
    urgent_items,
)
from app.plan import Plan
from app.profile import Profile
from app.report.flowables import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    CheckBox,
    ScriptParagraph,
    StatusBadge,
)
from app.report.fonts import Script, font_name
from app.report.text import Shaper, Span, printable
from app.rules import Standing

GUIDANCE_NOTICE = "Guidance, not an official decision: ECFMG decides."
NOT_GIVEN = "not given"
NEXT_STEPS_SHOWN = 6

OVERALL_TINTS: dict[Overall, Color] = {
    Overall.READY: Color(0.90, 0.96, 0.92),
    Overall.NOT_ELIGIBLE: Color(0.98, 0.91, 0.91),
    Overall.NOT_READY: Color(0.99, 0.94, 0.88),
    Overall.INCOMPLETE: Color(0.92, 0.94, 0.98),
    Overall.NOT_YET_KNOWN: Color(0.94, 0.92, 0.98),
}
NOTICE_TINT = Color(0.95, 0.96, 0.97)

# Said beside a verdict that rests on less than an official page (where the eye looks for
# certainty); the item's next step says the same at length.
STANDING_MARKERS: dict[Standing, str] = {
    Standing.CONFIRMED: "",
    Standing.THIRD_PARTY: "Third-party sources: check the source",
    Standing.ESTIMATE: "Estimate: not yet published",
}


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style whose cells start in an embedded font (reportlab's default is Helvetica,
    which would then be referenced without being embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font_name(Script.LATIN)), *commands])


def long_date(day: dt.date) -> str:
    """25 November 2026: no reader mistakes day for month."""
    return f"{day.day} {day.strftime('%B')} {day.year}"


def status_counts_line(checklist: Checklist) -> str:
    """The progress count, in the words the app and the CLI print too."""
    return checklist.progress_text


class StoryBuilder:
    """Builds the flowables for one checklist on a page of the given content width."""

    def __init__(self, shaper: Shaper, width: float) -> None:
        self.shaper = shaper
        self.width = width

    def para(
        self,
        spans: Sequence[Span] | str,
        size: float = 9.5,
        color: Color = INK,
        space_after: float = 0.0,
        leading: float | None = None,
    ) -> ScriptParagraph:
        return ScriptParagraph(spans, self.shaper, size, leading, color, space_after)

    def story(
        self, profile: Profile, checklist: Checklist, plan: Plan | None = None
    ) -> list[Flowable]:
        """The checklist's flowables, then the plan's page when a plan with steps is given."""
        story: list[Flowable] = [
            self.para([Span("ECFMG readiness checklist", "bold")], 18, ACCENT, 2, 24),
            self.para(
                f"Prepared by IMG Readiness from your answers, as of {long_date(checklist.as_of)}.",
                9,
                MUTED,
                10,
            ),
            self.applicant_table(profile, checklist),
            *self.rules_notice(checklist),
            Spacer(1, 12),
            self.overall_box(checklist),
            Spacer(1, 14),
        ]
        story.extend(self.next_steps(checklist))
        for area_title, items in checklist.by_area():
            story.append(self.area_heading(area_title))
            story.extend(self.item_row(item) for item in items)
        from app.report.documents_table import documents_flowables  # the v2 documents list

        story.extend(documents_flowables(self, profile, checklist.as_of))
        story.append(Spacer(1, 10))
        story.append(self.closing_note(checklist))
        if plan is not None:
            from app.report.timeline import timeline_flowables

            story.extend(timeline_flowables(self, plan))
        return story

    def applicant_table(self, profile: Profile, checklist: Checklist) -> Table:
        a, school = profile.applicant, profile.school
        school_lines: list[Flowable] = [self.value(school.name, size=10)]
        where = ", ".join(p for p in (school.city, _country_name(school.country)) if p)
        if school.directory_id:
            where = f"{where} · World Directory {school.directory_id}".lstrip(" ·")
        if where:
            school_lines.append(self.para(where, 8.5, MUTED))
        match_year = str(profile.target_match_year) if profile.target_match_year else None
        values: list[tuple[str, ScriptParagraph | list[Flowable]]] = [
            ("Applicant", self.value(a.full_name, size=12, bold=True)),
            ("USMLE ID", self.value(a.usmle_id)),
            ("Medical school", school_lines),
            ("Target Match", self.value(match_year)),
            ("Assessed on", self.value(long_date(checklist.as_of))),
            ("Rules", self.value(checklist.rules_line)),
        ]
        rows = []
        for label, value in values:
            first = value[0] if isinstance(value, list) else value
            rows.append([self.label(label, first.leading), value])
        table = Table(rows, colWidths=[92, self.width - 92], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 1.2, ACCENT),
                ]
            )
        )
        return table

    def label(self, text: str, leading: float) -> ScriptParagraph:
        """A field's name, on the same baseline as its value (same leading)."""
        return self.para(text, 8.5, MUTED, leading=leading)

    def value(self, text: str | None, size: float = 9.5, bold: bool = False) -> ScriptParagraph:
        if not text or not printable(text).strip():
            return self.para(NOT_GIVEN, size, MUTED, leading=max(13.0, size * 1.5))
        # Devanagari and Bengali marks reach far above and below: names get generous leading.
        return self.para(
            [Span(text.strip(), "bold" if bold else "regular")], size, INK, leading=size * 1.6
        )

    def rules_notice(self, checklist: Checklist) -> list[Flowable]:
        """The calm note that the rules are getting old, under the rules' line; [] if not."""
        if not checklist.rules_notice:
            return []
        note = Table(
            [[self.para([Span("About these rules: ", "bold"), Span(checklist.rules_notice)], 9)]],
            colWidths=[self.width],
        )
        note.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), NOTICE_TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.0, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return [Spacer(1, 8), note]

    def overall_box(self, checklist: Checklist) -> Table:
        content = [
            self.para([Span("Overall: ", "bold"), Span(checklist.outcome)], 12),
            self.para(status_counts_line(checklist), 9, MUTED),
        ]
        box = Table([[content]], colWidths=[self.width])
        box.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), OVERALL_TINTS[checklist.overall]),
                    ("BOX", (0, 0), (-1, -1), 0.8, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return box

    def next_steps(self, checklist: Checklist) -> list[Flowable]:
        items = urgent_items(checklist)
        heading = self.para([Span("What to do next", "bold")], 12, ACCENT, 4, 16)
        if not items:
            return [heading, self.para("Nothing is left to do on this checklist.", space_after=12)]
        rows = []
        for number, item in enumerate(items[:NEXT_STEPS_SHOWN], start=1):
            rows.append(
                [
                    self.para([Span(f"{number}.", "bold")]),
                    self.para(
                        [Span(f"{item.title}: ", "bold"), Span(item.next_step or item.reason)]
                    ),
                    StatusBadge(item.status, STATUS_LABELS[item.status], self.shaper, 8),
                ]
            )
        table = Table(rows, colWidths=[18, self.width - 18 - 112, 112], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        flowables: list[Flowable] = [heading, table]
        if len(items) > NEXT_STEPS_SHOWN:
            more = len(items) - NEXT_STEPS_SHOWN
            flowables.append(self.para(f"…and {more} more in the sections below.", 8.5, MUTED))
        flowables.append(Spacer(1, 6))
        return [KeepTogether(flowables)]

    def area_heading(self, title: str) -> Table:
        heading = Table(
            [[self.para([Span(title, "bold")], 11.5, ACCENT, leading=15)]], colWidths=[self.width]
        )
        heading.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 10),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.8, ACCENT),
                ]
            )
        )
        heading.keepWithNext = True
        return heading

    def item_row(self, item: ChecklistItem) -> Table:
        body: list[Flowable] = [
            self.para([Span(item.title, "bold")], 10, space_after=1.5),
            self.para(item.reason, 9, space_after=1.5),
        ]
        if item.next_step.strip():
            body.append(
                self.para([Span("Next step: ", "bold"), Span(item.next_step)], 9, space_after=1.5)
            )
        source = self.para([Span("Source: "), Span(item.source)], 7.5, MUTED)
        if item.source.startswith(("https://", "http://")):
            source.link = item.source
        body.append(source)
        status: list[Flowable] = [StatusBadge(item.status, STATUS_LABELS[item.status], self.shaper)]
        if item.blocking:
            status.append(self.para([Span("Cannot be fixed by you", "bold")], 7.5, MUTED))
        if item.status is not Status.NOT_APPLICABLE and STANDING_MARKERS[item.standing]:
            status.append(self.para(STANDING_MARKERS[item.standing], 7.5, MUTED))
        status_width = 112
        row = Table(
            [[CheckBox(item.status), body, status]],
            colWidths=[22, self.width - 22 - status_width, status_width],
            hAlign="LEFT",
        )
        row.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (1, 0), (1, 0), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (0, 0), 9),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ]
            )
        )
        return row

    def closing_note(self, checklist: Checklist) -> KeepTogether:
        return KeepTogether(
            [
                self.para([Span("About this checklist", "bold")], 10, ACCENT, 3),
                self.para(
                    f"{GUIDANCE_NOTICE} IMG Readiness reads the published rules of ECFMG, USMLE "
                    f"and OET as dated {long_date(checklist.rules_updated)} (rules version "
                    f"{checklist.rules_version}) and applies them to your answers as of "
                    f"{long_date(checklist.as_of)}. Rules change: confirm each item with the "
                    "official source printed beside it before you act on it.",
                    8.5,
                    MUTED,
                ),
            ]
        )


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry  # lazy: only when a school country is printed

    country = pycountry.countries.get(alpha_2=code.upper())
    return getattr(country, "common_name", None) or getattr(country, "name", code)
