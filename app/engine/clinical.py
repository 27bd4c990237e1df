"""Clinical and communication skills: the former Step 2 CS, the Pathways, and OET Medicine.

Judged against the Pathways cycle (a Match year) and the assessment date: an OET dated after
``as_of`` is booked, not a result; one after the cycle's last accepted test date does not count
for that cycle; an approved Pathway means ECFMG accepted the OET with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.checklist import STATUS_LABELS, ChecklistItem, Status
from app.engine.calendar import CycleDate, cycle_date
from app.engine.items import ItemId
from app.engine.verdicts import verdict, weakest
from app.profile import OET_SUBTESTS, OetSitting, Profile
from app.rules import Family, Rule, Ruleset, Standing


@dataclass(frozen=True)
class OetSittingVerdict:
    """How one OET Medicine sitting stands against the minimums and the cycle's test window."""

    qualifies: bool | None  # None: cannot tell yet (a score, the date or the cycle is missing)
    shortfalls: tuple[str, ...]  # "Writing 290 is below 300 for tests taken from 2022-04-01"
    in_window: bool | None
    reason: str
    standing: Standing = Standing.CONFIRMED
    minimum_rule: Rule | None = None
    window_rule: Rule | None = None
    booked: bool = False  # dated after the assessment date: not a result yet

    @property
    def confirmed(self) -> bool:
        return self.standing is Standing.CONFIRMED


def oet_minimums(ruleset: Ruleset, test_date: dt.date) -> dict[str, int]:
    """Minimum score per sub-test (listening, reading, writing, speaking) for a test on that
    date; empty when no rule on file covers the date."""
    rule = ruleset.in_force(Family.OET_MINIMUM, test_date)
    return {} if rule is None else {s: int(rule.params[s]) for s in OET_SUBTESTS}


def oet_earliest_test_date(ruleset: Ruleset, cycle_match_year: int) -> tuple[dt.date, Rule] | None:
    """The earliest OET test date accepted for a Pathways cycle, and the rule saying so."""
    rule = ruleset.for_match_year(Family.OET_WINDOW, cycle_match_year)
    if rule is None:
        return None
    if "taken_on_or_after" in rule.params:
        return rule.params["taken_on_or_after"], rule
    return dt.date(cycle_match_year - int(rule.params["taken_years_before_match"]), 1, 1), rule


# Dates after which an OET can no longer count for a cycle: its last accepted test date, the
# deadline to send documents (OET scores included) to be in that Match, and the season's close.
OET_BOUNDS = (Family.OET_LAST_TEST_DATE, Family.PATHWAYS_DEADLINE, Family.PATHWAYS_CLOSE)


def oet_latest_test_date(ruleset: Ruleset, cycle_match_year: int) -> CycleDate | None:
    """The last date an OET can count for a cycle: the earliest published bound, else the
    earliest estimated one (which only ever leaves the answer open)."""
    bounds = [
        event
        for event in (cycle_date(ruleset, family, cycle_match_year) for family in OET_BOUNDS)
        if event is not None
    ]
    published = [b for b in bounds if not b.is_estimate]
    chosen = published or bounds
    return min(chosen, key=lambda b: b.date) if chosen else None


def _with_scores(sitting: OetSitting) -> bool:
    return any(getattr(sitting, s) is not None for s in OET_SUBTESTS)


