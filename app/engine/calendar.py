"""The Match cycle: each Match year's dates from data/rules/calendar.toml, and the item that
says whether the target Match is still ahead, already held, or outside what the rules cover.

A date known only as an estimate informs ("around August 2027") and never decides a verdict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.checklist import ChecklistItem, Status
from app.engine.items import ItemId
from app.engine.verdicts import joined, verdict
from app.i18n import N_, _, format_date, format_month
from app.profile import Profile
from app.rules import Family, Rule, Ruleset, Standing

# Each event with its date, as a part of a list ("rank order lists close 2027-03-03; Match Day
# 2027-03-19"). {date} may read "around August 2027 (our estimate; not yet published)".
_EVENTS: dict[Family, str] = {
    Family.PATHWAYS_OPENS: N_("the Pathways application opens {date}"),
    Family.PATHWAYS_DEADLINE: N_("the Pathways application deadline {date}"),
    Family.PATHWAYS_CLOSE: N_("the Pathways season closes {date}"),
    Family.OET_LAST_TEST_DATE: N_("the last OET test date accepted {date}"),
    Family.ERAS_OPENS: N_("the ERAS season opens {date}"),
    Family.ERAS_SUBMIT: N_("ERAS applications can be submitted {date}"),
    Family.ROL_DEADLINE: N_("rank order lists close {date}"),
    Family.MATCH_DAY: N_("Match Day {date}"),
    Family.RESIDENCY_START: N_("residency starts {date}"),
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
        """'2027-03-19', '2027-03-19 (third-party sources)', 'around August 2027 (our
        estimate; not yet published)', in the language in use."""
        shown = format_month(self.date) if self.approximate else format_date(self.date)
        if self.standing is Standing.ESTIMATE:
            # Translators: {date} is a day or a month ("August 2027").
            return _("around {date} (our estimate; not yet published)").format(date=shown)
        if self.standing is Standing.THIRD_PARTY:
            return _("{date} (third-party sources)").format(date=shown)
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
            parts.append(_(_EVENTS[family]).format(date=event.text))
    return joined(parts)


def _next_match_step(ruleset: Ruleset, as_of: dt.date, held: int) -> str:
    upcoming = next_open_match(ruleset, as_of)
    if upcoming is None or upcoming <= held:
        return _(
            "Choose a later Match: these rules cover no Match still ahead; import newer rules."
        )
    line = _dates_line(ruleset, upcoming, (Family.PATHWAYS_DEADLINE, Family.ROL_DEADLINE))
    if line:
        # Translators: {dates} lists the Match's key dates ("the Pathways application deadline
        # 2027-01-31; rank order lists close 2027-03-03").
        return _("Aim for the {year} Match: {dates}.").format(year=upcoming, dates=line)
    return _("Aim for the {year} Match.").format(year=upcoming)


def match_cycle_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    """Whether the target Match is ahead, with its key dates; held or uncovered ones say so."""
    rule = ruleset.get("match.cycle")
    item = ItemId.MATCH_CYCLE
    year = profile.target_match_year
    if year is None:
        upcoming = next_open_match(ruleset, as_of)
        reason = _("Your target Match year is not given yet.")
        if upcoming:
            hint = _("The next Match these rules know is {year}.").format(year=upcoming)
            reason = f"{reason} {hint}"
        return verdict(
            item,
            Status.NEEDS_INFO,
            reason,
            rule,
            _("Tell us which Match you aim for."),
        )
    if not ruleset.covers(year):
        return verdict(
            item,
            Status.NEEDS_INFO,
            # Translators: {years} is a range of Match years (2024–2028).
            _(
                "These rules do not cover the {year} Match: they were written for the "
                "{years} Matches."
            ).format(year=year, years=ruleset.coverage_text),
            rule,
            # Translators: "Import rules…" is the app's menu item; `rules import FILE` the CLI
            # command (keep it in English).
            _(
                "Import newer rules (Import rules… in the app, or `rules import FILE`), or check "
                "the sources for that Match yourself."
            ),
        )
    match_day = cycle_date(ruleset, Family.MATCH_DAY, year)
    if match_day is not None and match_day.passed(as_of):
        if match_day.is_estimate:
            held = _("The {year} Match was probably held on {date}; it is over on {as_of}.")
        else:
            held = _("The {year} Match was held on {date}; it is over on {as_of}.")
        return verdict(
            item,
            Status.NEEDS_INFO,
            held.format(year=year, date=match_day.text, as_of=format_date(as_of)),
            rule,
            _next_match_step(ruleset, as_of, year),
        )
    rol = cycle_date(ruleset, Family.ROL_DEADLINE, year)
    line = _dates_line(
        ruleset, year, (Family.ROL_DEADLINE, Family.MATCH_DAY, Family.RESIDENCY_START)
    )
    if rol is not None and rol.passed(as_of) and not rol.is_estimate:
        if match_day:
            reason = _(
                "Rank order lists for the {year} Match closed on {date}; Match Day is {match_day}."
            ).format(year=year, date=rol.text, match_day=match_day.text)
        else:
            reason = _(
                "Rank order lists for the {year} Match closed on {date}; Match Day is in the "
                "third week of March."
            ).format(year=year, date=rol.text)
        return verdict(item, Status.MET, reason, rule, _("Follow NRMP's Match Week instructions."))
    if line:
        # Translators: {dates} lists the Match's key dates ("rank order lists close 2027-03-03;
        # Match Day 2027-03-19; residency starts 2027-07-01").
        reason = _("The {year} Match is ahead: {dates}.").format(year=year, dates=line)
    else:
        reason = _("The {year} Match is ahead.").format(year=year)
    if rol:
        step = _(
            "ECFMG must verify your Step 1, Step 2 CK and clinical skills requirement by the "
            "rank order list deadline, {date}."
        ).format(date=rol.text)
    else:
        step = _(
            "ECFMG must verify your Step 1, Step 2 CK and clinical skills requirement by the "
            "rank order list deadline."
        )
    return verdict(item, Status.MET, reason, rule, step)
