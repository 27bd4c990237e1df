"""What the engine returns: a Checklist of items, each with a status, a reason and a source."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    PENDING = "pending"  # answered and under way: exam scheduled, pathway applied, document coming
    NEEDS_INFO = "needs_info"  # not answered yet: unknown is never failure
    NOT_APPLICABLE = "not_applicable"


class Overall(StrEnum):
    READY = "ready"
    NOT_ELIGIBLE = "not_eligible"
    NOT_READY = "not_ready"
    INCOMPLETE = "incomplete"


STATUS_LABELS: dict[Status, str] = {
    Status.MET: "Met",
    Status.NOT_MET: "Not met",
    Status.PENDING: "In progress",
    Status.NEEDS_INFO: "Needs your answer",
    Status.NOT_APPLICABLE: "Not applicable",
}

OVERALL_LABELS: dict[Overall, str] = {
    Overall.READY: "Ready: every requirement is met",
    Overall.NOT_ELIGIBLE: "Not eligible: a requirement cannot be met",
    Overall.NOT_READY: "Not ready yet: something is short today",
    Overall.INCOMPLETE: "Incomplete: answers or steps are still open",
}

# Areas in the order the wizard and the PDF show them; an item's area is its id's first part.
AREAS: dict[str, str] = {
    "eligibility": "Eligibility",
    "school": "Medical school",
    "exams": "USMLE examinations",
    "clinical": "Clinical and communication skills",
    "credentials": "Medical education credentials",
    "application": "ECFMG application",
}

ITEM_IDS: tuple[str, ...] = (
    "eligibility.img_status",
    "school.sponsor_note",
    "school.graduation_year",
    "exams.step1",
    "exams.step2_ck",
    "clinical.requirement",
    "clinical.pathway",
    "clinical.oet",
    "credentials.credit_years",
    "credentials.diploma",
    "credentials.transcript",
    "credentials.translations",
    "application.submitted",
)


@dataclass(frozen=True)
class ChecklistItem:
    id: str  # stable, one of ITEM_IDS
    title: str
    status: Status
    reason: str  # one sentence naming the user's own values
    source: str  # official https address
    rule_id: str
    next_step: str  # "" when nothing is left to do
    blocking: bool = False  # True when the applicant cannot fix it
    confirmed: bool = True  # False when the rule rests on an unconfirmed fact: say so to the user

    @property
    def area(self) -> str:
        return self.id.split(".", 1)[0]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        return data


@dataclass(frozen=True)
class Checklist:
    as_of: dt.date
    rules_version: str
    rules_updated: dt.date
    overall: Overall
    items: tuple[ChecklistItem, ...]

    def item(self, item_id: str) -> ChecklistItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def by_area(self) -> list[tuple[str, list[ChecklistItem]]]:
        """(area title, items) in display order, areas without items left out."""
        groups = [(title, [i for i in self.items if i.area == key]) for key, title in AREAS.items()]
        return [(title, items) for title, items in groups if items]

    def counts(self) -> dict[Status, int]:
        return {s: sum(1 for i in self.items if i.status is s) for s in Status}

    def to_dict(self) -> dict[str, Any]:
        """The CLI's JSON shape: {as_of, rules: {version, updated}, overall, items: [...]}."""
        return {
            "as_of": self.as_of.isoformat(),
            "rules": {"version": self.rules_version, "updated": self.rules_updated.isoformat()},
            "overall": self.overall.value,
            "items": [i.to_dict() for i in self.items],
        }


def overall_of(items: tuple[ChecklistItem, ...] | list[ChecklistItem]) -> Overall:
    """ready (all met or n/a), not_eligible (a blocking not_met), not_ready (another not_met),
    else incomplete."""
    if any(i.status is Status.NOT_MET and i.blocking for i in items):
        return Overall.NOT_ELIGIBLE
    if any(i.status is Status.NOT_MET for i in items):
        return Overall.NOT_READY
    if all(i.status in (Status.MET, Status.NOT_APPLICABLE) for i in items):
        return Overall.READY
    return Overall.INCOMPLETE
