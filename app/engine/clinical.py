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
from app.engine.names import join_and, join_clauses, join_commas
from app.engine.verdicts import verdict, weakest
from app.i18n import N_, _, format_date, ngettext, pgettext
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


_SUBTEST_NAMES = {
    "listening": N_("Listening"),
    "reading": N_("Reading"),
    "writing": N_("Writing"),
    "speaking": N_("Speaking"),
}


def subtest_name(subtest: str) -> str:
    """An OET sub-test's name in the language in use ('Writing')."""
    name = _SUBTEST_NAMES.get(subtest)
    return _(name) if name else subtest.capitalize()


def _day(day: dt.date | None) -> str:
    return format_date(day) if day is not None else str(day)


def judge_oet_sitting(
    sitting: OetSitting, ruleset: Ruleset, cycle_match_year: int | None, as_of: dt.date
) -> OetSittingVerdict:
    """One sitting on ``as_of``: every sub-test against the minimums in force on its test date
    (all four in this one sitting), and the test date against the cycle's window."""
    if sitting.test_date is None:
        return OetSittingVerdict(
            None, (), None, _("Add the test date: the minimums and the window depend on it.")
        )
    day = sitting.test_date
    if day > as_of:
        # Translators: {date} is the test date, {as_of} the assessment date.
        booked = _("Booked for {date}, after {as_of}: not a result yet.").format(
            date=format_date(day), as_of=format_date(as_of)
        )
        if _with_scores(sitting):
            booked += " " + _(
                "Scores are given for it, but a test after the assessment date cannot have "
                "results yet."
            )
        return OetSittingVerdict(None, (), None, booked, booked=True)
    minimum_rule = ruleset.in_force(Family.OET_MINIMUM, day)
    if minimum_rule is None:
        return OetSittingVerdict(
            False,
            (),
            False,
            _("An OET taken on {date} is older than any result ECFMG accepts.").format(
                date=format_date(day)
            ),
        )
    dates = minimum_rule.dates_text()
    missing = [subtest_name(s) for s in OET_SUBTESTS if getattr(sitting, s) is None]
    shortfalls = tuple(
        # Translators: "Writing 290 is below 300 for tests taken on or after 2022-07-01";
        # {dates} is the rule's dates ("on or after 2022-07-01", "from … to …").
        _("{subtest} {score} is below {minimum} for tests taken {dates}").format(
            subtest=subtest_name(s),
            score=getattr(sitting, s),
            minimum=int(minimum_rule.params[s]),
            dates=dates,
        )
        for s in OET_SUBTESTS
        if getattr(sitting, s) is not None and getattr(sitting, s) < int(minimum_rule.params[s])
    )
    window = _window(day, ruleset, cycle_match_year)
    standing = weakest(minimum_rule.standing, *window.standings)
    parts = list(shortfalls)
    if missing:
        # Translators: {subtests} lists OET sub-tests with no score ("Reading and Speaking").
        parts.append(
            ngettext("{subtests} not given", "{subtests} not given", len(missing)).format(
                subtests=join_and(missing, commas=False)
            )
        )
    if window.in_window is not True and window.text:
        parts.append(window.text)
    if shortfalls or window.in_window is False:
        qualifies: bool | None = False
    elif missing or window.in_window is None:
        qualifies = None
    else:
        qualifies = True
        scores = join_commas(
            # Translators: an OET sub-test and its score ("Writing 350").
            pgettext("OET sub-test and score", "{subtest} {score}").format(
                subtest=subtest_name(s), score=getattr(sitting, s)
            )
            for s in OET_SUBTESTS
        )
        # Translators: {scores} lists the four scores; {dates} the rule's dates ("on or after
        # 2022-07-01"); {window} says the test date is inside the cycle's window.
        parts = [
            _("{scores} meet the minimums for tests taken {dates}, and {window}").format(
                scores=scores, dates=dates, window=window.text
            )
        ]
    reason = join_clauses(parts) + "."
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
    """Whether an OET sitting falls in the window the rules accept, and why."""

    in_window: bool | None
    text: str
    rule: Rule | None = None
    standings: tuple[Standing, ...] = ()
    deciding: Standing = Standing.CONFIRMED  # of the bound that put the sitting outside


