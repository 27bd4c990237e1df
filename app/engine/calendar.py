"""The Match cycle: each Match year's dates from data/rules/calendar.toml, and the item that
says whether the target Match is still ahead, already held, or outside what the rules cover.

A date known only as an estimate informs ("around August 2027") and never decides a verdict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.checklist import ChecklistItem, Status
from app.engine.items import ItemId
from app.engine.verdicts import verdict
from app.profile import Profile
from app.rules import Family, Rule, Ruleset, Standing

_SHORT_NAMES: dict[Family, str] = {
    Family.PATHWAYS_OPENS: "the Pathways application opens",
    Family.PATHWAYS_DEADLINE: "the Pathways application deadline",
    Family.PATHWAYS_CLOSE: "the Pathways season closes",
    Family.OET_LAST_TEST_DATE: "the last OET test date accepted",
    Family.ERAS_OPENS: "the ERAS season opens",
    Family.ERAS_SUBMIT: "ERAS applications can be submitted",
    Family.ROL_DEADLINE: "rank order lists close",
    Family.MATCH_DAY: "Match Day",
    Family.RESIDENCY_START: "residency starts",
}


@dataclass(frozen=True)
class CycleDate:
    """One dated event of a Match cycle, with the rule it rests on."""

    family: Family
    match_year: int
    date: dt.date
    rule: Rule

    @property
    def standing(self) -> Standing:
        return self.rule.standing

    @property
    def approximate(self) -> bool:
        return bool(self.rule.params.get("approximate", False))

    @property
    def is_estimate(self) -> bool:
        return self.rule.is_estimate

    @property
    def text(self) -> str:
        """'2027-03-19', '2027-03-19 (third-party)', 'around August 2027 (estimate)'."""
        shown = self.date.strftime("%B %Y") if self.approximate else self.date.isoformat()
        if self.standing is Standing.ESTIMATE:
            return f"around {shown} (our estimate; not yet published)"
        if self.standing is Standing.THIRD_PARTY:
            return f"{shown} (third-party sources)"
        return shown

    def passed(self, as_of: dt.date) -> bool:
        """True when the day is over on ``as_of`` (the day itself still counts as open)."""
        return as_of > self.date


def cycle_date(ruleset: Ruleset, family: Family, match_year: int) -> CycleDate | None:
    """The date of ``family``'s event for ``match_year``'s Match, or None when not on file."""
    rule = ruleset.for_match_year(family, match_year)
    if rule is None or not isinstance(rule.params.get("date"), dt.date):
        return None
    return CycleDate(family, match_year, rule.params["date"], rule)


def is_held(ruleset: Ruleset, match_year: int, as_of: dt.date) -> bool | None:
    """True when that Match's Match Day is over (by a date that is not an estimate), False when
    it is ahead, None when we cannot tell."""
    day = cycle_date(ruleset, Family.MATCH_DAY, match_year)
    if day is None:
        return None if as_of.year >= match_year else False
    if day.passed(as_of):
        return None if day.is_estimate else True
    return False


def next_open_match(ruleset: Ruleset, as_of: dt.date) -> int | None:
    """The first Match these rules cover whose Match Day is not known to be over."""
    for year in range(ruleset.first_match_year, ruleset.last_match_year + 1):
        if is_held(ruleset, year, as_of) is False:
            return year
    return None


def _dates_line(ruleset: Ruleset, year: int, families: tuple[Family, ...]) -> str:
    parts = []
    for family in families:
        event = cycle_date(ruleset, family, year)
        if event is not None:
            parts.append(f"{_SHORT_NAMES[family]} {event.text}")
    return "; ".join(parts)


def _next_match_step(ruleset: Ruleset, as_of: dt.date, held: int) -> str:
    upcoming = next_open_match(ruleset, as_of)
    if upcoming is None or upcoming <= held:
        return "Choose a later Match: these rules cover no Match still ahead; import newer rules."
    line = _dates_line(ruleset, upcoming, (Family.PATHWAYS_DEADLINE, Family.ROL_DEADLINE))
    return f"Aim for the {upcoming} Match" + (f": {line}." if line else ".")


def match_cycle_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    """Whether the target Match is ahead, with its key dates; held or uncovered ones say so."""
    rule = ruleset.get("match.cycle")
    item = ItemId.MATCH_CYCLE
    year = profile.target_match_year
    if year is None:
        upcoming = next_open_match(ruleset, as_of)
        hint = f" The next Match these rules know is {upcoming}." if upcoming else ""
        return verdict(
            item,
            Status.NEEDS_INFO,
            "Your target Match year is not given yet." + hint,
            rule,
            "Tell us which Match you aim for.",
        )
    if not ruleset.covers(year):
        return verdict(
            item,
            Status.NEEDS_INFO,
            f"These rules do not cover the {year} Match: they were written for the "
            f"{ruleset.coverage_text} Matches.",
            rule,
            "Import newer rules (Import rules… in the app, or `rules import FILE`), or check "
            "the sources for that Match yourself.",
        )
    match_day = cycle_date(ruleset, Family.MATCH_DAY, year)
    if match_day is not None and match_day.passed(as_of):
        held = "was held" if not match_day.is_estimate else "was probably held"
        return verdict(
            item,
            Status.NEEDS_INFO,
            f"The {year} Match {held} on {match_day.text}; it is over on {as_of}.",
            rule,
            _next_match_step(ruleset, as_of, year),
        )
    rol = cycle_date(ruleset, Family.ROL_DEADLINE, year)
    line = _dates_line(
        ruleset, year, (Family.ROL_DEADLINE, Family.MATCH_DAY, Family.RESIDENCY_START)
    )
    if rol is not None and rol.passed(as_of) and not rol.is_estimate:
        reason = (
            f"Rank order lists for the {year} Match closed on {rol.text}; "
            f"Match Day is {match_day.text if match_day else 'in the third week of March'}."
        )
        return verdict(item, Status.MET, reason, rule, "Follow NRMP's Match Week instructions.")
    reason = f"The {year} Match is ahead" + (f": {line}." if line else ".")
    step = (
        "ECFMG must verify your Step 1, Step 2 CK and clinical skills requirement by the rank "
        "order list deadline" + (f", {rol.text}." if rol else ".")
    )
    return verdict(item, Status.MET, reason, rule, step)
