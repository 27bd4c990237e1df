"""The group report, for advisors: one line per applicant (overall verdict, each item's status,
the item that holds them back with its reason and next step, the next deadline of their plan,
the advisor's note), written as CSV, XLSX, JSON or PDF.

Pure reading and writing; the store is asked once for every profile (``build_group_report``),
and the lines are worked out by the same engine and plan as ``assess`` and ``plan``. Neither Qt
nor reportlab is imported here (the PDF is ``app.report.group_pdf``, loaded only for it).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.checklist import (
    ITEM_IDS,
    OPEN_STATUSES,
    Checklist,
    ChecklistItem,
    Overall,
    Status,
    blocking_item,
    outcome_label,
    urgent_items,
)
from app.engine.items import Area
from app.i18n import N_, _, language, pgettext

# The engine, the plan and the profile load with the first line worked out, not with this module:
# the chooser's table names the piles (FILTER_LABELS) before any verdict is in.
if TYPE_CHECKING:
    from app.plan import PlanStep
    from app.profile import Profile
    from app.rules import Ruleset
    from app.store import Store

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]

FORMATS = ("csv", "xlsx", "pdf", "json")


class StatusFilter(StrEnum):
    """The advisor's three piles: what stops them, what they have to answer, who is through."""

    BLOCKED = "blocked"  # a requirement is not met (not eligible, or not ready yet)
    NEEDS_ANSWERS = "needs-answers"  # answers or steps still open
    READY = "ready"  # every requirement met (as far as ECFMG has published)


# English; shown through _() (the app's filter box and the group report translate them).
FILTER_LABELS: dict[StatusFilter, str] = {
    StatusFilter.BLOCKED: N_("Blocked"),
    StatusFilter.NEEDS_ANSWERS: N_("Needs answers"),
    StatusFilter.READY: N_("Ready"),
}

_PILE_OF: dict[Overall, StatusFilter] = {
    Overall.NOT_ELIGIBLE: StatusFilter.BLOCKED,
    Overall.NOT_READY: StatusFilter.BLOCKED,
    Overall.INCOMPLETE: StatusFilter.NEEDS_ANSWERS,
    Overall.READY: StatusFilter.READY,
    Overall.NOT_YET_KNOWN: StatusFilter.READY,
}

# An area shows the first of these any of its items has: never calmer than its worst item.
_AREA_ORDER = (Status.NOT_MET, Status.NEEDS_INFO, Status.PENDING, Status.MET)


def count_text(number: int) -> str:
    """A count for a person, thousands grouped as the language groups them (1,234; 1.234)."""
    if language() == "en":
        return f"{number:,}"
    from babel.numbers import format_decimal

    return format_decimal(number, locale=language())


def pile_of(overall: Overall | None) -> StatusFilter | None:
    """Which filter an overall verdict falls under (None: not assessed)."""
    return _PILE_OF.get(overall) if overall is not None else None


def area_status(items: Sequence[ChecklistItem]) -> Status:
    """The mark of a group of items: its most pressing status (not applicable when none is)."""
    present = {item.status for item in items}
    for status in _AREA_ORDER:
        if status in present:
            return status
    return Status.NOT_APPLICABLE


class ReportCancelled(Exception):
    """The advisor cancelled the report; nothing was written."""


class GroupReportError(Exception):
    """The report could not be written; the message says why in plain words."""


@dataclass(frozen=True)
class ApplicantLine:
    """One applicant's row of the table and the report."""

    profile_id: int
    name: str
    profile: Profile
    checklist: Checklist
    next_deadline: PlanStep | None  # the plan's next open dated step
    updated_at: dt.datetime | None = None  # aware
    note_text: str = ""
    note_dated: dt.datetime | None = None

    @property
    def overall(self) -> Overall:
        return self.checklist.overall

    @property
    def pile(self) -> StatusFilter | None:
        return pile_of(self.overall)

    @property
    def holding_item(self) -> ChecklistItem | None:
        """What holds the applicant back most: the first of "What to do next" (a requirement not
        met, one that cannot be fixed first; then one needing an answer; then one under way)."""
        still_open = urgent_items(self.checklist)
        return still_open[0] if still_open else None

    @property
    def verdict_words(self) -> str:
        """The verdict in a few words, as the table and the dashboard say it ("ECFMG
        Certification is not your route" rather than "Not eligible" for a non-IMG)."""
        blocking = blocking_item(self.checklist)
        return outcome_label(self.overall, blocking.id if blocking else None).split(":")[0]

    def area_statuses(self) -> dict[Area, Status]:
        return {area: area_status(items) for area, items in areas_of(self.checklist).items()}


