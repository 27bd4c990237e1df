"""`python -m app schools search|add|import`: find a school offline, record one, import a file.

The bundled list is an open registry of medical schools and universities, NOT the World Directory
of Medical Schools: every answer says where to check. The store (SQLAlchemy) is opened only for
`add` and `import`. `search` reads the prebuilt index, and, when a store file exists, its schools
with plain sqlite3 and the index of its imported schools cached beside it; only a file that
plain sqlite3 cannot read is opened the full way (which explains or repairs it).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import (
    PROG,
    CliError,
    data_dir_arg,
    json_help,
    json_text,
    metavar_file,
    metavar_name,
    printable,
)
from app.i18n import N_, _, ngettext
from app.world_directory import WORLD_DIRECTORY_SEARCH_URL

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (2 ms at each start)
if TYPE_CHECKING:
    import logging

    from app.directory import SchoolDirectory, SchoolMatch

WDOMS_REMINDER = N_(
    "This list is not the World Directory of Medical Schools and says nothing about eligibility. "
    "Check your school and its ECFMG sponsor note at {url}"
)
MAX_LIMIT = 200
BAD_ROWS_SHOWN = 50
IGNORED_COLUMNS_SHOWN = 10


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schools",
        help=_("find your school offline, record a missing one, import a directory file"),
        description=_(
            "Search the bundled school list (medical schools and universities from the "
            "open Research Organization Registry) plus the schools you recorded or imported."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar=_("ACTION"), required=True)

    search = actions.add_parser(
        "search", help=_("find schools by name, former name, city, country")
    )
    search.add_argument(
        # Translators: the name of a command-line argument (what to search for), in capitals.
        "query",
        metavar=_("QUERY"),
        help=_("any part of the name, city or country"),
    )
    search.add_argument("--country", metavar="XX", help=_("only this country (code or name)"))
    search.add_argument("--limit", type=int, default=20, metavar="N", help=_("at most N (20)"))
    search.add_argument("--json", action="store_true", help=json_help())
    search.set_defaults(handler=run_search)

    add = actions.add_parser("add", help=_("record a school that the list does not have"))
    add.add_argument("name", metavar=metavar_name())
    add.add_argument("--country", required=True, metavar="XX", help=_("country code or name"))
    add.add_argument("--city")
    add.add_argument("--directory-id", metavar="F0000000", help=_("its World Directory ID"))
    add.add_argument(
        "--sponsor-note", metavar=_("TEXT"), help=_("its ECFMG sponsor note, as shown")
    )
    add.set_defaults(handler=run_add)

    importing = actions.add_parser(
        "import",
        help=_("import a directory CSV (replaces the schools imported before)"),
        description=_(
            "Columns: name, country (required); directory_id, other_names "
            "(separated by |), city, sponsor_note (optional). UTF-8, with or without BOM."
        ),
    )
    importing.add_argument("file", metavar=metavar_file(), type=Path)
    importing.set_defaults(handler=run_import)


def _country_arg(text: str | None) -> str | None:
    from app.directory import country_code_for

    if text is None:
        return None
    code = country_code_for(text)
    if code is None:
        from app.profile import Problem, brief

        raise CliError(
            [
                Problem(
                    "--country",
                    _("{value} is not a country code or name").format(value=brief(text)),
                )
            ]
        )
    return code


def run_search(args: argparse.Namespace) -> int:
    # app.profile (Problem, brief: 10 ms to import) only when there is something to tell.
    if not 1 <= args.limit <= MAX_LIMIT:
        from app.profile import Problem

        raise CliError(
            [Problem("--limit", _("must be between 1 and {most}").format(most=MAX_LIMIT))]
        )
    country = _country_arg(args.country)
    directory = _directory(args)
    results = directory.search(args.query, country=country, limit=args.limit)
    if args.json:
        payload = {"query": args.query, "results": [m.to_json() for m in results]}
        print(json_text(payload))
        return 0
    if not results:
        from app.profile import brief

        print(_("No school matches {query}.").format(query=brief(args.query)))
        print(
            _("If yours is missing, record it: {command}").format(
                command=f'{PROG} schools add "{metavar_name()}" --country XX'
            )
        )
    for number, match in enumerate(results, 1):
        print(_result_line(number, match))
    print(_reminder(results))
    return 0


def _logger() -> logging.Logger:
    import logging  # only when there is something to log: a search has nothing to say

    return logging.getLogger(__name__)


def _directory(args: argparse.Namespace) -> SchoolDirectory:
    """The bundled schools, plus the store's when a store file exists. Searching must not create
    a store, nor pay SQLAlchemy's import (~0.4 s): the store's two school tables are read with
    sqlite3, and only a file that cannot be read so is opened the full way."""
    from app.directory.directory import STORE_FILE_NAME, load_directory

    data_dir = data_dir_arg(args)
    store_file = (data_dir or _default_data_folder()) / STORE_FILE_NAME
    if not store_file.is_file():
        return load_directory()
    from app.directory.store_rows import StoreRowsError

    try:
        return load_directory(store_file=store_file)
    except StoreRowsError as exc:
        _logger().info("Opening the store the full way: %s", exc)
    from app.store import open_store

    with open_store(data_dir) as store:
        directory = load_directory(store)
        directory.warm_up()  # reads what it needs while the store is open
    return directory


def _default_data_folder() -> Path:
    from app.paths import user_data_dir

    return user_data_dir()


def _result_line(number: int, match: SchoolMatch) -> str:
    """One result; every piece of stored or imported text is escaped (printable)."""
    from app.directory.entries import shown_country_name

    country = shown_country_name(match.country) if match.country else match.country_name
    place = printable(", ".join(p for p in (match.city, country) if p))
    line = f"{number:>2}. {printable(match.name)} — {place} · {match.kind_label} · {match.score:g}"
    if match.other_names:
        shown = printable("; ".join(match.other_names[:4]))
        more = f" (+{len(match.other_names) - 4})" if len(match.other_names) > 4 else ""
        # Translators: the school's other (former) names.
        line += "\n    " + _("also: {names}").format(names=shown + more)
    if match.directory_id:
        from app.world_directory import school_page_url

        line += "\n    " + _("World Directory: {url}").format(
            url=school_page_url(match.directory_id)
        )
    return line


def _reminder(results: list[SchoolMatch]) -> str:
    return _(WDOMS_REMINDER).format(url=WORLD_DIRECTORY_SEARCH_URL)


def _index_imported(store_file: Path) -> None:
    """Index the imported schools now, so that the next search reads them from the cache."""
    from app.directory.directory import refresh_cache
    from app.directory.store_rows import StoreRowsError

    try:
        refresh_cache(store_file)
    except StoreRowsError as exc:  # the next search builds it instead
        _logger().warning("The imported schools were not indexed yet: %s", exc)


def run_add(args: argparse.Namespace) -> int:
    from app.directory.user_schools import SchoolProblems, add_user_school, describe
    from app.profile import Problem
    from app.store import open_store
    from app.world_directory import school_page_url

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
                    else Problem(metavar_name(), p.message)
                    for p in exc.problems
                ]
            ) from None
    recorded = _("Recorded: {school}. Later searches find it.")
    print(recorded.format(school=printable(describe(entry))))
    print(
        _("Check it in the World Directory: {url}").format(url=school_page_url(entry.directory_id))
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.directory.importer import DirectoryImportError, import_directory_csv
    from app.profile import brief
    from app.store import open_store

    with open_store(data_dir_arg(args)) as store:
        try:
            report = import_directory_csv(store, args.file)
        except DirectoryImportError as exc:
            raise CliError(exc.problems) from None
        _index_imported(store.path)
    print(printable(report.summary()) + ".")
    if report.ignored_columns:
        ignored = report.ignored_columns
        shown = ", ".join(printable(brief(c, quote=False)) for c in ignored[:IGNORED_COLUMNS_SHOWN])
        more = (
            f" (+{len(ignored) - IGNORED_COLUMNS_SHOWN})"
            if len(ignored) > IGNORED_COLUMNS_SHOWN
            else ""
        )
        print(_("Columns ignored: {columns}").format(columns=shown + more))
    for bad in report.bad_rows[:BAD_ROWS_SHOWN]:
        # Translators: {row} reads "line 12: <what is wrong with it>".
        print(_("skipped {row}").format(row=printable(str(bad))))
    if report.bad_row_count > BAD_ROWS_SHOWN:
        more_rows = report.bad_row_count - BAD_ROWS_SHOWN
        print(
            ngettext(
                "... and {count} more skipped rows", "... and {count} more skipped rows", more_rows
            ).format(count=more_rows)
        )
    return 0
