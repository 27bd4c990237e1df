"""``plan(profile, ruleset, as_of) -> Plan``: dated steps from today back from the target Match.

Each open checklist item becomes a task with the latest safe date to finish it, taken from the
rules' calendar (the OET by the cycle's last accepted date, the Pathways application by its
deadline, the Steps verified by the rank order list deadline, credentials before residency
starts), beside the cycle's fixed milestones. Pure, like the engine: no I/O, no clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.checklist import Checklist, ChecklistItem, ItemId, Status
from app.engine.calendar import CycleDate, cycle_date, next_open_match
from app.engine.clinical import OET_BOUNDS, pathway_cycle
from app.engine.documents import state_line, states_of_kind
from app.engine.evaluate import evaluate
from app.engine.items import TranslatedLabels
from app.i18n import N_, _, format_date, format_month
from app.profile import Profile
from app.rules import Family, Ruleset, rule_text

DONE_STATUSES = (Status.MET, Status.NOT_APPLICABLE)


class StepKind(StrEnum):
    MILESTONE = "milestone"  # a date of the cycle: Pathways opening, Match Day…
    TASK = "task"  # something the applicant must have done by a date


class StepStatus(StrEnum):
    DONE = "done"  # a task met, or a milestone passed
    OPEN = "open"
    LATE = "late"  # a task not done whose published date has passed
    NOT_PUBLISHED = "not_yet_published"  # no date published yet to plan by


# Looked up in the language in use (TranslatedLabels); the enum values stay the JSON's ids.
STATUS_LABELS: TranslatedLabels[StepStatus] = TranslatedLabels(
    {
        StepStatus.DONE: N_("Done"),
        StepStatus.OPEN: N_("Open"),
        StepStatus.LATE: N_("Late"),
        StepStatus.NOT_PUBLISHED: N_("Date not yet published"),
    }
)


def status_label(status: StepStatus) -> str:
    """A plan step's status in the language in use ('Done'; 'Hecho')."""
    return STATUS_LABELS[status]


@dataclass(frozen=True)
class PlanStep:
    """One dated step on the way to the Match, with its status."""

    key: str  # stable across runs: "2027.match_day", "2027.oet"
    date: dt.date | None
    title: str
    kind: StepKind
    status: StepStatus
    depends_on: tuple[str, ...]  # keys of the steps that must come first
    rule_id: str
    source: str
    estimate: bool  # the date is our estimate, not yet published
    approximate: bool = False  # known to the month only
    note: str = ""  # why this date, in the user's words
    item_id: ItemId | None = None

    @property
    def date_text(self) -> str:
        if self.date is None:
            return _("not yet published")
        shown = format_month(self.date) if self.approximate else format_date(self.date)
        # Translators: {date} is a date or a month ("2027-03-19", "March 2027").
        return _("around {date} (estimate)").format(date=shown) if self.estimate else shown

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "date": self.date.isoformat() if self.date else None,
            "title": self.title,
            "kind": self.kind.value,
            "status": self.status.value,
            "depends_on": list(self.depends_on),
            "rule_id": self.rule_id,
            "source": self.source,
            "estimate": self.estimate,
            "approximate": self.approximate,
            "note": self.note,
            "item_id": self.item_id.value if self.item_id else None,
        }


@dataclass(frozen=True)
class Plan:
    """The applicant's dated steps to the target Match, or why there is none."""

    as_of: dt.date
    target_match_year: int | None
    steps: tuple[PlanStep, ...]  # by date; undated steps last
    problem: str  # why there is no dated plan ("" when there is one)
    next_realistic_match: int | None  # when a step is late or the target is over
    rules_version: str
    rules_updated: dt.date

    @property
    def late(self) -> tuple[PlanStep, ...]:
        return tuple(s for s in self.steps if s.status is StepStatus.LATE)

    def upcoming(self, count: int = 3) -> tuple[PlanStep, ...]:
        """The next ``count`` open dated steps on or after the assessment date."""
        ahead = [
            s
            for s in self.steps
            if s.date is not None and s.date >= self.as_of and s.status is StepStatus.OPEN
        ]
        return tuple(ahead[:count])

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "target_match_year": self.target_match_year,
            "rules": {"version": self.rules_version, "updated": self.rules_updated.isoformat()},
            "problem": self.problem,
            "next_realistic_match": self.next_realistic_match,
            "steps": [s.to_dict() for s in self.steps],
        }


