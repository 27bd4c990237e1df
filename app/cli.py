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
import logging
import os
import pkgutil
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import app.commands
from app import __version__
from app.profile import ECHO_CHARS, Problem, Profile, ProfileError, brief

# How the user started us: "python -m app" from a checkout, the program's own name in a bundle.
PROG = os.path.basename(sys.argv[0]) if getattr(sys, "frozen", False) else "python -m app"

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

logger = logging.getLogger(__name__)

# What a terminal would act on rather than show: C0 controls, DEL, C1 controls (ESC starts a
# clear-screen or a retitle; U+009B is the 8-bit CSI), and lone surrogates (which the terminal
# encoding refuses). Tab and newline are escaped too, except in multi-line text.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_UNPRINTABLE_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# The same characters inside JSON text (C0 is escaped by json.dumps already).
_UNPRINTABLE_IN_JSON = re.compile("[\x7f-\x9f\ud800-\udfff]")


class CliError(Exception):
    """Unusable input: every problem is printed on its own line and the exit code is 2."""

    def __init__(self, problems: list[Problem] | list[str], code: int = EXIT_BAD_INPUT) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = [str(p) for p in problems]
        self.code = code


def _escaped(found: re.Match[str]) -> str:
    char = found.group()
    named = _NAMED_ESCAPES.get(char)
    if named:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, multiline: bool = False) -> str:
    """``text`` safe to print on a terminal: control characters (C0, DEL, C1) and lone
    surrogates shown as escapes (ESC as ``\\x1b``), so stored or imported text can neither
    clear the screen nor retitle the window nor stop the output. With ``multiline``, line
    breaks and tabs are kept. Every CLI line that prints stored or imported text uses it."""
    pattern = _UNPRINTABLE_MULTILINE if multiline else _UNPRINTABLE
    return pattern.sub(_escaped, text)


def json_text(document: object) -> str:
    """``document`` as indented JSON for the terminal: non-ASCII letters as they are, but C1
    controls, DEL and lone surrogates as ``\\u`` escapes (still the same JSON)."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
    return _UNPRINTABLE_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def parse_as_of(text: str | None) -> dt.date:
    """The --as-of option: an ISO date, today when not given."""
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def _bad_date(text: str) -> dt.date:
    raise CliError([Problem("--as-of", f"{brief(text)} is not a real date in the form YYYY-MM-DD")])


def read_profile_file(path: Path, as_of: dt.date) -> Profile:
    """Read and check a profile JSON v1 file (a regular file of at most 1 MB,
    app.input_files.MAX_PROFILE_BYTES); raises CliError listing every problem."""
    from app.input_files import read_profile_json

    try:
        return read_profile_json(path, as_of)
    except ProfileError as exc:
        raise CliError(exc.problems) from None


def output_arg(path: Path, option: str) -> Path:
    """An output file option (--output, --ics) checked before any work: its folder exists, its
    name fits the file system, it is not a folder or a device. CliError naming the option."""
    from app.input_files import output_problem

    problem = output_problem(path)
    if problem is not None:
        raise CliError([Problem(option, problem)])
    return path


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
    if arg.lower().endswith(".json") or _exists_as_non_folder(path):
        profile = read_profile_file(path, as_of)  # a FIFO or a device is refused, never read
        return profile, profile.applicant.full_name or path.stem
    if _UNPRINTABLE.search(arg):
        raise CliError([Problem("PROFILE", f"{brief(arg)} is not a file or a profile's name")])
    from app.store import StoreError, StoreUnavailable, open_store  # lazy: SQLAlchemy is slow

    try:
        with open_store(data_dir_arg(args)) as store:
            stored = store.find_profile(arg)
    except StoreUnavailable as exc:  # a full disk, a read-only folder: not the input's fault
        raise CliError([printable(str(exc))], code=EXIT_FAILURE) from None
    except StoreError as exc:  # a file from a newer app, a name two profiles share...
        raise CliError([Problem("PROFILE", str(exc))]) from None
    if stored is None:
        raise CliError([Problem("PROFILE", f"no file and no stored profile named {arg!r}")])
    return stored.profile, stored.name


def _exists_as_non_folder(path: Path) -> bool:
    try:
        return path.exists() and not path.is_dir()
    except (OSError, ValueError):  # a name too long for the system, a NUL in it
        return False


_LONG_QUOTED = re.compile(f"'([^']{{{ECHO_CHARS + 1},}})'")


class _Parser(argparse.ArgumentParser):
    """argparse, but its error line ("invalid int value: '999…'") repeats only a short prefix
    of a bad value and escapes control characters, like every other error line."""

    def error(self, message: str) -> NoReturn:
        message = _LONG_QUOTED.sub(lambda found: brief(found.group(1)), message)
        super().error(printable(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    from app.logs import configure_logging

    log_file = configure_logging(data_dir_arg(args), "img-readiness-cli", create_data_folder=False)
    logger.info("Command: %s", args.command)  # its name only: arguments may name a person
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        for line in exc.problems:
            print(f"error: {printable(line)}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the promise is "never a traceback": say what failed, plainly
        # The traceback goes to the log file only; without one, nowhere a terminal shows it.
        level = logging.ERROR if log_file else logging.DEBUG
        logger.log(level, "%s failed", getattr(args, "command", None), exc_info=True)
        print(f"error: {type(exc).__name__}: {printable(str(exc))[:500]}", file=sys.stderr)
        return EXIT_FAILURE
