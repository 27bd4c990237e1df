"""`python -m app assess PROFILE [--as-of YYYY-MM-DD] [--json]`: the checklist of one profile."""

from __future__ import annotations

import argparse
import textwrap

from app.checklist import STATUS_LABELS, Checklist
from app.cli import (
    PROG,
    CliError,
    as_of_help,
    json_text,
    load_profile_arg,
    metavar_profile,
    parse_as_of,
    printable,
    rules_problem,
)
from app.i18n import N_, _

NOTICE = N_(
    "Guidance, not an official decision: only ECFMG decides. "
    "Check each item's source; `{prog} rules` lists them all."
)
WIDTH = 100
STATUS_WIDTH = 19
# How the rules in use came (Checklist.rules_origin), in words.
ORIGIN_WORDS = {
    # Translators: the rules in use came with the app (not imported by the user).
    "bundled": N_("bundled"),
    # Translators: the rules in use were imported by the user from a newer rules file.
    "imported": N_("imported"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "assess",
        help=_("check a profile against the rules and print its checklist"),
        description=_(
            "Check a profile (a JSON file, or a saved profile's name) against the "
            "dated rules and print what is met, what is missing, and why."
        ),
    )
    parser.add_argument(
        "profile", metavar=metavar_profile(), help=_("profile JSON file or saved name")
    )
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help=as_of_help())
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
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
        raise CliError([rules_problem(exc)], code=1) from None
    checklist = evaluate(profile, ruleset, as_of)
    if args.json:
        print(json_text(checklist.to_dict()))
    else:  # the name and the reasons quote stored text: escaped, never sent to the terminal raw
        print(printable(render_table(checklist, printable(name)), multiline=True))
    return 0


def render_table(checklist: Checklist, name: str) -> str:
    """The checklist as a plain-text table, grouped by area, for a terminal."""
    from app.i18n import format_date

    first, last = checklist.rules_match_years
    lines = [
        _("IMG Readiness checklist for {name}").format(name=name),
        # Translators: {origin} is how the rules came (bundled with the app, or imported);
        # {first}–{last} are Match years.
        _(
            "As of {as_of}, rules version {version} (updated {updated}, {origin}) for the "
            "{first}–{last} Matches"
        ).format(
            as_of=format_date(checklist.as_of),
            version=checklist.rules_version,
            updated=format_date(checklist.rules_updated),
            origin=_(ORIGIN_WORDS.get(checklist.rules_origin, checklist.rules_origin)),
            first=first,
            last=last,
        ),
        *textwrap.wrap(checklist.rules_notice, WIDTH),
        _("Overall: {outcome}").format(outcome=checklist.outcome),
        _("Progress: {progress}").format(progress=checklist.progress_text),
    ]
    # Wide enough for the longest status word of the language (19 in English, as always).
    width = max([STATUS_WIDTH, *(len(_(label)) + 2 for label in STATUS_LABELS.values())])
    indent = " " * (width + 2)
    for area, items in checklist.by_area():
        lines += ["", area, "-" * len(area)]
        for item in items:
            label = _(STATUS_LABELS[item.status]) + (" (!)" if item.blocking else "")
            lines.append(f"  {label:<{width}}{item.title}")
            lines += _wrapped(item.reason, indent)
            if item.next_step:
                lines += _wrapped(_("Next: {step}").format(step=item.next_step), indent)
            # never wrapped: stays clickable
            lines.append(indent + _("Source: {source}").format(source=item.source))
    lines += [
        "",
        _("(!) = cannot be fixed by you."),
        *textwrap.wrap(_(NOTICE).format(prog=PROG), WIDTH),
    ]
    return "\n".join(lines)


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )
