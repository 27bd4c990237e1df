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
from app.i18n import _, format_date, ngettext
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
        values = {"exam": name, "date": format_date(exam.date), "as_of": format_date(as_of)}
        if exam.result == "pass":
            # Translators: {exam} is Step 1 or Step 2 CK; {as_of} is the assessment date.
            return _(
                "You give a pass for {exam} dated {date}, after {as_of}: until then it is a "
                "booked exam, not a result."
            ).format(**values)
        # Translators: {exam} is Step 1 or Step 2 CK; {as_of} is the assessment date.
        return _(
            "You give a fail for {exam} dated {date}, after {as_of}: until then it is a booked "
            "exam, not a result."
        ).format(**values)
    return ""


def _sentences(*sentences: str) -> str:
    """Whole sentences side by side, the empty ones left out."""
    return " ".join(s for s in sentences if s)


@dataclass(frozen=True)
class Step2CKJudgement:
    """Whether the Step 2 CK result counts as passed, and why."""

    passed: bool | None  # None = cannot tell from the answers
    why: str  # a whole sentence (with its final stop) saying why, or ""
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
        values = {"score": ck.score, "minimum": minimum, "dates": rule.dates_text()}
        if passed == (ck.score >= minimum):
            return Step2CKJudgement(passed, _score_against_minimum(passed, values), rule)
        if ck.score >= minimum:  # a fail reported, with a score at or above the minimum
            # Translators: {dates} is a date range ("on or after 2022-07-01").
            why = _(
                "You report a fail, but the score {score} you typed meets the {minimum} minimum "
                "for exams taken {dates}; the reported result counts, so check your score report."
            )
        else:
            why = _(
                "You report a pass, but the score {score} you typed is below the {minimum} "
                "minimum for exams taken {dates}; the reported result counts, so check your "
                "score report."
            )
        return Step2CKJudgement(passed, why.format(**values), rule)
    if ck.score is None:
        return Step2CKJudgement(None, "", None)
    if ck.date is not None:
        if rule is None:
            return Step2CKJudgement(
                None,
                _("We cannot tell yet: no minimum score is on file for an exam on {date}.").format(
                    date=format_date(ck.date)
                ),
                None,
            )
        minimum = int(rule.params["minimum_score"])
        values = {"score": ck.score, "minimum": minimum, "dates": rule.dates_text()}
        passed = ck.score >= minimum
        return Step2CKJudgement(passed, _score_against_minimum(passed, values), rule)
    minimums = [int(r.params["minimum_score"]) for r in ruleset.family(Family.STEP2_CK_MINIMUM)]
    if minimums and ck.score >= max(minimums):
        return Step2CKJudgement(
            True, _("Your score {score} meets every minimum on file.").format(score=ck.score), None
        )
    if minimums and ck.score < min(minimums):
        return Step2CKJudgement(
            False,
            _("Your score {score} is below every minimum on file.").format(score=ck.score),
            None,
        )
    return Step2CKJudgement(
        None,
        _(
            "We cannot tell yet: the minimum for a score of {score} depends on the exam date."
        ).format(score=ck.score),
        None,
    )


def _score_against_minimum(passed: bool, values: dict[str, object]) -> str:
    """'Your score 230 meets the 218 minimum for exams taken on or after 2025-07-01.'"""
    if passed:
        # Translators: {dates} is a date range ("on or after 2022-07-01").
        return _("Your score {score} meets the {minimum} minimum for exams taken {dates}.").format(
            **values
        )
    # Translators: {dates} is a date range ("on or after 2022-07-01").
    return _("Your score {score} is below the {minimum} minimum for exams taken {dates}.").format(
        **values
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
    values = {
        "exam": name,
        "count": attempts,
        "limit": _attempts_text(limit),
        "dates": limit_rule.dates_text(),
        "other": exam_name,
    }
    if name == exam_name:
        # Translators: {exam} is Step 1 or Step 2 CK; {limit} reads "4 attempts"; {dates} is a
        # date range ("on or after 2021-07-01").
        reason = ngettext(
            "You have sat {exam} {count} time without a pass; the limit is {limit} for "
            "applications {dates}.",
            "You have sat {exam} {count} times without a pass; the limit is {limit} for "
            "applications {dates}.",
            attempts,
        )
    else:
        # Translators: {exam} and {other} are Step 1 and Step 2 CK; {limit} reads "4 attempts";
        # {dates} is a date range ("on or after 2021-07-01").
        reason = ngettext(
            "You have sat {exam} {count} time without a pass; the limit is {limit} for "
            "applications {dates}, and that closes {other} too.",
            "You have sat {exam} {count} times without a pass; the limit is {limit} for "
            "applications {dates}, and that closes {other} too.",
            attempts,
        )
    return verdict(
        item_id,
        Status.NOT_MET,
        reason.format(**values),
        limit_rule,
        _(
            "The attempt limit cannot be waived by ECFMG; contact USMLE if you believe a count "
            "is wrong."
        ),
        blocking=True,
    )


def _attempts_text(count: int) -> str:
    """'4 attempts': the attempt limit, in a sentence that counts something else too."""
    return ngettext("{count} attempt", "{count} attempts", count).format(count=count)


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
        # Translators: {exam} is Step 1 or Step 2 CK; {attempt} the attempt's number (5);
        # {dates} is a date range ("on or after 2021-07-01").
        ngettext(
            "The {exam} sitting you booked would be attempt {attempt}; the limit is {count} "
            "attempt for applications {dates}.",
            "The {exam} sitting you booked would be attempt {attempt}; the limit is {count} "
            "attempts for applications {dates}.",
            limit,
        ).format(exam=name, attempt=attempts, count=limit, dates=limit_rule.dates_text()),
        limit_rule,
        _("Check your attempt count with USMLE: an attempt beyond the limit is not allowed."),
        blocking=True,
    )