_MILESTONES: tuple[tuple[Family, str], ...] = (
    (Family.PATHWAYS_OPENS, N_("ECFMG Pathways application opens")),
    (Family.ERAS_OPENS, N_("ERAS season opens")),
    (Family.ERAS_SUBMIT, N_("ERAS applications can be submitted")),
    (Family.PATHWAYS_DEADLINE, N_("Pathways application deadline for this Match")),
    (Family.ROL_DEADLINE, N_("NRMP rank order list deadline (ECFMG verification due)")),
    (Family.MATCH_DAY, N_("Match Day")),
    (Family.RESIDENCY_START, N_("Residency starts (ECFMG Certification needed)")),
)

_CREDENTIALS = (ItemId.CREDIT_YEARS, ItemId.DIPLOMA, ItemId.TRANSCRIPT, ItemId.TRANSLATIONS)
_TASK_TITLES: dict[ItemId, str] = {
    ItemId.APPLICATION: N_("Submit the Application for ECFMG Certification"),
    ItemId.STEP1: N_("Pass USMLE Step 1, results with ECFMG"),
    ItemId.STEP2_CK: N_("Pass USMLE Step 2 CK, results with ECFMG"),
    ItemId.PATHWAY: N_("ECFMG Pathway application in, with its documents"),
    ItemId.OET: N_("Pass OET Medicine (all four sub-tests in one sitting)"),
    ItemId.CREDIT_YEARS: N_("At least four credit years of medical school"),
    ItemId.DIPLOMA: N_("Final medical diploma with ECFMG, verified"),
    ItemId.TRANSCRIPT: N_("Final transcript with ECFMG, verified"),
    ItemId.TRANSLATIONS: N_("Official English translations of your documents"),
    ItemId.IMG_STATUS: N_("Eligibility for ECFMG Certification settled"),
    ItemId.SPONSOR_NOTE: N_("Your school's ECFMG note checked"),
    ItemId.GRADUATION_YEAR: N_("Your graduation year covered by the note"),
}


def plan(
    profile: Profile,
    ruleset: Ruleset,
    as_of: dt.date,
    target_match_year: int | None = None,
    *,
    look_ahead: bool = True,
) -> Plan:
    """The dated plan for ``profile`` toward its target Match (or ``target_match_year``: what
    if I aim for another Match?). Never raises for a profile the engine can judge."""
    target = target_match_year or profile.target_match_year
    if target_match_year is not None and target_match_year != profile.target_match_year:
        profile = _aimed_at(profile, target_match_year)
    checklist = evaluate(profile, ruleset, as_of)
    problem = _problem(checklist, ruleset, target)
    if target is None or not ruleset.covers(target):
        return Plan(
            as_of, target, (), problem, next_open_match(ruleset, as_of), ruleset.version,
            ruleset.updated,
        )  # fmt: skip
    milestones = [_milestone(event, as_of) for event in _events(ruleset, target)]
    tasks = _tasks(profile, checklist, ruleset, target, as_of)
    steps = tuple(sorted(milestones + tasks, key=_order))
    late = any(s.status is StepStatus.LATE for s in steps) or bool(problem)
    upcoming = _next_realistic(profile, ruleset, as_of, target) if late and look_ahead else None
    return Plan(as_of, target, steps, problem, upcoming, ruleset.version, ruleset.updated)


