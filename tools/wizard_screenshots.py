"""`python -m tools.wizard_screenshots OUT_DIR`: a PNG of every wizard page (and the profile
chooser and the About box) for a realistic profile, grabbed offscreen at the window's default
size, plus the readiness dashboard for a profile of each overall verdict. `make screenshots`
runs it.

Options: --profile FIXTURE.json (default tests/fixtures/oet_retaker.json), --screen 1366x768 for
the screen the window opens on (default: the offscreen screen, 800 x 800), --size WxH to force a
window size, --scale 2 for 200 %, --dark for a dark palette, --as-of YYYY-MM-DD for the day the
verdicts are judged on (default: the bundled rules' own date; a date half a year later shows the
old-rules notice), --lang es|ar for the app in Spanish or Arabic (right to left; the file
names get "-es"/"-ar" unless --suffix is given). Pages that scroll at that size are listed as
"scrolls:". Look at every picture before calling a page done.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DEFAULT_PROFILE = FIXTURES / "oet_retaker.json"
# One profile per kind of headline the dashboard shows (file name part → fixture, Match year).
DASHBOARDS: dict[str, tuple[str, int | None]] = {
    "ready": ("fresh_graduate.json", None),
    "not-your-route": ("canadian_2024_graduate.json", None),
    "not-yet-known": ("fresh_graduate.json", 2028),
    "student": ("student.json", None),
}


def dark_palette() -> object:
    from ui.qt import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202124"),
        (roles.WindowText, "#e8eaed"),
        (roles.Base, "#2b2c2f"),
        (roles.AlternateBase, "#323336"),
        (roles.Text, "#e8eaed"),
        (roles.Button, "#303134"),
        (roles.ButtonText, "#e8eaed"),
        (roles.Highlight, "#8ab4f8"),
        (roles.HighlightedText, "#202124"),
        (roles.Link, "#8ab4f8"),
        (roles.ToolTipBase, "#303134"),
        (roles.ToolTipText, "#e8eaed"),
        (roles.PlaceholderText, "#9aa0a6"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.ButtonText, roles.Text, roles.WindowText):
        palette.setColor(disabled, role, QColor("#80868b"))
    return palette


def use_screen(size: str, out_dir: Path) -> None:
    """Make the offscreen platform's one screen ``size`` ("1366x768") before Qt starts."""
    width, height = (int(n) for n in size.lower().split("x"))
    config = out_dir / f".screen-{width}x{height}.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def settle(app: Any) -> None:
    for _ in range(4):
        app.processEvents()


def open_wizard(store: Any, stored: Any, ruleset: Any, as_of: dt.date, directory: Any) -> Any:
    from ui.profile_session import ProfileSession
    from ui.wizard import ReadinessWizard

    session = ProfileSession(store, stored, ruleset, as_of, directory)
    return ReadinessWizard(session)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.wizard_screenshots")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--profile", type=Path, default=DEFAULT_PROFILE)
    parser.add_argument("--screen", default=None, help="the screen's size, e.g. 1366x768")
    parser.add_argument("--size", default=None, help="force the window's size, e.g. 900x760")
    parser.add_argument("--scale", default=None, help="QT_SCALE_FACTOR, e.g. 2")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--lang", default="en", help="the app's language: en, es or ar")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.screen:
        use_screen(args.screen, args.out_dir)
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    sys.path.insert(0, str(ROOT))

    from app.directory import load_directory
    from app.engine.items import FieldPath
    from app.rules import load_ruleset
    from app.store import open_store
    from ui.about import AboutDialog
    from ui.profile_chooser import ProfileChooser
    from ui.qt import QApplication, QSize
    from ui.wizard import PageId
    from ui.worker import wait_for_background_work

    app = QApplication.instance() or QApplication(["wizard_screenshots"])
    from ui.language import apply_language

    lang = apply_language(app, args.lang)
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    suffix = args.suffix or ("" if lang == "en" else f"-{lang}")
    written: list[Path] = []
    scrolling: list[str] = []

    def shoot(widget: Any, name: str) -> None:
        settle(app)
        path = args.out_dir / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    def sized(wizard: Any) -> None:
        if args.size:
            width, height = (int(n) for n in args.size.lower().split("x"))
            wizard.resize(QSize(width, height))
        wizard.show()

    with tempfile.TemporaryDirectory() as data_dir:
        store = open_store(Path(data_dir))
        stored = store.import_profile(args.profile)
        store.create_profile(name="Practice profile")
        try:
            directory = load_directory(store)
        except ImportError:  # a directory without user-recorded schools still searches
            directory = load_directory()
        ruleset = load_ruleset()
        as_of = args.as_of or ruleset.updated
        wizard = open_wizard(store, stored, ruleset, as_of, directory)
        sized(wizard)
        school = wizard.pages[PageId.SCHOOL]
        school.search.setText("cairo univ")
        school.run_search("cairo univ")
        for page_id in PageId:
            wizard.walk_to(page_id)  # as a user gets there: Next from the start, so Back shows
            name = f"wizard-{page_id.value}-{page_id.name.lower()}"
            shoot(wizard, name)
            scroll_bar = wizard.pages[page_id].scroll_area.verticalScrollBar()
            if scroll_bar.maximum() > 0:  # the rest of a long page, as the user scrolls to it
                scrolling.append(page_id.name.lower())
                scroll_bar.setValue(scroll_bar.maximum())
                shoot(wizard, f"{name}-end")
        # The review page once the checklist is exported: the preview of page 1 in its box.
        wizard.walk_to(PageId.REVIEW)
        review = wizard.review_page
        review.export_to(Path(data_dir) / "checklist.pdf")
        wait_for_background_work()
        settle(app)
        review.scroll_area.verticalScrollBar().setValue(0)
        review.scroll_area.ensureWidgetVisible(review.preview)
        shoot(wizard, "wizard-5-review-exported")
        about = AboutDialog(ruleset, wizard)
        about.show()
        shoot(about, "about")
        about.close()
        wizard.close()

        for kind, (fixture, match_year) in DASHBOARDS.items():
            other = store.import_profile(FIXTURES / fixture)
            if match_year is not None:
                store.save_answer(other.id, FieldPath.TARGET_MATCH_YEAR, match_year)
                other = store.get_profile(other.id)
            store.set_last_page(other.id, "review")
            other = store.get_profile(other.id)
            dashboard = open_wizard(store, other, ruleset, as_of, directory)
            sized(dashboard)
            shoot(dashboard, f"dashboard-{kind}")
            dashboard.close()

        chooser = ProfileChooser()
        chooser.show_profiles(store, stored.id)
        filled: list[bool] = []  # the worker's results arrive only through processEvents below
        assert chooser.table is not None
        chooser.table.filled.connect(lambda: filled.append(True))
        chooser.show()
        # The marks and deadlines arrive from the worker after the first paint: wait for them.
        deadline = time.monotonic() + 30
        while not filled and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        shoot(chooser, "profile-chooser")
        store.close()
    for path in written:
        print(path)
    print("scrolls: " + (", ".join(scrolling) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
