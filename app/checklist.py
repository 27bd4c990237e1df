"""What the engine returns: a Checklist of items, each with a status, a reason and a source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.engine.items import AREA_TITLES, ITEM_IDS, Area, ItemId, TranslatedLabels
from app.i18n import N_, _, format_date, ngettext, pgettext
from app.rules.standing import Standing

__all__ = [
    "ITEM_IDS",
    "NOT_YOUR_ROUTE_LABEL",
    "OPEN_STATUSES",
    "OVERALL_LABELS",
    "RULES_AGE_NOTICE_DAYS",
    "STATUS_LABELS",
    "Area",
    "Checklist",
    "ChecklistItem",
    "ItemId",
    "Overall",
    "Status",
    "blocking_item",
    "origin_label",
    "outcome_label",
    "overall_of",
    "overall_short",
    "urgent_items",
]

# Rules older than this on the assessment date earn a calm notice on every surface.
RULES_AGE_NOTICE_DAYS = 180


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    PENDING = "pending"  # answered and under way: exam scheduled, pathway applied, document coming
    NEEDS_INFO = "needs_info"  # not answered yet, or not yet published: unknown is never failure
    NOT_APPLICABLE = "not_applicable"


class Overall(StrEnum):
    READY = "ready"
    NOT_ELIGIBLE = "not_eligible"
    NOT_READY = "not_ready"
    INCOMPLETE = "incomplete"
    NOT_YET_KNOWN = "not_yet_known"  # met as far as published; some rules are only estimates


# Every label table below answers in the language in use (TranslatedLabels); the enum values
# stay the English ids of the JSON output.
STATUS_LABELS: TranslatedLabels[Status] = TranslatedLabels(
    {
        Status.MET: N_("Met"),
        Status.NOT_MET: N_("Not met"),
        Status.PENDING: N_("In progress"),
        Status.NEEDS_INFO: N_("Needs your answer"),
        Status.NOT_APPLICABLE: N_("Not applicable"),
    }
)

OVERALL_LABELS: TranslatedLabels[Overall] = TranslatedLabels(
    {
        Overall.READY: N_("Ready: every requirement is met"),
        Overall.NOT_ELIGIBLE: N_("Not eligible: a requirement cannot be met"),
        Overall.NOT_READY: N_("Not ready yet: a requirement is not met today"),
        Overall.INCOMPLETE: N_("Incomplete: answers or steps are still open"),
        Overall.NOT_YET_KNOWN: N_(
            "Not yet known: what is published is met, but ECFMG has not "
            "published every rule for your Match"
        ),
    }
)

# Said instead of "Not eligible" when what blocks is that the applicant is no IMG at all (a
# Canadian graduate before the cut-off, a US school): a different road, not a failure. English
# here; outcome_label() gives it in the language in use.
NOT_YOUR_ROUTE_LABEL = N_("ECFMG Certification is not your route")

# What is still open: a met or not-applicable item is never a thing to do next, whatever its
# next step says (a met Match cycle still names what ECFMG does by the rank order list deadline).
OPEN_STATUSES = (Status.NOT_MET, Status.NEEDS_INFO, Status.PENDING)

# Most urgent first: what stops the applicant, then what only they can answer, then what is
# under way.
_URGENCY: dict[Status, int] = {
    Status.NOT_MET: 0,
    Status.NEEDS_INFO: 1,
    Status.PENDING: 2,
    Status.MET: 3,
    Status.NOT_APPLICABLE: 4,
}

# Kept for callers that iterate areas with their titles, in display order (titles in the
# language in use).
AREAS: TranslatedLabels[str] = TranslatedLabels(
    {area.value: AREA_TITLES.english(area) for area in Area}
)


@dataclass(frozen=True)
class ChecklistItem:
    """One requirement judged: its verdict, why, what to do next and the official source."""

    id: ItemId
    title: str
    status: Status
    reason: str  # one sentence naming the user's own values
    source: str  # official https address
    rule_id: str
    next_step: str  # "" when nothing is left to do
    blocking: bool = False  # True when the applicant cannot fix it
    standing: Standing = Standing.CONFIRMED  # of the weakest fact the verdict rests on

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", ItemId(self.id))  # a plain id string is accepted too

    @property
    def area(self) -> Area:
        return self.id.area

    @property
    def confirmed(self) -> bool:
        return self.standing is Standing.CONFIRMED

    @property
    def on_estimate(self) -> bool:
        return self.standing is Standing.ESTIMATE

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id.value,
            "title": self.title,
            "status": self.status.value,
            "reason": self.reason,
            "source": self.source,
            "rule_id": self.rule_id,
            "next_step": self.next_step,
            "blocking": self.blocking,
            "standing": self.standing.value,
            "confirmed": self.confirmed,
        }


@dataclass(frozen=True)
class Checklist:
    """Every requirement judged for one profile on one day, by one version of the rules."""

    as_of: dt.date
    rules_version: str
    rules_updated: dt.date
    overall: Overall
    items: tuple[ChecklistItem, ...]
    rules_match_years: tuple[int, int] = (0, 0)
    rules_origin: str = "bundled"

    def item(self, item_id: ItemId | str) -> ChecklistItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def by_area(self) -> list[tuple[str, list[ChecklistItem]]]:
        """(area title, items) in display order, areas without items left out."""
        groups = [(area.label, [i for i in self.items if i.area is area]) for area in Area]
        return [(title, items) for title, items in groups if items]

    @property
    def outcome(self) -> str:
        """The overall verdict in words, as every surface prints it (see outcome_label)."""
        blocker = blocking_item(self)
        return outcome_label(self.overall, blocker.id if blocker else None)

    def counts(self) -> dict[Status, int]:
        return {s: sum(1 for i in self.items if i.status is s) for s in Status}

    @property
    def progress_text(self) -> str:
        """How far along, in the words the app, the PDF and the CLI all print:
        '11 of 13 met · 1 not met · 1 in progress; 1 does not apply to you'."""
        counts = self.counts()
        applicable = len(self.items) - counts[Status.NOT_APPLICABLE]
        met = counts[Status.MET]
        # Translators: {met} of the {count} requirements that apply to the applicant are met.
        parts = [
            ngettext("{met} of {count} met", "{met} of {count} met", met).format(
                met=met, count=applicable
            )
        ]
        for status in (Status.NOT_MET, Status.NEEDS_INFO, Status.PENDING):
            n = counts[status]
            if n:
                parts.append(_open_count(status, n))
        text = " · ".join(parts)
        not_applicable = counts[Status.NOT_APPLICABLE]
        if not_applicable:
            # Translators: {progress} is the count of requirements met and open ("11 of 13 met ·
            # 1 not met"); {count} requirements do not apply to this applicant.
            text = ngettext(
                "{progress}; {count} does not apply to you",
                "{progress}; {count} do not apply to you",
                not_applicable,
            ).format(progress=text, count=not_applicable)
        return text

    @property
    def rules_age_days(self) -> int:
        return (self.as_of - self.rules_updated).days

    @property
    def rules_notice(self) -> str:
        """A calm sentence when the rules are older than RULES_AGE_NOTICE_DAYS; else ""."""
        days = self.rules_age_days
        if days <= RULES_AGE_NOTICE_DAYS:
            return ""
        months = days // 30
        return ngettext(
            "These rules were last updated on {updated} ({months} month before {as_of}). "
            "ECFMG may have changed something since: check the sources, or import a newer "
            "rules file.",
            "These rules were last updated on {updated} ({months} months before {as_of}). "
            "ECFMG may have changed something since: check the sources, or import a newer "
            "rules file.",
            months,
        ).format(
            updated=format_date(self.rules_updated), months=months, as_of=format_date(self.as_of)
        )

    @property
    def rules_line(self) -> str:
        """'Rules version 2026.12.02 of 2026-12-02 (bundled), for the 2024–2028 Matches'."""
        first, last = self.rules_match_years
        values = {
            "version": self.rules_version,
            "updated": format_date(self.rules_updated),
            "origin": origin_label(self.rules_origin),
            "first": first,
            "last": last,
        }
        if first:
            # Translators: {origin} is "bundled" or "imported" (where the rules came from);
            # {first}–{last} are the Match years the rules cover.
            return _(
                "Rules version {version} of {updated} ({origin}), for the {first}–{last} Matches"
            ).format(**values)
        return _("Rules version {version} of {updated} ({origin})").format(**values)

    def to_dict(self) -> dict[str, Any]:
        """The CLI's JSON shape: {as_of, rules: {...}, overall, items: [...]}."""
        first, last = self.rules_match_years
        return {
            "as_of": self.as_of.isoformat(),
            "rules": {
                "version": self.rules_version,
                "updated": self.rules_updated.isoformat(),
                "origin": self.rules_origin,
                "match_years": [first, last],
                "age_days": self.rules_age_days,
                "notice": self.rules_notice,
            },
            "overall": self.overall.value,
            "items": [i.to_dict() for i in self.items],
        }


