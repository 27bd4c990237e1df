"""`python -m app rules [--json] [--stale DAYS] [--as-of DATE]`: every rule with its dates and
official source; `rules import FILE`, `rules revert` and `rules export FILE`: newer rules without
a new build."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import (
    CliError,
    as_of_help,
    data_dir_arg,
    json_text,
    metavar_file,
    parse_as_of,
    printable,
    rules_problem,
)
from app.i18n import N_, _, format_date, ngettext
from app.profile import Problem, brief

if TYPE_CHECKING:
    from app.rules import Ruleset
    from app.rules.changes import ImportReport, RuleChange

ORIGIN_TEXT = {
    "bundled": N_("bundled with the app"),
    # Translators: the rules in use were imported by the user from a newer rules file.
    "imported": N_("imported"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rules",
        help=_("list, import, export or revert the rules with their dates and sources"),
        description=_(
            "List every rule the checklist uses: what it says, the dates it is in "
            "force, its official source and when that source was last checked. With an action: "
            "import a newer rules file, go back to the bundled rules, or export the rules in use."
        ),
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a list"))
    # Translators: the name of the --stale option's value (a number of days), in capitals.
    days = _("DAYS")
    parser.add_argument(
        "--stale",
        metavar=days,
        help=_("only the rules whose source was not checked within {days} days").format(
            days=days
        ),
    )
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help=as_of_help())
    parser.set_defaults(handler=run)
    actions = parser.add_subparsers(dest="rules_action", metavar=_("ACTION"))
    # SUPPRESS: an option not repeated after the action keeps the value given before it.
    importing = actions.add_parser(
        "import",
        help=_("check a newer rules file and use it from now on"),
        description=_(
            "Check a rules file (one TOML file holding a whole ruleset) in full and, "
            "when its version is newer than the rules in use, use it from now on. Prints the "
            "rules added, ended and changed, and the saved profiles whose overall verdict changes."
        ),
    )
    importing.add_argument(
        "file", metavar=metavar_file(), type=Path, help=_("the rules file (.toml)")
    )
    importing.set_defaults(handler=run_import)
    reverting = actions.add_parser(
        "revert",
        help=_("go back to the rules bundled with the app"),
        description=_("Remove the imported rules, so the rules bundled with the app are used."),
    )
    reverting.set_defaults(handler=run_revert)
    for action in (importing, reverting):
        action.add_argument(
            "--as-of",
            metavar="YYYY-MM-DD",
            default=argparse.SUPPRESS,
            help=_("judge the saved profiles as on this date (default: today)"),
        )
        action.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help=_("print JSON")
        )
    exporting = actions.add_parser(
        "export",
        help=_("write the rules in use as one importable file"),
        description=_(
            "Write the rules in use as one TOML file, a starting point for a newer "
            "set (bump its version) that `rules import` accepts."
        ),
    )
    exporting.add_argument(
        "file", metavar=metavar_file(), type=Path, help=_("the file to write")
    )
    exporting.set_defaults(handler=run_export)


def _days(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        days = int(text)
    except ValueError:
        days = -1
    if days < 0:
        raise CliError(
            [
                Problem(
                    "--stale",
                    _("{value} is not a number of days (0 or more)").format(value=brief(text)),
                )
            ]
        )
    return days


def _active(args: argparse.Namespace) -> Ruleset:
    from app.rules import RulesError
    from app.rules.imported import active_ruleset

    try:
        return active_ruleset(data_dir_arg(args))
    except RulesError as exc:
        raise CliError([rules_problem(exc)], code=1) from None


def _which(ruleset: Ruleset) -> str:
    """'bundled with the app, for the 2024–2028 Matches'."""
    origin = _(ORIGIN_TEXT.get(ruleset.origin, ruleset.origin))
    # Translators: {origin} is "bundled with the app" or "imported"; {years} reads 2024–2028.
    return _("{origin}, for the {years} Matches").format(
        origin=origin, years=ruleset.coverage_text
    )


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
    from app.rules import rule_text

    heading = _("Rules version {version} (updated {updated}), {which}").format(
        version=ruleset.version, updated=format_date(ruleset.updated), which=_which(ruleset)
    )
    if days is not None:
        stale = ngettext(
            ": {count} not checked within {days} days of {date}",
            ": {count} not checked within {days} days of {date}",
            len(rules),
        )
        heading += stale.format(count=len(rules), days=days, date=format_date(as_of))
    lines = [heading]
    for r in rules:
        if r.applies_by == "always":
            dates = _("always")
        else:
            # Translators: {by} is what a rule's dates apply to (a machine word such as
            # "graduation_date"); {dates} the dates it is in force.
            dates = _("by {by}, {dates}").format(by=r.applies_by, dates=r.dates_text())
        state = r.standing.label
        # Translators: {state} is how sure the rule is (confirmed, estimate...), {dates} when
        # it is in force, {checked} the date its source was last checked.
        lines += [
            "",
            f"{r.id}  "
            + _("[{state}; in force {dates}; checked {checked}]").format(
                state=state, dates=dates, checked=format_date(r.checked)
            ),
        ]
        lines += textwrap.wrap(rule_text(r), 100, initial_indent="  ", subsequent_indent="  ")
        lines.append("  " + _("Source: {source}").format(source=r.source))
        if not r.confirmed:
            lines += textwrap.wrap(
                _("Evidence: {evidence}").format(evidence=r.evidence),
                100,
                initial_indent="  ",
                subsequent_indent="  ",
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
        # Translators: {rules} describes the rules in use ("bundled rules version 2026.3 of ...").
        return [
            _("No imported rules to go back from: the {rules} are in use.").format(
                rules=now.describe()
            )
        ]
    lines = [
        _("Rules version {before} → {now}").format(before=before.version, now=now.version),
        "  " + _("before: {rules}").format(rules=before.describe()),
        "  " + _("now:    {rules}").format(rules=now.describe()),
    ]
    if report.action == "import":
        lines.append("  " + _("kept in {file}").format(file=report.file))
    else:
        lines.append("  " + _("removed {file}").format(file=report.file))
    for changes, some, none in (
        (report.added, N_("Added ({count}):"), N_("Added: none")),
        (report.ended, N_("Ended ({count}):"), N_("Ended: none")),
        (report.changed, N_("Changed ({count}):"), N_("Changed: none")),
    ):
        lines += ["", _(some).format(count=len(changes)) if changes else _(none)]
        lines += _change_lines(changes)
    lines += [
        "",
        _("Saved profiles, judged as of {date}:").format(date=format_date(report.as_of)),
    ]
    if report.profiles_note:
        lines.append(f"  {report.profiles_note}")
    elif report.verdict_changes:
        lines += [f"  {change.describe()}" for change in report.verdict_changes]
    else:
        lines.append("  " + _("No saved profile changes its overall verdict."))
    return lines


def _change_lines(changes: tuple[RuleChange, ...]) -> list[str]:
    return [
        line
        for change in changes
        for line in textwrap.wrap(
            change.describe(), 100, initial_indent="  ", subsequent_indent="      "
        )
    ]
