"""The plan's deadlines as an iCalendar file: one all-day event per open dated step, with a
reminder a week and a day before. UIDs are stable, so importing a newer file into a calendar
program updates the events instead of adding copies."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from app import __version__
from app.atomic import write_atomically
from app.i18n import N_, _
from app.plan.steps import Plan, PlanStep, StepStatus

PRODUCT_ID = f"-//IMG Readiness//{__version__}//EN"
REMINDERS = (dt.timedelta(days=-7), dt.timedelta(days=-1))
NOTICE = N_("Guidance, not an official decision: only ECFMG decides. Check the source.")


def event_uid(step: PlanStep, scope: str) -> str:
    """Stable for one profile (``scope``, e.g. its name) and one step of one Match."""
    digest = hashlib.sha256(scope.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{step.key}.{digest}@img-readiness"


def calendar_events(plan: Plan) -> tuple[PlanStep, ...]:
    """The steps worth a calendar entry: dated, still ahead, not done."""
    return tuple(
        s
        for s in plan.steps
        if s.date is not None and s.date >= plan.as_of and s.status is StepStatus.OPEN
    )


def plan_calendar(plan: Plan, scope: str) -> bytes:
    """The iCalendar text (RFC 5545) of the plan's open deadlines."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # Translators: the calendar's name in a calendar program.
    calendar.add(
        "x-wr-calname", _("Match {year}: IMG Readiness plan").format(year=plan.target_match_year)
    )
    # One clock: the stamp is the assessment date, so the same plan gives the same file.
    stamp = dt.datetime.combine(plan.as_of, dt.time(0, 0), tzinfo=dt.UTC)
    for step in calendar_events(plan):
        assert step.date is not None
        event = Event()
        event.add("uid", event_uid(step, scope))
        event.add("dtstamp", stamp)
        event.add("dtstart", step.date)
        event.add("dtend", step.date + dt.timedelta(days=1))
        # Translators: an event's title in a calendar program, when its date is our estimate.
        summary = (
            _("{title} (estimated date)").format(title=step.title) if step.estimate else step.title
        )
        event.add("summary", summary)
        event.add(
            "description",
            "\n".join(
                part
                for part in (
                    step.note,
                    _("This date is our estimate; it is not yet published.")
                    if step.estimate
                    else "",
                    # Translators: {url} is the official page the date comes from.
                    _("Source: {url}").format(url=step.source),
                    _(NOTICE),
                )
                if part
            ),
        )
        event.add("url", step.source)
        event.add("transp", "TRANSPARENT")
        for before in REMINDERS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", before)
            event.add_component(alarm)
        calendar.add_component(event)
    ics: bytes = calendar.to_ical()
    return ics


def write_plan_calendar(plan: Plan, path: Path, scope: str) -> int:
    """Write the .ics whole or not at all; returns how many events it holds."""
    write_atomically(Path(path), plan_calendar(plan, scope))
    return len(calendar_events(plan))