def judge_oet_sitting(
    sitting: OetSitting, ruleset: Ruleset, cycle_match_year: int | None, as_of: dt.date
) -> OetSittingVerdict:
    """One sitting on ``as_of``: every sub-test against the minimums in force on its test date
    (all four in this one sitting), and the test date against the cycle's window."""
    if sitting.test_date is None:
        return OetSittingVerdict(
            None, (), None, "Add the test date: the minimums and the window depend on it."
        )
    day = sitting.test_date
    if day > as_of:
        scores = (
            " Scores are given for it, but a test after the assessment date cannot have "
            "results yet."
            if _with_scores(sitting)
            else ""
        )
        return OetSittingVerdict(
            None,
            (),
            None,
            f"Booked for {day}, after {as_of}: not a result yet.{scores}",
            booked=True,
        )
    minimum_rule = ruleset.in_force(Family.OET_MINIMUM, day)
    if minimum_rule is None:
        return OetSittingVerdict(
            False, (), False, f"An OET taken on {day} is older than any result ECFMG accepts."
        )
    when = f"for tests taken {minimum_rule.dates_text()}"
    missing = [s.capitalize() for s in OET_SUBTESTS if getattr(sitting, s) is None]
    shortfalls = tuple(
        f"{s.capitalize()} {getattr(sitting, s)} is below {int(minimum_rule.params[s])} {when}"
        for s in OET_SUBTESTS
        if getattr(sitting, s) is not None and getattr(sitting, s) < int(minimum_rule.params[s])
    )
    window = _window(day, ruleset, cycle_match_year)
    standing = weakest(minimum_rule.standing, *window.standings)
    parts = list(shortfalls)
    if missing:
        parts.append(f"{' and '.join(missing)} not given")
    if window.in_window is not True and window.text:
        parts.append(window.text)
    if shortfalls or window.in_window is False:
        qualifies: bool | None = False
    elif missing or window.in_window is None:
        qualifies = None
    else:
        qualifies = True
        scores = ", ".join(f"{s.capitalize()} {getattr(sitting, s)}" for s in OET_SUBTESTS)
        parts = [f"{scores} meet the minimums {when}, and {window.text}"]
    reason = "; ".join(parts) + "."
    return OetSittingVerdict(
        qualifies=qualifies,
        shortfalls=shortfalls,
        in_window=window.in_window,
        reason=reason[0].upper() + reason[1:],
        standing=standing if qualifies is not False or shortfalls else window.deciding,
        minimum_rule=minimum_rule,
        window_rule=window.rule,
    )


@dataclass(frozen=True)
class _Window:
    in_window: bool | None
    text: str
    rule: Rule | None = None
    standings: tuple[Standing, ...] = ()
    deciding: Standing = Standing.CONFIRMED  # of the bound that put the sitting outside


def _window(day: dt.date, ruleset: Ruleset, cycle: int | None) -> _Window:
    """The sitting's date against the cycle's first and last accepted test dates. A bound that
    is only an estimate never puts a sitting outside: it leaves the answer open."""
    if cycle is None:
        return _Window(None, "the Match year of your Pathways cycle is needed to check the window")
    earliest = oet_earliest_test_date(ruleset, cycle)
    if earliest is None:
        return _Window(None, f"no OET test window is on file for the {cycle} Match")
    start, rule = earliest
    latest = oet_latest_test_date(ruleset, cycle)
    # The last date's standing matters only to a sitting after it: every sitting up to it
    # was on a test date of its own, so an outer bound of 31 December is safe.
    standings = [rule.standing]
    if day < start:
        if rule.is_estimate:
            return _Window(
                None,
                f"ECFMG has not published the OET window for the {cycle} Match; in past cycles "
                f"tests from {start} would count, and {day} is earlier",
                rule,
                tuple(standings),
            )
        return _Window(
            False,
            f"{day} is before {start}, the first test date accepted for the {cycle} Match",
            rule,
            tuple(standings),
            rule.standing,
        )
    if latest is not None and day > latest.date:
        if latest.is_estimate:
            return _Window(
                None,
                f"ECFMG has not published the last OET date for the {cycle} Match; a test after "
                f"{latest.text} may come too late for it",
                latest.rule,
                (*standings, latest.standing),
            )
        return _Window(
            False,
            f"{day} is after {latest.date}, the last date an OET can count for the {cycle} "
            f"Match ({_bound_name(latest)}); it can count for a later cycle",
            latest.rule,
            (*standings, latest.standing),
            latest.standing,
        )
    return _Window(
        True,
        f"{day} is inside the {cycle} Match window (on or after {start})",
        rule,
        tuple(standings),
    )


def _bound_name(bound: CycleDate) -> str:
    return {
        Family.PATHWAYS_CLOSE: "the Pathways season closed then",
        Family.PATHWAYS_DEADLINE: "the deadline to send documents, OET scores included",
    }.get(bound.family, "its last accepted test date")


