"""Importing a directory file (CSV), e.g. a licensed World Directory export held by an office.

Columns (named on the first line, in any order, any case; separated by commas, semicolons or
tabs): ``name`` and ``country`` are required; ``directory_id``, ``other_names`` (pipe-separated),
``city`` and ``sponsor_note`` are optional; other columns are ignored and reported. UTF-8, with
or without a BOM; a UTF-16 file (Excel's "Unicode Text") is refused with the way to save it as
"CSV UTF-8". Each row is checked on its own: bad rows are reported with their line numbers and
skipped. A quote that is never closed is reported at its line, and the lines it would have
swallowed are read on their own. Control characters are removed (and counted): one bad byte does
not cost a whole file. A re-import replaces the whole imported set in one transaction, and a file
with no usable row changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.directory.user_schools import MAX_NAME, check_school
from app.i18n import N_, _, ngettext
from app.input_files import InputFileError, read_regular_file
from app.profile import Problem, count_text

if TYPE_CHECKING:
    from app.store import Store

Progress = Callable[[int, int], None]

REQUIRED_COLUMNS = ("name", "country")
OPTIONAL_COLUMNS = ("directory_id", "other_names", "city", "sponsor_note")
# Header spellings seen in real exports, mapped to the documented names.
COLUMN_ALIASES = {
    "school_name": "name",
    "medical_school": "name",
    "country_code": "country",
    "wdoms_id": "directory_id",
    "school_id": "directory_id",
    "world_directory_id": "directory_id",
    "former_names": "other_names",
    "aliases": "other_names",
    "sponsor_notes": "sponsor_note",
    "ecfmg_sponsor_note": "sponsor_note",
}
# The largest directory file read (a whole World Directory export is about 10 MB), and its rows.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ROWS = 500_000
MAX_BAD_ROWS_KEPT = 1_000  # listed one by one; beyond that only counted
CHUNK = 1_000


class DirectoryImportError(ValueError):
    """The file cannot be imported at all; nothing was changed. One message per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row of an imported directory file that was skipped, and why."""

    line: int
    problem: str

    def __str__(self) -> str:
        # Translators: a row of a CSV file that was skipped: its line number and why.
        return _("line {line}: {problem}").format(line=self.line, problem=self.problem)


@dataclass
class ImportReport:
    """What an import did, for the user."""

    source_file: str
    rows_read: int = 0
    imported: int = 0
    replaced: int = 0  # imported schools there were before
    bad_rows: list[BadRow] = field(default_factory=list)
    bad_row_count: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    control_characters_removed: int = 0  # in the rows imported or checked
    first_control_character_line: int | None = None

    def add_bad(self, line: int, problem: str) -> None:
        self.bad_row_count += 1
        if len(self.bad_rows) < MAX_BAD_ROWS_KEPT:
            self.bad_rows.append(BadRow(line, problem))

    def add_removed(self, line: int, count: int) -> None:
        if count:
            self.control_characters_removed += count
            if self.first_control_character_line is None:
                self.first_control_character_line = line

    def summary(self) -> str:
        """'5 of 6 rows imported from office.csv; 1 skipped (they replace the 4 schools
        imported before)', in the language in use."""
        text = ngettext(
            "{imported} of {count} row imported from {file}",
            "{imported} of {count} rows imported from {file}",
            self.rows_read,
        ).format(imported=self.imported, count=self.rows_read, file=self.source_file)
        if self.bad_row_count:
            # Translators: follows "5 of 6 rows imported from office.csv".
            text += ngettext("; {count} skipped", "; {count} skipped", self.bad_row_count).format(
                count=self.bad_row_count
            )
        if self.replaced:
            text += ngettext(
                " (they replace the {count} school imported before)",
                " (they replace the {count} schools imported before)",
                self.replaced,
            ).format(count=self.replaced)
        if self.control_characters_removed:
            count = self.control_characters_removed
            text += ngettext(
                "; {count} control character removed (the first on line {line})",
                "; {count} control characters removed (the first on line {line})",
                count,
            ).format(count=count, line=self.first_control_character_line)
        return text


