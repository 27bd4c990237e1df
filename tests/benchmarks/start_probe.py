"""Start the app as `python -m ui` does and time what a user feels in the first second: run as
a child process by bench_ui.py (not a test module).

    python -m tests.benchmarks.start_probe DATA_DIR verdict|results

The data folder holds no store (a first start), so a new profile opens straight in the wizard.
From the moment the wizard is ready, a key is typed every ``KEY_EVERY_MS`` for one second, into
the Step 2 CK score ("verdict": a score typed and erased again, "236" then three Backspaces,
so that every key changes the answer and the core judges the profile again, every page's
verdicts following; the field takes at most four digits, so typing on would change nothing)
or the school search ("results": the results list fills; the search is enabled once the school
list is loaded, so the second starts then, and ``search ready after <ms>`` says how long after
the wizard that was). Each keystroke is timed from the key
event to the screen processed (``processEvents``), while the start-up's own background work
(the school list, the store's SQLAlchemy layer) still runs; a key that changed nothing is an
error, not a sample. One line per keystroke: ``key <ms>``; then ``done``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

KEY_EVERY_MS = 40
FIRST_SECOND_MS = 1000
BACKSPACE = "\b"
TEXTS = {"verdict": "236\b\b\b" * 5, "results": "cairo university of medic"}


def main(data_dir: Path, what: str) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.launcher import Launcher
    from ui.wizard import PageId

    app = QApplication([sys.argv[0]])
    launcher = Launcher(None, data_dir)
    launcher.quiet = True
    text = iter(TEXTS[what])
    ready_at: list[float] = []

    def type_one(field: object) -> None:
        ch = next(text, None)
        if ch is None or (time.perf_counter() - ready_at[0]) * 1000 > FIRST_SECOND_MS:
            print("done", flush=True)
            app.quit()
            return
        before = field.text()  # type: ignore[attr-defined]
        start = time.perf_counter()
        if ch == BACKSPACE:
            QTest.keyClick(field, Qt.Key.Key_Backspace)  # type: ignore[call-overload]
        else:
            QTest.keyClick(field, ch)  # type: ignore[call-overload]
        app.processEvents()
        took = (time.perf_counter() - start) * 1000
        if field.text() == before:  # type: ignore[attr-defined]
            print(f"error: the key {ch!r} changed nothing", file=sys.stderr, flush=True)
            app.exit(1)
            return
        print(f"key {took:.3f}", flush=True)
        QTimer.singleShot(KEY_EVERY_MS, lambda: type_one(field))

    def ready() -> None:
        wizard = launcher.wizard
        if wizard is None:
            print("error: no wizard opened", file=sys.stderr, flush=True)
            app.exit(1)
            return
        if what == "verdict":
            wizard.setStartId(PageId.EXAMS)
            wizard.restart()
            field = wizard.pages[PageId.EXAMS].ck_score
        else:
            wizard.setStartId(PageId.SCHOOL)
            wizard.restart()
            field = wizard.pages[PageId.SCHOOL].search
        shown = time.perf_counter()

        def when_enabled() -> None:
            if not field.isEnabled():  # keys into a disabled field would time nothing
                QTimer.singleShot(5, when_enabled)
                return
            if what == "results":
                print(f"search ready after {(time.perf_counter() - shown) * 1000:.0f}", flush=True)
            field.setFocus()
            app.processEvents()
            ready_at.append(time.perf_counter())
            QTimer.singleShot(0, lambda: type_one(field))

        when_enabled()

    launcher.ready.connect(ready)
    launcher.open_first_window()  # as `python -m ui` starts
    app.aboutToQuit.connect(launcher.shut_down)
    code = app.exec()
    return int(code)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
