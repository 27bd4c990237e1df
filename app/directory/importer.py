"""Importing a directory file (CSV), e.g. a licensed World Directory export held by an office.

Columns (named on the first line, in any order, any case; separated by commas, semicolons or
tabs): ``name`` and ``country`` are required; ``directory_id``, ``other_names`` (pipe-separated),
``city`` and ``sponsor_note`` are optional; other columns are ignored and reported. UTF-8, with
or without a BOM. Each row is checked on its own: bad rows are reported with their line numbers
and skipped. A re-import replaces the whole imported set in one transaction, and a file with no
usable row changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.directory.user_schools import MAX_NAME, check_school
from app.profile import Problem

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
    line: int
    problem: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.problem}"


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

    def add_bad(self, line: int, problem: str) -> None:
        self.bad_row_count += 1
        if len(self.bad_rows) < MAX_BAD_ROWS_KEPT:
            self.bad_rows.append(BadRow(line, problem))

    def summary(self) -> str:
        text = f"{self.imported} of {self.rows_read} rows imported from {self.source_file}"
        if self.bad_row_count:
            text += f"; {self.bad_row_count} skipped"
        if self.replaced:
            text += f" (they replace the {self.replaced} schools imported before)"
        return text


@dataclass(slots=True)
class _ParsedFile:
    columns: dict[str, int]  # documented name -> position
    rows: list[tuple[int, list[str]]]  # (line number, values)
    width: int


def read_rows(path: Path, report: ImportReport) -> _ParsedFile:
    """The file's header and rows; raises DirectoryImportError when the file is unusable."""
    label = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DirectoryImportError(
                [
                    f"{label}: is {size / 1_048_576:.0f} MB; a school directory file is at most "
                    f"{MAX_FILE_BYTES // 1_048_576} MB"
                ]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise DirectoryImportError([f"{label}: cannot be read ({exc.strerror or exc})"]) from None
    if not raw.strip():
        raise DirectoryImportError([f"{label}: is empty"])
    if b"\x00" in raw:
        raise DirectoryImportError([f"{label}: is not a text file (it holds binary data)"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DirectoryImportError(
            [f'{label}: is not UTF-8 text (line {line}); save it as "CSV UTF-8" and try again']
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    header_line = 0
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if header is None:
                problem = f"{label}: line {start} cannot be read ({exc})"
                raise DirectoryImportError([problem]) from None
            report.add_bad(start, f"cannot be read as CSV ({exc})")
            continue
        if not any(v.strip() for v in values):
            continue
        if header is None:
            header, header_line = values, start
            continue
        rows.append((start, values))
        if len(rows) > MAX_ROWS:
            raise DirectoryImportError([f"{label}: has more than {MAX_ROWS:,} rows"])
    if header is None:
        raise DirectoryImportError([f"{label}: is empty"])
    columns = _read_header(label, header, header_line, report)
    return _ParsedFile(columns, rows, len(header))


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
                problems.append(f"{label}: line {line} names the column {name!r} twice")
            columns[name] = position
        elif raw_name.strip():
            report.ignored_columns.append(raw_name.strip())
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        shown = ", ".join(repr(h.strip()[:40]) for h in header[:8]) or "none"
        problems.append(
            f"{label}: has no {' or '.join(repr(m) for m in missing)} column (line {line} "
            f"gives {shown}); the first line must name the columns: name, country, and "
            f"optionally {', '.join(OPTIONAL_COLUMNS)}"
        )
    if problems:
        raise DirectoryImportError(problems)
    return columns


def _duplicate_ids(parsed: _ParsedFile) -> dict[str, list[int]]:
    position = parsed.columns.get("directory_id")
    if position is None:
        return {}
    lines_of: dict[str, list[int]] = {}
    for line, values in parsed.rows:
        if position < len(values) and values[position].strip():
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
    for line, values in parsed.rows:
        if report.rows_read and report.rows_read % CHUNK == 0:
            yield report.rows_read, good
            good = []
        report.rows_read += 1
        if len(values) != parsed.width:
            report.add_bad(
                line, f"has {len(values)} values where the first line names {parsed.width}"
            )
            continue
        identifier = (value(values, "directory_id") or "").strip().upper()
        if identifier in duplicates:
            others = ", ".join(str(n) for n in duplicates[identifier] if n != line)
            report.add_bad(line, f"directory_id {identifier} is also on line {others}; skipped")
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
            problems.append(Problem("other_names", f"has a name over {MAX_NAME} characters"))
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
        raise DirectoryImportError([f"{path.name}: nothing imported: it has no rows"])
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
            raise DirectoryImportError(
                [f"{path.name}: nothing imported: no row could be used", *first]
            )
    return report
