"""`python -m app`: the headless face of the core.

Each file in app/commands/ adds one sub-command (``register(subparsers)``), named in COMMANDS.
Only the sub-command chosen is imported and built (the others are names without options, enough
for argparse to route and to refuse a typo); ``--help`` and a bare ``python -m app`` build them
all. Exit codes: 0 for any verdict, 2 for unusable input (one line per problem, naming the
field), 1 for anything else. Never a traceback. Heavy libraries (SQLAlchemy, reportlab) are
imported inside the handlers that need them, so ``assess`` stays quick.

The language (``--lang es|ar|en`` anywhere before ``--``, else the locale, else English) is set
once, before the parser is built, so help texts, argparse's own words, every message and the
engine's text speak it; JSON keeps its English keys, ids and ISO dates.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.i18n import (
    ENGLISH,
    LANGUAGES,
    N_,
    _,
    language,
    language_from_environment,
    ngettext,
    set_language,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (2 ms at each start)
if TYPE_CHECKING:
    import datetime as dt
    import logging
    from typing import Any, NoReturn

    from app.profile import Problem, Profile

# app.profile (10 ms to import: the profile's whole model) is imported where a problem is told
# or a profile read, not with this module: `schools search` and `--version` never need it.
# Nor are datetime (where a date is read) and logging (where there is a data folder to log in,
# or a failure to log): a school search without a data folder needs neither.

# How the user started us: "python -m app" from a checkout, the program's own name in a bundle.
PROG = os.path.basename(sys.argv[0]) if getattr(sys, "frozen", False) else "python -m app"

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

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
    import json

    text = json.dumps(document, indent=2, ensure_ascii=False)
    return _UNPRINTABLE_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def parse_as_of(text: str | None) -> dt.date:
    """The --as-of option: an ISO date, today when not given."""
    import datetime as dt

    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def _bad_date(text: str) -> dt.date:
    from app.profile import Problem, brief

    raise CliError(
        [
            Problem(
                "--as-of",
                _("{value} is not a real date in the form YYYY-MM-DD").format(value=brief(text)),
            )
        ]
    )


def read_profile_file(path: Path, as_of: dt.date) -> Profile:
    """Read and check a profile JSON v1 file (a regular file of at most 1 MB,
    app.input_files.MAX_PROFILE_BYTES); raises CliError listing every problem."""
    from app.input_files import read_profile_json
    from app.profile import ProfileError

    try:
        return read_profile_json(path, as_of)
    except ProfileError as exc:
        raise CliError(exc.problems) from None


def output_arg(path: Path, option: str) -> Path:
    """An output file option (--output, --ics) checked before any work: its folder exists, its
    name fits the file system, it is not a folder or a device. CliError naming the option."""
    from app.input_files import output_problem
    from app.profile import Problem

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
    from app.profile import Problem, brief

    path = Path(arg)
    if arg.lower().endswith(".json") or _exists_as_non_folder(path):
        profile = read_profile_file(path, as_of)  # a FIFO or a device is refused, never read
        return profile, profile.applicant.full_name or path.stem
    if _UNPRINTABLE.search(arg):
        raise CliError(
            [
                Problem(
                    metavar_profile(),
                    _("{value} is not a file or a profile's name").format(value=brief(arg)),
                )
            ]
        )
    from app.store import StoreError, StoreUnavailable, open_store  # lazy: SQLAlchemy is slow

    try:
        with open_store(data_dir_arg(args)) as store:
            stored = store.find_profile(arg)
    except StoreUnavailable as exc:  # a full disk, a read-only folder: not the input's fault
        raise CliError([printable(str(exc))], code=EXIT_FAILURE) from None
    except StoreError as exc:  # a file from a newer app, a name two profiles share...
        raise CliError([Problem(metavar_profile(), str(exc))]) from None
    if stored is None:
        raise CliError(
            [
                Problem(
                    metavar_profile(),
                    _("no file and no stored profile named {name}").format(name=repr(arg)),
                )
            ]
        )
    return stored.profile, stored.name


def _exists_as_non_folder(path: Path) -> bool:
    try:
        return path.exists() and not path.is_dir()
    except (OSError, ValueError):  # a name too long for the system, a NUL in it
        return False


def _long_quoted() -> re.Pattern[str]:
    """A quoted value longer than the profile's echo (app.profile.ECHO_CHARS) in argparse's line."""
    from app.profile import ECHO_CHARS

    return re.compile(f"'([^']{{{ECHO_CHARS + 1},}})'")


LANG_OPTION = "--lang"
# argparse's own words (its usage line, its error line, its help option), in its own msgids with
# its %-placeholders: the catalog gives them in the language in use (install_argparse_words).
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    # Translators: argparse's error line; keep %(prog)s and %(message)s (and the line break).
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
)


def metavar_profile() -> str:
    """The PROFILE argument's name, as the usage line and the error lines show it."""
    # Translators: the name of a command-line argument (a profile file or a saved profile's
    # name), in capitals as in the usage line; the error lines name it too.
    return _("PROFILE")


