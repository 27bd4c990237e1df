"""The "Documents and IDs" page driven as a user drives it: documents added by kind, names typed
in their own letters, statuses added in one action with the assessment date proposed, the name
check beside the names, and everything in the store afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.checklist import Status
from app.engine.items import ItemId
from app.store import open_store
from tests.ui_support import (
    AS_OF,
    QT_WARNINGS_FAIL,
    choose,
    import_fixture,
    leave,
    open_wizard,
    replace_text,
    type_into,
)
from ui.fields import FieldMessage
from ui.wizard import PageId

pytestmark = QT_WARNINGS_FAIL


def documents_page(qtbot, store, fixture: str = "oet_retaker.json"):
    profile_id = import_fixture(store, fixture)
    wizard = open_wizard(qtbot, store, profile_id)
    wizard.go_to_page("documents_and_ids")
    assert wizard.currentId() == PageId.DOCUMENTS
    return wizard, wizard.pages[PageId.DOCUMENTS], profile_id


def add_document(qtbot, page, kind: str, name: str) -> None:
    editor = page.editor
    choose(editor.new_kind, kind)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is editor.edits["name_as_printed"]  # typing starts at once
    type_into(qtbot, editor.edits["name_as_printed"], name)
    leave(editor.edits["name_as_printed"])


def add_status(qtbot, page, status: str | None = None, date: str | None = None, reason: str = ""):
    editor = page.editor
    if status is not None:
        choose(editor.status_combo, status)
    if date is not None:
        replace_text(qtbot, editor.status_date, date)
    if reason:
        type_into(qtbot, editor.status_reason, reason)
    qtbot.mouseClick(editor.add_status_button, Qt.MouseButton.LeftButton)


def history_texts(page) -> list[str]:
    history = page.editor.history
    return [history.item(row).text() for row in range(history.count())]


def test_a_version_1_profile_is_asked_for_its_documents_and_never_failed(qtbot, store):
    wizard, page, _ = documents_page(qtbot, store)
    assert page.editor.empty_note.isVisible()
    assert not page.editor.details.isVisible()
    assert page.verdicts[ItemId.NAME_CONSISTENCY].status is Status.NEEDS_INFO
    assert page.step_status() is Status.NEEDS_INFO
    assert page.isComplete()  # nothing to correct: Next is open
    # "Answer this" for the name check opens this page on the kind of document to add.
    wizard.go_to_page("applicant")
    wizard.answer_item(ItemId.NAME_CONSISTENCY)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DOCUMENTS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.editor.new_kind)


def test_names_typed_in_their_own_letters_are_checked_beside_them(qtbot, store):
    _window, page, profile_id = documents_page(qtbot, store)  # the name keeps it open
    add_document(qtbot, page, "passport", "JOAO PEREIRA DA SILVA")
    check = page.editor.name_check.text()
    assert "Compared with ‘João Pereira da Silva’" in check
    assert "‘JOAO’ for ‘João’" in check  # the passport's machine-readable letters
    add_document(qtbot, page, "transcript", "João P. da Silva")
    assert "initial ‘P’ for ‘Pereira’" in page.editor.name_check.text()
    add_document(qtbot, page, "diploma", "João Pereira da Silva Santos")
    assert "‘Santos’ added" in page.editor.name_check.text()
    verdict = page.verdicts[ItemId.NAME_CONSISTENCY]
    assert verdict.status is Status.NOT_MET
    assert "Final medical diploma ‘João Pereira da Silva Santos’" in verdict.text()
    # The proof of the name settles it, and the list marks each document.
    type_into(qtbot, page.editor.edits["name_proof"], "Certidão de casamento")
    leave(page.editor.edits["name_proof"])
    assert verdict.status is Status.MET
    listed = page.editor.document_list.item(2).text()
    assert "Final medical diploma — João Pereira da Silva Santos" in listed
    assert "proof of name: Certidão de casamento" in listed
    with open_store(store.path.parent) as reopened:
        saved = reopened.get_profile(profile_id).profile
    assert [d.kind for d in saved.documents] == ["passport", "transcript", "diploma"]
    assert saved.documents[2].name_proof == "Certidão de casamento"


def test_a_rejected_verification_then_a_resubmission_each_one_action(qtbot, store):
    _window, page, profile_id = documents_page(qtbot, store)  # the name keeps it open
    add_document(qtbot, page, "diploma", "João Pereira da Silva")
    editor = page.editor
    replace_text(qtbot, editor.edits["case_number"], "C-2468-1357")
    # The status a document usually reaches next, on the assessment date, is proposed.
    assert editor.status_combo.currentData() == "uploaded"
    assert editor.status_date.text() == AS_OF.isoformat()
    add_status(qtbot, page, date="2025-03-01")
    assert editor.status_combo.currentData() == "sent_to_school"
    add_status(qtbot, page, date="2025-03-10")
    add_status(qtbot, page, "rejected", "2025-09-01", reason="Carimbo ilegível")
    diploma = page.verdicts[ItemId.DIPLOMA]
    assert diploma.status is Status.NOT_MET
    assert "Carimbo ilegível" in diploma.text()
    assert editor.status_combo.currentData() == "resubmitted"
    assert editor.status_date.text() == AS_OF.isoformat()
    add_status(qtbot, page, date="2026-10-26")
    assert diploma.status is Status.PENDING
    assert "resubmitted on 2026-10-26 · waiting 30 days" in diploma.text()
    assert history_texts(page) == [
        "2025-03-01 · Uploaded",
        "2025-03-10 · Sent to the school for verification",
        "2025-09-01 · Rejected: Carimbo ilegível",
        "2026-10-26 · Resubmitted",
    ]
    assert "Resubmitted on 2026-10-26 · waiting 30 days" in editor.document_list.item(0).text()
    # A status added by mistake is removed from the history view.
    add_status(qtbot, page, "verified")
    editor.history.setCurrentRow(4)
    qtbot.mouseClick(editor.remove_status_button, Qt.MouseButton.LeftButton)
    assert len(history_texts(page)) == 4
    with open_store(store.path.parent) as reopened:
        saved = reopened.get_profile(profile_id).profile.documents[0]
    assert saved.case_number == "C-2468-1357"
    assert [e.status for e in saved.history] == [
        "uploaded",
        "sent_to_school",
        "rejected",
        "resubmitted",
    ]
    assert saved.history[2].reason == "Carimbo ilegível"


def test_an_aamc_id_of_the_wrong_shape_is_told_under_it_and_holds_next_back(qtbot, store):
    wizard, page, profile_id = documents_page(qtbot, store)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    replace_text(qtbot, page.aamc_id, "1234")
    assert not next_button.isEnabled()
    shown = [m.text() for m in page.findChildren(FieldMessage) if m.isVisible()]
    assert shown == ["An AAMC ID has 8 digits, like 12345678."]
    replace_text(qtbot, page.aamc_id, "12345678")
    replace_text(qtbot, page.epic_id, "C-ABCD-1234")  # no published format: any short text
    assert next_button.isEnabled()
    assert "5-246-801-3" in page.usmle_note.text()  # asked on the first page, shown here
    with open_store(store.path.parent) as reopened:
        saved = reopened.get_profile(profile_id).profile.identifiers
    assert (saved.aamc_id, saved.epic_id) == ("12345678", "C-ABCD-1234")


def test_removing_a_document_keeps_the_others_and_their_histories(qtbot, store):
    _window, page, _ = documents_page(qtbot, store, "fresh_graduate.json")
    editor = page.editor
    assert editor.document_list.count() == 4
    editor.document_list.setCurrentRow(1)
    assert editor.edits["name_as_printed"].text() == "أميرة حسن"
    assert "written in Arabic" in editor.name_check.text()
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.document_list.count() == 3
    kinds = [d.kind for d in page.session.profile.documents]
    assert kinds == ["passport", "diploma_translation", "transcript"]
