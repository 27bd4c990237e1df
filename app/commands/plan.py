"""`python -m app plan PROFILE [--as-of D] [--target YEAR] [--json] [--ics FILE]`: the dated
steps from the assessment date to residency start, and the deadlines for a calendar."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from app.cli import (
    CliError,
    data_dir_arg,
    json_text,
    load_profile_arg,
    output_arg,
    parse_as_of,
    printable,
)
from app.profile import MATCH_YEAR_RANGE, Problem, brief

WIDTH = 100
DATE_WIDTH = 34


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "plan",
        help="print the dated plan to the target Match (and write it as a calendar)",
        description="From a profile (a JSON file, or a saved profile's name), the assessment "
        "date and the rules' Match calendar: what to do by when, from today to residency "
        "start. Dates that are our estimates say so.",
    )
    parser.add_argument("profile", metavar="PROFILE", help="profile JSON file or saved name")
    parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="plan as on this date (default: today)"
    )
    parser.add_argument(
        "--target",
        metavar="YEAR",
        help="what if you aim for this Match instead (the saved profile is not changed)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a list")
    parser.add_argument(
        "--ics", metavar="FILE.ics", help="also write the open deadlines as an iCalendar file"
    )
    parser.set_defaults(handler=run)


def _target(text: str | None) -> int | None:
    if text is None:
        return None
    low, high = MATCH_YEAR_RANGE
    if not (text.isascii() and text.isdigit() and len(text) <= 4 and low <= int(text) <= high):
        raise CliError([Problem("--target", f"{brief(text)} is not a Match year ({low}–{high})")])
    return int(text)


def run(args: argparse.Namespace) -> int:
    from app.plan import plan
    from app.plan.ics import write_plan_calendar
    from app.rules import RulesError
    from app.rules.imported import active_ruleset

    as_of = parse_as_of(args.as_of)
    target = _target(args.target)
    ics = Path(args.ics) if args.ics else None
    if ics is not None and ics.suffix.lower() != ".ics":
        raise CliError([Problem("--ics", f"{brief(args.ics, 60)} should end in .ics")])
    if ics is not None:
        output_arg(ics, "--ics")
    profile, name = load_profile_arg(args.profile, args, as_of)
    try:
        ruleset = active_ruleset(data_dir_arg(args))
    except RulesError as exc:
        raise CliError([f"rules: {exc}"], code=1) from None
    the_plan = plan(profile, ruleset, as_of, target)
    events = None
    if ics is not None:
        try:
            events = write_plan_calendar(the_plan, ics, scope=name)
        except OSError as exc:
            why = f"cannot be written: {exc.strerror or exc}"
            raise CliError([Problem("--ics", why)]) from None
    if args.json:
        print(json_text(the_plan.to_dict()))
        return 0
    print(printable(render_plan(the_plan, printable(name)), multiline=True))
    if events is not None:
        print(f"\nWrote {events} deadlines to {printable(str(ics))}.")
    return 0


def render_plan(the_plan: object, name: str) -> str:
    """The plan as a dated list for a terminal."""
    from app.plan import STATUS_LABELS, Plan, StepKind

    assert isinstance(the_plan, Plan)
    target = the_plan.target_match_year
    lines = [
        f"Plan for {name} toward the {target or '(no target)'} Match",
        f"As of {the_plan.as_of}, rules version {the_plan.rules_version} "
        f"(updated {the_plan.rules_updated})",
    ]
    if the_plan.problem:
        lines += textwrap.wrap(the_plan.problem, WIDTH)
    if the_plan.late:
        lines.append("Late: " + "; ".join(s.title for s in the_plan.late) + ".")
    if the_plan.next_realistic_match and (the_plan.problem or the_plan.late):
        lines.append(f"The next realistic Match: {the_plan.next_realistic_match}.")
    indent = " " * (DATE_WIDTH + 2)
    for step in the_plan.steps:
        mark = "·" if step.kind is StepKind.MILESTONE else "□"
        if step.status.value == "done":
            mark = "■" if step.kind is StepKind.TASK else "·"
        status = STATUS_LABELS[step.status]
        lines.append(f"  {step.date_text:<{DATE_WIDTH}}{mark} {step.title}  [{status}]")
        if step.kind is StepKind.TASK and step.status.value != "done" and step.note:
            lines += textwrap.wrap(
                step.note, WIDTH, initial_indent=indent + "  ", subsequent_indent=indent + "  "
            )
    lines += [
        "",
        "· a date of the cycle   □ to do by that date   ■ done",
        "Guidance, not an official decision: only ECFMG decides. Estimated dates are not yet "
        "published.",
    ]
    return "\n".join(lines)