def areas_of(checklist: Checklist) -> dict[Area, list[ChecklistItem]]:
    found: dict[Area, list[ChecklistItem]] = {area: [] for area in Area}
    for item in checklist.items:
        found[item.area].append(item)
    return found


def applicant_line(
    profile_id: int,
    name: str,
    profile: Profile,
    ruleset: Ruleset,
    as_of: dt.date,
    *,
    updated_at: dt.datetime | None = None,
    note_text: str = "",
    note_dated: dt.datetime | None = None,
) -> ApplicantLine:
    """The applicant's line: the checklist of ``assess`` and the next deadline of ``plan``."""
    from app.engine.evaluate import evaluate
    from app.plan import plan

    checklist = evaluate(profile, ruleset, as_of)
    upcoming = plan(profile, ruleset, as_of, look_ahead=False).upcoming(1)
    return ApplicantLine(
        profile_id,
        name,
        profile,
        checklist,
        upcoming[0] if upcoming else None,
        updated_at,
        note_text,
        note_dated,
    )


@dataclass(frozen=True)
class GroupReport:
    """The advisor's report on many applicants, one line each."""

    as_of: dt.date
    rules_line: str
    only: StatusFilter | None
    lines: tuple[ApplicantLine, ...]


def build_group_report(
    store: Store,
    ruleset: Ruleset,
    as_of: dt.date,
    only: StatusFilter | None = None,
    *,
    ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> GroupReport:
    """Every saved profile's line (only those of ``ids`` when given), by name, keeping those in
    the pile ``only``. Safe on a worker; raises ReportCancelled when ``cancelled()`` says so."""
    from app.store.batch import listed_profiles, read_profiles
    from app.store.notes import notes_by_profile

    report = progress or (lambda _percent, _message: None)
    wanted = set(ids) if ids is not None else None
    rows = [r for r in listed_profiles(store) if wanted is None or r[0] in wanted]
    notes = notes_by_profile(store)
    lines: list[ApplicantLine] = []
    chunk = 100
    for start in range(0, len(rows), chunk):
        if cancelled is not None and cancelled():
            raise ReportCancelled
        words = _("Assessing {number} of {total}").format(
            number=count_text(start + 1), total=count_text(len(rows))
        )
        report(int(90 * start / max(1, len(rows))), words)
        part = rows[start : start + chunk]
        profiles = read_profiles(store, [r[0] for r in part])
        for profile_id, name, updated_at in part:
            note = notes.get(profile_id)
            line = applicant_line(
                profile_id,
                name,
                profiles[profile_id],
                ruleset,
                as_of,
                updated_at=updated_at,
                note_text=note.text if note else "",
                note_dated=note.dated if note else None,
            )
            if only is None or line.pile is only:
                lines.append(line)
    lines.sort(key=lambda line: (line.name.casefold(), line.profile_id))
    if lines:
        first = lines[0].checklist
    else:
        from app.engine.evaluate import evaluate
        from app.profile import Profile

        first = evaluate(Profile(), ruleset, as_of)
    return GroupReport(as_of, first.rules_line, only, tuple(lines))


# -- the rows, as every format writes them --------------------------------------------------------

COLUMNS: tuple[str, ...] = (
    "number",
    "name",
    "target_match_year",
    "overall",
    "readiness",
    "progress",
    "blocking_item",
    "blocking_status",
    "blocking_reason",
    "next_step",
    "next_deadline_date",
    "next_deadline",
    "advisor_note",
    "note_dated",
    "last_edited",
    *(item.value for item in ITEM_IDS),
)
# Free text that a spreadsheet could take for a formula ("=HYPERLINK(…)" typed as a name).
_TEXT_COLUMNS = frozenset({"name", "blocking_reason", "next_step", "advisor_note"})


def row_of(line: ApplicantLine) -> dict[str, Any]:
    """The line as a flat row (CSV, XLSX): statuses and verdicts as their stable ids."""
    holding = line.holding_item
    step = line.next_deadline
    row: dict[str, Any] = {
        "number": line.profile_id,
        "name": line.name,
        "target_match_year": line.profile.target_match_year,
        "overall": line.overall.value,
        "readiness": line.verdict_words,
        "progress": line.checklist.progress_text,
        "blocking_item": holding.id.value if holding else "",
        "blocking_status": holding.status.value if holding else "",
        "blocking_reason": holding.reason if holding else "",
        "next_step": holding.next_step if holding else "",
        "next_deadline_date": step.date.isoformat() if step and step.date else "",
        "next_deadline": step.title if step else "",
        "advisor_note": line.note_text,
        "note_dated": line.note_dated.date().isoformat() if line.note_dated else "",
        "last_edited": line.updated_at.isoformat(timespec="seconds") if line.updated_at else "",
    }
    row.update({item.id.value: item.status.value for item in line.checklist.items})
    return row


def document_of(report: GroupReport) -> dict[str, Any]:
    """The report as JSON: each applicant with the same fields as a row, the items by id."""
    applicants = []
    for line in report.lines:
        holding = line.holding_item
        step = line.next_deadline
        applicants.append(
            {
                "number": line.profile_id,
                "name": line.name,
                "target_match_year": line.profile.target_match_year,
                "overall": line.overall.value,
                "progress": line.checklist.progress_text,
                "blocking": None
                if holding is None
                else {
                    "item": holding.id.value,
                    "title": holding.title,
                    "status": holding.status.value,
                    "reason": holding.reason,
                    "next_step": holding.next_step,
                },
                "next_deadline": None if step is None else step.to_dict(),
                "advisor_note": None
                if not line.note_text
                else {
                    "text": line.note_text,
                    "dated": line.note_dated.isoformat() if line.note_dated else None,
                },
                "last_edited": line.updated_at.isoformat() if line.updated_at else None,
                "items": {item.id.value: item.status.value for item in line.checklist.items},
            }
        )
    return {
        "as_of": report.as_of.isoformat(),
        "rules": report.rules_line,
        "filter": report.only.value if report.only else None,
        "count": len(applicants),
        "applicants": applicants,
    }


def _spreadsheet_safe(column: str, value: Any) -> Any:
    if column in _TEXT_COLUMNS and isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value  # shown as typed, never run as a formula
    return value


def csv_bytes(report: GroupReport) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads the names right), comma-separated."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for line in report.lines:
        writer.writerow({k: _spreadsheet_safe(k, v) for k, v in row_of(line).items()})
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(report: GroupReport) -> bytes:
    from app.report.group_xlsx import workbook_bytes

    return workbook_bytes(report, [row_of(line) for line in report.lines], COLUMNS)