def best_oet_sitting(
    sittings: Sequence[OetSitting], ruleset: Ruleset, cycle: int | None, as_of: dt.date
) -> int | None:
    """Index of the best qualifying single sitting (highest total, then the latest), or None."""
    best: tuple[int, dt.date, int] | None = None
    for index, sitting in enumerate(sittings):
        if judge_oet_sitting(sitting, ruleset, cycle, as_of).qualifies is not True:
            continue
        total = sum(getattr(sitting, s) or 0 for s in OET_SUBTESTS)
        key = (total, sitting.test_date or dt.date.min, index)
        if best is None or key > best:
            best = key
    return None if best is None else best[2]


def pathway_descriptions(ruleset: Ruleset) -> dict[int, str]:
    """One plain line per Pathway 1–6, from the rules data."""
    raw = ruleset.get("clinical.pathways").params.get("descriptions", {})
    return {int(number): str(text) for number, text in sorted(raw.items(), key=lambda i: int(i[0]))}


def pathway_cycle(profile: Profile) -> int | None:
    """The Match year of the Pathways cycle: the one given, else the target Match year (an
    approved Pathway is judged only by the cycle given: see :func:`pathway_item`)."""
    return profile.clinical_skills.pathway_cycle or profile.target_match_year


def _pathway_approved(profile: Profile) -> bool:
    skills = profile.clinical_skills
    return skills.pathway is not None and skills.pathway_status == "approved"


def oet_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    base = ruleset.get("clinical.requirement")
    skills = profile.clinical_skills
    if _pathway_approved(profile):
        return verdict(
            ItemId.OET,
            Status.MET,
            "ECFMG approved your Pathway, and it approves a Pathway only with a satisfactory "
            "OET Medicine result: your OET is accepted.",
            base,
        )
    sittings = skills.oet
    if not sittings:
        return verdict(
            ItemId.OET,
            Status.NEEDS_INFO,
            "No OET Medicine sitting is given yet.",
            base,
            "Add your OET Medicine results, or the date you are booked for.",
        )
    cycle = pathway_cycle(profile)
    verdicts = [judge_oet_sitting(s, ruleset, cycle, as_of) for s in sittings]
    best = best_oet_sitting(sittings, ruleset, cycle, as_of)
    if best is not None:
        chosen = verdicts[best]
        deadline = _deadline_text(ruleset, cycle, as_of)
        return verdict(
            ItemId.OET,
            Status.MET,
            f"Sitting {best + 1} ({sittings[best].test_date}): {chosen.reason}",
            chosen.minimum_rule or base,
            "Let ECFMG access your scores" + (f" by {deadline}." if deadline else ", if not done."),
            standing=chosen.standing,
        )
    booked = [i for i, v in enumerate(verdicts) if v.booked]
    if booked:
        i = booked[0]
        return verdict(
            ItemId.OET,
            Status.PENDING,
            f"Sitting {i + 1}: {verdicts[i].reason}",
            base,
            "Sit the test, then add your four scores.",
        )
    unknown = [i for i, v in enumerate(verdicts) if v.qualifies is None]
    if unknown:
        i = unknown[0]
        return verdict(
            ItemId.OET,
            Status.NEEDS_INFO,
            f"Sitting {i + 1}: {verdicts[i].reason}",
            verdicts[i].window_rule or verdicts[i].minimum_rule or base,
            "Complete the missing answers."
            if cycle is not None
            else "Tell us your target Match year (or your Pathways cycle).",
            standing=verdicts[i].standing,
        )
    latest = max(range(len(sittings)), key=lambda i: sittings[i].test_date or dt.date.min)
    chosen = verdicts[latest]
    return verdict(
        ItemId.OET,
        Status.NOT_MET,
        f"No sitting qualifies. Sitting {latest + 1} ({sittings[latest].test_date}): "
        + chosen.reason,
        (chosen.window_rule if chosen.in_window is False else chosen.minimum_rule) or base,
        "Retake all four sub-tests in one sitting; there is no limit on retakes.",
        standing=chosen.standing,
    )


def _deadline_text(ruleset: Ruleset, cycle: int | None, as_of: dt.date) -> str:
    """'the 2027 Pathways deadline, 2027-01-31 (…)' while it is ahead; "" once passed."""
    if cycle is None:
        return ""
    event = cycle_date(ruleset, Family.PATHWAYS_DEADLINE, cycle) or cycle_date(
        ruleset, Family.PATHWAYS_CLOSE, cycle
    )
    if event is None or event.passed(as_of):
        return ""
    return f"the {cycle} Pathways deadline, {event.text}"