@dataclass(slots=True)
class _ParsedFile:
    """An imported directory file read as CSV: its columns and rows."""

    columns: dict[str, int]  # documented name -> position
    # (line number, values), or (line number, why the line could not be read as CSV)
    rows: list[tuple[int, list[str] | str]]
    width: int


# In English (N_); said in the language in use where a row is reported.
QUOTE_NEVER_CLOSED = N_('has a quote (") that is never closed')
UNCLOSED_QUOTE = N_(
    'has a quote (") that is never closed; the lines after it are read on their own'
)


def read_rows(path: Path, report: ImportReport) -> _ParsedFile:
    """The file's header and rows; raises DirectoryImportError when the file is unusable."""
    label = path.name
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES, "a school directory file")
    except InputFileError as exc:
        raise DirectoryImportError([_file_problem(label, str(exc))]) from None
    if not raw.strip():
        raise DirectoryImportError([_file_problem(label, _("is empty"))])
    if _is_utf16(raw):
        utf16 = _(
            'is UTF-16 text (Excel\'s "Unicode Text"); in Excel choose Save As, '
            'then "CSV UTF-8 (Comma delimited)", and import that file'
        )
        raise DirectoryImportError([_file_problem(label, utf16)])
    if b"\x00" in raw:
        binary = _("is not a text file (it holds binary data)")
        raise DirectoryImportError([_file_problem(label, binary)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        not_utf8 = _('is not UTF-8 text (line {line}); save it as "CSV UTF-8" and try again')
        raise DirectoryImportError([_file_problem(label, not_utf8.format(line=line))]) from None
    lines = io.StringIO(text, newline="").readlines()  # split where csv splits: \n, \r\n, \r
    delimiter = _delimiter(text)
    reader = csv.reader(iter(lines), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str] | str]] = []
    header: list[str] | None = None
    columns: dict[str, int] = {}
    while True:
        start = reader.line_num + 1
        try:
            values: list[str] | None = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # strict: a quote left open, or text after a closing quote
            if header is None:
                unreadable = _("line {line} cannot be read ({error})").format(line=start, error=exc)
                raise DirectoryImportError([_file_problem(label, unreadable)]) from None
            values = None
        end = reader.line_num
        if header is None:
            assert values is not None
            if not any(v.strip() for v in values):
                continue
            header = values
            columns = _read_header(label, header, start, report)
            continue
        if values is None:
            found = _read_on_their_own(lines, start, end, delimiter)
        else:
            found = [(start, values)]
        for line, row in found:
            if isinstance(row, list) and not any(v.strip() for v in row):
                continue
            rows.append((line, row))
        if len(rows) > MAX_ROWS:
            too_many = _("has more than {count} rows").format(count=count_text(MAX_ROWS))
            raise DirectoryImportError([_file_problem(label, too_many)])
    if header is None:
        raise DirectoryImportError([_file_problem(label, _("is empty"))])
    return _ParsedFile(columns, rows, len(header))


def _file_problem(label: str, problem: str) -> str:
    """ "office.csv: is empty"."""
    # Translators: a problem of a whole file: {file} is its name, {problem} what is wrong.
    return _("{file}: {problem}").format(file=label, problem=problem)


