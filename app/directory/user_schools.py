"""Schools kept in the local store: those the user recorded and those imported from a file.

SQLAlchemy is imported inside these functions only: the bundled search must stay quick to load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.directory.entries import (
    SchoolEntry,
    country_code_for,
    imported_entry,
    shown_country_name,
)
from app.i18n import _
from app.profile import TEXT_LIMITS, Problem, brief, is_directory_id, text_problem

if TYPE_CHECKING:
    from app.directory.directory import SchoolDirectory
    from app.store import Store

# The same limits as a profile's school (app/profile.py TEXT_LIMITS).
MAX_NAME = TEXT_LIMITS["school.name"]
MAX_CITY = TEXT_LIMITS["school.city"]
MAX_SPONSOR_NOTE = TEXT_LIMITS["school.sponsor_note"]
# A country as typed ("EG", "EGY", "Egypt", "Bosnia and Herzegovina"...).
MAX_COUNTRY = 100
USER_SOURCE = "Added by you"


class SchoolProblems(ValueError):
    """A school that cannot be recorded; ``problems`` names each field in the user's terms."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def clean_directory_id(text: str | None) -> str | None:
    """A World Directory ID ("f0000578" -> "F0000578"); None when blank; ValueError if malformed."""
    if text is None or not text.strip():
        return None
    value = text.strip().upper()
    if not is_directory_id(value):
        raise ValueError(
            _("{value} is not a World Directory ID (F and 7 digits, F0000578)").format(
                value=brief(text.strip())
            )
        )
    return value


def check_school(
    name: str | None,
    city: str | None,
    country: str | None,
    directory_id: str | None,
    sponsor_note: str | None,
) -> tuple[dict[str, str | None], list[Problem]]:
    """The cleaned fields of a school the user typed, and every problem found: a field that is
    too long, is not valid Unicode or holds a control character is named and not checked
    further (an import strips control characters before it gets here)."""
    problems: list[Problem] = []
    limits = {
        "name": (name, MAX_NAME),
        "city": (city, MAX_CITY),
        "country": (country, MAX_COUNTRY),
        "directory_id": (directory_id, 40),
        "sponsor_note": (sponsor_note, MAX_SPONSOR_NOTE),
    }
    for field, (value, limit) in limits.items():
        message = value and text_problem(value, limit, multiline=field == "sponsor_note")
        if message:
            problems.append(Problem(field, message))
    if problems:
        return dict.fromkeys(limits), problems
    clean_name = " ".join((name or "").split())
    longer = _("is longer than {most} characters")
    if not clean_name:
        problems.append(Problem("name", _("is empty: type the school's name")))
    elif len(clean_name) > MAX_NAME:
        problems.append(Problem("name", longer.format(most=MAX_NAME)))
    elif not any(ch.isalpha() for ch in clean_name):
        problems.append(Problem("name", _("has no letters")))
    clean_city = " ".join((city or "").split()) or None
    if clean_city and len(clean_city) > MAX_CITY:
        problems.append(Problem("city", longer.format(most=MAX_CITY)))
    code = country_code_for(country)
    if not country or not country.strip():
        problems.append(Problem("country", _("is empty: choose the school's country")))
    elif code is None:
        not_country = _("{value} is not a country name or code").format(
            value=brief(country.strip())
        )
        problems.append(Problem("country", not_country))
    try:
        clean_id = clean_directory_id(directory_id)
    except ValueError as exc:
        problems.append(Problem("directory_id", str(exc)))
        clean_id = None
    note = (sponsor_note or "").strip() or None
    if note and len(note) > MAX_SPONSOR_NOTE:
        problems.append(Problem("sponsor_note", longer.format(most=MAX_SPONSOR_NOTE)))
    cleaned = {
        "name": clean_name,
        "city": clean_city,
        "country": code,
        "directory_id": clean_id,
        "sponsor_note": note,
    }
    return cleaned, problems


def add_user_school(
    store: Store,
    name: str,
    city: str | None,
    country: str,
    directory_id: str | None = None,
    sponsor_note: str | None = None,
    directory: SchoolDirectory | None = None,
) -> SchoolEntry:
    """Record a school that is not in the directory; later searches find it.

    Recording the same name, city and country again updates the World Directory ID and sponsor
    note (when given) instead of adding a twin. Pass ``directory`` to make it findable at once.
    Raises SchoolProblems naming each bad field; nothing is stored then.
    """
    from sqlalchemy import func, select

    from app.store.models import UserSchool

    cleaned, problems = check_school(name, city, country, directory_id, sponsor_note)
    if problems:
        raise SchoolProblems(problems)
    with store.session() as session:
        existing = session.scalars(
            select(UserSchool).where(
                func.lower(UserSchool.name) == cleaned["name"].lower(),  # type: ignore[union-attr]
                UserSchool.country == cleaned["country"],
                func.coalesce(UserSchool.city, "") == (cleaned["city"] or ""),
            )
        ).first()
        if existing is None:
            existing = UserSchool(**cleaned)
            session.add(existing)
        else:
            existing.directory_id = cleaned["directory_id"] or existing.directory_id
            existing.sponsor_note = cleaned["sponsor_note"] or existing.sponsor_note
        session.flush()
        entry = _user_entry(existing)
    if directory is not None:
        directory.add(entry)
    return entry


def _user_entry(row: object) -> SchoolEntry:
    return SchoolEntry(
        name=row.name,  # type: ignore[attr-defined]
        kind="user",
        country=row.country or "",  # type: ignore[attr-defined]
        city=row.city or "",  # type: ignore[attr-defined]
        source=USER_SOURCE,
        directory_id=row.directory_id,  # type: ignore[attr-defined]
        sponsor_note=row.sponsor_note,  # type: ignore[attr-defined]
        store_id=row.id,  # type: ignore[attr-defined]
    )


def stored_entries(store: Store) -> list[SchoolEntry]:
    """The user's recorded schools, then the imported ones, as directory entries."""
    from sqlalchemy import select

    from app.store.models import ImportedSchool, UserSchool

    entries: list[SchoolEntry] = []
    with store.session() as session:
        for row in session.scalars(select(UserSchool).order_by(UserSchool.id)):
            entries.append(_user_entry(row))
        rows = session.execute(
            select(
                ImportedSchool.id,
                ImportedSchool.name,
                ImportedSchool.other_names,
                ImportedSchool.city,
                ImportedSchool.country,
                ImportedSchool.directory_id,
                ImportedSchool.sponsor_note,
                ImportedSchool.source_file,
            ).order_by(ImportedSchool.id)
        )
        for store_id, name, other, city, country, directory_id, note, source_file in rows:
            entries.append(
                imported_entry(
                    store_id, name, other, city, country, directory_id, note, source_file
                )
            )
    return entries


def describe(entry: SchoolEntry) -> str:
    """One line for the CLI: name, city, country."""
    place = ", ".join(p for p in (entry.city, shown_country_name(entry.country)) if p)
    return f"{entry.name} ({place})" if place else entry.name