def _approved_item(profile: Profile, ruleset: Ruleset, number: int) -> ChecklistItem:
    """An approved Pathway: its cycle is needed, and it counts for the Matches ECFMG states."""
    rule = ruleset.get("clinical.pathways")
    expiry = ruleset.get("clinical.pathway_certificate_expiry")
    keep = (
        f"A Pathway-based certificate expires unless you complete "
        f"{expiry.params.get('training_months', 12)} months of ACGME-accredited training; "
        "if your Pathway expires, Pathways Revalidation renews it."
    )
    cycle = profile.clinical_skills.pathway_cycle
    target = profile.target_match_year
    if cycle is None:
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            f"ECFMG approved your Pathway {number} application; for which Match year's cycle is "
            "not given, and an approval counts only for the Matches ECFMG states.",
            rule,
            "Tell us the Match year of the Pathways cycle ECFMG approved.",
        )
    approved = f"ECFMG approved your Pathway {number} application for the {cycle} Match"
    if target is None or target == cycle:
        return verdict(ItemId.PATHWAY, Status.MET, approved + ".", rule, keep)
    if target < cycle:
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            f"{approved}, but your target Match is {target}, before that cycle.",
            rule,
            "Check your target Match year and the Pathways cycle.",
        )
    validity = ruleset.for_match_year(Family.PATHWAY_VALIDITY, cycle)
    if validity is None:
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            f"{approved}; whether it still counts for the {target} Match is not on file.",
            rule,
            "Ask ECFMG whether your Pathway is still valid, or apply for Pathways Revalidation.",
        )
    through = int(
        validity.params.get("valid_through_match_year")
        or cycle + int(validity.params.get("valid_match_years_after_cycle", 0))
    )
    if validity.is_estimate:
        covered = "probably counts" if target <= through else "may no longer count"
        return verdict(
            ItemId.PATHWAY,
            Status.MET if target <= through else Status.NEEDS_INFO,
            f"{approved}. ECFMG has not published how long a {cycle} Pathway stays valid; by "
            f"our estimate it {covered} for the {target} Match.",
            validity,
            "Ask ECFMG whether your Pathway is valid for that Match; if not, apply for "
            "Pathways Revalidation. " + keep,
        )
    if target <= through:
        return verdict(
            ItemId.PATHWAY,
            Status.MET,
            f"{approved}; it stays valid through the {through} Match.",
            validity,
            keep,
        )
    return verdict(
        ItemId.PATHWAY,
        Status.NOT_MET,
        f"{approved}; it was valid through the {through} Match, not the {target} Match.",
        validity,
        "Apply for Pathways Revalidation, or apply to a Pathway in a later cycle.",
    )


def pathway_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("clinical.pathways")
    skills = profile.clinical_skills
    number, status = skills.pathway, skills.pathway_status
    if number is None:
        step = "Choose the Pathway you will apply to (1–6)."
        if status is None:
            return verdict(
                ItemId.PATHWAY, Status.NEEDS_INFO, "No Pathway is chosen yet.", rule, step
            )
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            f"Your Pathway application is marked '{status}', but not which Pathway.",
            rule,
            step,
        )
    if status == "approved":
        return _approved_item(profile, ruleset, number)
    cycle = pathway_cycle(profile)
    for_cycle = f" for the {cycle} Match" if cycle else ""
    if profile.exams.step2_cs.result == "fail" and number != 6:
        return verdict(
            ItemId.PATHWAY,
            Status.NOT_MET,
            f"You failed Step 2 CS, so only Pathway 6 is open to you; you chose Pathway {number}.",
            ruleset.get("clinical.step2_cs"),
            "Apply to Pathway 6.",
        )
    for check in (_pathway_offered_check, _pathway_graduation_check):
        found = check(profile, ruleset, number, cycle)
        if found is not None:
            return found
    if status == "applied":
        deadline = _deadline_text(ruleset, cycle, as_of)
        return verdict(
            ItemId.PATHWAY,
            Status.PENDING,
            f"Your Pathway {number} application{for_cycle} is with ECFMG.",
            rule,
            "Make sure every document and your OET scores reach ECFMG"
            + (f" by {deadline}." if deadline else " before the deadline."),
        )
    if status == "rejected":
        return verdict(
            ItemId.PATHWAY,
            Status.NOT_MET,
            f"ECFMG rejected your Pathway {number} application{for_cycle}.",
            rule,
            "Apply again in a later cycle, through the Pathway that fits you.",
        )
    if status == "not_started":
        return _not_applied_item(ruleset, number, cycle, as_of)
    return verdict(
        ItemId.PATHWAY,
        Status.NEEDS_INFO,
        f"You chose Pathway {number}, but not where your application stands.",
        rule,
        "Tell us whether you have applied, and ECFMG's decision if any.",
    )


