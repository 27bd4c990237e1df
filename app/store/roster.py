"""A CSV roster for an office starting fresh: one applicant per row (name, school, country,
graduation date, target year), each row checked as a profile would be."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import ENGLISH, _, language, ngettext, pgettext
from app.input_files import InputFileError, read_regular_file
from app.profile import FORMAT_NAME, FORMAT_VERSION, read_profile
from app.store import answers as answer_codec
from app.store.failures import StoreError

if TYPE_CHECKING:
    from app.store.batch import Refused

MAX_ROSTER_BYTES = 8 * 1024 * 1024
MAX_ROSTER_ROWS = 20_000

# Column -> the profile field it fills. Headers are matched without case, blanks or dashes.
ROSTER_COLUMNS: dict[str, str] = {
    "name": "applicant.full_name",
    "school": "school.name",
    "country": "school.country",
    "graduation_date": "education.graduation_date",
    "target_year": "target_match_year",
}
_ALIASES = {
    "full_name": "name",
    "applicant": "name",
    "applicant_name": "name",
    "medical_school": "school",
    "school_name": "school",
    "school_country": "country",
    "graduation": "graduation_date",
    "graduated": "graduation_date",
    "target": "target_year",
    "target_match": "target_year",
    "target_match_year": "target_year",
    "match_year": "target_year",
}
_COLUMN_OF = {path: column for column, path in ROSTER_COLUMNS.items()}


class RosterError(StoreError):
    """The roster cannot be used at all (empty, not UTF-8, no name column); nothing imported."""


def read_roster(
    path: Path, as_of: dt.date
) -> tuple[list[tuple[int, dict[str, Any]]], list[Refused]]:
    """(line, answered fields) of each good row, and each row refused with its line and its
    problems. Raises RosterError when the file cannot be used at all."""
    from app.store.batch import Refused, line_of

    rows = _csv_rows(path)
    header_line, header = rows[0]
    columns = _columns(header, header_line)
    good: list[tuple[int, dict[str, Any]]] = []
    refused: list[Refused] = []
    for line, values in rows[1:]:
        source = line_of(path, line)
        if len(values) > len(header):
            count = len(values)
            too_many = ngettext(
                # Translators: a roster row has more values than the first line names columns.
                "has {count} values where the first line names {columns}",
                "has {count} values where the first line names {columns}",
                count,
            ).format(count=count, columns=len(header))
            refused.append(Refused(source, (too_many,)))
            continue
        given = {
            column: values[position].strip()
            for column, position in columns.items()
            if position < len(values) and values[position].strip()
        }
        leaves, problems = _row_profile(given, as_of)
        if problems:
            refused.append(Refused(source, tuple(problems)))
        else:
            good.append((line, leaves))
    return good, refused


def _csv_rows(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, values) of the header and each non-blank row."""
    try:
        raw = read_regular_file(path, MAX_ROSTER_BYTES, "a roster file")
    except InputFileError as exc:
        raise RosterError(str(exc)) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[1:200:2].count(0) > 50:
        raise RosterError(
            # Translators: said of a roster file, after its name ("roster.csv: is UTF-16 text…").
            # Excel's menu names are in English; translate them as your Excel shows them.
            _(
                'is UTF-16 text (Excel\'s "Unicode Text"); in Excel choose Save As, then '
                '"CSV UTF-8 (Comma delimited)", and import that file'
            )
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RosterError(
            _('is not UTF-8 text (line {line}); save it as "CSV UTF-8"').format(line=line)
        ) from None
    first_line = text.lstrip().split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            if any(v.strip() for v in values):
                rows.append((start, values))
            if len(rows) > MAX_ROSTER_ROWS + 1:
                raise RosterError(
                    _("has more than {count} rows").format(count=grouped(MAX_ROSTER_ROWS))
                )
    except csv.Error as exc:
        raise RosterError(
            # Translators: {detail} is Python's own message about the CSV (in English).
            _("line {line} cannot be read as CSV ({detail})").format(
                line=reader.line_num, detail=exc
            )
        ) from None
    if len(rows) < 2:
        raise RosterError(_("has no applicant rows (the first line names the columns)"))
    return rows


def _columns(header: list[str], line: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for position, raw_name in enumerate(header):
        name = "_".join(raw_name.strip().lower().replace("-", " ").split())
        name = _ALIASES.get(name, name)
        if name in ROSTER_COLUMNS and name not in columns:
            columns[name] = position
    if "name" not in columns:
        comma = pgettext("separator between items", ", ")
        raise RosterError(
            # Translators: 'name' and {columns} are the roster's column headers, in English as
            # the file must give them; {shown} is what the file's first line gives instead.
            _(
                "has no 'name' column (line {line} gives {shown}); the first line must name the "
                "columns: {columns}"
            ).format(
                line=line,
                shown=comma.join(repr(h.strip()[:40]) for h in header[:8]),
                columns=comma.join(ROSTER_COLUMNS),
            )
        )
    return columns


def _row_profile(given: dict[str, str], as_of: dt.date) -> tuple[dict[str, Any], list[str]]:
    """The row's answered fields, or the problems that keep it out (one per column)."""
    from app.directory.entries import country_code_for

    problems: list[str] = []
    if "name" not in given:
        problem = _("is empty; every applicant needs a name")
        problems.append(f"name: {problem}")
    school: dict[str, Any] = {"name": given.get("school")}
    if "country" in given:
        school["country"] = country_code_for(given["country"])
        if school["country"] is None:
            # Translators: {value} is what the roster gives as the school's country.
            problem = _(
                "{value} is not a country known here (use a code such as EG or the English name)"
            ).format(value=repr(given["country"][:40]))
            problems.append(f"country: {problem}")
    education: dict[str, Any] = {}
    if "graduation_date" in given:
        try:
            graduated = dt.date.fromisoformat(given["graduation_date"])
        except ValueError:
            problem = _("{value} is not a date in the form YYYY-MM-DD").format(
                value=repr(given["graduation_date"][:40])
            )
            problems.append(f"graduation_date: {problem}")
        else:
            education = {
                "graduation_date": graduated.isoformat(),
                "status": "graduate" if graduated <= as_of else "student",
            }
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "applicant": {"full_name": given.get("name")},
        "school": school,
        "education": education,
    }
    if "target_year" in given:
        year = given["target_year"]
        if year.isascii() and year.isdigit() and len(year) == 4:
            document["target_match_year"] = int(year)
        else:
            problem = _("{value} is not a year such as 2027").format(value=repr(year[:40]))
            problems.append(f"target_year: {problem}")
    profile, found = read_profile(document, as_of)
    problems.extend(f"{_COLUMN_OF.get(p.field, p.field)}: {p.message}" for p in found)
    return answer_codec.answered_leaves(profile), problems


def grouped(count: int) -> str:
    """20,000 (the locale's own grouping in a translation)."""
    if language() == ENGLISH:
        return f"{count:,}"
    from babel.numbers import format_decimal

    return format_decimal(count, locale=language())
