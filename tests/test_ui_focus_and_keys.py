"""Keys and fields that behave: the cursor waits where typing goes next, a mnemonic never types
its letter, a placeholder never looks like an answer, "Go to …" reaches the very field, and a
message names a field in the wizard's words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.engine.items import FieldPath, ItemId
from tests.ui_support import (
    QT_WARNINGS_FAIL,
    choose,
    import_fixture,
    open_wizard,
    replace_text,
    type_into,
)
from ui.keys import is_alt_typing
from ui.wizard import PageId

pytestmark = QT_WARNINGS_FAIL



def focused():
    return QApplication.focusWidget()


def test_a_new_profile_opens_with_the_cursor_in_the_name(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id, with_directory=False)
    name = wizard.pages[PageId.APPLICANT].full_name
    qtbot.waitUntil(lambda: focused() is name)
    qtbot.keyClicks(focused(), "Wei Zhang")  # the first keystrokes are not lost
    assert name.text() == "Wei Zhang"


def test_each_page_opens_on_its_first_empty_field(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id)
    replace_text(qtbot, wizard.pages[PageId.APPLICANT].full_name, "Wei Zhang")
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    school = wizard.pages[PageId.SCHOOL]
    qtbot.waitUntil(lambda: focused() is school.search)  # no school chosen yet
    # Back on the first page: the name is given, so the cursor goes to the first empty field.
    qtbot.mouseClick(wizard.button(wizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is wizard.pages[PageId.APPLICANT].usmle_id)


def test_alt_n_with_next_disabled_types_nothing_into_the_field(qtbot, store):
    profile_id = store.create_profile().id
    wizard = open_wizard(qtbot, store, profile_id, with_directory=False)
    name = wizard.pages[PageId.APPLICANT].full_name
    next_button = wizard.button(wizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: focused() is name)
    assert not next_button.isEnabled()  # no name yet
    qtbot.keyClick(name, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert name.text() == ""
    assert wizard.currentId() == PageId.APPLICANT
    wizard.session.flush()
    assert store.get_profile(profile_id).profile.applicant.full_name in (None, "")


def test_alt_graph_characters_still_type():
    # AltGr arrives as Ctrl+Alt on Windows: "€" must still be typed.
    alt_gr = QKeyEvent(
        QEvent.Type.KeyPress,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        "€",
    )
    assert not is_alt_typing(alt_gr)
    alt_n = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier, "n")
    assert is_alt_typing(alt_n)


def test_a_placeholder_reads_as_an_example_and_empty_stays_empty(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id, with_directory=False)
    page = wizard.pages[PageId.APPLICANT]
    assert page.match_year.text() == ""
    assert page.match_year.placeholderText().startswith("e.g. ")
    assert page.usmle_id.placeholderText().startswith("e.g. ")
    assert wizard.pages[PageId.SCHOOL].directory_id.placeholderText().startswith("e.g. ")


def test_go_to_target_match_year_opens_the_welcome_page_with_the_cursor_in_it(qtbot, store):
    # The main journey's trap: everything met but the Match year, left empty.
    profile_id = import_fixture(store, "fresh_graduate.json")
    store.save_answer(profile_id, FieldPath.TARGET_MATCH_YEAR, None)
    store.set_last_page(profile_id, "review")
    wizard = open_wizard(qtbot, store, profile_id)
    review = wizard.review_page
    assert review.overall.accessibleName().startswith("Incomplete")
    assert review.headline.next_button.text() == "Go to Target Match year →"
    qtbot.mouseClick(review.headline.next_button, Qt.MouseButton.LeftButton)
    match_year = wizard.pages[PageId.APPLICANT].match_year
    assert wizard.currentId() == PageId.APPLICANT
    qtbot.waitUntil(lambda: focused() is match_year)


def test_go_to_reaches_the_field_on_the_same_page_too(qtbot, store):
    profile_id = import_fixture(store, "fresh_graduate.json")
    store.save_answer(profile_id, FieldPath.STEP2_CK_SCORE, None)
    wizard = open_wizard(qtbot, store, profile_id)
    wizard.walk_to(PageId.EXAMS)
    wizard.answer_item(ItemId.STEP2_CK)
    qtbot.waitUntil(lambda: focused() is wizard.pages[PageId.EXAMS].ck_score)


def test_a_verdict_names_a_field_in_the_words_of_the_wizard(qtbot, store):
    profile_id = import_fixture(store, "fresh_graduate.json")
    wizard = open_wizard(qtbot, store, profile_id, with_directory=False)
    wizard.walk_to(PageId.EXAMS)
    exams = wizard.pages[PageId.EXAMS]
    replace_text(qtbot, exams.ck_score, "999")
    verdict = exams.verdicts[ItemId.STEP2_CK]
    assert "Step 2 CK score" in verdict.text() and "Step 2 CK score" in verdict.label.text()
    assert "exams.step2_ck" not in verdict.text() + verdict.label.text()
    message = exams.fields["step2_ck"].bindings[FieldPath.STEP2_CK_SCORE].message.text()
    assert message[0].isupper() and message.endswith(".")


def test_a_school_in_kosovo_is_accepted_and_kosovo_is_a_citizenship(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id)
    applicant = wizard.pages[PageId.APPLICANT]
    choose(applicant.citizenship, "XK")
    assert applicant.citizenship.currentText() == "Kosovo"
    names = [applicant.citizenship.itemText(i) for i in range(applicant.citizenship.count())]
    assert names.index("Åland Islands") < names.index("Albania")
    assert names.index("Côte d'Ivoire") < names.index("Croatia")
    wizard.walk_to(PageId.SCHOOL)
    school = wizard.pages[PageId.SCHOOL]
    type_into(qtbot, school.search, "university of prishtina")
    qtbot.keyClick(school.search, Qt.Key.Key_Return)
    assert "Kosovo" in school.selected.text()
    assert wizard.session.value(FieldPath.SCHOOL_COUNTRY) == "XK"
    assert wizard.session.problems_at(FieldPath.SCHOOL_COUNTRY) == []
    assert wizard.session.problems_at(FieldPath.CITIZENSHIP) == []