def metavar_file() -> str:
    # Translators: the name of a command-line argument (a file), in capitals as in the usage line.
    return _("FILE")


def metavar_number() -> str:
    # Translators: the name of a command-line argument (a profile's number), in capitals.
    return _("NUMBER")


def metavar_name() -> str:
    # Translators: the name of a command-line argument (a school's name), in capitals.
    return _("NAME")


def as_of_help() -> str:
    return _("judge as on this date (default: today)")


def rules_problem(exc: Exception) -> str:
    """The error line's text when the rules cannot be loaded."""
    # Translators: an error line about the rules in use; {problem} says what is wrong.
    return _("rules: {problem}").format(problem=exc)


def json_help() -> str:
    return _("print JSON for scripts")


def _help_width() -> int:
    """The width help is wrapped to, worked out as argparse's HelpFormatter does (``$COLUMNS``,
    else the terminal's, else 80; less 2) but without importing shutil for it: shutil brings
    bz2 and lzma along (1.5 ms of every command), and argparse makes a formatter for each
    option it is given."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns if columns > 0 else 80) - 2


def _help_formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.HelpFormatter(prog, width=_help_width())


class _Parser(argparse.ArgumentParser):
    """argparse, but its error line ("invalid int value: '999…'") repeats only a short prefix
    of a bad value and escapes control characters, like every other error line; help wraps as
    argparse's does (_help_width)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _help_formatter)  # the sub-commands' parsers too
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        from app.profile import brief

        message = _long_quoted().sub(lambda found: brief(found.group(1)), message)
        super().error(printable(message))


# The sub-commands: each is app/commands/<name>.py (a test checks this against the folder).
COMMANDS = ("assess", "checklist", "plan", "profiles", "rules", "schools")
_HELP_OPTION = "--help"
_DATA_DIR_OPTION = "--data-dir"


def chosen_command(arguments: Sequence[str]) -> str | None:
    """The sub-command the arguments name, when only that one needs building: None when there is
    none, when it is not one of COMMANDS (argparse lists them all in its error), or when a help
    option comes before it (the top-level help lists every command with its help)."""
    index = 0
    while index < len(arguments):
        arg = arguments[index]
        if arg == "--":
            following = arguments[index + 1 : index + 2]
            return following[0] if following and following[0] in COMMANDS else None
        if not arg.startswith("-") or arg == "-":
            return arg if arg in COMMANDS else None
        name = arg.partition("=")[0]
        if _is_help_option(arg):
            return None
        if "=" not in arg and len(name) >= 3 and _DATA_DIR_OPTION.startswith(name):
            index += 1  # its value, even one that looks like a command
        index += 1
    return None


def _is_help_option(arg: str) -> bool:
    """-h, --help or an abbreviation of it (argparse takes --he)."""
    name = arg.partition("=")[0]
    return arg.startswith("-h") or (len(name) >= 3 and _HELP_OPTION.startswith(name))


