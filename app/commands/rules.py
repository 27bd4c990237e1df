"""`python -m app rules [--json] [--stale DAYS]`: every rule with its dates and official source."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import textwrap
from typing import Any

from app.cli import CliError
from app.profile import Problem


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rules",
        help="list the rules with their dates and sources",
        description="List every rule the checklist uses: what it says, the dates it is in "
        "force, its official source and when that source was last checked.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a list")
    parser.add_argument(
        "--stale",
        metavar="DAYS",
        help="only the rules whose source was not checked within DAYS days",
    )
    parser.set_defaults(handler=run)


def _days(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        days = int(text)
    except ValueError:
        days = -1
    if days < 0:
        raise CliError([Problem("--stale", f"{text!r} is not a number of days (0 or more)")])
    return days


def run(args: argparse.Namespace) -> int:
    from app.rules import RulesError, load_ruleset

    days = _days(args.stale)
    try:
        ruleset = load_ruleset()
    except RulesError as exc:
        raise CliError([f"rules: {exc}"], code=1) from None
    today = dt.date.today()
    rules = ruleset.rules if days is None else ruleset.stale(today, days)
    if args.json:
        document: dict[str, Any] = {
            "version": ruleset.version,
            "updated": ruleset.updated.isoformat(),
            "rules": [
                {
                    "id": r.id,
                    "text": r.text,
                    "effective_from": r.effective_from.isoformat(),
                    "effective_to": r.effective_to.isoformat() if r.effective_to else None,
                    "applies_by": r.applies_by,
                    "source": r.source,
                    "checked": r.checked.isoformat(),
                    "confirmed": r.confirmed,
                    "evidence": r.evidence,
                }
                for r in rules
            ],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    heading = f"Rules version {ruleset.version} (updated {ruleset.updated})"
    if days is not None:
        heading += f": {len(rules)} not checked within {days} days"
    lines = [heading]
    for r in rules:
        dates = "always" if r.applies_by == "always" else f"by {r.applies_by}, {r.dates_text()}"
        state = "confirmed" if r.confirmed else "NOT CONFIRMED"
        lines += ["", f"{r.id}  [{state}; in force {dates}; checked {r.checked}]"]
        lines += textwrap.wrap(r.text, 100, initial_indent="  ", subsequent_indent="  ")
        lines.append(f"  Source: {r.source}")
        if not r.confirmed:
            lines += textwrap.wrap(
                f"Evidence: {r.evidence}", 100, initial_indent="  ", subsequent_indent="  "
            )
    print("\n".join(lines))
    return 0
