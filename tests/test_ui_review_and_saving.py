"""The review page (the dashboard, links to the field that answers an item, sources, PDF export,
open and print) and saving that never loses an answer (a pause in typing saves it; a refused
save shows a banner and is retried)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from app.engine.items import ItemId
from app.store import open_store, store_path
from tests.ui_support import (
    QT_WARNINGS_FAIL,
    import_fixture,
    leave,
    open_wizard,
    replace_text,
    type_into,
)
from ui.wizard import PageId

pytestmark = QT_WARNINGS_FAIL



@pytest.fixture
def opened_links(monkeypatch) -> list[str]:
    """Addresses the app asked the system browser to open (none may open on their own)."""
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    return opened


def walk_to_review(qtbot, wizard) -> None:
    while wizard.currentId() != PageId.REVIEW:
        qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_review_says_how_far_along_in_the_words_of_the_pdf_and_opens_no_source_by_itself(
    qtbot, store, opened_links
):
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"))
    walk_to_review(qtbot, wizard)
    review = wizard.review_page
    assert review.overall.accessibleName().startswith("Incomplete")
    # The same count, in the same words, as the printed checklist and `assess`.
    assert review.progress.text() == wizard.session.checklist.progress_text
    assert review.progress.text() == "12 of 15 met · 1 needs your answer · 2 in progress"
    # What to do next lists only what is open: the names on documents (a version 1 file has
    # none), then the Pathway and the requirement it carries.
    assert list(review.next_steps.buttons) == [
        ItemId.NAME_CONSISTENCY,
        ItemId.CLINICAL_REQUIREMENT,
        ItemId.PATHWAY,
    ]
    assert opened_links == []  # no source opens unless clicked
    source = next(
        label
        for card in review.cards
        for label in card.findChildren(QLabel)
        if "www.ecfmg.org" in label.text()
    )
    source.linkActivated.emit("https://www.ecfmg.org/certification-requirements/")
    assert opened_links and opened_links[0].startswith("https://www.ecfmg.org")


def test_a_missing_answer_on_review_leads_to_its_page_and_its_field(qtbot, store):
    profile_id = import_fixture(store, "fresh_graduate.json")
    wizard = open_wizard(qtbot, store, profile_id)
    wizard.setStartId(PageId.EXAMS)
    wizard.restart()
    walk_to_review(qtbot, wizard)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    credentials = wizard.pages[PageId.CREDENTIALS]
    replace_text(qtbot, credentials.credit_years, "")
    walk_to_review(qtbot, wizard)
    button = wizard.review_page.answer_button(ItemId.CREDIT_YEARS)
    assert button.text() == "Go to Credit years →"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.CREDENTIALS
    qtbot.waitUntil(lambda: QApplication.focusWidget() is credentials.credit_years)


def test_export_writes_the_pdf_on_the_worker_and_previews_page_one(
    qtbot, store, tmp_path, monkeypatch
):
    target = tmp_path / "my checklist.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF documents (*.pdf)")
    )
    wizard = open_wizard(qtbot, store, import_fixture(store, "fresh_graduate.json"))
    walk_to_review(qtbot, wizard)
    review = wizard.review_page
    assert not review.open_button.isEnabled() and not review.print_button.isEnabled()
    qtbot.mouseClick(review.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(review.open_button.isEnabled, timeout=15_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in review.export_status.text()
    assert review.preview.isVisible() and not review.preview.pixmap().isNull()
    assert review.print_button.isEnabled()


def test_the_paper_size_chosen_is_printed_on_and_remembered_next_time(
    qtbot, store, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # a locale that prints on A4
    profile_id = import_fixture(store, "fresh_graduate.json")
    wizard = open_wizard(qtbot, store, profile_id)
    walk_to_review(qtbot, wizard)
    review = wizard.review_page
    assert review.paper.currentText() == "A4"
    review.paper.setFocus()
    qtbot.keyClick(review.paper, Qt.Key.Key_Down)
    assert review.paper.currentText() == "US Letter"
    with qtbot.waitSignal(review.export_to(tmp_path / "letter.pdf").done, timeout=15_000):
        pass
    page = PdfReader(tmp_path / "letter.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    wizard.close()

    reopened = open_wizard(qtbot, store, profile_id)
    assert reopened.review_page.paper.currentText() == "US Letter"


def test_export_to_a_folder_that_does_not_exist_says_so_and_stays_usable(qtbot, store, tmp_path):
    wizard = open_wizard(qtbot, store, import_fixture(store, "fresh_graduate.json"))
    walk_to_review(qtbot, wizard)
    review = wizard.review_page
    with qtbot.waitSignal(review.export_to(tmp_path / "no such folder" / "c.pdf").failed):
        pass
    assert "could not be written" in review.export_status.text()
    assert review.export_button.isEnabled() and not review.open_button.isEnabled()


def saved_answer(data_dir: Path, profile_id: int, path: str):
    with open_store(data_dir) as other:  # a second connection, as after a crash and restart
        return other.get_answers(profile_id).get(path)


def test_a_pause_in_typing_saves_the_answer_without_leaving_the_field(qtbot, store, data_dir):
    profile_id = store.create_profile().id
    wizard = open_wizard(qtbot, store, profile_id, with_directory=False)
    type_into(qtbot, wizard.pages[PageId.APPLICANT].email, "wei@example.org")
    qtbot.waitUntil(
        lambda: saved_answer(data_dir, profile_id, "applicant.email") == "wei@example.org",
        timeout=3000,
    )


def test_a_refused_save_shows_a_banner_keeps_the_answer_and_retries(qtbot, data_dir):
    with open_store(data_dir, busy_timeout_ms=50) as store:
        profile_id = store.create_profile().id
        wizard = open_wizard(qtbot, store, profile_id, with_directory=False)
        page = wizard.pages[PageId.APPLICANT]
        blocker = sqlite3.connect(store_path(data_dir), isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")  # another program holds the file
        try:
            type_into(qtbot, page.full_name, "Olga Ivanova")
            leave(page.full_name)
            assert page.banner.isVisible()
            assert "not saved yet" in page.banner.message.text().lower()
            assert page.full_name.text() == "Olga Ivanova"
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        qtbot.mouseClick(page.banner.retry_button, Qt.MouseButton.LeftButton)
        assert not page.banner.isVisible()
        assert saved_answer(data_dir, profile_id, "applicant.full_name") == "Olga Ivanova"


def test_print_sends_the_written_pdf_itself_vector_and_small_on_the_worker(
    qtbot, store, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printed = tmp_path / "printed.pdf"

    def accept_with_pdf_printer(dialog: QPrintDialog) -> int:
        # The user picks "Print to file" and presses Print.
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept_with_pdf_printer)
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"))
    walk_to_review(qtbot, wizard)
    review = wizard.review_page
    with qtbot.waitSignal(review.export_to(tmp_path / "checklist.pdf").done, timeout=15_000):
        pass
    review.print_button.click()
    qtbot.waitUntil(lambda: printed.is_file() and review.print_button.isEnabled(), timeout=15_000)
    pages = PdfReader(printed).pages
    assert len(pages) == len(PdfReader(tmp_path / "checklist.pdf").pages) >= 2
    assert printed.stat().st_size < 1_000_000  # vector pages, not 1200-dpi pictures of them
    assert "What to do next" in pages[0].extract_text()  # text, not a bitmap
    assert review.export_status.text() == f"Printed to {printed}."


def test_open_without_a_pdf_viewer_says_so_plainly(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # no viewer installed
    wizard = open_wizard(qtbot, store, import_fixture(store, "fresh_graduate.json"))
    walk_to_review(qtbot, wizard)
    review = wizard.review_page
    target = tmp_path / "checklist.pdf"
    with qtbot.waitSignal(review.export_to(target).done, timeout=15_000):
        pass
    qtbot.mouseClick(review.open_button, Qt.MouseButton.LeftButton)
    status = review.export_status.text()
    assert "No program to show PDF files was found" in status and str(target) in status


def test_an_export_that_ends_after_its_window_was_closed_touches_nothing(qtbot, store, tmp_path):
    from ui.worker import wait_for_background_work

    profile_id = import_fixture(store, "fresh_graduate.json")
    wizard = open_wizard(qtbot, store, profile_id, closed_by_test=False)
    walk_to_review(qtbot, wizard)
    task = wizard.review_page.export_to(tmp_path / "late.pdf")
    finished: list[object] = []
    task.done.connect(finished.append)
    wizard.close()  # "Profiles…": the wizard closes and is deleted while the PDF is written
    wizard.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert wait_for_background_work()
    qtbot.wait(50)  # the result arrives: no callback runs, so no error is raised
    assert (tmp_path / "late.pdf").is_file() and finished == []


KILLED_WHILE_TYPING = """
import os, signal, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from app.rules import load_ruleset
from app.store import open_store
from ui.profile_session import ProfileSession
from ui.wizard import PageId, ReadinessWizard

