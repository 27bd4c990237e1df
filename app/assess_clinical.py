"""Clinical and communication skills: the former Step 2 CS, the Pathways, and OET Medicine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.checklist import STATUS_LABELS, ChecklistItem, Status
from app.profile import OET_SUBTESTS, OetSitting, Profile
from app.rules import Rule, Ruleset
from app.verdicts import verdict

OET_MINIMUM = "clinical.oet.minimum"
OET_WINDOW = "clinical.oet.window"
PATHWAY_GRADUATION = "clinical.pathway_graduation"


@dataclass(frozen=True)
class OetSittingVerdict:
    """How one OET Medicine sitting stands against the minimums and the cycle's test window."""

    qualifies: bool | None  # None: cannot tell yet (a score, the date or the cycle is missing)
    shortfalls: tuple[str, ...]  # "Writing 290 is below 300 for tests taken from 2022-04-01"
    in_window: bool | None
    reason: str
    confirmed: bool = True
    minimum_rule: Rule | None = None
    window_rule: Rule | None = None


def oet_minimums(ruleset: Ruleset, test_date: dt.date) -> dict[str, int]:
    """Minimum score per sub-test (listening, reading, writing, speaking) for a test on that
    date; empty when no rule on file covers the date."""
    rule = ruleset.in_force(OET_MINIMUM, test_date)
    return {} if rule is None else {s: int(rule.params[s]) for s in OET_SUBTESTS}


def oet_earliest_test_date(ruleset: Ruleset, cycle_match_year: int) -> tuple[dt.date, Rule] | None:
    """The earliest OET test date accepted for a Pathways cycle, and the rule saying so."""
    rule = ruleset.for_match_year(OET_WINDOW, cycle_match_year)
    if rule is None:
        return None
    if "taken_on_or_after" in rule.params:
        return rule.params["taken_on_or_after"], rule
    return dt.date(cycle_match_year - int(rule.params["taken_years_before_match"]), 1, 1), rule


def judge_oet_sitting(
    sitting: OetSitting, ruleset: Ruleset, cycle_match_year: int | None
) -> OetSittingVerdict:
    """One sitting: every sub-test against the minimums in force on its test date (all four
    in this one sitting), and the test date against the window of the Pathways cycle."""
    if sitting.test_date is None:
        return OetSittingVerdict(
            None, (), None, "Add the test date: the minimums and the window depend on it."
        )
    day = sitting.test_date
    minimum_rule = ruleset.in_force(OET_MINIMUM, day)
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
    in_window: bool | None = None
    window_rule: Rule | None = None
    window_text = ""
    if cycle_match_year is not None:
        earliest = oet_earliest_test_date(ruleset, cycle_match_year)
        if earliest is not None:
            start, window_rule = earliest
            in_window = day >= start
            where = "inside" if in_window else "outside"
            window_text = (
                f"{day} is {where} the {cycle_match_year} Match window (on or after {start})"
            )
        else:
            window_text = f"no OET window is on file for the {cycle_match_year} Match"
    confirmed = minimum_rule.confirmed and (window_rule is None or window_rule.confirmed)
    parts = list(shortfalls)
    if missing:
        parts.append(f"{' and '.join(missing)} not given")
    if in_window is False or (cycle_match_year is not None and window_rule is None):
        parts.append(window_text)
    if shortfalls or in_window is False:
        qualifies: bool | None = False
    elif missing or in_window is None:
        qualifies = None
        if cycle_match_year is None:
            parts.append("the target Match year is needed to check the test window")
    else:
        qualifies = True
        scores = ", ".join(f"{s.capitalize()} {getattr(sitting, s)}" for s in OET_SUBTESTS)
        parts = [f"{scores} meet the minimums {when}, and {window_text}"]
    reason = "; ".join(parts) + "."
    return OetSittingVerdict(
        qualifies=qualifies,
        shortfalls=shortfalls,
        in_window=in_window,
        reason=reason[0].upper() + reason[1:],
        confirmed=confirmed,
        minimum_rule=minimum_rule,
        window_rule=window_rule,
    )


