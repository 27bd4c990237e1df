"""What the wizard says about the Match and about the rules themselves: the target Match's
calendar beside its field, how old the rules are, and which verdicts rest on third-party sources
or on an estimate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.checklist import Overall
from app.engine.items import ItemId
from tests.ui_support import QT_WARNINGS_FAIL, choose, import_fixture, open_wizard, replace_text
from ui.wizard import PageId

pytestmark = QT_WARNINGS_FAIL

RULES_DAY = dt.date(2026, 12, 2)  # the bundled rules' date
HALF_A_YEAR_LATER = dt.date(2027, 7, 1)  # more than 180 days after it



def walk_to(qtbot, wizard, page: PageId) -> None:
    while wizard.currentId() != page:
        qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_a_2026_target_in_december_2026_is_told_that_match_was_held_and_pointed_to_2027(
    qtbot, store
):
    wizard = open_wizard(qtbot, store, store.create_profile().id, False, as_of=RULES_DAY)
    applicant = wizard.pages[PageId.APPLICANT]
    replace_text(qtbot, applicant.full_name, "Amira Hassan")
    replace_text(qtbot, applicant.match_year, "2026")
    verdict = applicant.verdicts[ItemId.MATCH_CYCLE]
    assert verdict.isVisible()
    said = verdict.text()
    assert "The 2026 Match was held" in said
    assert "Aim for the 2027 Match" in said
    assert "Needs your answer" in said
    # Shown right under the field it judges, not at the end of the wizard.
    field_bottom = applicant.match_year.mapTo(
        applicant.body, applicant.match_year.rect().bottomLeft()
    )
    assert 0 < verdict.mapTo(applicant.body, verdict.rect().topLeft()).y() - field_bottom.y() < 80


def test_a_match_still_ahead_is_met_with_its_calendar(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"), False)
    said = wizard.pages[PageId.APPLICANT].verdicts[ItemId.MATCH_CYCLE].text()
    assert said.startswith("Your target Match and its calendar: Met.")
    assert "The 2027 Match is ahead" in said


def test_rules_half_a_year_old_are_told_calmly_on_the_review_and_fresh_ones_are_not(qtbot, store):
    profile_id = import_fixture(store, "oet_retaker.json")
    late = open_wizard(qtbot, store, profile_id, False, as_of=HALF_A_YEAR_LATER)
    walk_to(qtbot, late, PageId.REVIEW)
    review = late.review_page
    assert review.rules_notice_frame.isVisible()
    notice = review.rules_notice.text()
    assert "last updated on 2026-12-02" in notice and "import a newer rules file" in notice
    assert "Rules version 2026.12.02 of 2026-12-02" in review.notice.text()
    # Calm: not drawn in the colour of a problem.
    assert "color" not in review.rules_notice.styleSheet()
    late.close()

    fresh = open_wizard(qtbot, store, profile_id, False, as_of=RULES_DAY)
    walk_to(qtbot, fresh, PageId.REVIEW)
    assert not fresh.review_page.rules_notice_frame.isVisible()
    assert fresh.review_page.rules_notice.text() == ""
    assert "for the 2024–2028 Matches" in fresh.review_page.notice.text()


def test_a_2028_target_graduated_before_the_estimated_cut_off_sees_the_estimate_marker(
    qtbot, store
):
    # Graduated 2025-01-20, Pathway 3: ECFMG has not published the 2028 graduation cut-off.
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"), False)
    replace_text(qtbot, wizard.pages[PageId.APPLICANT].match_year, "2028")
    walk_to(qtbot, wizard, PageId.CLINICAL)
    clinical = wizard.pages[PageId.CLINICAL]
    replace_text(qtbot, clinical.pathway_cycle, "")  # the cycle follows the target Match
    pathway = clinical.verdicts[ItemId.PATHWAY]
    assert "has not published the Pathway 3 graduation cut-off" in pathway.text()
    assert "Estimate: not yet published" in pathway.text()
    assert "Estimate: not yet published" in pathway.label.text()  # seen, not only spoken
    assert "Third-party sources" not in pathway.text()


def test_a_verdict_on_third_party_sources_is_marked_and_a_confirmed_one_is_not(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"), False)
    walk_to(qtbot, wizard, PageId.EXAMS)
    exams = wizard.pages[PageId.EXAMS]
    assert "Third-party sources" in exams.verdicts[ItemId.STEP2_CK].label.text()
    assert "Third-party sources" not in exams.verdicts[ItemId.STEP1].label.text()
    walk_to(qtbot, wizard, PageId.REVIEW)
    shown = wizard.review_page.dashboard_text()
    assert "Third-party sources" in shown


def test_everything_published_met_on_an_estimate_reads_not_yet_known_on_the_review(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "fresh_graduate.json"), False)
    replace_text(qtbot, wizard.pages[PageId.APPLICANT].match_year, "2028")  # 2027 cycle approved
    walk_to(qtbot, wizard, PageId.REVIEW)
    review = wizard.review_page
    assert wizard.session.checklist.overall is Overall.NOT_YET_KNOWN
    assert review.overall.accessibleName().startswith("Not yet known")
    assert "?" in review.overall.text()  # its own mark, not the tick of "Ready"
    assert "Estimate: not yet published" in review.dashboard_text()


def test_attempts_say_a_booked_sitting_counts(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id, False)
    exams = wizard.pages[PageId.EXAMS]
    for attempts in (exams.step1_attempts, exams.ck_attempts):
        assert "counting a booked one" in attempts.accessibleName()
        assert "booked for" in attempts.accessibleDescription()


def test_the_pathway_cycle_reads_as_needed_once_the_pathway_is_approved(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"), False)
    walk_to(qtbot, wizard, PageId.CLINICAL)
    clinical = wizard.pages[PageId.CLINICAL]
    hint = clinical.fields.hints["clinical_skills.pathway_cycle"]
    assert hint.text().startswith("Leave empty")
    choose(clinical.pathway_status, "approved")
    assert hint.text().startswith("Needed")
    assert clinical.pathway_cycle.accessibleDescription().startswith("Needed")
    replace_text(qtbot, clinical.pathway_cycle, "")
    assert "Tell us the Match year of the Pathways cycle" in (
        clinical.verdicts[ItemId.PATHWAY].text()
    )