app = QApplication([])
store = open_store(Path(sys.argv[1]))
stored = store.create_profile()
wizard = ReadinessWizard(ProfileSession(store, stored, load_ruleset()))
wizard.show()
email = wizard.pages[PageId.APPLICANT].email
email.setFocus()
QTest.keyClicks(email, "still.typing@example.org")  # never leaves the field
deadline = time.monotonic() + 1.0  # a one-second pause in typing
while time.monotonic() < deadline:
    app.processEvents()
print(stored.id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no close, no flush: the power goes
"""


def test_an_answer_typed_before_the_process_is_killed_is_still_there(data_dir):
    from tests.ui_support import run_python

    done = run_python("-c", KILLED_WHILE_TYPING, str(data_dir))
    assert done.returncode == -9, done.stderr[-500:]
    profile_id = int(done.stdout.split()[0])
    assert saved_answer(data_dir, profile_id, "applicant.email") == "still.typing@example.org"


def test_resumed_on_review_a_link_still_leads_to_a_page_not_visited_this_time(qtbot, store):
    profile_id = import_fixture(store, "fresh_graduate.json")
    store.save_answer(profile_id, "education.credit_years", None)
    store.set_last_page(profile_id, "review")
    wizard = open_wizard(qtbot, store, profile_id)
    assert wizard.currentId() == PageId.REVIEW
    review = wizard.review_page
    # The headline's one next step is the only open item; the cursor waits on its link.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review.headline.next_button)
    qtbot.keyClick(review.headline.next_button, Qt.Key.Key_Space)
    assert wizard.currentId() == PageId.CREDENTIALS
    credit_years = wizard.pages[PageId.CREDENTIALS].credit_years
    qtbot.waitUntil(lambda: QApplication.focusWidget() is credit_years)
    back = wizard.button(wizard.WizardButton.BackButton)
    assert back.isVisible()  # the pages before it are one Back away
