"""`python -m app schools search|add|import`: find a school offline, record one, import a file.

The bundled list is an open registry of medical schools and universities, NOT the World Directory
of Medical Schools: every answer says where to check. The store (SQLAlchemy) is opened only for
`add` and `import`, and for `search` only when a store file already exists.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import PROG, CliError, data_dir_arg, json_text, printable
from app.profile import Problem, brief

if TYPE_CHECKING:
    from app.directory import SchoolMatch

WDOMS_REMINDER = (
    "This list is not the World Directory of Medical Schools and says nothing about eligibility. "
    "Check your school and its ECFMG sponsor note at {url}"
)
MAX_LIMIT = 200
BAD_ROWS_SHOWN = 50
IGNORED_COLUMNS_SHOWN = 10


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schools",
        help="find your school offline, record a missing one, import a directory file",
        description="Search the bundled school list (medical schools and universities from the "
        "open Research Organization Registry) plus the schools you recorded or imported.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    search = actions.add_parser("search", help="find schools by name, former name, city, country")
    search.add_argument("query", metavar="QUERY", help="any part of the name, city or country")
    search.add_argument("--country", metavar="XX", help="only this country (code or name)")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N (20)")
    search.add_argument("--json", action="store_true", help="print JSON for scripts")
    search.set_defaults(handler=run_search)

    add = actions.add_parser("add", help="record a school that the list does not have")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--country", required=True, metavar="XX", help="country code or name")
    add.add_argument("--city")
    add.add_argument("--directory-id", metavar="F0000000", help="its World Directory ID")
    add.add_argument("--sponsor-note", metavar="TEXT", help="its ECFMG sponsor note, as shown")
    add.set_defaults(handler=run_add)

    importing = actions.add_parser(
        "import",
        help="import a directory CSV (replaces the schools imported before)",
        description="Columns: name, country (required); directory_id, other_names "
        "(separated by |), city, sponsor_note (optional). UTF-8, with or without BOM.",
    )
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.set_defaults(handler=run_import)


def _country_arg(text: str | None) -> str | None:
    from app.directory import country_code_for

    if text is None:
        return None
    code = country_code_for(text)
    if code is None:
        raise CliError([Problem("--country", f"{brief(text)} is not a country code or name")])
    return code


def run_search(args: argparse.Namespace) -> int:
    from app.directory import load_directory

    if not 1 <= args.limit <= MAX_LIMIT:
        raise CliError([Problem("--limit", f"must be between 1 and {MAX_LIMIT}")])
    country = _country_arg(args.country)
    store = _existing_store(args)
    try:
        directory = load_directory(store)  # reads the stored schools at once
    finally:
        if store is not None:
            store.close()
    results = directory.search(args.query, country=country, limit=args.limit)
    if args.json:
        payload = {"query": args.query, "results": [m.to_json() for m in results]}
        print(json_text(payload))
        return 0
    if not results:
        print(f"No school matches {brief(args.query)}.")
        print(f'If yours is missing, record it: {PROG} schools add "NAME" --country XX')
    for number, match in enumerate(results, 1):
        print(_result_line(number, match))
    print(_reminder(results))
    return 0


def _existing_store(args: argparse.Namespace):  # -> Store | None (typed lazily)
    """The store, when one exists: searching must not create one, nor pay SQLAlchemy's import
    (~0.5 s) when there is no database file at all."""
    data_dir = data_dir_arg(args)
    folder = data_dir or _default_data_folder()
    if not any(folder.glob("*.sqlite3")):
        return None
    from app.store import open_store, store_path

    return open_store(data_dir) if store_path(data_dir).exists() else None


def _default_data_folder() -> Path:
    import platformdirs

    from app import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _result_line(number: int, match: SchoolMatch) -> str:
    """One result; every piece of stored or imported text is escaped (printable)."""
    place = printable(", ".join(p for p in (match.city, match.country_name) if p))
    line = f"{number:>2}. {printable(match.name)} — {place} · {match.kind_label} · {match.score:g}"
    if match.other_names:
        shown = printable("; ".join(match.other_names[:4]))
        more = f" (+{len(match.other_names) - 4})" if len(match.other_names) > 4 else ""
        line += f"\n    also: {shown}{more}"
    if match.directory_id:
        from app.sponsor_note import school_page_url

        line += f"\n    World Directory: {school_page_url(match.directory_id)}"
    return line


def _reminder(results: list[SchoolMatch]) -> str:
    from app.sponsor_note import WORLD_DIRECTORY_SEARCH_URL

    return WDOMS_REMINDER.format(url=WORLD_DIRECTORY_SEARCH_URL)


def run_add(args: argparse.Namespace) -> int:
    from app.directory.user_schools import SchoolProblems, add_user_school, describe
    from app.sponsor_note import school_page_url
    from app.store import open_store

    with open_store(data_dir_arg(args)) as store:
        try:
            entry = add_user_school(
                store,
                args.name,
                args.city,
                args.country,
                directory_id=args.directory_id,
                sponsor_note=args.sponsor_note,
            )
        except SchoolProblems as exc:
            raise CliError(
                [
                    Problem(f"--{p.field.replace('_', '-')}", p.message)
                    if p.field != "name"
                    else Problem("NAME", p.message)
                    for p in exc.problems
                ]
            ) from None
    print(f"Recorded: {printable(describe(entry))}. Later searches find it.")
    print(f"Check it in the World Directory: {school_page_url(entry.directory_id)}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.directory.importer import DirectoryImportError, import_directory_csv
    from app.store import open_store

    with open_store(data_dir_arg(args)) as store:
        try:
            report = import_directory_csv(store, args.file)
        except DirectoryImportError as exc:
            raise CliError(exc.problems) from None
    print(printable(report.summary()) + ".")
    if report.ignored_columns:
        ignored = report.ignored_columns
        shown = ", ".join(printable(brief(c, quote=False)) for c in ignored[:IGNORED_COLUMNS_SHOWN])
        more = (
            f" (+{len(ignored) - IGNORED_COLUMNS_SHOWN})"
            if len(ignored) > IGNORED_COLUMNS_SHOWN
            else ""
        )
        print(f"Columns ignored: {shown}{more}")
    for bad in report.bad_rows[:BAD_ROWS_SHOWN]:
        print(f"skipped {printable(str(bad))}")
    if report.bad_row_count > BAD_ROWS_SHOWN:
        print(f"... and {report.bad_row_count - BAD_ROWS_SHOWN} more skipped rows")
    return 0