def best_oet_sitting(
    sittings: Sequence[OetSitting], ruleset: Ruleset, cycle: int | None
) -> int | None:
    """Index of the best qualifying single sitting (highest total, then the latest), or None."""
    best: tuple[int, dt.date, int] | None = None
    for index, sitting in enumerate(sittings):
        if judge_oet_sitting(sitting, ruleset, cycle).qualifies is not True:
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
    """The Match year of the Pathways cycle: the one given, else the target Match year."""
    return profile.clinical_skills.pathway_cycle or profile.target_match_year


def oet_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    base = ruleset.get("clinical.requirement")
    sittings = profile.clinical_skills.oet
    if not sittings:
        return verdict(
            "clinical.oet",
            Status.NEEDS_INFO,
            "No OET Medicine sitting is given yet.",
            base,
            "Add your OET Medicine results, or the date you are booked for.",
        )
    cycle = pathway_cycle(profile)
    verdicts = [judge_oet_sitting(s, ruleset, cycle) for s in sittings]
    best = best_oet_sitting(sittings, ruleset, cycle)
    if best is not None:
        chosen = verdicts[best]
        return verdict(
            "clinical.oet",
            Status.MET,
            f"Sitting {best + 1} ({sittings[best].test_date}): {chosen.reason}",
            chosen.minimum_rule or base,
            "Let ECFMG access your scores before the Pathways deadline.",
            confirmed=chosen.confirmed,
        )
    booked = [s for s in sittings if s.test_date and s.test_date > as_of and s.listening is None]
    if booked:
        return verdict(
            "clinical.oet",
            Status.PENDING,
            f"You are booked for OET Medicine on {booked[0].test_date}.",
            base,
            "Sit the test, then add your four scores.",
        )
    unknown = [i for i, v in enumerate(verdicts) if v.qualifies is None]
    if unknown:
        i = unknown[0]
        return verdict(
            "clinical.oet",
            Status.NEEDS_INFO,
            f"Sitting {i + 1}: {verdicts[i].reason}",
            verdicts[i].minimum_rule or base,
            "Complete the missing answers.",
            confirmed=verdicts[i].confirmed,
        )
    latest = max(range(len(sittings)), key=lambda i: sittings[i].test_date or dt.date.min)
    chosen = verdicts[latest]
    return verdict(
        "clinical.oet",
        Status.NOT_MET,
        f"No sitting qualifies. Sitting {latest + 1} ({sittings[latest].test_date}): "
        + chosen.reason,
        chosen.minimum_rule or base,
        "Retake all four sub-tests in one sitting; there is no limit on retakes.",
        confirmed=chosen.confirmed,
    )