def _attempts_left(attempts: int | None, limit_rule: Rule | None, booked: bool) -> str:
    if attempts is None or limit_rule is None:
        return ""
    limit = int(limit_rule.params["max_attempts"])
    if booked:
        # Translators: {attempt} is the booked attempt's number, {count} the attempts allowed.
        return ngettext(
            "The booked sitting is attempt {attempt} of the {count} allowed.",
            "The booked sitting is attempt {attempt} of the {count} allowed.",
            limit,
        ).format(attempt=max(attempts, 1), count=limit)
    # Translators: {used} attempts used so far, out of the {count} allowed.
    return ngettext(
        "You have used {used} of {count} attempt.",
        "You have used {used} of {count} attempts.",
        limit,
    ).format(used=attempts, count=limit)


def _ordinal_booked(exam: Step1 | Step2CK, name: str, as_of: dt.date) -> str:
    if exam.date:
        # Translators: {exam} is Step 1 or Step 2 CK.
        booked = _("{exam} is scheduled for {date}.").format(exam=name, date=format_date(exam.date))
    else:
        booked = _("{exam} is scheduled.").format(exam=name)
    return _sentences(_dated_later(exam, name, as_of), booked)


def step1_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("exams.step1.pass")
    step1 = profile.exams.step1
    result = result_on(step1, as_of)
    if result == "pass":
        if step1.date:
            passed = _("You passed Step 1 on {date}.").format(date=format_date(step1.date))
        else:
            passed = _("You passed Step 1.")
        return verdict(ItemId.STEP1, Status.MET, passed, rule)
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
            _("Your Step 1 result is not given yet."),
            rule,
            _("Tell us whether you passed, failed, are scheduled or have not taken Step 1."),
        )
    if result == "scheduled":
        return verdict(
            ItemId.STEP1,
            Status.PENDING,
            _sentences(
                _ordinal_booked(step1, "Step 1", as_of),
                _attempts_left(step1.attempts, limit_rule, booked=True),
            ),
            rule,
            _("Sit the exam, then add your result."),
        )
    if result == "not_taken":
        return verdict(
            ItemId.STEP1,
            Status.NOT_MET,
            _("You have not taken Step 1 yet."),
            rule,
            _("Apply for Step 1 and schedule it."),
        )
    return verdict(
        ItemId.STEP1,
        Status.NOT_MET,
        _sentences(
            _not_passed_yet("Step 1", step1),
            _attempts_left(step1.attempts, limit_rule, booked=False),
        ),
        rule,
        _("Prepare and retake Step 1."),
    )


def _not_passed_yet(name: str, exam: Step1 | Step2CK) -> str:
    """'Step 1 is not passed yet (last result: fail on 2026-05-02).'"""
    if exam.date:
        # Translators: {exam} is Step 1 or Step 2 CK.
        return _("{exam} is not passed yet (last result: fail on {date}).").format(
            exam=name, date=format_date(exam.date)
        )
    return _("{exam} is not passed yet (last result: fail).").format(exam=name)


def step2_ck_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    base = ruleset.get("exams.step2_ck.pass")
    ck = profile.exams.step2_ck
    result = result_on(ck, as_of)
    judged = judge_step2_ck(profile, ruleset, as_of)
    rule = judged.minimum_rule or base
    if judged.passed is True:
        if judged.why:
            reason = judged.why
        elif ck.date:
            reason = _("You passed Step 2 CK on {date}.").format(date=format_date(ck.date))
        else:
            reason = _("You passed Step 2 CK.")
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
            _sentences(
                _ordinal_booked(ck, "Step 2 CK", as_of),
                _attempts_left(ck.attempts, limit_rule, booked=True),
            ),
            base,
            _("Sit the exam, then add your result and score."),
        )
    if result == "not_taken":
        return verdict(
            ItemId.STEP2_CK,
            Status.NOT_MET,
            _("You have not taken Step 2 CK yet."),
            base,
            _("Apply for Step 2 CK and schedule it."),
        )
    if judged.passed is None:
        if judged.why:
            reason, step = judged.why, _("Add the exam date.")
        else:
            reason = _("Your Step 2 CK result is not given yet.")
            step = _("Tell us your Step 2 CK result, score and date.")
        return verdict(ItemId.STEP2_CK, Status.NEEDS_INFO, reason, base, step)
    return verdict(
        ItemId.STEP2_CK,
        Status.NOT_MET,
        _sentences(
            judged.why or _not_passed_yet("Step 2 CK", ck),
            _attempts_left(ck.attempts, limit_rule, booked=False),
        ),
        rule,
        _("Prepare and retake Step 2 CK."),
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
    # Translators: {first} and {last} are the dates of the two passes; {source} a web address.
    return ngettext(
        "Check with ECFMG: your Step passes are more than {years} year apart ({first} and "
        "{last}). An older ECFMG policy, not confirmed on a current ECFMG page, counted only "
        "passes within {years} year ({source}).",
        "Check with ECFMG: your Step passes are more than {years} years apart ({first} and "
        "{last}). An older ECFMG policy, not confirmed on a current ECFMG page, counted only "
        "passes within {years} years ({source}).",
        years,
    ).format(years=years, first=format_date(first), last=format_date(last), source=rule.source)
