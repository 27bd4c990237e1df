"""`python -m app rules [--json] [--stale DAYS] [--as-of DATE]`: every rule with its dates and
official source; `rules import FILE`, `rules revert` and `rules export FILE`: newer rules without
a new build."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import CliError, data_dir_arg, json_text, parse_as_of, printable
from app.profile import Problem, brief

if TYPE_CHECKING:
    from app.rules import Ruleset
    from app.rules.changes import ImportReport, RuleChange

AS_OF_HELP = "judge as on this date (default: today)"
ORIGIN_TEXT = {"bundled": "bundled with the app", "imported": "imported"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rules",
        help="list, import, export or revert the rules with their dates and sources",
        description="List every rule the checklist uses: what it says, the dates it is in "
        "force, its official source and when that source was last checked. With an action: "
        "import a newer rules file, go back to the bundled rules, or export the rules in use.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a list")
    parser.add_argument(
        "--stale",
        metavar="DAYS",
        help="only the rules whose source was not checked within DAYS days",
    )
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help=AS_OF_HELP)
    parser.set_defaults(handler=run)
    actions = parser.add_subparsers(dest="rules_action", metavar="ACTION")
    # SUPPRESS: an option not repeated after the action keeps the value given before it.
    importing = actions.add_parser(
        "import",
        help="check a newer rules file and use it from now on",
        description="Check a rules file (one TOML file holding a whole ruleset) in full and, "
        "when its version is newer than the rules in use, use it from now on. Prints the rules "
        "added, ended and changed, and the saved profiles whose overall verdict changes.",
    )
    importing.add_argument("file", metavar="FILE", type=Path, help="the rules file (.toml)")
    importing.set_defaults(handler=run_import)
    reverting = actions.add_parser(
        "revert",
        help="go back to the rules bundled with the app",
        description="Remove the imported rules, so the rules bundled with the app are used.",
    )
    reverting.set_defaults(handler=run_revert)
    for action in (importing, reverting):
        action.add_argument(
            "--as-of",
            metavar="YYYY-MM-DD",
            default=argparse.SUPPRESS,
            help="judge the saved profiles as on this date (default: today)",
        )
        action.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON"
        )
    exporting = actions.add_parser(
        "export",
        help="write the rules in use as one importable file",
        description="Write the rules in use as one TOML file, a starting point for a newer "
        "set (bump its version) that `rules import` accepts.",
    )
    exporting.add_argument("file", metavar="FILE", type=Path, help="the file to write")
    exporting.set_defaults(handler=run_export)


def _days(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        days = int(text)
    except ValueError:
        days = -1
    if days < 0:
        raise CliError([Problem("--stale", f"{brief(text)} is not a number of days (0 or more)")])
    return days


def _active(args: argparse.Namespace) -> Ruleset:
    from app.rules import RulesError
    from app.rules.imported import active_ruleset

    try:
        return active_ruleset(data_dir_arg(args))
    except RulesError as exc:
        raise CliError([f"rules: {exc}"], code=1) from None


def _which(ruleset: Ruleset) -> str:
    """'bundled with the app, for the 2024–2028 Matches'."""
    origin = ORIGIN_TEXT.get(ruleset.origin, ruleset.origin)
    return f"{origin}, for the {ruleset.coverage_text} Matches"


def run(args: argparse.Namespace) -> int:
    days = _days(args.stale)
    as_of = parse_as_of(args.as_of)
    ruleset = _active(args)
    rules = ruleset.rules if days is None else ruleset.stale(as_of, days)
    if args.json:
        document: dict[str, Any] = {
            "version": ruleset.version,
            "updated": ruleset.updated.isoformat(),
            "origin": ruleset.origin,
            "match_years": [ruleset.first_match_year, ruleset.last_match_year],
            "as_of": as_of.isoformat(),
            "rules": [r.to_dict() for r in rules],
        }
        print(json_text(document))
        return 0
    heading = f"Rules version {ruleset.version} (updated {ruleset.updated}), {_which(ruleset)}"
    if days is not None:
        heading += f": {len(rules)} not checked within {days} days of {as_of}"
    lines = [heading]
    for r in rules:
        dates = "always" if r.applies_by == "always" else f"by {r.applies_by}, {r.dates_text()}"
        state = r.standing.label
        lines += ["", f"{r.id}  [{state}; in force {dates}; checked {r.checked}]"]
        lines += textwrap.wrap(r.text, 100, initial_indent="  ", subsequent_indent="  ")
        lines.append(f"  Source: {r.source}")
        if not r.confirmed:
            lines += textwrap.wrap(
                f"Evidence: {r.evidence}", 100, initial_indent="  ", subsequent_indent="  "
            )
    print(printable("\n".join(lines), multiline=True))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.rules import RulesError
    from app.rules.imported import import_rules

    as_of = parse_as_of(getattr(args, "as_of", None))
    _active(args)  # broken bundled rules: exit 1, as for every other command
    try:
        report = import_rules(args.file, data_dir_arg(args), as_of=as_of)
    except RulesError as exc:
        raise CliError([str(exc)]) from None
    _print_report(report, args.json)
    return 0


def run_revert(args: argparse.Namespace) -> int:
    from app.rules import RulesError
    from app.rules.imported import revert_rules

    as_of = parse_as_of(getattr(args, "as_of", None))
    _active(args)
    try:
        report = revert_rules(data_dir_arg(args), as_of=as_of)
    except RulesError as exc:
        raise CliError([str(exc)]) from None
    _print_report(report, args.json)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.rules import RulesError
    from app.rules.imported import export_rules

    _active(args)
    try:
        written = export_rules(args.file, data_dir_arg(args))
    except RulesError as exc:
        raise CliError([str(exc)]) from None
    print(printable(str(written)))
    return 0


def _print_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        print(json_text(report.to_dict()))
    else:
        print(printable("\n".join(report_lines(report)), multiline=True))


def report_lines(report: ImportReport) -> list[str]:
    """What an import or a revert did, as lines for a terminal."""
    before, now = report.previous, report.active
    if not report.did_anything:
        return [f"No imported rules to go back from: the {now.describe()} are in use."]
    lines = [
        f"Rules version {before.version} → {now.version}",
        f"  before: {before.describe()}",
        f"  now:    {now.describe()}",
    ]
    if report.action == "import":
        lines.append(f"  kept in {report.file}")
    else:
        lines.append(f"  removed {report.file}")
    for title, changes in (
        ("Added", report.added),
        ("Ended", report.ended),
        ("Changed", report.changed),
    ):
        lines += ["", f"{title} ({len(changes)}):" if changes else f"{title}: none"]
        lines += _change_lines(changes)
    lines += ["", f"Saved profiles, judged as of {report.as_of}:"]
    if report.profiles_note:
        lines.append(f"  {report.profiles_note}")
    elif report.verdict_changes:
        lines += [f"  {change.describe()}" for change in report.verdict_changes]
    else:
        lines.append("  No saved profile changes its overall verdict.")
    return lines


def _change_lines(changes: tuple[RuleChange, ...]) -> list[str]:
    return [
        line
        for change in changes
        for line in textwrap.wrap(
            change.describe(), 100, initial_indent="  ", subsequent_indent="      "
        )
    ]
