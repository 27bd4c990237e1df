"""The wizard opens with only its first page built (issue 13: a first start usable sooner): every
other page is built when it is first shown or reached for, while the wizard knows each page's
title, routing and step-list mark from the start; the country list is added when it is used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from app.engine.items import FieldPath, ItemId
from tests.ui_support import QT_WARNINGS_FAIL, choose, import_fixture, open_wizard
from ui.wizard import PageId

pytestmark = QT_WARNINGS_FAIL


def _steps(wizard) -> list[tuple[str, str, str]]:
    steps = wizard.steps
    return [
        (
            steps.item(row).text(),
            steps.item(row).data(Qt.ItemDataRole.AccessibleTextRole),
            steps.item(row).flags().value,
        )
        for row in range(steps.count())
    ]


def test_a_new_profile_opens_with_only_its_first_page_built(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id)
    assert wizard.currentId() == PageId.APPLICANT
    built = [page_id for page_id, page in wizard.pages.items() if page.built]
    assert built == [PageId.APPLICANT]
    page = wizard.pages[PageId.APPLICANT]
    assert page.isVisible() and page.full_name.hasFocus()
    # The step list names every step, numbered, with its mark, without building the pages.
    assert wizard.steps.count() == len(PageId)
    assert wizard.steps.item(1).text() == "2. Medical school"
    assert [page_id for page_id, page in wizard.pages.items() if page.built] == [PageId.APPLICANT]


def test_marks_routing_and_steps_are_the_same_before_and_after_the_pages_are_built(qtbot, store):
    for fixture in ("fresh_graduate.json", "oet_retaker.json", "student.json"):
        wizard = open_wizard(qtbot, store, import_fixture(store, fixture))
        wizard.walk_to(PageId.APPLICANT)
        unbuilt = [page for page in wizard.pages.values() if not page.built]
        before = (
            wizard.route(),
            [(page.step_title(), page.step_status(), page.isComplete()) for page in unbuilt],
            _steps(wizard),
        )
        assert [page.built for page in unbuilt] == [False] * len(unbuilt)  # routing built none
        for page in unbuilt:
            page.ensure_built()
        wizard._show_steps()
        after = (
            wizard.route(),
            [(page.step_title(), page.step_status(), page.isComplete()) for page in unbuilt],
            _steps(wizard),
        )
        assert after == before, fixture


def test_each_page_declares_the_verdicts_it_shows(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"))
    for page_id, page in wizard.pages.items():
        page.ensure_built()
        assert set(page.verdicts) == set(page.verdict_items), page_id.name


def test_a_page_is_built_before_it_is_shown_and_when_a_widget_of_it_is_asked_for(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id)
    wizard.pages[PageId.APPLICANT].full_name.setText("Amira Hassan")
    wizard.session.set_answer(FieldPath.FULL_NAME, "Amira Hassan", save_now=True)
    school = wizard.pages[PageId.SCHOOL]
    assert not school.built
    wizard.next()
    assert school.built and school.isVisible() and school.search.isVisibleTo(school)
    exams = wizard.pages[PageId.EXAMS]
    assert not exams.built
    assert exams.ck_score.text() == ""  # reached for: built then, not shown
    assert exams.built and not exams.isVisible()
    assert FieldPath.STEP2_CK_SCORE in exams.field_widgets


def test_an_answer_link_leads_to_a_field_on_a_page_not_built_yet(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "fresh_graduate.json"))
    wizard.session.set_answer(FieldPath.STEP2_CK_SCORE, None, save_now=True)
    assert not wizard.pages[PageId.EXAMS].built
    wizard.answer_item(ItemId.STEP2_CK)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.EXAMS)
    exams = wizard.pages[PageId.EXAMS]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is exams.ck_score)


def test_the_country_list_is_added_when_the_combo_is_first_used(qtbot, store, monkeypatch):
    import ui.pages.applicant_page as applicant_page

    monkeypatch.setattr(applicant_page, "_LISTED", {})  # as in a new process
    monkeypatch.setattr(applicant_page, "when_countries_listed", lambda then, owner: None)
    wizard = open_wizard(qtbot, store, store.create_profile().id)
    combo = wizard.pages[PageId.APPLICANT].citizenship
    assert not combo.filled and QComboBox.count(combo) == 1  # "Not answered yet" alone
    assert combo.currentText() == "Not answered yet"
    combo.setFocus()
    assert combo.filled and QComboBox.count(combo) > 200
    assert combo.currentData() is None  # nothing chosen by listing them


def test_the_country_list_is_listed_on_the_worker_after_the_window_is_up(qtbot, store, monkeypatch):
    import ui.pages.applicant_page as applicant_page

    monkeypatch.setattr(applicant_page, "_LISTED", {})
    wizard = open_wizard(qtbot, store, store.create_profile().id)
    combo = wizard.pages[PageId.APPLICANT].citizenship
    qtbot.waitUntil(lambda: combo.filled, timeout=10_000)
    assert QComboBox.count(combo) > 200 and combo.currentData() is None
    # As wide as a combo listing the countries from the start.
    eager = QComboBox()
    eager.addItem("Not answered yet", None)
    for code, name in applicant_page.country_choices():
        eager.addItem(name, code)
    assert combo.sizeHint().width() == eager.sizeHint().width()


def test_a_saved_citizenship_is_shown_at_once_and_a_choice_is_saved(qtbot, store, monkeypatch):
    import ui.pages.applicant_page as applicant_page

    profile_id = store.create_profile().id
    wizard = open_wizard(qtbot, store, profile_id)
    choose(wizard.pages[PageId.APPLICANT].citizenship, "EG")
    wizard.session.flush()
    wizard.close()
    monkeypatch.setattr(applicant_page, "_LISTED", {})
    wizard = open_wizard(qtbot, store, profile_id)
    combo = wizard.pages[PageId.APPLICANT].citizenship
    assert combo.currentData() == "EG" and combo.currentText() == "Egypt"


def test_every_field_path_but_the_documents_list_has_a_dot_or_an_underscore():
    # ui.navigation.in_users_words looks for paths only in text that has one of them.
    assert all("_" in p.value or "." in p.value for p in FieldPath if p is not FieldPath.DOCUMENTS)


def test_building_a_page_later_opens_no_window_of_its_own(qtbot, store):
    # A page built while the wizard is up (a document's history box shown before it is placed
    # would open as a window and take the keyboard from the wizard).
    wizard = open_wizard(qtbot, store, import_fixture(store, "fresh_graduate.json"))
    for page_id, page in wizard.pages.items():
        page.ensure_built()
        qtbot.wait(10)
        assert QApplication.activeWindow() is wizard, page_id.name
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert shown == [wizard], page_id.name
