"""The group report as one PDF: a cover with a table of contents, the summary table (one row per
applicant), then each applicant's checklist as ``checklist`` prints it (app.report.document).

Laid out in one pass: the contents' page numbers, the PDF's outline and the links are drawn when
the pages are saved, once every applicant's first page is known (the page frame holds the pages
back until then, as it does for "page N of M").
"""

from __future__ import annotations

import bisect
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer

from app import __version__
from app.checklist import STATUS_LABELS
from app.i18n import N_, _, format_date, language, ngettext
from app.report.document import StoryBuilder, long_date
from app.report.flowables import ACCENT, INK, MAX_PARAGRAPH_HEIGHT, MUTED, RULE, ScriptParagraph
from app.report.fonts import Script, font_name
from app.report.group import (
    FILTER_LABELS,
    ApplicantLine,
    GroupReport,
    ReportCancelled,
    StatusFilter,
    count_text,
)
from app.report.pages import page_counting_canvas
from app.report.text import Shaper, Span, Word
from app.report.writer import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZES,
    _build_lock,
    draw_footer,
    draw_running_header,
    header_words,
)

Progress = Callable[[int, str], None]
SUMMARY_KEY = "summary"
PILE_WORDS: dict[StatusFilter, str] = {
    StatusFilter.BLOCKED: N_("A requirement is not met: not eligible, or not ready yet."),
    StatusFilter.NEEDS_ANSWERS: N_("Answers or steps are still open."),
    StatusFilter.READY: N_("Every requirement is met (as far as ECFMG has published)."),
}


@dataclass
class _Marks:
    """What the layout found out, for the pages to be finished with: the first page of each
    section, and where on which page a contents line wants a section's page number."""

    first_page: dict[str, int] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    slots: dict[int, list[tuple[str, float, float, float]]] = field(default_factory=dict)

    _starts: list[tuple[int, str]] = field(default_factory=list)

    def section_of(self, page: int) -> str | None:
        """The section a page belongs to (the last one started on or before it); asked once
        the layout is done."""
        if len(self._starts) != len(self.first_page):
            self._starts = sorted((p, key) for key, p in self.first_page.items())
        found = bisect.bisect_right(self._starts, (page, "\uffff"))
        return self._starts[found - 1][1] if found else None

    def started_on(self, page: int) -> list[str]:
        self.section_of(page)
        found = bisect.bisect_left(self._starts, (page, ""))
        keys = []
        while found < len(self._starts) and self._starts[found][0] == page:
            keys.append(self._starts[found][1])
            found += 1
        return keys


