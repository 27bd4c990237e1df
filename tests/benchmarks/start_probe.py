"""Start the app as `python -m ui` does and time what a user feels in the first second: run as
a child process by bench_ui.py (not a test module).

    python -m tests.benchmarks.start_probe DATA_DIR verdict|results

The data folder holds no store (a first start), so a new profile opens straight in the wizard.
From the moment the wizard is ready, a key is typed every ``KEY_EVERY_MS`` for one second, into
the Step 2 CK score ("verdict": the core judges the profile, every page's verdicts follow) or
the school search ("results": the results list fills). Each keystroke is timed from the key
event to the screen processed (``processEvents``), while the start-up's own background work
(the school list, the store's SQLAlchemy layer) still runs. One line per keystroke:
``key <ms>``; then ``done``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

KEY_EVERY_MS = 40
FIRST_SECOND_MS = 1000
TEXTS = {"verdict": "2362362362362362362362362", "results": "cairo university of medic"}


def main(data_dir: Path, what: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.launcher import Launcher
    from ui.profile_chooser import ProfileChooser
    from ui.wizard import PageId

    app = QApplication([sys.argv[0]])
    chooser = ProfileChooser()
    chooser.show()
    launcher = Launcher(chooser, data_dir)
    launcher.quiet = True
    text = iter(TEXTS[what])
    ready_at: list[float] = []

    def type_one(field: object) -> None:
        ch = next(text, None)
        if ch is None or (time.perf_counter() - ready_at[0]) * 1000 > FIRST_SECOND_MS:
            print("done", flush=True)
            app.quit()
            return
        start = time.perf_counter()
        QTest.keyClick(field, ch)  # type: ignore[call-overload]
        app.processEvents()
        print(f"key {(time.perf_counter() - start) * 1000:.3f}", flush=True)
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
        field.setFocus()
        app.processEvents()
        ready_at.append(time.perf_counter())
        QTimer.singleShot(0, lambda: type_one(field))

    launcher.ready.connect(ready)
    chooser.first_painted.connect(lambda: QTimer.singleShot(0, launcher.start))
    app.aboutToQuit.connect(launcher.shut_down)
    code = app.exec()
    return int(code)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