def build_parser(
    command: str | None = None, *, every_command: bool = True
) -> argparse.ArgumentParser:
    """The parser, its help texts in the language in use (set_language comes first).

    With ``command``, only that sub-command's module is imported and its parser built; without
    it, every one when ``every_command`` (the help lists them), else none (``--version``, an
    unknown option: the commands are only names)."""
    parser = _Parser(
        prog=PROG,
        description=_(
            "IMG Readiness: guidance on ECFMG Certification, offline. "
            "Guidance only, not an official decision: ECFMG decides."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"IMG Readiness {__version__}",
        help=_("show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=_("DIR"),
        help=_(
            "folder of the local store (default: the user data folder, "
            "or $IMG_READINESS_DATA_DIR)"
        ),
    )
    parser.add_argument(
        LANG_OPTION,
        choices=tuple(LANGUAGES),
        help=_(
            "the language of the output: en (English), es (Español) or ar (العربية); default: "
            "the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English. JSON keeps its "
            "English keys and ids"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name in COMMANDS:
        if name == command or (command is None and every_command):
            importlib.import_module(f"app.commands.{name}").register(subparsers)
        else:  # a name argparse knows (a typo is refused naming them all), built when chosen
            subparsers.add_parser(name, add_help=False)
    return parser


def language_option(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``--lang CODE`` (or ``--lang=CODE``) wherever it stands before ``--``: the code given
    (None when the option is absent; the last one counts) and the arguments without it, so the
    option works before and after the sub-command."""
    chosen: str | None = None
    rest: list[str] = []
    args = list(argv)
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest += args[index:]
            break
        # argparse takes an abbreviation (--lan); so does this, or it would be ignored.
        name = arg.partition("=")[0]
        if len(name) >= 4 and LANG_OPTION.startswith(name) and "=" not in arg:
            chosen = args[index + 1] if index + 1 < len(args) else ""
            index += 2
            continue
        if len(name) >= 4 and LANG_OPTION.startswith(name):
            chosen = arg.partition("=")[2]
            index += 1
            continue
        rest.append(arg)
        index += 1
    return chosen, rest


def choose_language(chosen: str | None, environ: dict[str, str] | None = None) -> str | None:
    """Set the language once, before any output: --lang, else the environment's locale, else
    English. Returns the error line for a --lang that is not one of ours (said in the
    environment's language), or None."""
    if chosen is not None and chosen.strip().lower() in LANGUAGES:
        set_language(chosen.strip().lower())
        return None
    set_language(language_from_environment(environ))
    if chosen is None:
        return None
    from app.profile import Problem, brief

    return str(
        Problem(
            LANG_OPTION,
            _("{value} is not a language of this program; choose one of: {choices}").format(
                value=brief(chosen), choices=", ".join(LANGUAGES)
            ),
        )
    )


def install_argparse_words() -> None:
    """argparse says "usage:", "error:" and its other words through the catalog in use (it
    looks up its module's ``_`` and ``ngettext`` at each call). English is left as it is."""
    if language() != ENGLISH:
        setattr(argparse, "_", _)  # noqa: B010 (argparse reads the module global)
        setattr(argparse, "ngettext", ngettext)  # noqa: B010


def error_line(problem: str) -> str:
    """An error line for the terminal: "error: " and the problem, control characters escaped."""
    # Translators: the start of each error line of the command line; {problem} names the field
    # (or option, or file) and what is wrong with it.
    return _("error: {problem}").format(problem=printable(problem))


def _logger() -> logging.Logger:
    import logging

    return logging.getLogger(__name__)


def _log_to_data_folder(args: argparse.Namespace) -> Path | None:
    """Log to the data folder's log file when there is a data folder (app.logs; a command that
    only reads, in a folder that does not exist yet, does not create one to log, and then does
    not import logging either). Returns the log file, or None."""
    data_dir = data_dir_arg(args)
    if data_dir is None:
        from app.paths import user_data_dir

        folder = user_data_dir()
    else:
        folder = data_dir
    if not folder.is_dir() and "app.logs" not in sys.modules:
        # What configure_logging(create_data_folder=False) checks first; once it has run in this
        # process (main called again, in tests), it runs again to take back its old handler.
        return None
    from app.logs import configure_logging

    log_file = configure_logging(data_dir, "img-readiness-cli", create_data_folder=False)
    _logger().info("Command: %s", args.command)  # its name only: arguments may name a person
    return log_file


def main(argv: Sequence[str] | None = None) -> int:
    chosen, arguments = language_option(sys.argv[1:] if argv is None else argv)
    refused = choose_language(chosen)
    if refused is not None:
        print(error_line(refused), file=sys.stderr)
        return EXIT_BAD_INPUT
    install_argparse_words()
    command = chosen_command(arguments)
    # No command named (--version, an unknown option, a typo): no command is imported; the help
    # (asked for, or for no command at all) builds every one.
    every = command is None and any(_is_help_option(arg) for arg in arguments)
    parser = build_parser(command, every_command=every)
    try:
        args = parser.parse_args(arguments)
        if args.command is not None and not getattr(args, "handler", None):
            # argparse went to a command chosen_command did not see: build them all, again.
            parser = build_parser()
            args = parser.parse_args(arguments)
    except SystemExit as exc:  # argparse has printed its usage line
        return int(exc.code or 0)
    if not getattr(args, "handler", None):
        build_parser().print_help()
        return EXIT_BAD_INPUT
    log_file = _log_to_data_folder(args)
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        for line in exc.problems:
            print(error_line(line), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the promise is "never a traceback": say what failed, plainly
        # The traceback goes to the log file only; without one, nowhere a terminal shows it.
        import logging

        level = logging.ERROR if log_file else logging.DEBUG
        _logger().log(level, "%s failed", getattr(args, "command", None), exc_info=True)
        print(
            error_line(f"{type(exc).__name__}: {printable(str(exc))[:500]}"), file=sys.stderr
        )
        return EXIT_FAILURE
