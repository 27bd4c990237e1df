"""Prove a built bundle, or an installed wheel, works on its own.

``python packaging/check_bundle.py build/bundle/img-readiness`` runs the bundled programs with a
bare environment (no Python, no project on any path, a scratch home and data folder, the working
folder outside the checkout, a copy of the example profile) and checks that the wizard's first
window shows and that the CLI finds its rules, school list, fonts and migrations, and that the
licence texts are there. Run from each build script after PyInstaller.

``python packaging/check_bundle.py VENV/bin`` (``VENV/Scripts`` on Windows) runs the same checks
on the programs a wheel installed into a virtual environment (``packaging/check_wheel.sh``).

Prints one line per check with its time; exits 1 at the first failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
PROFILE = CHECKOUT / "tests" / "fixtures" / "fresh_graduate.json"
TIMEOUT_S = 120


def program(bundle: Path, name: str) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle / f"{name}{suffix}"


def bare_environment(home: Path) -> dict[str, str]:
    """What a user's session has at least; nothing that points back into the checkout."""
    keep = ("PATH", "SYSTEMROOT", "WINDIR", "TMP", "TEMP")  # Windows needs the last four
    env = {key: os.environ[key] for key in keep if key in os.environ}
    env.update(
        LANG="C.UTF-8",
        HOME=str(home),
        USERPROFILE=str(home),
        QT_QPA_PLATFORM="offscreen",
        IMG_READINESS_DATA_DIR=str(home / "data"),
    )
    return env


def run(label: str, command: list[str], env: dict[str, str], expect: str) -> None:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            env=env,
            cwd=env["HOME"],  # outside the checkout: nothing is found through the working folder
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as late:
        print(f"FAIL {label} (still running after {TIMEOUT_S} s)", file=sys.stderr)
        for stream in (late.stdout, late.stderr):
            text = stream.decode("utf-8", "replace") if isinstance(stream, bytes) else stream
            print((text or "")[-2000:], file=sys.stderr)
        raise SystemExit(1) from None
    seconds = time.perf_counter() - started
    if done.returncode != 0 or expect not in done.stdout:
        print(f"FAIL {label} (exit {done.returncode})", file=sys.stderr)
        print(done.stdout[-2000:], done.stderr[-2000:], sep="\n", file=sys.stderr)
        raise SystemExit(1)
    first_line = done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""
    print(f"ok   {label:<34} {seconds:5.2f} s  {first_line[:60]}")


def check(bundle: Path) -> None:
    gui, cli = program(bundle, "img-readiness"), program(bundle, "img-readiness-cli")
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = bare_environment(home)
        pdf = home / "checklist.pdf"
        profile = home / PROFILE.name  # a copy: the programs never see the checkout
        shutil.copyfile(PROFILE, profile)
        # A windowed Windows program has no stdout at all: there only its exit code can speak.
        shown = "" if sys.platform == "win32" else "first window shown"
        run("wizard --smoke-test", [str(gui), "--smoke-test"], env, shown)
        # Our Qt catalog and Qt's own (standard buttons) found where the program was installed.
        catalogs = "" if sys.platform == "win32" else "img_readiness, qtbase"
        arabic_window = [str(gui), "--lang", "ar", "--smoke-test"]
        run("wizard --lang ar (Qt catalogs)", arabic_window, env, catalogs)
        run("cli --version", [str(cli), "--version"], env, "IMG Readiness")
        run("cli rules (data/rules)", [str(cli), "rules"], env, "Rules version")
        run("cli assess (rules + engine)", [str(cli), "assess", str(profile)], env, "Source:")
        # The compiled catalogs and the rules' translations ship: Spanish, then Arabic rules.
        spanish = [str(cli), "--lang", "es", "assess", str(profile)]
        run("cli assess --lang es (catalogs)", spanish, env, "Fuente:")
        arabic = [str(cli), "--lang", "ar", "rules"]
        run("cli rules --lang ar (rule texts)", arabic, env, "المطابقة")
        run(
            "cli schools search (school list)",
            [str(cli), "schools", "search", "cairo"],
            env,
            "Cairo",
        )
        run(
            "cli checklist (fonts, PDF)",
            [str(cli), "checklist", str(profile), "-o", str(pdf)],
            env,
            "",
        )
        if not pdf.read_bytes().startswith(b"%PDF"):
            raise SystemExit("FAIL the checklist is not a PDF")
        run(
            "cli profiles import (migrations)",
            [str(cli), "profiles", "import", str(profile)],
            env,
            "",
        )
        run("cli profiles list (store)", [str(cli), "profiles", "list"], env, "Amira Hassan")
    check_licences(bundle)


# The texts every bundle must carry (packaging/licenses.py writes them into resources/licenses).
LICENCE_TEXTS = (
    "LICENSE-IMG-Readiness.txt", "Python.txt", "LGPL-3.0.txt", "GPL-3.0.txt",
    "Qt-PySide6-LGPL-NOTICE.md", "reportlab.txt", "README.md",
)  # fmt: skip


def check_licences(bundle: Path) -> None:
    """A PyInstaller bundle carries the licence texts (a wheel's are checked by the tests)."""
    internal = bundle / "_internal"
    if not internal.is_dir():
        print("--   licence texts                      (not a bundle: the wheel test checks them)")
        return
    folders = [internal / "resources" / "licenses", bundle / "licenses"]
    for folder in folders:
        missing = [name for name in LICENCE_TEXTS if not (folder / name).is_file()]
        if missing:
            raise SystemExit(f"FAIL {folder} lacks {', '.join(missing)}")
    fonts = internal / "resources" / "fonts"
    if not (fonts / "OFL-Noto.txt").is_file():
        raise SystemExit(f"FAIL {fonts} lacks the fonts' licence")
    print(f"ok   {'licence texts':<34}         {len(LICENCE_TEXTS)} in licenses/ and _internal/")


def glibc_needed(bundle: Path) -> tuple[tuple[int, int], Path | None]:
    """The newest glibc symbol version any ELF file in the bundle asks for (and one such file):
    the oldest glibc, so the oldest Linux, the bundle runs on."""
    newest: tuple[int, int] = (0, 0)
    culprit = None
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
            body = handle.read()
        for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)", body):
            version = (int(major), int(minor))
            if version > newest:
                newest, culprit = version, path
    return newest, culprit


def check_glibc(bundle: Path) -> None:
    """Linux: say which glibc the bundle needs; fail when MAX_GLIBC (say 2.34) is exceeded."""
    if not sys.platform.startswith("linux"):
        return
    (major, minor), culprit = glibc_needed(bundle)
    needed = f"{major}.{minor}"
    where = culprit.relative_to(bundle) if culprit else "-"
    print(f"ok   {'glibc needed':<34}         {needed} or newer ({where})")
    allowed = os.environ.get("MAX_GLIBC")
    if allowed and (major, minor) > tuple(int(part) for part in allowed.split(".")):
        raise SystemExit(f"FAIL the bundle needs glibc {needed}, newer than MAX_GLIBC={allowed}")


def size_mb(folder: Path) -> float:
    """Bytes on disk once: the bundle links some Qt libraries under two names."""
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1e6


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: check_bundle.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    bundle = Path(argv[0]).resolve()  # the programs run from a scratch folder
    check(bundle)
    if (bundle / "_internal").is_dir():
        check_glibc(bundle)
        print(f"bundle {bundle}: {size_mb(bundle):.0f} MB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