def _is_utf16(raw: bytes) -> bool:
    """A UTF-16 file: a UTF-16 byte-order mark, or (no mark) a NUL in every other byte, as
    Latin text in UTF-16 has."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = raw[:4096]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    for zeros, letters in ((odd, even), (even, odd)):
        if zeros.count(0) >= 0.9 * len(zeros) and letters.count(0) <= 0.1 * len(letters):
            return True
    return False


def _read_on_their_own(
    lines: list[str], start: int, end: int, delimiter: str
) -> list[tuple[int, list[str] | str]]:
    """Lines ``start``..``end`` (1-based) that the strict reader could not take as one record,
    each read as a row of its own.

    A record over several lines that ends in an error is a quote opened on line ``start`` and
    never closed (it ran into the next quote of the file, or to its end): that line is reported
    and the lines it swallowed are rows again, so the count stays right. A single line is read
    leniently ('"Bad" College' is taken as it was before); a line that ends inside a quote is
    reported."""
    found: list[tuple[int, list[str] | str]] = []
    if end > start:
        found.append((start, _(UNCLOSED_QUOTE)))
        first = start + 1
    else:
        first = start
    for line in range(first, end + 1):
        try:
            values = next(csv.reader([lines[line - 1]], delimiter=delimiter), [])
        except csv.Error as exc:
            found.append((line, _("cannot be read as CSV ({error})").format(error=exc)))
            continue
        if any("\n" in v or "\r" in v for v in values):  # the line ends inside a quote
            found.append((line, _(QUOTE_NEVER_CLOSED)))
        else:
            found.append((line, values))
    return found


def _delimiter(text: str) -> str:
    """Comma, or the semicolon or tab that spreadsheets in many locales write instead."""
    first_line = text.lstrip().split("\n", 1)[0]
    return max((",", ";", "\t"), key=first_line.count)


def _read_header(label: str, header: list[str], line: int, report: ImportReport) -> dict[str, int]:
    columns: dict[str, int] = {}
    problems: list[str] = []
    for position, raw_name in enumerate(header):
        name = "_".join(raw_name.strip().lower().replace("-", " ").split())
        name = COLUMN_ALIASES.get(name, name)
        if name in REQUIRED_COLUMNS or name in OPTIONAL_COLUMNS:
            if name in columns:
                twice = _("line {line} names the column {column} twice").format(
                    line=line, column=repr(name)
                )
                problems.append(_file_problem(label, twice))
            columns[name] = position
        elif raw_name.strip():
            report.ignored_columns.append(raw_name.strip())
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        shown = ", ".join(repr(h.strip()[:40]) for h in header[:8]) or _("none")
        if len(missing) == 1:
            named = repr(missing[0])
        else:
            # Translators: two column names: "'name' or 'country'".
            named = _("{first} or {last}").format(
                first=", ".join(repr(m) for m in missing[:-1]), last=repr(missing[-1])
            )
        # Translators: {columns} names the missing column(s); {shown} the first line's columns.
        no_column = _(
            "has no {columns} column (line {line} gives {shown}); the first line must name the "
            "columns: name, country, and optionally {optional}"
        ).format(columns=named, line=line, shown=shown, optional=", ".join(OPTIONAL_COLUMNS))
        problems.append(_file_problem(label, no_column))
    if problems:
        raise DirectoryImportError(problems)
    return columns


def _duplicate_ids(parsed: _ParsedFile) -> dict[str, list[int]]:
    position = parsed.columns.get("directory_id")
    if position is None:
        return {}
    lines_of: dict[str, list[int]] = {}
    for line, values in parsed.rows:
        if isinstance(values, list) and position < len(values) and values[position].strip():
            lines_of.setdefault(values[position].strip().upper(), []).append(line)
    return {key: lines for key, lines in lines_of.items() if len(lines) > 1}


def validated_chunks(
    parsed: _ParsedFile, report: ImportReport, source_file: str
) -> Iterator[tuple[int, list[dict[str, object]]]]:
    """(rows checked so far, good rows of this chunk as store records), chunk by chunk; bad
    rows go to the report with their line numbers."""
    duplicates = _duplicate_ids(parsed)
    imported_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    columns = parsed.columns

    def value(values: list[str], column: str) -> str | None:
        position = columns.get(column)
        return values[position] if position is not None else None

    good: list[dict[str, object]] = []
    for line, read in parsed.rows:
        if report.rows_read and report.rows_read % CHUNK == 0:
            yield report.rows_read, good
            good = []
        report.rows_read += 1
        if isinstance(read, str):  # the line could not be read as CSV
            report.add_bad(line, read)
            continue
        values, removed = _without_control_characters(read, columns.get("sponsor_note"))
        report.add_removed(line, removed)
        if len(values) != parsed.width:
            # Translators: {count} values on a CSV row where the header names {width} columns.
            wrong_width = ngettext(
                "has {count} value where the first line names {width}",
                "has {count} values where the first line names {width}",
                len(values),
            ).format(count=len(values), width=parsed.width)
            report.add_bad(line, wrong_width)
            continue
        identifier = (value(values, "directory_id") or "").strip().upper()
        if identifier in duplicates:
            others = ", ".join(str(n) for n in duplicates[identifier] if n != line)
            twin = _("directory_id {id} is also on line {lines}; skipped")
            report.add_bad(line, twin.format(id=identifier, lines=others))
            continue
        cleaned, problems = check_school(
            value(values, "name"),
            value(values, "city"),
            value(values, "country"),
            value(values, "directory_id"),
            value(values, "sponsor_note"),
        )
        other_names = [n.strip() for n in (value(values, "other_names") or "").split("|")]
        other_names = [n for n in other_names if n]
        if any(len(n) > MAX_NAME for n in other_names):
            over = _("has a name over {most} characters").format(most=MAX_NAME)
            problems.append(Problem("other_names", over))
        if problems:
            report.add_bad(line, "; ".join(str(p) for p in problems))
            continue
        good.append(
            {
                **cleaned,
                "other_names": "|".join(other_names) or None,
                "source_file": source_file,
                "line_number": line,
                "imported_at": imported_at,
            }
        )
    yield report.rows_read, good


# Control characters (C0, DEL, C1). Tab and line breaks are spaces in a one-line field and kept
# in the sponsor note.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_SPACE = re.compile("[\t\n\r]")


def _without_control_characters(values: list[str], note: int | None) -> tuple[list[str], int]:
    """The row's values without control characters, and how many were removed."""
    cleaned: list[str] = []
    removed = 0
    for position, text in enumerate(values):
        text, count = _CONTROL.subn("", text)
        removed += count
        if position != note:
            text = _LINE_SPACE.sub(" ", text)
        cleaned.append(text)
    return cleaned, removed


