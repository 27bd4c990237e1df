"""Building checklist items, and the note an item carries when its rule is not confirmed."""

from __future__ import annotations

from app.checklist import ChecklistItem, Status
from app.engine.items import ItemId, TranslatedLabels
from app.i18n import N_, _, pgettext
from app.rules.loader import Rule, Standing

# The note beside a verdict resting on less than an official page (in the language in use).
STANDING_NOTES: TranslatedLabels[Standing] = TranslatedLabels(
    {
        Standing.CONFIRMED: "",
        Standing.THIRD_PARTY: N_(
            "This rests on third-party sources, not on an official page; check the source."
        ),
        Standing.ESTIMATE: N_("This rests on our estimate: ECFMG has not published it yet."),
    }
)
# Kept for callers that name the note of a rule that is not confirmed (English; the note in
# the language in use is STANDING_NOTES[Standing.THIRD_PARTY]).
UNCONFIRMED_NOTE = STANDING_NOTES.english(Standing.THIRD_PARTY)


def joined(parts: list[str]) -> str:
    """Parts of one sentence separated by semicolons ("; " in English, "؛ " in Arabic)."""
    # Translators: what separates the parts of a list inside one sentence.
    return pgettext("list separator", "; ").join(parts)


def weakest(*standings: Standing) -> Standing:
    """The least certain of several standings (estimate < third-party < confirmed)."""
    order = (Standing.ESTIMATE, Standing.THIRD_PARTY, Standing.CONFIRMED)
    return min(standings, key=order.index, default=Standing.CONFIRMED)


def verdict(
    item_id: ItemId,
    status: Status,
    reason: str,
    rule: Rule,
    next_step: str = "",
    *,
    blocking: bool = False,
    standing: Standing | None = None,
) -> ChecklistItem:
    """One checklist item. ``standing`` defaults to the rule's. A verdict that rests on less than
    a confirmed fact says so in its next step; one that rests on an estimate is never not met
    (it becomes needs your answer: the fact is not yet published)."""
    rests_on = rule.standing if standing is None else standing
    judged = status in (Status.MET, Status.NOT_MET, Status.PENDING)  # not a question
    if rests_on is Standing.ESTIMATE and status is Status.NOT_MET:
        status, blocking = Status.NEEDS_INFO, False
    note = STANDING_NOTES[rests_on]
    if note and judged and note not in next_step:
        next_step = f"{next_step} {note}".strip()
    return ChecklistItem(
        id=item_id,
        title=item_id.label,
        status=status,
        reason=reason,
        source=rule.source,
        rule_id=rule.id,
        next_step=next_step,
        blocking=blocking and status is Status.NOT_MET,
        standing=rests_on,
    )


def check_answer(item_id: ItemId, messages: list[str], rule: Rule) -> ChecklistItem:
    """needs_info for an answer that is out of range or impossible: say which, in its words."""
    return verdict(
        item_id,
        Status.NEEDS_INFO,
        # Translators: {problems} lists what is wrong with the answers, separated by "; ".
        _("Check your answer: {problems}.").format(problems=joined(messages)),
        rule,
        _("Correct the answer, then look again."),
        standing=Standing.CONFIRMED,
    )