def _window(day: dt.date, ruleset: Ruleset, cycle: int | None) -> _Window:
    """The sitting's date against the cycle's first and last accepted test dates. A bound that
    is only an estimate never puts a sitting outside: it leaves the answer open."""
    if cycle is None:
        return _Window(
            None, _("the Match year of your Pathways cycle is needed to check the window")
        )
    earliest = oet_earliest_test_date(ruleset, cycle)
    if earliest is None:
        return _Window(
            None, _("no OET test window is on file for the {year} Match").format(year=cycle)
        )
    start, rule = earliest
    latest = oet_latest_test_date(ruleset, cycle)
    # The last date's standing matters only to a sitting after it: every sitting up to it
    # was on a test date of its own, so an outer bound of 31 December is safe.
    standings = [rule.standing]
    if day < start:
        if rule.is_estimate:
            return _Window(
                None,
                # Translators: {start} is the first test date past cycles accepted, {date} the
                # sitting's test date.
                _(
                    "ECFMG has not published the OET window for the {year} Match; in past cycles "
                    "tests from {start} would count, and {date} is earlier"
                ).format(year=cycle, start=format_date(start), date=format_date(day)),
                rule,
                tuple(standings),
            )
        return _Window(
            False,
            _("{date} is before {start}, the first test date accepted for the {year} Match").format(
                date=format_date(day), start=format_date(start), year=cycle
            ),
            rule,
            tuple(standings),
            rule.standing,
        )
    if latest is not None and day > latest.date:
        if latest.is_estimate:
            return _Window(
                None,
                # Translators: {last} is an estimated date ("around August 2027 (our estimate;
                # not yet published)").
                _(
                    "ECFMG has not published the last OET date for the {year} Match; a test after "
                    "{last} may come too late for it"
                ).format(year=cycle, last=latest.text),
                latest.rule,
                (*standings, latest.standing),
            )
        return _Window(
            False,
            # Translators: {bound} says what the last date is ("the Pathways season closed
            # then").
            _(
                "{date} is after {last}, the last date an OET can count for the {year} Match "
                "({bound}); it can count for a later cycle"
            ).format(
                date=format_date(day),
                last=format_date(latest.date),
                year=cycle,
                bound=_bound_name(latest),
            ),
            latest.rule,
            (*standings, latest.standing),
            latest.standing,
        )
    return _Window(
        True,
        _("{date} is inside the {year} Match window (on or after {start})").format(
            date=format_date(day), year=cycle, start=format_date(start)
        ),
        rule,
        tuple(standings),
    )


