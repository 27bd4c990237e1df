"""The overall verdict follows from the items, as the design card says."""

from __future__ import annotations

from app.checklist import ChecklistItem, Overall, Status, overall_of


def _item(status: Status, blocking: bool = False, item_id: str = "exams.step1") -> ChecklistItem:
    return ChecklistItem(
        id=item_id,
        title="Step 1",
        status=status,
        reason="",
        source="https://www.usmle.org/",
        rule_id="r",
        next_step="",
        blocking=blocking,
    )


def test_all_met_or_not_applicable_is_ready() -> None:
    assert overall_of([_item(Status.MET), _item(Status.NOT_APPLICABLE)]) is Overall.READY


def test_a_blocking_shortfall_outweighs_everything_else() -> None:
    items = [_item(Status.NOT_MET), _item(Status.NOT_MET, blocking=True), _item(Status.NEEDS_INFO)]
    assert overall_of(items) is Overall.NOT_ELIGIBLE


def test_a_fixable_shortfall_is_not_ready() -> None:
    assert overall_of([_item(Status.MET), _item(Status.NOT_MET)]) is Overall.NOT_READY


def test_unanswered_or_under_way_is_incomplete_never_failure() -> None:
    assert overall_of([_item(Status.MET), _item(Status.NEEDS_INFO)]) is Overall.INCOMPLETE
    assert overall_of([_item(Status.PENDING)]) is Overall.INCOMPLETE


def test_an_item_knows_its_area_from_its_id() -> None:
    assert _item(Status.MET, item_id="clinical.oet").area == "clinical"
