"""`python -m app assess PROFILE [--as-of YYYY-MM-DD] [--json]`: the checklist of one profile."""

from __future__ import annotations

import argparse
import textwrap

from app.checklist import STATUS_LABELS, Checklist
from app.cli import PROG, CliError, json_text, load_profile_arg, parse_as_of, printable

NOTICE = (
    "Guidance, not an official decision: only ECFMG decides. "
    f"Check each item's source; `{PROG} rules` lists them all."
)
WIDTH = 100
STATUS_WIDTH = 19


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "assess",
        help="check a profile against the rules and print its checklist",
        description="Check a profile (a JSON file, or a saved profile's name) against the "
        "dated rules and print what is met, what is missing, and why.",
    )
    parser.add_argument("profile", metavar="PROFILE", help="profile JSON file or saved name")
    parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="judge as on this date (default: today)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.cli import data_dir_arg
    from app.engine.evaluate import evaluate
    from app.rules import RulesError
    from app.rules.imported import active_ruleset

    as_of = parse_as_of(args.as_of)
    profile, name = load_profile_arg(args.profile, args, as_of)
    try:
        ruleset = active_ruleset(data_dir_arg(args))
    except RulesError as exc:
        raise CliError([f"rules: {exc}"], code=1) from None
    checklist = evaluate(profile, ruleset, as_of)
    if args.json:
        print(json_text(checklist.to_dict()))
    else:  # the name and the reasons quote stored text: escaped, never sent to the terminal raw
        print(printable(render_table(checklist, printable(name)), multiline=True))
    return 0


def render_table(checklist: Checklist, name: str) -> str:
    """The checklist as a plain-text table, grouped by area, for a terminal."""
    first, last = checklist.rules_match_years
    lines = [
        f"IMG Readiness checklist for {name}",
        f"As of {checklist.as_of}, rules version {checklist.rules_version} "
        f"(updated {checklist.rules_updated}, {checklist.rules_origin}) for the "
        f"{first}–{last} Matches",
        *textwrap.wrap(checklist.rules_notice, WIDTH),
        f"Overall: {checklist.outcome}",
        f"Progress: {checklist.progress_text}",
    ]
    indent = " " * (STATUS_WIDTH + 2)
    for area, items in checklist.by_area():
        lines += ["", area, "-" * len(area)]
        for item in items:
            label = STATUS_LABELS[item.status] + (" (!)" if item.blocking else "")
            lines.append(f"  {label:<{STATUS_WIDTH}}{item.title}")
            lines += _wrapped(item.reason, indent)
            if item.next_step:
                lines += _wrapped(f"Next: {item.next_step}", indent)
            lines.append(f"{indent}Source: {item.source}")  # never wrapped: stays clickable
    lines += ["", "(!) = cannot be fixed by you.", *textwrap.wrap(NOTICE, WIDTH)]
    return "\n".join(lines)


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )
