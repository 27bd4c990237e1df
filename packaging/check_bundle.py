"""Prove a built bundle works on its own: run from each build script after PyInstaller.

``python packaging/check_bundle.py build/bundle/img-readiness`` runs the bundled programs with a
bare environment (no Python, no project on any path, a scratch home and data folder) and checks
that the wizard's first window shows and that the CLI finds its rules, school list, fonts and
migrations. Prints one line per check with its time; exits 1 at the first failure.
"""

from __future__ import annotations

import os
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
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT_S
    )
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
        # A windowed Windows program has no stdout at all: there only its exit code can speak.
        shown = "" if sys.platform == "win32" else "first window shown"
        run("wizard --smoke-test", [str(gui), "--smoke-test"], env, shown)
        run("cli --version", [str(cli), "--version"], env, "IMG Readiness")
        run("cli rules (data/rules)", [str(cli), "rules"], env, "Rules version")
        run("cli assess (rules + engine)", [str(cli), "assess", str(PROFILE)], env, "Source:")
        run(
            "cli schools search (school list)",
            [str(cli), "schools", "search", "cairo"],
            env,
            "Cairo",
        )
        run(
            "cli checklist (fonts, PDF)",
            [str(cli), "checklist", str(PROFILE), "-o", str(pdf)],
            env,
            "",
        )
        if not pdf.read_bytes().startswith(b"%PDF"):
            raise SystemExit("FAIL the checklist is not a PDF")
        run(
            "cli profiles import (migrations)",
            [str(cli), "profiles", "import", str(PROFILE)],
            env,
            "",
        )
        run("cli profiles list (store)", [str(cli), "profiles", "list"], env, "Amira Hassan")


def size_mb(folder: Path) -> float:
    """Bytes on disk once: the bundle links some Qt libraries under two names."""
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1e6


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: check_bundle.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    check(bundle)
    print(f"bundle {bundle}: {size_mb(bundle):.0f} MB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
