"""The chooser table's rows as plain data (no Qt): built on the worker at start (the launcher's
job), shown by ui/profile_table.py's model on the UI thread.

A row's filter text (name, target year, note, case-folded) is worked out only when a filter is
used, never for the first list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.checklist import Overall, Status
    from app.report.group import ApplicantLine, StatusFilter


@dataclass(slots=True)
class ProfileRow:
    """One profile as the table shows it; ``areas`` is None until the worker has judged it."""

    id: int
    name: str
    edited: dt.datetime  # aware
    target: int | None = None
    overall: Overall | None = None
    overall_words: str = ""
    areas: tuple[Status, ...] | None = None
    deadline: dt.date | None = None
    deadline_text: str = ""  # "2027-01-31 · Pathways application deadline for this Match"
    note: str = ""
    note_day: dt.date | None = None
    folded_: str | None = None  # see ``folded``: worked out when a filter first asks
    name_key: str = ""  # the name as sorted

    def __post_init__(self) -> None:
        self.name_key = self.name.casefold()

    @property
    def folded(self) -> str:
        """What the text filter looks in: name, target year, note (case-folded)."""
        text = self.folded_
        if text is None:
            text = self.folded_ = " ".join(
                (self.name, str(self.target or ""), self.note)
            ).casefold()
        return text

    def refold(self) -> None:
        self.folded_ = None  # the name, target or note changed: worked out again when asked

    @property
    def pile(self) -> StatusFilter | None:
        from app.report.group import pile_of

        return pile_of(self.overall)

    def take(self, found: RowAssessment) -> None:
        """What the worker worked out for this profile."""
        self.overall = found.overall
        self.overall_words = found.overall_words
        self.areas = found.areas
        self.deadline = found.deadline
        self.deadline_text = found.deadline_text
        if found.target != self.target:
            self.target = found.target
            self.refold()


@dataclass(frozen=True, slots=True)
class RowAssessment:
    """What the worker worked out for one row."""

    id: int
    overall: Overall
    overall_words: str
    areas: tuple[Status, ...]
    deadline: dt.date | None
    deadline_text: str
    target: int | None = None

    @classmethod
    def of(cls, line: ApplicantLine) -> RowAssessment:
        from app.engine.items import Area

        marks = line.area_statuses()
        step = line.next_deadline
        text = f"{step.date_text} · {step.title}" if step is not None else ""
        return cls(
            line.profile_id,
            line.overall,
            line.verdict_words,
            tuple(marks[area] for area in Area),
            step.date if step is not None else None,
            text,
            line.profile.target_match_year,
        )


def rows_of(
    summaries: Sequence[Any], notes: Mapping[int, Any], own_words: Mapping[int, str]
) -> list[ProfileRow]:
    """Every profile as a table row, from its summary (the kept verdict), its advisor's note and,
    for a not-eligible one, the list's own words for it ("…is not your route"). Plain data: the
    launcher builds them on the worker at start."""
    from app.checklist import OVERALL_LABELS, Overall
    from app.i18n import _ as translated

    words = {overall: translated(OVERALL_LABELS[overall]).split(":")[0] for overall in Overall}
    words[None] = ""  # type: ignore[index]
    rows = []
    append = rows.append
    for summary in summaries:
        number = summary.id
        note = notes.get(number)
        overall = summary.overall
        append(
            ProfileRow(
                number,
                summary.name,
                summary.updated_at,
                None,
                overall,
                own_words.get(number) or words[overall],
                None,
                None,
                "",
                note.text if note else "",
                note.day if note else None,
            )
        )
    return rows
