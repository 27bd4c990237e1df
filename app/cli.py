"""`python -m app`: the headless face of the core.

Each file in app/commands/ adds one sub-command (``register(subparsers)``). Exit codes: 0 for any
verdict, 2 for unusable input (one line per problem, naming the field), 1 for anything else.
Never a traceback. Heavy libraries (SQLAlchemy, reportlab) are imported inside the handlers that
need them, so ``assess`` stays quick.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path

import app.commands
from app import __version__
from app.profile import Problem, Profile, ProfileError, profile_from_dict

# How the user started us: "python -m app" from a checkout, the program's own name in a bundle.
PROG = os.path.basename(sys.argv[0]) if getattr(sys, "frozen", False) else "python -m app"

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """Unusable input: every problem is printed on its own line and the exit code is 2."""

    def __init__(self, problems: list[Problem] | list[str], code: int = EXIT_BAD_INPUT) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = [str(p) for p in problems]
        self.code = code


def parse_as_of(text: str | None) -> dt.date:
    """The --as-of option: an ISO date, today when not given."""
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def _bad_date(text: str) -> dt.date:
    raise CliError([Problem("--as-of", f"{text!r} is not a real date in the form YYYY-MM-DD")])


def read_profile_file(path: Path, as_of: dt.date) -> Profile:
    """Read and check a profile JSON v1 file; raises CliError listing every problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError([Problem(str(path), f"cannot be read: {exc.strerror or exc}")]) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise CliError([Problem(str(path), "is not UTF-8 text")]) from None
    except json.JSONDecodeError as exc:
        raise CliError(
            [Problem(str(path), f"is not valid JSON (line {exc.lineno}, column {exc.colno})")]
        ) from None
    except RecursionError:
        raise CliError([Problem(str(path), "is nested too deeply to be a profile")]) from None
    try:
        return profile_from_dict(data, as_of)
    except ProfileError as exc:
        raise CliError(exc.problems) from None


def data_dir_arg(args: argparse.Namespace) -> Path | None:
    """The --data-dir option, else IMG_READINESS_DATA_DIR, else None (the store's default)."""
    chosen = getattr(args, "data_dir", None) or os.environ.get("IMG_READINESS_DATA_DIR")
    return Path(chosen) if chosen else None


def load_profile_arg(arg: str, args: argparse.Namespace, as_of: dt.date) -> tuple[Profile, str]:
    """PROFILE on the command line: a JSON file (checked as of the assessment date), else the
    name of a stored profile.

    Returns the profile and a display name. The store (and SQLAlchemy) is only opened when the
    argument is not an existing file.
    """
    path = Path(arg)
    if path.is_file() or arg.lower().endswith(".json"):
        profile = read_profile_file(path, as_of)
        return profile, profile.applicant.full_name or path.stem
    from app.store import StoreError, open_store  # lazy: SQLAlchemy costs ~0.25 s to import

    try:
        with open_store(data_dir_arg(args)) as store:
            stored = store.find_profile(arg)
    except StoreError as exc:  # a file from a newer app, a name two profiles share...
        raise CliError([Problem("PROFILE", str(exc))]) from None
    if stored is None:
        raise CliError([Problem("PROFILE", f"no file and no stored profile named {arg!r}")])
    return stored.profile, stored.name


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="IMG Readiness: guidance on ECFMG Certification, offline. "
        "Guidance only, not an official decision: ECFMG decides.",
    )
    parser.add_argument("--version", action="version", version=f"IMG Readiness {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the local store (default: the user data folder, "
        "or $IMG_READINESS_DATA_DIR)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_info in sorted(pkgutil.iter_modules(app.commands.__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"app.commands.{module_info.name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its usage line
        return int(exc.code or 0)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        for line in exc.problems:
            print(f"error: {line}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the promise is "never a traceback": say what failed, plainly
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
