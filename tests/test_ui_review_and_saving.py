"""The review page (at a glance, links back, sources, PDF export) and saving that never loses
an answer (a pause in typing saves it; a refused save shows a banner and is retried)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from app.store import open_store, store_path
from tests.ui_support import import_fixture, leave, open_wizard, replace_text, type_into
from ui.wizard import PageId

# Qt warnings fail the test (bar the offscreen plugin's harmless notes).
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "OpenType support missing"),
]


@pytest.fixture
def store(data_dir: Path):
    with open_store(data_dir) as opened:
        yield opened


@pytest.fixture
def opened_links(monkeypatch) -> list[str]:
    """Addresses the app asked the system browser to open (none may open on their own)."""
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    return opened


def walk_to_review(qtbot, wizard) -> None:
    while wizard.currentId() != PageId.REVIEW:
        qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def click_text_link(qtbot, view, text: str) -> None:
    """Click the link whose words are ``text`` in a text browser, where the user sees it."""
    cursor = view.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not shown"
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect().center())


def test_review_counts_what_is_done_and_links_back_to_the_open_item(qtbot, store, opened_links):
    wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"))
    walk_to_review(qtbot, wizard)
    review = wizard.review_page
    assert review.overall.accessibleName().startswith("Incomplete")
    # 12 done: the eleven requirements met, and the target Match (2027) still ahead.
    assert review.counts() == {"done": 12, "pending": 2, "missing": 0}
    assert "2 in progress" in review.glance.text()
    assert opened_links == []  # no source opens unless clicked
    click_text_link(qtbot, review.checklist_view, "www.ecfmg.org")
    assert opened_links and opened_links[0].startswith("https://www.ecfmg.org")


def test_a_missing_answer_on_review_leads_back_to_its_page(qtbot, store):
    profile_id = import_fixture(store, "fresh_graduate.json")
    wizard = open_wizard(qtbot, store, profile_id)
    wizard.setStartId(PageId.EXAMS)
    wizard.restart()
    walk_to_review(qtbot, wizard)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    replace_text(qtbot, wizard.pages[PageId.CREDENTIALS].credit_years, "")
    walk_to_review(qtbot, wizard)
    assert wizard.review_page.counts()["missing"] == 1
    click_text_link(qtbot, wizard.review_page.checklist_view, "Answer this on the credentials")
    assert wizard.currentId() == PageId.CREDENTIALS


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


def test_print_sends_every_page_of_the_checklist_to_the_chosen_printer(
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
    qtbot.mouseClick(review.print_button, Qt.MouseButton.LeftButton)
    exported_pages = len(PdfReader(tmp_path / "checklist.pdf").pages)
    assert len(PdfReader(printed).pages) == exported_pages >= 1


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
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_TYPING, str(data_dir)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    assert done.returncode == -9, done.stderr[-500:]
    profile_id = int(done.stdout.split()[0])
    assert saved_answer(data_dir, profile_id, "applicant.email") == "still.typing@example.org"


def test_resumed_on_review_a_link_still_leads_to_a_page_not_visited_this_time(qtbot, store):
    profile_id = import_fixture(store, "fresh_graduate.json")
    store.save_answer(profile_id, "education.credit_years", None)
    store.set_last_page(profile_id, "review")
    wizard = open_wizard(qtbot, store, profile_id)
    assert wizard.currentId() == PageId.REVIEW
    click_text_link(qtbot, wizard.review_page.checklist_view, "Answer this on the credentials")
    assert wizard.currentId() == PageId.CREDENTIALS
