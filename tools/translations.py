"""``make translations``: extract, update and compile every catalog.

The core (``app/``, gettext through Babel):
  resources/locale/img_readiness.pot                      every marked sentence, extracted
  resources/locale/<code>/LC_MESSAGES/img_readiness.po    its translation (edited by hand)
  resources/locale/<code>/LC_MESSAGES/img_readiness.mo    compiled, shipped
The app (``ui/``, Qt Linguist):
  resources/translations/img_readiness_<code>.ts          extracted by pyside6-lupdate, translated
  resources/translations/img_readiness_<code>.qm          compiled by pyside6-lrelease, shipped

``python -m tools.translations`` does all of it; ``--compile-only`` only recompiles (after
editing a .po or .ts). A new language: add its code to ``app.i18n.LANGUAGES`` and run this once
(it creates the empty catalogs), then translate them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages import frontend

from app.i18n import DOMAIN, ENGLISH, LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
QT_TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
TRANSLATED = [code for code in LANGUAGES if code != ENGLISH]


def po_file(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def ts_file(code: str) -> Path:
    return QT_TRANSLATIONS / f"{DOMAIN}_{code}.ts"


def _babel(*args: str) -> None:
    frontend.CommandLineInterface().run(["pybabel", "-q", *args])


def extract_core() -> None:
    LOCALE.mkdir(parents=True, exist_ok=True)
    _babel(
        "extract",
        "--no-location",  # line numbers would churn every .po on any edit
        "--sort-output",
        "--project=IMG Readiness",
        "--copyright-holder=IMG Readiness",
        "-k", "N_", "-k", "pgettext:1c,2", "-k", "ngettext:1,2",
        "--add-comments=Translators:",
        "-o", str(TEMPLATE),
        str(ROOT / "app"),
    )
    for code in TRANSLATED:
        command = "update" if po_file(code).exists() else "init"
        extra = ["--ignore-obsolete", "--no-fuzzy-matching"] if command == "update" else []
        _babel(command, "-D", DOMAIN, "-i", str(TEMPLATE), "-d", str(LOCALE), "-l", code, *extra)


def compile_core() -> None:
    for code in TRANSLATED:
        if po_file(code).exists():
            _babel("compile", "-D", DOMAIN, "-d", str(LOCALE), "-l", code, "--use-fuzzy")


def _qt_tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6 (make setup installs it)")
    return found


def extract_app() -> None:
    QT_TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for code in TRANSLATED:
        subprocess.run(
            [_qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
             "-target-language", code, *sources, "-ts", str(ts_file(code).relative_to(ROOT))],
            cwd=ROOT, check=True,
        )


def compile_app() -> None:
    for code in TRANSLATED:
        if ts_file(code).exists():
            subprocess.run(
                [_qt_tool("pyside6-lrelease"), "-silent", str(ts_file(code)),
                 "-qm", str(ts_file(code).with_suffix(".qm"))],
                check=True,
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true", help="only compile .po and .ts")
    args = parser.parse_args(argv)
    if not args.compile_only:
        extract_core()
        extract_app()
    compile_core()
    compile_app()
    return 0


if __name__ == "__main__":
    sys.exit(main())