def _not_applied_item(
    ruleset: Ruleset, number: int, cycle: int | None, as_of: dt.date
) -> ChecklistItem:
    """Not applied yet: pending while the cycle has not opened, not met once it is open, and
    told plainly when its deadline has passed (never on an estimated date)."""
    rule = ruleset.get("clinical.pathways")
    if cycle is None:
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            f"You have not applied to Pathway {number} yet; the cycle depends on your target "
            "Match.",
            rule,
            "Tell us your target Match year.",
        )
    opens = cycle_date(ruleset, Family.PATHWAYS_OPENS, cycle)
    deadline = cycle_date(ruleset, Family.PATHWAYS_DEADLINE, cycle)
    if opens is not None and as_of < opens.date:
        return verdict(
            ItemId.PATHWAY,
            Status.PENDING,
            f"The Pathways application for the {cycle} Match opens {opens.text}; you cannot "
            "apply yet.",
            opens.rule,
            f"Apply to Pathway {number} when it opens"
            + (f"; the deadline to be in that Match is {deadline.text}." if deadline else "."),
            standing=Standing.CONFIRMED if not opens.is_estimate else Standing.ESTIMATE,
        )
    if opens is None and not ruleset.covers(cycle):
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            f"These rules do not cover the {cycle} Match, so its Pathways dates are not known.",
            rule,
            "Import newer rules, or check ECFMG's Pathways pages.",
        )
    if deadline is not None and deadline.passed(as_of):
        return verdict(
            ItemId.PATHWAY,
            Status.NOT_MET,
            f"You have not applied to Pathway {number}, and the deadline to apply for the "
            f"{cycle} Match was {deadline.text}.",
            deadline.rule,
            "Apply in the next cycle's Pathways application.",
        )
    until = f"; apply by {deadline.text}" if deadline else ""
    return verdict(
        ItemId.PATHWAY,
        Status.NOT_MET,
        f"You have not applied to Pathway {number} for the {cycle} Match yet{until}.",
        rule,
        "Apply through ECFMG's Pathways application.",
        standing=weakest(rule.standing, deadline.standing if deadline else Standing.CONFIRMED),
    )


def _pathway_offered_check(
    profile: Profile, ruleset: Ruleset, number: int, cycle: int | None
) -> ChecklistItem | None:
    """A Pathway ECFMG's cycle announcement does not name is asked about, never refused."""
    if cycle is None:
        return None
    offered = ruleset.for_match_year(Family.PATHWAYS_OFFERED, cycle)
    if offered is None or number not in offered.params.get("not_named", []):
        return None
    return verdict(
        ItemId.PATHWAY,
        Status.NEEDS_INFO,
        f"ECFMG's announcement of the Pathways for the {cycle} Match does not name Pathway "
        f"{number}; whether it is still offered has not been published.",
        offered,
        "Check ECFMG's Pathways pages before you apply, or choose another Pathway that fits you.",
    )


