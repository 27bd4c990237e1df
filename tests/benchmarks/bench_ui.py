"""Wizard speed: cold start to the first shown window against a bare PySide6 window started the
same way in the same run, keystroke to school results, page switches, peak memory."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
# The same shape of start as `python -m ui --smoke-test`: import Qt, show a window, report.
BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
wizard = QWizard(); wizard.addPage(QWizardPage()); wizard.show()
def shown():
    print("first window shown", flush=True)
    # VmHWM, as ui.main measures itself (ru_maxrss would count the runner's memory at fork)
    hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    print(f"peak memory {int(hwm.split()[1]) / 1024:.1f} MB", flush=True)
    app.quit()
from PySide6.QtCore import QTimer
QTimer.singleShot(0, shown)
app.exec()
"""


def _time_to_first_window(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Wall ms from launch to the "first window shown" line, and the peak memory reported."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    shown_ms: float | None = None
    peak: float | None = None
    for line in child.stdout:
        if line.startswith("first window shown") and shown_ms is None:
            shown_ms = (time.perf_counter() - start) * 1000.0
        if line.startswith("peak memory"):
            peak = float(line.split()[2])
    assert child.wait(timeout=60) == 0
    assert shown_ms is not None
    return shown_ms, peak


def test_start_to_first_window_against_a_bare_window(bench, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    app_cmd = [sys.executable, "-m", "ui", "--smoke-test", "--data-dir", str(tmp_path / "d")]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    _time_to_first_window(app_cmd, env)  # first run creates the store; then the cache is warm
    app_ms, bare_ms, app_peak, bare_peak = [], [], [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        ms, peak = _time_to_first_window(bare_cmd, env)
        bare_ms.append(ms)
        bare_peak.append(peak or 0.0)
        ms, peak = _time_to_first_window(app_cmd, env)
        app_ms.append(ms)
        app_peak.append(peak or 0.0)
    row = bench.record("ui start: first window shown", app_ms, baseline=bare_ms)
    ratio = statistics.median(app_ms) / statistics.median(bare_ms)
    bench.value("ui start ratio (app / bare window)", ratio, "x", target=1.5)
    print(f"\nstart ratio: {ratio:.2f}x  (app {row.median:.0f} ms, bare {row.baseline:.0f} ms)")
    bench.value(
        "ui peak memory (profiles ready)",
        max(app_peak),
        "MB",
        baseline=max(bare_peak),
    )


def _wizard_on_school_page(data_dir: Path):
    from app.directory import load_directory
    from app.rules import load_ruleset
    from app.store import open_store
    from ui.profile_session import ProfileSession
    from ui.wizard import PageId, ReadinessWizard

    store = open_store(data_dir)
    stored = store.import_profile(ROOT / "tests" / "fixtures" / "oet_retaker.json")
    directory = load_directory(store).warm_up()
    session = ProfileSession(store, stored, load_ruleset(), dt.date(2026, 11, 25), directory)
    wizard = ReadinessWizard(session)
    wizard.setStartId(PageId.SCHOOL)
    wizard.show()
    wizard.restart()
    QApplication.processEvents()
    return store, wizard


QUERIES = ["cairo university", "sao paulo medicina", "aiims new delhi", "kazan state medical"]


def test_keystroke_to_school_results(bench, qapp, tmp_path):
    from ui.wizard import PageId

    store, wizard = _wizard_on_school_page(tmp_path)
    search = wizard.pages[PageId.SCHOOL].search
    search.setFocus()
    samples = []
    for query in QUERIES * 3:
        search.clear()
        for ch in query:
            start = time.perf_counter()
            QTest.keyClick(search, ch)  # textEdited -> search -> results list filled
            QApplication.processEvents()  # and painted
            samples.append((time.perf_counter() - start) * 1000.0)
    bench.record("ui keystroke to school results", samples, target=16.0)
    _close(wizard, store)


def test_page_switch(bench, qapp, tmp_path):
    store, wizard = _wizard_on_school_page(tmp_path)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    back_button = wizard.button(wizard.WizardButton.BackButton)
    samples = []
    for _ in range(15):
        for button in (next_button, back_button):
            start = time.perf_counter()
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # saves, routes, shows the page
            QApplication.processEvents()
            samples.append((time.perf_counter() - start) * 1000.0)
    bench.record("ui page switch (Next/Back)", samples, target=100.0)
    _close(wizard, store)


def _close(wizard, store) -> None:
    wizard.close()
    wizard.deleteLater()
    QApplication.processEvents()
    store.close()


def test_keystroke_in_a_field_to_verdicts_shown(bench, qapp, tmp_path):
    """Each key in a field: the core re-reads and re-judges the profile, every page's verdicts
    and messages follow, and the screen is painted."""
    from ui.wizard import PageId

    store, wizard = _wizard_on_school_page(tmp_path)
    wizard.setStartId(PageId.EXAMS)
    wizard.restart()
    QApplication.processEvents()
    score = wizard.pages[PageId.EXAMS].ck_score
    score.setFocus()
    samples = []
    for _ in range(20):
        score.clear()
        for ch in "236":
            start = time.perf_counter()
            QTest.keyClick(score, ch)
            QApplication.processEvents()
            samples.append((time.perf_counter() - start) * 1000.0)
    bench.record("ui keystroke in a field to verdicts shown", samples, target=16.0)
    _close(wizard, store)
