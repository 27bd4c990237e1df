"""`python -m tools.wizard_screenshots OUT_DIR`: a PNG of every wizard page (and the profile
chooser) for a realistic profile, grabbed offscreen. `make screenshots` runs it.

Options: --profile FIXTURE.json (default tests/fixtures/oet_retaker.json), --scale 2 for 200 %,
--dark for a dark palette, --as-of YYYY-MM-DD for the day the verdicts are judged on (default:
the bundled rules' own date; a date half a year later shows the old-rules notice). Look at every
picture before calling a page done.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROFILE = ROOT / "tests" / "fixtures" / "oet_retaker.json"


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.wizard_screenshots")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--profile", type=Path, default=DEFAULT_PROFILE)
    parser.add_argument("--scale", default=None, help="QT_SCALE_FACTOR, e.g. 2")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    sys.path.insert(0, str(ROOT))

    from app.directory import load_directory
    from app.rules import load_ruleset
    from app.store import open_store
    from ui.profile_chooser import ProfileChooser
    from ui.profile_session import ProfileSession
    from ui.qt import QApplication
    from ui.wizard import PageId, ReadinessWizard

    app = QApplication.instance() or QApplication(["wizard_screenshots"])
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    args.out_dir.mkdir(parents=True, exist_ok=True)
    suffix = args.suffix
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
        session = ProfileSession(store, stored, ruleset, as_of, directory)
        wizard = ReadinessWizard(session)
        wizard.resize(900, 760)
        wizard.show()
        school = wizard.pages[PageId.SCHOOL]
        school.search.setText("cairo univ")
        school.run_search("cairo univ")
        written = []
        for page_id in PageId:
            wizard.walk_to(page_id)  # as a user gets there: Next from the start, so Back shows
            app.processEvents()
            path = args.out_dir / f"wizard-{page_id.value}-{page_id.name.lower()}{suffix}.png"
            wizard.grab().save(str(path))
            written.append(path)
            scroll_bar = wizard.pages[page_id].scroll.verticalScrollBar()
            if scroll_bar.maximum() > 0:  # the rest of a long page, as the user scrolls to it
                scroll_bar.setValue(scroll_bar.maximum())
                app.processEvents()
                path = path.with_name(path.stem + "-end.png")
                wizard.grab().save(str(path))
                written.append(path)
        # The review page once the checklist is exported: the preview of page 1 beside it.
        from ui.worker import wait_for_background_work

        wizard.walk_to(PageId.REVIEW)
        review = wizard.review_page
        review.export_to(Path(data_dir) / "checklist.pdf")
        wait_for_background_work()
        for _ in range(5):
            app.processEvents()
        review.scroll.verticalScrollBar().setValue(0)
        review.scroll.ensureWidgetVisible(review.preview)
        app.processEvents()
        path = args.out_dir / f"wizard-5-review-exported{suffix}.png"
        wizard.grab().save(str(path))
        written.append(path)
        chooser = ProfileChooser()
        chooser.show_profiles(store, stored.id)
        chooser.show()
        app.processEvents()
        path = args.out_dir / f"profile-chooser{suffix}.png"
        chooser.grab().save(str(path))
        written.append(path)
        wizard.close()
        store.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