def pathway_item(profile: Profile, ruleset: Ruleset) -> ChecklistItem:
    rule = ruleset.get("clinical.pathways")
    skills = profile.clinical_skills
    number, status = skills.pathway, skills.pathway_status
    cycle = pathway_cycle(profile)
    for_cycle = f" for the {cycle} Match" if cycle else ""
    if number is None:
        step = "Choose the Pathway you will apply to (1–6)."
        if status is None:
            return verdict(
                "clinical.pathway", Status.NEEDS_INFO, "No Pathway is chosen yet.", rule, step
            )
        return verdict(
            "clinical.pathway",
            Status.NEEDS_INFO,
            f"Your Pathway application is marked '{status}', but not which Pathway.",
            rule,
            step,
        )
    if status == "approved":
        return verdict(
            "clinical.pathway",
            Status.MET,
            f"ECFMG approved your Pathway {number} application{for_cycle}.",
            rule,
            "A Pathway-based certificate expires unless you complete 12 months of "
            "ACGME-accredited training; plan for it.",
        )
    if profile.exams.step2_cs.result == "fail" and number != 6:
        return verdict(
            "clinical.pathway",
            Status.NOT_MET,
            f"You failed Step 2 CS, so only Pathway 6 is open to you; you chose Pathway {number}.",
            ruleset.get("clinical.step2_cs"),
            "Apply to Pathway 6.",
            confirmed=True,
        )
    cutoff_item = _pathway_graduation_check(profile, ruleset, number, cycle)
    if cutoff_item is not None:
        return cutoff_item
    if status == "applied":
        return verdict(
            "clinical.pathway",
            Status.PENDING,
            f"Your Pathway {number} application{for_cycle} is with ECFMG.",
            rule,
            "Make sure every document and your OET scores reach ECFMG before the deadline.",
        )
    if status == "rejected":
        return verdict(
            "clinical.pathway",
            Status.NOT_MET,
            f"ECFMG rejected your Pathway {number} application{for_cycle}.",
            rule,
            "Apply again in a later cycle, through the Pathway that fits you.",
        )
    if status == "not_started":
        return verdict(
            "clinical.pathway",
            Status.NOT_MET,
            f"You have not applied to Pathway {number}{for_cycle} yet.",
            rule,
            "Apply when the cycle's Pathways application opens.",
        )
    return verdict(
        "clinical.pathway",
        Status.NEEDS_INFO,
        f"You chose Pathway {number}, but not where your application stands.",
        rule,
        "Tell us whether you have applied, and ECFMG's decision if any.",
    )


def _pathway_graduation_check(
    profile: Profile, ruleset: Ruleset, number: int, cycle: int | None
) -> ChecklistItem | None:
    """Pathways 2–5 need graduation on or after a cycle's cut-off; None when nothing to say."""
    rows = ruleset.family(PATHWAY_GRADUATION)
    if not any(number in r.params.get("pathways", ()) for r in rows):
        return None
    if cycle is None:
        return verdict(
            "clinical.pathway",
            Status.NEEDS_INFO,
            f"Pathway {number} has a graduation cut-off that depends on the Match year.",
            ruleset.get("clinical.pathways"),
            "Tell us your target Match year.",
        )
    rule = ruleset.for_match_year(PATHWAY_GRADUATION, cycle)
    graduated = profile.education.graduation_date
    if rule is None or number not in rule.params.get("pathways", ()) or graduated is None:
        return None
    cutoff = rule.params.get("graduated_on_or_after") or dt.date(
        cycle - int(rule.params["graduated_years_before_match"]), 1, 1
    )
    if graduated >= cutoff:
        return None
    return verdict(
        "clinical.pathway",
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
    if cs.result == "pass":
        on = f" on {cs.date}" if cs.date else ""
        why = f"You have a Step 2 CS pass{on}, so no Pathway and no OET are needed."
        return (
            verdict(
                "clinical.requirement",
                Status.MET,
                f"You passed the former Step 2 CS{on}; a pass valid for certification meets "
                "this requirement.",
                cs_rule,
                "ECFMG decides whether your Step 2 CS pass is still valid.",
            ),
            verdict("clinical.pathway", Status.NOT_APPLICABLE, why, cs_rule),
            verdict("clinical.oet", Status.NOT_APPLICABLE, why, cs_rule),
        )
    pathway = pathway_item(profile, ruleset)
    oet = oet_item(profile, ruleset, as_of)
    parts = (pathway, oet)
    confirmed = all(p.confirmed for p in parts)
    if all(p.status is Status.MET for p in parts):
        status, reason = Status.MET, "Your Pathway is approved and an OET sitting qualifies."
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
    requirement = verdict(
        "clinical.requirement",
        status,
        reason,
        rule,
        "See the ECFMG Pathway and OET Medicine items." if status is not Status.MET else "",
        blocking=any(p.blocking for p in parts),
        confirmed=confirmed,
    )
    return requirement, pathway, oet
