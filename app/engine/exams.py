"""USMLE items of the checklist: Step 1, Step 2 CK, and the attempt limit across Steps.

Only what happened by the assessment date is a result: a pass or a fail dated later is a booked
exam. The reported result wins over a typed score. ``attempts`` counts every attempt at the
Step, the one booked included, so three fails and a booked fourth sitting are within a limit of
four.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.checklist import ChecklistItem, Status
from app.engine.items import ItemId
from app.engine.verdicts import verdict
from app.profile import Profile, Step1, Step2CK
from app.rules import Family, Rule, Ruleset

RESULTS = ("pass", "fail")


def step2_ck_minimum(ruleset: Ruleset, test_date: dt.date) -> int | None:
    """The Step 2 CK minimum passing score for an exam on ``test_date``; None when no rule on
    file covers that date (then only the reported pass/fail result can be judged)."""
    rule = ruleset.in_force(Family.STEP2_CK_MINIMUM, test_date)
    return None if rule is None else int(rule.params["minimum_score"])


def result_on(exam: Step1 | Step2CK, as_of: dt.date) -> str | None:
    """The result as it stands on ``as_of``: a pass or fail dated after it is still booked."""
    if exam.result in RESULTS and exam.date is not None and exam.date > as_of:
        return "scheduled"
    return exam.result


def _dated_later(exam: Step1 | Step2CK, name: str, as_of: dt.date) -> str:
    """The contradiction of a result dated after the assessment date, in a sentence; or ""."""
    if exam.result in RESULTS and exam.date is not None and exam.date > as_of:
        return (
            f"You give a {exam.result} for {name} dated {exam.date}, after {as_of}: until then "
            "it is a booked exam, not a result. "
        )
    return ""


@dataclass(frozen=True)
class Step2CKJudgement:
    passed: bool | None  # None = cannot tell from the answers
    why: str  # a sentence (no final stop), or ""
    minimum_rule: Rule | None


def judge_step2_ck(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> Step2CKJudgement:
    """Whether Step 2 CK is passed on ``as_of``. The reported result decides; a typed score that
    contradicts it is named. With no result, a score decides against the minimum in force on the
    exam date."""
    ck = profile.exams.step2_ck
    result = result_on(ck, as_of)
    if result in ("scheduled", "not_taken"):
        return Step2CKJudgement(False, "", None)
    rule = ruleset.in_force(Family.STEP2_CK_MINIMUM, ck.date) if ck.date else None
    if result in RESULTS:
        passed = result == "pass"
        if ck.score is None or rule is None:
            return Step2CKJudgement(passed, "", None)
        minimum = int(rule.params["minimum_score"])
        if passed == (ck.score >= minimum):
            word = "meets" if passed else "is below"
            return Step2CKJudgement(
                passed,
                f"Your score {ck.score} {word} the {minimum} minimum for exams taken "
                f"{rule.dates_text()}",
                rule,
            )
        side = "meets" if ck.score >= minimum else "is below"
        return Step2CKJudgement(
            passed,
            f"You report a {result}, but the score {ck.score} you typed {side} the {minimum} "
            f"minimum for exams taken {rule.dates_text()}; the reported result counts, so check "
            "your score report",
            rule,
        )
    if ck.score is None:
        return Step2CKJudgement(None, "", None)
    if ck.date is not None:
        if rule is None:
            return Step2CKJudgement(
                None, f"no minimum score is on file for an exam on {ck.date}", None
            )
        minimum = int(rule.params["minimum_score"])
        when = f"for exams taken {rule.dates_text()}"
        if ck.score >= minimum:
            return Step2CKJudgement(
                True, f"Your score {ck.score} meets the {minimum} minimum {when}", rule
            )
        return Step2CKJudgement(
            False, f"Your score {ck.score} is below the {minimum} minimum {when}", rule
        )
    minimums = [int(r.params["minimum_score"]) for r in ruleset.family(Family.STEP2_CK_MINIMUM)]
    if minimums and ck.score >= max(minimums):
        return Step2CKJudgement(True, f"Your score {ck.score} meets every minimum on file", None)
    if minimums and ck.score < min(minimums):
        return Step2CKJudgement(
            False, f"Your score {ck.score} is below every minimum on file", None
        )
    return Step2CKJudgement(
        None, f"the minimum for a score of {ck.score} depends on the exam date", None
    )


def step2_ck_passed(
    profile: Profile, ruleset: Ruleset, as_of: dt.date
) -> tuple[bool | None, str, Rule | None]:
    """(passed, why, minimum rule) as :func:`judge_step2_ck` gives them."""
    judged = judge_step2_ck(profile, ruleset, as_of)
    return judged.passed, judged.why, judged.minimum_rule


def _attempt_limit(ruleset: Ruleset, as_of: dt.date) -> Rule | None:
    # The limit is set by the date of the application for the next attempt: today, for a planner.
    return ruleset.in_force(Family.ATTEMPT_LIMIT, as_of)


def _completed(attempts: int | None, booked: bool) -> int | None:
    """Attempts already sat: the count given, less the one booked."""
    if attempts is None:
        return None
    return max(attempts - 1, 0) if booked else attempts


def _closing_step(
    profile: Profile, limit: int, ck_passed: bool | None, as_of: dt.date
) -> tuple[str, int] | None:
    """The Step whose unpassed attempts already sat reached the limit (which closes every
    Step), if any."""
    x = profile.exams
    candidates = (
        ("Step 1", x.step1, result_on(x.step1, as_of) == "pass"),
        ("Step 2 CK", x.step2_ck, ck_passed is True),
    )
    for name, exam, passed in candidates:
        sat = _completed(exam.attempts, result_on(exam, as_of) == "scheduled")
        if sat is not None and sat >= limit and not passed:
            return name, sat
    return None


def _closed_item(
    item_id: ItemId, closing: tuple[str, int], limit_rule: Rule, exam_name: str
) -> ChecklistItem:
    name, attempts = closing
    limit = int(limit_rule.params["max_attempts"])
    about = "" if name == exam_name else f", and that closes {exam_name} too"
    return verdict(
        item_id,
        Status.NOT_MET,
        f"You have sat {name} {attempts} times without a pass; the limit is {limit} attempts "
        f"for applications {limit_rule.dates_text()}{about}.",
        limit_rule,
        "The attempt limit cannot be waived by ECFMG; contact USMLE if you believe a count "
        "is wrong.",
        blocking=True,
    )


def _booked_over_limit(
    item_id: ItemId, name: str, attempts: int, limit_rule: Rule
) -> ChecklistItem | None:
    """A booked attempt beyond the limit is not allowed; one within it is."""
    limit = int(limit_rule.params["max_attempts"])
    if attempts <= limit:
        return None
    return verdict(
        item_id,
        Status.NOT_MET,
        f"The {name} sitting you booked would be attempt {attempts}; the limit is {limit} "
        f"attempts for applications {limit_rule.dates_text()}.",
        limit_rule,
        "Check your attempt count with USMLE: an attempt beyond the limit is not allowed.",
        blocking=True,
    )


def _attempts_left(attempts: int | None, limit_rule: Rule | None, booked: bool) -> str:
    if attempts is None or limit_rule is None:
        return ""
    limit = int(limit_rule.params["max_attempts"])
    if booked:
        return f" The booked sitting is attempt {max(attempts, 1)} of the {limit} allowed."
    return f" You have used {attempts} of {limit} attempts."


def _ordinal_booked(exam: Step1 | Step2CK, name: str, as_of: dt.date) -> str:
    when = f" for {exam.date}" if exam.date else ""
    return f"{_dated_later(exam, name, as_of)}{name} is scheduled{when}."


def step1_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("exams.step1.pass")
    step1 = profile.exams.step1
    result = result_on(step1, as_of)
    on = f" on {step1.date}" if step1.date else ""
    if result == "pass":
        return verdict(ItemId.STEP1, Status.MET, f"You passed Step 1{on}.", rule)
    limit_rule = _attempt_limit(ruleset, as_of)
    if limit_rule is not None:
        ck_passed = judge_step2_ck(profile, ruleset, as_of).passed
        closing = _closing_step(profile, int(limit_rule.params["max_attempts"]), ck_passed, as_of)
        if closing is not None:
            return _closed_item(ItemId.STEP1, closing, limit_rule, "Step 1")
        if result == "scheduled" and step1.attempts is not None:
            over = _booked_over_limit(ItemId.STEP1, "Step 1", step1.attempts, limit_rule)
            if over is not None:
                return over
    if result is None:
        return verdict(
            ItemId.STEP1,
            Status.NEEDS_INFO,
            "Your Step 1 result is not given yet.",
            rule,
            "Tell us whether you passed, failed, are scheduled or have not taken Step 1.",
        )
    if result == "scheduled":
        return verdict(
            ItemId.STEP1,
            Status.PENDING,
            _ordinal_booked(step1, "Step 1", as_of)
            + _attempts_left(step1.attempts, limit_rule, booked=True),
            rule,
            "Sit the exam, then add your result.",
        )
    if result == "not_taken":
        return verdict(
            ItemId.STEP1,
            Status.NOT_MET,
            "You have not taken Step 1 yet.",
            rule,
            "Apply for Step 1 and schedule it.",
        )
    return verdict(
        ItemId.STEP1,
        Status.NOT_MET,
        f"Step 1 is not passed yet (last result: fail{on})."
        + _attempts_left(step1.attempts, limit_rule, booked=False),
        rule,
        "Prepare and retake Step 1.",
    )


def step2_ck_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    base = ruleset.get("exams.step2_ck.pass")
    ck = profile.exams.step2_ck
    result = result_on(ck, as_of)
    on = f" on {ck.date}" if ck.date else ""
    judged = judge_step2_ck(profile, ruleset, as_of)
    rule = judged.minimum_rule or base
    if judged.passed is True:
        reason = f"{judged.why}." if judged.why else f"You passed Step 2 CK{on}."
        return verdict(
            ItemId.STEP2_CK, Status.MET, reason, rule, _seven_year_warning(profile, ruleset, as_of)
        )
    limit_rule = _attempt_limit(ruleset, as_of)
    if limit_rule is not None:
        closing = _closing_step(
            profile, int(limit_rule.params["max_attempts"]), judged.passed, as_of
        )
        if closing is not None:
            return _closed_item(ItemId.STEP2_CK, closing, limit_rule, "Step 2 CK")
        if result == "scheduled" and ck.attempts is not None:
            over = _booked_over_limit(ItemId.STEP2_CK, "Step 2 CK", ck.attempts, limit_rule)
            if over is not None:
                return over
    if result == "scheduled":
        return verdict(
            ItemId.STEP2_CK,
            Status.PENDING,
            _ordinal_booked(ck, "Step 2 CK", as_of)
            + _attempts_left(ck.attempts, limit_rule, booked=True),
            base,
            "Sit the exam, then add your result and score.",
        )
    if result == "not_taken":
        return verdict(
            ItemId.STEP2_CK,
            Status.NOT_MET,
            "You have not taken Step 2 CK yet.",
            base,
            "Apply for Step 2 CK and schedule it.",
        )
    if judged.passed is None:
        why = judged.why
        reason = f"We cannot tell yet: {why}." if why else "Your Step 2 CK result is not given yet."
        step = "Add the exam date." if why else "Tell us your Step 2 CK result, score and date."
        return verdict(ItemId.STEP2_CK, Status.NEEDS_INFO, reason, base, step)
    reason = (
        f"{judged.why}." if judged.why else f"Step 2 CK is not passed yet (last result: fail{on})."
    )
    return verdict(
        ItemId.STEP2_CK,
        Status.NOT_MET,
        reason + _attempts_left(ck.attempts, limit_rule, booked=False),
        rule,
        "Prepare and retake Step 2 CK.",
    )


def _seven_year_warning(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> str:
    """A warning, never a verdict: passes further apart than the older seven-year policy."""
    rule = ruleset.get("exams.seven_year_limit")
    years = int(rule.params["years"])
    x = profile.exams
    passes = [
        exam.date
        for exam in (x.step1, x.step2_ck)
        if exam.date is not None and result_on(exam, as_of) == "pass"
    ]
    if len(passes) < 2:
        return ""
    first, last = min(passes), max(passes)
    try:
        limit_day = first.replace(year=first.year + years)
    except ValueError:  # 29 February
        limit_day = first.replace(year=first.year + years, day=28)
    if last <= limit_day:
        return ""
    return (
        f"Check with ECFMG: your Step passes are more than {years} years apart ({first} and "
        f"{last}). An older ECFMG policy, not confirmed on a current ECFMG page, counted only "
        f"passes within {years} years ({rule.source})."
    )
