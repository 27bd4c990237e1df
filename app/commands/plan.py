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
    metavar_profile,
    output_arg,
    parse_as_of,
    printable,
    rules_problem,
)
from app.i18n import _, format_date, ngettext
from app.profile import MATCH_YEAR_RANGE, Problem, brief

WIDTH = 100
DATE_WIDTH = 34


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "plan",
        help=_("print the dated plan to the target Match (and write it as a calendar)"),
        description=_(
            "From a profile (a JSON file, or a saved profile's name), the assessment "
            "date and the rules' Match calendar: what to do by when, from today to residency "
            "start. Dates that are our estimates say so."
        ),
    )
    parser.add_argument(
        "profile", metavar=metavar_profile(), help=_("profile JSON file or saved name")
    )
    parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help=_("plan as on this date (default: today)")
    )
    parser.add_argument(
        "--target",
        # Translators: the name of the --target option's value (a Match year), in capitals.
        metavar=_("YEAR"),
        help=_("what if you aim for this Match instead (the saved profile is not changed)"),
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a list"))
    parser.add_argument(
        "--ics", metavar="FILE.ics", help=_("also write the open deadlines as an iCalendar file")
    )
    parser.set_defaults(handler=run)


def _target(text: str | None) -> int | None:
    if text is None:
        return None
    low, high = MATCH_YEAR_RANGE
    if not (text.isascii() and text.isdigit() and len(text) <= 4 and low <= int(text) <= high):
        raise CliError(
            [
                Problem(
                    "--target",
                    _("{value} is not a Match year ({low}–{high})").format(
                        value=brief(text), low=low, high=high
                    ),
                )
            ]
        )
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
        raise CliError(
            [Problem("--ics", _("{value} should end in .ics").format(value=brief(args.ics, 60)))]
        )
    if ics is not None:
        output_arg(ics, "--ics")
    profile, name = load_profile_arg(args.profile, args, as_of)
    try:
        ruleset = active_ruleset(data_dir_arg(args))
    except RulesError as exc:
        raise CliError([rules_problem(exc)], code=1) from None
    the_plan = plan(profile, ruleset, as_of, target)
    events = None
    if ics is not None:
        try:
            events = write_plan_calendar(the_plan, ics, scope=name)
        except OSError as exc:
            why = _("cannot be written: {reason}").format(reason=exc.strerror or exc)
            raise CliError([Problem("--ics", why)]) from None
    if args.json:
        print(json_text(the_plan.to_dict()))
        return 0
    print(printable(render_plan(the_plan, printable(name)), multiline=True))
    if events is not None:
        wrote = ngettext(
            "Wrote {count} deadline to {file}.", "Wrote {count} deadlines to {file}.", events
        )
        print("\n" + wrote.format(count=events, file=printable(str(ics))))
    return 0


def render_plan(the_plan: object, name: str) -> str:
    """The plan as a dated list for a terminal."""
    from app.plan import STATUS_LABELS, Plan, StepKind

    assert isinstance(the_plan, Plan)
    target = the_plan.target_match_year
    if target:
        heading = _("Plan for {name} toward the {year} Match").format(name=name, year=target)
    else:
        heading = _("Plan for {name} toward the (no target) Match").format(name=name)
    lines = [
        heading,
        _("As of {as_of}, rules version {version} (updated {updated})").format(
            as_of=format_date(the_plan.as_of),
            version=the_plan.rules_version,
            updated=format_date(the_plan.rules_updated),
        ),
    ]
    if the_plan.problem:
        lines += textwrap.wrap(the_plan.problem, WIDTH)
    if the_plan.late:
        # Translators: {steps} lists the late steps, separated by semicolons.
        late = _("Late: {steps}.").format(steps="; ".join(s.title for s in the_plan.late))
        lines.append(late)
    if the_plan.next_realistic_match and (the_plan.problem or the_plan.late):
        lines.append(
            _("The next realistic Match: {year}.").format(year=the_plan.next_realistic_match)
        )
    # Wide enough for the longest date of the plan ("hacia diciembre de 2027 (estimación)").
    width = max([DATE_WIDTH, *(len(step.date_text) + 1 for step in the_plan.steps)])
    indent = " " * (width + 2)
    for step in the_plan.steps:
        mark = "·" if step.kind is StepKind.MILESTONE else "□"
        if step.status.value == "done":
            mark = "■" if step.kind is StepKind.TASK else "·"
        status = _(STATUS_LABELS[step.status])
        lines.append(f"  {step.date_text:<{width}}{mark} {step.title}  [{status}]")
        if step.kind is StepKind.TASK and step.status.value != "done" and step.note:
            lines += textwrap.wrap(
                step.note, WIDTH, initial_indent=indent + "  ", subsequent_indent=indent + "  "
            )
    lines += [
        "",
        _("· a date of the cycle   □ to do by that date   ■ done"),
        _(
            "Guidance, not an official decision: only ECFMG decides. Estimated dates are not yet "
            "published."
        ),
    ]
    return "\n".join(lines)