class _SectionStart(Flowable):
    """Zero-size: notes the page a section starts on; with ``check`` it first asks whether the
    advisor cancelled, and says how far along the layout is."""

    def __init__(self, marks: _Marks, key: str, check: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.marks, self.key, self.check = marks, key, check
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.check is not None:
            self.check()
        return 0, 0

    def draw(self) -> None:
        self.marks.first_page.setdefault(self.key, self.canv.getPageNumber())


class _PageNumberSlot(Flowable):
    """Where a contents line's page number goes; drawn when the pages are saved."""

    def __init__(self, marks: _Marks, key: str, width: float = 40, height: float = 12) -> None:
        super().__init__()
        self.marks, self.key = marks, key
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        right, base = self.canv.absolutePosition(self.width, self.height * 0.25)
        left, _top = self.canv.absolutePosition(0, self.height)
        page = self.canv.getPageNumber()
        self.marks.slots.setdefault(page, []).append((self.key, right, base, left))


def pdf_bytes(
    report: GroupReport,
    paper: str = "a4",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The whole group report as PDF bytes. Raises ReportCancelled when ``cancelled()``."""
    tell = progress or (lambda _percent, _message: None)
    total = max(1, len(report.lines))

    def checkpoint(index: int) -> Callable[[], None]:
        def check() -> None:
            if cancelled is not None and cancelled():
                raise ReportCancelled
            words = _("Laying out {number} of {total}").format(
                number=count_text(index + 1), total=count_text(total)
            )
            tell(5 + int(90 * index / total), words)

        return check

    with _build_lock:
        shaper = Shaper()
        buffer = io.BytesIO()
        document = SimpleDocTemplate(
            buffer,
            pagesize=PAGE_SIZES[paper],
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=_("Group readiness report") + f" – {long_date(report.as_of)}",
            author="IMG Readiness",
            subject=_("Guidance on ECFMG Certification as of {date}").format(
                date=format_date(report.as_of)
            ),
            creator=f"IMG Readiness {__version__}",
            producer="IMG Readiness (ReportLab)",
            lang=language(),
        )
        builder = StoryBuilder(shaper, document.width - 12)
        marks = _Marks()
        story = _front_matter(builder, report, marks)
        for index, line in enumerate(report.lines):
            key = f"applicant-{line.profile_id}"
            marks.titles[key] = line.name
            story.append(PageBreak())
            story.append(_SectionStart(marks, key, checkpoint(index)))
            story.extend(builder.story(line.profile, line.checklist))
            story.extend(_note(builder, line))
        frame = _GroupFrame(shaper, report, marks)
        document.build(story, canvasmaker=frame.canvas_class())
        return buffer.getvalue()


def _front_matter(builder: StoryBuilder, report: GroupReport, marks: _Marks) -> list[Flowable]:
    """The cover (counts, contents), then the summary: one table per pile (blocked, needs
    answers, ready), each starting on a page of its own."""
    counts = {pile: sum(1 for line in report.lines if line.pile is pile) for pile in StatusFilter}
    piles = " · ".join(
        # Translators: a pile of applicants and how many are in it ("Blocked: 3").
        _("{pile}: {count}").format(pile=_(FILTER_LABELS[pile]), count=count_text(counts[pile]))
        for pile in StatusFilter
    )
    count = len(report.lines)
    shown = ngettext("{count} applicant", "{count} applicants", count).format(
        count=count_text(count)
    )
    if report.only is not None:
        shown = _("{applicants} (only those marked “{pile}”)").format(
            applicants=shown, pile=_(FILTER_LABELS[report.only])
        )
    story: list[Flowable] = [
        builder.para([Span(_("Group readiness report"), "bold")], 18, ACCENT, 2, 24),
        builder.para(
            _("Prepared by IMG Readiness as of {date}: {applicants}.").format(
                date=long_date(report.as_of), applicants=shown
            ),
            9,
            MUTED,
            2,
        ),
        builder.para(report.rules_line, 8.5, MUTED, 2),
        builder.para(piles, 9, INK, 12),
        builder.para([Span(_("Contents"), "bold")], 12, ACCENT, 4, 16),
    ]
    piles_shown = [pile for pile in StatusFilter if counts[pile]]
    rows: list[list[Any]] = []
    for pile in piles_shown:
        key = f"{SUMMARY_KEY}-{pile.value}"
        marks.titles[key] = _("Summary: {pile} ({count})").format(
            pile=_(FILTER_LABELS[pile]), count=count_text(counts[pile])
        )
        rows.append(
            [
                builder.para([Span(marks.titles[key], "bold")], 9),
                builder.para(_(PILE_WORDS[pile]), 8.5, MUTED),
                _PageNumberSlot(marks, key),
            ]
        )
    for line in report.lines:
        key = f"applicant-{line.profile_id}"
        rows.append(
            [
                builder.para(line.name, 9),
                builder.para(_overall_words(line), 8.5, MUTED),
                _PageNumberSlot(marks, key),
            ]
        )
    if rows:
        contents = builder.table(
            rows,
            [builder.width - 200, 160, 40],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ],
            hAlign="LEFT",
        )
        story.append(contents)
    for pile in piles_shown:
        key = f"{SUMMARY_KEY}-{pile.value}"
        story += [
            PageBreak(),
            _SectionStart(marks, key),
            builder.para([Span(marks.titles[key], "bold")], 14, ACCENT, 2, 18),
            builder.para(_(PILE_WORDS[pile]), 9, MUTED, 8),
            _summary(builder, [line for line in report.lines if line.pile is pile]),
        ]
    if not report.lines:
        story.append(builder.para(_("No applicant is in this report."), 9.5))
    return story


def _overall_words(line: ApplicantLine) -> str:
    return line.verdict_words


def _summary(builder: StoryBuilder, lines: list[ApplicantLine]) -> Flowable:
    """Name, target Match, overall, the next deadline, and what holds each applicant back."""
    widths = [118, 38, 70, 100, builder.width - 326]
    header = [
        builder.para([Span(_(text), "bold")], 8, MUTED)
        for text in (
            N_("Applicant"),
            # Translators: a column of the target Match year ("2027").
            N_("Match"),
            N_("Overall"),
            N_("Next deadline"),
            N_("What holds them back"),
        )
    ]
    rows: list[list[Any]] = [header]
    for line in lines:
        step = line.next_deadline
        holding = line.holding_item
        rows.append(
            [
                builder.para(line.name, 8.5),
                builder.para(str(line.profile.target_match_year or "–"), 8.5),
                builder.para(_overall_words(line), 8.5),
                builder.para(
                    _("{date}: {step}").format(date=step.date_text, step=step.title)
                    if step
                    else "–",
                    8,
                ),
                ScriptParagraph(
                    [
                        Span(
                            # Translators: an item's title and its status ("OET (not met): ").
                            _("{title} ({status}): ").format(
                                title=holding.title,
                                status=STATUS_LABELS[holding.status].lower(),
                            ),
                            "bold",
                        ),
                        Span(holding.next_step or holding.reason),
                    ]
                    if holding
                    else _("Nothing is open."),
                    builder.shaper,
                    8,
                    # Another language than English runs longer: room for its longer words.
                    max_height=MAX_PARAGRAPH_HEIGHT * (1.0 if language() == "en" else 1.8),
                ),
            ]
        )
    return builder.table(
        rows,
        widths,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ],
        repeatRows=1,
        hAlign="LEFT",
    )


def _note(builder: StoryBuilder, line: ApplicantLine) -> list[Flowable]:
    if not line.note_text:
        return []
    if line.note_dated:
        title = _("Advisor's note ({date})").format(date=long_date(line.note_dated.date()))
    else:
        title = _("Advisor's note")
    return [
        Spacer(1, 10),
        builder.para([Span(title, "bold")], 10, ACCENT, 3),
        builder.para(line.note_text, 9),
    ]


class _GroupFrame:
    """Footer (notice, date, page N of M) and a running header naming whose checklist a page
    is; when the pages are saved, the contents' page numbers, links and the PDF outline."""

    def __init__(self, shaper: Shaper, report: GroupReport, marks: _Marks) -> None:
        self.shaper = shaper
        self.marks = marks
        self.dated = _("Group report · assessed {date}").format(date=long_date(report.as_of))
        self._header_words: dict[str, list[Word]] = {}

    def _header_words_of(self, key: str) -> list[Word]:
        """The words of a section's running header, cut to one line."""
        if key not in self._header_words:
            self._header_words[key] = header_words(self.shaper, self.marks.titles.get(key, ""))
        return self._header_words[key]

    def finish(self, canvas: Canvas, page: int, pages: int) -> None:
        height = canvas._pagesize[1]
        regular = font_name(Script.LATIN, "regular")
        canvas.saveState()
        draw_footer(canvas, self.dated, page, pages, self.shaper)
        section = self.marks.section_of(page)
        if section is not None and not section.startswith(SUMMARY_KEY) and page > 1:
            y_head = height - MARGIN_TOP + 16
            label = _("Group readiness report") + " · "
            draw_running_header(canvas, self.shaper, label, self._header_words_of(section), y_head)
        canvas.setFillColor(INK)
        canvas.setFont(regular, 9)
        for number, (key, right, base, left) in enumerate(self.marks.slots.get(page, [])):
            target = self.marks.first_page.get(key)
            if target is not None:
                canvas.drawRightString(right, base, str(target))
                # Named here: the held pages' annotation counters start over on each page.
                where = (left, base - 3, right, base + 9)
                name = f"contents-{page}-{number}"
                canvas.linkRect("", key, where, name=name, relative=0, thickness=0)
        canvas.restoreState()
        for key in self.marks.started_on(page):
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(self.marks.titles.get(key, key), key, level=0)

    def canvas_class(self) -> type[Canvas]:
        def outline(canvas: Canvas) -> None:
            if self.marks.first_page:
                canvas.showOutline()

        return page_counting_canvas(self.finish, outline)