def _bound_name(bound: CycleDate) -> str:
    return {
        Family.PATHWAYS_CLOSE: _("the Pathways season closed then"),
        Family.PATHWAYS_DEADLINE: _("the deadline to send documents, OET scores included"),
    }.get(bound.family, _("its last accepted test date"))


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
    """One plain line per Pathway 1–6, from the rules data, in the language in use."""
    from app.rules.translations import param_text

    rule = ruleset.get("clinical.pathways")
    raw = rule.params.get("descriptions", {})
    return {
        int(number): param_text(rule, "descriptions", number)
        for number in sorted(raw, key=int)
    }


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
            _(
                "ECFMG approved your Pathway, and it approves a Pathway only with a satisfactory "
                "OET Medicine result: your OET is accepted."
            ),
            base,
        )
    sittings = skills.oet
    if not sittings:
        return verdict(
            ItemId.OET,
            Status.NEEDS_INFO,
            _("No OET Medicine sitting is given yet."),
            base,
            _("Add your OET Medicine results, or the date you are booked for."),
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
            # Translators: {number} counts the sittings as entered; {reason} is the verdict.
            _("Sitting {number} ({date}): {reason}").format(
                number=best + 1, date=_day(sittings[best].test_date), reason=chosen.reason
            ),
            chosen.minimum_rule or base,
            # Translators: {deadline} is "the 2027 Pathways deadline, 2027-01-31".
            _("Let ECFMG access your scores by {deadline}.").format(deadline=deadline)
            if deadline
            else _("Let ECFMG access your scores, if not done."),
            standing=chosen.standing,
        )
    booked = [i for i, v in enumerate(verdicts) if v.booked]
    if booked:
        i = booked[0]
        return verdict(
            ItemId.OET,
            Status.PENDING,
            _("Sitting {number}: {reason}").format(number=i + 1, reason=verdicts[i].reason),
            base,
            _("Sit the test, then add your four scores."),
        )
    unknown = [i for i, v in enumerate(verdicts) if v.qualifies is None]
    if unknown:
        i = unknown[0]
        return verdict(
            ItemId.OET,
            Status.NEEDS_INFO,
            _("Sitting {number}: {reason}").format(number=i + 1, reason=verdicts[i].reason),
            verdicts[i].window_rule or verdicts[i].minimum_rule or base,
            _("Complete the missing answers.")
            if cycle is not None
            else _("Tell us your target Match year (or your Pathways cycle)."),
            standing=verdicts[i].standing,
        )
    latest = max(range(len(sittings)), key=lambda i: sittings[i].test_date or dt.date.min)
    chosen = verdicts[latest]
    return verdict(
        ItemId.OET,
        Status.NOT_MET,
        _("No sitting qualifies. Sitting {number} ({date}): {reason}").format(
            number=latest + 1, date=_day(sittings[latest].test_date), reason=chosen.reason
        ),
        (chosen.window_rule if chosen.in_window is False else chosen.minimum_rule) or base,
        _("Retake all four sub-tests in one sitting; there is no limit on retakes."),
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
    # Translators: {date} is the deadline ("2027-01-31", or an estimate said so).
    return _("the {year} Pathways deadline, {date}").format(year=cycle, date=event.text)


def _approved_item(profile: Profile, ruleset: Ruleset, number: int) -> ChecklistItem:
    """An approved Pathway: its cycle is needed, and it counts for the Matches ECFMG states."""
    rule = ruleset.get("clinical.pathways")
    expiry = ruleset.get("clinical.pathway_certificate_expiry")
    months = int(expiry.params.get("training_months", 12))
    keep = ngettext(
        "A Pathway-based certificate expires unless you complete {count} month of "
        "ACGME-accredited training; if your Pathway expires, Pathways Revalidation renews it.",
        "A Pathway-based certificate expires unless you complete {count} months of "
        "ACGME-accredited training; if your Pathway expires, Pathways Revalidation renews it.",
        months,
    ).format(count=months)
    cycle = profile.clinical_skills.pathway_cycle
    target = profile.target_match_year
    if cycle is None:
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            _(
                "ECFMG approved your Pathway {number} application; for which Match year's cycle "
                "is not given, and an approval counts only for the Matches ECFMG states."
            ).format(number=number),
            rule,
            _("Tell us the Match year of the Pathways cycle ECFMG approved."),
        )
    if target is None or target == cycle:
        return verdict(
            ItemId.PATHWAY,
            Status.MET,
            _("ECFMG approved your Pathway {number} application for the {cycle} Match.").format(
                number=number, cycle=cycle
            ),
            rule,
            keep,
        )
    if target < cycle:
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            _(
                "ECFMG approved your Pathway {number} application for the {cycle} Match, but your "
                "target Match is {target}, before that cycle."
            ).format(number=number, cycle=cycle, target=target),
            rule,
            _("Check your target Match year and the Pathways cycle."),
        )
    validity = ruleset.for_match_year(Family.PATHWAY_VALIDITY, cycle)
    if validity is None:
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            _(
                "ECFMG approved your Pathway {number} application for the {cycle} Match; whether "
                "it still counts for the {target} Match is not on file."
            ).format(number=number, cycle=cycle, target=target),
            rule,
            _("Ask ECFMG whether your Pathway is still valid, or apply for Pathways Revalidation."),
        )
    through = int(
        validity.params.get("valid_through_match_year")
        or cycle + int(validity.params.get("valid_match_years_after_cycle", 0))
    )
    if validity.is_estimate:
        if target <= through:
            reason = _(
                "ECFMG approved your Pathway {number} application for the {cycle} Match. ECFMG "
                "has not published how long a {cycle} Pathway stays valid; by our estimate it "
                "probably counts for the {target} Match."
            )
        else:
            reason = _(
                "ECFMG approved your Pathway {number} application for the {cycle} Match. ECFMG "
                "has not published how long a {cycle} Pathway stays valid; by our estimate it "
                "may no longer count for the {target} Match."
            )
        return verdict(
            ItemId.PATHWAY,
            Status.MET if target <= through else Status.NEEDS_INFO,
            reason.format(number=number, cycle=cycle, target=target),
            validity,
            _(
                "Ask ECFMG whether your Pathway is valid for that Match; if not, apply for "
                "Pathways Revalidation."
            )
            + " "
            + keep,
        )
    if target <= through:
        return verdict(
            ItemId.PATHWAY,
            Status.MET,
            _(
                "ECFMG approved your Pathway {number} application for the {cycle} Match; it "
                "stays valid through the {through} Match."
            ).format(number=number, cycle=cycle, through=through),
            validity,
            keep,
        )
    return verdict(
        ItemId.PATHWAY,
        Status.NOT_MET,
        _(
            "ECFMG approved your Pathway {number} application for the {cycle} Match; it was "
            "valid through the {through} Match, not the {target} Match."
        ).format(number=number, cycle=cycle, through=through, target=target),
        validity,
        _("Apply for Pathways Revalidation, or apply to a Pathway in a later cycle."),
    )


