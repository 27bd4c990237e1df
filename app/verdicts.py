"""Building checklist items: titles, and the note an item carries when its rule is unconfirmed."""

from __future__ import annotations

from app.checklist import ChecklistItem, Status
from app.rules import Rule

TITLES: dict[str, str] = {
    "eligibility.img_status": "You are an IMG who needs ECFMG Certification",
    "school.sponsor_note": "Your school has an ECFMG note in the World Directory",
    "school.graduation_year": "Your graduation year is covered by the ECFMG note",
    "exams.step1": "USMLE Step 1 passed",
    "exams.step2_ck": "USMLE Step 2 CK passed",
    "clinical.requirement": "Clinical and communication skills requirement",
    "clinical.pathway": "ECFMG Pathway",
    "clinical.oet": "OET Medicine",
    "credentials.credit_years": "At least four credit years of medical school",
    "credentials.diploma": "Final medical diploma with the exact title",
    "credentials.transcript": "Final medical school transcript",
    "credentials.translations": "English translations of your documents",
    "application.submitted": "Application for ECFMG Certification submitted",
}

UNCONFIRMED_NOTE = (
    "This rests on a rule we could not confirm on an official page; check the source."
)


def verdict(
    item_id: str,
    status: Status,
    reason: str,
    rule: Rule,
    next_step: str = "",
    *,
    blocking: bool = False,
    confirmed: bool | None = None,
) -> ChecklistItem:
    """One checklist item. ``confirmed`` defaults to the rule's; an unconfirmed verdict says so
    in its next step, so the user never takes a guess for a settled rule."""
    is_confirmed = rule.confirmed if confirmed is None else confirmed
    if not is_confirmed and status is not Status.NOT_APPLICABLE:
        next_step = f"{next_step} {UNCONFIRMED_NOTE}".strip()
    return ChecklistItem(
        id=item_id,
        title=TITLES[item_id],
        status=status,
        reason=reason,
        source=rule.source,
        rule_id=rule.id,
        next_step=next_step,
        blocking=blocking and status is Status.NOT_MET,
        confirmed=is_confirmed,
    )


def check_answer(item_id: str, messages: list[str], rule: Rule) -> ChecklistItem:
    """needs_info for an answer that is out of range or impossible: say which, in its words."""
    return verdict(
        item_id,
        Status.NEEDS_INFO,
        "Check your answer: " + "; ".join(messages) + ".",
        rule,
        "Correct the answer, then look again.",
        confirmed=True,
    )