def import_directory_csv(
    store: Store, path: Path | str, progress: Progress | None = None
) -> ImportReport:
    """Import a directory CSV into the store, replacing the schools imported before.

    ``progress(done, total)`` is called as rows are checked and written (total = rows in the
    file). Raises DirectoryImportError (nothing changed) when the file is unusable or has no
    good row; otherwise returns the report, bad rows listed with their line numbers.
    """
    from sqlalchemy import delete, func, insert, select

    from app.store.models import ImportedSchool

    path = Path(path)
    report = ImportReport(source_file=path.name)
    parsed = read_rows(path, report)
    total = len(parsed.rows)
    if not total:
        no_rows = _("nothing imported: it has no rows")
        raise DirectoryImportError([_file_problem(path.name, no_rows)])
    if progress:
        progress(0, total)
    # One transaction: the old imported set is replaced only if the new one is committed.
    with store.session() as session:
        report.replaced = session.scalar(select(func.count()).select_from(ImportedSchool)) or 0
        session.execute(delete(ImportedSchool))
        for done, batch in validated_chunks(parsed, report, path.name):
            if batch:
                # Core executemany: the ORM would split rows by which fields are empty.
                session.execute(insert(ImportedSchool.__table__), batch)
                report.imported += len(batch)
            if progress:
                progress(done, total)
        if not report.imported:  # raising here rolls the deletion back
            first = [str(bad) for bad in report.bad_rows[:5]]
            unusable = _("nothing imported: no row could be used")
            raise DirectoryImportError([_file_problem(path.name, unusable), *first])
    return report