def overall_of(items: tuple[ChecklistItem, ...] | list[ChecklistItem]) -> Overall:
    """not_eligible (a blocking not_met), not_ready (another not_met), ready (all met or n/a,
    none on an estimate), not_yet_known (all met or n/a, some on an estimate), else incomplete."""
    if any(i.status is Status.NOT_MET and i.blocking for i in items):
        return Overall.NOT_ELIGIBLE
    if any(i.status is Status.NOT_MET for i in items):
        return Overall.NOT_READY
    if all(i.status in (Status.MET, Status.NOT_APPLICABLE) for i in items):
        if any(i.on_estimate and i.status is Status.MET for i in items):
            return Overall.NOT_YET_KNOWN
        return Overall.READY
    return Overall.INCOMPLETE


def urgent_items(checklist: Checklist) -> list[ChecklistItem]:
    """The open items, most urgent first (blocking ones before others of their status): the
    app's "What to do next" and the PDF's show the same list."""
    still_open = [item for item in checklist.items if item.status in OPEN_STATUSES]
    order = {item.id: index for index, item in enumerate(checklist.items)}
    return sorted(
        still_open,
        key=lambda i: (_URGENCY[i.status], not i.blocking, order[i.id]),
    )


def blocking_item(checklist: Checklist) -> ChecklistItem | None:
    """The first item that cannot be met whatever the applicant does (what makes the overall
    verdict "not eligible"), or None."""
    for item in checklist.items:
        if item.status is Status.NOT_MET and item.blocking:
            return item
    return None


