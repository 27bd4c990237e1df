"""The wizard driven as a user drives it: typing, picking, Next and Back; each test checks what
the user sees and what the store holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app.checklist import Overall, Status
from app.store import open_store
from tests.ui_support import (
    QT_WARNINGS_FAIL,
    add_oet_sitting,
    choose,
    import_fixture,
    leave,
    open_wizard,
    replace_text,
    type_into,
)
from ui.verdicts import status_colour
from ui.wizard import PageId

pytestmark = QT_WARNINGS_FAIL


CAIRO_NOTE = (
    "ECFMG Sponsor Note: Students and graduates of this medical school are eligible to apply "
    "to ECFMG for ECFMG Certification and examination.\nGraduation Year: 1950 - Current"
)



def click_next(qtbot, wizard) -> None:
    button = wizard.button(wizard.WizardButton.NextButton)
    assert button.isEnabled(), "Next is held back: " + "; ".join(
        wizard.currentPage().page_problems()
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_graduate_typing_every_answer_by_hand_is_told_ready_and_everything_is_saved(
    qtbot, store, data_dir
):
    profile_id = store.create_profile().id
    wizard = open_wizard(qtbot, store, profile_id)
    page = wizard.pages[PageId.APPLICANT]
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # no name yet
    replace_text(qtbot, page.full_name, "Amira Hassan")
    replace_text(qtbot, page.usmle_id, "5-123-456-7")
    replace_text(qtbot, page.email, "amira.hassan@example.com")
    choose(page.citizenship, "EG")
    replace_text(qtbot, page.match_year, "2027")
    click_next(qtbot, wizard)

    school = wizard.pages[PageId.SCHOOL]
    assert wizard.currentId() == PageId.SCHOOL
    type_into(qtbot, school.search, "cairo univ")
    assert school.results.count() > 0
    first = school.results.item(0)
    assert first.text().startswith("Cairo University")
    qtbot.mouseClick(
        school.results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=school.results.visualItemRect(first).center(),
    )
    assert "Cairo University" in school.selected.text()
    choose(school.status, "graduate")
    replace_text(qtbot, school.graduation_date, "2025-06-28")
    school.sponsor_note.setFocus()
    school.sponsor_note.insertPlainText(CAIRO_NOTE)  # pasted from the World Directory
    leave(school.sponsor_note)
    assert "Met" in school.verdicts["school.graduation_year"].text()
    click_next(qtbot, wizard)

    exams = wizard.pages[PageId.EXAMS]
    assert wizard.currentId() == PageId.EXAMS
    choose(exams.step1_result, "pass")
    replace_text(qtbot, exams.step1_date, "2024-02-10")
    replace_text(qtbot, exams.step1_attempts, "1")
    choose(exams.ck_result, "pass")
    replace_text(qtbot, exams.ck_score, "244")
    replace_text(qtbot, exams.ck_date, "2025-08-20")
    assert "218" in exams.ck_minimum.text()
    replace_text(qtbot, exams.ck_attempts, "1")
    choose(exams.cs_result, "not_taken")
    assert "Met" in exams.verdicts["exams.step2_ck"].text()
    click_next(qtbot, wizard)

    clinical = wizard.pages[PageId.CLINICAL]
    assert wizard.currentId() == PageId.CLINICAL
    pathway_3 = clinical.pathway_buttons[3]
    qtbot.mouseClick(pathway_3, Qt.MouseButton.LeftButton, pos=QPoint(8, pathway_3.height() // 2))
    choose(clinical.pathway_status, "approved")
    replace_text(qtbot, clinical.pathway_cycle, "2027")
    sitting = add_oet_sitting(
        qtbot,
        clinical,
        "2025-09-13",
        {"listening": 380, "reading": 390, "writing": 330, "speaking": 400},
    )
    assert "Best qualifying sitting" in sitting.verdict.text()
    click_next(qtbot, wizard)

    credentials = wizard.pages[PageId.CREDENTIALS]
    assert wizard.currentId() == PageId.CREDENTIALS
    replace_text(qtbot, credentials.credit_years, "6")
    replace_text(qtbot, credentials.transferred, "0")
    replace_text(qtbot, credentials.diploma_title, "Bachelor of Medicine, Bachelor of Surgery")
    for combo in (
        credentials.diploma_received,
        credentials.transcript_received,
        credentials.translations,
        credentials.submitted,
    ):
        choose(combo, True)
    choose(credentials.in_english, False)
    click_next(qtbot, wizard)

    documents = wizard.pages[PageId.DOCUMENTS]
    assert wizard.currentId() == PageId.DOCUMENTS
    choose(documents.editor.new_kind, "passport")
    qtbot.mouseClick(documents.editor.add_button, Qt.MouseButton.LeftButton)
    replace_text(qtbot, documents.editor.edits["name_as_printed"], "AMIRA HASSAN")
    assert "same name" in documents.editor.name_check.text()
    click_next(qtbot, wizard)

    review = wizard.review_page
    assert wizard.currentId() == PageId.REVIEW
    open_items = [
        f"{i.id}: {i.reason}" for i in wizard.session.checklist.items if i.status != "met"
    ]
    assert review.overall.accessibleName().startswith("Ready"), open_items
    assert review.progress.text() == "15 of 15 met"  # the words of the PDF and the CLI
    assert "2026-11-25" in review.notice.text()  # the rules' date is shown
    wizard.close()

    with open_store(data_dir) as reopened:
        saved = reopened.get_profile(profile_id)
        assert saved.profile.applicant.full_name == "Amira Hassan"
        assert saved.profile.school.name == "Cairo University"
        assert saved.profile.exams.step2_ck.score == 244
        assert saved.profile.clinical_skills.oet[0].writing == 330
        assert saved.profile.application.ecfmg_application_submitted is True
        assert saved.profile.documents[0].name_as_printed == "AMIRA HASSAN"
        assert saved.last_page == "review"
        assert reopened.list_profiles()[0].overall is Overall.READY


def test_canadian_graduate_before_cutoff_is_told_certification_is_not_for_them(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "canadian_2024_graduate.json"))
    click_next(qtbot, wizard)
    school = wizard.pages[PageId.SCHOOL]
    verdict = school.verdicts["eligibility.img_status"].text()
    assert "not eligible for ECFMG Certification" in verdict
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW  # no exams, clinical or credentials pages
    headline = wizard.review_page.overall
    assert headline.accessibleName().startswith("ECFMG Certification is not your route")
    assert "Not eligible" not in headline.text()
    assert status_colour(Status.NOT_MET) not in headline.text()  # calm: not the colour of a fault
    steps = wizard.steps
    skipped = [
        steps.item(row).text() for row in range(steps.count()) if not steps.item(row).flags()
    ]
    assert skipped == ["3. USMLE", "4. Clinical skills", "5. Credentials", "6. Documents"]


def test_step2_cs_holder_goes_from_exams_straight_to_credentials(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "step2cs_holder.json"))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    exams = wizard.pages[PageId.EXAMS]
    assert "Step 2 CS" in exams.verdicts["clinical.requirement"].text()
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CREDENTIALS
    qtbot.mouseClick(wizard.button(wizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.EXAMS


def test_oet_sitting_with_writing_below_the_minimum_is_marked_short(qtbot, store, data_dir):
    profile_id = store.create_profile().id
    wizard = open_wizard(qtbot, store, profile_id, with_directory=False)
    wizard.setStartId(PageId.CLINICAL)
    wizard.restart()
    clinical = wizard.pages[PageId.CLINICAL]
    replace_text(qtbot, clinical.pathway_cycle, "2027")
    sitting = add_oet_sitting(
        qtbot,
        clinical,
        "2025-03-08",
        {"listening": 360, "reading": 370, "writing": 290, "speaking": 380},
    )
    shown = sitting.verdict.text()
    assert "✘" in shown and "Writing" in shown and "300" in shown
    assert "Best qualifying" not in shown
    # A second, better sitting becomes the best one; the first keeps its shortfall.
    second = add_oet_sitting(
        qtbot,
        clinical,
        "2025-07-19",
        {"listening": 350, "reading": 360, "writing": 320, "speaking": 370},
    )
    assert "Best qualifying sitting" in second.verdict.text()
    assert "✘" in sitting.verdict.text()
    wizard.close()
    with open_store(data_dir) as reopened:
        oet = reopened.get_profile(profile_id).profile.clinical_skills.oet
        assert [s.writing for s in oet] == [290, 320]


@pytest.mark.parametrize("name", ["محمد عبد الله", "王伟", "José Núñez"])
def test_a_name_in_any_script_is_typed_kept_and_saved(qtbot, store, data_dir, name):
    profile_id = store.create_profile().id
    wizard = open_wizard(qtbot, store, profile_id, with_directory=False)
    page = wizard.pages[PageId.APPLICANT]
    type_into(qtbot, page.full_name, name)
    leave(page.full_name)
    assert page.full_name.text() == name
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.close()
    with open_store(data_dir) as reopened:
        saved = reopened.get_profile(profile_id)
        assert saved.profile.applicant.full_name == name
        assert saved.name == name


def test_impossible_score_and_far_future_date_are_explained_at_the_field(qtbot, store, data_dir):
    profile_id = store.create_profile().id
    wizard = open_wizard(qtbot, store, profile_id, with_directory=False)
    wizard.setStartId(PageId.EXAMS)
    wizard.restart()
    exams = wizard.pages[PageId.EXAMS]
    next_button = wizard.button(wizard.WizardButton.NextButton)
    replace_text(qtbot, exams.ck_score, "999")
    message = exams.fields["step2_ck"].bindings["exams.step2_ck.score"].message
    assert message.isVisible() and "outside the possible range" in message.text()
    assert not next_button.isEnabled()
    replace_text(qtbot, exams.ck_date, "2099-01-01")
    date_message = exams.fields["step2_ck"].bindings["exams.step2_ck.date"].message
    assert "too far in the future" in date_message.text()
    replace_text(qtbot, exams.ck_score, "244")
    replace_text(qtbot, exams.ck_date, "2025-08-20")
    assert not message.isVisible() and not date_message.isVisible()
    assert next_button.isEnabled()
    wizard.close()
    with open_store(data_dir) as reopened:
        assert reopened.get_profile(profile_id).profile.exams.step2_ck.score == 244


def test_a_cleared_name_is_reported_and_holds_back_next(qtbot, store):
    wizard = open_wizard(qtbot, store, import_fixture(store, "fresh_graduate.json"))
    page = wizard.pages[PageId.APPLICANT]
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    replace_text(qtbot, page.full_name, "")
    message = page.fields.bindings["applicant.full_name"].message
    assert message.text() == "Type your full name: it cannot be empty."
    assert not next_button.isEnabled()


def test_a_half_typed_date_is_not_called_wrong_until_the_user_leaves_it(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id, with_directory=False)
    wizard.setStartId(PageId.EXAMS)
    wizard.restart()
    exams = wizard.pages[PageId.EXAMS]
    message = exams.fields["step1"].bindings["exams.step1.date"].message
    type_into(qtbot, exams.step1_date, "2024-0")
    assert not message.isVisible()
    leave(exams.step1_date)
    assert "YYYY-MM-DD" in message.text()


def test_a_school_not_listed_is_added_chosen_and_found_by_later_searches(qtbot, store, data_dir):
    from app.directory import load_directory

    profile_id = store.create_profile().id
    wizard = open_wizard(qtbot, store, profile_id, with_directory=False)
    wizard.session.set_directory(load_directory(store))  # its own list: this test adds to it
    wizard.setStartId(PageId.SCHOOL)
    wizard.restart()
    school = wizard.pages[PageId.SCHOOL]
    type_into(qtbot, school.search, "Xanadu Medical Institute")
    assert school.results.count() == 0 or not school.results.item(0).text().startswith("Xanadu")
    assert "My school isn't listed" in school.search_status.text()
    qtbot.mouseClick(school.not_listed_button, Qt.MouseButton.LeftButton)
    assert school.new_name.text() == "Xanadu Medical Institute"
    qtbot.mouseClick(school.add_button, Qt.MouseButton.LeftButton)
    assert "country" in school.add_message.text()  # no country chosen yet
    replace_text(qtbot, school.new_city, "Ulaanbaatar")
    choose(school.new_country, "MN")
    qtbot.mouseClick(school.add_button, Qt.MouseButton.LeftButton)
    assert "Xanadu Medical Institute" in school.selected.text()
    assert not school.add_form.isVisible()
    replace_text(qtbot, school.search, "xanadu")
    assert school.results.item(0).text() == "Xanadu Medical Institute"
    wizard.close()
    with open_store(data_dir) as reopened:
        saved = reopened.get_profile(profile_id).profile.school
        assert (saved.name, saved.city, saved.country) == (
            "Xanadu Medical Institute",
            "Ulaanbaatar",
            "MN",
        )


def test_enter_in_the_school_search_picks_the_first_school_and_stays_on_the_page(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id)
    wizard.setStartId(PageId.SCHOOL)
    wizard.restart()
    school = wizard.pages[PageId.SCHOOL]
    type_into(qtbot, school.search, "sao paulo")
    first = school.results.item(0).text()
    qtbot.keyClick(school.search, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.SCHOOL
    assert first in school.selected.text()


def test_keyboard_only_down_arrow_into_results_and_enter_picks_that_school(qtbot, store):
    wizard = open_wizard(qtbot, store, store.create_profile().id)
    wizard.setStartId(PageId.SCHOOL)
    wizard.restart()
    school = wizard.pages[PageId.SCHOOL]
    type_into(qtbot, school.search, "cairo univ")
    qtbot.keyClick(school.search, Qt.Key.Key_Down)
    qtbot.keyClick(school.results, Qt.Key.Key_Down)  # the second result
    second = school.results.item(1).text()
    qtbot.keyClick(school.results, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.SCHOOL
    assert second in school.selected.text()


def click_result(qtbot, school, row: int) -> None:
    item = school.results.item(row)
    qtbot.mouseClick(
        school.results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=school.results.visualItemRect(item).center(),
    )


def test_a_school_listed_without_a_city_keeps_the_city_the_user_types(qtbot, store, data_dir):
    profile_id = store.create_profile().id
    wizard = open_wizard(qtbot, store, profile_id)
    wizard.setStartId(PageId.SCHOOL)
    wizard.restart()
    school = wizard.pages[PageId.SCHOOL]
    type_into(qtbot, school.search, "cairo univ")
    qtbot.keyClick(school.search, Qt.Key.Key_Return)
    assert "Cairo University" in school.selected.text()
    assert school.city.text() == ""  # the directory has no city for it
    type_into(qtbot, school.city, "Giza")
    leave(school.city)
    click_result(qtbot, school, 0)  # choosing it again keeps the answer
    assert "Cairo University" in school.selected.text()
    assert school.city.text() == "Giza"
    with open_store(data_dir) as other:  # as after a restart
        assert other.get_profile(profile_id).profile.school.city == "Giza"

    replace_text(qtbot, school.search, "sao paulo")
    click_result(qtbot, school, 0)  # a school the list knows the city of
    assert school.city.text() == "São Paulo"
    with open_store(data_dir) as other:
        assert other.get_profile(profile_id).profile.school.city == "São Paulo"