def json_bytes(report: GroupReport) -> bytes:
    return (json.dumps(document_of(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_group_report(
    report: GroupReport,
    path: Path,
    fmt: str = "csv",
    *,
    paper: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the report to ``path`` in ``fmt`` (csv, xlsx, pdf or json); the file appears whole
    or not at all. Raises GroupReportError in plain words, ReportCancelled when cancelled."""
    from app.input_files import output_problem

    if fmt not in FORMATS:
        raise GroupReportError(
            _("the format must be one of {formats}, not {format}").format(
                formats=", ".join(FORMATS), format=repr(fmt)
            )
        )
    problem = output_problem(Path(path))
    if problem is not None:
        raise GroupReportError(problem)
    report_progress = progress or (lambda _percent, _message: None)
    if fmt == "pdf":
        from app.report.group_pdf import pdf_bytes

        data = pdf_bytes(report, paper, report_progress, cancelled)
    else:
        data = {"csv": csv_bytes, "xlsx": xlsx_bytes, "json": json_bytes}[fmt](report)
    if cancelled is not None and cancelled():
        raise ReportCancelled
    _write(Path(path), data)
    report_progress(100, pgettext("progress", "Done"))
    return Path(path)


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all, readable by the owner alone (it names applicants)."""
    from app.atomic import write_atomically

    try:
        write_atomically(path, data, private=True)
    except OSError as exc:
        raise GroupReportError(
            _("cannot write {path}: {reason}").format(path=path, reason=_why(exc))
        ) from None


def _why(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def open_count(line: ApplicantLine) -> int:
    """How many of the applicant's items are still open (for sorting a summary)."""
    return sum(1 for item in line.checklist.items if item.status in OPEN_STATUSES)