def outcome_label(overall: Overall, blocking_item_id: ItemId | str | None = None) -> str:
    """The overall verdict in words for a list of profiles: OVERALL_LABELS, except that a
    profile blocked by its IMG status reads "ECFMG Certification is not your route" rather
    than "Not eligible" (it is not a failure: the applicant needs no ECFMG Certification)."""
    if overall is Overall.NOT_ELIGIBLE and blocking_item_id == ItemId.IMG_STATUS:
        return _(NOT_YOUR_ROUTE_LABEL)
    return OVERALL_LABELS[overall]


def overall_short(overall: Overall | None) -> str:
    """'Incomplete', 'Not yet known'…: the overall verdict's short name in the language in use
    (what ``OVERALL_LABELS[overall].split(":")[0]`` gives in English); 'Unknown' for None."""
    if overall is None:
        # Translators: the overall verdict of a profile that could not be assessed.
        return pgettext("overall verdict", "Unknown")
    return _OVERALL_SHORT[overall]()


# The short names carry a context: "Ready" elsewhere may name a group of profiles.
_OVERALL_SHORT: dict[Overall, Callable[[], str]] = {
    Overall.READY: lambda: pgettext("overall verdict", "Ready"),
    Overall.NOT_ELIGIBLE: lambda: pgettext("overall verdict", "Not eligible"),
    Overall.NOT_READY: lambda: pgettext("overall verdict", "Not ready yet"),
    Overall.INCOMPLETE: lambda: pgettext("overall verdict", "Incomplete"),
    Overall.NOT_YET_KNOWN: lambda: pgettext("overall verdict", "Not yet known"),
}


def origin_label(origin: str) -> str:
    """Where the rules in use came from, in words: 'bundled' or 'imported' (translated)."""
    if origin == "bundled":
        # Translators: the rules shipped with the app (as opposed to imported by the user).
        return pgettext("rules origin", "bundled")
    if origin == "imported":
        # Translators: rules the user imported from a newer rules file.
        return pgettext("rules origin", "imported")
    return origin


def _open_count(status: Status, n: int) -> str:
    """'1 not met', '2 need your answer', '1 in progress' (a part of progress_text)."""
    if status is Status.NOT_MET:
        return ngettext("{count} not met", "{count} not met", n).format(count=n)
    if status is Status.NEEDS_INFO:
        return ngettext("{count} needs your answer", "{count} need your answer", n).format(count=n)
    return ngettext("{count} in progress", "{count} in progress", n).format(count=n)
