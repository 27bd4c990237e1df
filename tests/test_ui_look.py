"""What the wizard looks like at 200 % scaling and in a dark palette: nothing may vanish."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from app.checklist import Status
from app.store import open_store
from tests.ui_support import import_fixture, open_wizard
from ui.verdicts import status_colour
from ui.wizard import PageId

ROOT = Path(__file__).resolve().parent.parent


def test_every_page_is_drawn_twice_as_large_at_200_percent(tmp_path):
    out = tmp_path / "shots"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tools.wizard_screenshots",
            str(out),
            "--scale",
            "2",
            "--size",
            "900x760",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    assert done.returncode == 0, done.stderr[-800:]
    pages = [out / f"wizard-{page.value}-{page.name.lower()}.png" for page in PageId]
    for page in pages:
        image = QImage(str(page))
        assert (image.width(), image.height()) == (1800, 1520), page.name


@pytest.fixture
def dark_palette(qapp):
    original = qapp.palette()
    dark = QPalette(original)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(original)


def test_in_a_dark_palette_status_marks_use_light_colours_that_stay_readable(
    qtbot, data_dir, dark_palette
):
    with open_store(data_dir) as store:
        wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"))
        wizard.setStartId(PageId.REVIEW)
        wizard.restart()
        for status in Status:
            assert QColor(status_colour(status)).lightness() > 140, status
        html = wizard.review_page.overall.text()
        assert status_colour(Status.PENDING) in html  # "Incomplete" drawn in the dark variant
        assert "Incomplete" in html  # and in words, never colour alone
        wizard.close()


def test_pages_lay_their_groups_side_by_side_when_wide_and_one_above_the_other_when_narrow(
    qtbot, data_dir
):
    """Step 1 and Step 2 CK sit side by side in a wide window; narrowed, Step 2 CK moves under
    Step 1 (nothing scrolls sideways); widened again, they are side by side again."""
    with open_store(data_dir) as store:
        wizard = open_wizard(qtbot, store, import_fixture(store, "oet_retaker.json"))
        wizard.setStartId(PageId.EXAMS)
        wizard.restart()
        exams = wizard.pages[PageId.EXAMS]

        def side_by_side() -> bool:
            QApplication.processEvents()
            step1 = exams.step1_result.mapTo(exams.body, QPoint(0, 0))
            ck = exams.ck_result.mapTo(exams.body, QPoint(0, 0))
            return ck.x() > step1.x() and abs(ck.y() - step1.y()) < exams.step1_result.height()

        for width, expected in ((1400, True), (640, False), (1400, True)):
            wizard.resize(width, 900)
            qtbot.waitUntil(lambda expected=expected: side_by_side() is expected, timeout=2000)
            assert exams.scroll_area.horizontalScrollBar().maximum() == 0, width
        wizard.close()