def _aimed_at(profile: Profile, target: int) -> Profile:
    """A copy aimed at another Match; an unapproved Pathway moves to that cycle with it."""
    skills = profile.clinical_skills
    approved = skills.pathway_status == "approved"
    moved_skills = dataclasses.replace(
        skills, pathway_cycle=skills.pathway_cycle if approved else None
    )
    return dataclasses.replace(profile, target_match_year=target, clinical_skills=moved_skills)


def _problem(checklist: Checklist, ruleset: Ruleset, target: int | None) -> str:
    cycle = checklist.item(ItemId.MATCH_CYCLE)
    if target is None:
        return _("Your target Match year is not given yet.")
    if not ruleset.covers(target):
        return cycle.reason
    if cycle.status is Status.NEEDS_INFO:  # the target Match is over
        return cycle.reason
    return ""


def _events(ruleset: Ruleset, year: int) -> list[tuple[CycleDate, str]]:
    found = []
    for family, title in _MILESTONES:
        event = cycle_date(ruleset, family, year)
        if event is not None:
            found.append((event, _(title)))
    return found


def _milestone(found: tuple[CycleDate, str], as_of: dt.date) -> PlanStep:
    event, title = found
    return PlanStep(
        key=f"{event.match_year}.{event.family.value.split('.', 1)[1]}",
        date=event.date,
        title=title,
        kind=StepKind.MILESTONE,
        status=StepStatus.DONE if event.passed(as_of) else StepStatus.OPEN,
        depends_on=(),
        rule_id=event.rule.id,
        source=event.rule.source,
        estimate=event.is_estimate,
        approximate=event.approximate,
        note=rule_text(event.rule),
    )


def _tasks(
    profile: Profile, checklist: Checklist, ruleset: Ruleset, target: int, as_of: dt.date
) -> list[PlanStep]:
    cycle = pathway_cycle(profile) or target
    rol = cycle_date(ruleset, Family.ROL_DEADLINE, target)
    start = cycle_date(ruleset, Family.RESIDENCY_START, target)
    deadline = cycle_date(ruleset, Family.PATHWAYS_DEADLINE, cycle)
    oet_by = _earliest_oet_bound(ruleset, cycle)
    key = f"{target}."
    verified_by_rol = _("ECFMG must verify your pass by the rank order list deadline.")
    needed_to_start = _("Needed for ECFMG Certification, which you need to start residency.")
    settle_first = _("Settle this first: nothing else counts without it.")
    by: dict[ItemId, tuple[CycleDate | None, str, tuple[str, ...]]] = {
        ItemId.STEP1: (rol, verified_by_rol, ()),
        ItemId.STEP2_CK: (rol, verified_by_rol, ()),
        ItemId.PATHWAY: (
            deadline,
            _("The Pathways deadline to be in this Match."),
            (f"{key}pathways_opens",),
        ),
        ItemId.OET: (
            oet_by,
            _("The last date an OET sitting can count for this cycle."),
            (),
        ),
        **{item: (start, needed_to_start, ()) for item in _CREDENTIALS},
        ItemId.IMG_STATUS: (None, settle_first, ()),
        ItemId.SPONSOR_NOTE: (None, settle_first, ()),
        ItemId.GRADUATION_YEAR: (None, settle_first, ()),
    }
    tasks: list[PlanStep] = []
    for item_id, (event, why, after) in by.items():
        item = checklist.item(item_id)
        if item.status is Status.NOT_APPLICABLE:
            continue
        if item_id in (ItemId.IMG_STATUS, ItemId.SPONSOR_NOTE, ItemId.GRADUATION_YEAR) and (
            item.status in DONE_STATUSES
        ):
            continue  # settled: no step to plan
        step_key = f"{key}{item_id.value.split('.', 1)[1]}"
        waiting = _waiting_note(profile, item_id, as_of)
        tasks.append(_task(step_key, item, event, f"{why} {waiting}".strip(), after, as_of))
    application = checklist.item(ItemId.APPLICATION)
    if application.status is not Status.NOT_APPLICABLE:
        first = min((t for t in tasks if t.date is not None), key=_order, default=None)
        tasks.append(
            PlanStep(
                key=f"{key}application",
                date=first.date if first else None,
                title=_(_TASK_TITLES[ItemId.APPLICATION]),
                kind=StepKind.TASK,
                status=_task_status(application, first.date if first else None,
                                    bool(first and first.estimate), as_of),
                depends_on=(),
                rule_id=application.rule_id,
                source=application.source,
                estimate=bool(first and first.estimate),
                approximate=bool(first and first.approximate),
                note=_("Needed before ECFMG confirms your exams and your Pathway: do it first."),
                item_id=ItemId.APPLICATION,
            )
        )  # fmt: skip
    return tasks