def _pathway_graduation_check(
    profile: Profile, ruleset: Ruleset, number: int, cycle: int | None
) -> ChecklistItem | None:
    """Pathways 2–5 need graduation on or after a cycle's cut-off; None when nothing to say.
    A cut-off that is only our estimate never refuses anyone: it says what is not published."""
    rows = ruleset.family(Family.PATHWAY_GRADUATION)
    if not any(number in r.params.get("pathways", ()) for r in rows):
        return None
    if cycle is None:
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            f"Pathway {number} has a graduation cut-off that depends on the Match year.",
            ruleset.get("clinical.pathways"),
            "Tell us your target Match year.",
        )
    rule = ruleset.for_match_year(Family.PATHWAY_GRADUATION, cycle)
    graduated = profile.education.graduation_date
    if rule is None or number not in rule.params.get("pathways", ()) or graduated is None:
        return None
    cutoff = rule.params.get("graduated_on_or_after") or dt.date(
        cycle - int(rule.params["graduated_years_before_match"]), 1, 1
    )
    if graduated >= cutoff:
        return None
    if rule.is_estimate:
        history = "; ".join(
            f"{row.effective_from.year}: {row.params['graduated_on_or_after']}"
            for row in rows
            if "graduated_on_or_after" in row.params
        )
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            f"ECFMG has not published the Pathway {number} graduation cut-off for the {cycle} "
            f"Match. Earlier cycles' cut-offs ({history}) suggest about {cutoff}, and you "
            f"graduated on {graduated}.",
            rule,
            "Watch ECFMG's Pathways pages for that cycle; Pathway 1 (licensed abroad) and "
            "Pathway 6 (Mini-CEX) have no graduation cut-off.",
        )
    return verdict(
        ItemId.PATHWAY,
        Status.NOT_MET,
        f"Your graduation date {graduated} is before {cutoff}, the earliest accepted for "
        f"Pathway {number} in the {cycle} Match.",
        rule,
        "Look at Pathway 1 (licensed abroad) or Pathway 6 (Mini-CEX) instead.",
    )


def requirement_items(
    profile: Profile, ruleset: Ruleset, as_of: dt.date
) -> tuple[ChecklistItem, ChecklistItem, ChecklistItem]:
    """clinical.requirement, clinical.pathway and clinical.oet, in that order."""
    rule = ruleset.get("clinical.requirement")
    cs_rule = ruleset.get("clinical.step2_cs")
    cs = profile.exams.step2_cs
    if cs.result == "pass" and (cs.date is None or cs.date <= as_of):
        on = f" on {cs.date}" if cs.date else ""
        why = f"You have a Step 2 CS pass{on}, so no Pathway and no OET are needed."
        return (
            verdict(
                ItemId.CLINICAL_REQUIREMENT,
                Status.MET,
                f"You passed the former Step 2 CS{on}; a pass valid for certification meets "
                "this requirement.",
                cs_rule,
                "ECFMG decides whether your Step 2 CS pass is still valid.",
            ),
            verdict(ItemId.PATHWAY, Status.NOT_APPLICABLE, why, cs_rule),
            verdict(ItemId.OET, Status.NOT_APPLICABLE, why, cs_rule),
        )
    pathway = pathway_item(profile, ruleset, as_of)
    oet = oet_item(profile, ruleset, as_of)
    parts = (pathway, oet)
    standing = weakest(*(p.standing for p in parts))
    if all(p.status is Status.MET for p in parts):
        status, reason = Status.MET, "Your Pathway is approved and your OET Medicine is accepted."
        if pathway.status is Status.MET and profile.clinical_skills.pathway_status != "approved":
            reason = "Your Pathway and an OET sitting qualify."
    elif any(p.status is Status.NOT_MET for p in parts):
        short = " and ".join(p.title for p in parts if p.status is Status.NOT_MET)
        status, reason = Status.NOT_MET, f"Not met yet: {short}."
    elif any(p.status is Status.NEEDS_INFO for p in parts):
        missing = " and ".join(p.title for p in parts if p.status is Status.NEEDS_INFO)
        status, reason = Status.NEEDS_INFO, f"Answers still needed for {missing}."
    else:
        status, reason = (
            Status.PENDING,
            "Under way: "
            + "; ".join(f"{p.title} {STATUS_LABELS[p.status].lower()}" for p in parts)
            + ".",
        )
    if cs.result is None and status is not Status.MET:
        reason += " If you passed the former Step 2 CS, say so: then no Pathway is needed."
    # The next step is the most urgent open part's own, so it is an action, not a pointer.
    urgency = (Status.NOT_MET, Status.NEEDS_INFO, Status.PENDING)
    open_parts = sorted(
        (p for p in parts if p.status in urgency), key=lambda p: urgency.index(p.status)
    )
    requirement = verdict(
        ItemId.CLINICAL_REQUIREMENT,
        status,
        reason,
        rule,
        open_parts[0].next_step if open_parts and status is not Status.MET else "",
        blocking=any(p.blocking for p in parts),
        standing=standing,
    )
    return requirement, pathway, oet
