"""The checklist as a platypus story: header, overall verdict, next steps, one section per area."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

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
from app.i18n import N_, _, format_date, language, ngettext, pgettext
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
from app.report.text import Shaper, Span, line_width, printable
from app.rules import Standing

GUIDANCE_NOTICE = N_("Guidance, not an official decision: ECFMG decides.")
# Translators: in place of an answer the applicant left empty (their USMLE ID, a name).
NOT_GIVEN = N_("not given")
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
    Standing.THIRD_PARTY: N_("Third-party sources: check the source"),
    Standing.ESTIMATE: N_("Estimate: not yet published"),
}


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells start in an embedded font (reportlab's default is Helvetica,
    which would then be referenced without being embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font_name(Script.LATIN)), *commands])


_MIRRORED_COMMANDS = {
    "LEFTPADDING": "RIGHTPADDING",
    "RIGHTPADDING": "LEFTPADDING",
    "LINEBEFORE": "LINEAFTER",
    "LINEAFTER": "LINEBEFORE",
}
_MIRRORED_ALIGN = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


def make_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    commands: list[tuple[Any, ...]],
    rtl: bool = False,
    **options: Any,
) -> Table:
    """A table in the shared look (:func:`table_style`); in a right-to-left document its mirror
    image: the first column on the right, paddings and side rules swapped, cells right-aligned."""
    if not rtl:
        table = Table(rows, colWidths=list(widths), **options)
        table.setStyle(table_style(commands))
        return table
    count = len(widths)
    flipped: list[tuple[Any, ...]] = [("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for name, (c0, r0), (c1, r1), *rest in commands:
        first, last = (c if c >= 0 else count + c for c in (c0, c1))
        if name == "ALIGN":
            rest = [_MIRRORED_ALIGN.get(rest[0], rest[0])]
        corners = ((count - 1 - last, r0), (count - 1 - first, r1))
        flipped.append((_MIRRORED_COMMANDS.get(name, name), *corners, *rest))
    if options.get("hAlign") in _MIRRORED_ALIGN:
        options["hAlign"] = _MIRRORED_ALIGN[options["hAlign"]]
    table = Table([row[::-1] for row in rows], colWidths=list(widths)[::-1], **options)
    table.setStyle(table_style(flipped))
    return table


def long_date(day: dt.date) -> str:
    """25 November 2026: no reader mistakes day for month (in English; the date as the app
    shows it in another language)."""
    if language() != "en":
        return format_date(day)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def status_counts_line(checklist: Checklist) -> str:
    """The progress count, in the words the app and the CLI print too."""
    return checklist.progress_text


class StoryBuilder:
    """Builds the flowables for one checklist on a page of the given content width."""

    def __init__(self, shaper: Shaper, width: float) -> None:
        self.shaper = shaper
        self.width = width
        self.rtl = shaper.rtl

    def ltr(self, text: str) -> str:
        """Text that reads left to right as a whole (an address) in a right-to-left line: a
        left-to-right mark after it keeps its last "/" or ")" at its end."""
        return f"{text}\u200e" if self.rtl and text else text

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        commands: list[tuple[Any, ...]],
        **options: Any,
    ) -> Table:
        """A table of this document (mirrored in a right-to-left one): :func:`make_table`."""
        return make_table(rows, widths, commands, self.rtl, **options)

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
            self.para([Span(_("ECFMG readiness checklist"), "bold")], 18, ACCENT, 2, 24),
            self.para(
                _("Prepared by IMG Readiness from your answers, as of {date}.").format(
                    date=long_date(checklist.as_of)
                ),
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
        # Translators: what separates the items of a list ("Cairo, Egypt"); Arabic has "، ".
        where = pgettext("list", ", ").join(
            p for p in (school.city, _country_name(school.country)) if p
        )
        if school.directory_id:
            # Translators: the school's entry in the World Directory of Medical Schools.
            entry = _("World Directory {id}").format(id=school.directory_id)
            where = f"{where} · {entry}".lstrip(" ·")
        if where:
            school_lines.append(self.para(where, 8.5, MUTED))
        match_year = str(profile.target_match_year) if profile.target_match_year else None
        values: list[tuple[str, ScriptParagraph | list[Flowable]]] = [
            (_("Applicant"), self.value(a.full_name, size=12, bold=True)),
            (_("USMLE ID"), self.value(a.usmle_id)),
            (_("Medical school"), school_lines),
            (_("Target Match"), self.value(match_year)),
            (_("Assessed on"), self.value(long_date(checklist.as_of))),
            (_("Rules"), self.value(checklist.rules_line)),
        ]
        rows = []
        for label, value in values:
            first = value[0] if isinstance(value, list) else value
            rows.append([self.label(label, first.leading), value])
        label_width = 92.0
        if language() != "en":  # the longest label on one line (Spanish runs longer)
            longest = max(line_width(self.shaper.words([Span(t)], 8.5)) for t, _v in values)
            label_width = min(max(label_width, longest + 8), 150.0)
        return self.table(
            rows,
            [label_width, self.width - label_width],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, ACCENT),
            ],
            hAlign="LEFT",
        )

    def label(self, text: str, leading: float) -> ScriptParagraph:
        """A field's name, on the same baseline as its value (same leading)."""
        return self.para(text, 8.5, MUTED, leading=leading)

    def value(self, text: str | None, size: float = 9.5, bold: bool = False) -> ScriptParagraph:
        if not text or not printable(text).strip():
            return self.para(_(NOT_GIVEN), size, MUTED, leading=max(13.0, size * 1.5))
        # Devanagari and Bengali marks reach far above and below: names get generous leading.
        return self.para(
            [Span(text.strip(), "bold" if bold else "regular")], size, INK, leading=size * 1.6
        )

    def rules_notice(self, checklist: Checklist) -> list[Flowable]:
        """The calm note that the rules are getting old, under the rules' line; [] if not."""
        if not checklist.rules_notice:
            return []
        heading = _("About these rules: ")
        note = self.table(
            [[self.para([Span(heading, "bold"), Span(checklist.rules_notice)], 9)]],
            [self.width],
            [
                ("BACKGROUND", (0, 0), (-1, -1), NOTICE_TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.0, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ],
        )
        return [Spacer(1, 8), note]

    def overall_box(self, checklist: Checklist) -> Table:
        content = [
            self.para([Span(_("Overall: "), "bold"), Span(checklist.outcome)], 12),
            self.para(status_counts_line(checklist), 9, MUTED),
        ]
        return self.table(
            [[content]],
            [self.width],
            [
                ("BACKGROUND", (0, 0), (-1, -1), OVERALL_TINTS[checklist.overall]),
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ],
        )

    def next_steps(self, checklist: Checklist) -> list[Flowable]:
        items = urgent_items(checklist)
        heading = self.para([Span(_("What to do next"), "bold")], 12, ACCENT, 4, 16)
        if not items:
            nothing = _("Nothing is left to do on this checklist.")
            return [heading, self.para(nothing, space_after=12)]
        rows = []
        for number, item in enumerate(items[:NEXT_STEPS_SHOWN], start=1):
            rows.append(
                [
                    self.para([Span(f"{number}.", "bold")]),
                    self.para(
                        [
                            # Translators: an item's title before what to do about it.
                            Span(_("{title}: ").format(title=item.title), "bold"),
                            Span(item.next_step or item.reason),
                        ]
                    ),
                    StatusBadge(item.status, STATUS_LABELS[item.status], self.shaper, 8),
                ]
            )
        table = self.table(
            rows,
            [18, self.width - 18 - 112, 112],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ],
            hAlign="LEFT",
        )
        flowables: list[Flowable] = [heading, table]
        if len(items) > NEXT_STEPS_SHOWN:
            more = len(items) - NEXT_STEPS_SHOWN
            words = ngettext(
                "…and {count} more in the sections below.",
                "…and {count} more in the sections below.",
                more,
            ).format(count=more)
            flowables.append(self.para(words, 8.5, MUTED))
        flowables.append(Spacer(1, 6))
        return [KeepTogether(flowables)]

    def area_heading(self, title: str) -> Table:
        heading = self.table(
            [[self.para([Span(title, "bold")], 11.5, ACCENT, leading=15)]],
            [self.width],
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, ACCENT),
            ],
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
                self.para(
                    [Span(_("Next step: "), "bold"), Span(item.next_step)], 9, space_after=1.5
                )
            )
        source = self.para([Span(_("Source: ")), Span(self.ltr(item.source))], 7.5, MUTED)
        if item.source.startswith(("https://", "http://")):
            source.link = item.source
        body.append(source)
        label = STATUS_LABELS[item.status]
        status: list[Flowable] = [StatusBadge(item.status, label, self.shaper)]
        if item.blocking:
            status.append(self.para([Span(_("Cannot be fixed by you"), "bold")], 7.5, MUTED))
        if item.status is not Status.NOT_APPLICABLE and STANDING_MARKERS[item.standing]:
            status.append(self.para(_(STANDING_MARKERS[item.standing]), 7.5, MUTED))
        status_width = 112
        return self.table(
            [[CheckBox(item.status), body, status]],
            [22, self.width - 22 - status_width, status_width],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (1, 0), (1, 0), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (0, 0), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ],
            hAlign="LEFT",
        )

    def closing_note(self, checklist: Checklist) -> KeepTogether:
        return KeepTogether(
            [
                self.para([Span(_("About this checklist"), "bold")], 10, ACCENT, 3),
                self.para(
                    _(GUIDANCE_NOTICE)
                    + " "
                    + _(
                        "IMG Readiness reads the published rules of ECFMG, USMLE and OET as "
                        "dated {rules_date} (rules version {version}) and applies them to your "
                        "answers as of {date}. Rules change: confirm each item with the official "
                        "source printed beside it before you act on it."
                    ).format(
                        rules_date=long_date(checklist.rules_updated),
                        version=checklist.rules_version,
                        date=long_date(checklist.as_of),
                    ),
                    8.5,
                    MUTED,
                ),
            ]
        )


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    from app.directory.entries import shown_country_name  # the name in the language in use

    return shown_country_name(code)
