"""USMLE items of the checklist: Step 1, Step 2 CK, and the attempt limit across Steps."""

from __future__ import annotations

import datetime as dt

from app.checklist import ChecklistItem, Status
from app.profile import Profile
from app.rules import Rule, Ruleset
from app.verdicts import verdict

STEP2_CK_MINIMUM = "exams.step2_ck.minimum"
ATTEMPT_LIMIT = "exams.attempt_limit"


def step2_ck_minimum(ruleset: Ruleset, test_date: dt.date) -> int | None:
    """The Step 2 CK minimum passing score for an exam on ``test_date``; None when no rule on
    file covers that date (then only the reported pass/fail result can be judged)."""
    rule = ruleset.in_force(STEP2_CK_MINIMUM, test_date)
    return None if rule is None else int(rule.params["minimum_score"])


def step2_ck_passed(profile: Profile, ruleset: Ruleset) -> tuple[bool | None, str, Rule | None]:
    """Whether Step 2 CK is passed, a sentence why, and the minimum-score rule used (if any).

    A score, when given, decides against the minimum in force on the exam date; otherwise the
    reported result does. None = cannot tell from the answers.
    """
    ck = profile.exams.step2_ck
    if ck.result in ("scheduled", "not_taken"):
        return False, "", None
    if ck.score is None:
        if ck.result is None:
            return None, "", None
        return ck.result == "pass", "", None
    if ck.date is not None:
        rule = ruleset.in_force(STEP2_CK_MINIMUM, ck.date)
        if rule is None:
            if ck.result is None:
                return None, f"no minimum score is on file for an exam on {ck.date}", None
            return ck.result == "pass", "", None
        minimum = int(rule.params["minimum_score"])
        when = f"for exams taken {rule.dates_text()}"
        if ck.score >= minimum:
            return True, f"Your score {ck.score} meets the {minimum} minimum {when}", rule
        return False, f"Your score {ck.score} is below the {minimum} minimum {when}", rule
    minimums = [int(r.params["minimum_score"]) for r in ruleset.family(STEP2_CK_MINIMUM)]
    if minimums and ck.score >= max(minimums):
        return True, f"Your score {ck.score} meets every minimum on file", None
    if minimums and ck.score < min(minimums):
        return False, f"Your score {ck.score} is below every minimum on file", None
    return None, f"the minimum for a score of {ck.score} depends on the exam date", None


def _attempt_limit(ruleset: Ruleset, as_of: dt.date) -> Rule | None:
    # The limit is set by the date of the application for the next attempt: today, for a planner.
    return ruleset.in_force(ATTEMPT_LIMIT, as_of)


def _closing_step(profile: Profile, limit: int, ck_passed: bool | None) -> tuple[str, int] | None:
    """The Step whose unpassed attempts reached the limit (which closes every Step), if any."""
    x = profile.exams
    candidates = (
        ("Step 1", x.step1.attempts, x.step1.result == "pass"),
        ("Step 2 CK", x.step2_ck.attempts, ck_passed is True),
    )
    for name, attempts, passed in candidates:
        if attempts is not None and attempts >= limit and not passed:
            return name, attempts
    return None


def _closed_item(
    item_id: str, closing: tuple[str, int], limit_rule: Rule, exam_name: str
) -> ChecklistItem:
    name, attempts = closing
    limit = int(limit_rule.params["max_attempts"])
    about = "" if name == exam_name else f", and that closes {exam_name} too"
    return verdict(
        item_id,
        Status.NOT_MET,
        f"You have made {attempts} attempts at {name} without a pass; the limit is {limit} "
        f"for applications {limit_rule.dates_text()}{about}.",
        limit_rule,
        "The attempt limit cannot be waived by ECFMG; contact USMLE if you believe a count "
        "is wrong.",
        blocking=True,
    )


def _attempts_left(attempts: int | None, limit_rule: Rule | None) -> str:
    if attempts is None or limit_rule is None:
        return ""
    limit = int(limit_rule.params["max_attempts"])
    return f" You have used {attempts} of {limit} attempts."


def step1_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("exams.step1.pass")
    step1 = profile.exams.step1
    on = f" on {step1.date}" if step1.date else ""
    booked = f" for {step1.date}" if step1.date else ""
    if step1.result == "pass":
        return verdict("exams.step1", Status.MET, f"You passed Step 1{on}.", rule)
    limit_rule = _attempt_limit(ruleset, as_of)
    if limit_rule is not None:
        ck_passed = step2_ck_passed(profile, ruleset)[0]
        closing = _closing_step(profile, int(limit_rule.params["max_attempts"]), ck_passed)
        if closing is not None:
            return _closed_item("exams.step1", closing, limit_rule, "Step 1")
    if step1.result is None:
        return verdict(
            "exams.step1",
            Status.NEEDS_INFO,
            "Your Step 1 result is not given yet.",
            rule,
            "Tell us whether you passed, failed, are scheduled or have not taken Step 1.",
        )
    if step1.result == "scheduled":
        return verdict(
            "exams.step1",
            Status.PENDING,
            f"Step 1 is scheduled{booked}.",
            rule,
            "Sit the exam, then add your result.",
        )
    if step1.result == "not_taken":
        return verdict(
            "exams.step1",
            Status.NOT_MET,
            "You have not taken Step 1 yet.",
            rule,
            "Apply for Step 1 and schedule it.",
        )
    return verdict(
        "exams.step1",
        Status.NOT_MET,
        f"Step 1 is not passed yet (last result: fail{on})."
        + _attempts_left(step1.attempts, limit_rule),
        rule,
        "Prepare and retake Step 1.",
    )


def step2_ck_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    base = ruleset.get("exams.step2_ck.pass")
    ck = profile.exams.step2_ck
    on = f" on {ck.date}" if ck.date else ""
    booked = f" for {ck.date}" if ck.date else ""
    passed, why, minimum_rule = step2_ck_passed(profile, ruleset)
    rule = minimum_rule or base
    if passed is True:
        reason = f"{why}." if why else f"You passed Step 2 CK{on}."
        return verdict("exams.step2_ck", Status.MET, reason, rule)
    limit_rule = _attempt_limit(ruleset, as_of)
    if limit_rule is not None:
        closing = _closing_step(profile, int(limit_rule.params["max_attempts"]), passed)
        if closing is not None:
            return _closed_item("exams.step2_ck", closing, limit_rule, "Step 2 CK")
    if ck.result == "scheduled":
        return verdict(
            "exams.step2_ck",
            Status.PENDING,
            f"Step 2 CK is scheduled{booked}.",
            base,
            "Sit the exam, then add your score.",
        )
    if ck.result == "not_taken":
        return verdict(
            "exams.step2_ck",
            Status.NOT_MET,
            "You have not taken Step 2 CK yet.",
            base,
            "Apply for Step 2 CK and schedule it.",
        )
    if passed is None:
        reason = f"We cannot tell yet: {why}." if why else "Your Step 2 CK result is not given yet."
        step = "Add the exam date." if why else "Tell us your Step 2 CK result, score and date."
        return verdict("exams.step2_ck", Status.NEEDS_INFO, reason, base, step)
    reason = f"{why}." if why else f"Step 2 CK is not passed yet (last result: fail{on})."
    return verdict(
        "exams.step2_ck",
        Status.NOT_MET,
        reason + _attempts_left(ck.attempts, limit_rule),
        rule,
        "Prepare and retake Step 2 CK.",
    )
