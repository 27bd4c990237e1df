"""The review as a dashboard: a headline for every overall verdict, what to do next (open items
only, in the PDF too), one card per area, one scroll, the same progress words in the app, the
PDF and the CLI; the step list beside the pages; the window's default size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea

from app.checklist import Checklist, ChecklistItem, Overall, Status, overall_of
from app.engine.items import FieldPath, ItemId
from tests.ui_support import (
    AS_OF,
    FIXTURES,
    QT_WARNINGS_FAIL,
    import_fixture,
    open_wizard,
    replace_text,
)
from ui.dashboard import Headline
from ui.wizard import PageId

ROOT = Path(__file__).resolve().parent.parent

pytestmark = QT_WARNINGS_FAIL



def on_review(qtbot, store, fixture: str, **answers: object):
    profile_id = import_fixture(store, fixture)
    for path, value in answers.items():
        store.save_answer(profile_id, FieldPath[path], value)
    store.set_last_page(profile_id, "review")
    wizard = open_wizard(qtbot, store, profile_id)
    assert wizard.currentId() == PageId.REVIEW
    return wizard


def test_a_ready_graduate_reads_ready_with_nothing_left_to_do(qtbot, store):
    wizard = on_review(qtbot, store, "fresh_graduate.json")
    review = wizard.review_page
    assert review.overall.accessibleName().startswith("Ready. Every requirement")
    assert review.progress.text() == "15 of 15 met"
    assert "Nothing is left to do" in review.headline.next_step.text()
    assert not review.headline.next_button.isVisible()
    assert review.next_steps.buttons == {}
    assert len(review.cards) == 7  # one card per area
    assert "USMLE Step 2 CK passed: Met." in review.dashboard_text()
    assert wizard.windowTitle() == "Amira Hassan"  # the system adds the app's name once


def test_about_opens_from_the_wizard_with_the_rules_in_use(qtbot, store):
    from ui.about import AboutDialog

    wizard = open_wizard(qtbot, store, import_fixture(store, "fresh_graduate.json"))
    about_button = wizard.button(wizard.WizardButton.HelpButton)
    assert about_button.text() == "About"
    qtbot.mouseClick(about_button, Qt.MouseButton.LeftButton)
    about = wizard.findChild(AboutDialog)
    qtbot.waitExposed(about)
    assert f"Rules version {wizard.session.ruleset.version}" in about.text.text()
    about.close()


def test_a_canadian_graduate_before_the_cut_off_is_told_calmly_it_is_not_their_route(qtbot, store):
    wizard = on_review(qtbot, store, "canadian_2024_graduate.json")
    review = wizard.review_page
    assert review.overall.accessibleName().startswith("ECFMG Certification is not your route.")
    assert "Canadian school" in review.headline.meaning.text()  # the core's reason, as it is
    assert not review.headline.next_button.isVisible()  # nothing to fix in the answers
    # The areas that do not apply are named in one line, not as cards of dashes.
    assert len(review.cards) == 1
    assert review.not_needed.text().startswith("Not needed with your answers: Your Match")


def test_not_yet_known_says_what_is_published_is_met(qtbot, store):
    # The 2027 Pathways cycle was approved: a 2028 Match rests on an estimate.
    wizard = on_review(qtbot, store, "fresh_graduate.json", TARGET_MATCH_YEAR=2028)
    review = wizard.review_page
    assert review.overall.accessibleName().startswith("Not yet known. Everything ECFMG has")
    assert "?" in review.overall.text()
    assert "Estimate" in review.headline.next_step.text()


def hand_made(statuses: list[tuple[ItemId, Status, bool]]) -> Checklist:
    items = tuple(
        ChecklistItem(
            item_id,
            item_id.label,
            status,
            f"Reason for {item_id.label}.",
            "https://www.ecfmg.org/",
            "rule",
            "" if status is Status.MET else f"Do the next thing for {item_id.label}.",
            blocking=blocking,
        )
        for item_id, status, blocking in statuses
    )
    return Checklist(AS_OF, "2026.11.25", AS_OF, overall_of(items), items, (2024, 2028))


@pytest.mark.parametrize(
    ("statuses", "overall", "first_words"),
    [
        ([(ItemId.STEP1, Status.MET, False)], Overall.READY, "Ready"),
        ([(ItemId.SPONSOR_NOTE, Status.NOT_MET, True)], Overall.NOT_ELIGIBLE, "Not eligible"),
        ([(ItemId.STEP1, Status.NOT_MET, False)], Overall.NOT_READY, "Not ready yet"),
        ([(ItemId.STEP1, Status.NEEDS_INFO, False)], Overall.INCOMPLETE, "Incomplete"),
    ],
)
def test_every_overall_verdict_has_its_headline_meaning_and_next_step(
    qtbot, statuses, overall, first_words
):
    checklist = hand_made(statuses)
    assert checklist.overall is overall
    headline = Headline()
    qtbot.addWidget(headline)
    open_items = [i for i in checklist.items if i.status is not Status.MET]
    headline.show_verdict(checklist, open_items, lambda item: "Step 1 result")
    assert headline.title.accessibleName().startswith(first_words + ". ")
    assert headline.meaning.text()
    assert headline.progress.text() == checklist.progress_text
    if open_items:
        assert open_items[0].next_step in headline.next_step.text()


def test_what_to_do_next_lists_open_items_only_most_urgent_first_in_the_app_and_the_pdf(
    qtbot, store, tmp_path
):
    from pypdf import PdfReader

    wizard = on_review(
        qtbot, store, "oet_retaker.json", CREDIT_YEARS=None, APPLICATION_SUBMITTED=None
    )
    review = wizard.review_page
    shown = list(review.next_steps.buttons)
    assert shown == [
        ItemId.CREDIT_YEARS,
        ItemId.NAME_CONSISTENCY,  # a version 1 file has no documents: their names are asked
        ItemId.APPLICATION,
        ItemId.CLINICAL_REQUIREMENT,
        ItemId.PATHWAY,
    ]  # needs your answer first, then what is under way
    with qtbot.waitSignal(review.export_to(tmp_path / "c.pdf").done, timeout=15_000):
        pass
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "c.pdf").pages)
    next_steps = " ".join(text.split("What to do next", 1)[1].split("Your Match", 1)[0].split())
    for item_id in shown:
        assert item_id.label in next_steps
    assert ItemId.STEP1.label not in next_steps  # met: nothing to do
    assert ItemId.MATCH_CYCLE.label not in next_steps  # met, though it names a next step


def test_app_pdf_and_cli_say_the_same_progress_in_the_same_words(qtbot, store, tmp_path):
    from pypdf import PdfReader

    wizard = on_review(qtbot, store, "oet_retaker.json")  # kept: the test holds the window
    review = wizard.review_page
    shown = review.progress.text()
    with qtbot.waitSignal(review.export_to(tmp_path / "c.pdf").done, timeout=15_000):
        pass
    pdf_text = " ".join(PdfReader(tmp_path / "c.pdf").pages[0].extract_text().split())
    assert shown in pdf_text
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "assess",
            str(FIXTURES / "oet_retaker.json"),
            "--as-of",
            AS_OF.isoformat(),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert f"Progress: {shown}" in done.stdout, done.stderr


def test_the_dashboard_scrolls_as_one_page_with_no_box_scrolling_inside_it(qtbot, store):
    wizard = on_review(qtbot, store, "oet_retaker.json")  # kept: the test holds the window
    review = wizard.review_page
    inner = [
        w
        for w in review.body.findChildren(QAbstractScrollArea)
        if w.isVisibleTo(review) and w is not review.scroll_area
    ]
    assert inner == []


def test_the_step_list_shows_each_page_with_its_mark_and_a_click_goes_there(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"))
    steps = wizard.steps
    spoken = [steps.item(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(7)]
    assert spoken[0] == "1. Welcome: Met"
    assert spoken[3] == "4. Clinical skills: In progress"
    assert spoken[5] == "6. Documents: Needs your answer"
    assert spoken[6] == "7. Your readiness"
    clinical = steps.item(3)
    qtbot.mouseClick(
        steps.viewport(), Qt.MouseButton.LeftButton, pos=steps.visualItemRect(clinical).center()
    )
    assert wizard.currentId() == PageId.CLINICAL
    assert steps.currentRow() == 3
    back = wizard.button(wizard.WizardButton.BackButton)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.EXAMS  # the pages before it are one Back away
    assert steps.currentRow() == 2


def test_a_step_past_a_page_that_holds_next_back_cannot_be_chosen(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id, with_directory=False)
    steps = wizard.steps
    assert not steps.item(1).flags()  # no name yet: the school page waits
    replace_text(qtbot, wizard.pages[PageId.APPLICANT].full_name, "Wei Zhang")
    assert steps.item(1).flags() & Qt.ItemFlag.ItemIsEnabled


def test_the_window_opens_to_fit_the_screen_and_uses_a_larger_one(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id, with_directory=False)
    available = wizard.screen().availableGeometry()  # offscreen: 800 x 800
    assert wizard.width() <= available.width() and wizard.height() <= available.height()
    assert wizard.width() >= available.width() - 60 and wizard.height() >= available.height() - 90


def test_on_a_1366_by_768_screen_every_page_but_the_dashboard_fits_without_scrolling(tmp_path):
    out = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "-m", "tools.wizard_screenshots", str(out), "--screen", "1366x768"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.splitlines()[-1] == "scrolls: review"