_DOCUMENT_OF: dict[ItemId, str] = {ItemId.DIPLOMA: "diploma", ItemId.TRANSCRIPT: "transcript"}


def _waiting_note(profile: Profile, item_id: ItemId, as_of: dt.date) -> str:
    """How long a document behind the item has waited for verification, as of ``as_of``."""
    kind = _DOCUMENT_OF.get(item_id)
    if kind is None:
        return ""
    waiting = [s for s in states_of_kind(profile, kind, as_of) if s.days_waiting is not None]
    # Translators: {document} is a document's kind, {status} where it stands ("Uploaded on …").
    return " ".join(
        _("{document}: {status}.").format(document=state.label, status=state_line(state))
        for state in waiting
    )


def _earliest_oet_bound(ruleset: Ruleset, cycle: int) -> CycleDate | None:
    """For planning, the prudent bound: the earliest of the cycle's last OET dates, an estimate
    included (the verdict itself only ever fails on a published one)."""
    bounds = [cycle_date(ruleset, family, cycle) for family in OET_BOUNDS]
    return min((b for b in bounds if b is not None), key=lambda b: b.date, default=None)


def _task(
    key: str,
    item: ChecklistItem,
    event: CycleDate | None,
    why: str,
    after: tuple[str, ...],
    as_of: dt.date,
) -> PlanStep:
    date = event.date if event else None
    estimate = bool(event and event.is_estimate)
    return PlanStep(
        key=key,
        date=date,
        title=_(_TASK_TITLES[item.id]),
        kind=StepKind.TASK,
        status=_task_status(item, date, estimate, as_of),
        depends_on=after,
        rule_id=event.rule.id if event else item.rule_id,
        source=event.rule.source if event else item.source,
        estimate=estimate,
        approximate=bool(event and event.approximate),
        note=why if item.status not in DONE_STATUSES else item.reason,
        item_id=item.id,
    )


def _task_status(
    item: ChecklistItem, date: dt.date | None, estimate: bool, as_of: dt.date
) -> StepStatus:
    if item.status in DONE_STATUSES:
        return StepStatus.DONE
    if date is None:
        return StepStatus.OPEN  # to settle first, whatever the date
    if date < as_of:
        # A date we only estimated never makes anyone late.
        return StepStatus.NOT_PUBLISHED if estimate else StepStatus.LATE
    return StepStatus.OPEN


def _order(step: PlanStep) -> tuple[int, dt.date, int, str]:
    """By date (undated last), milestones before tasks on the same day."""
    return (
        step.date is None,
        step.date or dt.date.max,
        0 if step.kind is StepKind.MILESTONE else 1,
        step.key,
    )


def _next_realistic(profile: Profile, ruleset: Ruleset, as_of: dt.date, target: int) -> int | None:
    """The first later Match these rules cover whose plan has nothing late already."""
    for year in range(target + 1, ruleset.last_match_year + 1):
        later = plan(profile, ruleset, as_of, year, look_ahead=False)
        if not later.late and not later.problem:
            return year
    return None
