"""`python -m app checklist PROFILE -o OUT.pdf [--as-of YYYY-MM-DD] [--paper a4|letter]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import (
    CliError,
    as_of_help,
    load_profile_arg,
    metavar_profile,
    output_arg,
    parse_as_of,
    printable,
    rules_problem,
)
from app.i18n import _
from app.profile import Problem, brief


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "checklist",
        help=_("write the printable PDF checklist of a profile"),
        description=_(
            "Check a profile (a JSON file, or a saved profile's name) against the dated "
            "rules and write the result as a PDF to print and tick off. Prints the path written."
        ),
    )
    parser.add_argument(
        "profile", metavar=metavar_profile(), help=_("profile JSON file or saved name")
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.pdf", required=True, help=_("the PDF file to write")
    )
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help=as_of_help())
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=_(
            "paper size (default: Letter in the US, Canada, Mexico, the Philippines and "
            "a few more; A4 elsewhere, from your locale)"
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.cli import data_dir_arg
    from app.engine.evaluate import evaluate
    from app.plan import plan
    from app.report import ReportError, write_checklist_pdf  # lazy: reportlab is heavy
    from app.rules import RulesError
    from app.rules.imported import active_ruleset

    as_of = parse_as_of(args.as_of)
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise CliError(
            [
                Problem(
                    "--output",
                    _("{value} should end in .pdf").format(value=brief(args.output, 60)),
                )
            ]
        )
    output_arg(output, "--output")  # before any work: the folder, the name's length
    profile, _name = load_profile_arg(args.profile, args, as_of)
    try:
        ruleset = active_ruleset(data_dir_arg(args))
    except RulesError as exc:
        raise CliError([rules_problem(exc)], code=1) from None
    checklist = evaluate(profile, ruleset, as_of)
    the_plan = plan(profile, ruleset, as_of)  # the timeline page after the checklist
    try:
        written = write_checklist_pdf(profile, checklist, output, paper=args.paper, plan=the_plan)
    except ReportError as exc:
        raise CliError([Problem("--output", str(exc))]) from None
    print(printable(str(written)))
    return 0