# "Your Pathway application is marked '…'": one sentence per status the profile can hold.
_MARKED_WITHOUT_NUMBER = {
    "not_started": N_("Your Pathway application is marked 'not_started', but not which Pathway."),
    "applied": N_("Your Pathway application is marked 'applied', but not which Pathway."),
    "approved": N_("Your Pathway application is marked 'approved', but not which Pathway."),
    "rejected": N_("Your Pathway application is marked 'rejected', but not which Pathway."),
}


def pathway_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("clinical.pathways")
    skills = profile.clinical_skills
    number, status = skills.pathway, skills.pathway_status
    if number is None:
        step = _("Choose the Pathway you will apply to (1–6).")
        if status is None:
            return verdict(
                ItemId.PATHWAY, Status.NEEDS_INFO, _("No Pathway is chosen yet."), rule, step
            )
        marked = _MARKED_WITHOUT_NUMBER.get(status)
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            _(marked)
            if marked
            else _("Your Pathway application is marked '{status}', but not which Pathway.").format(
                status=status
            ),
            rule,
            step,
        )
    if status == "approved":
        return _approved_item(profile, ruleset, number)
    cycle = pathway_cycle(profile)
    if profile.exams.step2_cs.result == "fail" and number != 6:
        return verdict(
            ItemId.PATHWAY,
            Status.NOT_MET,
            _(
                "You failed Step 2 CS, so only Pathway 6 is open to you; you chose Pathway "
                "{number}."
            ).format(number=number),
            ruleset.get("clinical.step2_cs"),
            _("Apply to Pathway 6."),
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
            _("Your Pathway {number} application for the {cycle} Match is with ECFMG.").format(
                number=number, cycle=cycle
            )
            if cycle
            else _("Your Pathway {number} application is with ECFMG.").format(number=number),
            rule,
            # Translators: {deadline} is "the 2027 Pathways deadline, 2027-01-31".
            _("Make sure every document and your OET scores reach ECFMG by {deadline}.").format(
                deadline=deadline
            )
            if deadline
            else _("Make sure every document and your OET scores reach ECFMG before the deadline."),
        )
    if status == "rejected":
        return verdict(
            ItemId.PATHWAY,
            Status.NOT_MET,
            _("ECFMG rejected your Pathway {number} application for the {cycle} Match.").format(
                number=number, cycle=cycle
            )
            if cycle
            else _("ECFMG rejected your Pathway {number} application.").format(number=number),
            rule,
            _("Apply again in a later cycle, through the Pathway that fits you."),
        )
    if status == "not_started":
        return _not_applied_item(ruleset, number, cycle, as_of)
    return verdict(
        ItemId.PATHWAY,
        Status.NEEDS_INFO,
        _("You chose Pathway {number}, but not where your application stands.").format(
            number=number
        ),
        rule,
        _("Tell us whether you have applied, and ECFMG's decision if any."),
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
            _(
                "You have not applied to Pathway {number} yet; the cycle depends on your target "
                "Match."
            ).format(number=number),
            rule,
            _("Tell us your target Match year."),
        )
    opens = cycle_date(ruleset, Family.PATHWAYS_OPENS, cycle)
    deadline = cycle_date(ruleset, Family.PATHWAYS_DEADLINE, cycle)
    if opens is not None and as_of < opens.date:
        return verdict(
            ItemId.PATHWAY,
            Status.PENDING,
            # Translators: {date} is when the application opens (a date, or an estimate).
            _(
                "The Pathways application for the {cycle} Match opens {date}; you cannot apply yet."
            ).format(cycle=cycle, date=opens.text),
            opens.rule,
            _(
                "Apply to Pathway {number} when it opens; the deadline to be in that Match is "
                "{deadline}."
            ).format(number=number, deadline=deadline.text)
            if deadline
            else _("Apply to Pathway {number} when it opens.").format(number=number),
            standing=Standing.CONFIRMED if not opens.is_estimate else Standing.ESTIMATE,
        )
    if opens is None and not ruleset.covers(cycle):
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            _(
                "These rules do not cover the {cycle} Match, so its Pathways dates are not known."
            ).format(cycle=cycle),
            rule,
            _("Import newer rules, or check ECFMG's Pathways pages."),
        )
    if deadline is not None and deadline.passed(as_of):
        return verdict(
            ItemId.PATHWAY,
            Status.NOT_MET,
            _(
                "You have not applied to Pathway {number}, and the deadline to apply for the "
                "{cycle} Match was {deadline}."
            ).format(number=number, cycle=cycle, deadline=deadline.text),
            deadline.rule,
            _("Apply in the next cycle's Pathways application."),
        )
    return verdict(
        ItemId.PATHWAY,
        Status.NOT_MET,
        _(
            "You have not applied to Pathway {number} for the {cycle} Match yet; apply by "
            "{deadline}."
        ).format(number=number, cycle=cycle, deadline=deadline.text)
        if deadline
        else _("You have not applied to Pathway {number} for the {cycle} Match yet.").format(
            number=number, cycle=cycle
        ),
        rule,
        _("Apply through ECFMG's Pathways application."),
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
        _(
            "ECFMG's announcement of the Pathways for the {cycle} Match does not name Pathway "
            "{number}; whether it is still offered has not been published."
        ).format(cycle=cycle, number=number),
        offered,
        _(
            "Check ECFMG's Pathways pages before you apply, or choose another Pathway that fits "
            "you."
        ),
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
            _("Pathway {number} has a graduation cut-off that depends on the Match year.").format(
                number=number
            ),
            ruleset.get("clinical.pathways"),
            _("Tell us your target Match year."),
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
        history = join_clauses(
            # Translators: a cycle's graduation cut-off in a list ("2026: 2019-01-01").
            pgettext("a year and its cut-off", "{year}: {date}").format(
                year=row.effective_from.year, date=_day(row.params["graduated_on_or_after"])
            )
            for row in rows
            if "graduated_on_or_after" in row.params
        )
        return verdict(
            ItemId.PATHWAY,
            Status.NEEDS_INFO,
            # Translators: {history} lists earlier cycles' cut-offs ("2026: 2019-01-01; …").
            _(
                "ECFMG has not published the Pathway {number} graduation cut-off for the {cycle} "
                "Match. Earlier cycles' cut-offs ({history}) suggest about {cutoff}, and you "
                "graduated on {graduated}."
            ).format(
                number=number,
                cycle=cycle,
                history=history,
                cutoff=format_date(cutoff),
                graduated=format_date(graduated),
            ),
            rule,
            _(
                "Watch ECFMG's Pathways pages for that cycle; Pathway 1 (licensed abroad) and "
                "Pathway 6 (Mini-CEX) have no graduation cut-off."
            ),
        )
    return verdict(
        ItemId.PATHWAY,
        Status.NOT_MET,
        _(
            "Your graduation date {graduated} is before {cutoff}, the earliest accepted for "
            "Pathway {number} in the {cycle} Match."
        ).format(
            graduated=format_date(graduated),
            cutoff=format_date(cutoff),
            number=number,
            cycle=cycle,
        ),
        rule,
        _("Look at Pathway 1 (licensed abroad) or Pathway 6 (Mini-CEX) instead."),
    )


def requirement_items(
    profile: Profile, ruleset: Ruleset, as_of: dt.date
) -> tuple[ChecklistItem, ChecklistItem, ChecklistItem]:
    """clinical.requirement, clinical.pathway and clinical.oet, in that order."""
    rule = ruleset.get("clinical.requirement")
    cs_rule = ruleset.get("clinical.step2_cs")
    cs = profile.exams.step2_cs
    if cs.result == "pass" and (cs.date is None or cs.date <= as_of):
        if cs.date:
            on = format_date(cs.date)
            why = _(
                "You have a Step 2 CS pass on {date}, so no Pathway and no OET are needed."
            ).format(date=on)
            passed = _(
                "You passed the former Step 2 CS on {date}; a pass valid for certification meets "
                "this requirement."
            ).format(date=on)
        else:
            why = _("You have a Step 2 CS pass, so no Pathway and no OET are needed.")
            passed = _(
                "You passed the former Step 2 CS; a pass valid for certification meets this "
                "requirement."
            )
        return (
            verdict(
                ItemId.CLINICAL_REQUIREMENT,
                Status.MET,
                passed,
                cs_rule,
                _("ECFMG decides whether your Step 2 CS pass is still valid."),
            ),
            verdict(ItemId.PATHWAY, Status.NOT_APPLICABLE, why, cs_rule),
            verdict(ItemId.OET, Status.NOT_APPLICABLE, why, cs_rule),
        )
    pathway = pathway_item(profile, ruleset, as_of)
    oet = oet_item(profile, ruleset, as_of)
    parts = (pathway, oet)
    standing = weakest(*(p.standing for p in parts))
    if all(p.status is Status.MET for p in parts):
        status = Status.MET
        reason = _("Your Pathway is approved and your OET Medicine is accepted.")
        if pathway.status is Status.MET and profile.clinical_skills.pathway_status != "approved":
            reason = _("Your Pathway and an OET sitting qualify.")
    elif any(p.status is Status.NOT_MET for p in parts):
        short = join_and((p.title for p in parts if p.status is Status.NOT_MET), commas=False)
        # Translators: {items} lists checklist items ("ECFMG Pathway and OET Medicine").
        status, reason = Status.NOT_MET, _("Not met yet: {items}.").format(items=short)
    elif any(p.status is Status.NEEDS_INFO for p in parts):
        missing = join_and((p.title for p in parts if p.status is Status.NEEDS_INFO), commas=False)
        # Translators: {items} lists checklist items ("ECFMG Pathway and OET Medicine").
        status, reason = (
            Status.NEEDS_INFO,
            _("Answers still needed for {items}.").format(items=missing),
        )
    else:
        under_way = join_clauses(
            # Translators: a checklist item and its status, lower case ("OET Medicine in
            # progress").
            pgettext("an item and its status", "{item} {status}").format(
                item=p.title, status=STATUS_LABELS[p.status].lower()
            )
            for p in parts
        )
        # Translators: {items} lists the items under way with their status.
        status, reason = Status.PENDING, _("Under way: {items}.").format(items=under_way)
    if cs.result is None and status is not Status.MET:
        reason += " " + _("If you passed the former Step 2 CS, say so: then no Pathway is needed.")
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
